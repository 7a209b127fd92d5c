"""The speed-up of ``--n-process 2`` over 1: ``python bench/batch_speedup.py [FOLDER] [--limit N]``.

Runs :func:`trialnews.engines.local.extract_files` over FOLDER (default: the 2,211 FakeHealth articles
at ``/work/shared/data/fakehealth``, read by path at run time) with ``n_process=1``, then 2, and
prints files/s for each and their ratio. The pipeline is built once before timing; the workers'
start-up is part of the 2-process time, as it is for a user. It also checks that both runs give
the same outcomes, in the same order (the records, and the errors by path and code).

Besides files/s it prints the CPU time per file (this process and its workers) and how many CPUs
were busy on average: on a machine shared with other work, a speed-up below 2 with fewer than 2
CPUs busy means the workers waited for a CPU, not that the work did not split.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from trialnews.engines.local import BATCH_SIZE, Outcome, default_nlp, extract_files
from trialnews.reading.reader import iter_inputs

DEFAULT_FOLDER = Path("/work/shared/data/fakehealth")
PROCESS_COUNTS = (1, 2)


def fingerprint(outcome: Outcome) -> str:
    """What must not change with the number of processes: the record, or the error's path and code."""
    if outcome.record is not None:
        return json.dumps(outcome.record, sort_keys=True)
    return json.dumps({"path": outcome.path, "error": (outcome.error or {}).get("code"),
                       "skipped": outcome.skipped})


def cpu_seconds() -> float:
    """CPU time of this process and of its finished (joined) children, user and system."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(files: list[Path], n_process: int, batch_size: int) -> tuple[float, float, list[str]]:
    """Wall seconds and CPU seconds to extract ``files`` on ``n_process`` processes, and the outcomes."""
    started, cpu = time.perf_counter(), cpu_seconds()
    outcomes = [fingerprint(outcome) for outcome in
                extract_files(files, nlp=default_nlp(), n_process=n_process, batch_size=batch_size)]
    return time.perf_counter() - started, cpu_seconds() - cpu, outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N files.")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    options = parser.parse_args()
    files = list(iter_inputs([options.folder], on_error=lambda path, error: None))[:options.limit]
    default_nlp()  # built (and its lexicons read) before any timing
    print(f"{len(files)} files from {options.folder}; batch size {options.batch_size}; "
          f"{os.cpu_count()} CPUs", flush=True)
    rates: dict[int, float] = {}
    results: dict[int, list[str]] = {}
    print(f"load average before: {os.getloadavg()[0]:.2f}", flush=True)
    for n_process in PROCESS_COUNTS:
        seconds, cpu, results[n_process] = measure(files, n_process, options.batch_size)
        rates[n_process] = len(files) / seconds
        print(f"n_process={n_process}: {seconds:7.1f} s  {rates[n_process]:6.2f} files/s  "
              f"{1000 * cpu / len(files):5.1f} CPU ms/file  {cpu / seconds:4.2f} CPUs busy  "
              f"(load average {os.getloadavg()[0]:.2f})", flush=True)
    first, second = PROCESS_COUNTS
    print(f"speed-up {second} vs {first} processes: {rates[second] / rates[first]:.2f}x")
    same = results[first] == results[second]
    print("same outcomes in the same order:", "yes" if same else "NO")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
