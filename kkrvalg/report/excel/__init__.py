"""The Excel report: the bilag attached to the KKR decision, read on screen and printed on A4 — and the member
roster as a form to fill in.

``Oversigt`` (one row per body, the deadline, the input's checksum, the rules, the sign-off), a sheet per body
(composition, chair election, chart, roster), ``Kvotienter`` (every seat with the quotient that won it),
``Lodtrækning`` (every tie and how it was settled), with scenario analyses one ``Scenarier …`` sheet per KKR,
and ``Valgbare`` (the lists the roster's drop-downs offer). The chart's numbers sit on the hidden
``Diagramdata`` sheet so they never print. Each sheet has its module; all of them lay out the views of
:mod:`kkrvalg.report.views` and decide nothing. Sheet names are fixed (Danish); texts follow the language.
"""

from __future__ import annotations

from openpyxl import Workbook

from ...i18n import Lang, label
from ...results import Calculation
from ...signoff import NO_SIGNOFF, SignOff
from ..scenario_views import scenario_view
from ..views import ReportView, report_view
from .appendix import lots_sheet, quotients_sheet
from .body import body_sheet
from .chart import CHART_DATA
from .overview import overview_sheet
from .roster import eligible_sheet, roster_sheet
from .scenarios import scenario_sheet
from .sheet import Sheet, header_footer, page_setup


def build_report(calculation: Calculation, lang: Lang, signoff: SignOff = NO_SIGNOFF) -> Workbook:
    """The whole workbook, ready to be saved (atomically, by :mod:`kkrvalg.io.write`)."""
    report = report_view(calculation, lang, signoff)
    wb = Workbook()
    data = wb.create_sheet(CHART_DATA)
    data.sheet_state = "hidden"
    sheets = [overview_sheet(wb, report)]
    eligible, lists = eligible_sheet(wb, report)
    if eligible is not None:
        eligible.ws.sheet_state = "hidden"  # the drop-downs' lists: thousands of names the bilag need not print
    for body in report.bodies:
        sheets.append(body_sheet(wb, body, report))
        if body.organ != "bestyrelse":
            sheets.append(roster_sheet(wb, body, report, lists, signed=False))
    sheets += [quotients_sheet(wb, report), lots_sheet(wb, report)]
    sheets += [
        scenario_sheet(wb, scenario_view(record, lang), body, report)
        for record, body in zip(calculation.records, report.bodies)
        if record.scenarios is not None
    ]
    return _finish(wb, [*sheets, *([eligible] if eligible else [])], report)


def build_roster(calculation: Calculation, lang: Lang, signoff: SignOff = NO_SIGNOFF) -> Workbook:
    """The member rosters on their own (``kkrvalg roster --xlsx``): a sheet per body, and ``Valgbare``."""
    report = report_view(calculation, lang, signoff)
    wb = Workbook()
    first = wb.active
    assert first is not None, "a new workbook has one sheet"
    wb.remove(first)
    eligible, lists = eligible_sheet(wb, report)
    sheets = [roster_sheet(wb, body, report, lists, True) for body in report.bodies if body.organ != "bestyrelse"]
    return _finish(wb, [*sheets, *([eligible] if eligible else [])], report, label("roster_document_title", lang))


def _finish(wb: Workbook, sheets: list[Sheet], report: ReportView, title: str | None = None) -> Workbook:
    """Sheets in reading order (the lists and the chart data last), laid out for A4, with the file's properties."""
    for sheet in sheets:
        wb.move_sheet(sheet.ws, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(sheet.ws.title))
        sheet.finish(report)
    if CHART_DATA in wb.sheetnames:
        data = wb[CHART_DATA]
        wb.move_sheet(data, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(CHART_DATA))
        page_setup(data, "portrait")
        header_footer(data, CHART_DATA, report.provisional is not None, report)
    wb.active = 0
    properties(wb, report, title or sheets[0].heading)
    return wb


def properties(wb: Workbook, report: ReportView, title: str) -> None:
    """Title, subject and creator, so the file explains itself in a file list, SharePoint or an archive."""
    p = wb.properties
    p.title = title
    p.subject = report.source_line
    p.creator = p.lastModifiedBy = "kkrvalg"
    p.description = f"kkrvalg {report.version}; SHA-256 {report.sha256}"
    if report.signoff.case:
        p.identifier = report.signoff.case
    p.keywords = "KKR; KL; kommunalvalg; d'Hondt"
    p.language = "da-DK" if report.lang == "da" else "en-GB"
    p.created = p.modified = report.computed
