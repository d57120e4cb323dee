"""Problems with the user's input, described so a person can fix them (file, sheet, row, column, value)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .i18n import Lang, counted, label, message


@dataclass(frozen=True)
class Label:
    """A message parameter that is itself a label, translated when the problem is described."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Counted:
    """A message parameter that is a counted noun, singular or plural in the reader's language."""

    key: str
    n: int


@dataclass(frozen=True)
class Names:
    """A message parameter listing names, joined the reader's way: ``A, B og C`` or ``A, B and C``."""

    names: tuple[str, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input. ``code`` names a message in :mod:`kkrvalg.i18n`."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None


def replace_file(problem: Problem, file: str | None = None) -> Problem:
    """The problem without (or with another) file: for a list that names the file in a column of its own."""
    return Problem(problem.code, problem.params, file, problem.sheet, problem.row, problem.column)


class KkrvalgError(Exception):
    """Base of the errors the CLI turns into a message and exit code 2."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(self.messages("da")))

    def messages(self, lang: Lang = "da") -> list[str]:
        """The messages the CLI prints, one per problem (Danish, or ``lang="en"``)."""
        return [describe(p, lang) for p in self.problems]


class InputError(KkrvalgError):
    """The input files cannot be used as they are."""


class RulesError(KkrvalgError):
    """The rules profile or an option does not fit the data."""


class OutputError(KkrvalgError):
    """An output file cannot be written where the user asked."""


def describe(problem: Problem, lang: Lang = "da") -> str:
    """One line naming where the problem is (file, sheet, row, column) and what to do about it."""
    where = [
        f"{label(name, lang)} {value!r}" if name in ("sheet", "column") else f"{label(name, lang)} {value}"
        for name, value in (
            ("file", problem.file),
            ("sheet", problem.sheet),
            ("row", problem.row),
            ("column", problem.column),
        )
        if value is not None
    ]
    params = {k: _shown(v, lang) for k, v in problem.params.items()}
    text = message(problem.code, lang, **params)
    return f"{', '.join(where)}: {text}" if where else text


def _shown(value: Any, lang: Lang) -> Any:
    if isinstance(value, Label):
        return label(value.key, lang, **dict(value.params))
    if isinstance(value, Counted):
        return counted(value.key, value.n, lang)
    if isinstance(value, Names):
        *first, last = value.names or ("-",)
        return label("and_list", lang, first=", ".join(first), last=last) if first else last
    return value
