"""Party colours for the seat diagram and the Excel chart: known colours, user overrides, greys for the rest."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

_HEX = re.compile(r"#?([0-9a-fA-F]{6})")
_NO_OVERRIDES: Mapping[str, str] = MappingProxyType({})

# Lists without a colour of their own (local lists, listesamarbejder) get greys from this range: dark enough to
# show on white, light enough that black text and the white centre of a ring still read.
_DARKEST_GREY = 0x5A
_LIGHTEST_GREY = 0xC4


def normalised_hex(colour: str, *, what: str = "colour") -> str:
    """``colour`` as ``#rrggbb``; the ``#`` may be left out (spreadsheet users often do). Anything else is refused."""
    match = _HEX.fullmatch(colour.strip()) if isinstance(colour, str) else None
    if match is None:
        raise ValueError(f"{what}: {colour!r} is not a colour of the form #RRGGBB")
    return "#" + match.group(1).lower()


def party_colours(
    parties: Sequence[str], known: Mapping[str, str], overrides: Mapping[str, str] = _NO_OVERRIDES
) -> dict[str, str]:
    """A colour for every list in ``parties``: the override, else the known colour, else a grey.

    Greys go to the remaining lists in the order given, alternating dark and light, so lists shown side by side
    (the caller passes them in display order) differ as much as the number of greys allows.
    """
    checked_overrides = {p: normalised_hex(c, what=f"colour of {p}") for p, c in overrides.items()}
    checked_known = {p: normalised_hex(c, what=f"colour of {p}") for p, c in known.items()}
    unique = list(dict.fromkeys(parties))
    found = {p: checked_overrides.get(p) or checked_known.get(p) for p in unique}
    uncoloured = [p for p in unique if found[p] is None]
    greys = dict(zip(uncoloured, _alternating_greys(len(uncoloured))))
    return {p: found[p] or greys[p] for p in unique}


def _alternating_greys(count: int) -> list[str]:
    """``count`` evenly spaced greys, reordered dark, light, dark, light… so neighbours are far apart."""
    if count == 0:
        return []
    if count == 1:
        levels = [(_DARKEST_GREY + _LIGHTEST_GREY) // 2]
    else:
        step = (_LIGHTEST_GREY - _DARKEST_GREY) / (count - 1)
        levels = [round(_DARKEST_GREY + i * step) for i in range(count)]
    half = (count + 1) // 2
    interleaved = [level for pair in zip(levels[:half], levels[half:] + [None]) for level in pair if level is not None]
    return [f"#{level:02x}{level:02x}{level:02x}" for level in interleaved]


def _channels(colour: str) -> tuple[int, int, int]:
    value = normalised_hex(colour)
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def _from_channels(channels: Sequence[float]) -> str:
    return "#" + "".join(f"{min(255, max(0, round(c))):02x}" for c in channels)


def lighter_shade(colour: str, amount: float = 0.55) -> str:
    """``colour`` mixed with white (``amount`` 0 = unchanged, 1 = white), e.g. supplementary members in a chart."""
    return _from_channels([c + (255 - c) * amount for c in _channels(colour)])


def darker_shade(colour: str, amount: float = 0.35) -> str:
    """``colour`` mixed with black: an outline that keeps light fills (yellow, light grey) visible on white."""
    return _from_channels([c * (1 - amount) for c in _channels(colour)])


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance, the basis of the contrast ratio."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour_on(fill: str) -> str:
    """Black or white, whichever contrasts more with ``fill``, for labels drawn on a party colour."""
    return "#000000" if contrast_ratio(fill, "#000000") >= contrast_ratio(fill, "#ffffff") else "#ffffff"
