"""The Dask engine's speed: 1 and 2 workers, and its overhead against the local engine.

    python bench/dask_bench.py [FOLDER] [--limit N]

FOLDER defaults to the FakeHealth articles (``/work/shared/data/fakehealth``: 2,211 third-party
health news stories, read by path at run time and never copied). Three timed runs over the same
files, each preceded by an untimed warm-up so that no run pays for building the pipeline:

- local: ``trialnews.engines.local.extract_files(paths, n_process=1)`` in this process;
- dask, 1 worker and 2 workers: :func:`trialnews.engines.distributed.run_dask` on a ``LocalCluster`` of
  single-threaded worker processes, started before the timer; the time covers listing,
  scheduling, the workers' reading and extraction, the part files and their merge.

It prints seconds and files/s for each run, the speed-up of 2 workers over 1, and the overhead
of the Dask path at 1 worker as the ratio of its time to the local time (1.00: no overhead).
Needs ``pip install 'trialnews[dask]'``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from distributed import Client, LocalCluster

from trialnews.engines.distributed import run_dask
from trialnews.engines.local import default_nlp, extract_files
from trialnews.reading.reader import iter_inputs

DEFAULT_FOLDER = Path("/work/shared/data/fakehealth")
WORKER_COUNTS = (1, 2)
WARMUP_FILES = 8
"""Files run once, untimed, before each measured run (pipeline built, modules imported)."""


@dataclass
class Timing:
    name: str
    files: int
    records: int
    seconds: float

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds


def time_local(paths: list[Path]) -> Timing:
    list(extract_files(paths[:WARMUP_FILES], nlp=default_nlp()))
    started = time.perf_counter()
    outcomes = list(extract_files(paths, nlp=default_nlp(), n_process=1))
    seconds = time.perf_counter() - started
    return Timing("local, n_process=1", len(outcomes), sum(o.record is not None for o in outcomes), seconds)


def time_dask(paths: list[Path], *, workers: int, scratch: Path) -> tuple[Timing, float]:
    """The timed run on ``workers`` workers, and how long the cluster took to start."""
    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        start_up = time.perf_counter() - started
        warmup = scratch / f"warmup-{workers}"
        run_dask(paths[:WARMUP_FILES * workers], output=warmup / "records.jsonl", errors=warmup / "errors.jsonl",
                 client=client)
        out = scratch / f"dask-{workers}"
        started = time.perf_counter()
        summary = run_dask(paths, output=out / "records.jsonl", errors=out / "errors.jsonl", client=client)
        seconds = time.perf_counter() - started
    noun = "worker" if workers == 1 else "workers"
    return Timing(f"dask, {workers} {noun}", summary.files, summary.records, seconds), start_up


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N files (a quick run).")
    args = parser.parse_args(argv)
    paths = list(iter_inputs([args.folder], on_error=lambda path, error: print(error, file=sys.stderr)))
    paths = paths[:args.limit]
    print(f"{len(paths)} files from {args.folder}; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}",
          flush=True)
    timings = [time_local(paths)]
    print(f"{timings[0].name}: {timings[0].seconds:.1f} s", flush=True)
    with tempfile.TemporaryDirectory(prefix="trialnews-dask-bench-") as scratch:
        for workers in WORKER_COUNTS:
            timing, start_up = time_dask(paths, workers=workers, scratch=Path(scratch))
            timings.append(timing)
            print(f"{timing.name}: {timing.seconds:.1f} s (cluster start {start_up:.1f} s, untimed)", flush=True)
    print()
    print(f"{'run':<22}{'files':>7}{'records':>9}{'seconds':>9}{'files/s':>9}")
    for timing in timings:
        print(f"{timing.name:<22}{timing.files:>7}{timing.records:>9}{timing.seconds:>9.1f}"
              f"{timing.files_per_second:>9.1f}")
    local, one, two = timings
    print()
    print(f"speed-up, 2 workers over 1:          {one.seconds / two.seconds:.2f}x")
    print(f"overhead, dask 1 worker / local:     {one.seconds / local.seconds:.2f}x time")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other work on the machine slows every run)")
    if len({timing.records for timing in timings}) != 1:
        print("warning: the runs disagree on the number of records", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
