"""Rich tables for the terminal, Danish by default."""

from __future__ import annotations

from fractions import Fraction

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..engine.chair import ChairResult
from ..engine.composition import Composition, PartyResult
from ..engine.lots import Tie
from ..engine.quotient import Quotient
from ..i18n import Lang, label
from ..model import RulesProfile
from ..pipeline import AllocationResult
from . import fmt
from .wording import eligibility_text, margin_lines, post_lines, provisional_text, size_text, tie_outcome


def party_label(p: PartyResult) -> str:
    if p.reason == "not_a_party" or p.name in ("", p.party):
        return p.party
    return f"{p.party} {p.name}"


COMPACT_WIDTH = 100
"""Below this terminal width the composition table drops list names and council seats to stay readable."""


def composition_table(c: Composition, rules: RulesProfile, lang: Lang, width: int | None = None) -> Table:
    """One row per party; local lists outside R3 without a mayor are summed in one row to keep it readable."""

    def n(v):
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
                eligibility_text(p, rules, lang),
                n(p.mayors),
                n(p.supplementary),
                n(p.members),
            ],
            None if p.eligible or p.mayors else "dim",
        )
        for p in shown
    ]
    if others:
        rows.append(
            (
                [
                    label("other_lists", lang, count=len(others)),
                    n(sum(p.votes for p in others)),
                    fmt.percent(sum((p.share for p in others), start=Fraction(0)), lang),
                    n(sum(p.council_seats for p in others)),
                    f"{label('no', lang)} — {label('reason_not_a_party', lang)}",
                    "0",
                    "0",
                    "0",
                ],
                "dim",
            )
        )
    number = {"justify": "right", "no_wrap": True}
    columns = [
        (label("party", lang), label("total", lang), {"overflow": "fold", "ratio": 3, "min_width": 10}),
        (label("votes", lang), n(sum(p.votes for p in c.parties)), number),
        (label("share", lang), "", number),
        (label("head_council_seats", lang), n(sum(p.council_seats for p in c.parties)), number),
        (label("eligible", lang), "", {"ratio": 2, "min_width": 10}),
        (label("head_mayors", lang), n(c.mayors), number),
        (label("head_supplementary", lang), n(c.supplementary), number),
        (label("head_members", lang), n(c.members), {**number, "style": "bold"}),
    ]
    keep = [i for i in range(len(columns)) if not (compact and i == 3)]
    table = Table(title=label("kkr_title", lang, kkr=c.kkr), title_style="bold", show_footer=True)
    for i in keep:
        header, footer, options = columns[i]
        table.add_column(header, footer=footer, **options)
    for cells, style in rows:
        table.add_row(*(cells[i] for i in keep), style=style)
    return table


def provisional_banner(c: Composition, lang: Lang) -> Panel | None:
    body = provisional_text(c, lang)
    return Panel(Text(body), border_style="yellow", style="yellow") if body else None


def print_per_kkr(console: Console, views: list[tuple[Composition, object]], lang: Lang) -> None:
    """Each KKR's view under its provisional banner (when its data are partial), a blank line between."""
    for composition, view in views:
        banner = provisional_banner(composition, lang)
        if banner:
            console.print(banner)
        console.print(view)
        console.print()


def tie_lines(ties: tuple[Tie, ...], lang: Lang) -> list[str]:
    return [
        label(
            "tie_line",
            lang,
            seat=tie.seat,
            context=tie.context,
            candidates=", ".join(tie.candidates),
            quotient=fmt.quotient(tie.quotient, lang),
            seats=tie.seats,
            outcome=tie_outcome(tie, lang),
        )
        for tie in ties
    ]


def seats_table(c: Composition, lang: Lang) -> Table:
    table = Table(title=label("seats_title", lang), title_justify="left")
    table.add_column(label("order", lang), justify="right")
    table.add_column(label("party", lang))
    table.add_column(label("quotient", lang), justify="right")
    for s in c.seats:
        if s.kind == "supplementary" and s.quotient is not None:
            table.add_row(str(s.order), s.party, fmt.quotient(s.quotient, lang) + (" *" if s.tie else ""))
    return table


def composition_view(
    c: Composition, rules: RulesProfile, lang: Lang, show_quotients: bool, width: int | None = None
) -> Group:
    parts: list = []
    banner = provisional_banner(c, lang)
    if banner:
        parts.append(banner)
    parts.append(composition_table(c, rules, lang, width))
    parts.append(Text(size_text(c, rules, lang)))
    if show_quotients and c.supplementary:
        parts.append(seats_table(c, lang))
    if c.ties:
        parts.append(Text(label("ties_title", lang), style="bold red"))
        parts.extend(Text(line) for line in tie_lines(c.ties, lang))
    return Group(*parts)


def rules_line(rules: RulesProfile, lang: Lang) -> str:
    return label(
        "rules_line",
        lang,
        threshold=rules.threshold_percent,
        denominator=label(rules.threshold_denominator, lang),
        scope=label("scope_" + rules.council_seat_scope, lang),
        factor=rules.cap_factor,
        stopping=label("stopping_" + rules.stopping_rule, lang),
    )


def print_allocation(
    console: Console, result: AllocationResult, lang: Lang, show_quotients: bool = False, chairs: list | None = None
) -> None:
    for i, c in enumerate(result.compositions):
        console.print(composition_view(c, result.rules, lang, show_quotients, console.width))
        if chairs:
            console.print(chairs[i])
        console.print()
    console.print(Text(rules_line(result.rules, lang), style="dim"))
    console.print(Text(label("source_line", lang, name=result.source.name, sha=result.source.sha256[:12]), style="dim"))


def composition_summary(c: Composition) -> str:
    return ", ".join(f"{p.party} {p.members}" for p in c.parties if p.members)


def print_tie_alternatives(console: Console, result: AllocationResult, lang: Lang) -> None:
    """Every outcome the pending drawing could have, so nobody has to guess what is at stake."""
    for alternatives in result.alternatives:
        for tie, winners, alternative in alternatives:
            console.print(Text(tie_lines((tie,), lang)[0], style="bold red"))
            console.print(
                label("tie_alternative", lang, winners=", ".join(winners), composition=composition_summary(alternative))
            )
    console.print(Text(label("tie_exit", lang), style="bold red"))


def chair_view(chair: ChairResult, lang: Lang) -> Group:
    """The quotient table of the chair election, who won each post and by what margin (R9–R12)."""

    def n(v):
        return fmt.integer(v, lang)

    table = Table(title=label("chair_title", lang, kkr=chair.kkr), title_style="bold")
    table.add_column(label("chair_list", lang))
    table.add_column(label("chair_parties", lang))
    table.add_column(label("votes", lang), justify="right")
    table.add_column("÷ 1", justify="right")
    table.add_column("÷ 2", justify="right")
    won = {(p.list_key, p.quotient.divisor): p.post for p in chair.posts}
    for lst in chair.lists:
        cells = []
        for divisor in (1, 2):
            q = Quotient(lst.votes, divisor)
            post = won.get((lst.key, divisor))
            cells.append(fmt.exact(q, lang) + (f" ← {label('post_' + post, lang)}" if post else ""))
        table.add_row(lst.key, ", ".join(lst.members), n(lst.votes), *cells)
    lines = [Text(line, style="bold") for line in post_lines(chair, lang)]
    lines += [Text(line) for line in margin_lines(chair, lang)]
    parts: list = [table, *lines]
    if chair.ties:
        parts.extend(Text(line, style="bold red") for line in tie_lines(chair.ties, lang))
    return Group(*parts)
