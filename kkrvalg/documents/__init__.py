"""The documents kkrvalg hands out: one typed pydantic model per command, the one contract with the outside.

``--format json`` prints them, the Python API returns them, ``diff``, ``watch`` and the notebooks read them, and
``kkrvalg schema`` prints their JSON Schema (committed under ``docs/schema/``). They are built straight from the
calculation's records; every document carries ``schema_version`` and the ``command`` that made it.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, TypeAdapter

from .allocation import AllocationDocument, KkrEntry, OrganDocument, allocation_document
from .chair import ChairDocument, ChairEntry, chair_document
from .changes import DiffDocument, WatchLine, diff_document
from .common import SCHEMA_VERSION
from .scenarios import ScenarioDocument, scenarios_document

SCHEMAS: dict[str, Any] = {
    "allocate": AllocationDocument | OrganDocument,
    "chair": ChairDocument,
    "scenarios": ScenarioDocument,
    "diff": DiffDocument,
    "watch": WatchLine,
}
"""Each command's document type (``allocate`` gives the KKR or one of KL's bodies)."""
BUILDERS = {"allocate": allocation_document, "chair": chair_document, "scenarios": scenarios_document}
"""Each calculating command's document, built from its calculation."""


def json_schema(command: str) -> dict[str, Any]:
    """The JSON Schema of ``command``'s document, generated from the models (never written by hand)."""
    schema = TypeAdapter(SCHEMAS[command]).json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"kkrvalg:{command}", **schema}


def dumps(document: BaseModel) -> str:
    """A document as the JSON that ``--format json`` prints (UTF-8 text, æ, ø and å as they are)."""
    return document.model_dump_json(indent=2)


def schema_text(command: str) -> str:
    return json.dumps(json_schema(command), ensure_ascii=False, indent=2) + "\n"


__all__ = [
    "BUILDERS",
    "SCHEMA_VERSION",
    "AllocationDocument",
    "ChairDocument",
    "ChairEntry",
    "DiffDocument",
    "KkrEntry",
    "OrganDocument",
    "ScenarioDocument",
    "WatchLine",
    "allocation_document",
    "chair_document",
    "diff_document",
    "dumps",
    "json_schema",
    "scenarios_document",
]
