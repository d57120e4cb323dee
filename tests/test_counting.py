"""R12 by counting, against the enumeration as its oracle: every field, ties, exact halves and fixed valgforbund."""

import subprocess
import sys
from dataclasses import fields

import pytest
from hypothesis import given, settings
from kkrvalg.engine.counting import MAX_UNITS, count_scenarios
from kkrvalg.engine.scenarios import (
    Enumeration,
    enumerate_scenarios,
    guaranteed,
    partition_outcomes,
    partitions_of,
    scenario_count,
)

from partitions import NAMES, scenario_inputs, set_partitions


def assert_same(counted: Enumeration, enumerated: Enumeration) -> None:
    """Field by field, as plain ints (no numpy scalars), and the same outlook for every party."""
    for field in fields(Enumeration):
        assert getattr(counted, field.name) == getattr(enumerated, field.name), field.name
    tallies = [counted.formand, counted.naestformand, counted.block_scenarios, counted.block_formand]
    tallies += [counted.block_both, counted.block_second, counted.block_lot]
    numbers = [counted.scenarios, counted.formand_lot, counted.naestformand_lot]
    numbers += [x for tally in tallies for item in tally.items() for x in item if not isinstance(x, str)]
    assert all(type(x) is int for x in numbers)
    for party in counted.parties:
        assert counted.outlook(party) == enumerated.outlook(party), party


@settings(max_examples=400, deadline=None)
@given(scenario_inputs(max_parties=8))
def test_counting_equals_the_enumeration(inputs):
    votes, min_parties, fixed = inputs
    assert_same(count_scenarios(votes, min_parties, fixed), enumerate_scenarios(votes, min_parties, fixed=fixed))


@pytest.mark.parametrize(
    "values, min_parties, fixed",
    [
        ([6, 3, 3, 2, 1, 1, 0, 4, 2], 2, ()),
        ([12, 6, 6, 3, 3, 2, 1, 1, 0, 4], 2, ()),
        ([4, 4, 2, 2, 1, 1, 8, 0, 3, 6], 3, ()),
        ([5, 5, 4, 3, 2, 2, 1, 1, 0, 10], 2, (("J", "B"),)),
        ([6, 3, 3, 2, 1, 1, 2, 4, 8, 12], 3, (("A", "C", "E"), ("H", "D", "F"))),
    ],
)
def test_counting_equals_the_enumeration_for_nine_and_ten_parties(values, min_parties, fixed):
    votes = dict(zip(NAMES, values))
    assert_same(count_scenarios(votes, min_parties, fixed), enumerate_scenarios(votes, min_parties, fixed=fixed))


def test_hand_counted_splits_halves_and_both_posts():
    """A 10, B 6, C 3, D 2: the 15 partitions, each by its top list A, runner-up B and S_A against 2·S_B.

    One list takes both posts (S_A > 2·S_B) in 7: A + B beside C and D, alone or together (16 > 2 × 5);
    A + C (13) and A + C + D (15) against B (6); A + B + C, A + B + D and all four. Inside, B's 6 beats
    A's 10 ÷ 2 = 5 for the second post and C's 3 does not, so A + C and A + C + D give A both posts, the
    other five B næstformand. A + D (12) against B is an exact half, 12 = 2 × 6: næstformand by lot.
    Splits (S_B < S_A < 2·S_B) in the other 7: A alone against B, B + C, B + D or B beside C + D (5 < 6),
    A + C against B + D (13 < 16) and A + D against B + C (12 < 18), each A formand and B næstformand; and
    B + C + D (11) against A (10), B formand and A næstformand. So formand A 14, B 1; næstformand B 5 + 6,
    A 2 + 1, one lot. B alone stands in 5 partitions: næstformand behind A with C and D apart or together,
    nothing against A + C or A + C + D, a lot against A + D.
    """
    votes = {"A": 10, "B": 6, "C": 3, "D": 2}
    e = count_scenarios(votes)
    assert (e.scenarios, e.formand_lot, e.naestformand_lot) == (15, 0, 1)
    assert e.formand == {"A": 14, "B": 1, "C": 0, "D": 0}
    assert e.naestformand == {"A": 3, "B": 11, "C": 0, "D": 0}
    alone = next(o for o in e.outlook("B") if o.members == ("B",))
    assert (alone.scenarios, alone.formand, alone.naestformand, alone.lot) == (5, 0, 2, 1)
    assert e == enumerate_scenarios(votes)


def test_hand_counted_ties_leave_every_scenario_to_a_lot():
    """A 40, B 20, C 20: alone, A ÷ 2 = B = C; A + B (60) and A + C win both but A ÷ 2 = 20 ties the
    partner inside; A + B + C likewise; B + C (40) ties A for formand. Every partition has a lot, so every
    block's lot count is all its scenarios, and only formand is ever decided: A's, in four partitions.
    """
    e = count_scenarios({"A": 40, "B": 20, "C": 20})
    assert (e.scenarios, e.formand_lot, e.naestformand_lot) == (5, 1, 5)
    assert e.formand == {"A": 4, "B": 0, "C": 0} and e.block_lot == e.block_scenarios
    assert e.block_formand == {0b001: 1, 0b011: 1, 0b101: 1, 0b111: 1}
    assert e.block_both == e.block_second == {}


def test_fixed_valgforbund_leave_only_the_others_to_arrange():
    """C + D fixed: A and B alone or together beside it, 2 scenarios; A takes formand and B næstformand in both
    (A | B | C + D: 10 < 2 × 6; A + B: 16 > 2 × 5, and B's 6 beats A ÷ 2 inside)."""
    votes = {"A": 10, "B": 6, "C": 3, "D": 2}
    e = count_scenarios(votes, 2, [("D", "C")])
    assert e.fixed == (("C", "D"),) and e.scenarios == 2 == scenario_count(votes, 2, [("C", "D")])
    assert e.formand["A"] == e.naestformand["B"] == 2
    assert e.block_scenarios == {0b0001: 1, 0b0010: 1, 0b0011: 1, 0b1100: 2}
    assert [o.members for o in e.outlook("C")] == [("C", "D")]


def test_restricted_bell_numbers():
    """The scenarios are the partitions into blocks of one or of at least ``min_parties`` (of the free parties)."""
    for n in range(1, 10):
        votes = dict(zip(NAMES, range(1, n + 1)))
        for min_parties in (2, 3, 4):
            assert count_scenarios(votes, min_parties).scenarios == partitions_of(n, min_parties)
            if n <= 7:
                rule = sum(all(len(b) == 1 or len(b) >= min_parties for b in p) for p in set_partitions(range(n)))
                assert partitions_of(n, min_parties) == rule
        if n >= 4:
            fixed = [tuple(NAMES[:3])]
            counted = count_scenarios(votes, 3, fixed).scenarios
            assert counted == partitions_of(n - 3, 3) == scenario_count(votes, 3, fixed)


def test_fourteen_parties_are_counted_consistently():
    """Bell(14) scenarios; every party's outlook covers them all, and posts plus lots add up to them."""
    votes = {f"P{i:02d}": (9973 * (i + 1) ** 3) % 200_000 // (1 + i // 3) for i in range(14)}
    e = count_scenarios(votes)
    assert e.scenarios == partitions_of(14) == 190_899_322
    assert sum(e.formand.values()) + e.formand_lot == sum(e.naestformand.values()) + e.naestformand_lot == e.scenarios
    outlook = e.outlook("P05")
    assert sum(o.scenarios for o in outlook) == e.scenarios
    assert sum(o.formand for o in outlook) == e.formand["P05"]
    assert sum(o.naestformand for o in outlook) == e.naestformand["P05"]


def test_shortfalls_by_hand():
    """A 10, B 6, C 3, D 2 (21 in all).

    B alone: the other 15 can unite, so formand needs 16 (10 short) and both posts 31 (25 short).
    B + C + D: 11 beats A's 10 already; both posts need more than 20 (10 short).
    With C + D fixed, A alone meets at most B's 6 (C + D, 5, cannot take B in): formand secured, both posts
    need 13 (3 short), though all the others together have 11.
    """
    e = count_scenarios({"A": 10, "B": 6, "C": 3, "D": 2})
    blocs = {o.members: o for o in e.outlook("B")}
    assert (blocs["B",].others, blocs["B",].rival) == (15, 15)
    assert (blocs["B",].short_of_formand, blocs["B",].short_of_both) == (10, 25)
    assert (blocs["B", "C", "D"].short_of_formand, blocs["B", "C", "D"].short_of_both) == (0, 10)
    fixed = count_scenarios({"A": 10, "B": 6, "C": 3, "D": 2}, 2, [("C", "D")])
    alone = next(o for o in fixed.outlook("A") if o.members == ("A",))
    assert (alone.others, alone.rival, alone.short_of_formand, alone.short_of_both) == (11, 6, 0, 3)


def bloc_always_wins(votes, min_parties, fixed, members, posts):
    """Whether ``members`` as one list wins ``posts`` between lists in every valid partition containing it."""
    mask = sum(1 << list(votes).index(p) for p in members)
    for chunk in partition_outcomes(votes, fixed=fixed):
        for masks, winner, both in zip(chunk.masks, chunk.formand_block, chunk.both):
            sizes = [int(m).bit_count() for m in masks]
            if mask in masks and all(s <= 1 or s >= min_parties for s in sizes):
                if winner != mask or (posts == 2 and not both):
                    return False
    return True


@settings(max_examples=150, deadline=None)
@given(scenario_inputs(max_parties=6))
def test_a_shortfall_is_the_fewest_extra_votes_that_secure_the_post(inputs):
    """With ``short`` more votes for its first member a bloc wins in every scenario with it; with one fewer, not."""
    votes, min_parties, fixed = inputs
    party = next(iter(votes))
    for o in count_scenarios(votes, min_parties, fixed).outlook(party):
        for posts, short in ((1, o.short_of_formand), (2, o.short_of_both)):
            for extra, secured in ((short, True), (short - 1, False)):
                if extra >= 0:
                    more = votes | {o.members[0]: votes[o.members[0]] + extra}
                    assert bloc_always_wins(more, min_parties, fixed, o.members, posts) is secured, (o, posts)


def test_guaranteed_with_fixed_valgforbund_and_a_larger_minimum():
    """A 10, B 6, C 3, D 2. Freely, A alone (10) is below the 11 of B + C + D; with C + D fixed, A alone only
    meets B's 6 and secures formand. For both posts A + B (16) then needs more than 2 × 5: A alone would
    need 13. With at least three to a valgforbund, D 5 and E 4 are too few to ally, so A 4 + B 3 + C 2 = 9 secures
    formand against D's 5 though the others have 9 in all.
    """
    votes = {"A": 10, "B": 6, "C": 3, "D": 2}
    assert [b.members for b in guaranteed(votes, 1)] == [("A", "B"), ("A", "C"), ("A", "D"), ("B", "C", "D")]
    (formand,) = guaranteed(votes, 1, 2, [("C", "D")])
    assert (formand.members, formand.others, formand.rival, formand.surplus) == (("A",), 11, 6, 4)
    (both,) = guaranteed(votes, 2, 2, [("C", "D")])
    assert (both.members, both.rival, both.surplus, both.naestformand) == (("A", "B"), 5, 6, "B")
    small = {"A": 4, "B": 3, "C": 2, "D": 5, "E": 4}
    assert ("A", "B", "C") in [b.members for b in guaranteed(small, 1, 3)]
    assert ("A", "B", "C") not in [b.members for b in guaranteed(small, 1, 2)]


@pytest.mark.parametrize(
    "fixed, min_parties, message",
    [
        ([("A", "Z")], 2, "not among the represented"),
        ([("A", "A")], 2, "listed twice"),
        ([("A",)], 2, "at least 2"),
        ([("A", "B")], 3, "at least 3"),
        ([("A", "B"), ("C", "B")], 2, "shares a party"),
        (["AB"], 2, "sequence of party names"),
    ],
)
def test_invalid_fixed_valgforbund_are_refused(fixed, min_parties, message):
    votes = {"A": 4, "B": 3, "C": 2, "D": 1}
    for call in (
        lambda: count_scenarios(votes, min_parties, fixed),
        lambda: enumerate_scenarios(votes, min_parties, fixed=fixed),
        lambda: guaranteed(votes, 1, min_parties, fixed),
        lambda: scenario_count(votes, min_parties, fixed),
    ):
        with pytest.raises(ValueError, match=message):
            call()


def test_counts_beyond_int64_are_refused():
    with pytest.raises(ValueError, match=f"at most {MAX_UNITS}"):
        count_scenarios({f"P{i}": 1 for i in range(MAX_UNITS + 1)})
    with pytest.raises(ValueError, match="with votes"):
        count_scenarios({"A": 0, "B": 0})


def test_progress_adds_up_to_the_scenarios():
    steps = []
    e = count_scenarios(dict(zip(NAMES, [9, 8, 7, 6, 5, 4, 3, 2, 1, 1])), 2, [("B", "C")], progress=steps.append)
    assert sum(steps) == e.scenarios == partitions_of(8) and len(steps) > 10 and min(steps) > 0


def test_the_cli_imports_neither_numba_nor_numpy():
    code = "import sys, kkrvalg.cli; print(sorted(m for m in ('numba', 'numpy') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
