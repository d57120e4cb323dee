"""The Python API for analysts: the calculations of the CLI, returned as the same typed documents.

``load`` gives the validated election data; ``compose``, ``chair`` and ``scenarios`` return the documents of
:mod:`kkrvalg.documents` — exactly what the matching command prints with ``--format json`` — whose ``*_frame()``
methods give pandas DataFrames. Their parameters are the fields of the command's request
(:mod:`kkrvalg.request`), so the API and the command line cannot drift apart. Bad input raises
:class:`~kkrvalg.errors.InputError` or :class:`~kkrvalg.errors.RulesError` (never ``SystemExit``), carrying the
CLI's messages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Literal

from . import pipeline
from .documents import (
    AllocationDocument,
    ChairDocument,
    OrganDocument,
    ScenarioDocument,
    allocation_document,
    chair_document,
    scenarios_document,
)
from .io.load import load as _load
from .io.rules_file import load_rules, rules_from_mapping
from .model import ElectionData, Organ, RulesProfile
from .names import split_parties
from .request import ChairRequest, Request, ScenarioRequest, make_request

RulesLike = RulesProfile | Mapping[str, Any] | str | Path | None
PartiesLike = Sequence[str] | str
"""Parties as a sequence (``("V", "C")``) or written the way the command line takes them (``"V+C"``, ``"v, c"``)."""


def load(path: str | Path) -> ElectionData:
    """The validated election data of a workbook (or folder of CSV files)."""
    return _load(path)


def _rules(rules: RulesLike) -> RulesProfile:
    """A profile from a profile, a mapping of settings or a TOML file — validated the same way each time."""
    if rules is None:
        return RulesProfile()
    if isinstance(rules, RulesProfile):
        return rules
    if isinstance(rules, Mapping):
        return rules_from_mapping(dict(rules), "rules")
    return load_rules(rules)


def _parties(groups: Sequence[PartiesLike]) -> tuple[tuple[str, ...], ...]:
    return tuple(split_parties(g) if isinstance(g, str) else tuple(g) for g in groups)


def compose(
    data: ElectionData,
    rules: RulesLike = None,
    kkr: str | None = None,
    organ: Organ = "kkr",
    strict: bool = False,
    assume_mayors: bool = False,
    seed: int | None = None,
    lot: Sequence[PartiesLike] = (),
    meeting: date | None = None,
) -> AllocationDocument | OrganDocument:
    """R1–R15 as ``kkrvalg allocate`` computes them: every KKR (or the one named), or a national body.

    ``rules`` is a profile, a mapping of settings or a TOML file; ``seed``/``lot`` settle ties as on the
    CLI (``lot`` lists each drawing's winners, in the order the ties are listed).
    """
    request = make_request(
        Request,
        rules=_rules(rules),
        kkr=kkr,
        organ=organ,
        strict=strict,
        assume_mayors=assume_mayors,
        seed=seed,
        lot=_parties(lot),
        meeting=meeting,
    )
    return allocation_document(pipeline.calculate(data, request))


def chair(
    data: ElectionData,
    rules: RulesLike = None,
    kkr: str | None = None,
    organ: Literal["kkr", "bestyrelse"] = "kkr",
    strict: bool = False,
    assume_mayors: bool = False,
    seed: int | None = None,
    lot: Sequence[PartiesLike] = (),
    meeting: date | None = None,
    valgforbund: Sequence[PartiesLike] | None = None,
) -> ChairDocument:
    """R9–R11 (R15): formand and næstformand; ``valgforbund`` (with ``kkr``, or ``organ="bestyrelse"``)
    replaces the workbook's, e.g. ``[("A", "F", "Ø")]`` or ``["A+F+Ø"]``."""
    request = make_request(
        ChairRequest,
        rules=_rules(rules),
        kkr=kkr,
        organ=organ,
        strict=strict,
        assume_mayors=assume_mayors,
        seed=seed,
        lot=_parties(lot),
        meeting=meeting,
        valgforbund=None if valgforbund is None else _parties(valgforbund),
    )
    return chair_document(pipeline.calculate(data, request))


def scenarios(
    data: ElectionData,
    rules: RulesLike = None,
    kkr: str | None = None,
    organ: Literal["kkr", "bestyrelse"] = "kkr",
    strict: bool = False,
    assume_mayors: bool = False,
    seed: int | None = None,
    lot: Sequence[PartiesLike] = (),
    meeting: date | None = None,
    party: str | None = None,
    given: Sequence[PartiesLike] = (),
    method: Literal["count", "enumerate"] = "count",
    max_scenarios: int | None = None,
    sort: Literal["smallest", "formand", "naestformand", "votes"] = "smallest",
    top: int | None = 15,
) -> ScenarioDocument:
    """R12: the guaranteed blocs and the counts over every way to form valgforbund, as ``kkrvalg scenarios``
    computes them; ``given`` fixes valgforbund (``[("V", "C")]``), ``party`` asks for its options."""
    request = make_request(
        ScenarioRequest,
        rules=_rules(rules),
        kkr=kkr,
        organ=organ,
        strict=strict,
        assume_mayors=assume_mayors,
        seed=seed,
        lot=_parties(lot),
        meeting=meeting,
        party=party,
        given=_parties(given),
        method=method,
        max_scenarios=max_scenarios,
        sort=sort,
        top=top,
    )
    calculation = pipeline.calculate(data, request)
    return scenarios_document(pipeline.analyse_scenarios(calculation, request))
