"""Numbers written the way the reader's language writes them (12.345 and 12,3 % in Danish)."""

from __future__ import annotations

from fractions import Fraction

from ..engine.quotient import Quotient
from ..i18n import Lang, number

integer = number
"""A whole number with the reader's thousands separator (one definition, in the catalogue's module)."""


def percent(share: Fraction, lang: Lang, decimals: int = 2) -> str:
    scaled = round(share * 100 * 10**decimals)
    whole, rest = divmod(scaled, 10**decimals)
    sep = "," if lang == "da" else "."
    return f"{integer(whole, lang)}{sep}{rest:0{decimals}d} %"


def exact(q: Quotient, lang: Lang) -> str:
    """The exact value of a quotient as a mixed number with thousands separators, e.g. ``33.890 2/3``."""
    whole, rest = divmod(q.votes, q.divisor)
    if not rest:
        return integer(whole, lang)
    frac = Fraction(rest, q.divisor)
    return f"{integer(whole, lang)} {frac.numerator}/{frac.denominator}"


def quotient(q: Quotient, lang: Lang) -> str:
    """E.g. ``123.456 ÷ 3 = 41.152``: the votes, the divisor and the exact quotient."""
    return f"{integer(q.votes, lang)} ÷ {q.divisor} = {exact(q, lang)}"
