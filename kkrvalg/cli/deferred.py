"""Keep ``kkrvalg --help`` fast: typer's help formatter imports two heavy Rich modules that kkrvalg never uses.

``typer.rich_utils`` imports ``rich.markdown`` (with markdown-it) and ``rich.traceback`` at load time, about
half of what rendering the help costs, although kkrvalg uses neither: its help is Rich markup, not Markdown,
and pretty exceptions are off. Until something really uses one of them, a stand-in class takes its place
and loads the real module on first use — so nothing behaves differently, it only loads later (or never).
"""

from __future__ import annotations

import importlib
import sys
import types
from functools import partial
from typing import Any

DEFERRED = {"rich.markdown": "Markdown", "rich.traceback": "Traceback"}


class _Placeholder(types.ModuleType):
    """A module in ``sys.modules`` standing in for one not loaded yet."""


class _StandIn(type):
    """The class of a stand-in: every use (a call, an attribute, an isinstance check) goes to the real class."""

    def real(cls) -> type:
        real: type = _forward(cls.module, cls.__name__)
        return real

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        return cls.real()(*args, **kwargs)

    def __getattr__(cls, name: str) -> Any:
        return getattr(cls.real(), name)

    def __instancecheck__(cls, instance: object) -> bool:
        return isinstance(instance, cls.real())


def defer_unused_rich_modules() -> None:
    """Put stand-ins for :data:`DEFERRED` in ``sys.modules`` unless the real modules are loaded already."""
    for module, name in DEFERRED.items():
        if module in sys.modules:
            continue
        placeholder = _Placeholder(module, "kkrvalg's stand-in; the real module loads on first use")
        setattr(placeholder, name, _StandIn(name, (), {"module": module}))
        placeholder.__getattr__ = partial(_forward, module)  # type: ignore[method-assign]  # PEP 562; typeshed: a method
        sys.modules[module] = placeholder


def _forward(module: str, attribute: str) -> Any:
    """Any other name of the module: load the real one. The import system's own probes (``__path__``, …)
    must not, or every ``from … import`` would load it."""
    if attribute.startswith("__"):
        raise AttributeError(attribute)
    if isinstance(sys.modules.get(module), _Placeholder):
        del sys.modules[module]
    return getattr(importlib.import_module(module), attribute)
