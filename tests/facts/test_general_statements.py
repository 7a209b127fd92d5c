"""A sentence told in the present with no finding reported states how things are, not what the
trial found (``facts.results.general_statement``, left-out reason ``general-statement``).
Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from trialnews.facts.results import LEFT_OUT

OPENING = ("Lozitan cuts migraine days, trial finds\n\n"
           "In the trial, 300 adults with migraine were randomly assigned to lozitan or a placebo.\n")


def _kept_and_left(nlp: Language, text: str) -> tuple[set[str], dict[str, str]]:
    doc = nlp(OPENING + text)
    kept = {result["evidence"]["text"] for result in doc._.record["results"]}
    return kept, {item["text"]: item["reason"] for item in doc.user_data[LEFT_OUT]}


def test_a_share_of_users_in_the_present_is_no_result(nlp: Language) -> None:
    kept, left = _kept_and_left(nlp, "About 2 percent of people who take lozitan have a serious liver injury.\n")
    assert "2 percent" not in kept
    assert left["2 percent"] == "general-statement"


def test_a_chance_in_the_present_is_no_result(nlp: Language) -> None:
    _, left = _kept_and_left(nlp, "For people on lozitan, there is about a 1 in 20 chance of a relapse.\n")
    assert left["1 in 20"] == "general-statement"


def test_results_told_in_the_past_stay(nlp: Language) -> None:
    kept, _ = _kept_and_left(nlp, "Headaches were gone in 44 percent of those on lozitan and in 21 percent "
                                  "of those on placebo.\n")
    assert {"44 percent", "21 percent"} <= kept


def test_a_finding_told_in_the_present_stays(nlp: Language) -> None:
    kept, _ = _kept_and_left(nlp, "Headaches are gone in 44 percent of those on lozitan and in 21 percent "
                                  "of those on placebo, the study finds.\n")
    assert {"44 percent", "21 percent"} <= kept


def test_a_line_with_no_verb_is_not_judged(nlp: Language) -> None:
    kept, _ = _kept_and_left(nlp, "Pain free at two hours: 44 percent of those on lozitan against 21 percent "
                                  "of those on placebo.\n")
    assert {"44 percent", "21 percent"} <= kept


def test_a_bound_of_a_category_is_no_result(nlp: Language) -> None:
    kept, left = _kept_and_left(nlp, "Overall, 46 percent of those on lozitan had a 50-percent or greater "
                                     "drop in migraine days.\n")
    assert "50-percent" not in kept
    assert left["50-percent"] == "not-a-result:threshold"
    assert "46 percent" in kept


def test_a_bound_of_a_change_the_group_had_stays(nlp: Language) -> None:
    kept, _ = _kept_and_left(nlp, "Those who took lozitan at each dose had a decrease in A1c levels of 0.5% or more.\n")
    assert "0.5%" in kept


def test_the_other_study_of_the_same_drug_gives_no_result(nlp: Language) -> None:
    kept, left = _kept_and_left(nlp, "Other phase 2 data showed that lozitan led to fewer migraine days in "
                                     "35 percent of patients with cluster headache.\n")
    assert "35 percent" not in kept
    assert left["35 percent"] == "other-research"


def test_a_company_s_stock_value_is_no_result(nlp: Language) -> None:
    kept, left = _kept_and_left(nlp, "Pharmafirm has lost more than 60 percent of its stock value since the "
                                     "first death in the trial.\n")
    assert "60 percent" not in kept
    assert left["60 percent"] == "other-research"


def test_a_target_after_a_bound_is_no_result(nlp: Language) -> None:
    kept, left = _kept_and_left(nlp, "Among those on lozitan, 48 percent achieved less than 7.0% HbA1c, "
                                     "the treatment goal.\n")
    assert "7.0%" not in kept
    assert left["7.0%"] == "not-a-result:threshold"


def test_a_bound_a_group_reached_stays(nlp: Language) -> None:
    kept, _ = _kept_and_left(nlp, "Serious side effects were rare: the rate was less than 2% in those on "
                                  "lozitan and 3% in those on placebo.\n")
    assert "2%" in kept


def test_a_bound_that_counts_people_stays(nlp: Language) -> None:
    kept, _ = _kept_and_left(nlp, "Less than 2% of those on lozitan had a serious liver injury, "
                                  "compared with 3% of those on placebo.\n")
    assert "2%" in kept


# The comparisons fact makes the same judgement (``facts.comparisons._no_trial_sentence``): a
# between-group change told as how things are is no estimate of the trial.

def _comparisons(nlp: Language, text: str) -> set[str]:
    return {item["evidence"]["text"] for item in nlp(OPENING + text)._.record["comparisons"]}


def test_what_a_drug_class_does_is_no_comparison(nlp: Language) -> None:
    found = _comparisons(nlp, "Drugs of its class reduce the risk of a migraine attack by 25 percent over "
                              "a placebo.\n")
    assert not any("25 percent" in text for text in found)


def test_a_background_risk_in_the_present_is_no_comparison(nlp: Language) -> None:
    found = _comparisons(nlp, "Women with migraine have a 40 percent higher risk of stroke than other women.\n")
    assert not any("40 percent" in text for text in found)


def test_the_trial_s_change_told_in_the_past_stays(nlp: Language) -> None:
    found = _comparisons(nlp, "Lozitan cut the risk of a migraine attack by 25 percent compared with placebo.\n")
    assert any("25 percent" in text for text in found)


def test_the_trial_s_change_the_researchers_conclude_stays(nlp: Language) -> None:
    found = _comparisons(nlp, "Lozitan cuts the risk of a migraine attack by 25 percent over a placebo, "
                              "the researchers conclude.\n")
    assert any("25 percent" in text for text in found)


def test_a_naming_participle_is_no_past(nlp: Language) -> None:
    # "called" names the infection: the sentence is still told in the present
    kept, left = _kept_and_left(nlp, "About 3 percent of lens wearers get an eye infection called keratitis.\n")
    assert "3 percent" not in kept
    assert left["3 percent"] == "general-statement"


def test_a_describing_participle_is_no_past(nlp: Language) -> None:
    kept, left = _kept_and_left(nlp, "Median survival for newly diagnosed patients is only 11.5 months.\n")
    assert "11.5 months" not in kept
    assert left["11.5 months"] == "general-statement"


def test_a_naming_word_before_a_preposition_is_a_past(nlp: Language) -> None:
    from trialnews.facts.results import _without_describing_participles
    assert "called" in _without_describing_participles("The doctors called for 20 percent more beds.")
    assert "called" in _without_describing_participles("A journal called the drug a breakthrough; 9 percent of users gain weight.")
    assert "called" not in _without_describing_participles("Some 5 percent get an infection called PID.")


def test_a_verb_that_can_be_a_noun_after_a_plural_subject_is_a_present(nlp: Language) -> None:
    kept, left = _kept_and_left(nlp, "Roughly 40 percent of lozitan users need a second drug.\n")
    assert "40 percent" not in kept
    assert left["40 percent"] == "general-statement"


def test_a_form_that_is_its_own_past_is_not_read_as_a_present() -> None:
    from trialnews.facts.results import _present_verb
    assert not _present_verb("Across the groups, the patients cut their doses.")
    assert _present_verb("Most patients get better.")


def test_a_result_after_a_plural_subject_told_in_the_past_stays(nlp: Language) -> None:
    kept, _ = _kept_and_left(nlp, "Headaches stopped in 44 percent of those on lozitan and in 21 percent "
                                  "of those on placebo.\n")
    assert {"44 percent", "21 percent"} <= kept
