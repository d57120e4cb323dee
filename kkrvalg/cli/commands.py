"""The calculation commands: allocate, chair, scenarios, validate, template, rules and frist."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..signoff import NO_SIGNOFF, SignOff
from .app import app
from .group import EXIT_INPUT, EXIT_TIE, KkrvalgCommand, current_lang, make_console, progress_bar
from .options import (
    INPUT,
    SCENARIOS,
    AssumeMayorsOption,
    CaseOption,
    CheckedByOption,
    DocumentChoice,
    ForceOption,
    FormatOption,
    HtmlOption,
    InputArgument,
    KkrOption,
    LangOption,
    Language,
    LotOption,
    MeetingOption,
    NamesOption,
    OrganChoice,
    OrganOption,
    OutlookOrder,
    OutputFormat,
    PdfOption,
    PreparedByOption,
    QuotientsOption,
    RosterOrgan,
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

    from rich.console import Console, RenderableType

    from ..errors import Problem
    from ..i18n import Lang
    from ..model import CellNote, ElectionData, RulesProfile
    from ..report.terminal import RecordView
    from ..report.views import BodyView
    from ..request import R, Request
    from ..results import BodyRecord, Calculation

command = partial(app.command, cls=KkrvalgCommand)


def read_rules(path: Path | None) -> RulesProfile:
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


def print_deadline(meeting: date, deadline: date, lang: Lang) -> None:
    """R10: the valgforbund deadline, with a warning when the meeting date itself looks wrong."""
    from datetime import date as today_date

    from ..dates import long_date
    from ..engine.deadline import is_hverdag
    from ..i18n import label

    console = make_console()
    console.print(label("deadline_line", lang, meeting=long_date(meeting, lang), deadline=long_date(deadline, lang)))
    warnings = []
    if not is_hverdag(meeting):
        warnings.append(label("meeting_not_hverdag", lang, meeting=long_date(meeting, lang)))
    if meeting < today_date.today():
        warnings.append(label("meeting_past", lang, meeting=long_date(meeting, lang)))
    for warning in warnings:
        console.print(f"{label('warning', lang)}: {warning}", style="yellow")


def hidden_sheet_notes(data: ElectionData) -> list[Problem]:
    """A note for each sheet that was read although it is hidden in the workbook."""
    from ..errors import Problem

    return [Problem("hidden_sheet_read", {}, file=data.source.name, sheet=sheet) for sheet in data.hidden_sheets]


def print_warnings(problems: list[Problem], lang: Lang, suffix: str | None = None) -> None:
    """Warnings on stderr, one line each (``suffix``: a label said after each)."""
    from ..errors import describe
    from ..i18n import label

    err = make_console(stderr=True)
    for problem in problems:
        after = f" {label(suffix, lang)}" if suffix else ""
        err.print(f"{label('warning', lang)}: {describe(problem, lang)}{after}", style="yellow", soft_wrap=True)


def party_lists(values: list[str] | None, option: str) -> tuple[tuple[str, ...], ...]:
    """Each value of a repeatable party option (``V+C``, ``v,c``) as its parties; a value naming none is
    refused here, before it can become a nameless valgforbund or a lot for nobody."""
    from ..errors import Problem, RulesError
    from ..names import split_parties

    lists = [split_parties(value) for value in values or ()]
    empty = [value for value, parties in zip(values or (), lists, strict=True) if not parties]
    if empty:
        raise RulesError([Problem("option_no_parties", {"option": option, "value": value}) for value in empty])
    return tuple(lists)


def request_of(kind: type[R], rules: Path | None, lot: list[str] | None, meeting: str | None, **options: Any) -> R:
    """The command's request from its options, checked as the API checks it (a RulesError names what is wrong)."""
    from ..request import make_request

    options = {key: value.value if isinstance(value, Enum) else value for key, value in options.items()}
    return make_request(
        kind, rules=read_rules(rules), lot=party_lists(lot, "--lot"), meeting=parse_meeting(meeting), **options
    )


def load_and_calculate(path: Path, request: Request) -> Calculation:
    """Load the input and run the pipeline; every user error becomes a KkrvalgError (exit 2). A hidden sheet
    that was read is said on stderr: it counts, though nobody sees it in Excel."""
    from ..io.load import load
    from ..pipeline import calculate

    data = load(path)
    print_warnings(hidden_sheet_notes(data), current_lang())
    return calculate(data, request)


@dataclass(frozen=True)
class Reports:
    """The documents a command writes beside what it shows, and the case and names they are signed with."""

    source: Path
    xlsx: Path | None = None
    html: Path | None = None
    pdf: Path | None = None
    signoff: SignOff = NO_SIGNOFF
    roster: bool = False
    """The member rosters alone (``kkrvalg roster``), not the whole report."""
    exploring: bool = False
    """Written while a tie waits for a lot (``scenarios``): the tie is shown as waiting, and the calculator is
    where a party tries each way the lot can fall."""

    @property
    def targets(self) -> list[tuple[Path, str, tuple[str, ...]]]:
        given = (
            (self.xlsx, "--xlsx", (".xlsx",)),
            (self.html, "--html", (".html", ".htm")),
            (self.pdf, "--pdf", (".pdf",)),
        )
        return [(path, option, suffixes) for path, option, suffixes in given if path is not None]


MAX_SIGNOFF_TEXT = 80


def signoff_of(case: str | None, prepared_by: str | None, checked_by: str | None) -> SignOff:
    """``--sag``, ``--beregnet-af`` and ``--kontrolleret-af`` as printed on every page: one line of visible text
    each, or a message (an invisible character or a line break would print as something else)."""
    from ..errors import Problem, RulesError

    given = (("--sag", case), ("--beregnet-af", prepared_by), ("--kontrolleret-af", checked_by))
    bad = [(option, value) for option, value in given if value is not None and not _printable(value)]
    if bad:
        problems = [Problem("option_text_bad", {"option": o, "value": v, "max": MAX_SIGNOFF_TEXT}) for o, v in bad]
        raise RulesError(problems)
    return SignOff(*(value.strip() if value else None for _, value in given))


def _printable(text: str) -> bool:
    """One line of visible text: no control, format or other invisible character, no line break."""
    import unicodedata

    visible = all(unicodedata.category(c)[0] not in "CZ" or c == " " for c in text)
    return visible and 0 < len(text.strip()) <= MAX_SIGNOFF_TEXT


def write_reports(calculation: Calculation, lang: Lang, reports: Reports) -> None:
    """The Excel, HTML and PDF reports, written atomically and never over an input — and never while a tie
    waits for a lot (a report is a record to sign; it must not show an undecided result)."""

    from ..i18n import label
    from ..io.write import check_suffix, check_target, write_all

    targets = reports.targets
    if not targets:
        return
    source = reports.source
    inputs = [source.parent if source.suffix.lower() == ".csv" else source]
    for target, _, _ in targets:
        check_target(target, inputs)  # an input or a device is the thing to say first, not its name
    for target, option, suffixes in targets:
        check_suffix(target, suffixes, option)
    err = make_console(stderr=True)
    if not calculation.ties_resolved and not reports.exploring:
        paths = ", ".join(str(target) for target, _, _ in targets)
        err.print(label("report_not_written", lang, paths=paths), style="bold red")
        return
    jobs = []
    signoff, roster = reports.signoff, reports.roster
    if reports.xlsx is not None:
        from ..report.excel import build_report, build_roster

        build = build_roster if roster else build_report
        jobs.append((reports.xlsx, build(calculation, lang, signoff).save))
    if reports.html is not None or reports.pdf is not None:
        from ..report.html import render_html

        html = render_html(calculation, lang, signoff, roster=roster)
        if reports.html is not None:
            jobs.append((reports.html, partial(_write_text, html)))
        if reports.pdf is not None:
            jobs.append((reports.pdf, partial(_write_pdf, html, lang)))
    write_all(jobs, inputs)
    for target, _, _ in targets:
        err.print(label("report_written", lang, path=str(target)))


def _write_text(text: str, path: Path) -> None:
    path.write_text(text, encoding="utf-8")


def _write_pdf(html: str, lang: Lang, path: Path) -> None:
    """The PDF, with a spinner on a terminal: Chromium takes a few seconds to start and lay out the pages."""
    from ..i18n import label
    from ..report.pdf import write_pdf

    err = make_console(stderr=True)
    if err.is_terminal:
        with err.status(label("pdf_progress", lang)):
            write_pdf(html, path)
    else:
        write_pdf(html, path)


def present(
    calculation: Calculation,
    output: OutputFormat,
    command_name: str,
    view: Callable[[Console], RecordView],
    reports: Reports,
) -> None:
    """Write the reports, show the result (the command's JSON document, or the terminal ``view``), and exit 3
    while any tie waits for a lot: the result is not yet a result."""
    from ..report.terminal import print_records

    lang = current_lang()
    write_reports(calculation, lang, reports)
    if output is OutputFormat.json:
        from ..documents import BUILDERS, dumps  # only for JSON: the documents' models cost start-up time

        typer.echo(dumps(BUILDERS[command_name](calculation)))
    else:
        console = make_console()
        print_records(console, calculation, lang, view(console))
        meeting = calculation.request.meeting
        if calculation.deadline and meeting is not None:
            print_deadline(meeting, calculation.deadline, lang)
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
    names: NamesOption = False,
    verbose: VerboseOption = False,
    xlsx: XlsxOption = None,
    html: HtmlOption = None,
    pdf: PdfOption = None,
    case: CaseOption = None,
    prepared_by: PreparedByOption = None,
    checked_by: CheckedByOption = None,
    _language: LangOption = Language.da,
) -> None:
    from ..request import Request

    lang = current_lang()
    request = request_of(
        Request,
        rules,
        lot,
        meeting,
        kkr=kkr,
        organ=organ,
        strict=strict,
        assume_mayors=assume_mayors is not None,
        seed=seed,
    )
    calculation = load_and_calculate(path, request)
    from ..report.terminal import Options, allocation_view

    def view(console: Console) -> RecordView:
        return allocation_view(calculation, lang, console, Options(verbose, quotients, names))

    reports = Reports(path, xlsx, html, pdf, signoff_of(case, prepared_by, checked_by))
    present(calculation, output, "allocate", view, reports)


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
    pdf: PdfOption = None,
    case: CaseOption = None,
    prepared_by: PreparedByOption = None,
    checked_by: CheckedByOption = None,
    _language: LangOption = Language.da,
) -> None:
    from ..request import ChairRequest

    lang = current_lang()
    request = request_of(
        ChairRequest,
        rules,
        lot,
        meeting,
        kkr=kkr,
        organ=organ,
        strict=strict,
        assume_mayors=assume_mayors is not None,
        seed=seed,
        valgforbund=party_lists(valgforbund, "--valgforbund") if valgforbund else None,
    )
    calculation = load_and_calculate(path, request)
    from ..report.terminal import Options, chair_only_view

    present(
        calculation,
        output,
        "chair",
        lambda _console: chair_only_view(lang, Options(verbose=verbose)),
        Reports(path, xlsx, html, pdf, signoff_of(case, prepared_by, checked_by)),
    )


@command(help="§roster", epilog="§ex_roster")
def roster(
    path: InputArgument,
    kkr: KkrOption = None,
    organ: Annotated[
        RosterOrgan, typer.Option("--organ", help="§roster_organ", rich_help_panel=INPUT)
    ] = RosterOrgan.kkr,
    meeting: MeetingOption = None,
    strict: StrictOption = False,
    rules: RulesOption = None,
    assume_mayors: AssumeMayorsOption = None,
    seed: SeedOption = None,
    lot: LotOption = None,
    verbose: VerboseOption = False,
    xlsx: XlsxOption = None,
    html: HtmlOption = None,
    pdf: PdfOption = None,
    case: CaseOption = None,
    prepared_by: PreparedByOption = None,
    checked_by: CheckedByOption = None,
    _language: LangOption = Language.da,
) -> None:
    from ..request import Request

    lang = current_lang()
    request = request_of(
        Request,
        rules,
        lot,
        meeting,
        kkr=kkr,
        organ=organ,
        strict=strict,
        assume_mayors=assume_mayors is not None,
        seed=seed,
    )
    calculation = load_and_calculate(path, request)
    from ..report.terminal import Options, roster_only_view

    reports = Reports(path, xlsx, html, pdf, signoff_of(case, prepared_by, checked_by), roster=True)
    view = roster_only_view(lang, Options(verbose=verbose))
    present(calculation, OutputFormat.table, "allocate", lambda _console: view, reports)


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
        ScenarioMethod.counting
    ),
    max_scenarios: Annotated[
        int | None,
        typer.Option("--max-scenarios", min=1, help="§max_work", metavar="§meta_number", rich_help_panel=SCENARIOS),
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
    pdf: PdfOption = None,
    case: CaseOption = None,
    prepared_by: PreparedByOption = None,
    checked_by: CheckedByOption = None,
    _language: LangOption = Language.da,
) -> None:
    from ..errors import Problem, RulesError
    from ..pipeline import analyse_scenarios
    from ..request import ScenarioRequest

    lang = current_lang()
    if show_all and top is not None:
        raise RulesError([Problem("options_exclusive", {"first": "--top", "second": "--all"})])
    request = request_of(
        ScenarioRequest,
        rules,
        lot,
        meeting,
        kkr=kkr,
        organ=organ,
        strict=strict,
        assume_mayors=assume_mayors is not None,
        seed=seed,
        party=party,
        given=party_lists(given, "--given"),
        method=method,
        max_scenarios=max_scenarios,
        sort=sort,
        top=None if show_all else top or DEFAULT_TOP,
    )
    calculation = load_and_calculate(path, request)
    from ..i18n import label

    with progress_bar(lang) as bar:

        def progress(kkr: str, done: int, total: int) -> None:
            bar(label("progress", lang, kkr=kkr), done, total)

        skip = partial(print_warnings, lang=lang, suffix="scenario_skipped")
        calculation = analyse_scenarios(calculation, request, progress=progress, skip=skip)
    from ..report.scenario_views import scenario_view
    from ..report.scenarios import scenario_part
    from ..report.terminal import provisional_banner

    def view(body: BodyView, record: BodyRecord) -> list[RenderableType]:
        banner = provisional_banner(body, verbose)
        return [*([banner] if banner else []), scenario_part(scenario_view(record, lang), lang)]

    reports = Reports(path, xlsx, html, pdf, signoff_of(case, prepared_by, checked_by), exploring=True)
    present(calculation, output, "scenarios", lambda _console: view, reports)


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
    assert data is not None, "a KkrvalgError names its problems"
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


def describe_note(note: CellNote, lang: Lang) -> str:
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


@command(help="§schema", epilog="§ex_schema")
def schema(
    which: Annotated[DocumentChoice, typer.Argument(help="§arg_schema", show_default=True)] = DocumentChoice.allocate,
    _language: LangOption = Language.da,
) -> None:
    from ..documents import schema_text

    typer.echo(schema_text(which.value), nl=False)


@command(help="§frist", epilog="§ex_frist")
def frist(
    meeting: Annotated[str, typer.Argument(help="§arg_meeting", metavar="§meta_date", show_default=False)],
    _language: LangOption = Language.da,
) -> None:
    from ..engine.deadline import valgforbund_deadline

    lang = current_lang()
    day = parse_meeting(meeting)
    assert day is not None, "a meeting was given"
    print_deadline(day, valgforbund_deadline(day), lang)
