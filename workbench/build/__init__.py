"""The build: every input read, each document processed into its rows, the rows spooled and cached.

The per-document pipeline (``_pipeline``) runs the stages in order (layout or the HTML path,
repair, segmentation, metadata, language, quotes, entities, sentiment). A build streams
documents through a bounded, ordered pool of processes (or a Dask cluster) so the tables do
not depend on the number of workers, spools them to Arrow files a chunk at a time, and keeps
each document's rows and the finished tables in a content-keyed cache under
``data/processed/``, so an unchanged corpus reopens in a fraction of a second and adding a file
processes only that file.
"""

from ._cache import CacheWarning
from ._cache import entry as cache_entry
from ._cache import entry_lock as cache_lock
from ._cache import key as cache_key
from ._cache import key_of_results as cache_key_of_results
from ._cache import prune_documents as prune_document_cache
from ._cache import read as read_cache
from ._cache import warn as cache_warning
from ._cache import write as write_cache
from ._locks import Workspace, open_workspace
from ._parallel import default_jobs, ordered_map
from ._run import ENGINES, SPOOLED_FINAL, build_tables, terminate_raises
from ._spool import Spool, columns

__all__ = [
    "CacheWarning",
    "cache_entry",
    "cache_key",
    "cache_key_of_results",
    "cache_lock",
    "cache_warning",
    "prune_document_cache",
    "read_cache",
    "write_cache",
    "Workspace",
    "open_workspace",
    "terminate_raises",
    "default_jobs",
    "ordered_map",
    "ENGINES",
    "SPOOLED_FINAL",
    "build_tables",
    "Spool",
    "columns",
]
