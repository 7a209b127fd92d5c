"""How far a known outcome's name reaches to its left (issue 11, class 2), on sentences written
for these tests: the premodifiers of its noun phrase are words of its name, and the name stops at
the first word that is not (``linking/phrases.py:premodifier_start``)."""

from __future__ import annotations

import pytest

TWO_ARMS = "Trial Update\n\nIn the trial, 300 adults were randomly assigned to take valsartin or a placebo. "


def outcomes(run, sentence: str) -> dict[float, str | None]:
    """Each result's value and the name of its outcome (``run`` from conftest.py checks grounding)."""
    return {result["value"]: result["endpoint"] and result["endpoint"].casefold()
            for result in run(TWO_ARMS + sentence)["results"]}


def endpoint_names(run, sentence: str) -> set[str]:
    return {entry["name"].casefold() for entry in run(TWO_ARMS + sentence)["endpoints"]}


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("A first relapse occurred in 14 percent of the valsartin group and 25 percent of the placebo group.",
                 25.0, "first relapse", id="ordinal"),
    pytest.param("By two years, 18 percent of the women on valsartin had a second pregnancy, compared with 9 percent "
                 "on placebo.", 18.0, "second pregnancy", id="ordinal-after-an-article"),
    pytest.param("Wound infection developed in 6 percent of the valsartin group and 11 percent of the placebo group.",
                 11.0, "wound infection", id="noun-modifier"),
    pytest.param("Catheter-related infections were seen in 4 percent of the valsartin group and 10 percent of the "
                 "placebo group.", 10.0, "catheter-related infections", id="hyphenated-compound"),
    pytest.param("Objectively measured hot flashes fell by 41 percent with valsartin and by 12 percent with placebo.",
                 12.0, "objectively measured hot flashes", id="adverb-and-participle"),
])
def test_the_nearest_known_outcome_takes_its_premodifiers(run, sentence: str, value: float, outcome: str) -> None:
    # the value nearest a known outcome is given its whole name, not the lexicon's word inside it
    assert outcomes(run, sentence).get(value) == outcome


def test_two_outcomes_sharing_one_rate_are_one_outcome(run) -> None:
    # "a response and remission rate": one rate of either outcome, for both values of the contrast
    found = outcomes(run, "The valsartin group had a response and remission rate of 44 percent, against 21 percent "
                          "in the placebo group.")
    assert found.get(44.0) == found.get(21.0) == "response and remission rate"


def test_two_outcomes_opening_the_sentence_share_one_rate(run) -> None:
    # the shared measure read at the sentence's first word too, not only after a word before it
    found = outcomes(run, "Response and remission rate reached 39 percent with valsartin and 17 percent with placebo.")
    assert found.get(39.0) == found.get(17.0) == "response and remission rate"


def test_rates_in_the_plural_stay_a_list(run) -> None:
    # "response and remission rates ... respectively": two rates, one per value
    found = outcomes(run, "The response and remission rates were 44 percent and 21 percent, respectively.")
    assert found.get(44.0) == "response rate"
    assert found.get(21.0) == "remission rate"


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Their relapse was seen, on average, in 14 percent of the valsartin group and in 25 percent of "
                 "the placebo group.", 25.0, "relapse", id="possessive"),
    pytest.param("Significant relapse was seen in 14 percent of the valsartin group and 25 percent of the placebo "
                 "group.", 25.0, "relapse", id="judging-word"),
    pytest.param("Valsartin relapse was seen in 14 percent of the valsartin group and 25 percent of the placebo "
                 "group.", 14.0, "relapse", id="group-name"),
])
def test_the_name_stops_at_what_is_no_part_of_it(run, sentence: str, value: float, outcome: str) -> None:
    found = outcomes(run, sentence)
    assert found.get(value) == outcome


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    pytest.param("They counted the patient relapse events.", 4, 5, "relapse", id="people-word"),
    pytest.param("They counted 12 serious relapses.", 4, 5, "serious relapses", id="number-before-qualifier"),
    pytest.param("They counted E. coli infections.", 4, 5, "infections", id="abbreviated-name"),
    pytest.param("They counted hip and wrist fractures.", 5, 6, "fractures", id="listed-kinds"),
    pytest.param("They counted the Baxter wound infections.", 5, 6, "infections", id="capitalised-name"),
    pytest.param("They counted preventing serious relapses.", 4, 5, "serious relapses", id="gerund"),
    pytest.param("They counted their first relapses.", 4, 5, "first relapses", id="determiner"),
    pytest.param("They counted rapidly relapses.", 3, 4, "relapses", id="adverb-alone"),
    pytest.param("They said these included infections.", 4, 5, "infections", id="participle-after-a-determiner"),
    pytest.param("They said it causes infections.", 4, 5, "infections", id="verb-after-a-pronoun"),
    pytest.param("They counted their side effects.", 4, 5, "side effects", id="noun-after-a-determiner"),
    pytest.param("They counted the confirmed infections.", 4, 5, "confirmed infections", id="participle-after-an-article"),
])
def test_premodifier_start(nlp, text: str, start: int, end: int, expected: str) -> None:
    # the rule read on a doc of the sentence alone, for the known outcome at tokens start..end
    from trialnews.linking.phrases import premodifier_start
    from trialnews.resources import word_set

    doc = nlp.make_doc(text)
    assert doc[start:end].text == expected.split()[-1]
    found = premodifier_start(doc, start, end, 0, word_set("endpoint_qualifiers.txt"))
    assert doc[found:end].text == expected


def test_spelled_ordinals_are_no_counts(nlp) -> None:
    # spaCy reads "first" as a number; an outcome's name reads it as a premodifier
    from trialnews.linking.phrases import counts

    doc = nlp.make_doc("the first of 12 and two")
    assert [counts(token) for token in doc] == [False, False, False, True, False, True]


def test_kinds_of_one_outcome_leave_it_the_main_one(nlp) -> None:
    # "infection" and "a second infection" in one article: a headline effect naming no outcome is
    # about the infection; two outcomes of their own leave it unguessed
    from trialnews.facts.comparisons import _main_endpoint

    def main(text: str) -> str | None:
        doc = nlp.make_doc(TWO_ARMS + text)
        for name, component in nlp.pipeline:
            doc = component(doc)
            if name == "trialnews_endpoints":
                break
        found = _main_endpoint(doc)
        return found.label_ if found is not None else None

    assert main("Doctors feared infection after surgery, and a second infection was rare.") == "infection"
    assert main("Doctors feared infection after surgery, and a stroke was rare.") is None
    # a premodifier naming another outcome is no kind of it: "deaths" beside "cardiovascular death"
    assert main("Deaths fell over the year, and cardiovascular death was uncommon in both groups.") is None


def test_an_ordinal_alone_is_no_head(nlp) -> None:
    # "It was the first": the ordinal modifies a head the sentence leaves out, and names no outcome
    from trialnews.linking.phrases import noun_phrase_left

    doc = nlp.make_doc("It was the first for them.")
    assert noun_phrase_left(doc, 4, 0) is None
    doc = nlp.make_doc("It was the first relapse for them.")
    assert noun_phrase_left(doc, 5, 0).text == "first relapse"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("They had newly diagnosed diabetes.", "newly diagnosed diabetes", id="manner-of-a-participle"),
    pytest.param("They had completely improved symptoms.", "improved symptoms", id="judging-participle"),
    pytest.param("They were currently experiencing depression.", "experiencing depression", id="ing-form"),
])
def test_an_adverb_stays_only_before_a_participle_that_names_a_kind(nlp, text: str, expected: str) -> None:
    from trialnews.linking.phrases import noun_phrase_left

    doc = nlp.make_doc(text)
    assert noun_phrase_left(doc, len(doc) - 1, 0).text == expected


def test_a_comparison_takes_the_known_name_of_its_outcome(run) -> None:
    # the change names "mortality rates", the article's known outcome is the "mortality rate": one
    # endpoint, and the comparison is named as the record's endpoints name it
    record = run(TWO_ARMS + "Valsartin lowered in-hospital mortality rates by 11 percent compared with placebo. "
                            "In-hospital mortality rate was the main measure.")
    names = {entry["name"] for entry in record["endpoints"]}
    assert [item["endpoint"] for item in record["comparisons"]] == ["in-hospital mortality rate"]
    assert "in-hospital mortality rate" in names


def test_premodifiers_of_a_measure_take_the_measure(run) -> None:
    # "the wound infection rate": the premodifiers read belong to the rate, which heads the phrase
    found = outcomes(run, "By the end, the wound infection rate was 12 percent with valsartin and 20 percent "
                          "with placebo.")
    assert found.get(20.0) == "wound infection rate"


@pytest.mark.parametrize("text", [
    pytest.param("Of the walkers, few had serious adverse-events or any falls.", id="joined-compound"),
    pytest.param("The grade 3 or 4 toxicity was rare; the overall response and remission rate rose.", id="label-and-shared"),
    pytest.param("They counted clinically significant pain, with\nwound infections in the other arm.", id="adverb-and-wrap"),
    pytest.param("In the lower back, pain of any kind fell (from 40% to 22%) among the 80 women.", id="punctuation"),
    pytest.param("Hip and wrist fractures, their first relapses and the E. coli infections were listed.", id="lists"),
    pytest.param("They had fewer serious relapses and milder asthma attacks.", id="premodifiers"),
])
def test_premodifier_start_is_the_same_without_reading_the_phrase(nlp, text: str, monkeypatch) -> None:
    # where the word before a name ends every noun phrase reaching it, the start is found without
    # reading the phrase: the same start as the phrase gives, at every name of every length
    from trialnews.linking import phrases

    doc = nlp.make_doc(text)
    kept = frozenset({"serious"})
    spans = [(start, end) for start in range(len(doc)) for end in range(start + 1, min(start + 4, len(doc)) + 1)
             if not doc[end - 1].is_punct]
    shortcut = [phrases.premodifier_start(doc, start, end, 0, kept) for start, end in spans]
    monkeypatch.setattr(phrases, "_ends_phrase_before", lambda *_: False)
    read = [phrases.premodifier_start(doc, start, end, 0, kept) for start, end in spans]
    assert shortcut == read


def test_the_word_before_a_name_ends_its_phrase(nlp) -> None:
    from trialnews.linking.phrases import _ends_phrase_before

    doc = nlp.make_doc("The rate of wound infections, with adverse-events and grade 3 or 4 toxicity.")
    at = {token.text: token.i for token in doc}
    assert _ends_phrase_before(doc, at["wound"], 0)  # "of"
    assert _ends_phrase_before(doc, at["with"], 0)  # ","
    assert not _ends_phrase_before(doc, at["infections"], 0)  # "wound": a noun of the name
    assert not _ends_phrase_before(doc, at["events"], 0)  # "-": one word with "adverse"
    assert not _ends_phrase_before(doc, at["4"], 0)  # "or" between a label's numbers
