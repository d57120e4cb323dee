"""What a calculation is asked to do, as one typed object: the command line, the Python API and the pipeline all
speak it, so that no option exists in one of them alone (a test compares their parameters with these fields).

A request holds everything that decides the result — rules, which bodies, lots, the valgforbund, the meeting —
and nothing about how it is shown (format, reports, language), which belongs to the command that shows it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import Label, Problem, RulesError
from .i18n import keys
from .model import Organ, RulesProfile

Parties = tuple[str, ...]
ScenarioMethod = Literal["count", "enumerate"]
OutlookSort = Literal["smallest", "formand", "naestformand", "votes"]


class Request(BaseModel):
    """The inputs of ``allocate``: R1–R15 for the KKR or a national body."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rules: RulesProfile = Field(default_factory=RulesProfile)
    kkr: str | None = None
    """One KKR by name (any case, ASCII spellings, with or without ``KKR``); None: every KKR."""
    organ: Organ = "kkr"
    strict: bool = False
    """The official calculation: partial data is refused, not shown as provisional."""
    assume_mayors: bool = False
    """Election night: a counted municipality without a mayor gets its largest list's, marked assumed."""
    seed: int | None = None
    """Ties are drawn by the published seeded rule (R8)."""
    lot: tuple[Parties, ...] = ()
    """The results of real drawings, one per tie in the order the ties are listed, each naming all winners."""
    meeting: date | None = None
    """The constituent meeting: the valgforbund deadline is three hverdage before it (R10)."""


class ChairRequest(Request):
    """The inputs of ``chair``: formand and næstformand, with the valgforbund to try."""

    valgforbund: tuple[Parties, ...] | None = None
    """Valgforbund replacing the workbook's, for the one KKR named (or KL's bestyrelse)."""


class ScenarioRequest(Request):
    """The inputs of ``scenarios``: every way valgforbund could be formed (R12), and one party's options."""

    party: str | None = None
    given: tuple[Parties, ...] = ()
    """Valgforbund fixed beforehand; the other parties arrange themselves in every way."""
    method: ScenarioMethod = "count"
    max_scenarios: int | None = Field(default=None, ge=1)
    sort: OutlookSort = "smallest"
    top: int | None = Field(default=15, ge=1)
    """How many of the party's options to show (None: all)."""


R = TypeVar("R", bound=Request)


def make_request(kind: type[R], **values: Any) -> R:
    """A request of ``kind`` from the caller's values, or a :class:`RulesError` naming each option that does not
    fit and what it may be — never pydantic's own English."""
    try:
        request = kind(**values)
    except ValidationError as error:
        raise RulesError([_problem(kind, e) for e in error.errors()]) from None
    organ = Label(keys.ORGAN[request.organ])
    if kind is not Request and request.organ == "repraesentantskab":
        raise RulesError([Problem("organ_no_chair", {"organ": organ})])  # only the KKR and KL's bestyrelse elect
    if request.meeting is not None and request.organ != "kkr":
        raise RulesError([Problem("organ_meeting", {"organ": organ})])  # R10's deadline is the KKR's
    return request


def _problem(kind: type[Request], error: Any) -> Problem:
    name = str(error["loc"][0])
    field = kind.model_fields.get(name)
    choices = (
        next((get_args(a) for a in get_args(field.annotation) or (field.annotation,) if get_origin(a) is Literal), None)
        if field
        else None
    )
    allowed: str | Label = ", ".join(map(str, choices)) if choices else Label("values_whole_number")
    return Problem("bad_option", {"option": name, "value": repr(error.get("input")), "allowed": allowed})
