"""The folder where trialnews keeps what it builds once and reuses between processes (the drug
dictionary's table and index, compiled rule patterns): ``$TRIALNEWS_CACHE_DIR``, else
``$XDG_CACHE_HOME/trialnews`` or ``~/.cache/trialnews``. Every file is written under a temporary
name and renamed, so a process reading it never sees half a file."""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def marshal_suffix() -> str:
    """What names a ``marshal`` file's format for this Python: its version and marshal's."""
    return f"py{sys.version_info[0]}{sys.version_info[1]}-m{marshal.version}"


def read_kept(path: Path, build: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """What ``build()`` returns (plain data: what ``marshal`` writes), kept in ``path``: read from
    there when an earlier process kept it and ``valid`` accepts it, else built and kept (a missing,
    unreadable or rejected file is built again; a read-only folder keeps nothing, each process builds)."""
    try:
        kept = marshal.loads(path.read_bytes())
        if valid(kept):
            return kept
    except (OSError, ValueError, EOFError, TypeError):
        pass  # not kept yet, or unreadable
    built = build()
    try:
        write_atomically(path, marshal.dumps(built))
    except (OSError, ValueError):
        pass
    return built
