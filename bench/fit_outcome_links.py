"""Fit the score that chooses which outcome a value measures: writes ``patterns/outcome_link_weights.json``
(``--out`` elsewhere), read by :mod:`trialnews.linking.outcome_score`.

A dev tool, not part of the runtime package. For every article with a ``NAME.gold.json`` beside it in
the folders given (sorted by name), the pipeline runs with
:data:`trialnews.linking.values.KEEP_PROPOSALS` set, so every value keeps what each outcome linker
proposed for it. A value is *labelled* when its number and its arm are right: some gold result of
the article has that value and that arm (the scorer's ``values_agree`` and ``arm_agrees``); a
proposal of it is positive when its name agrees with the endpoint of one of those gold results by
the scorer's own rule (``endpoint_agrees``; the winner also by the name the record gives it, which
the fuller-name step may have completed). An L2-regularised logistic regression (Newton's method on
numpy, as ``bench/train_conclusions.py``: no randomness, the bias not penalised) gives the weights;
the threshold and the margin are those, on a fixed grid, under which the choice gets the most values
right less those it gets wrong (a wrong outcome is a false positive and a miss; a value left out is
only a miss).

It also prints, per linker, how often the outcome the record took agrees with gold for values whose
number and arm are right (the measure behind the weights), and the cross-check: fit on each folder,
choose on the other.

    python bench/fit_outcome_links.py ../shared/data/news-dev ../dev5          # writes the weights
    python bench/fit_outcome_links.py ../shared/data/news-dev ../dev5 --out /tmp/w.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from trialnews.engines.local import _outcome, _with_headings
from trialnews.evaluation.evaluate import gold_pairs
from trialnews.evaluation.scoring import Synonyms, arm_agrees, endpoint_agrees, load_gold, values_agree
from trialnews.linking import outcome_score, values
from trialnews.nlp import make_nlp
from trialnews.reading.reader import read_article
from train_conclusions import newton_logistic  # bench/ is the script's folder

#: The L2 penalty on the weights (not the bias).
L2 = 1.0
#: The thresholds and margins tried.
THRESHOLDS = tuple(round(k / 100, 2) for k in range(0, 91, 5))
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2)
DECIMALS = 4
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "patterns" / "outcome_link_weights.json"


@dataclass
class Value:
    folder: str
    rows: list[dict[str, float]]
    labels: list[bool]
    agree: list[list[bool]]  # which proposals name the same outcome (outcome_score.agree)
    first: str  # the linker of the first proposal


def _gold_results(gold: dict) -> list[dict]:
    return [item for item in gold.get("results") or [] if isinstance(item, dict)]


def read_folder(folder: Path, nlp, table: Counter) -> list[Value]:
    """The labelled values of ``folder``; ``table`` counts (linker, agrees) of the record's results."""
    found = []
    values.KEEP_PROPOSALS = True
    runtime_weights, outcome_score.weights = outcome_score.weights, lambda: CASCADE  # read as the cascade did
    try:
        for path, gold_path in gold_pairs(folder):
            source = read_article(path)
            doc = nlp(_with_headings(nlp, source))
            outcome = _outcome(doc, source)
            record, gold = outcome.record or {}, load_gold(gold_path)
            synonyms = Synonyms.of(record, gold)
            golds = _gold_results(gold)
            kept = {}
            for result in record.get("results") or []:
                evidence = result.get("evidence") or {}
                kept[evidence.get("start"), evidence.get("end")] = result
                right = [g for g in golds if values_agree(result.get("value"), g.get("value"))
                         and values_agree(result.get("unit"), g.get("unit"))
                         and arm_agrees(result.get("arm"), g.get("arm"), synonyms)]
                if right:
                    linker = (evidence.get("links") or {}).get("endpoint")
                    table[linker, any(endpoint_agrees(result.get("endpoint"), g.get("endpoint"), synonyms)
                                      for g in right)] += 1
            numbers = {(item["start"], item["end"]): item.get("value") for item in outcome.left_out or []}
            for offsets, (proposals, chosen, arm) in sorted(doc.user_data.get(values.PROPOSALS, {}).items()):
                result = kept.get(offsets)
                number = result.get("value") if result else numbers.get(offsets)
                arm = result.get("arm") if result else arm
                if number is None or not proposals:
                    continue
                right = [g for g in golds if values_agree(number, g.get("value"))
                         and arm_agrees(arm, g.get("arm"), synonyms)]
                if not right:
                    continue
                span = doc.char_span(*offsets, alignment_mode="expand")
                rows = outcome_score.features(doc, span, proposals)
                labels = []
                for index, proposal in enumerate(proposals):
                    names = [proposal.name]
                    if result and index == chosen and (result.get("evidence") or {}).get("links", {}).get(
                            "endpoint") == proposal.linker:
                        names.append(result.get("endpoint"))
                    labels.append(any(endpoint_agrees(name, g.get("endpoint"), synonyms) for name in names for g in right))
                found.append(Value(folder.name, rows, labels,
                                   [[outcome_score.agree(p, q) for q in proposals] for p in proposals], proposals[0].linker))
    finally:
        values.KEEP_PROPOSALS = False
        outcome_score.weights = runtime_weights
    return found


def feature_names(data: list[Value]) -> list[str]:
    linkers = sorted({name for value in data for row in value.rows for name in row if name.startswith("linker:")})
    return [*outcome_score.FEATURES, *linkers]


def fit(data: list[Value], names: list[str], l2: float = L2) -> tuple[float, np.ndarray]:
    """(bias, weights) of the score: the L2 logistic regression of ``bench/train_conclusions.py``
    (:func:`train_conclusions.newton_logistic`), the weights pulled towards zero."""
    x = np.array([[row.get(name, 0.0) for name in names] for value in data for row in value.rows], dtype=float)
    y = np.array([float(label) for value in data for label in value.labels], dtype=float)
    return newton_logistic(x, y, l2, np.zeros(len(names)))


#: Linkers that read a list in order: when one answers first, its outcome is taken unweighed.
DECISIVE = ("respectively-outcomes",)


def model_of(bias: float, weights: np.ndarray, names: list[str], threshold: float, margin: float) -> dict:
    return {"bias": round(bias, DECIMALS), "threshold": threshold, "margin": margin, "decisive": list(DECISIVE),
            "weights": {name: round(float(w), DECIMALS) for name, w in zip(names, weights)}}


#: What the weights file says of the linkers the gold gave no proposal to fit.
UNFITTED_COMMENT = ("Linkers that proposed no outcome for any labelled value of the folders fitted on: their "
                    "weight is 0.0, written here so that it is explicit, not fitted; their proposals weigh by the "
                    "other features alone. A refit on gold where they answer replaces these.")


def with_unfitted(model: dict) -> dict:
    """``model`` with a weight of 0.0 for every endpoint linker the fit had no proposal of, listed as
    ``unfitted`` (an empty list when every one was fitted), so that none is weighed 0 silently for
    want of an entry."""
    missing = [f"linker:{name}" for name in values.ENDPOINT_LINKERS if f"linker:{name}" not in model["weights"]]
    return {**model, "unfitted_comment": UNFITTED_COMMENT, "unfitted": missing,
            "weights": {**model["weights"], **{name: 0.0 for name in missing}}}


def decide(value: Value, model: dict) -> int | None:
    """:func:`trialnews.linking.outcome_score.choose` on the stored features."""
    if value.first in model.get("decisive", ()):
        return 0
    scores = [outcome_score.probability(row, model) for row in value.rows]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    if scores[best] < model["threshold"]:
        return None
    if any(not value.agree[best][i] and scores[best] - scores[i] <= model["margin"]
           for i in range(len(scores)) if i != best):
        return None
    return next(i for i in range(len(scores)) if value.agree[best][i])


def tally(data: list[Value], model: dict) -> tuple[int, int, int]:
    """(right, wrong, left out) of the choice over labelled values."""
    right = wrong = out = 0
    for value in data:
        chosen = decide(value, model)
        if chosen is None:
            out += 1
        elif value.labels[chosen]:
            right += 1
        else:
            wrong += 1
    return right, wrong, out


CASCADE = {"bias": 0.0, "threshold": 0.0, "margin": 0.0, "weights": {"first": 10.0}}


def train(data: list[Value], names: list[str]) -> dict:
    bias, weights = fit(data, names)
    best = None
    for threshold in THRESHOLDS:
        for margin in MARGINS:
            right, wrong, _ = tally(data, model_of(bias, weights, names, threshold, margin))
            if best is None or right - wrong > best[0]:
                best = (right - wrong, threshold, margin)
    return model_of(bias, weights, names, best[1], best[2])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+", help="folders of articles with NAME.gold.json (news-dev, dev5)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    nlp = make_nlp()
    table: Counter = Counter()
    by_folder = {folder.name: read_folder(folder, nlp, table) for folder in args.folders}
    print("linker precision (record's results whose value and arm are right: endpoint agrees / all)")
    for linker in sorted({k for k, _ in table}, key=lambda k: (-(table[k, True] + table[k, False]), k)):
        total = table[linker, True] + table[linker, False]
        print(f"  {str(linker):32} {table[linker, True]:4d} / {total:4d}  {table[linker, True] / total:.2f}")
    data = [value for found in by_folder.values() for value in found]
    names = feature_names(data)
    print(f"labelled values: {len(data)}; proposals: {sum(len(v.rows) for v in data)}")
    for name, found in by_folder.items():
        print(f"  cascade on {name}: right, wrong, left out = {tally(found, CASCADE)}")
    if len(by_folder) == 2:
        (one, first), (two, second) = by_folder.items()
        for train_name, train_set, test_name, test_set in ((one, first, two, second), (two, second, one, first)):
            model = train(train_set, names)
            print(f"  fit on {train_name} (threshold {model['threshold']}, margin {model['margin']}): "
                  f"{train_name} {tally(train_set, model)}, {test_name} {tally(test_set, model)}")
    model = train(data, names)
    print(f"fit on all (threshold {model['threshold']}, margin {model['margin']}): "
          + ", ".join(f"{name} {tally(found, model)}" for name, found in by_folder.items()))
    output = {"comment": "The score that chooses which outcome a value measures among its outcome linkers' proposals "
                         "(linking/outcome_score.py): a logistic score of each proposal's features; the best wins, "
                         "unless it is below the threshold or a proposal of another outcome is within the margin of "
                         "it (the value is then left out, doubtful-outcome). Fitted by bench/fit_outcome_links.py "
                         "(L2 logistic regression, no randomness) on the gold of "
                         + " and ".join(by_folder) + ": a proposal is positive when its name agrees with the gold "
                         "endpoint of a value whose number and arm are right; threshold and margin maximise right "
                         "minus wrong choices.", **with_unfitted(model)}
    args.out.write_text(json.dumps(output, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
