"""The grid every sheet of the Excel report is written on, and its A4 print layout.

openpyxl cannot measure text, so :class:`Sheet` estimates column widths, the heights of wrapped text and where
pages end (counting characters, which errs on the wide side). Every value arrives as it is meant to be stored:
numbers as numbers with an explicit format (a :class:`~kkrvalg.report.views.Num` gives its value), text as text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, overload

from openpyxl.cell import Cell, MergedCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.chart import BarChart
from openpyxl.styles import Alignment, Border, Color, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import Outline
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from ...engine.quotient import Quotient
from ...i18n import Lang, label
from ...io.write import as_text
from ..views import Num, ReportView

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

MIN_PRINTED_SIZE = 8.0
"""Points: the smallest text a squeezed sheet may print."""
MAX_WIDTH = 45
CHART_HEIGHT_CM = 8.0
CHART_WIDTH_CM = 17.0
ORGAN_SHEETS = {"repraesentantskab": "Repræsentantskab", "bestyrelse": "Bestyrelse"}
"""Sheet names stay Danish, whatever the language of the texts."""

MARGINS = PageMargins(left=0.6, right=0.6, top=0.75, bottom=0.75, header=0.3, footer=0.3)
PRINTABLE = {"portrait": (595 - 86.4, 842 - 108), "landscape": (842 - 86.4, 595 - 108)}
"""A4 in points less :data:`MARGINS` (width, height), to estimate the print scale and where pages end."""


def _value(value: Any) -> Any:
    """What a view's cell holds: a :class:`Num`'s value (a text without one, such as ``intet loft``, as text)."""
    if isinstance(value, Num):
        return value.text if value.value is None and value.text else value.value
    return value


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
    return units * (font.sz or SIZE) / SIZE * (1.04 if font.b else 1.0)


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


class Sheet:
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
        self.charts: list[tuple[BarChart, int]] = []
        """Each chart and the grid column it starts in."""
        self.squeeze: float | None = None
        """A sheet up to this many pages long prints on one page, a little smaller (a form, not a list)."""
        self.tall: dict[int, float] = {}
        """Rows given a height of their own: the lines of a form to write on."""

    def _measure(self, col: int, width: float) -> None:
        self.widths[col] = max(self.widths.get(col, 0.0), min(width, self.widest))

    def measure(self, col: int, text: str, font: Font) -> None:
        """Widen column ``col`` for ``text`` written outside :meth:`table` (a form's cells)."""
        self._measure(col, _width(text, font) + 1.5 + _indent(col, None))

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
            parts.append(
                TextBlock(InlineFont(rFont=FONT, sz=TITLE_SIZE, b=True, color=Color(RED)), "   " + mark(self.lang))
            )
        note = "   " + label("excel_computed", self.lang, time=computed)
        parts.append(TextBlock(InlineFont(rFont=FONT, sz=SIZE, color=Color(GREY)), note))
        self.text(CellRichText(parts), TITLE)
        self.space()

    @overload
    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        caption: str | None = None,
        total: Sequence[Any] | None = None,
        name: str | None = None,
        formats: dict[int, str] | None = None,
        spans: Sequence[int] | None = None,
        fold: range | None = None,
    ) -> int: ...
    @overload
    def table(
        self,
        headers: None,
        rows: Sequence[Sequence[Any]],
        *,
        caption: str | None = None,
        total: Sequence[Any] | None = None,
        name: str | None = None,
        formats: dict[int, str] | None = None,
        spans: Sequence[int] | None = None,
        fold: range | None = None,
    ) -> None: ...
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
        rows = [[_value(v) for v in r] for r in rows]
        total = [_value(v) for v in total] if total is not None else None
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
                cell = self.cell(starts[i], spans[i], header, BOLD, aligns[i], vertical="bottom")
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

    def _row(
        self,
        starts: list[int],
        spans: list[int],
        aligns: list[str | None],
        values: Sequence[Any],
        font: Font,
        formats: dict[int, str] | None,
        border: Border | None = None,
    ) -> None:
        for i, value in enumerate(values):
            stored, number_format = _stored(value)
            if formats and i in formats and isinstance(stored, int | float):
                number_format = formats[i]
            cell = self.cell(starts[i], spans[i], stored, font, aligns[i], number_format)
            if border is not None:
                cell.border = border
            if spans[i] == 1 and stored is not None:
                shown = _width(_shown(stored, number_format), font)
                self._measure(starts[i], shown + 1.5 + _indent(starts[i], aligns[i]))
        self.row += 1

    def cell(
        self,
        col: int,
        span: int,
        value: Any,
        font: Font,
        align: str | None,
        number_format: str | None = None,
        vertical: str = "top",
    ) -> Cell | MergedCell:
        cell: Cell | MergedCell = as_text(self.ws.cell(self.row, col, value))
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

    def fill_line(self, name: str, value: str | None, spans: tuple[int, int], tall: bool = False) -> None:
        """A line of a form: its name in bold, then a ruled field to write on (or what is already known)."""
        self.cell(1, spans[0], name, BOLD, None, vertical="bottom")
        self.cell(1 + spans[0], spans[1], value, BODY, "left", vertical="bottom")
        for col in range(1 + spans[0], 1 + spans[0] + spans[1]):
            self.ws.cell(self.row, col).border = Border(bottom=RULE)
        self.tall[self.row] = LINE * (3 if tall else 2)
        self.row += 1

    def chart(self, chart: BarChart, col: int = 1, top: int | None = None) -> None:
        """A chart below what is written so far — or from row ``top`` in grid column ``col``, beside a table —
        on rows the print range and page breaks see; it is as wide as the grid from ``col`` on."""
        chart.height = CHART_HEIGHT_CM
        first = self.row if top is None else top
        self.ws.add_chart(chart, f"{get_column_letter(col)}{first}")
        self.charts.append((chart, col))
        self.row = max(self.row, first + math.ceil(CHART_HEIGHT_CM / 2.54 * 72 / LINE) + 1)

    def finish(self, report: ReportView) -> None:
        """Column widths, row heights, page breaks between blocks, A4 page setup, header and footer."""
        ws = self.ws
        widths = [self.widths.get(col, 10.0) for col in range(1, self.columns + 1)]
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = round(width, 1)
        heights = dict.fromkeys(range(1, self.row), LINE)
        for row, first, last, text, font in self.wrapping:
            lines = _lines(text, sum(widths[first - 1 : last]), font)
            heights[row] = max(
                heights[row], lines * LINE * max((font.sz or SIZE) / SIZE, 1.0) + (2 if lines > 1 else 0)
            )
        for row, height in self.tall.items():
            heights[row] = max(heights[row], height)
        for row, height in heights.items():
            ws.row_dimensions[row].height = round(height, 1)
        page_width, page_height = PRINTABLE[self.orientation]
        content = sum(_points(w) for w in widths)
        scale = min(1.0, math.floor(page_width / content * 100) / 100)
        for chart, col in self.charts:
            room = sum(_points(w) for w in widths[col - 1 :])
            chart.width = min(CHART_WIDTH_CM, room / 72 * 2.54 - 0.5)  # type: ignore[assignment]  # cm; stubs: int
        repeated = heights[self.print_header] if self.print_header else 0.0
        printed = sum(h for row, h in heights.items() if row not in self.folded)
        one_page = self.squeeze and printed * scale / page_height <= self.squeeze
        if one_page and SIZE * page_height / printed >= MIN_PRINTED_SIZE:
            fit_height = 1  # a little too long for a page: printed a little smaller rather than over two
        else:
            fit_height = 0
            self._page_breaks(heights, page_height / scale - repeated)
        if ws.sheet_state == "visible":  # LibreOffice prints a hidden sheet that has a print range
            ws.print_area = f"A1:{get_column_letter(self.columns)}{self.row - 1}"
        if self.print_header:
            ws.print_title_rows = f"{self.print_header}:{self.print_header}"
        ws.freeze_panes = ws.cell(self.freeze, 1).coordinate
        page_setup(ws, self.orientation, fit_height)
        header_footer(ws, self.heading, self.provisional, report)

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


def mark(lang: Lang) -> str:
    return label("excel_provisional", lang)


def page_setup(ws: Worksheet, orientation: Orientation, fit_height: int = 0) -> None:
    """A4, one page wide and as many pages long as needed (or ``fit_height`` pages)."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = orientation
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = fit_height
    ws.page_setup.fitToPage = True
    ws.page_margins = MARGINS


def header_footer(ws: Worksheet, title: str, provisional: bool, report: ReportView) -> None:
    """On every page: what it is (with the case number), FORELØBIG, when it was computed; the input file and the
    first 12 hex digits of its SHA-256, the page of the pages, the report's file name and the version — so a loose
    printed page can be traced to its case and its data."""
    lang = report.lang
    if report.signoff.case:
        title = f"{title} · {label('case_line', lang, case=report.signoff.case)}"
    header, footer = ws.oddHeader, ws.oddFooter
    assert header is not None and footer is not None, "openpyxl gives every sheet both"
    parts = (
        (header.left, _escape(title), None),
        (header.center, f"&B{mark(lang)}" if provisional else "", RED),
        (header.right, _escape(f"{label('excel_computed_at', lang)} {report.computed_at}"), None),
        (footer.left, _escape(report.source_line), None),
        (footer.center, label("excel_page", lang), None),
        (footer.right, f"&F · kkrvalg {_escape(report.version)}", None),
    )
    for part, text, colour in parts:
        if text:
            part.text, part.font, part.size, part.color = text, FONT, 9, colour


def table_name(*parts: str) -> str:
    """An Excel table name: letters, digits and ``_``, Danish letters spelled out so every Excel accepts it."""
    spelled: dict[str, str | int | None] = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
    text = "_".join(parts).translate(str.maketrans(spelled))
    return re.sub(r"\W", "_", text, flags=re.ASCII)


def sheet_title(name: str) -> str:
    """A name as an Excel sheet name: at most 31 characters, none of ``[]:*?/\\``."""
    return re.sub(r"[\[\]:*?/\\]", "-", name)[:31]
