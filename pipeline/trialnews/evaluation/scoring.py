"""Score a predicted record against its gold record, as the "Scoring" section of RECORD.md says.

Everything here is a pure function over plain dicts: a predicted record as the pipeline writes it
and a gold record as loaded from its ``.gold.json``. Per field, a predicted item matches a gold
item when the field's keys agree (``_AGREE``); each gold item is matched at most once, and the
matching is a maximum one (Kuhn's augmenting-path algorithm for bipartite matching, H. W. Kuhn,
"The Hungarian method for the assignment problem", 1955), so a lenient gold item never takes the
only prediction a stricter one could have used. Unmatched gold items are false negatives
(*misses*), unmatched predictions false positives (*extras*).

Comparison rules:

- strings are compared case-folded, with Unicode punctuation in its ASCII form, runs of whitespace
  collapsed and surrounding whitespace and punctuation trimmed (a string that is all punctuation,
  like the unit ``%`` or the relation ``<``, is kept whole);
- any gold string may be a list of accepted spellings, and a gold number a list of accepted values;
- a number agrees with the gold when within half a unit of the gold's last written decimal
  (gold ``7.1`` accepts ``7.14``; gold ``52`` accepts ``52.4``);
- an endpoint's abbreviation and its long form are one endpoint: the gold ``endpoints`` list links
  each name to its abbreviation, and so does the predicted one;
- an arm in a sample size, result or comparison agrees when the predicted label is an accepted
  spelling of the gold arm (the spellings of its ``arms`` entry included); a null arm (all
  patients) agrees only with a null arm.

``trial``, ``article`` and ``citation`` are scored item by item: each non-null gold value is one
item, and so is each element of ``trial.design``, ``trial.registry_ids`` and ``citation.authors``.
A predicted non-null value with no equal gold value is a false positive.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import Errors, TrialnewsError
from ..normalize import canonical

#: Two conclusions match when the Jaccard overlap of their word sets is at least this.
CONCLUSION_JACCARD = 0.5
#: A number agrees with the gold within this many units of the gold's last written decimal.
HALF_UNIT = 0.5
#: Slack for binary floating point at the tolerance boundary (55.35 against 55.3).
FLOAT_EPSILON = 1e-9

LIST_FIELDS = ("arms", "sample_sizes", "endpoints", "results", "comparisons", "conclusions")
#: Per object field: its single-valued keys, then its set-valued keys (one item per element).
OBJECT_KEYS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "trial": (("name", "phase", "condition"), ("registry_ids", "design")),
    "article": (("title", "author", "published"), ()),
    "citation": (("title", "journal", "year", "doi", "et_al"), ("authors",)),
}
FIELDS = LIST_FIELDS + tuple(OBJECT_KEYS)
#: How much of a malformed value an error message quotes.
SHOWN_VALUE_CHARS = 60
#: The name of the micro-averaged row of :meth:`Report.rows`.
MICRO = "micro"
COMPARISON_NUMBERS = ("estimate", "ci_low", "ci_high", "p_value")

_TRIM = string.punctuation + string.whitespace
_WORD = re.compile(r"\w+")

Item = dict[str, Any]


# -- Loading -----------------------------------------------------------------------------------

def load_gold(path: str | Path) -> dict[str, Any]:
    """The gold record in ``path``; raise ``E205`` when the file is not a JSON object."""
    path = Path(path)
    try:
        data = json.loads(path.read_bytes())
    except ValueError as err:  # JSONDecodeError and UnicodeDecodeError
        raise TrialnewsError(Errors.E205, stage="config", path=str(path), reason=str(err)) from err
    if not isinstance(data, dict):
        reason = f"the top level is a JSON {type(data).__name__}, not an object"
        raise TrialnewsError(Errors.E205, stage="config", path=str(path), reason=reason)
    problem = shape_problem(data)
    if problem is not None:
        raise TrialnewsError(Errors.E205, stage="config", path=str(path), reason=problem)
    return data


def shape_problem(record: dict[str, Any]) -> str | None:
    """What makes ``record`` (gold or predicted) impossible to score, or ``None``: each list field
    must be a list of objects, each object field an object (or null)."""
    for name in LIST_FIELDS:
        items = record.get(name)
        if items is None:
            continue
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            return f"{name!r} must be a list of objects, not {json.dumps(items)[:SHOWN_VALUE_CHARS]}"
    for name, (single, sets) in OBJECT_KEYS.items():
        value = record.get(name)
        if value is not None and not isinstance(value, dict):
            return f"{name!r} must be an object or null, not {json.dumps(value)[:SHOWN_VALUE_CHARS]}"
    return None


# -- Values ------------------------------------------------------------------------------------

def normalize_text(text: str) -> str:
    """``text`` case-folded, in ASCII punctuation, trimmed of surrounding whitespace and punctuation."""
    folded = " ".join(canonical(text).casefold().split())
    return folded.strip(_TRIM) or folded


def spellings(value: Any) -> list[Any]:
    """The accepted forms of a value: a list gives several, null or a blank string none."""
    forms = value if isinstance(value, list | tuple) else [value]
    return [form for form in forms if form is not None and not (isinstance(form, str) and not form.strip())]


def decimals(value: float) -> int:
    """Decimals of a number as written in JSON (its ``repr``): 7.1 has 1, 52 has 0, 1e-05 has 5."""
    exponent = Decimal(repr(value)).as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def numbers_agree(pred: float, gold: float) -> bool:
    """Whether ``pred`` equals ``gold`` to the precision the gold was written with."""
    tolerance = HALF_UNIT * 10 ** -decimals(gold)
    return abs(pred - gold) <= tolerance + FLOAT_EPSILON


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _atoms_agree(pred: Any, gold: Any) -> bool:
    if isinstance(pred, bool) or isinstance(gold, bool):
        return isinstance(pred, bool) and isinstance(gold, bool) and pred == gold
    if _is_number(pred) and _is_number(gold):
        return numbers_agree(pred, gold)
    return normalize_text(str(pred)) == normalize_text(str(gold))


def values_agree(pred: Any, gold: Any) -> bool:
    """Whether some form of ``pred`` agrees with some accepted form of ``gold``; null only with null."""
    gold_forms, pred_forms = spellings(gold), spellings(pred)
    if not gold_forms:
        return not pred_forms
    return any(_atoms_agree(p, g) for p in pred_forms for g in gold_forms)


def _forms(value: Any) -> set[str]:
    return {normalize_text(str(form)) for form in spellings(value)}


def words(text: str) -> frozenset[str]:
    """The set of case-folded word tokens of ``text``."""
    return frozenset(_WORD.findall(canonical(text).casefold()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """``|a ∩ b| / |a ∪ b|``, 0 for two empty sets."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


# -- Synonyms ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Synonyms:
    """Equivalence classes of one record pair: endpoint name ≡ abbreviation, arm spellings."""

    gold_endpoints: list[set[str]]
    pred_endpoints: list[set[str]]
    gold_arms: list[set[str]]

    @classmethod
    def of(cls, pred: dict[str, Any], gold: dict[str, Any]) -> Synonyms:
        return cls(
            gold_endpoints=_classes(_items(gold, "endpoints"), ("name", "abbreviation")),
            pred_endpoints=_classes(_items(pred, "endpoints"), ("name", "abbreviation")),
            gold_arms=_classes(_items(gold, "arms"), ("label",)),
        )


def _classes(entries: list[Item], keys: tuple[str, ...]) -> list[set[str]]:
    return [set().union(*(_forms(entry.get(key)) for key in keys)) for entry in entries]


def _expand(forms: set[str], classes: list[set[str]]) -> set[str]:
    """``forms`` with every class that shares one of them."""
    expanded = set(forms)
    for members in classes:
        if members & forms:
            expanded |= members
    return expanded


def endpoint_agrees(pred: Any, gold: Any, synonyms: Synonyms) -> bool:
    """A result's or comparison's endpoint: spellings, names and abbreviations are one endpoint."""
    if not spellings(gold):
        return not spellings(pred)
    pred_forms = _expand(_forms(pred), synonyms.pred_endpoints)
    return bool(pred_forms & _expand(_forms(gold), synonyms.gold_endpoints))


def arm_agrees(pred: Any, gold: Any, synonyms: Synonyms) -> bool:
    """An arm reference: any accepted spelling of the gold arm; null (all patients) only with null."""
    if not spellings(gold):
        return not spellings(pred)
    return bool(_forms(pred) & _expand(_forms(gold), synonyms.gold_arms))


# -- Item matchers, one per list field ---------------------------------------------------------

def _arm_item(pred: Item, gold: Item, synonyms: Synonyms) -> bool:
    return bool(_forms(pred.get("label")) & _forms(gold.get("label")))


def _sample_size_item(pred: Item, gold: Item, synonyms: Synonyms) -> bool:
    return (values_agree(pred.get("n"), gold.get("n"))
            and arm_agrees(pred.get("arm"), gold.get("arm"), synonyms))


def _endpoint_names(item: Item) -> set[str]:
    return _forms(item.get("name")) | _forms(item.get("abbreviation"))


def _endpoint_item(pred: Item, gold: Item, synonyms: Synonyms) -> bool:
    same_primary = bool(pred.get("primary")) == bool(gold.get("primary"))
    return same_primary and bool(_endpoint_names(pred) & _endpoint_names(gold))


def result_item(pred: Item, gold: Item, synonyms: Synonyms) -> bool:
    """Whether a predicted result is a gold one: the same endpoint, arm and value."""
    return (endpoint_agrees(pred.get("endpoint"), gold.get("endpoint"), synonyms)
            and arm_agrees(pred.get("arm"), gold.get("arm"), synonyms)
            and values_agree(pred.get("value"), gold.get("value"))
            and values_agree(pred.get("unit"), gold.get("unit")))


def _comparison_item(pred: Item, gold: Item, synonyms: Synonyms) -> bool:
    if not endpoint_agrees(pred.get("endpoint"), gold.get("endpoint"), synonyms):
        return False
    given = [key for key in (*COMPARISON_NUMBERS, "p_relation") if spellings(gold.get(key))]
    return all(values_agree(pred.get(key), gold.get(key)) for key in given)


def _conclusion_texts(item: Item) -> list[str]:
    return [str(text) for text in spellings(item.get("text")) or spellings(item.get("quote"))]


def _conclusion_item(pred: Item, gold: Item, synonyms: Synonyms) -> bool:
    return any(jaccard(words(p), words(g)) >= CONCLUSION_JACCARD
               for p in _conclusion_texts(pred) for g in _conclusion_texts(gold))


Agree = Callable[[Item, Item, Synonyms], bool]

_AGREE: dict[str, Agree] = {
    "arms": _arm_item,
    "sample_sizes": _sample_size_item,
    "endpoints": _endpoint_item,
    "results": result_item,
    "comparisons": _comparison_item,
    "conclusions": _conclusion_item,
}


def _object_item(pred: Item, gold: Item) -> bool:
    """A ``{key: value}`` item of ``trial``, ``article`` or ``citation``."""
    key, gold_value = next(iter(gold.items()))
    return key in pred and values_agree(pred[key], gold_value)


# -- Matching ----------------------------------------------------------------------------------

def match_items(preds: list[Item], golds: list[Item], agree: Callable[[Item, Item], bool]) -> dict[int, int]:
    """A maximum matching of gold to predicted items, as ``{gold index: predicted index}``.

    Kuhn's augmenting paths: gold items are tried in order, each takes the first prediction that
    agrees and is free, or that can be freed by moving its gold item to another prediction.
    """
    candidates = [[j for j, pred in enumerate(preds) if agree(pred, gold)] for gold in golds]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(golds)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


# -- Scores ------------------------------------------------------------------------------------

def _ratio(part: int, whole: int) -> float:
    """``part / whole``, 0.0 when ``whole`` is 0 (no predictions, or nothing to find)."""
    return part / whole if whole else 0.0


@dataclass
class Counts:
    """True positives, false positives (unmatched predictions), false negatives (unmatched gold)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


@dataclass(frozen=True)
class Mismatch:
    """One unmatched item: a gold item (a miss) or a predicted one (an extra).

    ``item`` is the list item as written, or ``{key: value}`` for ``trial``, ``article`` and
    ``citation``.
    """

    article: str
    field: str
    item: Item


@dataclass
class FieldScores:
    """The counts of one article, per field, with its misses and extras."""

    article: str
    counts: dict[str, Counts] = field(default_factory=dict)
    misses: list[Mismatch] = field(default_factory=list)
    extras: list[Mismatch] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        return sum(self.counts.values(), Counts())


@dataclass(frozen=True)
class Row:
    """One line of a score table."""

    field: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, name: str, counts: Counts) -> Row:
        return cls(name, counts.tp, counts.fp, counts.fn, counts.precision, counts.recall, counts.f1)


@dataclass
class Report:
    """Scores of many articles: per-field and micro-averaged precision, recall and F1."""

    articles: list[FieldScores] = field(default_factory=list)
    #: Per article, the values its results left out with why (``Outcome.left_out``), when it was extracted now.
    left_out: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, scores: FieldScores) -> None:
        self.articles.append(scores)

    @property
    def counts(self) -> dict[str, Counts]:
        """Counts per field, summed over articles, in :data:`FIELDS` order."""
        return {name: sum((a.counts.get(name, Counts()) for a in self.articles), Counts()) for name in FIELDS}

    @property
    def micro(self) -> Counts:
        return sum(self.counts.values(), Counts())

    @property
    def micro_f1(self) -> float:
        """The single figure: F1 over the items of all fields of all articles."""
        return self.micro.f1

    @property
    def misses(self) -> list[Mismatch]:
        return [miss for scores in self.articles for miss in scores.misses]

    @property
    def extras(self) -> list[Mismatch]:
        return [extra for scores in self.articles for extra in scores.extras]

    def rows(self) -> list[Row]:
        """One row per field, then the micro-averaged row named :data:`MICRO`."""
        return [Row.of(name, counts) for name, counts in self.counts.items()] + [Row.of(MICRO, self.micro)]


# -- Scoring -----------------------------------------------------------------------------------

def _items(record: dict[str, Any], name: str) -> list[Item]:
    return list(record.get(name) or [])


def _object_items(record: dict[str, Any], name: str) -> list[Item]:
    """``trial``/``article``/``citation`` as items: ``{key: value}`` per value, per set element."""
    values = record.get(name) or {}
    single, sets = OBJECT_KEYS[name]
    items = [{key: values.get(key)} for key in single if spellings(values.get(key))]
    for key in sets:
        elements = values.get(key) or []
        elements = elements if isinstance(elements, list) else [elements]
        items += [{key: element} for element in elements if spellings(element)]
    return items


def _score_items(name: str, preds: list[Item], golds: list[Item], agree: Callable[[Item, Item], bool],
                 scores: FieldScores) -> None:
    matched = match_items(preds, golds, agree)
    used = set(matched.values())
    scores.counts[name] = Counts(tp=len(matched), fp=len(preds) - len(used), fn=len(golds) - len(matched))
    scores.misses.extend(Mismatch(scores.article, name, g) for i, g in enumerate(golds) if i not in matched)
    scores.extras.extend(Mismatch(scores.article, name, p) for j, p in enumerate(preds) if j not in used)


def score_record(pred: dict[str, Any], gold: dict[str, Any], *, article: str = "") -> FieldScores:
    """Count matches, extras and misses of one predicted record against its gold, per field."""
    synonyms = Synonyms.of(pred, gold)
    scores = FieldScores(article=article)
    for name in LIST_FIELDS:
        agree = _AGREE[name]
        _score_items(name, _items(pred, name), _items(gold, name),
                     lambda p, g, agree=agree: agree(p, g, synonyms), scores)
    for name in OBJECT_KEYS:
        _score_items(name, _object_items(pred, name), _object_items(gold, name), _object_item, scores)
    return scores


def score_records(pairs: Iterable[tuple[str, dict[str, Any], dict[str, Any]]]) -> Report:
    """A report over ``(article, predicted record, gold record)`` triples."""
    report = Report()
    for article, pred, gold in pairs:
        report.add(score_record(pred, gold, article=article))
    return report
