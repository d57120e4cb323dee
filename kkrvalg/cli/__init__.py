"""The ``kkrvalg`` command. Thin: parse options, call the pipeline, pick a report.

Heavy modules (pandas, openpyxl, numpy, the pydantic models) are imported inside the commands, so that
``kkrvalg --help`` starts fast.
"""

from __future__ import annotations

from . import commands, importing, night  # noqa: F401  (each module registers its commands on ``app``)
from .app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
