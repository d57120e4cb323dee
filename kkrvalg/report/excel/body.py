"""One sheet per KKR or national body: the composition, the mayors by name, the chair election and the chart of
members per party — laid out from :class:`~kkrvalg.report.views.BodyView`, nothing recomputed."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook

from ...i18n import Lang, label
from ..views import BodyView, ChairView, PartyRow, ReportView
from .chart import CHART_DATA, members_chart, seated
from .sheet import BOLD, NOTE, ORGAN_SHEETS, WARNING, Sheet, sheet_title

MAYOR_SPANS = (1, 1, 3)
"""Grid columns for a mayor's municipality, name and party; the chart stands beside them."""


def sheet_name(view: BodyView) -> str:
    """A KKR's sheet is named for the KKR, a national body's for the body (in Danish)."""
    return sheet_title(view.name if view.organ == "kkr" else ORGAN_SHEETS[view.organ])


def body_sheet(wb: Workbook, view: BodyView, report: ReportView) -> Sheet:
    """The composition (the local lists outside R3 summed in one row, each of them folded away below it) and the
    chair election; then the mayors by name with the chart of members per party beside them."""
    lang = report.lang
    c = view.composition
    columns = [col for col in c.columns if col.key != "party"]
    sheet = Sheet(wb.create_sheet(sheet_name(view)), len(columns) + 2, "landscape", lang)
    sheet.title(view.title, view.status_kind == "provisional", report.computed_at)
    sheet.text(view.municipalities, NOTE)
    if view.deadline:
        sheet.text(view.deadline, BOLD)
    if view.banner:
        sheet.text(view.banner, WARNING)
    for pending in view.pending:
        sheet.text(pending.line, WARNING)
        sheet.lines([f"• {outcome}" for outcome in pending.outcomes])
    sheet.space()

    def row(r: PartyRow) -> list[Any]:
        first = [r.key, r.name] if r.key else [r.label, None]
        return [*first, *(r.eligible if col.key == "eligible" else getattr(r, col.key) for col in columns)]

    rows = [row(r) for r in c.rows] + [row(r) for r in c.folded]
    total = [c.total.label, None, *(None if col.key == "eligible" else getattr(c.total, col.key) for col in columns)]
    headers = [label("party", lang), label("name", lang), *(col.plain for col in columns)]
    fold = range(len(c.rows), len(rows)) if c.folded else None
    sheet.table(headers, rows, caption=label("excel_composition", lang), total=total, fold=fold)
    sheet.lines([c.size, *c.notes, *c.ties])
    if c.folded:
        sheet.text(label("excel_folded_lists", lang, count=len(c.folded)), NOTE)
    sheet.gap()
    if view.chair is not None:
        chair_block(sheet, view.chair, lang)
        sheet.gap()
    elif view.chair_waits:
        sheet.text(view.chair_waits, WARNING)
        sheet.gap()
    top = sheet.row
    if c.mayors:
        rows = [
            [m.municipality, (m.name or "—") + (f" ({label('assumed', lang)})" if m.assumed else ""), m.party_label]
            for m in c.mayors
        ]
        headers = [label(k, lang) for k in ("municipality", "mayor", "party")]
        sheet.table(headers, rows, caption=label("mayors_title", lang, body=view.title), spans=MAYOR_SPANS)
    if seated(view):
        sheet.chart(members_chart(wb[CHART_DATA], view, lang), col=sum(MAYOR_SPANS) + 1 if c.mayors else 1, top=top)
    return sheet


def chair_block(sheet: Sheet, chair: ChairView, lang: Lang) -> None:
    """The d'Hondt table of the chair election (÷ 1, ÷ 2 and its exact value), the holders and the margins."""
    rows = [
        [
            row.key,
            ", ".join(row.members),
            row.votes,
            row.cells[0].quotient,
            row.cells[1].quotient,
            row.cells[1].quotient.text,
            ", ".join(cell.post for cell in row.cells if cell.post) or None,
        ]
        for row in chair.rows
    ]
    headers = [label("chair_list", lang), label("chair_parties", lang), chair.figures]
    headers += ["÷ 1", "÷ 2", label("excel_exact_column", lang, column="÷ 2"), label("post", lang)]
    sheet.table(headers, rows, caption=chair.title)
    sheet.text(chair.valgforbund)
    for post in chair.posts:
        sheet.text(post.text, BOLD if post.decided else WARNING)
    sheet.lines([*chair.inner, *chair.margins, *chair.ties])
