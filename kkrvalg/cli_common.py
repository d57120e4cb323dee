"""What every ``kkrvalg`` command shares: exit codes, option declarations and the way errors end a run."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

EXIT_INPUT = 2
EXIT_TIE = 3


class Lang(StrEnum):
    da = "da"
    en = "en"


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


LangOption = Annotated[Lang, typer.Option("--lang", help="Sprog for output: da (dansk) eller en (engelsk).")]
KkrOption = Annotated[str | None, typer.Option("--kkr", help="Kun dette KKR, fx Hovedstaden.")]
SeedOption = Annotated[
    int | None, typer.Option("--seed", help="Afgør stemmelighed ved en registreret lodtrækning med dette seed (R8).")
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="table (Rich-tabeller) eller json.")]
StrictOption = Annotated[bool, typer.Option("--strict", help="Afvis ufuldstændige data (den officielle beregning).")]
InputArgument = Annotated[Path, typer.Argument(help="Projektmappe (.xlsx) eller mappe med CSV-filer.")]
RulesOption = Annotated[
    Path | None, typer.Option("--rules", help="Regelprofil (TOML); se 'kkrvalg rules' for standardprofilen.")
]
XlsxOption = Annotated[Path | None, typer.Option("--xlsx", help="Skriv også en Excel-rapport (bilag) til denne fil.")]


def fail(error: Exception, lang: str) -> NoReturn:
    """Print every problem of a user error on stderr, then exit 2 (no traceback)."""
    from rich.console import Console

    from .errors import describe
    from .i18n import label

    console = Console(stderr=True, highlight=False)
    for problem in getattr(error, "problems", []):
        console.print(f"[bold red]{label('error', lang)}:[/] {describe(problem, lang)}", soft_wrap=True)
    raise typer.Exit(EXIT_INPUT)


LotOption = Annotated[
    list[str] | None,
    typer.Option("--lot", help="Partiet, der vandt den virkelige lodtrækning (R8); gentag for flere, i rækkefølge."),
]
MeetingOption = Annotated[
    str | None,
    typer.Option("--moede", help="Dato for det konstituerende møde (ÅÅÅÅ-MM-DD): vis fristen for valgforbund."),
]
