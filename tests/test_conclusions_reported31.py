"""Reported speech whose speaker the statement names by "according to" or by a pronoun: the
conclusions fact takes the speaker's role from where the article describes them (session 31).
Texts written for these tests."""

from __future__ import annotations

import pytest

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def _texts(*paragraphs: str, nlp) -> list[str]:
    article = "Gel Heals Foot Ulcers Faster\n\n" + "\n\n".join(paragraphs) + "\n"
    return [c["text"] for c in extract_text(article, nlp=nlp)["conclusions"]]


LEAD = ('"The gel closed wounds in weeks, not months," said Dr. Ann Berg, lead author of the trial '
        "at Northfield University Hospital.")


@pytest.mark.parametrize("statement", [
    pytest.param("Among patients whose wounds closed, the benefit lasted a year, according to Berg.",
                 id="according-to-the-lead-author"),
    pytest.param("But, she added, the gel was safe for people with diabetes to use at home.",
                 id="she-added"),
    pytest.param("Infections were rarer in the gel group, according to Berg, but she noted that the infections were mild.",
                 id="according-to-then-a-pronoun"),
])
def test_a_finding_reported_from_the_lead_author_is_kept(nlp, statement: str) -> None:
    texts = _texts("A new gel may help foot ulcers heal faster, a trial in 160 patients found.", LEAD,
                   "The trial ran at four clinics.", statement, nlp=nlp)
    assert any(text.startswith(statement[:30]) for text in texts)


@pytest.mark.parametrize("paragraphs", [
    pytest.param(("Dr. Lena Park, a wound specialist who was not involved in the trial, reviewed the data.",
                  "Among patients whose wounds closed, the benefit lasted a year, according to Park."),
                 id="according-to-an-outside-expert"),
    pytest.param(("Dr. Lena Park, a wound specialist who was not involved in the trial, reviewed the data.",
                  "But, she added, the gel was safe for people with diabetes to use at home."),
                 id="she-after-an-outside-expert"),
    pytest.param(("Dr. Lena Park is a nurse in Boston.",
                  "Among patients whose wounds closed, the benefit lasted a year, according to Park."),
                 id="according-to-someone-not-placed-in-the-trial"),
])
def test_a_finding_reported_from_outside_the_trial_is_not_kept(nlp, paragraphs) -> None:
    texts = _texts("A new gel may help foot ulcers heal faster, a trial in 160 patients found.",
                   "The trial ran at four clinics.", *paragraphs, nlp=nlp)
    assert not any("benefit lasted" in text or "safe for people" in text for text in texts)



from trialnews.facts.conclusions import _SAID_WORTH, _draws_conclusion  # noqa: E402


@pytest.mark.parametrize("said, drawn", [
    ("Healing on the gel supports the idea that wounds need moisture", True),
    ("The scans support the view that the gel works on deep ulcers too", True),
    ("Nurses have to support the idea that patients keep their feet raised", False),  # a need, not a finding
    ("We could support that with a bigger trial", False),
])
def test_a_conclusion_drawn_by_supporting_an_idea(said: str, drawn: bool) -> None:
    assert _draws_conclusion(said) == drawn


@pytest.mark.parametrize("said", [
    "The follow-up gives us important insights into which wounds close fastest",
    "It offers new insights into how ulcers heal",
])
def test_insights_are_a_judgement_of_the_work(said: str) -> None:
    assert _SAID_WORTH.search(said)
