"""Property-based tests (hypothesis): the normalisers' round trips and invariants, and the whole
pipeline on generated and mutated trial-news text.

Normalisers: a number formatted any way the articles write it (thousands separators, words,
Unicode minus, Lancet decimal point) parses back to itself; every spelling of a p-value, CI or
date means the same value; no normaliser raises on any text.

Pipeline (``extract_text``): on trial-news-like articles built from templates with random
numbers, arms, p-values, CIs and Unicode punctuation — and on those articles with characters
deleted, duplicated, swapped or inserted — it never raises, the record validates against its
text, every evidence is the slice of the text at its offsets, and every number of every item is
written in its evidence.
"""

from __future__ import annotations

import math
from datetime import date
from functools import cache

import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.normalize import (
    ascii_form,
    canonical,
    fraction_percent,
    number_in_text,
    numbers_in,
    parse_ci,
    parse_date,
    parse_digits,
    parse_number,
    parse_p_value,
    parse_words,
)
from trialnews.record import Record, grounding_problems

NORMALISER_EXAMPLES = 200
"""Examples per normaliser property: each takes microseconds."""
PIPELINE_EXAMPLES = 60
"""Examples per whole-pipeline property: each runs the full spaCy pipeline (about 10 ms)."""

FAST = settings(max_examples=NORMALISER_EXAMPLES, deadline=None)
PIPELINE = settings(max_examples=PIPELINE_EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

THOUSANDS_SEPARATORS = [",", " ", "\u00a0", "\u2009", "\u202f", "\u2007"]
MINUS_SIGNS = ["-", "\u2212", "\u2013"]
DECIMAL_POINTS = [".", "\u00b7"]
SPACES = ["", " ", "\u00a0", "\u2009"]
RANGE_DASHES = ["-", "\u2013", "\u2014", " to ", ", ", "; "]
RELATION_FORMS = {
    "=": ["="],
    "<": ["<"],
    ">": [">"],
    "<=": ["<=", "=<", "\u2264", "\u2a7d"],
    ">=": [">=", "=>", "\u2265", "\u2a7e"],
}
P_PREFIXES = ["P", "p", "P value ", "p-value ", "(P", "P-value"]
CASES = [str.lower, str.title, str.upper, str.capitalize]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**9, "billion"), (10**6, "million"), (1000, "thousand")]


def words_of(n: int, *, joiner: str = "-", hundred_and: bool = False) -> str:
    """``n`` in English words: 342691 is "three hundred forty-two thousand six hundred ninety-one"."""
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (joiner + ONES[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        tail = (" and " if hundred_and else " ") + words_of(rest, joiner=joiner) if rest else ""
        return f"{ONES[hundreds]} hundred{tail}"
    for scale, name in SCALES:
        if n >= scale:
            head, rest = divmod(n, scale)
            tail = " " + words_of(rest, joiner=joiner, hundred_and=hundred_and) if rest else ""
            return f"{words_of(head, joiner=joiner, hundred_and=hundred_and)} {name}{tail}"
    raise AssertionError(n)


def grouped(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


@st.composite
def number_words(draw: st.DrawFn, n: int) -> str:
    text = words_of(n, joiner=draw(st.sampled_from(["-", " ", "\u2010"])), hundred_and=draw(st.booleans()))
    return draw(st.sampled_from(CASES))(text)


def decimal_text(units: int, places: int) -> str:
    """``units`` / 10**places written with ``places`` decimals ("0.050")."""
    return f"{units / 10**places:.{places}f}" if places else str(units)


# --- Digits, words, numbers ------------------------------------------------------------------


@FAST
@given(n=st.integers(0, 10**12), separator=st.sampled_from(THOUSANDS_SEPARATORS))
def test_thousands_separators_parse_back(n: int, separator: str) -> None:
    assert parse_digits(grouped(n, separator)) == n
    assert parse_number(grouped(n, separator)) == n


@FAST
@given(n=st.integers(0, 10**9), separator=st.sampled_from(THOUSANDS_SEPARATORS),
       fraction=st.integers(0, 999), point=st.sampled_from(DECIMAL_POINTS))
def test_decimals_parse_back(n: int, separator: str, fraction: int, point: str) -> None:
    written = f"{grouped(n, separator)}{point}{fraction:03d}"
    assert parse_digits(written) == float(f"{n}.{fraction:03d}")


@FAST
@given(value=st.floats(-1e9, 1e9, allow_nan=False), places=st.integers(0, 6),
       minus=st.sampled_from(MINUS_SIGNS))
def test_signed_numbers_unicode_minus_is_minus(value: float, places: int, minus: str) -> None:
    written = f"{value:.{places}f}"
    assert parse_digits(written) == float(written)
    assert parse_digits(written.replace("-", minus)) == parse_digits(written)


@FAST
@given(units=st.integers(0, 99_999), places=st.integers(1, 5))
def test_leading_zero_is_optional(units: int, places: int) -> None:
    written = decimal_text(units, places)
    if written.startswith("0."):
        assert parse_digits(written[1:]) == parse_digits(written) == float(written)


@FAST
@given(data=st.data(), n=st.integers(0, 999_999_999))
def test_number_words_parse_back(data: st.DataObject, n: int) -> None:
    written = data.draw(number_words(n))
    assert parse_words(written) == n
    assert parse_number(written) == n


@FAST
@given(n=st.integers(1, 999), scale=st.sampled_from([10**3, 10**6, 10**9]),
       case=st.sampled_from(CASES))
def test_digits_before_a_scale_word(n: int, scale: int, case: object) -> None:
    name = dict(SCALES)[scale]
    assert parse_words(case(f"{n} {name}")) == n * scale


@FAST
@given(first=st.integers(1, 9), second=st.integers(1, 99))
def test_two_numbers_in_a_row_are_not_one(first: int, second: int) -> None:
    """ "five twenty" or "one two" is not a number (it would be an invented value)."""
    assert parse_words(f"{words_of(first)} {words_of(second)}") is None


@FAST
@given(part=st.integers(1, 100), extra=st.integers(0, 900), connector=st.sampled_from(
    [" in ", " out of ", " of every ", " in every "]), spelled=st.booleans())
def test_fractions(part: int, extra: int, connector: str, spelled: bool) -> None:
    whole = part + extra
    written = (words_of(part) if spelled else str(part)) + connector + str(whole)
    assert fraction_percent(written) == round(100.0 * part / whole, 2)
    assert number_in_text(round(100.0 * part / whole, 1), f"About {written} patients responded.")


# --- p-values and confidence intervals -------------------------------------------------------


@st.composite
def p_value_spellings(draw: st.DrawFn) -> tuple[str, str, float, str]:
    """Two spellings of one p-value, its value and its relation."""
    places = draw(st.integers(1, 4))
    text = decimal_text(draw(st.integers(0, 10**places)), places)
    relation = draw(st.sampled_from(sorted(RELATION_FORMS)))

    def spell() -> str:
        number = text[1:] if text.startswith("0.") and draw(st.booleans()) else text
        number = number.replace(".", draw(st.sampled_from(DECIMAL_POINTS)))
        return (draw(st.sampled_from(P_PREFIXES)) + draw(st.sampled_from(SPACES))
                + draw(st.sampled_from(RELATION_FORMS[relation])) + draw(st.sampled_from(SPACES)) + number)

    return spell(), spell(), float(text), relation


@FAST
@given(spellings=p_value_spellings())
def test_p_value_spellings_agree(spellings: tuple[str, str, float, str]) -> None:
    first, second, value, relation = spellings
    assert parse_p_value(first) == parse_p_value(second) == (value, relation)
    assert number_in_text(value, first)


def test_p_value_examples_from_the_issue() -> None:
    assert parse_p_value("P = .05") == parse_p_value("P=0.05") == (0.05, "=")
    assert parse_p_value("P\u2264.05") == parse_p_value("P<=0.05") == (0.05, "<=")


@FAST
@given(mantissa=st.integers(1, 9), exponent=st.integers(1, 30), times=st.sampled_from(["x", "\u00d7"]),
       minus=st.sampled_from(MINUS_SIGNS), space=st.sampled_from(SPACES))
def test_scientific_p_values(mantissa: int, exponent: int, times: str, minus: str, space: str) -> None:
    written = f"P{space}<{space}{mantissa}{space}{times}{space}10{minus}{exponent}"
    value = float(f"{mantissa}e-{exponent}")
    assert parse_p_value(written) == (value, "<")
    assert number_in_text(value, written)


@st.composite
def intervals(draw: st.DrawFn) -> tuple[str, float, float, float | None]:
    places = draw(st.integers(0, 3))
    low_units, width = draw(st.integers(-5000, 5000)), draw(st.integers(0, 5000))
    low, high = decimal_text(abs(low_units), places), decimal_text(abs(low_units + width), places)
    minus = draw(st.sampled_from(MINUS_SIGNS[:2]))
    low = (minus if low_units < 0 else "") + low
    high = (minus if low_units + width < 0 else "") + high
    level = draw(st.sampled_from([None, 90, 95, 99, 97.5]))
    name = draw(st.sampled_from(["CI", "confidence interval", "CrI"]))
    prefix = name if level is None else f"{level}{draw(st.sampled_from(['%', ' %', ' percent']))} {name}"
    opener = draw(st.sampled_from(["", ",", ":", " (", " [", " of", " from"]))
    written = f"{prefix}{opener} {low}{draw(st.sampled_from(RANGE_DASHES))}{high}"
    point = draw(st.sampled_from(DECIMAL_POINTS))
    return (written.replace(".", point) if point != "." else written,
            float(ascii_form(low)), float(ascii_form(high)), level)


@FAST
@given(interval=intervals())
def test_ci_spellings(interval: tuple[str, float, float, float | None]) -> None:
    written, low, high, level = interval
    assert parse_ci(written) == (low, high, None if level is None else float(level))
    assert parse_ci(f"HR 0.7 ({written}; P=.01)") == parse_ci(written)
    assert number_in_text(low, written) and number_in_text(high, written)


# --- Dates -----------------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


@FAST
@given(day=st.dates(date(1900, 1, 1), date(2100, 12, 31)), form=st.integers(0, 4),
       space=st.sampled_from([" ", "\u00a0"]))
def test_dates_parse_back(day: date, form: int, space: str) -> None:
    month = MONTHS[day.month - 1]
    short = "Sept" if day.month == 9 else month[:3]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    written = [f"{month} {day.day}, {day.year}", f"{short}. {day.day}, {day.year}", f"{day.day} {month} {day.year}",
               day.isoformat(), f"{month} {day.day}{suffix}, {day.year}"][form].replace(" ", space)
    assert parse_date(f"Published {written} by staff") == day.isoformat()


# --- Numbers in text -------------------------------------------------------------------------

SENTENCE_STARTS = ["In all,", "A total of", "The trial enrolled", "Of the", "(n =", "About"]
SENTENCE_ENDS = ["patients.", "participants were randomized.", "people took part.", "of them responded;", ")"]


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, int]:
    n = draw(st.integers(0, 10**7))
    form = draw(st.sampled_from(["digits", "grouped", "words"]))
    if form == "words":
        return draw(number_words(n)), n
    if form == "grouped":
        return grouped(n, draw(st.sampled_from(THOUSANDS_SEPARATORS))), n
    return str(n), n


@FAST
@given(number=written_numbers(), start=st.sampled_from(SENTENCE_STARTS), end=st.sampled_from(SENTENCE_ENDS))
def test_number_in_sentence_is_found(number: tuple[str, int], start: str, end: str) -> None:
    written, n = number
    sentence = f"{start} {written} {end}"
    assert number_in_text(n, sentence)
    assert n in numbers_in(sentence)


@FAST
@given(text=st.text(max_size=300))
def test_unicode_forms_read_as_ascii(text: str) -> None:
    assert numbers_in(text) == numbers_in(ascii_form(text))
    assert parse_p_value(text) == parse_p_value(canonical(text))
    assert parse_ci(text) == parse_ci(ascii_form(text))


@FAST
@given(text=st.text(max_size=300))
def test_normalisers_never_raise(text: str) -> None:
    for parse in (parse_digits, parse_words, parse_number, fraction_percent):
        value = parse(text)
        assert value is None or math.isfinite(value)
    p_value = parse_p_value(text)
    assert p_value is None or (math.isfinite(p_value[0]) and p_value[1] in ("=", "<", "<=", ">", ">="))
    interval = parse_ci(text)
    assert interval is None or all(math.isfinite(v) for v in interval if v is not None)
    day = parse_date(text)
    assert day is None or date.fromisoformat(day)
    assert all(math.isfinite(v) and v >= 0 for v in numbers_in(text))


@FAST
@given(text=st.text(alphabet=st.sampled_from("0123456789 ,.-Pp<=CI%()in\u00a0\u2212"), max_size=400))
def test_number_syntax_soup_never_raises(text: str) -> None:
    test_normalisers_never_raise.hypothesis.inner_test(text=text)


# --- The whole pipeline on generated trial news -----------------------------------------------

DRUGS = ["ixazomib", "pembrolizumab", "nivolumab", "olaparib", "semaglutide", "aspirin", "metformin",
         "tamoxifen", "acupuncture", "surgery"]
CONTROLS = ["placebo", "the placebo", "standard chemotherapy", "usual care", "active control"]
ENDPOINTS = [("progression-free survival", "PFS"), ("overall survival", "OS"), ("disease-free survival", "DFS"),
             ("objective response rate", "ORR"), ("complete remission", "CR"), ("all-cause mortality", "ACM")]
CONDITIONS = ["high-risk multiple myeloma", "metastatic breast cancer", "type 2 diabetes", "heart failure",
              "chronic migraine", "non-small cell lung cancer"]
AUTHORS = ["Cecilia Brown", "Qaiser Bashir", "Ana Li", "J. O'Neil", "Zoë Müller"]
JOURNALS = ["the New England Journal of Medicine", "The Lancet", "JAMA Oncology", "Transplant Cell Ther"]
DESIGNS = ["randomized, double-blind, placebo-controlled", "open-label", "multicenter, randomised",
           "single-arm", "non-inferiority", "crossover"]
PHASES = ["II", "III", "2", "3", "1/2", "2/3", "IV"]
FRACTIONS = ["half", "two-thirds", "a third", "one in five", "three out of 10", "one-quarter", "nearly half"]

TEMPLATES = [
    "The {design}, phase {phase} trial enrolled {total} patients with {condition}.",
    "A total of {total} participants were randomized to {drug} (n={n1}) or {control} (n={n2}).",
    "Patients were randomised to receive {drug} {dose} mg or {control}.",
    "The primary endpoint was {endpoint} ({abbr}).",
    "{Abbr} at {months} months was {pct1} with {drug} and {pct2} with {control} ({p}).",
    "{Abbr} rates were {pct1} and {pct2}, respectively ({p}).",
    "The hazard ratio for {endpoint} was {hr} ({ci}; {p}).",
    "Median {endpoint} was {m1} months versus {m2} months (HR {hr}; {ci}).",
    "{drug_title} reduced the risk of death by {pct1} compared with {control} ({p}).",
    "{fraction} of patients in the {drug} group responded, compared with {fraction2} in the {control} group.",
    "Among the {total} people enrolled, {count} had a complete response.",
    "There was no significant difference in {abbr} between the arms ({p}).",
    "\u201cThese results are practice-changing,\u201d said {author}, the study\u2019s lead author.",
    "The investigators concluded that {drug} was safe and effective in {condition}.",
    "The results were published in {journal} on {date}.",
    "{count} patients ({pct1}) discontinued treatment; the odds ratio was {hr} ({ci}).",
    "Of {n1} patients given {drug}, {count} responded ({pct2}; {p}).",
    "The study (NCT{nct}) ran from {date} at {count} centres.",
]


@st.composite
def written_count(draw: st.DrawFn, n: int) -> str:
    form = draw(st.sampled_from(["digits", "grouped", "words"]))
    if form == "words":
        return draw(number_words(n))
    return grouped(n, draw(st.sampled_from(THOUSANDS_SEPARATORS))) if form == "grouped" else str(n)


@st.composite
def written_decimal(draw: st.DrawFn, low: float, high: float) -> str:
    value = draw(st.floats(low, high, allow_nan=False))
    text = f"{value:.{draw(st.integers(0, 2))}f}"
    if text.startswith("-"):
        text = draw(st.sampled_from(MINUS_SIGNS)) + text[1:]
    return text.replace(".", draw(st.sampled_from(DECIMAL_POINTS)))


@st.composite
def written_percent(draw: st.DrawFn) -> str:
    # Up to 150: percentages above 100 must be dropped with a warning, never written.
    number = draw(written_decimal(0, 150))
    return number + draw(st.sampled_from(["%", " %", " percent", "\u00a0%", "-percent"]))


@st.composite
def written_p(draw: st.DrawFn) -> str:
    # Up to 2: p-values above 1 must be dropped with a warning, never written.
    value = draw(st.one_of(st.floats(0, 1), st.floats(0, 2)))
    places = draw(st.integers(1, 4))
    text = f"{value:.{places}f}"
    if text.startswith("0.") and draw(st.booleans()):
        text = text[1:]
    relation = draw(st.sampled_from([form for forms in RELATION_FORMS.values() for form in forms]))
    return (draw(st.sampled_from(P_PREFIXES)) + draw(st.sampled_from(SPACES)) + relation
            + draw(st.sampled_from(SPACES)) + text.replace(".", draw(st.sampled_from(DECIMAL_POINTS))))


@st.composite
def written_ci(draw: st.DrawFn) -> str:
    # Bounds drawn on their own: some intervals do not contain the estimate, or are reversed.
    low, high = draw(written_decimal(-2, 3)), draw(written_decimal(-2, 3))
    level = draw(st.sampled_from(["95% CI", "95% CI,", "90% confidence interval", "CI:", "95 percent CI"]))
    return f"{level} {low}{draw(st.sampled_from(RANGE_DASHES))}{high}"


@st.composite
def articles(draw: st.DrawFn) -> str:
    endpoint, abbr = draw(st.sampled_from(ENDPOINTS))
    drug = draw(st.sampled_from(DRUGS))
    n1, n2 = draw(st.integers(1, 900)), draw(st.integers(1, 900))
    # Usually the sum of the arms; sometimes smaller, so an arm may exceed the total.
    total = draw(st.one_of(st.just(n1 + n2), st.integers(1, 2000)))
    slots = {
        "design": draw(st.sampled_from(DESIGNS)), "phase": draw(st.sampled_from(PHASES)),
        "total": draw(written_count(total)), "condition": draw(st.sampled_from(CONDITIONS)),
        "drug": drug, "drug_title": drug.capitalize(), "control": draw(st.sampled_from(CONTROLS)),
        "n1": n1, "n2": n2, "dose": draw(st.integers(1, 900)), "endpoint": endpoint, "abbr": abbr,
        "Abbr": abbr, "months": draw(written_count(draw(st.integers(1, 60)))),
        "pct1": draw(written_percent()), "pct2": draw(written_percent()), "p": draw(written_p()),
        "hr": draw(written_decimal(0, 3)), "ci": draw(written_ci()),
        "m1": draw(written_decimal(0, 80)), "m2": draw(written_decimal(0, 80)),
        "fraction": draw(st.sampled_from(FRACTIONS)).capitalize(), "fraction2": draw(st.sampled_from(FRACTIONS)),
        "count": draw(written_count(draw(st.integers(0, 5000)))), "author": draw(st.sampled_from(AUTHORS)),
        "journal": draw(st.sampled_from(JOURNALS)), "nct": f"{draw(st.integers(0, 99_999_999)):08d}",
        "date": draw(st.sampled_from(["November 22, 2022", "Sept. 28, 2016", "28 May 2019", "2021-03-04"])),
    }
    sentences = [template.format(**slots)
                 for template in draw(st.lists(st.sampled_from(TEMPLATES), min_size=2, max_size=12))]
    breaks = draw(st.lists(st.sampled_from([" ", " ", "\n", "\n\n"]), min_size=len(sentences),
                           max_size=len(sentences)))
    body = "".join(sentence + gap for sentence, gap in zip(sentences, breaks))
    title = f"{drug.capitalize()} improves {endpoint} in phase {slots['phase']} trial"
    return f"{title}\n\nBy {slots['author']} - {slots['date']}\n\n{body}"


#: Characters that break text in odd places: controls, joiners, bidi marks, combining marks, CJK,
#: emoji, the replacement character, line and paragraph separators.
ODD_CHARACTERS = st.one_of(
    st.characters(exclude_categories=["Cs"]),  # a str read from a file never holds a lone surrogate
    st.sampled_from(["\x00", "\r", "\t", "\u200b", "\u200d", "\u202e", "\u0301", "\ufeff", "\ufffd",
                     "\u2028", "\u2029", "\u4e2d", "\U0001f600", "(", ")", "%", "=", "<", ".", ",", "-"]),
)


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    text = draw(articles())
    for _ in range(draw(st.integers(1, 12))):
        if not text:
            break
        at = draw(st.integers(0, len(text) - 1))
        operation = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "cut"]))
        if operation == "delete":
            text = text[:at] + text[at + 1:]
        elif operation == "duplicate":
            text = text[:at] + text[at] + text[at:]
        elif operation == "swap" and at + 1 < len(text):
            text = text[:at] + text[at + 1] + text[at] + text[at + 2:]
        elif operation == "insert":
            text = text[:at] + draw(st.text(ODD_CHARACTERS, min_size=1, max_size=5)) + text[at:]
        elif operation == "cut":
            text = text[:at]
    return text


def assert_sound(text: str) -> dict:
    """The record of ``text``: extracted without raising, valid, grounded in ``text``."""
    record = extract_text(text)
    Record.model_validate(record, context={"text": text})
    assert grounding_problems(record, text) == []
    assert record["source"]["chars"] == len(text)
    return record


@PIPELINE
@given(text=articles())
def test_pipeline_on_generated_articles(text: str) -> None:
    assert_sound(text)


@PIPELINE
@given(text=mutated_articles())
def test_pipeline_on_mutated_articles(text: str) -> None:
    assert_sound(text)


@PIPELINE
@given(text=st.text(ODD_CHARACTERS, max_size=400))
def test_pipeline_on_arbitrary_text(text: str) -> None:
    assert_sound(text)


_WORD_TEXT = st.text(alphabet=st.sampled_from(list("Lee_ lee-Ö1٣\u00b2'.\n")), max_size=40)


@FAST
@given(text=_WORD_TEXT, word=st.sampled_from(["Lee", "lee", "Ö1", "Lee-", "'Lee", "_", "e", "Le\u00b2"]))
def test_word_occurrences_are_where_the_word_regex_matches(text: str, word: str) -> None:
    """``conclusions._word_occurrences``' own ``\\b`` test agrees with ``re`` (Unicode words, digits,
    superscripts, underscores, punctuation at either end of the word)."""
    import re

    from trialnews.facts.conclusions import _word_occurrences

    expected = [m.span() for m in re.finditer(r"\b" + re.escape(word) + r"\b", text)]
    assert list(_word_occurrences(text, word)) == expected


@cache
def _blank_english() -> Language:
    return spacy.blank("en")


def _segment_by_loop(doc) -> list[int]:  # noqa: ANN001 - the segmenter's token loop before numpy, as reference
    from trialnews.components.segmenter import CLOSERS, ENDERS, NOT_START, START, WRAP_ENDERS, _opens_sentence

    headings = doc.user_data.get("headings") or ()
    heading_edges = {edge for start, end in headings for edge in (start, end)}
    starts = [NOT_START] * len(doc)
    starts[0] = START
    after_ender, after_break = False, True
    for i, token in enumerate(doc):
        if token.is_space:
            if after_break:
                starts[i] = START
            elif "\n" in token.text:
                after_break = True
            continue
        wrapped = (after_break and i >= 2 and token.text[:1].islower() and doc[i - 1].is_space
                   and doc[i - 1].text.count("\n") == 1 and not doc[i - 2].is_space
                   and doc[i - 2].text not in ENDERS and doc[i - 2].text[-1] not in WRAP_ENDERS
                   and not doc[i - 2].like_num and doc[i - 2].text != "%")
        if (after_break and not wrapped) or (after_ender and _opens_sentence(token.text[0])) or token.idx in heading_edges:
            starts[i] = START
        after_ender = token.text in ENDERS or (after_ender and token.text in CLOSERS)
        after_break = False
    return starts


_SEGMENT_PIECES = st.sampled_from([".", "!", "?", "...", "\u2026", '"', "'", "\u201d", "\u2019", ")", "]", "(", "[",
                                   "\u201c", "\u2018", "Word", "word", "12", " ", "  ", "\n", " \n ", "\n\n", "Dr.",
                                   "e.g.", "U.S.", "\u00c9t\u00e9", "\t"])


@FAST
@given(pieces=st.lists(_SEGMENT_PIECES, min_size=1, max_size=30), heading=st.booleans())
def test_segmenter_marks_the_starts_its_token_loop_marked(pieces: list[str], heading: bool) -> None:
    """The numpy segmenter and the token loop it replaced agree on every token."""
    from trialnews.components.segmenter import Segmenter

    text = " ".join(pieces)
    doc = _blank_english().make_doc(text)
    if heading and len(doc) > 2:
        doc.user_data["headings"] = [(doc[1].idx, doc[len(doc) // 2].idx)]
    expected = _segment_by_loop(doc)
    Segmenter()(doc)
    assert [1 if token.is_sent_start else -1 for token in doc] == expected


@FAST
@given(text=st.text(alphabet=st.sampled_from(list("abAB _-.1\u00e9\u017f\u212a\u0130\n")), max_size=40),
       words=st.lists(st.text(alphabet=st.sampled_from(list("abAB -.1\u00e9")), min_size=1, max_size=4),
                      min_size=1, max_size=4))
def test_find_words_is_the_word_alternation_regex(text: str, words: list[str]) -> None:
    """``scanning.find_words`` gives the matches of ``(?i)\\b(?:W1|W2|...)\\b``, words in the order given."""
    import re

    from trialnews.scanning import LowerText, find_words

    pattern = re.compile(r"(?i)\b(?:" + "|".join(re.escape(word) for word in words) + r")\b")
    assert find_words(text, words, lower=LowerText()) == [m.span() for m in pattern.finditer(text)]
