"""Rich views for the terminal, Danish by default; every view renders a record and never recomputes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fractions import Fraction

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..engine.chair import ChairResult
from ..engine.composition import PartyResult
from ..engine.quotient import Quotient
from ..i18n import Lang, label
from ..model import RulesProfile
from ..results import BodyRecord, Calculation
from . import fmt
from .wording import (
    body_title,
    chair_title,
    chair_unit,
    eligibility_text,
    lot_hint,
    margin_lines,
    outcome_line,
    post_lines,
    provisional_text,
    rules_line,
    sensitivity_lines,
    size_text,
    tie_line,
    undecided_text,
)

COMPACT_WIDTH = 100
"""Below this terminal width the composition table drops list names and council seats to stay readable."""
UNDECIDED = "bold red"


def party_label(p: PartyResult) -> str:
    if p.reason == "not_a_party" or p.name in ("", p.party):
        return p.party
    return f"{p.party} {p.name}"


def composition_table(record: BodyRecord, rules: RulesProfile, lang: Lang, width: int | None = None) -> Table:
    """One row per party; local lists outside R3 without a mayor are summed in one row to keep it readable.

    Seats waiting for a lot are a row of their own, in red, held by nobody.
    """
    c = record.composition

    def n(v: int) -> str:
        return fmt.integer(v, lang)

    compact = width is not None and width < COMPACT_WIDTH
    shown = [p for p in c.parties if p.reason != "not_a_party" or p.mayors]
    others = [p for p in c.parties if p not in shown]
    rows = [
        (
            [
                p.party if compact else party_label(p),
                n(p.votes),
                fmt.percent(p.share, lang),
                n(p.council_seats),
                label("yes", lang) + "*"
                if compact and p.seat_assumed
                else eligibility_text(p, rules, lang, record.organ),
                n(p.mayors),
                n(p.supplementary),
                n(p.members),
            ],
            None if p.eligible or p.mayors else "dim",
        )
        for p in shown
    ]
    if others:
        share = sum((p.share for p in others), start=Fraction(0))
        rows.append(
            (
                [
                    label("other_lists", lang, count=len(others)),
                    n(sum(p.votes for p in others)),
                    fmt.percent(share, lang),
                    n(sum(p.council_seats for p in others)),
                    f"{label('no', lang)} — {label('reason_not_a_party', lang)}",
                    "0",
                    "0",
                    "0",
                ],
                "dim",
            )
        )
    if c.pending:
        undecided = undecided_text(c.pending.candidates, lang)
        rows.insert(0, ([undecided, "", "", "", "", "", n(c.undecided), n(c.undecided)], UNDECIDED))
    number = {"justify": "right", "no_wrap": True}
    seats_header = "head_seats" if record.organ == "bestyrelse" else "head_supplementary"
    columns = [
        (label("party", lang), label("total", lang), {"overflow": "fold", "ratio": 3, "min_width": 10}),
        (label("votes", lang), n(sum(p.votes for p in c.parties)), number),
        (label("share", lang), "", number),
        (label("head_council_seats", lang), n(sum(p.council_seats for p in c.parties)), number),
        (label("eligible", lang), "", {"ratio": 2, "min_width": 10}),
        (label("head_mayors", lang), n(c.mayors), number),
        (label(seats_header, lang), n(c.supplementary + c.undecided), number),
        (label("head_members", lang), n(c.size), {**number, "style": "bold"}),
    ]
    drop = {3} if compact else set()
    if record.organ == "bestyrelse":
        drop |= {5, 7}
    table = Table(title=body_title(record, lang), title_style="bold", show_footer=True)
    for i, (header, footer, options) in enumerate(columns):
        if i not in drop:
            table.add_column(header, footer=footer, **options)
    for cells, style in rows:
        table.add_row(*(cell for i, cell in enumerate(cells) if i not in drop), style=style)
    return table


def provisional_banner(record: BodyRecord, lang: Lang, verbose: bool = False) -> Panel | None:
    """A few lines saying what is partial; ``verbose`` names every municipality of every status."""
    body = provisional_text(record.composition, lang, full=verbose)
    return Panel(Text(body), border_style="yellow", style="yellow") if body else None


def pending_block(record: BodyRecord, lang: Lang, numbers: dict[str, int]) -> list[RenderableType]:
    """Every tie of the body that waits for a lot, first and in red, with what each drawing would give."""
    parts: list[RenderableType] = []
    for pending in record.pending:
        parts.append(Text(tie_line(pending.tie, lang, numbers.get(pending.tie.key)), style=UNDECIDED))
        parts.extend(Text("  " + outcome_line(o, record, lang)) for o in pending.outcomes)
    return parts


def seats_table(record: BodyRecord, lang: Lang) -> Table:
    table = Table(title=label("seats_title", lang), title_justify="left")
    table.add_column(label("order", lang), justify="right")
    table.add_column(label("party", lang))
    table.add_column(label("quotient", lang), justify="right")
    for s in record.composition.seats:
        if s.kind != "mayor" and s.quotient is not None:
            holder = s.party or undecided_text(s.candidates, lang)
            table.add_row(str(s.order), holder, fmt.quotient(s.quotient, lang) + (" *" if s.tie else ""))
    return table


def composition_view(
    record: BodyRecord,
    rules: RulesProfile,
    lang: Lang,
    show_quotients: bool,
    width: int | None,
    numbers: dict[str, int],
    verbose: bool = False,
) -> Group:
    parts: list[RenderableType] = []
    banner = provisional_banner(record, lang, verbose)
    if banner:
        parts.append(banner)
    parts.extend(pending_block(record, lang, numbers))
    parts.append(composition_table(record, rules, lang, width))
    if width is not None and width < COMPACT_WIDTH and any(p.seat_assumed for p in record.composition.parties):
        parts.append(Text(label("seat_assumed_note", lang), style="dim"))
    parts.append(Text(size_text(record, rules, lang)))
    if record.organ == "repraesentantskab":
        parts.append(Text(label("organ_method_note", lang), style="italic"))
    if show_quotients and (record.composition.supplementary or record.composition.undecided):
        parts.append(seats_table(record, lang))
    resolved = [t for t in record.composition.ties if t.resolved]
    if resolved:
        parts.append(Text(label("ties_title", lang), style="bold"))
        parts.extend(Text(tie_line(t, lang)) for t in resolved)
    return Group(*parts)


def chair_view(record: BodyRecord, lang: Lang) -> RenderableType:
    """The quotient table of the chair election, who holds each post and by what margin (R9–R12)."""
    chair = record.chair
    if chair is None:
        return Text(label("chair_waits", lang, kkr=record.name), style=UNDECIDED)
    return Group(*chair_parts(record, chair, lang))


def chair_parts(record: BodyRecord, chair: ChairResult, lang: Lang) -> list[RenderableType]:
    table = Table(title=chair_title(record, lang), title_style="bold")
    table.add_column(label("chair_list", lang))
    table.add_column(label("chair_parties", lang))
    table.add_column(label("head_seats" if record.chair_basis == "seats" else "votes", lang), justify="right")
    table.add_column("÷ 1", justify="right")
    table.add_column("÷ 2", justify="right")
    won = {(p.list_key, p.quotient.divisor): p.post for p in chair.posts if p.list_key and p.quotient}
    for lst in chair.lists:
        cells = []
        for divisor in (1, 2):
            post = won.get((lst.key, divisor))
            cells.append(
                fmt.exact(Quotient(lst.votes, divisor), lang) + (f" ← {label('post_' + post, lang)}" if post else "")
            )
        table.add_row(lst.key, ", ".join(lst.members), fmt.integer(lst.votes, lang), *cells)
    parts: list[RenderableType] = [table]
    for post, line in zip(chair.posts, post_lines(chair, lang)):
        parts.append(Text(line, style="bold" if post.decided else UNDECIDED))
    parts += [Text(line) for line in margin_lines(chair, lang, chair_unit(record))]
    resolved = [t for t in chair.ties if t.resolved]
    parts += [Text(tie_line(t, lang)) for t in resolved]
    return parts


def print_records(
    console: Console,
    calculation: Calculation,
    lang: Lang,
    view: Callable[[BodyRecord], Iterable[RenderableType]],
) -> None:
    """Each body's view, then the rules and the source, then what to do about ties waiting for a lot."""
    for record in calculation.records:
        for part in view(record):
            console.print(part)
        console.print()
    for line, depends in sensitivity_lines(calculation, lang):
        console.print(Text(line, style="bold yellow" if depends else ""))
    console.print(Text(rules_line(calculation.rules, lang, calculation.organ), style="dim"))
    source = label("source_line", lang, name=calculation.source.name, sha=calculation.source.sha256[:12])
    console.print(Text(source, style="dim"))
    if not calculation.ties_resolved:
        console.print(Text(lot_hint(lang), style=UNDECIDED))


def allocation_view(
    calculation: Calculation, lang: Lang, console: Console, show_quotients: bool = False, verbose: bool = False
) -> Callable[[BodyRecord], list[RenderableType]]:
    """The ``allocate`` view of one body: its composition and, for a KKR, its chair election."""
    numbers = calculation.lot_numbers

    def view(record: BodyRecord) -> list[RenderableType]:
        parts: list[RenderableType] = [
            composition_view(record, calculation.rules, lang, show_quotients, console.width, numbers, verbose)
        ]
        if record.organ in ("kkr", "bestyrelse"):
            parts.append(chair_view(record, lang))
        return parts

    return view


def chair_only_view(
    calculation: Calculation, lang: Lang, verbose: bool = False
) -> Callable[[BodyRecord], list[RenderableType]]:
    """The ``chair`` view: the provisional banner, pending lots and the chair election."""
    numbers = calculation.lot_numbers

    def view(record: BodyRecord) -> list[RenderableType]:
        banner = provisional_banner(record, lang, verbose)
        return [*([banner] if banner else []), *pending_block(record, lang, numbers), chair_view(record, lang)]

    return view
