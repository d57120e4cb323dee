"""Rich views of the valgforbund scenarios (R12): what a party group reads before the constituent meeting."""

from __future__ import annotations

from fractions import Fraction

from rich.console import Group
from rich.table import Table
from rich.text import Text

from ..engine.scenarios import Bloc
from ..i18n import Lang, label
from ..results import BodyRecord, ScenarioAnalysis
from . import fmt

SHOWN_BLOCS = 10
SHOWN_OUTLOOKS = 15


def bloc_label(members: tuple[str, ...], lang: Lang) -> str:
    return label("alone", lang, party=members[0]) if len(members) == 1 else " + ".join(members)


def count_share(count: int, total: int, lang: Lang) -> str:
    share = Fraction(count, total) if total else Fraction(0)
    return f"{fmt.integer(count, lang)} ({fmt.percent(share, lang, 1)})"


def blocs_table(blocs: tuple[Bloc, ...], title: str, lang: Lang) -> Group:
    """The minimal blocs that secure a post whatever the others do, smallest first."""

    def n(v):
        return fmt.integer(v, lang)

    if not blocs:
        return Group(Text(title, style="bold"), Text(label("no_bloc", lang)))
    table = Table(title=title, title_style="bold")
    table.add_column(label("bloc", lang), no_wrap=True)
    table.add_column(label("votes", lang), justify="right")
    table.add_column(label("others", lang), justify="right")
    table.add_column(label("surplus", lang), justify="right")
    table.add_column(label("post_formand", lang))
    two_posts = blocs[0].posts == 2
    if two_posts:
        table.add_column(label("post_naestformand", lang))
    for bloc in blocs[:SHOWN_BLOCS]:
        holders = [bloc.formand or label("by_lot", lang)]
        if two_posts:
            holders.append(bloc.naestformand or label("by_lot", lang))
        table.add_row(bloc_label(bloc.members, lang), n(bloc.votes), n(bloc.others), n(bloc.surplus), *holders)
    parts: list = [table]
    if len(blocs) > SHOWN_BLOCS:
        parts.append(Text(label("more_blocs", lang, count=len(blocs) - SHOWN_BLOCS), style="dim"))
    return Group(*parts)


def enumeration_table(analysis: ScenarioAnalysis, lang: Lang) -> Table:
    """Per party: in how many of all the arrangements it takes each post."""
    e = analysis.enumeration
    assert e is not None
    table = Table(
        title=label("enumeration_title", lang, count=fmt.integer(e.scenarios, lang)),
        title_style="bold",
        show_footer=True,
    )
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
    """The chosen party's valgforbund options, best prospects first."""
    outlooks = analysis.outlook()
    table = Table(title=label("outlook_title", lang, party=analysis.party), title_style="bold")
    table.add_column(label("bloc", lang), no_wrap=True)
    table.add_column(label("votes", lang), justify="right")
    table.add_column(label("scenarios", lang), justify="right")
    table.add_column(label("post_formand", lang), justify="right")
    table.add_column(label("post_naestformand", lang), justify="right")
    table.add_column(label("by_lot", lang), justify="right")
    for o in outlooks[:SHOWN_OUTLOOKS]:
        table.add_row(
            bloc_label(o.members, lang),
            fmt.integer(o.votes, lang),
            fmt.integer(o.scenarios, lang),
            count_share(o.formand, o.scenarios, lang),
            count_share(o.naestformand, o.scenarios, lang),
            count_share(o.lot, o.scenarios, lang),
        )
    parts: list = [table]
    if len(outlooks) > SHOWN_OUTLOOKS:
        parts.append(Text(label("more_outlooks", lang, count=len(outlooks) - SHOWN_OUTLOOKS), style="dim"))
    return Group(*parts)


def scenario_view(record: BodyRecord, lang: Lang) -> Group:
    analysis = record.scenarios
    parts: list = [
        Text(label("scenarios_title", lang, kkr=record.name), style="bold underline"),
        blocs_table(analysis.formand_blocs, label("guaranteed_formand", lang), lang),
        blocs_table(analysis.both_blocs, label("guaranteed_both", lang), lang),
    ]
    if analysis.enumeration is None:
        parts.append(Text(skipped_text(record.name, analysis, lang), style="yellow"))
    else:
        parts.append(enumeration_table(analysis, lang))
        if analysis.party:
            parts.append(outlook_table(analysis, lang))
    return Group(*parts)


def skipped_text(name: str, analysis: ScenarioAnalysis, lang: Lang) -> str:
    return label(
        "enumeration_skipped",
        lang,
        kkr=name,
        count=fmt.integer(analysis.partitions, lang),
        max=fmt.integer(analysis.max_work, lang),
    )
