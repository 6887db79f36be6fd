"""The report of bench/bench_scale.py: the issue's targets with PASS/MISS, the printed table and
the log-log plot by corpus size."""

from __future__ import annotations

from pathlib import Path

STAGES = ("read", "layout", "repair", "segment", "sentiment", "metadata", "language", "quotes", "entities")
#: The issue's targets on this machine.
TARGET_DOCS_PER_SECOND = 100
TARGET_WARM_SECONDS = 1.0
TARGET_WARM_AT = 10_000
TARGET_FILTER_P95_SECONDS = 0.100
TARGET_FILTER_AT = 10_000
TARGET_MEMORY_BYTES = 4 * 2**30
TARGET_MEMORY_AT = 50_000


def _verdict(ok: bool | None) -> str:
    return "n/a " if ok is None else ("PASS" if ok else "MISS")


def targets(sizes: list[dict], identical: bool | None) -> list[tuple[str, str, bool | None]]:
    """(target, measured, verdict) for each of the issue's targets; None where not measured."""
    at = {s["n"]: s for s in sizes}
    biggest = max(sizes, key=lambda s: s["n"]) if sizes else None

    def size_at(n):
        if n in at:
            return at[n], ""
        return biggest, f" (at {biggest['n']:,}, not {n:,})" if biggest else ""

    rows = []
    slowest = min((s["docs_per_second"] for s in sizes), default=None)
    rows.append(
        (
            f"cold build >= {TARGET_DOCS_PER_SECOND} documents/s",
            "-" if slowest is None else f"{slowest:.1f} documents/s (slowest size)",
            None if slowest is None else slowest >= TARGET_DOCS_PER_SECOND,
        )
    )
    s, note = size_at(TARGET_WARM_AT)
    rows.append(
        (
            f"warm reopen of {TARGET_WARM_AT:,} <= {TARGET_WARM_SECONDS:.0f} s",
            "-" if s is None else f"{s['warm']['seconds']:.2f} s{note}",
            None if s is None or note else s["warm"]["seconds"] <= TARGET_WARM_SECONDS,
        )
    )
    s, note = size_at(TARGET_FILTER_AT)
    rows.append(
        (
            f"filter p95 <= {TARGET_FILTER_P95_SECONDS * 1000:.0f} ms at {TARGET_FILTER_AT:,}",
            "-" if s is None else f"{s['warm']['filter_p95'] * 1000:.0f} ms{note}",
            None if s is None or note else s["warm"]["filter_p95"] <= TARGET_FILTER_P95_SECONDS,
        )
    )
    s, note = size_at(TARGET_MEMORY_AT)
    rows.append(
        (
            f"memory <= {TARGET_MEMORY_BYTES / 2**30:.0f} GiB at {TARGET_MEMORY_AT:,}",
            "-" if s is None else f"{s['peak_rss'] / 2**30:.2f} GiB{note}",
            None if s is None or note else s["peak_rss"] <= TARGET_MEMORY_BYTES,
        )
    )
    inc = [s for s in sizes if s["incremental"]["processed"] != 1]
    rows.append(
        (
            "adding one file rebuilds one document",
            "-" if not sizes else ", ".join(f"{s['incremental']['processed']} at {s['n']:,}" for s in sizes),
            None if not sizes else not inc,
        )
    )
    rows.append(
        ("parallel build identical to one process", "-" if identical is None else str(identical), identical)
    )
    return rows


def print_report(result: dict) -> None:
    print(
        f"Machine: {result['machine']}; load average at start {result['load_start']}, "
        f"end {result['load_end']}"
    )
    st = result.get("stages")
    if st:
        print(
            f"\nPer-document stages, one process, {st['documents']} sampled documents "
            f"({st['megabytes']:.2f} MB):"
        )
        print(f"{'stage':<10} {'ms/doc':>8} {'docs/s':>9} {'share':>6}")
        for s in STAGES:
            print(
                f"{s:<10} {st['seconds'][s] / st['documents'] * 1000:>8.2f} "
                f"{st['docs_per_second'][s]:>9.1f} {st['share'][s]:>6.1%}"
            )
        print(
            f"{'process()':<10} {st['seconds']['process'] / st['documents'] * 1000:>8.2f} "
            f"{st['docs_per_second']['process']:>9.1f}   (workbench.pipeline.process"
            " itself, as the build runs it per document)"
        )
    if result["sizes"]:
        print("\nBy size (cold/added: every core; warm and filters in a fresh process):")
        print(
            f"{'N':>7} {'MB':>6} {'cold s':>8} {'docs/s':>7} {'MB/s':>6} {'analyse s':>9} "
            f"{'warm s':>7} {'filt med':>8} {'filt p95':>8} {'srcs s':>7} {'add1 s':>7} "
            f"{'rebuilt':>7} {'RSS GiB':>8} {'worker':>7}"
        )
        for s in result["sizes"]:
            c, w, a = s["cold"], s["warm"], s["incremental"]
            print(
                f"{s['n']:>7,} {s['megabytes']:>6.1f} {c['seconds']:>8.1f} "
                f"{s['docs_per_second']:>7.1f} {s['mb_per_second']:>6.3f} "
                f"{c['analyse_seconds']:>9.1f} {w['seconds']:>7.2f} "
                f"{w['filter_median'] * 1000:>6.1f}ms {w['filter_p95'] * 1000:>6.1f}ms "
                f"{w['sentence_sources_seconds']:>7.2f} {a['seconds']:>7.1f} {a['processed']:>7} "
                f"{c['rss_self'] / 2**30:>8.2f} {c['rss_worker'] / 2**30:>7.2f}"
            )
            print(
                "        (warm: load_corpus in a process that has already imported the workbench, "
                "pandas and pyarrow, as after a notebook's first cell)"
            )
            if w["rebuilt"]:
                print(f"        (the warm reopen rebuilt {w['rebuilt']} documents: not a cache hit)")
    r = result.get("ratios")
    if r:
        print("\nSide by side (ratio > 1: the workbench is faster):")
        h = r["html"]
        print(
            f"  HTML path {h['workbench_pages_per_second']:.1f} vs trafilatura alone "
            f"{h['trafilatura_pages_per_second']:.1f} pages/s: x{h['speed_ratio']:.2f} "
            f"(F1 {h['workbench_f1']:.3f} vs {h['trafilatura_f1']:.3f})"
        )
        s = r["sentiment"]
        print(
            f"  sentiment {s['workbench_per_second']:,.0f} vs vaderSentiment "
            f"{s['vader_per_second']:,.0f} sentences/s: x{s['speed_ratio']:.2f} "
            f"(distinct only x{s['unique_speed_ratio']:.2f}; scores equal: {s['all_equal']})"
        )
        lay = r["layout"]
        print(
            f"  layout {lay['workbench_pages_per_second']:.1f} vs jusText "
            f"{lay['justext_pages_per_second']:.1f} pages/s: x{lay['speed_ratio']:.2f}"
        )
    print("\nTargets:")
    for name, measured, ok in result["targets"]:
        print(f"  {_verdict(ok)}  {name:<44} {measured}")
    if result.get("identity_detail"):
        print(f"  (identity check: {result['identity_detail']})")


def plot(sizes: list[dict], path: Path) -> Path:
    """Log-log plot of each figure against N, saved to ``path``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ns = [s["n"] for s in sizes]
    panels = [
        ("cold build (s)", [s["cold"]["seconds"] for s in sizes]),
        ("warm reopen (s)", [s["warm"]["seconds"] for s in sizes]),
        ("filter p95 (s)", [s["warm"]["filter_p95"] for s in sizes]),
        ("add one file (s)", [s["incremental"]["seconds"] for s in sizes]),
        ("peak RSS (GiB)", [s["peak_rss"] / 2**30 for s in sizes]),
    ]
    fig, axes = plt.subplots(1, len(panels), figsize=(4 * len(panels), 3.6))
    for ax, (title, ys) in zip(axes, panels):
        ax.loglog(ns, ys, "o-")
        ax.set_title(title)
        ax.set_xlabel("documents")
        ax.grid(True, which="both", alpha=0.3)
    fig.suptitle("workbench scale benchmark (2 cores)")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
