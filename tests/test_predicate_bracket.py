"""A value written in a bracket after the group its clause places it in, or right after its verb, is
the predicate of the clause's subject (``linking/outcomes.py``, ``_verb_before_bracket``): ``The
recovery rate was higher in the X group (32.5 percent) than ...`` measures the recovery rate, as
``The recovery rate was 32.5 percent in the X group`` does. Sentences written for the test in the
manner of trial news."""

from __future__ import annotations

ARTICLE = """Skin patch flu vaccine protects children, trial finds

By Staff Writer

A patch that delivers the flu vaccine through the skin protected children as well as a regular shot, researchers reported Monday.

The team randomly assigned 400 children to the Dermaflu vaccine or a placebo patch.

"We were pleasantly surprised," said the study's leader, Dr. Ann Smith.

{sentence}
"""


def _results(run, sentence: str) -> dict[float, dict]:
    record = run(ARTICLE.format(sentence=sentence))
    return {result["value"]: result for result in record["results"]}


def test_bracketed_value_after_a_group_measures_the_subject(run) -> None:
    results = _results(run, "The recovery rate was higher in the Dermaflu group (32.5 percent) than in the "
                            "placebo group (21.3 percent).")
    assert results[32.5]["endpoint"] == "recovery rate"
    assert results[32.5]["evidence"]["links"]["endpoint"] == "subject-of-change"
    assert results[21.3]["endpoint"] == "recovery rate"


def test_comparative_with_an_adverb_and_a_group_without_its_noun(run) -> None:
    results = _results(run, "Hospital admission was significantly lower with placebo (11 percent) compared "
                            "with Dermaflu (14 percent).")
    assert results[11]["endpoint"] == "hospital admission"
    assert results[11]["arm"] == "placebo"


def test_bracketed_range_right_after_a_change_verb(run) -> None:
    results = _results(run, "In the Dermaflu group, the average symptom score increased (from 7.7 to 11.6) "
                            "over the season.")
    assert results[7.7]["endpoint"] == results[11.6]["endpoint"] == "symptom score"
    assert results[11.6]["evidence"]["links"]["endpoint"] == "subject-of-change"


def test_people_as_the_subject_name_no_outcome(run) -> None:
    # the verb and its group are read before the bracket, but the subject is people: no outcome
    results = _results(run, "Boys were fewer in the Dermaflu group (45 percent) than in the placebo group "
                            "(52 percent).")
    assert all(result["endpoint"] != "boys" for result in results.values())
    assert 45 not in results


def test_a_circumstance_inside_the_subject_is_not_the_subject(run) -> None:
    results = _results(run, "The share of children who missed school during the winter was lower in the "
                            "Dermaflu group (6.7 percent) than in the placebo group (13.2 percent).")
    assert all(result["endpoint"] != "winter" for result in results.values())


def test_a_statistic_of_a_change_alone_names_no_outcome(run) -> None:
    results = _results(run, "The mean reduction was greater in the Dermaflu group (57 percent) than in the "
                            "placebo group (18 percent).")
    assert all(result["endpoint"] not in ("reduction", "mean reduction") for result in results.values())
