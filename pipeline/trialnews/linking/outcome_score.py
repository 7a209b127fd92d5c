"""Which outcome a value measures, chosen among every outcome linker's proposal by one fitted score.

Every endpoint linker of :data:`trialnews.linking.values.ENDPOINT_LINKERS` that reads an outcome for a
value (not a bare generic word, not a thing: :func:`~trialnews.linking.values.endpoint_proposals`)
proposes it; each proposal gets the features below, and a logistic score whose weights are data
(``patterns/outcome_link_weights.json``, fitted by ``bench/fit_outcome_links.py`` on the gold of
news-dev and dev2) says how likely it is the outcome the value measures. Linkers added since the
last fit, with too few uses on gold to be fitted (``predicate-of-people``, ``subject-of-clause``,
...), have an explicit weight of 0.0 that the file lists as ``unfitted``: their proposals weigh by
the other features alone. The best proposal wins
and its linker is the one ``evidence.links.endpoint`` names. The value is left out
(``doubtful-outcome``) when the best score is below the threshold, or when a proposal of another
outcome scores within the margin of it: a wrong outcome on a right number misleads more than a
missing one. A linker that reads a list in order (``respectively-outcomes``: the model's ``decisive``
linkers) is not weighed when it answers first: the value's place in the list says which outcome is its.

The features read what the linkers found and where, never an article's words:

- ``linker:NAME``: which linker proposed it (linkers measured on gold differ: the value's own
  words, ``noun-after-value``, agree with gold far more often than the outcome written nearest;
  an ``unfitted`` linker's weight is 0.0);
- ``first``: the proposal the linkers' order tries first (the former cascade's choice);
- ``agreeing``: how many other linkers propose the same outcome (its name, case and article aside, or
  words read at an overlapping place: ``pain intensity`` and the ``pain`` in it);
- ``alone``: the only proposal;
- ``lexicon``: an outcome of the article's endpoint lexicon (not a phrase read around the value);
- ``before``: written before the value; ``other-sentence``: not in the value's sentence;
  ``named-back``: before the value's sentence, and the value is the subject of a predicate of its own
  that points back to it or names it in other words (``Pelvic pain was the main complaint. 31% ...
  had it``, ``... were infected with HPV`` after ``HPV infection``: the reading of the lexicon
  candidates' ``across-own-predicate``);
  ``clause-break``: a clause ends between it and the value (a comma or semicolon and a verb outside
  brackets, not in a description of the people counted: ``ranking.clause_ends_between``, the reading
  of the lexicon candidates' ``claimed-by-*-clause``);
- ``distance``: the characters between it and the value, ``log(1 + n) / 5``;
- ``words``: the words of its name (at most 6), ``/ 6``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..facts.common import sent
from ..facts.endpoints import ARTICLES
from ..resources import load_json, phrase_regex
from ..scanning import compile_pattern
from .ranking import clause_ends_between

#: The weights, bias, threshold and margin of the score: data, fitted by ``bench/fit_outcome_links.py``.
WEIGHTS = "outcome_link_weights.json"

#: The features every proposal has (besides ``linker:NAME``), in the order the fit writes them.
FEATURES = ("first", "agreeing", "alone", "lexicon", "before", "other-sentence", "named-back", "clause-break", "distance",
            "words")

#: An article opening an outcome's name (``patterns/articles.txt``, as ``endpoints.spelling_key`` reads it).
_ARTICLE = compile_pattern(rf"^(?:{phrase_regex(ARTICLES)})\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Proposal:
    """One linker's outcome for a value: the lexicon mention it names, or the outcome phrase
    (name, offsets), the linker's name, and where the linker read it."""

    mention: Span | None
    outcome: tuple[str, tuple[int, int]] | None
    linker: str
    place: tuple[int, int] | None = None  # where the linker read it, when not at its mention (``lived``: survival)
    named_back: bool = False  # an outcome before the value's sentence its own predicate points back to

    @property
    def name(self) -> str:
        return self.mention.label_ if self.mention is not None else self.outcome[0]

    @property
    def offsets(self) -> tuple[int, int]:
        if self.place is not None:
            return self.place
        if self.mention is not None:
            return self.mention.start_char, self.mention.end_char
        return self.outcome[1]


def same_outcome_key(name: str) -> str:
    """The name two proposals share when they propose the same outcome."""
    return " ".join(_ARTICLE.sub("", name.strip().lower()).split())


def agree(one: Proposal, other: Proposal) -> bool:
    """Whether two proposals name the same outcome: the same name, or words read at overlapping places
    (``pain intensity`` and the ``pain`` in it)."""
    (start, end), (low, high) = one.offsets, other.offsets
    return same_outcome_key(one.name) == same_outcome_key(other.name) or start < high and low < end


def features(doc: Doc, span: Span, proposals: list[Proposal]) -> list[dict[str, float]]:
    """The named features of each proposal (see the module's docstring)."""
    sentence = sent(span)
    rows = []
    for index, proposal in enumerate(proposals):
        start, end = proposal.offsets
        before = end <= span.start_char
        low, high = (end, span.start_char) if before else (span.end_char, start)
        tokens = doc.char_span(low, high, alignment_mode="expand") if high > low else None
        words = len(proposal.name.split())
        rows.append({
            f"linker:{proposal.linker}": 1.0,
            "first": float(index == 0),
            "agreeing": float(min(3, sum(1 for other, each in enumerate(proposals)
                                         if other != index and agree(proposal, each)))),
            "alone": float(len(proposals) == 1),
            "lexicon": float(proposal.mention is not None),
            "before": float(before),
            "other-sentence": float(not (sentence.start_char <= start and end <= sentence.end_char)),
            "named-back": float(proposal.named_back),
            "clause-break": float(tokens is not None and clause_ends_between(doc, tokens.start, tokens.end)),
            "distance": math.log1p(max(0, high - low)) / 5.0,
            "words": min(6, words) / 6.0,
        })
    return rows


@cache
def weights() -> dict:
    return load_json(WEIGHTS)


def probability(row: dict[str, float], model: dict | None = None) -> float:
    """The score of one proposal's features: a probability that it is the value's outcome."""
    model = model or weights()
    table = model["weights"]
    logit = model["bias"] + sum(table.get(name, 0.0) * value for name, value in row.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


def choose(doc: Doc, span: Span, proposals: list[Proposal], model: dict | None = None) -> int | None:
    """The index of the winning proposal, or ``None`` when the score cannot tell: the best below
    the threshold, or a proposal of another outcome within the margin of it."""
    if not proposals:
        return None
    model = model or weights()
    if proposals[0].linker in model.get("decisive", ()):
        return 0  # "Nausea and fatigue occurred in 12% and 9% ..., respectively": the list's order says which
    scores = [probability(row, model) for row in features(doc, span, proposals)]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    if scores[best] < model["threshold"]:
        return None
    if any(not agree(p, proposals[best]) and scores[best] - scores[i] <= model["margin"]
           for i, p in enumerate(proposals) if i != best):
        return None
    # of the linkers that agree on the winning outcome, the one tried first names it (its words, its rule)
    return next(i for i, p in enumerate(proposals) if agree(p, proposals[best]))
