"""The calculation commands: allocate, chair, scenarios, validate, template, rules and frist."""

from __future__ import annotations

from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .app import app
from .group import EXIT_INPUT, EXIT_TIE, KkrvalgCommand, current_lang, make_console
from .options import (
    INPUT,
    SCENARIOS,
    AssumeMayorsOption,
    ForceOption,
    FormatOption,
    HtmlOption,
    InputArgument,
    KkrOption,
    LangOption,
    Language,
    LotOption,
    MeetingOption,
    OrganChoice,
    OrganOption,
    OutlookOrder,
    OutputFormat,
    QuotientsOption,
    RulesOption,
    ScenarioMethod,
    SeedOption,
    StrictOption,
    VerboseOption,
    XlsxOption,
    flag,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from rich.console import Console

    from ..results import Calculation

command = partial(app.command, cls=KkrvalgCommand)


def read_rules(path: Path | None):
    """The rules profile of ``--rules``, or the defaults (a RulesError for a bad file)."""
    from ..io.rules_file import load_rules
    from ..model import RulesProfile

    return load_rules(path) if path else RulesProfile()


def parse_meeting(value: str | None) -> date | None:
    """The meeting date of ``--moede`` as Danish users write it, or a RulesError."""
    from ..dates import YEARS, in_range, parse_date
    from ..errors import Problem, RulesError

    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise RulesError([Problem("bad_date", {"value": value})])
    if not in_range(day):
        raise RulesError([Problem("date_out_of_range", {"value": value, "first": YEARS[0], "last": YEARS[1]})])
    return day


def print_deadline(meeting: date, lang: str) -> None:
    """R10: the valgforbund deadline, with a warning when the meeting date itself looks wrong."""
    from datetime import date as today_date

    from ..dates import long_date
    from ..engine.deadline import is_hverdag, valgforbund_deadline
    from ..i18n import label

    console = make_console()
    deadline = valgforbund_deadline(meeting)
    console.print(label("deadline_line", lang, meeting=long_date(meeting, lang), deadline=long_date(deadline, lang)))
    warnings = []
    if not is_hverdag(meeting):
        warnings.append(label("meeting_not_hverdag", lang, meeting=long_date(meeting, lang)))
    if meeting < today_date.today():
        warnings.append(label("meeting_past", lang, meeting=long_date(meeting, lang)))
    for warning in warnings:
        console.print(f"{label('warning', lang)}: {warning}", style="yellow")


def load_and_calculate(path: Path, rules: Path | None, lot: list[str] | None, **options):
    """Load the input and run the pipeline; every user error becomes a KkrvalgError (exit 2)."""
    from ..io.load import load
    from ..pipeline import calculate as run

    profile = read_rules(rules)
    data = load(path)
    print_warnings(hidden_sheet_notes(data), current_lang())
    return run(data, profile, lot=party_lists(lot, "--lot"), **options)


def hidden_sheet_notes(data) -> list:
    """A note for each sheet that was read although it is hidden in the workbook."""
    from ..errors import Problem

    return [Problem("hidden_sheet_read", {}, file=data.source.name, sheet=sheet) for sheet in data.hidden_sheets]


def print_warnings(problems: list, lang: str, suffix: str | None = None) -> None:
    """Warnings on stderr, one line each (``suffix``: a label said after each)."""
    from ..errors import describe
    from ..i18n import label

    err = make_console(stderr=True)
    for problem in problems:
        after = f" {label(suffix, lang)}" if suffix else ""
        err.print(f"{label('warning', lang)}: {describe(problem, lang)}{after}", style="yellow", soft_wrap=True)


def party_lists(values: list[str] | None, option: str) -> list[tuple[str, ...]]:
    """Each value of a repeatable party option (``V+C``, ``v,c``) as its parties; a value naming none is
    refused here, before it can become a nameless valgforbund or a lot for nobody."""
    from ..errors import Problem, RulesError
    from ..names import split_parties

    lists = [split_parties(value) for value in values or ()]
    empty = [value for value, parties in zip(values or (), lists, strict=True) if not parties]
    if empty:
        raise RulesError([Problem("option_no_parties", {"option": option, "value": value}) for value in empty])
    return lists


def refuse_organ_without_chair(organ: OrganChoice) -> None:
    """Only the KKR and KL's bestyrelse elect a formand and a næstformand (R9, R15)."""
    from ..errors import Label, Problem, RulesError

    if organ is OrganChoice.repraesentantskab:
        raise RulesError([Problem("organ_no_chair", {"organ": Label("organ_" + organ.value)})])


def write_reports(calculation: Calculation, lang: str, source: Path, xlsx: Path | None, html: Path | None) -> None:
    """The Excel and HTML reports, written atomically and never over an input — and never while a tie
    waits for a lot (a report is a record to sign; it must not show an undecided result)."""

    from ..i18n import label
    from ..io.write import check_suffix, check_target, write_all

    targets = [t for t in (xlsx, html) if t is not None]
    if not targets:
        return
    inputs = [source.parent if source.suffix.lower() == ".csv" else source]
    for target in targets:
        check_target(target, inputs)  # an input or a device is the thing to say first, not its name
    if xlsx is not None:
        check_suffix(xlsx, (".xlsx",), "--xlsx")
    if html is not None:
        check_suffix(html, (".html", ".htm"), "--html")
    err = make_console(stderr=True)
    if not calculation.ties_resolved:
        err.print(label("report_not_written", lang, paths=", ".join(map(str, targets))), style="bold red")
        return
    jobs = []
    if xlsx is not None:
        from ..report.excel import build_report

        jobs.append((xlsx, build_report(calculation, lang).save))
    if html is not None:
        from ..report.html import write_html

        jobs.append((html, partial(write_html, calculation, lang)))
    write_all(jobs, inputs)
    for target in targets:
        err.print(label("report_written", lang, path=str(target)))


def present(
    calculation: Calculation,
    output: OutputFormat,
    document: Callable[[Calculation], dict],
    view: Callable[[Console], Callable],
    reports: tuple[Path, Path | None, Path | None],
    meeting: date | None = None,
) -> None:
    """Write the reports, show the result (JSON, or the terminal ``view``), and exit 3 while any tie waits
    for a lot: the result is not yet a result."""
    from ..report.json_report import dumps
    from ..report.terminal import print_records

    lang = current_lang()
    write_reports(calculation, lang, *reports)
    if output is OutputFormat.json:
        typer.echo(dumps(document(calculation)))
    else:
        console = make_console()
        print_records(console, calculation, lang, view(console))
        if meeting:
            print_deadline(meeting, lang)
    if not calculation.ties_resolved:
        raise typer.Exit(EXIT_TIE)


@command(help="§allocate", epilog="§ex_allocate")
def allocate(
    path: InputArgument,
    kkr: KkrOption = None,
    organ: OrganOption = OrganChoice.kkr,
    meeting: MeetingOption = None,
    strict: StrictOption = False,
    rules: RulesOption = None,
    assume_mayors: AssumeMayorsOption = None,
    seed: SeedOption = None,
    lot: LotOption = None,
    output: FormatOption = OutputFormat.table,
    quotients: QuotientsOption = False,
    verbose: VerboseOption = False,
    xlsx: XlsxOption = None,
    html: HtmlOption = None,
    _language: LangOption = Language.da,
) -> None:
    from ..errors import Label, Problem, RulesError

    lang = current_lang()
    if meeting is not None and organ is not OrganChoice.kkr:
        raise RulesError([Problem("organ_meeting", {"organ": Label("organ_" + organ.value)})])
    meeting_date = parse_meeting(meeting)
    calculation = load_and_calculate(
        path, rules, lot, kkr=kkr, organ=organ.value, seed=seed, strict=strict, assume_mayors=assume_mayors is not None
    )
    from ..report.json_report import allocation_document
    from ..report.terminal import allocation_view

    def view(console):
        return allocation_view(calculation, lang, console, quotients, verbose)

    present(calculation, output, allocation_document, view, (path, xlsx, html), meeting_date)


@command(help="§chair", epilog="§ex_chair")
def chair(
    path: InputArgument,
    kkr: KkrOption = None,
    organ: OrganOption = OrganChoice.kkr,
    valgforbund: Annotated[
        list[str] | None,
        typer.Option("--valgforbund", help="§valgforbund", metavar="§meta_parties", rich_help_panel=INPUT),
    ] = None,
    meeting: MeetingOption = None,
    strict: StrictOption = False,
    rules: RulesOption = None,
    assume_mayors: AssumeMayorsOption = None,
    seed: SeedOption = None,
    lot: LotOption = None,
    output: FormatOption = OutputFormat.table,
    verbose: VerboseOption = False,
    xlsx: XlsxOption = None,
    html: HtmlOption = None,
    _language: LangOption = Language.da,
) -> None:
    lang = current_lang()
    refuse_organ_without_chair(organ)
    meeting_date = parse_meeting(meeting)
    groups = party_lists(valgforbund, "--valgforbund") if valgforbund else None
    calculation = load_and_calculate(
        path,
        rules,
        lot,
        kkr=kkr,
        organ=organ.value,
        seed=seed,
        valgforbund=groups,
        strict=strict,
        assume_mayors=assume_mayors is not None,
    )
    from ..report.json_report import chair_document
    from ..report.terminal import chair_only_view

    present(
        calculation,
        output,
        chair_document,
        lambda _console: chair_only_view(calculation, lang, verbose),
        (path, xlsx, html),
        meeting_date,
    )


DEFAULT_TOP = 15
"""How many of a party's options ``scenarios --party`` shows without ``--top`` or ``--all``."""


@command(help="§scenarios", epilog="§ex_scenarios")
def scenarios(
    path: InputArgument,
    kkr: KkrOption = None,
    organ: OrganOption = OrganChoice.kkr,
    party: Annotated[
        str | None, typer.Option("--party", help="§party", metavar="§meta_party", rich_help_panel=SCENARIOS)
    ] = None,
    given: Annotated[
        list[str] | None,
        typer.Option("--given", help="§given", metavar="§meta_parties", rich_help_panel=SCENARIOS),
    ] = None,
    top: Annotated[
        int | None, typer.Option("--top", min=1, help="§top", metavar="§meta_number", rich_help_panel=SCENARIOS)
    ] = None,
    show_all: Annotated[bool, flag("--all", "all", SCENARIOS)] = False,
    sort: Annotated[
        OutlookOrder, typer.Option("--sort", help="§sort", rich_help_panel=SCENARIOS)
    ] = OutlookOrder.smallest,
    method: Annotated[ScenarioMethod, typer.Option("--method", help="§method", rich_help_panel=SCENARIOS)] = (
        ScenarioMethod.count
    ),
    max_scenarios: Annotated[
        int | None,
        typer.Option("--max-scenarios", min=1, help="§max_work", metavar="§meta_number", rich_help_panel=SCENARIOS),
    ] = None,
    strict: StrictOption = False,
    rules: RulesOption = None,
    assume_mayors: AssumeMayorsOption = None,
    seed: SeedOption = None,
    lot: LotOption = None,
    output: FormatOption = OutputFormat.table,
    verbose: VerboseOption = False,
    xlsx: XlsxOption = None,
    html: HtmlOption = None,
    _language: LangOption = Language.da,
) -> None:
    from ..errors import Problem, RulesError
    from ..pipeline import analyse_scenarios

    lang = current_lang()
    if show_all and top is not None:
        raise RulesError([Problem("options_exclusive", {"first": "--top", "second": "--all"})])
    refuse_organ_without_chair(organ)
    calculation = load_and_calculate(
        path, rules, lot, kkr=kkr, organ=organ.value, seed=seed, strict=strict, assume_mayors=assume_mayors is not None
    )
    with scenario_progress(lang) as progress:
        calculation = analyse_scenarios(
            calculation,
            party,
            method=method.value,
            max_scenarios=max_scenarios,
            given=party_lists(given, "--given"),
            sort=sort.value,
            top=None if show_all else top or DEFAULT_TOP,
            progress=progress,
            skip=partial(print_warnings, lang=lang, suffix="scenario_skipped"),
        )
    from ..report.json_report import scenarios_document
    from ..report.scenarios import scenario_view
    from ..report.terminal import provisional_banner

    def view(record):
        banner = provisional_banner(record, lang, verbose)
        return [*([banner] if banner else []), scenario_view(record, lang)]

    present(calculation, output, scenarios_document, lambda _console: view, (path, xlsx, html))


@contextmanager
def scenario_progress(lang: str):
    """A progress bar on a terminal (numbers with the reader's thousands separator), silent elsewhere."""
    from rich.progress import BarColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    from ..i18n import label, number

    class Done(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{number(int(task.completed), lang)}/{number(int(task.total or 0), lang)}")

    err = make_console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), Done(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        tasks: dict[str, object] = {}

        def progress(name: str, done: int, total: int) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(label("progress", lang, kkr=name), total=total)
            bar.update(tasks[name], completed=done)

        yield progress


@command(help="§validate", epilog="§ex_validate")
def validate(
    path: InputArgument,
    organ: OrganOption = OrganChoice.kkr,
    strict: StrictOption = False,
    rules: RulesOption = None,
    _language: LangOption = Language.da,
) -> None:
    lang = current_lang()

    from ..errors import KkrvalgError, describe
    from ..i18n import counted, label
    from ..io.load import load
    from ..io.tables import source_name
    from ..pipeline import check

    try:
        profile = read_rules(rules)
        data = load(path)
        problems, warnings = check(data, profile, strict=strict, organ=organ.value)
    except KkrvalgError as error:
        data, problems, warnings = None, error.problems, []
    if problems:
        err = make_console(stderr=True)
        shown = counted("n_problems", len(problems), lang)
        err.print(label("validate_failed", lang, problems=shown, path=source_name(path)), style="bold red")
        for number, problem in enumerate(problems, start=1):
            err.print(f"{number}. {describe(problem, lang)}", soft_wrap=True)
        raise typer.Exit(EXIT_INPUT)
    console = make_console()
    n = lang
    summary = label(
        "validate_ok",
        n,
        path=source_name(path),
        municipalities=counted("n_municipalities", len({r.municipality for r in data.results}), n),
        kkr=len({m.kkr for m in data.municipalities}),
        rows=counted("n_rows", len(data.results), n),
        mayors=counted("n_mayors", len(data.mayors), n),
        pooled=counted("n_lists", len(data.pooled), n),
        valgforbund=counted("n_valgforbund", len({(v.kkr, v.valgforbund) for v in data.valgforbund}), n),
    )
    console.print(summary, style="bold green")
    for note in data.notes:
        where = describe_note(note, n)
        console.print(f"{label('warning', n)}: {where}", style="yellow", soft_wrap=True)
    for warning in [*hidden_sheet_notes(data), *warnings]:
        console.print(f"{label('warning', n)}: {describe(warning, n)}", style="yellow", soft_wrap=True)


def describe_note(note, lang: str) -> str:
    """A cell read as another letter than it was written (case, Unicode form), for ``validate``."""
    from ..errors import Problem, describe

    problem = Problem(
        "letter_normalised",
        {"value": note.value, "letter": note.read_as},
        file=note.file,
        sheet=note.sheet,
        row=note.row,
        column=note.column,
    )
    return describe(problem, lang)


@command(help="§template", epilog="§ex_template")
def template(
    target: Annotated[Path, typer.Argument(help="§arg_template", metavar="§meta_file", show_default=False)],
    kkr: Annotated[
        str | None, typer.Option("--kkr", help="§template_kkr", metavar="§meta_kkr", rich_help_panel=INPUT)
    ] = None,
    force: ForceOption = False,
    _language: LangOption = Language.da,
) -> None:
    lang = current_lang()

    from .. import names
    from ..errors import OutputError, Problem, RulesError
    from ..i18n import guide
    from ..io.reference import bundled_municipalities, bundled_parties
    from ..io.template import build_template
    from ..io.write import check_suffix, check_target, write_atomically

    municipalities = bundled_municipalities()
    known = sorted({m.kkr for m in municipalities})
    chosen = names.match_name(kkr, known, prefix="KKR") if kkr is not None else None
    if kkr is not None and chosen is None:
        raise RulesError([Problem("unknown_kkr", {"value": kkr, "known": ", ".join(known)})])
    check_suffix(target, (".xlsx",), "kkrvalg template")
    check_target(target)
    if target.exists() and not force:
        raise OutputError([Problem("output_exists", {"path": str(target)})])
    write_atomically(target, build_template(municipalities, bundled_parties(), lang, chosen).save)
    make_console(stderr=True).print(guide("template_written", lang, path=str(target)))


@command("rules", help="§rules", epilog="§ex_rules")
def rules_command(_language: LangOption = Language.da) -> None:
    lang = current_lang()
    from ..io.rules_file import rules_toml
    from ..model import RulesProfile

    typer.echo(rules_toml(RulesProfile(), lang), nl=False)


@command(help="§frist", epilog="§ex_frist")
def frist(
    meeting: Annotated[str, typer.Argument(help="§arg_meeting", metavar="§meta_date", show_default=False)],
    _language: LangOption = Language.da,
) -> None:
    lang = current_lang()
    print_deadline(parse_meeting(meeting), lang)
