import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from workbench.ui import run_notebooks, write_report


def _write(folder, name, *cells):
    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    folder.mkdir(exist_ok=True)
    nbformat.write(nb, folder / f"{name}.ipynb")


def test_report_executes_notebooks_and_hides_code_by_default(tmp_path):
    _write(
        tmp_path / "nb",
        "01-a",
        new_markdown_cell("# A briefing"),
        new_code_cell("secret_code_marker = 6 * 7\nprint(secret_code_marker)"),
    )
    [plain] = run_notebooks(tmp_path / "nb", tmp_path / "out")
    html = plain.read_text()
    assert "A briefing" in html and "42" in html and "secret_code_marker = 6" not in html
    [with_code] = run_notebooks(tmp_path / "nb", tmp_path / "out2", with_code=True)
    assert "secret_code_marker" in with_code.read_text()


def test_one_failure_is_reported_and_the_rest_written_with_an_index(tmp_path):
    nb = tmp_path / "nb"
    _write(
        nb, "01-good", new_markdown_cell("# Good\n\n**The question:** does it run?"), new_code_cell("1 + 1")
    )
    _write(nb, "02-bad", new_markdown_cell("# Bad\n\n**The question:** and this?"), new_code_cell("1 / 0"))
    _write(nb, "03-after", new_markdown_cell("# After\n\n**The question:** still here?"), new_code_cell("3"))
    seen = []
    run = write_report(nb, tmp_path / "out", on_written=seen.append)
    assert [p.name for p in run.written] == ["01-good.html", "03-after.html"]
    assert list(run.failed) == ["02-bad"] and "ZeroDivisionError" in run.failed["02-bad"]
    assert seen == [*run.written, run.index]
    index = run.index.read_text()
    assert 'href="01-good.html"' in index and "does it run?" in index and "not written" in index
    assert "text-align:left" in run.written[0].read_text()
    only = write_report(nb, tmp_path / "one", notebooks=["03-after"])
    assert [p.name for p in only.written] == ["03-after.html"]
    with pytest.raises(FileNotFoundError):
        write_report(nb, tmp_path / "none", notebooks=["99-missing"])


def test_widgets_become_their_static_output_without_network_scripts(tmp_path, corpus1_dir):
    _write(
        tmp_path / "nb",
        "00-w",
        new_markdown_cell("# Widgets"),
        new_code_cell(
            "import workbench as wb\nfrom workbench import ui\n"
            "corpus = wb.load_corpus(progress=False)\nui.SearchAll(corpus, query='barrier')"
        ),
    )
    run = write_report(tmp_path / "nb", tmp_path / "out", data=corpus1_dir)
    page = run.written[0].read_text()
    assert not run.failed and "barrier" in page and "sentences" in page
    assert "widget-view" not in page and 'src="http' not in page
