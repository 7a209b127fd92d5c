"""The batch job behind ``trialnews extract``: files in, ``records.jsonl`` and ``errors.jsonl`` out.

Nothing is lost: every record is written as one line with one ``write`` and flushed, so a run
that is interrupted (Ctrl-C, kill) leaves every completed record intact; a torn last line is cut
off when the file is opened again. ``resume=True`` skips files whose content hash already has a
record, and completes the rest. A file that cannot be read or processed becomes a line of
``errors.jsonl`` (path, stage, code, reason) and the batch goes on.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from spacy.language import Language

from .errors import Errors, TrialnewsError
from .extract import BATCH_SIZE, Outcome, extract_files
from .reader import DEFAULT_MAX_BYTES, iter_inputs


@dataclass
class Summary:
    files: int = 0
    records: int = 0
    with_warnings: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many files a run will read (a listing only: used for the progress bar's total)."""
    return sum(1 for _ in iter_inputs(paths, on_error=lambda path, error: None))


def repair_jsonl(path: Path) -> None:
    """Cut a torn last line (left by a killed run) so the file holds only whole records."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb+") as handle:
        data = handle.read()
        if data.endswith(b"\n"):
            return
        cut = data.rfind(b"\n") + 1
        handle.truncate(cut)


def done_hashes(path: Path) -> set[str]:
    """Content hashes of the records already in a JSONL file."""
    hashes: set[str] = set()
    if not path.exists():
        return hashes
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                hashes.add(json.loads(line)["source"]["sha256"])
    return hashes


def _open(path: Path, *, append: bool) -> IO[str]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("a" if append else "w", encoding="utf-8")
    except OSError as error:
        raise TrialnewsError(Errors.E207, stage="config", path=path, reason=error.strerror or error) from error


def _write(handle: IO[str], data: dict[str, Any]) -> None:
    handle.write(json.dumps(data, ensure_ascii=False) + "\n")
    handle.flush()


def run_batch(
    paths: Iterable[str | Path],
    *,
    output: Path,
    errors: Path,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
    resume: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> Summary:
    """Extract every article under ``paths`` into ``output``; errors go to ``errors``."""
    paths = list(paths)
    done: set[str] = set()
    if resume:
        repair_jsonl(output)
        repair_jsonl(errors)
        done = done_hashes(output)
    summary = Summary()
    started = time.perf_counter()
    with _open(output, append=resume) as records, _open(errors, append=resume) as failures:
        for outcome in extract_files(paths, nlp=nlp, n_process=n_process, batch_size=batch_size,
                                     max_bytes=max_bytes, skip=done.__contains__ if resume else None):
            summary.files += 1
            if outcome.skipped:
                summary.skipped += 1
            elif outcome.error is not None:
                summary.failed += 1
                _write(failures, outcome.error)
            else:
                summary.records += 1
                summary.with_warnings += bool(outcome.record["warnings"])
                _write(records, outcome.record)
                done.add(outcome.sha256)
            if on_outcome is not None:
                on_outcome(outcome)
        os.fsync(records.fileno())
    summary.seconds = time.perf_counter() - started
    return summary
