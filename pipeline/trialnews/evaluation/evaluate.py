"""``trialnews eval``: extract the articles of a folder that have gold files, and score them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language

from ..errors import Errors, TrialnewsError
from ..engines.local import extract_files
from ..reading.reader import SUFFIX_FORMATS
from .scoring import Report, load_gold, score_records, shape_problem
from ..writers.records import iter_jsonl

GOLD_SUFFIX = ".gold.json"


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(article, gold) for every ``NAME.gold.json`` in ``folder`` with an article ``NAME.*`` beside it."""
    if not folder.is_dir():
        raise TrialnewsError(Errors.E206, stage="config", path=folder)
    pairs = []
    for gold in sorted(folder.glob("*" + GOLD_SUFFIX)):
        stem = gold.name[: -len(GOLD_SUFFIX)]
        article = next((folder / (stem + s) for s in SUFFIX_FORMATS if (folder / (stem + s)).exists()), None)
        if article is not None:
            pairs.append((article, gold))
    if not pairs:
        raise TrialnewsError(Errors.E206, stage="config", path=folder)
    return pairs


def load_records(path: Path) -> dict[str, dict[str, Any]]:
    """Records of a JSONL file, keyed by their source file's name; E203 names a line that is not
    JSON, has no ``source.path`` or cannot be scored."""
    records = {}
    for number, data in iter_jsonl(path):
        source = data.get("source")
        problem = shape_problem(data)
        if not isinstance(source, dict) or not isinstance(source.get("path"), str):
            problem = "it has no source.path, so it is not a record"
        if problem is not None:
            raise TrialnewsError(Errors.E203, stage="config", path=path, reason=f"line {number}: {problem}")
        records[Path(source["path"]).name] = data
    return records


def evaluate(folder: Path, *, records: Path | None = None, nlp: Language | None = None) -> Report:
    """Score the records of ``folder``'s gold articles (extracted now, or read from ``records``)."""
    pairs = gold_pairs(folder)
    left_out: dict[str, list[dict[str, Any]]] = {}
    if records is not None:
        predicted = load_records(records)
    else:
        predicted = {}
        for outcome in extract_files([a for a, _ in pairs], nlp=nlp):
            predicted[Path(outcome.path).name] = outcome.record or {}
            left_out[Path(outcome.path).name] = outcome.left_out or []
    report = score_records((a.name, predicted.get(a.name, {}), load_gold(g)) for a, g in pairs)
    report.left_out = left_out
    return report
