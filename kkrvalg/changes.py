"""What changed between two calculations: votes and members per party, posts, status, counted municipalities.

Both sides are ``allocate`` documents (the typed JSON contract), so a saved result from election night compares
with a fresh calculation from a workbook, and ``kkrvalg watch`` compares each state with the one before it.
Two documents of different bodies (the KKR against KL's bestyrelse) are not compared.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .errors import InputError, Problem

if TYPE_CHECKING:
    from .documents import AllocationDocument, ChairEntry, OrganDocument
    from .documents.allocation import BodyFields

POSTS = ("formand", "naestformand")
Status = Literal["final", "provisional", "undecided", "absent"]


@dataclass(frozen=True)
class PartyChange:
    party: str
    before: tuple[int, int] | None
    """(votes, members) before; None when the party was not there."""
    after: tuple[int, int] | None


@dataclass(frozen=True)
class BodyChange:
    kkr: str
    parties: tuple[PartyChange, ...]
    posts: Mapping[str, tuple[str | None, str | None]]
    """Only the posts whose holder changed: (before, after)."""
    status: tuple[Status, Status] | None
    """(before, after) when the status (final, provisional, undecided) changed."""
    waiting: tuple[bool, bool] = (False, False)
    """(before, after): whether the chair election waited for a lot — an empty post is then undecided,
    not without candidates."""

    @property
    def changed(self) -> bool:
        return bool(self.parties or self.posts or self.status)


@dataclass(frozen=True)
class Changes:
    bodies: tuple[BodyChange, ...]
    counted: tuple[str, ...]
    """Municipalities with results now that had none before."""
    final: tuple[str, ...]
    """Municipalities whose count became final."""

    @property
    def changed(self) -> bool:
        return bool(self.counted or self.final or any(b.changed for b in self.bodies))


def bodies(document: AllocationDocument | OrganDocument) -> dict[str, BodyFields]:
    """The bodies of an allocate document by name (a national body's document is its one body)."""
    from .documents import OrganDocument

    if isinstance(document, OrganDocument):
        return {document.organ: document}
    return {entry.kkr: entry for entry in document.kkr}


def _chair(entry: BodyFields) -> ChairEntry | None:
    return getattr(entry, "chair", None)


def waiting_for_lot(entry: BodyFields) -> bool:
    """Whether the entry's chair election waits for a lot (its own, or the composition's)."""
    chair = _chair(entry)
    return chair is not None and chair.status in ("pending_lot", "waiting_for_composition")


def _parties(entry: BodyFields) -> dict[str, tuple[int, int]]:
    return {p.party: (p.votes, p.members) for p in entry.parties}


def _not_final(entry: BodyFields) -> set[str]:
    return set(entry.missing) | set(entry.preliminary)


def _holder(entry: BodyFields | None, post: str) -> str | None:
    chair = _chair(entry) if entry is not None else None
    return getattr(chair, post) if chair is not None else None


def compare(
    old: AllocationDocument | OrganDocument,
    new: AllocationDocument | OrganDocument,
    old_name: str = "",
    new_name: str = "",
) -> Changes:
    """Per body the parties whose votes or members changed, the posts that changed hands and the status;
    and the municipalities newly counted or newly final."""
    if old.organ != new.organ:
        raise InputError(
            [Problem("diff_other_body", {"old": old_name, "new": new_name, "first": old.organ, "second": new.organ})]
        )
    before, after = bodies(old), bodies(new)
    changes, counted, final = [], set(), set()
    for name in dict.fromkeys([*before, *after]):
        b, a = before.get(name), after.get(name)
        old_parties = _parties(b) if b else {}
        new_parties = _parties(a) if a else {}
        parties = tuple(
            PartyChange(party, old_parties.get(party), new_parties.get(party))
            for party in dict.fromkeys([*new_parties, *old_parties])
            if old_parties.get(party) != new_parties.get(party)
        )
        posts = {}
        for post in POSTS:
            held = (_holder(b, post), _holder(a, post))
            if held[0] != held[1]:
                posts[post] = held
        states: tuple[Status, Status] = (b.status if b else "absent", a.status if a else "absent")
        waiting = (b is not None and waiting_for_lot(b), a is not None and waiting_for_lot(a))
        changes.append(BodyChange(name, parties, posts, states if states[0] != states[1] else None, waiting))
        if b and a:
            counted |= set(b.missing) - set(a.missing)
            final |= _not_final(b) - _not_final(a)
    return Changes(tuple(changes), tuple(sorted(counted)), tuple(sorted(final)))
