"""English is English, Danish is Danish: every text exists in both, with the same placeholders, and the
English output of every command carries no Danish word beyond the documented domain terms and the data."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from kkrvalg.i18n import counted, label
from kkrvalg.i18n.help import HELP, TYPER_TEXTS
from kkrvalg.i18n.labels import COUNTED, LABELS
from kkrvalg.i18n.messages import MESSAGES
from kkrvalg.i18n.template_guide import GUIDE

from helpers import (
    BUNDLED,
    FIXTURES,
    danish_only_words,
    data_words,
    formand_tie_sheets,
    run,
    small_sheets,
    write_workbook,
)

TABLES = {"messages": MESSAGES, "labels": LABELS, "guide": GUIDE, "help": HELP, "typer": TYPER_TEXTS}
SOURCE = Path(__file__).resolve().parents[1] / "kkrvalg"


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_text_exists_in_both_languages_with_the_same_placeholders(table):
    for key, entry in TABLES[table].items():
        assert set(entry) == {"da", "en"}, (table, key)
        assert placeholders(entry["da"]) == placeholders(entry["en"]), (table, key)
        assert entry["da"].strip() and entry["en"].strip(), (table, key)


def test_counted_nouns_have_both_forms_in_both_languages():
    for key, entry in COUNTED.items():
        assert set(entry) == {"da", "en"}
        forms = [form for lang in ("da", "en") for form in entry[lang]]
        assert all(placeholders(form) == {"n"} for form in forms), key
    assert counted("n_mayors", 1, "da") == "1 borgmester" and counted("n_mayors", 2, "da") == "2 borgmestre"
    assert counted("n_votes", 1, "en") == "1 vote" and counted("n_votes", 12345, "da") == "12.345 stemmer"


def test_every_key_the_code_uses_is_in_its_table():
    used = {"label": set(), "message": set(), "guide": set(), "counted": set(), "problem": set(), "help": set()}
    prefixes = {"label": set(), "message": set()}
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for kind in ("label", "message", "guide", "counted"):
            used[kind] |= set(re.findall(rf'(?<![\w.]){kind}\(\s*"(\w+)"\s*[,)]', text))
            if kind in prefixes:
                prefixes[kind] |= set(re.findall(rf'(?<![\w.]){kind}\(\s*"(\w+_)"\s*\+', text))
        used["problem"] |= set(re.findall(r'(?:Problem|CellError)\(\s*"(\w+)"', text))
        used["label"] |= set(re.findall(r'Label\(\s*"(\w+)"\)', text))
        used["help"] |= set(re.findall(r'"§(\w+)"', text))
    assert used["label"] <= set(LABELS)
    assert used["message"] | used["problem"] <= set(MESSAGES)
    assert used["guide"] <= set(GUIDE) and used["counted"] <= set(COUNTED) and used["help"] <= set(HELP)
    assert {p for p in prefixes["label"] if not any(k.startswith(p) for k in LABELS)} == set()


def english_commands(tmp_path: Path) -> list[list[object]]:
    small = write_workbook(tmp_path / "s.xlsx", small_sheets())
    tie = write_workbook(tmp_path / "tie.xlsx", formand_tie_sheets())
    return [
        ["--help"],
        *[[command, "--help"] for command in ("allocate", "chair", "scenarios", "roster", "validate", "template")],
        ["rules", "--help"],
        ["frist", "--help"],
        ["import", "valgdk", "--help"],
        ["check", "statbank", "--help"],
        ["allocate", BUNDLED, "--quotients"],
        ["allocate", BUNDLED, "--organ", "repraesentantskab"],
        ["allocate", BUNDLED, "--organ", "bestyrelse"],
        ["allocate", small, "--moede", "25.12.2026"],
        ["allocate", tie],
        ["chair", tie, "--lot", "V"],
        ["chair", small, "--kkr", "Nord", "--valgforbund", "A+V"],
        ["scenarios", small, "--kkr", "Nord", "--party", "A"],
        ["roster", BUNDLED, "--kkr", "Nordjylland"],
        ["roster", small, "--sag", "x\ny"],
        ["validate", small],
        ["rules"],
        ["frist", "26.01.2026"],
        ["template", tmp_path / "t.xlsx"],
        ["import", "valgdk", FIXTURES / "valgdk", "-o", tmp_path / "i.xlsx"],
        ["import", "valgdk-csv", FIXTURES / "valgdk-csv" / "Dragør.csv", "-o", tmp_path / "c.xlsx"],
        ["check", "statbank", FIXTURES / "statbank" / "VALGK3.csv", BUNDLED],
        ["allocate", tmp_path / "missing.xlsx"],
        ["allocate", small, "--kkr", "Vest"],
        ["allocate", small, "--lot", "A", "--seed", "1"],
        ["allocate"],
    ]


def test_english_output_of_every_command_has_no_danish_word(tmp_path):
    leaks = danish_only_words() - data_words()
    assert {"medlemmer", "uafgjort", "mangler", "afgjort"} <= leaks  # the check can fail
    found = {}
    for args in english_commands(tmp_path):
        result = run(*args, "--lang", "en", columns=120)
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
        prose = re.sub(r"--[\w-]+", " ", result.output)  # option names (--moede, --beregnet-af) are names
        words = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", prose)}
        if words & leaks:
            found[" ".join(map(str, args))] = sorted(words & leaks)
    assert found == {}


def test_danish_output_of_the_help_is_danish(tmp_path):
    for args in (["--help"], ["allocate", "--help"], ["import", "valgdk", "--help"]):
        shown = run(*args).output
        for english in ("Show this message", "[required]", "Usage:", "Options", "Arguments", "<bool>", "<list[str]>"):
            assert english not in shown, (args, english)
        assert "Brug:" in shown and ("Tilvalg" in shown or "Input" in shown)


def test_the_size_line_uses_the_cap_factor_and_singulars(tmp_path):
    profile = tmp_path / "p.toml"
    profile.write_text("cap_factor = 3\n", encoding="utf-8")
    path = write_workbook(tmp_path / "s.xlsx", small_sheets())
    shown = " ".join(run("allocate", path, "--kkr", "Syd", "--rules", profile).output.split())
    assert "1 medlem: 1 borgmester + 0 supplerende. Loft: 3 (3 × 1 kommune)" in shown
    english = " ".join(run("allocate", path, "--kkr", "Syd", "--lang", "en").output.split())
    assert "1 member: 1 mayor + 0 supplementary. Cap: 2 (2 × 1 municipality)" in english


def test_tie_places_are_in_the_runs_language(tmp_path):
    path = write_workbook(tmp_path / "tie.xlsx", formand_tie_sheets())
    english = " ".join(run("allocate", path, "--lang", "en").output.split())
    assert "Drawing 1 — KKR Nord, election of formand and næstformand, formand" in english
    assert "undecided — lot between A and V" in english
    assert "formandsvalg" not in english and "Nord/" not in english
    assert label("tie_place_supplementary", "en", body="KKR Syd") == "KKR Syd, supplementary members"


CATALOGUE_FILES = {"labels.py", "messages.py", "help.py", "template_guide.py", "input_labels.py", "input_messages.py"}
CODE = [
    p
    for p in (*SOURCE.rglob("*.py"), *SOURCE.rglob("*.j2"), *SOURCE.rglob("*.js"))
    if not (p.parent.name == "i18n" and p.name in CATALOGUE_FILES)
]


def test_no_key_is_put_together_at_run_time():
    """``label("post_" + post)`` cannot be found by searching for the key; kkrvalg/i18n/keys.py writes them out."""
    built = re.compile(
        r"""(?<![\w.])(?:label|Label|guide|counted|message|Problem|CellError|t)\(\s*(?:f["']|["']\w+_["']\s*[+~]|`[^`]*\$\{)"""
    )
    found = [f"{p.name}: {m.group(0)}" for p in CODE for m in built.finditer(p.read_text(encoding="utf-8"))]
    assert found == []


@pytest.mark.parametrize("table", ["messages", "labels", "guide", "help", "counted"])
def test_every_catalogue_entry_is_used(table):
    """A text nobody shows is a text nobody keeps right: every key is written out somewhere in the code."""
    entries = {**TABLES, "counted": COUNTED}[table]
    code = "\n".join(p.read_text(encoding="utf-8") for p in CODE)
    quoted = set(re.findall(r"""["'`]§?(\w+)["'`]""", code))
    unused = sorted(set(entries) - quoted)
    assert unused == []


def test_every_setting_and_guide_column_has_its_texts():
    from kkrvalg.i18n import keys
    from kkrvalg.io.load import COLUMNS, OPTIONAL_COLUMNS
    from kkrvalg.model import RulesProfile

    assert set(keys.SETTING) == set(RulesProfile.model_fields)
    assert all(all(k in LABELS for k in texts) for texts in keys.SETTING.values())
    columns = {(s, c) for s in keys.GUIDE_SHEET for c in (*COLUMNS[s], *OPTIONAL_COLUMNS.get(s, ()))}
    assert columns == set(keys.GUIDE_COLUMN) and set(keys.GUIDE_COLUMN.values()) <= set(GUIDE)
