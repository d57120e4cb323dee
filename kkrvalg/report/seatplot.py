"""Seat diagrams: one body (a KKR, KL's board or repræsentantskab) as an inline SVG hemicycle for the HTML report.

Every member is one ``<g data-party=…>`` element with a ``<title>`` tooltip, and nothing else carries
``data-party``, so a page can be checked by counting them. Mayors (born members) are solid discs; supplementary
members are rings with a white centre, a difference of shape that survives greyscale printing and colour blindness.
The seat geometry comes from ``parliamentarch``; its own SVG writer is not used because it gives one tooltip per
party rather than per member, has no legend and writes colours into ``style`` unescaped.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from .colours import darker_shade, normalised_hex

HOLLOW_KINDS = frozenset({"supplementary"})
"""Kinds drawn as rings; every other kind (``"mayor"``, ``"bestyrelse"``, …) is a solid disc."""

_NO_LABELS: Mapping[str, str] = MappingProxyType({})

WIDTH = 600
_MARGIN = 16
_TITLE_BASELINE = 27
_TITLE_SIZE = 18
_ARCH_TOP = 42
_ARCH_RADIUS = (WIDTH - 2 * _MARGIN) / 2
_SEAT_RADIUS_FACTOR = 0.8
_MIN_ROWS = 2
_TOTAL_SIZE = 52
_LEGEND_GAP = 30
_LEGEND_ROW = 22
_LEGEND_SIZE = 13
_SWATCH_RADIUS = 6.5
_KEY_GAP = 16
_KEY_COLOUR = "#1a1a1a"
_TEXT_COLOUR = "#222222"
_RING_HOLE = 0.5
_FONT = "Arial, Helvetica, 'Liberation Sans', sans-serif"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class SeatMark:
    """One member. ``kind`` decides the mark (see :data:`HOLLOW_KINDS`); ``tooltip`` is shown on hover."""

    party: str
    kind: str
    fill: str
    tooltip: str


def hemicycle_svg(
    seats: Sequence[SeatMark],
    *,
    title: str,
    legend: Mapping[str, str],
    order: Sequence[str] = (),
    kind_labels: Mapping[str, str] = _NO_LABELS,
) -> str:
    """An SVG hemicycle of ``seats``, grouped by party from left to right, with a legend below.

    ``legend`` maps each party key to the full name shown (extra keys are ignored). Parties named in ``order`` come
    first, in that order (e.g. a left–right order of the national letters); the others follow by size. Within a
    party, solid marks come before rings. ``kind_labels`` names the kinds in the legend's key; it must name every
    kind when the diagram shows more than one. Deterministic: the same input gives the same text.
    """
    if not seats:
        raise ValueError("a seat diagram needs at least one seat")
    fills = _party_fills(seats)
    missing = [p for p in fills if p not in legend]
    if missing:
        raise ValueError(f"no legend name for {', '.join(missing)}")
    kinds = list(dict.fromkeys(s.kind for s in seats))
    unlabelled = [k for k in kinds if k not in kind_labels]
    if len(kinds) > 1 and unlabelled:
        raise ValueError(f"no label for the kind(s) {', '.join(unlabelled)}")

    parties = _left_to_right(seats, order)
    ordered = sorted(seats, key=lambda s: (parties.index(s.party), s.kind in HOLLOW_KINDS))
    counts = Counter(s.party for s in seats)
    names = [legend[p] for p in parties]
    key = [(k, label, sum(s.kind == k for s in seats)) for k, label in kind_labels.items() if k in kinds]
    columns = _legend_columns(names, [str(counts[p]) for p in parties])
    rows = -(-len(parties) // columns)
    legend_top = _ARCH_TOP + _ARCH_RADIUS + _LEGEND_GAP
    key_top = legend_top + rows * _LEGEND_ROW + _KEY_GAP
    show_key = len(kinds) > 1
    height = key_top + (_LEGEND_ROW if show_key else 0)
    summary = ", ".join(f"{name} {counts[p]}" for name, p in zip(names, parties))

    return "".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" class="kkrvalg-hemicycle" viewBox="0 0 {WIDTH} {height:.0f}"'
            f' width="{WIDTH}" height="{height:.0f}" role="img" aria-label="{_text(f"{title}: {summary}")}"'
            f' font-family="{_FONT}">',
            f"<title>{_text(title)}</title><desc>{_text(summary)}</desc>",
            _fitted_text(title, WIDTH / 2, _TITLE_BASELINE, _TITLE_SIZE, WIDTH - 2 * _MARGIN, middle=True, bold=True),
            _seats_group(ordered, fills),
            f'<text class="kkrvalg-total" x="{WIDTH / 2:.2f}" y="{_ARCH_TOP + _ARCH_RADIUS - 6:.2f}"'
            f' text-anchor="middle" font-size="{_TOTAL_SIZE}" font-weight="bold"'
            f' fill="{_TEXT_COLOUR}">{len(seats)}</text>',
            '<g class="kkrvalg-legend">',
            *(
                _legend_entry(
                    _MARGIN + (index // rows) * _column_width(columns),
                    legend_top + (index % rows) * _LEGEND_ROW,
                    _column_width(columns),
                    name,
                    str(counts[party]),
                    fills[party],
                    False,
                    f'data-legend-party="{_text(party)}"',
                )
                for index, (name, party) in enumerate(zip(names, parties))
            ),
            *(_key(key, key_top) if show_key else []),
            "</g></svg>",
        ]
    )


def _seats_group(ordered: Sequence[SeatMark], fills: Mapping[str, str]) -> str:
    """One ``<g data-party>`` per member, placed left to right in the given order."""
    centres, radius = _seat_centres(len(ordered))
    return (
        '<g class="kkrvalg-seats">'
        + "".join(
            f'<g class="kkrvalg-seat" data-party="{_text(seat.party)}" data-kind="{_text(seat.kind)}">'
            f"<title>{_text(seat.tooltip)}</title>{_mark(x, y, radius, fills[seat.party], seat.kind in HOLLOW_KINDS)}"
            "</g>"
            for seat, (x, y) in zip(ordered, centres)
        )
        + "</g>"
    )


def _key(key: Sequence[tuple[str, str, int]], top: float) -> list[str]:
    """The line explaining the marks (disc, ring) with their totals, set off from the parties by a rule."""
    rule_y = top - _KEY_GAP / 2
    width = (WIDTH - 2 * _MARGIN) / len(key)
    return [
        f'<line x1="{_MARGIN}" y1="{rule_y:.2f}" x2="{WIDTH - _MARGIN}" y2="{rule_y:.2f}" stroke="#cccccc"/>',
        *(
            _legend_entry(
                _MARGIN + index * width,
                top,
                width,
                label,
                str(count),
                _KEY_COLOUR,
                kind in HOLLOW_KINDS,
                f'data-legend-kind="{_text(kind)}"',
            )
            for index, (kind, label, count) in enumerate(key)
        ),
    ]


def _party_fills(seats: Sequence[SeatMark]) -> dict[str, str]:
    """One colour per party, so the legend's swatch stands for every seat of it."""
    fills: dict[str, str] = {}
    for seat in seats:
        fill = normalised_hex(seat.fill, what=f"colour of {seat.party}")
        if fills.setdefault(seat.party, fill) != fill:
            raise ValueError(f"the seats of {seat.party} have different colours ({fills[seat.party]}, {fill})")
    return fills


def _left_to_right(seats: Sequence[SeatMark], order: Sequence[str]) -> list[str]:
    """The parties named in ``order`` first, then the rest by size (largest first, ties as first seen)."""
    counts = Counter(s.party for s in seats)
    first_seen = list(dict.fromkeys(s.party for s in seats))
    listed = [p for p in dict.fromkeys(order) if p in counts]
    rest = sorted((p for p in first_seen if p not in listed), key=lambda p: (-counts[p], first_seen.index(p)))
    return listed + rest


def _seat_centres(count: int) -> tuple[list[tuple[float, float]], float]:
    """Seat centres in SVG coordinates, left to right, and the seat radius.

    parliamentarch places seats on a 2×1 canvas with y up, filling the outer rows first. At least two rows keep a
    few seats from filling the whole arch, and fewer seats than the outer row holds get a narrower arch, so that
    two members sit side by side at the top instead of at the two far ends. Imported here so that loading the
    report package does not load parliamentarch.
    """
    from parliamentarch.geometry import (
        FillingStrategy,
        get_nrows_from_nseats,
        get_row_thickness,
        get_rows_from_nrows,
        get_seats_centers,
    )

    span = 180 * min(1.0, count / get_rows_from_nrows(_MIN_ROWS)[-1])
    rows = max(_MIN_ROWS, get_nrows_from_nseats(count, span))
    angles = get_seats_centers(count, min_nrows=rows, filling_strategy=FillingStrategy.EMPTY_INNER, span_angle=span)
    by_angle = sorted(angles, key=lambda c: (-angles[c], (c[0] - 1) ** 2 + c[1] ** 2))
    centres = [(_MARGIN + _ARCH_RADIUS * x, _ARCH_TOP + _ARCH_RADIUS * (1 - y)) for x, y in by_angle]
    return centres, _SEAT_RADIUS_FACTOR * get_row_thickness(rows) * _ARCH_RADIUS


def _mark(x: float, y: float, radius: float, fill: str, hollow: bool) -> str:
    """A disc, or a ring with a white centre; a darker outline keeps light colours visible on white paper."""
    outline = darker_shade(fill)
    stroke = max(0.75, radius * 0.1)
    disc = (
        f'<circle cx="{x:.2f}" cy="{y:.2f}" r="{radius - stroke / 2:.2f}" fill="{fill}"'
        f' stroke="{outline}" stroke-width="{stroke:.2f}"/>'
    )
    if not hollow:
        return disc
    return disc + (
        f'<circle cx="{x:.2f}" cy="{y:.2f}" r="{radius * _RING_HOLE:.2f}" fill="#ffffff"'
        f' stroke="{outline}" stroke-width="{stroke:.2f}"/>'
    )


def _column_width(columns: int) -> float:
    return (WIDTH - 2 * _MARGIN) / columns


def _legend_columns(names: Sequence[str], counts: Sequence[str]) -> int:
    """Two columns when every name fits in one, else one (where over-long names are squeezed)."""
    fits = all(_text_width(n, _LEGEND_SIZE) <= _label_room(_column_width(2), c) for n, c in zip(names, counts))
    return 2 if fits and len(names) > 1 else 1


def _label_room(column_width: float, count: str) -> float:
    """Width left for a name between the swatch and its count."""
    return column_width - 2 * _SWATCH_RADIUS - 26 - _text_width(count, _LEGEND_SIZE)


def _legend_entry(
    left: float, top: float, width: float, label: str, count: str, fill: str, hollow: bool, marker: str
) -> str:
    """One legend line: the mark as a swatch, the full name, and the count at the column's right edge."""
    baseline = top + _LEGEND_SIZE
    swatch = _mark(left + _SWATCH_RADIUS + 2, baseline - _LEGEND_SIZE * 0.35, _SWATCH_RADIUS, fill, hollow)
    return (
        f"<g {marker}>{swatch}"
        f"{_fitted_text(label, left + 2 * _SWATCH_RADIUS + 8, baseline, _LEGEND_SIZE, _label_room(width, count))}"
        f'<text x="{left + width - 8:.2f}" y="{baseline:.2f}" font-size="{_LEGEND_SIZE}" text-anchor="end"'
        f' font-weight="bold" fill="{_TEXT_COLOUR}">{_text(count)}</text></g>'
    )


def _fitted_text(
    text: str, x: float, y: float, size: float, room: float, *, middle: bool = False, bold: bool = False
) -> str:
    """A ``<text>``, squeezed with ``textLength`` only when its estimated width exceeds ``room``."""
    squeeze = (
        f' textLength="{room:.2f}" lengthAdjust="spacingAndGlyphs"' if _text_width(text, size, bold=bold) > room else ""
    )
    anchor = ' text-anchor="middle"' if middle else ""
    weight = ' font-weight="bold"' if bold else ""
    return (
        f'<text x="{x:.2f}" y="{y:.2f}" font-size="{size}"{anchor}{weight}{squeeze}'
        f' fill="{_TEXT_COLOUR}">{_text(text)}</text>'
    )


_NARROW = frozenset("iljI.,:;|!'")
_SEMI_NARROW = frozenset("frt()-[]/ ")
_WIDE = frozenset("mwMWæÆ")


def _text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width estimate from Arial's advance widths, good enough to choose the legend's columns."""

    def advance(char: str) -> float:
        if char in _NARROW:
            return 0.25
        if char in _SEMI_NARROW:
            return 0.31
        if char in _WIDE:
            return 0.86
        if char.isupper():
            return 0.68
        if char.isdigit():
            return 0.56
        return 0.54

    return sum(advance(c) for c in text) * size * (1.06 if bold else 1.0)


def _text(value: str) -> str:
    """``value`` escaped for SVG text and attributes, with characters XML cannot hold replaced."""
    return html.escape(_NOT_XML.sub("\ufffd", value), quote=True)
