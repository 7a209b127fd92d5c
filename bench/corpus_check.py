"""Whole-corpus reliability check: every file of a folder through the pipeline, every record audited.

    python bench/corpus_check.py [FOLDER] [--n-process N] [--show W006 ...]

FOLDER defaults to the FakeHealth robustness corpus (``/work/shared/data/fakehealth``: 2,211 real
health news stories, most of them not about one trial, some crawled badly). The texts are read
by path at run time and never copied. For each file the check counts:

- crashes: a process-stage error (E101 pipeline failure, E102 record failed validation) or an
  exception escaping the batch; read errors (E005 empty file, ...) are outcomes, counted apart;
- invalid records: ``Record.model_validate(record, context={"text": text})`` fails, the text being
  the article read again from disk;
- ungrounded values: an evidence that is not the slice of the re-read article, or a number of an
  item not written in its evidence (:func:`trialnews.record.grounding_problems`).

It prints those counts, how many records have arms, sample sizes, results, comparisons and
conclusions, and the warnings by code. The exit status is 1 when any crash, invalid record or
ungrounded value is found. The slow test ``tests/test_corpus_slow.py`` runs :func:`check_corpus`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from trialnews.errors import TrialnewsError
from trialnews.engines.local import extract_files
from trialnews.reading.reader import read_article
from trialnews.record import grounding_problems, validation_problem

DEFAULT_CORPUS = Path("/work/shared/data/fakehealth")
CRASH_CODES = frozenset({"E101", "E102", "E103"})
"""Error codes that mean the pipeline, not the file, is at fault."""
COUNTED_FIELDS = ("arms", "sample_sizes", "endpoints", "results", "comparisons", "conclusions")
SHOWN_PROBLEMS = 20
"""Problems printed in full; the rest are only counted."""


@dataclass
class CorpusReport:
    files: int = 0
    records: int = 0
    read_errors: Counter = field(default_factory=Counter)  # code -> files
    crashes: list[str] = field(default_factory=list)  # "path: reason"
    invalid: list[str] = field(default_factory=list)
    ungrounded: list[str] = field(default_factory=list)
    with_field: Counter = field(default_factory=Counter)  # field -> records with at least one item
    items: Counter = field(default_factory=Counter)  # field -> items in all records
    with_citation: int = 0
    warnings: Counter = field(default_factory=Counter)  # code -> warnings
    shown: list[str] = field(default_factory=list)  # "path: warning" for the codes asked for
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.crashes or self.invalid or self.ungrounded)


def check_corpus(folder: Path, *, n_process: int = 1, show: frozenset[str] = frozenset()) -> CorpusReport:
    """Run every article under ``folder`` through :func:`trialnews.engines.local.extract_files` and audit it;
    the warnings whose code is in ``show`` are kept in full with their file."""
    report = CorpusReport()
    started = time.perf_counter()
    for outcome in extract_files([folder], n_process=n_process):
        report.files += 1
        if outcome.error is not None:
            code = outcome.error["code"]
            if outcome.error["stage"] == "read" and code not in CRASH_CODES:
                report.read_errors[code] += 1
            else:
                report.crashes.append(f"{outcome.path}: {outcome.error['reason']}")
            continue
        _audit(outcome.path, outcome.record, report)
        report.shown.extend(f"{outcome.path}: {warning}" for warning in outcome.record["warnings"]
                            if warning.split(" ", 1)[0] in show)
    report.seconds = time.perf_counter() - started
    return report


def _audit(path: str, record: dict, report: CorpusReport) -> None:
    report.records += 1
    try:
        text = read_article(path).text
    except TrialnewsError as error:
        report.ungrounded.append(f"{path}: cannot be read again: {error}")
        return
    if record["source"]["chars"] != len(text):
        report.ungrounded.append(f"{path}: source.chars {record['source']['chars']} != {len(text)}")
    problem = validation_problem(record, text)
    if problem is not None:
        report.invalid.append(f"{path}: {problem}")
    report.ungrounded.extend(f"{path}: {problem}" for problem in grounding_problems(record, text))
    for name in COUNTED_FIELDS:
        report.with_field[name] += bool(record[name])
        report.items[name] += len(record[name])
    report.with_citation += record["citation"] is not None
    report.warnings.update(warning.split(" ", 1)[0] for warning in record["warnings"])


def format_report(report: CorpusReport) -> str:
    lines = [
        f"files: {report.files} in {report.seconds:.1f} s",
        f"records: {report.records}",
        "read errors: " + (", ".join(f"{code} {n}" for code, n in sorted(report.read_errors.items())) or "0"),
        f"crashes: {len(report.crashes)}",
        f"invalid records: {len(report.invalid)}",
        f"ungrounded values: {len(report.ungrounded)}",
        "records with (items in all records):",
        *(f"  {name}: {report.with_field[name]} ({report.items[name]})" for name in COUNTED_FIELDS),
        f"  citation: {report.with_citation}",
        "warnings: " + (", ".join(f"{code} {n}" for code, n in sorted(report.warnings.items())) or "0"),
    ]
    lines.extend(report.shown)
    for title, problems in (("crashes", report.crashes), ("invalid", report.invalid),
                            ("ungrounded", report.ungrounded)):
        for problem in problems[:SHOWN_PROBLEMS]:
            lines.append(f"{title}: {problem}")
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(f"{title}: ... and {len(problems) - SHOWN_PROBLEMS} more")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n-process", type=int, default=1, help="processes for spaCy's nlp.pipe")
    parser.add_argument("--show", action="append", default=[], metavar="CODE",
                        help="print every warning with this code (W006, ...) and its file; repeatable")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"No folder {args.folder}: give the corpus folder as the first argument.", file=sys.stderr)
        return 2
    report = check_corpus(args.folder, n_process=args.n_process, show=frozenset(args.show))
    print(format_report(report))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
