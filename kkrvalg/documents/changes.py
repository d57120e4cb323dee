"""The documents of election night: what changed between two calculations (``kkrvalg diff``), and one round of
``kkrvalg watch``."""

from __future__ import annotations

from typing import Literal

from ..changes import Changes
from .allocation import KkrEntry
from .common import SCHEMA_VERSION, Model

Status = Literal["final", "provisional", "undecided", "absent"]


class Side(Model):
    votes: int
    members: int


class PartyChangeRow(Model):
    party: str
    before: Side | None
    """None: the party was not there."""
    after: Side | None


class PostChange(Model):
    before: str | None
    after: str | None


class StatusChange(Model):
    before: Status
    after: Status


class BodyChangeRow(Model):
    kkr: str
    parties: list[PartyChangeRow]
    posts: dict[str, PostChange]
    status: StatusChange | None


class MunicipalityChanges(Model):
    counted: list[str]
    """With results now, none before."""
    final: list[str]
    """Whose count became final."""


class DiffDocument(Model):
    """What changed between two calculations (the JSON of ``kkrvalg diff``): only what changed is listed."""

    schema_version: Literal[1] = SCHEMA_VERSION
    command: Literal["diff"] = "diff"
    kkr: list[BodyChangeRow]
    municipalities: MunicipalityChanges


class WatchLine(Model):
    """One round of ``kkrvalg watch`` (a line of ``--format jsonl`` and of ``--history``)."""

    schema_version: Literal[1] = SCHEMA_VERSION
    command: Literal["watch"] = "watch"
    time: str
    read_at: str
    """When the round began reading the mirror, to the millisecond: every file written before it is in it."""
    complete: bool
    kkr: list[KkrEntry]
    changes: list[BodyChangeRow]
    municipalities: MunicipalityChanges | None
    """None in the first round: there is nothing to compare with."""
    skipped: list[str]
    """Files that could not be read this round (still being written); taken next round."""


def _side(value: tuple[int, int] | None) -> Side | None:
    return None if value is None else Side(votes=value[0], members=value[1])


def change_rows(changes: Changes) -> list[BodyChangeRow]:
    return [
        BodyChangeRow(
            kkr=b.kkr,
            parties=[PartyChangeRow(party=p.party, before=_side(p.before), after=_side(p.after)) for p in b.parties],
            posts={post: PostChange(before=held[0], after=held[1]) for post, held in b.posts.items()},
            status=StatusChange(before=b.status[0], after=b.status[1]) if b.status else None,
        )
        for b in changes.bodies
        if b.changed
    ]


def diff_document(changes: Changes) -> DiffDocument:
    """``diff --format json``."""
    municipalities = MunicipalityChanges(counted=list(changes.counted), final=list(changes.final))
    return DiffDocument(kkr=change_rows(changes), municipalities=municipalities)
