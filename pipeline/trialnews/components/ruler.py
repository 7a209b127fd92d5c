"""The fact ruler: every rule of ``patterns/*.jsonl`` applied to the whole doc in one pass.

Rules are written as ``SpanRuler`` saves them, one JSON object per line: ``{"label", "pattern",
"id"}``. A string pattern goes to the PhraseMatcher (matched on lower-case text), a list of token
dicts to the Matcher, and ``{"regex": "..."}`` to a regular expression over the text (for the
micro-syntax of numbers that tokenization splits unevenly: ``P=.17``, ``0.61–0.85``, ``n=21``).
``{"lexicon": "file.txt"}`` adds every entry of a word list to the PhraseMatcher.
Regexes may use the placeholders ``{NUM}`` (a number in digits), ``{NUMWORD}`` (a number in
words), ``{NUMBER}`` (either), ``{LEX:file.txt}`` (any entry of a word list), ``{DASH}`` (a dash
joining a range's numbers) and ``{LEVEL}`` (a confidence level's number: ``trialnews.intervals``). A regex
with a group named ``span`` marks only that group (the rest is context). ``{"regex": ..., "gate": "..."}``
gives beside it a regex for a part every match holds (``" by`` after a quoted title): a text where
the gate does not match is not scanned by the rule (:class:`trialnews.scanning.ContainedScanner`; its
placeholders are expanded as the regex's). Matches go to ``doc.spans[label]`` with ``span.id_`` set to
the rule's id, so that every value can say which rule found it. Regexes run through
``trialnews.scanning``'s scanners (see :func:`make_scanner`): the same matches, trying only positions
where one can start.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup

from ..facts.common import keep_sorted_spans
from ..intervals import fill as fill_intervals
from ..reading.doctext import text_of
from .guard import Guarded
from ..scanning import (COMPILED, MIN_PREFIX, AnchoredScanner, Anchors, CapitalScanner, ContainedScanner, LowerText,
                        PrefixScanner,
                        RequiredScanner, Scanner, WordSuffixScanner, ahocorasick, alternation, anchored_starts,
                        capital_led, punctuation_only, required_literals, shifted_literal_starts, starts_after_no_word,
                        starts_only_with, word_suffixes)
from ..resources import load_json, load_jsonl, load_lexicon
from ..scanning import compile_pattern

DEFAULT_RULE_FILES = ("trial.jsonl", "numbers.jsonl", "statistics.jsonl", "arms.jsonl", "endpoints.jsonl",
                      "sizes.jsonl", "citation.jsonl", "conclusions.jsonl")
#: Thousands groups after the first one in a number written with separators (``1,234,567`` has
#: two): five reach 10^18, beyond any count a float holds exactly. Bounded, so that a long run of
#: ``123 123 123 ...`` is not re-read to its end from every digit (quadratic); a run with more
#: groups is read as separate numbers (a grouped number neither stops before another group nor
#: starts after one), never cut into a number that was not written.
MAX_THOUSANDS_GROUPS = 5
_GROUPS = f"{{1,{MAX_THOUSANDS_GROUPS}}}"
_SPACES = "[ \u00a0\u2009\u202f]"

def _not_after_a_group(separator: str) -> str:
    """Not right after a number of one to three digits and ``separator``: inside a run of groups."""
    return "".join(rf"(?<!(?<!\d)\d{{{width}}}{separator})" for width in (1, 2, 3))


NUM = (rf"(?:[-\u2212]?(?:{_not_after_a_group(',')}\d{{1,3}}(?:,\d{{3}}){_GROUPS}(?!,\d{{3}}(?!\d))"
       rf"|{_not_after_a_group(_SPACES)}\d{{1,3}}(?:{_SPACES}\d{{3}}){_GROUPS}(?![\d.,])(?!{_SPACES}\d{{3}}(?!\d))"
       r"|\d+)(?:[.\u00b7]\d+)?|[.\u00b7]\d+)")

#: Where a number of :data:`NUM` starts: this matches at a position exactly where ``NUM`` does
#: (every alternative of ``NUM`` begins with an optional minus sign and a digit, or a decimal point
#: and a digit, and its alternative ``\d+`` has no look-around), without reading the number to its
#: end: the rules' number anchors (:class:`trialnews.scanning.Anchors`) read ``NUM`` from every
#: digit, which was quadratic in a long run of digits.
NUM_START = r"[-\u2212]?\d|[.\u00b7]\d"


@cache
def number_word_regex() -> str:
    """``fifty-seven``, ``Twenty one``, ``one hundred and five``: built from ``patterns/numbers.json``."""
    words = load_json("numbers.json")
    units = sorted((w for w in words["units"] if " " not in w and w not in ("a", "an")), key=len, reverse=True)
    tens = sorted(words["tens"], key=len, reverse=True)
    unit = alternation(units)
    ten = alternation(tens)
    below_hundred = rf"(?:{ten}(?:[\s-]{unit})?|{unit})"
    below_thousand = rf"{below_hundred}(?:[\s-]+hundred(?:[\s-]+(?:and\s+)?{below_hundred})?)?"
    return rf"(?i:\b{below_thousand}(?:[\s-]+thousand(?:[\s-]+(?:and\s+)?{below_thousand})?)?\b)"


_LEXICON_SLOT = compile_pattern(r"\{LEX:([\w.:-]+)\}")  # "{LEX:units.json:DURATION}": see ``load_lexicon``


def lexicon_regex(name: str) -> str:
    """An alternation of a lexicon file's entries, longest first, each escaped (as a trie)."""
    return alternation(load_lexicon(name))


#: Private-use characters standing for the number slots when the shape of a rule is read.
_NUM_MARK, _NUMWORD_MARK, _LEXICON_MARK = "\ue000", "\ue001", "\ue002"


#: A word list of at most this many entries stands in the shape of a rule as its entries (below).
SPELLED_LEXICON = 24


def _lexicon_shape(slot: re.Match[str]) -> str:
    """A ``{LEX:...}`` slot as the shape of a rule reads it: a short list as its entries, so that
    its words count as literals a match starts with or needs (``gap``, ``difference`` of
    ``between_group_nouns.txt``), a longer one as one private-use character (parsed faster)."""
    entries = load_lexicon(slot.group(1))
    if len(entries) > SPELLED_LEXICON:
        return _LEXICON_MARK
    return "(?:" + "|".join(re.escape(entry) for entry in entries) + ")"


@cache
def _marked(pattern: str) -> str:
    """A regex rule with each number placeholder replaced by one private-use character, and each
    word list by its entries (a short one) or one private-use character (a long one)."""
    marked = fill_intervals(_LEXICON_SLOT.sub(_lexicon_shape, pattern)).replace("{NUMBER}", f"(?:{_NUM_MARK}|{_NUMWORD_MARK})")
    return marked.replace("{NUM}", _NUM_MARK).replace("{NUMWORD}", _NUMWORD_MARK)


def number_led(pattern: str) -> bool:
    """Whether every match of a regex rule starts with its ``{NUM}``, ``{NUMWORD}`` or
    ``{NUMBER}`` slot (after look-behinds): such rules are tried only where a number starts."""
    try:
        return starts_only_with(_marked(pattern), _NUM_MARK + _NUMWORD_MARK)
    except re.error:
        return False


def rule_starts(pattern: str) -> tuple[frozenset[str], frozenset[int]] | None:
    """The literal strings every match of a regex rule starts with, and how far from its start
    a match can instead have a number (its ``{NUM}``, ``{NUMWORD}`` or ``{NUMBER}`` slot, or
    ``\\d``): ``about 40%`` and ``40%`` (at 0) for ``(?:(?:about|nearly)\\s+)?{NUM}%``, ``Q4W`` (at 1)
    for ``Q{NUM}W``; a single letter before white space starts with each two characters it and a
    white-space character make (``a year and a half``: ``a``, ``a\t``...). ``None`` when some match
    can start otherwise (see ``trialnews.scanning.anchored_starts``)."""
    try:
        return anchored_starts(_marked(pattern), anchor_chars=_NUM_MARK + _NUMWORD_MARK, digits_anchored=True,
                               spaced_letters=True)
    except re.error:
        return None


def make_scanner(pattern: str, *, number_starts: Anchors,
                 lower: LowerText) -> Scanner | AnchoredScanner | PrefixScanner | WordSuffixScanner | RequiredScanner:
    """The fastest exact scanner for a regex rule, run only on a text that holds a literal every
    match needs (:class:`RequiredScanner`: ``half`` for ``two and a half years``), if it has one.
    The scanner itself: tried only where a number starts
    (:class:`AnchoredScanner`), or only where one of its literal starts or a number is, or a
    literal a fixed distance after the start (``a half``: two characters before ``half``)
    (:class:`PrefixScanner`), or only at words ending in one of its literal suffixes (a whole word of
    letters: :class:`WordSuffixScanner`), or skipping positions where no match can start (:class:`Scanner`).
    Every number position is an anchor, every digit included (``{NUM}`` matches at any digit)."""
    scanner = _scanner(pattern, number_starts=number_starts, lower=lower)
    # Read from the rule with its placeholders as single characters: the same literals (a
    # placeholder is a sub-pattern that adds none), parsed in a tenth of the time.
    marked = _marked(pattern)
    exact = required_literals(marked, exact=True)
    if exact is not None and all(any(char.isupper() for char in literal) for literal in exact):
        # Written in capitals (``NCT``, ``ISRCTN``, ``NTR``): rarer than their lower-case form
        # (``ntr`` is in ``control``), so looked for in the text itself.
        return RequiredScanner(scanner, exact, lower=lower, exact=True)
    required = required_literals(marked)
    if required is None:
        # A rule every match of which needs a punctuation mark (``=`` in ``n = 24``, ``/`` in
        # ``12/40``): looked for in the text itself (the same in either case), skipped without it.
        marks = required_literals(marked, punctuation=True)
        if marks is not None and all(map(punctuation_only, marks)):
            return RequiredScanner(scanner, marks, lower=lower, exact=True)
    return scanner if required is None else RequiredScanner(scanner, required, lower=lower)


def _scanner(pattern: str, *, number_starts: Anchors,
             lower: LowerText) -> Scanner | AnchoredScanner | PrefixScanner | WordSuffixScanner:
    source = expand(pattern)
    # Read from the rule with its placeholders as single characters (as below): parsed faster.
    word_start = starts_after_no_word(_marked(pattern))
    if number_led(pattern):
        return AnchoredScanner(source, number_starts, word_start=word_start)
    starts = rule_starts(pattern)
    if starts is not None:
        prefixes, offsets = starts
        return PrefixScanner(source, prefixes, lower=lower, anchors=number_starts if offsets else None,
                             anchor_offsets=offsets, word_start=word_start)
    try:
        shifted = shifted_literal_starts(_marked(pattern))
    except re.error:
        shifted = None
    if shifted is not None:
        return PrefixScanner(source, (), lower=lower, shifted=shifted)
    suffixes = word_suffixes(source) if ahocorasick is not None else None
    if suffixes is not None and min(map(len, suffixes)) >= MIN_PREFIX:
        return WordSuffixScanner(source, suffixes, lower=lower)  # whole words ending in a stem ("-mab")
    scanner = Scanner(source)
    if scanner.skipping is None and capital_led(source):
        return CapitalScanner(source)  # tried at the capitals that start words ("acronym": "FDA", "mRNA-1273")
    return scanner


def expand(pattern: str) -> str:
    """Fill the placeholders of a regex rule: ``{NUM}``, ``{NUMWORD}``, ``{NUMBER}``, ``{LEX:file}``,
    ``{DASH}`` and ``{LEVEL}``."""
    words = number_word_regex()
    pattern = fill_intervals(_LEXICON_SLOT.sub(lambda slot: lexicon_regex(slot.group(1)), pattern))
    return pattern.replace("{NUMBER}", f"(?:{NUM}|{words})").replace("{NUM}", NUM).replace("{NUMWORD}", words)


def _ungated(scanner):
    """A rule's scanner without its gate (:class:`ContainedScanner`): the scanner it wraps."""
    return scanner.scanner if isinstance(scanner, ContainedScanner) else scanner


def _literals(*scanners: Scanner | AnchoredScanner | PrefixScanner | RequiredScanner | Anchors) -> set[str]:
    """The literal strings the scanners look for in the lower-cased text."""
    found: set[str] = set()
    for scanner in scanners:
        scanner = _ungated(scanner)
        if isinstance(scanner, RequiredScanner) and not scanner.exact:
            found.update(scanner.literals)
        scanner = getattr(scanner, "scanner", scanner)  # a RequiredScanner's own scanner
        if isinstance(scanner, PrefixScanner):
            found.update(scanner.prefixes)
            found.update(literal for literal, _ in scanner.shifted)
        elif isinstance(scanner, Anchors):
            found.update(scanner.literals)
    return found


def _text_order(span: Span) -> tuple[int, int]:
    """Spans in text order, the longer first among those starting at one token."""
    return span.start, -span.end


class FactRuler(Guarded):
    def __init__(self, nlp: Language, name: str, *, rule_files: Sequence[str]) -> None:
        self.name = name
        self.rule_files = tuple(rule_files)
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = Matcher(nlp.vocab)
        self.regexes: list[tuple[str, str, Scanner | AnchoredScanner | PrefixScanner | RequiredScanner]] = []
        lower = LowerText()
        number_starts = Anchors(NUM_START, number_word_regex(), lower=lower)  # the places where NUM matches
        self.labels: set[str] = set()
        phrases: dict[tuple[str, str], list[Doc]] = defaultdict(list)
        for rule in self._rules():
            label, pattern = rule["label"], rule["pattern"]
            rule_id = rule.get("id") or label
            key = f"{label}|{rule_id}"
            self.labels.add(label)
            if isinstance(pattern, str):
                phrases[(label, rule_id)].append(nlp.make_doc(pattern))
            elif isinstance(pattern, dict) and "lexicon" in pattern:
                phrases[(label, rule_id)].extend(nlp.make_doc(entry) for entry in load_lexicon(pattern["lexicon"]))
            elif isinstance(pattern, list):
                self.matcher.add(key, [pattern])
            else:
                scanner = make_scanner(pattern["regex"], number_starts=number_starts, lower=lower)
                if "gate" in pattern:  # a part every match holds: a text without it is not scanned
                    scanner = ContainedScanner(scanner, expand(pattern["gate"]))
                self.regexes.append((label, rule_id, scanner))
        lower.register(_literals(number_starts, *(scanner for _, _, scanner in self.regexes)))
        for _, _, scanner in self.regexes:
            scanner = _ungated(scanner)
            if isinstance(scanner, RequiredScanner) and not scanner.exact:
                scanner.registered = True  # its literals too: whether a text holds one is read from the pass
        #: Per regex rule: its label and id, its scanner (a gated one's own), whether it marks its
        #: ``span`` group only, and its gate (the :class:`RequiredScanner`, or ``None``): a gate is
        #: asked directly, so that a rule whose literals the text lacks costs one call.
        self._runs = [(label, rule_id, scanner if isinstance(scanner, ContainedScanner) else getattr(scanner, "scanner", scanner),
                       "span" in scanner.groupindex, scanner if isinstance(scanner, RequiredScanner) else None)
                      for label, rule_id, scanner in self.regexes]  # (a contained part's scanner asks its gate itself)
        for (label, rule_id), docs in phrases.items():
            self.phrase_matcher.add(f"{label}|{rule_id}", docs)
        COMPILED.save()  # the next process reads the rules' compiled patterns instead of compiling them

    def _rules(self) -> Iterable[dict]:
        for name in self.rule_files:
            yield from load_jsonl(name)

    def process(self, doc: Doc) -> None:
        found: dict[str, list[Span]] = defaultdict(list)
        strings = doc.vocab.strings
        matches = self.phrase_matcher(doc) + (self.matcher(doc) if len(self.matcher) else [])
        for match_id, start, end in matches:
            label, rule_id = strings[match_id].split("|", 1)
            found[label].append(Span(doc, start, end, label=label, span_id=rule_id))
        text = text_of(doc)
        for label, rule_id, regex, focus, gate in self._runs:
            if gate is not None and not gate.holds(text):
                continue
            for start, end, match in regex.finditer(text):
                if focus:
                    start, end = match.span("span")
                    if start < 0:
                        continue
                span = doc.char_span(start, end, label=label, alignment_mode="expand", span_id=rule_id)
                if span is not None and len(span):
                    found[label].append(span)
        for label in self.labels:  # some fifty labels, most of them with no span in a doc: kept lean
            marked = found.get(label)
            ordered = sorted(marked, key=_text_order) if marked else []
            group = SpanGroup(doc, name=label, spans=ordered)
            doc.spans[label] = group
            keep_sorted_spans(doc, label, ordered, group)  # read by the facts as they are, not made again


@Language.factory(
    "trialnews_ruler",
    assigns=["doc.spans"],
    default_config={"rule_files": list(DEFAULT_RULE_FILES)},
)
def make_ruler(nlp: Language, name: str, rule_files: list[str]) -> FactRuler:
    """Mark every rule match of the given ``patterns/`` files in ``doc.spans[label]``."""
    return FactRuler(nlp, name, rule_files=rule_files)
