"""From validated data to a :class:`~kkrvalg.results.Calculation`: the one place that strings the engine
together and turns the rules profile, the options and the engine's problems into plain settings or errors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from fractions import Fraction
from typing import Literal

from . import __version__, names
from .engine.chair import ChairResult, elect_chair, post_of
from .engine.composition import Composition, CompositionRules, compose
from .engine.deadline import valgforbund_deadline
from .engine.lots import LotError, Lots, Tie, alternatives, settle_in_order
from .engine.tally import AreaTally, tally
from .engine.valgforbund import represented, valgforbund_problems
from .errors import Counted, Label, Names, Problem, RulesError
from .i18n import keys
from .model import ORGANS, ElectionData, ListResult, Mayor, Organ, RulesProfile, ValgforbundMember
from .request import ChairRequest, Request, ScenarioRequest
from .results import (
    BodyRecord,
    Calculation,
    LotOutcome,
    PendingLot,
    ScenarioAnalysis,
    ValgforbundSource,
)
from .sensitivity import Alternative, changes, trials


def composition_rules(rules: RulesProfile, organ: Organ = "kkr") -> CompositionRules:
    """R4–R7 of the profile as the engine's plain settings; the repræsentantskab has its own cap (R13)."""
    return CompositionRules(
        threshold_percent=Fraction(rules.threshold_percent),
        denominator=rules.threshold_denominator,
        council_seat_scope=rules.council_seat_scope,
        cap_factor=rules.repraesentantskab_cap_factor if organ == "repraesentantskab" else rules.cap_factor,
        stopping_rule=rules.stopping_rule,
    )


@dataclass(frozen=True)
class _Run:
    """What every record of one calculation shares: the settings and where valgforbund come from."""

    organ: Organ
    rules: RulesProfile
    composition: CompositionRules
    groups: Callable[[str], dict[str, tuple[str, ...]]]
    valgforbund_source: ValgforbundSource | None
    rows: tuple[ValgforbundMember, ...] = ()
    """The ``valgforbund`` sheet's rows, so a problem with a declared valgforbund names its row."""


def areas(data: ElectionData, organ: Organ, kkr: str | None) -> tuple[AreaTally, ...]:
    """The tallies the calculation is about: every KKR, the one named, or the whole country (R13, R14)."""
    if organ != "kkr":
        if kkr is not None:
            raise RulesError([Problem("organ_kkr", {"organ": organ})])
        return tally(data, {m.code: organ for m in data.municipalities})
    tallies = tally(data)
    if kkr is None:
        return tallies
    chosen = names.match_name(kkr, [t.name for t in tallies], prefix="KKR")
    if chosen is None:
        raise RulesError([Problem("unknown_kkr", {"value": kkr, "known": ", ".join(data.kkr_names)})])
    return tuple(t for t in tallies if t.name == chosen)


def body_name(name: str, organ: Organ) -> str | Label:
    """How a message names a body: ``KKR Syd``, or the national body's name in the reader's language."""
    return f"KKR {name}" if organ == "kkr" else Label(keys.ORGAN[organ])


def partial_problems(tallies: Sequence[AreaTally], organ: Organ = "kkr") -> list[Problem]:
    """What makes the data partial: the official calculation (``--strict``) refuses all of it."""
    problems = []
    for t in tallies:
        body = body_name(t.name, organ)
        if t.missing:
            count = Counted("n_municipalities", len(t.missing))
            problems.append(Problem("strict_missing", {"kkr": body, "count": count, "names": ", ".join(t.missing)}))
        if t.preliminary:
            problems.append(Problem("strict_preliminary", {"kkr": body, "names": ", ".join(t.preliminary)}))
        if t.seats_unknown:
            problems.append(Problem("strict_seats_unknown", {"kkr": body, "names": ", ".join(t.seats_unknown)}))
        if t.assumed_mayors:
            problems.append(Problem("strict_assumed_mayors", {"kkr": body, "names": ", ".join(t.assumed_mayors)}))
        if t.waiting_mayors:
            problems.append(Problem("strict_waiting_mayors", {"kkr": body, "names": ", ".join(t.waiting_mayors)}))
        problems.extend(Problem("no_mayor", {"municipality": name}) for name in t.without_mayor)
    return problems


def precondition_problems(tallies: Sequence[AreaTally], rules: RulesProfile) -> list[Problem]:
    """What the rules need from the data before anything can be computed (checked here, once)."""
    if rules.threshold_denominator != "ballots_cast":
        return []
    return [Problem("ballots_missing", {"kkr": t.name}) for t in tallies if t.ballots_cast is None]


def assume_largest_mayors(data: ElectionData) -> ElectionData:
    """Election night: each counted municipality without a mayor gets its largest list's, marked assumed.

    Where two lists share the largest vote, nobody is assumed (the municipality stays without a mayor):
    the tool never picks between equals.
    """
    have = {m.municipality for m in data.mayors} | {m.municipality for m in data.pending_mayors}
    by_municipality: dict[int, list[ListResult]] = {}
    for r in data.results:
        by_municipality.setdefault(r.municipality, []).append(r)
    assumed = []
    for code, lists in by_municipality.items():
        if code in have:
            continue
        ranked = sorted(lists, key=lambda r: -r.votes)
        won_seat = ranked[0].seats != 0  # a mayor sits in the council; an unknown seat count is no refusal
        if ranked[0].votes > 0 and won_seat and (len(ranked) == 1 or ranked[0].votes > ranked[1].votes):
            assumed.append(Mayor(municipality=code, letter=ranked[0].letter, assumed=True))
    return data.model_copy(update={"mayors": data.mayors + tuple(assumed)})


def valgforbund_groups(
    data: ElectionData, option: Sequence[Sequence[str]] | None, kkr: str | None, organ: Organ = "kkr"
) -> Callable[[str], dict[str, tuple[str, ...]]]:
    """The valgforbund of each KKR (or of KL's bestyrelse, R15) by name: the workbook's sheet, or ``option`` (for
    the one ``kkr``, or the bestyrelse)."""
    if option is not None:
        if kkr is None and organ == "kkr":
            raise RulesError([Problem("valgforbund_needs_kkr")])
        groups = {"+".join(members): tuple(members) for members in option}
        return lambda _name: dict(groups)
    known = [*data.kkr_names, "bestyrelse"]
    unknown: set[str] = set()
    by_kkr: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in data.valgforbund:
        body = names.match_name(row.kkr, known, prefix="KKR")
        if body is None:
            unknown.add(row.kkr)
            continue
        group = by_kkr.setdefault(body, {})
        group[row.valgforbund] = group.get(row.valgforbund, ()) + (row.party,)
    if unknown:
        raise RulesError([Problem("unknown_kkr", {"value": k, "known": ", ".join(known)}) for k in sorted(unknown)])
    return lambda name: dict(by_kkr.get(name, {}))


def resolve_groups(body: str, groups: dict[str, tuple[str, ...]], votes: dict[str, int]) -> dict[str, tuple[str, ...]]:
    """Valgforbund members written as the user likes (``v``, ``Lokallisterne i danmark``) as party keys;
    a valgforbund named after its members as typed (``a+v``, from the command line) is named ``A+V``."""
    resolved = {}
    for name, members in groups.items():
        keys = tuple(party_key(p, votes) for p in members)
        shown = "+".join(keys) if name == "+".join(members) else name
        resolved[shown if shown not in resolved else name] = keys
    return resolved


def party_key(value: str, parties: Sequence[str] | dict[str, int]) -> str:
    """The party a typed name means (``v``, ``lokallisterne i danmark``), or the name as typed when it means
    none (the caller says which parties there are); a character that only looks like a party's letter (a
    Cyrillic С for C) is refused, naming both."""
    found = names.match_party(value, parties)
    if found is not None:
        return found
    resembles = names.lookalike(value, parties)
    if resembles is not None:
        params = {"value": value, "codepoints": names.codepoints(names.nfc(value)), "letter": resembles}
        raise RulesError([Problem("letter_lookalike", params)])
    return value


def located(problems: list[Problem], rows: Sequence[ValgforbundMember], body: str) -> list[Problem]:
    """Problems with a body's declared valgforbund at the row of the ``valgforbund`` sheet they concern."""
    found = []
    for problem in problems:
        name = problem.params.get("name", problem.params.get("second"))
        party = problem.params.get("party")
        row = next(
            (
                r.where
                for r in rows
                if r.kkr == body
                and r.where is not None
                and names.identity(r.valgforbund) == names.identity(str(name))
                and (party is None or names.match_party(r.party, [party]) is not None)
            ),
            None,
        )
        found.append(replace(problem, file=row.file, sheet=row.sheet, row=row.row) if row else problem)
    return found


CHAIR_ORGANS = ("kkr", "bestyrelse")
"""The bodies that elect a formand and a næstformand: each KKR (R9–R11) and KL's bestyrelse (R15)."""


def chair_votes(composition: Composition, organ: Organ, rules: RulesProfile) -> dict[str, int]:
    """What each represented party brings to the chair election: its votes (R9), or on KL's bestyrelse its
    seats or national votes as ``bestyrelse_chair_basis`` says (R15)."""
    votes = represented(composition.parties)
    if organ == "bestyrelse" and rules.bestyrelse_chair_basis == "seats":
        members = {p.party: p.members for p in composition.parties}
        return {party: members[party] for party in votes}
    return votes


def elect(
    run: _Run, composition: Composition, lots: Lots, strict_groups: bool = True
) -> tuple[ChairResult | None, dict[str, tuple[str, ...]]]:
    """R9–R11 (R15) once the composition is decided; the valgforbund are checked first (R10)."""
    votes = chair_votes(composition, run.organ, run.rules)
    groups = resolve_groups(composition.name, run.groups(composition.name), votes)
    problems = valgforbund_problems(composition.name, groups, votes, run.rules.valgforbund_min_parties)
    problems = located(problems, run.rows, composition.name)
    if problems:
        if strict_groups:
            raise RulesError(problems)
        return None, groups
    return elect_chair(composition.name, votes, groups, lots), groups


def record(run: _Run, area: AreaTally, lots: Lots, explore: bool = True) -> BodyRecord:
    """One body: composition, then (for a decided KKR) the chair, then what a pending lot would decide."""
    if run.organ == "bestyrelse":
        from .engine.national import compose_board

        composition = compose_board(
            area, run.rules.bestyrelse_seats, Fraction(run.rules.bestyrelse_threshold_percent), lots
        )
    else:
        composition = compose(area, run.composition, lots)
    chair: ChairResult | None = None
    groups: dict[str, tuple[str, ...]] = {}
    if run.organ in CHAIR_ORGANS and composition.complete:
        chair, groups = elect(run, composition, lots, strict_groups=explore)
    basis: Literal["votes", "seats"] = (
        "seats" if run.organ == "bestyrelse" and run.rules.bestyrelse_chair_basis == "seats" else "votes"
    )
    body = BodyRecord(area.name, run.organ, composition, chair, (), groups, run.valgforbund_source, chair_basis=basis)
    if not explore:
        return body
    pending = []
    for tie in body.unresolved:
        outcomes = alternatives(tie, lots, lambda settled: _outcome(record(run, area, settled, explore=False)))
        pending.append(PendingLot(tie, tuple(LotOutcome(winners, *o) for winners, o in outcomes)))
    return replace(body, pending=tuple(pending))


def _outcome(body: BodyRecord) -> tuple[dict[str, int], str | None, str | None, bool]:
    members = {p.party: p.members for p in body.composition.parties if p.members}
    chair = body.chair
    return (
        members,
        chair.holder("formand") if chair else None,
        chair.holder("naestformand") if chair else None,
        not body.decided,
    )


def _drawn_for(tie: Tie) -> Label:
    """What a drawing is for: a post of the chair election, or a numbered seat."""
    post = post_of(tie)
    return Label(keys.DRAWING[post]) if post else Label("seat_number", (("seat", tie.seat),))


def _lot_error(error: LotError) -> RulesError:
    """A supplied drawing result that does not fit its tie, as a message naming the tie."""
    tie = error.tie
    return RulesError(
        [
            Problem(
                error.code,
                {
                    "winners": ",".join(error.winners) or "-",
                    "candidates": Names(tie.candidates),
                    "seats": Counted("n_winners", tie.seats),
                    "seat": _drawn_for(tie),
                    "body": body_name(tie.context.body, "kkr" if tie.context.body not in ORGANS else tie.context.body),
                },
            )
        ]
    )


def calculate(data: ElectionData, request: Request | None = None, *, sensitivity: bool = True) -> Calculation:
    """R1–R15 for the requested bodies; ties settled by the seeded draw or by the results of real drawings.

    ``request.lot`` lists the results of real drawings, one per tie in the order they are listed (each naming
    all of that tie's winners); a :class:`ChairRequest`'s ``valgforbund`` (with ``kkr``, or for KL's
    bestyrelse) replaces the workbook's. ``sensitivity`` also computes what each alternative of each uncertain
    setting would change.
    """
    request = request or Request()
    rules, organ, kkr = request.rules, request.organ, request.kkr
    valgforbund = request.valgforbund if isinstance(request, ChairRequest) else None
    if request.seed is not None and request.lot:
        raise RulesError([Problem("lot_and_seed")])
    if request.assume_mayors:
        data = assume_largest_mayors(data)
    tallies = areas(data, organ, kkr)
    if request.strict and (problems := partial_problems(tallies, organ)):
        raise RulesError(problems)
    if problems := precondition_problems(tallies, rules):
        raise RulesError(problems)
    source: ValgforbundSource | None = "option" if valgforbund is not None else "sheet" if data.valgforbund else None
    groups = valgforbund_groups(data, valgforbund, kkr, organ)
    run = _Run(organ, rules, composition_rules(rules, organ), groups, source, data.valgforbund)
    parties = sorted({p.party for t in tallies for p in t.parties})
    results = [tuple(party_key(p, parties) for p in winners) for winners in request.lot]

    def compute(lots: Lots) -> tuple[BodyRecord, ...]:
        return tuple(record(run, t, lots) for t in tallies)

    def listed(records: tuple[BodyRecord, ...]) -> list[Tie]:
        return [t for r in records for t in r.ties]

    try:
        records, used = settle_in_order(compute, listed, results, request.seed)
    except LotError as error:
        raise _lot_error(error) from None
    if used < len(results):
        unused = [",".join(w) for w in results[used:]]
        raise RulesError([Problem("lot_unused", {"values": " ".join(unused), "ties": Counted("n_drawings", used)})])
    return Calculation(
        request=request,
        source=data.source,
        records=records,
        computed_at=datetime.now(UTC),
        version=__version__,
        deadline=valgforbund_deadline(request.meeting) if request.meeting else None,
        colours=dict(data.colours),
        sensitivity=_sensitivity(data, run, kkr, records) if sensitivity else None,
    )


def _sensitivity(
    data: ElectionData, run: _Run, kkr: str | None, records: tuple[BodyRecord, ...]
) -> tuple[Alternative, ...]:
    """The calculation again under each alternative of each uncertain setting (the pure engine only, on the
    same data and with the same drawings: a tie only the alternative meets stays open), and what that changes."""
    lots = Lots.of(t for r in records for t in r.ties)
    found = []
    base = tuple(r.tally for r in records)
    for trial in trials(run.rules, run.organ, data.uncertain_parties):
        tallies = base  # a setting changes how the votes are used, not the votes: the same tallies
        if trial.not_a_party is not None:
            parties = {k: v for k, v in data.parties.items() if k != trial.not_a_party}
            tallies = areas(data.model_copy(update={"parties": parties}), run.organ, kkr)
        if precondition_problems(tallies, trial.rules):
            found.append(Alternative(trial.setting, trial.rule, trial.value, (), checked=False))
            continue
        again = replace(run, rules=trial.rules, composition=composition_rules(trial.rules, run.organ))
        alternative = tuple(record(again, t, lots, explore=False) for t in tallies)
        found.append(Alternative(trial.setting, trial.rule, trial.value, changes(records, alternative)))
    return tuple(found)


def check(
    data: ElectionData, rules: RulesProfile | None = None, strict: bool = False, organ: Organ = "kkr"
) -> tuple[list[Problem], list[Problem]]:
    """Everything ``allocate`` and ``chair`` would refuse, all at once: (problems, warnings).

    Partial data is a warning, or a problem with ``strict`` (the official calculation).
    """
    rules = rules or RulesProfile()
    tallies = areas(data, organ, None)
    partial = partial_problems(tallies, organ)
    problems, warnings = (partial, []) if strict else ([], partial)
    problems += precondition_problems(tallies, rules)
    try:
        groups = valgforbund_groups(data, None, None)
    except RulesError as error:
        return problems + error.problems, warnings
    if not problems and organ == "kkr":
        run = _Run("kkr", rules, composition_rules(rules), groups, "sheet")
        for t in tallies:
            composition = compose(t, run.composition, Lots())
            if composition.complete:
                votes = represented(composition.parties)
                resolved = resolve_groups(t.name, groups(t.name), votes)
                found = valgforbund_problems(t.name, resolved, votes, rules.valgforbund_min_parties)
                problems += located(found, data.valgforbund, t.name)
    return problems, warnings


ENUMERATION_LIMIT = 10_000_000
"""The default and the highest bound on partitions walked by ``--method enumerate``: all of 12 parties
(4 213 597) in seconds; 13 parties (27 644 437) would take minutes."""


def analyse_scenarios(
    calculation: Calculation,
    request: ScenarioRequest,
    progress: Callable[[str, int, int], None] | None = None,
    skip: Callable[[list[Problem]], None] | None = None,
) -> Calculation:
    """R12 for every KKR of ``calculation`` (or KL's bestyrelse): what each possible set of valgforbund would win.

    ``request.method`` is ``count`` (exact counts without enumerating, the default) or ``enumerate`` (every
    partition; the oracle). ``request.given`` fixes valgforbund beforehand: the other parties arrange themselves
    in every way. The counts are left out — and the report says why — for a body with more scenarios than
    ``max_scenarios`` (default: none for counting, :data:`ENUMERATION_LIMIT` for the enumeration). A body
    with more parties than :data:`~kkrvalg.engine.counting.COUNT_LIMIT` (after ``given``) would take hours, and
    one without votes has no election: such a body is refused before anything starts — or, with ``skip`` and
    other bodies to analyse, left out and handed to ``skip``. ``request.party``'s options are shown in the order
    ``sort`` (see :data:`~kkrvalg.results.OUTLOOK_ORDERS`), the first ``top`` of them (None: all).
    ``progress(kkr, done, total)`` drives a progress bar.
    """
    from .engine import scenarios as engine
    from .engine.counting import COUNT_LIMIT, count_scenarios

    method, party, given = request.method, request.party, request.given
    max_scenarios = request.max_scenarios
    if method == "enumerate" and max_scenarios is not None and max_scenarios > ENUMERATION_LIMIT:
        raise RulesError([Problem("enumeration_too_large", {"value": max_scenarios, "limit": ENUMERATION_LIMIT})])
    limit = max_scenarios if max_scenarios is not None else ENUMERATION_LIMIT if method == "enumerate" else None
    min_parties = calculation.rules.valgforbund_min_parties
    records, refused = [], []
    for body in calculation.records:
        if body.chair_waits:
            raise RulesError([Problem("scenario_waits_for_lot", {"kkr": body.name})])
        votes = chair_votes(body.composition, body.organ, calculation.rules)
        if not any(votes.values()):
            refused.append(Problem("scenario_no_votes", {"kkr": body.name}))
            continue
        chosen = _scenario_party(body.name, party, votes)
        fixed = _given(body.name, given, votes, min_parties)
        units = len(votes) - sum(len(g) for g in fixed) + len(fixed)
        if units > COUNT_LIMIT:
            refused.append(_too_many_units(body.name, units, COUNT_LIMIT))
            continue
        scenarios = engine.scenario_count(votes, min_parties, fixed)
        skipped: Literal["max_scenarios"] | None = "max_scenarios" if limit is not None and scenarios > limit else None
        enumeration = None
        if skipped is None:
            if method == "count":
                advance = _progress_for(progress, body.name, scenarios)
                enumeration = count_scenarios(votes, min_parties, fixed=fixed, progress=advance)
            else:
                free = len(votes) - sum(len(g) for g in fixed)
                advance = _progress_for(progress, body.name, engine.partitions_of(free))
                enumeration = engine.enumerate_scenarios(votes, min_parties, advance, fixed=fixed)
        analysis = ScenarioAnalysis(
            votes=votes,
            given=fixed,
            formand_blocs=engine.guaranteed(votes, 1, min_parties, fixed=fixed),
            both_blocs=engine.guaranteed(votes, 2, min_parties, fixed=fixed),
            scenarios=scenarios,
            method=method,
            enumeration=enumeration,
            max_scenarios=limit,
            skipped=skipped,
            party=chosen,
            sort=request.sort,
            top=request.top,
        )
        records.append(replace(body, scenarios=analysis))
    if refused and (skip is None or not records):
        raise RulesError(refused)
    if refused and skip is not None:
        skip(refused)
    return replace(calculation, records=tuple(records))


def _too_many_units(body: str, units: int, limit: int) -> Problem:
    """A KKR whose scenarios cannot be counted in seconds, with what it would cost and how to get below."""
    from .engine.counting import estimated_cost

    seconds, memory = estimated_cost(units)
    return Problem(
        "scenario_too_many_parties",
        {
            "kkr": body,
            "units": units,
            "limit": limit,
            "time": Counted(*_duration(seconds)),
            "memory": memory // 2**20,
            "fix": units - limit,
        },
    )


def _duration(seconds: float) -> tuple[str, int]:
    """A rough duration in the largest unit that fits: (counted noun, whole count)."""
    for unit, size in (("n_years", 365 * 86400), ("n_days", 86400), ("n_hours", 3600), ("n_minutes", 60)):
        if seconds >= size:
            return unit, round(seconds / size)
    return "n_seconds", max(1, round(seconds))


def _scenario_party(body: str, party: str | None, votes: dict[str, int]) -> str | None:
    """The represented party named by ``--party`` (any case), or a RulesError listing the represented."""
    if party is None:
        return None
    match = party_key(party, votes)
    if match not in votes:
        raise RulesError(
            [Problem("scenario_party_unrepresented", {"party": party, "kkr": body, "known": ", ".join(votes)})]
        )
    return match


def _given(
    body: str, given: Sequence[Sequence[str]], votes: dict[str, int], min_parties: int
) -> tuple[tuple[str, ...], ...]:
    """``--given`` valgforbund as party keys, checked like declared ones (R10)."""
    groups = resolve_groups(body, {"+".join(g): tuple(g) for g in given}, votes)
    if problems := valgforbund_problems(body, groups, votes, min_parties):
        raise RulesError(problems)
    return tuple(groups.values())


def _progress_for(
    progress: Callable[[str, int, int], None] | None, kkr: str, total: int
) -> Callable[[int], None] | None:
    """Turn the engine's per-step counts into ``progress(kkr, done, total)`` calls."""
    if progress is None:
        return None
    done = 0

    def advance(steps: int) -> None:
        nonlocal done
        done += steps
        progress(kkr, done, total)

    return advance
