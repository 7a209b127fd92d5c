"""Faster readings that must give the same answers as the walks they replaced: the brackets
read by ``comparisons._closed_before``, the word split of the dictionary scans, the outside-expert
cues found by bisection, the arm mentions of a size's sentence, and a short form's disease read
once per long form."""

from __future__ import annotations

import re
import pytest

from trialnews.facts import comparisons, conclusions, sizes
from trialnews.facts.common import sent, spans
from trialnews.nlp import run_through
from trialnews.vocab import dictionary


def _closed_before_walk(text: str, start: int, end: int) -> bool:
    """The walk ``_closed_before`` replaces: every character between ``start`` and ``end``."""
    depth = 0
    for char in text[start:end]:
        depth += char in "(["
        depth -= char in ")]"
        if depth < 0:
            return True
    return False


BRACKETED = "82.7% (25.3% complete response (CR)) versus 59.2% (P=0.0002) [see table] and (more"


@pytest.mark.parametrize("start", range(len(BRACKETED) + 2))
def test_closed_before_reads_the_brackets_as_the_walk_does(start: int) -> None:
    end = BRACKETED.index("(P=")
    assert comparisons._closed_before(BRACKETED, start, end) == _closed_before_walk(BRACKETED, start, end)


def test_closed_before_a_bracket_closed_inside() -> None:
    text = "rate (complete response (CR)) versus 59% (P=0.01)"
    after_response = text.index("response") + len("response")
    assert comparisons._closed_before(text, after_response, text.index("(P="))  # "(CR))": closes
    assert not comparisons._closed_before(text, 0, text.index("(P="))  # "(... (CR))": opened and closed


WORDS = ["5-fu and crohn's disease", "a--b", "-x-", "don't 'quote' it", "well-known- non-hodgkin's--",
         "\u00e9tude \u00e0-la-carte", "''", "", "x", "anti-pd-1/pd-l1 (nivolumab)"]


@pytest.mark.parametrize("text", WORDS)
def test_word_split_is_that_of_the_word_pattern(text: str) -> None:
    backtracking = re.compile(f"({dictionary.WORD.pattern})")
    assert dictionary.WORD_GROUP.split(text) == backtracking.split(text)


def test_words_of_a_text_and_their_starts() -> None:
    words, starts, present = dictionary._TextWords().of("5-fu, then crohn's-")
    assert words == ["5-fu", "then", "crohn's"]
    assert starts[:len(words)] == [0, 6, 11]
    assert present == {"5-fu", "then", "crohn's"}


EXPERT = ("The drug cut relapses by half in the trial. \"It is a big step,\" said Dr. Ann Klein, "
          "who was not involved in the study. Some doctors say more work is needed. "
          "The patients took the drug for a year.")


def _outside_walk(doc, start: int, end: int, groups: bool = True) -> bool:  # noqa: ANN001 - a spaCy doc
    """The walk ``_outside`` replaces: every cue of the doc."""
    text = doc.text
    words_end = len(text[:end].rstrip())
    paragraph_end = text.find("\n", words_end)
    limit = min(end + conclusions.DEFAULTS.attribution_window, paragraph_end if paragraph_end >= 0 else len(text))
    return any(start <= s.start_char < limit for s in spans(doc, "OUTSIDE_CUE")) \
        or (groups and any(start <= s.start_char < end and conclusions._opens_clause(text[start:s.start_char])
                           for s in spans(doc, "OUTSIDE_GROUP_CUE")))


def test_outside_cues_by_bisection_as_by_the_walk(nlp) -> None:  # noqa: ANN001 - the session's pipeline
    doc = run_through(nlp, EXPERT, "trialnews_conclusions")
    assert spans(doc, "OUTSIDE_CUE") or spans(doc, "OUTSIDE_GROUP_CUE")
    answers = []
    for sentence in doc.sents:
        for groups in (True, False):
            expected = _outside_walk(doc, sentence.start_char, sentence.end_char, groups)
            assert conclusions._outside(doc, sentence.start_char, sentence.end_char, groups=groups) == expected
            answers.append(expected)
    assert True in answers and False in answers  # the walk says yes of some sentence and no of another


SIZED = ("A total of 240 women were randomized: 120 were assigned to the patch and 120 to placebo. "
         "The patch group lost more weight. In the placebo group, 120 women completed the trial.")


def test_mentions_of_a_size_sentence_are_those_the_walk_finds(nlp) -> None:  # noqa: ANN001
    doc = run_through(nlp, SIZED, "trialnews_sizes")
    mentions = spans(doc, "ARM_MENTION")
    assert mentions
    for number in re.finditer(r"\b120\b", SIZED):
        start, end = number.span()
        nearby = sizes._mentions_in_sentence_at(doc, start, end)
        walk = [m for m in mentions if sent(m).start_char <= start < sent(m).end_char]
        assert [m for m in nearby if sent(m).start_char <= start < sent(m).end_char] == walk


def test_a_short_form_of_a_disease_counts_at_each_use(run) -> None:  # noqa: ANN001
    text = ("Drug eases irritable bowel syndrome\n\n"
            "In a trial of 300 adults with irritable bowel syndrome (IBS), the drug eased pain. "
            "People with IBS often have cramps. IBS affects one adult in ten. "
            "Some of the patients also had asthma.")
    assert run(text)["trial"]["condition"] == "irritable bowel syndrome"
