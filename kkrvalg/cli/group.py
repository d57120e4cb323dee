"""The command line's frame: the language of a run, help texts in that language, and errors → exit codes.

Everything a user can get wrong ends here in one place: a :class:`~kkrvalg.errors.KkrvalgError` becomes
one message per problem on stderr and exit 2; typer's and click's own messages (a missing argument, an
unknown option) are shown in the run's language. Help texts, panel titles and metavars are declared as
catalogue keys (``§key``) and filled in before anything is parsed, so ``--help`` is fully Danish or fully
English. SIGTERM ends a run the way Ctrl-C does: every ``finally`` runs, no temporary file is left.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import typer
from typer._click.exceptions import ClickException, UsageError  # click as vendored by typer
from typer.core import TyperCommand, TyperGroup

from ..i18n import LANGS, Lang
from ..i18n.help import CLICK_MESSAGES, HELP, TYPER_TEXTS

if TYPE_CHECKING:
    from rich.console import Console
    from typer._click import Command, Context, HelpFormatter
    from typer.core import TyperOption

EXIT_DIFFERENCES = 1
EXIT_INPUT = 2
EXIT_TIE = 3
TERMINATED = 128 + signal.SIGTERM
"""The exit status of a run stopped by SIGTERM (as a shell reports it)."""
MARK = "§"
ENV_LANG = "KKRVALG_LANG"

_run: dict[str, Lang] = {"lang": "da"}


def current_lang() -> Lang:
    """The language of this run (from ``--lang``, else ``KKRVALG_LANG``, else Danish)."""
    return _run["lang"]


def requested_lang(args: Sequence[str]) -> Lang:
    """``--lang en`` / ``--lang=en`` among ``args``, else the environment, else ``da``."""
    value = os.environ.get(ENV_LANG, "da")
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
    return value if value in LANGS else "da"


def text(value: str | None, lang: Lang) -> str | None:
    """A declared help text: ``§key`` looked up in the catalogue; anything else as it is."""
    if value is None or not value.startswith(MARK):
        return value
    key = value[len(MARK) :]
    if key.startswith("ex_"):
        examples = HELP[key][lang].split("\n")
        return f"{HELP['examples'][lang]}:\n\n" + "\n\n".join(f"  {line}" for line in examples)
    return HELP[key][lang]


def localise(command: Any, lang: Lang) -> None:
    """Fill in every help text, epilog, panel title and metavar of ``command`` and its subcommands."""
    command.help = text(command.help, lang)
    command.short_help = text(command.short_help, lang)
    command.options_metavar = TYPER_TEXTS["OPTIONS_METAVAR"][lang]
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = TYPER_TEXTS["SUBCOMMAND_METAVAR"][lang]
    command.epilog = text(command.epilog, lang)
    if getattr(command, "rich_help_panel", None):
        command.rich_help_panel = text(command.rich_help_panel, lang)
    for param in command.params:
        if param.name in ("install_completion", "show_completion"):
            param.help, param.metavar = MARK + param.name, ""
        param.help = text(getattr(param, "help", None), lang)
        param.metavar = text(param.metavar, lang)
        if param.param_type_name == "argument" and param.metavar:
            param.display_type_rich = lambda ctx: None  # the human metavar (FIL, DATO) says it; no <path>
        if getattr(param, "rich_help_panel", None):
            param.rich_help_panel = text(param.rich_help_panel, lang)
    for sub in getattr(command, "commands", {}).values():
        localise(sub, lang)


def _typer_texts(lang: Lang) -> None:
    """typer's own words (panel titles, [required], the error panel) in the run's language."""
    from typer import rich_utils

    for name, texts in TYPER_TEXTS.items():
        if hasattr(rich_utils, name):
            setattr(rich_utils, name, texts[lang])


def translate_click(message: str, lang: Lang) -> str:
    """A typer/click message in the run's language (they are written in English)."""
    if lang == "en":
        return message
    for pattern, danish in CLICK_MESSAGES:
        match = re.fullmatch(pattern, message, flags=re.DOTALL)
        if match:
            parts = {k: _danish_part(k, v) for k, v in match.groupdict().items()}
            return danish.format(**parts)
    return message


def _danish_part(name: str, value: str) -> str:
    """A captured piece of a click message: a nested message translated, a number with a decimal comma."""
    if name == "detail":
        return translate_click(value, "da")
    return value.replace(".", ",") if name == "n" else value


def _translated(error: ClickException, lang: Lang) -> ClickException:
    original = error.format_message
    error.format_message = lambda: translate_click(original(), lang)  # type: ignore[method-assign]  # this error only
    _typer_texts(lang)
    return error


def make_console(stderr: bool = False) -> Console:
    """A console that prints text literally: reports quote the user's data (party names, cell values),
    which must never be read as Rich markup or emoji codes, or highlighted as if it were code."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, markup=False, emoji=False)


@contextmanager
def progress_bar(lang: Lang) -> Iterator[Callable[[str, int, int], None]]:
    """``progress(what, done, total)`` drawing a bar on stderr for each ``what`` while it is a terminal (numbers
    with the reader's thousands separator), and nothing elsewhere: for work that can take more than a moment."""
    from rich.progress import BarColumn, Progress, ProgressColumn, Task, TaskID, TextColumn, TimeRemainingColumn
    from rich.text import Text

    from ..i18n import number

    class Done(ProgressColumn):
        def render(self, task: Task) -> Text:
            return Text(f"{number(int(task.completed), lang)}/{number(int(task.total or 0), lang)}")

    err = make_console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), Done(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(what: str, done: int, total: int) -> None:
            if what not in tasks:
                tasks[what] = bar.add_task(what, total=total)
            bar.update(tasks[what], completed=done)

        yield progress


def print_problems(error: Exception, lang: Lang) -> None:
    """Every problem of a user error on stderr, one line each, naming where it is and what to do."""
    from rich.text import Text

    from ..errors import describe
    from ..i18n import label

    console = make_console(stderr=True)
    for problem in getattr(error, "problems", []):
        console.print(
            Text.assemble((f"{label('error', lang)}:", "bold red"), " ", describe(problem, lang)), soft_wrap=True
        )


@contextmanager
def terminate_like_interrupt() -> Iterator[None]:
    """SIGTERM unwinds the run like Ctrl-C (``finally`` blocks clean up), exiting 143."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signum: int, _frame: object) -> None:
        raise SystemExit(TERMINATED)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _is_text(param: Any) -> bool:
    """A parameter whose value is free text (a name, a party list, a date), not a path, number or choice."""
    descriptor = getattr(param, "type_descriptor", None)
    return descriptor is not None and descriptor.annotation in (str, list[str])


def _given(param: Any, args: Sequence[str]) -> list[str]:
    """How ``param`` was written on the command line, each time: ``--kkr nord``, ``--kkr=syd``, ``-v``."""
    shown = []
    for i, arg in enumerate(args):
        name = arg.split("=", 1)[0] if arg.startswith("--") else arg
        if name not in param.opts and name not in param.secondary_opts:
            continue
        if param.is_flag or "=" in arg or i + 1 >= len(args):
            shown.append(arg)
        else:
            shown.append(f"{arg} {args[i + 1]}")
    return shown


def refuse_misleading_options(command: Any, ctx: Any, args: Sequence[str]) -> None:
    """Refuse what click would take silently: an option of one value given twice (the last would win) and
    a text with invisible characters (it would match nothing, and the message could not show why)."""
    if all(arg in ("--help", "-h") for arg in args):
        return  # nothing to check: the help, without loading the checks
    from .. import errors
    from ..names import invisible

    opts, _, order = command.make_parser(ctx).parse_args(args=list(args))
    problems = []
    counted: dict[str, int] = {}
    for param in order:
        if getattr(param, "opts", None) and not getattr(param, "multiple", True) and param.name is not None:
            counted[param.name] = counted.get(param.name, 0) + 1
    for param in command.get_params(ctx):
        if counted.get(param.name or "", 0) > 1:
            given = _given(param, args)
            values = {"option": param.opts[0], "count": len(given), "values": ", ".join(given)}
            problems.append(errors.Problem("option_twice", values))
        if not _is_text(param):
            continue
        value = opts.get(param.name)
        for text in value if isinstance(value, list | tuple) else [value]:
            hidden = invisible(text) if isinstance(text, str) else None
            if hidden:
                shown = "".join(c for c in text if invisible(c) is None)
                option = param.opts[0] if param.param_type_name == "option" else param.human_readable_name
                problems.append(
                    errors.Problem("option_invisible", {"option": option, "value": shown, "codepoints": hidden})
                )
    if problems:
        raise UsageError("\n".join(errors.describe(p, current_lang()) for p in problems), ctx)


if TYPE_CHECKING:
    _Mixin = Command  # what _Localised is mixed into: it calls the methods it overrides
else:
    _Mixin = object


class _Localised(_Mixin):
    """What the root group and every command share: the usage prefix and the help option in the run's language,
    and no option that could mislead (:func:`refuse_misleading_options`)."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        refuse_misleading_options(self, ctx, args)
        return super().parse_args(ctx, args)

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=TYPER_TEXTS["USAGE"][current_lang()])

    def get_help_option(self, ctx: Context) -> TyperOption | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP["help"][current_lang()]
            option.metavar = ""
        return option

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        _typer_texts(current_lang())
        super().format_help(ctx, formatter)


class KkrvalgCommand(_Localised, TyperCommand):
    """A kkrvalg command (see :class:`KkrvalgGroup`)."""


class KkrvalgGroup(_Localised, TyperGroup):
    """The root of ``kkrvalg`` and its sub-groups: language, localised help and the errors → exit codes."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, **kwargs: Any) -> Any:
        from .deferred import defer_unused_rich_modules

        defer_unused_rich_modules()
        argv = list(sys.argv[1:] if args is None else args)
        _run["lang"] = requested_lang(argv)
        localise(self, current_lang())
        with terminate_like_interrupt():
            return super().main(argv, *rest, **kwargs)

    def make_context(self, *args: Any, **kwargs: Any) -> Context:
        try:
            return super().make_context(*args, **kwargs)
        except ClickException as error:
            raise _translated(error, current_lang()) from None

    def invoke(self, ctx: Context) -> Any:
        from ..errors import KkrvalgError

        try:
            return super().invoke(ctx)
        except KkrvalgError as error:
            print_problems(error, current_lang())
            raise typer.Exit(EXIT_INPUT) from None
        except ClickException as error:
            raise _translated(error, current_lang()) from None
