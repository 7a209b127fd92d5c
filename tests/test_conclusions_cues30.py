"""Forms in which news states the trial's finding as its team's or its study's, found by the
conclusions fact (session 30). Texts written for these tests."""

from __future__ import annotations

import pytest

from trialnews.engines.local import extract_text
from trialnews.facts.conclusions import _VERDICT
from trialnews.nlp import make_nlp


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def _texts(record: dict) -> list[str]:
    return [c["text"] for c in record["conclusions"]]


@pytest.mark.parametrize("sentence", [
    "The study, of 312 adults, found that those taking the tablets slept longer.",  # an aside between commas
    "The new trial, run at nine hospitals, showed that the cream healed ulcers faster.",
    "Researchers from Northfield University Hospital report that the spray eased wheezing.",  # the team's institution
    "Scientists at the Lakeside Institute of Medicine found that the vaccine protected older adults.",
    "Researchers reported Tuesday that the implant lowered eye pressure.",  # a word of when
    "Investigators last month reported that the diet kept weight off.",
    "Doctors' researchers, working with nurses at 12 clinics, found that the checklist cut infections.",
])
def test_a_verdict_with_words_between_its_subject_and_verb(sentence: str) -> None:
    assert _VERDICT.search(sentence)


@pytest.mark.parametrize("sentence", [
    "Researchers, in an earlier study, found that the tablets helped.",  # another study in the aside
    "The findings, released on Friday, come weeks after another trial showed the gel works.",  # no verdict verb after the aside
    "Researchers in many countries are now testing the spray.",
    "The report from Northfield University Hospital was sent to doctors.",
])
def test_no_verdict_without_the_subject_and_its_verb(sentence: str) -> None:
    assert not _VERDICT.search(sentence)


def test_a_finding_reported_by_the_team_named_with_its_institution(nlp) -> None:
    article = ("Spray Eases Wheezing in Children\n\n"
               "A nasal spray may help children with asthma.\n\n"
               "Researchers from Northfield University Hospital report that children who used the spray "
               "for a month had fewer nights of wheezing than those given a dummy spray.\n\n"
               "The trial enrolled 140 children aged 6 to 12.\n")
    texts = _texts(extract_text(article, nlp=nlp))
    assert any(text.startswith("Researchers from Northfield University Hospital report that") for text in texts)


from trialnews.facts.conclusions import _speaker_name  # noqa: E402


@pytest.mark.parametrize("narration, name", [
    ("the results are good, Lindqvist told Health Wire by e-mail", "Lindqvist"),  # "told" names the listener after it
    ("the results are good, said Maria Lindqvist", "Maria Lindqvist"),
    ("the results are good, explains Maria Lindqvist", "Maria Lindqvist"),  # the present of a speech verb
    ("Maria Lindqvist notes that the results are good", "Maria Lindqvist"),
    ("Lindqvist adds that the cream was safe", "Lindqvist"),
])
def test_the_speaker_of_told_is_before_it(narration: str, name: str) -> None:
    assert _speaker_name(narration) == name


_TEAM_ARTICLE = ("Fish Oil in Pregnancy Cuts Colds in Babies\n\n"
                 "Babies whose mothers took fish oil while pregnant had fewer colds, a new trial finds.\n\n"
                 "During the trial, Dr. Maria Lindqvist of Harbourview University and her colleagues gave 900 "
                 "pregnant women fish oil capsules or olive oil capsules.\n\n"
                 "{later}\n")


@pytest.mark.parametrize("later, kept", [
    # a speaker described as leading the team ("X and her colleagues gave ..."), the listener after "told"
    ("Still, the results are \u201cvery encouraging,\u201d Lindqvist told Health Wire by e-mail.",
     "Still, the results are \u201cvery encouraging,\u201d Lindqvist told Health Wire by e-mail"),
    # the study authors reporting a comparison of an arm, in the past
    ("At one year, however, babies in the fish oil group had longer bouts of rash, the study authors noted.",
     "At one year, however, babies in the fish oil group had longer bouts of rash, the study authors noted"),
])
def test_what_the_trial_team_reported(nlp, later: str, kept: str) -> None:
    assert kept in _texts(extract_text(_TEAM_ARTICLE.format(later=later), nlp=nlp))


@pytest.mark.parametrize("later, left_out", [
    # what the team is working on now is a plan, not what the trial found
    ("The team is working on a new capsule with less fish taste and fewer side effects than the current one, "
     "Lindqvist told Health Wire.", "working on"),
    # the moderator of a press conference is no author, though the study authors are named beside them
    ("The findings will be presented by study authors at a press briefing moderated by Dr. Paul Ekberg, a "
     "spokesperson of the college. \u201cBased on this study, we are closer than ever to a simple way to keep "
     "babies healthy,\u201d said Dr. Ekberg.", "closer than ever"),
])
def test_not_the_trial_teams_finding(nlp, later: str, left_out: str) -> None:
    assert not any(left_out in text for text in _texts(extract_text(_TEAM_ARTICLE.format(later=later), nlp=nlp)))


def test_a_time_frame_sets_a_safety_finding(nlp) -> None:
    # a time frame is no value of a result: the safety reader takes the statement
    later = "After two weeks, side effects of the capsules were mild in both groups."
    rules = {c["text"]: c["evidence"]["rule"] for c in extract_text(_TEAM_ARTICLE.format(later=later), nlp=nlp)["conclusions"]}
    assert rules.get(later.rstrip(".")) == "conclusion:source_safety"


def test_side_effects_said_to_pass_are_a_safety_finding(nlp) -> None:
    later = "The most common side effects were nausea and a fishy taste; in most women these side effects were temporary."
    assert later.rstrip(".") in _texts(extract_text(_TEAM_ARTICLE.format(later=later), nlp=nlp))


def test_a_safety_value_is_a_result_not_a_safety_finding(nlp) -> None:
    later = "Side effects were mild and occurred in 12 percent of women on fish oil."
    assert not any("12 percent" in text for text in _texts(extract_text(_TEAM_ARTICLE.format(later=later), nlp=nlp)))


def test_what_the_study_left_out_is_a_limitation(nlp) -> None:
    later = "The study didn't include data on how often the women ate fish, the researchers said."
    assert not any("ate fish" in text for text in _texts(extract_text(_TEAM_ARTICLE.format(later=later), nlp=nlp)))


from trialnews.facts.conclusions import _team_method  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "A team led by Dr. Rosa Imhof of Lakeside University Hospital conducted a two-year trial to test the inhaler.",
    "The researchers then followed the children for three years, noting who developed asthma.",
    "In answer to these worries, the investigators revised the consent forms.",
    "The new trial, described in the Nordic Journal of Surgery, included 80 patients with torn ligaments.",
])
def test_the_team_doing_its_methods(sentence: str) -> None:
    assert _team_method(sentence)


@pytest.mark.parametrize("sentence", [
    "The researchers followed 300 women for a year and found that the pill cut hot flashes.",
    "Researchers compared the two groups and saw no difference in pain.",
    "The study showed that the inhaler worked.",
    "Children given the inhaler had fewer attacks.",
])
def test_not_only_methods(sentence: str) -> None:
    assert not _team_method(sentence)


def test_a_statement_of_methods_is_no_conclusion(nlp) -> None:
    later = ("The researchers then followed the babies for a year, noting which ones developed colds "
             "with features that suggest a weaker immune response.")
    assert not any("noting which" in text for text in _texts(extract_text(_TEAM_ARTICLE.format(later=later), nlp=nlp)))


@pytest.mark.parametrize("later, kept", [
    # a count of things written in letters is no value of a result
    ("In the end, babies of mothers on fish oil were comparable with the other two groups in preventing colds.",
     "In the end, babies of mothers on fish oil were comparable with the other two groups in preventing colds"),
    # nor the bound of an age after the people it bounds
    ("Among children under 2, those whose mothers took fish oil were comparable with the olive oil group in preventing colds.",
     "Among children under 2, those whose mothers took fish oil were comparable with the olive oil group in preventing colds"),
])
def test_a_finding_with_a_count_of_things(nlp, later: str, kept: str) -> None:
    assert kept in _texts(extract_text(_TEAM_ARTICLE.format(later=later), nlp=nlp))


@pytest.mark.parametrize("sentence", [
    "The fish oil capsules lowered the risk by one in five.",
    "Colds were two times less common in babies of mothers on fish oil.",
])
def test_a_value_in_words_stays_a_value(nlp, sentence: str) -> None:
    from trialnews.facts.conclusions import _bare_number
    doc = nlp(sentence)
    assert _bare_number(doc, doc[:], before_dash=False)


_ARM_ARTICLE = ("Cream Clears Eczema in Trial\n\n"
                "A steroid-free cream cleared eczema in most children, a new trial finds.\n\n"
                "In the trial, 300 children with eczema were randomly assigned to use tacrolane cream or a placebo cream "
                "twice a day for eight weeks.\n\n"
                "{later}\n")


def test_a_worded_comparison_with_compared_to(nlp) -> None:
    later = ("Side effects of tacrolane cream included slightly higher rates of skin burning and itching "
             "compared to the placebo cream.")
    record = extract_text(_ARM_ARTICLE.format(later=later), nlp=nlp)
    assert later.rstrip(".") in _texts(record)


def test_compared_to_no_arm_is_no_comparison(nlp) -> None:
    later = "Eczema is more common in cities compared to the countryside."
    assert not any("countryside" in text for text in _texts(extract_text(_ARM_ARTICLE.format(later=later), nlp=nlp)))


def test_babies_are_the_trials_people(nlp) -> None:
    article = ("Eye Drug Helps Premature Babies\n\n"
               "An injected drug treated an eye disease of premature babies, a new trial finds.\n\n"
               "In the trial, doctors at 15 hospitals gave the drug or laser surgery to premature babies with the disease.\n\n"
               "Within a month, most premature babies recovered their sight.\n")
    assert "Within a month, most premature babies recovered their sight" in _texts(extract_text(article, nlp=nlp))


@pytest.mark.parametrize("quote", [
    "For families, this is a really hopeful thing.",
    "It is a huge advancement for children with eczema.",
])
def test_a_judgement_of_worth_by_the_trials_lead(nlp, quote: str) -> None:
    later = f"\u201c{quote}\u201d said Dr. Rosa Imhof, who led the trial."
    assert quote.rstrip(".") in " ".join(_texts(extract_text(_ARM_ARTICLE.format(later=later), nlp=nlp)))
