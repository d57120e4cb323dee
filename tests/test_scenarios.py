"""R12 scenarios: guaranteed blocs, the full enumeration against elect_chair, and the scenarios command."""

import json
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kkrvalg.cli import app
from kkrvalg.engine.chair import LOT, elect_chair
from kkrvalg.engine.scenarios import enumerate_scenarios, guaranteed, partition_outcomes, partitions_of
from typer.testing import CliRunner

from partitions import scenario_inputs, set_partitions

runner = CliRunner()

LETTERS = "ABCDEFG"


def blocks_of(row, names):
    return [tuple(names[i] for i in range(len(names)) if int(mask) >> i & 1) for mask in row if mask]


votes_strategy = (
    st.integers(1, 7)
    .flatmap(lambda n: st.lists(st.integers(0, 40), min_size=n, max_size=n).filter(lambda v: sum(v) > 0))
    .map(lambda v: dict(zip(LETTERS, v)))
)


def test_hand_checked_guaranteed_blocs():
    """A 50, B 30, C 15, D 5 (total 100): a bloc needs > 50 for formand and > 66 2/3 for both posts."""
    votes = {"A": 50, "B": 30, "C": 15, "D": 5}
    formand = guaranteed(votes, 1)
    assert [b.members for b in formand] == [("A", "B"), ("A", "C"), ("A", "D")]
    assert [b.surplus for b in formand] == [60, 30, 10]
    assert all(b.formand == "A" for b in formand)
    both = guaranteed(votes, 2)
    assert [(b.members, b.formand, b.naestformand) for b in both] == [
        (("A", "B"), "A", "B"),  # 80 > 2 × 20; inside, B's 30 beats A's 50 ÷ 2
        (("A", "C", "D"), "A", "A"),  # 70 > 2 × 30; inside, A's 50 ÷ 2 beats C's 15
    ]


def test_a_bloc_exactly_at_the_line_is_not_guaranteed():
    """A + B = 50 = C + D: the others uniting would tie, so A + B secures nothing; A + C (55) does."""
    members = [b.members for b in guaranteed({"A": 30, "B": 20, "C": 25, "D": 25}, 1)]
    assert members == [("A", "C"), ("A", "D"), ("B", "C", "D")]


def test_partition_counts_are_bell_numbers_and_respect_the_minimum():
    assert [partitions_of(n) for n in range(8)] == [1, 1, 2, 5, 15, 52, 203, 877]
    assert partitions_of(12) == 4_213_597
    votes = dict(zip(LETTERS, [5, 4, 3, 2, 2, 1]))
    assert enumerate_scenarios(votes).scenarios == 203
    by_rule = sum(all(len(b) == 1 or len(b) >= 3 for b in p) for p in set_partitions(list(votes)))
    assert enumerate_scenarios(votes, min_parties=3).scenarios == partitions_of(6, 3) == by_rule


def test_enumeration_visits_every_partition_once():
    votes = dict(zip(LETTERS, [9, 7, 5, 3, 2]))
    names = list(votes)
    seen = [
        frozenset(blocks_of(row, names)) for chunk in partition_outcomes(votes, chunk_rows=8) for row in chunk.masks
    ]
    expected = {frozenset(tuple(sorted(b)) for b in p) for p in set_partitions(names)}
    assert len(seen) == len(set(seen)) == 52 and set(seen) == expected


def test_fixed_valgforbund_are_in_every_partition_and_only_the_others_move():
    votes = dict(zip(LETTERS, [9, 7, 5, 3, 2, 1, 1]))
    names = list(votes)
    fixed = [("F", "B"), ("C", "G")]
    seen = [
        frozenset(blocks_of(row, names))
        for chunk in partition_outcomes(votes, chunk_rows=4, fixed=fixed)
        for row in chunk.masks
    ]
    expected = {frozenset([("B", "F"), ("C", "G"), *(tuple(sorted(b)) for b in p)]) for p in set_partitions("ADE")}
    assert len(seen) == len(set(seen)) == 5 and set(seen) == expected


@settings(max_examples=150, deadline=None)
@given(votes_strategy)
def test_each_partition_equals_direct_dhondt_with_pooled_votes(votes):
    """For every partition: the posts are those of elect_chair with the blocks as valgforbund (R11)."""
    names = list(votes)
    for chunk in partition_outcomes(votes, chunk_rows=16):
        for r, row in enumerate(chunk.masks):
            blocks = blocks_of(row, names)
            direct = elect_chair("X", votes, {"+".join(b): b for b in blocks if len(b) > 1})
            got = [None if x == LOT else names[x] for x in (chunk.formand[r], chunk.naestformand[r])]
            want = [direct.holder("formand"), direct.holder("naestformand")]
            if direct.ties:
                assert None in got, (blocks, direct.ties)
                assert all(g is None or g == w for g, w in zip(got, want))
            else:
                assert got == want, blocks


@settings(max_examples=200, deadline=None)
@given(scenario_inputs(max_parties=7))
def test_guaranteed_blocs_agree_with_the_enumeration(inputs):
    """A bloc is guaranteed a post iff it wins it (between lists) in every scenario where it is a block.

    Scenarios respect the minimum size and the fixed valgforbund, so the others cannot always unite.
    """
    votes, min_parties, fixed = inputs
    names = list(votes)
    rows_with = {}
    for chunk in partition_outcomes(votes, fixed=fixed):
        for r, row in enumerate(chunk.masks):
            blocks = [int(mask) for mask in row if mask]
            if any(1 < mask.bit_count() < min_parties for mask in blocks):
                continue
            for mask in blocks:
                wins = chunk.formand_block[r] == mask
                rows_with.setdefault(mask, []).append((wins, wins and chunk.both[r]))
    for posts in (1, 2):
        secure = {m for m, rows in rows_with.items() if all(row[posts - 1] for row in rows)}
        minimal = {m for m in secure if not any(s != m and s & m == s for s in secure)}
        expected = {tuple(names[i] for i in range(len(names)) if m >> i & 1) for m in minimal}
        assert {b.members for b in guaranteed(votes, posts, min_parties, fixed)} == expected


def test_party_outlook_counts_match_the_enumeration():
    """Summing a party's outlook over its possible valgforbund gives its total posts."""
    votes = {"A": 40, "B": 35, "C": 25, "D": 10, "E": 4}
    e = enumerate_scenarios(votes)
    for party in votes:
        outlook = e.outlook(party)
        assert sum(o.scenarios for o in outlook) == e.scenarios
        assert sum(o.formand for o in outlook) == e.formand[party]
        assert sum(o.naestformand for o in outlook) == e.naestformand[party]
    assert sum(e.formand.values()) + e.formand_lot == e.scenarios
    best = e.outlook("B")[0]
    assert best.formand == best.scenarios and "B" in best.members and "A" not in best.members


def test_valgforbund_that_gives_its_second_member_nothing():
    """B 35 + C 25 = 60 > A 40: B takes formand for the bloc; A has næstformand (40 > 30); C nothing."""
    votes = {"A": 40, "B": 35, "C": 25}
    (row,) = [
        (chunk.formand[r], chunk.naestformand[r])
        for chunk in partition_outcomes(votes)
        for r, masks in enumerate(chunk.masks)
        if sorted(int(m) for m in masks if m) == [0b001, 0b110]
    ]
    assert row == (1, 0)
    assert all(
        o.formand == 0 and o.naestformand == 0
        for o in enumerate_scenarios(votes).outlook("C")
        if o.members == ("B", "C")
    )


def test_tie_for_naestformand_is_counted_as_by_lot():
    """A 40, B 20, C 20: alone, A ÷ 2 = B = C for næstformand; inside A + B, A ÷ 2 = B; B + C ties A.

    Only B + C against A (40 = 40) leaves formand to a lot; næstformand is drawn in all five partitions.
    """
    e = enumerate_scenarios({"A": 40, "B": 20, "C": 20})
    assert (e.formand_lot, e.naestformand_lot) == (1, 5)
    assert e.formand == {"A": 4, "B": 0, "C": 0} and sum(e.naestformand.values()) == 0


def scenarios_cli(*args):
    return runner.invoke(app, ["scenarios", *map(str, args)], env={"COLUMNS": "160"})


@pytest.fixture
def workbook(small_workbook):
    return small_workbook


def test_scenarios_command_table_and_json(workbook):
    shown = scenarios_cli(workbook, "--kkr", "Nord", "--party", "A")
    assert shown.exit_code == 0, shown.output
    assert "Sikker formandspost" in shown.output and "Muligheder for A" in shown.output
    document = json.loads(scenarios_cli(workbook, "--kkr", "Nord", "--format", "json", "--party", "a").stdout)
    (entry,) = document["kkr"]
    assert entry["party"] == "A" and entry["enumeration"]["scenarios"] == 2
    assert entry["enumeration"]["formand"] == {"V": 2, "A": 0}  # V 7 000 beats A 6 000, alone or inside
    assert [b["members"] for b in entry["guaranteed"]["formand"]] == [["V"]]
    assert {tuple(o["members"]) for o in entry["outlook"]} == {("A",), ("V", "A")}


def test_scenarios_errors_and_limits(workbook):
    unknown_party = scenarios_cli(workbook, "--kkr", "Nord", "--party", "Ø")
    assert unknown_party.exit_code == 2 and "ikke repræsenteret" in unknown_party.output
    assert scenarios_cli(workbook, "--kkr", "Vest").exit_code == 2
    limited = scenarios_cli(workbook, "--kkr", "Nord", "--max-scenarios", "1")
    assert limited.exit_code == 0 and "--max-scenarios" in limited.output
    skipped = json.loads(scenarios_cli(workbook, "--kkr", "Nord", "--max-scenarios", "1", "--format", "json").stdout)
    assert skipped["kkr"][0]["enumeration"] == {
        "method": "count",
        "partitions": 2,
        "max_scenarios": 1,
        "skipped": True,
        "skipped_reason": "max_scenarios",
    }


def test_scenarios_on_the_bundled_data_in_english():
    result = scenarios_cli("data/kv2025_kkr.xlsx", "--kkr", "Nordjylland", "--lang", "en", "--format", "json")
    (entry,) = json.loads(result.stdout)["kkr"]
    assert entry["enumeration"]["scenarios"] == partitions_of(len(entry["parties"]))
    assert (
        sum(entry["enumeration"]["formand"].values()) + entry["enumeration"]["by_lot"]["formand"]
        == (entry["enumeration"]["scenarios"])
    )
    english = scenarios_cli("data/kv2025_kkr.xlsx", "--kkr", "Nordjylland", "--lang", "en")
    assert "Formand secured" in english.output


def test_a_combination_of_parties_appears_once_in_the_guaranteed_list():
    votes = dict(zip(LETTERS, [31, 29, 23, 19, 17, 13, 11]))
    for posts in (1, 2):
        members = [b.members for b in guaranteed(votes, posts)]
        assert len(members) == len(set(members))
        assert not any(set(a) < set(b) for a, b in combinations(members, 2))
