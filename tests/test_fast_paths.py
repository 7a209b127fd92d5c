"""Faster readings, checked against answers written by hand: the brackets read by
``comparisons._closed_before``, the word split of the dictionary scans, the outside-expert cues
found by bisection, the arm mentions of a size's sentence, and a short form's disease read once
per long form.

Every sentence below is written for these tests (none is copied from a data set)."""

from __future__ import annotations

import importlib.util
import re
import pytest

from trialnews.facts import comparisons, conclusions, sizes
from trialnews.facts.common import spans
from trialnews.nlp import run_through
from trialnews.vocab import dictionary


#: Brackets around a figure: ``(`` opens at OUTER, ``(`` at INNER, both close at CLOSED (``PR))``);
#: the p-value's bracket opens at END.
BRACKETED = "41.5% (12.0% partial remission (PR)) vs 33.1% (P=0.04) [table 2] and (more"
OUTER, INNER = BRACKETED.index("(12.0"), BRACKETED.index("(PR")
CLOSED, END = BRACKETED.index("PR))") + len("PR))"), BRACKETED.index("(P=")


@pytest.mark.parametrize(("start", "closed"), [
    pytest.param(0, False, id="from-the-start-opened-and-closed"),
    pytest.param(OUTER, False, id="from-the-outer-bracket-opened-and-closed"),
    pytest.param(OUTER + 1, True, id="inside-the-outer-bracket"),
    pytest.param(INNER + 1, True, id="inside-both-brackets"),
    pytest.param(CLOSED - 1, True, id="before-the-last-closing"),
    pytest.param(CLOSED, False, id="after-both-close"),
    pytest.param(END, False, id="at-the-end"),
    pytest.param(END + 3, False, id="past-the-end"),
    pytest.param(len(BRACKETED) + 1, False, id="past-the-text"),
])
def test_closed_before_a_bracket_that_closes_between(start: int, closed: bool) -> None:
    assert comparisons._closed_before(BRACKETED, start, END) is closed


def test_closed_before_a_bracket_closed_inside() -> None:
    text = "rate (complete response (CR)) versus 59% (P=0.01)"
    after_response = text.index("response") + len("response")
    assert comparisons._closed_before(text, after_response, text.index("(P="))  # "(CR))": closes
    assert not comparisons._closed_before(text, 0, text.index("(P="))  # "(... (CR))": opened and closed


#: Texts and their cut into words by the dictionaries (between the words, what is not a word): a word opens
#: and closes with a letter or digit and may hold apostrophes and hyphens.
WORD_SPLITS = [
    ("5-fu and crohn's disease", ["", "5-fu", " ", "and", " ", "crohn's", " ", "disease", ""]),
    ("a--b", ["", "a--b", ""]),
    ("-x-", ["-", "x", "-"]),
    ("well-known- non-hodgkin's--", ["", "well-known", "- ", "non-hodgkin's", "--"]),
    ("x", ["", "x", ""]),
    ("", [""]),
]


@pytest.mark.parametrize(("text", "expected"), WORD_SPLITS)
def test_word_split(text: str, expected: list[str]) -> None:
    assert dictionary.WORD_GROUP.split(text) == expected


def test_words_of_a_text_and_their_starts() -> None:
    words, starts, present = dictionary._TextWords().of("5-fu, then crohn's-")
    assert words == ["5-fu", "then", "crohn's"]
    assert starts[:len(words)] == [0, 6, 11]
    assert present == {"5-fu", "then", "crohn's"}


#: One line per paragraph: a lede, an outside expert's quote (``who has no ties``: an
#: ``OUTSIDE_CUE``), a group of experts opening a clause (``Other specialists``: an
#: ``OUTSIDE_GROUP_CUE``), and a line with neither.
EXPERT = ("The pill halved migraine days in the study.\n"
          "\"This is welcome news,\" said Dr. Omar Reyes, a Denver neurologist who has no ties to the drug's maker.\n"
          "Other specialists caution that larger trials are needed.\n"
          "The patients kept a headache diary for six months.")


@pytest.mark.parametrize(("line", "with_groups", "without_groups"), [
    pytest.param(0, False, False, id="lede-the-cue-of-the-next-paragraph-is-past-its-end"),
    pytest.param(1, True, True, id="quote-of-an-expert-not-in-the-trial"),
    pytest.param(2, True, False, id="a-group-of-experts-opens-the-statement"),
    pytest.param(3, False, False, id="no-cue"),
])
def test_outside_cues_of_a_statement(nlp, line: int, with_groups: bool, without_groups: bool) -> None:  # noqa: ANN001
    doc = run_through(nlp, EXPERT, "trialnews_conclusions")
    start = sum(len(previous) + 1 for previous in EXPERT.split("\n")[:line])
    end = start + len(EXPERT.split("\n")[line])
    assert conclusions._outside(doc, start, end, groups=True) is with_groups
    assert conclusions._outside(doc, start, end, groups=False) is without_groups


SIZED = ("A total of 240 women were randomized: 120 were assigned to the patch and 120 to placebo. "
         "The patch group lost more weight. In the placebo group, 120 women completed the trial.")


@pytest.mark.parametrize(("occurrence", "expected"), [
    pytest.param(0, ["patch", "placebo"], id="first-sentence-first-count"),
    pytest.param(1, ["patch", "placebo"], id="first-sentence-second-count"),
    pytest.param(2, ["the placebo"], id="third-sentence"),
])
def test_the_arm_mentions_of_a_size_are_those_of_its_sentence(nlp, occurrence: int, expected: list[str]) -> None:  # noqa: ANN001
    doc = run_through(nlp, SIZED, "trialnews_sizes")
    assert len(spans(doc, "ARM_MENTION")) > len(expected)  # the doc has more: the sentence's are chosen
    number = list(re.finditer(r"\b120\b", SIZED))[occurrence]
    assert [m.text for m in sizes._mentions_in_sentence_at(doc, *number.span())] == expected


def test_a_short_form_of_a_disease_counts_at_each_use(run) -> None:  # noqa: ANN001
    # the long form once, its short form three times, another disease twice: only the short
    # form's uses make the trial's condition the long form's
    text = ("Pill eases gut pain\n\n"
            "In a trial of 300 adults with asthma, a daily pill eased the pain of IBS. All had irritable bowel "
            "syndrome (IBS) for at least a year. IBS pain fell by half, and IBS bloating eased. Their asthma did "
            "not change.")
    assert run(text)["trial"]["condition"] == "irritable bowel syndrome"


#: Counts of people with listed adjectives and look-alikes, written for this test: a digit, a
#: number word in either case, a grouped number, a decimal, a count inside a word or after a
#: comma (not a start), two in a row, a tail with no count before it, and a comma but no people.
LISTED_TEXTS = [
    "The trial enrolled 700 older, healthy adults and 32 healthy, non-smoking women in two cities.",
    "Twenty young, active men and thirty-two frail, elderly patients took the pill; 1,250 obese, diabetic people did not.",
    "In 12 weeks, all the patients improved, and A7 tall, thin volunteers and 3,5 busy, tired nurses left.",
    "Of the 2.5 mild, chronic cases, 40 sick, the patients said, were 50 small, the children.",
    "Some older, healthy adults joined later, and the report ran to 300 pages, tables included.",
    "",
]


@pytest.mark.parametrize("text", LISTED_TEXTS)
def test_listed_population_scanner_finds_what_the_pattern_finds(text: str) -> None:
    expected = [(m.start(), m.end(), m["listed"], m["rest"]) for m in sizes._listed_population().finditer(text)]
    found = [(start, end, m["listed"], m["rest"]) for start, end, m in sizes._listed_population_scanner().finditer(text)]
    assert found == expected


def test_listed_population_scanner_finds_the_listed_counts() -> None:
    text = LISTED_TEXTS[0]
    found = [text[start:end] for start, end, _ in sizes._listed_population_scanner().finditer(text)]
    assert found == ["700 older, healthy adults", "32 healthy, non-smoking women"]


#: Twenty words of a scanner (more than ``MIN_OWN_PASS_SCAN_LITERALS``), some the start of another
#: (``co-author``, ``co-authored``) or inside another word (``led`` in ``called``).
MANY_WORDS = ["author", "authors", "co-author", "co-authored", "led", "lead", "leader", "study", "studies",
              "team", "research", "researchers", "scientist", "scientists", "doctor", "doctors", "trial",
              "trials", "group", "groups"]
MANY_WORDS_TEXTS = [
    "The co-authored study was led by a lead author, Dr. Lee, whose team called it a TRIAL of trials.",
    "Researchers and scientists -- doctors too -- in the Study Group co-author studies; a leader led.",
    "Nothing here names any of them at all.",
    "",
]


@pytest.mark.parametrize("text", MANY_WORDS_TEXTS)
def test_a_scanner_of_many_words_finds_what_the_pattern_finds(text: str) -> None:
    from trialnews.scanning import LowerText, MIN_OWN_PASS_SCAN_LITERALS, PrefixScanner, alternation

    source = rf"(?i)\b(?:{alternation(MANY_WORDS)})\b"
    scanner = PrefixScanner(source, MANY_WORDS, lower=LowerText())
    assert len(scanner.prefixes) >= MIN_OWN_PASS_SCAN_LITERALS
    if importlib.util.find_spec("ahocorasick") is not None:
        assert scanner._own_scan_finditer  # the one-pass scan is what this test checks, where it can run
    expected = [(m.start(), m.end()) for m in re.finditer(source, text)]
    assert [(start, end) for start, end, _ in scanner.finditer(text)] == expected


@pytest.mark.parametrize(("text", "holds"), [
    pytest.param("Results were good.\nAbout Acme Pharmaceuticals\nAcme makes pills", True, id="about-line"),
    pytest.param("Results were good.\n## About Acme Bio\n", True, id="about-line-after-marks"),
    pytest.param("Results were good.\nabout Acme Pharmaceuticals\n", False, id="lower-case-opener"),
    pytest.param("Results were good. About Acme Pharmaceuticals\n", False, id="not-at-a-line-start"),
    pytest.param("Results were good.\nAboutAcme\n", False, id="no-space-after-the-opener"),
])
def test_an_about_line_is_looked_for_only_where_its_opener_is(text: str, holds: bool) -> None:
    from trialnews.reading import kind

    gated = any(literal in text for literal in kind._about_line_literals())
    found = kind._about_line().search(text) is not None
    assert found is holds
    assert gated or not found


def test_words_of_two_texts_are_kept_in_turn() -> None:
    kept = dictionary._TextWords()
    article, name = "aspirin and crohn's disease, then 5-fu", "crohn's disease"
    first = kept.of(article)
    words, starts, present = kept.of(name)
    assert (words, starts[:2], present) == (["crohn's", "disease"], [0, 8], {"crohn's", "disease"})
    again = kept.of(article)
    assert again[0] is first[0] and again[1] is first[1]  # the article's words, not cut again
    assert again[0] == ["aspirin", "and", "crohn's", "disease", "then", "5-fu"]


@pytest.mark.parametrize("text", [
    "Half the women took the pill and the other half a dummy; the rest, and one group, had neither.",
    "HALF of them, THE REMAINING PATIENTS and another   group: one half. Theother halfway onehalf.",
    "",
])
def test_split_subjects_found_where_their_first_words_stand(text: str) -> None:
    from trialnews.facts import arms

    expected = [m.start() for m in arms._split_subject().finditer(text)]
    assert [start for start, _, _ in arms._split_subject_scanner().finditer(text)] == expected
