"""From validated data to results: the one place that strings tally, composition and policy together."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from .engine.composition import Composition, compose
from .engine.lots import Lots, Tie
from .engine.tally import KkrTally, tally
from .errors import Problem, RulesError
from .model import ElectionData, RulesProfile, SourceInfo


@dataclass(frozen=True)
class AllocationResult:
    """The composition of every requested KKR, with the rules and input it was computed from."""

    rules: RulesProfile
    source: SourceInfo
    compositions: tuple[Composition, ...]

    @property
    def unresolved_ties(self) -> tuple[Tie, ...]:
        return tuple(t for c in self.compositions for t in c.ties if not t.resolved)


def select(data: ElectionData, kkr: str | None) -> tuple[KkrTally, ...]:
    """The tallies of all KKR, or of the one named (case-insensitively)."""
    tallies = tally(data)
    if kkr is None:
        return tallies
    chosen = tuple(t for t in tallies if t.kkr.casefold() == kkr.strip().casefold())
    if not chosen:
        raise RulesError([Problem("unknown_kkr", {"value": kkr, "known": ", ".join(data.kkr_names)})])
    return chosen


def strict_problems(tallies: tuple[KkrTally, ...]) -> list[Problem]:
    """What makes the data partial: the official calculation (``--strict``) refuses all of it."""
    problems = []
    for t in tallies:
        if t.missing:
            problems.append(
                Problem("strict_missing", {"kkr": t.kkr, "count": len(t.missing), "names": ", ".join(t.missing)})
            )
        if t.preliminary:
            problems.append(Problem("strict_preliminary", {"kkr": t.kkr, "names": ", ".join(t.preliminary)}))
        problems.extend(Problem("no_mayor", {"municipality": name}) for name in t.without_mayor)
    return problems


def allocate(
    data: ElectionData,
    rules: RulesProfile | None = None,
    lots: Lots | None = None,
    kkr: str | None = None,
    strict: bool = False,
) -> AllocationResult:
    """R1–R8 for every KKR in the data (or the one named)."""
    rules = rules or RulesProfile()
    tallies = select(data, kkr)
    if strict and (problems := strict_problems(tallies)):
        raise RulesError(problems)
    for t in tallies:
        if rules.threshold_denominator == "ballots_cast" and t.ballots_cast is None:
            raise RulesError([Problem("ballots_missing", {"kkr": t.kkr})])
    return AllocationResult(rules, data.source, tuple(compose(t, rules, lots) for t in tallies))


def tie_alternatives(composition: Composition, rules: RulesProfile, lots: Lots | None = None) -> list[
    tuple[Tie, tuple[str, ...], Composition]
]:
    """For the first tie awaiting a lot: the composition under each possible outcome of the drawing."""
    lots = lots or Lots()
    tie = next((t for t in composition.ties if not t.resolved), None)
    if tie is None:
        return []
    return [
        (tie, winners, compose(composition.tally, rules, Lots(lots.seed, {**lots.supplied, tie.key: winners})))
        for winners in combinations(tie.candidates, tie.seats)
    ]
