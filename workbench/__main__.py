"""Command line: ``python -m workbench build|show|report``."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from .config import PROCESSED_DIR, RAW_DIR, REPORTS_DIR


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line on stderr, exit 2 (argparse prints usage too)
        self.exit(2, f"workbench: {message}\n")


def _input_path(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("the input path is empty")
    return value


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="workbench", description="Load news copies into clean, traceable tables.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    b = sub.add_parser("build", help="load and analyse; write every table as Parquet")
    b.add_argument("path", nargs="?", default=str(RAW_DIR), type=_input_path)
    b.add_argument("--out", default=str(PROCESSED_DIR))
    b.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    b.add_argument(
        "--engine",
        choices=("processes", "dask"),
        default="processes",
        help="where documents are processed: this machine's cores, or a Dask cluster",
    )
    b.add_argument(
        "--scheduler", help="with --engine dask: the scheduler's address (default: a local cluster)"
    )
    s = sub.add_parser("show", help="print one document's article, then what was set aside and why")
    s.add_argument("doc_id")
    s.add_argument("path", nargs="?", default=str(RAW_DIR), type=_input_path)
    r = sub.add_parser(
        "report", help="execute the notebooks and write a self-contained HTML folder (index.html first)"
    )
    r.add_argument("--with-code", action="store_true", help="keep the code cells in the HTML")
    r.add_argument("--out", default=str(REPORTS_DIR))
    r.add_argument("--notebooks", nargs="+", metavar="NAME", help="only these notebooks (e.g. 02-sources)")
    r.add_argument("--data", metavar="FOLDER", help="the raw documents to report on (default: data/raw)")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run a command; every error is one line on stderr and exit status 2."""
    args = _parser().parse_args(argv)
    try:
        return {"build": _build, "show": _show, "report": _report}[args.command](args)
    except BrokenPipeError:  # "workbench show ... | head": the reader has what it wanted
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except KeyError as err:
        return _fail(str(err.args[0]) if err.args else "not found")
    except OSError as err:
        where = f": {err.filename}" if getattr(err, "filename", None) else ""
        return _fail(f"{err.strerror or err}{where}" if err.strerror else str(err))
    except (ValueError, ImportError) as err:
        return _fail(str(err))
    except Exception as err:  # noqa: BLE001 - e.g. a notebook that fails in `report`: its first line
        first = (str(err).strip().splitlines() or [""])[0]
        return _fail(f"{type(err).__name__}: {first}")


def _fail(message: str, status: int = 2) -> int:
    """Say what went wrong in one line on stderr; the exit status."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    print(f"workbench: {' '.join(message.split())}", file=sys.stderr)
    return status


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush into a closed pipe is silent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _writable_folder(path: str, option: str) -> Path:
    """``path`` as a folder this process can write in, made if needed; ``OSError`` with a
    clear message otherwise (checked before any work, not after it)."""
    if not path:
        raise OSError(f"{option} is empty")
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise OSError(f"{option} {out} is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as err:
        raise OSError(f"cannot write in {option} {out}: {(err.strerror or str(err)).lower()}") from None
    return out


def _build(args) -> int:
    from .corpus import load_corpus

    out = _writable_folder(args.out, "--out")
    corpus = load_corpus(
        args.path,
        cache_dir=out,
        progress=False if args.no_progress else None,
        engine=args.engine,
        scheduler=args.scheduler,
    )
    for name, df in corpus.tables().items():
        tmp = out / f".{name}.parquet.tmp"
        df.to_parquet(tmp, index=False)
        tmp.replace(out / f"{name}.parquet")
    m = corpus.manifest
    print(
        f"{int((m['status'] == 'loaded').sum())} files loaded, {len(corpus.documents)} documents, "
        f"{len(corpus.paragraphs)} paragraphs, {len(corpus.sentences)} sentences -> {out}"
    )
    for _, row in m[m["status"] != "loaded"].iterrows():
        print(f"  {row['status']}: {row['path']} ({row['reason']})")
    return 0


def _show(args) -> int:
    from .corpus import load_corpus

    corpus = load_corpus(args.path, progress=False)
    doc = corpus.document(args.doc_id)
    title = doc["title"]
    print(f"# {title if isinstance(title, str) else doc['doc_id']}")
    print(doc["text"])
    print("\n--- set aside ---")
    for _, b in corpus.set_aside(args.doc_id).iterrows():
        first = b["text"].split("\n")[0]
        more = " ..." if "\n" in b["text"] else ""
        print(f"[{b['kind']}] lines {b['line_start']}-{b['line_end']}: {first[:80]}{more}  ({b['reason']})")
    return 0


def _report(args) -> int:
    from .ui import write_report

    if args.data and not Path(args.data).is_dir():
        raise FileNotFoundError(f"no folder {args.data}")
    out = _writable_folder(args.out, "--out")  # before the notebooks run, not after
    run = write_report(
        out_dir=out,
        with_code=args.with_code,
        notebooks=args.notebooks,
        data=Path(args.data) if args.data else None,
        on_written=lambda path: print(path, flush=True),
    )
    for name, error in run.failed.items():
        print(f"workbench: {name} failed: {error}", file=sys.stderr)
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
