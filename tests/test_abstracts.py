"""Trial abstracts: the kind of text, its sections, the authors' conclusions and per-arm sizes.

Every abstract below is written for these tests (none is copied from a data set), in the three
forms abstracts come in: structured with headings on their own lines, structured with inline
``RESULTS:`` headings, and unstructured (the headings removed, paragraphs kept, or one block).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.reading.kind import detect, section_at, text_kind
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems

TITLE = "Zelbrutinib versus placebo for chronic cough: a randomised controlled trial"
BACKGROUND = ("Chronic cough is common and disabling, and few treatments reduce it. We assessed whether "
              "zelbrutinib, an oral P2X3 antagonist, reduces cough frequency in adults with refractory chronic cough.")
METHODS = ("In this double-blind, placebo-controlled trial at 24 centres, adults with refractory chronic cough "
           "were randomly assigned (1:1) to zelbrutinib 50 mg twice daily or matching placebo for 12 weeks. The "
           "primary outcome was the change from baseline in 24-hour cough frequency.")
RESULTS = ("Of 312 patients screened, 240 were randomised: 121 to zelbrutinib and 119 to placebo. Cough "
           "frequency fell by 41.2% with zelbrutinib and by 18.5% with placebo (P = 0.002). Taste disturbance "
           "occurred in 22 of 121 patients (18.2%) in the zelbrutinib group.")
CONCLUSION = ("Zelbrutinib reduced cough frequency in adults with refractory chronic cough and was generally well "
              "tolerated. These findings support larger trials of longer duration.")
REGISTRATION = "ClinicalTrials.gov NCT01234567."
FUNDING = "Northfield Respiratory Foundation and the Regional Health Research Council."


def own_line_headings() -> str:
    parts = [("Background", BACKGROUND), ("Methods", METHODS), ("Results", RESULTS), ("Conclusions", CONCLUSION),
             ("Trial registration", REGISTRATION)]
    return TITLE + "\n\n" + "\n\n".join(f"{heading}\n{body}" for heading, body in parts) + "\n"


def inline_headings() -> str:
    return (f"{TITLE}\n\nBACKGROUND: {BACKGROUND} METHODS: {METHODS} RESULTS: {RESULTS} "
            f"CONCLUSIONS: {CONCLUSION} TRIAL REGISTRATION: {REGISTRATION}\n")


def unstructured_paragraphs(*closing: str) -> str:
    return "\n\n".join((TITLE, BACKGROUND, METHODS, RESULTS, CONCLUSION, *closing)) + "\n"


def one_block() -> str:
    return f"{TITLE}. {BACKGROUND} {METHODS} {RESULTS} {CONCLUSION}"


NEWS = """Cough pill cuts coughing in half, study finds

A new pill cut coughing by nearly half in people whose cough had lasted for years, researchers reported on Monday.

"This is the first treatment that really works for these patients," said Dr. Ann Weller, who led the study.

The trial enrolled 240 adults. Coughing fell by 41 percent with the drug and by 18 percent with a dummy pill.

Some patients said food tasted odd while they took the drug.

Other doctors were wary. "We need longer studies," said Dr. Tom Ruiz, who has no ties to the research.

The study appears in the journal Chest.
"""

PRESS_RELEASE = """Northfield Therapeutics Announces Positive Phase 3 Results for Zelbrutinib

BOSTON, March 3, 2025 /PRNewswire/ -- Northfield Therapeutics (NASDAQ: NFTX) today announced that its phase 3 trial of zelbrutinib met its primary endpoint.

The trial randomized 240 adults with refractory chronic cough.

About Northfield Therapeutics
Northfield Therapeutics develops medicines for respiratory disease.

Forward-Looking Statements
This release contains forward-looking statements.
"""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def record_of(nlp: Language, text: str) -> dict:
    record = extract_text(text, nlp=nlp)
    Record.model_validate(record, context={"text": text})
    assert grounding_problems(record, text) == []
    return record


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param(own_line_headings(), "structured-abstract", id="headings-on-own-lines"),
    pytest.param(inline_headings(), "structured-abstract", id="inline-headings"),
    pytest.param(unstructured_paragraphs(), "abstract", id="unstructured-paragraphs"),
    pytest.param(one_block(), "abstract", id="unstructured-one-block"),
    pytest.param(NEWS, "news", id="news"),
    pytest.param(PRESS_RELEASE, "press-release", id="press-release"),
])
def test_kind_of_text(nlp: Language, text: str, kind: str) -> None:
    assert detect(text).kind == kind
    assert record_of(nlp, text)["source"]["kind"] == kind


@pytest.mark.parametrize("text", [
    pytest.param("Results\nThe drug worked.\n\nMore news follows below.\n", id="one-heading"),
    pytest.param("Background\nA disease.\n\nObjective\nTo study it.\n", id="no-methods-results-or-conclusions"),
    pytest.param("The results: good. The conclusion: unclear.\n", id="lower-case-words-before-colons"),
])
def test_no_sections_without_the_headings_of_an_abstract(text: str) -> None:
    assert detect(text).sections == ()


@pytest.mark.parametrize("text", [own_line_headings(), inline_headings()], ids=["own-lines", "inline"])
def test_sections_of_a_structured_abstract(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert text_kind(doc) == "structured-abstract"
    for words, section in ((BACKGROUND, "background"), (METHODS, "methods"), (RESULTS, "results"),
                           (CONCLUSION, "conclusions"), (REGISTRATION, "registration")):
        assert section_at(doc, text.index(words) + 1) == section
    assert section_at(doc, 0) is None  # the title
    # The text after an inline heading starts a sentence of its own.
    starts = {s.start_char for s in doc.sents}
    assert text.index(RESULTS) in starts and text.index(CONCLUSION) in starts


CONCLUSION_SENTENCES = ["Zelbrutinib reduced cough frequency in adults with refractory chronic cough and was generally well "
                        "tolerated", "These findings support larger trials of longer duration"]


def conclusions(nlp: Language, text: str) -> list[str]:
    return [c["text"] for c in record_of(nlp, text)["conclusions"]]


@pytest.mark.parametrize("text", [
    pytest.param(own_line_headings(), id="headings-on-own-lines"),
    pytest.param(inline_headings(), id="inline-headings"),
    pytest.param(unstructured_paragraphs(), id="unstructured-paragraphs"),
    pytest.param(unstructured_paragraphs(REGISTRATION), id="unstructured-then-registration"),
    pytest.param(unstructured_paragraphs(FUNDING), id="unstructured-then-sponsors"),
    pytest.param(unstructured_paragraphs("This trial is registered with ISRCTN, number ISRCTN12345678.",
                                         "Funded by the Northfield Respiratory Foundation."), id="registration-and-funding"),
    pytest.param(one_block(), id="one-block"),
])
def test_the_conclusion_of_an_abstract_is_its_closing_statement(nlp: Language, text: str) -> None:
    found = conclusions(nlp, text)
    assert found == CONCLUSION_SENTENCES
    assert all(c["attribution"] == "authors" for c in record_of(nlp, text)["conclusions"])


@pytest.mark.parametrize(("closing", "expected"), [
    pytest.param("Zelbrutinib lowered cough frequency by 41.2% against 18.5% (P = 0.002). It was well tolerated by most "
                 "patients in the trial.", ["It was well tolerated by most patients in the trial"], id="statistics-left-out"),
    pytest.param("Cough frequency fell by 41.2% with zelbrutinib and by 18.5% with placebo.",
                 [], id="values-without-a-verdict"),
    pytest.param("Zelbrutinib did not improve cough frequency compared with placebo in adults with chronic cough.",
                 ["Zelbrutinib did not improve cough frequency compared with placebo in adults with chronic cough"],
                 id="negative-trial"),
    pytest.param("Both bandage systems healed leg ulcers equally well when delivered by trained registered nurses.",
                 ["Both bandage systems healed leg ulcers equally well when delivered by trained registered nurses"],
                 id="words-of-a-registration-note-far-in"),
])
def test_closing_sentences_that_report_results_are_not_conclusions(nlp: Language, closing: str, expected: list[str]) -> None:
    text = "\n\n".join((TITLE, BACKGROUND, METHODS, RESULTS, closing)) + "\n"
    assert conclusions(nlp, text) == expected


def test_one_block_ending_in_results_has_no_conclusion(nlp: Language) -> None:
    assert conclusions(nlp, f"{TITLE}. {BACKGROUND} {METHODS} {RESULTS}") == []


def test_news_keeps_its_conclusions(nlp: Language) -> None:
    """News is read as news: its lede and the investigator's quote, not the closing line; the
    outside expert stays out."""
    found = conclusions(nlp, NEWS)
    assert any(c.startswith("A new pill cut coughing") for c in found)
    assert any(c.startswith("This is the first treatment") for c in found)
    assert not any("longer studies" in c or "journal Chest" in c for c in found)


def test_a_conclusion_section_quoted_in_a_press_release(nlp: Language) -> None:
    text = PRESS_RELEASE + "\nResults\n" + RESULTS + "\n\nConclusions\n" + CONCLUSION + "\n"
    assert set(CONCLUSION_SENTENCES) <= set(conclusions(nlp, text))


def arm_sizes(nlp: Language, sentence: str) -> set[tuple[int, str]]:
    text = "\n\n".join((TITLE, BACKGROUND, sentence, CONCLUSION)) + "\n"
    record = record_of(nlp, text)
    return {(s["n"], s["arm"]) for s in record["sample_sizes"] if s["arm"] is not None}


BOTH_ARMS = {(121, "zelbrutinib"), (119, "placebo")}


@pytest.mark.parametrize("sentence", [
    pytest.param("Adults were randomly assigned to zelbrutinib (50 mg orally, twice daily; n = 121) or placebo "
                 "(matching tablets; n = 119) for 12 weeks.", id="n-closing-the-bracket"),
    pytest.param("Of 312 patients screened, 240 were randomised: 121 were assigned to zelbrutinib and 119 to placebo.",
                 id="were-assigned-to-and-to"),
    pytest.param("A total of 240 patients were randomized, 121 into the zelbrutinib arm and 119 into the placebo arm.",
                 id="into-the-arm"),
    pytest.param("We randomly assigned 240 patients, 121 to zelbrutinib and 119 to placebo.", id="to-x-and-to-y"),
    pytest.param("Of the 240 patients randomized (121 in the zelbrutinib group and 119 in the placebo group), 230 "
                 "completed the study.", id="in-the-group-bracket"),
    pytest.param("Patients were randomized to 121 for zelbrutinib and 119 for placebo.", id="n-for-x"),
    pytest.param("We randomized 240 patients: zelbrutinib group 121 patients, placebo group 119 patients.",
                 id="group-then-count"),
    pytest.param("Of 240 randomized patients, the zelbrutinib arm had 121 patients and the placebo arm had 119 "
                 "patients.", id="arm-had-count"),
    pytest.param("At 12 weeks, 240 patients (zelbrutinib 121, placebo 119) were analysed.", id="group-count-list"),
    pytest.param("At 12 weeks, 240 patients (zelbrutinib arm 121; placebo arm 119) were analysed.",
                 id="group-arm-count-list"),
    pytest.param("Patients were randomised into two groups: zelbrutinib (twice daily; 121 pts) and placebo "
                 "(matching tablets; 119 pts).", id="count-of-people-closing-the-bracket"),
    pytest.param("In all, 240 patients were analysed, 121 in the zelbrutinib group and 119 in the placebo group.",
                 id="analysed-in-the-group"),
    pytest.param("The zelbrutinib group consisting of 121 patients and the placebo group consisting of 119 patients "
                 "were compared.", id="group-consisting-of"),
    pytest.param("A total of 240 patients were randomised to zelbrutinib (121) or placebo (119) in a 1:1 ratio.",
                 id="bare-count-in-brackets"),
    pytest.param("The zelbrutinib and placebo groups consisted of 121 and 119 patients, respectively.",
                 id="respectively"),
])
def test_per_arm_sizes_in_abstract_forms(nlp: Language, sentence: str) -> None:
    assert BOTH_ARMS <= arm_sizes(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    pytest.param("Cough worsened in 30 in the zelbrutinib group and 41 in the placebo group during follow-up.",
                 id="event-counts-in-groups"),
    pytest.param("Patients were randomly assigned to 12 zelbrutinib infusions or to usual care over the winter.",
                 id="count-of-infusions"),
    pytest.param("Taste disturbance was reported by 22 on zelbrutinib and 9 on placebo during the trial.",
                 id="counts-reporting-an-event"),
])
def test_counts_that_are_not_arm_sizes(nlp: Language, sentence: str) -> None:
    assert not {size for size in arm_sizes(nlp, sentence) if size[0] in (12, 22, 9, 30, 41)}


def test_counts_in_the_background_section_are_not_the_trials(nlp: Language) -> None:
    earlier = "In an earlier open study, 300 patients were treated with zelbrutinib for 4 weeks."
    structured = own_line_headings().replace(BACKGROUND, BACKGROUND + " " + earlier)
    sizes = {s["n"] for s in record_of(nlp, structured)["sample_sizes"]}
    assert 300 not in sizes and 240 in sizes


@pytest.mark.parametrize(("sentence", "linker"), [
    ("Adults were randomly assigned to zelbrutinib (50 mg orally, twice daily; n = 121) or placebo (n = 119).",
     "n-closing-arm-bracket"),
    ("A total of 240 patients were randomized, 121 into the zelbrutinib arm and 119 into the placebo arm.",
     "count-before-arm"),
    ("The zelbrutinib and placebo groups consisted of 121 and 119 patients, respectively.", "respectively-list"),
])
def test_arm_sizes_name_their_linker(nlp: Language, sentence: str, linker: str) -> None:
    text = "\n\n".join((TITLE, BACKGROUND, sentence, CONCLUSION)) + "\n"
    sizes = record_of(nlp, text)["sample_sizes"]
    assert any(s["arm"] == "zelbrutinib" and s["evidence"]["links"] == {"arm": linker} for s in sizes)


def test_outside_expert_cues_have_one_source() -> None:
    """The conclusion finder's outside-expert check reads the ruler's lexicon: every phrase of it
    marks a speaker as outside the trial."""
    from trialnews.facts.conclusions import _OUTSIDE_ROLE
    from trialnews.resources import load_lexicon

    cues = load_lexicon("outside_expert_cues.txt")
    assert cues and all(_OUTSIDE_ROLE.search(f"Dr. Lee, {cue} the trial, said") for cue in cues)


NEWS_LEDE = "A new pill cut coughing by nearly half in people whose cough had lasted for years, researchers reported on Monday."


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("After a year, the two groups showed no significant difference in clinic visits.",
                 True, id="no-significant-difference"),
    pytest.param("Patients taking the drug were less likely to need an inhaler than those on the dummy pill.",
                 True, id="less-likely"),
    pytest.param("Those getting the higher dose did no better than those on the lower dose.", True, id="did-no-better"),
    pytest.param("Dr. Ruiz, who has no ties to the research, said the drug was well tolerated in earlier work.",
                 False, id="outside-expert"),
    pytest.param("Coughing fell by 41 percent with the drug and by 18 percent with a dummy pill, a significantly "
                 "lower rate.", False, id="numbers-of-a-result"),
])
def test_news_sentences_that_state_a_verdict(nlp: Language, sentence: str, expected: bool) -> None:
    text = "\n\n".join(("Cough pill study", NEWS_LEDE, "The trial enrolled 240 adults in Ohio.", sentence,
                        "The study appears in the journal Chest.")) + "\n"
    assert record_of(nlp, text)["source"]["kind"] == "news"
    found = conclusions(nlp, text)
    assert (sentence.rstrip(".") in found) is expected


def test_a_quote_running_over_paragraphs_keeps_its_speaker(nlp: Language) -> None:
    """A quotation of several paragraphs leaves each paragraph open and opens the next again; the
    speaker named before the first is the speaker of them all."""
    text = "\n\n".join((
        "Cough pill study", NEWS_LEDE,
        "Lead author Dr. Ann Weller said: \u201cFor the first time, we have a pill that helps people whose cough "
        "never stops.",
        "\u201cThese results change how doctors should treat chronic cough in older adults.\u201d",
        "The study appears in the journal Chest.")) + "\n"
    found = conclusions(nlp, text)
    assert "These results change how doctors should treat chronic cough in older adults" in found
    assert any(c.startswith("For the first time, we have a pill") for c in found)


@pytest.mark.parametrize(("quote", "expected"), [
    pytest.param("Our study shows that the pill is safe for older adults with chronic cough", True, id="our-study"),
    pytest.param("Chronic cough is a miserable condition for millions of older adults", False, id="no-first-person"),
])
def test_a_quote_about_our_study_is_the_investigators(nlp: Language, quote: str, expected: bool) -> None:
    text = "\n\n".join(("Cough pill study", NEWS_LEDE, f"\u201c{quote},\u201d said Ann Weller.",
                        "The study appears in the journal Chest.")) + "\n"
    assert (quote in conclusions(nlp, text)) is expected


@pytest.mark.parametrize(("name", "content"), [
    pytest.param("abstract.md", f"# {TITLE}\n\n## Background\n\n{BACKGROUND}\n\n## Methods\n\n{METHODS}\n\n"
                                f"## Results\n\n{RESULTS}\n\n## Conclusions\n\n{CONCLUSION}\n", id="markdown-headings"),
    pytest.param("abstract.html", f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
                                  f"<h2>Background</h2><p>{BACKGROUND}</p><h2>Methods</h2><p>{METHODS}</p>"
                                  f"<h2>Results</h2><p>{RESULTS}</p><h2>Conclusions</h2><p>{CONCLUSION}</p>"
                                  "</article></body></html>", id="html-headings"),
])
def test_structured_abstract_files(tmp_path, name: str, content: str) -> None:  # noqa: ANN001
    from trialnews.engines.local import extract_files

    (tmp_path / name).write_text(content, encoding="utf-8")
    (outcome,) = list(extract_files([tmp_path]))
    assert outcome.record["source"]["kind"] == "structured-abstract"
    assert [c["text"] for c in outcome.record["conclusions"]] == CONCLUSION_SENTENCES


@pytest.mark.parametrize(("lede", "expected"), [
    pytest.param("A cheap eye drop outdid laser surgery for babies born too early, according to a new study.", True,
                 id="according-to-a-new-study"),
    pytest.param("A cheap eye drop is sold in 40 countries, according to the company.", False, id="according-to-a-company"),
])
def test_a_lede_that_hands_its_claim_to_a_study(nlp: Language, lede: str, expected: bool) -> None:
    text = "\n\n".join(("Eye drops for babies", lede, "Doctors in Ohio compared the two treatments in 200 babies.",
                        "The findings appear in the journal Pediatrics.")) + "\n"
    assert (lede.rstrip(".") in conclusions(nlp, text)) is expected


ABOUT_LINES = {
    "a short About line closes a press release": ("Acme reports results.\n\nAbout Acme Pharmaceuticals\nAcme makes drugs. "
                                                   "Contact: press office.", True),
    "a long About line is prose": ("Acme reports results.\n\nAbout Acme Pharmaceuticals and its many partners across "
                                   "the whole world\nContact: press office.", False),
    "about in lower case is prose": ("Acme reports results.\n\nabout Acme Pharmaceuticals\nContact: press office.", False),
}


@pytest.mark.parametrize("text,about", ABOUT_LINES.values(), ids=ABOUT_LINES.keys())
def test_about_line_is_read_from_the_text_kinds_lexicon(text: str, about: bool) -> None:
    from trialnews.reading import kind

    found = any(len(m.group().split()) <= kind.MAX_ABOUT_LINE_WORDS + 1 for m in kind._about_line().finditer(text))
    assert found is about
    assert "About" in kind.load_json(kind.LEXICON)["about_line_openers"]
