"""The Excel report: the bilag attached to the KKR decision, read on screen and printed on A4.

``Oversigt`` (one row per body, the rules and the input's checksum), a sheet per body (composition, the chair
election, a stacked bar chart of members coloured by party), ``Kvotienter`` (every seat with the quotient that
won it, to check by hand), ``Lodtrækning`` (every tie and how it was settled) and, with scenario analyses, one
``Scenarier …`` sheet per KKR. The chart's numbers sit on the hidden ``Diagramdata`` sheet so they never print.

Every sheet prints on A4, one page wide, under a title row and with page numbers, the input's checksum and the
version in the footer. openpyxl cannot measure text, so :class:`_Sheet` estimates column widths, the heights of
wrapped text and where pages end (counting characters, which errs on the wide side). Sheet names are fixed
(Danish); texts follow ``lang``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabel, DataLabelList
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import Outline
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from ..dates import long_datetime
from ..engine.chair import ChairResult
from ..engine.composition import PartyResult
from ..engine.quotient import Quotient
from ..i18n import Lang, counted, label
from ..io.reference import bundled_colours
from ..io.write import as_text
from ..results import BodyRecord, Calculation
from . import fmt
from .colours import lighter_shade, party_colours, text_colour_on
from .scenarios import SHOWN_BLOCS, bloc_label, skipped_text
from .wording import (
    body_title,
    chair_title,
    chair_unit,
    choice_text,
    eligibility_text,
    margin_lines,
    named_lists,
    post_holder,
    post_lines,
    provisional_details,
    provisional_text,
    scenarios_title,
    sensitivity_lines,
    size_text,
    tie_line,
    tie_outcome,
    tie_place,
)

Orientation = Literal["portrait", "landscape"]

FONT = "Calibri"
SIZE = 11
TITLE_SIZE = 16
LINE = 15.0
"""Points per line of 11-pt Calibri: Excel's default row height, set explicitly so LibreOffice paginates alike."""
INTEGER = "#,##0"
ONE_DECIMAL = "#,##0.0"
PERCENT = "0.00%"
SHORT_PERCENT = "0.0%"
PLAIN = "0"
"""For identifiers such as a seed, which a thousands separator would misrepresent."""

RED = "C00000"
GREY = "595959"
BODY = Font(name=FONT, size=SIZE)
BOLD = Font(name=FONT, size=SIZE, bold=True)
TITLE = Font(name=FONT, size=TITLE_SIZE, bold=True)
WARNING = Font(name=FONT, size=SIZE, color=RED)
NOTE = Font(name=FONT, size=SIZE, italic=True, color=GREY)
HEAD_FILL = PatternFill("solid", fgColor="E7E6E6")
RULE = Side(style="thin", color="7F7F7F")
WRAP = Alignment(vertical="top", wrap_text=True)

MAX_WIDTH = 45
OVERVIEW_COLUMNS = 12
"""The overview's grid: the KKR table's width, kept for a national body's shorter table so the rules below it
still get the page's width."""
RULE_SPANS = (3, 2, 4, 3)
"""Grid columns for a rule's name, value, description and key on the overview."""
NARROW_WIDTH = 18
"""On the long portrait table of every seat, so that it prints at 8 pt or more."""
CHART_HEIGHT_CM = 8.0
CHART_WIDTH_CM = 17.0
LEGEND_KEYS = ("404040", "BFBFBF")
"""Neutral fills for the legend of mayors (dark) and supplementary members (light); the bars carry party colours."""
CHART_DATA = "Diagramdata"
ORGAN_SHEETS = {"repraesentantskab": "Repræsentantskab", "bestyrelse": "Bestyrelse"}

MARGINS = PageMargins(left=0.6, right=0.6, top=0.75, bottom=0.75, header=0.3, footer=0.3)
PRINTABLE = {"portrait": (595 - 86.4, 842 - 108), "landscape": (842 - 86.4, 595 - 108)}
"""A4 in points less :data:`MARGINS` (width, height), to estimate the print scale and where pages end."""


def _stored(value: Any) -> tuple[Any, str | None]:
    """What a cell holds and its number format: counts whole, shares as percentages, quotients whole or to one
    decimal (the exact value is written beside them), settings as the number they are."""
    if isinstance(value, Quotient):
        whole = value.votes % value.divisor == 0
        return value.votes / value.divisor, INTEGER if whole else ONE_DECIMAL
    if isinstance(value, Fraction):
        return float(value), PERCENT
    if isinstance(value, Decimal):
        return (int(value) if value == value.to_integral_value() else float(value)), None
    if isinstance(value, int):
        return value, INTEGER
    return value, None


def _shown(value: Any, number_format: str | None) -> str:
    """The cell as Excel shows it, to size its column."""
    if number_format == INTEGER:
        return f"{value:,}"
    if number_format == ONE_DECIMAL:
        return f"{value:,.1f}"
    if number_format in (PERCENT, SHORT_PERCENT):
        return f"{value:.2%}"
    return str(value)


_NARROW = frozenset(" fijlrtI.,;:'!|()[]-")
_WIDE = frozenset("mwMWæÆ%—&")
_NUMBER_TEXT = re.compile(r"[\d.,]+( \d+/\d+)?")
"""A number written as text, such as an exact quotient (``65.932 1/2``): aligned right like the numbers."""


def _width(text: str, font: Font = BODY) -> float:
    """``text``'s width in Excel's unit (a digit of 11-pt Calibri), from Calibri's proportions: digits and most
    letters one unit, capitals a little more, narrow letters and punctuation about half, m, w and æ one and a half."""
    units = sum(0.55 if ch in _NARROW else 1.55 if ch in _WIDE else 1.15 if ch.isupper() else 1.0 for ch in text)
    return units * font.sz / SIZE * (1.04 if font.b else 1.0)


def _lines(text: str, width: float, font: Font) -> int:
    """How many lines ``text`` wraps to in a cell ``width`` wide (greedy by words, as Excel wraps)."""
    room = max(1.0, width - 1)
    space = _width(" ", font)
    count = 0
    for paragraph in text.split("\n"):
        count += 1
        used = 0.0
        for word in paragraph.split():
            size = _width(word, font)
            if used and used + space + size > room:
                count += 1
                used = 0.0
            used += (space if used else 0.0) + size
            while used > room:
                count += 1
                used -= room
    return count


def _header_width(header: str) -> float:
    """Room for a header on one line, or on two when it is much longer than a short column needs."""
    full = _width(header, BOLD) + 1.5
    if full <= 14:
        return full
    longest = max(_width(word, BOLD) for word in header.split()) + 1.5
    return max(longest, full / 2 + 1)


def _alignment(values: Sequence[Any], first: bool) -> str | None:
    """Numbers (and numbers written as text) right; columns of short codes (party letters, ja/nej) centred,
    except the first, which names the rows."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    if all(isinstance(v, int | float | Fraction | Quotient) or _NUMBER_TEXT.fullmatch(str(v)) for v in present):
        return "right"
    if not first and all(isinstance(v, str) and len(v) <= 3 for v in present):
        return "center"
    return None


def _indent(col: int, align: str | None) -> int:
    """Left-aligned text after the first column is indented one step, so it does not touch a number on its left."""
    return int(col > 1 and align in (None, "left"))


def _points(width: float) -> float:
    """A column's printed width: Excel's width unit is one digit of 11-pt Calibri, 7 pixels plus 5 of padding."""
    return (width * 7 + 5) * 0.75


def _escape(text: str) -> str:
    """Text for a header or footer, where ``&`` starts a code."""
    return text.replace("&", "&&")


class _Sheet:
    """One worksheet written top to bottom on a grid of ``columns`` columns, then laid out for A4 by :meth:`finish`.

    Blank rows (:meth:`gap`) separate blocks; a page ends only between blocks unless a block is longer than a page.
    """

    def __init__(
        self, ws: Worksheet, columns: int, orientation: Orientation, lang: Lang, widest: float = MAX_WIDTH
    ) -> None:
        self.ws = ws
        self.lang = lang
        self.columns = columns
        self.orientation = orientation
        self.widest = widest
        """The widest a column may grow (in characters); longer texts wrap."""
        self.row = 1
        self.heading = ws.title
        self.provisional = False
        self.freeze = 2
        """The first row that scrolls: below the title, or below the header of a sheet's only table."""
        self.print_header: int | None = None
        """The header row repeated on every printed page, on sheets with one long table."""
        self.widths: dict[int, float] = {}
        self.wrapping: list[tuple[int, int, int, str, Font]] = []
        """(row, first column, last column, text, font): cells whose height follows from the widths."""
        self.gaps: set[int] = set()
        self.folded: set[int] = set()
        """Rows in a collapsed group: they do not print."""
        self.charts: list[BarChart] = []

    def _measure(self, col: int, width: float) -> None:
        self.widths[col] = max(self.widths.get(col, 0.0), min(width, self.widest))

    def gap(self) -> None:
        """A blank row between blocks: where a page may end."""
        self.gaps.add(self.row)
        self.row += 1

    def space(self) -> None:
        """A blank row inside a block."""
        self.row += 1

    def text(self, text: str | CellRichText, font: Font = BODY) -> None:
        """A paragraph across the whole grid, wrapped."""
        cell = as_text(self.ws.cell(self.row, 1, text))
        cell.font, cell.alignment = font, WRAP
        if self.columns > 1:
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=self.columns)
        self.wrapping.append((self.row, 1, self.columns, str(text), font))
        self.row += 1

    def lines(self, lines: Sequence[str], font: Font = BODY) -> None:
        for line in lines:
            self.text(line, font)

    def title(self, title: str, provisional: bool, computed: str) -> None:
        """Row 1: the title, FORELØBIG in red when the data is partial, and when it was computed."""
        self.heading, self.provisional = title, provisional
        parts = [TextBlock(InlineFont(rFont=FONT, sz=TITLE_SIZE, b=True), title)]
        if provisional:
            parts.append(TextBlock(InlineFont(rFont=FONT, sz=TITLE_SIZE, b=True, color=RED), "   " + _mark(self.lang)))
        note = "   " + label("excel_computed", self.lang, time=computed)
        parts.append(TextBlock(InlineFont(rFont=FONT, sz=SIZE, color=GREY), note))
        self.text(CellRichText(parts), TITLE)
        self.space()

    def table(
        self,
        headers: Sequence[str] | None,
        rows: Sequence[Sequence[Any]],
        *,
        caption: str | None = None,
        total: Sequence[Any] | None = None,
        name: str | None = None,
        formats: dict[int, str] | None = None,
        spans: Sequence[int] | None = None,
        fold: range | None = None,
    ) -> int | None:
        """A caption, a shaded header row, the rows and a bold total; returns the header's row.

        ``formats`` overrides the number format by column; ``spans`` merges each value over that many grid
        columns (long texts that should not set the widths); ``name`` makes header and rows an Excel table
        with a filter (the total stays outside it, so sorting cannot move it). The rows numbered by ``fold``
        are folded away (a collapsed outline group): one click opens them on screen, and they do not print.
        """
        if caption:
            self.text(caption, BOLD)
        count = len(headers) if headers is not None else len(rows[0])
        spans = list(spans or [1] * count)
        starts = [1 + sum(spans[:i]) for i in range(count)]
        aligns = ["left" if spans[i] > 1 else _alignment([r[i] for r in rows], i == 0) for i in range(count)]
        header_row = None
        if headers is not None:
            header_row = self.row
            for i, header in enumerate(headers):
                cell = self._cell(starts[i], spans[i], header, BOLD, aligns[i], vertical="bottom")
                cell.fill, cell.border = HEAD_FILL, Border(bottom=RULE)
                if spans[i] == 1:
                    self._measure(starts[i], _header_width(header) + _indent(starts[i], aligns[i]))
            self.row += 1
        for values in rows:
            self._row(starts, spans, aligns, values, BODY, formats)
        if total is not None:
            self._row(starts, spans, aligns, total, BOLD, formats, Border(top=RULE))
        if fold:
            first = self.row - len(rows) - (total is not None) + fold.start
            self.ws.row_dimensions.group(first, first + len(fold) - 1, hidden=True)
            self.ws.sheet_properties.outlinePr = Outline(summaryBelow=False)
            self.folded.update(range(first, first + len(fold)))
        if name and header_row and rows:
            last = get_column_letter(starts[-1] + spans[-1] - 1)
            table = Table(displayName=name, ref=f"A{header_row}:{last}{header_row + len(rows)}")
            table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=False)
            self.ws.add_table(table)
        return header_row

    def _row(self, starts, spans, aligns, values, font, formats, border=None) -> None:
        for i, value in enumerate(values):
            stored, number_format = _stored(value)
            if formats and i in formats and isinstance(stored, int | float):
                number_format = formats[i]
            cell = self._cell(starts[i], spans[i], stored, font, aligns[i], number_format)
            if border is not None:
                cell.border = border
            if spans[i] == 1 and stored is not None:
                shown = _width(_shown(stored, number_format), font)
                self._measure(starts[i], shown + 1.5 + _indent(starts[i], aligns[i]))
        self.row += 1

    def _cell(
        self,
        col: int,
        span: int,
        value: Any,
        font: Font,
        align: str | None,
        number_format: str | None = None,
        vertical: str = "top",
    ):
        cell = as_text(self.ws.cell(self.row, col, value))
        cell.font = font
        if number_format:
            cell.number_format = number_format
        text = isinstance(value, str)
        indent = _indent(col, align)
        horizontal = "left" if indent else align
        cell.alignment = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=text, indent=indent)
        if text:
            self.wrapping.append((self.row, col, col + span - 1, value, font))
        if span > 1:
            self.ws.merge_cells(start_row=self.row, start_column=col, end_row=self.row, end_column=col + span - 1)
        return cell

    def chart(self, chart: BarChart) -> None:
        """A chart below what is written so far, on rows of its own, so the print range and page breaks see it."""
        chart.height = CHART_HEIGHT_CM
        self.ws.add_chart(chart, f"A{self.row}")
        self.charts.append(chart)
        self.row += math.ceil(CHART_HEIGHT_CM / 2.54 * 72 / LINE) + 1

    def finish(self, calculation: Calculation) -> None:
        """Column widths, row heights, page breaks between blocks, A4 page setup, header and footer."""
        ws = self.ws
        widths = [self.widths.get(col, 10.0) for col in range(1, self.columns + 1)]
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = round(width, 1)
        heights = dict.fromkeys(range(1, self.row), LINE)
        for row, first, last, text, font in self.wrapping:
            lines = _lines(text, sum(widths[first - 1 : last]), font)
            heights[row] = max(heights[row], lines * LINE * max(font.sz / SIZE, 1.0) + (2 if lines > 1 else 0))
        for row, height in heights.items():
            ws.row_dimensions[row].height = round(height, 1)
        page_width, page_height = PRINTABLE[self.orientation]
        content = sum(_points(w) for w in widths)
        scale = min(1.0, math.floor(page_width / content * 100) / 100)
        for chart in self.charts:
            chart.width = min(CHART_WIDTH_CM, content / 72 * 2.54 - 0.5)
        repeated = heights[self.print_header] if self.print_header else 0.0
        self._page_breaks(heights, page_height / scale - repeated)
        ws.print_area = f"A1:{get_column_letter(self.columns)}{self.row - 1}"
        if self.print_header:
            ws.print_title_rows = f"{self.print_header}:{self.print_header}"
        ws.freeze_panes = ws.cell(self.freeze, 1)
        page_setup(ws, self.orientation)
        header_footer(ws, self.heading, self.provisional, calculation, self.lang)

    def _page_breaks(self, heights: dict[int, float], capacity: float) -> None:
        """Start a block on a new page when it would not fit on the current one, so no table is split needlessly;
        a block longer than a page flows on (its header repeated where the sheet has print titles)."""
        blocks: list[list[int]] = [[]]
        for row in sorted(set(heights) - self.folded):
            if row in self.gaps:
                blocks.append([])
            else:
                blocks[-1].append(row)
        used = 0.0
        for block in filter(None, blocks):
            height = sum(heights[r] for r in block)
            if used and used + height > capacity and (height <= capacity or capacity - used < 6 * LINE):
                self.ws.row_breaks.append(Break(id=block[0] - 1))
                used = 0.0
            for row in block:
                if used + heights[row] > capacity:
                    used = 0.0
                used += heights[row]
            used += LINE


def _mark(lang: Lang) -> str:
    return label("excel_provisional", lang)


def page_setup(ws: Worksheet, orientation: Orientation) -> None:
    """A4, one page wide and as many pages long as needed."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = orientation
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = MARGINS


def header_footer(ws: Worksheet, title: str, provisional: bool, calculation: Calculation, lang: Lang) -> None:
    """On every page: what it is, FORELØBIG, when it was computed; the page, the input and its checksum, the
    report's file name and the version — so a loose printed page can be traced to its data."""
    computed = f"{label('excel_computed_at', lang)} {long_datetime(calculation.computed_at, lang)}"
    source = label("source_line", lang, name=calculation.source.name, sha=calculation.source.sha256[:12])
    parts = (
        (ws.oddHeader.left, _escape(title), None),
        (ws.oddHeader.center, f"&B{_mark(lang)}" if provisional else "", RED),
        (ws.oddHeader.right, _escape(computed), None),
        (ws.oddFooter.left, _escape(source), None),
        (ws.oddFooter.center, label("excel_page", lang), None),
        (ws.oddFooter.right, f"&F · kkrvalg {_escape(calculation.version)}", None),
    )
    for part, text, colour in parts:
        if text:
            part.text, part.font, part.size, part.color = text, FONT, 9, colour


def _body_name(record: BodyRecord) -> str:
    """A body as a table names it: a KKR by its own name (as in the JSON), a national body as its sheet is named."""
    return record.name if record.organ == "kkr" else ORGAN_SHEETS[record.organ]


def _table_name(*parts: str) -> str:
    """An Excel table name: letters, digits and ``_``, Danish letters spelled out so every Excel accepts it."""
    text = "_".join(parts).translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}))
    return re.sub(r"\W", "_", text, flags=re.ASCII)


def sheet_title(name: str) -> str:
    """A name as an Excel sheet name: at most 31 characters, none of ``[]:*?/\\``."""
    return re.sub(r"[\[\]:*?/\\]", "-", name)[:31]


def _provisional_note(sheet: _Sheet, calculation: Calculation, lang: Lang) -> None:
    """On the sheets about every body: which bodies rest on partial data."""
    names = [body_title(r, lang) for r in calculation.records if r.provisional]
    if names:
        sheet.text(label("excel_provisional_overview", lang, names=", ".join(names)), WARNING)
        sheet.space()


def _any_provisional(calculation: Calculation) -> bool:
    return any(r.provisional for r in calculation.records)


def overview_sheet(wb: Workbook, calculation: Calculation, lang: Lang, computed: str) -> _Sheet:
    """One row per body, the input's checksum, and the rules in words with their values as numbers."""
    organ = calculation.organ
    yes_no = {True: label("yes", lang), False: label("no", lang)}
    columns = [
        ("kkr" if organ == "kkr" else "excel_body", _body_name),
        ("municipalities", lambda r: len(r.tally.municipalities)),
        ("counted", lambda r: r.tally.counted),
    ]
    if organ == "bestyrelse":
        columns.append(("head_seats", lambda r: r.composition.supplementary))
    else:
        columns += [
            ("mayors", lambda r: r.composition.mayors),
            ("supplementary", lambda r: r.composition.supplementary),
            ("members", lambda r: r.composition.members),
            ("cap", lambda r: label("excel_no_cap", lang) if r.composition.cap is None else r.composition.cap),
            ("cap_reached", lambda r: yes_no[r.composition.cap_reached]),
        ]
    if organ == "kkr":
        columns += [
            ("post_formand", lambda r: r.chair.holder("formand") if r.chair else None),
            ("post_naestformand", lambda r: r.chair.holder("naestformand") if r.chair else None),
        ]
    columns += [("ties_title", lambda r: len(r.ties)), ("provisional", lambda r: yes_no[r.provisional])]
    wb.active.title = "Oversigt"
    sheet = _Sheet(wb.active, OVERVIEW_COLUMNS, "landscape", lang)
    body = label("excel_kkr_bodies", lang) if organ == "kkr" else body_title(calculation.records[0], lang)
    sheet.title(label("excel_overview_title", lang, body=body), _any_provisional(calculation), computed)
    _provisional_note(sheet, calculation, lang)
    sheet.table([label(k, lang) for k, _ in columns], [[get(r) for _, get in columns] for r in calculation.records])
    for text, depends in sensitivity_lines(calculation, lang):
        sheet.text(text, WARNING if depends else BODY)
    for record in (r for r in calculation.records if r.provisional):
        sheet.lines([f"{body_title(record, lang)}: {line}" for line in provisional_details(record.composition, lang)])
    sheet.gap()
    source = [
        (label("input_file", lang), calculation.source.name),
        ("SHA-256", calculation.source.sha256),
        (label("excel_version", lang), calculation.version),
        (label("excel_computed_at", lang), computed),
    ]
    sheet.table(None, source, spans=(1, sheet.columns - 1))
    sheet.gap()
    rules = calculation.rules
    rows = []
    for key in type(rules).model_fields:
        value = getattr(rules, key)
        if isinstance(value, str):
            value = choice_text(key, value, lang) or value
        elif value is None:
            value = label("excel_no_cap", lang)
        rows.append([label("excel_setting_" + key, lang), value, label("setting_" + key, lang), key])
    headers = [label(k, lang) for k in ("excel_setting", "excel_value", "excel_description", "excel_rules_key")]
    sheet.table(headers, rows, caption=label("rules", lang), spans=RULE_SPANS)
    return sheet


def composition_columns(record: BodyRecord) -> list[str]:
    """KL's board has seats, not mayors and supplementary members."""
    if record.organ == "bestyrelse":
        return ["party", "name", "votes", "share", "council_seats_short", "eligible", "head_seats"]
    return ["party", "name", "votes", "share", "council_seats_short", "eligible", "mayors", "supplementary", "members"]


def body_sheet(wb: Workbook, record: BodyRecord, calculation: Calculation, lang: Lang, computed: str) -> _Sheet:
    """The composition (the local lists outside R3 summed in one row, each of them folded away below it), then the
    chair election and the chart of members per party, kept together on a page."""
    c, rules = record.composition, calculation.rules
    keys = composition_columns(record)
    sheet = _Sheet(wb.create_sheet(sheet_title(_body_name(record))), len(keys), "landscape", lang)
    sheet.title(body_title(record, lang), record.provisional, computed)
    if banner := provisional_text(c, lang):
        sheet.text(banner, WARNING)
        sheet.space()
    counts = len(keys) - 6

    def row(p: PartyResult) -> list[Any]:
        members = [p.supplementary] if counts == 1 else [p.mayors, p.supplementary, p.members]
        eligible = eligibility_text(p, rules, lang, record.organ)
        return [p.party, p.name, p.votes, p.share, p.council_seats, eligible, *members]

    named, others = named_lists(c)
    rows = [row(p) for p in named]
    if others:
        summed = [sum(p.votes for p in others), sum((p.share for p in others), Fraction(0))]
        summed += [sum(p.council_seats for p in others), eligibility_text(others[0], rules, lang, record.organ)]
        rows.append([label("other_lists", lang, count=len(others)), None, *summed, *[0] * counts])
        rows += [row(p) for p in others]
    totals = [c.supplementary] if counts == 1 else [c.mayors, c.supplementary, c.members]
    total = [label("total", lang), None, sum(p.votes for p in c.parties), None]
    total += [sum(p.council_seats for p in c.parties), None, *totals]
    headers = [label(k, lang) for k in keys]
    details = range(len(named) + 1, len(rows)) if others else None
    sheet.table(headers, rows, caption=label("excel_composition", lang), total=total, fold=details)
    notes = [size_text(record, rules, lang)]
    if record.organ == "repraesentantskab":
        notes.append(label("organ_method_note", lang))
    sheet.lines(notes + [tie_line(t, lang) for t in c.ties])
    if others:
        sheet.text(label("excel_folded_lists", lang, count=len(others)), NOTE)
    sheet.gap()
    if record.chair is not None:
        chair_block(sheet, record, record.chair, lang)
        sheet.space()
    if any(p.members for p in c.parties):
        sheet.chart(members_chart(wb[CHART_DATA], record, calculation.colours, lang))
    return sheet


def chair_block(sheet: _Sheet, record: BodyRecord, chair: ChairResult, lang: Lang) -> None:
    """The d'Hondt table of the chair election (÷ 1, ÷ 2 and its exact value), the holders and the margins."""
    won = {(p.list_key, p.quotient.divisor): p.post for p in chair.posts if p.list_key and p.quotient}
    rows = []
    for lst in chair.lists:
        posts = [label("post_" + won[lst.key, d], lang) for d in (1, 2) if (lst.key, d) in won]
        half = Quotient(lst.votes, 2)
        members = ", ".join(lst.members)
        rows.append([lst.key, members, lst.votes, lst.votes, half, fmt.exact(half, lang), ", ".join(posts) or None])
    headers = [label(k, lang) for k in ("chair_list", "chair_parties", "votes")]
    headers += ["÷ 1", "÷ 2", label("excel_exact_column", lang, column="÷ 2"), label("post", lang)]
    sheet.table(headers, rows, caption=chair_title(record, lang))
    sheet.lines(post_lines(chair, lang), BOLD)
    sheet.lines(margin_lines(chair, lang, chair_unit(record)) + [tie_line(t, lang) for t in chair.ties])


def chart_data(ws: Worksheet, record: BodyRecord, lang: Lang) -> tuple[int, int, int]:
    """The chart's numbers for one body on the hidden sheet (zeros left blank, so they get neither bar nor
    label); returns the header row, the last row and the last column."""
    board = record.organ == "bestyrelse"
    members = [p for p in record.composition.parties if p.members]
    start = ws.max_row + 2 if ws.max_row > 1 else 1
    kinds = ["head_seats"] if board else ["mayors", "supplementary"]
    for col, value in enumerate([body_title(record, lang), *(label(k, lang) for k in kinds)], start=1):
        as_text(ws.cell(start, col, value)).font = BOLD
    for row, p in enumerate(members, start=start + 1):
        values = [p.supplementary] if board else [p.mayors, p.supplementary]
        for col, value in enumerate([p.party, *(v or None for v in values)], start=1):
            as_text(ws.cell(row, col, value)).font = BODY
    return start, start + len(members), len(kinds) + 1


def members_chart(data: Worksheet, record: BodyRecord, overrides: Mapping[str, str], lang: Lang) -> BarChart:
    """Stacked columns of members per party in the party's colour: mayors full, supplementary members lighter
    (the legend's neutral greys say which is which); the board's seats are one series in full colour."""
    header, last, last_col = chart_data(data, record, lang)
    parties = [data.cell(r, 1).value for r in range(header + 1, last + 1)]
    colours = party_colours(parties, bundled_colours(), overrides)
    board = record.organ == "bestyrelse"
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "col", "stacked", 100
    key = "excel_chart_seats" if board else "excel_chart_members"
    chart.title = label(key, lang, body=body_title(record, lang))
    chart.y_axis.title = label("head_seats" if board else "members", lang)
    chart.x_axis.delete = chart.y_axis.delete = False
    largest = max(p.members for p in record.composition.parties)
    chart.y_axis.scaling.min, chart.y_axis.majorUnit, chart.y_axis.number_format = (
        0,
        max(1, math.ceil(largest / 8)),
        "0",
    )
    chart.visible_cells_only = False
    chart.add_data(Reference(data, min_col=2, max_col=last_col, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(data, min_col=1, min_row=header + 1, max_row=last))
    if board:
        chart.legend = None
    else:
        chart.legend.position = "b"
    for number, series in enumerate(chart.series):
        series.graphicalProperties.solidFill = LEGEND_KEYS[number]
        series.graphicalProperties.line.noFill = True
        series.dLbls = _labels()
        for idx, party in enumerate(parties):
            fill = lighter_shade(colours[party]) if number else colours[party]
            point = DataPoint(idx=idx)
            point.graphicalProperties.solidFill = point.graphicalProperties.line.solidFill = fill.lstrip("#")
            series.dPt.append(point)
            series.dLbls.dLbl.append(_labels(idx, text_colour_on(fill).lstrip("#")))
    return chart


def _labels(idx: int | None = None, colour: str | None = None) -> DataLabel | DataLabelList:
    """The value on each bar, nothing else; with ``idx``, one bar's label in the colour that reads on its fill."""
    flags = dict(showVal=True, showCatName=False, showSerName=False, showLegendKey=False, showPercent=False)
    if idx is None:
        return DataLabelList(**flags)
    text = CharacterProperties(solidFill=colour, sz=1000, b=True)
    rich = RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=text), endParaRPr=CharacterProperties())])
    return DataLabel(idx=idx, txPr=rich, **flags)


def quotients_sheet(wb: Workbook, calculation: Calculation, lang: Lang, computed: str) -> _Sheet:
    """Every seat in award order — mayors (born members), supplementary members, then the chair posts — with the
    quotient that won it and its exact value, as a filterable table."""
    rows = []
    for record in calculation.records:
        name = _body_name(record)
        for s in record.composition.seats:
            q = s.quotient
            votes, divisor, exact = (q.votes, q.divisor, fmt.exact(q, lang)) if q else (None, None, None)
            kind = label("kind_" + s.kind, lang)
            rows.append([name, s.order, kind, s.party, s.municipality, votes, divisor, q, exact, s.tie])
        for post in record.chair.posts if record.chair else ():
            q = post.quotient
            votes, divisor, exact = (q.votes, q.divisor, fmt.exact(q, lang)) if q else (None, None, None)
            holder = post.party or post_holder(post, record.chair, lang)  # undecided, or no candidates at all
            rows.append([name, None, label("post_" + post.post, lang), holder, None, votes, divisor, q, exact, None])
    body = "kkr" if calculation.organ == "kkr" else "excel_body"
    keys = (body, "order", "kind", "party", "municipality", "votes", "divisor", "quotient", "exact", "tie")
    sheet = _Sheet(wb.create_sheet("Kvotienter"), len(keys), "portrait", lang, NARROW_WIDTH)
    sheet.title(label("excel_quotients_title", lang), _any_provisional(calculation), computed)
    sheet.text(label("excel_quotients_note", lang))
    _provisional_note(sheet, calculation, lang)
    sheet.print_header = sheet.table([label(k, lang) for k in keys], rows, name="Kvotienter")
    sheet.freeze = sheet.print_header + 1
    return sheet


def lots_sheet(wb: Workbook, calculation: Calculation, lang: Lang, computed: str) -> _Sheet:
    """Every tie: where, who, the shared quotient and how it was settled (the seed or the real drawing)."""
    keys = ("context", "seat", "quotient", "candidates", "seats", "winners", "resolution", "seed", "tie_key")
    ties = calculation.ties
    sheet = _Sheet(wb.create_sheet("Lodtrækning"), len(keys), "landscape" if ties else "portrait", lang)
    sheet.title(label("excel_lots_title", lang), _any_provisional(calculation), computed)
    if not ties:
        sheet.text(label("no_ties", lang))
        return sheet
    rows = [
        [
            tie_place(t, lang),
            t.seat,
            fmt.exact(t.quotient, lang),
            ", ".join(t.candidates),
            t.seats,
            ", ".join(t.winners),
            tie_outcome(t, lang),
            t.seed,
            t.key,
        ]
        for t in ties
    ]
    sheet.print_header = sheet.table([label(k, lang) for k in keys], rows, formats={7: PLAIN})
    sheet.freeze = sheet.print_header + 1
    return sheet


def scenario_sheet(wb: Workbook, record: BodyRecord, lang: Lang, computed: str) -> _Sheet:
    """How often each party takes each post over every way to form valgforbund, the blocs that secure posts and,
    with a party, its options — each caption above its table, each count with its share."""
    analysis = record.scenarios
    sheet = _Sheet(wb.create_sheet(sheet_title(f"Scenarier {record.name}")), 9, "portrait", lang)
    sheet.title(scenarios_title(record, lang), record.provisional, computed)
    if banner := provisional_text(record.composition, lang):
        sheet.text(banner, WARNING)
        sheet.space()

    def count_columns(key: str) -> list[str]:
        return [label(key, lang), label("excel_share_column", lang, column=label(key, lang))]

    def name(part: str) -> str:
        return _table_name("Scenarier", record.name, part)

    def long_table(headers: list[str], rows: list[list[Any]], shown: int, **options: Any) -> None:
        """All rows, those after the first ``shown`` (as many as the terminal lists) folded away, with a line saying
        how many there are: on paper a party group reads the best options, not hundreds of pages."""
        fold = range(shown, len(rows)) if len(rows) > shown else None
        sheet.table(headers, rows, fold=fold, **options)
        if fold:
            sheet.text(label("excel_more_rows", lang, count=fmt.integer(len(fold), lang)), NOTE)

    e = analysis.enumeration
    if e is None:
        sheet.text(skipped_text(record.name, analysis, lang))
        sheet.gap()
    else:

        def share(count: int) -> Fraction:
            return Fraction(count, e.scenarios)

        rows = [
            [p, v, e.formand[p], share(e.formand[p]), e.naestformand[p], share(e.naestformand[p])]
            for p, v in analysis.votes.items()
        ]
        lot = [label("by_lot", lang), None, e.formand_lot, share(e.formand_lot)]
        lot += [e.naestformand_lot, share(e.naestformand_lot)]
        headers = [
            label("party", lang),
            label("votes", lang),
            *count_columns("post_formand"),
            *count_columns("post_naestformand"),
        ]
        caption = label("enumeration_title", lang, ways=counted("n_ways", e.scenarios, lang))
        formats = {3: SHORT_PERCENT, 5: SHORT_PERCENT}
        sheet.table(headers, rows, caption=caption, total=lot, name=name("Partier"), formats=formats)
        sheet.gap()
    for caption, blocs, part in (
        (label("guaranteed_formand", lang), analysis.formand_blocs, "Formand"),
        (label("guaranteed_both", lang), analysis.both_blocs, "Begge"),
    ):
        if blocs:
            both = blocs[0].posts == 2
            keys = ["bloc", "votes", "rival", "surplus", "post_formand"] + (["post_naestformand"] if both else [])
            rows = [
                [bloc_label(b.members, lang), b.votes, b.rival, b.surplus, b.formand or label("by_lot", lang)]
                + ([b.naestformand or label("by_lot", lang)] if both else [])
                for b in blocs
            ]
            long_table([label(k, lang) for k in keys], rows, SHOWN_BLOCS, caption=caption, name=name(part))
        else:
            sheet.lines([caption], BOLD)
            sheet.text(label("no_bloc", lang))
        sheet.gap()
    if analysis.party and e is not None:
        shown = analysis.shown_outlook()
        options = [*shown, *(o for o in analysis.outlook() if o not in shown)]
        rows = [
            [
                bloc_label(o.members, lang),
                o.votes,
                o.scenarios,
                o.formand,
                o.formand_share,
                o.naestformand,
                o.naestformand_share,
                o.lot,
                Fraction(o.lot, o.scenarios),
                o.short_of_formand,
                o.short_of_both,
            ]
            for o in options
        ]
        headers = [label("bloc", lang), label("votes", lang), label("scenarios", lang)]
        headers += [*count_columns("post_formand"), *count_columns("post_naestformand"), *count_columns("by_lot")]
        headers += [label("short_formand", lang), label("short_both", lang)]
        caption = label("outlook_title", lang, party=analysis.party)
        formats = {4: SHORT_PERCENT, 6: SHORT_PERCENT, 8: SHORT_PERCENT}
        long_table(headers, rows, len(shown), caption=caption, name=name("Muligheder"), formats=formats)
        sheet.text(label("outlook_note", lang), NOTE)
    return sheet


def build_report(calculation: Calculation, lang: Lang) -> Workbook:
    """The whole workbook, ready to be saved (atomically, by :mod:`kkrvalg.io.write`)."""
    wb = Workbook()
    computed = long_datetime(calculation.computed_at, lang)
    data = wb.create_sheet(CHART_DATA)
    data.sheet_state = "hidden"
    sheets = [overview_sheet(wb, calculation, lang, computed)]
    sheets += [body_sheet(wb, record, calculation, lang, computed) for record in calculation.records]
    sheets += [quotients_sheet(wb, calculation, lang, computed), lots_sheet(wb, calculation, lang, computed)]
    sheets += [scenario_sheet(wb, r, lang, computed) for r in calculation.records if r.scenarios is not None]
    wb.move_sheet(data, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(CHART_DATA))
    for sheet in sheets:
        sheet.finish(calculation)
    page_setup(data, "portrait")
    header_footer(data, CHART_DATA, _any_provisional(calculation), calculation, lang)
    properties(wb, calculation, lang, title=sheets[0].heading)
    return wb


def properties(wb: Workbook, calculation: Calculation, lang: Lang, title: str) -> None:
    """Title, subject and creator, so the file explains itself in a file list, SharePoint or an archive."""
    p = wb.properties
    p.title = title
    p.subject = label("source_line", lang, name=calculation.source.name, sha=calculation.source.sha256[:12])
    p.creator = p.lastModifiedBy = "kkrvalg"
    p.description = f"kkrvalg {calculation.version}; SHA-256 {calculation.source.sha256}"
    p.keywords = "KKR; KL; kommunalvalg; d'Hondt"
    p.language = "da-DK" if lang == "da" else "en-GB"
    p.created = p.modified = calculation.computed_at
