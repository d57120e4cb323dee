"""Rich views for the terminal, Danish by default: they lay out :mod:`.views` and decide nothing themselves."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..i18n import Lang, keys, label
from ..results import BodyRecord, Calculation
from .views import BodyView, ChairView, CompositionView, Num, PartyRow, ReportView, RosterView, report_view, seat_rows

COMPACT_WIDTH = 100
"""Below this terminal width the composition table drops list names and council seats to stay readable."""
UNDECIDED = "bold red"
STYLES = {"local": "dim", "others": "dim", "undecided": UNDECIDED}


@dataclass(frozen=True)
class Options:
    """How the terminal shows a result: every municipality in the banners (``--verbose``), every supplementary
    seat's quotient (``--quotients``), the mayors by name (``--navne``)."""

    verbose: bool = False
    quotients: bool = False
    names: bool = False


DEFAULT = Options()

RecordView = Callable[[BodyView, BodyRecord], Iterable[RenderableType]]
"""What a command shows of each body."""


def composition_table(view: BodyView, lang: Lang, width: int | None) -> RenderableType:
    """One row per party; seats waiting for a lot first, in red; local lists outside R3 summed in one row.

    In a narrow terminal the list names and the council seats give way, and an assumed council seat is ``ja*``
    with one footnote, so that every number stays visible at 80 columns.
    """
    c: CompositionView = view.composition
    compact = width is not None and width < COMPACT_WIDTH
    columns = [col for col in c.columns if not (compact and col.key == "council_seats")]
    table = Table(title=view.title, title_style="bold", show_footer=True)
    for col in columns:
        options: dict[str, Any] = {"justify": "right", "no_wrap": True} if col.numeric else {}
        if col.key == "party":
            options = {"overflow": "fold", "ratio": 3, "min_width": 10}
        elif col.key == "eligible":
            options = {"ratio": 2, "min_width": 10}
        elif col.key == "members":
            options["style"] = "bold"
        table.add_column(col.header, footer=cell(c.total, col.key, compact, lang), **options)
    for row in c.rows:
        table.add_row(*(cell(row, col.key, compact, lang) for col in columns), style=STYLES.get(row.kind))
    parts: list[RenderableType] = [table]
    if compact and any(row.seat_assumed for row in c.rows):
        parts.append(Text(label("seat_assumed_note", lang), style="dim"))
    return Group(*parts)


def cell(row: PartyRow, key: str, compact: bool, lang: Lang) -> str:
    """A row's text in a column; compact rows name the party by its key and mark an assumed seat with ``*``."""
    if key == "party":
        return row.key if compact and row.kind in ("party", "local") else row.label
    if key == "eligible":
        return label("yes", lang) + "*" if compact and row.seat_assumed else row.eligible
    value: Num = getattr(row, key)
    return value.text


def provisional_banner(view: BodyView, verbose: bool = False) -> Panel | None:
    """A few lines saying what is partial; ``verbose`` names every municipality of every status."""
    if view.banner is None:
        return None
    text = view.banner if not verbose else "\n".join([view.banner, *view.details])
    return Panel(Text(text), border_style="yellow", style="yellow")


def pending_block(view: BodyView) -> list[RenderableType]:
    """Every tie of the body that waits for a lot, first and in red, with what each drawing would give."""
    parts: list[RenderableType] = []
    for pending in view.pending:
        parts.append(Text(pending.line, style=UNDECIDED))
        parts.extend(Text("  " + outcome) for outcome in pending.outcomes)
    return parts


def seats_table(record: BodyRecord, calculation: Calculation, lang: Lang) -> Table:
    """The supplementary seats in award order with the quotient that won each (``--quotients``)."""
    table = Table(title=label("seats_title", lang), title_justify="left")
    table.add_column(label("order", lang), justify="right")
    table.add_column(label("party", lang))
    table.add_column(label("quotient", lang), justify="right")
    for row in seat_rows(calculation, lang):
        if row.body in (record.name, label(keys.ORGAN[record.organ], lang)) and row.order.value is not None:
            quotient = f"{row.votes.text} ÷ {row.divisor.text} = {row.quotient.text}"
            table.add_row(row.order.text, row.party, quotient + (" *" if row.tie else ""))
    return table


def mayors_table(view: BodyView, lang: Lang) -> Table:
    """The born members by name (``--navne``): municipality, mayor, party."""
    table = Table(title=label("mayors_title", lang, body=view.title), title_justify="left")
    table.add_column(label("municipality", lang))
    table.add_column(label("mayor", lang))
    table.add_column(label("party", lang))
    for m in view.composition.mayors:
        name = m.name or "—"
        table.add_row(m.municipality, name + (f" ({label('assumed', lang)})" if m.assumed else ""), m.party_label)
    return table


def composition_part(
    view: BodyView, record: BodyRecord, calculation: Calculation, lang: Lang, width: int | None, options: Options
) -> Group:
    parts: list[RenderableType] = []
    banner = provisional_banner(view, options.verbose)
    if banner:
        parts.append(banner)
    parts.extend(pending_block(view))
    parts.append(composition_table(view, lang, width))
    parts.append(Text(view.composition.size))
    parts.extend(Text(note, style="italic") for note in view.composition.notes)
    if options.names and view.composition.mayors:
        parts.append(mayors_table(view, lang))
    if options.quotients and (record.composition.supplementary or record.composition.undecided):
        parts.append(seats_table(record, calculation, lang))
    if view.composition.ties:
        parts.append(Text(label("ties_title", lang), style="bold"))
        parts.extend(Text(line) for line in view.composition.ties)
    return Group(*parts)


def chair_part(view: BodyView, lang: Lang) -> RenderableType:
    """The quotient table of the chair election, who holds each post and by what margin (R9–R12)."""
    if view.chair is None:
        return Text(view.chair_waits or "", style=UNDECIDED)
    chair: ChairView = view.chair
    table = Table(title=chair.title, title_style="bold")
    table.add_column(label("chair_list", lang))
    table.add_column(label("chair_parties", lang))
    table.add_column(chair.figures, justify="right")
    table.add_column("÷ 1", justify="right")
    table.add_column("÷ 2", justify="right")
    for row in chair.rows:
        cells = [c.quotient.text + (f" ← {c.post}" if c.post else "") for c in row.cells]
        table.add_row(row.key, ", ".join(row.members), row.votes.text, *cells)
    parts: list[RenderableType] = [table]
    parts += [Text(post.text, style="bold" if post.decided else UNDECIDED) for post in chair.posts]
    parts += [Text(line) for line in (*chair.margins, *chair.ties)]
    return Group(*parts)


def print_records(
    console: Console,
    calculation: Calculation,
    lang: Lang,
    view: RecordView,
) -> None:
    """Each body's view, then what the uncertain rules would change, the rules, the source and the deadline, and what
    to do about ties waiting for a lot."""
    report = report_view(calculation, lang)
    for body, record in zip(report.bodies, calculation.records, strict=True):
        for part in view(body, record):
            console.print(part)
        console.print()
    footer(console, report)
    if not calculation.ties_resolved:
        console.print(Text(label("tie_exit", lang), style=UNDECIDED))


def footer(console: Console, report: ReportView) -> None:
    for line, depends in report.sensitivity:
        console.print(Text(line, style="bold yellow" if depends else ""))
    console.print(Text(report.rules_line, style="dim"))
    console.print(Text(report.source_line, style="dim"))


def allocation_view(
    calculation: Calculation, lang: Lang, console: Console, options: Options = DEFAULT
) -> Callable[[BodyView, BodyRecord], list[RenderableType]]:
    """The ``allocate`` view of one body: its composition and, for a KKR or KL's bestyrelse, its chair election."""

    def view(body: BodyView, record: BodyRecord) -> list[RenderableType]:
        parts: list[RenderableType] = [composition_part(body, record, calculation, lang, console.width, options)]
        if record.organ in ("kkr", "bestyrelse"):
            parts.append(chair_part(body, lang))
        return parts

    return view


def chair_only_view(lang: Lang, options: Options = DEFAULT) -> Callable[[BodyView, BodyRecord], list[RenderableType]]:
    """The ``chair`` view: the provisional banner, pending lots and the chair election."""

    def view(body: BodyView, _record: BodyRecord) -> list[RenderableType]:
        banner = provisional_banner(body, options.verbose)
        return [*([banner] if banner else []), *pending_block(body), chair_part(body, lang)]

    return view


def roster_part(roster: RosterView, lang: Lang) -> RenderableType:
    """The member roster (``kkrvalg roster``): the mayors by name, a numbered line per supplementary seat, and under
    each party the members it can appoint."""
    table = Table(title=roster.title, title_style="bold", title_justify="left")
    table.add_column(label("order", lang), justify="right")
    table.add_column(label("roster_member", lang))
    table.add_column(label("municipality", lang))
    table.add_column(label("party", lang))
    number = 0
    table.add_row("", Text(label("html_kind_mayors", lang), style="bold"))  # then a name a line, not wrapped
    for m in roster.mayors:
        number += 1
        name = f"{m.name or '—'} ({label('assumed', lang)})" if m.assumed else m.name or "—"
        table.add_row(str(number), name, m.municipality, m.party_label)
    for party in roster.parties:
        table.add_section()
        table.add_row("", Text(f"{party.label} — {label('roster_seats', lang, seats=party.seats)}", style="bold"))
        for _ in range(party.seats):
            number += 1
            table.add_row(str(number), "_" * 24, "_" * 12, party.party)
    parts: list[RenderableType] = [table]
    if roster.undecided:
        parts.append(Text(roster.undecided, style=UNDECIDED))
    if not roster.members_known:
        parts.append(Text(label("roster_no_members", lang), style="dim"))
    else:
        parts.append(Text(label("roster_eligible_title", lang), style="bold"))
        for party in roster.parties:
            names = "; ".join(f"{name} ({municipality})" for name, municipality in party.eligible)
            parts.append(Text.assemble((f"{party.label} ({len(party.eligible)}): ", "bold"), names))
    return Group(*parts)


def roster_only_view(lang: Lang, options: Options = DEFAULT) -> Callable[[BodyView, BodyRecord], list[RenderableType]]:
    """The ``roster`` view: the provisional banner, pending lots and the roster."""

    def view(body: BodyView, _record: BodyRecord) -> list[RenderableType]:
        banner = provisional_banner(body, options.verbose)
        return [*([banner] if banner else []), *pending_block(body), roster_part(body.roster, lang)]

    return view
