"""From validated data to results: the one place that strings tally, composition and policy together."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from .engine.chair import ChairResult, elect_chair
from .engine.composition import Composition, compose
from .engine.lots import Lots, Tie
from .engine.tally import KkrTally, tally
from .errors import Problem, RulesError
from .model import ElectionData, RulesProfile, SourceInfo

if TYPE_CHECKING:  # numpy is imported only when scenarios are analysed
    from .engine.scenarios import Bloc, BlocOutlook, Enumeration


@dataclass(frozen=True)
class AllocationResult:
    """The composition of every requested KKR, with the rules and input it was computed from."""

    rules: RulesProfile
    source: SourceInfo
    compositions: tuple[Composition, ...]
    alternatives: tuple[tuple[tuple[Tie, tuple[str, ...], Composition], ...], ...] = ()
    """Per composition: its first pending tie under each possible outcome of the drawing."""

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
        if t.seats_unknown:
            problems.append(Problem("strict_seats_unknown", {"kkr": t.kkr, "names": ", ".join(t.seats_unknown)}))
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
    compositions = tuple(compose(t, rules, lots) for t in tallies)
    alternatives = tuple(tuple(tie_alternatives(c, rules, lots)) for c in compositions)
    return AllocationResult(rules, data.source, compositions, alternatives)


def tie_alternatives(
    composition: Composition, rules: RulesProfile, lots: Lots | None = None
) -> list[tuple[Tie, tuple[str, ...], Composition]]:
    """For the first tie awaiting a lot: the composition under each possible outcome of the drawing."""
    lots = lots or Lots()
    tie = next((t for t in composition.ties if not t.resolved), None)
    if tie is None:
        return []
    return [
        (tie, winners, compose(composition.tally, rules, Lots(lots.seed, {**lots.supplied, tie.key: winners})))
        for winners in combinations(tie.candidates, tie.seats)
    ]


@dataclass(frozen=True)
class ChairOutcome:
    """The chair election of one KKR next to the composition it rests on."""

    composition: Composition
    chair: ChairResult


def represented(composition: Composition) -> dict[str, int]:
    """R10: the parties and listesamarbejder with at least one KKR member, with their votes (R9)."""
    return {p.party: p.votes for p in composition.parties if p.members and p.reason != "not_a_party"}


def valgforbund_for(
    data: ElectionData, composition: Composition, rules: RulesProfile, override: list[tuple[str, ...]] | None = None
) -> dict[str, tuple[str, ...]]:
    """The valgforbund of one KKR (sheet, or ``override`` from the command line), checked against R10."""
    if override is not None:
        groups = {"+".join(members): members for members in override}
    else:
        groups = {}
        for row in data.valgforbund:
            if row.kkr.casefold() == composition.kkr.casefold():
                groups.setdefault(row.valgforbund, ())
                groups[row.valgforbund] += (row.party,)
    parties = represented(composition)
    problems, seen = [], {}
    for name, members in groups.items():
        for party in members:
            if party not in parties:
                problems.append(
                    Problem(
                        "valgforbund_unrepresented",
                        {"party": party, "name": name, "kkr": composition.kkr, "known": ", ".join(parties)},
                    )
                )
            elif party in seen:
                problems.append(Problem("valgforbund_twice", {"party": party, "first": seen[party], "second": name}))
            seen.setdefault(party, name)
        if len(set(members)) < rules.valgforbund_min_parties:
            problems.append(Problem("valgforbund_too_small", {"name": name, "min": rules.valgforbund_min_parties}))
    if problems:
        raise RulesError(problems)
    return groups


def check_valgforbund_kkr(data: ElectionData) -> None:
    known = {k.casefold() for k in data.kkr_names}
    unknown = sorted({row.kkr for row in data.valgforbund if row.kkr.casefold() not in known})
    if unknown:
        raise RulesError([Problem("unknown_kkr", {"value": k, "known": ", ".join(data.kkr_names)}) for k in unknown])


def elect(
    data: ElectionData,
    result: AllocationResult,
    lots: Lots | None = None,
    override: list[tuple[str, ...]] | None = None,
) -> tuple[ChairOutcome, ...]:
    """R9–R11 for every KKR of ``result``."""
    check_valgforbund_kkr(data)
    return tuple(
        ChairOutcome(c, elect_chair(c.kkr, represented(c), valgforbund_for(data, c, result.rules, override), lots))
        for c in result.compositions
    )


def calculate(
    data: ElectionData,
    rules: RulesProfile | None = None,
    kkr: str | None = None,
    seed: int | None = None,
    lot_winners: Sequence[str] = (),
    valgforbund: Sequence[tuple[str, ...]] | None = None,
    strict: bool = False,
) -> tuple[AllocationResult, tuple[ChairOutcome, ...]]:
    """Composition and chair election together, ties settled by ``seed`` or the real drawings (R1–R11).

    ``valgforbund`` (for the one ``kkr``) replaces the workbook's valgforbund of that KKR.
    """
    if valgforbund is not None and kkr is None:
        raise RulesError([Problem("valgforbund_needs_kkr")])

    def run(supplied: Lots) -> tuple[AllocationResult, tuple[ChairOutcome, ...]]:
        lots = Lots(seed=seed, supplied=supplied.supplied)
        result = allocate(data, rules=rules, lots=lots, kkr=kkr, strict=strict)
        return result, elect(data, result, lots, valgforbund)

    return with_lot_winners(run, list(lot_winners))


def check(
    data: ElectionData, rules: RulesProfile | None = None, strict: bool = False
) -> tuple[list[Problem], list[Problem]]:
    """Everything ``allocate`` and ``chair`` would refuse, all at once: (problems, warnings).

    Partial data is a warning, or a problem with ``strict`` (the official calculation).
    """
    rules = rules or RulesProfile()
    tallies = tally(data)
    partial = strict_problems(tallies)
    problems, warnings = (partial, []) if strict else ([], partial)
    for t in tallies:
        if rules.threshold_denominator == "ballots_cast" and t.ballots_cast is None:
            problems.append(Problem("ballots_missing", {"kkr": t.kkr}))
    try:
        check_valgforbund_kkr(data)
    except RulesError as error:
        problems.extend(error.problems)
    if not problems:
        for t in tallies:
            try:
                valgforbund_for(data, compose(t, rules, Lots()), rules)
            except RulesError as error:
                problems.extend(error.problems)
    return problems, warnings


def with_lot_winners(
    run: Callable[[Lots], tuple[AllocationResult, tuple[ChairOutcome, ...]]], lot_winners: list[str]
) -> tuple[AllocationResult, tuple[ChairOutcome, ...]]:
    """Run ``run(lots)`` and settle its open ties, in order, by the parties that won the real drawings (R8)."""
    supplied: dict[str, tuple[str, ...]] = {}
    pending = list(lot_winners)
    while True:
        result, outcomes = run(Lots(supplied=dict(supplied)))
        ties = [t for c in result.compositions for t in c.ties] + [t for o in outcomes for t in o.chair.ties]
        open_ties = [t for t in ties if not t.resolved]
        if not open_ties or not pending:
            return result, outcomes
        tie, winner = open_ties[0], pending.pop(0)
        if winner not in tie.candidates:
            raise RulesError([Problem("lot_not_candidate", {"party": winner, "candidates": ", ".join(tie.candidates)})])
        supplied[tie.key] = (winner,)


@dataclass(frozen=True)
class ScenarioAnalysis:
    """R12 for one KKR: the guaranteed blocs, and the full enumeration unless it was too large."""

    composition: Composition
    votes: dict[str, int]
    formand_blocs: tuple[Bloc, ...]
    both_blocs: tuple[Bloc, ...]
    partitions: int
    max_scenarios: int | None
    enumeration: Enumeration | None
    party: str | None

    def outlook(self) -> tuple[BlocOutlook, ...]:
        if self.enumeration is None or self.party is None:
            return ()
        return self.enumeration.outlook(self.party)


MAX_SCENARIOS = 10_000_000
"""The default bound on partitions enumerated per KKR: all of 12 parties (4 213 597), in seconds."""


def scenario_party(composition: Composition, party: str | None) -> str | None:
    """The represented party named by ``--party`` (exact, else case-insensitive), or a RulesError."""
    if party is None:
        return None
    parties = represented(composition)
    matches = [p for p in parties if p == party] or [p for p in parties if p.casefold() == party.strip().casefold()]
    if not matches:
        raise RulesError(
            [
                Problem(
                    "scenario_party_unrepresented",
                    {"party": party, "kkr": composition.kkr, "known": ", ".join(parties)},
                )
            ]
        )
    return matches[0]


def _progress_for(
    progress: Callable[[str, int, int], None] | None, kkr: str, total: int
) -> Callable[[int], None] | None:
    """Turn the engine's per-chunk row counts into ``progress(kkr, done, total)`` calls."""
    if progress is None:
        return None
    done = 0

    def advance(rows: int) -> None:
        nonlocal done
        done += rows
        progress(kkr, done, total)

    return advance


def analyse_scenarios(
    result: AllocationResult,
    party: str | None = None,
    max_scenarios: int | None = MAX_SCENARIOS,
    progress: Callable[[str, int, int], None] | None = None,
) -> tuple[ScenarioAnalysis, ...]:
    """R12 for every KKR of ``result``: what each possible valgforbund would win (R9–R11).

    The enumeration is skipped for a KKR with more than ``max_scenarios`` partitions (no limit: None);
    ``progress(kkr, done, total)`` is called as it proceeds, for a progress bar.
    """
    from .engine.scenarios import enumerate_scenarios, guaranteed, partitions_of

    min_parties = result.rules.valgforbund_min_parties
    analyses = []
    for c in result.compositions:
        chosen = scenario_party(c, party)
        votes = represented(c)
        if not any(votes.values()):
            raise RulesError([Problem("scenario_no_votes", {"kkr": c.kkr})])
        count = partitions_of(len(votes), min_parties)
        enumeration = None
        if max_scenarios is None or count <= max_scenarios:
            advance = _progress_for(progress, c.kkr, partitions_of(len(votes)))
            enumeration = enumerate_scenarios(votes, min_parties, advance)
        analyses.append(
            ScenarioAnalysis(
                c,
                votes,
                guaranteed(votes, 1, min_parties),
                guaranteed(votes, 2, min_parties),
                count,
                max_scenarios,
                enumeration,
                chosen,
            )
        )
    return tuple(analyses)
