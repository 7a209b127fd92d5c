"""An arm's label is the whole phrase the article names its treatment by: the premodifiers that
name the treatment's kind, form or route and a product noun after its name, not determiners,
numbers, verbs, judging or dating words; the shorter name stays the arm's alias."""

from __future__ import annotations

from functools import partial

import pytest
from facts import helpers  # tests/facts/helpers.py: the small article every fact test builds

from facts.helpers import labels

article = partial(helpers.article, title="Trial Update")


def test_kind_premodifier_is_part_of_the_label(run) -> None:
    record = run(article("Adults were randomly assigned to a whole grain diet or a placebo drink for twelve weeks.",
                         "Blood pressure fell by 6 percent in the whole grain diet group and by 1 percent in the placebo group."))
    assert "whole grain diet" in labels(record)
    assert "grain diet" not in labels(record)


def test_product_noun_after_the_name_keeps_the_short_name_as_alias(run) -> None:
    record = run(article("Mothers were randomly assigned to take fish-oil supplements or an olive oil placebo during pregnancy.",
                         "Depression was reported by 9 percent of the fish-oil group and by 12 percent of the placebo group."))
    arm = next(arm for arm in record["arms"] if arm["label"].lower().startswith("fish-oil"))
    assert arm["label"] == "fish-oil supplements"
    assert "fish-oil" in arm["aliases"]
    assert arm["evidence"]["text"] == "fish-oil supplements"
    assert {(r["arm"], r["value"]) for r in record["results"]} >= {("fish-oil supplements", 9.0)}


def test_a_label_widened_from_a_short_mention_is_grounded_where_it_is_written(run) -> None:
    record = run(article("In the trial, volunteers were randomly assigned to fish-oil or a placebo.",
                         "The fish-oil supplements were swallowed twice a day with breakfast."))
    arm = next(arm for arm in record["arms"] if arm["label"].lower().startswith("fish-oil"))
    assert arm["label"] == "fish-oil supplements"
    assert arm["evidence"]["text"] == "fish-oil supplements"


@pytest.mark.parametrize(("text", "label"), [
    pytest.param(article("Patients were randomly assigned to the new drug ravulizumab or a placebo.",
                         "Relapse occurred in 10 percent of the ravulizumab group."), "ravulizumab", id="dating-word"),
    pytest.param(article("Patients were randomly assigned to minimally invasive surgery or physical therapy.",
                         "Pain eased in most of them."), "surgery", id="adverb-before-adjective"),
    pytest.param(article("Patients were randomly assigned to aggressive chemotherapy or a placebo infusion.",
                         "Tumors shrank in 30 percent of the chemotherapy group."), "chemotherapy", id="judging-word"),
])
def test_label_stops_at_words_that_name_no_kind(run, text: str, label: str) -> None:
    assert label in labels(run(text))


def test_participle_only_after_an_article(nlp) -> None:
    from trialnews.facts.arms import _label_word

    doc = nlp.make_doc("They ate a refined grain diet and received grain diet meals.")
    assert _label_word(doc, 3, 4, 0, drug=False)  # "a refined"
    assert not _label_word(doc, 7, 8, 0, drug=False)  # "received"


def test_graded_adjectives_are_no_kind() -> None:
    from trialnews.facts.arms import _graded

    assert _graded("strongest") and _graded("safer")
    assert not _graded("traditional") and not _graded("oral")



def test_duration_words_are_no_kind(nlp) -> None:
    from trialnews.facts.arms import _label_word

    doc = nlp.make_doc("They took long-term aspirin.")
    assert not _label_word(doc, 2, 5, 0, drug=False)  # "long-term"
