"""In a real browser: JupyterLab from the project's venv, driven in Debian's Chromium by Playwright.

Runs when /usr/bin/chromium and playwright are present (CI installs both; `make test-browser`
runs only this). The corpus is the five documents of the notebook test (the two reports and
three self-written articles) plus a hostile document whose text holds ``<script>`` and
``<img onerror>``: it must show as text, and nothing in it may run. Every notebook is opened
and run; one widget in each is changed and the change seen; a screenshot of each is saved
under ``reports/``.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from workbench.config import NOTEBOOKS_DIR, REPORTS_DIR

from .conftest import make_corpus

CHROMIUM = Path("/usr/bin/chromium")
NOTEBOOK = "02-sources.ipynb"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]
playwright_api = pytest.importorskip("playwright.sync_api")

HOSTILE = (
    "Council vote on the harbour wall\n\n"
    "The council met on Tuesday to decide the future of the harbour wall, which storms damaged "
    "badly last winter, and residents filled the hall to hear the debate.\n\n"
    '"We will not wait <script>window.__pwned = 1; alert(1)</script> for the next storm '
    '<img src=x onerror=window.__pwned=2>," said Jane Roe, the mayor of the town.\n\n'
    "The vote passed by seven to two, and work is to begin in the spring after the fishing season.\n"
)
#: Seconds allowed for JupyterLab to start and for all cells to run.
START_TIMEOUT = 90
RUN_TIMEOUT = 300
#: Flags that keep Chromium off the network (this machine has none) and quiet.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab on loopback over copies of the notebooks and a corpus with a hostile document."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(NOTEBOOKS_DIR, root / "notebooks")
    raw = make_corpus(root)
    (raw / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, "WORKBENCH_RAW_DIR": str(raw), "WORKBENCH_PROCESSED_DIR": str(root / "cache")}
    jupyter = Path(sys.executable).with_name("jupyter")
    proc = subprocess.Popen(
        [
            str(jupyter),
            "lab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            f"--IdentityProvider.token={token}",
            f"--notebook-dir={root / 'notebooks'}",
            "--allow-root",
            "--LabApp.news_url=",
            "--LabApp.extension_manager=readonly",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(root / "lab.log").open("w"),
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.terminate()
                pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text()[-2000:])
            time.sleep(0.5)
    yield base, token
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


NOTEBOOKS = sorted(p.name for p in NOTEBOOKS_DIR.glob("*.ipynb"))


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_notebook_runs_and_its_explorer_answers(lab, notebook):
    base, token = lab
    dialogs: list[str] = []
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        shot = REPORTS_DIR / f"browser-{Path(notebook).stem}.png"
        try:
            _run_all(page, base, token, notebook)
            panel = CHANGES[notebook](page, dialogs)
            panel.locator(".wb-status").first.scroll_into_view_if_needed()  # the controls in view
            REPORTS_DIR.mkdir(exist_ok=True)
            page.screenshot(path=str(shot))
        except Exception:
            REPORTS_DIR.mkdir(exist_ok=True)
            page.screenshot(path=str(shot.with_name(shot.stem + "-failure.png")), full_page=True)
            raise
        finally:
            browser.close()


def _explorer(page, marker: str):
    """The outermost explorer whose controls include ``marker`` (a control's description)."""
    panel = (
        page.locator(".jp-OutputArea-output .widget-vbox", has_text=marker).filter(has_text="Save CSV").first
    )
    panel.scroll_into_view_if_needed()
    return panel


def _changes_to(page, panel, control, value: str, expect: str) -> None:
    """Type ``value`` into ``control`` and wait until the status line shows ``expect``."""
    status = panel.locator(".wb-status").first
    before = status.inner_text()
    control.fill(value)
    try:
        page.wait_for_function(
            "([el, want, before]) => el.innerText.includes(want) && el.innerText !== before",
            arg=[status.element_handle(), expect, before],
            timeout=30_000,
        )
    except playwright_api.TimeoutError:
        pytest.fail(f"after {value!r} the status line shows {status.inner_text()!r}, not {expect!r}")


def _search_all(page, _dialogs):
    panel = _explorer(page, "Search")
    _changes_to(page, panel, panel.locator("input[type='text']").first, "Harrow", "statements")
    return panel


def _corpus_browser(page, _dialogs):
    panel = _explorer(page, "Set aside")
    _changes_to(page, panel, panel.locator("input[type='text']").first, "zzzz", "no matches")
    return panel


def _kwic(page, _dialogs):
    panel = _explorer(page, "Window")
    _changes_to(page, panel, panel.locator("input[type='text']").first, "barrier", "match")
    return panel


def _sentiment(page, _dialogs):
    panel = _explorer(page, "Voices")
    _changes_to(page, panel, panel.locator("input[list]").first, "Kremlin", "sentence(s)")
    return panel


def _compare(page, _dialogs):
    panel = _explorer(page, "Threshold")
    labels = panel.locator(".widget-select-multiple", has_text="Labels").locator("select")
    status = panel.locator(".wb-status").first
    before = status.inner_text()
    labels.select_option(label=["only in A"])
    page.wait_for_function(
        "([el, before]) => el.innerText !== before && !el.innerText.includes('working')",
        arg=[status.element_handle(), before],
        timeout=30_000,
    )
    return panel


def _quotes_hostile(page, dialogs):
    """The quote browser filtered to the hostile document shows its markup as text, nothing runs;
    filtered to another report, it shows that one."""
    panel = _explorer(page, "Kinds")
    reports = panel.locator(".widget-select-multiple", has_text="Reports").locator("select")
    view = panel.locator(".wb-view").first
    options = reports.locator("option").all_text_contents()
    # ipywidgets shows spaces in option labels as no-break spaces
    hostile = next((o for o in options if "Council vote" in o.replace("\xa0", " ")), None)
    assert hostile, f"no hostile document among {options}"
    reports.select_option(label=[hostile])
    page.wait_for_function(
        "el => el.innerText.includes('window.__pwned = 1')", arg=view.element_handle(), timeout=20_000
    )
    shown = view.inner_text()
    assert "<script>window.__pwned = 1; alert(1)</script>" in shown
    assert "<img src=x onerror=window.__pwned=2>" in shown
    assert page.evaluate("window.__pwned === undefined") and dialogs == []
    seed = next(o for o in options if o != hostile)
    reports.select_option(label=[seed])
    try:
        page.wait_for_function(
            """el => { const t = el.innerText;
                       return t.trim() && !t.includes('window.__pwned') && !t.includes('Jane Roe'); }""",
            arg=view.element_handle(),
            timeout=20_000,
        )
    except playwright_api.TimeoutError:
        pytest.fail(f"the quote browser did not switch to {seed!r}: it shows {view.inner_text()[:300]!r}")
    return panel


#: notebook -> how its explorer is changed and the change seen.
CHANGES = {
    "00-start-here.ipynb": _search_all,
    "01-corpus.ipynb": _corpus_browser,
    "02-sources.ipynb": _quotes_hostile,
    "03-topics.ipynb": _kwic,
    "04-sentiment.ipynb": _sentiment,
    "05-compare.ipynb": _compare,
}


def test_every_notebook_has_a_browser_check():
    assert set(CHANGES) == set(NOTEBOOKS)


def _wait_for_kernel(page) -> None:
    """Wait until the notebook's kernel is started and idle, accepting a kernel-choice dialog."""
    deadline = time.monotonic() + START_TIMEOUT
    idle = page.locator(".jp-StatusBar-TextItem", has_text="| Idle")
    while time.monotonic() < deadline:
        accept = page.locator(".jp-Dialog button.jp-mod-accept")
        if accept.count():  # a fresh Jupyter may ask which kernel to start
            accept.first.click()
        elif idle.count():
            return
        time.sleep(0.5)
    pytest.fail("the notebook's kernel did not start")


def _run_all(page, base, token, notebook) -> None:
    """Open ``notebook``, clear its committed outputs, run every cell; no error output."""
    page.goto(f"{base}/lab/tree/{notebook}?reset&token={token}")
    page.wait_for_selector(".jp-NotebookPanel", timeout=START_TIMEOUT * 1000)
    _wait_for_kernel(page)
    # Clear the committed outputs first, so what is checked below comes from this run.
    page.locator(".lm-MenuBar-itemLabel", has_text="Edit").first.click()
    page.locator("li[data-command='editmenu:clear-all']").click()
    page.wait_for_function(
        """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
                               .every(p => !/\\d/.test(p.textContent))""",
        timeout=10_000,
    )
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator("li[data-command='runmenu:run-all']").click()
    # Every code cell has run when each prompt shows an execution number.
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
            return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        timeout=RUN_TIMEOUT * 1000,
    )
    assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.error']").count() == 0
    assert page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
