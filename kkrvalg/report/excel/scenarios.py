"""``Scenarier <KKR>``: the valgforbund scenarios (R12) of one KKR from
:class:`~kkrvalg.report.scenario_views.ScenarioView` — each caption above its table, each count with its share;
a long table shows as many rows as the terminal and folds the rest away."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook

from ...i18n import label
from .. import fmt
from ..scenario_views import SHOWN_BLOCS, ScenarioView
from ..views import BodyView, ReportView
from .sheet import BOLD, NOTE, SHORT_PERCENT, WARNING, Sheet, sheet_title, table_name


def scenario_sheet(wb: Workbook, view: ScenarioView, body: BodyView, report: ReportView) -> Sheet:
    lang = report.lang
    sheet = Sheet(wb.create_sheet(sheet_title(f"Scenarier {body.name}")), 9, "portrait", lang)
    sheet.title(view.title, body.status_kind == "provisional", report.computed_at)
    if body.banner:
        sheet.text(body.banner, WARNING)
        sheet.space()
    if view.given:
        sheet.text(view.given)

    def count_columns(key: str) -> list[str]:
        return [label(key, lang), label("excel_share_column", lang, column=label(key, lang))]

    def name(part: str) -> str:
        return table_name("Scenarier", body.name, part)

    def long_table(headers: list[str], rows: list[list[Any]], shown: int, **options: Any) -> None:
        """All rows, those after the first ``shown`` folded away, with a line saying how many there are: on paper
        a party group reads the best options, not hundreds of pages."""
        fold = range(shown, len(rows)) if len(rows) > shown else None
        sheet.table(headers, rows, fold=fold, **options)
        if fold:
            sheet.text(label("excel_more_rows", lang, count=fmt.integer(len(fold), lang)), NOTE)

    if view.skipped:
        sheet.text(view.skipped)
        sheet.gap()
    elif view.by_lot is not None:
        rows = [
            [r.party, r.votes, r.formand, r.formand_share, r.naestformand, r.naestformand_share] for r in view.counts
        ]
        lot = view.by_lot
        total = [lot.label, None, lot.formand, lot.formand_share, lot.naestformand, lot.naestformand_share]
        headers = [label("party", lang), view.figures, *count_columns("post_formand")]
        headers += count_columns("post_naestformand")
        formats = {3: SHORT_PERCENT, 5: SHORT_PERCENT}
        sheet.table(headers, rows, caption=view.counts_title, total=total, name=name("Partier"), formats=formats)
        sheet.gap()
    for blocs, part in zip(view.blocs, ("Formand", "Begge")):
        if blocs.rows:
            keys = ["rival", "surplus", "post_formand"] + (["post_naestformand"] if blocs.both else [])
            rows = [
                [b.bloc, b.votes, b.rival, b.surplus, b.formand] + ([b.naestformand] if blocs.both else [])
                for b in blocs.rows
            ]
            headers = [label("bloc", lang), view.figures, *(label(k, lang) for k in keys)]
            long_table(headers, rows, SHOWN_BLOCS, caption=blocs.title, name=name(part))
        else:
            sheet.text(blocs.title, BOLD)
            sheet.text(label("no_bloc", lang))
        sheet.gap()
    if view.outlook:
        rows = [
            [
                o.bloc,
                o.votes,
                o.scenarios,
                o.formand,
                o.formand_share,
                o.naestformand,
                o.naestformand_share,
                o.lot,
                o.lot_share,
                o.short_formand,
                o.short_both,
            ]
            for o in view.outlook
        ]
        headers = [label("bloc", lang), view.figures, label("scenarios", lang)]
        headers += [*count_columns("post_formand"), *count_columns("post_naestformand"), *count_columns("by_lot")]
        headers += [label("short_formand", lang), label("short_both", lang)]
        formats = {4: SHORT_PERCENT, 6: SHORT_PERCENT, 8: SHORT_PERCENT}
        caption = view.outlook_title
        long_table(headers, rows, view.outlook_shown, caption=caption, name=name("Muligheder"), formats=formats)
        sheet.text(view.outlook_note, NOTE)
    return sheet
