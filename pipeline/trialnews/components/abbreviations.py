"""scispaCy's abbreviation detector (Schwartz & Hearst, 2003), kept as plain data.

``progression-free survival (PFS)`` makes ``PFS`` and its long form one endpoint. The detector's
own output (spans with a ``long_form`` extension) does not survive ``nlp.pipe(n_process=...)``,
so this wrapper stores the pairs as ``doc.spans["ABBREVIATION"]``: every short-form occurrence,
labelled with its long form.

The algorithm is scispaCy's (``scispacy.abbreviation``): its ``filter_matches`` picks the
bracketed candidates, its ``find_abbreviation`` runs Schwartz & Hearst's walk, and each short
form then marks every occurrence of its tokens. By default (``candidates="tokens"``) the two
token searches around those calls are made on the doc's ``ORTH`` array instead of with the two
spaCy ``Matcher`` objects of scispaCy's ``AbbreviationDetector``: its ``( + )`` pattern returns
every bracket pair of the doc (most longer than the eight words the filter keeps), and its
per-document matcher of short forms is rebuilt and emptied on every doc. The output is the same
(checked on every FakeHealth and news-dev article); ``candidates="scispacy"`` runs scispaCy's
``AbbreviationDetector`` itself.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..errors import Errors, TrialnewsError
from .guard import Guarded

CANDIDATES = ("tokens", "scispacy")
"""How candidates are gathered: by scanning the doc's tokens (default), or with scispaCy's
``AbbreviationDetector`` and its matchers. Both give the same spans."""

MAX_BRACKETED_WORDS = 8
"""scispaCy's ``filter_matches`` drops bracketed text longer than this (in tokens)."""

OPEN, CLOSE = get_string_id("("), get_string_id(")")


class Abbreviations(Guarded):
    def __init__(self, nlp: Language, name: str, *, candidates: str = "tokens") -> None:
        if candidates not in CANDIDATES:
            raise TrialnewsError(Errors.E209, stage="config", value=candidates, setting="candidates", component=name,
                                 allowed=", ".join(CANDIDATES))
        from scispacy.abbreviation import AbbreviationDetector, filter_matches, find_abbreviation

        self.name = name
        self.candidates = candidates
        self.filter_matches = filter_matches
        self.find_abbreviation = find_abbreviation
        if candidates == "scispacy":
            self.detector = AbbreviationDetector(nlp, name=name, make_serializable=False)

    def process(self, doc: Doc) -> None:
        if self.candidates == "scispacy":
            self._process_with_detector(doc)
            return
        orth_array = doc.to_array([ORTH])
        orths = orth_array.tolist()
        definitions: dict[Span, list[Span]] = {}
        seen_long: set[str] = set()
        seen_short: set[str] = set()
        for long_candidate, short_candidate in self.filter_matches(bracketed(orths, orth_array), doc):
            short, long = self.find_abbreviation(long_candidate, short_candidate)
            if long is None or long.text in seen_long or short.text in seen_short:
                continue
            seen_long.add(long.text)
            seen_short.add(short.text)
            definitions[long] = [short]
        # Every occurrence of a short form's tokens (as scispaCy's global matcher finds them).
        found_at: dict[tuple[int, ...], list[int]] = {}
        for long, (short,) in list(definitions.items()):
            key = tuple(orths[short.start:short.end])
            if key not in found_at:
                found_at[key] = occurrences(orths, key, orth_array)
            definitions[long] += [doc[start:start + len(key)] for start in found_at[key]]
        labels: dict[tuple[int, int], str] = {}
        shorts: list[tuple[int, int]] = []
        for long, found in definitions.items():
            for short in dict.fromkeys(found):
                labels[short.start, short.end] = long.text
                shorts.append((short.start, short.end))
        doc.spans["ABBREVIATION"] = sorted((Span(doc, start, end, label=labels[start, end]) for start, end in shorts),
                                           key=lambda s: s.start)

    def _process_with_detector(self, doc: Doc) -> None:
        self.detector(doc)
        found = [Span(doc, short.start, short.end, label=short._.long_form.text) for short in doc._.abbreviations]
        doc.spans["ABBREVIATION"] = sorted(found, key=lambda s: s.start)
        doc._.abbreviations = []
        # The detector also leaves a ``Span._.long_form`` value (a Span) per short form in
        # ``doc.user_data``; spans cannot cross to the parent process, so drop them.
        for key in [k for k in doc.user_data if isinstance(k, tuple) and len(k) > 1 and k[1] == "long_form"]:
            del doc.user_data[key]


def bracketed(orths: list[int], orth_array: numpy.ndarray | None = None) -> list[tuple[int, int, int]]:
    """The insides of bracket pairs, as scispaCy's ``[{"ORTH": "("}, {"OP": "+"}, {"ORTH": ")"}]``
    Matcher finds them (brackets removed, in its order: by closing bracket, then innermost
    first), keeping only those short enough for ``filter_matches``. ``orth_array``, the doc's
    ORTH array, lets numpy find the brackets (a few tokens in a thousand) instead of a walk over
    every token."""
    opens: list[int] = []
    found = []
    if orth_array is None:
        marks: Iterable[int] = range(len(orths))
    else:
        marks = numpy.flatnonzero((orth_array == numpy.uint64(OPEN)) | (orth_array == numpy.uint64(CLOSE))).tolist()
    for i in marks:
        orth = orths[i]
        if orth == CLOSE:
            for start in reversed(opens):
                if i - start - 1 > MAX_BRACKETED_WORDS:
                    break
                if start < i - 1:
                    found.append((OPEN, start + 1, i))
        if orth == OPEN:
            opens.append(i)
    return found


def occurrences(orths: list[int], key: tuple[int, ...], first_at: numpy.ndarray | None = None) -> list[int]:
    """Token indices where the token sequence ``key`` (ORTH values) occurs; ``first_at``, the
    doc's ORTH array, lets numpy find the candidates for its first token."""
    first, size = key[0], len(key)
    candidates = range(len(orths)) if first_at is None else numpy.flatnonzero(first_at == numpy.uint64(first)).tolist()
    return [i for i in candidates if orths[i] == first and tuple(orths[i:i + size]) == key]


@Language.factory("trialnews_abbreviations", assigns=["doc.spans"], requires=["token.is_sent_start"],
                  default_config={"candidates": "tokens"})
def make_abbreviations(nlp: Language, name: str, candidates: str) -> Abbreviations:
    """Short forms and their long forms (``PFS`` = ``progression-free survival``) in ``doc.spans``."""
    return Abbreviations(nlp, name, candidates=candidates)
