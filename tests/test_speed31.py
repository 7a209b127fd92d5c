"""Per-article changes that must give the same values as the code they replace (issue 12): the
ordered lists of counts read only in sentences where a run of counts comes before a word of people,
and the lower-cased text of the last sentence kept for the cue patterns asked of it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from trialnews import scanning
from trialnews.facts import sizes
from trialnews.facts.common import sent, token_positions
from trialnews.linking.groups import has_respectively
from trialnews.nlp import run_through
from trialnews.scanning import CASE_EXCEPTIONS, LowerText

STORY = ("The trial enrolled adults with gout in four clinics. Forty-four and 47 adults were assigned to "
         "allopurinol and febuxostat. Nurses were assigned to each clinic. In all, 12 patients were "
         "assigned to the study. Two, 30 and 31 patients were allocated to colchicine, allopurinol and "
         "febuxostat, respectively. The 30 patients were assigned to allopurinol and 31 to febuxostat.")


def _every_allocation_sentence(doc) -> list[dict]:
    """The ordered lists as read before the gate: every allocation sentence without ``respectively``."""
    found, read = [], set()
    for index in token_positions(doc, sizes._words("allocation_verbs")):
        sentence = sent(doc[index])
        if sentence.start in read or has_respectively(sentence):
            continue
        read.add(sentence.start)
        end = sentence.end
        while end > sentence.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end < sentence.end and doc[end].text in (".", ";") or end == len(doc):
            found += sizes._counts_then_groups(doc, sentence, end)
    return found


def test_the_gate_keeps_every_ordered_list(nlp) -> None:
    doc = run_through(nlp, STORY, "trialnews_arms")
    assert sizes._ordered_list_sizes(doc) == _every_allocation_sentence(doc)
    assert [(size["n"], size["arm"].lower()) for size in sizes._ordered_list_sizes(doc)] == [
        (44, "allopurinol"), (47, "febuxostat")]


@pytest.mark.parametrize("sentence, counted", [
    ("Forty-four and 47 adults were assigned to allopurinol and febuxostat.", True),
    ("Nurses were assigned to each clinic.", False),  # no count at all
    ("In all, 12 patients were assigned to the study.", False),  # one count, no run
    ("The 30 patients were assigned to allopurinol and 31 to febuxostat.", False),  # the run is not before the people
])
def test_counted_people(nlp, sentence: str, counted: bool) -> None:
    doc = run_through(nlp, sentence, "trialnews_arms")
    people = token_positions(doc, sizes._people())
    assert sizes._counted_people(doc, doc[:], people) is counted


@pytest.mark.parametrize("text", ["Fever fell in The Group", "mixed CASE words", "already lower"])
def test_reliably_lowered_is_the_lower_case_text_kept_for_the_next_ask(text: str) -> None:
    lower = LowerText()
    first = lower.reliably_lowered(text)
    assert first == text.lower()
    assert lower.reliably_lowered(text) is first  # the kept answer, not one lower-cased again


def test_reliably_lowered_refuses_a_text_whose_lower_case_moves_its_characters() -> None:
    lower = LowerText()
    text = "A dotted " + CASE_EXCEPTIONS[0] + " here"
    assert lower.reliably_lowered(text) is None
    assert lower.reliably_lowered("plain") == "plain"  # another text: not the kept answer
    assert lower.reliably_lowered(text) is None
    assert lower.reliably_lowered("Caf\u00e9 Menu") == "caf\u00e9 menu"  # not ASCII, no exception: read


def test_a_pattern_answers_as_the_compiled_pattern_on_one_text_after_another() -> None:
    compiled = scanning.compile_pattern(r"(?i)\bwere\s+(?:assigned|allocated)\s+to\b")
    pattern = scanning.StartFilteredPattern(compiled)
    for text in ["Adults Were Assigned To a drug.", "Nobody was.", "They were allocated to rest.", "x" * 40]:
        for _ in range(2):
            found, expected = pattern.search(text), compiled.search(text)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("words", [frozenset({"adults", "patients"}), None])
def test_token_positions_with_the_kept_hashes_as_a_walk_over_the_tokens(nlp, words) -> None:
    words = sizes._people() if words is None else words  # a long list (bisection) and a short one
    for text in ("Forty adults and 40 Patients took part.", "Patients, nurses and adults; no more patients."):
        doc = nlp.make_doc(text)
        assert token_positions(doc, words) == [t.i for t in doc if t.lower_ in words]
