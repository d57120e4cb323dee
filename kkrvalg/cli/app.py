"""The root of the command line: ``--version``, shell completion and the examples; commands register on it."""

from __future__ import annotations

from typing import Annotated

import typer

from .group import KkrvalgGroup
from .options import LangOption, Language

app = typer.Typer(
    name="kkrvalg",
    cls=KkrvalgGroup,
    help="§app",
    epilog="§ex_app",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"kkrvalg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: Annotated[
        bool, typer.Option("--version", help="§version", metavar="", callback=_version, is_eager=True)
    ] = False,
    _language: LangOption = Language.da,
) -> None:
    """§app"""
