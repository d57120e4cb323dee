"""The rules profile as a TOML file: ``kkrvalg rules`` writes the defaults, ``--rules FILE`` reads them back.

Every uncertain rule of the reference is a setting of :class:`~kkrvalg.model.RulesProfile`; the file lists
all of them with the rule they belong to, and the settled rules (R1–R12) as comments for context.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import InputError, Label, Problem, RulesError
from ..i18n import Lang, keys, label
from ..model import RulesProfile

RULE_IDS = tuple(f"R{i}" for i in range(1, 16))


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    return f'"{value}"'


def rules_toml(rules: RulesProfile, lang: Lang) -> str:
    """The profile as TOML, each setting preceded by its rule and its allowed values."""
    lines = [f"# {label('rules_file_title', lang)}", "#"]
    lines += [f"# {rule}: {label(keys.RULE[rule], lang)}" for rule in RULE_IDS]
    for name in RulesProfile.model_fields:
        lines += [
            "",
            f"# {label(keys.SETTING[name].description, lang)}",
            f"# {label('rules_file_values', lang)}: {label(keys.SETTING[name].values, lang)}",
        ]
        value = getattr(rules, name)
        # TOML has no null: a setting whose value is "none" is written commented out (absent = none)
        lines.append(f"# {name} = 2" if value is None else f"{name} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def load_rules(path: Path | str) -> RulesProfile:
    """Read a profile; unknown keys, bad values and TOML syntax errors are :class:`RulesError`."""
    from .tables import read_bytes, require_file

    path = Path(path)
    try:
        require_file(path, "expected_rules")
        data = read_bytes(path, path.name)
    except InputError as error:
        raise RulesError(error.problems) from None
    try:
        values = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise RulesError([Problem("rules_not_text", {}, file=path.name)]) from None
    except tomllib.TOMLDecodeError as error:
        # tomllib's own words are English; the place it names is what the reader needs
        place = re.search(r"line (\d+), column (\d+)", str(error))
        line, column = place.groups() if place else ("?", "?")
        raise RulesError([Problem("rules_syntax", {"line": line, "column": column}, file=path.name)]) from None
    return rules_from_mapping(values, path.name)


def _shown(value: Any) -> str:
    """A setting's value as the user wrote it: ``nan`` rather than ``Decimal('NaN')``."""
    if isinstance(value, Decimal):
        return str(value).casefold() if not value.is_finite() else str(value)
    return repr(value) if isinstance(value, str) else str(value)


def rules_from_mapping(values: dict[str, Any], source: str) -> RulesProfile:
    """A profile from settings read from ``source`` (a file name, or ``rules`` for the API's mapping).

    Every route into a profile goes through here, so a bad setting is always a :class:`RulesError`
    naming the setting and its allowed values, never pydantic's own error.
    """
    known = RulesProfile.model_fields
    problems = [
        Problem("rules_unknown_key", {"setting": key, "known": ", ".join(known)}, file=source)
        for key in values
        if key not in known
    ]
    if problems:
        raise RulesError(problems)
    values = {k: Decimal(str(v)) if isinstance(v, float) else v for k, v in values.items()}
    try:
        return RulesProfile(**values)
    except ValidationError as error:
        raise RulesError(
            [
                Problem(
                    "rules_bad_value",
                    {
                        "setting": ".".join(map(str, e["loc"])),
                        "value": _shown(e.get("input")),
                        "allowed": Label(keys.SETTING[str(e["loc"][0])].values),
                    },
                    file=source,
                )
                for e in error.errors()
            ]
        ) from None
