"""Tests of ``trialnews.evaluation.scoring``: each rule of RECORD.md's "Scoring" section on tiny hand-made
records, the aggregation into a report, and the seed gold file against the record models."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from trialnews.errors import TrialnewsError
from trialnews.record import SCHEMA_VERSION, Record
from trialnews.evaluation.scoring import (
    CONCLUSION_JACCARD,
    FIELDS,
    MICRO,
    Counts,
    Report,
    decimals,
    jaccard,
    load_gold,
    normalize_text,
    score_record,
    score_records,
    words,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SEED = "000_fb80bf342d3ab39c"

PFS = {"name": "progression-free survival", "abbreviation": "PFS", "primary": True}
IXA = ["ixazomib", "ixazomib 3 mg"]


def result(endpoint: Any = "PFS", arm: Any = "ixazomib", value: Any = 55.3, unit: Any = "%") -> dict:
    return {"endpoint": endpoint, "arm": arm, "value": value, "unit": unit}


def comparison(endpoint: Any = "PFS", **keys: Any) -> dict:
    return {"endpoint": endpoint, "arms": ["ixazomib", "placebo"], **keys}


def conclusion(text: str) -> dict:
    return {"text": text, "attribution": "authors"}


# (pred, gold, field, (tp, fp, fn))
CASES = [
    # arms: label, with accepted spellings
    pytest.param({"arms": [{"label": "ixazomib 3 mg"}]}, {"arms": [{"label": IXA}]},
                 "arms", (1, 0, 0), id="arm-label-any-spelling"),
    pytest.param({"arms": [{"label": " Placebo. "}]}, {"arms": [{"label": "placebo"}]},
                 "arms", (1, 0, 0), id="arm-label-case-and-punctuation-trimmed"),
    pytest.param({"arms": [{"label": "lenalidomide"}]}, {"arms": [{"label": IXA}]},
                 "arms", (0, 1, 1), id="arm-label-different"),
    pytest.param({"arms": [{"label": "placebo"}, {"label": "placebo"}]}, {"arms": [{"label": "placebo"}]},
                 "arms", (1, 1, 0), id="gold-matched-once-second-prediction-extra"),
    pytest.param({"arms": [{"label": "placebo"}]}, {"arms": [{"label": "placebo"}, {"label": "placebo"}]},
                 "arms", (1, 0, 1), id="prediction-matched-once-second-gold-missed"),
    pytest.param({"arms": [{"label": "placebo"}, {"label": "control"}]},
                 {"arms": [{"label": ["placebo", "control"]}, {"label": "placebo"}]},
                 "arms", (2, 0, 0), id="maximum-matching-not-first-come"),
    # sample sizes: n and arm
    pytest.param({"sample_sizes": [{"n": 57, "arm": None}]}, {"sample_sizes": [{"n": 57, "arm": None}]},
                 "sample_sizes", (1, 0, 0), id="size-whole-trial"),
    pytest.param({"sample_sizes": [{"n": 57, "arm": "ixazomib"}]}, {"sample_sizes": [{"n": 57, "arm": None}]},
                 "sample_sizes", (0, 1, 1), id="size-named-arm-is-not-null-arm"),
    pytest.param({"sample_sizes": [{"n": 21, "arm": None}]}, {"sample_sizes": [{"n": 21, "arm": IXA}]},
                 "sample_sizes", (0, 1, 1), id="size-null-arm-is-not-named-arm"),
    pytest.param({"sample_sizes": [{"n": 21, "arm": "IXAZOMIB 3 mg"}]}, {"sample_sizes": [{"n": 21, "arm": IXA}]},
                 "sample_sizes", (1, 0, 0), id="size-arm-any-spelling"),
    pytest.param({"sample_sizes": [{"n": 21, "arm": "ixazomib 3 mg"}]},
                 {"arms": [{"label": IXA}], "sample_sizes": [{"n": 21, "arm": "ixazomib"}]},
                 "sample_sizes", (1, 0, 0), id="size-arm-spelling-from-gold-arms"),
    pytest.param({"sample_sizes": [{"n": 22, "arm": None}]}, {"sample_sizes": [{"n": 21, "arm": None}]},
                 "sample_sizes", (0, 1, 1), id="size-n-different"),
    # endpoints: name or abbreviation, and primary
    pytest.param({"endpoints": [PFS]}, {"endpoints": [PFS]}, "endpoints", (1, 0, 0), id="endpoint-same"),
    pytest.param({"endpoints": [{"name": "PFS", "primary": True}]}, {"endpoints": [PFS]},
                 "endpoints", (1, 0, 0), id="endpoint-abbreviation-as-name"),
    pytest.param({"endpoints": [{"name": "Progression-Free Survival", "abbreviation": None, "primary": True}]},
                 {"endpoints": [PFS]}, "endpoints", (1, 0, 0), id="endpoint-name-without-abbreviation"),
    pytest.param({"endpoints": [{**PFS, "primary": False}]}, {"endpoints": [PFS]},
                 "endpoints", (0, 1, 1), id="endpoint-primary-differs"),
    # results: endpoint, arm, value, unit
    pytest.param({"results": [result()]}, {"results": [result(arm=IXA)]}, "results", (1, 0, 0), id="result-same"),
    pytest.param({"results": [result(endpoint="progression-free survival")]},
                 {"endpoints": [PFS], "results": [result()]},
                 "results", (1, 0, 0), id="result-long-form-equals-gold-abbreviation"),
    pytest.param({"endpoints": [PFS], "results": [result(endpoint="PFS")]},
                 {"results": [result(endpoint="progression-free survival")]},
                 "results", (1, 0, 0), id="result-abbreviation-linked-by-predicted-endpoints"),
    pytest.param({"results": [result(endpoint="OS")]}, {"endpoints": [PFS], "results": [result()]},
                 "results", (0, 1, 1), id="result-other-endpoint"),
    pytest.param({"results": [result(endpoint="pfs")]},
                 {"results": [result(endpoint=["PFS", "progression-free survival"])]},
                 "results", (1, 0, 0), id="result-endpoint-spelling-list"),
    pytest.param({"results": [result(arm=None, value=52)]}, {"results": [result(arm=None, value=52)]},
                 "results", (1, 0, 0), id="result-null-arm-matches-null"),
    pytest.param({"results": [result(arm="ixazomib", value=52)]}, {"results": [result(arm=None, value=52)]},
                 "results", (0, 1, 1), id="result-named-arm-is-not-all-patients"),
    pytest.param({"results": [result(arm=None)]}, {"results": [result(arm="ixazomib")]},
                 "results", (0, 1, 1), id="result-all-patients-is-not-named-arm"),
    pytest.param({"results": [result(value=66.67)]}, {"results": [result(value=[66.7, 66.67])]},
                 "results", (1, 0, 0), id="result-value-list"),
    pytest.param({"results": [result(value=66.6)]}, {"results": [result(value=[66.7, 66.67])]},
                 "results", (0, 1, 1), id="result-value-list-none-agrees"),
    pytest.param({"results": [result(value=7.14)]}, {"results": [result(value=7.1)]},
                 "results", (1, 0, 0), id="float-within-written-precision"),
    pytest.param({"results": [result(value=7.2)]}, {"results": [result(value=7.1)]},
                 "results", (0, 1, 1), id="float-beyond-written-precision"),
    pytest.param({"results": [result(value=55.35)]}, {"results": [result(value=55.3)]},
                 "results", (1, 0, 0), id="float-half-unit-boundary-included"),
    pytest.param({"results": [result(value=52.4)]}, {"results": [result(value=52)]},
                 "results", (1, 0, 0), id="integer-gold-accepts-rounding"),
    pytest.param({"results": [result(value=53)]}, {"results": [result(value=52)]},
                 "results", (0, 1, 1), id="integer-gold-different"),
    pytest.param({"results": [result(unit="months")]}, {"results": [result()]},
                 "results", (0, 1, 1), id="result-unit-differs"),
    pytest.param({"results": [result(unit=None)]}, {"results": [result()]},
                 "results", (0, 1, 1), id="result-unit-missing"),
    # comparisons: endpoint and the numbers the gold gives
    pytest.param({"comparisons": [comparison(p_value=0.17, p_relation="=")]},
                 {"comparisons": [comparison(p_value=0.17, p_relation="=", significant=None)]},
                 "comparisons", (1, 0, 0), id="comparison-p-value"),
    pytest.param({"comparisons": [comparison(p_value=0.17, p_relation="<")]},
                 {"comparisons": [comparison(p_value=0.17, p_relation="=")]},
                 "comparisons", (0, 1, 1), id="comparison-relation-differs"),
    pytest.param({"comparisons": [comparison(p_value=0.05, p_relation="\u2264")]},
                 {"comparisons": [comparison(p_value=0.05, p_relation="<=")]},
                 "comparisons", (1, 0, 0), id="comparison-unicode-relation"),
    pytest.param({"comparisons": [comparison(p_value=0.18, p_relation="=")]},
                 {"comparisons": [comparison(p_value=0.17, p_relation="=")]},
                 "comparisons", (0, 1, 1), id="comparison-p-value-differs"),
    pytest.param({"comparisons": [comparison(measure="HR", estimate=1.2, p_value=0.17, p_relation="=")]},
                 {"comparisons": [comparison(p_value=0.17, estimate=None)]},
                 "comparisons", (1, 0, 0), id="comparison-only-gold-given-keys"),
    pytest.param({"comparisons": [comparison(p_value=0.17, arms=["placebo", "ixazomib"])]},
                 {"comparisons": [comparison(p_value=0.17)]},
                 "comparisons", (1, 0, 0), id="comparison-arms-not-a-key"),
    pytest.param({"comparisons": [comparison(endpoint="progression-free survival",
                                             estimate=0.72, ci_low=0.61, ci_high=0.85)]},
                 {"endpoints": [PFS], "comparisons": [comparison(estimate=0.72, ci_low=0.61, ci_high=0.85)]},
                 "comparisons", (1, 0, 0), id="comparison-interval-and-synonym"),
    pytest.param({"comparisons": [comparison(estimate=0.72, ci_low=0.61, ci_high=0.87)]},
                 {"comparisons": [comparison(estimate=0.72, ci_low=0.61, ci_high=0.85)]},
                 "comparisons", (0, 1, 1), id="comparison-interval-differs"),
    pytest.param({"comparisons": [comparison(p_value=0.17)]},
                 {"comparisons": [comparison(estimate=0.72, p_value=0.17)]},
                 "comparisons", (0, 1, 1), id="comparison-missing-gold-estimate"),
    # conclusions: Jaccard of word sets at least CONCLUSION_JACCARD
    pytest.param({"conclusions": [conclusion("alpha beta")]},
                 {"conclusions": [conclusion("Alpha beta gamma delta.")]},
                 "conclusions", (1, 0, 0), id="jaccard-exactly-threshold"),
    pytest.param({"conclusions": [conclusion("alpha beta epsilon")]},
                 {"conclusions": [conclusion("alpha beta gamma delta")]},
                 "conclusions", (0, 1, 1), id="jaccard-below-threshold"),
    pytest.param({"conclusions": [conclusion("the study failed to meet its primary objective")]},
                 {"conclusions": [{"quote": "The study failed to meet the primary objective",
                                   "attribution": "authors"}]},
                 "conclusions", (1, 0, 0), id="jaccard-gold-text-from-quote"),
    pytest.param({"conclusions": [conclusion("show safety and durable disease control")]},
                 {"conclusions": [{"text": ["its results \u201cshow safety and durable disease control,\u201d the "
                                            "investigators concluded, despite limits of the study",
                                            "show safety and durable disease control"]}]},
                 "conclusions", (1, 0, 0), id="jaccard-gold-text-list"),
    # trial, article, citation: one item per non-null gold value, sets per element
    pytest.param({"trial": {"phase": "2"}}, {"trial": {"phase": "2"}}, "trial", (1, 0, 0), id="scalar-equal"),
    pytest.param({"trial": {"phase": "3"}}, {"trial": {"phase": "2"}}, "trial", (0, 1, 1), id="scalar-different"),
    pytest.param({"trial": {"phase": None}}, {"trial": {"phase": "2"}},
                 "trial", (0, 0, 1), id="scalar-predicted-null"),
    pytest.param({"trial": {"phase": "2"}}, {"trial": {"phase": None}}, "trial", (0, 1, 0), id="scalar-gold-null"),
    pytest.param({"trial": {"name": "bmt ctn 1302"}}, {"trial": {"name": ["BMT CTN 1302", "BMT CTN 1302 Trial"]}},
                 "trial", (1, 0, 0), id="scalar-spelling-list"),
    pytest.param({"trial": {"condition": "high\u2013risk multiple myeloma"}},
                 {"trial": {"condition": "High-risk multiple myeloma"}},
                 "trial", (1, 0, 0), id="scalar-unicode-dash"),
    pytest.param({"trial": {"design": ["double-blind", "open-label"]}},
                 {"trial": {"design": ["randomized", "double-blind"]}},
                 "trial", (1, 1, 1), id="design-as-set"),
    pytest.param({"trial": {"registry_ids": ["NCT02440464", "NCT02440464"]}},
                 {"trial": {"registry_ids": ["NCT02440464"]}},
                 "trial", (1, 1, 0), id="registry-id-matched-once"),
    pytest.param({"article": {"title": "Benefit Unclear.", "published": "2022-11-22"}},
                 {"article": {"title": "Benefit unclear", "author": "Cecilia Brown", "published": "2022-11-22"}},
                 "article", (2, 0, 1), id="article-fields"),
    pytest.param({"citation": {"authors": ["Qaiser Bashir", "Pasquini MC"]}},
                 {"citation": {"authors": [["Bashir Q", "Qaiser Bashir"], "Nishihori T"]}},
                 "citation", (1, 1, 1), id="citation-author-spellings"),
    pytest.param({"citation": {"year": 2022, "et_al": False}}, {"citation": {"year": 2022, "et_al": True}},
                 "citation", (1, 1, 1), id="citation-year-and-et-al"),
    pytest.param({"citation": {"journal": "Transplant Cell Ther"}}, {"citation": None},
                 "citation", (0, 1, 0), id="citation-gold-null"),
    pytest.param({"citation": None}, {"citation": {"journal": "Transplant Cell Ther", "doi": "10.1016/x"}},
                 "citation", (0, 0, 2), id="citation-predicted-null"),
]


@pytest.mark.parametrize(("pred", "gold", "field", "expected"), CASES)
def test_field_counts(pred: dict, gold: dict, field: str, expected: tuple[int, int, int]) -> None:
    counts = score_record(pred, gold).counts[field]
    assert (counts.tp, counts.fp, counts.fn) == expected


@pytest.mark.parametrize(("pred", "gold", "expected"), [
    pytest.param(7.14, 7.1, True, id="7.14~7.1"),
    pytest.param(0.17, 0.17, True, id="0.17=0.17"),
    pytest.param(0.174, 0.17, True, id="0.174~0.17"),
    pytest.param(0.176, 0.17, False, id="0.176!~0.17"),
    pytest.param(1, 1.0, True, id="1~1.0"),
])
def test_float_precision(pred: float, gold: float, expected: bool) -> None:
    scores = score_record({"results": [result(value=pred)]}, {"results": [result(value=gold)]})
    assert scores.counts["results"].tp == int(expected)


@pytest.mark.parametrize(("value", "expected"), [
    pytest.param(7.1, 1, id="7.1"), pytest.param(52, 0, id="int"), pytest.param(52.0, 1, id="52.0"),
    pytest.param(0.001, 3, id="0.001"), pytest.param(1e-05, 5, id="1e-05"),
])
def test_decimals(value: float, expected: int) -> None:
    assert decimals(value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("  Placebo. ", "placebo", id="trim"),
    pytest.param("\u201cHigh\u2013risk\u201d", "high-risk", id="unicode"),
    pytest.param("%", "%", id="all-punctuation-kept"),
    pytest.param("BMT \u00a0CTN\n1302", "bmt ctn 1302", id="whitespace"),
])
def test_normalize_text(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


def test_jaccard_threshold_is_inclusive() -> None:
    assert jaccard(words("alpha beta"), words("alpha beta gamma delta")) == CONCLUSION_JACCARD


def _gold_record() -> dict:
    return {
        "article": {"title": "Ixazomib trial", "author": None, "published": "2022-11-22"},
        "trial": {"name": "BMT CTN 1302", "registry_ids": [], "phase": "2",
                  "design": ["randomized", "double-blind"], "condition": "high-risk multiple myeloma"},
        "arms": [{"label": IXA, "n": 21}, {"label": "placebo", "n": 22}],
        "sample_sizes": [{"n": 57, "population": "enrolled", "arm": None}],
        "endpoints": [PFS],
        "results": [result(arm=IXA), result(arm="placebo", value=59.1)],
        "comparisons": [comparison(p_value=1.0, p_relation="=", significant=False)],
        "conclusions": [{"quote": "The study failed to meet the primary objective", "attribution": "authors"}],
        "citation": {"authors": [["Bashir Q", "Qaiser Bashir"]], "et_al": True, "year": 2022, "journal": None},
        "notes": "not scored",
    }


def _perfect_prediction() -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "article": {"title": "Ixazomib Trial", "author": None, "published": "2022-11-22"},
        "trial": {"name": "BMT CTN 1302", "registry_ids": [], "phase": "2",
                  "design": ["double-blind", "randomized"], "condition": "High-risk multiple myeloma"},
        "arms": [{"label": "ixazomib", "n": 21}, {"label": "placebo", "n": 22}],
        "sample_sizes": [{"n": 57, "population": "enrolled", "arm": None}],
        "endpoints": [{"name": "progression-free survival", "abbreviation": "PFS", "primary": True}],
        "results": [result(arm="ixazomib"), result(arm="placebo", value=59.1)],
        "comparisons": [comparison(p_value=1.0, p_relation="=", significant=False)],
        "conclusions": [conclusion("The study failed to meet the primary objective.")],
        "citation": {"authors": ["Bashir Q"], "et_al": True, "title": None, "journal": None, "year": 2022,
                     "doi": None},
        "warnings": [],
    }


def test_perfect_pair_scores_one() -> None:
    scores = score_record(_perfect_prediction(), _gold_record(), article="a")
    assert scores.micro.f1 == 1.0
    assert not scores.misses and not scores.extras


def test_empty_prediction_has_zero_recall() -> None:
    scores = score_record({}, _gold_record(), article="a")
    assert scores.micro.recall == 0.0 and scores.micro.tp == 0 and scores.micro.fp == 0
    assert len(scores.misses) == scores.micro.fn > 0
    assert {miss.article for miss in scores.misses} == {"a"}


def test_misses_and_extras_name_article_and_item() -> None:
    pred = _perfect_prediction()
    pred["trial"]["phase"] = "3"
    scores = score_record(pred, _gold_record(), article="x.txt")
    assert [(m.article, m.field, m.item) for m in scores.misses] == [("x.txt", "trial", {"phase": "2"})]
    assert [(e.article, e.field, e.item) for e in scores.extras] == [("x.txt", "trial", {"phase": "3"})]


def test_report_aggregates_articles() -> None:
    gold = _gold_record()
    report = score_records([("a", _perfect_prediction(), gold), ("b", {}, gold)])
    per_article = score_record(_perfect_prediction(), gold).micro
    assert report.micro == Counts(tp=per_article.tp, fp=0, fn=per_article.tp)
    assert report.micro_f1 == pytest.approx(2 / 3)
    rows = report.rows()
    assert [row.field for row in rows] == [*FIELDS, MICRO]
    arms = rows[0]
    assert (arms.tp, arms.fp, arms.fn, arms.precision, arms.recall) == (2, 0, 2, 1.0, 0.5)
    assert len(report.misses) == per_article.tp and report.extras == []


def test_empty_report() -> None:
    report = Report()
    assert report.micro_f1 == 0.0
    assert all(row.tp == row.fp == row.fn == 0 for row in report.rows())


def test_load_gold_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.gold.json"
    path.write_text('{"arms": [', encoding="utf-8")
    with pytest.raises(TrialnewsError) as caught:
        load_gold(path)
    assert caught.value.code == "E205" and caught.value.stage == "config"
    assert str(path) in str(caught.value)


def test_load_gold_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "list.gold.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(TrialnewsError, match="E205"):
        load_gold(path)


# -- The seed gold file against the record models ----------------------------------------------

GOLD_LISTS = ("arms", "sample_sizes", "endpoints", "results", "comparisons", "conclusions")
#: Keys whose JSON list holds several values or items, not the spellings of one value.
LIST_KEYS = {*GOLD_LISTS, "design", "registry_ids", "authors"}


def _first_spelling(value: Any, key: str | None = None) -> Any:
    """The gold value with every list of accepted spellings reduced to its first spelling."""
    if isinstance(value, dict):
        return {k: _first_spelling(v, k) for k, v in value.items()}
    if isinstance(value, list) and key in LIST_KEYS:
        return [_first_spelling(v) for v in value]
    if isinstance(value, list):
        return _first_spelling(value[0]) if value else None
    return value


def _as_record(gold: dict, text: str, raw: bytes, path: Path) -> dict:
    """A gold file as a record: first spellings, quotes turned into evidence, a source."""
    record = {k: v for k, v in gold.items() if k != "notes"}
    for field in GOLD_LISTS:
        items = []
        for item in record.get(field, []):
            item = dict(item)
            quote = item.pop("quote")
            start = text.index(quote)
            item["evidence"] = {"start": start, "end": start + len(quote), "text": quote}
            if field == "conclusions":
                item.setdefault("text", quote)
            items.append(item)
        record[field] = items
    record = _first_spelling(record)
    record["source"] = {"path": str(path), "sha256": hashlib.sha256(raw).hexdigest(), "chars": len(text)}
    return record


@pytest.mark.parametrize("name", [SEED], ids=[f"{SEED}.gold.json"])
def test_seed_gold_is_a_valid_record(name: str) -> None:
    path = CORPUS / f"{name}.txt"
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    gold = load_gold(CORPUS / f"{name}.gold.json")
    for field in GOLD_LISTS:
        assert all(item["quote"] in text for item in gold[field]), field
    assert gold["article"]["title"] == text.splitlines()[0]
    Record.model_validate(_as_record(gold, text, raw, path), context={"text": text})


@pytest.mark.parametrize(("field", "index", "key", "wrong"), [
    pytest.param("results", 0, "value", 55.4, id="result-value"),
    pytest.param("arms", 0, "n", 23, id="arm-n"),
    pytest.param("results", 0, "arm", "lenalidomide", id="unknown-arm"),
])
def test_seed_validation_catches_errors(field: str, index: int, key: str, wrong: Any) -> None:
    """The conversion keeps the checks of record.py biting: a wrong gold value fails."""
    path = CORPUS / f"{SEED}.txt"
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    gold = load_gold(CORPUS / f"{SEED}.gold.json")
    gold[field][index][key] = wrong
    with pytest.raises(ValueError):
        Record.model_validate(_as_record(gold, text, raw, path), context={"text": text})


@pytest.mark.parametrize("name", [SEED], ids=[f"{SEED}.gold.json"])
def test_seed_gold_scores_one_against_itself(name: str) -> None:
    gold = load_gold(CORPUS / f"{name}.gold.json")
    assert score_record(gold, gold).micro.f1 == 1.0
    assert json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))["notes"]
