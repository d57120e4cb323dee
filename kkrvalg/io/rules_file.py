"""The rules profile as a TOML file: ``kkrvalg rules`` writes the defaults, ``--rules FILE`` reads them back.

Every uncertain rule of the reference is a setting of :class:`~kkrvalg.model.RulesProfile`; the file lists
all of them with the rule they belong to, and the settled rules (R1–R12) as comments for context.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

from pydantic import ValidationError

from ..errors import Label, Problem, RulesError
from ..i18n import Lang, label
from ..model import RulesProfile

RULE_IDS = tuple(f"R{i}" for i in range(1, 13))


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    return f'"{value}"'


def rules_toml(rules: RulesProfile, lang: Lang) -> str:
    """The profile as TOML, each setting preceded by its rule and its allowed values."""
    lines = [f"# {label('rules_file_title', lang)}", "#"]
    lines += [f"# {rule}: {label('rule_' + rule, lang)}" for rule in RULE_IDS]
    for name in RulesProfile.model_fields:
        lines += [
            "",
            f"# {label('setting_' + name, lang)}",
            f"# {label('rules_file_values', lang)}: {label('values_' + name, lang)}",
        ]
        lines.append(f"{name} = {_toml_value(getattr(rules, name))}")
    return "\n".join(lines) + "\n"


def load_rules(path: Path | str) -> RulesProfile:
    """Read a profile; unknown keys, bad values and TOML syntax errors are :class:`RulesError`."""
    path = Path(path)
    if not path.is_file():
        raise RulesError([Problem("file_missing", {"path": str(path)})])
    try:
        values = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise RulesError([Problem("rules_syntax", {"detail": str(error)}, file=path.name)]) from None
    known = RulesProfile.model_fields
    problems = [
        Problem("rules_unknown_key", {"setting": key, "known": ", ".join(known)}, file=path.name)
        for key in values
        if key not in known
    ]
    if problems:
        raise RulesError(problems)
    if isinstance(values.get("threshold_percent"), float):
        values["threshold_percent"] = Decimal(str(values["threshold_percent"]))
    try:
        return RulesProfile(**values)
    except ValidationError as error:
        raise RulesError(
            [
                Problem(
                    "rules_bad_value",
                    {
                        "setting": ".".join(map(str, e["loc"])),
                        "value": e.get("input"),
                        "allowed": Label("values_" + str(e["loc"][0])),
                    },
                    file=path.name,
                )
                for e in error.errors()
            ]
        ) from None
