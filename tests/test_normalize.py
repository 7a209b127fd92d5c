"""Table-driven tests of every normaliser in trialnews.normalize (RECORD.md: numbers are normalised)."""

from __future__ import annotations

import re

import pytest

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

NBSP, THIN, NARROW_NBSP, FIGURE = "\u00a0", "\u2009", "\u202f", "\u2007"
EN_DASH, EM_DASH, MINUS = "\u2013", "\u2014", "\u2212"

P_VALUES = [
    ("P=.17", (0.17, "=")),
    ("P = .17", (0.17, "=")),
    ("P=0.17", (0.17, "=")),
    ("P < 0.001", (0.001, "<")),
    ("P<.001", (0.001, "<")),
    ("p=0\u00b7013", (0.013, "=")),
    ("P\u2264.05", (0.05, "<=")),
    ("P <= .05", (0.05, "<=")),
    ("P =< .05", (0.05, "<=")),
    ("P\u2265.05", (0.05, ">=")),
    ("P > .05", (0.05, ">")),
    ("(P=.02)", (0.02, "=")),
    ("p-value = 0.03", (0.03, "=")),
    ("P value < .001", (0.001, "<")),
    (f"P{NBSP}={NBSP}.04", (0.04, "=")),
    ("P=1.00", (1.0, "=")),
    (f"P<1\u00d710{MINUS}5", (1e-05, "<")),
    ("P < 1 x 10-8", (1e-08, "<")),
    ("P = 3e-4", (0.0003, "=")),
    ("p value of 0.03", (0.03, "=")),
    ("P values were less than .05", (0.05, "<")),
    ("P value was below 0.01", (0.01, "<")),
    ("P: 0.2", (0.2, "=")),
    ("P = <0.001", (0.001, "<")),
    ("p-value less than 0.001", (0.001, "<")),
    ("P-value 0.02", (0.02, "=")),
    ("p-value: 0.003", (0.003, "=")),
    ("P=1.7", (1.7, "=")),  # read as written; range checks belong to validation (W003)
    ("P", None),
    ("P = NS", None),
    ("Phase 3", None),
    ("95% CI 0.6-0.9", None),
    ("P=1x10-99999", None),  # exponent too long to be a real p-value: not read
]


@pytest.mark.parametrize(("text", "expected"), P_VALUES, ids=[case[0] for case in P_VALUES])
def test_parse_p_value(text: str, expected: tuple[float, str] | None) -> None:
    assert parse_p_value(text) == expected


CIS = [
    ("95% CI, 0.61-0.85", (0.61, 0.85, 95.0)),
    ("95% CI 0.61 to 0.85", (0.61, 0.85, 95.0)),
    (f"95% CI 0.61{EN_DASH}0.85", (0.61, 0.85, 95.0)),
    (f"95% CI 0.61{EM_DASH}0.85", (0.61, 0.85, 95.0)),
    (f"CI: 0\u00b761{EN_DASH}0\u00b785", (0.61, 0.85, None)),
    ("95% confidence interval 0.61-0.85", (0.61, 0.85, 95.0)),
    ("95% CI = -6.6% to 7.5%", (-6.6, 7.5, 95.0)),
    ("95 percent confidence interval, 0.61 to 0.85", (0.61, 0.85, 95.0)),
    (f"(95% CI: {MINUS}1.2 to {MINUS}0.3)", (-1.2, -0.3, 95.0)),
    ("95% CI -1.2--0.3", (-1.2, -0.3, 95.0)),
    ("90% CI 0.5, 0.9", (0.5, 0.9, 90.0)),
    ("95% CI [0.61; 0.85]", (0.61, 0.85, 95.0)),
    (f"95%{NBSP}CI{NBSP}0.61{NBSP}to{NBSP}0.85", (0.61, 0.85, 95.0)),
    ("95% CrI 1.1-2.3", (1.1, 2.3, 95.0)),
    ("HR 0.72 (95% CI, 0.61 to 0.85)", (0.61, 0.85, 95.0)),
    ("95% CI of 12 to 18", (12.0, 18.0, 95.0)),
    ("Gucci 1-2", None),  # "ci" inside a word is not a CI
    ("95% CI", None),
]


@pytest.mark.parametrize(("text", "expected"), CIS, ids=[case[0] for case in CIS])
def test_parse_ci(text: str, expected: tuple[float, float, float | None] | None) -> None:
    assert parse_ci(text) == expected


DIGITS = [
    ("57", 57.0),
    ("1,234", 1234.0),
    ("13 388", 13388.0),
    (f"13{NBSP}388", 13388.0),
    (f"13{THIN}388", 13388.0),
    (f"13{NARROW_NBSP}388", 13388.0),
    (f"13{FIGURE}388", 13388.0),
    ("1,234,567", 1234567.0),
    ("1 234 567", 1234567.0),
    ("1,234.5", 1234.5),
    (".17", 0.17),
    ("0.17", 0.17),
    ("0\u00b7013", 0.013),
    (f"{MINUS}2.5", -2.5),
    (f"{EN_DASH}2.5", -2.5),
    ("-2.5", -2.5),
    ("+3", 3.0),
    (" 42 ", 42.0),
    ("1,23", None),  # not a thousands group
    ("12,3456", None),
    ("1,234 567", None),  # mixed separators
    ("", None),
    ("-", None),
    (".", None),
    ("5%", None),
    ("9" * 400, None),  # too large for a float
]


@pytest.mark.parametrize(("text", "expected"), DIGITS, ids=[repr(case[0])[:24] for case in DIGITS])
def test_parse_digits(text: str, expected: float | None) -> None:
    assert parse_digits(text) == expected


WORDS = [
    ("fifty-seven", 57.0),
    ("fifty seven", 57.0),
    ("Fifty-Seven", 57.0),
    ("Twenty one", 21.0),
    (f"twenty{EN_DASH}one", 21.0),
    ("twelve", 12.0),
    ("zero", 0.0),
    ("one hundred and five", 105.0),
    ("a hundred", 100.0),
    ("nineteen hundred", 1900.0),
    ("two thousand three hundred", 2300.0),
    ("one thousand one hundred and one", 1101.0),
    ("three hundred forty-two thousand six hundred ninety-one", 342691.0),
    ("one million", 1_000_000.0),
    ("1.5 million", 1_500_000.0),
    ("2 million", 2_000_000.0),
    ("a dozen", 12.0),
    ("three dozen", 36.0),
    ("a", None),
    ("an", None),
    ("hundred", None),
    ("one two", None),
    ("five twenty", None),
    ("twenty twenty", None),
    ("one thousand million", None),
    ("zero zero", None),
    ("patients", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), WORDS, ids=[case[0] or "empty" for case in WORDS])
def test_parse_words(text: str, expected: float | None) -> None:
    assert parse_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("1,234", 1234.0), ("fifty-seven", 57.0), ("13 388", 13388.0), ("seven", 7.0), ("seven days", None),
])
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


FRACTIONS = [
    ("half", 50.0),
    ("about half", 50.0),
    ("nearly two-thirds", 66.7),
    ("a third", 33.3),
    ("one in five", 20.0),
    ("one out of 14", 7.14),
    ("1 in 3", 33.33),
    ("three of every four", 75.0),
    ("one in zero", None),
    ("five in one", None),
    ("some patients", None),
]


@pytest.mark.parametrize(("text", "expected"), FRACTIONS, ids=[case[0] for case in FRACTIONS])
def test_fraction_percent(text: str, expected: float | None) -> None:
    assert fraction_percent(text) == expected


DATES = [
    ("November 22, 2022", "2022-11-22"),
    ("Nov. 22, 2022", "2022-11-22"),
    ("Sept. 28, 2016", "2016-09-28"),
    ("28 Sept 2016", "2016-09-28"),
    ("2016-09-28", "2016-09-28"),
    ("May 5th, 2019", "2019-05-05"),
    (f"May{NBSP}5,{NBSP}2019", "2019-05-05"),
    ("Posted on March 3, 2001 by staff", "2001-03-03"),
    ("Feb 29, 2020", "2020-02-29"),
    ("Feb 29, 2019", None),
    ("Feb 30, 2020", None),
    ("2016-13-01", None),
    ("0000-01-01", None),
    ("2016-13-01 and March 3, 2001", "2001-03-03"),  # the first real date wins
    ("Smith 12 2020", None),
    ("no date here", None),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[case[0] for case in DATES])
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


IN_TEXT = [
    ("55.3% of patients", 55.3, True),
    ("1,234 patients", 1234.0, True),
    ("13 388 patients", 13388.0, True),
    (f"13{NBSP}388 patients", 13388.0, True),
    ("in 2012 300 patients", 300.0, True),  # both readings of a spaced run are kept
    ("in 2012 300 patients", 2012.0, True),
    ("fifty-seven patients", 57.0, True),
    ("a hundred and five patients", 105.0, True),
    ("twenty-one patients", 20.0, False),  # a compound is one number, not its parts
    ("one in five patients", 20.0, True),
    ("two-thirds of patients", 66.67, True),  # rounding of a proportion in words
    ("HR 0.72", 0.72, True),
    (f"difference {MINUS}2.5 points", -2.5, True),  # signs are not compared
    (f"P<1\u00d710{MINUS}5", 1e-05, True),
    ("P = 3e-4", 0.0003, True),
    ("2 million people", 2_000_000.0, True),
    ("55.3% of patients", 55.0, False),
    ("v2.5", 2.5, False),  # inside a word
    ("", 0.0, False),
]


@pytest.mark.parametrize(("text", "value", "expected"), IN_TEXT,
                         ids=[f"{case[0]}-{case[1]}" for case in IN_TEXT])
def test_number_in_text(text: str, value: float, expected: bool) -> None:
    assert number_in_text(value, text) is expected


def test_numbers_in_reads_every_form() -> None:
    found = numbers_in("In all, 1,234 patients, fifty-seven of them women; one in five responded (P=.03).")
    assert {1234.0, 57.0, 20.0, 0.03} <= set(found)


@pytest.mark.parametrize(("text", "zero"), [
    pytest.param("No one in the placebo group stopped the drug.", True, id="no-one"),
    pytest.param("Nobody on the active drug had a stroke.", True, id="nobody"),
    pytest.param("Patients reported no onerous side effects in the first week.", False, id="whole-words-only"),
])
def test_numbers_in_reads_no_one_as_zero(text: str, zero: bool) -> None:
    assert (0.0 in numbers_in(text)) is zero


UNICODE_FORMS = [
    (f"0.61{EN_DASH}0.85", "0.61-0.85"),
    (f"0.61{EM_DASH}0.85", "0.61-0.85"),
    (f"{MINUS}1.2", "-1.2"),
    ("0\u00b761", "0.61"),
    (f"13{NBSP}388", "13 388"),
    (f"13{THIN}388", "13 388"),
    ("\u201cquoted\u201d \u2018too\u2019", "\"quoted\" 'too'"),
    ("2\u00d710", "2x10"),
]


@pytest.mark.parametrize(("text", "ascii"), UNICODE_FORMS, ids=[case[1] for case in UNICODE_FORMS])
def test_ascii_form_keeps_length(text: str, ascii: str) -> None:
    assert ascii_form(text) == ascii
    assert len(ascii_form(text)) == len(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("P\u2264.05", "P<=.05"), ("P\u2265.05", "P>=.05"), ("P=<.05", "P<=.05"), ("P\u2a7d.05", "P<=.05"),
])
def test_canonical_relations(text: str, expected: str) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(("entries", "text", "found"), [
    pytest.param(("less", "less than"), "less than 0.05", "less than", id="longer-entry-first-whatever-the-file-order"),
    pytest.param(("at most", "n.s."), "n.s.", "n.s.", id="entries-are-escaped"),
    pytest.param(("n.s.",), "nxsx", None, id="a-dot-is-a-dot"),
    pytest.param(("less than",), "less \n than", "less \n than", id="a-space-is-any-white-space"),
    pytest.param(("no # comment",), "no # comment", "no # comment", id="verbose-pattern-keeps-hash-and-spaces"),
])
def test_phrase_alternation_in_a_verbose_pattern(entries: tuple[str, ...], text: str, found: str | None) -> None:
    from trialnews.scanning import phrase_alternation

    match = re.compile(rf"(?P<words>{phrase_alternation(entries)})", re.VERBOSE).match(text)
    assert (match.group() if match else None) == found
