"""The Python API for analysts: the calculations of the CLI, returned as pydantic models.

``load`` gives the validated election data; ``compose``, ``chair`` and ``scenarios`` give results whose
``model_dump(mode="json")`` is exactly the JSON of the matching CLI command with ``--format json``, and
whose ``to_frame()`` is a pandas DataFrame. Bad input raises :class:`~kkrvalg.errors.InputError` or
:class:`~kkrvalg.errors.RulesError` (never ``SystemExit``), carrying the CLI's messages.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from .io.load import load as _load
from .io.rules_file import load_rules
from .model import ElectionData, RulesProfile
from .pipeline import MAX_SCENARIOS, AllocationResult, ChairOutcome, analyse_scenarios, calculate
from .report import json_report

if TYPE_CHECKING:
    import pandas as pd

RulesLike = RulesProfile | dict[str, Any] | str | Path | None


class _Document(BaseModel):
    """A JSON document of the CLI: typed where analysts reach in, every other key kept as it is."""

    model_config = ConfigDict(extra="allow", frozen=True)


class PartyRow(_Document):
    party: str
    name: str
    votes: int
    share: float
    council_seats: int
    eligible: bool
    reason: str | None
    mayors: int
    supplementary: int
    members: int


class ChairKkr(_Document):
    kkr: str
    formand: str | None
    naestformand: str | None
    lists: list[dict[str, Any]]
    posts: list[dict[str, Any]]
    margins: dict[str, Any]
    ties: list[dict[str, Any]]


class KkrComposition(_Document):
    kkr: str
    municipalities: int
    counted: int
    cap: int
    cap_reached: bool
    members: int
    mayors: int
    supplementary: int
    provisional: bool
    missing: list[str]
    parties: list[PartyRow]
    seats: list[dict[str, Any]]
    ties: list[dict[str, Any]]
    chair: ChairKkr


class Composition(_Document):
    """Every KKR's composition and chair election (the JSON of ``kkrvalg allocate``)."""

    rules: dict[str, Any]
    source: dict[str, Any]
    complete: bool
    kkr: list[KkrComposition]

    def to_frame(self) -> pd.DataFrame:
        """One row per KKR × party: votes, share, eligibility, mayors, supplementary and members."""
        import pandas as pd

        rows = [{"kkr": k.kkr, "provisional": k.provisional, **p.model_dump()} for k in self.kkr for p in k.parties]
        return pd.DataFrame(rows)


class Chair(_Document):
    """The chair elections (the JSON of ``kkrvalg chair``)."""

    kkr: list[ChairKkr]

    def to_frame(self) -> pd.DataFrame:
        """One row per KKR × list or valgforbund, with the post it won."""
        import pandas as pd

        rows = []
        for k in self.kkr:
            won: dict[str, list[str]] = {}
            for post in k.posts:
                won.setdefault(post["list"], []).append(post["post"])
            for lst in k.lists:
                rows.append(
                    {
                        "kkr": k.kkr,
                        "list": lst["list"],
                        "parties": ", ".join(lst["parties"]),
                        "votes": lst["votes"],
                        "posts": ", ".join(won.get(lst["list"], [])),
                    }
                )
        return pd.DataFrame(rows)


class Scenarios(_Document):
    """Valgforbund scenarios (the JSON of ``kkrvalg scenarios``)."""

    kkr: list[dict[str, Any]]

    def to_frame(self) -> pd.DataFrame:
        """One row per KKR × party: in how many scenarios it takes each post."""
        import pandas as pd

        rows = []
        for k in self.kkr:
            e = k["enumeration"]
            for p in k["parties"]:
                rows.append(
                    {
                        "kkr": k["kkr"],
                        "party": p["party"],
                        "votes": p["votes"],
                        "scenarios": e.get("scenarios"),
                        "formand": e.get("formand", {}).get(p["party"]),
                        "naestformand": e.get("naestformand", {}).get(p["party"]),
                    }
                )
        return pd.DataFrame(rows)


def load(path: str | Path) -> ElectionData:
    """The validated election data of a workbook (or folder of CSV files)."""
    return _load(path)


def _rules(rules: RulesLike) -> RulesProfile:
    if rules is None:
        return RulesProfile()
    if isinstance(rules, RulesProfile):
        return rules
    if isinstance(rules, dict):
        return RulesProfile(**rules)
    return load_rules(rules)


def _run(
    data: ElectionData,
    rules: RulesLike,
    kkr: str | None,
    seed: int | None,
    lot: Sequence[str],
    valgforbund: Sequence[Sequence[str]] | None,
    strict: bool,
) -> tuple[AllocationResult, tuple[ChairOutcome, ...]]:
    override = [tuple(group) for group in valgforbund] if valgforbund is not None else None
    return calculate(data, _rules(rules), kkr, seed, lot, override, strict)


def compose(
    data: ElectionData,
    rules: RulesLike = None,
    kkr: str | None = None,
    seed: int | None = None,
    lot: Sequence[str] = (),
    strict: bool = False,
) -> Composition:
    """R1–R11 for every KKR in ``data`` (or the one named), as ``kkrvalg allocate`` computes them.

    ``rules`` is a profile, a dict of settings or a TOML file; ``seed``/``lot`` settle ties as on the CLI.
    """
    result, outcomes = _run(data, rules, kkr, seed, lot, None, strict)
    return Composition.model_validate(json_report.allocation_with_chair(result, outcomes))


def chair(
    data: ElectionData,
    kkr: str | None = None,
    valgforbund: Sequence[Sequence[str]] | None = None,
    rules: RulesLike = None,
    seed: int | None = None,
    lot: Sequence[str] = (),
    strict: bool = False,
) -> Chair:
    """R9–R11: formand and næstformand; ``valgforbund`` (with ``kkr``) replaces the workbook's, e.g.
    ``[("A", "F", "Ø")]``."""
    _, outcomes = _run(data, rules, kkr, seed, lot, valgforbund, strict)
    return Chair.model_validate(json_report.chair_document(outcomes))


def scenarios(
    data: ElectionData,
    kkr: str | None = None,
    party: str | None = None,
    max_scenarios: int | None = MAX_SCENARIOS,
    rules: RulesLike = None,
    seed: int | None = None,
    lot: Sequence[str] = (),
) -> Scenarios:
    """R12: the guaranteed blocs and every way to form valgforbund, as ``kkrvalg scenarios`` computes them."""
    result, _ = _run(data, rules, kkr, seed, lot, None, False)
    analyses = analyse_scenarios(result, party, max_scenarios=max_scenarios)
    return Scenarios.model_validate(json_report.scenarios_document(analyses))
