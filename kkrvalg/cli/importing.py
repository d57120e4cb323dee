"""``kkrvalg import`` and ``kkrvalg check``: official results into the input workbook, and cross-checks."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .app import app
from .group import EXIT_DIFFERENCES, KkrvalgCommand, KkrvalgGroup, current_lang, make_console, progress_bar
from .options import INPUT, OUTPUT, ForceOption, LangOption, Language

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..errors import Problem
    from ..i18n import Lang
    from ..io.official import ElectionImport

import_app = typer.Typer(cls=KkrvalgGroup, help="§import", no_args_is_help=True)
check_app = typer.Typer(cls=KkrvalgGroup, help="§check", no_args_is_help=True)
app.add_typer(import_app, name="import")
app.add_typer(check_app, name="check")

OutputOption = Annotated[
    Path | None, typer.Option("-o", "--output", help="§output", metavar="§meta_file", rich_help_panel=OUTPUT)
]
UpdateOption = Annotated[
    Path | None, typer.Option("--update", help="§update", metavar="§meta_file", rich_help_panel=OUTPUT)
]


def write_import(
    imported: ElectionImport, output: Path | None, update: Path | None, force: bool, inputs: list[Path], lang: Lang
) -> None:
    """Write (or refresh) the workbook atomically and say what was imported."""

    from ..errors import OutputError, Problem, describe
    from ..i18n import counted, label
    from ..io.cells import MunicipalityIndex
    from ..io.import_workbook import backup, build_import_workbook
    from ..io.reference import bundled_municipalities
    from ..io.write import check_suffix, check_target, write_atomically

    target = output or update
    if target is None or (output is not None and update is not None):
        raise OutputError([Problem("import_output")])
    check_suffix(target, (".xlsx",), "-o" if output is not None else "--update")
    check_target(target, inputs)
    if update is not None and not update.is_file():
        raise OutputError([Problem("update_missing", {"path": str(update)})])
    if output is not None and output.exists() and not force:
        raise OutputError([Problem("output_exists", {"path": str(output)})])
    workbook, rows = build_import_workbook(imported, MunicipalityIndex(bundled_municipalities()), lang, update)
    saved = backup(update) if update is not None else None
    write_atomically(target, workbook.save, inputs=inputs, keep_mode=update is not None)
    err = make_console(stderr=True)
    for line in ignored_lines(imported.ignored, lang):
        err.print(line, soft_wrap=True)
    for warning in imported.warnings:
        err.print(f"{label('warning', lang)}: {describe(warning, lang)}", style="yellow", soft_wrap=True)
    municipalities = imported.municipalities.values()
    err.print(
        label(
            "import_done",
            lang,
            path=str(target),
            counted=sum(1 for m in municipalities if m.counted),
            municipalities=counted("n_municipalities", len(imported.municipalities), lang),
            rows=counted("n_rows", rows, lang),
            final=sum(1 for m in municipalities if m.counted and m.status == "endelig"),
        )
    )
    if saved is not None:
        err.print(label("import_backup", lang, path=str(saved)))


GROUPED = ("valgdk_ignored_hash", "valgdk_ignored_test_data", "valgdk_ignored_unused")
"""Kinds of left-out files that come by the hundred and are the same for every download: counted, not listed
(the workbook's Import sheet lists every one of them)."""


def ignored_lines(ignored: Sequence[Problem], lang: Lang) -> list[str]:
    """The files left out of an import: each stale test file or stray file by name, the rest counted by kind."""
    from collections import Counter

    from ..errors import describe, replace_file
    from ..i18n import counted, label

    groups = Counter(describe(replace_file(p), lang) for p in ignored if p.code in GROUPED)
    lines = [
        label("import_ignored_group", lang, files=counted("n_files", n, lang), reason=reason)
        for reason, n in groups.items()
    ]
    lines += [
        label("import_ignored_file", lang, file=p.file, reason=describe(replace_file(p), lang))
        for p in ignored
        if p.code not in GROUPED
    ]
    return lines


@import_app.command("valgdk", cls=KkrvalgCommand, help="§import_valgdk", epilog="§ex_import_valgdk")
def import_valgdk(
    directory: Annotated[Path, typer.Argument(help="§arg_valgdk_dir", metavar="§meta_folder", show_default=False)],
    election: Annotated[
        str | None, typer.Option("--valg", help="§valg", metavar="§meta_election", rich_help_panel=INPUT)
    ] = None,
    output: OutputOption = None,
    update: UpdateOption = None,
    force: ForceOption = False,
    _language: LangOption = Language.da,
) -> None:
    lang = current_lang()
    from ..i18n import label
    from ..io.reference import bundled_municipalities
    from ..io.valgdk import read_tree

    with progress_bar(lang) as bar:
        reading = label("progress_import", lang)
        imported = read_tree(directory, bundled_municipalities(), election, progress=partial(bar, reading))
    write_import(imported, output, update, force, [directory], lang)


@import_app.command("valgdk-csv", cls=KkrvalgCommand, help="§import_valgdk_csv", epilog="§ex_import_valgdk_csv")
def import_valgdk_csv(
    files: Annotated[list[Path], typer.Argument(help="§arg_csv_files", metavar="§meta_files", show_default=False)],
    output: OutputOption = None,
    update: UpdateOption = None,
    municipality: Annotated[
        str | None,
        typer.Option("--kommune", help="§kommune", metavar="§meta_municipality", rich_help_panel=INPUT),
    ] = None,
    force: ForceOption = False,
    _language: LangOption = Language.da,
) -> None:
    lang = current_lang()

    from ..i18n import label
    from ..io.reference import bundled_municipalities
    from ..io.valgdk_csv import read_csv_exports

    imported = read_csv_exports(files, bundled_municipalities(), municipality)
    write_import(imported, output, update, force, list(files), lang)
    make_console(stderr=True).print(label("import_csv_no_seats", lang), style="yellow")


@check_app.command("statbank", cls=KkrvalgCommand, help="§check_statbank", epilog="§ex_check_statbank")
def check_statbank(
    valgk3: Annotated[Path, typer.Argument(help="§arg_valgk3", metavar="§meta_file", show_default=False)],
    workbook: Annotated[Path, typer.Argument(help="§arg_checked_workbook", metavar="§meta_file", show_default=False)],
    period: Annotated[str | None, typer.Option("--tid", help="§tid", metavar="TID", rich_help_panel=INPUT)] = None,
    _language: LangOption = Language.da,
) -> None:
    lang = current_lang()

    from ..io.load import load
    from ..io.statbank import compare, read_valgk3
    from ..report.checks import statbank_view

    data = load(workbook)
    statbank = read_valgk3(valgk3, data.municipalities, period)
    result = compare(statbank, data)
    make_console().print(statbank_view(result, statbank, workbook.name, lang))
    if result.differences or not result.compared:  # nothing compared is no agreement
        raise typer.Exit(EXIT_DIFFERENCES)
