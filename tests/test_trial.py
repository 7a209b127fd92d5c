"""Trial fields (name, phase, design, condition) and the article's byline, on hand-written sentences.

Every sentence here is written for the test (none is copied from a data set); each expected value
is what a curator would write (RECORD.md, ANNOTATION.md).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp
from facts import helpers  # tests/facts/helpers.py: the small article every fact test builds

TITLE = "Trial Update"


article = partial(helpers.article, title=TITLE)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


@pytest.fixture
def record(nlp: Language):
    def run(*paragraphs: str, title: str = TITLE) -> dict[str, Any]:
        return extract_text(article(*paragraphs, title=title), nlp=nlp)
    return run


@pytest.mark.parametrize("paragraphs, condition", [
    pytest.param(("The drug is a new way of treating cancer, doctors said.",
                  "They enrolled 300 patients with triple-negative breast cancer. Those whose triple-negative breast "
                  "cancer has spread have few options, and the cancer often returns."), "triple-negative breast cancer",
                 id="specific-phrase-over-its-head"),
    pytest.param(("The trial enrolled 500 people with irritable bowel syndrome (IBS).",
                  "Many people with IBS also have depression. Depression scores fell. Depression was measured "
                  "monthly, and IBS symptoms were measured weekly."), "irritable bowel syndrome",
                 id="abbreviation-mentions-count-for-the-long-form"),
    pytest.param(("The drug was tested in 400 adults with atrial fibrillation.",
                  "It reduced the risk of stroke. Fewer cases of stroke were seen, and the risk of stroke fell."),
                 "atrial fibrillation", id="outcome-is-not-the-condition"),
    pytest.param(("Per the Centers for Disease Control, many adults have high blood pressure.",
                  "The trial enrolled 200 people with high blood pressure."), "high blood pressure",
                 id="disease-word-in-an-agency-name"),
    pytest.param(("The trial tested vaccines for upcoming flu seasons in 3,000 adults.",), "flu",
                 id="upcoming-is-no-modifier"),
    pytest.param(("The trial tested a pill in 3,000 adults at risk of developing heart disease.",), "heart disease",
                 id="verb-before-a-disease-is-no-modifier"),
    pytest.param(("The vaccine was given to 40 patients with HER2-positive cancers.",
                  "Most patients with breast cancer are not eligible, the doctors said."), "HER2-positive cancers",
                 id="hyphenated-qualifier-with-a-digit"),
    pytest.param(("The gel was tested in 500 women with moderate-to-severe chronic pelvic pain.",),
                 "moderate-to-severe chronic pelvic pain", id="hyphen-joins-do-not-use-up-the-qualifiers"),
    pytest.param(("The trial enrolled 90 adults with non-24-hour sleep disorder.",),
                 "non-24-hour sleep disorder", id="hyphenated-qualifier-with-a-number-inside"),
    pytest.param(("The trial enrolled 90 survivors of 10-year lung cancer.",), "lung cancer",
                 id="a-bare-number-before-a-hyphen-is-no-qualifier"),
    pytest.param(("The trial enrolled 60 patients with HER2+ breast cancer. Doctors said HER2+ breast cancer "
                  "is hard to treat, though breast cancers of other kinds respond.",), "HER2+ breast cancer",
                 id="a-markers-plus-sign-is-part-of-its-qualifier"),
    pytest.param(("The trial enrolled 160 patients with recurrent C. difficile infections. C. difficile infections "
                  "return often.",), "recurrent C. difficile infections",
                 id="a-genus-initial-is-part-of-the-disease"),
    pytest.param(("The trial enrolled 160 adults exposed to M. tuberculosis. Tuberculosis is common among people "
                  "with tuberculosis exposure.",), "tuberculosis",
                 id="an-organism-alone-keeps-no-initial"),
    pytest.param(("The children were born with Severe Combined Immunodeficiency, a rare disorder. The trial treated "
                  "10 children with the disorder.",), "Severe Combined Immunodeficiency",
                 id="a-disease-written-in-capitals-is-no-name"),
    pytest.param(("Funding came from the Cancer Research Fund. The trial enrolled 90 adults with psoriasis.",),
                 "psoriasis", id="a-disease-word-inside-a-capitalised-name-is-no-disease"),
    pytest.param(("Genetic diseases are rare. Some genetic diseases can be cured, and genetic diseases are studied.",
                  "The trial treated 12 babies born with sickle cell disease."), "sickle cell disease",
                 id="a-class-of-diseases-gives-way-to-the-disease-of-the-people"),
    pytest.param(("Cancer is common. Cancer kills, and cancer costs much.",
                  "The trial treated 12 adults with cancer; two had lung cancer before."), "cancer",
                 id="a-class-of-diseases-stays-when-no-disease-is-named-for-the-people"),
    pytest.param(("The trial enrolled 70 patients with bipolar illness and depression. Bipolar illness and "
                  "depression often come together, and bipolar illness returns.",), "bipolar illness",
                 id="two-diseases-joined-by-and-are-two-mentions"),
    pytest.param(("The trial enrolled 70 adults with chronic or recurrent sinusitis.",), "chronic or recurrent sinusitis",
                 id="qualifiers-joined-by-or-still-qualify"),
])
def test_condition(record, paragraphs: tuple[str, ...], condition: str) -> None:
    assert record(*paragraphs)["trial"]["condition"] == condition


@pytest.mark.parametrize("paragraphs, name", [
    pytest.param(("The North American study, called Harbor, compared two surgeries.",
                  "In the Harbor trial, 2,000 patients were randomly assigned to surgery or stenting.",
                  "The Harbor results surprised the doctors."), "Harbor", id="one-word-name-called"),
    pytest.param(("The trial, known as the Study of Heart Rhythm Outcomes, or SHRO, enrolled 900 adults.",),
                 "SHRO", id="acronym-after-the-words-it-stands-for"),
    pytest.param(("The study, led by McAllister and colleagues, enrolled 900 adults in a trial.",), None,
                 id="mc-surname-is-no-acronym"),
    pytest.param(("The trial, known as the Trial of Sleep, enrolled 900 adults.",), None,
                 id="known-as-trial-is-no-name"),
    pytest.param(("Doctors at 40 hospitals took part in a randomized trial of NeuroMap, a blood test.",
                  "Half of the 800 patients took the NeuroMap test."), None, id="what-the-trial-tested-is-no-name"),
    pytest.param(("The trial compared pulsed heat therapy (PHT) with usual care in 200 adults.",
                  "Pain in the trial fell more with PHT than with usual care."), None, id="a-treatment-short-form-is-no-name"),
    pytest.param(("Two doses of the TVX vaccine were given in the trial to 500 adults.",), None,
                  id="a-name-before-vaccine-is-the-product"),
    pytest.param(("The Nurses Heart Cohort (NHC) study enrolled 9,000 women.",
                  "The NHC study found that walking helped."), "NHC", id="a-short-form-written-before-study"),
    pytest.param(("READ THE ORIGINAL STUDY", "The trial enrolled 900 adults with gout."), None,
                 id="a-shouted-line-names-nothing"),
])
def test_trial_name(record, paragraphs: tuple[str, ...], name: str | None) -> None:
    assert record(*paragraphs)["trial"]["name"] == name


@pytest.mark.parametrize("sentence, tag, present", [
    pytest.param("The 15 hospitals participating in the study stopped using the old drug.", "multicenter", True,
                 id="hospitals-participating"),
    pytest.param("Investigators randomly chose 600 adults to receive the drug or a placebo.", "randomized", True,
                 id="randomly-chose"),
    pytest.param("The analysis was limited by a high crossover rate in the control group.", "crossover", False,
                 id="crossover-rate-is-not-a-design"),
    pytest.param("Large observational studies show that salt raises blood pressure.", "observational", False,
                 id="observational-studies-are-background"),
    pytest.param("This was an observational study of 6,000 nurses.", "observational", True,
                 id="observational-study"),
])
def test_design(record, sentence: str, tag: str, present: bool) -> None:
    assert (tag in record(sentence)["trial"]["design"]) is present


@pytest.mark.parametrize("sentence, phase", [
    pytest.param("The company plans to start Phase III trials of the drug next year.", None, id="future-phase"),
    pytest.param("The phase 3 trial enrolled 800 adults with asthma.", "3", id="reported-phase"),
])
def test_phase(record, sentence: str, phase: str | None) -> None:
    assert record(sentence)["trial"]["phase"] == phase


@pytest.mark.parametrize("text, author", [
    pytest.param(article("Jane Q. Doe, DAILY HERALD", "The trial enrolled 300 adults."), "Jane Q. Doe",
                 id="name-comma-outlet-line"),
    pytest.param(article("The trial enrolled 300 adults.", "Write to Ann Lee at ann.lee@example.com"), "Ann Lee",
                 id="sign-off-write-to"),
    pytest.param(article("The trial enrolled 300 adults."), None, id="no-byline"),
])
def test_article_author(nlp: Language, text: str, author: str | None) -> None:
    assert extract_text(text, nlp=nlp)["article"]["author"] == author


def test_a_name_given_once_counts_its_later_uses(record) -> None:
    """``a study called Crest``: every later ``Crest`` counts for it, even far from ``trial``."""
    paragraphs = ("A study called Crest enrolled 900 adults; the FOCUS trial enrolled 500.",
                  "Doctors said Crest changed practice. In Crest, pain fell, while the FOCUS trial ended early.",
                  "Crest will continue.")
    assert record(*paragraphs)["trial"]["name"] == "Crest"


@pytest.mark.parametrize(("text", "name", "cue"), [
    pytest.param("The trial, called the STAR study, enrolled adults.", "STAR", "called", id="called-the"),
    pytest.param("A study known as BRAVO tested the drug.", "BRAVO", "known", id="two-word-cue"),
    pytest.param("Researchers ran BRAVO in ten clinics.", "BRAVO", None, id="no-cue"),
    pytest.param("BRAVO was a trial. The BRAVO study ended.", "BRAVO", None, id="the-at-sentence-start"),
    pytest.param("It was known. As BRAVO showed, it works.", "BRAVO", None, id="cue-across-sentences"),
])
def test_naming_cue_start(nlp: Language, text: str, name: str, cue: str | None) -> None:
    """The cue that gives a trial its name, read only from the name's own sentence."""
    from trialnews.facts.trial import _naming_cue_start

    doc = nlp(text)
    span = next(doc[t.i:t.i + 1] for t in reversed(doc) if t.text == name)
    start = _naming_cue_start(doc, span)
    assert (doc[start].lower_ if start is not None else None) == cue


@pytest.mark.parametrize(("text", "shouted"), [
    pytest.param("SEE ORIGINAL STUDY FOR DETAILS", True, id="shouted-line"),
    pytest.param("The STAR trial enrolled adults.", False, id="a-sentence"),
    pytest.param("SEE IT", False, id="too-few-letters"),
])
def test_shouted(nlp: Language, text: str, shouted: bool) -> None:
    from trialnews.facts.common import sent
    from trialnews.facts.trial import _shouted

    doc = nlp(text)
    assert _shouted(sent(doc[0])) is shouted


@pytest.mark.parametrize("phrase, key", [
    ("advanced breast cancers", "breast cancer"),
    ("heart attacks", "heart attack"),
    ("retinopathy of prematurity", "retinopathy"),
    ("small cell lung cancer", "lung cancer"),
])
def test_a_group_of_is_worked_out_once_per_phrase(phrase: str, key: str) -> None:
    """A doc names its diseases again and again: each phrase's key is kept, not worked out anew."""
    from trialnews.facts.trial import DEFAULTS, _group_of, _group

    assert _group(phrase, DEFAULTS) == key
    hits = _group_of.cache_info().hits
    assert _group(phrase, DEFAULTS) == key
    assert _group_of.cache_info().hits == hits + 1
