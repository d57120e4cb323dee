"""The cross-check against Danmarks Statistik (VALGK3) as Rich output."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..i18n import Lang, label
from ..io.statbank import Comparison, StatbankVotes
from . import fmt


def statbank_view(result: Comparison, statbank: StatbankVotes, workbook: str, lang: Lang) -> Group:
    """Every difference as a table row, then a summary and the municipalities found in only one source."""
    parts: list[RenderableType] = []
    if result.differences:
        table = Table(title=label("statbank_title", lang, path=workbook), title_style="bold")
        table.add_column(label("municipality", lang))
        table.add_column(label("party", lang))
        for header in ("VALGK3", label("statbank_workbook", lang), label("statbank_difference", lang)):
            table.add_column(header, justify="right")
        for d in result.differences:
            sign = "+" if d.difference > 0 else "-" if d.difference < 0 else ""
            table.add_row(
                d.municipality,
                d.letter,
                fmt.integer(d.statbank, lang),
                fmt.integer(d.workbook, lang),
                sign + fmt.integer(abs(d.difference), lang),
            )
        parts.append(table)
    parts.append(
        Text(
            label(
                "statbank_summary",
                lang,
                compared=result.compared,
                differences=len(result.differences),
                period=statbank.period or "-",
            )
        )
    )
    others = [p for p in statbank.periods if p != statbank.period]
    if others:
        parts.append(Text(label("statbank_other_periods", lang, periods=", ".join(others))))
    if not result.compared:
        parts.append(Text(label("statbank_nothing_compared", lang), style="bold red"))
    if statbank.no_figure:
        parts.append(Text(label("statbank_no_figure", lang, rows=statbank.no_figure)))
    if statbank.other_areas:
        parts.append(Text(label("statbank_other_areas", lang, names=", ".join(statbank.other_areas))))
    if result.other_parties:
        parts.append(Text(label("statbank_other_parties", lang, names=", ".join(result.other_parties))))
    if result.only_statbank:
        parts.append(Text(label("statbank_only_statbank", lang, names=", ".join(result.only_statbank))))
    if result.only_workbook:
        parts.append(Text(label("statbank_only_workbook", lang, names=", ".join(result.only_workbook))))
    return Group(*parts)
