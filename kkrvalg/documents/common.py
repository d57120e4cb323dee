"""What every document shares: its head (schema version, command, rules, input, status, sensitivity) and the
exact quotients and ties its bodies refer to."""

from __future__ import annotations

from datetime import date
from typing import Any, Final, Literal, overload

from pydantic import BaseModel, ConfigDict

from ..engine.lots import Tie
from ..engine.quotient import Quotient
from ..model import Organ, RulesProfile, SourceInfo
from ..results import Calculation, PendingLot

SCHEMA_VERSION: Final = 1
"""Raised whenever a document changes in a way a reader must know about (a key renamed or removed)."""
Command = Literal["allocate", "chair", "scenarios", "diff", "watch"]


class Model(BaseModel):
    """A document part: frozen, and no key that the schema does not name."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class QuotientValue(Model):
    """An exact quotient: ``votes`` ÷ ``divisor``, written as a mixed number (``94.698 1/2`` is ``94698 1/2``)."""

    votes: int
    divisor: int
    quotient: str


class DrawKey(Model):
    """One contender of a seeded draw and its key: SHA-256 of ``seed:number:contender`` (R8)."""

    contender: str
    key: str


class AlternativeRow(Model):
    """What one possible result of a pending drawing would decide."""

    winners: list[str]
    members: dict[str, int]
    formand: str | None
    naestformand: str | None
    open: bool


class TieRow(Model):
    """A tie (R8): where, which seat, who, the shared quotient and how it was settled — or that it waits."""

    key: str
    number: int
    """The lot's number, 1, 2, … in the order the ties are listed (``--lot`` follows it; so does the seeded draw)."""
    context: str
    body: str
    kind: str
    valgforbund: str | None
    seat: int
    candidates: list[str]
    seats: int
    quotient: QuotientValue | None
    winners: list[str]
    resolution: Literal["seed", "supplied", "unresolved"]
    seed: int | None
    keys: list[DrawKey]
    alternatives: list[AlternativeRow] | None = None


class ChangeRow(Model):
    body: str
    kind: Literal["members", "size", "formand", "naestformand"]
    party: str | None
    before: int | str | None
    after: int | str | None


class SensitivityRow(Model):
    """One alternative of an uncertain setting and what it would change (empty: the result holds)."""

    setting: str
    rule: str
    value: int | str | None
    checked: bool
    changes: list[ChangeRow]


class Head(Model):
    """The head of every calculation's document: what was computed, from what, and whether it is final."""

    schema_version: Literal[1] = SCHEMA_VERSION
    command: Command
    organ: Organ
    rules: RulesProfile
    source: SourceInfo
    computed_at: str
    version: str
    complete: bool
    ties_resolved: bool
    meeting: date | None
    valgforbund_deadline: date | None
    """The last day to notify a valgforbund (R10), when the meeting was given (``--moede``)."""
    sensitivity: list[SensitivityRow]


@overload
def quotient(q: Quotient) -> QuotientValue: ...
@overload
def quotient(q: Quotient | None) -> QuotientValue | None: ...
def quotient(q: Quotient | None) -> QuotientValue | None:
    return None if q is None else QuotientValue(votes=q.votes, divisor=q.divisor, quotient=q.mixed())


def tie_row(tie: Tie, number: int, pending: PendingLot | None = None) -> TieRow:
    alternatives = None
    if pending is not None:
        alternatives = [
            AlternativeRow(
                winners=list(o.winners),
                members=dict(o.members),
                formand=o.formand,
                naestformand=o.naestformand,
                open=o.open,
            )
            for o in pending.outcomes
        ]
    return TieRow(
        key=tie.key,
        number=number,
        context=tie.context.key,
        body=tie.context.body,
        kind=tie.context.kind,
        valgforbund=tie.context.valgforbund,
        seat=tie.seat,
        candidates=list(tie.candidates),
        seats=tie.seats,
        quotient=quotient(tie.quotient),
        winners=list(tie.winners),
        resolution=tie.resolution,
        seed=tie.seed,
        keys=[DrawKey(contender=x, key=k) for x, k in tie.keys],
        alternatives=alternatives,
    )


def tie_rows(calculation: Calculation, ties: tuple[Tie, ...], pending: tuple[PendingLot, ...] = ()) -> list[TieRow]:
    """``ties`` with their lot numbers, and what each pending drawing would decide."""
    numbers = calculation.lot_numbers
    waiting = {p.tie.key: p for p in pending}
    return [tie_row(t, numbers[t.key], waiting.get(t.key)) for t in ties]


def head(calculation: Calculation, command: Command) -> dict[str, Any]:
    """The head's fields for ``command``'s document."""
    meeting = calculation.request.meeting
    return {
        "command": command,
        "organ": calculation.organ,
        "rules": calculation.rules,
        "source": calculation.source,
        "computed_at": calculation.computed_at.isoformat(timespec="seconds"),
        "version": calculation.version,
        "complete": calculation.complete,
        "ties_resolved": calculation.ties_resolved,
        "meeting": meeting,
        "valgforbund_deadline": calculation.deadline,
        "sensitivity": [
            SensitivityRow(
                setting=a.setting,
                rule=a.rule,
                value=a.value,
                checked=a.checked,
                changes=[
                    ChangeRow(body=c.body, kind=c.kind, party=c.party, before=c.before, after=c.after)
                    for c in a.changes
                ],
            )
            for a in calculation.sensitivity or ()
        ],
    }
