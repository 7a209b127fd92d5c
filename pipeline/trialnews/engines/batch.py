"""The batch job behind ``trialnews extract``: files in, ``records.jsonl`` and ``errors.jsonl`` out.

Nothing is lost:

- every record is written as one line by one unbuffered ``write`` call, so a run that is stopped
  (Ctrl-C, ``kill``, even ``kill -9``) leaves every completed record intact on disk; a torn last
  line, which only a crash in the middle of that call could leave, is cut off when the file is
  opened with ``resume=True``, and after a Ctrl-C;
- a file that cannot be read, decoded or processed becomes a line of ``errors.jsonl`` (path,
  stage, code, reason) and the batch goes on;
- ``resume=True`` keeps the records already in the output, skips the files whose path and
  content hash (SHA-256 of the bytes) have a record (:func:`done_keys`), and completes the rest:
  a resumed run writes what a fresh run writes, one record per file, twins included. ``errors.jsonl`` is written afresh
  on every run, resumed or not: it lists the files of *this* run that have no record (a file that
  failed before is tried again, and listed again only if it fails again), so errors are never
  listed twice.

- both outputs are locked (``flock``) while a batch writes them: a second run given the same
  output is refused with E210 before it touches the file, so two runs never mix or wipe records.

A Ctrl-C raises :class:`BatchInterrupted` (a ``KeyboardInterrupt``) carrying the summary so far,
after the output files were closed and checked.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO, Any

from spacy.language import Language

from ..errors import Errors, TrialnewsError
from .local import BATCH_SIZE, STOPPED_WORKERS_WARNING, Outcome, extract_files
from ..reading.reader import DEFAULT_MAX_BYTES, iter_inputs
from ..writers.records import iter_jsonl

INTERRUPTS = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: signal.SIG_DFL}
"""Signals that stop a batch cleanly, with the handler they must have for trialnews to take them."""
#: What reading from a stopped worker raises: the end of its pipe, maybe in the middle of a message.
STOPPED_PIPE_ERRORS = (EOFError, OSError)

#: Bytes read at a time while looking backwards for the last line break of a JSONL file.
TAIL_CHUNK_BYTES = 64 * 1024
#: Suffixes of a records or errors file: JSON Lines, or none (a device such as /dev/stdout).
RECORDS_SUFFIXES = (".jsonl", ".ndjson", "")
#: Permissions of a new output file, before the umask (as ``open(path, "w")`` gives).
NEW_FILE_MODE = 0o666


@dataclass
class Summary:
    """What a batch did; ``files`` counts every input: records, failures and skips."""

    files: int = 0
    records: int = 0
    with_warnings: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0

    def add(self, outcome: Outcome) -> None:
        self.files += 1
        if outcome.skipped:
            self.skipped += 1
        elif outcome.error is not None:
            self.failed += 1
        else:
            self.records += 1
            self.with_warnings += bool(outcome.record["warnings"])


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C during :func:`run_batch`; the output files are closed and hold whole lines only."""

    def __init__(self, summary: Summary) -> None:
        super().__init__("interrupted")
        self.summary = summary


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many outcomes a run will have (a listing only: the progress bar's total).

    Files, plus the problems of the walk itself (broken links, folder loops), which are outcomes
    too. Nothing is read, and nothing is held in memory.
    """
    problems = 0

    def count_problem(path: Path, error: TrialnewsError) -> None:
        nonlocal problems
        problems += 1

    files = sum(1 for _ in iter_inputs(paths, on_error=count_problem))
    return files + problems


def repair_jsonl(path: Path) -> None:
    """Cut a torn last line (left by a crash) so the file holds only whole lines.

    Reads backwards from the end in chunks of :data:`TAIL_CHUNK_BYTES`, so memory stays small
    whatever the size of the file.
    """
    if not path.exists():
        return
    with path.open("rb+") as handle:
        end = handle.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            start = max(0, position - TAIL_CHUNK_BYTES)
            handle.seek(start)
            chunk = handle.read(position - start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                cut = start + newline + 1
                break
            position = start
        else:
            cut = 0
        if cut != end:
            handle.truncate(cut)


RecordKey = tuple[str, str]
"""What identifies a done file for ``--resume``: its path as listed (``source.path``) and the
SHA-256 of its bytes (``source.sha256``)."""


def done_keys(path: Path) -> set[RecordKey]:
    """The keys (path, content hash) of the records already in a JSONL file.

    A file is done when a record has both its path and its content: a file changed since (same
    path, new bytes) is done again, and twins (two paths, the same bytes) each have their record,
    as in a fresh run. E211 when a line is not a record, with how to keep the whole records
    before it.
    """
    keys: set[RecordKey] = set()
    if not path.exists():
        return keys
    try:
        for number, data in iter_jsonl(path):
            source = data.get("source") or {}
            if not (isinstance(source.get("path"), str) and isinstance(source.get("sha256"), str)):
                raise TrialnewsError(Errors.E203, stage="config", path=path, line=number,
                                     reason=f"line {number} has no source.path and source.sha256, so it is not a record")
            keys.add((source["path"], source["sha256"]))
    except TrialnewsError as error:
        if "line" not in error.fields:  # the file cannot be read at all
            raise
        raise TrialnewsError(Errors.E211, stage="config", path=path, reason=error.fields["reason"],
                             keep=error.fields["line"] - 1) from error
    return keys


def _open(path: Path, *, append: bool) -> IO[bytes]:
    """The file opened for unbuffered binary writing (each ``write`` goes straight to the OS), and
    locked: E210 if another run holds it, E207 if it cannot be written.

    The lock (``flock``, exclusive, on the file itself) is taken before the file is emptied, so a
    second run with the same output refuses at once and never wipes or interleaves the first
    run's records. The OS drops the lock when the file is closed or the process ends, however
    it ends (``kill -9`` included): there is no stale lock file to clean up.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else 0), NEW_FILE_MODE)
    except OSError as error:
        raise TrialnewsError(Errors.E207, stage="config", path=path, reason=error.strerror or error) from error
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as error:
        os.close(descriptor)
        raise TrialnewsError(Errors.E210, stage="config", path=path) from error
    if not append:
        try:
            os.ftruncate(descriptor, 0)
        except OSError as error:
            if error.errno != errno.EINVAL:  # EINVAL: a device or pipe (/dev/null), which has nothing to cut
                os.close(descriptor)
                raise TrialnewsError(Errors.E207, stage="config", path=path, reason=error.strerror) from error
    return os.fdopen(descriptor, "wb", buffering=0)


@contextmanager
def output_lock(path: Path) -> Iterator[None]:
    """Hold the lock of the output ``path`` (E210 if another run holds it), the file left as it is:
    for writers that write it by other means (the Dask engine's merge)."""
    with _open(path, append=True):
        yield


def _write(handle: IO[bytes], data: dict[str, Any], path: Path) -> None:
    """One JSON line, written by one system call (more only if the OS takes part of it); E207 when
    the OS refuses it (a full disk)."""
    view = memoryview((json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8"))
    try:
        while view:
            view = view[handle.write(view):]
    except OSError as error:
        raise TrialnewsError(Errors.E207, stage="process", path=path, reason=error.strerror or error) from error


def _sync(handle: IO[bytes], path: Path) -> None:
    """Everything written is on disk (``fsync``); E207 if it cannot be. A device or pipe that
    cannot be synced (EINVAL) has nothing to keep."""
    try:
        os.fsync(handle.fileno())
    except OSError as error:
        if error.errno != errno.EINVAL:
            raise TrialnewsError(Errors.E207, stage="process", path=path, reason=error.strerror or error) from error


#: Linux's ``prctl`` option that sends the child a signal when its parent dies (<linux/prctl.h>).
PR_SET_PDEATHSIG = 1
#: How often a worker checks that its parent is alive where ``prctl`` is missing (not Linux).
PARENT_CHECK_SECONDS = 1.0
#: Exit status of a worker that ends because its batch's process is gone: 128 + SIGKILL.
EXIT_PARENT_GONE = 128 + signal.SIGKILL


#: Exit status of a worker forked after the batch was stopped (spaCy was still starting its
#: workers): 128 + SIGTERM, as if it had been terminated with the others.
EXIT_STOPPED = 128 + signal.SIGTERM
#: The stop request of the batch that is running, if any. While a batch runs, nlp.pipe's worker
#: processes (forked then) ignore Ctrl-C, which the terminal sends to the whole process group: the
#: main process stops them instead (see ``interrupts_stop_workers``), and they print no
#: KeyboardInterrupt tracebacks. A worker forked after the stop was requested ends at once.
_running_stop: StopRequest | None = None


#: Signals held back while a worker is forked, and the mask they were held back from.
_FORK_HELD = frozenset(INTERRUPTS)
_mask_before_fork: set[signal.Signals] | None = None


def _before_fork() -> None:
    """While a batch runs, Ctrl-C and SIGTERM wait until a new worker has its own handlers: one
    sent to it before (by the stop, just after it started) would go to the handler it inherited,
    be dropped, and leave it running, holding the pipes the batch reads, for ever."""
    global _mask_before_fork
    if _running_stop is not None and threading.current_thread() is threading.main_thread():
        _mask_before_fork = signal.pthread_sigmask(signal.SIG_BLOCK, _FORK_HELD)  # spaCy forks here


def _release_held_signals() -> None:
    global _mask_before_fork
    if _mask_before_fork is not None and threading.current_thread() is threading.main_thread():
        signal.pthread_sigmask(signal.SIG_SETMASK, _mask_before_fork)
        _mask_before_fork = None


def _after_fork_in_child() -> None:
    if _running_stop is None:
        return
    if _running_stop.requested:
        os._exit(EXIT_STOPPED)
    parent = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # ``terminate()`` ends a worker at once
    _release_held_signals()
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """End this worker when the batch's process dies, even by ``kill -9``.

    Otherwise a killed run leaves its workers running (each holding a pipeline in memory) and
    holding its stdout and stderr open, so that a caller waiting for the output waits for ever.
    On Linux the kernel sends SIGKILL when the parent dies (``PR_SET_PDEATHSIG``); elsewhere a
    daemon thread checks the parent every :data:`PARENT_CHECK_SECONDS`.
    """
    libc = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None
    if libc is not None and libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
        if os.getppid() != parent:  # the parent died before the request was made
            os._exit(EXIT_PARENT_GONE)
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(EXIT_PARENT_GONE)

    threading.Thread(target=watch, name="trialnews-parent-watch", daemon=True).start()



os.register_at_fork(before=_before_fork, after_in_parent=_release_held_signals,
                    after_in_child=_after_fork_in_child)


class StopRequest:
    """Set by Ctrl-C or SIGTERM while worker processes run; the batch loop ends the run at its next
    record (:meth:`check`), where stopping is safe."""

    def __init__(self) -> None:
        self.requested = False

    def check(self) -> None:
        if self.requested:
            raise KeyboardInterrupt


@contextmanager
def interrupts_stop_workers() -> Iterator[StopRequest]:
    """Ctrl-C (SIGINT) and ``kill`` (SIGTERM) stop ``nlp.pipe``'s workers and end the batch.

    spaCy's workers are forked, so each holds both ends of its pipes: when the main process stops
    reading, a worker blocks for ever sending its next batch, and so does spaCy's clean-up, which
    waits for the workers. The handler therefore terminates the workers (the processes that were
    not there when the batch started); their work in progress is lost: it was never written.

    With workers running, the handler raises nothing: it marks the returned :class:`StopRequest`,
    and the batch loop raises KeyboardInterrupt at its next record, or when the stream ends with the
    error of a stopped worker's pipe. An exception raised by the handler lands wherever the main
    thread is, and that may be inside ``Queue.put`` just after it took the queue's lock (spaCy
    sends texts from the main thread): the lock stayed taken, and spaCy's clean-up, which puts one
    more item into every queue, waited for it for ever. Without workers (one process, or before
    they start) the handler raises KeyboardInterrupt at once, as Python's own does.

    A signal that is ignored (a background job's SIGINT) stays ignored; outside the main thread
    nothing changes.
    """
    global _running_stop
    request = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield request
        return
    children_before = set(multiprocessing.active_children())

    def stop(signum: int, frame: FrameType | None) -> None:
        warnings.filterwarnings("ignore", message=re.escape(STOPPED_WORKERS_WARNING))
        workers = [child for child in multiprocessing.active_children() if child not in children_before]
        for child in workers:
            child.terminate()
        if not workers or request.requested:  # no worker to wait for, or a second Ctrl-C
            raise KeyboardInterrupt
        request.requested = True

    replaced = {number: signal.getsignal(number) for number, default in INTERRUPTS.items()
                if signal.getsignal(number) is default}
    for number in replaced:
        signal.signal(number, stop)
    _running_stop = request
    try:
        with warnings.catch_warnings():  # the filter set by ``stop`` lasts until the batch ends
            yield request
    finally:
        _running_stop = None
        for number, previous in replaced.items():
            signal.signal(number, previous)


def check_outputs(output: Path, errors: Path) -> None:
    """E204 when ``output`` or ``errors`` has a suffix of another format (``-o x.csv`` would hold
    JSONL; ``-o x.txt`` in the input folder would be read back as an article); E212 when both
    are one file, which would mix records and errors. A path without a suffix (``/dev/full``) is
    taken as it is."""
    for path in (output, errors):
        if path.suffix.lower() not in RECORDS_SUFFIXES:
            raise TrialnewsError(Errors.E204, stage="config", suffix=path.suffix, path=path,
                                 allowed=", ".join(suffix for suffix in RECORDS_SUFFIXES if suffix)
                                 + " (for a CSV, XLSX or Markdown table: trialnews table)")
    if output.resolve() == errors.resolve():
        raise TrialnewsError(Errors.E212, stage="config", path=output)


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
    """Extract every article under ``paths`` into ``output``; errors go to ``errors``.

    Raises E204/E212 for outputs that are not JSONL or are one file (:func:`check_outputs`),
    E201 when ``paths`` hold no article at all, E211 when ``resume`` finds an ``output``
    that is not a records file (E203 if it cannot be read), E207 when an output cannot be
    written (a full disk included), E210 when another run is
    writing ``output`` or ``errors`` (each is locked while the batch runs), and
    :class:`BatchInterrupted` on Ctrl-C.
    """
    paths = list(paths)
    check_outputs(output, errors)
    summary = Summary()
    started = time.perf_counter()
    with _open(output, append=resume) as records, _open(errors, append=False) as failures:
        done: set[RecordKey] = set()
        if resume:  # under the lock: no other run is writing
            repair_jsonl(output)
            done = done_keys(output)
        try:
            with interrupts_stop_workers() as stop:
                outcomes = extract_files(paths, nlp=nlp, n_process=n_process, batch_size=batch_size,
                                         max_bytes=max_bytes,
                                         skip=(lambda path, sha256: (path, sha256) in done) if resume else None)
                try:
                    for outcome in outcomes:
                        if outcome.error is not None:
                            _write(failures, outcome.error, errors)
                        elif outcome.record is not None:
                            _write(records, outcome.record, output)
                        summary.add(outcome)
                        if on_outcome is not None:
                            on_outcome(outcome)
                        stop.check()
                    stop.check()  # a stop after the last record: the workers were stopped all the same
                except STOPPED_PIPE_ERRORS as error:
                    if not stop.requested:
                        raise
                    raise KeyboardInterrupt from error  # the stream ended because the workers were stopped
                finally:
                    outcomes.close()
                _sync(records, output)
                _sync(failures, errors)
            stop.check()  # a stop while the stream closed or the files were synced
        except KeyboardInterrupt as interrupt:
            summary.interrupted = True
            summary.seconds = time.perf_counter() - started
            repair_jsonl(output)  # still under the lock
            repair_jsonl(errors)
            raise BatchInterrupted(summary) from interrupt
    summary.seconds = time.perf_counter() - started
    if summary.files == 0:
        raise TrialnewsError(Errors.E201, stage="config", paths=", ".join(str(path) for path in paths))
    return summary
