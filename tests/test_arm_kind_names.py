"""Arms news names by a kind: a treatment's form noun after its name (``X injection``), a kind word
alone from a group's name (``the early group``) that the story writes with a noun of treating
(``early treatment``), and a generic kind word (``the vaccine``) whose fuller name the story writes
where the treatment is given (``the nasal vaccine``)."""

from __future__ import annotations

from functools import partial

import pytest
from facts import helpers  # tests/facts/helpers.py: the small article every fact test builds

from facts.helpers import arms_of, labels

article = partial(helpers.article, title="Trial Update")


# -- a form noun after a treatment's name ------------------------------------------------------

@pytest.mark.parametrize(("sentence", "label", "short"), [
    pytest.param("Sixty runners were randomly assigned to cortisone injection or to a saline placebo.",
                 "cortisone injection", "cortisone", id="injection"),
    pytest.param("Sixty runners were randomly assigned to lidocaine patches or to a placebo.",
                 "lidocaine patches", "lidocaine", id="patches"),
    pytest.param("Sixty runners were randomly assigned to ketoprofen infusions or to a placebo.",
                 "ketoprofen infusions", "ketoprofen", id="infusions"),
])
def test_form_noun_after_the_name_is_part_of_the_label(run, sentence: str, label: str, short: str) -> None:
    record = run(article(sentence, "Pain eased in 40 percent of the first group and in 22 percent of the placebo group."))
    arm = arms_of(record)[label]
    assert short in [alias.lower() for alias in arm["aliases"]]


def test_a_generic_product_noun_is_no_form_noun(run) -> None:
    # "pills" is no form noun of patterns/arm_form_nouns.txt today: this guards an edit that would
    # make a generic product noun one ("vitamin C pills" would then be the arm, not "vitamin C").
    record = run(article("Adults were randomly assigned to take vitamin C pills or a placebo.",
                         "Colds lasted 5 days with vitamin C and 6 days with the placebo."))
    assert "vitamin c pills" not in labels(record)


# -- a kind word alone before a noun of treating -----------------------------------------------

def test_kind_word_group_takes_its_noun_of_treating(run) -> None:
    record = run(article(
        "Some 300 adults were randomly assigned to early treatment with a new statin or to delayed treatment.",
        "At two years, 150 patients in the early group and 140 in the delayed group were seen again.",
        "Those in the early group had 12 percent fewer heart attacks than the delayed group."))
    assert {"early treatment", "delayed treatment"} <= labels(record)
    assert not {"early", "delayed"} & labels(record)


@pytest.mark.parametrize("word", ["medical", "standard"])
def test_a_word_that_is_also_a_noun_takes_no_noun_of_treating(word: str, nlp) -> None:
    from trialnews.facts.arms import _only_a_kind

    doc = nlp.make_doc(f"{word} treatment")
    assert not _only_a_kind(doc[0:1])


def test_only_a_kind_is_an_adjective_and_never_a_noun(nlp) -> None:
    from trialnews.facts.arms import _only_a_kind

    doc = nlp.make_doc("early conventional nicotine")
    assert _only_a_kind(doc[0:1]) and _only_a_kind(doc[1:2])
    assert not _only_a_kind(doc[2:3])


# -- a generic kind word and the fuller name the story writes ----------------------------------

def test_generic_kind_word_takes_the_fuller_name_written_where_it_is_given(run) -> None:
    record = run(article(
        "Researchers randomly assigned 400 toddlers to receive a vaccine or a saline placebo.",
        "The children who got the lattice vaccine had 60 percent fewer stomach infections.",
        "Nurses gave the lattice vaccine in two doses a month apart.",
        "Fever was seen in 4 percent of the vaccine group and 3 percent of the placebo group."))
    arm = arms_of(record)["lattice vaccine"]
    assert "vaccine" in arm["aliases"]
    assert arm["evidence"]["rule"] == "kind-word-full-name"
    assert arm["evidence"]["text"] == "lattice vaccine"
    assert "vaccine" not in labels(record)


def test_two_words_before_the_kind_when_always_written_together(run) -> None:
    record = run(article(
        "Patients with brain tumours were randomly assigned to surgery alone or to radiation as well.",
        "Those who received whole scalp radiation lived longer; whole scalp radiation was given daily.",
        "Survival at one year was 40 percent with radiation and 30 percent with surgery alone."))
    assert "whole scalp radiation" in labels(record)


@pytest.mark.parametrize("texts", [
    pytest.param(("Researchers randomly assigned 400 toddlers to receive a vaccine or a saline placebo.",
                  "A lattice vaccine was given to some; a measles vaccine was given to others.",
                  "The lattice vaccine and the measles vaccine were both given twice.",
                  "Fever was seen in 4 percent of the vaccine group and 3 percent of the placebo group."),
                 id="two-kinds-written-as-often"),
    pytest.param(("Researchers randomly assigned 400 toddlers to receive a vaccine or a saline placebo.",
                  "The children who got the lattice vaccine had fewer ear infections.",
                  "Fever was seen in 4 percent of the vaccine group and 3 percent of the placebo group."),
                 id="fuller-name-written-once"),
    pytest.param(("Researchers randomly assigned 400 toddlers to receive a vaccine or a saline placebo.",
                  "Toddlers given the candidate vaccine were seen weekly; the candidate vaccine was given twice.",
                  "Fever was seen in 4 percent of the vaccine group and 3 percent of the placebo group."),
                 id="status-word"),
    pytest.param(("Researchers randomly assigned 400 toddlers to receive a vaccine or a saline placebo.",
                  "The children who got the lattice vaccine had fewer infections; the lattice vaccine was given twice.",
                  "Two nurses said some toddlers in the vaccine group also got a flu vaccine that winter.",
                  "Fever was seen in 4 percent of the vaccine group and 3 percent of the placebo group."),
                 id="rival-name-where-given"),
])
def test_no_fuller_name_when_it_cannot_be_told(run, texts: tuple[str, ...]) -> None:
    record = run(article(*texts))
    assert not any(label.endswith(" vaccine") for label in labels(record))


def test_a_fuller_name_only_in_background_sentences_is_not_taken(run) -> None:
    record = run(article(
        "Researchers randomly assigned 400 toddlers to receive a vaccine or a saline placebo.",
        "Measles vaccine coverage is high in the region. Measles vaccine rates rose last year.",
        "Fever was seen in 4 percent of the vaccine group and 3 percent of the placebo group."))
    assert "measles vaccine" not in labels(record)


def test_kind_modifier_rejects_letters_numbers_and_verbs(nlp) -> None:
    from trialnews.facts.arms import _kind_modifier

    doc = nlp.make_doc("B 12 received nasal Ad26 the candidate")
    assert [_kind_modifier(doc, i, i + 1) for i in range(len(doc))] == [False, False, False, True, True, False, False]


# -- places that name no arm (regression cases) ------------------------------------------------

@pytest.mark.parametrize("texts", [
    pytest.param(("Researchers randomly assigned 600 adults to a vaccine or a placebo.",
                  "Adults who had received a flu vaccine in the past month were excluded from the study.",
                  "Anyone who got a flu vaccine during the past winter was excluded as well.",
                  "The lattice vaccine came in four shots.",
                  "Infections were seen in 4 percent of the vaccine group and 6 percent of the placebo group."),
                 id="exclusion-and-history"),
    pytest.param(("Researchers randomly assigned 600 adults to a vaccine or a placebo.",
                  "In another trial, men given the Ad9 vaccine had more infections than men given nothing.",
                  "Men who got the Ad9 vaccine in another trial were not protected either.",
                  "Infections were seen in 4 percent of the vaccine group and 6 percent of the placebo group."),
                 id="another-study"),
    pytest.param(("Researchers randomly assigned 600 adults to a vaccine or a placebo in 2021.",
                  "In 2009, men given the Ad9 vaccine had more infections than men given nothing.",
                  "Men who got the Ad9 vaccine back in 2009 were not protected either.",
                  "Infections were seen in 4 percent of the vaccine group and 6 percent of the placebo group."),
                 id="a-past-year"),
])
def test_no_fuller_name_from_history_or_another_study(run, texts: tuple[str, ...]) -> None:
    record = run(article(*texts))
    assert "vaccine" in labels(record)
    assert not any(label.endswith(" vaccine") for label in labels(record))


@pytest.mark.parametrize(("texts", "kind"), [
    pytest.param(("Patients were randomly assigned to surgery or to a course of physical therapy.",
                  "Some patients in the surgery group got a fake surgery first; fake surgery was done under sedation.",
                  "Pain eased in 40 percent of the surgery group and 38 percent of the therapy group."),
                 "surgery", id="fake"),
    pytest.param(("Researchers randomly assigned 400 toddlers to receive a vaccine or no shot.",
                  "A dummy vaccine was given to one group; toddlers given the dummy vaccine cried as much.",
                  "Fever was seen in 4 percent of the vaccine group and 3 percent of the other group."),
                 "vaccine", id="dummy"),
    pytest.param(("Patients were randomly assigned to surgery or to a course of physical therapy.",
                  "Some patients in the surgery group got a mock surgery first; mock surgery was done under sedation.",
                  "Pain eased in 40 percent of the surgery group and 38 percent of the therapy group."),
                 "surgery", id="mock"),
])
def test_a_control_word_never_names_the_arm(run, texts: tuple[str, ...], kind: str) -> None:
    record = run(article(*texts))
    assert kind in labels(record)
    assert not any(label.endswith(" " + kind) for label in labels(record))


def test_a_headline_s_capitals_are_not_the_label(run) -> None:
    record = run(helpers.article(
        "Researchers randomly assigned 400 toddlers to receive a vaccine or a saline placebo.",
        "The children who got the lattice vaccine had 60 percent fewer stomach infections.",
        "Fever was seen in 4 percent of the vaccine group and 3 percent of the placebo group.",
        title="Lattice Vaccine Given To Toddlers Cuts Stomach Infections"))
    arm = arms_of(record)["lattice vaccine"]
    assert arm["label"] == "lattice vaccine"
    assert arm["evidence"]["text"] == "lattice vaccine"
    assert arm["evidence"]["start"] > len("Lattice Vaccine Given To Toddlers Cuts Stomach Infections")


def test_only_a_code_keeps_its_capitals_in_the_label(run) -> None:
    record = run(article(
        "Researchers randomly assigned 400 adults to receive a vaccine or a saline placebo.",
        "Nasal Ad9 vaccine was given to half of them in two doses.",
        "The adults who got the nasal Ad9 vaccine had fewer infections.",
        "Fever was seen in 4 percent of the vaccine group and 3 percent of the placebo group."))
    assert arms_of(record)["nasal ad9 vaccine"]["label"] == "nasal Ad9 vaccine"
