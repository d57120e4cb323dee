"""The HTML report: one self-contained file to read on screen, print on A4 or attach to the KKR decision.

The Jinja2 templates in ``templates/`` (autoescaped) lay out what this module hands them: each record turned
into rows of display text with the sentences every report shares (:mod:`.wording`), and its seat diagram
(:mod:`.seatplot`). Nothing is recomputed. CSS and SVG are inline, so the file needs nothing from outside and
survives being e-mailed. Jinja2 is imported only here, so loading the command line does not load it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..dates import long_datetime
from ..engine.chair import ChairResult
from ..engine.composition import PartyResult, Seat
from ..engine.quotient import Quotient
from ..i18n import Lang, counted, label
from ..i18n.labels import COUNTED, LABELS
from ..io.reference import bundled_colours, bundled_party_order
from ..model import RulesProfile
from ..results import BodyRecord, Calculation
from . import fmt
from .colours import party_colours
from .scenarios import SHOWN_BLOCS, bloc_label, count_share, share_text, skipped_text
from .seatplot import SeatMark, hemicycle_svg
from .terminal import party_label
from .wording import (
    between,
    body_title,
    chair_title,
    chair_unit,
    eligibility_text,
    margin_lines,
    outcome_line,
    post_holder,
    post_lines,
    provisional_details,
    provisional_text,
    rules_line,
    scenarios_title,
    sensitivity_lines,
    size_text,
    tie_line,
    tie_outcome,
    tie_place,
    undecided_text,
)

if TYPE_CHECKING:
    from jinja2 import Environment
    from markupsafe import Markup

    from ..engine.scenarios import Bloc

View = dict[str, Any]
UNDECIDED_FILL = "#ffffff"
"""A seat waiting for a lot is drawn empty: a white disc with a grey outline, held by nobody."""
EXPLORER_LABELS = (
    *("party", "votes", "alone", "chair_list", "chair_parties", "post_formand", "post_naestformand", "via"),
    *("undecided", "and_list", "no_candidates", "won_by_lot", "margin_line", "html_inner_post", "html_elected"),
    *("html_margins", "html_chair_valgforbund", "html_valgforbund_entry", "head_seats", "tie_line", "seat_number"),
    *("tie_place_chair", "tie_place_valgforbund", "tie_supplied"),
    *("explorer_snapshot", "explorer_alone_column", "explorer_column", "explorer_choice", "explorer_fixed_column"),
    *("explorer_fixed_choice", "explorer_short", "explorer_reset", "explorer_no_groups", "explorer_incomplete"),
    *("explorer_try_lot", "explorer_lot_wins", "explorer_lots_tried", "explorer_forget_lots", "explorer_try_bloc"),
)
"""The catalogue's texts the page's calculator (``templates/explorer.js``) words its controls and results with."""


def write_html(calculation: Calculation, lang: Lang, path: Path) -> None:
    """Write the report to ``path`` (the CLI passes a temporary file that it then renames into place)."""
    path.write_text(render_html(calculation, lang), encoding="utf-8")


def render_html(calculation: Calculation, lang: Lang) -> str:
    """The whole report as one HTML document."""
    template = _environment().get_template("report.html.j2")
    return template.render(report=report_view(calculation, lang), t=partial(label_for, lang))


def explorer_script() -> Markup:
    """The calculator's JavaScript as it is: read through the loader, not rendered, so its braces stay code."""
    environment = _environment()
    return _markup(environment.loader.get_source(environment, "explorer.js")[0])


def explorer_texts(lang: Lang) -> View:
    """The texts, counted nouns and thousands separator the calculator needs, in the page's language."""
    return {
        "labels": {key: LABELS[key][lang] for key in EXPLORER_LABELS},
        "counted": {key: COUNTED[key][lang] for key in ("n_votes", "n_seats")},  # n_seats: margins on the board
        "thousands": fmt.integer(1000, lang)[1],
    }


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


def report_view(calculation: Calculation, lang: Lang) -> View:
    """Everything the templates show, as text: front page, one section per body, appendix."""
    numbers = calculation.lot_numbers
    organ = calculation.organ
    scenarios = any(r.scenarios is not None for r in calculation.records)
    if organ != "kkr":
        title = label("html_title_organ", lang, body=label("organ_" + organ, lang))
        intro = label("html_intro_" + organ, lang)
    elif scenarios:
        title, intro = label("html_title_scenarios", lang), label("html_intro_scenarios", lang)
    else:
        title, intro = label("html_title_kkr", lang), label("html_intro_kkr", lang)
    provisional = [body_title(r, lang) for r in calculation.records if r.provisional]
    waiting = [body_title(r, lang) for r in calculation.records if not r.decided]
    computed = long_datetime(calculation.computed_at, lang)
    source = calculation.source
    return {
        "lang": lang,
        "organ": organ,
        "board": organ == "bestyrelse",
        "title": title,
        "intro": intro,
        "provisional": label("html_provisional_report", lang, bodies=between(tuple(provisional), lang))
        if provisional
        else None,
        "pending": label("html_pending_report", lang, bodies=between(tuple(waiting), lang)) if waiting else None,
        "overview": [overview_row(r, i, lang) for i, r in enumerate(calculation.records, start=1)],
        "computed_at": computed,
        "version": calculation.version,
        "source": source,
        "valgforbund": valgforbund_view(calculation, lang) if organ == "kkr" else None,
        "rules_line": rules_line(calculation.rules, lang, organ),
        "sensitivity": [{"text": text, "depends": depends} for text, depends in sensitivity_lines(calculation, lang)],
        "partial": [
            {"body": body_title(r, lang), "lines": provisional_details(r.composition, lang)}
            for r in calculation.records
            if r.provisional
        ],
        "bodies": [body_view(r, i, calculation, lang, numbers) for i, r in enumerate(calculation.records, start=1)],
        "explorer": {"texts": explorer_texts(lang), "script": explorer_script()} if scenarios else None,
        "body_header": label("kkr" if organ == "kkr" else "html_body", lang),
        "seats": appendix_seats(calculation, lang),
        "ties": appendix_ties(calculation, lang, numbers),
        "rules": [
            (key, label("html_no_value", lang) if value is None else str(value), label("setting_" + key, lang))
            for key, value in calculation.rules.model_dump(mode="json").items()
        ],
        "page": {
            "top_left": css_string(title),
            "top_right": css_string(label("html_header_provisional", lang) if provisional else ""),
            "bottom_left": css_string(
                label("html_footer", lang, time=computed, version=calculation.version, sha=source.sha256[:12])
            ),
            "bottom_right": page_counter(lang),
        },
    }


def status(record: BodyRecord, lang: Lang) -> tuple[str, str]:
    """The front page's verdict on a body, and its CSS class: waiting for a lot, provisional or final."""
    if not record.decided:
        return label("html_status_pending", lang), "undecided"
    if record.provisional:
        return label("html_status_provisional", lang), "provisional-status"
    return label("html_status_final", lang), "final"


def overview_row(record: BodyRecord, index: int, lang: Lang) -> View:
    """A body's row in the front page's table; a chair election still waiting for a lot says so."""
    c, chair = record.composition, record.chair
    text, css = status(record, lang)
    holders = {p.post: post_holder(p, chair, lang) for p in chair.posts} if chair else {}
    waiting = label("html_status_pending", lang)
    cap = "—" if c.cap is None else fmt.integer(c.cap, lang)
    return {
        "anchor": f"body-{index}",
        "name": record.name if record.organ == "kkr" else body_title(record, lang),
        "municipalities": fmt.integer(len(c.tally.municipalities), lang),
        "counted": fmt.integer(c.tally.counted, lang),
        "members": fmt.integer(c.size, lang),
        "mayors": fmt.integer(c.mayors, lang),
        "supplementary": fmt.integer(c.supplementary, lang),
        "cap": f"{cap} ({label('cap_reached', lang).lower()})" if c.cap_reached else cap,
        "formand": holders.get("formand", waiting),
        "naestformand": holders.get("naestformand", waiting),
        "status": text,
        "status_class": css,
    }


def groups_text(groups: Mapping[str, tuple[str, ...]], lang: Lang) -> str:
    """``AF (A, F); BC (B, C)``: valgforbund by name with their parties."""
    return "; ".join(
        label("html_valgforbund_entry", lang, name=name, parties=", ".join(members)) for name, members in groups.items()
    )


def valgforbund_view(calculation: Calculation, lang: Lang) -> View:
    """Where the valgforbund came from (the sheet or ``--valgforbund``) and which each KKR has."""
    sources = {r.valgforbund_source for r in calculation.records} - {None}
    if not sources:
        return {"source": label("html_valgforbund_none", lang), "entries": []}
    key = "html_valgforbund_option" if calculation.valgforbund_option is not None else "html_valgforbund_sheet"
    entries = [
        (body_title(r, lang), groups_text(r.valgforbund, lang) if r.valgforbund else label("html_no_value", lang))
        for r in calculation.records
    ]
    return {"source": label(key, lang), "entries": entries}


def body_view(record: BodyRecord, index: int, calculation: Calculation, lang: Lang, numbers: dict[str, int]) -> View:
    """One KKR or national body: banner, pending lots, diagram, composition, chair election, scenarios."""
    c = record.composition
    rules = calculation.rules
    seated = [p for p in c.parties if p.members]
    colours = party_colours([p.party for p in seated], bundled_colours(), calculation.colours)
    municipalities = counted("n_municipalities", len(c.tally.municipalities), lang)
    if record.organ == "kkr":
        municipalities = label(
            "html_municipalities_line", lang, count=municipalities, names=", ".join(c.tally.municipalities)
        )
    return {
        "anchor": f"body-{index}",
        "name": record.name,
        "organ": record.organ,
        "board": record.organ == "bestyrelse",
        "title": body_title(record, lang),
        "municipalities": municipalities,
        "provisional": provisional_text(c, lang),
        "pending": [
            {
                "line": tie_line(p.tie, lang, numbers.get(p.tie.key)),
                "outcomes": [outcome_line(o, record, lang) for o in p.outcomes],
            }
            for p in record.pending
        ],
        "diagram": diagram(record, colours, lang) if c.seats else None,
        **composition_view(record, colours, rules, lang),
        "size": size_text(record, rules, lang),
        "method_note": label("organ_method_note", lang) if record.organ == "repraesentantskab" else None,
        "ties": [tie_line(t, lang) for t in c.ties if t.resolved],
        "chair": chair_view(record, record.chair, lang) if record.chair is not None else None,
        "chair_waits": label("chair_waits", lang, kkr=record.name) if record.chair_waits else None,
        "scenarios": scenario_view(record, colours, rules, lang) if record.scenarios is not None else None,
    }


def seat_tooltip(seat: Seat, parties: Mapping[str, PartyResult], lang: Lang) -> str:
    """What hovering a seat tells: whose it is and why (the mayor's municipality, or the winning quotient)."""
    if seat.party is None:
        return label("html_seat_undecided", lang, order=seat.order, undecided=undecided_text(seat.candidates, lang))
    party = party_label(parties[seat.party])
    if seat.kind == "mayor":
        key = "html_seat_mayor_assumed" if seat.assumed else "html_seat_mayor"
        return label(key, lang, party=party, municipality=seat.municipality)
    key = "html_seat_board" if seat.kind == "seat" else "html_seat_supplementary"
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


def composition_view(record: BodyRecord, colours: Mapping[str, str], rules: RulesProfile, lang: Lang) -> View:
    """The composition table's rows; local lists outside R3 without a mayor are summed in one row, as in the
    terminal, and named below the table."""
    c = record.composition

    def n(v: int) -> str:
        return fmt.integer(v, lang)

    shown = [p for p in c.parties if p.reason != "not_a_party" or p.mayors]
    others = [p for p in c.parties if p not in shown]
    rows = [
        {
            "colour": colours.get(p.party),
            "party": party_label(p),
            "votes": n(p.votes),
            "share": fmt.percent(p.share, lang),
            "council_seats": n(p.council_seats),
            "eligible": eligibility_text(p, rules, lang, record.organ),
            "mayors": n(p.mayors),
            "supplementary": n(p.supplementary),
            "members": n(p.members),
            "css": "" if p.eligible or p.mayors else "dim",
        }
        for p in shown
    ]
    if others:
        rows.append(
            {
                "colour": None,
                "party": label("other_lists", lang, count=len(others)),
                "votes": n(sum(p.votes for p in others)),
                "share": fmt.percent(sum((p.share for p in others), start=Fraction(0)), lang),
                "council_seats": n(sum(p.council_seats for p in others)),
                "eligible": f"{label('no', lang)} — {label('reason_not_a_party', lang)}",
                "mayors": "0",
                "supplementary": "0",
                "members": "0",
                "css": "dim",
            }
        )
    if c.pending:
        rows.insert(
            0,
            {
                "colour": None,
                "party": undecided_text(c.pending.candidates, lang),
                **dict.fromkeys(("votes", "share", "council_seats", "eligible", "mayors"), ""),
                "supplementary": n(c.undecided),
                "members": n(c.undecided),
                "css": "undecided",
            },
        )
    return {
        "rows": rows,
        "others": label("html_other_lists_names", lang, names=", ".join(f"{p.party} {n(p.votes)}" for p in others))
        if others
        else None,
        "total": {
            "votes": n(sum(p.votes for p in c.parties)),
            "council_seats": n(sum(p.council_seats for p in c.parties)),
            "mayors": n(c.mayors),
            "supplementary": n(c.supplementary + c.undecided),
            "members": n(c.size),
        },
    }


def chair_view(record: BodyRecord, chair: ChairResult, lang: Lang) -> View:
    """The quotient table (÷ 1, ÷ 2) with the winning quotients marked, who holds each post, how a valgforbund's
    post went to one of its members, the margins and the ties."""
    won = {(p.list_key, p.quotient.divisor): p.post for p in chair.posts if p.list_key and p.quotient}
    parties = {p.party: p for p in record.composition.parties}
    rows = [
        {
            "key": lst.key,
            "members": ", ".join(party_label(parties[m]) for m in lst.members),
            "votes": fmt.integer(lst.votes, lang),
            "cells": [
                {
                    "value": fmt.exact(Quotient(lst.votes, d), lang),
                    "post": label("post_" + won[lst.key, d], lang) if (lst.key, d) in won else None,
                }
                for d in (1, 2)
            ],
        }
        for lst in chair.lists
    ]
    inner = [
        label(
            "html_inner_post",
            lang,
            post=label("post_" + p.post, lang),
            valgforbund=p.list_key,
            party=p.party,
            quotient=fmt.quotient(p.member_quotient, lang),
        )
        for p in chair.posts
        if p.decided and p.list_key != p.party and p.member_quotient is not None
    ]
    groups = record.valgforbund
    return {
        "title": chair_title(record, lang),
        "valgforbund": label("html_chair_valgforbund", lang, groups=groups_text(groups, lang))
        if groups
        else label("html_valgforbund_none", lang),
        "rows": rows,
        "posts": [{"text": line, "decided": p.decided} for p, line in zip(chair.posts, post_lines(chair, lang))],
        "inner": inner,
        "margins": margin_lines(chair, lang, chair_unit(record)),
        "ties": [tie_line(t, lang) for t in chair.ties if t.resolved],
    }


def explorer_view(record: BodyRecord, colours: Mapping[str, str], rules: RulesProfile, lang: Lang) -> View:
    """What the page's calculator starts from: the represented parties, the fixed valgforbund, R10's minimum, and
    what the election counts (votes, or seats on KL's bestyrelse: R15)."""
    parties = {p.party: p for p in record.composition.parties}
    return {
        "kkr": record.name,
        "title": body_title(record, lang),
        "figures": "head_seats" if record.chair_basis == "seats" else "votes",
        "unit": chair_unit(record),
        "min": rules.valgforbund_min_parties,
        "parties": [
            {"party": party, "label": party_label(parties[party]), "votes": votes, "colour": colours[party]}
            for party, votes in record.scenarios.votes.items()
        ],
        "given": record.scenarios.given,
    }


def blocs_view(blocs: tuple[Bloc, ...], title: str, lang: Lang) -> View:
    """The minimal blocs securing a post, the first :data:`SHOWN_BLOCS` as the terminal shows them."""
    by_lot = label("by_lot", lang)
    return {
        "title": title,
        "both": bool(blocs) and blocs[0].posts == 2,
        "rows": [
            {
                "members": b.members,
                "bloc": bloc_label(b.members, lang),
                "votes": fmt.integer(b.votes, lang),
                "rival": fmt.integer(b.rival, lang),
                "surplus": fmt.integer(b.surplus, lang),
                "formand": b.formand or by_lot,
                "naestformand": b.naestformand or by_lot,
            }
            for b in blocs[:SHOWN_BLOCS]
        ],
        "more": label("more_blocs", lang, count=len(blocs) - SHOWN_BLOCS) if len(blocs) > SHOWN_BLOCS else None,
    }


def scenario_view(record: BodyRecord, colours: Mapping[str, str], rules: RulesProfile, lang: Lang) -> View:
    """R12 for one KKR: the calculator, the guaranteed blocs, the counts per party over every arrangement, and the
    party's outlook."""
    analysis = record.scenarios
    e = analysis.enumeration
    share = partial(count_share, lang=lang)
    parties = {p.party: p for p in record.composition.parties}
    shown, total = analysis.shown_outlook(), len(analysis.outlook())
    return {
        "title": scenarios_title(record, lang),
        "explorer": explorer_view(record, colours, rules, lang),
        "given": label("html_scenarios_given", lang, groups="; ".join(" + ".join(g) for g in analysis.given))
        if analysis.given
        else None,
        "blocs": [
            blocs_view(analysis.formand_blocs, label("guaranteed_formand", lang), lang),
            blocs_view(analysis.both_blocs, label("guaranteed_both", lang), lang),
        ],
        "skipped": skipped_text(record.name, analysis, lang) if e is None else None,
        "enumeration": None
        if e is None
        else {
            "title": label("enumeration_title", lang, ways=counted("n_ways", e.scenarios, lang)),
            "rows": [
                {
                    "party": party_label(parties[party]),
                    "votes": fmt.integer(votes, lang),
                    "formand": share(e.formand[party], e.scenarios),
                    "naestformand": share(e.naestformand[party], e.scenarios),
                }
                for party, votes in analysis.votes.items()
            ],
            "lot": {
                "formand": share(e.formand_lot, e.scenarios),
                "naestformand": share(e.naestformand_lot, e.scenarios),
            },
        },
        "outlook": None
        if not analysis.party or e is None
        else {
            "title": label("outlook_title", lang, party=analysis.party),
            "rows": [
                {
                    "members": o.members,
                    "bloc": bloc_label(o.members, lang),
                    "votes": fmt.integer(o.votes, lang),
                    "formand": share_text(o.formand, o.scenarios, lang),
                    "naestformand": share_text(o.naestformand, o.scenarios, lang),
                    "lot": share_text(o.lot, o.scenarios, lang),
                    "short_formand": fmt.integer(o.short_of_formand, lang),
                    "short_both": fmt.integer(o.short_of_both, lang),
                }
                for o in shown
            ],
            "note": label("outlook_note", lang),
            "more": label("more_outlooks", lang, count=total - len(shown)) if len(shown) < total else None,
        },
    }


def appendix_seats(calculation: Calculation, lang: Lang) -> list[View]:
    """Every seat in award order per body (like the Excel sheet ``Kvotienter``), then the chair posts."""
    rows = []
    for record in calculation.records:
        name = record.name if record.organ == "kkr" else body_title(record, lang)
        seats = [
            (
                str(s.order) if s.order is not None else "—",
                label("kind_" + s.kind, lang),
                s.party or undecided_text(s.candidates, lang),
                s.municipality or "",
                s.quotient,
            )
            for s in record.composition.seats
        ]
        posts = [
            ("", label("post_" + p.post, lang), post_holder(p, record.chair, lang), "", p.quotient)
            for p in (record.chair.posts if record.chair else ())
        ]
        rows.append(
            {
                "body": name,
                "rows": [
                    {
                        "order": order,
                        "kind": kind,
                        "party": party,
                        "municipality": municipality,
                        "votes": fmt.integer(q.votes, lang) if q else "",
                        "divisor": fmt.integer(q.divisor, lang) if q else "",
                        "quotient": fmt.exact(q, lang) if q else "",
                    }
                    for order, kind, party, municipality, q in seats + posts
                ],
            }
        )
    return rows


def appendix_ties(calculation: Calculation, lang: Lang, numbers: dict[str, int]) -> list[View]:
    """The lot protocol: every tie, its candidates, the winners and how it was settled (seed or supplied)."""
    return [
        {
            "number": str(numbers[t.key]) if t.key in numbers else "",
            "place": tie_place(t, lang),
            "seat": str(t.seat),
            "quotient": fmt.quotient(t.quotient, lang),
            "candidates": ", ".join(t.candidates),
            "seats": fmt.integer(t.seats, lang),
            "winners": ", ".join(t.winners) or "—",
            "outcome": tie_outcome(t, lang),
            "seed": "" if t.seed is None else str(t.seed),
            "key": t.key,
            "css": "" if t.resolved else "undecided",
        }
        for t in calculation.ties
    ]
