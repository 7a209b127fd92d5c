"""The outcome a value's clause names: the predicate after a share of a group's people
(``predicate-of-people``) and the subject of a clause whose complement holds the value after ``in``
(``subject-of-clause``).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems

#: A news story's opening that names two groups.
OPENING = "Men with the condition were randomly assigned to lozavir or a placebo pill. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def results(nlp: Language, text: str) -> dict[float, tuple[str, str | None, str | None]]:
    found = extract_text(text, nlp=nlp)
    Record.model_validate(found, context={"text": text})
    assert not grounding_problems(found, text)
    return {r["value"]: (r["endpoint"], r["arm"], r["evidence"].get("links", {}).get("endpoint"))
            for r in found["results"]}


@pytest.mark.parametrize(("sentence", "value", "arm", "outcome"), [
    pytest.param("In the lozavir group, 38 percent of the men (9 of 24) who finished treatment had relapsed by "
                 "month six.", 38, "lozavir", "relapse", id="past-a-bracket-and-a-relative-clause"),
    pytest.param("In the lozavir group, 12 percent of the men were nauseated or dizzy.", 12, "lozavir",
                 "nauseated or dizzy", id="copula-and-participle"),
    pytest.param("Overall, 64.5% of the lozavir group men thought the inhaler was easy to use, compared to 47.1% "
                 "of men in the placebo group.", 64.5, "lozavir", "thought the inhaler was easy to use",
                 id="irregular-past-verb"),
    pytest.param("After two years, 93% of men taking lozavir (95% CI, 90% to 96%) compared with 81% of those "
                 "taking the placebo pill (95% CI, 76% to 86%) were free from any return of the tumor.", 81,
                 "placebo", "free from any return of the tumor", id="partner-and-intervals-before-the-verb"),
    pytest.param("Within the lozavir group, 21 of 40 (52.5%) of the men completed the 3-year course of "
                 "treatment.", 52.5, "lozavir", "completed the 3-year course of treatment",
                 id="share-bracketed-after-its-count"),
])
def test_predicate_after_a_share_of_people(nlp: Language, sentence: str, value: float, arm: str,
                                           outcome: str) -> None:
    found = results(nlp, OPENING + sentence)
    assert value in found, found
    name, linked_arm, linker = found[value]
    assert name == outcome
    assert linked_arm == arm
    assert linker == "predicate-of-people"


def test_shares_with_their_counts_and_groups_share_the_predicate(nlp: Language) -> None:
    found = results(nlp, OPENING + "In all, 12 men (30%) in the lozavir group and 19 men (48%) in the placebo "
                                   "group died from heart failure.")
    assert found[30] == ("died from heart failure", "lozavir", "predicate-of-people")


#: Two shares of one group in one sentence, each with its own outcome.
TWO_SHARES = OPENING + "After a year, 58.2 percent of the lozavir men sustained a partial response and " \
                       "31.5 percent were in full remission."


def test_a_first_value_does_not_take_the_later_outcome(nlp: Language) -> None:
    """The first share keeps its own outcome, not the later clause's (read by the outcome lexicon:
    no predicate-of-people here)."""
    assert results(nlp, TWO_SHARES)[58.2] == ("partial response", "lozavir", "lexicon-nearest")


@pytest.mark.xfail(strict=True, reason="the later share is linked to the nearest outcome of the lexicon, "
                                       "the first share's partial response (older than the clause outcomes)")
def test_a_later_value_keeps_its_own_outcome(nlp: Language) -> None:
    assert results(nlp, TWO_SHARES)[31.5][:2] == ("full remission", "lozavir")


def test_partner_takes_the_predicate(nlp: Language) -> None:
    found = results(nlp, OPENING + "Overall, 64.5% of the lozavir group men thought the inhaler was easy to use, "
                                   "compared to 47.1% of men in the placebo group.")
    assert found[47.1][:2] == ("thought the inhaler was easy to use", "placebo")


@pytest.mark.parametrize("sentence", [
    pytest.param("In all, 23% of men exposed to lozavir for a month developed a rash.", id="participle"),
    pytest.param("In all, 23% of men exposed to lozavir (LZV) for a month developed a rash.",
                 id="participle-past-a-bracket"),
])
def test_people_described_by_a_participle_before_their_verb(nlp: Language, sentence: str) -> None:
    """The participle that describes the people ("exposed to lozavir") is no outcome: the event after
    the value is."""
    assert results(nlp, OPENING + sentence)[23] == ("rash", "lozavir", "event-after-value")


def test_a_relative_clause_with_an_irregular_verb(nlp: Language) -> None:
    found = results(nlp, OPENING + "In all, 61% of the men who took lozavir felt rested within a month.")
    assert found.get(61) == ("felt rested", "lozavir", "predicate-of-people")


def test_a_quoted_outcome_stays_in_the_predicate(nlp: Language) -> None:
    """The quoted words stay in the predicate, which names the outcome without the quotation marks."""
    found = results(nlp, OPENING + "In all, 47% of the men on lozavir reported \u201cclear benefit\u201d from it.")
    assert found[47] == ("reported clear benefit", "lozavir", "predicate-of-people")


def test_count_of_people_got_a_state(nlp: Language) -> None:
    found = results(nlp, "Women trying to conceive were randomly assigned to lozavir or a placebo pill. Seven of "
                         "the women in the lozavir group later got pregnant.")
    assert found.get(7) == ("got pregnant", "lozavir", "predicate-of-people")


@pytest.mark.parametrize("sentence", [
    pytest.param("In all, 61% of the men in the lozavir group were smokers.", id="who-they-were"),
    pytest.param("In all, 71% of the men in the lozavir group received the drug twice daily.", id="what-they-took"),
    pytest.param("In all, 44% of the men in the lozavir group were treated at home.", id="how-they-were-treated"),
    pytest.param("In all, 35% of the men in the lozavir group got their pills by mail.", id="got-a-thing"),
    pytest.param("In all, 27% of the men in the lozavir group were 70 or older.", id="a-number"),
    pytest.param("In all, 15% of the men in the lozavir group lived in the United States.", id="a-name-is-no-verb"),
    pytest.param("In all, 15% of the men in the lozavir group slept in tents.", id="a-thing"),
    pytest.param("In all, 15% of the men in the lozavir group led the walks.", id="short-ed-word-is-no-past-form"),
    pytest.param("In all, 15% of the men in the lozavir group did not take every dose.", id="did-not-and-a-method"),
    pytest.param("In all, 15% of the men in the lozavir group said the pills tasted bad.", id="what-they-said"),
    pytest.param("In all, 15% of the men in the lozavir group achieved that goal.", id="points-back"),
    pytest.param("In all, 15% of the men assigned to lozavir or placebo stopped early.", id="both-groups"),
    pytest.param("In all, 15% of the men in the lozavir group smoked.", id="a-bare-verb-that-names-no-outcome"),
    pytest.param("In all, 15% of the men in the lozavir group were randomly chosen for a scan.",
                 id="adverb-before-a-method"),
    pytest.param("In all, 15% of the men in the lozavir group went on to a second study.", id="copula-and-a-place"),
    pytest.param("Among the men, 102 (15%) relapses were counted, against 98 (14%) among those on lozavir.",
                 id="a-count-of-events-is-no-share-of-people"),
    pytest.param("In all, 15% of the men in the lozavir group improved their golf handicap.", id="their-thing"),
    pytest.param("In all, 15% of the men in the lozavir group who had quit drinking, versus 9% on placebo.",
                 id="no-verb-after-the-relative-clause"),
])
def test_no_outcome_from_a_predicate_that_names_none(nlp: Language, sentence: str) -> None:
    found = results(nlp, OPENING + sentence)
    assert all(linker != "predicate-of-people" for _, _, linker in found.values()), found


def test_a_share_of_no_group_takes_no_predicate(nlp: Language) -> None:
    found = results(nlp, OPENING + "In a separate survey, 40 percent of doctors thought the rules were unclear.")
    assert 40 not in found


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("In the lozavir group, skin blisters healed after a single dressing change in 62% of men.", 62,
                 "healing of skin blisters", id="past-a-circumstance"),
    pytest.param("In the lozavir group, the nerve block was repeated in 18% of men.", 18,
                 "nerve block", id="passive-verb"),
    pytest.param("In the lozavir group, the night cough improved within a week in 41% of men.", 41,
                 "improvement of night cough", id="verb-named-by-its-noun"),
])
def test_subject_of_the_clause_of_a_value_after_in(nlp: Language, sentence: str, value: float,
                                                   outcome: str) -> None:
    found = results(nlp, OPENING + sentence)
    assert value in found, found
    assert found[value] == (outcome, "lozavir", "subject-of-clause")


@pytest.mark.parametrize("sentence", [
    pytest.param("In the lozavir group, the blood marker was measured in 30% of men.", id="a-method"),
    pytest.param("In the lozavir group, the men were followed after surgery in 30% of cases.", id="people-subject"),
    pytest.param("In the lozavir group, the liver was the only organ affected in 30% of men.",
                 id="complement-of-a-copula"),
])
def test_no_subject_of_a_clause_that_names_no_outcome(nlp: Language, sentence: str) -> None:
    found = results(nlp, OPENING + sentence)
    assert all(linker != "subject-of-clause" for _, _, linker in found.values()), found
