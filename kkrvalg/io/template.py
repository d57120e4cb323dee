"""An empty input workbook that is easy to fill in correctly: every sheet, a guide and cell validation."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..i18n import Lang, guide, keys, label
from ..model import Municipality
from .load import COLUMNS, OPTIONAL_COLUMNS
from .write import as_text

SHEETS = ("stemmer", "borgmestre", "listesamarbejder", "valgforbund", "optaelling", "partier", "kommuner")
ROWS = 5000
"""How far down the validation reaches: more than all lists of all 98 municipalities."""
LISTS = "Lister"
STATUS_VALUES = ("endelig", "foreløbig")


def columns(sheet: str) -> tuple[str, ...]:
    """The sheet's columns in the order a person fills them in: required first, optional after."""
    required = COLUMNS[sheet]
    optional = OPTIONAL_COLUMNS.get(sheet, ())
    if sheet in ("stemmer", "borgmestre"):
        return required[:2] + optional + required[2:]
    return required + optional


def _list_validation(ws: Worksheet, column: str, source: str, strict: bool, lang: Lang) -> None:
    """A drop-down; ``strict`` refuses other values, otherwise Excel warns but accepts them."""
    dv = DataValidation(
        type="list",
        formula1=source,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if strict else "warning",
    )
    dv.error = guide("template_list_error" if strict else "template_list_warning", lang)
    dv.add(f"{column}2:{column}{ROWS}")
    ws.add_data_validation(dv)


def _whole_number(ws: Worksheet, column: str, lang: Lang) -> None:
    dv = DataValidation(
        type="whole",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
    )
    dv.error = guide("template_whole_error", lang)
    dv.add(f"{column}2:{column}{ROWS}")
    ws.add_data_validation(dv)


def _letter(sheet: str, column: str) -> str:
    return "ABCDEFGH"[columns(sheet).index(column)]


def build_template(
    municipalities: tuple[Municipality, ...], parties: dict[str, str], lang: Lang, kkr: str | None = None
) -> Workbook:
    """The input contract of ``load`` as a workbook; with ``kkr``, that KKR's municipalities pre-filled."""
    wb = Workbook()
    guide = wb.active
    assert isinstance(guide, Worksheet), "a new workbook opens on its one worksheet"
    guide.title = "Vejledning"
    lists = wb.create_sheet(LISTS)
    names = sorted(m.name for m in municipalities)
    kkr_names = sorted({m.kkr for m in municipalities})
    for col, values in enumerate((names, sorted(parties), kkr_names, STATUS_VALUES), start=1):
        for row, value in enumerate(values, start=2):
            as_text(lists.cell(row, col, value))
    for col, header in enumerate(("kommune", "liste", "kkr", "status"), start=1):
        lists.cell(1, col, header).font = Font(bold=True)
    lists.sheet_state = "hidden"
    source = {
        "kommune": f"{LISTS}!$A$2:$A${len(names) + 1}",
        "liste": f"{LISTS}!$B$2:$B${len(parties) + 1}",
        "kkr": f"{LISTS}!$C$2:$C${len(kkr_names) + 1}",
        "status": f"{LISTS}!$D$2:$D${len(STATUS_VALUES) + 1}",
    }
    for sheet in SHEETS:
        ws = wb.create_sheet(sheet)
        for col, header in enumerate(columns(sheet), start=1):
            ws.cell(1, col, header).font = Font(bold=True)
            ws.column_dimensions["ABCDEFGH"[col - 1]].width = max(len(header) + 4, 22)
        ws.freeze_panes = "A2"
        for column in columns(sheet):
            letter = _letter(sheet, column)
            if column == "kommune" and sheet != "kommuner":
                _list_validation(ws, letter, source["kommune"], False, lang)
            elif column in ("liste", "parti") and sheet != "partier":
                _list_validation(ws, letter, source["liste"], False, lang)
            elif column == "kkr" and sheet == "valgforbund":
                _list_validation(ws, letter, source["kkr"], True, lang)
            elif column == "status":
                _list_validation(ws, letter, source["status"], True, lang)
            elif column in ("stemmer", "mandater", "afgivne_stemmer", "kommunekode"):
                _whole_number(ws, letter, lang)
    if kkr is not None:
        chosen = [m.name for m in municipalities if m.kkr.casefold() == kkr.casefold()]
        for row, name in enumerate(chosen, start=2):
            as_text(wb["borgmestre"].cell(row, 1, name))
    _guide(guide, lang)
    return wb


def _guide(ws: Worksheet, lang: Lang) -> None:
    """One row per sheet and column: what goes there and whether it is required."""
    ws.cell(1, 1, guide("template_guide_title", lang)).font = Font(bold=True, size=14)
    ws.cell(2, 1, guide("template_guide_intro", lang)).alignment = Alignment(wrap_text=True)
    row = 4
    for col, header in enumerate(
        (
            label("sheet", lang),
            label("column", lang),
            guide("template_required", lang),
            guide("template_meaning", lang),
        ),
        start=1,
    ):
        ws.cell(row, col, header.capitalize()).font = Font(bold=True)
    for sheet in SHEETS:
        row += 1
        ws.cell(row, 1, sheet).font = Font(bold=True)
        ws.cell(row, 4, guide(keys.GUIDE_SHEET[sheet], lang)).alignment = Alignment(wrap_text=True)
        for column in columns(sheet):
            row += 1
            required = column in COLUMNS[sheet]
            ws.cell(row, 2, column)
            ws.cell(row, 3, label("yes" if required else "no", lang))
            ws.cell(row, 4, guide(keys.GUIDE_COLUMN[sheet, column], lang)).alignment = Alignment(wrap_text=True)
    for letter, width in zip("ABCD", (18, 20, 10, 100)):
        ws.column_dimensions[letter].width = width
