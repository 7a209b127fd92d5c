"""``trialnews.scanning``: trie alternations and the skipping scanner find exactly
what the plain regexes find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialnews.components.ruler import DEFAULT_RULE_FILES, expand
from trialnews.scanning import Scanner, WordListScanner, alternation
from trialnews.resources import load_jsonl, load_lexicon, phrase_regex

ROOT = Path(__file__).resolve().parents[1]

TEXT = ("In the PHASE 3 trial, 412 adults (n=206 per arm) were randomized; seventy-five percent "
        "responded vs. 40.5% (P<.001; 95% CI, 0.61-0.85). Twenty one Patients, about one in five, "
        "had  Seventeen events over 12 months.\nBy Ann Lee\nLee AB, Chan C. A trial. Lancet 2020;1:2.\n"
        "\u201cIt works,\u201d said Dr. Lee. DOI 10.1000/xyz123. \u017fix \u212aelvin \u0130stanbul")

ALTERNATIONS = {
    "number words": ["seven", "seventeen", "seventy", "six", "sixteen", "sixty", "one", "on"],
    "shared prefixes": ["a", "ab", "abc", "abd", "b"],
    "punctuation": ["p<0.05", "p < .05", "95% ci", "(n=", "n ="],
    "case pairs": ["ACE", "ace inhibitor", "Ace"],
    "duplicates": ["one", "one", "ONE"],
}


@pytest.mark.parametrize("entries", ALTERNATIONS.values(), ids=ALTERNATIONS.keys())
@pytest.mark.parametrize("flags", ["", "(?i)"], ids=["case-sensitive", "ignorecase"])
@pytest.mark.parametrize("context", ["{}", r"\b{}\b", r"{}(?=\s)", r"(?:{})\s+[a-z]+", r"{}s?"])
def test_alternation_matches_the_flat_alternation(entries: list[str], flags: str, context: str) -> None:
    flat = "(?:" + "|".join(re.escape(e) for e in sorted(entries, key=len, reverse=True)) + ")"
    text = " ".join(entries) + " " + " ".join(e.upper() for e in entries) + " abd abcd p<0.05x " + TEXT
    expected = [m.span() for m in re.finditer(flags + context.format(flat), text)]
    assert [m.span() for m in re.finditer(flags + context.format(alternation(entries)), text)] == expected


def test_alternation_is_a_trie() -> None:
    assert alternation(["seven", "seventeen", "seventy"]) == "(?:seven(?:t(?:een|y))?)"


PHRASE_SENTENCES = (
    "In a previous  study and in earlier\ntrials, a study published last year found less; a study last week did not.",
    "At the conclusion of the trial, AT THE CONCLUSION, by the conclusion of it, until the conclusions of both.",
    "Another trial, another paper and other trials-in-progress; an analysis of previous work.",
)


@pytest.mark.parametrize("lexicon", ["other_studies.tsv:finding", "conclusion_time_phrases.txt", "limitation_cues.txt"])
@pytest.mark.parametrize("context", [r"(?i)\b{}\b", r"(?i){}\s+\w+", r"{}"])
def test_phrase_regex_matches_the_flat_phrase_list(lexicon: str, context: str) -> None:
    entries = sorted(dict.fromkeys(load_lexicon(lexicon)), key=len, reverse=True)
    flat = "(?:" + "|".join(re.escape(entry).replace(r"\ ", r"\s+") for entry in entries) + ")"
    trie = phrase_regex(lexicon)
    assert trie != flat  # a trie: each character read once (see ``alternation``)
    for text in PHRASE_SENTENCES:
        expected = [m.span() for m in re.finditer(context.format(flat), text)]
        assert [m.span() for m in re.finditer(context.format(trie), text)] == expected


PATTERNS = {
    "look-behind then number": r"(?<![\w.])\d+(?:\.\d+)?\s?%",
    "ignorecase words": r"(?i)\b(?:about|nearly)\s+\d+",
    "named span group": r"(?<![\w.])(?P<span>\d+)(?=\s+(?:patients|adults))",
    "optional first item": r"(?:\b\d{2}\s?%\s?)?(?:\bCI|[Cc]onfidence)\s*,?\s*\d",
    "multiline anchor": r"(?m)^By[ \t]+[A-Z]\w+",
    "starts with a class": r"[\u201c\"][^\u201c\u201d\"]{3,}?[\u201d\"]",
    "unbounded start": r".(?=\d{3})",
    "possibly empty": r"\d*",
    "back-reference": r"(\w)\1",
    "ignorecase folding": r"(?i)(?<!\w)(?:s|k|i)\w+",
    "overlapping starts": r"(?<!\d)\d+(?: \d+)*",
}


@pytest.mark.parametrize("pattern", PATTERNS.values(), ids=PATTERNS.keys())
def test_scanner_finds_what_finditer_finds(pattern: str) -> None:
    plain = re.compile(pattern)
    expected = [(m.start(), m.end(), m.span("span") if "span" in plain.groupindex else None)
                for m in plain.finditer(TEXT)]
    found = [(start, end, match.span("span") if "span" in plain.groupindex else None)
             for start, end, match in Scanner(pattern).finditer(TEXT)]
    assert found == expected


@pytest.mark.parametrize("pattern", [PATTERNS["unbounded start"], PATTERNS["possibly empty"],
                                     PATTERNS["back-reference"], PATTERNS["starts with a class"]])
def test_scanner_runs_some_patterns_as_they_are(pattern: str) -> None:
    assert Scanner(pattern).skipping is None


def test_scanner_skips_for_number_rules() -> None:
    assert Scanner(PATTERNS["look-behind then number"]).skipping is not None


def test_every_ruler_regex_on_the_seed_corpus() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus").glob("*.txt"))] + [TEXT]
    for name in DEFAULT_RULE_FILES:
        for rule in load_jsonl(name):
            if not (isinstance(rule["pattern"], dict) and "regex" in rule["pattern"]):
                continue
            source = expand(rule["pattern"]["regex"])
            plain, scanner = re.compile(source), Scanner(source)
            for text in texts:
                assert [(s, e) for s, e, _ in scanner.finditer(text)] == [m.span() for m in plain.finditer(text)], \
                    rule.get("id")


def test_no_character_beyond_the_bmp_lower_cases_into_it() -> None:
    """What ``scanning._lower_case_sources`` relies on to scan only the first 65,536 characters."""
    from _sre import unicode_tolower

    assert all(unicode_tolower(code) == code or unicode_tolower(code) >= 0x10000 for code in range(0x10000, 0x110000))


@pytest.mark.parametrize("letter, other", [("k", "\u212a"), ("i", "\u0130"), ("s", "\u017f"), ("K", "k")])
def test_ignorecase_letters_start_with_their_other_forms(letter: str, other: str) -> None:
    scanner = Scanner(rf"(?i)(?<!\w){letter}\w")
    assert scanner.skipping is not None
    assert [(s, e) for s, e, _ in scanner.finditer(f"x {other}a")] == [(2, 4)]


def test_rewritten_from_the_source_when_the_parse_tree_cannot_be_reused(fresh_compiled,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    scanning = fresh_compiled  # not read from the cache of compiled patterns

    def refuse(*args: object) -> None:
        raise TypeError("re internals changed")

    monkeypatch.setattr(scanning, "_compile_tree", refuse)
    pattern = PATTERNS["named span group"]
    scanner = Scanner(pattern)
    assert scanner.skipping is not None and scanner.skipping.pattern is not None
    assert [(s, e, m.span("span")) for s, e, m in scanner.finditer(TEXT)] == \
        [(m.start(), m.end(), m.span("span")) for m in re.finditer(pattern, TEXT)]


NUMBER = r"(?:\d+(?:\.\d+)?|(?i:\b(?:one|two|ten|twenty)\b))"
ANCHORED = {
    "look-behind then number": r"(?<![\w.])" + NUMBER + r"\s?(?:%|percent)",
    "named group around the number": r"(?<![\w.,])(?P<span>" + NUMBER + r")(?=\s+(?:patients|adults))",
    "number inside a number": r"(?<![\w.])" + NUMBER + r"\s+(?:of|in)\s+\d+",
    "ignorecase rule": r"(?i)(?<![\w.])" + NUMBER + r"\s+(?:months?|weeks?)",
}


@pytest.mark.parametrize("pattern", ANCHORED.values(), ids=ANCHORED.keys())
def test_anchored_scanner_finds_what_finditer_finds(pattern: str) -> None:
    from trialnews.scanning import AnchoredScanner, Anchors

    anchors = Anchors(NUMBER)
    text = TEXT + " 1,000 of 2,000 adults; Ten of twenty patients; 12 Months, 3.5% and one in 10 "
    expected = [(m.start(), m.end(), m.span("span") if "span" in m.re.groupindex else None)
                for m in re.finditer(pattern, text)]
    scanner = AnchoredScanner(pattern, anchors)
    found = [(s, e, m.span("span") if "span" in scanner.groupindex else None) for s, e, m in scanner.finditer(text)]
    assert found == expected and expected


@pytest.mark.parametrize("pattern, expected", [
    ("(?<![\\w.])\ue000\\s?%", True),
    ("(?<![\\w.])(?:\ue000|\ue001)\\s+of", True),
    ("(?:\ue000|\ue001)?\\s+of", False),
    ("\ue000%|about \ue000", False),
    ("(?i)\\b(?:about\\s+)?\ue001", False),
    ("\\b\ue000+", True),
])
def test_starts_only_with(pattern: str, expected: bool) -> None:
    from trialnews.scanning import starts_only_with

    assert starts_only_with(pattern, "\ue000\ue001") is expected


@pytest.mark.parametrize("rule, expected", [
    ("(?<![\\w.]){NUM}\\s?%", True),
    ("(?<![\\w.,$])(?P<span>(?:{NUM}|{NUMWORD}))(?=\\s+deaths)", True),
    ("(?<![\\w.]){NUMBER}[\\s-]?percentage[\\s-]points?\\b", True),
    ("(?i)\\b(?:ages?|aged)\\s+{NUMBER}", False),
    ("{LEX:populations.txt}\\s+{NUM}", False),
    ("(?<![\\w])[nN]\\s*=\\s*{NUM}", False),
])
def test_number_led_rules(rule: str, expected: bool) -> None:
    from trialnews.components.ruler import number_led

    assert number_led(rule) is expected


@pytest.mark.parametrize("pattern", PATTERNS.values(), ids=PATTERNS.keys())
def test_scanner_search_is_the_first_match(pattern: str) -> None:
    expected = re.search(pattern, TEXT)
    found = Scanner(pattern).search(TEXT)
    assert (found[:2] if found else None) == (expected.span() if expected else None)
    empty = Scanner(pattern).search("")
    assert (empty[:2] if empty else None) == (re.search(pattern, "").span() if re.search(pattern, "") else None)


# --- Literal starts and the prefix scanner ------------------------------------------------------

#: What ``\\s`` matches (all of it lies below U+3001: checked below).
WHITE_SPACE = "".join(chr(code) for code in range(0x3001) if re.match(r"\s", chr(code)))

PREFIXED = {
    "optional lead then number": r"(?i)(?<![\w.])(?:(?:about|nearly|just over|over)\s+)?" + NUMBER + r"\s?%",
    "optional lead then digits": r"(?i)\b(?:(?:about|some)\s+)?(?:\d+|one)\s+(?:in|of)\s+\d+",
    "ignorecase word list": r"(?i)\b(?:randomi[sz]ed|vs\.?|compared (?:with|to)|group|groups)\b",
    "case-sensitive words": r"\b(?:called|named|known as)\s+(?P<span>[A-Z]\w+)",
    "optional case pair": r"(?<![\w-])(?:[Aa]djusted\s+)?(?:hazard ratios?|HR|OR)\b\s*(?:of\s+)?\d+(?:\.\d+)?",
    "overlapping literals": r"(?i)ana|nan|an",
    "ignorecase folding": r"(?i)\b(?:sk|ki|is)\w*",
}
PREFIX_TEXT = (TEXT + " About 40% and nearly  one % ... just over 12 % over 7% vs. 8 compared to x, Randomised "
               "groups; called Xanax, named Alpha; Adjusted HR of 0.8, hazard ratio 1.2; banana Ana; SKIN skin "
               "\u017fkin \u212aid \u0130s \u0131s; about one in 5, some 3 of 10; a half, A\u00a0half, one-half, "
               "some two thirds, a\u2009half, halfway, ahalf; a year and a half, A\u2028month and a half, an\tyear and a "
               "half, one  month and a half, data year and a half, a-year and a half")


@pytest.mark.parametrize("text", [PREFIX_TEXT, PREFIX_TEXT.replace("\u017f", "s").replace("\u212a", "K")
                                  .replace("\u0130", "I").replace("\u0131", "i"), ""],
                         ids=["with case exceptions", "ascii", "empty"])
@pytest.mark.parametrize("pattern", PREFIXED.values(), ids=PREFIXED.keys())
def test_prefix_scanner_finds_what_finditer_finds(pattern: str, text: str) -> None:
    from trialnews.scanning import Anchors, LowerText, PrefixScanner, literal_starts

    marked = pattern.replace(NUMBER, "\ue000")
    starts = literal_starts(marked, anchor_chars="\ue000", digits_anchored=True)
    assert starts is not None
    prefixes, anchored = starts
    scanner = PrefixScanner(pattern, prefixes, lower=LowerText(), anchors=Anchors(NUMBER) if anchored else None)
    span = "span" in scanner.groupindex
    expected = [(m.start(), m.end(), m.span("span") if span else None) for m in re.finditer(pattern, text)]
    assert [(s, e, m.span("span") if span else None) for s, e, m in scanner.finditer(text)] == expected
    assert expected or not text


@pytest.mark.parametrize("pattern, expected", [
    (r"(?i)\b(?:about|nearly)\s+\d", ({"about", "nearly"}, False)),
    (r"(?i)(?:(?:about|over)\s+)?\ue000%", ({"about", "over"}, True)),
    (r"(?:(?:about|over)\s+)?\d+%", ({"about", "over"}, True)),
    (r"\b(?:arm|arms|army)\b", ({"arm"}, False)),
    (r"randomi[sz]ed", ({"randomis", "randomiz"}, False)),
    (r"(?:[Aa]djusted\s+)?HR\b", ({"adjusted", "hr"}, False)),
    (r"vs\.?|versus", ({"vs", "versus"}, False)),
], ids=["words", "lead then anchor", "lead then digit", "shorter covers longer", "class of letters",
        "optional case pair", "optional tail"])

def test_literal_starts(pattern: str, expected: tuple[set[str], bool]) -> None:
    from trialnews.scanning import literal_starts

    prefixes, anchored = literal_starts(pattern, anchor_chars="\ue000", digits_anchored=True)
    assert (set(prefixes), anchored) == expected


SPACED = r"(?i)\b(?:an?|one)\s+(?:year|month)s?\s+and\s+a\s+half\b"


@pytest.mark.parametrize("text", [PREFIX_TEXT, PREFIX_TEXT.replace("\u2028", " "), ""],
                         ids=["unicode spaces", "spaces", "empty"])
def test_a_single_letter_before_white_space_starts_with_the_pair(text: str) -> None:
    """A ruler's rule that starts with ``a`` and white space (``a year and a half``) is tried where
    ``a`` and a white-space character stand, and finds what ``finditer`` finds."""
    from trialnews.scanning import LowerText, PrefixScanner, anchored_starts, literal_starts

    prefixes, offsets = anchored_starts(SPACED, spaced_letters=True)
    assert set(prefixes) == {"an", "one", *("a" + char for char in WHITE_SPACE)} and offsets == frozenset()
    assert literal_starts(SPACED) is None  # (not without the flag)
    scanner = PrefixScanner(SPACED, prefixes, lower=LowerText())
    expected = [m.span() for m in re.finditer(SPACED, text)]
    assert [(start, end) for start, end, _ in scanner.finditer(text)] == expected
    assert len(expected) == (4 if text else 0)


@pytest.mark.parametrize("pattern", [
    r"\b[A-Z][a-z]+ (?:said|says)",  # a class of many letters first
    r"(?i)\b(?:one|a)[\s-]half",  # one entry is a single letter
    r"(?:about\s+)?\w+",  # may start with any word character
    r"(?:about)?",  # may be empty
    r"\d+%",  # digits, with no anchors for them
    r"(\w)\1",  # a back-reference
])
def test_literal_starts_refuses(pattern: str) -> None:
    from trialnews.scanning import literal_starts

    assert literal_starts(pattern) is None


def test_white_space_is_all_that_backslash_s_matches() -> None:
    """What a single letter's literal starts rely on: ``\\s`` matches exactly these characters, in the
    whole of Unicode, and each is its own lower case."""
    import sys

    from trialnews.scanning import _WHITE_SPACE

    assert _WHITE_SPACE == "".join(chr(code) for code in range(sys.maxunicode + 1) if re.match(r"\s", chr(code)))
    assert _WHITE_SPACE == WHITE_SPACE
    assert all(char.lower() == char for char in _WHITE_SPACE)


def test_case_exceptions_are_all_of_unicode_that_lower_cases_unevenly() -> None:
    """What ``LowerText`` relies on: outside ``CASE_EXCEPTIONS``, ``str.lower`` keeps every
    character one character long, makes no ASCII character from a non-ASCII one, and ``re``'s
    ``(?i)`` matches an ASCII character only against its own two cases."""
    from trialnews.scanning import CASE_EXCEPTIONS, _cases

    uneven = set()
    for code in range(0x80, 0x110000):
        lower = chr(code).lower()
        if len(lower) != 1 or ord(lower) < 0x80:
            uneven.add(chr(code))
    for code in range(0x80):
        uneven.update(chr(other) for other in _cases(code, True) if other >= 0x80)
    assert uneven == set(CASE_EXCEPTIONS)


def test_every_ruler_regex_through_its_scanner_on_the_seed_corpus() -> None:
    from trialnews.components.ruler import NUM, make_scanner, number_word_regex
    from trialnews.scanning import Anchors, LowerText

    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus").glob("*.txt"))]
    texts += [TEXT, PREFIX_TEXT]
    lower = LowerText()
    anchors = Anchors(NUM, number_word_regex(), lower=lower)
    for name in DEFAULT_RULE_FILES:
        for rule in load_jsonl(name):
            if not (isinstance(rule["pattern"], dict) and "regex" in rule["pattern"]):
                continue
            plain = re.compile(expand(rule["pattern"]["regex"]))
            scanner = make_scanner(rule["pattern"]["regex"], number_starts=anchors, lower=lower)
            for text in texts:
                assert [(s, e) for s, e, _ in scanner.finditer(text)] == [m.span() for m in plain.finditer(text)], \
                    rule.get("id")


ALTERNATIVES = {
    "digits and words": (r"\d+(?:\.\d+)?", r"(?i:\b(?:one|two|ten|twenty|seventy)\b)"),
    "a global flag": (r"(?i)\b(?:about|over)\b", r"\d"),
    "an unbounded start": (r"\w(?=\d)", r"(?i)\bs\w"),
    "one source": (NUMBER,),
    "many first letters": (r"\d", r"(?i)\b(?:" + "|".join(f"{letter}{letter}x" for letter in "abcdefghijklmnopqrstuvwxyz")
                           + r"|skin|kid|is)\b"),
}


@pytest.mark.parametrize("text", [PREFIX_TEXT + " aax BBX zzx", "", PREFIX_TEXT.replace("\u017f", "s").replace(
    "\u212a", "K").replace("\u0130", "I").replace("\u0131", "i") + " aax BBX zzx"],
                         ids=["with case exceptions", "empty", "ascii"])
@pytest.mark.parametrize("sources", ALTERNATIVES.values(), ids=ALTERNATIVES.keys())
@pytest.mark.parametrize("with_lower", [True, False], ids=["literal starts", "no literal starts"])
def test_anchors_of_alternatives_are_where_the_alternation_matches(sources: tuple[str, ...], text: str,
                                                                    with_lower: bool) -> None:
    from trialnews.scanning import Anchors, LowerText, _lookahead

    expected = sorted({m.start() for source in sources for m in _lookahead(source).finditer(text)})
    anchors = Anchors(*sources, lower=LowerText() if with_lower else None)
    assert anchors.positions(text) == expected
    assert anchors.positions(text) is anchors.positions(text)  # kept for the last text
    if not any(source.startswith("(?i)") for source in sources):  # as the alternation of the sources
        alternation = "|".join(f"(?:{source})" for source in sources)
        assert expected == [m.start() for m in re.finditer(f"(?=(?:{alternation}))", text)]


def test_anchors_use_literal_starts_where_they_cannot_skip() -> None:
    from trialnews.components.ruler import NUM, number_word_regex
    from trialnews.scanning import Anchors, LowerText

    anchors = Anchors(NUM, number_word_regex(), lower=LowerText())
    skipping, pattern, literals, _ = anchors._finders[1]
    assert skipping is None and pattern is not None and "twenty" in literals
    text = "Twenty-one of 40 (sixty-five percent), one hundred and five; someone \u017feven"
    assert anchors.positions(text) == sorted(
        {m.start() for m in re.finditer(f"(?=(?:{NUM}|{number_word_regex()}))", text)})


@pytest.mark.parametrize("pattern", [*PREFIXED.values(), *PATTERNS.values()], ids=[*PREFIXED, *PATTERNS])
def test_fast_scanner_finds_and_searches_as_re(pattern: str) -> None:
    from trialnews.scanning import LowerText, fast_scanner

    scanner = fast_scanner(pattern, lower=LowerText())
    for text in (PREFIX_TEXT, ""):
        assert [(s, e) for s, e, _ in scanner.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]
        found, expected = scanner.search(text), re.search(pattern, text)
        assert (found[:2] if found else None) == (expected.span() if expected else None)


def test_fast_scanner_uses_literal_starts() -> None:
    from trialnews.scanning import LowerText, PrefixScanner, Scanner, fast_scanner

    assert isinstance(fast_scanner(PREFIXED["ignorecase word list"], lower=LowerText()), PrefixScanner)
    assert type(fast_scanner(PATTERNS["unbounded start"], lower=LowerText())) is Scanner


SHIFTED = {
    "one letter then a class": r"(?i)\b(?:(?:about|some)\s+)?(?:(?:one|a)[\s-]half|half|two[\s-]thirds)\b",
    "a class then a word": r"\b(?:[A-Z]-arm|[Gg]roup\s+[A-D])\b",
    "one letter, any other, a word": r"(?i)\bn\W(?:of|in)\b|\bcases\b",
}


@pytest.mark.parametrize("text", [PREFIX_TEXT + " B-arm, group C, n. of, N.in, cases", "", "a-half A half ahalf"],
                         ids=["with case exceptions", "empty", "short"])
@pytest.mark.parametrize("pattern", SHIFTED.values(), ids=SHIFTED.keys())
def test_prefix_scanner_with_shifted_literals_finds_what_finditer_finds(pattern: str, text: str) -> None:
    from trialnews.scanning import LowerText, PrefixScanner, literal_starts, shifted_literal_starts

    assert literal_starts(pattern) is None
    shifted = shifted_literal_starts(pattern)
    assert shifted is not None and any(offset for _, offset in shifted)
    scanner = PrefixScanner(pattern, (), lower=LowerText(), shifted=shifted)
    assert [(s, e) for s, e, _ in scanner.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]
    ascii_text = text.replace("\u017f", "s").replace("\u212a", "K").replace("\u0130", "I").replace("\u0131", "i")
    assert [(s, e) for s, e, _ in scanner.finditer(ascii_text)] == [m.span() for m in re.finditer(pattern, ascii_text)]


@pytest.mark.parametrize("pattern, expected", [
    (r"(?i)\b(?:one|a)[\s-]half|half", {("one", 0), ("half", 0), ("half", 2)}),
    (r"\b[A-Z]-arm", {("-arm", 1)}),
    (r"x.y.zz", {("zz", 4)}),
])
def test_shifted_literal_starts(pattern: str, expected: set[tuple[str, int]]) -> None:
    from trialnews.scanning import shifted_literal_starts

    assert shifted_literal_starts(pattern) == expected


@pytest.mark.parametrize("pattern", [r"\b[A-Za-z][a-z]{2,}(?:mab|nib)\b", r"a\s+half", r"\d\d\d\d\d\d\d\d\d\dxx"])
def test_shifted_literal_starts_refuses_variable_or_long_distances(pattern: str) -> None:
    from trialnews.scanning import shifted_literal_starts

    assert shifted_literal_starts(pattern) is None


WORD_LISTS = {
    "heads": ["cancer", "cancers", "breast cancer", "HIV", "hepatitis", "hepatitis B", "pain"],
    "case pairs": ["PTSD", "ptsd", "Stroke"],
    "prefixes": ["heart", "heart failure", "heart attack", "he"],
}
WORD_TEXTS = {
    "plain": "Breast CANCER and cancers; HIV/AIDS, hepatitis b, Hepatitis Bx, heartburn, heart failure.",
    "inside words": "precancerous cancer_x x_cancer cancer-free 2cancer pain's PTSD-like",
    "case exceptions": "\u212aelvin cancer \u0130stanbul Stro\u212ae HIV \u017ftroke pain",
    "non-ASCII": "Schmerz pain\u00e9 \u00e9pain PAIN cancer\u00e9s",
}


@pytest.mark.parametrize("automaton", [True, False], ids=["aho-corasick", "regex"])
@pytest.mark.parametrize("words", WORD_LISTS.values(), ids=WORD_LISTS.keys())
@pytest.mark.parametrize("text", WORD_TEXTS.values(), ids=WORD_TEXTS.keys())
def test_word_list_scanner_finds_what_finditer_finds(words: list[str], text: str, automaton: bool,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from trialnews import scanning

    if not automaton:
        monkeypatch.setattr(scanning, "ahocorasick", None)  # as on an install without pyahocorasick
    elif scanning.ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    expected = [m.span() for m in re.finditer(rf"(?i)\b(?:{alternation(words)})\b", text + " " + TEXT)]
    scanner = WordListScanner(words)
    assert (scanner.automaton is not None) is (automaton and scanner.lowered is not None)
    assert [(start, end) for start, end, _ in scanner.finditer(text + " " + TEXT)] == expected


_WORD_FRAGMENTS = ["heart", " ", "failure", "he", "art", "_", "-", "HE", "\u00e9", "1", "attack", "s", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORD_FRAGMENTS), max_size=12).map("".join))
def test_word_list_scanner_finds_what_finditer_finds_on_any_text(text: str) -> None:
    words = WORD_LISTS["prefixes"]
    expected = [m.span() for m in re.finditer(rf"(?i)\b(?:{alternation(words)})\b", text)]
    assert [(start, end) for start, end, _ in WordListScanner(words).finditer(text)] == expected


def test_word_list_scanner_compares_lower_cased_text_for_plain_word_lists() -> None:
    assert WordListScanner(["cancer", "HIV"]).lowered is not None
    assert WordListScanner(["caf\u00e9"]).lowered is None  # not ASCII: the (?i) pattern runs as it is
    assert WordListScanner(["(n="]).lowered is None  # not a word at its edges


REQUIRED = {  # pattern: the most selective literals one of which every match holds
    r"(?<![\w.]){NUM}\s+and\s+a\s+half\s+years": {"years"},
    r"\b(?:NCT\d{8}|ISRCTN\d{8})\b": {"nct", "isrctn"},
    r"(?i)\b(?:about|nearly)\s+\d+\s+percent\b": {"percent"},
    r"\d+(?=\s+(?:patients|adults))": {"patients", "adults"},
    r"(?:half\s+)+\d+": {"half"},
    r"\b[Tt]rials?\s+\d+": {"trial"},  # a letter's two cases: the letter in the lower-cased text
    r"\b[Tp]rials?\s+\d+": {"rial"},  # (two letters: either may stand there)
}


@pytest.mark.parametrize("pattern,expected", REQUIRED.items(), ids=list(REQUIRED))
def test_required_literals_are_in_every_match(pattern: str, expected: set[str]) -> None:
    from trialnews.scanning import required_literals

    assert required_literals(pattern.replace("{NUM}", r"\d+")) == frozenset(expected)


NOT_REQUIRED = {
    "optional": r"(?:about\s+)?\d+%",
    "a branch without one": r"\b(?:NCT\d{8}|\d{4}-\d{6})\b",
    "too short": r"\d+\s?mg",
    "negative look-ahead": r"\d+(?!\s+percent)",
    "non-ASCII": "\u00e9t\u00e9",
}


@pytest.mark.parametrize("pattern", NOT_REQUIRED.values(), ids=NOT_REQUIRED.keys())
def test_required_literals_refuses(pattern: str) -> None:
    from trialnews.scanning import required_literals

    assert required_literals(pattern) is None


REQUIRED_TEXTS = ["Follow-up was two and a half years (NCT01234567).", "Follow-up was 2 years.",
                  "HALF of 12 patients \u212a", "nct0123456 isrctn12345678", "TRIALS 3 and Trial 4, not prial 5"]


@pytest.mark.parametrize("pattern", [*REQUIRED, *NOT_REQUIRED.values()])
@pytest.mark.parametrize("text", REQUIRED_TEXTS)
def test_required_scanner_finds_what_finditer_finds(pattern: str, text: str) -> None:
    from trialnews.scanning import LowerText, RequiredScanner, required_literals

    source = pattern.replace("{NUM}", r"\d+")
    scanner = RequiredScanner(Scanner(source), required_literals(source) or (), lower=LowerText())
    assert [(start, end) for start, end, _ in scanner.finditer(text + " " + TEXT)] == \
        [m.span() for m in re.finditer(source, text + " " + TEXT)]


CACHED_PATTERNS = [r"(?i)\b(?:about|nearly)\s+(?P<n>\d+)%", r"(?<![\w.])\d+(?:\.\d+)?\s?%", r"\bNCT\d{8}\b",
                   r"(?=(?:(?:one|a)[\s-]half))"]


def _not_called(*args: object) -> None:
    raise AssertionError("compiled again instead of read from the cache file")


@pytest.mark.parametrize("pattern", CACHED_PATTERNS)
def test_a_compiled_pattern_read_back_is_the_pattern_re_compiles(fresh_compiled, monkeypatch: pytest.MonkeyPatch,
                                                                 pattern: str) -> None:
    scanning = fresh_compiled
    scanning.compile_pattern(pattern)
    scanning.COMPILED.save()
    assert scanning.COMPILED.file().is_file()
    monkeypatch.setattr(scanning, "COMPILED", scanning.CompiledPatterns())  # a new process
    monkeypatch.setattr(scanning, "_arguments", _not_called)  # not compiled again: read from the file
    read = scanning.compile_pattern(pattern)
    expected = re.compile(pattern)
    assert (read.pattern, read.flags, read.groups, read.groupindex) == \
        (expected.pattern, expected.flags, expected.groups, expected.groupindex)
    text = "About 40% and nearly 12.5 % (NCT01234567), one half. " + TEXT
    assert [m.span() for m in read.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_scanners_read_back_find_what_finditer_finds(fresh_compiled, monkeypatch: pytest.MonkeyPatch) -> None:
    scanning = fresh_compiled
    sources = list(PATTERNS.values())
    for source in sources:
        Scanner(source)
    scanning.COMPILED.save()
    monkeypatch.setattr(scanning, "COMPILED", scanning.CompiledPatterns())
    monkeypatch.setattr(scanning, "_rewritten", _not_called)  # the skipping patterns come from the file
    for source in sources:
        assert [(s, e) for s, e, _ in Scanner(source).finditer(TEXT)] == [m.span() for m in re.finditer(source, TEXT)]


def test_an_unreadable_or_foreign_cache_is_compiled_again(fresh_compiled, monkeypatch: pytest.MonkeyPatch) -> None:
    import marshal

    scanning = fresh_compiled
    scanning.COMPILED.file().parent.mkdir(parents=True, exist_ok=True)
    scanning.COMPILED.file().write_bytes(b"not marshal")
    assert scanning.compile_pattern(r"\d+").findall("a 12 b 3") == ["12", "3"]
    key = "re\0" + "0\0" + r"\d+"
    scanning.COMPILED.file().write_bytes(marshal.dumps({key: (r"\d+", 32, [999, 1, 2], 0, {}, (None,))}))
    monkeypatch.setattr(scanning, "COMPILED", scanning.CompiledPatterns())
    assert scanning.compile_pattern(r"\d+").findall("a 12 b 3") == ["12", "3"]  # bad code refused, compiled again


def test_the_cache_keeps_only_the_patterns_in_use(fresh_compiled, monkeypatch: pytest.MonkeyPatch) -> None:
    import marshal

    scanning = fresh_compiled
    scanning.compile_pattern(r"\bold rule\b")
    scanning.COMPILED.save()
    monkeypatch.setattr(scanning, "COMPILED", scanning.CompiledPatterns())  # the rule was edited since
    scanning.compile_pattern(r"\bnew rule\b")
    scanning.COMPILED.save()
    kept = marshal.loads(scanning.COMPILED.file().read_bytes())
    assert [key.rsplit("\0", 1)[1] for key in kept] == [r"\bnew rule\b"]


# --- Speed work of issue 12: anchors after a one-letter lead, literals as written, one pass ---

ANCHOR_AFTER_LETTER = {
    "letter then number": r"(?i)\b(?:every\s+\ue000\s+weeks|Q\ue000W)\b",
    "letter then digits": r"\b(?:[Qq]\d+[Ww]|twice\s+weekly)\b",
    "number or letter then number": r"(?i)\b(?:for\s+)?(?:\ue000|x\ue000)\s*weeks?\b",
}
ANCHOR_TEXT = (PREFIX_TEXT + " Q4W, q2w, Q 4W, xQ4W, QQ2W, every 2 weeks, every two weeks, Q12W twice weekly "
               "x3 weeks, for 6 weeks, forx 2 weeks, \u212a2W")


@pytest.mark.parametrize("pattern", ANCHOR_AFTER_LETTER.values(), ids=ANCHOR_AFTER_LETTER.keys())
def test_prefix_scanner_with_anchors_after_a_letter_finds_what_finditer_finds(pattern: str) -> None:
    from trialnews.scanning import Anchors, LowerText, PrefixScanner, anchored_starts, literal_starts

    assert literal_starts(pattern, anchor_chars="\ue000", digits_anchored=True) is None  # "q" is too short
    prefixes, offsets = anchored_starts(pattern, anchor_chars="\ue000", digits_anchored=True)
    assert 1 in offsets
    source = pattern.replace("\ue000", NUMBER)
    scanner = PrefixScanner(source, prefixes, lower=LowerText(), anchors=Anchors(NUMBER), anchor_offsets=offsets)
    for text in (ANCHOR_TEXT, ANCHOR_TEXT.replace("\u212a", "K"), ""):
        assert [(s, e) for s, e, _ in scanner.finditer(text)] == [m.span() for m in re.finditer(source, text)]


@pytest.mark.parametrize("pattern, expected", [
    (r"(?i)\b(?:every|Q\ue000W)", ({"every"}, {1})),
    (r"\b(?:\ue000%|n\ue000)", (set(), {0, 1})),
    (r"(?:about\s+)?\ue000%", ({"about"}, {0})),
])
def test_anchored_starts(pattern: str, expected: tuple[set[str], set[int]]) -> None:
    from trialnews.scanning import anchored_starts

    prefixes, offsets = anchored_starts(pattern, anchor_chars="\ue000", digits_anchored=True)
    assert (set(prefixes), set(offsets)) == expected


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:NCT\d{8}|NTR\d{3,5}|ChiCTR-\d+)\b", {"NCT", "NTR", "ChiCTR-"}),
    (r"(?i:about\s+)?Journal of \w+", {"Journal of "}),
    (r"\d+(?=\s+(?:Patients|Adults))", {"Patients", "Adults"}),
    (r"caf\u00e9 (?:au|du) lait", {"caf\u00e9 "}),  # any character counts in the text as written
])
def test_exact_required_literals_are_in_every_match_as_written(pattern: str, expected: set[str]) -> None:
    from trialnews.scanning import required_literals

    assert required_literals(pattern, exact=True) == frozenset(expected)


@pytest.mark.parametrize("pattern", [r"(?i)\bNCT\d{8}", r"(?i:NCT|ISRCTN)\d+", r"\b(?:NCT\d{8}|\d{4}-\d{6})\b"])
def test_exact_required_literals_refuse_case_insensitive_or_missing_ones(pattern: str) -> None:
    from trialnews.scanning import required_literals

    assert required_literals(pattern, exact=True) is None


@pytest.mark.parametrize("pattern", [r"\b(?:NCT\d{8}|ISRCTN\d{8})\b", r"(?i:the\s+)?Journal of \w+"])
@pytest.mark.parametrize("text", [*REQUIRED_TEXTS, "NCT01234567 nct01234567 the Journal of Medicine, journal of x",
                                  "\u212a NCT12345678 \u0130"])
def test_exact_required_scanner_finds_what_finditer_finds(pattern: str, text: str) -> None:
    from trialnews.scanning import LowerText, RequiredScanner, required_literals

    scanner = RequiredScanner(Scanner(pattern), required_literals(pattern, exact=True), lower=LowerText(), exact=True)
    assert [(start, end) for start, end, _ in scanner.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]
    assert not scanner.holds(text.replace("NCT", "nct").replace("Journal", "journal"))


REGISTERED = ["in", "inc", "increase", "increased", "at", "-arm", "10. ", "treatmen", "ten"]


@pytest.mark.parametrize("automaton", [True, False], ids=["aho-corasick", "regex-pass"])
@pytest.mark.parametrize("text", [PREFIX_TEXT, "In increased incidence, at ten; the treatment-arm at 10. 12 intent",
                                  "", "inininin increaseincrease"])
def test_registered_literals_are_found_where_str_find_finds_them(text: str, automaton: bool,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from trialnews import scanning
    from trialnews.scanning import LowerText

    if not automaton:
        monkeypatch.setattr(scanning, "ahocorasick", None)  # as on an install without pyahocorasick
    elif scanning.ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    lower = LowerText()
    lower.register(REGISTERED)
    assert (lower._automaton is not None) is automaton and (lower._scan is not None) is not automaton
    lowered = text.lower()
    if not lower.reliable(text):
        return
    for literal in [*REGISTERED, "crea", "10."]:  # the last two are not registered: found with str.find
        expected = [i for i in range(len(lowered)) if lowered.startswith(literal, i)]
        assert lower.positions(text, literal) == expected, literal
    assert lower.starts(text, ["in", "at"]) == {i for i in range(len(lowered)) if lowered.startswith(("in", "at"), i)}
    for literals in (["in", "at"], ["increase", "ten", "-arm"], REGISTERED, ["10. "], [], ["crea", "in"]):
        # ["crea", "in"]: "crea" is not registered, and is found as starts() finds it
        assert lower.registered_starts(text, frozenset(literals)) == lower.starts(text, literals), literals


@pytest.mark.parametrize("automaton", [True, False], ids=["aho-corasick", "regex-pass"])
@pytest.mark.parametrize("text", ["In the trial, intake increased at ten weeks; at-home inhalers in 12 interns.",
                                  "At week 4 and at Week 12 the In-group had increases", "", "no literal here"])
def test_a_prefix_scanner_whose_prefixes_are_registered_finds_what_finditer_finds(
        text: str, automaton: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from trialnews import scanning
    from trialnews.scanning import LowerText, PrefixScanner

    if not automaton:
        monkeypatch.setattr(scanning, "ahocorasick", None)  # as on an install without pyahocorasick
    elif scanning.ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    pattern = r"(?i)\b(?:at|in)\s+(?:week|\d+)\b|\bincreas(?:ed|es)\b"
    lower = LowerText()
    scanner = PrefixScanner(pattern, ["at", "in", "increas"], lower=lower)
    unregistered = [(start, end) for start, end, _ in scanner.finditer(text)]
    lower.register(["at", "in", "increas", "week"])  # as the ruler registers its rules' literals
    assert scanner._prefixes_registered()
    assert (lower._automaton is not None) is automaton
    registered = [(start, end) for start, end, _ in scanner.finditer(text)]
    assert registered == unregistered == [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![\w.])\ue000%", True),
    (r"(?i)(?<![\w.])(?:\ue000|one)\s+weeks|(?<![\w,])(?P<span>\ue000)x", True),
    (r"(?:(?<!\w)\ue000)%", True),
    (r"\b\ue000%", False),  # \b before "-5" needs a word character before it
    (r"(?<![^\w])\ue000", False),  # a negated class: a word character is required
    (r"(?<![.])\ue000|(?<![\w.])\ue000x", False),  # one branch only
    (r"(?<=\s)\ue000", False),
    (r"(?i)\bphases?\s*[1-4]", True),  # \b before a letter: no word character before it
    (r"\b(?:at|in)\s+week", True),
    (r"\b\d+%", True),
    (r"\b(?:at|-)\s+week", False),  # \b before "-" needs a word character before it
    (r"\b(?:at)?\s+week", False),  # the word may be left out
    (r"\b\u00e9t\u00e9", False),  # not an ASCII word character: not a word one under (?a)
])
def test_starts_after_no_word(pattern: str, expected: bool) -> None:
    from trialnews.scanning import starts_after_no_word

    assert starts_after_no_word(pattern) is expected


WORD_GUARDED = {
    "percent": r"(?<![\w.])" + NUMBER + r"\s?%",
    "branches": r"(?i)(?<![\w.])(?:\d+|one)\s+(?:of|in)\s+\d+|(?<![\w,])(?P<span>\d+)(?=\s+patients)",
}


@pytest.mark.parametrize("pattern", WORD_GUARDED.values(), ids=WORD_GUARDED.keys())
def test_anchored_scanner_tried_at_word_starts_finds_what_finditer_finds(pattern: str) -> None:
    from trialnews.scanning import AnchoredScanner, Anchors

    scanner = AnchoredScanner(pattern, Anchors(NUMBER))
    assert scanner.word_start
    for text in (TEXT + " 2020% x12% _5% 3 of 10, 45 patients, one in 5, A4 patients, \u00e912%, 7%", ""):
        assert [(s, e) for s, e, _ in scanner.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]
    assert scanner.anchors.word_start_positions("x12 and 12") == [8]


@pytest.mark.parametrize("pattern", [*REQUIRED, *NOT_REQUIRED.values()])
@pytest.mark.parametrize("text", REQUIRED_TEXTS)
def test_required_scanner_reading_registered_literals_finds_what_finditer_finds(pattern: str, text: str) -> None:
    from trialnews.scanning import LowerText, RequiredScanner, required_literals

    source = pattern.replace("{NUM}", r"\d+")
    lower = LowerText()
    literals = required_literals(source) or ()
    lower.register([*literals, "in", "half of"])
    scanner = RequiredScanner(Scanner(source), literals, lower=lower)
    scanner.registered = True
    assert [(start, end) for start, end, _ in scanner.finditer(text + " " + TEXT)] == \
        [m.span() for m in re.finditer(source, text + " " + TEXT)]
    if literals and lower.reliable(text):
        assert scanner.holds(text) == any(literal in text.lower() for literal in literals)


@pytest.mark.parametrize("automaton", [True, False], ids=["aho-corasick", "regex-pass"])
@pytest.mark.parametrize("registered", [False, True], ids=["own pass", "shared pass"])
@pytest.mark.parametrize("text", [PREFIX_TEXT.replace("\u017f", "s").replace("\u212a", "K").replace("\u0130", "I")
                                  .replace("\u0131", "i"), "Randomized randomised; vs. vs vsx compared to", ""])
def test_prefix_scanner_finds_its_literals_in_its_own_pass_or_the_shared_one(registered: bool, text: str, automaton: bool,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from trialnews import scanning
    from trialnews.scanning import LowerText, PrefixScanner, literal_starts

    if not automaton:
        monkeypatch.setattr(scanning, "ahocorasick", None)  # as on an install without pyahocorasick
    elif scanning.ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    pattern = PREFIXED["ignorecase word list"]
    lower = LowerText()
    prefixes, _ = literal_starts(pattern)
    if registered:
        lower.register(prefixes)
    scanner = PrefixScanner(pattern, prefixes, lower=lower)
    assert scanner._own_scan and lower.registered(prefixes) is registered
    assert [(s, e) for s, e, _ in scanner.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]
    for at in range(0, len(text), 7):  # the first match from every seventh position
        first = re.search(pattern, text[at:])
        assert (scanner.search(text[at:]) or (None, None))[:2] == (first.span() if first else (None, None))


def test_shifted_literal_starts_never_pass_over_a_placeholder_as_one_character() -> None:
    """``{NUM}-fold`` is marked ``\\ue000-fold``: ``-fold`` is not one character after the start."""
    from trialnews.scanning import shifted_literal_starts

    assert shifted_literal_starts("x\ue000-fold|a-fold") is None
    assert shifted_literal_starts("x.-fold|a-fold") == {("-fold", 2), ("a-fold", 0)}  # "." is one character


def test_ruler_asks_a_rule_gate_before_scanning(monkeypatch: pytest.MonkeyPatch) -> None:
    """A regex rule whose required literals the text lacks is not scanned at all; with them, it is."""
    from trialnews.nlp import make_nlp
    from trialnews.scanning import RequiredScanner

    nlp = make_nlp()
    ruler = nlp.get_pipe("trialnews_ruler")
    label, rule_id, _, _, gate = next(run for run in ruler._runs if run[4] is not None and not run[4].exact
                                       and run[4].literals == ("half",))
    assert isinstance(gate, RequiredScanner)
    scanned: list[str] = []
    inner = gate.scanner
    monkeypatch.setattr(inner, "finditer", lambda text: scanned.append(text) or iter(()))
    nlp("Follow-up lasted 2 years in 40 patients.")
    assert scanned == []
    nlp("Follow-up lasted two and a half years in 40 patients.")
    assert len(scanned) == 1


@pytest.mark.parametrize("text", [
    "Co-authors include Ann Lee and Bo Li.",
    "Ann Lee and Bo Li coauthored the study.",
    "No one else wrote it.",
    "CO-AUTHORED by \u212aim Lee",  # a case exception: scanned as it is
    "",
])
def test_gated_pattern_finds_what_finditer_finds(text: str) -> None:
    from trialnews.scanning import GatedPattern, LowerText

    pattern = re.compile(r"(?i)\bco-?author(?:s|ed)\b")
    gated = GatedPattern(pattern, lower=LowerText())
    assert gated.literals == frozenset({"author"})
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", [
    "said the Senior Author of the study, and the lead author, Ann Lee.",
    "The study's first author and co-author wrote it; co-authorship is no role.",
    "SENIOR AUTHOR \u212aim Lee",  # a case exception: scanned as it is
    "No one else wrote it.",
    "",
])
def test_gated_pattern_tries_only_where_a_literal_starts(text: str) -> None:
    """A pattern whose every match starts with a literal is tried only where one stands: the
    matches (groups included) of ``finditer``."""
    from trialnews.scanning import GatedPattern, LowerText, PrefixScanner

    pattern = re.compile(r"(?i)\b(?P<role>lead author|senior author|first author|co-author)\b")
    gated = GatedPattern(pattern, lower=LowerText())
    assert isinstance(gated.scanner, PrefixScanner)
    assert [(m.span(), m.group("role")) for m in gated.finditer(text)] \
        == [(m.span(), m.group("role")) for m in pattern.finditer(text)]


def test_gated_pattern_with_flags_outside_its_source_is_not_rewritten() -> None:
    from trialnews.scanning import GatedPattern, LowerText

    pattern = re.compile(r"\blead author\b", re.IGNORECASE)
    gated = GatedPattern(pattern, lower=LowerText())
    assert gated.scanner is None
    assert [m.span() for m in gated.finditer("the Lead Author")] == [(4, 15)]


def test_prefix_scanner_search_after_its_literals_are_registered() -> None:
    """:meth:`PrefixScanner.search` keeps whether ``lower`` registered its literals, and asks again
    after a new registration (the registered pass then finds them)."""
    from trialnews.scanning import LowerText, PrefixScanner

    lower = LowerText()
    source = r"(?i)\b(?:lead author|senior author|co-author)\b"
    scanner = PrefixScanner(source, ["lead aut", "senior a", "co-autho"], lower=lower)
    texts = ["said the Senior Author of it.", "no one", "a co-author and the lead author"]
    expected = [m.span() if (m := re.search(source, text)) else None for text in texts]
    assert [(found[0], found[1]) if (found := scanner.search(text)) else None for text in texts] == expected
    assert scanner._registered is False
    lower.register(scanner.prefixes)
    assert [(found[0], found[1]) if (found := scanner.search(text)) else None for text in texts] == expected
    assert scanner._registered is True


SUFFIX_TEXT = ("Patients took Pembrolizumab, nivolumab or imatinib (not the mab-like tab); "
               "x_nivolumab, 2nivolumab, nivolumab2 and NIVOLUMAB are no names; gefitinib-based "
               "regimens and afatinib\u2019s effect. Etc: \u00e9nivolumab, nivolumab\u00e9.")

WORD_SUFFIX_PATTERNS = {
    "stem": (r"\b[A-Za-z][a-z]{2,}(?:mab|nib|tinib)\b", {"mab", "nib", "tinib"}),
    "trie": (r"\b[A-Za-z][a-z]+" + alternation(["mab", "umab", "nib"]) + r"\b", {"mab", "umab", "nib"}),
    "ignorecase": (r"(?i)\b[a-z]{3,}(?:mab|nib)\b", {"mab", "nib"}),
}


@pytest.mark.parametrize("pattern, suffixes", WORD_SUFFIX_PATTERNS.values(), ids=WORD_SUFFIX_PATTERNS.keys())
def test_word_suffix_scanner_finds_what_finditer_finds(pattern: str, suffixes: set[str]) -> None:
    from trialnews.scanning import LowerText, WordSuffixScanner, word_suffixes

    assert word_suffixes(pattern) == suffixes
    scanner = WordSuffixScanner(pattern, word_suffixes(pattern), lower=LowerText())
    for text in (SUFFIX_TEXT, TEXT, "", "mab", "Xnib \u212anib"):
        expected = [m.span() for m in re.finditer(pattern, text)]
        assert [(start, end) for start, end, _ in scanner.finditer(text)] == expected


@pytest.mark.parametrize("pattern", [
    r"\b[A-Za-z][a-z0-9]{2,}(?:mab|nib)\b",  # a digit inside: not a word of letters
    r"\b[A-Za-z]\w+(?:mab|nib)\b",  # any word character
    r"[A-Za-z]{2,}(?:mab|nib)\b",  # no boundary before
    r"\b[A-Za-z]{2,}(?:mab|nib)",  # none after
    r"\b[A-Za-z]{2,}(?:mab|n\w+)\b",  # no finite suffixes
    r"(?a)\b[A-Za-z]{2,}(?:mab|nib)\b",  # ASCII word boundaries
])
def test_word_suffixes_only_of_whole_words_of_letters(pattern: str) -> None:
    from trialnews.scanning import word_suffixes

    assert word_suffixes(pattern) is None


def test_ruler_scans_drug_stems_by_their_suffix() -> None:
    from trialnews.components.ruler import FactRuler
    from trialnews.nlp import make_nlp
    from trialnews.scanning import WordSuffixScanner

    ruler = make_nlp().get_pipe("trialnews_ruler")
    assert isinstance(ruler, FactRuler)
    assert any(isinstance(scanner, WordSuffixScanner) for _, rule_id, scanner, _, _ in ruler._runs if rule_id == "drug-stem")


NUMBER_CHARACTERS = "0123456789.,\u00b7-\u2212 \u00a0\u2009\u202fa%\u0663"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=NUMBER_CHARACTERS, max_size=40))
def test_num_start_matches_where_num_does(text: str) -> None:
    from trialnews.components.ruler import NUM, NUM_START

    number, start = re.compile(NUM), re.compile(NUM_START)
    assert [p for p in range(len(text)) if start.match(text, p)] == [p for p in range(len(text)) if number.match(text, p)]


@pytest.mark.parametrize("text", ["1,234,567 and 12 345.6, -3 \u22124 .5 \u00b75 1.2.3 a1 1,23", "7" * 50, ""])
def test_num_start_on_written_numbers(text: str) -> None:
    from trialnews.components.ruler import NUM, NUM_START

    number, start = re.compile(NUM), re.compile(NUM_START)
    assert [p for p in range(len(text)) if start.match(text, p)] == [p for p in range(len(text)) if number.match(text, p)]


@pytest.mark.parametrize("pattern", [r"(?i)\bat\s+(?:week|month)s?\b", r"\b(?:in|on)\s+\d+", r"(?i)\bphases?\s*[1-4]"])
@pytest.mark.parametrize("text", ["Treatment at week 12, eating at Week 4; in 40, Phase 2 in 3 phase 3 on 5 fat weeks.",
                                  "treatment atweek", "_at week x1in 5 \u00e9at week", ""])
def test_prefix_scanner_skips_literals_inside_words_where_the_rule_refuses_them(pattern: str, text: str) -> None:
    """A rule starting at ``\\b`` before a word is not tried at a literal inside a word ("at" in
    "treatment"); it finds what ``finditer`` finds."""
    from trialnews.scanning import LowerText, PrefixScanner, literal_starts

    scanner = PrefixScanner(pattern, literal_starts(pattern)[0], lower=LowerText())
    assert scanner.after_no_word
    tried: list[int] = []
    match_at = scanner.pattern.match
    scanner.pattern = type("Probe", (), {"match": lambda self, text, at: tried.append(at) or match_at(text, at)})()
    assert [(s, e) for s, e, _ in scanner.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]
    assert not any(at and text[at - 1].isascii() and (text[at - 1].isalnum() or text[at - 1] == "_") for at in tried)


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![\w])[nN]\s*=\s*\d+", {"="}),
    (r"\d+\s*/\s*\d+", {"/"}),
    (r"[Pp]\s*(?:<=|>=)\s*\d", {"<=", ">="}),
    (r"\d+(?:%|\s+percent)", {"%", "percent"}),
    (r"[Pp]\s*[<>\u2264]\s*\d", {"<", ">", "\u2264"}),  # a class of marks: one of them (a symbol without case too)
])
def test_punctuation_counts_as_a_required_literal_when_asked(pattern: str, expected: set[str]) -> None:
    from trialnews.scanning import punctuation_only, required_literals

    assert required_literals(pattern) is None or not all(map(punctuation_only, expected))
    assert required_literals(pattern, punctuation=True) == frozenset(expected)


@pytest.mark.parametrize("pattern", [r"[Pp]\s*[^<>]\s*\d", r"[Pp]\s*[<a-c]\s*\d", r"[Pp]\s*[<\w]\s*\d",
                                     "[Pp]\\s*[<\u24b6]\\s*\\d"])
def test_a_class_with_more_than_marks_requires_none(pattern: str) -> None:
    """A negated class, a range, a category or a symbol with a case (circled A) is no set of marks."""
    from trialnews.scanning import required_literals

    assert required_literals(pattern, punctuation=True) is None


@pytest.mark.parametrize("text", ["Of 40 patients (n = 20 per arm), 12 responded.", "Of 40 patients, 12 responded.",
                                  "N=5", "x=5 and n =6", ""])
def test_ruler_gates_a_rule_on_the_punctuation_every_match_needs(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A regex rule that needs ``=`` (and no longer literal) is scanned only in a text holding one."""
    from trialnews.components.ruler import expand, make_scanner, NUM, NUM_START, number_word_regex
    from trialnews.scanning import Anchors, LowerText, RequiredScanner

    lower = LowerText()
    rule = r"(?<![\w])[nN]\s*=\s*{NUM}"
    scanner = make_scanner(rule, number_starts=Anchors(NUM_START, number_word_regex(), lower=lower), lower=lower)
    assert isinstance(scanner, RequiredScanner) and scanner.exact and scanner.literals == ("=",)
    assert scanner.holds(text) is ("=" in text)
    assert [(s, e) for s, e, _ in scanner.finditer(text)] == [m.span() for m in re.finditer(expand(rule), text)]


FILTERED = {
    "word list": r"(?i)\b(?:works? by|mechanism|blocks?)\b",
    "cue then tail": r"(?i)\b(?:randomi[sz]ed|assigned)\b(?:[^.;]|\.\d)*$",
    "case-sensitive": r"\bDr\.\s+[A-Z]\w+",
    "needs a later word": r"(?i)\b(?:gave|took)\s+(?:\w+\s+){0,3}?either\s+\w+",
    "optional first word": r"(?i)(?:[\w-]+\s+)?(?:study|trial)\s+found",
}
FILTERED_TEXTS = ["The drug works by blocking a receptor.", "It was assigned at random; then 4.5 mg", "dr. Lee and Dr. Chan",
                  "No cue at all here.", "THE MECHANISM", "\u212aelvin blocks it", "", "randomised, assigned",
                  "They took the pills or either drug", "Patients took either A or B.", "A new Trial found that",
                  "the study, found"]


@pytest.mark.parametrize("pattern", FILTERED.values(), ids=FILTERED.keys())
@pytest.mark.parametrize("text", FILTERED_TEXTS)
def test_start_filtered_pattern_answers_what_the_pattern_answers(pattern: str, text: str) -> None:
    from trialnews.scanning import StartFilteredPattern

    compiled = re.compile(pattern)
    filtered = StartFilteredPattern(compiled)
    assert filtered.literals
    found = compiled.search(text)
    assert (filtered.search(text) and filtered.search(text).span()) == (found and found.span())
    assert (filtered.match(text) and filtered.match(text).span()) == (compiled.match(text) and compiled.match(text).span())
    assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert filtered.sub("#", text) == compiled.sub("#", text) and filtered.pattern == pattern


@pytest.mark.parametrize("text, asked", [("No cue at all here.", False), ("It blocks pain.", True),
                                         ("\u212aelvin here", True)])  # a case exception: always asked
def test_start_filtered_pattern_asks_the_pattern_only_where_a_literal_start_stands(text: str, asked: bool) -> None:
    from trialnews.scanning import StartFilteredPattern

    filtered = StartFilteredPattern(re.compile(FILTERED["word list"]))
    calls: list[str] = []
    for name in ("compiled", "case_free"):  # the pattern, and its form for the lower-cased text
        form = getattr(filtered, name)
        setattr(filtered, name, type("Probe", (), {
            "search": lambda self, t, *b, form=form: calls.append(t) or form.search(t, *b),
            "match": lambda self, t, *b, form=form: calls.append(t) or form.match(t, *b)})())
    filtered.search(text)
    assert bool(calls) is asked


@pytest.mark.parametrize("pattern", [r"\d+%", r"(?i)\b(?:a|an|of)\s+\d+", r"\b[A-Z]{3,}\b"])
def test_start_filtered_pattern_has_no_filter_where_a_match_needs_no_literal(pattern: str) -> None:
    from trialnews.scanning import StartFilteredPattern

    filtered = StartFilteredPattern(re.compile(pattern))
    assert filtered.literals is None
    assert filtered.search("In the TOPAZ trial, 40% of 120 patients") is not None


@pytest.mark.parametrize("pattern, literals", [
    (FILTERED["needs a later word"], ("either",)),  # rarer than the words a match starts with
    (FILTERED["optional first word"], ("found",)),  # no literal start, but a word every match needs
    (FILTERED["word list"], ("block", "mechanism", "work")),
])
def test_start_filtered_pattern_looks_for_the_literals_every_match_needs(pattern: str, literals: tuple) -> None:
    from trialnews.scanning import StartFilteredPattern

    assert StartFilteredPattern(re.compile(pattern)).literals == literals


CASE_FREE = {
    "word list": r"(?i)\b(?:works? by|mechanism|blocks?)\b",
    "both cases listed": r"(?i)(?<![Tt]he )\b(?:trial|study)\s+[A-Za-z]+ed\b",
    "curly quote": r"(?i)\bsaid\s*[,\u2019\u201d]",
    "look-behind": r"(?i)(?<!\bnot )\b(?:improved|lowered)\s[^.;]*?\bthan\s",
}
CASE_FREE_TEXTS = ["The drug WORKS BY blocking a receptor.", "Mechanism: it Blocks pain", "The Trial Tested the drug",
                   "A trial tested it, and the STUDY ENDED early.", "\u201cIt helps,\u201d Lee SAID\u201d today, said, then",
                   "It did not improved it; it LOWERED pain more than placebo", "Caf\u00e9 patients improved far more Than before",
                   "Nothing here.", ""]


@pytest.mark.parametrize("pattern", CASE_FREE.values(), ids=CASE_FREE.keys())
def test_case_free_form_matches_the_lower_cased_text_where_the_pattern_matches_the_text(pattern: str) -> None:
    """Without ``(?i)``, on the lower-cased text: a match at the same places, over the same characters."""
    from trialnews.scanning import StartFilteredPattern, case_free_form

    compiled = re.compile(pattern)
    free = case_free_form(compiled)
    assert free is not None and not free.flags & re.IGNORECASE
    filtered = StartFilteredPattern(compiled)
    for text in CASE_FREE_TEXTS:
        assert [m.span() for m in free.finditer(text.lower())] == [m.span() for m in compiled.finditer(text)]
        for start in range(len(text) + 1):
            found = compiled.search(text, start)
            assert (filtered.search(text, start) and filtered.search(text, start).span()) == (found and found.span())
            at = compiled.match(text, start)
            assert (filtered.match(text, start) and filtered.match(text, start).span()) == (at and at.span())


@pytest.mark.parametrize("pattern", [r"\bsaid\b", r"(?i)\b[A-Z]\w+", r"(?i)\bI\b", r"(?i)\bcaf\u00e9\b",
                                     r"(?i)\b(?-i:NCT)\d+", r"(?i)[1-3I]\s+trial"])
def test_case_free_form_is_refused_where_case_or_a_letter_beyond_ascii_counts(pattern: str) -> None:
    """A case-sensitive pattern, a capital alone (``[A-Z]``, ``I``), a letter beyond ASCII
    (``\u00e9``, whose capital the text may hold) and a flag changed inside keep no case-free form."""
    from trialnews.scanning import case_free_form

    assert case_free_form(re.compile(pattern)) is None


def test_gated_pattern_after_white_space_gives_the_patterns_own_matches() -> None:
    """A pattern ``\\s+X`` is tried only at the white space before X's literal starts: the same
    matches as ``finditer``, each starting at the first white-space character of its run."""
    from trialnews.scanning import GatedPattern, LowerText
    pattern = re.compile(r"(?i)\s+(?:were\s+co-authors|wrote\s+the\s+paper)\b")
    gated = GatedPattern(pattern, lower=LowerText())
    assert gated.after_space is not None
    for text in ("Ann Lee and Bo Chan  \n were co-authors. Dr. Kim wrote the paper.",
                 "They were co-authorship fans; Smith\twrote the papers and Jones\n\nWROTE THE PAPER",
                 "were co-authors at the start, and no space before:were co-authors"):
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert [m.start() for m in gated.finditer("Lee  \n were co-authors")] == [3]


def test_start_filtered_literal_starts_are_read_back_from_the_cache(fresh_compiled, monkeypatch: pytest.MonkeyPatch) -> None:
    # a pattern whose filter is the literals its matches start with (none is required anywhere):
    # the walk of its parse tree is kept, and a new process reads it instead of walking again
    scanning = fresh_compiled
    pattern = re.compile(r"(?i)\b(?:are|do|has|have|is)\b\s+\w+")
    assert scanning.required_literals(pattern.pattern, limit=scanning.MAX_FILTER_LITERALS) is None
    walked = scanning.StartFilteredPattern(pattern).literals
    assert walked == ("are", "do", "has", "have", "is")
    scanning.COMPILED.save()
    monkeypatch.setattr(scanning, "COMPILED", scanning.CompiledPatterns())
    monkeypatch.setattr(scanning, "_walk_starts", _not_called)
    read = scanning.StartFilteredPattern(pattern)
    assert read.literals == walked
    assert [m.span() for m in read.finditer("It is done; they have left.")] == [(3, 10), (17, 26)]
