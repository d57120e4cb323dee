"""``Kvotienter`` (every seat with the quotient that won it, to check by hand) and ``Lodtrækning`` (every tie,
its number and how it was settled): the report's appendices, each one long table with its header repeated."""

from __future__ import annotations

from openpyxl import Workbook

from ...i18n import label
from ..views import ReportView
from .sheet import PLAIN, WARNING, Sheet

NARROW_WIDTH = 18
"""On the long portrait table of every seat, so that it prints at 8 pt or more."""


def provisional_note(sheet: Sheet, report: ReportView) -> None:
    """On the sheets about every body: which bodies rest on partial data, and which wait for a lot."""
    for line in (report.provisional, report.pending):
        if line:
            sheet.text(line, WARNING)
    if report.provisional or report.pending:
        sheet.space()


def quotients_sheet(wb: Workbook, report: ReportView) -> Sheet:
    """Every seat in award order — mayors (born members), supplementary members, then the chair posts — with the
    quotient that won it and its exact value, as a filterable table."""
    lang = report.lang
    rows = [
        [
            row.body,
            row.order,
            row.kind,
            row.party,
            row.municipality or None,
            row.votes,
            row.divisor,
            row.quotient,
            row.quotient.text or None,
            row.tie or None,
        ]
        for row in report.seats
    ]
    body = "kkr" if report.organ == "kkr" else "excel_body"
    keys = (body, "order", "kind", "party", "municipality", "votes", "divisor", "quotient", "exact", "tie")
    sheet = Sheet(wb.create_sheet("Kvotienter"), len(keys), "portrait", lang, NARROW_WIDTH)
    sheet.title(label("excel_quotients_title", lang), report.provisional is not None, report.computed_at)
    sheet.text(label("excel_quotients_note", lang))
    provisional_note(sheet, report)
    sheet.print_header = sheet.table([label(k, lang) for k in keys], rows, name="Kvotienter")
    sheet.freeze = sheet.print_header + 1
    return sheet


def lots_sheet(wb: Workbook, report: ReportView) -> Sheet:
    """Every tie: its number, where, who, the shared quotient and how it was settled (the seed and each
    contender's key, or the real drawing)."""
    lang = report.lang
    keys: tuple[str, ...] = (
        "order",
        "context",
        "seat",
        "quotient",
        "exact",
        "candidates",
        "seats",
        "winners",
        "resolution",
        "seed",
    )
    keys += ("tie_key",)
    sheet = Sheet(wb.create_sheet("Lodtrækning"), len(keys), "landscape", lang)
    sheet.title(label("excel_lots_title", lang), report.provisional is not None, report.computed_at)
    sheet.text(label("html_appendix_lots_note", lang))
    if not report.lots:
        sheet.text(label("no_ties", lang))
        return sheet
    rows = [
        [
            lot.number,
            lot.place,
            lot.seat,
            lot.quotient,
            lot.quotient.text,
            lot.candidates,
            lot.seats,
            lot.winners,
            lot.outcome,
            lot.seed,
            lot.key,
        ]
        for lot in report.lots
    ]
    sheet.print_header = sheet.table([label(k, lang) for k in keys], rows, formats={9: PLAIN})
    sheet.freeze = sheet.print_header + 1
    return sheet
