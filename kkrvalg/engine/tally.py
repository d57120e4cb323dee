"""R1–R3: group municipalities into KKR geographies and sum votes, seats and mayors per party."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model import ElectionData


@dataclass(frozen=True)
class PartyTally:
    """One party or listesamarbejde (or, with ``is_party`` false, a local list outside R3) in one KKR."""

    party: str
    name: str
    votes: int
    council_seats: int
    council_seats_anywhere: int
    mayors: tuple[str, ...]
    is_party: bool
    seats_unknown: bool = False
    """Some of the party's lists in the KKR have no seat count in the data."""
    seats_unknown_anywhere: bool = False


@dataclass(frozen=True)
class KkrTally:
    """The vote basis of one KKR (R2) and what of it is still missing."""

    kkr: str
    municipalities: tuple[str, ...]
    missing: tuple[str, ...]
    preliminary: tuple[str, ...]
    without_mayor: tuple[str, ...]
    valid_votes: int
    ballots_cast: int | None
    parties: tuple[PartyTally, ...]
    seats_unknown: tuple[str, ...] = ()
    """Counted municipalities where some list's council seats are not given."""

    @property
    def counted(self) -> int:
        return len(self.municipalities) - len(self.missing)

    @property
    def provisional(self) -> bool:
        return bool(self.missing or self.preliminary or self.without_mayor or self.seats_unknown)


@dataclass(frozen=True)
class PartyKey:
    key: str
    name: str
    is_party: bool


class PartyResolver:
    """R3 in one place: which party a list in a municipality counts for."""

    def __init__(self, data: ElectionData) -> None:
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
        key = f"{list_name} ({self._names[municipality]})"
        return PartyKey(key, list_name, False)


def tally(data: ElectionData) -> tuple[KkrTally, ...]:
    """Sum the data per KKR and party key, in the geography's order of KKR."""
    resolver = PartyResolver(data)
    kkr_of = {m.code: m.kkr for m in data.municipalities}
    counted = {r.municipality for r in data.results}
    preliminary = {s.municipality for s in data.status if not s.final}
    ballots = {s.municipality: s.ballots_cast for s in data.status if s.ballots_cast is not None}
    with_mayor = {m.municipality for m in data.mayors}

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
        kkr = kkr_of[r.municipality]
        pk = resolver.resolve(r.municipality, r.letter)
        keys.setdefault(pk.key, pk)
        votes[kkr][pk.key] += r.votes
        if r.seats is None:
            unknown[kkr].add(pk.key)
            unknown_anywhere.add(pk.key)
            unknown_in.add(r.municipality)
        else:
            seats[kkr][pk.key] += r.seats
            seats_anywhere[pk.key] += r.seats
        valid[kkr] += r.votes
    names = {m.code: m.name for m in data.municipalities}
    for m in data.mayors:
        pk = resolver.resolve(m.municipality, m.letter)
        keys.setdefault(pk.key, pk)
        mayors[kkr_of[m.municipality]][pk.key].append(names[m.municipality])

    result = []
    for kkr in data.kkr_names:
        members = [m for m in data.municipalities if m.kkr == kkr]
        present = [m for m in members if m.code in counted]
        parties = sorted(set(votes[kkr]) | set(mayors[kkr]))
        result.append(
            KkrTally(
                kkr=kkr,
                municipalities=tuple(m.name for m in members),
                missing=tuple(m.name for m in members if m.code not in counted),
                preliminary=tuple(m.name for m in present if m.code in preliminary),
                without_mayor=tuple(m.name for m in present if m.code not in with_mayor),
                valid_votes=valid[kkr],
                ballots_cast=(
                    sum(ballots[m.code] for m in present)
                    if present and all(m.code in ballots for m in present)
                    else None
                ),
                parties=tuple(
                    PartyTally(
                        party=p,
                        name=keys[p].name,
                        votes=votes[kkr].get(p, 0),
                        council_seats=seats[kkr].get(p, 0),
                        council_seats_anywhere=seats_anywhere.get(p, 0),
                        mayors=tuple(mayors[kkr].get(p, ())),
                        is_party=keys[p].is_party,
                        seats_unknown=p in unknown[kkr],
                        seats_unknown_anywhere=p in unknown_anywhere,
                    )
                    for p in parties
                ),
                seats_unknown=tuple(m.name for m in present if m.code in unknown_in),
            )
        )
    return tuple(result)
