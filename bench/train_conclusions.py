"""Train the learned score of news conclusions: writes ``patterns/conclusion_weights_trained.json``
by default (``--out`` elsewhere); the runtime's default weights, ``patterns/conclusion_weights.json``
(the cascade's reading), are left as they are: a trained file is used through the conclusions
component's ``weights`` setting, or by copying it over the default.

A dev tool, not part of the runtime package. For every article of a folder that has a
``NAME.gold.json`` beside it (sorted by name; abstracts are left out: they keep their own path), the
pipeline runs up to the conclusions component, and every candidate that
``trialnews.facts.conclusions.candidates`` gives with no model becomes a row of named features:
every statement a source proposes and every other sentence (the title, headings and statements
of fewer words than the component's ``min_tokens`` setting left out), each with all its features, so that the
weights also learn whether to take a sentence no source proposed. A row is positive when its text
matches a gold conclusion by the scorer's rule (token Jaccard of at least ``CONCLUSION_JACCARD``,
RECORD.md). An L2-regularised logistic
regression (Newton's method on numpy: no randomness, so no seed is needed; the bias is not
penalised) gives the weights and bias; the threshold is the one, on a fixed grid of probabilities,
whose micro F1 of conclusions over the folder is highest when the runtime's own selection
(``conclusions.select``: threshold, no overlap, the cap) picks the conclusions.

    python bench/train_conclusions.py ../shared/data/news-dev /work/dev2   # writes conclusion_weights_trained.json
    python bench/train_conclusions.py ../shared/data/news-dev --test /work/dev2 --out /tmp/w.json
    python bench/train_conclusions.py --cross ../shared/data/news-dev /work/dev2   # writes nothing

Several training folders are pooled (their articles sorted by folder, then name). ``--test DIR``
reports the conclusions F1 the trained score gives on another folder (a held-out check: never
train or tune on it), beside the F1 of the shipped weights (``conclusion_weights.json``) on the same
folder. ``--cross`` trains on each folder alone and tests on each other one, beside the shipped
weights: the check that decides whether trained weights may become the default (they must beat the
shipped ones on the folder they were not trained on, in every direction).
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from trialnews.components.facts import build_settings
from trialnews.evaluation.evaluate import gold_pairs
from trialnews.evaluation.scoring import CONCLUSION_JACCARD, jaccard, load_gold, match_items, spellings, words
from trialnews.facts import conclusions
from trialnews.facts.conclusions import FEATURES, Candidate
from trialnews.nlp import make_nlp, run_through
from trialnews.reading.kind import is_abstract
from trialnews.reading.reader import read_article

#: The L2 penalty on the weights (not the bias): strong enough that a feature seen in a few
#: statements cannot take a large weight.
L2 = 1.0
#: The L2 penalties tried by cross-validation on the training folder (``--l2`` unset).
L2_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
#: The priors tried by cross-validation: weights pulled towards zero or towards the cascade's reading.
PRIORS = ("zero", "cascade")
#: The cascade's reading as a prior: a proposed statement is in (+), a veto puts it out (-), on a bias that
#: leaves unproposed sentences out (the bias is fitted freely).
PRIOR_PROPOSED = 3.0
PRIOR_VETO = -3.0
#: Folds of the cross-validation (articles dealt to folds in sorted order: article k to fold k mod FOLDS).
FOLDS = 6
#: Newton steps of the fit (it converges in far fewer on a few dozen binary features).
MAX_STEPS = 200
#: Log-odds are clipped to this while fitting (no overflow on a separable feature).
MAX_LOGIT = 30.0
#: The largest change of one weight in one Newton step (damping).
MAX_STEP = 1.0
#: The fit stops when no weight moves more than this in a step.
TOLERANCE = 1e-8
#: The probabilities tried as the threshold, from 0.05 to 0.95 (in steps of 0.01).
THRESHOLDS = tuple(round(0.05 + k / 100, 2) for k in range(91))
#: Decimals kept in the weights file.
DECIMALS = 4
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "patterns" / "conclusion_weights_trained.json"


@dataclass
class Article:
    name: str
    candidates: list[Candidate]
    texts: list[str]  # the text each candidate's conclusion would have (None-free: short ones dropped)
    gold: list[str]  # the gold conclusions' texts (each item's spellings joined by its alternatives)
    gold_items: list[list[str]]


def _gold_texts(item: dict) -> list[str]:
    return [str(t) for t in spellings(item.get("text")) or spellings(item.get("quote"))]


@cache
def _words(text: str) -> frozenset[str]:
    return words(text)


def _agrees(text: str, gold: list[str]) -> bool:
    return any(jaccard(_words(text), _words(g)) >= CONCLUSION_JACCARD for g in gold)


#: The component after which a doc holds what the candidates are read from (the record component,
#: later, clears the doc's spans).
COMPONENT = "trialnews_conclusions"


def component_settings(nlp) -> conclusions.Settings:
    """The settings of ``nlp``'s conclusions component (its config: ``min_tokens`` and the rest)."""
    config = {key: value for key, value in nlp.get_pipe_config(COMPONENT).items() if key != "factory"}
    return build_settings(conclusions.Settings, COMPONENT, config)


def read_folder(folder: Path, nlp=None) -> list[Article]:
    """The news articles of ``folder`` with gold, each with its candidates and gold conclusions."""
    nlp = nlp or make_nlp()
    settings = component_settings(nlp)
    articles = []
    for path, gold_path in gold_pairs(folder):
        doc = run_through(nlp, read_article(path).text, COMPONENT)
        if is_abstract(doc):
            continue
        kept, texts = [], []
        for candidate in conclusions.candidates(doc, settings):
            item = conclusions._item(doc, candidate.start, candidate.end, candidate.attribution, settings)
            if item is not None:
                kept.append(candidate)
                texts.append(item["text"])
        golds = [_gold_texts(item) for item in load_gold(gold_path).get("conclusions") or []]
        articles.append(Article(path.name, kept, texts, [g for gs in golds for g in gs], golds))
    return articles


def matrix(articles: list[Article]) -> tuple[np.ndarray, np.ndarray]:
    rows = [[c.features.get(name, 0.0) for name in FEATURES] for a in articles for c in a.candidates]
    labels = [float(_agrees(t, a.gold)) for a in articles for t in a.texts]
    return np.array(rows, dtype=float).reshape(-1, len(FEATURES)), np.array(labels, dtype=float)


def prior(kind: str) -> np.ndarray:
    """The weights the L2 penalty pulls towards: zero, or the cascade's reading (``cascade``: a
    statement a source proposes is in, unless a veto holds)."""
    if kind == "zero":
        return np.zeros(len(FEATURES))
    return np.array([PRIOR_PROPOSED if name == "proposed" else PRIOR_VETO if name.startswith("veto_") else 0.0
                     for name in FEATURES])


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, towards: str = "zero") -> tuple[float, np.ndarray]:
    """(bias, weights) of an L2-regularised logistic regression, by Newton's method: the penalty is
    ``l2`` times the squared distance of the weights from :func:`prior` (the bias is free)."""
    return newton_logistic(x, y, l2, prior(towards))


def newton_logistic(x: np.ndarray, y: np.ndarray, l2: float, towards: np.ndarray) -> tuple[float, np.ndarray]:
    """(bias, weights) of an L2-regularised logistic regression of ``y`` on the rows ``x``, by damped
    Newton steps from ``towards``: the penalty is ``l2`` times the squared distance of the weights
    from ``towards`` (the bias is free). Shared with ``bench/fit_outcome_links.py``."""
    design = np.hstack([np.ones((len(x), 1)), x])
    penalty = np.full(design.shape[1], l2)
    penalty[0] = 0.0  # the bias is not penalised
    centre = np.concatenate([[0.0], towards])
    theta = centre.copy()
    for _ in range(MAX_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ theta, -MAX_LOGIT, MAX_LOGIT)))
        gradient = design.T @ (p - y) + penalty * (theta - centre)
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + np.diag(penalty) + 1e-9 * np.eye(len(theta))
        step = np.linalg.solve(hessian, gradient)
        largest = np.max(np.abs(step))
        if largest > MAX_STEP:
            step *= MAX_STEP / largest  # a damped step: no overshoot from a flat start
        theta -= step
        if np.max(np.abs(step)) < TOLERANCE:
            break
    return float(theta[0]), theta[1:]


def counts(articles: list[Article], model: tuple[float, float, dict[str, float]]) -> tuple[int, int, int]:
    """(tp, fp, fn) of conclusions over the articles when ``model`` selects them, matched as the scorer does."""
    tp = fp = fn = 0
    for article in articles:
        text_of = {(c.start, c.end): t for c, t in zip(article.candidates, article.texts)}
        chosen = conclusions.select(list(article.candidates), model, conclusions.MAX_CONCLUSIONS)
        preds = [text_of[c.start, c.end] for c in chosen]
        matched = match_items(preds, article.gold_items, lambda p, g: _agrees(p, g))
        tp += len(matched)
        fp += len(preds) - len(matched)
        fn += len(article.gold_items) - len(matched)
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cross_validate(articles: list[Article]) -> tuple[float, str, float]:
    """(l2, prior, F1) of the setting of :data:`L2_GRID` x :data:`PRIORS` whose pooled conclusions F1
    over :data:`FOLDS` folds of ``articles`` (each fold scored by a model trained on the others) is highest."""
    best = None
    for towards in PRIORS:
        for l2 in L2_GRID:
            total = [0, 0, 0]
            for fold in range(FOLDS):
                held = [a for k, a in enumerate(articles) if k % FOLDS == fold]
                data = train([a for k, a in enumerate(articles) if k % FOLDS != fold], l2, towards)
                for i, n in enumerate(counts(held, (data["bias"], data["threshold"], data["weights"]))):
                    total[i] += n
            score = f1(*total)
            print(f"  cv prior {towards:8} l2 {l2:<5} F1 {score:.3f}")
            if best is None or score > best[2] + 1e-12:
                best = (l2, towards, score)
    return best


def train(articles: list[Article], l2: float = L2, towards: str = "zero") -> dict:
    """The weights file's content trained on ``articles``."""
    x, y = matrix(articles)
    bias, weights = fit(x, y, l2, towards)
    named = {name: round(float(w), DECIMALS) for name, w in zip(FEATURES, weights)}
    bias = round(bias, DECIMALS)
    best = None
    for probability in THRESHOLDS:
        threshold = round(math.log(probability / (1 - probability)), DECIMALS)
        score = f1(*counts(articles, (bias, threshold, named)))
        if best is None or score > best[0]:
            best = (score, threshold, probability)
    score, threshold, probability = best
    return {"comment": (f"Trained by bench/train_conclusions.py on {len(articles)} news articles "
                        f"({int(y.sum())} positive of {len(y)} candidate statements): L2 logistic regression "
                        f"(L2 {l2} towards the {towards} prior, bias unpenalised), threshold p >= {probability} (as a score: log-odds) "
                        f"chosen by conclusions F1 on the same articles ({score:.3f})."),
            "bias": bias, "threshold": threshold, "weights": named}


def choose(articles: list[Article], l2: float | None, towards: str | None) -> dict:
    """The weights trained on ``articles`` with ``l2`` and ``towards``, each chosen by cross-validation when None."""
    if l2 is None or towards is None:
        chosen_l2, chosen_prior, _ = cross_validate(articles)
        l2 = chosen_l2 if l2 is None else l2
        towards = chosen_prior if towards is None else towards
    return train(articles, l2, towards)


def shipped() -> tuple[float, float, dict[str, float]]:
    """The runtime's default model (``patterns/conclusion_weights.json``)."""
    return conclusions.load_weights()


def report(name: str, articles: list[Article], model, base) -> tuple[float, float]:
    trained, hand = f1(*counts(articles, model)), f1(*counts(articles, base))
    print(f"{name}: trained tp fp fn {counts(articles, model)} F1 {trained:.3f}; "
          f"shipped tp fp fn {counts(articles, base)} F1 {hand:.3f}")
    return trained, hand


def cross(folders: list[Path], nlp, l2: float | None, towards: str | None) -> bool:
    """Train on each folder alone, test on every other; True when the trained weights beat the
    shipped ones on every held-out folder."""
    read = {folder: read_folder(folder, nlp) for folder in folders}
    base, wins = shipped(), True
    for folder in folders:
        data = choose(read[folder], l2, towards)
        model = (data["bias"], data["threshold"], data["weights"])
        print(data["comment"])
        report(f"train {folder} (seen)", read[folder], model, base)
        for other in folders:
            if other != folder:
                trained, hand = report(f"test {other} (held out)", read[other], model, base)
                wins = wins and trained > hand
    print("trained weights beat the shipped ones on every held-out folder" if wins
          else "trained weights do not beat the shipped ones on every held-out folder: keep the shipped default")
    return wins


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", type=Path, nargs="+", help="articles with NAME.gold.json beside them (news-dev, dev2)")
    parser.add_argument("--cross", action="store_true", help="train on each folder, test on the others; write nothing")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the weights file to write")
    parser.add_argument("--test", type=Path, action="append", default=[], help="a held-out folder to report on")
    parser.add_argument("--l2", type=float, help="the L2 penalty (default: chosen by cross-validation)")
    parser.add_argument("--prior", choices=PRIORS, help="the prior (default: chosen by cross-validation)")
    args = parser.parse_args(argv)
    nlp = make_nlp()
    if args.cross:
        cross(args.folders, nlp, args.l2, args.prior)
        return
    articles = [article for folder in args.folders for article in read_folder(folder, nlp)]
    data = choose(articles, args.l2, args.prior)
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    model = (data["bias"], data["threshold"], data["weights"])
    print(data["comment"])
    report(f"train {' + '.join(map(str, args.folders))}", articles, model, shipped())
    for folder in args.test:
        report(f"test {folder}", read_folder(folder, nlp), model, shipped())


if __name__ == "__main__":
    main()
