"""Option declarations the commands share; help texts, panels and metavars are catalogue keys (``§…``)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from .group import ENV_LANG, current_lang

INTERVAL = (0.1, 3600.0)
"""``watch --interval``: from a tenth of a second to an hour between polls."""


def seconds(value: str) -> float:
    """A number of seconds written the Danish way (``1,5``, as the help shows ``0,1``) or the English way
    (``1.5``), within :data:`INTERVAL`; otherwise a message in the run's language."""
    from ..i18n import message

    if isinstance(value, float):
        return value
    text = str(value).strip()
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise typer.BadParameter(message("seconds_not_number", current_lang(), value=text)) from None
    low, high = INTERVAL
    if not low <= number <= high:
        shown = {"low": "0,1", "high": "3600"} if current_lang() == "da" else {"low": "0.1", "high": "3600"}
        raise typer.BadParameter(message("seconds_range", current_lang(), value=text, **shown))
    return number


class Language(StrEnum):
    da = "da"
    en = "en"


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


class OrganChoice(StrEnum):
    kkr = "kkr"
    repraesentantskab = "repraesentantskab"
    bestyrelse = "bestyrelse"


class RosterOrgan(StrEnum):
    """The bodies with a member roster: the KKR and the repræsentantskab (KL's board has no mayors to list)."""

    kkr = "kkr"
    repraesentantskab = "repraesentantskab"


class MayorAssumption(StrEnum):
    largest = "largest"


class ScenarioMethod(StrEnum):
    """The choices are the values; a member named ``count`` would hide ``str.count``."""

    counting = "count"
    enumerate = "enumerate"


class DocumentChoice(StrEnum):
    """The commands whose JSON document ``kkrvalg schema`` describes."""

    allocate = "allocate"
    chair = "chair"
    scenarios = "scenarios"
    diff = "diff"
    watch = "watch"


class OutlookOrder(StrEnum):
    smallest = "smallest"
    formand = "formand"
    naestformand = "naestformand"
    votes = "votes"


INPUT = "§panel_input"
OUTPUT = "§panel_output"
LOTS = "§panel_lots"
RULES = "§panel_rules"
SCENARIOS = "§panel_scenarios"


def flag(name: str, help_key: str, panel: str, *aliases: str) -> Any:
    """A switch (no value); shown without a type."""
    return typer.Option(name, *aliases, help="§" + help_key, rich_help_panel=panel, metavar="")


InputArgument = Annotated[Path, typer.Argument(help="§arg_input", metavar="§meta_file", show_default=False)]
KkrOption = Annotated[str | None, typer.Option("--kkr", help="§kkr", metavar="§meta_kkr", rich_help_panel=INPUT)]
OrganOption = Annotated[OrganChoice, typer.Option("--organ", help="§organ", rich_help_panel=INPUT)]
StrictOption = Annotated[bool, flag("--strict", "strict", RULES)]
RulesOption = Annotated[
    Path | None, typer.Option("--rules", help="§rules_file", metavar="§meta_file", rich_help_panel=RULES)
]
AssumeMayorsOption = Annotated[
    MayorAssumption | None, typer.Option("--assume-mayors", help="§assume_mayors", rich_help_panel=RULES)
]
MAX_SEED = 2**63 - 1
"""``--seed`` is a whole number from 0 to 2^63 − 1, recorded in every report as it is given."""
SeedOption = Annotated[
    int | None,
    typer.Option("--seed", min=0, max=MAX_SEED, help="§seed", metavar="§meta_number", rich_help_panel=LOTS),
]
LotOption = Annotated[
    list[str] | None, typer.Option("--lot", help="§lot", metavar="§meta_parties", rich_help_panel=LOTS)
]
MeetingOption = Annotated[
    str | None, typer.Option("--moede", help="§meeting", metavar="§meta_date", rich_help_panel=INPUT)
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="§format", rich_help_panel=OUTPUT)]
LangOption = Annotated[Language, typer.Option("--lang", help="§lang", envvar=ENV_LANG, rich_help_panel=OUTPUT)]
"""Declared on every command for its help and its check of the value; the language itself is read once,
from the whole command line, by the group (``current_lang()``), so help texts and parse errors follow it too."""
XlsxOption = Annotated[Path | None, typer.Option("--xlsx", help="§xlsx", metavar="§meta_file", rich_help_panel=OUTPUT)]
HtmlOption = Annotated[Path | None, typer.Option("--html", help="§html", metavar="§meta_file", rich_help_panel=OUTPUT)]
PdfOption = Annotated[Path | None, typer.Option("--pdf", help="§pdf", metavar="§meta_file", rich_help_panel=OUTPUT)]
CaseOption = Annotated[str | None, typer.Option("--sag", help="§case", metavar="§meta_case", rich_help_panel=OUTPUT)]
PreparedByOption = Annotated[
    str | None, typer.Option("--beregnet-af", help="§prepared_by", metavar="§meta_name", rich_help_panel=OUTPUT)
]
CheckedByOption = Annotated[
    str | None, typer.Option("--kontrolleret-af", help="§checked_by", metavar="§meta_name", rich_help_panel=OUTPUT)
]
QuotientsOption = Annotated[bool, flag("--quotients", "quotients", OUTPUT)]
NamesOption = Annotated[bool, flag("--navne", "names", OUTPUT)]
ForceOption = Annotated[bool, flag("--force", "force", OUTPUT)]
VerboseOption = Annotated[bool, flag("--verbose", "verbose", OUTPUT, "-v")]
