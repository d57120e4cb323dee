"""kkrvalg: the composition of the five KKR and the election of their formand and næstformand.

The Python API (``load``, ``compose``, ``chair``, ``scenarios``) lives in :mod:`kkrvalg.api` and is
imported on first use, so that ``kkrvalg --help`` stays fast.
"""

from typing import Any

__version__ = "0.1.0"
"""The one place the version is written (the package metadata reads it from here, see pyproject.toml): reading
it back through importlib.metadata would cost every command some 40 ms of start-up."""

__all__ = [
    "__version__",
    "InputError",
    "KkrvalgError",
    "OutputError",
    "RulesError",
    "RulesProfile",
    "chair",
    "compose",
    "load",
    "scenarios",
]

_API = {"load", "compose", "chair", "scenarios"}
_ERRORS = {"InputError", "KkrvalgError", "OutputError", "RulesError"}


def __getattr__(name: str) -> Any:
    """The API, the errors and the rules profile, imported on first use: ``kkrvalg --help`` needs none of them."""
    if name in _API:
        from . import api

        return getattr(api, name)
    if name in _ERRORS:
        from . import errors

        return getattr(errors, name)
    if name == "RulesProfile":
        from .model import RulesProfile

        return RulesProfile
    raise AttributeError(f"module 'kkrvalg' has no attribute {name!r}")
