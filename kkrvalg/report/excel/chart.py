"""The stacked column chart of members per party on each body's sheet, in the parties' colours.

Its numbers sit on the hidden sheet :data:`CHART_DATA`, so they never print.
"""

from __future__ import annotations

import math
from typing import cast

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabel, DataLabelList
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.worksheet.worksheet import Worksheet

from ...i18n import Lang, label
from ...io.write import as_text
from ..colours import lighter_shade, text_colour_on
from ..views import BodyView, PartyRow
from .sheet import BODY, BOLD

CHART_DATA = "Diagramdata"
LEGEND_KEYS = ("404040", "BFBFBF")
"""Neutral fills for the legend of mayors (dark) and supplementary members (light); the bars carry party colours."""


def seated(view: BodyView) -> list[PartyRow]:
    """The parties with members, as the chart shows them."""
    return [r for r in view.composition.rows if r.kind == "party" and r.members.value]


def chart_data(ws: Worksheet, view: BodyView, lang: Lang) -> tuple[int, int, int]:
    """The chart's numbers for one body on the hidden sheet (zeros left blank, so they get neither bar nor
    label); returns the header row, the last row and the last column."""
    board = view.composition.board
    members = seated(view)
    start = ws.max_row + 2 if ws.max_row > 1 else 1
    kinds = ["head_seats"] if board else ["mayors", "supplementary"]
    for col, heading in enumerate([view.title, *(label(k, lang) for k in kinds)], start=1):
        as_text(ws.cell(start, col, heading)).font = BOLD
    for row, p in enumerate(members, start=start + 1):
        values = [p.supplementary.value] if board else [p.mayors.value, p.supplementary.value]
        for col, value in enumerate([p.key, *(cast(int, v) or None for v in values)], start=1):  # counts
            as_text(ws.cell(row, col, value)).font = BODY
    return start, start + len(members), len(kinds) + 1


def members_chart(data: Worksheet, view: BodyView, lang: Lang) -> BarChart:
    """Stacked columns of members per party in the party's colour: mayors full, supplementary members lighter
    (the legend's neutral greys say which is which); the board's seats are one series in full colour."""
    header, last, last_col = chart_data(data, view, lang)
    parties = [str(data.cell(r, 1).value) for r in range(header + 1, last + 1)]
    board = view.composition.board
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "col", "stacked", 100
    chart.title = label("excel_chart_seats" if board else "excel_chart_members", lang, body=view.title)
    chart.y_axis.title = label("head_seats" if board else "members", lang)
    chart.x_axis.delete = chart.y_axis.delete = False
    largest = max(cast(int, p.members.value) for p in seated(view))  # a count, and not 0
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
            colour = view.colours[party]
            fill = lighter_shade(colour) if number else colour
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
