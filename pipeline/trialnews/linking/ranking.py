"""Which lexicon outcome a value measures when its clause does not name one plainly: the
candidates, each with the features that tell for or against it, ranked by weights that are data.

The lexicon linkers (``lexicon-nearest``, ``lexicon-in-phrase``) used to take the first outcome of
``patterns/endpoints.txt`` found in one fixed order of places (right after the value; after it in
its clause, for a value that is the subject of what follows; before it in its sentence; after it;
the sentence before: :func:`~trialnews.linking.groups.nearest_endpoint`, which the comparisons
still use). Each place is now a candidate (:func:`~trialnews.linking.groups.endpoint_candidates`,
the one reading of the places for both), scored by the weight of its place plus the weights of
its features (``patterns/lexicon_candidate_weights.json``); the best candidate above
the threshold wins, and two candidates of different names sharing the best score leave the value
without an outcome (precision: when two outcomes fit equally, neither is told).

The features read how trial news writes a value and its outcome:

- ``claimed-by-later-clause``: an outcome after the value that follows another value with a
  clause of its own in between (``22% discontinued the treatment, 5% were lost to follow-up,
  and 1% discontinued due to pregnancy``: pregnancy is the 1%'s, not the 22%'s). A list of values
  that shares one predicate (``247 patients (41%) in the X group and 297 patients (49%) in the Y
  group died of ...``) has no clause between its values, and a verb of the people's description
  (``who had clots removed``, ``patients treated with X``) is no clause of their own.
- ``claimed-by-earlier-clause``: the same before the value (``21% stopped because of bleeding,
  6.5% moved away``: the bleeding is the 21%'s). A value whose clause leaves its outcome out
  (``12% had nausea, compared with 9% on placebo``) takes its partner's instead
  (``contrast-partner``, ``partner-outcome`` in :mod:`trialnews.facts.results`).
- ``across-own-predicate``: an outcome of the sentence before, for a value that is the subject of
  a predicate of its own (``Seventy-three percent of the patients had a marked reduction in
  disability``): that predicate says what the value measures, the sentence before does not,
  unless the predicate names the same outcome in other words (``were infected with HPV`` after
  ``HPV infection``), points back (``achieved it``, ``saw such results``) or ends in a bare
  generic word that stands for it (``had at least one event``).

The features read only words and punctuation (no parser): a clause break is a comma or semicolon
outside brackets, a verb a word that WordNet reads as a verb and not as a noun, or an auxiliary.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..facts.common import HYPHENS, sent
from ..resources import load_json, word_set
from .groups import AFTER_IN_CLAUSE, AFTER_IN_SENTENCE, BEFORE_IN_SENTENCE, SENTENCE_BEFORE, endpoint_candidates
from .phrases import people_words
from .groupwords import same_word
from .wordclass import AUX, NOUN, VERB, classes, is_function_word

#: Words that open a clause describing people (``who``, ``that``): ``patterns/relative_pronouns.txt``.
RELATIVE_PRONOUNS = "relative_pronouns.txt"
#: Words after a people word that open their description (``taking``, ``treated``, ``given``):
#: ``patterns/described_group_openers.txt``.
PEOPLE_DESCRIPTION_OPENERS = "described_group_openers.txt"

#: The weights of places and features, the threshold and their reasons: data, not code.
WEIGHTS = "lexicon_candidate_weights.json"

#: The features of a candidate (see the module's docstring).
CLAIMED_BY_LATER_CLAUSE, CLAIMED_BY_EARLIER_CLAUSE, ACROSS_OWN_PREDICATE, CLAIMED_BY_LATER_ITEM = (
    "claimed-by-later-clause", "claimed-by-earlier-clause", "across-own-predicate", "claimed-by-later-item")
#: Punctuation that ends a clause inside a sentence (outside brackets).
_CLAUSE_PUNCT = frozenset({",", ";"})


def _is_verb(word: str) -> bool:
    """Whether a word is a verb or an auxiliary that no list reads as a noun (``discontinued``,
    ``were``, ``withdrew``; not ``treatment``, ``rate``)."""
    found = classes(word)
    return AUX in found or VERB in found and NOUN not in found


def own_clause_between(doc: Doc, first: Span, second: Span) -> bool:
    """Whether a clause of ``first``'s own ends between two values: a clause break (a comma or
    semicolon outside brackets) and a verb after ``first`` and before ``second`` that is no part
    of the description of the people counted (:func:`_own_verbs`). ``22% discontinued the
    treatment, 5% were lost``: yes; ``41% in the X group and 49% in the Y group died``, ``6.9%
    who had clots removed, and 7% of those who did not, died``, ``31% of patients treated with X,
    and 27% of those treated with Y, had``: no."""
    verbs, broken = _own_verbs(doc, first.end, second.start)
    return broken and verbs


def clause_ends_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a clause ends among the tokens ``[start, end)``: a verb outside brackets that is no
    part of a description of people (as :func:`_own_verbs` reads them), then a comma or semicolon
    (``22% discontinued the treatment, 5% ...``; not ``14% of the women who wore it, and 19% of those
    who did not, had``)."""
    verb = False
    for mark in _clause_marks(doc, start, end):
        if mark == _BREAK and verb:
            return True
        verb = verb or mark == _VERB
    return False


def has_own_verb(doc: Doc, value: Span) -> bool:
    """Whether a value has a verb of its own after it, before the next clause break of its
    sentence (:func:`_own_verbs`): ``6.5% moved away``; not ``compared with 9% of those who took
    X``, ``36% after one year`` (a clause whose verb is left out: it shares the one before)."""
    end = sent(value).end
    found = _clause_break(doc, value.end, end)
    return _own_verbs(doc, value.end, end if found is None else found)[0]


def _own_verbs(doc: Doc, start: int, end: int) -> tuple[bool, bool]:
    """(a verb, a clause break) among the tokens ``[start, end)`` outside brackets (:func:`_clause_marks`)."""
    marks = set(_clause_marks(doc, start, end))
    return _VERB in marks, _BREAK in marks


#: What :func:`_clause_marks` finds: a clause break, a verb.
_BREAK, _VERB = "break", "verb"


def _clause_marks(doc: Doc, start: int, end: int) -> Iterator[str]:
    """The clause breaks and verbs among the tokens ``[start, end)`` outside brackets, in order: a
    verb that no list reads as a noun, or an auxiliary, not in a description of people (a relative
    clause, ``who had clots removed``, or a participle after a people word, ``patients treated with
    X``, each up to the next clause break); a clause break is a comma or semicolon."""
    depth, describing = 0, False
    relative = word_set(RELATIVE_PRONOUNS)
    openers = word_set(PEOPLE_DESCRIPTION_OPENERS)
    for token in doc[start:end]:
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth == 0:
            if token.text in _CLAUSE_PUNCT:
                describing = False
                yield _BREAK
            elif token.lower_ in relative or token.lower_ in openers and token.i > 0 \
                    and doc[token.i - 1].lower_ in people_words():
                describing = True
            elif not describing and _is_verb(token.text):
                yield _VERB


def _clause_break(doc: Doc, start: int, end: int) -> int | None:
    """The first comma or semicolon outside brackets among the tokens ``[start, end)``, or ``None``."""
    depth = 0
    for token in doc[start:end]:
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth == 0 and token.text in _CLAUSE_PUNCT:
            return token.i
    return None


def _claimed(doc: Doc, value: Span, mention: Span, other: int | None) -> bool:
    """Whether ``mention`` lies in the clause of the value at token ``other`` (no clause break
    between them) and a clause of the earlier of the two values ends before the later
    (:func:`own_clause_between`): the mention is the other value's outcome."""
    if other is None:
        return False
    first, second = (value, doc[other:other + 1]) if other > value.start else (doc[other:other + 1], value)
    low, high = (other + 1, mention.start) if other < mention.start else (mention.end, other)
    return _clause_break(doc, low, high) is None and own_clause_between(doc, first, second)


def _is_value_number(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a number that may be a value: not one joined by a hyphen to the word
    after it, which modifies a name (``five-year survival``, ``20-year risk``)."""
    return doc[i].like_num and not (i + 1 < len(doc) and not doc[i].whitespace_
                                    and doc[i + 1].text in HYPHENS)


def _claimed_by_later_clause(doc: Doc, value: Span, mention: Span) -> bool:
    """Whether another value stands between ``value`` and a ``mention`` after it, in whose clause
    the mention is, with a clause of ``value``'s own before it: ``22% discontinued, 5% were lost to
    follow-up, and 1% discontinued due to pregnancy``: the pregnancy is the 1%'s."""
    numbers = [i for i in range(value.end, mention.start) if _is_value_number(doc, i)]
    return _claimed(doc, value, mention, numbers[-1] if numbers else None)


def _claimed_by_later_item(doc: Doc, value: Span, mention: Span) -> bool:
    """Whether ``mention`` after ``value`` lies in a later item of a list whose items are each
    written with their own words and values: a break that opens a new item with words (a semicolon
    or comma outside brackets followed by a word, not by the next number of a series; none in a
    bracket the value is written in, ``(41.3% v 22.5%; P < .001)``) stands between them, before
    another value or before a mention that has a value of its own right
    after it: ``nausea, 14 (11.2%) vs 4 (3.1%); rash, 8 (6.4%) vs 2 (1.6%);
    dizziness, 11 (8.8%)``, the dizziness is neither the 11.2%'s nor the 6.4%'s; ``a 64% drop in A,
    a 58% drop in B and a 49% drop in C``, C is not the 64%'s. A series of values sharing one
    outcome written after them (``12%, 15% and 20% needed surgery``) has no such break, and a
    predicate after the last item's value is every item's (``X group: 37.5%; Y group: 25.4%
    achieved a complete response``)."""
    depth, breaks = 0, []
    for token in doc[value.end:mention.start]:
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            if depth == 0:
                breaks = []  # the value was in a bracket: what came before its closing was inside it
            depth = max(0, depth - 1)
        elif depth == 0 and token.text in _CLAUSE_PUNCT and _opens_item(doc, token.i + 1, mention.start + 1):
            breaks.append(token.i)
    if not breaks:
        return False
    if _own_value_after(doc, mention):
        return True
    numbers = [i for i in range(value.end, mention.start) if _is_value_number(doc, i)]
    # a later value's item; but a predicate after the last value is the list's, shared by every item
    # (``X group: 37.5%; Y group: 25.4% achieved a complete response``)
    return bool(numbers) and breaks[0] < numbers[-1] \
        and not any(_is_verb(token.text) for token in doc[numbers[-1] + 1:mention.start])


def _own_value_after(doc: Doc, mention: Span) -> bool:
    """Whether a value follows ``mention`` with only punctuation between (``headache, 12``,
    ``headache (10%)``): the mention labels the value after it."""
    for token in doc[mention.end:min(len(doc), mention.end + 3)]:
        if _is_value_number(doc, token.i):
            return True
        if not token.is_punct:
            return False
    return False


def _opens_item(doc: Doc, i: int, end: int) -> bool:
    """Whether the words from token ``i`` open a list item of their own before the number at
    ``end``: a word first (``rash, 8``, ``a 58% drop``), not a number (``12%, 15%``) nor a
    conjunction and a number (``, and 20%``)."""
    if i >= end or not doc[i].is_alpha:
        return False
    return not (doc[i].lower_ in ("and", "or") and i + 1 < len(doc) and doc[i + 1].like_num)


def _claimed_by_earlier_clause(doc: Doc, value: Span, mention: Span) -> bool:
    """Whether a ``mention`` before ``value`` is in the clause of another value before it, whose
    own clause ends before ``value``, and ``value`` has a verb of its own (:func:`has_own_verb`):
    ``21% stopped because of bleeding, 6.5% moved away``: the bleeding is the 21%'s; but in
    ``18% went into remission after 24 weeks, 36% after one year`` the 36% shares the verb, and its
    outcome."""
    if not has_own_verb(doc, value):
        return False
    floor = sent(value).start
    return _claimed(doc, value, mention, next((i for i in range(mention.start - 1, floor - 1, -1)
                                               if _is_value_number(doc, i)), None))


def named_in(mention: Span, words: tuple[str, ...]) -> bool:
    """Whether a content word of ``mention`` is one of ``words`` (as :func:`~trialnews.linking.groupwords.same_word`
    compares them: ``infected`` and ``infection``, ``hair`` and ``hair``)."""
    return any(same_word(token.lower_, word) for token in mention if token.is_alpha and not is_function_word(token.text)
               for word in words)


def _features(doc: Doc, value: Span, mention: Span, place: str, own_predicate: tuple[str, ...]) -> list[str]:
    found = []
    if place in (AFTER_IN_CLAUSE, AFTER_IN_SENTENCE) and _claimed_by_later_clause(doc, value, mention):
        found.append(CLAIMED_BY_LATER_CLAUSE)
    elif place in (AFTER_IN_CLAUSE, AFTER_IN_SENTENCE) and _claimed_by_later_item(doc, value, mention):
        found.append(CLAIMED_BY_LATER_ITEM)
    if place == BEFORE_IN_SENTENCE and _claimed_by_earlier_clause(doc, value, mention):
        found.append(CLAIMED_BY_EARLIER_CLAUSE)
    if place == SENTENCE_BEFORE and own_predicate and not named_in(mention, own_predicate):
        found.append(ACROSS_OWN_PREDICATE)
    return found


def scored_candidates(doc: Doc, value: Span, *, after_first: bool = False,
                      own_predicate: tuple[str, ...] = ()) -> list[tuple[float, Span, str, list[str]]]:
    """Every lexicon candidate of ``value`` with its score, place and features, best first (a
    stable sort: of equal scores, the place tried first comes first)."""
    weights = load_json(WEIGHTS)
    scored = []
    for mention, place in endpoint_candidates(doc, value, after_first=after_first):
        features = _features(doc, value, mention, place, own_predicate)
        score = weights["places"][place] + sum(weights["features"][f] for f in features)
        scored.append((score, mention, place, features))
    return sorted(scored, key=lambda item: -item[0])


def ranked_endpoint(doc: Doc, value: Span, *, after_first: bool = False,
                    own_predicate: tuple[str, ...] = ()) -> Span | None:
    """The lexicon outcome ``value`` measures: the best candidate scoring above the threshold of
    ``patterns/lexicon_candidate_weights.json``; none when two candidates of different names
    share the best score, or none scores above it. ``own_predicate``: the words of the predicate of
    its own the value is the subject of, where it does not point back (:data:`ACROSS_OWN_PREDICATE`),
    else empty."""
    scored = scored_candidates(doc, value, after_first=after_first, own_predicate=own_predicate)
    if not scored or scored[0][0] <= load_json(WEIGHTS)["threshold"]:
        return None
    best, mention = scored[0][0], scored[0][1]
    if any(score == best and other.label_ != mention.label_ for score, other, _, _ in scored[1:]):
        return None
    return mention
