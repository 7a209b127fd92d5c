"""The outcome linkers (``trialnews.linking``), one table row per way of writing a value with its
outcome, on sentences written for these tests. Each row names the value, the outcome a curator
would write for it, and the linker that must find it; a row with ``None`` is a sentence where the
linker must find nothing (a circumstance, the people, a forecast)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from trialnews.engines.local import extract_text
from trialnews.linking.outcomes import link_outcome
from trialnews.linking.phrases import noun_phrase_left, noun_phrase_right
from trialnews.linking.wordclass import ADJ, NOUN, VERB, classes
from trialnews.nlp import make_nlp
from trialnews.record import grounding_problems

VALUE_LABELS = ("PERCENT", "DURATION", "QUANTITY", "FRACTION", "COUNT_OF", "POINTS", "EVENT_COUNT")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def ruled(nlp: Language, sentence: str) -> Doc:
    """The doc of a one-paragraph article, through the rule spans (before the fact components)."""
    doc = nlp.make_doc("Trial Update\n\n" + sentence)
    for name, component in nlp.pipeline:
        if name == "trialnews_header":
            break
        doc = component(doc)
    return doc


def value(doc: Doc, text: str):
    return next(s for label in VALUE_LABELS for s in doc.spans.get(label, []) if s.text == text)


@pytest.mark.parametrize(("word", "has", "lacks"), [
    pytest.param("flashes", {NOUN}, set(), id="plural-noun"),
    pytest.param("recurred", {VERB}, {NOUN}, id="past-of-a-doubled-consonant"),
    pytest.param("the", set(), {NOUN, ADJ}, id="closed-class-wins"),
    pytest.param("randomizing", {VERB}, {NOUN}, id="an-ing-form-is-no-noun-by-rule"),
    pytest.param("ixekizumab", {NOUN}, set(), id="an-unknown-word-is-a-name"),
])
def test_word_classes(word: str, has: set[str], lacks: set[str]) -> None:
    assert has <= classes(word)
    assert not lacks & classes(word)


@pytest.mark.parametrize(("sentence", "start_word", "expected"), [
    pytest.param("Women had fewer severe asthma attacks than before.", "severe", "severe asthma attacks", id="modifiers"),
    pytest.param("The frequency of night sweats dropped.", "frequency", "frequency of night sweats", id="of-phrase"),
    pytest.param("Patients had a stroke or death within a year.", "stroke", "stroke or death", id="or-coordination"),
    pytest.param("Rates of non-melanoma skin cancer rose.", "non", "non-melanoma skin cancer", id="hyphenated-word"),
    pytest.param("Ten patients taking the drug had rashes.", "patients", "patients", id="people-end-the-phrase"),
    pytest.param("Women had fewer hot\nflashes at night.", "hot", "hot\nflashes", id="a-wrapped-line-inside-a-phrase"),
])
def test_noun_phrase_right(nlp: Language, sentence: str, start_word: str, expected: str) -> None:
    doc = nlp.make_doc(sentence)
    start = next(t.i for t in doc if t.text == start_word)
    phrase = noun_phrase_right(doc, start, len(doc))
    assert phrase is not None and phrase.text == expected


def test_noun_phrase_left_stops_at_the_verb(nlp: Language) -> None:
    doc = nlp.make_doc("The drug raised HDL cholesterol by half.")
    by = next(t.i for t in doc if t.text == "by")
    assert noun_phrase_left(doc, by, 0).text == "HDL cholesterol"


LINKED = [
    pytest.param("Women in the yoga group had 35% fewer night sweats than before.", "35%", "night sweats",
                 "noun-after-value", id="comparative-then-outcome"),
    pytest.param("The gel group showed a 28 percent reduction in joint pain.", "28 percent", "joint pain",
                 "noun-after-value", id="change-names-what-changed"),
    pytest.param("The new scan had a sensitivity of 88 percent in the study.", "88 percent", "sensitivity",
                 "noun-of-value", id="measure-of-value"),
    pytest.param("Researchers saw a drop of 12 percent in frequency of migraines.", "12 percent", "frequency of migraines",
                 "noun-of-value", id="change-of-value-in-outcome"),
    pytest.param("More infants had chronic lung disease, a condition of the airways of preterm babies (9% versus 4%).",
                 "9%", "chronic lung disease", "bracket-head", id="bracket-after-an-appositive"),
    pytest.param("The number of panic attacks in the therapy group fell by 40% over the year.", "40%",
                 "number of panic attacks", "subject-of-change", id="subject-past-a-group-phrase"),
    pytest.param("The statin lowered LDL cholesterol by 45 percent.", "45 percent", "LDL cholesterol",
                 "object-of-change", id="object-of-change-verb"),
    pytest.param("Kidney stones were found in 14 percent of those on the diet.", "14 percent", "kidney stones",
                 "occurred-in", id="passive-occurrence"),
    pytest.param("About 22% of those assigned to the device experiencing a serious infection.", "22%", "serious infection",
                 "event-after-value", id="event-past-the-people"),
    pytest.param("Patients on the drug lived a median of 19.2 months.", "19.2 months", "survival",
                 "verb-names-outcome", id="verb-names-the-outcome"),
    pytest.param("Pain scores fell by 35% and the number of flare-ups by 22% in the gel group.", "22%",
                 "number of flare-ups", "gapped-subject", id="second-change-with-its-verb-left-out"),
]


@pytest.mark.parametrize(("sentence", "value_text", "outcome", "linker"), LINKED)
def test_outcome_linkers(nlp: Language, sentence: str, value_text: str, outcome: str, linker: str) -> None:
    doc = ruled(nlp, sentence)
    found = link_outcome(doc, value(doc, value_text))
    assert found is not None
    assert (found[0], found[2]) == (outcome, linker)


@pytest.mark.parametrize(("sentence", "value_text"), [
    pytest.param("Scores were similar at the same time point (61% vs 58%).", "61%", id="a-circumstance-is-no-outcome"),
    pytest.param("Of the 40 patients (25%) treated, few had problems.", "25%", id="people-in-a-bracket"),
    pytest.param("We expect that 70 percent of patients will have a response.", "70 percent", id="a-forecast"),
    pytest.param("About 30 percent of those who had smoked quit.", "30 percent", id="who-they-were"),
    pytest.param("Trial sites enrolled 60 percent of women at the end of the study.", "60 percent", id="no-outcome-named"),
    pytest.param("Those with the marker (vs. 4% of those without it) went on to need surgery.", "4%",
                 id="a-bracket-that-contrasts"),
    pytest.param("Four trials had used copper bracelets and found nothing.", "Four", id="a-count-of-things-not-people"),
    pytest.param("Of the 12 patients, five had their tumors disappear.", "five", id="a-clause-of-its-own"),
])
def test_outcome_linkers_find_nothing(nlp: Language, sentence: str, value_text: str) -> None:
    doc = ruled(nlp, sentence)
    found = link_outcome(doc, value(doc, value_text))
    assert found is None or found[2] not in ("bracket-head", "event-after-value", "noun-after-value")


def test_results_say_which_linkers_attached_them(nlp: Language) -> None:
    text = ("Drug Cuts Night Sweats\n\nWomen were randomly assigned to paroxetine or placebo. Night sweats occurred in "
            "51% of women in the paroxetine group and 20% of women in the placebo group.\n")
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    links = {r["value"]: r["evidence"]["links"] for r in record["results"]}
    assert links[51.0] == {"arm": "group-next-to-value", "endpoint": "occurred-in"}
    assert links[20.0]["arm"] == "group-next-to-value"
    assert {(r["endpoint"], r["arm"]) for r in record["results"]} == {("night sweats", "paroxetine"),
                                                                     ("night sweats", "placebo")}


@pytest.mark.parametrize(("paragraph", "expected"), [
    pytest.param("Patients were randomly assigned to aspirin or placebo. Headaches occurred in 12% and nausea in 9% "
                 "of the aspirin group, compared with 7% and 4% of the placebo group.",
                 {("headaches", "aspirin", 12.0), ("nausea", "aspirin", 9.0), ("headaches", "placebo", 7.0),
                  ("nausea", "placebo", 4.0)}, id="a-list-after-a-contrast-parallels-the-list-before"),
    pytest.param("Patients were randomly assigned to aspirin or placebo. Both aspirin and placebo had a response rate of "
                 "40 percent.", {("response rate", "aspirin", 40.0), ("response rate", "placebo", 40.0)},
                 id="a-value-said-of-both-groups-belongs-to-each"),
    pytest.param("Patients were randomly assigned to aspirin or placebo. In the aspirin group, LDL cholesterol fell from "
                 "130 mg/dL to 95 mg/dL.", {("LDL cholesterol", "aspirin", 130.0), ("LDL cholesterol", "aspirin", 95.0)},
                 id="from-and-to-values-share-their-outcome"),
    pytest.param("Patients were randomly assigned to aspirin or placebo. By week 12, 40% of the patients on placebo "
                 "and 22% of those taking aspirin had stopped treatment.",
                 {("stopped treatment", "placebo", 40.0), ("stopped treatment", "aspirin", 22.0)},
                 id="first-of-a-list-shares-the-outcome-named-after-the-second"),
    pytest.param("Patients were randomly assigned to aspirin or placebo. The remission rate with aspirin was 30%. "
                 "The rate was 12 percent with placebo.",
                 {("remission", "aspirin", 30.0), ("remission", "placebo", 12.0)},
                 id="a-bare-rate-refers-to-the-outcome-of-the-sentence-before"),
])
def test_outcome_shared_across_values(nlp: Language, paragraph: str, expected: set) -> None:
    text = f"Trial Update\n\n{paragraph}\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    assert {(r["endpoint"], r["arm"], r["value"]) for r in record["results"]} == expected


ABSTRACT_FORMS = [
    pytest.param("The objective response rate was 32.1% vs 28.4% in the letrozole and tamoxifen groups, respectively "
                 "(P = 0.04).", {("objective response rate", "letrozole", 32.1), ("objective response rate", "tamoxifen", 28.4)},
                 id="pair-then-groups-respectively"),
    pytest.param("Grade 3 neutropenia occurred in 12.5% of letrozole patients and 8.0% of tamoxifen patients.",
                 {("grade 3 neutropenia", "letrozole", 12.5), ("grade 3 neutropenia", "tamoxifen", 8.0)},
                 id="each-value-with-its-group"),
    pytest.param("Letrozole group: 45/120 (37.5%); tamoxifen group: 30/118 (25.4%) achieved a complete response.",
                 {("complete response", "letrozole", 37.5), ("complete response", "tamoxifen", 25.4)},
                 id="group-label-colon"),
    pytest.param("Hot flashes were more common with tamoxifen (35% vs. 21%; P < .001).",
                 {("hot flashes", "tamoxifen", 35.0), ("hot flashes", "letrozole", 21.0)}, id="one-group-named-of-two"),
    pytest.param("Rates of local recurrence were 3.2% and 5.1%, respectively.",
                 {("local recurrence", "letrozole", 3.2), ("local recurrence", "tamoxifen", 5.1)},
                 id="respectively-with-the-groups-of-the-trial"),
    pytest.param("The response rate of the letrozole group was 28.6% and 35.5% at 6 and 12 months, respectively.",
                 {("response rate", "letrozole", 28.6), ("response rate", "letrozole", 35.5)},
                 id="respectively-over-the-times-of-one-group"),
    pytest.param("The clinical and pathological response rates of the letrozole group were 28.6% and 26.5%, respectively.",
                 {("clinical response rate", "letrozole", 28.6), ("pathological response rate", "letrozole", 26.5)},
                 id="respectively-over-the-outcomes-of-one-group"),
    pytest.param("Nausea and fatigue occurred in 12% and 9% of the letrozole group, respectively.",
                 {("nausea", "letrozole", 12.0), ("fatigue", "letrozole", 9.0)}, id="respectively-over-two-outcomes"),
    pytest.param("In the letrozole and tamoxifen groups, response rates were 41% and 33%, respectively.",
                 {("response rate", "letrozole", 41.0), ("response rate", "tamoxifen", 33.0)},
                 id="respectively-over-groups-not-outcomes"),
    pytest.param("Ejection fraction decreases and heart failure were seen in 5% and 1% of the letrozole group, "
                 "respectively.", {("ejection fraction decreases", "letrozole", 5.0),
                                   ("heart failure", "letrozole", 1.0)}, id="respectively-over-two-whole-outcomes"),
    pytest.param("For letrozole and tamoxifen, respectively, common toxicities were nausea (11.2% and 7.9%) and "
                 "fatigue (20.1% and 18.3%).", {("nausea", "letrozole", 11.2), ("nausea", "tamoxifen", 7.9),
                                                ("fatigue", "letrozole", 20.1), ("fatigue", "tamoxifen", 18.3)},
                 id="respectively-before-bracketed-values"),
]


@pytest.mark.parametrize(("sentence", "expected"), ABSTRACT_FORMS)
def test_per_arm_numbers_in_abstract_style(nlp: Language, sentence: str, expected: set) -> None:
    text = f"Trial Update\n\nPatients were randomly assigned to letrozole or tamoxifen. {sentence}\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    assert {(r["endpoint"], r["arm"], r["value"]) for r in record["results"]} == expected


def test_the_linkers_are_the_components_config(nlp: Language) -> None:
    config = nlp.config["components"]["trialnews_results"]
    assert config["outcome_linkers"][:2] == ["respectively-outcomes", "noun-after-value"]
    assert "respectively-list" in config["group_linkers"]


def test_every_linker_is_documented_by_name() -> None:
    """The README's "How a value finds its group and its outcome" and the linking module's own
    docstring name every linker a record's ``evidence.links`` can hold."""
    from pathlib import Path

    from trialnews.linking import values

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    names = [*values.GROUP_LINKERS, *values.ENDPOINT_LINKERS]
    assert [name for name in names if f"``{name}``" not in values.__doc__] == []
    names += [written for readings in values.SECOND_READINGS.values() for written, _ in readings]
    assert [name for name in names if f"`{name}`" not in readme] == []


def test_every_comparison_linker_is_documented_by_name() -> None:
    """The README names every linker a comparison's ``evidence.links`` can hold (``LINK_*`` of
    ``facts/comparisons.py``)."""
    from pathlib import Path

    from trialnews.facts import comparisons

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    names = [value for name, value in vars(comparisons).items() if name.startswith("LINK_") and isinstance(value, str)]
    assert len(names) >= 10
    assert [name for name in names if f"`{name}`" not in readme] == []


def test_an_unknown_linker_is_a_coded_config_error() -> None:
    import spacy

    from trialnews.errors import TrialnewsError

    with pytest.raises(TrialnewsError, match="E209.*outcome_linkers"):
        spacy.blank("en").add_pipe("trialnews_results", config={"outcome_linkers": ["noun-after-value", "guess"]})


def test_a_linker_left_out_of_the_config_is_not_tried() -> None:
    text = ("Trial Update\n\nPatients were randomly assigned to aspirin or placebo. Kidney stones were found in 14 "
            "percent of those on aspirin.\n")
    everyone = make_nlp()
    without = make_nlp()
    linkers = [name for name in without.config["components"]["trialnews_results"]["outcome_linkers"] if name != "occurred-in"]
    without.replace_pipe("trialnews_results", "trialnews_results", config={"outcome_linkers": linkers})
    found = [r["evidence"]["links"]["endpoint"] for r in extract_text(text, nlp=everyone)["results"]]
    assert found == ["occurred-in"]
    assert all(r["evidence"]["links"].get("endpoint") != "occurred-in" for r in extract_text(text, nlp=without)["results"])


@pytest.mark.parametrize(("paragraph", "expected"), [
    pytest.param("Side effects seen more often than with placebo were cough (4.1% versus 2.2% for aspirin and placebo, "
                 "respectively) and rash (1.5% versus 0.9%).",
                 {("cough", "aspirin", 4.1), ("cough", "placebo", 2.2), ("rash", "aspirin", 1.5), ("rash", "placebo", 0.9)},
                 id="comparator-named-before-the-list"),
    pytest.param("Compared with placebo, the stroke rates were 2.0% and 3.1% with aspirin and placebo, respectively.",
                 {("stroke", "aspirin", 2.0), ("stroke", "placebo", 3.1)},
                 id="comparator-opening-the-sentence"),
])
def test_respectively_takes_the_groups_listed_last(nlp: Language, paragraph: str, expected: set) -> None:
    """A group named before a ``respectively`` list (as the comparator) and again in it takes its place in the list."""
    text = f"Trial Update\n\nPatients were randomly assigned to aspirin or placebo. {paragraph}\n"
    record = extract_text(text, nlp=nlp)
    assert {(r["endpoint"], r["arm"], r["value"]) for r in record["results"]} == expected
    assert {r["evidence"]["links"]["arm"] for r in record["results"]} == {"respectively-list"}


@pytest.mark.parametrize(("paragraph", "expected"), [
    pytest.param("Headaches were rare. By week 8, 9% of those on aspirin needed a rescue inhaler, compared with 31% in "
                 "the placebo group.", {("rescue inhaler", "aspirin", 9.0), ("rescue inhaler", "placebo", 31.0)},
                 id="partner-noun-phrase-over-the-sentence-before"),
    pytest.param("The trial measured the objective response rate. Of 300 patients, 40% responded to aspirin versus "
                 "12% of those on placebo.",
                 {("objective response rate", "placebo", 12.0)},
                 id="a-partner-verb-does-not-override-the-sentence-before"),
])
def test_contrast_partner_outcome_over_the_sentence_before(nlp: Language, paragraph: str, expected: set) -> None:
    text = f"Trial Update\n\nPatients were randomly assigned to aspirin or placebo. {paragraph}\n"
    record = extract_text(text, nlp=nlp)
    assert expected <= {(r["endpoint"], r["arm"], r["value"]) for r in record["results"]}


#: A group described, not named, resolved against the record's arm roles (``described-group``).
_TWO_ARMS = "Women were randomly assigned to a walking program or usual care. "


@pytest.mark.parametrize(("paragraph", "expected"), [
    pytest.param(_TWO_ARMS + "After a year, 40% of the women in the program had lost weight.",
                 {(40.0, "walking program")}, id="people-in-the-tested-programme"),
    pytest.param(_TWO_ARMS + "Among the women in the program, 40% had lost weight after a year.",
                 {(40.0, "walking program")}, id="an-opening-phrase-describes-the-group"),
    pytest.param(_TWO_ARMS + "After a year, 40% of the women in the walking-and-diet program had lost weight.",
                 set(), id="a-hyphenated-word-of-its-own-is-no-arm"),
    pytest.param("Adults were randomly assigned to turmeric capsules or placebo. A rash was seen in 35 percent of "
                 "those who took the herbal pills.", set(), id="a-word-no-arm-holds-before-the-side-word"),
    pytest.param(_TWO_ARMS + "After a year, 40% of the women in the simulated program had lost weight.",
                 set(), id="a-word-of-its-own-before-the-side-word-leaves-the-side-untold"),
    pytest.param(_TWO_ARMS + "After a year, 40% of the women who had active arthritis had lost weight.",
                 set(), id="an-active-illness-is-no-tested-group"),
    pytest.param("Patients were randomly assigned to surgery or standard stroke care. After a year, 40% of the "
                 "medication group had a stroke.", set(), id="beside-an-active-control-the-medication-is-untold"),
    pytest.param(_TWO_ARMS + "Weight was compared in 160 women who had the program and in 150 women who did not.",
                 set(), id="a-count-of-the-described-people-is-no-result"),
    pytest.param("Adults were randomly assigned to the new vaccine or a placebo. Only 3 percent of the vaccinated "
                 "adults had a stroke.", {(3.0, "vaccine")}, id="a-participle-before-the-people"),
    pytest.param("Adults were randomly assigned to the new vaccine or a placebo. Only 3 percent of the untreated "
                 "adults had a stroke.", {(3.0, "placebo")}, id="a-control-word-before-the-people"),
    pytest.param(_TWO_ARMS + "After a year, 40% of those on active treatment had lost weight.",
                 {(40.0, "walking program")}, id="those-on-active-treatment"),
    pytest.param(_TWO_ARMS + "After a year, 20% of the women in the control condition had lost weight.",
                 {(20.0, "usual care")}, id="women-in-the-control-condition"),
    pytest.param(_TWO_ARMS + "After a year, 20% of those not getting the program had lost weight.",
                 set(), id="a-negated-description-is-left-out"),
    pytest.param("Women were randomly assigned to a walking program, a diet program or usual care. After a year, 40% "
                 "of the women in the exercise program had lost weight.", set(),
                 id="two-tested-arms-leave-the-tested-side-untold"),
    pytest.param(_TWO_ARMS + "After a year, 40% of those randomly assigned to the program or usual care had lost "
                 "weight.", set(), id="a-description-of-both-groups-is-left-out"),
    pytest.param(_TWO_ARMS + "After a year, 40% of the women who had high blood sugar had lost weight.",
                 set(), id="a-control-modifier-naming-no-noun-is-no-group"),
    pytest.param(_TWO_ARMS + "After a year, 40% of women with treatment-resistant obesity had lost weight.",
                 set(), id="an-illness-is-no-group"),
])
def test_described_groups_resolve_by_role(nlp: Language, paragraph: str, expected: set) -> None:
    text = f"Trial Update\n\n{paragraph}\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    found = {(r["value"], r["arm"]) for r in record["results"] if r["evidence"]["links"].get("arm") == "described-group"}
    assert found == expected
    assert all(r["arm"] is not None for r in record["results"])


@pytest.mark.parametrize(("paragraph", "expected"), [
    pytest.param("Adults were randomly assigned to turmeric capsules or placebo. The amount of swelling in the "
                 "volunteers who took the real supplement fell by an average of 35 percent.",
                 {("amount of swelling", "turmeric", 35.0)}, id="the-outcome-before-a-named-reference"),
    pytest.param("Women were randomly assigned to a walking program or usual care. The level of fatigue among the "
                 "women in the program fell by 30 percent.",
                 {("level of fatigue", "walking program", 30.0)}, id="the-outcome-before-a-described-group"),
    pytest.param("Patients were randomly assigned to paroxetine or placebo. Scores corresponded to a 40 percent "
                 "benefit from paroxetine.", set(), id="a-benefit-from-a-group-is-not-cut-to-a-bare-word"),
    pytest.param("Patients were randomly assigned to surgery or physical therapy. Post-surgery weakness was noted in "
                 "12 of the 17 patients.", {("post-surgery weakness", "surgery", 12.0)},
                 id="a-group-inside-a-compound-stays-in-it"),
    pytest.param("Patients were randomly assigned to aspirin or placebo. A rash was noted in four patients in the aspirin "
                 "(6.3%) and in one patient in the placebo (1.7%) group.",
                 {("rash", "aspirin", 4.0), ("rash", "aspirin", 6.3), ("rash", "placebo", 1.7)},
                 id="people-cut-from-their-group-are-no-outcome"),
])
def test_an_outcome_is_not_the_group_it_was_measured_in(nlp: Language, paragraph: str, expected: set) -> None:
    text = f"Trial Update\n\n{paragraph}\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    assert {(r["endpoint"], r["arm"], r["value"]) for r in record["results"]} == expected
