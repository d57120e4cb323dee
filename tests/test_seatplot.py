"""The seat diagram (SVG hemicycle) and the party colours: counts, geometry, escaping, determinism, and a real
browser rendering the diagrams, printing them to PDF and taking screenshots."""

from __future__ import annotations

import itertools
import math
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from kkrvalg.io.reference import bundled_colours, bundled_parties
from kkrvalg.report.colours import (
    contrast_ratio,
    darker_shade,
    lighter_shade,
    normalised_hex,
    party_colours,
    text_colour_on,
)
from kkrvalg.report.seatplot import SeatMark, hemicycle_svg

SVG = "{http://www.w3.org/2000/svg}"
LEFT_TO_RIGHT = list("ØÅFABMKCVIÆOH")
KIND_LABELS = {"mayor": "Borgmestre (fødte medlemmer)", "supplementary": "Supplerende medlemmer"}
NAMES = {**{letter: f"{name} ({letter})" for letter, name in bundled_parties().items()}, "L1": "Lokallisten Nord"}

# Bodies of the sizes the report meets: (mayors, supplementary members) per list.
BODIES = {
    1: {"A": (1, 0)},
    2: {"A": (1, 0), "V": (0, 1)},
    11: {"A": (3, 1), "V": (3, 1), "C": (1, 0), "O": (0, 1), "L1": (1, 0)},
    17: {"A": (5, 1), "V": (5, 0), "C": (3, 0), "F": (1, 1), "Æ": (0, 1)},
    29: {"A": (10, 0), "V": (4, 2), "C": (5, 1), "F": (2, 1), "Ø": (0, 1), "I": (1, 0), "B": (0, 1), "M": (0, 1)},
    58: {
        **{"A": (15, 2), "V": (10, 5), "C": (5, 3), "F": (2, 3), "Ø": (0, 1), "I": (1, 2), "B": (0, 1)},
        **{"M": (0, 1), "O": (1, 1), "Æ": (1, 1), "Å": (0, 1), "L1": (2, 0)},
    },
    181: {
        **{"Ø": (0, 12), "Å": (0, 3), "F": (2, 14), "A": (40, 14), "B": (1, 5), "M": (0, 4), "K": (0, 1)},
        **{"C": (12, 10), "V": (30, 10), "I": (0, 9), "Æ": (0, 7), "O": (0, 4), "H": (0, 1), "L1": (2, 0)},
    },
}


def seats_of(body: dict[str, tuple[int, int]]) -> list[SeatMark]:
    colours = party_colours(list(body), bundled_colours())
    seats = []
    for party, (mayors, supplementary) in body.items():
        seats += [SeatMark(party, "mayor", colours[party], f"Borgmester nr. {i + 1} ({party})") for i in range(mayors)]
        seats += [
            SeatMark(party, "supplementary", colours[party], f"Supplerende nr. {i + 1} ({party})")
            for i in range(supplementary)
        ]
    return seats


def diagram(size: int, title: str | None = None) -> str:
    return hemicycle_svg(
        seats_of(BODIES[size]),
        title=title or f"KKR med {size} medlemmer",
        legend=NAMES,
        order=LEFT_TO_RIGHT,
        kind_labels=KIND_LABELS,
    )


def seat_elements(root: ET.Element) -> list[ET.Element]:
    return [e for e in root.iter() if "data-party" in e.attrib]


def visible_disc(seat: ET.Element) -> tuple[float, float, float]:
    """Centre and outer radius of a seat, the stroke included (it is drawn half outside the circle)."""
    circle = seat.find(f"{SVG}circle")
    radius = float(circle.get("r")) + float(circle.get("stroke-width")) / 2
    return float(circle.get("cx")), float(circle.get("cy")), radius


@pytest.mark.parametrize("size", sorted(BODIES))
def test_one_element_per_member_with_party_kind_and_tooltip(size):
    root = ET.fromstring(diagram(size))
    seats = seat_elements(root)
    assert Counter(s.get("data-party") for s in seats) == {p: m + s for p, (m, s) in BODIES[size].items()}
    assert Counter((s.get("data-party"), s.get("data-kind")) for s in seats) == {
        (p, kind): n for p, counts in BODIES[size].items() for kind, n in zip(("mayor", "supplementary"), counts) if n
    }
    assert all(s.findtext(f"{SVG}title").startswith(("Borgmester nr.", "Supplerende nr.")) for s in seats)


@pytest.mark.parametrize("size", sorted(BODIES))
def test_seats_do_not_overlap_and_stay_in_the_arch(size):
    root = ET.fromstring(diagram(size))
    discs = [visible_disc(s) for s in seat_elements(root)]
    for (x1, y1, r1), (x2, y2, r2) in itertools.combinations(discs, 2):
        assert math.dist((x1, y1), (x2, y2)) >= r1 + r2
    _, _, width, _ = map(float, root.get("viewBox").split())
    legend_top = min(float(t.get("y")) for t in root.iter(f"{SVG}text") if t.findtext(".") == "Socialdemokratiet (A)")
    assert all(r <= x <= width - r and 40 <= y - r and y + r < legend_top - 13 for x, y, r in discs)


@pytest.mark.parametrize("size", sorted(BODIES))
def test_legend_names_every_party_with_its_count_in_left_to_right_order(size):
    root = ET.fromstring(diagram(size))
    entries = [e for e in root.iter() if "data-legend-party" in e.attrib]
    shown = {e.get("data-legend-party"): [t.findtext(".") for t in e.iter(f"{SVG}text")] for e in entries}
    assert shown == {p: [NAMES[p], str(m + s)] for p, (m, s) in BODIES[size].items()}
    seat_parties = list(dict.fromkeys(s.get("data-party") for s in seat_elements(root)))
    assert [e.get("data-legend-party") for e in entries] == seat_parties


def test_parties_run_left_to_right_in_the_given_order_then_by_size():
    seats = seats_of({"V": (2, 0), "L1": (1, 0), "A": (1, 1), "L2": (2, 1)})
    names = {**NAMES, "L2": "Lokalliste Syd"}
    root = ET.fromstring(hemicycle_svg(seats, title="t", legend=names, order=["A", "Q", "V"], kind_labels=KIND_LABELS))
    elements = seat_elements(root)
    assert [s.get("data-party") for s in elements] == ["A", "A", "V", "V", "L2", "L2", "L2", "L1"]
    assert [s.get("data-kind") for s in elements[:2]] == ["mayor", "supplementary"]
    xs = [visible_disc(s)[0] for s in elements]
    assert xs[0] == min(xs) and xs[-1] == max(xs)


def test_mayors_are_discs_and_supplementary_members_rings_with_a_white_centre():
    root = ET.fromstring(diagram(11))
    for seat in seat_elements(root):
        circles = seat.findall(f"{SVG}circle")
        if seat.get("data-kind") == "mayor":
            assert len(circles) == 1
        else:
            assert len(circles) == 2 and circles[1].get("fill") == "#ffffff"
            assert float(circles[1].get("r")) < float(circles[0].get("r")) / 1.5
    key = {e.get("data-legend-kind"): [t.findtext(".") for t in e.iter(f"{SVG}text")] for e in root.iter()}
    assert key["mayor"] == ["Borgmestre (fødte medlemmer)", "8"]
    assert key["supplementary"] == ["Supplerende medlemmer", "3"]


def test_one_kind_needs_no_key_but_two_kinds_need_labels():
    board = [SeatMark("A", "bestyrelse", "#c8102e", "Formand")] * 3 + [SeatMark("V", "bestyrelse", "#1c3f94", "")]
    root = ET.fromstring(hemicycle_svg(board, title="KL's bestyrelse", legend=NAMES))
    assert not [e for e in root.iter() if "data-legend-kind" in e.attrib]
    assert len(seat_elements(root)) == 4
    with pytest.raises(ValueError, match="supplementary"):
        hemicycle_svg(seats_of({"A": (1, 1)}), title="t", legend=NAMES, kind_labels={"mayor": "Borgmestre"})


def test_user_text_is_escaped_and_the_svg_stays_valid():
    party, name, tooltip, title = "L<&>\"'", 'Listen <b>&amp; "os"</b>', "<script>alert(1)</script>", "KKR & <Ø>"
    svg = hemicycle_svg(
        [SeatMark(party, "mayor", "#123456", tooltip), SeatMark("A", "mayor", "#c8102e", "Borgmester\x00\x1b")],
        title=title,
        legend={party: name, "A": "Socialdemokratiet (A)"},
    )
    assert "<script" not in svg and "<b>" not in svg
    root = ET.fromstring(svg)
    assert root.findtext(f"{SVG}title") == title
    seats = seat_elements(root)
    assert [s.get("data-party") for s in seats] == [party, "A"]
    assert seats[0].findtext(f"{SVG}title") == tooltip
    assert seats[1].findtext(f"{SVG}title") == "Borgmester\ufffd\ufffd"
    assert name in [t.findtext(".") for t in root.iter(f"{SVG}text")]
    assert title in root.get("aria-label") and name in root.get("aria-label")


def test_svg_is_self_contained_and_accessible():
    svg = diagram(29)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    assert root.get("aria-label").startswith("KKR med 29 medlemmer: Enhedslisten (Ø) 1, SF")
    assert root[0].tag == f"{SVG}title" and root[0].text == "KKR med 29 medlemmer"
    assert svg.count("http") == 1  # the namespace
    assert not [e for e in root.iter() if any(k.endswith("href") or k == "id" for k in e.attrib)]
    assert "url(" not in svg and "<style" not in svg


def test_output_is_the_same_in_every_process():
    """Hash randomisation must not leak into the output (no iteration over sets of strings)."""
    script = "from test_seatplot import diagram; import sys; sys.stdout.write(diagram(181))"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script], env={**env, "PYTHONHASHSEED": seed}, capture_output=True, check=True
        ).stdout
        for seed in ("1", "2")
    }
    assert outputs == {diagram(181).encode()}


@pytest.mark.parametrize(
    ("seats", "legend", "message"),
    [
        ([], NAMES, "at least one seat"),
        ([SeatMark("X", "mayor", "#000000", "")], NAMES, "no legend name for X"),
        ([SeatMark("A", "mayor", "red", "")], NAMES, "colour of A"),
        ([SeatMark("A", "mayor", "#c8102e", ""), SeatMark("A", "mayor", "#000000", "")], NAMES, "different colours"),
    ],
)
def test_bad_input_is_refused(seats, legend, message):
    with pytest.raises(ValueError, match=message):
        hemicycle_svg(seats, title="t", legend=legend)


def test_long_names_fall_back_to_one_column_and_are_squeezed_only_when_needed():
    long_name = (
        "Lokallisten for et bedre, grønnere og mere nærværende Nordvestjylland, Thy, Mors og omegn - Borgernes Stemme"
    )
    seats = [SeatMark("A", "mayor", "#c8102e", ""), SeatMark("L", "mayor", "#8f8f8f", "")]
    legend = {"A": "Socialdemokratiet (A)", "L": long_name}
    root = ET.fromstring(hemicycle_svg(seats, title=f"KKR Nordjylland: {long_name}", legend=legend))
    texts = {t.findtext("."): t for t in root.iter(f"{SVG}text")}
    assert texts["Socialdemokratiet (A)"].get("x") == texts[long_name].get("x")
    assert texts[long_name].get("textLength") and not texts["Socialdemokratiet (A)"].get("textLength")
    assert texts[f"KKR Nordjylland: {long_name}"].get("textLength")


def test_loading_the_cli_loads_neither_the_seat_geometry_nor_templates_nor_a_browser():
    script = (
        "import sys, kkrvalg.cli, kkrvalg.report.seatplot, kkrvalg.report.colours;"
        "print(sorted(m for m in ('parliamentarch', 'jinja2', 'playwright') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


# Colours


def test_bundled_colours_cover_the_national_letters_and_are_distinct():
    colours = bundled_colours()
    assert list(colours) == list(bundled_parties())
    assert all(normalised_hex(c) == c for c in colours.values())
    assert len(set(colours.values())) == len(colours)


def test_known_parties_get_their_colour_others_distinct_greys_overrides_win():
    known = bundled_colours()
    colours = party_colours(["A", "L1", "V", "L2", "L3", "L1", "Ø"], known, {"Ø": "#AA0000", "L3": "112233"})
    assert list(colours) == ["A", "L1", "V", "L2", "L3", "Ø"]
    assert colours["A"] == known["A"] and colours["V"] == known["V"]
    assert colours["Ø"] == "#aa0000" and colours["L3"] == "#112233"
    greys = [colours["L1"], colours["L2"]]
    assert all(g[1:3] == g[3:5] == g[5:7] for g in greys) and len(set(greys)) == 2
    # a list's grey follows from the uncoloured lists alone, not from the coloured parties shown among them
    assert party_colours(["L1", "L2"], known) == {"L1": colours["L1"], "L2": colours["L2"]}
    assert party_colours(["L2", "L1"], known) == {"L2": colours["L1"], "L1": colours["L2"]}


def test_many_greys_are_distinct_and_neighbours_differ_strongly():
    lists = [f"L{i}" for i in range(8)]
    levels = [int(c[1:3], 16) for c in party_colours(lists, {}).values()]
    assert len(set(levels)) == 8
    assert min(abs(a - b) for a, b in itertools.pairwise(levels)) > (max(levels) - min(levels)) / 3


@pytest.mark.parametrize("bad", ["red", "#12345", "#1234567", "#ggg000", "", " #12 345"])
def test_bad_hex_is_refused_in_overrides_and_known_colours(bad):
    with pytest.raises(ValueError, match="colour of A"):
        party_colours(["A"], {}, {"A": bad})
    with pytest.raises(ValueError, match="colour of A"):
        party_colours(["B"], {"A": bad})


def test_shades_and_text_colour():
    assert lighter_shade("#c8102e", 0) == "#c8102e" and lighter_shade("#c8102e", 1) == "#ffffff"
    assert lighter_shade("#000000", 0.5) == "#808080"
    assert darker_shade("#f2c200", 1) == "#000000" and darker_shade("#808080", 0.5) == "#404040"
    assert text_colour_on("#f2c200") == "#000000" and text_colour_on("#1c3f94") == "#ffffff"
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    for colour in bundled_colours().values():
        assert contrast_ratio(colour, text_colour_on(colour)) >= 4.5


# The browser


def page_with(*svgs: str) -> str:
    figures = "".join(f"<figure>{svg}</figure>" for svg in svgs)
    head = '<meta charset="utf-8"><title>Bilag</title>'
    return f'<!doctype html><html lang="da"><head>{head}</head><body>{figures}</body></html>'


def test_two_diagrams_in_chromium_count_hover_print_and_screenshot(browser_page, tmp_path):
    page = browser_page.page
    page.set_content(page_with(diagram(29, "KKR Hovedstaden"), diagram(11, "KKR Nordjylland")))
    expected = Counter()
    for size in (29, 11):
        expected.update({p: m + s for p, (m, s) in BODIES[size].items()})
    for party, count in expected.items():
        assert page.locator(f'[data-party="{party}"]').count() == count
    assert page.locator("[data-party]").count() == 40

    seat = page.locator('[data-party="C"][data-kind="supplementary"]').first
    seat.hover()
    assert seat.locator("title").text_content() == "Supplerende nr. 1 (C)"
    assert page.evaluate("document.querySelectorAll('[data-party] > title').length") == 40

    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    page.locator("figure").first.screenshot(path=tmp_path / "to-diagrammer.png")
    assert (tmp_path / "to-diagrammer.png").stat().st_size > 10000
    assert browser_page.errors == [] and browser_page.outside_requests == []


LAYOUT_PROBLEMS = """svg => {
    const box = e => e.getBBox();
    const overlap = (a, b) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const problems = [];
    const view = svg.viewBox.baseVal;
    for (const text of svg.querySelectorAll('text')) {
        const b = box(text);
        if (b.x < 0 || b.y < 0 || b.x + b.width > view.width || b.y + b.height > view.height)
            problems.push('outside: ' + text.textContent);
    }
    for (const entry of svg.querySelectorAll('[data-legend-party], [data-legend-kind]')) {
        const [name, count] = entry.querySelectorAll('text');
        if (box(name).x + box(name).width > box(count).x - 4)
            problems.push('name runs into count: ' + name.textContent);
    }
    const total = box(svg.querySelector('.kkrvalg-total'));
    for (const seat of svg.querySelectorAll('[data-party]'))
        if (overlap(box(seat), total)) problems.push('total covers ' + seat.dataset.party);
    return problems;
}"""


@pytest.mark.parametrize("size", [11, 29, 58, 181])
def test_diagram_layout_in_chromium(browser_page, tmp_path, size):
    """Text stays inside the figure and clear of counts and seats; the screenshot is there to be looked at."""
    page = browser_page.page
    page.set_content(page_with(diagram(size)))
    assert page.locator("svg").evaluate(LAYOUT_PROBLEMS) == []
    page.locator("svg").screenshot(path=tmp_path / f"kkr-{size}.png")
    page.add_style_tag(content="svg { filter: grayscale(1) }")
    page.locator("svg").screenshot(path=tmp_path / f"kkr-{size}-graa.png")
    assert browser_page.errors == [] and browser_page.outside_requests == []
