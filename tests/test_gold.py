"""Regression tests on hand-written gold files.

- One test per gold file of ``corpus/`` (``ids=`` the file name): the article's record scores a
  micro F1 of 1.0 against its gold (the seed is at 1.000), and every value of the record is
  found at its evidence.
- The news-dev set (``../shared/data/news-dev`` beside the repository, not part of it): the
  micro F1 stays at or above :data:`NEWS_DEV_FLOOR`, and every record is grounded. Its texts
  stay where they are; nothing of them is copied here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from trialnews.evaluation.evaluate import GOLD_SUFFIX, evaluate, gold_pairs
from trialnews.engines.local import extract_files
from trialnews.nlp import make_nlp
from trialnews.reading.reader import SUFFIX_FORMATS, read_article
from trialnews.record import Record, grounding_problems
from trialnews.evaluation.scoring import load_gold, score_record

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
NEWS_DEV = Path(__file__).parents[1] / ".." / "shared" / "data" / "news-dev"
NEWS_RESERVE = NEWS_DEV.with_name("news-reserve")
#: The news-dev micro F1 may not fall below this. It guards against regressions, and is raised
#: as accuracy improves (0.62 when it was set, 0.68 at 0.709, 0.82 at 0.842 on the first 16
#: articles; re-based to 0.62 when news-dev grew to 42 articles and scored 0.649; 0.72 at 0.750;
#: 0.76 at 0.780; 0.78 at 0.799 and at 0.801; 0.80 at 0.818 and at 0.823; 0.83 at 0.847; 0.84 at 0.858; 0.85 at 0.876).
NEWS_DEV_FLOOR = 0.85
#: The blind reserve's floor: a regression guard set below its measured micro F1 (0.390 when
#: set; 0.43 at 0.462; 0.47 at 0.492; 0.49 at 0.513; 0.50 at 0.520; 0.52 at 0.543; 0.54 at 0.558; 0.55 at 0.567; 0.63 at 0.659; 0.64 at 0.664). Its texts and errors are never read while rules are written;
#: only this figure is.
NEWS_RESERVE_FLOOR = 0.64
GOLD_FILES = sorted(CORPUS.glob("*" + GOLD_SUFFIX))


def article_of(gold: Path) -> Path:
    """The article beside a gold file: ``NAME.gold.json`` goes with ``NAME.txt`` (or .md, .html)."""
    stem = gold.name[: -len(GOLD_SUFFIX)]
    found = [gold.with_name(stem + suffix) for suffix in SUFFIX_FORMATS if gold.with_name(stem + suffix).exists()]
    assert len(found) == 1, f"{gold.name} needs exactly one article beside it, found {found}"
    return found[0]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def extract(paths: list[Path], nlp: Language) -> dict[str, tuple[str, dict[str, Any]]]:
    """(analysed text, record) of each article, by file name; an error fails the test."""
    outcomes = list(extract_files(paths, nlp=nlp))
    errors = [outcome.error for outcome in outcomes if outcome.error is not None]
    assert errors == []
    return {Path(o.path).name: (read_article(o.path).text, o.record) for o in outcomes}


def test_corpus_has_gold_files() -> None:
    assert GOLD_FILES, f"no *{GOLD_SUFFIX} in {CORPUS}"


@pytest.mark.parametrize("gold", GOLD_FILES, ids=[gold.name for gold in GOLD_FILES])
def test_gold_file(nlp: Language, gold: Path) -> None:
    article = article_of(gold)
    text, record = extract([article], nlp)[article.name]
    scores = score_record(record, load_gold(gold), article=article.name)
    mismatches = [(m.field, m.item) for m in scores.misses + scores.extras]
    assert mismatches == []
    assert scores.micro.f1 == 1.0
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})


news_dev = pytest.mark.skipif(not NEWS_DEV.is_dir(), reason=f"{NEWS_DEV} is absent")
news_reserve = pytest.mark.skipif(not NEWS_RESERVE.is_dir(), reason=f"{NEWS_RESERVE} is absent")


@news_dev
def test_news_dev_micro_f1_floor(nlp: Language) -> None:
    report = evaluate(NEWS_DEV, nlp=nlp)
    assert len(report.articles) == len(gold_pairs(NEWS_DEV))
    assert report.micro_f1 >= NEWS_DEV_FLOOR


@news_reserve
def test_news_reserve_micro_f1_floor(nlp: Language) -> None:
    report = evaluate(NEWS_RESERVE, nlp=nlp)
    assert len(report.articles) == len(gold_pairs(NEWS_RESERVE))
    assert report.micro_f1 >= NEWS_RESERVE_FLOOR


@news_dev
def test_news_dev_records_are_grounded(nlp: Language) -> None:
    articles = [article for article, _ in gold_pairs(NEWS_DEV)]
    records = extract(articles, nlp)
    assert len(records) == len(articles)
    problems = {}
    for name, (text, record) in records.items():
        found = grounding_problems(record, text)
        try:
            Record.model_validate(record, context={"text": text})
        except ValueError as error:
            found.append(str(error))
        if found:
            problems[name] = found
    assert problems == {}
