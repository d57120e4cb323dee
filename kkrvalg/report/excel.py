"""The Excel report: the bilag KL files with the KKR decision.

``Oversigt`` (one row per KKR, the rules and the input's checksum), one sheet per KKR (composition, a
stacked bar chart of members per party, the chair quotient table), ``Kvotienter`` (every seat with the
quotient that won it, for checking by hand) and ``Lodtrækning`` (every tie and how it was settled). With
scenario analyses, one ``Scenarier …`` sheet per KKR as well. Sheet names are fixed (Danish); headers and
texts follow ``lang``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..engine.chair import ChairResult
from ..engine.quotient import Quotient
from ..i18n import Lang, counted, label
from ..model import RulesProfile
from ..results import BodyRecord, Calculation
from . import fmt
from .wording import eligibility_text, margin_lines, post_lines, provisional_text, size_text, tie_outcome, tie_place

INTEGER = "#,##0"
PERCENT = "0.00%"
DECIMAL = "#,##0.0000"
BOLD = Font(bold=True)
HEADER_ROW = 1


def _write_table(
    ws: Worksheet, row: int, headers: Sequence[str], rows: Sequence[Sequence[Any]], formats: Sequence[str | None] = ()
) -> int:
    """A bold header and its rows from ``row``; ``formats`` are number formats by column. Returns the next free row."""
    for col, header in enumerate(headers, start=1):
        ws.cell(row, col, header).font = BOLD
    for r, values in enumerate(rows, start=row + 1):
        for col, value in enumerate(values, start=1):
            cell = ws.cell(r, col, value)
            if col <= len(formats) and formats[col - 1] and isinstance(value, int | float):
                cell.number_format = formats[col - 1]
    return row + len(rows) + 2


def _lines(ws: Worksheet, row: int, lines: Sequence[str], bold: bool = False) -> int:
    for offset, line in enumerate(lines):
        cell = ws.cell(row + offset, 1, line)
        if bold:
            cell.font = BOLD
    return row + len(lines) + (1 if lines else 0)


def _finish(ws: Worksheet) -> None:
    """Column widths that fit, a frozen bold header row, and printing one page wide."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            shown = (
                f"{cell.value:,.4f}"
                if isinstance(cell.value, float)
                else f"{cell.value:,}"
                if isinstance(cell.value, int)
                else str(cell.value)
            )
            if len(shown) <= 60:
                widths[cell.column] = max(widths.get(cell.column, 0), len(shown))
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = min(max(width + 2, 8), 62)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def _value(q: Quotient) -> float:
    return round(q.votes / q.divisor, 4)


def overview_sheet(ws: Worksheet, calculation: Calculation, lang: Lang) -> None:
    yes_no = {True: label("yes", lang), False: label("no", lang)}
    rows = []
    for record in calculation.records:
        c, chair = record.composition, record.chair
        rows.append(
            [
                record.name,
                len(c.tally.municipalities),
                c.tally.counted,
                c.mayors,
                c.supplementary,
                c.members,
                c.cap,
                yes_no[c.cap_reached],
                chair.holder("formand") if chair else None,
                chair.holder("naestformand") if chair else None,
                len(record.ties),
                yes_no[record.provisional],
            ]
        )
    headers = [
        label(k, lang)
        for k in (
            "kkr",
            "municipalities",
            "counted",
            "mayors",
            "supplementary",
            "members",
            "cap",
            "cap_reached",
            "post_formand",
            "post_naestformand",
            "ties_title",
            "provisional",
        )
    ]
    row = _write_table(ws, HEADER_ROW, headers, rows, [None] + [INTEGER] * 6)
    ws.cell(row, 1, label("rules", lang)).font = BOLD
    for offset, (key, value) in enumerate(calculation.rules.model_dump(mode="json").items(), start=1):
        ws.cell(row + offset, 1, key)
        ws.cell(row + offset, 2, str(value))
        ws.cell(row + offset, 3, label("setting_" + key, lang))
    row += len(type(calculation.rules).model_fields) + 2
    for offset, (caption, value) in enumerate(
        (
            (label("input_file", lang), calculation.source.name),
            ("SHA-256", calculation.source.sha256),
            ("kkrvalg", calculation.version),
        )
    ):
        ws.cell(row + offset, 1, caption).font = BOLD
        ws.cell(row + offset, 2, value)


def composition_rows(c, rules: RulesProfile, lang: Lang) -> list[list[Any]]:
    return [
        [
            p.party,
            p.name,
            p.votes,
            float(p.share),
            p.council_seats,
            eligibility_text(p, rules, lang),
            p.mayors,
            p.supplementary,
            p.members,
        ]
        for p in c.parties
    ]


def kkr_sheet(ws: Worksheet, record: BodyRecord, rules: RulesProfile, lang: Lang) -> None:
    """The composition table, a stacked bar chart of members per party, and the chair quotient table."""
    c, chair = record.composition, record.chair
    headers = [
        label(k, lang)
        for k in ("party", "name", "votes", "share", "council_seats", "eligible", "mayors", "supplementary", "members")
    ]
    rows = composition_rows(c, rules, lang)
    rows.append(
        [
            label("total", lang),
            None,
            sum(p.votes for p in c.parties),
            None,
            sum(p.council_seats for p in c.parties),
            None,
            c.mayors,
            c.supplementary,
            c.members,
        ]
    )
    row = _write_table(
        ws, HEADER_ROW, headers, rows, [None, None, INTEGER, PERCENT, INTEGER, None, INTEGER, INTEGER, INTEGER]
    )
    for col in range(1, len(headers) + 1):
        ws.cell(HEADER_ROW + len(rows), col).font = BOLD
    banner = provisional_text(c, lang)
    row = _lines(ws, row, [size_text(record, rules, lang)] + ([banner] if banner else []))
    if chair is not None:
        row = chair_table(ws, row, chair, lang)
    members = [p for p in c.parties if p.members]
    chart_row = row
    row = _write_table(
        ws,
        row,
        [label("party", lang), label("mayors", lang), label("supplementary", lang)],
        [[p.party, p.mayors, p.supplementary] for p in members],
        [None, INTEGER, INTEGER],
    )
    if members:
        chart = BarChart()
        chart.type = "col"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = label("chart_title", lang, kkr=record.name)
        chart.y_axis.title = label("members", lang)
        data = Reference(ws, min_col=2, max_col=3, min_row=chart_row, max_row=chart_row + len(members))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=chart_row + 1, max_row=chart_row + len(members)))
        chart.width, chart.height = 18, 9
        ws.add_chart(chart, f"{get_column_letter(len(headers) + 2)}{HEADER_ROW + 1}")


def chair_table(ws: Worksheet, row: int, chair: ChairResult, lang: Lang) -> int:
    won = {(p.list_key, p.quotient.divisor): p.post for p in chair.posts if p.list_key and p.quotient}
    rows = []
    for lst in chair.lists:
        posts = [label("post_" + won[lst.key, d], lang) for d in (1, 2) if (lst.key, d) in won]
        rows.append(
            [
                lst.key,
                ", ".join(lst.members),
                lst.votes,
                lst.votes,
                _value(Quotient(lst.votes, 2)),
                ", ".join(posts) or None,
            ]
        )
    ws.cell(row, 1, label("chair_title", lang, kkr=chair.name)).font = BOLD
    row = _write_table(
        ws,
        row + 1,
        [label(k, lang) for k in ("chair_list", "chair_parties", "votes")] + ["÷ 1", "÷ 2", label("post", lang)],
        rows,
        [None, None, INTEGER, INTEGER, DECIMAL],
    )
    lines = post_lines(chair, lang) + margin_lines(chair, lang)
    return _lines(ws, row, lines)


def quotients_sheet(ws: Worksheet, calculation: Calculation, lang: Lang) -> None:
    """Every seat: mayors (born members) and supplementary members in award order, then the chair posts."""
    rows = []
    for record in calculation.records:
        c = record.composition
        for s in c.seats:
            q = s.quotient
            rows.append(
                [
                    record.name,
                    s.order,
                    label("kind_" + s.kind, lang),
                    s.party,
                    s.municipality,
                    q.votes if q else None,
                    q.divisor if q else None,
                    _value(q) if q else None,
                    fmt.exact(q, lang) if q else None,
                    s.tie,
                ]
            )
        for post in record.chair.posts if record.chair else ():
            q = post.quotient
            rows.append(
                [
                    record.name,
                    None,
                    label("post_" + post.post, lang),
                    post.party,
                    None,
                    q.votes,
                    q.divisor,
                    _value(q),
                    fmt.exact(q, lang),
                    None,
                ]
            )
    headers = [
        label(k, lang)
        for k in ("kkr", "order", "kind", "party", "municipality", "votes", "divisor", "quotient", "exact", "tie")
    ]
    _write_table(ws, HEADER_ROW, headers, rows, [None, None, None, None, None, INTEGER, INTEGER, DECIMAL])


def lots_sheet(ws: Worksheet, calculation: Calculation, lang: Lang) -> None:
    ties = calculation.ties
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
    headers = [
        label(k, lang)
        for k in ("context", "seat", "quotient", "candidates", "seats", "winners", "resolution", "seed", "tie_key")
    ]
    row = _write_table(ws, HEADER_ROW, headers, rows, [None, INTEGER, None, None, INTEGER])
    if not ties:
        ws.cell(row - 1, 1, label("no_ties", lang))


def scenario_sheet(ws: Worksheet, record: BodyRecord, lang: Lang) -> None:
    """The guaranteed blocs, the enumeration's counts per party and, with a party, its outlook."""
    from .scenarios import bloc_label

    analysis = record.scenarios
    headers = [label(k, lang) for k in ("party", "votes", "post_formand", "post_naestformand")]
    e = analysis.enumeration
    if e is None:
        rows: list[list[Any]] = [[p, v, None, None] for p, v in analysis.votes.items()]
    else:
        rows = [[p, v, e.formand[p], e.naestformand[p]] for p, v in analysis.votes.items()]
        rows.append([label("by_lot", lang), None, e.formand_lot, e.naestformand_lot])
    row = _write_table(ws, HEADER_ROW, headers, rows, [None, INTEGER, INTEGER, INTEGER])
    if e is None:
        from .scenarios import skipped_text

        row = _lines(ws, row - 1, [skipped_text(record.name, analysis, lang)])
    else:
        row = _lines(
            ws, row - 1, [label("enumeration_title", lang, scenarios=counted("n_scenarios", e.scenarios, lang))]
        )
    for title, blocs in (
        (label("guaranteed_formand", lang), analysis.formand_blocs),
        (label("guaranteed_both", lang), analysis.both_blocs),
    ):
        ws.cell(row, 1, title).font = BOLD
        rows = [
            [
                bloc_label(b.members, lang),
                b.votes,
                b.others,
                b.surplus,
                b.formand or label("by_lot", lang),
                (b.naestformand or label("by_lot", lang)) if b.posts == 2 else None,
            ]
            for b in blocs
        ]
        row = _write_table(
            ws,
            row + 1,
            [label(k, lang) for k in ("bloc", "votes", "others", "surplus", "post_formand", "post_naestformand")],
            rows,
            [None, INTEGER, INTEGER, INTEGER],
        )
    if analysis.party and e is not None:
        ws.cell(row, 1, label("outlook_title", lang, party=analysis.party)).font = BOLD
        rows = [
            [bloc_label(o.members, lang), o.votes, o.scenarios, o.formand, o.naestformand, o.lot]
            for o in analysis.outlook()
        ]
        _write_table(
            ws,
            row + 1,
            [label(k, lang) for k in ("bloc", "votes", "scenarios", "post_formand", "post_naestformand", "by_lot")],
            rows,
            [None, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER],
        )


def sheet_title(name: str) -> str:
    """A KKR name as an Excel sheet name: at most 31 characters, none of ``[]:*?/\\``."""
    return re.sub(r"[\[\]:*?/\\]", "-", name)[:31]


def build_report(calculation: Calculation, lang: Lang) -> Workbook:
    """The whole workbook, ready to be saved (atomically, by :mod:`kkrvalg.io.write`)."""
    wb = Workbook()
    overview_sheet(wb.active, calculation, lang)
    wb.active.title = "Oversigt"
    for record in calculation.records:
        kkr_sheet(wb.create_sheet(sheet_title(record.name)), record, calculation.rules, lang)
    quotients_sheet(wb.create_sheet("Kvotienter"), calculation, lang)
    lots_sheet(wb.create_sheet("Lodtrækning"), calculation, lang)
    for record in calculation.records:
        if record.scenarios is not None:
            scenario_sheet(wb.create_sheet(sheet_title(f"Scenarier {record.name}")), record, lang)
    for ws in wb.worksheets:
        _finish(ws)
    return wb
