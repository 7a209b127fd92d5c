"""Helpers shared by the fact extractors: evidence, the record in progress, span geometry."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import LOWER, SENT_START
from spacy.tokens import Doc, Span, Token

from ..intervals import MINUS, RANGE_DASH
from ..reading.doctext import span_text, text_of
from ..resources import load_lexicon, word_set
from ..scanning import WHITE_SPACE_RUN, LowerText, alternation, compile_pattern

EXTENSION = "trialnews"

#: Tokens between a value and the word that names its group ("55% of the patients in the
#: placebo group") beyond which the two are not read as linked.
LINK_WINDOW = 12


#: The lower-cased text the fact extractors' prefix scanners look in (the last text asked: the
#: pipeline runs one doc at a time).
TEXT_LOWER = LowerText()


def ensure_extension() -> None:
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


_SENTENCE_STARTS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()
#: The doc :func:`sent` was last asked about, its sentence starts, and the sentences' spans made so
#: far (``None`` for one not asked about yet).
_LAST_SENTENCES: list = [None, [], []]
#: ``SENT_START`` of a token that starts a sentence (``-1``: does not, ``0``: not set).
SENTENCE_START = 1


def sent(item: Span | Token) -> Span:
    """The sentence of a span or token. ``Span.sent`` walks the tokens to find its sentence's
    edges on every call, which is quadratic on an article written as one long line; the edges
    are found once per doc here, and each sentence's span is made once for the doc last asked
    about (the pipeline asks about one doc some three hundred times in a row)."""
    doc = item.doc
    last = _LAST_SENTENCES
    if last[0] is not doc:  # a weak-reference look-up is most of the cost of a call
        starts = _SENTENCE_STARTS.get(doc)
        if starts is None:
            starts = _SENTENCE_STARTS[doc] = sentence_starts(doc)
        last[:] = (doc, starts, [None] * len(starts))
    _, starts, made = last
    k = bisect_right(starts, item.i if isinstance(item, Token) else item.start) - 1
    if k < 0:
        k = 0
    sentence = made[k]
    if sentence is None:
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        sentence = made[k] = Span(doc, starts[k], end)  # ``doc[start:end]`` without its slice normalisation
    return sentence


def sentence_starts(doc: Doc) -> list[int]:
    """``[s.start for s in doc.sents] or [0]``, read from the ``SENT_START`` array: a sentence
    starts at token 0 and at every later token marked as a start (as ``Doc.sents`` reads it)."""
    if "sents" in doc.user_hooks or len(doc) < 2 or not doc.has_annotation("SENT_START"):
        return [s.start for s in doc.sents] or [0]  # as spaCy does it (or the error it raises)
    marked = doc.to_array(SENT_START)[1:] == SENTENCE_START
    return [0, *(numpy.flatnonzero(marked) + 1).tolist()]


def state(doc: Doc) -> dict[str, Any]:
    """The record in progress on ``doc._.trialnews`` (plain data, so it survives ``n_process``)."""
    data = doc._.get(EXTENSION)
    if data is None:
        data = {"warnings": []}
        doc._.set(EXTENSION, data)
    return data


#: A year as written (``in 2009``), not part of a longer number (``2,0134``, ``1.2019``).
YEAR = compile_pattern(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")
#: The state key of the latest year a doc's text names (:func:`latest_year`), found once per doc.
LATEST_YEAR = "latest_year"


def latest_year(doc: Doc) -> int | None:
    """The latest year (:data:`YEAR`) the doc's text names, or ``None``: read once per doc (kept
    in its state), not once per dated sentence."""
    data = state(doc)
    if LATEST_YEAR not in data:
        data[LATEST_YEAR] = max((int(found) for found in YEAR.findall(text_of(doc))), default=None)
    return data[LATEST_YEAR]


def evidence(span: Span | tuple[int, int], doc: Doc | None = None, *, rule: str | None = None) -> dict[str, Any]:
    """Evidence of an item: character offsets into the analysed text and the text between them."""
    if isinstance(span, Span):
        start, end, text = span.start_char, span.end_char, span_text(span)
        rule = rule or span.id_ or span.label_ or None
    else:
        start, end = span
        text = text_of(doc)[start:end]
    return {"start": start, "end": end, "text": text, "rule": rule}


#: The sorted span lists of the doc being processed: one doc only, since the cached spans hold
#: their doc (a cache per doc, even a WeakKeyDictionary, would keep every doc alive).
_SPANS: dict[str, Any] = {"doc": None, "lists": {}}


def spans(doc: Doc, *labels: str) -> list[Span]:
    """Every span under the given ``doc.spans`` keys, in text order (a new list each call).

    Reading a span group makes new Span objects every time; the sorted list is kept per doc
    and rebuilt when a group is set again or changes size (the linking steps read the same groups for every
    value, which made long articles quadratic)."""
    return list(_sorted_spans(doc, labels)[0])


def spans_starting(doc: Doc, *labels: str, start: int, end: int) -> list[Span]:
    """The spans of :func:`spans` that start at a token in ``[start, end)``, in the same order:
    ``[m for m in spans(doc, *labels) if start <= m.start < end]``, found by bisection (the
    linking steps ask it for every value, so a scan of the whole doc made long texts quadratic)."""
    found, starts = _sorted_spans(doc, labels)
    return found[bisect_left(starts, start):bisect_left(starts, end)]


def _char_starts(doc: Doc, labels: tuple[str, ...]) -> tuple[list[Span], list[int]]:
    """The spans of :func:`spans` and their first characters (which rise with their start tokens),
    kept with the very list they were read from."""
    found, _ = _sorted_spans(doc, labels)
    key = ("chars", labels)
    kept = _SPANS["lists"].get(key)
    if kept is None or kept[0] is not found:
        kept = _SPANS["lists"][key] = (found, [span.start_char for span in found])
    return kept


def spans_from_chars(doc: Doc, *labels: str, start_char: int, end_char: int) -> list[Span]:
    """The spans of :func:`spans` whose first character is in ``[start_char, end_char)``, in the same
    order: ``[m for m in spans(doc, *labels) if start_char <= m.start_char < end_char]``, by bisection."""
    found, chars = _char_starts(doc, labels)
    return found[bisect_left(chars, start_char):bisect_left(chars, end_char)]


def spans_within(doc: Doc, *labels: str, start_char: int, end_char: int) -> list[Span]:
    """The spans of :func:`spans` that lie in the characters ``[start_char, end_char]``, in the same
    order: ``[m for m in spans(doc, *labels) if start_char <= m.start_char and m.end_char <= end_char]``,
    the candidates found by bisection on their first characters instead of a walk over the whole
    doc for every value or p-value."""
    found, chars = _char_starts(doc, labels)
    return [span for span in found[bisect_left(chars, start_char):bisect_right(chars, end_char)]
            if span.end_char <= end_char]


def longest_span(doc: Doc, *labels: str) -> int:
    """The length (tokens) of the longest span under ``labels`` (0 if none): how far back a span
    that reaches a given token can start."""
    found, _ = _sorted_spans(doc, labels)
    key = ("longest", labels)
    kept = _SPANS["lists"].get(key)
    if kept is None or kept[0] is not found:  # kept with the very list it was measured on
        kept = _SPANS["lists"][key] = (found, max((len(span) for span in found), default=0))
    return kept[1]


def overlaps_span(doc: Doc, label: str, start: int, end: int) -> bool:
    """Whether a span under ``label`` overlaps the tokens ``[start, end)``: ``any(s.start < end and
    start < s.end for s in spans(doc, label))``, by bisection (the spans starting before ``end``, and
    the furthest end among them, kept per doc) instead of a walk over the spans for every sentence."""
    found, starts = _sorted_spans(doc, (label,))
    return _overlaps(found, starts, ("furthest", label), lambda span: span.end, start, end)


def overlaps_chars(doc: Doc, label: str, start_char: int, end_char: int) -> bool:
    """Whether a span under ``label`` overlaps the characters ``[start_char, end_char)``:
    ``any(s.start_char < end_char and start_char < s.end_char for s in spans(doc, label))``, by
    bisection on the spans' first characters and the furthest end among those before (kept per
    doc), as :func:`overlaps_span` does for tokens."""
    found, chars = _char_starts(doc, (label,))
    return _overlaps(found, chars, ("furthest_char", label), lambda span: span.end_char, start_char, end_char)


def _overlaps(found: list[Span], firsts: list[int], key: tuple[str, str], end_of: Callable[[Span], int],
              start: int, end: int) -> bool:
    """Whether a span of ``found`` (in text order, ``firsts`` their first positions) overlaps
    ``[start, end)``, positions being tokens or characters as ``end_of`` reads them: the spans
    starting before ``end`` by bisection, and the furthest end among them, kept per doc under ``key``
    with the very list it was read from."""
    kept = _SPANS["lists"].get(key)
    if kept is None or kept[0] is not found:
        furthest, ends = -1, []
        for span in found:
            furthest = max(furthest, end_of(span))
            ends.append(furthest)
        kept = _SPANS["lists"][key] = (found, ends)
    before_end = bisect_left(firsts, end)
    return before_end > 0 and kept[1][before_end - 1] > start


def span_count(doc: Doc, *labels: str) -> int:
    """How many spans ``doc.spans`` holds under ``labels`` (a cache key that changes when they do)."""
    return sum(len(doc.spans[label]) for label in labels if label in doc.spans)


def _sorted_spans(doc: Doc, labels: tuple[str, ...]) -> tuple[list[Span], list[int]]:
    """The spans under ``labels`` in text order, and their start tokens (kept, not to be changed).

    Kept per label tuple with the span groups they were read from (strong references, so no id is
    reused) and their sizes: used only while ``doc.spans[label]`` is still that same group of that
    size. A fact that sets a group again (even to as many spans) or appends to it is read anew."""
    groups = doc.spans
    groups = getattr(groups, "data", groups)  # ``SpanGroups`` is a ``UserDict``: its own dict is read without Python calls
    if _SPANS["doc"] is not doc:
        _SPANS["doc"], _SPANS["lists"] = doc, {}
    cache = _SPANS["lists"]
    kept = cache.get(labels)
    if len(labels) == 1:  # most calls ask for one label
        group = groups.get(labels[0])
        if kept is not None and kept[0][0] is group and kept[1][0] == (-1 if group is None else len(group)):
            return kept[2]
        held: tuple = (group,)
    else:
        if kept is not None:  # each group checked in turn, nothing built (asked some hundred times a doc)
            for label, group, size in zip(labels, kept[0], kept[1]):
                now = groups.get(label)
                if now is not group or (-1 if now is None else len(now)) != size:
                    break
            else:
                return kept[2]
        held = tuple([groups.get(label) for label in labels])
    ordered = [span for group in held if group is not None for span in group]
    ordered.sort(key=lambda s: (s.start, -s.end))
    found = (ordered, [span.start for span in ordered])
    cache[labels] = (held, _sizes(held), found)
    return found


def _sizes(held: tuple) -> tuple[int, ...]:
    """The size of each span group (``-1`` for a label the doc has no group under)."""
    return tuple([-1 if group is None else len(group) for group in held])


def keep_sorted_spans(doc: Doc, label: str, ordered: list[Span], group: Any = None) -> None:
    """Keep ``ordered``, the spans just set as ``doc.spans[label]`` (in text order, as
    :func:`spans` sorts them), as the answer of :func:`spans` for that label: the ruler's own
    spans, not made again from the span group the first time a fact reads it. ``group`` is the
    span group just set, when the caller has it (else it is read from the doc)."""
    if _SPANS["doc"] is not doc:
        _SPANS["doc"], _SPANS["lists"] = doc, {}
    held = (doc.spans[label] if group is None else group,)
    _SPANS["lists"][(label,)] = (held, _sizes(held), (ordered, [span.start for span in ordered]))


def token_positions(doc: Doc, texts: frozenset[str]) -> list[int]:
    """The indices, in order, of the tokens whose lower-cased text is one of ``texts``; found once
    per doc, so that a search for the nearest one is a bisection, not a walk over the tokens."""
    if _SPANS["doc"] is not doc:
        _SPANS["doc"], _SPANS["lists"] = doc, {}
    key = ("tokens", texts)
    found = _SPANS["lists"].get(key)
    if found is None:
        wanted, ordered = _hashes(doc, texts)
        lowers = lower_array(doc)
        if len(wanted) <= FEW_WORDS:
            hits = numpy.zeros(len(lowers), dtype=bool)
            for orth in wanted:
                hits |= lowers == numpy.uint64(orth)
        else:
            hits = among_sorted(lowers, ordered)  # (LOWER's array is uint64, as ``ordered`` is)
        found = _SPANS["lists"][key] = numpy.flatnonzero(hits).tolist()
    return found


#: The hashes of the word sets :func:`token_positions` was asked for (:func:`_hashes`), at most
#: :data:`MAX_KEPT_HASHES` sets (then started again).
_HASHES: dict[frozenset[str], tuple[list[int], numpy.ndarray]] = {}
MAX_KEPT_HASHES = 1024


def _hashes(doc: Doc, texts: frozenset[str]) -> tuple[list[int], numpy.ndarray]:
    """The hashes the LOWER attribute holds for ``texts`` (a string's hash is the same in every
    vocab), and the same sorted as ``uint64``: worked out once per word set, not once per doc."""
    found = _HASHES.get(texts)
    if found is None:
        wanted = [doc.vocab.strings[text] for text in texts]
        if len(_HASHES) >= MAX_KEPT_HASHES:
            _HASHES.clear()
        found = _HASHES[texts] = (wanted, numpy.sort(numpy.array(wanted, dtype=numpy.uint64)))
    return found


def lower_array(doc: Doc) -> numpy.ndarray:
    """``doc.to_array(LOWER)``: the hash of each token's lower-cased text, read once per doc for every
    fact that asks (kept with the doc's span lists; only to be read, never changed)."""
    if _SPANS["doc"] is not doc:
        _SPANS["doc"], _SPANS["lists"] = doc, {}
    lowers = _SPANS["lists"].get("lower")
    if lowers is None:
        lowers = _SPANS["lists"]["lower"] = doc.to_array(LOWER)
    return lowers


@cache
def word_tuples(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of the word list ``name`` (``patterns/``) as word tuples, the longest first."""
    return tuple(sorted((tuple(entry.split()) for entry in word_set(name)), key=len, reverse=True))


@cache
def first_words(name: str) -> frozenset[str]:
    """The words the entries of the word list ``name`` start with."""
    return frozenset(words[0] for words in word_tuples(name))


@cache
def _tuples_by_first_word(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The entries of :func:`word_tuples` grouped by their first word, each group the longest first."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for words in word_tuples(name):
        grouped.setdefault(words[0], []).append(words)
    return {first: tuple(entries) for first, entries in grouped.items()}


def words_at(doc: Doc, i: int, end: int, name: str) -> int | None:
    """The token after the longest entry of the word list ``name`` written from token ``i`` and
    ending by token ``end`` (``split_group_verbs.txt``: ``received`` in ``Half received X``), or ``None``."""
    entries = _tuples_by_first_word(name).get(doc[i].lower_) if i < end else None
    if entries is None:
        return None  # most tokens start no entry: one dict lookup instead of a walk over the list
    for words in entries:  # (only the entries starting with this word, the longest first)
        if i + len(words) <= end and all(doc[i + k].lower_ == word for k, word in enumerate(words[1:], 1)):
            return i + len(words)
    return None


#: Sets of at most this many words are found by :func:`token_positions` with one comparison of
#: the LOWER array each: a tenth of the time of ``numpy.isin``, which sorts.
FEW_WORDS = 8


def among(values: numpy.ndarray, wanted: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, wanted)`` for two integer arrays of one dtype (a doc's LOWER hashes and
    those of a word list): each value looked up by bisection in ``wanted`` sorted, a third of the
    time of ``numpy.isin`` on a doc's tokens (which sorts the two arrays together)."""
    return among_sorted(values, numpy.sort(wanted))


def among_sorted(values: numpy.ndarray, ordered: numpy.ndarray) -> numpy.ndarray:
    """:func:`among` for ``wanted`` already sorted (``ordered``)."""
    if not len(ordered):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(ordered, values), len(ordered) - 1)
    return ordered[at] == values


def longest_first(candidates: Iterable[Span]) -> list[Span]:
    """Drop spans that overlap a longer (or earlier equally long) span; keep text order."""
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(candidates, key=lambda s: (-(s.end_char - s.start_char), s.start)):
        tokens = set(range(span.start, span.end))
        if not tokens & taken:
            kept.append(span)
            taken |= tokens
    return sorted(kept, key=lambda s: s.start)


#: The lists of spans :func:`inside` was asked about (by ``id``, each kept with its length and,
#: from the second question about it, its index); a loop over values asks about the same few
#: lists of blocking spans for every value. Cleared when it holds :data:`MAX_INSIDE_LISTS`.
_INSIDE: dict[int, tuple[list[Span], int, Any]] = {}
MAX_INSIDE_LISTS = 8


def inside(span: Span, others: Iterable[Span]) -> bool:
    """Whether ``span`` lies within (or overlaps) any of ``others``.

    Asked again and again about one list, the answer comes from an index of it (by bisection:
    the spans starting before ``span`` ends, and the furthest end among them) instead of a scan."""
    entry = _INSIDE.get(id(others)) if isinstance(others, list) else None
    if entry is None or entry[0] is not others or entry[1] != len(others):
        if isinstance(others, list):
            if len(_INSIDE) >= MAX_INSIDE_LISTS:
                _INSIDE.clear()
            _INSIDE[id(others)] = (others, len(others), None)
        return any(span.start_char < other.end_char and other.start_char < span.end_char for other in others)
    index = entry[2]
    if index is None:
        ordered = sorted((other.start_char, other.end_char) for other in others)
        furthest, ends = -1, []
        for _, end_char in ordered:
            furthest = max(furthest, end_char)
            ends.append(furthest)
        index = ([start_char for start_char, _ in ordered], ends)
        _INSIDE[id(others)] = (others, len(others), index)
    starts, furthest_ends = index
    before_end = bisect_left(starts, span.end_char)  # the spans that start before ``span`` ends
    return before_end > 0 and furthest_ends[before_end - 1] > span.start_char


#: The tokens that end a clause within a sentence.
CLAUSE_BREAKS = frozenset({";", ":"})


#: Opening and closing brackets, paired by kind.
_ASIDE_OPENERS = {"(": ")", "[": "]"}
_ASIDE_CLOSERS = frozenset(_ASIDE_OPENERS.values())
#: The hyphens that join the parts of a word (``X-treated``, ``2-year``).
HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def closing_bracket(doc: Doc, opening: int, stop: int) -> int | None:
    """The index of the bracket that closes the one (``(`` or ``[``) opened at token ``opening``,
    before token ``stop``; ``None`` where it does not close there."""
    close = _ASIDE_OPENERS[doc[opening].text]
    depth = 0
    for k in range(opening, stop):
        if doc[k].text == doc[opening].text:
            depth += 1
        elif doc[k].text == close:
            depth -= 1
            if depth == 0:
                return k
    return None


#: The most tokens of a bracket read as a value's own interval aside (``(95% CI: 12-30%)``); a longer
#: bracket, or an unclosed one, is no aside.
MAX_ASIDE_TOKENS = 40
#: The most tokens between a value's number and the bracket of its interval (``2.2 months (95% CI: ...)``).
ASIDE_AFTER_NUMBER_TOKENS = 2
#: What makes a bracket an interval: its name, or two numbers joined as a range (``1.3-3.1``, ``62 to 71``).
_INTERVAL_ASIDE = compile_pattern(rf"(?i)\bCI\b|\bconfidence interval|\d\s*%?\s*(?:{RANGE_DASH}|to)\s*{MINUS}?\d")


def _aside_of_breaks(doc: Doc) -> dict[int, tuple[int, int]]:
    """Each clause break inside a value's own interval aside: a bracket that opens at most
    :data:`ASIDE_AFTER_NUMBER_TOKENS` tokens after a number, closes within :data:`MAX_ASIDE_TOKENS`
    and holds an interval (``86% (95% CI: 77-92%)``, ``HR 0.4 (95% CI, 0.2-0.8; p = .02)``): the
    indices of that bracket's opening and closing tokens. Found once per doc from the brackets' and
    breaks' positions (no walk over every token)."""
    if _SPANS["doc"] is not doc:
        _SPANS["doc"], _SPANS["lists"] = doc, {}
    found = _SPANS["lists"].get("aside-breaks")
    if found is None:
        pairs, stack = [], []
        for i in token_positions(doc, frozenset(_ASIDE_OPENERS) | _ASIDE_CLOSERS):
            text = doc[i].text
            if text in _ASIDE_OPENERS:
                stack.append(i)
            elif stack and _ASIDE_OPENERS[doc[stack[-1]].text] == text:
                opened = stack.pop()
                if i - opened <= MAX_ASIDE_TOKENS:
                    pairs.append((opened, i))
        found = {}
        for at in token_positions(doc, CLAUSE_BREAKS):
            holding = [(o, c) for o, c in pairs if o < at < c]
            if not holding:
                continue
            opened, closed = max(holding)  # the innermost: the last to open
            if any(doc[j].like_num for j in range(max(0, opened - ASIDE_AFTER_NUMBER_TOKENS), opened)) \
                    and _INTERVAL_ASIDE.search(doc[opened:closed + 1].text):
                found[at] = (opened, closed)
        _SPANS["lists"]["aside-breaks"] = found
    return found


def clause_bounds(sentence: Span, token_index: int) -> tuple[int, int]:
    """Token range of the clause of ``sentence`` around ``token_index``, split at ``;`` and ``:``
    (the nearest break before the token and the nearest at or after it, by bisection). A break
    inside a value's interval aside splits only that bracket: ``86% (95% CI: 77-92%) in the X group``
    is one clause around ``86%`` (:func:`_aside_of_breaks`); ``(A, 12%; B, 20%)`` is two."""
    start, end = sentence.start, sentence.end
    breaks = token_positions(sentence.doc, CLAUSE_BREAKS)
    asides = _aside_of_breaks(sentence.doc)

    def splits(at: int) -> bool:
        aside = asides.get(at)
        return aside is None or aside[0] < token_index < aside[1]

    before = bisect_left(breaks, token_index) - 1
    while before >= 0 and breaks[before] >= sentence.start and not splits(breaks[before]):
        before -= 1
    if before >= 0 and breaks[before] >= sentence.start:
        start = breaks[before] + 1
    after = bisect_left(breaks, token_index)
    while after < len(breaks) and breaks[after] < sentence.end and not splits(breaks[after]):
        after += 1
    if after < len(breaks) and breaks[after] < sentence.end:
        end = breaks[after]
    return start, end


def clean(text: str) -> str:
    """Collapse whitespace and trim surrounding punctuation of an extracted phrase."""
    return WHITE_SPACE_RUN.sub(" ", text).strip(" ,;:.()[]\"'\u201c\u201d\u2018\u2019")


#: A word of a long form, as :func:`short_form_of` reads it: a run of letters and digits.
_LONG_FORM_WORD = compile_pattern(r"[a-z0-9]+")


def short_form_of(short: str, long: str) -> bool:
    """Whether ``short`` can be the short form of ``long``, as Schwartz and Hearst (2003) test a
    candidate, on its letters: they come in order in ``long``, the first opening one of its words
    (a run of letters and digits) and the others after it. ``SF`` of ``sevoflurane-fentanyl``,
    ``BCS`` of ``breast conservation surgery``, ``C`` of ``Cocculine``; not ``HR`` of ``placebo``,
    nor ``DD`` of ``groups``, nor ``CAP`` of ``scalp cooling`` (its ``c`` opens ``cooling``). The
    arms fact reads a group's short name by it, the outcome linkers a bracket's short form."""
    letters = [c for c in short.lower() if c.isalpha()]
    text = long.lower()
    first = next((word.start() for word in _LONG_FORM_WORD.finditer(text) if letters and word.group().startswith(letters[0])),
                 None)
    if first is None:
        return False
    at = first
    for letter in letters:
        at = text.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def heading_sentence(doc: Doc, sentence: Span) -> bool:
    """A heading or title line (given by the reader, or the article's first line), or a line that
    links to another page (``Related: ...``: ``trialnews.reading.kind.link_lines``)."""
    given, links = doc.user_data.get("headings") or (), doc.user_data.get("link_lines") or ()
    if not given and not links:
        return False
    if _SPANS["doc"] is not doc:
        _SPANS["doc"], _SPANS["lists"] = doc, {}
    # The answers per sentence, kept with the lists they were read from (the readers ask about one
    # sentence many times): read again when either list is another or has changed.
    kept = _SPANS["lists"].get("headings")
    if kept is None or kept[0] is not given or kept[1] is not links or kept[2] != len(given) + len(links):
        kept = _SPANS["lists"]["headings"] = (given, links, len(given) + len(links), {})
    answers = kept[3]
    found = answers.get((sentence.start_char, sentence.end_char))
    if found is None:
        text = text_of(doc)
        end_char = len(text[sentence.start_char:sentence.end_char].rstrip()) + sentence.start_char  # not the blank lines
        found = answers[sentence.start_char, sentence.end_char] = any(
            start <= sentence.start_char and end_char <= end for start, end in (*given, *links))
    return found


@cache
def dated_words(months: str = "months.txt", weekdays: str = "weekdays.txt") -> str:
    """A regex (no groups, no flags: the caller's ``(?i)``) of the words that date another paper
    before its noun or its journal: "a 2012", "an October 2006", "one 2009", "that 2006". The one
    builder of :func:`dated_study` and the citation fact's dated paper before a journal."""
    dates = alternation(load_lexicon(months) + load_lexicon(weekdays))
    return rf"\b(?:a|an|one|that)\s+(?:(?:{dates})\.?\s+)?(?:19|20)\d{{2}}"


#: Nouns after a placebo or sham that make it a phenomenon, not a group or a control: "the placebo
#: effect", "a placebo response".
PLACEBO_EFFECT_NOUNS = "placebo_effect_nouns.txt"
#: The labels of a dummy control arm (``patterns/dummy_control_labels.txt``: placebo, sham).
DUMMY_CONTROL_LABELS = "dummy_control_labels.txt"
#: Forms of *be* (``patterns/be_forms.txt``), read by the trial fact and the value linkers.
BE_FORMS = "be_forms.txt"


def names_an_effect(doc: Doc, end: int) -> bool:
    """Whether the word at ``end``, after a placebo or sham, makes it an effect
    (``placebo_effect_nouns.txt``: "could be a placebo effect"); arms.py and assemble.py read it."""
    return end < len(doc) and doc[end].lower_ in word_set(PLACEBO_EFFECT_NOUNS)


@cache
def dated_study(months: str = "months.txt", weekdays: str = "weekdays.txt",
                nouns: str = "dated_study_nouns.txt") -> re.Pattern[str]:
    """Another study named by its date: "a 2008 report in X", "an October 2006 report in X", "one
    2009 study of 199 patients", "that 2006 trial" (this trial's paper is "the new study", "the March issue"); the
    citation and the results facts both read it."""
    names = alternation(load_lexicon(nouns))
    return compile_pattern(rf"(?i){dated_words(months, weekdays)}\s+(?:\w+\s+)?{names}\b")
