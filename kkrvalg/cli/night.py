"""Election night: ``kkrvalg diff`` (what changed between two calculations) and ``kkrvalg watch``."""

from __future__ import annotations

import json
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .app import app
from .commands import read_rules
from .group import TERMINATED, KkrvalgCommand, current_lang, make_console
from .options import (
    INPUT,
    OUTPUT,
    AssumeMayorsOption,
    FormatOption,
    LangOption,
    Language,
    OutputFormat,
    RulesOption,
    seconds,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rich.live import Live

    from ..documents import AllocationDocument, OrganDocument
    from ..errors import KkrvalgError
    from ..i18n import Lang
    from ..watching import Follower, Round

command = partial(app.command, cls=KkrvalgCommand)


class WatchFormat(StrEnum):
    dashboard = "dashboard"
    jsonl = "jsonl"


def result_document(path: Path, rules: Path | None, assume_mayors: bool) -> AllocationDocument | OrganDocument:
    """A saved ``allocate --format json`` result as it is, or a workbook (or CSV folder) calculated now.

    A saved file must be an ``allocate`` document: one of another command (``chair``, ``scenarios``) or not
    kkrvalg's is refused, saying what it is.
    """
    from pydantic import ValidationError

    from ..documents import AllocationDocument, OrganDocument, allocation_document
    from ..errors import InputError, Problem
    from ..io.tables import read_bytes, require_file

    if path.suffix.casefold() == ".json":
        require_file(path, "expected_result")
        try:
            found = json.loads(read_bytes(path, path.name).decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise InputError([Problem("diff_not_a_result", {}, file=path.name)]) from None
        made_by = found.get("command") if isinstance(found, dict) else None
        if isinstance(made_by, str) and made_by != "allocate":
            raise InputError([Problem("diff_other_command", {"command": made_by[:20]}, file=path.name)])
        organ = found.get("organ") if isinstance(found, dict) else None
        kind: type[AllocationDocument | OrganDocument] = AllocationDocument if organ in (None, "kkr") else OrganDocument
        try:
            return kind.model_validate(found)
        except ValidationError:
            raise InputError([Problem("diff_not_a_result", {}, file=path.name)]) from None
    from ..io.load import load
    from ..pipeline import calculate
    from ..request import Request

    request = Request(rules=read_rules(rules), assume_mayors=assume_mayors)
    return allocation_document(calculate(load(path), request, sensitivity=False))


@command(help="§diff", epilog="§ex_diff")
def diff(
    old: Annotated[Path, typer.Argument(help="§arg_old", metavar="§meta_file", show_default=False)],
    new: Annotated[Path, typer.Argument(help="§arg_new", metavar="§meta_file", show_default=False)],
    rules: RulesOption = None,
    assume_mayors: AssumeMayorsOption = None,
    output: FormatOption = OutputFormat.table,
    _language: LangOption = Language.da,
) -> None:
    from ..changes import compare

    lang = current_lang()
    assumed = assume_mayors is not None
    changes = compare(result_document(old, rules, assumed), result_document(new, rules, assumed), old.name, new.name)
    if output is OutputFormat.json:
        from ..documents import diff_document, dumps

        typer.echo(dumps(diff_document(changes)))
    else:
        from ..report.changes import changes_view

        make_console().print(changes_view(changes, lang))


@command(help="§watch", epilog="§ex_watch")
def watch(
    mirror: Annotated[Path, typer.Argument(help="§arg_valgdk_dir", metavar="§meta_folder", show_default=False)],
    workbook: Annotated[
        Path, typer.Option("--workbook", help="§workbook", metavar="§meta_file", rich_help_panel=OUTPUT)
    ],
    election: Annotated[
        str | None, typer.Option("--valg", help="§valg", metavar="§meta_election", rich_help_panel=INPUT)
    ] = None,
    interval: Annotated[
        float | None,
        typer.Option("--interval", parser=seconds, help="§interval", metavar="§meta_seconds", rich_help_panel=INPUT),
    ] = None,
    assume_mayors: AssumeMayorsOption = None,
    rules: RulesOption = None,
    output: Annotated[WatchFormat, typer.Option("--format", help="§watch_format", rich_help_panel=OUTPUT)] = (
        WatchFormat.dashboard
    ),
    history: Annotated[
        Path | None, typer.Option("--history", help="§history", metavar="§meta_file", rich_help_panel=OUTPUT)
    ] = None,
    _language: LangOption = Language.da,
) -> None:
    from ..errors import OutputError, Problem
    from ..i18n import label
    from ..io.valgdk import require_folder
    from ..io.write import check_suffix, check_target
    from ..watching import Follower, append_history, changes_in, open_history

    lang = current_lang()
    require_folder(mirror)
    check_suffix(workbook, (".xlsx",), "--workbook")
    check_target(workbook, [mirror])
    if history is not None:
        if history.resolve() == workbook.resolve():
            raise OutputError([Problem("output_twice", {"path": str(history)})])
        check_target(history, [mirror])
    created = open_history(history) if history is not None else False
    follower = Follower(mirror, workbook, election, read_rules(rules), assume_mayors is not None, lang)
    show = _Display(output, mirror, lang)
    if not workbook.exists():
        show.err.print(label("watch_new_workbook", lang, path=str(workbook)))
    rounds = changes_in(mirror, interval)
    next(rounds)
    try:
        first = follower.round()  # a mirror, workbook or --valg that cannot be used stops here, with exit 2
    except BaseException:
        if created and history is not None:  # nothing written on exit 2: not even an empty log
            history.unlink(missing_ok=True)
        raise
    try:
        for done in _rounds(first, rounds, follower, show):
            if history is not None:
                append_history(history, done.line())
            show.round(done)
    except KeyboardInterrupt:
        pass  # Ctrl-C: every write is atomic, so stopping at any moment leaves nothing half done
    except SystemExit as stopped:
        if stopped.code != TERMINATED:  # SIGTERM stops the watch just as Ctrl-C does
            raise
    finally:
        show.stop()


def _rounds(first: Round, rounds: Iterator[None], follower: Follower, show: _Display) -> Iterator[Round]:
    """The first round, then one per change of the mirror; a later round that fails is reported and
    skipped (the release may be cut off, or fixed in the next one), the watch goes on."""
    from ..errors import KkrvalgError

    yield first
    for _ in rounds:
        try:
            yield follower.round()
        except KkrvalgError as error:
            show.failed(error)


class _Display:
    """Where each round goes: a live board on a terminal (or one board per round elsewhere), or JSON lines."""

    def __init__(self, output: WatchFormat, mirror: Path, lang: Lang) -> None:
        self.output, self.mirror, self.lang = output, str(mirror), lang
        self.log: list[str] = []
        self.rounds = 0
        self.console = make_console()
        self.err = make_console(stderr=True)
        self.live: Live | None = None

    def round(self, done: Round) -> None:
        from ..report.dashboard import change_lines, dashboard

        self.rounds += 1
        if self.output is WatchFormat.jsonl:
            typer.echo(done.line().model_dump_json())
            return
        if done.changes is not None:
            self.log += change_lines(done.time, done.changes, self.lang)
        view = dashboard(
            done.document,
            self.log,
            self.mirror,
            done.time,
            self.rounds,
            [p.file for p in done.skipped if p.file],
            self.lang,
        )
        if not self.console.is_terminal:
            self.console.print(view)
            return
        if self.live is None:
            from rich.live import Live

            self.live = Live(view, console=self.console, auto_refresh=False)
            self.live.start()
        self.live.update(view, refresh=True)

    def failed(self, error: KkrvalgError) -> None:
        from ..errors import describe
        from ..i18n import label

        for problem in error.problems:
            self.err.print(f"{label('watch_round_failed', self.lang)}: {describe(problem, self.lang)}", style="yellow")

    def stop(self) -> None:
        from ..i18n import counted, label

        if self.live is not None:
            self.live.stop()
        self.err.print(label("watch_stopped", self.lang, rounds=counted("n_rounds", self.rounds, self.lang)))
