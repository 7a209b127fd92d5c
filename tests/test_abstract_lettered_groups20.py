"""Groups named by one letter in trial abstracts (``group A``, ``arms A and B``) and brackets that
open with an outcome's short form (``(BCS; 67% vs 68%)``).

spaCy's tokenizer keeps the full stop on one capital letter, as it does on an initial (``J.``),
so ``... in group B. Seroma ...`` was one sentence and the values of both were read together.
Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

OPENING = ("Two ways of closing the axilla: a randomized trial\n\nBACKGROUND: Seroma is common after axillary "
           "surgery. METHODS: We randomized 100 women to suture closure (group A, n = 50) or drain placement "
           "(group B, n = 50). RESULTS: ")


def percents(run: Callable[[str], dict[str, Any]], text: str) -> dict[float, tuple[str | None, str]]:
    """value -> (arm, endpoint) of the % results of ``text``'s grounded, validated record."""
    return {r["value"]: ((r["arm"] or "").lower() or None, (r["endpoint"] or "").lower())
            for r in run(text)["results"] if r["unit"] == "%"}


@pytest.mark.parametrize(("text", "sentences"), [
    pytest.param("Seroma was seen in group B. Pain was rare.", ["Seroma was seen in group B.", "Pain was rare."],
                 id="group-letter"),
    pytest.param("Seroma was seen in groups A and B. Pain was rare.",
                 ["Seroma was seen in groups A and B.", "Pain was rare."], id="letter-list"),
    pytest.param("Most women lacked vitamin D. The supplement helped.",
                 ["Most women lacked vitamin D.", "The supplement helped."], id="named-by-letter"),
    pytest.param("The work was paid for by the A. Rowe fund, said co-author C. Michael Smith.",
                 ["The work was paid for by the A. Rowe fund, said co-author C. Michael Smith."], id="initials"),
    pytest.param("The samples were read by Smith and B. Jones of the clinic.",
                 ["The samples were read by Smith and B. Jones of the clinic."], id="initial-after-and"),
])
def test_a_one_letter_name_ends_its_sentence(nlp: Language, text: str, sentences: list[str]) -> None:
    assert [s.text for s in nlp(text).sents] == sentences


def test_values_of_two_sentences_after_a_group_letter_keep_their_groups(run) -> None:
    found = percents(run, OPENING + "Seroma developed in 12 (24%) patients in group A and 20 (40%) patients in "
                     "group B. Wound infection occurred in 5 (10%) and 2 (4%) patients in groups A and B, "
                     "respectively. CONCLUSIONS: Drains did not prevent seroma.")
    assert found[24.0] == ("group a", "seroma") and found[40.0] == ("group b", "seroma")
    assert found[10.0] == ("group a", "wound infection") and found[4.0] == ("group b", "wound infection")


def test_a_value_in_a_lettered_group_no_arm_has_is_left_out(run) -> None:
    # "group P" is no arm: its value is not group A's, though group A is named before it.
    found = percents(run, OPENING + "At one week, the incidence of seroma was 24% in group A and 31% in group P. "
                     "CONCLUSIONS: Drains did not prevent seroma.")
    assert found.get(24.0) == ("group a", "incidence of seroma")
    assert found.get(31.0, (None, ""))[0] != "group a"


@pytest.mark.parametrize(("bracket", "endpoint"), [
    pytest.param("(SSI; 24% vs 40%)", "surgical site infection", id="semicolon"),
    pytest.param("(SSI, 24% vs 40%)", "surgical site infection", id="comma"),
])
def test_a_bracket_opened_by_the_short_form_of_its_outcome(run, bracket: str, endpoint: str) -> None:
    found = percents(run, OPENING + f"Surgical site infection {bracket} did not differ between groups A and B. "
                     "CONCLUSIONS: Drains did not prevent infection.")
    assert found[24.0] == ("group a", endpoint) and found[40.0] == ("group b", endpoint)


def test_a_bracket_opened_by_a_label_that_is_no_short_form_of_the_phrase(run) -> None:
    found = percents(run, OPENING + "Pain at one week was frequent (QX, 24% vs 40%) between groups A and B. "
                     "CONCLUSIONS: Drains did not prevent pain.")
    assert all(endpoint != "pain at one week" and endpoint != "qx" for _, endpoint in found.values())


DRAINS = ("Two drains after mastectomy: a randomized trial\n\nBACKGROUND: Seroma is common. METHODS: We "
          "randomized 120 women to a closed drain (n = 60) or an open drain (n = 60). RESULTS: ")


@pytest.mark.parametrize("sentence", [
    pytest.param("Seroma was less frequent with the closed drain than with the open drain: 22% (13/60) vs. 35% "
                 "(21/60) (p = 0.03).", id="colon-after-both-groups"),
    pytest.param("Seroma was less frequent with the closed drain than with the open drain (22% [13/60] vs. 35% "
                 "[21/60], p = 0.03).", id="pair-with-counts-in-the-bracket-after-a-group"),
])
def test_a_pair_after_a_clause_naming_both_groups_is_not_the_last_groups(run, sentence: str) -> None:
    # Neither value is the open drain's by being written after its name: 22% is the closed drain's.
    found = percents(run, DRAINS + sentence + " CONCLUSIONS: Closed drains reduce seroma.")
    assert found.get(22.0, (None, ""))[0] != "open drain"
    assert found.get(35.0, (None, ""))[0] != "closed drain"


def test_a_label_that_opens_a_bracket_still_labels_its_value(run) -> None:
    found = percents(run, DRAINS + "Pain was more frequent in the closed drain group, while seroma occurred more "
                     "often in the open drain group (closed drain: 10.8%, open drain: 25.4%; P = 0.04). "
                     "CONCLUSIONS: Closed drains reduce seroma.")
    assert found[10.8][0] == "closed drain" and found[25.4][0] == "open drain"


ZOLMARIN = ("Zolmarin for hot flashes after breast cancer: a randomized trial\n\nBACKGROUND: Hot flashes are common. "
            "METHODS: We randomly assigned 240 women to zolmarin (n = 120) or placebo (n = 120). RESULTS: ")


@pytest.mark.parametrize("sentence", [
    pytest.param("The most common adverse events with zolmarin were nausea (10%), headache (8%) and dizziness (5%).",
                 id="group-after-with"),
    pytest.param("The most common adverse events in the zolmarin group were nausea (10%), headache (8%), and "
                 "dizziness (5%).", id="group-noun-and-serial-comma"),
])
def test_a_list_of_outcomes_shares_the_group_named_before_it(run, sentence: str) -> None:
    found = percents(run, ZOLMARIN + sentence + " CONCLUSIONS: Zolmarin was well tolerated.")
    assert found[10.0] == ("zolmarin", "nausea")
    assert found[8.0] == ("zolmarin", "headache")
    assert found[5.0] == ("zolmarin", "dizziness")


@pytest.mark.parametrize("sentence", [
    pytest.param("The most common adverse events with zolmarin were nausea (10%) and headache (8%), while placebo "
                 "caused dizziness (5%).", id="another-group-in-the-sentence"),
    pytest.param("The most common adverse events were nausea (10%), headache (8%) and dizziness (5%).",
                 id="no-group-named"),
])
def test_a_list_of_outcomes_takes_no_group_that_is_not_the_only_one(run, sentence: str) -> None:
    found = percents(run, ZOLMARIN + sentence + " CONCLUSIONS: Zolmarin was well tolerated.")
    assert found.get(8.0, (None, ""))[0] is None


def test_a_list_of_brackets_after_names_is_not_an_outcome_list(run) -> None:
    # The first bracket is zolmarin's own rate: "velarin (31%)" names another drug, not an outcome.
    found = percents(run, ZOLMARIN + "Smaller reductions were seen in trials of patients using zolmarin (23%) and "
                     "velarin (31%). CONCLUSIONS: Zolmarin was well tolerated.")
    assert found.get(31.0, (None, ""))[0] is None
