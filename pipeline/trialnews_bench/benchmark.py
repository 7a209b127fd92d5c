"""Speed of the pipeline against its physical floor and a peer, measured in one run.

:func:`run_benchmark` reads every article of a folder with :func:`trialnews.reading.reader.read_article`
(files that fail are skipped and counted) and measures, on the same texts:

- the floor: spaCy's tokenizer alone (``nlp.tokenizer.pipe``, the trialnews nlp's own tokenizer);
- the full pipeline in one process (``nlp.pipe``), as docs/s, tokens/s and a share of the floor;
- the time of each component, run in pipeline order over the docs, so a regression shows where;
- the full pipeline on ``n_process`` processes, in a fresh Python process so that its workers'
  peak memory can be read (``RUSAGE_CHILDREN``), and its speed-up over one process;
- the same two runs the way ``trialnews extract`` makes them (``extract_files``: files read and
  hashed, and docs slimmed to their record before they leave the workers);
- peak resident memory (``VmHWM``) of the one-process run, of the parallel run's main process
  and of its largest worker;
- the time from starting ``trialnews extract`` on the folder to its first record on disk, the
  median of :data:`FIRST_RECORD_RUNS` starts (one start varies by a third on a busy machine), with
  whether this Python reads trialnews's modules from compiled bytecode or compiles them at every
  start (``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__`` written before);
- a peer, quantulum3 (``quantulum3.parser.parse`` on each text), as a throughput ratio.

The tokenizer's cache is warmed before anything is timed (a pass over all texts), so the floor
and the pipeline both run with a warm cache; the parallel run warms it before forking.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from trialnews.errors import Errors, TrialnewsError
from trialnews.reading.reader import DEFAULT_MAX_BYTES, iter_inputs, read_article

DEFAULT_FOLDER = Path("../shared/data/fakehealth")
"""The 2,211 FakeHealth articles, relative to the repository root."""

BATCH_SIZE = 32
"""Docs per batch, as ``trialnews extract`` sends them (``trialnews.engines.local.BATCH_SIZE``)."""

N_PROCESS = 2

FIRST_RECORD_TIMEOUT = 120.0
"""Seconds to wait for ``trialnews extract`` to write its first record before giving up."""

FIRST_RECORD_POLL = 0.005
"""Seconds between two looks at the output file while waiting for the first record."""

FIRST_RECORD_RUNS = 3
"""Starts of ``trialnews extract`` timed; the figure is their median."""

PEER = "quantulum3"

TARGETS: dict[str, tuple[str, float]] = {
    "pipeline_share_of_tokenizer": (">=", 0.50),
    "parallel_speedup": (">=", 1.8),
    "peak_rss_mb": ("<", 400.0),
    "first_record_seconds": ("<", 1.5),
    "peer_ratio": (">=", 30.0),
}
"""The speed targets: one-process throughput as a share of the tokenizer's; speed-up of
``N_PROCESS`` processes over one; peak resident memory of any process; seconds from starting the
CLI to the first record written; throughput as a multiple of the peer's."""


@dataclass
class Throughput:
    """Docs and tokens processed in ``seconds`` (wall clock), using ``cpu_seconds`` of CPU time
    (this process and, for a parallel run, its workers)."""

    seconds: float
    docs: int
    tokens: int
    cpu_seconds: float | None = None

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"seconds": self.seconds, "cpu_seconds": self.cpu_seconds, "docs": self.docs, "tokens": self.tokens,
                "docs_per_second": self.docs_per_second, "tokens_per_second": self.tokens_per_second}


@dataclass
class Parallel:
    """The pipeline on several processes, run in a fresh Python process: through ``nlp.pipe``,
    and (``extract``) through ``trialnews.engines.local.extract_files`` as the CLI runs it."""

    n_process: int
    throughput: Throughput
    main_rss_mb: float
    worker_rss_mb: float
    extract: Throughput | None = None


@dataclass
class Peer:
    name: str
    version: str
    throughput: Throughput
    note: str


@dataclass
class Benchmark:
    """Every figure of one benchmark run (``None`` for a part that was not run)."""

    folder: str
    files: int
    failed: int
    chars: int
    tokenizer: Throughput
    pipeline: Throughput
    components: dict[str, float]
    """Seconds per component (``tokenizer`` is ``nlp.make_doc``), in pipeline order."""
    rss_mb: float
    """Peak resident memory of this process after the one-process runs."""
    extract: Throughput | None = None
    """The one-process run through ``extract_files`` (reading the files), as the CLI runs it."""
    parallel: Parallel | None = None
    first_record_seconds: float | None = None
    """The median of :attr:`first_record_runs`."""
    first_record_runs: list[float] = field(default_factory=list)
    """Seconds to the first record of each start timed."""
    peer: Peer | None = None
    environment: dict[str, str] = field(default_factory=dict)

    @property
    def share_of_tokenizer(self) -> float:
        """Pipeline throughput as a share of the tokenizer's (1.0: the pipeline costs nothing)."""
        return self.pipeline.docs_per_second / self.tokenizer.docs_per_second

    @property
    def speedup(self) -> float | None:
        if self.parallel is None:
            return None
        return self.parallel.throughput.docs_per_second / self.pipeline.docs_per_second

    @property
    def extract_speedup(self) -> float | None:
        """Speed-up of the parallel run over one process, both through ``extract_files``."""
        if self.extract is None or self.parallel is None or self.parallel.extract is None:
            return None
        return self.parallel.extract.docs_per_second / self.extract.docs_per_second

    @property
    def speedup_bound(self) -> float | None:
        """The speed-up the parallel run would reach on ``n_process`` idle CPUs, from CPU time:
        ``n_process`` x CPU seconds of one process / CPU seconds of all the parallel processes.
        On a busy machine the wall-clock speed-up falls below it; serialising docs between the
        processes is what keeps it below ``n_process``."""
        if self.parallel is None or not self.parallel.throughput.cpu_seconds or not self.pipeline.cpu_seconds:
            return None
        return self.parallel.n_process * self.pipeline.cpu_seconds / self.parallel.throughput.cpu_seconds

    @property
    def peak_rss_mb(self) -> float:
        """The largest peak resident memory of any process measured."""
        sizes = [self.rss_mb]
        if self.parallel is not None:
            sizes += [self.parallel.main_rss_mb, self.parallel.worker_rss_mb]
        return max(sizes)

    @property
    def peer_ratio(self) -> float | None:
        if self.peer is None:
            return None
        return self.pipeline.docs_per_second / self.peer.throughput.docs_per_second

    def figures(self) -> dict[str, float | None]:
        """The figures the targets are set on."""
        return {"pipeline_share_of_tokenizer": self.share_of_tokenizer, "parallel_speedup": self.speedup,
                "peak_rss_mb": self.peak_rss_mb, "first_record_seconds": self.first_record_seconds,
                "peer_ratio": self.peer_ratio}

    def targets_met(self) -> dict[str, bool | None]:
        """Each target: met, missed, or ``None`` when its part was not run."""
        met: dict[str, bool | None] = {}
        for name, value in self.figures().items():
            operator, bound = TARGETS[name]
            met[name] = None if value is None else (value >= bound if operator == ">=" else value < bound)
        return met

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``: every figure, the targets and whether each is met."""
        return {
            "folder": self.folder, "files": self.files, "failed": self.failed, "chars": self.chars,
            "tokenizer": self.tokenizer.as_dict(),
            "pipeline": {**self.pipeline.as_dict(), "share_of_tokenizer": self.share_of_tokenizer},
            "components": {name: {"seconds": seconds, "ms_per_doc": 1000 * seconds / max(self.files - self.failed, 1)}
                           for name, seconds in self.components.items()},
            "parallel": None if self.parallel is None else {
                "n_process": self.parallel.n_process, **self.parallel.throughput.as_dict(),
                "speedup": self.speedup, "speedup_bound_from_cpu_time": self.speedup_bound,
                "extract": None if self.parallel.extract is None else self.parallel.extract.as_dict(),
                "extract_speedup": self.extract_speedup, "main_rss_mb": self.parallel.main_rss_mb,
                "worker_rss_mb": self.parallel.worker_rss_mb},
            "extract": None if self.extract is None else self.extract.as_dict(),
            "rss_mb": self.rss_mb,
            "first_record_seconds": self.first_record_seconds,
            "first_record_runs": self.first_record_runs,
            "peer": None if self.peer is None else {
                "name": self.peer.name, "version": self.peer.version, **self.peer.throughput.as_dict(),
                "ratio": self.peer_ratio, "note": self.peer.note},
            "targets": {name: {"operator": operator, "value": bound, "measured": self.figures()[name],
                               "met": self.targets_met()[name]}
                        for name, (operator, bound) in TARGETS.items()},
            "environment": self.environment,
        }


# --- Measurements ----------------------------------------------------------------------------


def read_texts(folder: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[str], int]:
    """The analysed text of every article under ``folder``, and how many files failed to read."""
    texts: list[str] = []
    failed = 0

    def on_error(path: Path, error: TrialnewsError) -> None:
        nonlocal failed
        failed += 1

    for path in iter_inputs([folder], on_error=on_error):
        try:
            texts.append(read_article(path, max_bytes=max_bytes).text)
        except TrialnewsError:
            failed += 1
    return texts, failed


def peak_rss_mb() -> float:
    """This process's peak resident memory (``VmHWM``) in MB; ``getrusage`` where /proc is missing."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_tokenizer(nlp: Any, texts: Sequence[str], *, batch_size: int = BATCH_SIZE) -> Throughput:
    """The floor: spaCy's tokenizer alone, after one untimed pass that warms its cache."""
    for _ in nlp.tokenizer.pipe(texts, batch_size=batch_size):
        pass
    started, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.tokenizer.pipe(texts, batch_size=batch_size))
    return Throughput(time.perf_counter() - started, len(texts), tokens, time.process_time() - cpu)


def time_pipeline(nlp: Any, texts: Sequence[str], *, tokens: int, batch_size: int = BATCH_SIZE,
                  n_process: int = 1) -> Throughput:
    """The full pipeline through ``nlp.pipe``, as ``trialnews extract`` runs it (CPU time counts
    this process and the workers it has ended)."""
    started, cpu = time.perf_counter(), _cpu_seconds()
    docs = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
    return Throughput(time.perf_counter() - started, docs, tokens, _cpu_seconds() - cpu)


def _cpu_seconds() -> float:
    """User and system CPU time of this process and of its ended children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_components(nlp: Any, texts: Sequence[str], *, batch_size: int = BATCH_SIZE) -> dict[str, float]:
    """Seconds spent in ``nlp.make_doc`` and in each component, run in order batch by batch
    (so that only one batch of docs is held at a time)."""
    seconds = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for first in range(0, len(texts), batch_size):
        started = time.perf_counter()
        docs = [nlp.make_doc(text) for text in texts[first:first + batch_size]]
        seconds["tokenizer"] += time.perf_counter() - started
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            for doc in docs:
                component(doc)
            seconds[name] += time.perf_counter() - started
    return seconds


def time_extract(folder: str | Path, nlp: Any, *, tokens: int, n_process: int = 1,
                 batch_size: int = BATCH_SIZE) -> Throughput:
    """``trialnews.engines.local.extract_files`` on the folder, as ``trialnews extract`` runs it (files
    read and hashed, outcomes in input order; with ``n_process`` > 1 docs slimmed in the workers)."""
    from trialnews.engines.local import extract_files

    started, cpu = time.perf_counter(), _cpu_seconds()
    outcomes = extract_files([folder], nlp=nlp, n_process=n_process, batch_size=batch_size)
    docs = sum(outcome.error is None or outcome.error.get("stage") != "read" for outcome in outcomes)
    return Throughput(time.perf_counter() - started, docs, tokens, _cpu_seconds() - cpu)


def parallel_run(folder: str | Path, *, n_process: int = N_PROCESS, batch_size: int = BATCH_SIZE) -> dict[str, Any]:
    """In this process: the pipeline on ``n_process`` processes over the folder, with this
    process's peak memory and its largest worker's (the workers have ended when it is read)."""
    from trialnews.nlp import make_nlp

    texts, _ = read_texts(folder)
    nlp = make_nlp()
    for _ in nlp.tokenizer.pipe(texts, batch_size=batch_size):  # warm the cache the workers inherit
        pass
    tokens = sum(len(doc) for doc in nlp.tokenizer.pipe(texts, batch_size=batch_size))
    throughput = time_pipeline(nlp, texts, tokens=tokens, batch_size=batch_size, n_process=n_process)
    extract = time_extract(folder, nlp, tokens=tokens, n_process=n_process, batch_size=batch_size)
    return {"n_process": n_process, **asdict(throughput), "extract": asdict(extract), "main_rss_mb": peak_rss_mb(),
            "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def time_parallel(folder: str | Path, *, n_process: int = N_PROCESS, batch_size: int = BATCH_SIZE) -> Parallel:
    """:func:`parallel_run` in a fresh Python process (``python -m trialnews_bench.benchmark``)."""
    command = [sys.executable, "-m", "trialnews_bench.benchmark", "parallel", str(folder), str(n_process), str(batch_size)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    data = json.loads(done.stdout.strip().splitlines()[-1])
    throughput = Throughput(data["seconds"], data["docs"], data["tokens"], data["cpu_seconds"])
    return Parallel(n_process=data["n_process"], throughput=throughput, extract=Throughput(**data["extract"]),
                    main_rss_mb=data["main_rss_mb"], worker_rss_mb=data["worker_rss_mb"])


def cli_command() -> list[str]:
    """How to start the ``trialnews`` command with this Python: its script beside the
    interpreter when installed there, else the same entry point through ``-c``."""
    script = Path(sys.executable).with_name("trialnews")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from trialnews.cli import main; sys.exit(main())"]


def time_to_first_record(folder: str | Path, *, timeout: float = FIRST_RECORD_TIMEOUT) -> float:
    """Seconds from starting ``trialnews extract FOLDER -o FILE`` to the first whole line in FILE."""
    with tempfile.TemporaryDirectory(prefix="trialnews-bench-") as tmp:
        output = Path(tmp) / "records.jsonl"
        command = [*cli_command(), "extract", str(folder), "-o", str(output), "-q"]
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                elapsed = time.perf_counter() - started
                if output.exists() and b"\n" in output.read_bytes()[:1 << 20]:
                    return elapsed
                if process.poll() is not None:
                    # It may have finished between the two looks: one last read decides.
                    if output.exists() and b"\n" in output.read_bytes():
                        return time.perf_counter() - started
                    raise RuntimeError(f"`{' '.join(command)}` ended with status {process.returncode} "
                                       "before writing a record")
                if elapsed > timeout:
                    raise TimeoutError(f"`{' '.join(command)}` wrote no record in {timeout:.0f} s")
                time.sleep(FIRST_RECORD_POLL)
        finally:
            if process.poll() is None:
                process.terminate()
                process.wait()


def _quantulum_classifier() -> str:
    """Whether quantulum3 can use its unit classifier here; if its model does not load, it is
    switched off (quantulum3 then uses its no-classifier heuristics) and the note says why."""
    from quantulum3 import classifier

    if not classifier.USE_CLF:
        return "ran without its classifier (scikit-learn is not installed)"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            loaded = classifier.classifier("en_US").loaded
            classifier.clean_text("5 pounds", "en_US")  # needs the ``stemming`` package
            problem = None
        except (ImportError, AttributeError, TypeError, ValueError, EOFError) as error:
            loaded, problem = False, f"{type(error).__name__}: {error}"
    saved_with = next((str(w.message.original_sklearn_version) for w in caught
                       if hasattr(w.message, "original_sklearn_version")), None)
    if loaded:
        return "ran with its classifier"
    classifier.USE_CLF = False
    installed = metadata.version("scikit-learn")
    pin = f"pin scikit-learn=={saved_with} to use it" if saved_with else "pin an older scikit-learn to use it"
    return (f"ran WITHOUT its classifier, which fails under scikit-learn {installed} ({problem}); {pin} "
            "and install `stemming`")


#: Texts the peer is timed on by default (spread over the folder): enough for a steady figure in
#: about a minute and a half, where all 2,186 FakeHealth articles take seven.
PEER_DOCS = 400


def time_peer(texts: Sequence[str], *, tokens: int) -> Peer:
    """quantulum3's ``parser.parse`` on each text (imported and warmed up before timing)."""
    try:
        from quantulum3 import parser
    except ImportError as error:
        raise TrialnewsError(Errors.E213, stage="config", peer=PEER, reason=str(error)) from error

    note = _quantulum_classifier()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse(texts[0] if texts else "")
        started = time.perf_counter()
        for text in texts:
            parser.parse(text)
        seconds = time.perf_counter() - started
    return Peer(PEER, metadata.version(PEER), Throughput(seconds, len(texts), tokens), note)


def environment() -> dict[str, str]:
    """Versions, CPUs and the load average when the run began (other work on the machine slows
    every figure, and the parallel run most), and how trialnews's modules are loaded at a start
    (:func:`bytecode`)."""
    versions = {name: metadata.version(name) for name in ("spacy", "scispacy")}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {"python": sys.version.split()[0], "cpus": str(os.cpu_count()), "load_average": f"{load:.2f}",
            "bytecode": bytecode(), **versions}


def bytecode() -> str:
    """How a start of the CLI loads trialnews's modules: ``compiled`` when the package's
    compiled bytecode is on disk (Python writes it at a module's first import unless told not
    to), ``compiled at every start`` when none is: the bench has imported trialnews itself, so
    this Python may not write it (``PYTHONDONTWRITEBYTECODE``), and every start compiles the
    sources again (about a third of a second here)."""
    import importlib.util

    import trialnews

    return "compiled" if Path(importlib.util.cache_from_source(trialnews.__file__)).exists() \
        else "compiled at every start"


def run_benchmark(
    folder: str | Path = DEFAULT_FOLDER,
    *,
    n_process: int = N_PROCESS,
    batch_size: int = BATCH_SIZE,
    parallel: bool = True,
    first_record: bool = True,
    peer: bool = True,
    peer_docs: int | None = PEER_DOCS,
    on_stage: Callable[[str], None] | None = None,
) -> Benchmark:
    """Every measurement of the module docstring on the articles under ``folder``.

    ``parallel``, ``first_record`` and ``peer`` switch off the slower parts; the peer runs on
    ``peer_docs`` texts spread over the folder (None: all); ``on_stage(message)`` is told what is
    being measured.
    """
    from trialnews.nlp import make_nlp

    say = on_stage or (lambda message: None)
    before = environment()
    say(f"reading {folder}")
    texts, failed = read_texts(folder)
    if not texts:
        raise TrialnewsError(Errors.E201, stage="config", paths=folder)
    nlp = make_nlp()
    say(f"tokenizer alone on {len(texts)} texts")
    tokenizer = time_tokenizer(nlp, texts, batch_size=batch_size)
    say("full pipeline, one process")
    pipeline = time_pipeline(nlp, texts, tokens=tokenizer.tokens, batch_size=batch_size)
    say("each component")
    components = time_components(nlp, texts, batch_size=batch_size)
    say("full pipeline through extract_files (reading the files), one process")
    extract = time_extract(folder, nlp, tokens=tokenizer.tokens, batch_size=batch_size)
    result = Benchmark(folder=str(folder), files=len(texts) + failed, failed=failed,
                       chars=sum(len(text) for text in texts), tokenizer=tokenizer, pipeline=pipeline,
                       components=components, rss_mb=peak_rss_mb(), extract=extract, environment=before)
    if parallel:
        say(f"full pipeline, {n_process} processes")
        result.parallel = time_parallel(folder, n_process=n_process, batch_size=batch_size)
    if first_record:
        say(f"time to the first record of `trialnews extract`, {FIRST_RECORD_RUNS} starts")
        result.first_record_runs = [time_to_first_record(folder) for _ in range(FIRST_RECORD_RUNS)]
        result.first_record_seconds = statistics.median(result.first_record_runs)
    if peer:
        sample = peer_sample(texts, peer_docs)
        say(f"peer: {PEER} on {len(sample)} of the texts")
        result.peer = time_peer(sample, tokens=sum(len(doc) for doc in nlp.tokenizer.pipe(sample)))
    return result


def peer_sample(texts: Sequence[str], size: int | None) -> list[str]:
    """``size`` texts spread evenly over ``texts`` (all of them when ``size`` is None or larger):
    the peer is some 25 times slower, and its docs/s on a spread sample is its docs/s on all."""
    if size is None or size >= len(texts):
        return list(texts)
    step = len(texts) / size
    return [texts[int(i * step)] for i in range(size)]


# --- Report ----------------------------------------------------------------------------------


def report_table(result: Benchmark):  # noqa: ANN201 - rich is imported here, not at module import
    """The figures as a rich table, with each target and whether it is met."""
    from rich.table import Table

    met = result.targets_met()

    def verdict(name: str) -> str:
        operator, bound = TARGETS[name]
        flag = met[name]
        mark = "" if flag is None else ("[green]met[/green]" if flag else "[red]MISSED[/red]")
        return f"{operator} {bound:g} {mark}"

    docs = result.files - result.failed
    table = Table(title=f"trialnews bench: {docs} articles in {result.folder} "
                        f"({result.failed} unreadable files skipped)", title_justify="left")
    for name, justify in (("measure", "left"), ("docs/s", "right"), ("tokens/s", "right"), ("seconds", "right"),
                          ("figure", "right"), ("target", "left")):
        table.add_column(name, justify=justify, no_wrap=True)
    table.add_row("spaCy tokenizer alone (the floor)", f"{result.tokenizer.docs_per_second:,.0f}",
                  f"{result.tokenizer.tokens_per_second:,.0f}", f"{result.tokenizer.seconds:.2f}", "", "")
    table.add_row("trialnews, 1 process", f"{result.pipeline.docs_per_second:,.1f}",
                  f"{result.pipeline.tokens_per_second:,.0f}", f"{result.pipeline.seconds:.2f}",
                  f"{result.share_of_tokenizer:.3f} of floor", verdict("pipeline_share_of_tokenizer"))
    total = sum(result.components.values())
    for name, seconds in result.components.items():
        table.add_row(f"  {name.removeprefix('trialnews_')}", "", "", f"{seconds:.2f}",
                      f"{100 * seconds / total:4.1f}%  {1000 * seconds / docs:6.2f} ms/doc", "", style="dim")
    if result.parallel is not None:
        par = result.parallel
        table.add_row(f"trialnews, {par.n_process} processes", f"{par.throughput.docs_per_second:,.1f}",
                      f"{par.throughput.tokens_per_second:,.0f}", f"{par.throughput.seconds:.2f}",
                      f"{result.speedup:.2f}x speed-up", verdict("parallel_speedup"))
        if result.speedup_bound is not None:
            table.add_row(f"  on {par.n_process} idle CPUs (from CPU time)", "", "",
                          f"{par.throughput.cpu_seconds:.2f} cpu", f"{result.speedup_bound:.2f}x speed-up", "",
                          style="dim")
    if result.extract is not None:
        table.add_row("trialnews extract path, 1 process", f"{result.extract.docs_per_second:,.1f}",
                      f"{result.extract.tokens_per_second:,.0f}", f"{result.extract.seconds:.2f}",
                      "", "")
        if result.parallel is not None and result.parallel.extract is not None:
            par_extract = result.parallel.extract
            table.add_row(f"trialnews extract path, {result.parallel.n_process} processes",
                          f"{par_extract.docs_per_second:,.1f}", f"{par_extract.tokens_per_second:,.0f}",
                          f"{par_extract.seconds:.2f}", f"{result.extract_speedup:.2f}x speed-up", "")
    table.add_row("peak resident memory, 1 process", "", "", "", f"{result.rss_mb:.0f} MB", verdict("peak_rss_mb"))
    if result.parallel is not None:
        table.add_row(f"peak resident memory, {result.parallel.n_process} processes", "", "", "",
                      f"{result.parallel.main_rss_mb:.0f} + {result.parallel.worker_rss_mb:.0f} MB",
                      "main + largest worker")
    if result.first_record_seconds is not None:
        runs = ", ".join(f"{seconds:.2f}" for seconds in result.first_record_runs)
        table.add_row(f"CLI start to first record, median of {len(result.first_record_runs)}", "", "",
                      f"{result.first_record_seconds:.2f}", runs, verdict("first_record_seconds"))
    notes = []
    if result.peer is not None:
        table.add_row(f"peer: {result.peer.name} {result.peer.version}, {result.peer.throughput.docs} texts",
                      f"{result.peer.throughput.docs_per_second:,.1f}",
                      f"{result.peer.throughput.tokens_per_second:,.0f}", f"{result.peer.throughput.seconds:.2f}",
                      f"trialnews {result.peer_ratio:.1f}x", verdict("peer_ratio"))
        notes.append(f"{result.peer.name} {result.peer.note}.")
    if result.extract is not None:
        notes.append("extract path: trialnews.engines.local.extract_files, as `trialnews extract` runs: files read and "
                     "hashed; with several processes, docs slimmed to their record in the workers.")
    env = result.environment
    notes.append(f"Python {env.get('python')}, spaCy {env.get('spacy')}, scispaCy {env.get('scispacy')}; "
                 f"{env.get('cpus')} CPUs, load average {env.get('load_average')} at the start; "
                 f"trialnews's bytecode: {env.get('bytecode')}.")
    table.caption = "\n".join(notes)
    table.caption_justify = "left"
    return table


def _main(argv: Sequence[str]) -> None:
    """``python -m trialnews_bench.benchmark parallel FOLDER N_PROCESS BATCH_SIZE``: one JSON line out."""
    if len(argv) != 4 or argv[0] != "parallel":
        raise SystemExit("usage: python -m trialnews_bench.benchmark parallel FOLDER N_PROCESS BATCH_SIZE")
    data = parallel_run(argv[1], n_process=int(argv[2]), batch_size=int(argv[3]))
    sys.stdout.write(json.dumps(data) + "\n")


if __name__ == "__main__":
    _main(sys.argv[1:])
