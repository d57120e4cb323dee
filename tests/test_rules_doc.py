"""docs/rules.md is the one place a rule id leads to: every id the code cites is there, with the functions
that implement it and the tests that check it — all of which exist."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from helpers import ROOT, run

DOC = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
SECTIONS = dict(re.findall(r"^## (R\d+) (.+)$", DOC, flags=re.MULTILINE))


def cited_ids() -> set[str]:
    """Every rule id in the code, the catalogue and the reports' templates."""
    files = [*(ROOT / "kkrvalg").rglob("*.py"), *(ROOT / "kkrvalg").rglob("*.j2")]
    return {f"R{n}" for path in files for n in re.findall(r"\bR(\d{1,2})\b", path.read_text(encoding="utf-8"))}


def test_every_cited_rule_has_a_section():
    assert cited_ids() <= set(SECTIONS)
    assert list(SECTIONS) == [f"R{i}" for i in range(1, 16)]


def test_each_section_says_its_status_source_implementation_and_tests():
    bodies = re.split(r"^## R\d+ .+$", DOC, flags=re.MULTILINE)[1:]
    for rule, body in zip(SECTIONS, bodies, strict=True):
        for field in ("**Status:**", "**Implemented in:**", "**Checked by:**"):
            assert field in body, (rule, field)
        assert "**Source:**" in body or "**Reading:**" in body, rule


def test_the_named_functions_and_tests_exist():
    for dotted in set(re.findall(r"`(kkrvalg(?:\.\w+)+)`", DOC)):
        module, _, name = dotted.rpartition(".")
        try:
            target = importlib.import_module(dotted)
        except ModuleNotFoundError:
            target = getattr(importlib.import_module(module), name, None)
        assert target is not None, dotted
    for path, test in set(re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", DOC)):
        assert re.search(rf"^def {test}\(", (ROOT / path).read_text(encoding="utf-8"), flags=re.MULTILINE), test


def test_the_rules_command_points_to_the_document():
    shown = run("rules").stdout
    assert "docs/rules.md" in shown and all(f"# R{i}:" in shown for i in range(1, 16))
    assert Path(ROOT / "README.md").read_text(encoding="utf-8").count("docs/rules.md") >= 1
