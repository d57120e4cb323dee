"""The ``kkrvalg`` command. Thin: parse options, call the pipeline, pick a report.

Heavy modules (pandas, openpyxl, pydantic models) are imported inside the commands so that
``kkrvalg --help`` starts instantly.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

app = typer.Typer(
    name="kkrvalg",
    help="Sammensætning af de fem KKR og valg af formand og næstformand efter kommunalvalg.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """Sammensætning af de fem KKR og valg af formand og næstformand efter kommunalvalg."""


EXIT_INPUT = 2
EXIT_TIE = 3


class Lang(str, Enum):
    da = "da"
    en = "en"


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


LangOption = Annotated[Lang, typer.Option("--lang", help="Sprog for output: da (dansk) eller en (engelsk).")]
KkrOption = Annotated[str | None, typer.Option("--kkr", help="Kun dette KKR, fx Hovedstaden.")]
SeedOption = Annotated[
    int | None, typer.Option("--seed", help="Afgør stemmelighed ved en registreret lodtrækning med dette seed (R8).")
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="table (Rich-tabeller) eller json.")]
StrictOption = Annotated[
    bool, typer.Option("--strict", help="Afvis ufuldstændige data (den officielle beregning).")
]
InputArgument = Annotated[Path, typer.Argument(help="Projektmappe (.xlsx) eller mappe med CSV-filer.")]


def fail(error: Exception, lang: str) -> NoReturn:
    """Print every problem of a user error on stderr, then exit 2 (no traceback)."""
    from rich.console import Console

    from .i18n import describe, text

    console = Console(stderr=True, highlight=False)
    for problem in getattr(error, "problems", []):
        console.print(f"[bold red]{text('error', lang)}:[/] {describe(problem, lang)}", soft_wrap=True)
    raise typer.Exit(EXIT_INPUT)


@app.command()
def allocate(
    path: InputArgument,
    kkr: KkrOption = None,
    output: FormatOption = OutputFormat.table,
    strict: StrictOption = False,
    seed: SeedOption = None,
    lang: LangOption = Lang.da,
    quotients: Annotated[
        bool, typer.Option("--quotients", help="Vis hver supplerende plads med den kvotient, der vandt den.")
    ] = False,
) -> None:
    """Beregn KKR's sammensætning: borgmestre og supplerende medlemmer (R1–R8)."""
    from .engine.lots import Lots
    from .errors import KkrvalgError
    from .io.load import load
    from .pipeline import allocate as run

    try:
        result = run(load(path), lots=Lots(seed=seed), kkr=kkr, strict=strict)
    except KkrvalgError as error:
        fail(error, lang.value)
    if output is OutputFormat.json:
        from .report.json_report import allocation_json, dumps, with_alternatives

        typer.echo(dumps(with_alternatives(allocation_json(result), result)))
    else:
        from rich.console import Console

        from .report.terminal import print_allocation, print_tie_alternatives

        console = Console()
        print_allocation(console, result, lang.value, show_quotients=quotients)
        if result.unresolved_ties:
            print_tie_alternatives(console, result, lang.value)
    if result.unresolved_ties:
        raise typer.Exit(EXIT_TIE)


def main() -> None:
    app()
