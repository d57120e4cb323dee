"""The JSON contract of ``allocate --format json``: stable keys, exact integers, quotients as fractions."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..engine.chair import ChairResult
from ..engine.composition import Composition
from ..engine.lots import Tie
from ..engine.quotient import Quotient
from ..pipeline import AllocationResult, ChairOutcome, ScenarioAnalysis

if TYPE_CHECKING:
    from ..engine.scenarios import Bloc


def quotient_json(q: Quotient | None) -> dict[str, Any] | None:
    if q is None:
        return None
    return {"votes": q.votes, "divisor": q.divisor, "quotient": q.mixed()}


def tie_json(tie: Tie) -> dict[str, Any]:
    return {
        "key": tie.key,
        "context": tie.context,
        "seat": tie.seat,
        "candidates": list(tie.candidates),
        "seats": tie.seats,
        "quotient": quotient_json(tie.quotient),
        "winners": list(tie.winners),
        "resolution": tie.resolution,
        "seed": tie.seed,
    }


def composition_json(c: Composition) -> dict[str, Any]:
    t = c.tally
    return {
        "kkr": c.kkr,
        "municipalities": len(t.municipalities),
        "counted": t.counted,
        "cap": c.cap,
        "cap_reached": c.cap_reached,
        "members": c.members,
        "mayors": c.mayors,
        "supplementary": c.supplementary,
        "provisional": t.provisional,
        "missing": list(t.missing),
        "preliminary": list(t.preliminary),
        "without_mayor": list(t.without_mayor),
        "seats_unknown": list(t.seats_unknown),
        "valid_votes": t.valid_votes,
        "threshold_denominator": c.denominator,
        "parties": [
            {
                "party": p.party,
                "name": p.name,
                "votes": p.votes,
                "share": round(float(p.share), 6),
                "council_seats": p.council_seats,
                "eligible": p.eligible,
                "reason": p.reason,
                "council_seat_assumed": p.seat_assumed,
                "mayors": p.mayors,
                "supplementary": p.supplementary,
                "members": p.members,
            }
            for p in c.parties
        ],
        "seats": [
            {
                "order": s.order,
                "party": s.party,
                "kind": s.kind,
                "municipality": s.municipality,
                **(quotient_json(s.quotient) or {"votes": None, "divisor": None, "quotient": None}),
                "tie": s.tie,
            }
            for s in c.seats
        ],
        "ties": [tie_json(tie) for tie in c.ties],
    }


def allocation_json(result: AllocationResult) -> dict[str, Any]:
    return {
        "rules": result.rules.model_dump(mode="json"),
        "source": result.source.model_dump(mode="json"),
        "complete": not result.unresolved_ties,
        "kkr": [composition_json(c) for c in result.compositions],
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


def with_alternatives(document: dict[str, Any], result: AllocationResult) -> dict[str, Any]:
    """Add, to each tie awaiting a lot, the members per party under each possible outcome."""
    for entry, alternatives in zip(document["kkr"], result.alternatives):
        for tie_entry in entry["ties"]:
            tie_entry["alternatives"] = [
                {"winners": list(winners), "members": {p.party: p.members for p in alt.parties if p.members}}
                for tie, winners, alt in alternatives
                if tie.key == tie_entry["key"]
            ]
    return document


def chair_json(chair: ChairResult) -> dict[str, Any]:
    return {
        "kkr": chair.kkr,
        "formand": chair.holder("formand"),
        "naestformand": chair.holder("naestformand"),
        "lists": [
            {
                "list": lst.key,
                "parties": list(lst.members),
                "votes": lst.votes,
                "quotients": [quotient_json(Quotient(lst.votes, d)) for d in (1, 2)],
            }
            for lst in chair.lists
        ],
        "posts": [
            {
                "post": p.post,
                "party": p.party,
                "list": p.list_key,
                "quotient": quotient_json(p.quotient),
                "member_quotient": quotient_json(p.member_quotient),
            }
            for p in chair.posts
        ],
        "margins": {
            m.post: {
                "winner": m.winner,
                "runner_up": m.runner_up,
                "winner_quotient": quotient_json(m.winner_quotient),
                "runner_up_quotient": quotient_json(m.runner_up_quotient),
                "votes_needed_by_runner_up": m.needed,
                "winner_surplus": m.surplus,
            }
            for m in chair.margins
        },
        "ties": [tie_json(t) for t in chair.ties],
    }


def chair_document(outcomes: tuple[ChairOutcome, ...]) -> dict[str, Any]:
    return {"kkr": [chair_json(o.chair) for o in outcomes]}


def allocation_with_chair(result: AllocationResult, outcomes: tuple[ChairOutcome, ...]) -> dict[str, Any]:
    document = with_alternatives(allocation_json(result), result)
    for entry, outcome in zip(document["kkr"], outcomes):
        entry["chair"] = chair_json(outcome.chair)
    document["complete"] = document["complete"] and all(o.chair.complete for o in outcomes)
    return document


def bloc_json(bloc: Bloc) -> dict[str, Any]:
    entry = {
        "members": list(bloc.members),
        "votes": bloc.votes,
        "others": bloc.others,
        "surplus": bloc.surplus,
        "formand": bloc.formand,
    }
    if bloc.posts == 2:
        entry["naestformand"] = bloc.naestformand
    return entry


def scenario_json(analysis: ScenarioAnalysis) -> dict[str, Any]:
    """Guaranteed blocs, enumeration counts and, with a party, its outlook per valgforbund (R12)."""
    e = analysis.enumeration
    enumeration: dict[str, Any] = {
        "partitions": analysis.partitions,
        "max_scenarios": analysis.max_scenarios,
        "skipped": e is None,
    }
    if e is not None:
        enumeration |= {
            "scenarios": e.scenarios,
            "formand": dict(e.formand),
            "naestformand": dict(e.naestformand),
            "by_lot": {"formand": e.formand_lot, "naestformand": e.naestformand_lot},
        }
    return {
        "kkr": analysis.composition.kkr,
        "provisional": analysis.composition.tally.provisional,
        "parties": [{"party": p, "votes": v} for p, v in analysis.votes.items()],
        "guaranteed": {
            "formand": [bloc_json(b) for b in analysis.formand_blocs],
            "both": [bloc_json(b) for b in analysis.both_blocs],
        },
        "enumeration": enumeration,
        "party": analysis.party,
        "outlook": [
            {
                "members": list(o.members),
                "votes": o.votes,
                "scenarios": o.scenarios,
                "formand": o.formand,
                "naestformand": o.naestformand,
                "by_lot": o.lot,
            }
            for o in analysis.outlook()
        ],
    }


def scenarios_document(analyses: tuple[ScenarioAnalysis, ...]) -> dict[str, Any]:
    return {"kkr": [scenario_json(a) for a in analyses]}
