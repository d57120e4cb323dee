"""R9–R10: who takes part in the chair election, and which valgforbund are allowed.

Pure functions returning problems rather than raising, so ``validate`` can list every problem at once and
the pipeline can stop on the first set.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..errors import Problem
from .composition import PartyResult


def represented(parties: Sequence[PartyResult]) -> dict[str, int]:
    """R9–R10: the parties and listesamarbejder with at least one member, with their votes.

    A local list outside R3 whose mayor is a member is not a party, so it takes no part.
    """
    return {p.party: p.votes for p in parties if p.members and p.reason != "not_a_party"}


def valgforbund_problems(
    body: str, groups: Mapping[str, Sequence[str]], votes: Mapping[str, int], min_parties: int
) -> list[Problem]:
    """R10: every member represented, a party in at most one valgforbund, at least ``min_parties`` each."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for name, members in groups.items():
        repeated = sorted({party for party in members if members.count(party) > 1})
        problems += [Problem("valgforbund_repeated", {"party": party, "name": name}) for party in repeated]
        for party in dict.fromkeys(members):
            if party not in votes:
                known = ", ".join(votes) or "-"
                problems.append(
                    Problem("valgforbund_unrepresented", {"party": party, "name": name, "kkr": body, "known": known})
                )
            elif party in seen and seen[party] != name:
                problems.append(Problem("valgforbund_twice", {"party": party, "first": seen[party], "second": name}))
            seen.setdefault(party, name)
        if not repeated and len(set(members)) < min_parties:
            problems.append(Problem("valgforbund_too_small", {"name": name, "min": min_parties}))
    return problems
