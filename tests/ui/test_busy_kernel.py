"""The busy state reaches the browser while a slow update still runs: in a real ipykernel, the
status change the timer thread makes is sent on IOPub before the update ends (a change made from
the main thread would wait for it)."""

from __future__ import annotations

import textwrap
import time

import pytest

jupyter_client = pytest.importorskip("jupyter_client")

CODE = textwrap.dedent(
    """
    import time
    import ipywidgets as w
    import pandas as pd
    from workbench.ui import Explorer

    class Slow(Explorer):
        def __init__(self):
            self._setup([w.Label("slow")], corpus=None)

        def _update(self):
            time.sleep(1.5)
            self.table = pd.DataFrame({"a": [1]})

    Slow().refresh()
    """
)


def test_the_busy_state_is_sent_while_the_update_runs():
    km, kc = jupyter_client.manager.start_new_kernel(kernel_name="python3")
    try:
        msg_id = kc.execute(CODE)
        sent: list[tuple[float, str]] = []
        while True:
            msg = kc.get_iopub_msg(timeout=60)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "error":
                pytest.fail("\n".join(msg["content"]["traceback"]))
            if msg["msg_type"] == "comm_msg":
                value = msg["content"]["data"].get("state", {}).get("value")
                if isinstance(value, str):
                    sent.append((time.monotonic(), value))
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    values = [v for _, v in sent]
    assert "working…" in values and values[-1] == "1 row(s)"
    busy_at = sent[values.index("working…")][0]
    done_at = sent[-1][0]
    assert done_at - busy_at > 0.8  # sent during the 1.5 s update, not queued behind it
