"""The HTML report: one self-contained file to read on screen (a phone included), print on A4, save as PDF or
attach to the KKR decision.

The Jinja2 templates in ``templates/`` (autoescaped) lay out the views of :mod:`.views` and
:mod:`.scenario_views`; this module adds only what is HTML's own — the seat diagram (:mod:`.seatplot`), the
calculator's data and script, and the running header and footer of printed pages. Nothing is recomputed. CSS and
SVG are inline, so the file needs nothing from outside and survives being e-mailed. Jinja2 is imported only here,
so loading the command line does not load it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from ..engine.composition import PartyResult, Seat
from ..i18n import Lang, label
from ..i18n.labels import COUNTED, LABELS
from ..io.reference import bundled_party_order
from ..results import BodyRecord, Calculation
from ..signoff import NO_SIGNOFF, SignOff
from . import fmt
from .scenario_views import SHOWN_BLOCS, ScenarioView, scenario_view
from .seatplot import SeatMark, hemicycle_svg
from .views import BodyView, ReportView, party_label, report_view
from .wording import body_title, chair_unit, undecided_text

if TYPE_CHECKING:
    from jinja2 import Environment
    from markupsafe import Markup

UNDECIDED_FILL = "#ffffff"
"""A seat waiting for a lot is drawn empty: a white disc with a grey outline, held by nobody."""
EXPLORER_LABELS = (
    *("party", "votes", "alone", "chair_list", "chair_parties", "post_formand", "post_naestformand", "via"),
    *("undecided", "and_list", "no_candidates", "won_by_lot", "margin_line", "margin_both", "html_inner_post"),
    *("html_elected", "html_margins", "html_chair_valgforbund", "html_valgforbund_entry", "head_seats"),
    *("tie_line", "seat_number", "tie_place_chair", "tie_place_valgforbund", "tie_supplied"),
    *("explorer_snapshot", "explorer_alone_column", "explorer_column", "explorer_choice", "explorer_fixed_column"),
    *("explorer_fixed_choice", "explorer_short", "explorer_reset", "explorer_no_groups", "explorer_incomplete"),
    *("explorer_try_lot", "explorer_lot_wins", "explorer_lots_tried", "explorer_forget_lots", "explorer_try_bloc"),
)
"""The catalogue's texts the page's calculator (``templates/explorer.js``) words its controls and results with."""


@dataclass(frozen=True)
class HtmlBody:
    """A body's view and what only the page has: the seat diagram and, with scenarios, the calculator's data."""

    view: BodyView
    anchor: str
    diagram: Markup | None
    scenarios: ScenarioView | None
    explorer: dict[str, Any] | None


def render_html(calculation: Calculation, lang: Lang, signoff: SignOff = NO_SIGNOFF, roster: bool = False) -> str:
    """The whole report as one HTML document; ``roster`` gives the member rosters alone (``kkrvalg roster``)."""
    report = report_view(calculation, lang, signoff)
    bodies = [html_body(view, record, calculation, lang) for view, record in zip(report.bodies, calculation.records)]
    template = _environment().get_template("roster.html.j2" if roster else "report.html.j2")
    return template.render(
        report=report,
        bodies=bodies,
        page=page(report, roster),
        explorer={"texts": explorer_texts(lang), "script": explorer_script()}
        if any(b.explorer for b in bodies)
        else None,
        shown_blocs=SHOWN_BLOCS,
        t=partial(label_for, lang),
    )


def html_body(view: BodyView, record: BodyRecord, calculation: Calculation, lang: Lang) -> HtmlBody:
    scenarios = scenario_view(record, lang) if record.scenarios is not None else None
    return HtmlBody(
        view=view,
        anchor=f"body-{view.index}",
        diagram=diagram(record, view.colours, lang) if record.composition.seats else None,
        scenarios=scenarios,
        explorer=explorer_view(record, view, calculation) if scenarios is not None else None,
    )


def page(report: ReportView, roster: bool) -> dict[str, Markup]:
    """The running header and footer of every printed page: what it is, the case number, FORELØBIG; when, the
    version, the input file and its checksum; the page of the pages."""
    title = label("roster_document_title", report.lang) if roster else report.title
    case = label("case_line", report.lang, case=report.signoff.case) if report.signoff.case else ""
    footer = label(
        "html_footer",
        report.lang,
        time=report.computed_at,
        version=report.version,
        name=report.source_name,
        sha=report.sha256[:12],
    )
    return {
        "top_left": css_string(f"{title} · {case}" if case else title),
        "top_right": css_string(label("html_header_provisional", report.lang) if report.provisional else ""),
        "bottom_left": css_string(footer),
        "bottom_right": page_counter(report.lang),
    }


def explorer_script() -> Markup:
    """The calculator's JavaScript as it is: read through the loader, not rendered, so its braces stay code."""
    environment = _environment()
    assert environment.loader is not None, "the environment reads the package's templates"
    return _markup(environment.loader.get_source(environment, "explorer.js")[0])


def explorer_texts(lang: Lang) -> dict[str, Any]:
    """The texts, counted nouns and thousands separator the calculator needs, in the page's language."""
    return {
        "labels": {key: LABELS[key][lang] for key in EXPLORER_LABELS},
        "counted": {key: COUNTED[key][lang] for key in ("n_votes", "n_seats")},  # n_seats: margins on the board
        "thousands": fmt.integer(1000, lang)[1],
    }


def explorer_view(record: BodyRecord, view: BodyView, calculation: Calculation) -> dict[str, Any]:
    """What the page's calculator starts from: the represented parties, the fixed valgforbund, R10's minimum, and
    what the election counts (votes, or seats on KL's bestyrelse: R15)."""
    analysis = record.scenarios
    assert analysis is not None
    parties = {p.party: p for p in record.composition.parties}
    return {
        "kkr": record.name,
        "title": view.title,
        "figures": "head_seats" if record.chair_basis == "seats" else "votes",
        "unit": chair_unit(record),
        "min": calculation.rules.valgforbund_min_parties,
        "parties": [
            {
                "party": party,
                "label": party_label(parties[party]),
                "name": named(parties[party]),
                "votes": votes,
                "colour": view.colours[party],
            }
            for party, votes in analysis.votes.items()
        ],
        "given": analysis.given,
    }


def named(p: PartyResult) -> str:
    """The party's name where the reports show one beside its letter, else nothing."""
    return p.name if party_label(p) != p.party else ""


def label_for(lang: Lang, key: str, **params: object) -> str:
    """:func:`label` with the language first, so templates can call ``t(key, …)``."""
    return label(key, lang, **params)


@cache
def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("kkrvalg.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _markup(text: str) -> Markup:
    """Text that is already safe HTML (the SVG of :mod:`.seatplot`, which escapes everything it writes)."""
    from markupsafe import Markup

    return Markup(text)


def css_string(text: str) -> Markup:
    """``text`` as a CSS string for the page header and footer, every character that could end it escaped.

    A ``<style>`` element is not HTML-escaped by the browser, so HTML escaping would show ``&amp;`` literally
    and would not stop ``</style>``; hex escapes do both jobs (the space after each one ends it, and is eaten).
    """
    return _markup('"' + "".join(c if c.isalnum() or c in " .,:-" else f"\\{ord(c):x} " for c in text) + '"')


def page_counter(lang: Lang) -> Markup:
    """``Side 3 af 12`` as CSS content: the catalogue's words around the page counters of CSS Paged Media.

    The label is split at its placeholders rather than formatted, since the counters are CSS, not text.
    """
    parts = re.split(r"\{(page|pages)\}", LABELS["html_page_of"][lang])
    return _markup(" ".join(f"counter({p})" if i % 2 else css_string(p) for i, p in enumerate(parts) if p))


def seat_tooltip(seat: Seat, parties: Mapping[str, PartyResult], lang: Lang) -> str:
    """What hovering a seat tells: whose it is and why (the mayor by name, or the winning quotient)."""
    if seat.party is None:
        return label("html_seat_undecided", lang, order=seat.order, undecided=undecided_text(seat.candidates, lang))
    party = party_label(parties[seat.party])
    if seat.kind == "mayor":
        key = "html_seat_mayor_assumed" if seat.assumed else "html_seat_mayor"
        mayor = f"{seat.name}, {seat.municipality}" if seat.name else seat.municipality
        return label(key, lang, party=party, municipality=mayor)
    key = "html_seat_board" if seat.kind == "seat" else "html_seat_supplementary"
    assert seat.quotient is not None, "a seat won by d'Hondt has its quotient"
    return label(key, lang, party=party, order=seat.order, quotient=fmt.quotient(seat.quotient, lang))


def diagram(record: BodyRecord, colours: Mapping[str, str], lang: Lang) -> Markup:
    """The hemicycle: one mark per member in the party's colour, mayors solid, supplementary members rings."""
    c = record.composition
    parties = {p.party: p for p in c.parties}
    undecided = undecided_text(c.pending.candidates, lang) if c.pending else ""
    seats = [
        SeatMark(
            party=s.party or undecided,
            kind=s.kind if s.party else "undecided",
            fill=colours[s.party] if s.party else UNDECIDED_FILL,
            tooltip=seat_tooltip(s, parties, lang),
        )
        for s in c.seats
    ]
    legend = {p.party: party_label(p) for p in c.parties} | ({undecided: undecided} if undecided else {})
    kinds = {
        "mayor": "html_kind_mayors",
        "supplementary": "html_kind_supplementary",
        "seat": "html_kind_seats",
        "undecided": "html_kind_undecided",
    }
    return _markup(
        hemicycle_svg(
            seats,
            title=label("html_diagram_title", lang, body=body_title(record, lang)),
            legend=legend,
            order=bundled_party_order(),
            kind_labels={kind: label(key, lang) for kind, key in kinds.items()},
        )
    )
