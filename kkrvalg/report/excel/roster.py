"""The member roster (Medlemsliste) as a form in Excel: the mayors by name, then one numbered line per
supplementary seat, each a drop-down of exactly the party's eligible members, and a name chosen twice turns red.

The drop-downs' lists are on the sheet ``Valgbare`` (a filterable table: body, party, name, municipality), one
contiguous range per body and party, so each line offers only its own party's members. An entry is ``name
(municipality)``: two members of a party can share a name, never a name and a municipality.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Border, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from ...i18n import Lang, label
from ..views import BodyView, ReportView, RosterView
from .sheet import BODY, BOLD, HEAD_FILL, NOTE, ORGAN_SHEETS, RULE, WARNING, Sheet, sheet_title

ELIGIBLE = "Valgbare"
ROSTER_COLUMNS = 4
"""The number, the member, the municipality and the party; a line to fill joins member and municipality into one
field (its entry names both)."""
SIGNOFF_SPANS = (2, 2)
ROSTER_SQUEEZE = 1.375
"""A roster a little longer than a page prints on one: a form split over two pages is easily lost."""
FILL_HEIGHT = 20.0
"""Points: room to write a name by hand on the printed form."""
TWICE = PatternFill("solid", fgColor="FFC7CE")
TWICE_FONT = Font(color="9C0006", bold=True)

Lists = dict[tuple[int, str], str]
"""(body index, party) → the range of its entries on :data:`ELIGIBLE`, as a data validation formula."""


def entry(name: str, municipality: str) -> str:
    return f"{name} ({municipality})"


def eligible_sheet(wb: Workbook, report: ReportView) -> tuple[Sheet | None, Lists]:
    """Every body's eligible members per party on a sheet of their own, and where each party's list is (no
    sheet when the input names no members)."""
    lang = report.lang
    bodies = [b for b in report.bodies if b.roster.members_known and b.roster.parties]
    if not bodies:
        return None, {}
    sheet = Sheet(wb.create_sheet(ELIGIBLE), 4, "portrait", lang)
    sheet.title(label("roster_eligible_title", lang), report.provisional is not None, report.computed_at)
    lists: Lists = {}
    rows: list[list[str]] = []
    first = sheet.row + 1  # below the header row
    for body in bodies:
        for party in body.roster.parties:
            start = first + len(rows)
            rows += [[body.name, party.party, entry(n, m), m] for n, m in party.eligible]
            if party.eligible:
                lists[body.index, party.party] = f"{ELIGIBLE}!$C${start}:$C${first + len(rows) - 1}"
    headers = [label(k, lang) for k in ("excel_body", "party", "roster_member", "municipality")]
    sheet.print_header = sheet.table(headers, rows, name="Valgbare")
    sheet.freeze = (sheet.print_header or 1) + 1
    return sheet, lists


def roster_block(sheet: Sheet, body: BodyView, roster: RosterView, lists: Lists, lang: Lang) -> None:
    """The mayors (born members), then each party's numbered lines, with its drop-down and the duplicate check."""
    sheet.text(label("roster_intro", lang), NOTE)
    if not roster.members_known:
        sheet.text(label("roster_no_members", lang), NOTE)
    headers = [label(k, lang) for k in ("order", "roster_member", "municipality", "party")]
    for col, header in enumerate(headers, start=1):
        cell = sheet.cell(col, 1, header, BOLD, "right" if col == 1 else None, vertical="bottom")
        cell.fill, cell.border = HEAD_FILL, Border(bottom=RULE)
        sheet.measure(col, header, BOLD)
    sheet.row += 1
    number = 0
    for mayor in roster.mayors:
        number += 1
        values = (number, f"{mayor.name or '—'} ({mayor.role})", mayor.municipality, mayor.party_label)
        for col, value in enumerate(values, start=1):
            sheet.cell(col, 1, value, BODY, "right" if col == 1 else None)
            sheet.measure(col, str(value), BODY)
        sheet.row += 1
    fields: list[str] = []
    for party in roster.parties:
        caption = f"{party.label} — {label('roster_seats', lang, seats=party.seats)}"
        sheet.cell(2, ROSTER_COLUMNS - 1, caption, BOLD, None).fill = HEAD_FILL
        sheet.row += 1
        validation = _validation(lists.get((body.index, party.party)), party.label, lang)
        if validation is not None:
            sheet.ws.add_data_validation(validation)
        for _ in range(party.seats):
            number += 1
            sheet.cell(1, 1, number, BODY, "right")
            field = sheet.cell(2, 2, None, BODY, None)
            for col in (2, 3):
                sheet.ws.cell(sheet.row, col).border = Border(bottom=RULE)
            sheet.cell(4, 1, party.party, BODY, None)
            sheet.tall[sheet.row] = FILL_HEIGHT
            fields.append(field.coordinate)
            if validation is not None:
                validation.add(field.coordinate)
            sheet.row += 1
    if roster.undecided:
        sheet.text(roster.undecided, WARNING)
    if fields:
        column = fields[0].rstrip("0123456789")
        rows = [int(f[len(column) :]) for f in fields]
        area = f"${column}${rows[0]}:${column}${rows[-1]}"
        twice = f'AND({fields[0]}<>"",COUNTIF({area},{fields[0]})>1)'
        rule = FormulaRule(formula=[twice], fill=TWICE, font=TWICE_FONT)  # type: ignore[no-untyped-call]  # stubs untyped
        sheet.ws.conditional_formatting.add(f"{column}{rows[0]}:{column}{rows[-1]}", rule)
        sheet.text(label("roster_twice_note", lang), NOTE)
    elif not roster.parties:
        sheet.text(label("roster_no_supplementary", lang), NOTE)


def _validation(formula: str | None, party: str, lang: Lang) -> DataValidation | None:
    """A drop-down of the party's eligible members that refuses any other text (a hand-made workbook has none)."""
    if formula is None:
        return None
    return DataValidation(
        type="list",
        formula1=f"={formula}",
        allow_blank=True,
        showDropDown=False,  # openpyxl's name for "hide the arrow": False shows it
        showErrorMessage=True,
        showInputMessage=True,
        errorTitle=label("roster_invalid_title", lang),
        error=label("roster_invalid", lang, party=party),
        promptTitle=label("roster_member", lang),
        prompt=label("roster_prompt", lang, party=party),
    )


def roster_sheet(wb: Workbook, body: BodyView, report: ReportView, lists: Lists, signed: bool) -> Sheet:
    """A body's roster on a sheet of its own: deadline, provisional note, the form, and (``kkrvalg roster``, where
    each roster is signed on its own) the sign-off."""
    from .overview import signoff

    lang = report.lang
    name = sheet_title(f"Medlemsliste {body.name if body.organ == 'kkr' else ORGAN_SHEETS[body.organ]}")
    sheet = Sheet(wb.create_sheet(name), ROSTER_COLUMNS, "portrait", lang)
    sheet.title(body.roster.title, body.status_kind == "provisional", report.computed_at)
    sheet.squeeze = ROSTER_SQUEEZE
    if body.deadline:
        sheet.text(body.deadline, BOLD)
    if body.banner:
        sheet.text(body.banner, WARNING)
    sheet.space()
    roster_block(sheet, body, body.roster, lists, lang)
    if signed:
        sheet.gap()
        signoff(sheet, report, SIGNOFF_SPANS)
    return sheet
