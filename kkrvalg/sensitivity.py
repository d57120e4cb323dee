"""Which results hinge on an uncertain rule: what would change under each alternative of each uncertain setting.

An official signing a result needs to know whether it rests on our reading of a rule. The uncertain settings
are listed once (:data:`~kkrvalg.model.UNCERTAIN_SETTINGS`), with the R3 letters marked ``usikker``; for each
alternative the pipeline re-runs the pure engine on the same data, and this module says what differs, body by
body: the members per party, the size, formand and næstformand. An empty list of changes means the result
does not depend on that alternative.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .model import UNCERTAIN_SETTINGS, RulesProfile

if TYPE_CHECKING:
    from .results import BodyRecord

ChangeKind = Literal["members", "size", "formand", "naestformand"]
NOT_A_PARTY = "not_a_party"
"""The alternative tried for an uncertain R3 letter: its lists count as local lists, not as a party."""


@dataclass(frozen=True)
class Change:
    """One thing that differs under an alternative: a party's members, a body's size, or who holds a post."""

    body: str
    kind: ChangeKind
    party: str | None
    before: int | str | None
    after: int | str | None


@dataclass(frozen=True)
class Alternative:
    """One alternative of one uncertain setting, and everything it changes (nothing: the result holds)."""

    setting: str
    """A rules setting (``stopping_rule``), or ``party:K`` for an uncertain R3 letter."""
    rule: str
    value: int | str | None
    changes: tuple[Change, ...]
    checked: bool = True
    """False when the data cannot answer (``ballots_cast`` without the ballots cast): nothing was computed."""


@dataclass(frozen=True)
class Trial:
    """An alternative to compute: the rules with one setting changed, or the data with one letter not a party."""

    setting: str
    rule: str
    value: int | str | None
    rules: RulesProfile
    not_a_party: str | None = None


def trials(rules: RulesProfile, organ: str, uncertain_parties: Sequence[str]) -> list[Trial]:
    """Every alternative worth trying for a calculation of ``organ`` under ``rules``."""
    found = [Trial(f"party:{letter}", "R3", NOT_A_PARTY, rules, letter) for letter in uncertain_parties]
    for setting, (rule, values, organs) in UNCERTAIN_SETTINGS.items():
        if organ not in organs:
            continue
        current = getattr(rules, setting)
        for value in values:
            if value != current:
                found.append(Trial(setting, rule, value, rules.model_copy(update={setting: value})))
    return found


def _members(record: BodyRecord) -> dict[str, int]:
    return {p.party: p.members for p in record.composition.parties if p.members}


def changes(before: Sequence[BodyRecord], after: Sequence[BodyRecord]) -> tuple[Change, ...]:
    """What differs between two calculations of the same bodies: members, sizes and posts, body by body."""
    found: list[Change] = []
    alternative: Mapping[str, BodyRecord] = {r.name: r for r in after}
    for base in before:
        other = alternative.get(base.name)
        if other is None:
            continue
        old, new = _members(base), _members(other)
        if base.composition.size != other.composition.size:
            found.append(Change(base.name, "size", None, base.composition.size, other.composition.size))
        for party in dict.fromkeys([*old, *new]):
            if old.get(party, 0) != new.get(party, 0):
                found.append(Change(base.name, "members", party, old.get(party, 0), new.get(party, 0)))
        for post in ("formand", "naestformand"):
            held = (_holder(base, post), _holder(other, post))
            if held[0] != held[1]:
                found.append(Change(base.name, post, None, *held))
    return tuple(found)


def _holder(record: BodyRecord, post: str) -> str | None:
    return record.chair.holder(post) if record.chair is not None else None
