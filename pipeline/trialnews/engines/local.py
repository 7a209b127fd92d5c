"""Extraction as plain functions: one text, or a stream of files, to records.

``extract_files`` streams: files are read one at a time, processed by ``nlp.pipe`` (on
``n_process`` processes), and each outcome — a record, or an error with the file's path, stage
and reason — is yielded as soon as its doc is done, so memory stays bounded on any folder size.
"""

from __future__ import annotations

import gc
import hashlib
import inspect
import multiprocessing
import multiprocessing.queues
import re
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..components.guard import failure
from ..components.record import RECORD_EXTENSION
from ..errors import Errors, TrialnewsError, merged_warnings
from ..facts.results import LEFT_OUT
from ..nlp import make_nlp
from ..reading.reader import DEFAULT_MAX_BYTES, SourceText, iter_inputs, read_article

#: Docs sent to a worker process at a time by ``nlp.pipe``.
BATCH_SIZE = 32
#: Sent through ``nlp.pipe`` for a file that failed or is skipped, so outcomes keep input order
#: and come out as soon as they are known (a placeholder costs well under a millisecond).
PLACEHOLDER_TEXT = ""
#: The last pipe of ``nlp.pipe``'s worker processes (see :func:`_slim_in_workers`).
SLIM_PIPE = "trialnews_slim_doc"
STOPPED_WORKERS_WARNING = "[W127]"
"""spaCy's warning that workers did not complete: expected when they were stopped on purpose."""


@dataclass
class Outcome:
    """What became of one input file: a record, an error, or a skip (already done)."""

    path: str
    record: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    skipped: bool = False
    sha256: str | None = None
    left_out: list[dict[str, Any]] | None = None
    """The values the results fact read and left out, each with its reason (never in the record)."""


@cache
def default_nlp() -> Language:
    """The process's pipeline, built once. What it loads (rules, word lists, compiled patterns) lives
    as long as the process: it is built with the garbage collector paused (building it paused the
    start some hundred times for collections that found nothing to free); the command line then
    freezes it (``gc.freeze``) out of the collector's reach, which a library leaves to its caller."""
    running = gc.isenabled()
    gc.disable()
    try:
        return make_nlp()
    finally:
        if running:
            gc.enable()


def error_entry(path: str | Path, error: TrialnewsError) -> dict[str, Any]:
    return {"path": str(path), "stage": error.stage, "code": error.code, "reason": str(error)}


def _source(text: SourceText) -> dict[str, Any]:
    return {"path": text.path, "sha256": text.sha256, "chars": len(text.text), "encoding": text.encoding,
            "format": text.format}


def _outcome(doc: Any, text: SourceText) -> Outcome:
    failed = failure(doc)
    if failed is not None:
        code = failed.get("code", "E101")
        reason = failed["reason"] if code != "E101" else Errors.E101.format(path=text.path, reason=failed["reason"])
        if not reason.startswith("["):
            reason = f"[{code}] {reason}"
        return Outcome(text.path, error={"path": text.path, "stage": "process", "code": code, "reason": reason},
                       sha256=text.sha256)
    record = doc._.get(RECORD_EXTENSION)
    record["source"] = {**_source(text), "kind": record["source"].get("kind")}
    # the reader's (bad bytes replaced) before the pipeline's; each once, and few of one code
    record["warnings"] = merged_warnings([*text.warnings, *record["warnings"]])
    return Outcome(text.path, record=record, sha256=text.sha256, left_out=left_out_values(doc))


def left_out_values(doc: Any) -> list[dict[str, Any]]:
    """The values the results fact read and left out, with why (``facts.results.LEFT_OUT``)."""
    return list(doc.user_data.get(LEFT_OUT) or [])


def extract_text(text: str, *, nlp: Language | None = None, path: str = "<text>") -> dict[str, Any]:
    """The record of one article given as text; raises ``TrialnewsError`` if processing fails."""
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates cannot be hashed or written
    source = SourceText(path=path, text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                        encoding="utf-8", format="txt", headings=())
    outcome = _outcome((nlp or default_nlp())(text), source)
    if outcome.error is not None:
        raise TrialnewsError.from_entry(outcome.error)
    return outcome.record


def extract_files(
    paths: Iterable[str | Path],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = BATCH_SIZE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip: Callable[[str, str], bool] | None = None,
) -> Iterator[Outcome]:
    """Outcomes of every article under ``paths`` (files and folders), in input order.

    ``skip(path, sha256)`` returning true marks a file as already done (for ``--resume``).
    """
    nlp = nlp or default_nlp()
    # One entry per text sent to ``nlp.pipe``, in input order: the file's ``SourceText``, or its
    # finished ``Outcome`` (an error or a skip) whose doc is a placeholder and is dropped.
    queue: deque[Outcome | SourceText] = deque()
    walk_errors: deque[Outcome] = deque()

    def on_walk_error(path: Path, error: TrialnewsError) -> None:
        walk_errors.append(Outcome(str(path), error=error_entry(path, error)))

    def placeholders() -> Iterator[str]:
        while walk_errors:
            queue.append(walk_errors.popleft())
            yield PLACEHOLDER_TEXT

    def texts() -> Iterator[str]:
        for path in iter_inputs(paths, on_error=on_walk_error):
            yield from placeholders()
            try:
                source = read_article(path, max_bytes=max_bytes)
            except TrialnewsError as error:
                queue.append(Outcome(str(path), error=error_entry(path, error)))
                yield PLACEHOLDER_TEXT
                continue
            if skip is not None and skip(source.path, source.sha256):
                queue.append(Outcome(source.path, skipped=True, sha256=source.sha256))
                yield PLACEHOLDER_TEXT
                continue
            queue.append(source)
            yield _with_headings(nlp, source)
        yield from placeholders()

    docs = nlp.pipe(texts(), n_process=n_process, batch_size=batch_size)
    if n_process > 1:
        docs = _in_workers(nlp, docs)
    for doc in docs:
        entry = queue.popleft()
        yield entry if isinstance(entry, Outcome) else _outcome(doc, entry)


def _with_headings(nlp: Language, source: SourceText) -> str | Doc:
    """The text to run, as a doc carrying the reader's headings when it has any (markdown and
    HTML titles and subheadings), so the segmenter and the extractors treat them as headings."""
    if not source.headings:
        return source.text
    doc = nlp.make_doc(source.text)
    doc.user_data["headings"] = tuple(source.headings)
    return doc


@Language.component(SLIM_PIPE)
def slim_doc(doc: Doc) -> Doc:
    """An empty doc carrying ``doc.user_data`` (the record, or the failure): all an outcome reads."""
    slim = Doc(doc.vocab, words=[])
    slim.user_data.update(doc.user_data)
    return slim


def _in_workers(nlp: Language, docs: Generator[Doc, None, None]) -> Iterator[Doc]:
    """``docs`` from ``nlp.pipe(n_process>1)``, with two fixes to spaCy's worker processes.

    Slim docs: spaCy sends every doc back from its workers whole (``Doc.to_bytes``: about 100 kB
    and 25 ms for a news article, then 25 ms more for ``Doc.from_bytes`` in this process, which
    does it alone), so the main process, not the workers, set the pace. The workers are forked,
    with the pipeline as it is then, when the first doc is asked for: :data:`SLIM_PIPE` is added
    for that moment only, and ``nlp`` is left as it was.

    Early stop: the forked workers hold both ends of their pipes, so when the stream is closed
    before its end (the caller stops, or fails, or Ctrl-C), a worker blocks for ever sending its
    next batch and spaCy's clean-up, which waits for the workers, with it. The workers are
    terminated first. Then the feeder threads of spaCy's text queues, which may be blocked for
    ever writing a batch into the pipe of a terminated worker, are no longer waited for at exit
    (``Queue.cancel_join_thread``, the documented remedy): without it the process printed its
    summary and then hung in its exit handlers.
    """
    before = set(multiprocessing.active_children())
    nlp.add_pipe(SLIM_PIPE, last=True)
    started = False
    try:
        first = next(docs, None)
        started = True
    finally:
        nlp.remove_pipe(SLIM_PIPE)
        if not started:  # stopped before the first doc: spaCy's frames are gone, look wider
            _release_queues(_all_feeding_queues())
    workers = set(multiprocessing.active_children()) - before
    queues = _queues_of(docs)
    finished = False
    try:
        if first is not None:
            yield first
            for doc in docs:  # not ``yield from``: closing it would close nlp.pipe before the workers stop
                yield doc
        finished = True
    finally:
        if not finished:
            for worker in workers:
                worker.terminate()
            _release_queues(queues)
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=re.escape(STOPPED_WORKERS_WARNING))
                docs.close()


def _queues_of(generator: Generator[Any, None, None]) -> list[multiprocessing.queues.Queue]:
    """The multiprocessing queues held by a running generator and the generators it runs.

    spaCy's ``nlp.pipe`` keeps its text queues as locals of its (running) generator frames; they
    are looked up while those frames exist, so that an early stop can release them.
    """
    found: list[multiprocessing.queues.Queue] = []
    pending, seen = [generator], set()
    while pending:
        current = pending.pop()
        frame = current.gi_frame
        if id(current) in seen or frame is None:
            continue
        seen.add(id(current))
        for value in frame.f_locals.values():
            for item in value if isinstance(value, (list, tuple)) else (value,):
                if isinstance(item, multiprocessing.queues.Queue):
                    found.append(item)
                elif inspect.isgenerator(item):
                    pending.append(item)
    return found


def _all_feeding_queues() -> list[multiprocessing.queues.Queue]:
    """Every multiprocessing queue of this process whose feeder thread runs (a rare fallback)."""
    return [item for item in gc.get_objects() if isinstance(item, multiprocessing.queues.Queue)
            and getattr(item, "_thread", None) is not None and item._thread.is_alive()]


def _release_queues(queues: Iterable[multiprocessing.queues.Queue]) -> None:
    """Exit without waiting for these queues' feeder threads (their readers were terminated)."""
    for queue in queues:
        queue.cancel_join_thread()
