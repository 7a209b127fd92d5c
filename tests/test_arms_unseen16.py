"""Arms of stories the rules were not written on (issue 13, round 16): what is never a group (an
adverse event counted with its patients, a count, a bare word for a drug), a one-drug early trial,
and groups told apart by a strength word. Small hand-written articles run through the whole
pipeline."""

from __future__ import annotations

import pytest

from facts.helpers import labels as labels_of

TITLE = "Health News"


def article(*paragraphs: str, title: str = TITLE) -> str:
    return "\n\n".join((title, *paragraphs)) + "\n"


NOT_GROUPS = [
    pytest.param(TITLE, "In the trial, 900 women were randomly assigned to Ventrolex or placebo. Serious side effects included deep vein "
                 "thrombosis (5 women); pelvic inflammatory disease (3 women); and chest pain (2 women).",
                 {"deep vein thrombosis", "pelvic inflammatory disease", "chest pain"}, id="events-counted-in-brackets"),
    pytest.param(TITLE, "In the trial, 90 men were randomly assigned to Ventrolex or placebo. Side effects included "
                 "nausea (four patients), fatigue (two patients) and a rash (one patient).", {"nausea", "fatigue"},
                 id="symptoms-counted-in-brackets"),
    pytest.param(TITLE, "Patients were randomly assigned to Ventrolex or placebo. There was no clear difference between "
                 "the four groups in pain.", {"four"}, id="count-before-groups"),
    pytest.param("Trial examines safety, effectiveness of drug to treat gout", "Patients were randomly assigned to "
                 "Ventrolex or placebo. Flares fell more with Ventrolex.", {"drug"}, id="bare-drug-word-in-title"),
    pytest.param(TITLE, "Patients were randomly assigned to Ventrolex or docetaxel. After a year 40 percent on Ventrolex "
                 "were alive compared with 20 percent for the comparator arm.", {"comparator"}, id="comparator-arm"),
]


@pytest.mark.parametrize(("title", "text", "not_arms"), NOT_GROUPS)
def test_what_names_no_group_is_no_arm(run, title: str, text: str, not_arms: set[str]) -> None:
    labels = labels_of(run(article(text, title=title)))
    assert labels and not labels & not_arms, labels


ONE_GROUP = [
    pytest.param("Zelrotinib shrank tumors in 31 of the 40 children in the phase 1 trial of zelrotinib. Zelrotinib was "
                 "well tolerated, and none of the children stopped the drug because of side effects.",
                 "zelrotinib", id="phase-1-drug-named-most"),
    pytest.param("The single-arm study of the investigational agent vorafenib enrolled 60 women with advanced breast "
                 "cancer. All were treated twice a day. Vorafenib slowed the cancer in 27 percent, and vorafenib will now "
                 "be tested in a larger trial.", "vorafenib", id="single-arm-study"),
]


@pytest.mark.parametrize(("text", "arm"), ONE_GROUP)
def test_a_one_group_trial_has_its_one_treatment_as_arm(run, text: str, arm: str) -> None:
    record = run(article(text))
    assert labels_of(record) == {arm}



def test_a_phase_named_apart_from_the_treatment_gives_no_arm(run) -> None:
    # the phase 1 trial is of something the story does not name there: the drug it names most is background
    text = article("Although drugs like zelrotinib have changed the treatment of the disease, zelrotinib must be "
                   "continued for life. The clinic is one site of the multi-center phase 1 trial. Researchers hope "
                   "patients may one day stop zelrotinib.")
    assert labels_of(run(text)) == set()


STRENGTHS = [
    pytest.param("The year-long trial randomly assigned 120 nursing home residents. Of those, 62 received high "
                 "doses of vitamin D3 every month, and 58 received lower doses every day. Falls were more common "
                 "among those who took higher doses, 48 percent against 30 percent.",
                 {"high-dose vitamin D3", "low-dose vitamin D3"}, id="high-doses-of-x-and-lower-doses"),
    pytest.param("In the randomized trial, 300 adults with gout were given high-dose colchicine or low-dose "
                 "colchicine. Flares stopped within a day in 38 percent of the low-dose group and in 41 percent "
                 "of the high-dose group.", {"high-dose colchicine", "low-dose colchicine"}, id="high-dose-x-or-low-dose-x"),
]


@pytest.mark.parametrize(("text", "arms"), STRENGTHS)
def test_strengths_of_one_treatment_are_arms(run, text: str, arms: set[str]) -> None:
    assert labels_of(run(article(text))) == {arm.lower() for arm in arms}


def test_a_strength_of_another_treatment_splits_no_arm(run) -> None:
    # the strengths belong to a class of drugs the trial did not test, not to its one tested drug
    text = article("In the randomized trial, 400 women were assigned to Ventrolex or a placebo. Jaw damage occurs "
                   "in about 5 percent of patients taking a high-dose bisphosphonate and in under 1 percent of those "
                   "taking a lower-dose bisphosphonate.")
    assert labels_of(run(text)) == {"ventrolex", "placebo"}


def test_a_headline_wording_the_text_never_uses_is_no_arm(run) -> None:
    # the story names treatments in its own words and never the headline's: that name is not an arm's
    text = article("In a randomized trial, 76 patients with tremor had the thalamus heated with sound waves guided "
                   "by MRI, or a sham procedure. Tremor eased by 47 percent in the treated patients and by 12 "
                   "percent after the sham procedure. Unlike brain surgery, the treatment needs no incision.",
                   title="Scalpel-Free Surgery Eases Tremor")
    assert labels_of(run(text)) == {"sham procedure"}


def test_the_bare_noun_counts_for_the_name_it_heads(run) -> None:
    # "the diet" refers to the story's fasting-mimicking diet: the tested arm beside the control group
    text = article("Volunteers in the control group ate as usual, while the others were placed on a "
                   "fasting-mimicking diet each month. The diet was low in protein. Those on the fasting-mimicking "
                   "diet lost weight, and the diet lowered blood pressure. The diet was well tolerated.")
    assert labels_of(run(text)) == {"fasting-mimicking diet", "control"}


def test_what_an_arm_group_also_received_is_no_arm(run) -> None:
    text = article("In the randomized trial, 600 patients were assigned to Ventrolex or Duracept injections. By two "
                   "years, 41 percent of participants in the Ventrolex group received laser treatment, compared with "
                   "64 percent in the Duracept group.")
    assert labels_of(run(text)) == {"ventrolex", "duracept"}


def test_strengths_set_against_other_studies_split_no_arm(run) -> None:
    # the smaller doses were other studies', not a group of this trial
    text = article("In the randomized trial, 1,600 women took 150 milligrams of Ventrolex or a placebo every day. In "
                   "earlier studies using smaller doses, the risk fell by about 10 percent, but the higher dose in "
                   "this trial cut it by 62 percent.")
    assert labels_of(run(text)) == {"ventrolex", "placebo"}
