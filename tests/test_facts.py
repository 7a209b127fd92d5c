"""One component test per kind of fact, on small hand-made trial-news sentences.

Every expected value below is what a curator reading the sentence would write in the record
(RECORD.md), not what the pipeline happened to print. Each article is run through the whole
pipeline (``trialnews.extract.extract_text``) with one ``make_nlp()`` per module, and every
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

from trialnews.extract import extract_text
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems
from trialnews.scoring import CONCLUSION_JACCARD, jaccard, words

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
]


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
]


@pytest.mark.parametrize(("paragraph", "expected"), RESULTS)
def test_results(run, paragraph: str, expected: list[tuple[str, str | None, float, str]]) -> None:
    results = run(article(paragraph))["results"]
    assert sorted((r["endpoint"], r["arm"] or "", r["value"], r["unit"]) for r in results) == \
        sorted((endpoint, arm or "", value, unit) for endpoint, arm, value, unit in expected)


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


@pytest.mark.parametrize("text", ["", "One", "One sentence.", "First one. Second one!\nThird line\n\nFourth (n=3). ",
                                  "\n\nLeading breaks. Then text"])
def test_sentence_starts_are_those_of_doc_sents(text: str) -> None:
    from trialnews.facts.common import sent, sentence_starts

    nlp = make_nlp()
    doc = nlp.get_pipe("trialnews_segmenter")(nlp.make_doc(text))
    assert sentence_starts(doc) == ([s.start for s in doc.sents] or [0])
    for token in doc:
        assert (sent(token).start, sent(token).end) == (token.sent.start, token.sent.end)
