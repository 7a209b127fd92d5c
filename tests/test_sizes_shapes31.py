"""Sample sizes read a rate's words from one lexicon (``patterns/rate_words.tsv``), a count's share in
brackets as the allocation lists do (``allocation.past_share``), a size's tokens and number through
one helper each, the story's year once per doc, and whether a count completes a trial noun once per
count. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.facts import common, sizes
from trialnews.facts.common import ensure_extension, state

HEADLINE = "Cream trial news\n\n"


def _sizes(nlp: Language, text: str) -> list[tuple[int, str | None]]:
    return [(s["n"], s["arm"]) for s in nlp(HEADLINE + text)._.record["sample_sizes"]]


@pytest.mark.parametrize(("after", "denominator"), [
    (" per 1,000 women", "1,000"), (" for every 100 people", "100"), (" every 10,000 adults", "10,000"),
    (" in 1,000 women", None), (" out of 200 people", None), (" every day", None),
], ids=["per", "for-every", "bare-every", "in-is-after-count-only", "out-of-is-after-count-only", "every-without-number"])
def test_a_rate_word_of_the_denominator_use_opens_a_denominator(after: str, denominator: str | None) -> None:
    # "every" alone (rate_words.tsv, denominator only) opens a denominator as "per" does; "in" and
    # "out of" join a count of events to a denominator before it, never open one after a count
    found = sizes._RATE_AFTER.match(after)
    assert (found and found["denominator"]) == denominator


@pytest.mark.parametrize(("written", "event"), [
    ("(13 per cent)", True), ("(13%)", True), ("(13 per 100)", False), ("(13 % of the whole group)", False),
    ("", False),
], ids=["word-share", "sign-share", "rate-not-share", "bracket-longer-than-a-share", "no-share"])
def test_a_count_after_in_with_its_share_after_it_counts_an_event(nlp: Language, written: str, event: bool) -> None:
    # the share read as the allocation lists read it (allocation.past_share): a percent in words as
    # well as a sign, and no more than SHARE_TOKENS tokens up to the closing bracket
    from trialnews.nlp import run_through

    text = f"The rash stayed mild in 31 patients {written} after the cream.".replace("  ", " ")
    doc = run_through(nlp, text, "trialnews_arms")
    at = text.index("31 patients")
    assert sizes._event_share(doc, doc.char_span(at, at + len("31 patients")), 40) is event


@pytest.mark.parametrize(("after", "rate"), [
    (" (33.9%)", True), (" (33.9 per cent)", True), (" [33.9 percent", True), (" (33.9 per 100)", False),
    (" (33.9 mg)", False),
], ids=["sign", "per-cent", "unclosed-percent", "per-100", "unit"])
def test_a_rate_in_brackets_after_a_count_is_written_with_a_percent_word(after: str, rate: bool) -> None:
    assert bool(sizes._RATE_BRACKET.match(after)) is rate


@pytest.mark.parametrize(("before", "rate"), [
    ("fell to 12 per ", True), ("fell to 12 for every ", True), ("just 3 out of every ", True),
    ("one in ", True), ("two out of ", True), ("were seen in ", False), ("a total of ", False),
], ids=["per", "for-every", "out-of-every", "one-in", "two-out-of", "in-alone", "total-of"])
def test_a_count_after_a_rates_words_counts_no_population(before: str, rate: bool) -> None:
    assert bool(sizes._COUNT_CONTEXT.search(before)) is rate


@pytest.mark.parametrize(("before", "words"), [
    ("there were 31 infections per ", " infections"), ("4 cases of liver injury in ", " cases of liver injury"),
    ("3 out of ", ""), ("8 fewer fractures for every ", " fewer fractures"),
], ids=["per", "in-after-words", "out-of", "for-every"])
def test_a_rates_count_of_events_stands_before_its_words(before: str, words: str) -> None:
    found = sizes._RATE_BEFORE.search(before)
    assert found is not None and found["words"] == words


@pytest.mark.parametrize(("after", "denominator"), [
    (" per 1,000 women", "1,000"), (" for every 10,000 people", "10,000"), (" every 100 adults", "100"),
    (" in 1,000 people", None), (" per 2.5 years", None),
], ids=["per", "for-every", "every", "in-needs-a-count-first", "not-a-whole-number"])
def test_a_rates_denominator_follows_its_own_words(after: str, denominator: str | None) -> None:
    found = sizes._RATE_AFTER.match(after)
    assert (found["denominator"] if found else None) == denominator


@pytest.mark.parametrize("text", [
    "Doctors randomly assigned 4,000 women to the pill or a placebo. The pill prevented 8 fractures for "
    "every 1,000 women who took it.",
    "The trial randomly assigned 4,000 adults to the vaccine or a placebo. There were 31 infections per 1,000 "
    "adults in the placebo group.",
    "The trial randomly assigned 4,000 adults to the vaccine or a placebo. Only 3 out of every 1,000 vaccinated "
    "adults caught the flu.",
], ids=["for-every", "per", "out-of-every"])
def test_a_rates_terms_are_no_sizes(nlp: Language, text: str) -> None:
    assert _sizes(nlp, text) == [(4000, None)]


@pytest.mark.parametrize("share", ["35%", "35 per cent", "35 percent"], ids=["sign", "per-cent", "percent"])
def test_people_an_event_happened_to_with_their_share_are_no_size(nlp: Language, share: str) -> None:
    text = ("The trial randomly assigned 1,210 adults to the cream or the gel. Nausea occurred in 212 patients "
            f"({share}) in the cream group.")
    assert _sizes(nlp, text) == [(1210, None)]


def test_a_sizes_number_is_the_last_token_of_its_evidence_that_writes_it(nlp: Language) -> None:
    doc = nlp.make_doc("Of the 52 women, 52 took the gel (n = 52) daily.")
    start = doc.text.index("(n = 52)")
    size = {"n": 52, "evidence": {"start": start + 1, "end": start + 7}}
    number = sizes._size_number(doc, size)
    assert number is not None and number.text == "52" and number.idx == start + 5
    assert sizes._size_number(doc, {**size, "n": 53}) is None


def test_the_tokens_of_a_size_widen_to_whole_tokens(nlp: Language) -> None:
    doc = nlp.make_doc("Some 410 adults took part.")
    tokens = sizes._evidence_tokens(doc, {"n": 410, "evidence": {"start": 6, "end": 10}})
    assert tokens is not None and tokens.text == "410 adults"


@pytest.fixture
def year_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the year pattern (``facts.common.YEAR``) is read over while a test runs."""
    reads: list[str] = []
    year = common.YEAR

    class Counting:
        def findall(self, text: str):
            reads.append(text)
            return year.findall(text)

    monkeypatch.setattr(common, "YEAR", Counting())
    return reads


def test_the_story_year_is_read_once_per_doc(nlp: Language, year_reads: list[str]) -> None:
    ensure_extension()
    doc = nlp.make_doc("A study from 2009 was repeated in 2014 and again in 2012.")
    assert [sizes._story_year(doc) for _ in range(3)] == [2014, 2014, 2014]
    assert len(year_reads) == 1 and state(doc)[sizes.STORY_YEAR] == 2014


def test_the_story_year_is_the_articles_date_first(nlp: Language) -> None:
    ensure_extension()
    doc = nlp.make_doc("A study from 2009 was repeated in 2014.")
    state(doc)["article"] = {"published": "2011-05-02"}
    assert sizes._story_year(doc) == 2011


def test_a_dated_earlier_study_keeps_its_count_out(nlp: Language) -> None:
    text = ("June 3, 2016\nA Danish study of 52 adults published in 2009 found the cream worked. The new trial "
            "randomly assigned 410 adults to the cream or a placebo.")
    assert _sizes(nlp, text) == [(410, None)]


def test_a_count_completing_a_trial_noun_is_read_once(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    complement = sizes._trial_complement

    def counting(doc, span):
        calls.append((span.start, span.end))
        return complement(doc, span)

    monkeypatch.setattr(sizes, "_trial_complement", counting)
    found = _sizes(nlp, "The trial compared a zinc cream with a placebo cream. A clinical trial of nearly 700 adults "
                        "had fewer colds in the zinc cream group than in the placebo group.")
    assert found == [(700, None)]  # no group named after the trial's verb takes the count
    assert calls and len(calls) == len(set(calls))


def test_the_latest_year_is_read_once_per_doc(nlp: Language, year_reads: list[str]) -> None:
    ensure_extension()
    doc = nlp.make_doc("Enrolment ran from 2016 to 2019; an earlier study from 2011 found less.")
    assert [common.latest_year(doc) for _ in range(3)] == [2019, 2019, 2019]
    assert len(year_reads) == 1
    assert common.latest_year(nlp.make_doc("No dates here.")) is None
