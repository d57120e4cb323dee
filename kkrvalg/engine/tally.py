"""R1–R3: group municipalities into areas (a KKR, or the whole country) and sum votes, seats and mayors.

The input is anything shaped like the validated election data (see :class:`ElectionLike`); the engine
reads attributes only, so it needs neither the pydantic model nor the files it came from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..names import person_key


class _Municipality(Protocol):
    code: int
    name: str
    kkr: str


class _ListResult(Protocol):
    municipality: int
    letter: str
    name: str
    votes: int
    seats: int | None


class _Mayor(Protocol):
    municipality: int
    letter: str
    name: str
    assumed: bool


class _Member(Protocol):
    municipality: int
    letter: str
    name: str


class _PendingMayor(Protocol):
    municipality: int


class _Pooled(Protocol):
    municipality: int
    letter: str
    listesamarbejde: str


class _Status(Protocol):
    municipality: int
    final: bool
    ballots_cast: int | None


class ElectionLike(Protocol):
    """What the tally reads of the election data: the geography, the lists, the mayors and the counts."""

    @property
    def municipalities(self) -> Sequence[_Municipality]: ...
    @property
    def parties(self) -> Mapping[str, str]: ...
    @property
    def results(self) -> Sequence[_ListResult]: ...
    @property
    def mayors(self) -> Sequence[_Mayor]: ...
    @property
    def pending_mayors(self) -> Sequence[_PendingMayor]: ...
    @property
    def members(self) -> Sequence[_Member]: ...
    @property
    def pooled(self) -> Sequence[_Pooled]: ...
    @property
    def status(self) -> Sequence[_Status]: ...


@dataclass(frozen=True)
class PartyTally:
    """One party or listesamarbejde (or, with ``is_party`` false, a local list outside R3) in one area."""

    party: str
    name: str
    votes: int
    council_seats: int
    council_seats_anywhere: int
    mayors: tuple[str, ...]
    is_party: bool
    seats_unknown: bool = False
    """Some of the party's lists in the area have no seat count in the data."""
    seats_unknown_anywhere: bool = False
    assumed_mayors: tuple[str, ...] = ()
    """The municipalities among ``mayors`` whose mayor is only assumed (election night)."""
    eligible: tuple[tuple[str, str], ...] = ()
    """The party's elected council members in the area, but its mayors: (name as on the ballot, municipality),
    those who can be elected supplementary members (empty where the data hold no members)."""


@dataclass(frozen=True)
class AreaTally:
    """The vote basis of one area (R2) and what of it is still missing."""

    name: str
    municipalities: tuple[str, ...]
    missing: tuple[str, ...]
    preliminary: tuple[str, ...]
    without_mayor: tuple[str, ...]
    valid_votes: int
    ballots_cast: int | None
    parties: tuple[PartyTally, ...]
    seats_unknown: tuple[str, ...] = ()
    """Counted municipalities where some list's council seats are not given."""
    assumed_mayors: tuple[str, ...] = ()
    """Municipalities whose mayor is assumed from the largest list, not elected (``--assume-mayors``)."""
    waiting_mayors: tuple[str, ...] = ()
    """Municipalities whose typed mayor waits for the count or the elected members before it can be checked."""
    mayor_names: tuple[tuple[str, str], ...] = ()
    """(municipality, the mayor's name) where the name is known."""

    @property
    def counted(self) -> int:
        return len(self.municipalities) - len(self.missing)

    @property
    def provisional(self) -> bool:
        return bool(
            self.missing
            or self.preliminary
            or self.without_mayor
            or self.seats_unknown
            or self.assumed_mayors
            or self.waiting_mayors
        )


@dataclass(frozen=True)
class PartyKey:
    key: str
    name: str
    is_party: bool


class PartyResolver:
    """R3 in one place: which party a list in a municipality counts for."""

    def __init__(self, data: ElectionLike) -> None:
        self._parties = data.parties
        self._pooled = {(p.municipality, p.letter): p.listesamarbejde for p in data.pooled}
        self._names = {m.code: m.name for m in data.municipalities}
        self._list_names = {(r.municipality, r.letter): r.name for r in data.results}

    def resolve(self, municipality: int, letter: str) -> PartyKey:
        pooled = self._pooled.get((municipality, letter))
        if pooled is not None:
            return PartyKey(pooled, pooled, True)
        if letter in self._parties:
            return PartyKey(letter, self._parties[letter], True)
        list_name = self._list_names.get((municipality, letter)) or letter
        return PartyKey(f"{list_name} ({self._names[municipality]})", list_name, False)


def tally(data: ElectionLike, area_of: Mapping[int, str] | None = None) -> tuple[AreaTally, ...]:
    """Sum the data per area and party key, areas in the order the geography first names them.

    ``area_of`` maps a municipality code to its area; by default its KKR. KL's national bodies use one
    area holding every municipality of the geography (R13, R14).
    """
    area_of = dict(area_of) if area_of is not None else {m.code: m.kkr for m in data.municipalities}
    resolver = PartyResolver(data)
    counted = {r.municipality for r in data.results}
    preliminary = {s.municipality for s in data.status if not s.final}
    ballots = {s.municipality: s.ballots_cast for s in data.status if s.ballots_cast is not None}
    with_mayor = {m.municipality for m in data.mayors}
    waiting = {m.municipality for m in data.pending_mayors}
    assumed = {m.municipality for m in data.mayors if m.assumed}
    names = {m.code: m.name for m in data.municipalities}

    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seats_anywhere: dict[str, int] = defaultdict(int)
    unknown: dict[str, set[str]] = defaultdict(set)
    unknown_anywhere: set[str] = set()
    unknown_in: set[int] = set()
    mayors: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    valid: dict[str, int] = defaultdict(int)
    keys: dict[str, PartyKey] = {}
    for r in data.results:
        area = area_of[r.municipality]
        pk = resolver.resolve(r.municipality, r.letter)
        keys.setdefault(pk.key, pk)
        votes[area][pk.key] += r.votes
        if r.seats is None:
            unknown[area].add(pk.key)
            unknown_anywhere.add(pk.key)
            unknown_in.add(r.municipality)
        else:
            seats[area][pk.key] += r.seats
            seats_anywhere[pk.key] += r.seats
        valid[area] += r.votes
    mayor_keys = {}
    for m in data.mayors:
        pk = resolver.resolve(m.municipality, m.letter)
        keys.setdefault(pk.key, pk)
        mayors[area_of[m.municipality]][pk.key].append(names[m.municipality])
        mayor_keys[m.municipality] = person_key(m.name) if m.name else None
    eligible: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for member in sorted(data.members, key=lambda x: (names[x.municipality], x.name)):
        if member.municipality in area_of and person_key(member.name) != mayor_keys.get(member.municipality):
            key = resolver.resolve(member.municipality, member.letter).key
            eligible[area_of[member.municipality]][key].append((member.name, names[member.municipality]))

    assumed_names = {names[code] for code in assumed}
    result = []
    for area in dict.fromkeys(area_of[m.code] for m in data.municipalities):
        members = [m for m in data.municipalities if area_of[m.code] == area]
        present = [m for m in members if m.code in counted]
        parties = sorted(set(votes[area]) | set(mayors[area]))
        result.append(
            AreaTally(
                name=area,
                municipalities=tuple(m.name for m in members),
                missing=tuple(m.name for m in members if m.code not in counted),
                preliminary=tuple(m.name for m in present if m.code in preliminary),
                without_mayor=tuple(m.name for m in present if m.code not in with_mayor | waiting),
                valid_votes=valid[area],
                ballots_cast=(
                    sum(ballots[m.code] for m in present)
                    if present and all(m.code in ballots for m in present)
                    else None
                ),
                parties=tuple(
                    PartyTally(
                        party=p,
                        name=keys[p].name,
                        votes=votes[area].get(p, 0),
                        council_seats=seats[area].get(p, 0),
                        council_seats_anywhere=seats_anywhere.get(p, 0),
                        mayors=tuple(mayors[area].get(p, ())),
                        is_party=keys[p].is_party,
                        seats_unknown=p in unknown[area],
                        seats_unknown_anywhere=p in unknown_anywhere,
                        assumed_mayors=tuple(n for n in mayors[area].get(p, ()) if n in assumed_names),
                        eligible=tuple(eligible[area].get(p, ())),
                    )
                    for p in parties
                ),
                seats_unknown=tuple(m.name for m in present if m.code in unknown_in),
                assumed_mayors=tuple(m.name for m in present if m.code in assumed),
                waiting_mayors=tuple(m.name for m in members if m.code in waiting),
                mayor_names=tuple(
                    (names[m.municipality], m.name) for m in data.mayors if area_of[m.municipality] == area and m.name
                ),
            )
        )
    return tuple(result)
