"""The command line as users of typer/rich tools expect it, and the layers kept one-directional."""

import subprocess
import sys
from datetime import date

import kkrvalg
import pytest
from kkrvalg.dates import long_date, parse_date

from helpers import ended, run


def test_version_and_short_help():
    assert ended(run("--version"), 0) == f"kkrvalg {kkrvalg.__version__}"
    assert "Brug: kkrvalg [TILVALG] KOMMANDO [ARGUMENTER]..." in ended(run("-h"), 0)
    assert "Brug: kkrvalg allocate [TILVALG] {FIL}" in ended(run("allocate", "-h"), 0)


def test_shell_completion_is_offered():
    shown = ended(run("--help"), 0)
    assert "--install-completion" in shown and "Installér tab-fuldførelse" in shown


def test_help_groups_options_in_panels_with_human_metavars_and_examples():
    shown = run("allocate", "--help", columns=140).output
    for panel in ("Input", "Output", "Lodtrækning", "Regler"):
        assert f"─ {panel} ─" in shown
    assert "--kkr" in shown and " KKR " in shown and " DATO " in shown and " PARTIER " in shown
    assert "<bool>" not in shown and "<path>" not in shown and "list[str]" not in shown
    assert "Eksempler:" in shown and "kkrvalg allocate stemmer.xlsx --lot B,C" in shown
    for command in ("chair", "scenarios", "validate", "template", "rules", "frist"):
        assert "Eksempler:" in run(command, "--help").output, command
    english = run("allocate", "--help", "--lang", "en", columns=140).output
    assert "─ Lots ─" in english and "Examples:" in english and " FILE " in english and "[required]" in english


def test_the_language_comes_from_the_environment_too():
    assert "Usage: kkrvalg" in ended(run("--help", env={"KKRVALG_LANG": "en"}), 0)
    assert "Brug: kkrvalg" in ended(run("--help", env={"KKRVALG_LANG": "da"}), 0)


@pytest.mark.parametrize("written", ["26.01.2026", "26-01-2026", "26/1/2026", "2026-01-26", " 26.1.2026 "])
def test_dates_as_danish_users_write_them(written):
    assert parse_date(written) == date(2026, 1, 26)


@pytest.mark.parametrize("written", ["31.02.2026", "2026-13-01", "26.01.26", "i morgen", ""])
def test_not_dates(written):
    assert parse_date(written) is None


def test_dates_are_printed_the_danish_way():
    assert long_date(date(2026, 1, 21), "da") == "onsdag den 21. januar 2026"
    assert long_date(date(2026, 1, 21), "en") == "Wednesday, 21 January 2026"


def test_frist_warns_about_a_meeting_on_a_holiday_or_in_the_past():
    christmas = ended(run("frist", "25.12.2026"), 0)
    assert "fredag den 25. december 2026 er ikke en hverdag" in christmas and "fortiden" not in christmas
    past = ended(run("frist", "26/1/2026"), 0)
    assert "onsdag den 21. januar 2026" in past and "ligger i fortiden" in past
    assert "Bemærk" not in ended(run("frist", "2027-01-26"), 0)


def test_the_engine_imports_no_pydantic_rich_openpyxl_or_pandas():
    code = (
        "import sys\n"
        "import kkrvalg.engine.chair, kkrvalg.engine.composition, kkrvalg.engine.dhondt, kkrvalg.engine.lots\n"
        "import kkrvalg.engine.tally, kkrvalg.engine.valgforbund, kkrvalg.engine.national, kkrvalg.engine.deadline\n"
        "print(sorted(m for m in ('pydantic', 'rich', 'openpyxl', 'pandas', 'typer') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_help_imports_nothing_heavy():
    code = (
        "import sys\nfrom kkrvalg.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pandas', 'openpyxl', 'numpy', 'pydantic', 'jinja2') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_rich_modules_kkrvalg_never_uses_load_only_when_used():
    """--help renders without rich.markdown and rich.traceback, yet whoever uses them gets the real ones."""
    code = (
        "import sys\nfrom kkrvalg.cli import app\n"
        "try:\n    app(['allocate', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(type(sys.modules['rich.markdown']).__name__, 'markdown_it' in sys.modules)\n"
        "from rich.markdown import Markdown\nfrom rich.console import Console\n"
        "Console(width=20).print(Markdown('**hej**'))\n"
        "print(isinstance(Markdown('x'), Markdown), type(sys.modules['rich.markdown']).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    assert "_Placeholder False" in lines and "hej" in lines[-2] and lines[-1] == "True module"


def test_a_csv_folder_given_as_the_current_folder_is_named(small_csv_folder, monkeypatch):
    import json

    monkeypatch.chdir(small_csv_folder)
    document = json.loads(run("allocate", ".", "--format", "json").stdout)
    assert document["source"]["name"] == small_csv_folder.name
    assert ended(run("validate", "."), 0).startswith(f"{small_csv_folder.name} er i orden")


def test_a_valgforbund_typed_in_lower_case_is_named_by_its_letters(small_workbook):
    import json

    document = json.loads(
        run("chair", small_workbook, "--kkr", "Nord", "--valgforbund", "a+v", "--format", "json").stdout
    )
    (nord,) = document["kkr"]
    assert nord["valgforbund"] == [{"name": "A+V", "parties": ["A", "V"]}]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_party_outlook_keeps_every_number_whole_at_80_columns(lang):
    import json

    from helpers import BUNDLED

    args = ("scenarios", BUNDLED, "--kkr", "Nordjylland", "--party", "V", "--lang", lang)
    shown = run(*args, columns=80).output
    assert not [line for line in shown.splitlines() if "│" in line and "…" in line]
    assert all(len(line) <= 80 for line in shown.splitlines())
    (nord,) = json.loads(run(*args, "--format", "json").stdout)["kkr"]
    separator = "." if lang == "da" else ","
    for option in nord["outlook"]:
        assert f"{option['short_of_both']:,}".replace(",", separator) in shown
