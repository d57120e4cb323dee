"""Rich views of the valgforbund scenarios (R12): what a party group reads before the constituent meeting.
They lay out :mod:`.scenario_views` and decide nothing themselves."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..i18n import Lang, label
from .scenario_views import SHOWN_BLOCS, BlocTable, ScenarioView
from .views import Num


def blocs_table(blocs: BlocTable, figures: str, lang: Lang) -> Group:
    """The minimal blocs that secure a post whatever the others do, smallest first."""
    if not blocs.rows:
        return Group(Text(blocs.title, style="bold"), Text(label("no_bloc", lang)))
    table = Table(title=blocs.title, title_style="bold")
    table.add_column(label("bloc", lang), no_wrap=True)
    table.add_column(figures, justify="right")
    table.add_column(label("rival", lang), justify="right")
    table.add_column(label("surplus", lang), justify="right")
    table.add_column(label("post_formand", lang))
    if blocs.both:
        table.add_column(label("post_naestformand", lang))
    for row in blocs.rows[:SHOWN_BLOCS]:
        holders = [row.formand, *([row.naestformand] if blocs.both else [])]
        table.add_row(row.bloc, row.votes.text, row.rival.text, row.surplus.text, *holders)
    parts: list[RenderableType] = [table]
    if blocs.more:
        parts.append(Text(label("more_blocs", lang, count=blocs.more), style="dim"))
    return Group(*parts)


def counts_table(view: ScenarioView, lang: Lang) -> Table:
    """Per party: in how many of all the arrangements it takes each post."""
    assert view.by_lot is not None

    def count(n: Num, share: Num) -> str:
        return f"{n.text} ({share.text})"

    lot = view.by_lot
    table = Table(title=view.counts_title, title_style="bold", show_footer=True)
    table.add_column(label("party", lang), footer=lot.label)
    table.add_column(view.figures, justify="right")
    table.add_column(label("post_formand", lang), justify="right", footer=count(lot.formand, lot.formand_share))
    table.add_column(
        label("post_naestformand", lang), justify="right", footer=count(lot.naestformand, lot.naestformand_share)
    )
    for row in view.counts:
        table.add_row(
            row.party,
            row.votes.text,
            count(row.formand, row.formand_share),
            count(row.naestformand, row.naestformand_share),
        )
    return table


def outlook_table(view: ScenarioView, lang: Lang) -> Group:
    """The chosen party's valgforbund options in the chosen order, with what each bloc is short of."""
    table = Table(title=view.outlook_title, title_style="bold")
    table.add_column(label("bloc", lang))  # the bloc wraps at its "+"; a number is never cut to "107.3…"
    table.add_column(view.figures, justify="right", no_wrap=True)
    for key in ("head_formand", "head_naestformand", "head_by_lot", "head_short_formand", "head_short_both"):
        table.add_column(label(key, lang), justify="right", no_wrap=True)
    for o in view.outlook[: view.outlook_shown]:
        table.add_row(
            o.bloc,
            o.votes.text,
            o.formand_share.text,
            o.naestformand_share.text,
            o.lot_share.text,
            o.short_formand.text,
            o.short_both.text,
        )
    parts: list[RenderableType] = [table, Text(view.outlook_note, style="dim")]
    if len(view.outlook) > view.outlook_shown:
        parts.append(Text(label("more_outlooks", lang, count=len(view.outlook) - view.outlook_shown), style="dim"))
    return Group(*parts)


def scenario_part(view: ScenarioView, lang: Lang) -> Group:
    parts: list[RenderableType] = [Text(view.title, style="bold underline")]
    if view.given:
        parts.append(Text(view.given))
    parts += [blocs_table(b, view.figures, lang) for b in view.blocs]
    if view.skipped:
        parts.append(Text(f"{view.skipped} {label('enumeration_skipped_hint', lang)}", style="yellow"))
    else:
        parts.append(counts_table(view, lang))
        if view.outlook_title:
            parts.append(outlook_table(view, lang))
    return Group(*parts)
