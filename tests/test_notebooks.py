"""The notebooks are executed, so they cannot rot: every cell must run and their own checks must hold."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.mark.parametrize("name", ["kv2025_kkr.ipynb", "regler.ipynb"])
def test_notebook_executes(name):
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any(o.output_type in ("execute_result", "display_data") for o in outputs)


def test_the_kv2025_notebook_says_what_the_data_covers():
    first = nbformat.read(NOTEBOOKS / "kv2025_kkr.ipynb", as_version=4).cells[0]
    assert first.cell_type == "markdown" and "valg.dk's officielle resultat" in first.source
    assert "alle 98 kommuner" in first.source and "H og K er usikre" in first.source
