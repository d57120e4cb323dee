"""Invariants of the composition engine (R5–R7) under hypothesis, and votelib as a differential oracle."""

import random
from collections import Counter
from dataclasses import replace

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from kkrvalg.engine.composition import compose
from kkrvalg.engine.dhondt import highest_averages, is_proportional

from helpers import kkr, party, rules

RULES = rules(threshold_percent=0)
UNCAPPED = replace(RULES, cap_factor=None)  # the engine without R7 (no profile allows it for a KKR)


@st.composite
def tallies(draw, max_parties=7):
    n = draw(st.integers(1, max_parties))
    votes = draw(st.lists(st.integers(1_000, 100_000), min_size=n, max_size=n))
    mayors = draw(st.lists(st.integers(0, 4), min_size=n, max_size=n))
    municipalities = max(1, sum(mayors)) + draw(st.integers(0, 3))
    return kkr([party(f"P{i}", v, mayors=m) for i, (v, m) in enumerate(zip(votes, mayors))], municipalities)


def members(result):
    return {p.party: p.members for p in result.parties}


@given(tallies())
def test_members_are_mayors_plus_supplementary_within_the_cap(tally):
    result = compose(tally, RULES)
    held = Counter(s.party for s in result.seats if s.party is not None)
    assert {p.party: p.members for p in result.parties if p.members} == dict(held)  # the audit trail agrees
    assert all(p.supplementary >= 0 for p in result.parties)
    assert result.members <= result.cap
    assert result.mayors == sum(len(p.mayors) for p in tally.parties)


@given(tallies())
def test_uncapped_allocation_is_dhondt_and_minimal(tally):
    result = compose(tally, UNCAPPED)
    assume(not result.ties and not result.cap_reached)
    votes = {p.party: p.votes for p in tally.parties}
    seats = members(result)
    assert is_proportional(votes, seats)
    need = {p.party: len(p.mayors) for p in tally.parties}
    if result.supplementary:
        # d'Hondt is house monotone: if one seat fewer fails a mayor, every smaller size does too.
        smaller = highest_averages(votes, seats_to_add=result.members - 1)
        assume(not smaller.ties)
        assert any(smaller.seats[p] < need[p] for p in votes)


@given(tallies(), st.randoms())
def test_invariant_under_reordering(tally, rng):
    shuffled = list(tally.parties)
    rng.shuffle(shuffled)
    assert members(compose(tally, RULES)) == members(compose(replace(tally, parties=tuple(shuffled)), RULES))


@given(tallies(), st.integers(2, 50))
def test_invariant_under_scaling_votes(tally, factor):
    scaled = replace(
        tally,
        valid_votes=tally.valid_votes * factor,
        parties=tuple(replace(p, votes=p.votes * factor) for p in tally.parties),
    )
    default = rules()
    assert members(compose(tally, default)) == members(compose(scaled, default))


@given(tallies(), st.data())
def test_more_votes_never_cost_a_party_members(tally, data):
    index = data.draw(st.integers(0, len(tally.parties) - 1))
    extra = data.draw(st.integers(1, 50_000))
    parties = list(tally.parties)
    parties[index] = replace(parties[index], votes=parties[index].votes + extra)
    bigger = replace(tally, parties=tuple(parties), valid_votes=tally.valid_votes + extra)
    before, after = compose(tally, UNCAPPED), compose(bigger, UNCAPPED)
    assume(not before.ties and not after.ties and not before.cap_reached and not after.cap_reached)
    key = parties[index].party
    assert members(after)[key] >= members(before)[key]


@settings(max_examples=50)
@given(tallies())
def test_prior_seats_are_respected(tally):
    result = compose(tally, RULES)
    for p in result.parties:
        assert p.members >= p.mayors


def test_differential_against_votelib():
    """1 000 random tie-free KKR: our supplementary seats equal votelib's d'Hondt with the mayors as prev_gains."""
    from votelib.evaluate.proportional import HighestAverages

    evaluator = HighestAverages("d_hondt")
    rng = random.Random(20251118)
    compared = 0
    while compared < 1000:
        n = rng.randint(2, 9)
        tally = kkr(
            [party(f"P{i}", rng.randint(500, 200_000), mayors=rng.choice([0, 0, 1, 1, 2, 3, 5])) for i in range(n)],
            municipalities=30,
        )
        result = compose(tally, UNCAPPED)
        if result.ties or result.cap_reached:
            continue
        votes = {p.party: p.votes for p in tally.parties}
        prior = {p.party: len(p.mayors) for p in tally.parties if p.mayors}
        if result.supplementary == 0:
            assert is_proportional(votes, {p: prior.get(p, 0) for p in votes})
            compared += 1
            continue
        expected = evaluator.evaluate(votes, result.members, prev_gains=prior)
        if any(not isinstance(k, str) for k in expected):
            continue
        assert {p.party: p.supplementary for p in result.parties if p.supplementary} == expected
        if result.members > sum(prior.values()):
            plain = evaluator.evaluate(votes, result.members - 1)
            if all(isinstance(k, str) for k in plain):
                assert any(plain.get(p, 0) < m for p, m in prior.items())
        compared += 1
    assert compared == 1000
