"""Sentences scored per second: ``workbench.sentiment.score_sentences`` against calling
vaderSentiment's ``polarity_scores`` sentence by sentence, in the same run, on the
same sentences, with the check that every score is equal.

The sentences come from the dev set's text copies (../shared/bench/extraction/dev/text,
read at run time) and the two seed reports, split with ``workbench.segment.sentence_spans``,
then repeated and shuffled with a fixed seed up to ``n_sentences``. Copies repeat
sentences, and so does this set; ``unique`` figures score each distinct sentence once,
so the gain from memoising repeats and the gain from the faster rules show apart.

    python bench/bench_sentiment.py [N]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from workbench.config import PROJECT_DIR, RAW_DIR, SEED  # noqa: E402
from workbench.sentiment import _explain  # noqa: E402
from workbench.sentiment import _vader as sentiment  # noqa: E402
from workbench.text import _segment as segment  # noqa: E402

DEV_TEXT = PROJECT_DIR.parent / "shared" / "bench" / "extraction" / "dev" / "text"
#: The issue's floor for the benchmark.
MIN_SENTENCES = 50_000


def bench_sentences(
    n_sentences: int = MIN_SENTENCES, *, dev_dir: Path = DEV_TEXT, random_state: int = SEED
) -> pd.DataFrame:
    """``sent_id``, ``text``: the dev copies' and seeds' sentences, repeated and
    shuffled (seeded) to ``n_sentences`` rows."""
    files = sorted(dev_dir.glob("*.txt")) + sorted(RAW_DIR.glob("*.txt"))
    pool = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        pool += [text[a:b] for a, b in segment.sentence_spans(text)]
    if not pool:
        raise FileNotFoundError(f"no sentences under {dev_dir} or {RAW_DIR}")
    rng = np.random.default_rng(random_state)
    reps = -(-n_sentences // len(pool))
    texts = np.array(pool * reps, dtype=object)[rng.permutation(len(pool) * reps)][:n_sentences]
    return pd.DataFrame(
        {"sent_id": [f"b{i:06d}" for i in range(len(texts))], "text": pd.array(texts, dtype="string")}
    )


def _timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def bench_sentiment(n_sentences: int = MIN_SENTENCES) -> dict:
    """Sentences per second both ways and whether every score is equal."""
    sentences = bench_sentences(n_sentences)
    texts = sentences["text"].tolist()
    unique = sentences.drop_duplicates("text").reset_index(drop=True)

    analyzer = SentimentIntensityAnalyzer()  # built once, outside the timing
    sentiment.analyzer()  # likewise for the workbench
    vader, t_vader = _timed(lambda: [analyzer.polarity_scores(t) for t in texts])
    ours, t_ours = _timed(lambda: sentiment.score_sentences(sentences))
    _, t_vader_u = _timed(lambda: [analyzer.polarity_scores(t) for t in unique["text"]])
    ours_u, t_ours_u = _timed(lambda: sentiment.score_sentences(unique))

    expected = pd.DataFrame(vader)
    equal = all(
        ours[a].tolist() == expected[b].tolist()
        for a, b in [("sentiment", "compound"), ("pos", "pos"), ("neu", "neu"), ("neg", "neg")]
    )
    # the word-by-word trace behind ``caveats`` and the notebooks' explanations, distinct sentences
    explain = _explain.explain_rows
    _, t_explain = _timed(lambda: [explain(t) for t in unique["text"]])
    unique_equal = ours_u["sentiment"].tolist() == [
        analyzer.polarity_scores(t)["compound"] for t in unique["text"]
    ]
    return {
        "n_sentences": len(sentences),
        "n_unique": len(unique),
        "vader_per_second": len(texts) / t_vader,
        "score_sentences_per_second": len(texts) / t_ours,
        "speedup": t_vader / t_ours,
        "unique_vader_per_second": len(unique) / t_vader_u,
        "unique_score_sentences_per_second": len(unique) / t_ours_u,
        "unique_speedup": t_vader_u / t_ours_u,
        "explain_per_second": len(unique) / t_explain,
        "all_equal": bool(equal and unique_equal),
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else MIN_SENTENCES
    r = bench_sentiment(n)
    print(f"sentiment: {r['n_sentences']:,} sentences ({r['n_unique']:,} distinct)")
    print(f"  polarity_scores one by one  {r['vader_per_second']:>10,.0f} sentences/s")
    print(
        f"  score_sentences             {r['score_sentences_per_second']:>10,.0f} sentences/s"
        f"  (x{r['speedup']:.1f})"
    )
    print(
        f"  distinct sentences only:   {r['unique_vader_per_second']:>10,.0f} vs "
        f"{r['unique_score_sentences_per_second']:,.0f} sentences/s (x{r['unique_speedup']:.1f})"
    )
    print(f"  explain_rows (caveats' trace)  {r['explain_per_second']:>8,.0f} distinct sentences/s")
    print(f"  every score equal to vaderSentiment's: {r['all_equal']}")
    return 0 if r["all_equal"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
