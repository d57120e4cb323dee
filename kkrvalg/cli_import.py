"""``kkrvalg import`` and ``kkrvalg check``: official results into the input workbook, and cross-checks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .cli_common import Lang, LangOption, fail

import_app = typer.Typer(help="Importér de officielle resultater (valg.dk) til en inputfil.", no_args_is_help=True)
check_app = typer.Typer(help="Sammenlign inputfilen med andre kilder.", no_args_is_help=True)

OutputOption = Annotated[Path | None, typer.Option("-o", "--output", help="Den nye projektmappe (.xlsx).")]
UpdateOption = Annotated[
    Path | None,
    typer.Option(
        "--update",
        help="Opdatér stemmer og mandater i denne projektmappe; alt andet bevares, og den "
        "forrige fil gemmes som sikkerhedskopi.",
    ),
]


def write_import(
    imported, output: Path | None, update: Path | None, force: bool, protect: list[Path], lang: str
) -> None:
    """Write (or refresh) the workbook atomically and say what was imported; user errors exit 2."""
    from rich.console import Console

    from .errors import KkrvalgError, OutputError, Problem, describe
    from .i18n import label
    from .io.cells import MunicipalityIndex
    from .io.import_workbook import backup, build_import_workbook
    from .io.reference import bundled_municipalities
    from .io.write import write_atomically

    err = Console(stderr=True, highlight=False)
    try:
        if (output is None) == (update is None):
            raise OutputError([Problem("import_output")])
        target = output or update
        if update is not None and not update.is_file():
            raise OutputError([Problem("file_missing", {"path": str(update)})])
        if output is not None and output.exists() and not force:
            raise OutputError([Problem("output_exists", {"path": str(output)})])
        workbook, rows = build_import_workbook(imported, MunicipalityIndex(bundled_municipalities()), lang, update)
        saved = backup(update) if update is not None else None
        write_atomically(target, workbook.save, protect=protect)
    except KkrvalgError as error:
        fail(error, lang)
    for warning in imported.warnings:
        err.print(f"[yellow]{label('warning', lang)}:[/] {describe(warning, lang)}", soft_wrap=True)
    municipalities = imported.municipalities.values()
    err.print(
        label(
            "import_done",
            lang,
            path=str(target),
            counted=sum(1 for m in municipalities if m.counted),
            municipalities=len(imported.municipalities),
            rows=rows,
            final=sum(1 for m in municipalities if m.counted and m.status == "endelig"),
        )
    )
    if saved is not None:
        err.print(label("import_backup", lang, path=str(saved)))


@import_app.command("valgdk")
def import_valgdk(
    directory: Annotated[Path, typer.Argument(help="Mappen med valg.dk-data (valgresultater/, mandatfordeling/).")],
    output: OutputOption = None,
    update: UpdateOption = None,
    valg: Annotated[
        str | None,
        typer.Option("--valg", help="Valget, når mappen rummer flere, fx kommunalvalg-134-18-11-2025."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overskriv en eksisterende -o fil.")] = False,
    lang: LangOption = Lang.da,
) -> None:
    """Læs et valg.dk-datatræ (JSON) og skriv stemmer og mandater pr. kommune og liste."""
    from .errors import KkrvalgError
    from .io.reference import bundled_municipalities
    from .io.valgdk import read_tree

    try:
        imported = read_tree(directory, bundled_municipalities(), valg)
    except KkrvalgError as error:
        fail(error, lang.value)
    write_import(imported, output, update, force, [], lang.value)


@import_app.command("valgdk-csv")
def import_valgdk_csv(
    files: Annotated[list[Path], typer.Argument(help="valg.dk's CSV-eksport, én fil pr. kommune.")],
    output: OutputOption = None,
    update: UpdateOption = None,
    kommune: Annotated[
        str | None, typer.Option("--kommune", help="Kommunen, når filnavnet ikke siger det (kun med én fil).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overskriv en eksisterende -o fil.")] = False,
    lang: LangOption = Lang.da,
) -> None:
    """Læs valg.dk's CSV-eksport (fem eller seks kolonner); mandater findes ikke i den."""
    from rich.console import Console

    from .errors import KkrvalgError
    from .i18n import label
    from .io.reference import bundled_municipalities
    from .io.valgdk import read_csv_exports

    try:
        imported = read_csv_exports(files, bundled_municipalities(), kommune)
    except KkrvalgError as error:
        fail(error, lang.value)
    write_import(imported, output, update, force, list(files), lang.value)
    Console(stderr=True, highlight=False).print(label("import_csv_no_seats", lang.value), style="yellow")


@check_app.command("statbank")
def check_statbank(
    valgk3: Annotated[Path, typer.Argument(help="Udtræk af Danmarks Statistiks tabel VALGK3 (CSV).")],
    workbook: Annotated[Path, typer.Argument(help="Projektmappen, der skal kontrolleres.")],
    tid: Annotated[str | None, typer.Option("--tid", help="Valget (TID) i udtrækket; standard: det seneste.")] = None,
    lang: LangOption = Lang.da,
) -> None:
    """Sammenlign de landsdækkende partiers stemmer pr. kommune med VALGK3 (STEMMER = 1); exit 1 ved forskelle."""
    from rich.console import Console

    from .errors import KkrvalgError
    from .io.load import load
    from .io.statbank import compare, read_valgk3
    from .report.checks import statbank_view

    try:
        data = load(workbook)
        statbank = read_valgk3(valgk3, data.municipalities, tid)
    except KkrvalgError as error:
        fail(error, lang.value)
    result = compare(statbank.votes, data)
    Console(highlight=False).print(statbank_view(result, statbank, workbook.name, lang.value))
    if result.differences:
        raise typer.Exit(1)
