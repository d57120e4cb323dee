"""R8 end to end: nothing undecided looks decided, and lots are applied only as given, never crashing.

Two hand-checked cases (see their builders in helpers.py): a formand tie A 500 – V 500, and a drawing of
2 winners among A, B and Ø for the last two seats below the cap, after which B and Ø tie for formand.
"""

import json

import pytest

from helpers import BUNDLED, ended, formand_tie_sheets, run, small_sheets, three_way_sheets, write_workbook


@pytest.fixture
def formand_tie(tmp_path):
    return write_workbook(tmp_path / "formand.xlsx", formand_tie_sheets())


@pytest.fixture
def three_way(tmp_path):
    return write_workbook(tmp_path / "three.xlsx", three_way_sheets())


def document(*args):
    result = run(*args, "--format", "json")
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, json.loads(result.stdout)


def test_r8_formand_tie_has_no_holder_anywhere(formand_tie):
    shown = ended(run("allocate", formand_tie), 3)
    assert "Formand: uafgjort — lodtrækning mellem A og V" in shown
    assert "Næstformand: uafgjort — lodtrækning mellem A og V" in shown
    assert "← Formand" not in shown and "kunne have mistet" not in shown and "manglede" not in shown
    assert shown.index("Lodtrækning 1 — KKR Nord, formandsvalg, formand:") < shown.index("Parti/liste")
    assert "Hvis A vinder: A 1, V 1; formand A, næstformand V" in shown
    assert "--seed N" in shown and "--lot" in shown
    code, doc = document("allocate", formand_tie)
    chair = doc["kkr"][0]["chair"]
    assert code == 3 and doc["complete"] is False and doc["ties_resolved"] is False
    assert (chair["formand"], chair["naestformand"], chair["status"]) == (None, None, "pending_lot")
    assert all(p["party"] is None for p in chair["posts"]) and chair["margins"] == {}
    (tie,) = chair["ties"]
    assert tie["winners"] == [] and tie["resolution"] == "unresolved" and tie["kind"] == "chair"
    assert [(a["winners"], a["formand"], a["naestformand"]) for a in tie["alternatives"]] == [
        (["A"], "A", "V"),
        (["V"], "V", "A"),
    ]


def test_r8_no_report_is_written_while_a_lot_is_pending(formand_tie, tmp_path):
    report = tmp_path / "bilag.xlsx"
    shown = ended(run("allocate", formand_tie, "--xlsx", report), 3)
    assert not report.exists() and "Ingen rapport skrevet" in shown
    ended(run("chair", formand_tie, "--xlsx", report), 3)
    assert not report.exists()


def test_r8_a_supplied_lot_decides_and_says_so_instead_of_a_margin(formand_tie, tmp_path):
    shown = ended(run("allocate", formand_tie, "--lot", "v", "--xlsx", tmp_path / "bilag.xlsx"), 0)
    assert "Formand: V — Venstre (vundet ved lodtrækning)" in shown and "Næstformand: A — Socialdemokratiet" in shown
    assert "mistet -1" not in shown and "kunne have mistet" not in shown.split("Formand: V")[1].split("Næstformand")[0]
    assert (tmp_path / "bilag.xlsx").is_file()
    code, doc = document("chair", formand_tie, "--lot", "V")
    (entry,) = doc["kkr"]
    assert code == 0 and (entry["formand"], entry["naestformand"]) == ("V", "A")
    assert entry["posts"][0]["by_lot"] and entry["margins"]["formand"]["by_lot"]
    assert entry["margins"]["formand"]["votes_needed_by_runner_up"] is None
    assert entry["ties"][0]["resolution"] == "supplied" and entry["ties"][0]["winners"] == ["V"]
    assert doc["ties_resolved"] is True


def test_r8_seeded_lot_is_recorded(formand_tie):
    code, doc = document("allocate", formand_tie, "--seed", "3")
    tie = doc["kkr"][0]["chair"]["ties"][0]
    assert code == 0 and tie["resolution"] == "seed" and tie["seed"] == 3 and len(tie["winners"]) == 1
    assert doc["kkr"][0]["chair"]["formand"] == tie["winners"][0]


@pytest.mark.parametrize(
    ("lots", "message"),
    [
        (["X"], "står mellem A og V; X er ikke blandt dem"),
        (["A,V"], "har 1 vinder; angiv netop så mange"),
        (["A", "V"], "--lot V passer ikke til nogen stemmelighed (der var 1 lodtrækning at afgøre)"),
    ],
)
def test_r8_a_lot_that_does_not_fit_is_refused(formand_tie, lots, message):
    args = [arg for value in lots for arg in ("--lot", value)]
    assert message in ended(run("allocate", formand_tie, *args), 2)


def test_r8_lot_and_seed_together_are_refused(formand_tie):
    assert "--lot og --seed kan ikke bruges sammen" in ended(
        run("allocate", formand_tie, "--lot", "V", "--seed", "3"), 2
    )


def test_r8_three_parties_for_two_seats_wait_and_the_chair_waits_too(three_way):
    shown = ended(run("allocate", three_way), 3)
    assert "uafgjort — lodtrækning mellem A, B og Ø" in shown
    assert "Formandsvalget i KKR Nord afventer lodtrækningen om sammensætningen" in shown
    assert "2 pladser afgøres ved lodtrækning" in shown
    code, doc = document("allocate", three_way)
    nord = doc["kkr"][0]
    undecided = [s for s in nord["seats"] if s["kind"] == "supplementary"]
    assert [(s["party"], s["candidates"]) for s in undecided] == [(None, ["A", "B", "Ø"])] * 2
    assert nord["supplementary"] == 0 and nord["undecided"] == 2
    assert nord["chair"]["status"] == "waiting_for_composition" and nord["chair"]["formand"] is None
    (tie,) = nord["ties"]
    assert [a["winners"] for a in tie["alternatives"]] == [["A", "B"], ["A", "Ø"], ["B", "Ø"]]
    assert all(a["open"] for a in tie["alternatives"] if "A" not in a["winners"])


def test_r8_each_lot_names_all_its_winners_in_the_order_listed(three_way):
    code, doc = document("allocate", three_way, "--lot", "B+Ø")
    nord = doc["kkr"][0]
    assert code == 3 and nord["ties"][0]["winners"] == ["B", "Ø"]
    assert {p["party"]: p["members"] for p in nord["parties"] if p["members"]} == {"B": 1, "Ø": 1, "C": 2}
    assert nord["chair"]["ties"][0]["candidates"] == ["B", "Ø"]
    code, doc = document("allocate", three_way, "--lot", "B,Ø", "--lot", "Ø")
    assert code == 0 and doc["kkr"][0]["chair"]["formand"] == "Ø" and doc["ties_resolved"]
    assert "har 2 vindere" in ended(run("allocate", three_way, "--lot", "B"), 2)
    assert "C er ikke blandt dem" in ended(run("allocate", three_way, "--lot", "B,C"), 2)


def test_complete_is_true_only_for_complete_and_decided_data(tmp_path, formand_tie):
    code, bundled = document("allocate", BUNDLED)
    assert code == 0 and bundled["complete"] is True and all(k["complete"] for k in bundled["kkr"])
    partial = small_sheets()
    partial["stemmer"] = [r for r in partial["stemmer"] if r[0] != "Østerby"]
    code, provisional = document("allocate", write_workbook(tmp_path / "p.xlsx", partial))
    assert code == 0 and provisional["complete"] is False and provisional["ties_resolved"] is True
    assert [(k["provisional"], k["complete"]) for k in provisional["kkr"]] == [(True, False), (False, True)]
    code, small = document("allocate", write_workbook(tmp_path / "s.xlsx", small_sheets()))
    assert code == 0 and small["complete"] is True and all(k["complete"] for k in small["kkr"])
    code, tie = document("allocate", formand_tie)
    assert tie["complete"] is False and not tie["kkr"][0]["provisional"]
