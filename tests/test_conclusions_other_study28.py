"""A study introduced as not yet named ("a recent review", "One study", "Retrospective studies") after
the article has named its own trial is another study, and what it found is no conclusion of the
trial; the trial introduced so in the lede, the opening or at its first mention stays the trial's.
Texts written for these tests."""

from __future__ import annotations

import pytest

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def _article(later: str) -> str:
    return ("Ginger Eases Nausea After Surgery\n\n"
            "Ginger capsules cut nausea after knee surgery, a new study finds.\n\n"
            "In the trial, 240 adults were randomly assigned to take ginger capsules or a placebo before their operation. "
            "The researchers tracked how often they felt sick over the next two days.\n\n"
            "Patients who took ginger had less nausea than those who took the placebo, the study found.\n\n"
            "Dr. Ann Lee, who led the trial, called the capsules cheap and easy to take.\n\n"
            f"{later}\n")


def _texts(record: dict) -> list[str]:
    return [c["text"] for c in record["conclusions"]]


KEPT = "Patients who took ginger had less nausea than those who took the placebo, the study found"


@pytest.mark.parametrize("later", [
    "A recent review found that ginger worked better than vitamin B6 for nausea in pregnancy.",
    "One study, published in 2015, found that ginger tea eased motion sickness in sailors.",
    "A large trial of another herb was stopped early after investigators found it harmed the liver.",
    "Earlier, smaller studies had looked at ginger for seasickness. Retrospective studies, however, found that "
    "patients who took ginger before surgery bled more.",
    "In a subsequent laboratory study, the researchers showed that ginger extract calmed the stomach muscles of rats.",
])
def test_a_study_named_indefinitely_after_the_trial_is_another_study(nlp, later: str) -> None:
    texts = _texts(extract_text(_article(later), nlp=nlp))
    assert KEPT in texts
    assert not any(word in text for text in texts for word in ("vitamin B6", "sailors", "liver", "bled more", "rats"))


@pytest.mark.parametrize("later, kept", [
    # the team speaking of its own trial in the first person
    ("In a randomized trial, we have shown that ginger eases nausea after surgery, Lee said.",
     "In a randomized trial, we have shown that ginger eases nausea after surgery"),
    # the trial restated with its own count of people
    ("In a trial of 240 adults, patients who took ginger had less nausea than those on placebo, the researchers found.",
     "In a trial of 240 adults, patients who took ginger had less nausea than those on placebo"),
    # the trial's paper dated by the article's own date
    ("A study published in today's issue of Anesthesia News shows that ginger eased nausea better than placebo.",
     "A study published in today's issue of Anesthesia News shows that ginger eased nausea better than placebo"),
    # an indefinite study after a copula is what the trial is, not its subject
    ("\"This is an important study: it shows that ginger works better than placebo,\" Lee said.",
     "This is an important study: it shows that ginger works better than placebo"),
])
def test_the_trial_named_indefinitely_stays_a_conclusion(nlp, later: str, kept: str) -> None:
    texts = _texts(extract_text(_article(later), nlp=nlp))
    assert any(kept in text for text in texts)


def test_the_articles_first_study_named_indefinitely_is_its_own_trial(nlp) -> None:
    # no study is named before it: news introduces its own trial so, even after its lede and opening
    article = ("Olive Oil and Stroke\n\n"
               "Older people who cook with olive oil may be less likely to have a stroke, researchers reported Wednesday.\n\n"
               "Olive oil is common in the diets of southern Europe.\n\n"
               "Many older adults already use it every day.\n\n"
               "Doctors have long advised it for the heart.\n\n"
               "In a study that tracked 7,000 retirees over five years, scientists found that those who used olive "
               "oil most had fewer strokes than those who never used it.\n")
    texts = _texts(extract_text(article, nlp=nlp))
    assert any(text.startswith("In a study that tracked 7,000 retirees") for text in texts)
