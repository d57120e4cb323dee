"""What a signed report says about its case: the case number on every page and the names in its sign-off block.

Presentation only — it changes no number — so it is not part of the calculation's request. Kept free of any
import, so the command line can hold it without loading the report layer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SignOff:
    case: str | None = None
    """``--sag``: in the header of every page and in the sign-off block."""
    prepared_by: str | None = None
    """``--beregnet-af``; a blank line to write on when not given."""
    checked_by: str | None = None
    """``--kontrolleret-af``; a blank line to write on when not given."""


NO_SIGNOFF = SignOff()
