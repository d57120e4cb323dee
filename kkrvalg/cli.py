"""The ``kkrvalg`` command. Thin: parse options, call the pipeline, pick a report.

Heavy modules (pandas, openpyxl, pydantic models) are imported inside the commands so that
``kkrvalg --help`` starts instantly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .cli_common import (
    EXIT_INPUT,
    EXIT_TIE,
    FormatOption,
    InputArgument,
    KkrOption,
    Lang,
    LangOption,
    LotOption,
    MeetingOption,
    OutputFormat,
    RulesOption,
    SeedOption,
    StrictOption,
    XlsxOption,
    fail,
)
from .cli_import import check_app, import_app

app = typer.Typer(
    name="kkrvalg",
    help="Sammensætning af de fem KKR og valg af formand og næstformand efter kommunalvalg.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


app.add_typer(import_app, name="import")
app.add_typer(check_app, name="check")


@app.callback()
def _root() -> None:
    """Sammensætning af de fem KKR og valg af formand og næstformand efter kommunalvalg."""


def parse_meeting(value: str | None, lang: str):
    """The meeting date of ``--moede``, or exit 2 with a message."""
    from datetime import date

    from .errors import Problem, RulesError

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(RulesError([Problem("bad_date", {"value": value})]), lang)


def print_deadline(meeting, lang: str) -> None:
    from .engine.deadline import valgforbund_deadline
    from .i18n import label

    typer.echo(
        label("deadline_line", lang, meeting=meeting.isoformat(), deadline=valgforbund_deadline(meeting).isoformat())
    )


def write_report(target: Path | None, source: Path, result, outcomes, lang: str, scenarios=()) -> None:
    """The Excel report, written atomically; never over the input file."""
    if target is None:
        return
    from rich.console import Console

    from .errors import KkrvalgError
    from .i18n import label
    from .io.write import write_atomically
    from .report.excel import build_report

    try:
        write_atomically(target, build_report(result, outcomes, lang, scenarios).save, protect=[source])
    except KkrvalgError as error:
        fail(error, lang)
    Console(stderr=True, highlight=False).print(label("report_written", lang, path=str(target)))


def read_rules(path: Path | None):
    """The rules profile of ``--rules``, or the defaults (a RulesError for a bad file)."""
    from .io.rules_file import load_rules
    from .model import RulesProfile

    return load_rules(path) if path else RulesProfile()


def calculate(path: Path, kkr, strict: bool, seed, lot, valgforbund, lang: str, rules_path: Path | None = None):
    """Load, compose and elect the chairs; user errors end here with exit 2."""
    from .errors import KkrvalgError
    from .io.load import load
    from .pipeline import calculate as compute

    try:
        override = [tuple(p.strip() for p in group.split(",") if p.strip()) for group in valgforbund] or None
        rules = read_rules(rules_path)
        data = load(path)
        return compute(data, rules, kkr, seed, lot or (), override, strict)
    except KkrvalgError as error:
        fail(error, lang)


@app.command()
def allocate(
    path: InputArgument,
    kkr: KkrOption = None,
    output: FormatOption = OutputFormat.table,
    strict: StrictOption = False,
    seed: SeedOption = None,
    lot: LotOption = None,
    meeting: MeetingOption = None,
    lang: LangOption = Lang.da,
    quotients: Annotated[
        bool, typer.Option("--quotients", help="Vis hver supplerende plads med den kvotient, der vandt den.")
    ] = False,
    xlsx: XlsxOption = None,
    rules: RulesOption = None,
) -> None:
    """Beregn KKR's sammensætning (R1–R8) og valget af formand og næstformand (R9–R11)."""
    meeting_date = parse_meeting(meeting, lang.value)
    result, outcomes = calculate(path, kkr, strict, seed, lot, [], lang.value, rules)
    write_report(xlsx, path, result, outcomes, lang.value)
    if output is OutputFormat.json:
        from .report.json_report import allocation_with_chair, dumps

        typer.echo(dumps(allocation_with_chair(result, outcomes)))
    else:
        from rich.console import Console

        from .report.terminal import chair_view, print_allocation, print_tie_alternatives

        console = Console()
        print_allocation(
            console,
            result,
            lang.value,
            show_quotients=quotients,
            chairs=[chair_view(o.chair, lang.value) for o in outcomes],
        )
        if result.unresolved_ties:
            print_tie_alternatives(console, result, lang.value)
        if meeting_date:
            print_deadline(meeting_date, lang.value)
    if result.unresolved_ties or not all(o.chair.complete for o in outcomes):
        raise typer.Exit(EXIT_TIE)


@app.command()
def chair(
    path: InputArgument,
    kkr: KkrOption = None,
    valgforbund: Annotated[
        list[str] | None,
        typer.Option("--valgforbund", help="Et valgforbund som A,F,Ø (gentag for flere); erstatter arket for --kkr."),
    ] = None,
    output: FormatOption = OutputFormat.table,
    strict: StrictOption = False,
    seed: SeedOption = None,
    lot: LotOption = None,
    meeting: MeetingOption = None,
    lang: LangOption = Lang.da,
    xlsx: XlsxOption = None,
    rules: RulesOption = None,
) -> None:
    """Valg af formand og næstformand ved forholdstalsvalg med valgforbund (R9–R11)."""
    meeting_date = parse_meeting(meeting, lang.value)
    result, outcomes = calculate(path, kkr, strict, seed, lot, list(valgforbund or []), lang.value, rules)
    write_report(xlsx, path, result, outcomes, lang.value)
    if output is OutputFormat.json:
        from .report.json_report import chair_document, dumps

        typer.echo(dumps(chair_document(outcomes)))
    else:
        from rich.console import Console

        from .report.terminal import chair_view, print_per_kkr

        console = Console()
        print_per_kkr(console, [(o.composition, chair_view(o.chair, lang.value)) for o in outcomes], lang.value)
        if meeting_date:
            print_deadline(meeting_date, lang.value)
    if not all(o.chair.complete for o in outcomes):
        raise typer.Exit(EXIT_TIE)


@app.command()
def scenarios(
    path: InputArgument,
    kkr: KkrOption = None,
    party: Annotated[
        str | None, typer.Option("--party", help="Vis dette partis muligheder med hvert mulige valgforbund.")
    ] = None,
    max_scenarios: Annotated[
        int | None,
        typer.Option(
            "--max-scenarios", min=1, help="Gennemregn højst så mange opdelinger pr. KKR [standard: 10.000.000]."
        ),
    ] = None,
    output: FormatOption = OutputFormat.table,
    strict: StrictOption = False,
    seed: SeedOption = None,
    lot: LotOption = None,
    lang: LangOption = Lang.da,
    xlsx: XlsxOption = None,
    rules: RulesOption = None,
) -> None:
    """Hvad kan valgforbund opnå? Sikre blokke og alle mulige opdelinger i valgforbund (R12)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .errors import KkrvalgError
    from .i18n import label
    from .pipeline import MAX_SCENARIOS, analyse_scenarios

    result, outcomes = calculate(path, kkr, strict, seed, lot, [], lang.value, rules)
    err = Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        tasks: dict[str, object] = {}

        def progress(name: str, done: int, total: int) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(label("progress", lang.value, kkr=name), total=total)
            bar.update(tasks[name], completed=done)

        try:
            analyses = analyse_scenarios(result, party, max_scenarios=max_scenarios or MAX_SCENARIOS, progress=progress)
        except KkrvalgError as error:
            fail(error, lang.value)
    write_report(xlsx, path, result, outcomes, lang.value, analyses)
    if output is OutputFormat.json:
        from .report.json_report import dumps, scenarios_document

        typer.echo(dumps(scenarios_document(analyses)))
    else:
        from .report.scenarios import scenario_view
        from .report.terminal import print_per_kkr, print_tie_alternatives

        console = Console()
        print_per_kkr(console, [(a.composition, scenario_view(a, lang.value)) for a in analyses], lang.value)
        if result.unresolved_ties:
            print_tie_alternatives(console, result, lang.value)
    if result.unresolved_ties:
        raise typer.Exit(EXIT_TIE)


@app.command()
def validate(
    path: InputArgument, strict: StrictOption = False, rules: RulesOption = None, lang: LangOption = Lang.da
) -> None:
    """Tjek inputfilen og vis alle problemer på én gang (ark, række, kolonne, værdi og hvad man gør)."""
    from rich.console import Console

    from .errors import KkrvalgError, describe
    from .i18n import label
    from .io.load import load
    from .pipeline import check

    try:
        profile = read_rules(rules)
        data = load(path)
        problems, warnings = check(data, profile, strict=strict)
    except KkrvalgError as error:
        data, problems, warnings = None, error.problems, []
    if problems:
        err = Console(stderr=True, highlight=False)
        err.print(label("validate_failed", lang.value, count=len(problems), path=path.name), style="bold red")
        for number, problem in enumerate(problems, start=1):
            err.print(f"{number}. {describe(problem, lang.value)}", soft_wrap=True)
        raise typer.Exit(EXIT_INPUT)
    console = Console(highlight=False)
    console.print(
        label(
            "validate_ok",
            lang.value,
            path=path.name,
            municipalities=len({r.municipality for r in data.results}),
            kkr=len({m.kkr for m in data.municipalities}),
            rows=len(data.results),
            mayors=len(data.mayors),
            pooled=len(data.pooled),
            valgforbund=len({(v.kkr, v.valgforbund) for v in data.valgforbund}),
        ),
        style="bold green",
    )
    for warning in warnings:
        line = f"{label('warning', lang.value)}: {describe(warning, lang.value)}"
        console.print(line, style="yellow", soft_wrap=True)


@app.command()
def template(
    target: Annotated[Path, typer.Argument(help="Den nye projektmappe (.xlsx).")],
    kkr: Annotated[str | None, typer.Option("--kkr", help="Udfyld kommunenavnene for dette KKR.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overskriv en eksisterende fil.")] = False,
    lang: LangOption = Lang.da,
) -> None:
    """Skriv en tom inputfil med alle ark, en vejledning og validering af cellerne."""
    from rich.console import Console

    from .errors import KkrvalgError, OutputError, Problem, RulesError
    from .i18n import guide
    from .io.reference import bundled_municipalities, bundled_parties
    from .io.template import build_template
    from .io.write import write_atomically

    municipalities = bundled_municipalities()
    try:
        known = sorted({m.kkr for m in municipalities})
        if kkr is not None and kkr.casefold() not in {k.casefold() for k in known}:
            raise RulesError([Problem("unknown_kkr", {"value": kkr, "known": ", ".join(known)})])
        if target.exists() and not force:
            raise OutputError([Problem("output_exists", {"path": str(target)})])
        write_atomically(target, build_template(municipalities, bundled_parties(), lang.value, kkr).save)
    except KkrvalgError as error:
        fail(error, lang.value)
    Console(stderr=True, highlight=False).print(guide("template_written", lang.value, path=str(target)))


@app.command("rules")
def rules_command(lang: LangOption = Lang.da) -> None:
    """Vis standardregelprofilen som TOML med reglerne R1–R12, klar til at rette og bruge med --rules."""
    from .io.rules_file import rules_toml
    from .model import RulesProfile

    typer.echo(rules_toml(RulesProfile(), lang.value), nl=False)


@app.command()
def frist(
    meeting: Annotated[str, typer.Argument(help="Dato for det konstituerende møde, ÅÅÅÅ-MM-DD.")],
    lang: LangOption = Lang.da,
) -> None:
    """Sidste frist for at anmelde valgforbund: tre hverdage før mødet (R10)."""
    print_deadline(parse_meeting(meeting, lang.value), lang.value)


def main() -> None:
    app()
