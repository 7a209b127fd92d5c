"""The folder where trialnews keeps what it builds once and reuses between processes (the drug
dictionary's table and index, compiled rule patterns): ``$TRIALNEWS_CACHE_DIR``, else
``$XDG_CACHE_HOME/trialnews`` or ``~/.cache/trialnews``. Every file is written under a temporary
name and renamed, so a process reading it never sees half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

#: The environment variable that moves the cache folder.
CACHE_ENV = "TRIALNEWS_CACHE_DIR"


def cache_dir() -> Path:
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trialnews"


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` to ``path``, through a temporary file in the same folder renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)  # gone after the rename; a failed write leaves no part file
