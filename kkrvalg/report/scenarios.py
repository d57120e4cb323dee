"""Rich views of the valgforbund scenarios (R12): what a party group reads before the constituent meeting."""

from __future__ import annotations

from fractions import Fraction

from rich.console import Group
from rich.table import Table
from rich.text import Text

from ..engine.scenarios import Bloc
from ..i18n import Lang, counted, label
from ..results import BodyRecord, ScenarioAnalysis
from . import fmt
from .wording import scenarios_title

SHOWN_BLOCS = 10


def bloc_label(members: tuple[str, ...], lang: Lang) -> str:
    return label("alone", lang, party=members[0]) if len(members) == 1 else " + ".join(members)


def share_text(count: int, total: int, lang: Lang) -> str:
    """A share with one decimal; ``<0,1 %`` for a non-zero count that would round to nothing."""
    share = Fraction(count, total) if total else Fraction(0)
    if 0 < share < Fraction(1, 2000):
        return "<" + fmt.percent(Fraction(1, 1000), lang, 1)
    return fmt.percent(share, lang, 1)


def count_share(count: int, total: int, lang: Lang) -> str:
    return f"{fmt.integer(count, lang)} ({share_text(count, total, lang)})"


def blocs_table(blocs: tuple[Bloc, ...], title: str, lang: Lang) -> Group:
    """The minimal blocs that secure a post whatever the others do, smallest first."""

    def n(v):
        return fmt.integer(v, lang)

    if not blocs:
        return Group(Text(title, style="bold"), Text(label("no_bloc", lang)))
    table = Table(title=title, title_style="bold")
    table.add_column(label("bloc", lang), no_wrap=True)
    table.add_column(label("votes", lang), justify="right")
    table.add_column(label("rival", lang), justify="right")
    table.add_column(label("surplus", lang), justify="right")
    table.add_column(label("post_formand", lang))
    two_posts = blocs[0].posts == 2
    if two_posts:
        table.add_column(label("post_naestformand", lang))
    for bloc in blocs[:SHOWN_BLOCS]:
        holders = [bloc.formand or label("by_lot", lang)]
        if two_posts:
            holders.append(bloc.naestformand or label("by_lot", lang))
        table.add_row(bloc_label(bloc.members, lang), n(bloc.votes), n(bloc.rival), n(bloc.surplus), *holders)
    parts: list = [table]
    if len(blocs) > SHOWN_BLOCS:
        parts.append(Text(label("more_blocs", lang, count=len(blocs) - SHOWN_BLOCS), style="dim"))
    return Group(*parts)


def counts_table(analysis: ScenarioAnalysis, lang: Lang) -> Table:
    """Per party: in how many of all the arrangements it takes each post."""
    e = analysis.enumeration
    assert e is not None
    title = label("enumeration_title", lang, ways=counted("n_ways", e.scenarios, lang))
    table = Table(title=title, title_style="bold", show_footer=True)
    table.add_column(label("party", lang), footer=label("by_lot", lang))
    table.add_column(label("votes", lang), justify="right")
    table.add_column(label("post_formand", lang), justify="right", footer=count_share(e.formand_lot, e.scenarios, lang))
    table.add_column(
        label("post_naestformand", lang), justify="right", footer=count_share(e.naestformand_lot, e.scenarios, lang)
    )
    for party, votes in analysis.votes.items():
        table.add_row(
            party,
            fmt.integer(votes, lang),
            count_share(e.formand[party], e.scenarios, lang),
            count_share(e.naestformand[party], e.scenarios, lang),
        )
    return table


def outlook_table(analysis: ScenarioAnalysis, lang: Lang) -> Group:
    """The chosen party's valgforbund options in the chosen order, with what each bloc is short of."""
    shown, total = analysis.shown_outlook(), len(analysis.outlook())
    table = Table(title=label("outlook_title", lang, party=analysis.party), title_style="bold")
    table.add_column(label("bloc", lang))  # the bloc wraps at its "+"; a number is never cut to "107.3…"
    for key in ("votes", "head_formand", "head_naestformand", "head_by_lot", "head_short_formand", "head_short_both"):
        table.add_column(label(key, lang), justify="right", no_wrap=True)
    for o in shown:
        table.add_row(
            bloc_label(o.members, lang),
            fmt.integer(o.votes, lang),
            share_text(o.formand, o.scenarios, lang),
            share_text(o.naestformand, o.scenarios, lang),
            share_text(o.lot, o.scenarios, lang),
            fmt.integer(o.short_of_formand, lang),
            fmt.integer(o.short_of_both, lang),
        )
    parts: list = [table, Text(label("outlook_note", lang), style="dim")]
    if len(shown) < total:
        parts.append(Text(label("more_outlooks", lang, count=total - len(shown)), style="dim"))
    return Group(*parts)


def scenario_view(record: BodyRecord, lang: Lang) -> Group:
    analysis = record.scenarios
    parts: list = [Text(scenarios_title(record, lang), style="bold underline")]
    if analysis.given:
        given = ", ".join("+".join(g) for g in analysis.given)
        parts.append(Text(label("given_line", lang, given=given)))
    parts += [
        blocs_table(analysis.formand_blocs, label("guaranteed_formand", lang), lang),
        blocs_table(analysis.both_blocs, label("guaranteed_both", lang), lang),
    ]
    if analysis.enumeration is None:
        parts.append(Text(skipped_text(record.name, analysis, lang), style="yellow"))
    else:
        parts.append(counts_table(analysis, lang))
        if analysis.party:
            parts.append(outlook_table(analysis, lang))
    return Group(*parts)


def skipped_text(name: str, analysis: ScenarioAnalysis, lang: Lang) -> str:
    """Why the counts are left out (never silently): more scenarios than ``--max-scenarios``."""
    return label(
        "enumeration_skipped",
        lang,
        kkr=name,
        scenarios=counted("n_scenarios", analysis.scenarios, lang),
        max=fmt.integer(analysis.max_scenarios, lang),
    )
