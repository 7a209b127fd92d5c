"""Extraction on a Dask cluster: ``trialnews extract --engine dask`` and :func:`extract_bag`.

Install with ``pip install 'trialnews[dask]'``; this is the one module that imports Dask.

:func:`run_dask` is the batch of :mod:`trialnews.engines.batch` spread over the workers of a cluster. The
client only lists the inputs (local files and folders with :func:`trialnews.reading.reader.iter_inputs`,
fsspec URLs such as ``s3://bucket/news/`` with fsspec) and cuts the list into partitions of
``partition_size`` files, one task each. A worker opens the bytes itself, builds the spaCy
pipeline once per process (:func:`trialnews.engines.local.default_nlp` is cached), runs the whole
partition through ``nlp.pipe`` and writes one part into ``OUTPUT.parts/``:
``<run>-p<index>.records.jsonl``, and ``<run>-p<index>.errors.jsonl`` when some files failed.
The parts are then merged into OUTPUT and the errors file, in input order (the order of the
local engine), or left where they are (``merge=False``). OUTPUT must be on a file system the
workers share with the client (a local disk for a local cluster, a shared mount otherwise).

Nothing is lost or duplicated:

- a part is written under a temporary name and renamed (``os.replace``) once complete, so a
  partition that is run again, because its worker died and Dask rescheduled it, replaces its
  part and never leaves half of one;
- ``resume=True`` skips the files whose path and content hash already have a record in OUTPUT
  or in a finished part (the semantics of :func:`trialnews.engines.batch.run_batch`); the merge drops a
  record whose path and hash are already in OUTPUT, so a merge cut short (Ctrl-C, kill) is completed, not
  doubled, by the next resumed run;
- a run stopped before the merge (Ctrl-C, a lost client) keeps its finished parts: run it
  again with ``resume=True`` to do the rest and merge.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path, PurePosixPath
from typing import IO, Any

import dask.bag as db
import fsspec
from distributed import Client, LocalCluster, WorkerPlugin, as_completed
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, \
    TimeElapsedColumn, TimeRemainingColumn

from .batch import RecordKey, Summary, check_outputs, done_keys, output_lock, repair_jsonl
from ..errors import Errors, TrialnewsError
# ``_outcome`` turns a processed doc into a record or an error, exactly as the local engine does.
from .local import BATCH_SIZE, Outcome, _outcome, default_nlp, error_entry, extract_files
from .progress import summary_table
from ..reading.reader import DEFAULT_MAX_BYTES, STAGE as READ_STAGE, SUFFIX_FORMATS, SourceText, iter_inputs

DEFAULT_PARTITION_SIZE = 64
"""Files per partition (one task). At about 20 articles/s per worker that is a few seconds of
work: long enough that the scheduler's cost per task (about a millisecond) does not show, short
enough that a lost worker costs little to redo and the progress bar moves."""

TASK_RETRIES = 2
"""Extra attempts for a partition whose task raised (a storage hiccup). A partition whose worker
died is rescheduled by the scheduler itself, up to ``distributed.scheduler.allowed-failures``."""

PARTS_SUFFIX = ".parts"
RECORDS_PART = ".records.jsonl"
ERRORS_PART = ".errors.jsonl"
TEMP_SUFFIX = ".tmp"
PART_INDEX_DIGITS = 8
"""Partition numbers are zero-padded so that parts sort by name in input order."""
LISTING_PART = "listing"
"""Name of the part holding the errors met while listing the inputs (sorts before ``p0...``)."""

URL_MARK = "://"
TEXT_PATH = "<text>"
"""The path given to a bare string of :func:`extract_bag`, as :func:`trialnews.engines.local.extract_text` does."""

_PIPELINE_LOCK = threading.Lock()
"""One document stream at a time per worker process. The pipeline is shared by the process's
threads and spaCy does not promise that concurrent calls are safe; the work holds the GIL, so a
worker with several threads loses nothing by it (start workers with one thread each)."""


@dataclass(frozen=True)
class Input:
    """One file to extract: where a worker opens it, and the path its record and errors name."""

    location: str  # an absolute local path, or an fsspec URL
    path: str  # as listed from the user's arguments


@dataclass
class PartResult:
    """What a partition task reports back to the client (its records are in its part)."""

    files: int = 0
    records: int = 0
    with_warnings: int = 0
    failed: int = 0
    skipped: int = 0
    reasons: list[str] = field(default_factory=list)


class SchedulerUnreachable(ConnectionError):
    """The scheduler given by ``--scheduler`` did not answer."""


class PipelineWarmup(WorkerPlugin):
    """Builds the pipeline on each worker when it joins, before its first partition arrives."""

    def setup(self, worker: Any) -> None:
        default_nlp()


# --- Listing, on the client ------------------------------------------------------------------


def is_url(path: str | Path) -> bool:
    return URL_MARK in str(path)


def list_inputs(paths: Iterable[str | Path], *,
                on_error: Callable[[str | Path, TrialnewsError], None]) -> Iterator[Input]:
    """The article files among ``paths`` (files, folders, fsspec URLs), in the local engine's order.

    Local paths are walked by :func:`trialnews.reading.reader.iter_inputs`; a URL naming a folder (a
    prefix) is listed with fsspec in the same order: sorted, depth first, hidden entries and
    unsupported suffixes left out. Only names are read here, never the files.
    """
    cwd = os.getcwd()
    for given in paths:
        if is_url(given):
            yield from _list_url(str(given), on_error)
        else:
            for path in iter_inputs([given], on_error=on_error):
                yield Input(location=os.path.join(cwd, path), path=str(path))


def _list_url(url: str, on_error: Callable[[str | Path, TrialnewsError], None]) -> Iterator[Input]:
    fs, root = fsspec.core.url_to_fs(url)
    if not fs.exists(root):
        on_error(url, TrialnewsError(Errors.E001, stage=READ_STAGE, path=url))
        return
    if not fs.isdir(root):
        yield Input(location=url, path=url)
        return
    found: list[tuple[tuple[str, ...], str]] = []
    for name in fs.find(root):
        relative = PurePosixPath(name).relative_to(PurePosixPath(root))
        if relative.suffix.lower() in SUFFIX_FORMATS and not any(
                part.startswith(".") for part in relative.parts):
            found.append((relative.parts, name))
    for _, name in sorted(found):
        located = fs.unstrip_protocol(name)
        yield Input(location=located, path=located)


# --- One partition, on a worker --------------------------------------------------------------


def extract_partition(inputs: Sequence[Input], *, parts_dir: str, name: str, done: frozenset[RecordKey],
                      max_bytes: int = DEFAULT_MAX_BYTES, batch_size: int = BATCH_SIZE) -> PartResult:
    """Extract ``inputs`` into the part ``parts_dir/name`` (the task of one partition).

    The part's files appear whole or not at all: they are written under temporary names and
    renamed when complete, the errors part first, so a finished records part means a finished
    partition. Files whose (path, hash) is in ``done`` are skipped.
    """
    folder = Path(parts_dir)
    if not folder.is_dir():
        raise FileNotFoundError(f"The parts folder {folder} does not exist on the worker {socket.gethostname()}: "
                                "the output must be on a file system that the workers share with the client.")
    result = PartResult()
    attempt = uuid.uuid4().hex
    records_temp = folder / f"{name}{RECORDS_PART}.{attempt}{TEMP_SUFFIX}"
    errors_temp = folder / f"{name}{ERRORS_PART}.{attempt}{TEMP_SUFFIX}"
    with records_temp.open("w", encoding="utf-8") as records, errors_temp.open("w", encoding="utf-8") as failures:
        for outcome in _partition_outcomes(inputs, done=done, max_bytes=max_bytes, batch_size=batch_size):
            result.files += 1
            if outcome.skipped:
                result.skipped += 1
            elif outcome.error is not None:
                result.failed += 1
                result.reasons.append(outcome.error["reason"])
                _write_line(failures, outcome.error)
            else:
                result.records += 1
                result.with_warnings += bool(outcome.record["warnings"])
                _write_line(records, outcome.record)
        _sync(records)
        _sync(failures)
    if result.failed:
        os.replace(errors_temp, folder / f"{name}{ERRORS_PART}")
    else:
        errors_temp.unlink()
    os.replace(records_temp, folder / f"{name}{RECORDS_PART}")
    return result


def _partition_outcomes(inputs: Sequence[Input], *, done: frozenset[RecordKey], max_bytes: int,
                        batch_size: int) -> Iterator[Outcome]:
    """The outcomes of a partition, each naming its input's listed path.

    Local files are read where they are; a URL is fetched into a scratch folder under its own
    file name (so its suffix still says its format) and read from there.
    """
    with tempfile.TemporaryDirectory(prefix="trialnews-") as scratch:
        opened: dict[str, Input] = {}
        for index, item in enumerate(inputs):
            if not is_url(item.location):
                opened[str(Path(item.location))] = item
                continue
            try:
                local = _fetch(item.location, Path(scratch) / str(index), max_bytes=max_bytes)
            except TrialnewsError as error:
                yield Outcome(item.path, error=error_entry(item.path, error))
                continue
            opened[str(local)] = item
        with _PIPELINE_LOCK:
            for outcome in extract_files(list(opened), nlp=default_nlp(), batch_size=batch_size,
                                         max_bytes=max_bytes,
                                         skip=lambda path, sha256: (opened[path].path, sha256) in done):
                yield _relabel(outcome, opened_as=outcome.path, item=opened[outcome.path])


def _fetch(url: str, folder: Path, *, max_bytes: int) -> Path:
    """Copy the file at ``url`` into ``folder`` under its own name; E001, E002 or E006 if it cannot."""
    fs, remote = fsspec.core.url_to_fs(url)
    try:
        size = fs.size(remote)
        if size is not None and size > max_bytes:
            raise TrialnewsError(Errors.E006, stage=READ_STAGE, path=url, size=size, limit=max_bytes)
        data = fs.cat_file(remote)
    except FileNotFoundError as error:
        raise TrialnewsError(Errors.E001, stage=READ_STAGE, path=url) from error
    except OSError as error:
        raise TrialnewsError(Errors.E002, stage=READ_STAGE, path=url, reason=error.strerror or error) from error
    folder.mkdir()
    local = folder / PurePosixPath(remote).name
    local.write_bytes(data)
    return local


def _relabel(outcome: Outcome, *, opened_as: str, item: Input) -> Outcome:
    """``outcome`` with the file named by its listed path rather than where it was opened."""
    if opened_as == item.path:
        return outcome
    outcome.path = item.path
    if outcome.record is not None:
        outcome.record["source"]["path"] = item.path
    if outcome.error is not None:
        outcome.error = {**outcome.error, "path": item.path,
                         "reason": outcome.error["reason"].replace(opened_as, item.path)}
    return outcome


def _write_line(handle: IO[str], data: dict[str, Any]) -> None:
    handle.write(json.dumps(data, ensure_ascii=False) + "\n")


def _sync(handle: IO[str]) -> None:
    handle.flush()
    os.fsync(handle.fileno())


# --- The run, on the client ------------------------------------------------------------------


def parts_folder(output: Path) -> Path:
    """Where the parts of ``output`` are written: ``OUTPUT.parts/`` beside it (absolute)."""
    output = Path(output).absolute()
    return output.with_name(output.name + PARTS_SUFFIX)


def run_dask(
    paths: Iterable[str | Path],
    *,
    output: Path,
    errors: Path,
    scheduler: str | None = None,
    client: Client | None = None,
    n_workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    merge: bool = True,
    resume: bool = False,
    batch_size: int = BATCH_SIZE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_start: Callable[[Client, int], None] | None = None,
    on_partition: Callable[[PartResult], None] | None = None,
) -> Summary:
    """Extract every article under ``paths`` on a Dask cluster into ``output`` and ``errors``.

    The cluster is ``client`` if given, else the scheduler at ``scheduler``, else a new
    ``LocalCluster`` of ``n_workers`` single-threaded worker processes (default: one per CPU).
    ``on_start(client, files_listed)`` is called once connected; ``on_partition(result)`` as each
    partition finishes. With ``merge=False`` the parts stay in :func:`parts_folder`.
    """
    started = time.perf_counter()
    paths = list(paths)
    check_outputs(output, errors)
    parts_dir = parts_folder(output)
    run = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    listing_errors: list[dict[str, Any]] = []
    inputs = list(list_inputs(paths, on_error=lambda path, error: listing_errors.append(error_entry(path, error))))
    if not inputs and not listing_errors:
        raise TrialnewsError(Errors.E201, stage="config", paths=", ".join(str(path) for path in paths))
    with output_lock(output), output_lock(errors):  # a second run on the same output: E210
        summary = Summary(files=len(listing_errors), failed=len(listing_errors))
        with _connect(client=client, scheduler=scheduler, n_workers=n_workers) as connected:
            done = _prepare(output, errors, parts_dir, resume=resume)  # once connected: a failed connection wipes nothing
            if listing_errors:
                _write_part(parts_dir / f"{run}-{LISTING_PART}{ERRORS_PART}", listing_errors)
            if on_start is not None:
                on_start(connected, len(inputs))
            connected.register_plugin(PipelineWarmup(), name="trialnews-pipeline")
            [shared_done] = connected.scatter([frozenset(done)], broadcast=True)  # one item, not one per hash
            futures = [
                connected.submit(extract_partition, chunk, parts_dir=str(parts_dir),
                                 name=f"{run}-p{index:0{PART_INDEX_DIGITS}d}", done=shared_done,
                                 max_bytes=max_bytes, batch_size=batch_size, key=f"trialnews-{run}-{index}",
                                 retries=TASK_RETRIES)
                for index, chunk in enumerate(_chunks(inputs, partition_size))
            ]
            for future in as_completed(futures):
                result = future.result()
                _add(summary, result)
                if on_partition is not None:
                    on_partition(result)
        if merge:
            merge_parts(parts_dir, output=output, errors=errors)
    summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def _connect(*, client: Client | None, scheduler: str | None, n_workers: int | None) -> Iterator[Client]:
    if client is not None:
        yield client
    elif scheduler is not None:
        try:
            connected = Client(scheduler)
        except OSError as error:
            raise SchedulerUnreachable(f"Cannot connect to the Dask scheduler {scheduler} ({error}). Check the "
                                       "address (tcp://HOST:8786) and that the scheduler runs and is reachable "
                                       "from this machine.") from error
        with connected:
            yield connected
    else:
        workers = n_workers or len(os.sched_getaffinity(0))
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True) as cluster, \
                Client(cluster) as connected:
            yield connected


def _chunks(inputs: list[Input], size: int) -> Iterator[list[Input]]:
    for start in range(0, len(inputs), size):
        yield inputs[start:start + size]


def _add(summary: Summary, result: PartResult) -> None:
    summary.files += result.files
    summary.records += result.records
    summary.with_warnings += result.with_warnings
    summary.failed += result.failed
    summary.skipped += result.skipped


def _prepare(output: Path, errors: Path, parts_dir: Path, *, resume: bool) -> set[RecordKey]:
    """Get the outputs ready; return the (path, content hash) keys already done (``resume``), else none.

    As in the local engine, the errors file (and any errors part) is started afresh on every
    run: a file that failed before has no record, so it is tried again. A fresh run also empties
    OUTPUT and the records parts; a resumed one keeps them and cuts a torn last line. Temporary
    files left by killed attempts are dropped.
    """
    try:
        parts_dir.mkdir(parents=True, exist_ok=True)
        output.parent.mkdir(parents=True, exist_ok=True)
        errors.parent.mkdir(parents=True, exist_ok=True)
        errors.write_bytes(b"")
        if resume:
            output.touch()
        else:
            output.write_bytes(b"")
    except OSError as error:
        raise TrialnewsError(Errors.E207, stage="config", path=error.filename or parts_dir,
                             reason=error.strerror or error) from error
    stale = [*parts_dir.glob(f"*{TEMP_SUFFIX}"), *_parts(parts_dir, ERRORS_PART)]
    if not resume:
        stale += _parts(parts_dir, RECORDS_PART)
    for path in stale:
        path.unlink()
    if not resume:
        return set()
    repair_jsonl(output)
    done = done_keys(output)
    for part in _parts(parts_dir, RECORDS_PART):
        done |= done_keys(part)
    return done


def _parts(parts_dir: Path, suffix: str) -> list[Path]:
    """The finished parts with ``suffix``, in input order (their names sort that way)."""
    return sorted(parts_dir.glob(f"*{suffix}"))


def _write_part(path: Path, lines: list[dict[str, Any]]) -> None:
    temp = path.with_name(f"{path.name}.{uuid.uuid4().hex}{TEMP_SUFFIX}")
    with temp.open("w", encoding="utf-8") as handle:
        for data in lines:
            _write_line(handle, data)
        _sync(handle)
    os.replace(temp, path)


def merge_parts(parts_dir: Path, *, output: Path, errors: Path) -> int:
    """Append the parts in ``parts_dir`` to ``output`` and ``errors``, then delete them.

    A record whose path and content hash are already in ``output`` is dropped: it was merged by a
    run cut short before it could delete its parts. Returns how many were dropped.
    """
    merged = done_keys(output)
    dropped = 0
    with output.open("a", encoding="utf-8") as records:
        for part in _parts(parts_dir, RECORDS_PART):
            with part.open(encoding="utf-8") as lines:
                for line in lines:
                    source = json.loads(line)["source"]
                    if (source["path"], source["sha256"]) in merged:
                        dropped += 1
                    else:
                        records.write(line)
        _sync(records)
    with errors.open("a", encoding="utf-8") as failures:
        for part in _parts(parts_dir, ERRORS_PART):
            with part.open(encoding="utf-8") as lines:
                shutil.copyfileobj(lines, failures)
        _sync(failures)
    for part in _parts(parts_dir, RECORDS_PART) + _parts(parts_dir, ERRORS_PART):
        part.unlink()
    for temp in parts_dir.glob(f"*{TEMP_SUFFIX}"):  # left by attempts on workers that died
        temp.unlink()
    if not any(parts_dir.iterdir()):
        parts_dir.rmdir()
    return dropped


# --- The terminal ----------------------------------------------------------------------------


def run_dask_with_progress(paths: Iterable[str | Path], *, output: Path, errors: Path, quiet: bool,
                           console: Console, merge: bool = True, **options: Any) -> Summary:
    """:func:`run_dask` with the dashboard link, a progress bar fed by finished partitions, and the summary."""
    show = not quiet and console.is_terminal
    columns = (TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
               TextColumn("{task.fields[rate]} files/s"), TimeElapsedColumn(), TextColumn("ETA"),
               TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True, disable=not show) as progress:
        task = progress.add_task("extract", total=None, rate="-")

        def on_start(client: Client, total: int) -> None:
            if not quiet:
                hint = "" if find_spec("bokeh") else " (pip install bokeh to serve it)"
                progress.console.print(f"Dask dashboard: {client.dashboard_link}{hint}", highlight=False)
            progress.update(task, total=total)

        def on_partition(result: PartResult) -> None:
            progress.advance(task, result.files)
            speed = progress.tasks[0].speed
            progress.update(task, rate=f"{speed:.1f}" if speed else "-")
            if show:
                for reason in result.reasons:
                    progress.console.print(f"[yellow]failed[/yellow] {reason}")

        try:
            summary = run_dask(paths, output=output, errors=errors, merge=merge, on_start=on_start,
                               on_partition=on_partition, **options)
        except KeyboardInterrupt:
            progress.console.print(f"[yellow]interrupted[/yellow]: the finished partitions are kept in "
                                   f"{parts_folder(output)}; run the same command with --resume to finish.")
            raise
    if not quiet:
        written = output if merge else parts_folder(output)
        console.print(summary_table(summary, output=written, errors=errors if merge else written))
    return summary


# --- A bag of texts --------------------------------------------------------------------------


def extract_bag(bag: db.Bag, *, batch_size: int = BATCH_SIZE) -> db.Bag:
    """A bag of records from a bag of article texts, one item for each item of ``bag``.

    ``bag`` holds strings, or ``(path, text)`` tuples whose path names the text in its record's
    ``source.path`` and in its errors (a bare string is named ``"<text>"``). Each item becomes
    either a record (a dict, as in ``records.jsonl``; ``source.sha256`` is that of the text's
    UTF-8 bytes) or an error dict ``{"path", "stage", "code", "reason"}`` (as in
    ``errors.jsonl``): tell them apart by ``"code" in item``. A blank text is error E005.
    Each worker builds the pipeline once and runs a whole partition through ``nlp.pipe``.

    >>> records = extract_bag(db.from_sequence([("a.txt", text_a), ("b.txt", text_b)])).compute()
    """
    return bag.map_partitions(_extract_texts, batch_size=batch_size)


def _extract_texts(items: Iterable[str | tuple[str, str]], *, batch_size: int) -> list[dict[str, Any]]:
    sources = [_as_source(item) for item in items]
    results: dict[int, dict[str, Any]] = {}
    to_process: list[int] = []
    for index, source in enumerate(sources):
        if source.text.strip():
            to_process.append(index)
        else:
            results[index] = error_entry(source.path, TrialnewsError(Errors.E005, stage=READ_STAGE, path=source.path))
    with _PIPELINE_LOCK:
        docs = default_nlp().pipe((sources[index].text for index in to_process), batch_size=batch_size)
        for index, doc in zip(to_process, docs):
            outcome = _outcome(doc, sources[index])
            results[index] = outcome.error if outcome.error is not None else outcome.record
    return [results[index] for index in range(len(sources))]


def _as_source(item: str | tuple[str, str]) -> SourceText:
    if isinstance(item, str):
        path, text = TEXT_PATH, item
    elif isinstance(item, tuple) and len(item) == 2 and all(isinstance(part, str) for part in item):
        path, text = item
    else:
        raise TypeError(f"extract_bag takes a bag of strings or of (path, text) tuples of strings, "
                        f"not {type(item).__name__}: {item!r:.80}")
    return SourceText(path=path, text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                      encoding="utf-8", format="txt", headings=())
