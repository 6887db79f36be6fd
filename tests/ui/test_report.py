import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from workbench.ui import run_notebooks


def test_report_executes_notebooks_and_hides_code_by_default(tmp_path):
    nb = new_notebook(
        cells=[
            new_markdown_cell("# A briefing"),
            new_code_cell("secret_code_marker = 6 * 7\nprint(secret_code_marker)"),
        ]
    )
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    (tmp_path / "nb").mkdir()
    nbformat.write(nb, tmp_path / "nb" / "01-a.ipynb")
    [plain] = run_notebooks(tmp_path / "nb", tmp_path / "out")
    html = plain.read_text()
    assert "A briefing" in html and "42" in html and "secret_code_marker = 6" not in html
    [with_code] = run_notebooks(tmp_path / "nb", tmp_path / "out2", with_code=True)
    assert "secret_code_marker" in with_code.read_text()
