"""How far an outcome's name reaches, on sentences written for these tests, and the word lists
the outcome linkers read from ``patterns/``."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("constant", "entries"), [
    pytest.param("AGENT_PREPOSITIONS", {"by", "with", "than"}, id="agent-prepositions"),
    pytest.param("AVERAGE_PHRASE_WORDS", {"on", "average", "for"}, id="average-phrase-words"),
])
def test_outcome_linker_word_lists_are_lexicons(constant: str, entries: set[str]) -> None:
    # the linkers' word lists live in patterns/ files a curator can edit, named by a module constant
    from trialnews.linking import outcomes
    from trialnews.resources import word_set

    name = getattr(outcomes, constant)
    assert name.endswith(".txt") and entries <= word_set(name)


def test_one_list_of_relative_pronouns() -> None:
    # the duration linker reads the shared list of relative pronouns, not a second one of its own
    from trialnews.linking import outcomes

    assert not hasattr(outcomes, "RELATIVE_PRONOUNS")
    assert {"that", "which"} <= outcomes._RELATIVE_PRONOUNS


TWO_ARMS = "Trial Update\n\nIn the trial, 300 adults were randomly assigned to take valsartin or a placebo. "


def outcomes(run, sentence: str) -> dict[float, str | None]:
    """Each result's value and the name of its outcome (``run`` from conftest.py checks grounding)."""
    return {result["value"]: result["endpoint"] and result["endpoint"].casefold()
            for result in run(TWO_ARMS + sentence)["results"]}


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    # a head that takes a cause keeps it, whichever linker found the outcome
    pytest.param("Admission for chest pain occurred in 4.2 percent of valsartin patients and 6.8 percent of "
                 "placebo patients.", 4.2, "admission for chest pain", id="occurred-in"),
    pytest.param("Admission for chest pain occurred in 4.2 percent of valsartin patients and 6.8 percent of "
                 "placebo patients.", 6.8, "admission for chest pain", id="lexicon-mention"),
    pytest.param("Death from any cause occurred in 9.1 percent of valsartin patients versus 9.4 percent for "
                 "placebo.", 9.1, "death from any cause", id="past-a-quantifier"),
    pytest.param("By year two, 13.5 percent of valsartin patients had suffered a stroke, kidney failure or "
                 "hospitalization for heart failure, against 15.2 percent in the placebo group.", 13.5,
                 "stroke, kidney failure or hospitalization for heart failure", id="last-item-of-a-composite"),
    pytest.param("Withdrawal because of nausea occurred in 5 percent of valsartin patients and 1 percent of "
                 "placebo patients.", 5.0, "withdrawal because of nausea", id="two-word-preposition"),
    pytest.param("Deaths owing to kidney failure occurred in 2.2 percent of valsartin patients and 2.9 percent "
                 "of placebo patients.", 2.9, "deaths owing to kidney failure", id="two-word-preposition-mention"),
])
def test_an_outcome_head_keeps_its_cause(run, sentence: str, value: float, outcome: str) -> None:
    assert outcomes(run, sentence).get(value) == outcome


def endpoints(run, sentence: str) -> set[str]:
    return {entry["name"].casefold() for entry in run(TWO_ARMS + sentence)["endpoints"]}


@pytest.mark.parametrize(("sentence", "kept", "not_kept"), [
    # the phrase after "for" names a group or a time: not a cause
    pytest.param("Hospitalizations for valsartin patients fell by 21 percent.", "hospitalizations",
                 "hospitalizations for valsartin patients", id="group-after-for"),
    # (a change in one group is that group's own unless set against the other: "compared with placebo")
    pytest.param("Hospitalizations for 12 weeks fell by 21 percent in the valsartin group compared with placebo.",
                 "hospitalizations", "hospitalizations for 12 weeks", id="time-after-for"),
    pytest.param("Hospitalizations for heart failure fell by 21 percent in the valsartin group compared with "
                 "placebo.",
                 "hospitalizations for heart failure", "hospitalizations", id="cause-after-for"),
])
def test_what_is_no_cause_stays_outside(run, sentence: str, kept: str, not_kept: str) -> None:
    found = endpoints(run, sentence)
    assert kept in found and not_kept not in found


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    # a state free of an outcome, after a copula of the findings, is named as written
    pytest.param("By six months, 40 percent of valsartin patients were symptom-free, compared with 22 percent "
                 "of placebo patients.", 40.0, "symptom-free", id="noun-free"),
    # an outcome named by a verb and its complement ends before its time phrase, without quotation marks
    pytest.param("Overall, 48 percent of the valsartin group remained \u201cwell\u201d throughout the winter, "
                 "versus 30 percent of the placebo group.", 48.0, "remained well", id="quoted-and-timed"),
])
def test_a_state_is_named_as_written(run, sentence: str, value: float, outcome: str) -> None:
    assert outcomes(run, sentence).get(value) == outcome


def test_a_free_compound_before_a_noun_is_no_state() -> None:
    # "symptom-free days" is a measure named by the noun after the compound, not the state
    from trialnews.linking.outcomes import _free_state
    from trialnews.nlp import make_nlp

    doc = make_nlp()("They were symptom-free days.")
    assert _free_state(doc, 2, len(doc)) is None
    doc = make_nlp()("They were symptom-free.")
    assert _free_state(doc, 2, len(doc))[0] == "symptom-free"


@pytest.mark.parametrize("text", ["The rate of stroke prior to discharge was low.",
                                  "The rate of stroke due to bleeding was low."])
def test_a_lexicon_outcome_ends_before_a_two_word_preposition(text: str) -> None:
    # "prior" and "due" are nouns to WordNet; before "to" they open a preposition, not a longer name
    from trialnews.linking.outcomes import enclosing_phrase
    from trialnews.nlp import make_nlp

    doc = make_nlp()(text)
    stroke = next(t.i for t in doc if t.text == "stroke")
    phrase = enclosing_phrase(doc, doc[stroke:stroke + 1])
    assert phrase is None or phrase[-1].i == stroke
