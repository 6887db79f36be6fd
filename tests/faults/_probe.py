"""Child process of the fault suite: load a corpus and print what came out as one JSON line.

    python -m tests.faults._probe '{"paths": ..., "cache_dir": ..., "cache": true, "n_jobs": 1}'

Run apart so that a segfault, a hang or a memory blow-up is a failed test, not a dead pytest.
Every table is hashed row by row, which touches every value (a string that is not UTF-8
raises here, as it would in the analyst's notebook).
"""

from __future__ import annotations

import hashlib
import json
import resource
import sys
import time
import warnings


def digest(df) -> str:
    import pandas as pd

    h = hashlib.sha256(repr(list(zip(df.columns, map(str, df.dtypes)))).encode())
    h.update(pd.util.hash_pandas_object(df, index=False).values.tobytes())
    for col in df.columns:  # hash_pandas_object hashes strings through a lossy path: also the values
        if str(df[col].dtype) in ("string", "object"):
            h.update("\0".join("\1" if v is None or v is pd.NA else str(v) for v in df[col]).encode("utf-8"))
    return h.hexdigest()[:20]


def main(argv: list[str]) -> int:
    args = json.loads(argv[0])
    t0, cpu0 = time.perf_counter(), time.process_time()
    import workbench as wb

    options = {"progress": False, "n_jobs": args.get("n_jobs", 1)}
    if args.get("cache", True):
        options["cache_dir"] = args["cache_dir"]
    else:
        options["cache"] = False
    for name, value in args.get("options", {}).items():
        options[name] = value
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = wb.load_corpus(args["paths"], **options)
        tables = {name: digest(df) for name, df in corpus.tables().items()}
    manifest = corpus.manifest
    out = {
        "tables": tables,
        "rows": {name: len(df) for name, df in corpus.tables().items()},
        "manifest": [[p, s, r] for p, s, r in zip(manifest["path"], manifest["status"], manifest["reason"])],
        "warnings": [f"{w.category.__name__}: {w.message}" for w in caught],
        "seconds": time.perf_counter() - t0,
        # CPU time: what linearity is judged on, as wall time moves with the machine's load
        "cpu_seconds": time.process_time() - cpu0,
        "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "children_maxrss_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "cache_path": str(corpus.cache_path) if corpus.cache_path else None,
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
