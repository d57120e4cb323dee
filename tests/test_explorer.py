"""The calculator of the scenarios report (kkrvalg/report/templates/explorer.js) in a real browser.

R11 computed in the page equals ``elect_chair`` on random instances full of ties; clicking parties into
valgforbund shows what ``kkrvalg chair`` says, worded as the terminal words it; R10 is enforced; a tie waits for a
(tried) lot; print keeps a static snapshot; English is English. Screenshots and PDFs stay in each test's tmp dir.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from fractions import Fraction
from pathlib import Path

import pytest
from kkrvalg.engine.chair import ChairResult, elect_chair
from kkrvalg.engine.lots import settle_in_order
from kkrvalg.i18n import DANISH_TERMS
from kkrvalg.io.load import load
from kkrvalg.io.reference import bundled_parties
from kkrvalg.report.html import EXPLORER_LABELS
from kkrvalg.report.wording import post_tie

from helpers import BUNDLED, danish_only_words, pdf_pages, run, small_sheets, write_workbook

JS = Path(__file__).parents[1] / "kkrvalg" / "report" / "templates" / "explorer.js"
NAMES = ("A", "B", "C", "V", "Æ", "Ø", "Å", "a", "AB", "10", "2", "Ｚ", "𝔸")
"""Party names for the random instances: Danish letters, digits (which JavaScript objects reorder), and U+FF3A and
U+1D538, which UTF-16 orders the other way round from Python (by code point)."""
INSTANCES = 1000
HOSTILE = '</script><script>alert("x")</script> & Co'


def scenarios_report(tmp_path: Path, *args: object) -> str:
    target = tmp_path / "scenarier.html"
    result = run("scenarios", *args, "--html", target)
    assert result.exit_code == 0, result.output
    return target.read_text(encoding="utf-8")


def chair_json(*args: object) -> dict:
    (entry,) = json.loads(run("chair", *args, "--format", "json").stdout)["kkr"]
    return entry


def terminal(*args: object) -> str:
    """What ``kkrvalg chair ARGS`` prints, on one line (also while a lot is pending, exit 3)."""
    result = run("chair", *args)
    assert result.exit_code in (0, 3), result.output
    return one_line(result.output)


def opened(browser_page, html: str):
    page = browser_page.page
    page.set_content(html)
    return page


def explorer(page, kkr: str):
    return page.locator(f'section[data-kkr="{kkr}"] .explorer')


def shown_posts(section) -> list[str]:
    return section.locator(".explorer-result .elected [data-post]").all_inner_texts()


def holders(section) -> tuple[str | None, str | None]:
    lines = section.locator(".explorer-result .elected [data-post]")
    return tuple(lines.nth(i).get_attribute("data-party") for i in range(2))


def one_line(text: str) -> str:
    return " ".join(text.split())


# ---- (1) the page's R11 against elect_chair ----


def random_instance(rng: random.Random) -> tuple[dict[str, int], dict[str, tuple[str, ...]], list[str]]:
    """Votes with many ties and exact halves, valgforbund by R10, and the winners of some of the drawings."""
    parties = rng.sample(NAMES, rng.randint(1, 8))
    kind = rng.choice(("small", "halves", "large"))
    if kind == "small":
        votes = {p: rng.randint(0, 8) for p in parties}
    elif kind == "halves":
        base = rng.randint(1, 3)
        votes = {p: base * rng.choice((0, 1, 1, 2, 2, 3, 4)) for p in parties}
    else:
        votes = {p: rng.randint(0, 3_000_000) for p in parties}
    min_parties = rng.choice((2, 2, 3))
    slot = {p: rng.randint(0, 3) for p in parties}
    groups = {}
    for k in (1, 2, 3):
        members = tuple(p for p in parties if slot[p] == k)
        if len(members) >= min_parties:
            groups["+".join(members) if rng.random() < 0.8 else f"vf{k}"] = members
    lots: list[str] = []
    while rng.random() < 0.6:
        pending = python_chair(votes, groups, lots).pending
        if pending is None:
            break
        lots.append(rng.choice(pending.candidates))
    return votes, groups, lots


def python_chair(votes, groups, lots) -> ChairResult:
    """``elect_chair`` with ``lots`` applied to its ties in the order listed, as ``kkrvalg chair --lot``."""
    outcome, used = settle_in_order(
        lambda drawn: elect_chair("K", votes, groups, drawn),
        lambda result: [t for t in result.ties if not t.resolved],
        [(winner,) for winner in lots],
        None,
    )
    assert used == len(lots)
    return outcome


def quotient(q, by_lot: bool):
    """A quotient as (votes, divisor); by its value when won by lot, where elect_chair keeps the pair of the first
    tied name (equal in value, not always the winner's own)."""
    if q is None:
        return None
    votes, divisor = (q.votes, q.divisor) if hasattr(q, "votes") else (q["votes"], q["divisor"])
    return Fraction(votes, divisor) if by_lot else (votes, divisor)


def tie_key(kind, valgforbund, seat, q, candidates, winner) -> tuple:
    return kind, valgforbund, seat, quotient(q, False), tuple(candidates), winner


def from_python(chair: ChairResult) -> dict:
    def tie(t):
        return tie_key(
            t.context.kind, t.context.valgforbund, t.seat, t.quotient, t.candidates, t.winners[0] if t.winners else None
        )

    return {
        "lists": [(lst.key, list(lst.members), lst.votes) for lst in chair.lists],
        "posts": [
            (
                p.post,
                p.party,
                p.list_key,
                quotient(p.quotient, p.by_lot),
                quotient(p.member_quotient, p.by_lot),
                p.by_lot,
                tie(post_tie(p, chair)) if post_tie(p, chair) else None,
            )
            for p in chair.posts
        ],
        "ties": [tie(t) for t in chair.ties],
        "margins": [
            (
                m.post,
                m.winner,
                m.runner_up,
                quotient(m.winner_quotient, m.by_lot),
                quotient(m.runner_up_quotient, False),
                m.needed,
                m.surplus,
                m.by_lot,
            )
            for m in chair.margins
        ],
    }


def from_page(chair: dict) -> dict:
    def tie(t):
        return tie_key(t["kind"], t["valgforbund"], t["seat"], t["quotient"], t["candidates"], t["winner"])

    return {
        "lists": [(lst["key"], lst["members"], lst["votes"]) for lst in chair["lists"]],
        "posts": [
            (
                p["post"],
                p["party"],
                p["list"],
                quotient(p["quotient"], p["byLot"]),
                quotient(p["memberQuotient"], p["byLot"]),
                p["byLot"],
                tie(p["waitsFor"]) if p["waitsFor"] else None,
            )
            for p in chair["posts"]
        ],
        "ties": [tie(t) for t in chair["ties"]],
        "margins": [
            (
                m["post"],
                m["winner"],
                m["runnerUp"],
                quotient(m["winnerQuotient"], m["byLot"]),
                quotient(m["runnerUpQuotient"], False),
                m["needed"],
                m["surplus"],
                m["byLot"],
            )
            for m in chair["margins"]
        ],
    }


def coverage(chair: ChairResult, votes: dict[str, int], groups: dict) -> Counter:
    """What an instance exercises, so the test can insist the random instances keep covering every kind of tie."""
    seen = Counter()
    for t in chair.ties:
        where = "inner" if t.context.kind == "valgforbund" else ("formand" if t.seat == 1 else "naestformand")
        seen[f"tie {where} {'settled' if t.resolved else 'pending'}"] += 1
        seen["tie of three or more"] += len(t.candidates) >= 3
    seen["post won by lot"] += sum(p.by_lot for p in chair.posts)
    seen["margin by lot"] += sum(m.by_lot for m in chair.margins)
    seen["margin outright"] += sum(m.needed is not None for m in chair.margins)
    seen["post waiting"] += sum(not p.decided for p in chair.posts)
    seen["valgforbund won a post"] += sum(p.list_key in groups for p in chair.posts)
    seen["no votes at all"] += not any(votes.values())
    seen["a single list"] += len(chair.lists) == 1
    return seen


@pytest.fixture(scope="module")
def small_report(tmp_path_factory) -> str:
    tmp = tmp_path_factory.mktemp("small")
    return scenarios_report(tmp, write_workbook(tmp / "s.xlsx", small_sheets()), "--kkr", "Nord")


def test_the_pages_r11_equals_elect_chair_on_random_instances_with_ties(browser_page, small_report, tmp_path):
    rng = random.Random(20251118)
    cases = [random_instance(rng) for _ in range(INSTANCES)]
    page = opened(browser_page, small_report)
    shown = page.evaluate(
        "cases => cases.map(([votes, groups, lots]) => window.kkrvalgChair(votes, groups, lots))",
        [[votes, {name: list(m) for name, m in groups.items()}, lots] for votes, groups, lots in cases],
    )
    seen = Counter()
    for (votes, groups, lots), in_page in zip(cases, shown, strict=True):
        expected = python_chair(votes, groups, lots)
        assert from_page(in_page) == from_python(expected), (votes, groups, lots)
        seen += coverage(expected, votes, groups)
    (tmp_path / "coverage.json").write_text(json.dumps(dict(sorted(seen.items())), indent=1), encoding="utf-8")
    print(f"\n{INSTANCES} instances:", dict(sorted(seen.items())))
    kinds = [f"tie {w} {s}" for w in ("formand", "naestformand", "inner") for s in ("settled", "pending")]
    assert all(seen[kind] >= 20 for kind in kinds), seen
    assert min(seen["tie of three or more"], seen["margin by lot"], seen["no votes at all"]) >= 10, seen
    assert browser_page.errors == []


def test_the_page_refuses_what_it_cannot_compute_exactly(browser_page, small_report):
    page = opened(browser_page, small_report)
    for votes in ({"A": 1.5}, {"A": -1}, {"A": 2**52, "B": 2**52}):
        message = page.evaluate("v => { try { kkrvalgChair(v, {}); } catch (e) { return e.message; } }", votes)
        assert "whole numbers" in message
    message = page.evaluate("() => { try { kkrvalgChair({A: 1, B: 1}, {}, ['C']); } catch (e) { return e.message; } }")
    assert "not one of A, B" in message


# ---- (2) clicking in the bundled report ----


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> str:
    return scenarios_report(tmp_path_factory.mktemp("bundled"), BUNDLED, "--party", "V")


def test_clicking_parties_into_valgforbund_shows_what_chair_says(browser_page, bundled, tmp_path):
    page = opened(browser_page, bundled)
    assert page.locator("section[data-kkr] .explorer").count() == 5
    nord = explorer(page, "Nordjylland")
    alone = chair_json(BUNDLED, "--kkr", "Nordjylland")
    assert holders(nord) == (alone["formand"], alone["naestformand"])
    assert nord.locator("[aria-live=polite]").text_content() == ""

    nord.get_by_label("V i valgforbund 1", exact=True).check()
    nord.get_by_label("C i valgforbund 1", exact=True).check()
    expected = chair_json(BUNDLED, "--kkr", "Nordjylland", "--valgforbund", "V,C")
    assert holders(nord) == (expected["formand"], expected["naestformand"]) == ("V", "A")
    announced = nord.locator("[aria-live=polite]").text_content()
    assert announced == "Formand: V — Venstre (via valgforbundet V+C). Næstformand: A — Socialdemokratiet"
    said = terminal(BUNDLED, "--kkr", "Nordjylland", "--valgforbund", "V,C")
    result = nord.locator(".explorer-result")
    for line in shown_posts(nord) + result.locator("ul.lines li").all_inner_texts():
        assert one_line(line) in said
    assert "inden for valgforbundet får V den med kvotienten 75.178 ÷ 1 = 75.178" in result.inner_text()
    rows = result.locator("table.chair tbody tr")
    assert [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())] == [
        lst["list"] for lst in expected["lists"]
    ]
    # V 75.178 + C 39.419 = 114.597 ÷ 1 takes formand; A's 89.687 ÷ 1 beats V+C's 57.298 1/2 ÷ 2
    assert result.locator("td.won").all_inner_texts() == ["114.597 ← Formand", "89.687 ← Næstformand"]
    assert nord.locator("tfoot").inner_text().split()[:2] == ["V+C", "114.597"]
    nord.screenshot(path=tmp_path / "nordjylland-v-c.png")

    nord.get_by_label("F i valgforbund 2", exact=True).check()
    assert "F" in nord.locator("tfoot td.short").inner_text()
    assert result.locator("p.warning").inner_text() == (
        "Valgforbund 2 (F) tæller ikke med: et valgforbund skal have mindst 2 partier (R10), så dets partier stiller "
        "op alene."
    )
    assert holders(nord) == ("V", "A") and result.locator("p").first.inner_text() == "Valgforbund: V+C (V, C)."

    nord.get_by_role("button", name="Nulstil").click()
    assert holders(nord) == (alone["formand"], alone["naestformand"])
    represented = len(alone["lists"])  # each party alone again: one checked radio each
    assert nord.locator("input:checked").count() == represented == 7 and result.locator("p.warning").count() == 0
    assert result.locator("p").first.inner_text() == "Ingen valgforbund: hvert parti stiller op alene."
    assert browser_page.errors == [] and browser_page.outside_requests == []


def test_a_bloc_of_the_counted_tables_can_be_tried_and_the_keyboard_does_everything(browser_page, bundled):
    page = opened(browser_page, bundled)
    section = page.locator('section[data-kkr="Nordjylland"]')
    nord = explorer(page, "Nordjylland")
    section.locator("table.outlook").first.get_by_role("button", name="V + C + Æ", exact=True).click()
    expected = chair_json(BUNDLED, "--kkr", "Nordjylland", "--valgforbund", "V,C,Æ")
    assert holders(nord) == (expected["formand"], expected["naestformand"])
    assert nord.locator(".explorer-result p").first.inner_text() == "Valgforbund: V+C+Æ (V, C, Æ)."
    assert page.evaluate("document.activeElement.className") == "elected"

    nord.get_by_role("button", name="Nulstil").focus()
    page.keyboard.press("Enter")
    assert holders(nord) == ("A", "V")
    nord.get_by_label("A alene", exact=True).focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowRight")
    assert nord.get_by_label("V alene", exact=True).is_checked() is False
    expected = chair_json(BUNDLED, "--kkr", "Nordjylland", "--valgforbund", "A,V")
    assert holders(nord) == (expected["formand"], expected["naestformand"]) == ("A", "V")
    assert nord.locator(".explorer-result p").first.inner_text() == "Valgforbund: A+V (A, V)."
    assert browser_page.errors == []


def test_r10_minimum_from_the_rules_profile_and_given_valgforbund_fixed(browser_page, tmp_path):
    profile = tmp_path / "profil.toml"
    profile.write_text("valgforbund_min_parties = 3\n", encoding="utf-8")
    page = opened(browser_page, scenarios_report(tmp_path, BUNDLED, "--kkr", "Nordjylland", "--rules", profile))
    nord = explorer(page, "Nordjylland")
    assert nord.locator(".explorer-grid thead th").all_inner_texts()[3:] == ["Valgforbund 1", "Valgforbund 2"]
    nord.get_by_label("V i valgforbund 1", exact=True).check()
    nord.get_by_label("C i valgforbund 1", exact=True).check()
    assert holders(nord) == ("A", "V") and "mindst 3 partier" in nord.locator("p.warning").inner_text()
    nord.get_by_label("Æ i valgforbund 1", exact=True).check()
    expected = chair_json(BUNDLED, "--kkr", "Nordjylland", "--rules", profile, "--valgforbund", "V,C,Æ")
    assert holders(nord) == (expected["formand"], expected["naestformand"]) == ("V", "A")
    assert nord.locator("p.warning").count() == 0

    page.set_content(scenarios_report(tmp_path, BUNDLED, "--kkr", "Nordjylland", "--given", "A,F"))
    nord = explorer(page, "Nordjylland")
    fixed = nord.get_by_label("A i det fastlagte valgforbund A+F", exact=True)
    assert fixed.is_checked() and fixed.is_disabled() and nord.get_by_label("A alene").count() == 0
    expected = chair_json(BUNDLED, "--kkr", "Nordjylland", "--valgforbund", "A,F")
    assert holders(nord) == (expected["formand"], expected["naestformand"])
    nord.get_by_label("V i valgforbund 1", exact=True).check()
    nord.get_by_label("C i valgforbund 1", exact=True).check()
    expected = chair_json(BUNDLED, "--kkr", "Nordjylland", "--valgforbund", "A,F", "--valgforbund", "V,C")
    assert holders(nord) == (expected["formand"], expected["naestformand"])
    nord.get_by_role("button", name="Nulstil").click()
    assert fixed.is_checked() and nord.locator(".explorer-result p").first.inner_text() == "Valgforbund: A+F (A, F)."
    assert browser_page.errors == []


# ---- ties, in the page as in the terminal ----


def tie_sheets() -> dict[str, list[list[object]]]:
    """KKR Nord of four municipalities, one mayor each: A 5 000, V 3 000, C 2 000, Ø 2 000 (A gets a second member).

    Alone: A formand, V næstformand (3 000 > 2 500). V+C ties A at 5 000 for formand; C+Ø takes næstformand at
    4 000, and C and Ø tie inside it.
    """
    towns = [("Åby", "A", 5000), ("Østerby", "V", 3000), ("Cby", "C", 2000), ("Øby", "Ø", 2000)]
    return {
        "kommuner": [["kommunekode", "kommune", "kkr"]]
        + [[901 + i, town, "Nord"] for i, (town, _, _) in enumerate(towns)],
        "stemmer": [["kommune", "liste", "navn", "stemmer", "mandater"]] + [[t, p, p, v, 5] for t, p, v in towns],
        "borgmestre": [["kommune", "liste"]] + [[t, p] for t, p, _ in towns],
    }


def test_ties_wait_for_a_lot_that_can_be_tried(browser_page, tmp_path):
    path = write_workbook(tmp_path / "lige.xlsx", tie_sheets())
    page = opened(browser_page, scenarios_report(tmp_path, path, "--kkr", "Nord"))
    nord = explorer(page, "Nord")
    assert holders(nord) == ("A", "V")
    nord.get_by_label("V i valgforbund 1", exact=True).check()
    nord.get_by_label("C i valgforbund 1", exact=True).check()
    said = terminal(path, "--kkr", "Nord", "--valgforbund", "V,C")
    assert shown_posts(nord) == [
        "Formand: uafgjort — lodtrækning mellem A og V+C",
        "Næstformand: uafgjort — lodtrækning mellem A og V+C",
    ]
    assert all(line in said for line in shown_posts(nord)) and holders(nord) == (None, None)
    result = nord.locator(".explorer-result")
    assert result.locator("ul.lines").count() == 0 and "Marginer" not in result.inner_text()
    assert result.locator("td.won").count() == 0
    nord.screenshot(path=tmp_path / "uafgjort.png")

    nord.get_by_role("button", name="A vinder").click()
    said = terminal(path, "--kkr", "Nord", "--valgforbund", "V,C", "--lot", "A")
    assert shown_posts(nord) == [
        "Formand: A — Socialdemokratiet (vundet ved lodtrækning)",
        "Næstformand: V — Venstre (via valgforbundet V+C)",
    ]
    (margin,) = result.locator("ul.lines").first.locator("li").all_inner_texts()
    assert margin.startswith("Næstformand:") and one_line(margin) in said
    (tried,) = result.locator("ul.lines").nth(1).locator("li").all_inner_texts()
    assert one_line(tried) in said and tried.endswith("afgjort ved lodtrækning: A")
    assert result.locator("td.won").all_inner_texts() == ["5.000 ← Formand", "5.000 ← Næstformand"]
    assert page.evaluate("document.activeElement.className") == "elected"
    nord.screenshot(path=tmp_path / "lodtraekning.png")
    nord.get_by_role("button", name="Glem lodtrækningerne").click()
    assert holders(nord) == (None, None)

    nord.get_by_label("V alene", exact=True).check()
    nord.get_by_label("C i valgforbund 2", exact=True).check()
    nord.get_by_label("Ø i valgforbund 2", exact=True).check()
    said = terminal(path, "--kkr", "Nord", "--valgforbund", "C,Ø")
    assert shown_posts(nord) == ["Formand: A — Socialdemokratiet", "Næstformand: uafgjort — lodtrækning mellem C og Ø"]
    assert all(line in said for line in shown_posts(nord))
    (margin,) = result.locator("ul.lines li").all_inner_texts()
    assert margin.startswith("Formand:") and one_line(margin) in said
    nord.get_by_role("button", name="Ø vinder").click()
    assert shown_posts(nord)[1] == "Næstformand: Ø — Enhedslisten (via valgforbundet C+Ø) (vundet ved lodtrækning)"
    assert shown_posts(nord)[1] in terminal(path, "--kkr", "Nord", "--valgforbund", "C,Ø", "--lot", "Ø")
    assert browser_page.errors == [] and browser_page.outside_requests == []


# ---- (3) print, self-containment, escaping ----


def test_print_keeps_a_snapshot_and_the_counted_tables_without_the_controls(browser_page, bundled, tmp_path):
    page = opened(browser_page, bundled)
    nord = explorer(page, "Nordjylland")
    nord.get_by_label("V i valgforbund 1", exact=True).check()
    nord.get_by_label("C i valgforbund 1", exact=True).check()
    page.emulate_media(media="print")
    assert not nord.locator(".explorer-controls").is_visible() and not nord.locator("button").first.is_visible()
    assert nord.locator(".print-only").is_visible() and nord.locator(".explorer-result table.chair").is_visible()
    outlook = page.locator('section[data-kkr="Nordjylland"] table.outlook').first  # the rest fold away
    assert outlook.is_visible() and outlook.locator("button.bloc-try").first.is_visible()
    pages = pdf_pages(page.pdf(format="A4"), tmp_path, "scenarier")
    text = "\n".join(line for p in pages for line in p)
    assert "Øjebliksbillede af beregneren" in text and "Formand: V — Venstre (via valgforbundet V+C)" in text
    assert "Muligheder for V" in text and re.search(r"V ?\+ ?C ?\+ ?Æ\s+142\.368", text)  # 75.178 + 39.419 + 27.771
    assert "Nulstil" not in text and "Valgforbund 3" not in text
    page.emulate_media(media="screen")
    assert browser_page.errors == [] and browser_page.outside_requests == []


def test_the_page_needs_nothing_from_outside_and_its_script_cannot_end_early(bundled):
    assert set(re.findall(r"https?://[^\s\"'<>]*", bundled)) == {"http://www.w3.org/2000/svg"}
    assert not re.search(r"<(link|img|iframe|object)\b|@import|url\(|src=", bundled, re.IGNORECASE)
    assert re.findall(r"<script\b[^>]*>", bundled) == ['<script type="application/json" class="explorer-data">'] * 5 + [
        '<script type="application/json" id="explorer-texts">',
        "<script>",
    ]
    source = JS.read_text(encoding="utf-8")
    assert not re.search(r"</script|<!--", source, re.IGNORECASE)
    keyed = {"post_formand", "post_naestformand", "tie_place_chair", "tie_place_valgforbund"}  # POST_KEYS, …
    assert keyed <= set(re.findall(r'"(\w+)"', source)) and "${" not in "".join(re.findall(r"\bt\(`[^`]*`", source))
    built = {"votes", "head_seats"}  # t(data.figures): votes, or seats on KL's bestyrelse
    assert set(re.findall(r'\bt\("(\w+)"', source)) | keyed | built == set(EXPLORER_LABELS)


def test_hostile_names_stay_text(browser_page, tmp_path):
    sheets = small_sheets()
    sheets["stemmer"][3] = ["Åby", "L", "Lokallisten", 4000, 3]
    sheets["listesamarbejder"] = [["kommune", "liste", "listesamarbejde"], ["Åby", "L", HOSTILE]]
    html = scenarios_report(tmp_path, write_workbook(tmp_path / "ond.xlsx", sheets), "--kkr", "Nord")
    assert HOSTILE not in html and "\\u003c/script\\u003e" in html
    page = opened(browser_page, html)
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    nord = explorer(page, "Nord")
    nord.get_by_label(f"{HOSTILE} i valgforbund 1", exact=True).check()
    nord.get_by_label("A i valgforbund 1", exact=True).check()
    assert nord.locator(".explorer-result p").first.inner_text() == f"Valgforbund: A+{HOSTILE} (A, {HOSTILE})."
    assert f"{HOSTILE}, A Socialdemokratiet" in nord.locator("table.chair").inner_text()
    assert browser_page.errors == [] and browser_page.outside_requests == []


# ---- (4) English ----


def test_english_page(browser_page, tmp_path):
    page = opened(
        browser_page, scenarios_report(tmp_path, BUNDLED, "--kkr", "Nordjylland", "--party", "V", "--lang", "en")
    )
    nord = explorer(page, "Nordjylland")
    nord.get_by_label("V in valgforbund 1", exact=True).check()
    nord.get_by_label("C in valgforbund 1", exact=True).check()
    said = " ".join(
        run("chair", BUNDLED, "--kkr", "Nordjylland", "--valgforbund", "V,C", "--lang", "en").output.split()
    )
    assert shown_posts(nord) == [
        "Formand (chair): V — Venstre (via valgforbund V+C)",
        "Næstformand (vice-chair): A — Socialdemokratiet",
    ]
    assert all(one_line(line) in said for line in nord.locator(".explorer-result ul.lines li").all_inner_texts())
    assert "24,911 votes" in nord.inner_text() and nord.get_by_role("button", name="Reset").count() == 1
    text = page.locator("body").inner_text()
    data = load(BUNDLED)
    names = {m.name for m in data.municipalities} | {m.kkr for m in data.municipalities} | {"kv2025_kkr.xlsx"}
    names |= {r.name for r in data.results} | set(bundled_parties().values()) | {m.name for m in data.members}
    allowed = {w.lower() for t in (*DANISH_TERMS, *names) for w in re.findall(r"[^\W\d_]+", t)}
    assert ({w.lower() for w in re.findall(r"[^\W\d_]+", text)} & danish_only_words()) - allowed == set()
    page.screenshot(path=tmp_path / "english.png", full_page=True)
    assert browser_page.errors == []


def test_the_board_has_the_same_calculator_on_its_seats(browser_page, tmp_path):
    """KL's formand and næstformand (R15): the page counts board seats as chair --organ bestyrelse does."""
    page = opened(browser_page, scenarios_report(tmp_path, BUNDLED, "--organ", "bestyrelse", "--party", "A"))
    board = page.locator('section[data-organ="bestyrelse"] .explorer')
    alone = chair_json(BUNDLED, "--organ", "bestyrelse")
    assert holders(board) == (alone["formand"], alone["naestformand"]) == ("A", "V")
    for party in ("A", "F", "Ø", "B"):
        board.get_by_label(f"{party} i valgforbund 1", exact=True).check()
    expected = chair_json(BUNDLED, "--organ", "bestyrelse", "--valgforbund", "A,F,Ø,B")
    assert holders(board) == (expected["formand"], expected["naestformand"]) == ("A", "A")
    said = terminal(BUNDLED, "--organ", "bestyrelse", "--valgforbund", "A,F,Ø,B")
    for line in board.locator(".explorer-result ul.lines li").all_inner_texts():
        assert one_line(line) in said
    assert board.locator("tfoot").inner_text().split()[:2] == ["A+F+Ø+B", "9"]  # 5 + 2 + 1 + 1 seats
    assert browser_page.errors == []
