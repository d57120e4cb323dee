"""What changed between two calculations: votes and members per party, posts, status, counted municipalities.

Both sides are ``allocate --format json`` documents (the JSON contract), so a saved result from election
night compares with a fresh calculation from a workbook, and ``kkrvalg watch`` compares each state with the
one before it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import InputError, Problem

POSTS = ("formand", "naestformand")


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
    status: tuple[str, str] | None
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


def bodies(document: Mapping[str, Any], source: str) -> dict[str, Mapping[str, Any]]:
    """The bodies of an allocate document by name (a national body's document is its one body)."""
    try:
        if document.get("organ", "kkr") != "kkr":
            return {document["organ"]: document}
        return {entry["kkr"]: entry for entry in document["kkr"]}
    except (AttributeError, KeyError, TypeError):
        raise InputError([Problem("diff_not_a_result", {}, file=source)]) from None


def status(entry: Mapping[str, Any]) -> str:
    """``undecided`` while a lot is pending, else ``provisional`` on partial data, else ``final``."""
    pending = any(t.get("resolution") == "unresolved" for t in entry.get("ties", []))
    if pending or waiting_for_lot(entry):
        return "undecided"
    return "provisional" if entry.get("provisional") else "final"


def waiting_for_lot(entry: Mapping[str, Any]) -> bool:
    """Whether the entry's chair election waits for a lot (its own, or the composition's)."""
    return (entry.get("chair") or {}).get("status") in ("pending_lot", "waiting_for_composition")


def _parties(entry: Mapping[str, Any]) -> dict[str, tuple[int, int]]:
    return {p["party"]: (p["votes"], p["members"]) for p in entry.get("parties", [])}


def _not_final(entry: Mapping[str, Any]) -> set[str]:
    return set(entry.get("missing", [])) | set(entry.get("preliminary", []))


def compare(old: Mapping[str, Any], new: Mapping[str, Any], old_name: str = "", new_name: str = "") -> Changes:
    """Per body the parties whose votes or members changed, the posts that changed hands and the status;
    and the municipalities newly counted or newly final."""
    before, after = bodies(old, old_name), bodies(new, new_name)
    changes, counted, final = [], set(), set()
    for name in dict.fromkeys([*before, *after]):
        b, a = before.get(name, {}), after.get(name, {})
        old_parties, new_parties = _parties(b), _parties(a)
        parties = tuple(
            PartyChange(party, old_parties.get(party), new_parties.get(party))
            for party in dict.fromkeys([*new_parties, *old_parties])
            if old_parties.get(party) != new_parties.get(party)
        )
        posts = {}
        for post in POSTS:
            held = ((b.get("chair") or {}).get(post), (a.get("chair") or {}).get(post))
            if held[0] != held[1]:
                posts[post] = held
        states = (status(b) if b else "absent", status(a) if a else "absent")
        waiting = (waiting_for_lot(b), waiting_for_lot(a))
        changes.append(BodyChange(name, parties, posts, states if states[0] != states[1] else None, waiting))
        if b and a:
            counted |= set(b.get("missing", [])) - set(a.get("missing", []))
            final |= _not_final(b) - _not_final(a)
    return Changes(tuple(changes), tuple(sorted(counted)), tuple(sorted(final)))


def _side(value: tuple[int, int] | None) -> dict[str, int] | None:
    return None if value is None else {"votes": value[0], "members": value[1]}


def changes_json(changes: Changes) -> dict[str, Any]:
    """The contract of ``diff --format json`` (and of each change set ``watch --format jsonl`` prints)."""
    return {
        "kkr": [
            {
                "kkr": b.kkr,
                "parties": [{"party": p.party, "before": _side(p.before), "after": _side(p.after)} for p in b.parties],
                "posts": {post: {"before": held[0], "after": held[1]} for post, held in b.posts.items()},
                "status": {"before": b.status[0], "after": b.status[1]} if b.status else None,
            }
            for b in changes.bodies
            if b.changed
        ],
        "municipalities": {"counted": list(changes.counted), "final": list(changes.final)},
    }
