"""One component test per kind of fact, on small hand-made trial-news sentences.

Every expected value below is what a curator reading the sentence would write in the record
(RECORD.md), not what the pipeline happened to print. Each article is run through the whole
pipeline (``trialnews.engines.local.extract_text``) with one ``make_nlp()`` per module, and every
record is checked for grounding on the way: each evidence is the slice of the text at its
offsets, each number of an item is written in its evidence, and the record validates against
its text.

Cases the pipeline gets wrong on a clear, general sentence are kept as strict xfails whose
reason names the fault, so they turn into failures (and lose their marker) once it is fixed.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems
from trialnews.evaluation.scoring import CONCLUSION_JACCARD, jaccard, words

TITLE = "Trial Update"
#: A first paragraph long enough to be the lede, with no finding in it, so the conclusion
#: tests see only the sentences they are about.
NEUTRAL_LEDE = ("The trial was conducted at 40 hospitals in Europe between 2015 and 2019 and included adults "
                "over 70 years of age.")
PEMBRO_OR_PLACEBO = "Patients were randomized to pembrolizumab or placebo."
NIVO_OR_DOCETAXEL = "Patients were randomly assigned to nivolumab or docetaxel."
ASPIRIN_OR_PLACEBO = "Patients were randomized to aspirin or placebo."


def article(*paragraphs: str, title: str = TITLE) -> str:
    """A small article: a title line, then paragraphs separated by blank lines."""
    return "\n\n".join((title, *paragraphs)) + "\n"


def assert_grounded(record: dict[str, Any], text: str) -> None:
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


@pytest.fixture
def run(nlp: Language):
    """Extract one article's record, after checking that the record is grounded in the text."""

    def extract(text: str) -> dict[str, Any]:
        record = extract_text(text, nlp=nlp)
        assert_grounded(record, text)
        return record

    return extract


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


# -- Header ----------------------------------------------------------------------------------------

HEADERS = [
    pytest.param("Aspirin Cuts Stroke Risk in Older Adults\nBy Jane Doe - March 3, 2021\n\n"
                 "The trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk in Older Adults", "Jane Doe", "2021-03-03"),
                 id="byline-dash-month-day-year"),
    pytest.param("Benefit Unclear in Myeloma\n\nBy Cecilia Brown - Last Updated: November 22, 2022\n\n"
                 "The trial enrolled 57 patients.\n",
                 ("Benefit Unclear in Myeloma", "Cecilia Brown", "2022-11-22"), id="byline-last-updated"),
    pytest.param("\n\n  Aspirin Cuts Stroke Risk  \nBy Tom Klein | 4 May 2019\n\nThe trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk", "Tom Klein", "2019-05-04"), id="title-after-blank-lines-day-month-year"),
    pytest.param("Aspirin Cuts Stroke Risk\nBy Ana Ruiz - 2019-05-04\n\nThe trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk", "Ana Ruiz", "2019-05-04"), id="byline-iso-date"),
    pytest.param("Aspirin Cuts Stroke Risk\n\nThe trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk", None, None), id="no-byline-no-date"),
    pytest.param("Aspirin Cuts Stroke Risk\nBy Maria Lopez, Sept. 28, 2016\n\nThe trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk", "Maria Lopez", "2016-09-28"), id="byline-comma-date"),
    pytest.param("Aspirin Cuts Stroke Risk\nBy Maria Lopez\n\nThe trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk", "Maria Lopez", None), id="byline-alone-on-its-line"),
]


@pytest.mark.parametrize(("text", "expected"), HEADERS)
def test_header(run, text: str, expected: tuple[str, str | None, str | None]) -> None:
    header = run(text)["article"]
    assert (header["title"], header["author"], header["published"]) == expected


# -- Trial -----------------------------------------------------------------------------------------

TRIALS = [
    pytest.param("The KEYNOTE-189 trial enrolled 616 patients with lung cancer.", "name", "KEYNOTE-189",
                 id="name-before-trial"),
    pytest.param("Results of the CHECKMATE-067 study were presented in Chicago on Monday.", "name", "CHECKMATE-067",
                 id="name-before-study"),
    pytest.param("The study is registered at ClinicalTrials.gov (NCT02578680).", "registry_ids", ["NCT02578680"],
                 id="nct-registry-id"),
    pytest.param("The phase III trial enrolled 616 patients.", "phase", "3", id="phase-roman-III"),
    pytest.param("In the phase II study, 40 patients received the drug.", "phase", "2", id="phase-roman-II"),
    pytest.param("The phase 2/3 study tested the vaccine in 30,000 adults.", "phase", "2/3", id="phase-2/3"),
    pytest.param("This was an open-label Phase 1 trial in 24 healthy volunteers.", "phase", "1", id="phase-1"),
    pytest.param("This was a randomized, double-blind, placebo-controlled, multicenter study.", "design",
                 {"randomized", "double-blind", "placebo-controlled", "multicenter"}, id="design-four-tags"),
    pytest.param("The open-label, single-arm trial enrolled 60 patients.", "design", {"open-label", "single-arm"},
                 id="design-open-label-single-arm"),
    pytest.param("The randomised, multicentre trial was run in 12 hospitals.", "design", {"randomized", "multicenter"},
                 id="design-british-spelling"),
    pytest.param("The randomized trial included 2,502 patients at more than 100 hospitals.", "design",
                 {"randomized", "multicenter"}, id="design-sites-approximate-count"),
    pytest.param("The randomized trial was run at one hospital in Ohio.", "design", {"randomized"},
                 id="design-one-hospital-is-not-multicenter"),
    pytest.param("The trial randomized 3,200 obese or overweight adults to lorcaserin or placebo.", "condition",
                 "obese or overweight", id="condition-coordinated-modifiers"),
    pytest.param("The trial randomized 600 patients with moderate to severe ulcerative colitis to tofacitinib or "
                 "placebo.", "condition", "moderate to severe ulcerative colitis", id="condition-severity-range"),
]


@pytest.mark.parametrize(("sentence", "key", "expected"), TRIALS)
def test_trial(run, sentence: str, key: str, expected: Any) -> None:
    value = run(article(sentence))["trial"][key]
    assert (set(value) if key == "design" else value) == expected


def test_trial_all_facts_of_one_sentence(run) -> None:
    text = article("The KEYNOTE-189 trial (NCT02578680) was a randomized, double-blind, placebo-controlled, "
                   "multicenter phase III study of pembrolizumab.")
    trial = run(text)["trial"]
    assert trial["name"] == "KEYNOTE-189"
    assert trial["registry_ids"] == ["NCT02578680"]
    assert trial["phase"] == "3"
    assert set(trial["design"]) == {"randomized", "double-blind", "placebo-controlled", "multicenter"}


def test_trial_without_phase_or_registry(run) -> None:
    trial = run(article("The study compared two diets in 300 adults with obesity."))["trial"]
    assert trial["phase"] is None
    assert trial["registry_ids"] == []


# -- Arms ------------------------------------------------------------------------------------------

IXAZOMIB_DOSE = "Patients were randomized to receive ixazomib 3 mg (n=21) or placebo (n=22)."
IXAZOMIB = "Patients were randomized to receive ixazomib (n=21) or placebo (n=22)."
SEMAGLUTIDE = "Participants were randomly assigned to semaglutide 2 mg or placebo."
NIVOLUMAB_SIZES = "Patients were randomly assigned to nivolumab (n = 272) or docetaxel (n = 135)."
DAPAGLIFLOZIN = "Patients in the trial received either dapagliflozin 10 mg daily or a matching placebo."

# (sentence, arm label, the arm's fields a curator would write)
ARM_FIELDS = [
    pytest.param(IXAZOMIB_DOSE, "ixazomib", {"dose": "3 mg", "role": "experimental", "n": 21}, id="dose-and-n-drug"),
    pytest.param(IXAZOMIB_DOSE, "placebo", {"dose": None, "role": "control", "n": 22}, id="dose-and-n-placebo"),
    pytest.param(IXAZOMIB, "ixazomib", {"dose": None, "role": "experimental", "n": 21}, id="n-drug"),
    pytest.param(IXAZOMIB, "placebo", {"dose": None, "role": "control", "n": 22}, id="n-placebo"),
    pytest.param(NIVOLUMAB_SIZES, "nivolumab", {"n": 272}, id="n-with-spaces-first-arm"),
    pytest.param(NIVOLUMAB_SIZES, "docetaxel", {"n": 135}, id="n-with-spaces-second-arm"),
    pytest.param(SEMAGLUTIDE, "semaglutide", {"dose": "2 mg", "role": "experimental", "n": None}, id="dose-drug"),
    pytest.param(SEMAGLUTIDE, "placebo", {"dose": None, "role": "control", "n": None}, id="dose-not-given-to-placebo"),
    pytest.param(DAPAGLIFLOZIN, "placebo", {"role": "control"}, id="matching-placebo-is-control"),
]


@pytest.mark.parametrize(("sentence", "label", "fields"), ARM_FIELDS)
def test_arm_fields(run, sentence: str, label: str, fields: dict[str, Any]) -> None:
    arms = {arm["label"]: arm for arm in run(article(sentence))["arms"]}
    assert label in arms
    assert {key: arms[label][key] for key in fields} == fields


# (sentence, the labels of every arm of the trial)
ARM_LABELS = [
    pytest.param(IXAZOMIB, {"ixazomib", "placebo"}, id="drug-or-placebo-with-sizes"),
    pytest.param(NIVOLUMAB_SIZES, {"nivolumab", "docetaxel"}, id="two-drugs-with-sizes"),
    pytest.param(SEMAGLUTIDE, {"semaglutide", "placebo"}, id="drug-dose-or-placebo"),
    pytest.param(DAPAGLIFLOZIN, {"dapagliflozin", "placebo"}, id="received-either-or"),
    pytest.param(IXAZOMIB_DOSE, {"ixazomib", "placebo"}, id="dose-before-bracketed-size"),
    pytest.param("The trial compared olaparib with placebo in 300 women with ovarian cancer.", {"olaparib", "placebo"},
                 id="compared-with-placebo"),
    pytest.param("A total of 300 adults were randomly assigned to semaglutide 2.4 mg once weekly or placebo.",
                 {"semaglutide", "placebo"}, id="decimal-dose-and-schedule"),
    pytest.param("Adults were randomly assigned to take 10 milligrams of the diet drug lorcaserin or placebo.",
                 {"lorcaserin", "placebo"}, id="diet-drug-is-not-a-diet-arm"),
    pytest.param("In the randomized trial, 153 patients received AE37 + GM-CSF and 145 received GM-CSF alone.",
                 {"AE37", "gm-csf alone"}, id="treatment-alone-is-the-comparator"),
    pytest.param("Patients were randomized to SAMe or placebo.", {"SAMe", "placebo"}, id="an-acronym-is-not-a-common-word"),
    pytest.param("Patients were assigned to the broad group or the placebo group.", {"placebo"},
                 id="an-adjective-group-is-not-an-arm"),
    pytest.param("Patients were randomized to the combination group or the placebo group.", {"placebo"},
                 id="a-bare-generic-word-is-not-an-arm"),
    pytest.param("Of 572 patients randomly assigned to chlorhexidine-alcohol or iodine-alcohol, 23 developed an "
                 "infection at the site of the surgery.",
                 {"chlorhexidine-alcohol", "iodine-alcohol"}, id="intervention-after-a-new-clause-is-not-assigned"),
]


@pytest.mark.parametrize(("sentence", "labels"), ARM_LABELS)
def test_arm_labels(run, sentence: str, labels: set[str]) -> None:
    assert {arm["label"] for arm in run(article(sentence))["arms"]} == labels


# -- Sample sizes ----------------------------------------------------------------------------------

# (sentence, every (n, population, arm) a curator would list; a tuple lists accepted populations)
SIZES = [
    pytest.param("The trial enrolled 57 patients.", [(57, "enrolled", None)], id="enrolled-digits"),
    pytest.param("The study (N = 1,234) was carried out in France.", [(1234, "enrolled", None)],
                 id="capital-N-equals-thousands-comma"),
    pytest.param("The trial enrolled 1,234 patients (N = 1,234) in France.", [(1234, "enrolled", None)],
                 id="thousands-comma"),
    pytest.param("Fifty-seven patients were enrolled in the trial.", [(57, "enrolled", None)], id="number-words"),
    pytest.param("The trial included 13 388 participants.", [(13388, "enrolled", None)], id="thousands-space"),
    pytest.param("The researchers randomized 640 adults with asthma.", [(640, "randomized", None)], id="randomized"),
    # "randomized to receive": the arms' sizes are both randomized and treated counts (as in the seed gold).
    pytest.param(IXAZOMIB, [(21, ("randomized", "treated"), "ixazomib"), (22, ("randomized", "treated"), "placebo")],
                 id="arm-sizes-n-equals"),
    pytest.param("A total of 1,009 women took part in the study.", [(1009, "enrolled", None)], id="took-part"),
    pytest.param("The study enrolled 2,499 men. The study involved nearly 2,500 men in six countries.",
                 [(2499, "enrolled", None)], id="rounded-size-beside-the-exact-one"),
    pytest.param("In this protocol, 320 participants will be randomised to receive quilting suture or a drain.",
                 [(320, "randomized", None)], id="planned-size-of-a-protocol"),
    pytest.param("Of 410 patients entered, 397 (198 gemcitabine and 199 epirubicin) were randomized.",
                 [(410, "enrolled", None), (397, "randomized", None)], id="number-bracketed-list-verb"),
    pytest.param("Two hundred forty-two chemotherapy-na\u00efve patients with breast cancer were randomized.",
                 [(242, "randomized", None)], id="number-words-accented-modifier"),
    pytest.param("Patients were randomized to reusable or disposable expanders. There were 43 patients in the Reusable "
                 "Group and 59 patients in the Disposable Group.",
                 [(43, ("enrolled", "randomized"), "reusable"), (59, ("enrolled", "randomized"), "disposable")],
                 id="patients-in-the-x-group"),
    pytest.param("Patients were randomized to ALC or placebo. A total of 409 patients were evaluable (208 received ALC; "
                 "201, placebo).",
                 [(409, "analyzed", None), (208, ("treated", "randomized"), "ALC"),
                  (201, ("treated", "randomized", "analyzed"), "placebo")],
                 id="bracketed-arm-sizes-after-a-total"),
]


@pytest.mark.parametrize("sentence", [
    pytest.param("In the study, five patients taking the drug experienced heart problems.", id="event-count"),
    pytest.param("The study team estimated that 250 patients would need to be screened to prevent one infection.",
                 id="number-needed-to-screen"),
    pytest.param("In the trial, the disease remained stable in 23 other patients.", id="subset-of-patients"),
])
def test_counts_that_are_not_sample_sizes(run, sentence: str) -> None:
    assert run(article(sentence))["sample_sizes"] == []


@pytest.mark.parametrize(("sentence", "expected"), SIZES)
def test_sample_sizes(run, sentence: str, expected: list[tuple[int, str | tuple[str, ...], str | None]]) -> None:
    sizes = run(article(sentence))["sample_sizes"]
    found = sorted(((s["n"], s["arm"] or ""), s["population"]) for s in sizes)
    wanted = sorted(((n, arm or ""), population) for n, population, arm in expected)
    assert [key for key, _ in found] == [key for key, _ in wanted]
    for (key, population), (_, accepted) in zip(found, wanted):
        assert population in (accepted if isinstance(accepted, tuple) else (accepted,)), key


# -- Endpoints -------------------------------------------------------------------------------------

# (paragraph, every endpoint (name, abbreviation, primary) of the record)
ENDPOINTS = [
    pytest.param(f"{PEMBRO_OR_PLACEBO} Progression-free survival (PFS) at 12 months was 34% with pembrolizumab and "
                 "17% with placebo.",
                 [("progression-free survival", "PFS", False)], id="abbreviation-paired-with-long-form"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The primary endpoint was overall survival.",
                 [("overall survival", None, True)], id="primary-endpoint-was"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The primary endpoint was progression-free survival (PFS).",
                 [("progression-free survival", "PFS", True)], id="primary-with-abbreviation"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The main outcome was progression-free survival (PFS); overall survival (OS) "
                 "was a secondary outcome. OS at two years was 69% with pembrolizumab and 58% with placebo.",
                 [("progression-free survival", "PFS", True), ("overall survival", "OS", False)],
                 id="primary-and-secondary"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The primary endpoint was time to first hospitalization.",
                 [("time to first hospitalization", None, True)], id="primary-not-in-lexicon"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Objective response rates were 48% and 19%, respectively.",
                 [("objective response rate", None, False)], id="plural-endpoint-name"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Strokes occurred in 4% with pembrolizumab. A stroke occurred in 2% with "
                 "placebo.",
                 [("stroke", None, False)], id="plural-and-singular-are-one-endpoint-named-in-the-singular"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The drug met the primary goal of the study as almost 40 percent of patients "
                 "who received it achieved a clinical response after six weeks.",
                 [("clinical response", None, True)], id="met-the-primary-goal-as-x-achieved"),
]


@pytest.mark.parametrize(("paragraph", "expected"), ENDPOINTS)
def test_endpoints(run, paragraph: str, expected: list[tuple[str, str | None, bool]]) -> None:
    endpoints = run(article(paragraph))["endpoints"]
    assert sorted((e["name"], e["abbreviation"], e["primary"]) for e in endpoints) == sorted(expected)


def test_results_name_an_endpoint_by_its_abbreviation(run) -> None:
    text = article(f"{PEMBRO_OR_PLACEBO} Progression-free survival (PFS) at 12 months was 34% with pembrolizumab "
                   "and 17% with placebo.")
    assert {result["endpoint"] for result in run(text)["results"]} == {"PFS"}


# -- Results ---------------------------------------------------------------------------------------

ORR_BOTH_ARMS = [("objective response rate", "pembrolizumab", 48, "%"), ("objective response rate", "placebo", 19, "%")]
# (paragraph, every result (endpoint, arm, value, unit) a curator would list)
RESULTS = [
    pytest.param(f"{PEMBRO_OR_PLACEBO} The objective response rate was 48% in the pembrolizumab group.",
                 [("objective response rate", "pembrolizumab", 48, "%")], id="percent-arm-endpoint"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The objective response rate was 48% and 19% in the pembrolizumab and placebo "
                 "groups, respectively.",
                 ORR_BOTH_ARMS,
                 id="respectively-two-values-two-arms"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The objective response rate was 48% and 19%, respectively.",
                 ORR_BOTH_ARMS,
                 id="respectively-arms-in-sentence-before"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} Median overall survival was 17.4 months with nivolumab and 9.4 months with "
                 "docetaxel.",
                 [("overall survival", "nivolumab", 17.4, "months"), ("overall survival", "docetaxel", 9.4, "months")],
                 id="median-months-per-arm"),
    pytest.param("In the single-arm trial of 60 patients, about half of patients had a complete response.",
                 [("complete response", None, 50, "%")], id="about-half-in-words"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Progression-free survival (PFS) at 12 months was 34% with pembrolizumab and "
                 "17% with placebo.",
                 [("PFS", "pembrolizumab", 34, "%"), ("PFS", "placebo", 17, "%")], id="percent-with-arm-after"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} Median overall survival was 17.4 vs 9.4 months for nivolumab vs docetaxel.",
                 [("overall survival", "nivolumab", 17.4, "months"), ("overall survival", "docetaxel", 9.4, "months")],
                 id="median-x-vs-y-months"),
    pytest.param("Patients were randomly assigned to iodine-alcohol or chlorhexidine-alcohol. Of 575 patients who "
                 "received iodine-alcohol, 42 developed an infection.",
                 [("infection", "iodine-alcohol", 42, "patients")], id="opening-phrase-names-the-group"),
    pytest.param("Patients were randomized to stenting or surgery. Stroke occurred in 2.4 percent of the surgical "
                 "patients.",
                 [("stroke", "surgery", 2.4, "%")], id="surgical-patients-are-the-surgery-arm"),
    pytest.param("Patients were randomized to stenting or surgery. Surgery patients were at higher risk, with 2.3% "
                 "suffering a heart attack compared with 1.1% of stent patients.",
                 [("heart attack", "surgery", 2.3, "%"), ("heart attack", "stenting", 1.1, "%")],
                 id="contrast-other-group-named-in-sentence"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Five patients taking the drug developed colitis compared with one on placebo.",
                 [("colitis", "pembrolizumab", 5, "patients"), ("colitis", "placebo", 1, "patients")],  # its partner too
                 id="the-drug-is-the-tested-arm"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} By week 12, 30% of patients on placebo and 20% of those taking the new drug had "
                 "dropped out of the study.",
                 [("dropped out of the study", "placebo", 30, "%"), ("dropped out of the study", "pembrolizumab", 20, "%")],
                 id="outcome-named-by-the-verb-after"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Fewer patients given pembrolizumab relapsed early\u20148% versus 15% on placebo.",
                 [("relapsed early", "pembrolizumab", 8, "%"), ("relapsed early", "placebo", 15, "%")],
                 id="outcome-before-a-dash-and-a-pair"),
    pytest.param("Patients were randomized to a maintenance dose of lorutinib (5 mg or 10 mg) or placebo. After a year, "
                 "34 percent of patients taking 5 mg of lorutinib had remission. Forty percent of those taking a 10-mg "
                 "dose of the drug had remission.",
                 [("remission", "lorutinib 5 mg", 34, "%"), ("remission", "lorutinib 10 mg", 40, "%")],
                 id="doses-reported-separately-are-arms"),
    pytest.param("Patients were randomized to a maintenance dose of lorutinib (5 mg or 10 mg) or placebo. After a year, "
                 "34 percent of patients taking 5 mg of lorutinib had remission. Forty percent of those taking a 10-mg "
                 "dose of the drug had remission.\n\nFive patients taking the drug developed colitis.",
                 [("remission", "lorutinib 5 mg", 34, "%"), ("remission", "lorutinib 10 mg", 40, "%"),
                  ("colitis", "lorutinib", 5, "patients")], id="the-drug-is-the-drug-given-in-doses"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} Among these patients, partial responses were observed in 24% of those treated "
                 "with nivolumab and 5% of patients treated with docetaxel; complete responses were observed in 1% "
                 "(four patients) treated with nivolumab.",
                 [("partial responses", "nivolumab", 24, "%"), ("partial responses", "docetaxel", 5, "%"),
                  ("complete responses", "nivolumab", 1, "%"), ("complete responses", "nivolumab", 4, "patients")],
                 id="outcome-per-clause-listed-values-bracketed-count"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} This ongoing response was observed among 44% of those treated with "
                 "pembrolizumab and 36% of those on placebo.",
                 [("ongoing response", "pembrolizumab", 44, "%"), ("ongoing response", "placebo", 36, "%")],
                 id="qualified-lexicon-outcome"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Median overall survival was 25 months with pembrolizumab. Patients on "
                 "pembrolizumab lived a median of 25 months, the overall survival analysis showed.",
                 [("overall survival", "pembrolizumab", 25, "months")], id="one-item-per-number-endpoint-and-group"),
    pytest.param("Patients with colitis were randomly assigned to a test group or a control group. The remission rate "
                 "was 41% in the test group and 19% in the control group.",
                 [("remission", "test group", 41, "%"), ("remission", "control", 19, "%")],
                 id="generic-test-group-beside-the-control"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} Objective response rate was similar between treatments: nivolumab, 36.0%; "
                 "docetaxel, 35.5%.",
                 [("objective response rate", "nivolumab", 36.0, "%"), ("objective response rate", "docetaxel", 35.5, "%")],
                 id="label-colon-value-list"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} The most common adverse events with nivolumab and docetaxel were headache "
                 "(0.5 percent vs. 1.4 percent, respectively) and hematocrit increase (1.9 percent vs. 0 percent, "
                 "respectively).",
                 [("headache", "nivolumab", 0.5, "%"), ("headache", "docetaxel", 1.4, "%"),
                  ("hematocrit increase", "nivolumab", 1.9, "%"), ("hematocrit increase", "docetaxel", 0, "%")],
                 id="outcome-before-its-bracket"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} Forty patients (40%) on nivolumab had a rash.",
                 [("rash", "nivolumab", 40, "%"), ("rash", "nivolumab", 40, "patients")],  # the count and its share
                 id="bracket-after-a-group-is-not-an-outcome"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} About 26 percent of patients in the pembrolizumab group experienced a complete "
                 "remission of symptoms, compared to just 12 percent in the placebo group.",
                 # the outcome is the whole phrase the article uses (issue 11: names with their modifiers)
                 [("complete remission of symptoms", "pembrolizumab", 26, "%"),
                  ("complete remission of symptoms", "placebo", 12, "%")],
                 id="contrast-partner-shares-the-outcome-named-between"),
    pytest.param("Patients were randomized to NAC or control. Mortality did not differ between "
                 "the NAC and control groups {3/47 (6.4%) vs. 1/52 (1.9%), p=0.343}.",
                 [("mortality", "NAC", 6.4, "%"), ("mortality", "control", 1.9, "%")],
                 id="pair-of-counts-with-percentages-follows-the-groups-order"),
    pytest.param("Patients were randomized to cabozantinib or placebo. Of 108 patients who received cabozantinib, 21 "
                 "had complete resolution, and 61 had partial shrinkage of bone lesions, which can lead to fractures.",
                 [("complete resolution", "cabozantinib", 21, "patients"),
                  ("partial shrinkage of bone lesions", "cabozantinib", 61, "patients")],
                 id="outcome-by-the-verb-before-a-farther-lexicon-word"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Remission was reached by 30 percent of patients after 12 weeks with "
                 "pembrolizumab.",
                 [("remission", "pembrolizumab", 30, "%")], id="a-duration-between-value-and-group-does-not-block"),
    pytest.param("Patients were randomized to darbepoetin or placebo. Venous thrombosis (darbepoetin: 3.0%, placebo: "
                 "1.0%; P = 0.013) was higher with darbepoetin.",
                 [("venous thrombosis", "darbepoetin", 3.0, "%"), ("venous thrombosis", "placebo", 1.0, "%")],
                 id="group-colon-value-inside-the-bracket"),
    pytest.param("Patients were randomized to romiplostim or placebo. In all, 68% of patients who received romiplostim "
                 "did not require transfusions, compared with 41% in the placebo group.",
                 [("did not require transfusions", "romiplostim", 68, "%"),
                  ("did not require transfusions", "placebo", 41, "%")], id="negated-outcome-keeps-its-negation"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Clinical response was common; there was a 27.4 percent remission rate in the "
                 "placebo group.",
                 [("remission", "placebo", 27.4, "%")], id="outcome-written-right-after-the-value"),
    pytest.param("Patients were randomized to palbociclib-fulvestrant or placebo-fulvestrant. The most frequent grade 3 "
                 "events in the palbociclib-fulvestrant group were neutropenia (62.0%, vs. 0.6% in the "
                 "placebo-fulvestrant group), leukopenia (25.2% vs. 0.6%).",
                 [("neutropenia", "palbociclib-fulvestrant", 62.0, "%"), ("neutropenia", "placebo-fulvestrant", 0.6, "%"),
                  ("leukopenia", "palbociclib-fulvestrant", 25.2, "%"), ("leukopenia", "placebo-fulvestrant", 0.6, "%")],
                 id="grade-3-is-no-count-and-nested-names-are-one-group"),
    pytest.param("Patients were randomized to paclitaxel-FAC or FAC. The paclitaxel-FAC group (39.3%) had a higher rate "
                 "of radiographic changes after irradiation than the FAC group (23.7%).",
                 [("higher rate of radiographic changes", "paclitaxel-FAC", 39.3, "%"),
                  ("higher rate of radiographic changes", "FAC", 23.7, "%")], id="group-then-bracketed-value-then-verb"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} At follow-up, 73% of patients on placebo and 71% of those on pembrolizumab "
                 "correctly perceived their risk.",
                 [("correctly perceived their risk", "placebo", 73, "%"),
                  ("correctly perceived their risk", "pembrolizumab", 71, "%")], id="adverb-and-past-tense-verb"),
    pytest.param("Patients were randomized to paclitaxel-FAC or FAC. Radiation pneumonitis was similar between the two "
                 "groups (5.0% in the paclitaxel-FAC group versus 4.5% in the FAC group; 95% CI = -6.6% to 7.5%).",
                 [], id="groups-are-no-outcome-and-a-ci-with-percent-signs-is-no-result"),
]


@pytest.mark.parametrize(("paragraph", "expected"), RESULTS)
def test_results(run, paragraph: str, expected: list[tuple[str, str | None, float, str]]) -> None:
    results = run(article(paragraph))["results"]
    assert sorted((r["endpoint"], r["arm"] or "", r["value"], r["unit"]) for r in results) == \
        sorted((endpoint, arm or "", value, unit) for endpoint, arm, value, unit in expected)


def test_doses_listed_together_stay_one_arm(run) -> None:
    record = run(article("Patients were randomized to lorutinib 5 mg or 10 mg daily or to placebo. Remission was seen "
                         "in 30 percent of patients on lorutinib and 12 percent on placebo."))
    assert sorted(arm["label"].lower() for arm in record["arms"]) == ["lorutinib", "placebo"]


def test_result_statistic_and_timepoint(run) -> None:
    median = run(article(f"{NIVO_OR_DOCETAXEL} Median overall survival was 17.4 months with nivolumab and 9.4 "
                         "months with docetaxel."))["results"]
    assert {r["statistic"] for r in median} == {"median"}
    rate = run(article(f"{PEMBRO_OR_PLACEBO} Progression-free survival (PFS) at 12 months was 34% with "
                       "pembrolizumab and 17% with placebo."))["results"]
    assert {(r["statistic"], r["timepoint"]) for r in rate} == {("rate", "12 months")}


# -- Comparisons -----------------------------------------------------------------------------------

# (paragraph after the assignment sentence, the one comparison's fields a curator would write)
HR = {"measure": "HR", "estimate": 0.72, "ci_low": 0.61, "ci_high": 0.85, "ci_level": 95}
COMPARISONS = [
    pytest.param("Progression-free survival was longer with pembrolizumab (HR 0.72 (95% CI, 0.61-0.85); P < 0.001).",
                 {"endpoint": "progression-free survival", "arms": ["pembrolizumab", "placebo"], **HR,
                  "p_value": 0.001, "p_relation": "<"}, id="hr-ci-nested-brackets-p-less-than"),
    pytest.param("Pembrolizumab improved overall survival (HR 0.72 [95% CI, 0.61-0.85]).",
                 {"endpoint": "overall survival", **HR, "p_value": None}, id="hr-ci-square-brackets"),
    pytest.param("Pembrolizumab improved overall survival (hazard ratio, 0.72; 95% CI 0.61 to 0.85).",
                 {"endpoint": "overall survival", **HR}, id="hazard-ratio-semicolon-ci-to"),
    pytest.param("Pembrolizumab improved overall survival (hazard ratio 0.72, 95% CI 0.61\u20130.85, P=.002).",
                 {"endpoint": "overall survival", **HR, "p_value": 0.002, "p_relation": "="},
                 id="en-dash-ci-p-leading-dot"),
    pytest.param("Overall survival was similar in the two groups (P=.17).",
                 {"endpoint": "overall survival", "measure": None, "estimate": None, "p_value": 0.17, "p_relation": "=",
                  "significant": None}, id="p-only-leading-dot"),
    pytest.param("Overall survival was longer with pembrolizumab (p=0\u00b7013).",
                 {"endpoint": "overall survival", "p_value": 0.013, "p_relation": "="}, id="p-lancet-decimal-point"),
    pytest.param("Response was more likely with pembrolizumab (odds ratio, 2.1; 95% CI, 1.3-3.4).",
                 {"measure": "OR", "estimate": 2.1, "ci_low": 1.3, "ci_high": 3.4}, id="odds-ratio"),
    pytest.param("Pembrolizumab significantly improved overall survival (HR 0.72; 95% CI, 0.61-0.85).",
                 {**HR, "significant": True}, id="significantly-improved"),
    pytest.param("There was no significant difference in overall survival between the pembrolizumab and placebo groups "
                 "(P=.41).",
                 {"endpoint": "overall survival", "arms": ["pembrolizumab", "placebo"], "p_value": 0.41,
                  "significant": False}, id="no-significant-difference"),
    pytest.param("Pembrolizumab improved overall survival (HR, 0.72; 95% CI, 0.61-0.85; P = .002).",
                 {"endpoint": "overall survival", **HR, "p_value": 0.002, "p_relation": "="},
                 id="hr-ci-p-separated-by-semicolons"),
    pytest.param("The hazard ratio for death was 0.72 (95% CI, 0.61 to 0.85).",
                 {**HR}, id="hazard-ratio-for-endpoint-was"),
    pytest.param("Pembrolizumab cuts the rate of delivering before 33 weeks by 45% compared with placebo.",
                 {"endpoint": "delivering before 33 weeks", "measure": "relative_reduction", "estimate": 45},
                 id="verb-by-object-names-the-outcome-and-the-percent-is-the-estimate"),
    pytest.param("Pembrolizumab led to a 37 percent reduction versus placebo in a composite of adverse events, "
                 "including death.",
                 {"endpoint": "composite of adverse events", "measure": "relative_reduction", "estimate": 37},
                 id="composite-outcome"),
]


@pytest.mark.parametrize(("paragraph", "fields"), COMPARISONS)
def test_comparison(run, paragraph: str, fields: dict[str, Any]) -> None:
    comparisons = run(article(f"{PEMBRO_OR_PLACEBO} {paragraph}"))["comparisons"]
    assert len(comparisons) == 1
    assert {key: comparisons[0][key] for key in fields} == fields


@pytest.mark.parametrize("paragraph", [
    pytest.param("Aspirin cut the risk by 28% compared with placebo.", id="cut-the-risk-by"),
    pytest.param("Aspirin cut the risk of stroke by 28% compared with placebo.", id="cut-the-risk-of-endpoint-by"),
])
def test_relative_reduction(run, paragraph: str) -> None:
    comparisons = run(article(f"{ASPIRIN_OR_PLACEBO} {paragraph}"))["comparisons"]
    assert [(c["measure"], c["estimate"], c["arms"]) for c in comparisons] == \
        [("relative_reduction", 28, ["aspirin", "placebo"])]


def test_relative_reduction_names_its_endpoint(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 28% compared with placebo.")
    assert [c["endpoint"] for c in run(text)["comparisons"]] == ["stroke"]


def test_a_change_reported_by_another_study_is_no_comparison(run) -> None:
    record = run(article(f"{PEMBRO_OR_PLACEBO} A second infection study, also reported in the journal, found that "
                         "a chlorhexidine-alcohol wash produced 41 percent fewer surgical-site infections."))
    assert record["comparisons"] == []


def test_relative_reduction_is_not_a_result(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 28% compared with placebo.")
    assert run(text)["results"] == []


# -- Conclusions -----------------------------------------------------------------------------------

AUTHOR_QUOTE = ("\u201cWe think this cheap pill could prevent many strokes in older adults,\u201d said lead author "
                "Anna Berg of Uppsala University.")
AUTHOR_STATEMENT = "We think this cheap pill could prevent many strokes in older adults"
OUTSIDER_QUOTE = ("\u201cI would not change my practice on the basis of this one trial,\u201d said Tom Klein, a "
                  "cardiologist at Boston University who was not involved in the study.")
OUTSIDER_STATEMENT = "I would not change my practice on the basis of this one trial"


def conclusions_of(run, *paragraphs: str) -> list[dict[str, Any]]:
    return run(article(NEUTRAL_LEDE, ASPIRIN_OR_PLACEBO, *paragraphs))["conclusions"]


def about(conclusions: list[dict[str, Any]], statement: str) -> list[dict[str, Any]]:
    """The conclusions that are this statement (RECORD.md: word overlap of at least 0.5)."""
    return [c for c in conclusions if jaccard(words(c["text"]), words(statement)) >= CONCLUSION_JACCARD]


def test_neutral_lede_is_not_a_conclusion(run) -> None:
    assert conclusions_of(run) == []


@pytest.mark.parametrize(("sentence", "statement", "attribution"), [
    pytest.param("Based on these results, the authors concluded that aspirin lowers the risk of stroke in older "
                 "adults.",
                 "aspirin lowers the risk of stroke in older adults", "authors", id="authors-concluded-that"),
    pytest.param("The investigators concluded that aspirin was safe and well tolerated in older adults.",
                 "aspirin was safe and well tolerated in older adults", "investigators", id="investigators-concluded"),
])
def test_concluded_sentence(run, sentence: str, statement: str, attribution: str) -> None:
    conclusions = conclusions_of(run, sentence)
    assert [(c["attribution"], statement in c["text"]) for c in conclusions] == [(attribution, True)]


def test_lead_author_quote_is_a_conclusion(run) -> None:
    matching = about(conclusions_of(run, AUTHOR_QUOTE), AUTHOR_STATEMENT)
    assert [c["attribution"] for c in matching] == ["authors"]
    assert words(AUTHOR_STATEMENT) <= words(matching[0]["text"])


def test_outside_expert_quote_is_not_a_conclusion(run) -> None:
    conclusions = conclusions_of(run, OUTSIDER_QUOTE)
    assert about(conclusions, OUTSIDER_STATEMENT) == []
    assert not any("change my practice" in c["text"] for c in conclusions)


def test_author_quote_followed_by_outside_expert(run) -> None:
    conclusions = conclusions_of(run, AUTHOR_QUOTE, OUTSIDER_QUOTE)
    assert about(conclusions, OUTSIDER_STATEMENT) == []
    assert [c["attribution"] for c in about(conclusions, AUTHOR_STATEMENT)] == ["authors"]


# -- Citation --------------------------------------------------------------------------------------

def test_vancouver_reference_line(run) -> None:
    text = article(NEUTRAL_LEDE, "Smith J, Doe A, et al. Aspirin for the prevention of stroke in older adults. "
                                 "N Engl J Med. 2021. doi:10.1056/NEJMoa2034577")
    assert run(text)["citation"] == {
        "authors": ["Smith J", "Doe A"],
        "et_al": True,
        "title": "Aspirin for the prevention of stroke in older adults",
        "journal": "N Engl J Med",
        "year": 2021,
        "doi": "10.1056/NEJMoa2034577",
    }


def test_reference_line_without_et_al_or_doi(run) -> None:
    text = article(NEUTRAL_LEDE, "Smith J, Doe A. Aspirin for the prevention of stroke in older adults. "
                                 "Lancet. 2019;393:123-130.")
    citation = run(text)["citation"]
    assert (citation["authors"], citation["et_al"], citation["journal"], citation["year"], citation["doi"]) == \
        (["Smith J", "Doe A"], False, "Lancet", 2019, None)


def test_journal_named_in_the_story(run) -> None:
    citation = run(article(NEUTRAL_LEDE, "The results were published in the journal Menopause."))["citation"]
    assert citation is not None
    assert citation["journal"] == "Menopause"
    assert citation["title"] is None


@pytest.mark.parametrize("text", [
    pytest.param(article(NEUTRAL_LEDE), id="no-publication-named"),
    pytest.param(article("The trial enrolled 616 patients with lung cancer."), id="disease-word-is-not-a-journal"),
])
def test_no_citation(run, text: str) -> None:
    assert run(text)["citation"] is None


# -- Every record is grounded ------------------------------------------------------------------------

def _all_texts() -> list[Any]:
    texts = [case.values[0] for case in HEADERS]
    texts += [article(case.values[0]) for case in TRIALS + ARM_FIELDS + ARM_LABELS + SIZES + ENDPOINTS + RESULTS]
    texts += [article(f"{PEMBRO_OR_PLACEBO} {case.values[0]}") for case in COMPARISONS]
    texts += [article(NEUTRAL_LEDE, ASPIRIN_OR_PLACEBO, AUTHOR_QUOTE, OUTSIDER_QUOTE)]
    return [pytest.param(text, id=f"text-{number}") for number, text in enumerate(dict.fromkeys(texts))]


@pytest.mark.parametrize("text", _all_texts())
def test_every_record_is_grounded(nlp: Language, text: str) -> None:
    """Evidence offsets point at their words and numbers, and the record validates, on every
    article of this module — the xfailed ones included."""
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})


def test_drug_given_in_doses_is_an_arm_beside_its_doses(run) -> None:
    record = run(article("In the trial, 40 percent of patients who received the 6 mg/kg dose of Stelara had a clinical "
                         "response. Those who received 1 mg/kg had a 36.6 percent clinical response rate. After 22 "
                         "weeks, 69.4 percent of the Stelara patients maintained a clinical response."))
    assert {arm["label"].lower() for arm in record["arms"]} == {"stelara", "stelara 6 mg/kg", "stelara 1 mg/kg"}
    arms_by_value = {r["value"]: (r["arm"] or "").lower() for r in record["results"]}
    assert arms_by_value == {40: "stelara 6 mg/kg", 36.6: "stelara 1 mg/kg", 69.4: "stelara"}


@pytest.mark.parametrize("sentence", [
    "Studies suggest that for more than half of depressed patients, antidepressants alone do not eliminate symptoms.",
    "An estimated 40 percent of patients with asthma have severe symptoms.",
    "Previous studies found that 20 percent of patients had a remission.",
])
def test_background_numbers_are_not_results(run, sentence: str) -> None:
    assert run(article(f"{PEMBRO_OR_PLACEBO} {sentence}"))["results"] == []


def test_lettered_groups_take_what_they_were_given(run) -> None:
    record = run(article("Patients were randomly allocated to two groups: Group B (betamethasone; 37 pts) and Group C "
                         "(control; 38 pts). Nausea occurred in 20% in Group B and 40% in Group C."))
    assert {(a["label"], a["intervention"], a["role"]) for a in record["arms"]} == {
        ("Group B", "betamethasone", "experimental"), ("Group C", "control", "control")}


@pytest.mark.parametrize("paragraph", [
    pytest.param("\u201cInfection is one of the biggest complications of surgery,\u201d said Dr. Ann Lee, lead author of "
                 "the study.", id="quoted-background"),
    pytest.param("\u201cEach year, there are 338,000 new cases of kidney cancer worldwide,\u201d said Dr. Ann Lee, lead "
                 "author of the study.", id="quoted-disease-statistics"),
])
def test_quoted_background_is_not_a_conclusion(run, paragraph: str) -> None:
    assert conclusions_of(run, paragraph) == []


def test_treatment_meeting_its_goals_is_a_conclusion(run) -> None:
    statement = "The drug also met all its secondary goals, such as improving symptoms and lung function."
    assert [c["text"] for c in conclusions_of(run, statement)] == [statement.rstrip(".")]


@pytest.mark.parametrize("text", ["", "One", "One sentence.", "First one. Second one!\nThird line\n\nFourth (n=3). ",
                                  "\n\nLeading breaks. Then text"])
def test_sentence_starts_are_those_of_doc_sents(text: str) -> None:
    from trialnews.facts.common import sent, sentence_starts

    nlp = make_nlp()
    doc = nlp.get_pipe("trialnews_segmenter")(nlp.make_doc(text))
    assert sentence_starts(doc) == ([s.start for s in doc.sents] or [0])
    for token in doc:
        assert (sent(token).start, sent(token).end) == (token.sent.start, token.sent.end)


@pytest.mark.parametrize("sentence", [
    "Men were randomized to LPCN 1021 or testosterone gel 1.62 percent. Adverse events for LPCN 1021 and "
    "testosterone gel 1.62 percent were mild.",
    "Patients were randomized to 0.25% bupivacaine or saline. Pain scores with 0.25% bupivacaine were lower.",
])
def test_a_formulation_strength_is_no_result(run, sentence: str) -> None:
    assert run(article(sentence))["results"] == []


@pytest.mark.parametrize(("sentence", "named"), [
    pytest.param("At least 5% of patients on pembrolizumab suffered from low white blood cell counts.",
                 {"low white blood cell counts"}, id="preposition-after-the-verb-is-not-the-outcome"),
    pytest.param("The researchers recruited 14 patients on pembrolizumab who also had had a brain stimulator implanted.",
                 set(), id="who-had-describes-the-people"),
    pytest.param("How to explain the 27 percent on pembrolizumab who responded without treatment? Nobody knows.",
                 {"responded without treatment"}, id="question-mark-ends-the-outcome"),
])
def test_outcomes_named_by_the_verb(run, sentence: str, named: set[str]) -> None:
    results = run(article(f"{PEMBRO_OR_PLACEBO} {sentence}"))["results"]
    assert {r["endpoint"] for r in results} == named


def test_a_sentence_of_results_is_not_a_verdict(run) -> None:
    sentence = ("By the end of the trial, 44 percent of those in the placebo group had strokes, compared with 5 percent "
                "of those on aspirin, the researchers found.")
    assert conclusions_of(run, sentence) == []


def test_a_judged_result_is_a_verdict(run) -> None:
    sentence = ("By the end of the trial, 44 percent of those in the placebo group had strokes, a significantly higher "
                "rate than the 5 percent of those on aspirin, the researchers found.")
    assert len(about(conclusions_of(run, sentence), sentence)) == 1
