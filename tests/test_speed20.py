"""Speed changes that must give the same answers as the plain code they replace (issue 12): the
fuller names' occurrences tried only where their first word stands, the arms' other-study and
unrealised-study patterns behind a literal gate, and the kept span lists of several labels."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from trialnews.facts import arms
from trialnews.facts.common import spans, spans_starting
from trialnews.facts.endpoints import singular
from trialnews.linking.fuller import _matches, _occurrence_pattern, _occurrences
from trialnews.scanning import CapitalScanner, capital_led

ARTICLE = ("Hot flashes fell by half. The frequency of hot  flashes dropped in women on the patch, and HOT FLASHES "
           "were rarer still at a year; hot-flash scores and hotflashes were not counted. Flashes of light "
           "were reported, and so was a hot flash now and then.")


@pytest.mark.parametrize("name", ["hot flashes", "Hot flash", "flashes", "hot", "light", "scores", "year",
                                  "hot-flash scores", "frequency of hot flashes", "half", "absent words"])
def test_occurrences_are_those_of_the_plain_pattern(name: str) -> None:
    words = name.split()
    before, last = tuple(words[:-1]), singular(words[-1].lower())
    pattern, first = _occurrence_pattern(before, last)
    assert first == (words[0].lower() if len(words) > 1 else singular(words[-1].lower()))
    for text in (ARTICLE, ARTICLE.upper(), ARTICLE.replace(" ", "\n")):
        assert _matches(before, last, text) == [m.span() for m in pattern.finditer(text)]


def test_occurrences_in_a_doc_with_a_case_exception_are_read_by_the_regex() -> None:
    nlp = spacy.blank("en")
    text = "The \u212aelvin scale aside, hot flashes fell; Hot Flashes rose in the placebo group."
    doc = nlp(text)
    found = [span.text for span in _occurrences(doc, "hot flashes")]
    assert found == ["hot flashes", "Hot Flashes"]


def test_occurrences_take_the_leftmost_longest_match() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Hot flashes and hot flashes, then hot flash episodes and hotflash scores.")
    assert [span.text for span in _occurrences(doc, "hot flash")] == ["Hot flashes", "hot flashes", "hot flash"]


@pytest.mark.parametrize("sentence", [
    "Earlier studies of the drug found no benefit over a placebo.",
    "Other research has compared the patch with a pill.",
    "Larger studies are needed before the drug can be recommended.",
    "What's needed is research that compares the device with a sham one.",
    "There are no well-designed trials showing that the pill works.",
    "Women were randomly assigned to the patch or a placebo for a year.",
    "The drug cut attacks by a third.",
])
def test_gated_study_patterns_answer_as_the_patterns(sentence: str) -> None:
    for gated in (arms._other_study(), arms._unrealised_study()):
        plain = re.compile(gated.compiled.pattern, gated.compiled.flags)
        assert bool(gated.search(sentence)) == bool(plain.search(sentence))
        assert bool(gated.search(sentence.upper())) == bool(plain.search(sentence.upper()))


def test_an_unrealised_study_is_still_found() -> None:
    assert arms._unrealised_study().search("Larger studies are needed before it can be recommended.")
    assert not arms._unrealised_study().search("Women took the patch or a placebo for a year.")


def test_kept_lists_of_several_labels_follow_their_groups() -> None:
    nlp = spacy.blank("en")
    doc = nlp("The patch cut hot flashes by half against a placebo in a year.")
    doc.spans["A"] = [Span(doc, 1, 2)]
    doc.spans["B"] = [Span(doc, 9, 10)]
    assert [s.text for s in spans(doc, "A", "B")] == ["patch", "placebo"]
    doc.spans["B"].append(Span(doc, 3, 5))  # grown in place: read anew
    assert [s.text for s in spans(doc, "A", "B")] == ["patch", "hot flashes", "placebo"]
    doc.spans["A"] = [Span(doc, 6, 7)]  # set again, as many spans: read anew
    assert [s.text for s in spans(doc, "A", "B")] == ["hot flashes", "half", "placebo"]
    assert [s.text for s in spans_starting(doc, "A", "B", start=4, end=10)] == ["half", "placebo"]
    del doc.spans["A"]
    assert [s.text for s in spans(doc, "A", "B")] == ["hot flashes", "placebo"]


ACRONYM_LIKE = r"\b(?:[A-Z]{2,}\s\d{3,5}|[a-z]?[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-\d{1,4})?|[A-Z][a-z]+-\d{2,4})\b"


@pytest.mark.parametrize(("source", "led"), [
    (ACRONYM_LIKE, True),
    (r"\b[A-Z][a-z]+\b", True),
    (r"\b(?:[a-z]?[A-Z]+|[A-Z]\d)\b", True),
    (r"[A-Z][a-z]+", False),  # no \b before it
    (r"\b[a-z]+[A-Z]", False),  # several lower-case letters first
    (r"(?i)\b[A-Z]{2,}\b", False),  # any case
    (r"\b(?:[A-Z]{2,}|\d+)\b", False),  # an alternative with a number first
    (r"\b[a-z]?[A-Za-z]+\b", False),  # the second letter may be lower-case
])
def test_capital_led_patterns(source: str, led: bool) -> None:
    assert capital_led(source) is led


@pytest.mark.parametrize("text", [
    "The FDA approved HeartMate III after the HALT-MS trial; mRNA-1273 and iPhone users were not studied.",
    "In the ACCORD 2010 study, Smith-12 and McDonald took part, as did eGFR and US readers.",
    "aB AB a1 ABc-12 X-2 xYz Zz-123 (NIH)",
    "",
    "nothing here starts with a capital letter",
    "\u00e9A \u00c9AB _AB 1AB a_B",
])
def test_capital_scanner_finds_what_finditer_finds(text: str) -> None:
    scanner = CapitalScanner(ACRONYM_LIKE)
    pattern = re.compile(ACRONYM_LIKE)
    assert [(start, end) for start, end, _ in scanner.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_the_acronym_rule_is_read_at_capitals() -> None:
    from trialnews.nlp import make_nlp

    ruler = make_nlp().get_pipe("trialnews_ruler")
    kinds = {rule_id: type(scanner).__name__ for label, rule_id, scanner, _, _ in ruler._runs if label == "TRIAL_NAME"}
    assert kinds["acronym"] == "CapitalScanner"
