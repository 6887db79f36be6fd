"""Helpers of the fault suite: corpora of our own text, and loads run in child processes.

Every load that could crash, hang or blow up runs in a child (:func:`probe`), with a time
limit, so a segfault or a hang fails one test instead of killing pytest.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV_TAG = "WORKBENCH_FAULT_TAG"

#: Self-written paragraphs; a document is a headline, a byline and some of these.
PARAGRAPHS = (
    '"We will not sign this agreement in its present form," said Anna Berg, the trade minister.',
    "The council met on Tuesday to discuss the budget, according to two officials present.",
    "Prices of grain rose by a tenth over the month, the statistics office reported on Friday.",
    "Residents of the northern district complained about the noise from the new rail line.",
    "The company said it would hire three hundred workers before the end of the year.",
    'Critics called the plan "a gift to the largest landlords" and asked for a public inquiry.',
    "Officials in the capital declined to comment on the report when asked by reporters.",
    "The river flooded two villages after a week of rain, and the roads were closed.",
)


def document(i: int) -> str:
    """A short news-like text copy, different for each ``i`` (same ``i``, same bytes)."""
    picks = [PARAGRAPHS[(i * 7 + k * 3) % len(PARAGRAPHS)] for k in range(3 + i % 4)]
    return (
        f"Report number {i} from the regional desk\n\nBy Staff Writer {i}\n\n"
        + "\n\n".join(picks)
        + f"\n\nThis copy carries the serial {i:05d}.\n"
    )


def make_corpus(folder: Path, n: int, *, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"doc{i:05d}.txt").write_text(document(i), encoding="utf-8")
    return folder


def child_env(tag: str | None = None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED="0")
    if tag:
        env[ENV_TAG] = tag
    return env


def unprivileged() -> list[str]:
    """A command prefix that takes away root's power to read and write any file (so that
    permission bits count, as for any user); nothing when not root."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def probe(
    paths,
    cache_dir=None,
    *,
    cache: bool = True,
    n_jobs: int = 1,
    timeout: float = 120,
    options: dict | None = None,
    prefix: list[str] = (),
) -> dict:
    """Load in a child process; its JSON report, with ``returncode`` and ``stderr`` added.

    A child that dies (signal, exception) gives ``returncode`` != 0 and no ``tables``."""
    args = {
        "paths": [str(p) for p in paths] if isinstance(paths, list) else str(paths),
        "cache_dir": str(cache_dir) if cache_dir else None,
        "cache": cache,
        "n_jobs": n_jobs,
        "options": options or {},
    }
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "tests.faults._probe", json.dumps(args)],
            cwd=ROOT,
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as err:
        return {"returncode": "timeout", "stderr": str(err.stderr or "")[-2000:]}
    out = {}
    if done.returncode == 0 and done.stdout.strip():
        out = json.loads(done.stdout.strip().splitlines()[-1])
    out.update(returncode=done.returncode, stderr=done.stderr)
    return out


def assert_ok(report: dict) -> dict:
    assert report["returncode"] == 0, f"child failed ({report['returncode']}): {report['stderr'][-3000:]}"
    return report


def tagged_processes(tag: str) -> list[int]:
    """Pids of live processes started with ``ENV_TAG=tag`` in their environment."""
    pids = []
    needle = f"{ENV_TAG}={tag}".encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as fh:
                env = fh.read()
            with open(f"/proc/{entry}/stat", "rb") as fh:
                state = fh.read().rsplit(b")", 1)[1].split()[0]
        except OSError:
            continue
        if needle in env.split(b"\0") and state != b"Z":
            pids.append(int(entry))
    return pids


def wait_gone(tag: str, seconds: float) -> list[int]:
    """Tagged processes still alive after ``seconds`` (killed then, so no test leaves any)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = tagged_processes(tag)
        if not alive:
            return []
        time.sleep(0.1)
    alive = tagged_processes(tag)
    for pid in alive:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return alive


@pytest.fixture
def corpus_dir(tmp_path):
    """Twelve short documents of our own."""
    return make_corpus(tmp_path / "raw", 12)


def cache_files(cache_dir: Path) -> list[Path]:
    """Every regular file the cache holds, in a stable order."""
    return sorted(p for p in Path(cache_dir).rglob("*") if p.is_file() and not p.is_symlink())
