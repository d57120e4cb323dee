"""``Oversigt``, the sheet the report opens on and is signed on: one row per body, the deadline, what the result
hinges on, the input and its checksum, the case, the rules the bodies were computed under, and the sign-off."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ...i18n import label
from ..views import ReportView
from .sheet import BODY, BOLD, WARNING, Sheet

OVERVIEW_COLUMNS = 12
"""The overview's grid: the KKR table's width, kept for a national body's shorter table so the rules below it
still get the page's width."""
RULE_SPANS = (3, 2, 4, 3)
"""Grid columns for a rule's name, value, description and key."""
SIGNOFF_SPANS = (3, 6)


def overview_sheet(wb: Workbook, report: ReportView) -> Sheet:
    lang, organ = report.lang, report.organ
    columns = [
        ("kkr" if organ == "kkr" else "excel_body", "name"),
        ("municipalities", "municipalities"),
        ("counted", "counted"),
    ]
    if organ == "bestyrelse":
        columns.append(("head_seats", "supplementary"))
    else:
        columns += [
            ("mayors", "mayors"),
            ("supplementary", "supplementary"),
            ("members", "members"),
            ("cap", "cap"),
            ("cap_reached", "cap_reached"),
        ]
    if organ != "repraesentantskab":
        columns += [("post_formand", "formand"), ("post_naestformand", "naestformand")]
    columns += [("ties_title", "ties"), ("html_status", "status")]
    ws = wb.active
    assert isinstance(ws, Worksheet), "a new workbook opens on its one worksheet"
    ws.title = "Oversigt"
    sheet = Sheet(ws, OVERVIEW_COLUMNS, "landscape", lang)
    bodies = label("excel_kkr_bodies", lang) if organ == "kkr" else report.bodies[0].title
    sheet.title(label("excel_overview_title", lang, body=bodies), report.provisional is not None, report.computed_at)
    for line in (report.provisional, report.pending):
        if line:
            sheet.text(line, WARNING)
    if report.deadline:
        sheet.text(report.deadline, BOLD)
    sheet.space()
    rows = [[getattr(row, key) for _, key in columns] for row in report.overview]
    sheet.table([label(k, lang) for k, _ in columns], rows)
    for text, depends in report.sensitivity:
        sheet.text(text, WARNING if depends else BODY)
    for body in report.bodies:
        sheet.lines([f"{body.title}: {line}" for line in body.details])
    sheet.gap()
    facts = [
        (label("input_file", lang), report.source_name),
        ("SHA-256", report.sha256),
        (label("excel_version", lang), report.version),
        (label("excel_computed_at", lang), report.computed_at),
    ]
    if report.signoff.case:
        facts.insert(0, (label("case", lang), report.signoff.case))
    if organ != "repraesentantskab":
        groups = "; ".join(f"{body}: {text}" for body, text in report.valgforbund_entries)
        facts.append((label("html_valgforbund", lang), f"{report.valgforbund} {groups}".strip()))
    sheet.table(None, facts, spans=(1, sheet.columns - 1))
    sheet.gap()
    rows = [[rule.label, rule.value, rule.description, rule.key] for rule in report.rules]
    headers = [label(k, lang) for k in ("excel_setting", "excel_value", "excel_description", "excel_rules_key")]
    sheet.table(headers, rows, caption=label("rules", lang), spans=RULE_SPANS)
    sheet.space()  # the rules and the sign-off print together: the signature certifies the rules it was made under
    signoff(sheet, report, SIGNOFF_SPANS)
    return sheet


def signoff(sheet: Sheet, report: ReportView, spans: tuple[int, int]) -> None:
    """Beregnet af, Kontrolleret af, Dato, Underskrift: lines to write on, or the names given."""
    lang = report.lang
    sheet.text(label("signoff_title", lang), BOLD)
    sheet.text(label("signoff_intro", lang))
    fields = (
        ("signoff_prepared_by", report.signoff.prepared_by),
        ("signoff_checked_by", report.signoff.checked_by),
        ("signoff_date", None),
        ("signoff_signature", None),
    )
    for key, value in fields:
        sheet.fill_line(label(key, lang), value, spans, tall=key == "signoff_signature")
