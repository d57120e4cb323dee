"""The JSON contract of ``--format json``: stable keys, exact integers, quotients as fractions.

Everything undecided is visibly undecided: a seat or post waiting for a lot has ``null`` as its holder,
the tie has no winners and ``"resolution": "unresolved"``, and lists what each possible drawing gives.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..engine.chair import ChairResult
from ..engine.lots import Tie
from ..engine.quotient import Quotient
from ..results import BodyRecord, Calculation, PendingLot, ScenarioAnalysis

if TYPE_CHECKING:
    from ..engine.scenarios import Bloc


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


def quotient_json(q: Quotient | None) -> dict[str, Any] | None:
    if q is None:
        return None
    return {"votes": q.votes, "divisor": q.divisor, "quotient": q.mixed()}


def tie_json(tie: Tie, pending: PendingLot | None = None) -> dict[str, Any]:
    entry = {
        "key": tie.key,
        "context": tie.context.key,
        "body": tie.context.body,
        "kind": tie.context.kind,
        "valgforbund": tie.context.valgforbund,
        "seat": tie.seat,
        "candidates": list(tie.candidates),
        "seats": tie.seats,
        "quotient": quotient_json(tie.quotient),
        "winners": list(tie.winners),
        "resolution": tie.resolution,
        "seed": tie.seed,
    }
    if pending is not None:
        entry["alternatives"] = [
            {
                "winners": list(o.winners),
                "members": dict(o.members),
                "formand": o.formand,
                "naestformand": o.naestformand,
                "open": o.open,
            }
            for o in pending.outcomes
        ]
    return entry


def _ties(record: BodyRecord, ties: tuple[Tie, ...]) -> list[dict[str, Any]]:
    pending = {p.tie.key: p for p in record.pending}
    return [tie_json(t, pending.get(t.key)) for t in ties]


def body_json(record: BodyRecord) -> dict[str, Any]:
    """One KKR or national body: the tally's state, every party, every seat and every tie."""
    c = record.composition
    t = c.tally
    return {
        "municipalities": len(t.municipalities),
        "counted": t.counted,
        "cap": c.cap,
        "cap_reached": c.cap_reached,
        "members": c.members,
        "mayors": c.mayors,
        "supplementary": c.supplementary,
        "undecided": c.undecided,
        "complete": record.complete,
        "provisional": record.provisional,
        "missing": list(t.missing),
        "preliminary": list(t.preliminary),
        "without_mayor": list(t.without_mayor),
        "seats_unknown": list(t.seats_unknown),
        "assumed_mayors": assumed_mayors(record),
        "waiting_mayors": list(t.waiting_mayors),
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
                "candidates": list(s.candidates),
                "assumed": s.assumed,
            }
            for s in c.seats
        ],
        "ties": _ties(record, c.ties),
    }


def assumed_mayors(record: BodyRecord) -> list[dict[str, str]]:
    return [
        {"municipality": s.municipality, "party": s.party}
        for s in record.composition.seats
        if s.kind == "mayor" and s.assumed
    ]


def chair_json(record: BodyRecord) -> dict[str, Any]:
    """The chair election of a KKR; while it waits for the composition's lot, every holder is null."""
    chair = record.chair
    valgforbund = [{"name": name, "parties": list(members)} for name, members in record.valgforbund.items()]
    base = {
        "kkr": record.name,
        "basis": record.chair_basis,
        "valgforbund": valgforbund,
        "valgforbund_source": record.valgforbund_source,
    }
    if chair is None:
        return base | {
            "status": "waiting_for_composition",
            "formand": None,
            "naestformand": None,
            "lists": [],
            "posts": [],
            "margins": {},
            "ties": [],
        }
    return base | {
        "status": "pending_lot" if not chair.complete else "decided" if chair.lists else "no_candidates",
        "formand": chair.holder("formand"),
        "naestformand": chair.holder("naestformand"),
        **_chair_details(chair),
        "ties": _ties(record, chair.ties),
    }


def _chair_details(chair: ChairResult) -> dict[str, Any]:
    return {
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
                "by_lot": p.by_lot,
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
                "by_lot": m.by_lot,
            }
            for m in chair.margins
        },
    }


def calculation_head(calculation: Calculation) -> dict[str, Any]:
    """What every document starts with: the rules, the input, whether everything is decided, and what the result
    would be under the alternatives of each uncertain setting."""
    return {
        "organ": calculation.organ,
        "rules": calculation.rules.model_dump(mode="json"),
        "source": calculation.source.model_dump(mode="json"),
        "computed_at": calculation.computed_at.isoformat(timespec="seconds"),
        "version": calculation.version,
        "complete": calculation.complete,
        "ties_resolved": calculation.ties_resolved,
        "sensitivity": [
            {
                "setting": a.setting,
                "rule": a.rule,
                "value": a.value,
                "checked": a.checked,
                "changes": [
                    {"body": c.body, "kind": c.kind, "party": c.party, "before": c.before, "after": c.after}
                    for c in a.changes
                ],
            }
            for a in calculation.sensitivity or ()
        ],
    }


def kkr_json(record: BodyRecord) -> dict[str, Any]:
    """A KKR as ``allocate`` gives it: the body, then its chair election."""
    return {"kkr": record.name, **body_json(record), "chair": chair_json(record)}


def allocation_document(calculation: Calculation) -> dict[str, Any]:
    """``allocate --format json``: a list of KKR, or one national body's keys at the top level."""
    head = calculation_head(calculation)
    if calculation.organ != "kkr":
        (record,) = calculation.records
        chair = {"chair": chair_json(record)} if record.organ == "bestyrelse" else {}
        return head | body_json(record) | chair
    assumed = [a for r in calculation.records for a in assumed_mayors(r)]
    return head | {"assumed_mayors": assumed, "kkr": [kkr_json(r) for r in calculation.records]}


def chair_document(calculation: Calculation) -> dict[str, Any]:
    """``chair --format json``."""
    return calculation_head(calculation) | {"kkr": [chair_json(r) for r in calculation.records]}


def bloc_json(bloc: Bloc) -> dict[str, Any]:
    return {
        "members": list(bloc.members),
        "votes": bloc.votes,
        "others": bloc.others,
        "rival": bloc.rival,
        "surplus": bloc.surplus,
        "formand": bloc.formand,
        "naestformand": bloc.naestformand,
    }


def scenario_json(record: BodyRecord) -> dict[str, Any]:
    """Guaranteed blocs, the counts over every arrangement and, with a party, its outlook (R12)."""
    analysis: ScenarioAnalysis = record.scenarios
    e = analysis.enumeration
    counts: dict[str, Any] = {
        "method": analysis.method,
        "partitions": analysis.scenarios,
        "max_scenarios": analysis.max_scenarios,
        "skipped": e is None,
        "skipped_reason": analysis.skipped,
    }
    if e is not None:
        counts |= {
            "scenarios": e.scenarios,
            "formand": dict(e.formand),
            "naestformand": dict(e.naestformand),
            "by_lot": {"formand": e.formand_lot, "naestformand": e.naestformand_lot},
        }
    return {
        "kkr": record.name,
        "provisional": record.provisional,
        "parties": [{"party": p, "votes": v} for p, v in analysis.votes.items()],
        "given": [list(g) for g in analysis.given],
        "guaranteed": {
            "formand": [bloc_json(b) for b in analysis.formand_blocs],
            "both": [bloc_json(b) for b in analysis.both_blocs],
        },
        "enumeration": counts,
        "party": analysis.party,
        "sort": analysis.sort,
        "outlook_total": len(analysis.outlook()),
        "outlook": [
            {
                "members": list(o.members),
                "votes": o.votes,
                "others": o.others,
                "rival": o.rival,
                "scenarios": o.scenarios,
                "formand": o.formand,
                "naestformand": o.naestformand,
                "by_lot": o.lot,
                "short_of_formand": o.short_of_formand,
                "short_of_both": o.short_of_both,
            }
            for o in analysis.shown_outlook()
        ],
    }


def scenarios_document(calculation: Calculation) -> dict[str, Any]:
    """``scenarios --format json``."""
    return calculation_head(calculation) | {"kkr": [scenario_json(r) for r in calculation.records]}
