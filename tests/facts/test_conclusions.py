"""Conclusions: the findings the article, the authors or the investigators state.

Moved from the one ``test_facts.py``: each case runs the whole pipeline on a small article."""

from __future__ import annotations

import re
from typing import Any

import pytest

from trialnews.evaluation.scoring import CONCLUSION_JACCARD, jaccard, words
from trialnews.facts import conclusions
from trialnews.facts.common import spans
from trialnews.nlp import run_through

from .helpers import NEUTRAL_LEDE, ASPIRIN_OR_PLACEBO, article, hand_built


AUTHOR_QUOTE = ("\u201cOur trial shows this cheap pill could prevent many strokes in older adults,\u201d said lead author "
                "Anna Berg of Uppsala University.")
AUTHOR_STATEMENT = "Our trial shows this cheap pill could prevent many strokes in older adults"
OUTSIDER_QUOTE = ("\u201cI would not change my practice on the basis of this one trial,\u201d said Tom Klein, a "
                  "heart doctor at Bay University who has no ties to the trial.")
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


@pytest.mark.parametrize("paragraph", [
    pytest.param("\u201cInfection is one of the biggest complications of surgery,\u201d said Dr. Ann Lee, lead author of "
                 "the study.", id="quoted-background"),
    pytest.param("\u201cEvery year, some 214,000 people worldwide learn they have kidney cancer,\u201d said Dr. Ann Lee, lead "
                 "author of the study.", id="quoted-disease-statistics"),
    pytest.param("\u201cPeople with gout still badly need new medicines,\u201d said Dr. Ann "
                 "Lee, lead author of the study.", id="quoted-unmet-need"),
    pytest.param("\u201cThese medicines are first tried in very sick patients with no other options,\u201d said Dr. Ann "
                 "Lee, lead author of the study.", id="quoted-how-drugs-are-tested"),
])
def test_quoted_background_is_not_a_conclusion(run, paragraph: str) -> None:
    assert conclusions_of(run, paragraph) == []


@pytest.mark.parametrize("paragraph", [
    pytest.param("\u201cThis study changes how we should care for older adults with gout,\u201d said Dr. Ann Lee, lead "
                 "author of the study.", id="quoted-this-study"),
    pytest.param("\u201cThe drug was easy for people in their eighties to take every day,\u201d said Dr. Ann Lee, lead "
                 "author of the study.", id="quoted-the-drug"),
    pytest.param("\u201cIt is a real breakthrough for people with gout,\u201d said Dr. Ann Lee, lead author of the "
                 "study.", id="quoted-judgement-of-worth"),
])
def test_quoted_verdict_on_the_trial_is_a_conclusion(run, paragraph: str) -> None:
    assert len(conclusions_of(run, paragraph)) == 1


def test_treatment_meeting_its_goals_is_a_conclusion(run) -> None:
    statement = "The drug also met its secondary goals, such as improving mood and sleep."
    assert [c["text"] for c in conclusions_of(run, statement)] == [statement.rstrip(".")]


def test_a_sentence_of_results_is_not_a_verdict(run) -> None:
    sentence = ("When the trial ended, 38 percent of the placebo patients had strokes, compared with 6 percent "
                "of those on aspirin, the researchers found.")
    assert conclusions_of(run, sentence) == []


def test_a_judged_result_is_a_verdict(run) -> None:
    sentence = ("When the trial ended, 38 percent of the placebo patients had strokes, a significantly higher "
                "rate than the 6 percent of those on aspirin, the researchers found.")
    assert len(about(conclusions_of(run, sentence), sentence)) == 1


# The conclusions fact's settings (``trialnews_conclusions``'s config), each changed on a hand-built doc.


@pytest.mark.parametrize(("settings", "kept"), [
    pytest.param(conclusions.DEFAULTS, True, id="long-enough"),
    pytest.param(conclusions.Settings(min_tokens=20), False, id="shorter-than-the-minimum"),
])
def test_min_tokens(settings: conclusions.Settings, kept: bool) -> None:
    text = "Trial news. The drug cut strokes in older adults by a wide margin."
    start = text.index("The drug")
    assert (conclusions._item(hand_built(text, {}), start, len(text), "authors", settings) is not None) is kept


@pytest.mark.parametrize(("settings", "attributed"), [
    pytest.param(conclusions.DEFAULTS, True, id="said-within-reach"),
    pytest.param(conclusions.Settings(speaker_reach=3), False, id="said-past-the-reach"),
    pytest.param(conclusions.Settings(attribution_window=3), False, id="attribution-past-the-window"),
])
def test_speaker_after_a_quote(settings: conclusions.Settings, attributed: bool) -> None:
    quote = '"The pill works well for older adults,"'
    doc = hand_built(f"Trial news. {quote} said Dr. Jane Lee.", {"QUOTE": [(quote, "quote")]})
    assert (conclusions._attributed_here(doc, doc.spans["QUOTE"][0], settings) is not None) is attributed


@pytest.mark.parametrize(("settings", "result"), [
    pytest.param(conclusions.DEFAULTS, True, id="two-values-are-a-result"),
    pytest.param(conclusions.Settings(min_result_values=3), False, id="three-values-needed"),
])
def test_min_result_values(settings: conclusions.Settings, result: bool) -> None:
    doc = hand_built("Trial news. Strokes fell to 5% with aspirin and 9% with placebo.",
                     {"PERCENT": [("5%", "percent"), ("9%", "percent")]})
    assert conclusions._reports_results(doc, list(doc.sents)[1], settings) is result


@pytest.mark.parametrize(("settings", "outside"), [
    pytest.param(conclusions.DEFAULTS, True, id="cue-in-the-attribution"),
    pytest.param(conclusions.Settings(attribution_window=10), False, id="cue-past-the-window"),
])
def test_outside_cue_window(settings: conclusions.Settings, outside: bool) -> None:
    quote = '"The pill works well,"'
    text = f"Trial news. {quote} said Tom Klein, who was not involved in this pill trial."
    doc = hand_built(text, {"OUTSIDE_CUE": [("not involved", "outside")]})
    start = text.index(quote)
    assert conclusions._outside(doc, start, start + len(quote), settings) is outside


@pytest.mark.parametrize(("role_window", "role"), [
    pytest.param(conclusions.ROLE_WINDOW, "authors", id="role-within-the-window"),
    pytest.param(10, None, id="role-past-the-window"),
])
def test_role_window(role_window: int, role: str | None) -> None:
    doc = hand_built("Trial news. Dr. Jane Lee of Lake University, a lead author of the study, spoke. "
                     "The pill works, Lee said.", {})
    assert conclusions._role(doc, "Lee said", role_window) == role


@pytest.mark.parametrize(("settings", "role"), [
    pytest.param(conclusions.DEFAULTS, "investigators", id="person-two-sentences-back"),
    pytest.param(conclusions.Settings(pronoun_lookback=1), None, id="lookback-of-one-sentence"),
])
def test_pronoun_lookback(settings: conclusions.Settings, role: str | None) -> None:
    doc = hand_built("Trial news. Dr. Jane Lee led the trial. The pill was taken daily. The pill works well, she said.", {})
    sentence = list(doc.sents)[3]
    assert conclusions._speaker_of_report(doc, sentence, sentence.text, settings) == (True, role)


# How news reports what the trial's people said: a quote framed by reported speech is its whole
# sentence; reported speech about the results counts; the work in the first person is the trial.

LEAD_AUTHOR = "Dr. Anna Berg of Uppsala University, the study's lead author, led the work."


def test_a_term_quoted_inside_a_quote_is_no_frame(run) -> None:
    paragraph = ("Dr. Anna Berg, the study's lead author, said: \u201cStrokes, or \u201cbrain attacks\u201d as some "
                 "call them, are common in older adults and hard to prevent in general practice.")
    assert conclusions_of(run, LEAD_AUTHOR, paragraph) == []


@pytest.mark.parametrize(("paragraph", "expected"), [
    pytest.param('The researchers wrote that the results "should change how doctors treat older adults after a '
                 'first stroke."',
                 'The researchers wrote that the results "should change how doctors treat older adults after a '
                 'first stroke."', id="framed-quote-is-its-sentence"),
    pytest.param('Berg added that the pill was "remarkably easy for older adults to take every day."',
                 'Berg added that the pill was "remarkably easy for older adults to take every day."',
                 id="added-that-framed-quote"),
    pytest.param('The study\'s result is "very good news," said Berg.',
                 'The study\'s result is "very good news," said Berg.', id="short-quote-inside-narration"),
    pytest.param('Dr. Anna Berg, the study\'s lead author, said, "Our trial shows this cheap pill could prevent many '
                 'strokes in older adults."',
                 "Our trial shows this cheap pill could prevent many strokes in older adults",
                 id="speaker-introduction-is-not-a-frame"),
])
def test_framed_quote(run, paragraph: str, expected: str) -> None:
    assert [c["text"] for c in conclusions_of(run, LEAD_AUTHOR, paragraph)] == [expected.rstrip(".\"")]


@pytest.mark.parametrize(("paragraph", "kept"), [
    pytest.param("Berg said the results call for routine screening of older adults in general practice.", True,
                 id="reported-results-without-a-finding-verb"),
    pytest.param('"By pressing on two muscles of the foot, we are able to calm the legs at night," Berg said.',
                 True, id="first-person-work-in-a-quote"),
    pytest.param("Berg said the study enrolled people from twelve towns in the north of Sweden.", False,
                 id="reported-method-is-not-a-conclusion"),
])
def test_reported_speech_of_the_trial(run, paragraph: str, kept: bool) -> None:
    statement = paragraph.strip('"').split('," ')[0]
    assert bool(about(conclusions_of(run, LEAD_AUTHOR, paragraph), statement)) is kept


# The word classes are lexicons in ``patterns/`` (issue 12): a '*' entry stands for any ending, and
# an edit to a list reaches its rule (the code keeps no copy).

@pytest.mark.parametrize(("text", "found"), [
    pytest.param("the pill improved sleep", True, id="stem-with-ending"),
    pytest.param("the pill improvements", True, id="stem-with-another-ending"),
    pytest.param("the pill helped", True, id="help-stem"),
    pytest.param("the pill was given at night", False, id="no-finding-word"),
    pytest.param("the pill was unimproved", False, id="stem-inside-a-word"),
])
def test_finding_words_lexicon(text: str, found: bool) -> None:
    assert bool(conclusions._FINDING.search(text)) is found


def test_word_class_comes_from_its_lexicon(monkeypatch) -> None:
    monkeypatch.setattr(conclusions, "load_lexicon", lambda name: ("glimmer*", "no sign"))
    pattern = re.compile(conclusions._words("any.txt"))
    assert [bool(pattern.search(t)) for t in ("a glimmering result", "no sign of harm", "no signs", "glimme")] \
        == [True, True, False, False]


# A finding stated in words of the trial's groups, without its numbers, is the article's conclusion.

@pytest.mark.parametrize(("sentence", "kept"), [
    pytest.param("Aspirin also reduced headaches in the older adults who took it.", True, id="past-finding-of-an-arm"),
    pytest.param("Side effects of aspirin were mild and passed within days.", True, id="mild-side-effects"),
    pytest.param("People on aspirin had fewer headaches than those on placebo.", True, id="fewer-than"),
    pytest.param("Aspirin can help people with headaches, and it has been shown to work in many trials.", False,
                 id="can-and-evidence-from-other-research"),
    pytest.param("Aspirin reduced strokes by 20 percent over five years.", False, id="with-its-number-a-result"),
    pytest.param("Aspirin improves blood flow by thinning the blood.", False, id="present-tells-how-it-works"),
    pytest.param("The team asked whether aspirin reduced strokes in older adults.", False, id="whether-is-a-question"),
    pytest.param("To determine the effects of prolonged aspirin use, adults took it for ten years.", False,
                 id="an-aim-is-no-finding"),
    pytest.param("In an earlier trial, aspirin reduced headaches in younger adults.", False, id="another-study"),
])
def test_worded_finding_of_the_groups(run, sentence: str, kept: bool) -> None:
    assert bool(about(conclusions_of(run, sentence), sentence)) is kept


# The trial's own work as the subject of a sentence that judges it.

@pytest.mark.parametrize(("sentence", "kept"), [
    pytest.param("Thus, the findings are promising for older adults who cannot take other drugs.", True,
                 id="findings-are-promising"),
    pytest.param("The results may change how doctors care for older adults after a stroke.", True,
                 id="results-may-change"),
    pytest.param("The results were even more significant for adults over eighty.", True, id="results-significant"),
    pytest.param("The results will be presented on May 8 at a meeting in Boston.", False, id="may-the-month"),
    pytest.param("This can result in a significant loss of hearing in older adults.", False,
                 id="this-can-result-is-no-noun-phrase"),
    pytest.param("The trial looked at the benefits of aspirin in adults over seventy.", False, id="looked-at-methods"),
    pytest.param("But experts say these positive findings may reflect a placebo effect.", False, id="experts-say"),
    pytest.param("The study was stopped for a year over concerns about patient safety.", False, id="safety-as-a-topic"),
    pytest.param("The study, funded by the state, is an example of comparative effectiveness research.", False,
                 id="effectiveness-research"),
    pytest.param("The findings come a year after another study suggested that aspirin may harm the stomach.", False,
                 id="another-study"),
])
def test_judged_work_of_the_trial(run, sentence: str, kept: bool) -> None:
    assert bool(about(conclusions_of(run, sentence), sentence)) is kept


def test_phrase_slot_comes_from_its_json_list(monkeypatch) -> None:
    monkeypatch.setattr(conclusions, "load_json", lambda name: {"verbs": ["reveal*", "is promising"]})
    pattern = re.compile(rf"(?i)\bthe study {conclusions._slot('verbs')}\b")
    assert [bool(pattern.search(t)) for t in ("The study revealed", "the study is promising", "the study showed")] \
        == [True, True, False]


@pytest.mark.parametrize(("rule", "text", "found"), [
    pytest.param("_VERDICT", "In the end, the new randomized study clearly showed a benefit", True, id="verdict"),
    pytest.param("_VERDICT", "Researchers have found a benefit", True, id="team-verdict"),
    pytest.param("_PUBLISHED_FINDING", "A small study published in the journal Gut suggests that", True,
                 id="published-finding"),
    pytest.param("_PUBLISHED_FINDING", "The data, published in Gut, come after earlier trials showed", False,
                 id="published-then-other-trials"),
    pytest.param("_ATTRIBUTED_FINDING", "The pill worked, says a new study.", True, id="attributed"),
    pytest.param("_ATTRIBUTED_FINDING", "Lee says the study was small.", False, id="not-attributed"),
])
def test_phrase_rules_built_from_slots(rule: str, text: str, found: bool) -> None:
    assert bool(getattr(conclusions, rule).search(text)) is found


@pytest.mark.parametrize(("description", "role"), [
    pytest.param("Dr. Jane Lee, the study's lead researcher, spoke.", "investigators", id="the-studys-lead-researcher"),
    pytest.param("Lee is a study researcher at Lake University.", "investigators", id="study-researcher"),
    pytest.param("The pill works well, says researcher Jane Lee of Lake University.", "investigators",
                 id="says-researcher-name"),
    pytest.param("Another leading pain researcher, Dr. Jane Lee, spoke.", None, id="another-researcher"),
    pytest.param("The study, published in a journal, was led by Dr. Jane Lee of Lake University.", "investigators",
                 id="was-led-by"),
    pytest.param("This study's findings are questionable, Dr. Jane Lee of Lake University says.", None,
                 id="the-studys-findings-is-no-role"),
    pytest.param("Dr. Jane Lee, a vision researcher at Lake University, spoke.", None, id="a-researcher-at"),
])
def test_trial_role_of_a_researcher(description: str, role: str | None) -> None:
    doc = hand_built(f"Trial news. {description} The pill works, Lee said.", {})
    assert conclusions._role(doc, "Lee said") == role


@pytest.mark.parametrize(("paragraphs", "statement"), [
    pytest.param(("The study concludes:", "\u201cThese findings suggest a role for aspirin as a cheap added treatment "
                  "for older adults.\u201d"),
                 "These findings suggest a role for aspirin as a cheap added treatment for older adults",
                 id="quote-after-a-lead-in-paragraph"),
    pytest.param(("The authors note that the reduction in the aspirin group is close to what blood pressure pills give.",),
                 "The authors note that the reduction in the aspirin group is close to what blood pressure pills give",
                 id="the-authors-note-that"),
])
def test_statements_of_the_study_and_its_authors(run, paragraphs: tuple[str, ...], statement: str) -> None:
    assert [c["attribution"] for c in about(conclusions_of(run, *paragraphs), statement)] == ["authors"]


def _said_by_lead_author(statement: str) -> str:
    return f"\u201c{statement},\u201d said lead author Anna Berg of Uppsala University."


def _said_by_ceo(statement: str) -> str:
    return f"\u201c{statement},\u201d said Mark Dunn, chief executive officer of Cardiflo Pharma, which makes the pill."


@pytest.mark.parametrize(("paragraph", "statement", "kept"), [
    # plans and caveats of the trial's own people: what is still to be shown is no verdict
    pytest.param(_said_by_lead_author("Future studies with more patients are needed to confirm the benefit in women"),
                 "Future studies with more patients are needed to confirm the benefit in women", False, id="future-studies-needed"),
    pytest.param(_said_by_lead_author("Next we need to study aspirin in people who also have diabetes"),
                 "Next we need to study aspirin in people who also have diabetes", False, id="need-to-study"),
    pytest.param(_said_by_lead_author("This trial did not measure whether aspirin also prevents memory loss"),
                 "This trial did not measure whether aspirin also prevents memory loss", False, id="did-not-measure"),
    pytest.param(_said_by_lead_author("However, the study was small, so we cannot say whether the pill helps women"),
                 "However, the study was small, so we cannot say whether the pill helps women", False,
                 id="the-study-was-small"),
    # ... but a finding stated first, with a caveat after it, is the verdict
    pytest.param(_said_by_lead_author("Aspirin clearly lowered the risk of stroke and deserves further study in younger adults"),
                 "Aspirin clearly lowered the risk of stroke and deserves further study in younger adults", True,
                 id="finding-then-further-study"),
    # another study as the statement's subject
    pytest.param(_said_by_lead_author("Earlier work in our lab showed that aspirin protects the hearts of old mice"),
                 "Earlier work in our lab showed that aspirin protects the hearts of old mice", False, id="earlier-work"),
    pytest.param(_said_by_lead_author("Unlike earlier work, this trial showed that aspirin lowers the risk of stroke"),
                 "Unlike earlier work, this trial showed that aspirin lowers the risk of stroke", True,
                 id="unlike-earlier-work-this-trial"),
    # a company executive: a finding of the trial counts, the company's business does not
    pytest.param(_said_by_ceo("Aspirin clearly reduced strokes in older adults in this trial"),
                 "Aspirin clearly reduced strokes in older adults in this trial", True, id="ceo-states-finding"),
    pytest.param(_said_by_ceo("With our pill we are giving doctors a low-cost option for their older patients"),
                 "With our pill we are giving doctors a low-cost option for their older patients", False,
                 id="ceo-product-statement"),
    pytest.param(_said_by_ceo("Our aspirin product has enormous commercial potential and shows how well we work"),
                 "Our aspirin product has enormous commercial potential and shows how well we work", False,
                 id="ceo-commercial-statement"),
])
def test_plans_caveats_other_studies_and_company_statements(run, paragraph: str, statement: str, kept: bool) -> None:
    assert bool(about(conclusions_of(run, paragraph), statement)) is kept


@pytest.mark.parametrize(("description", "role"), [
    pytest.param("Jane Lee, President and CEO of Acme Pharma, spoke.", "company", id="ceo"),
    pytest.param("Jane Lee, chief operating officer of Acme, spoke.", "company", id="coo"),
    pytest.param("Jane Lee, chief medical officer of Acme and lead author of the study, spoke.", "authors",
                 id="executive-and-author"),
])
def test_company_executive_role(description: str, role: str | None) -> None:
    doc = hand_built(f"Trial news. {description} The pill works, Lee said.", {})
    assert conclusions._role(doc, "Lee said") == role


@pytest.mark.parametrize(("description", "role"), [
    # "researchers" in another sentence that names the speaker is anyone's, often a critic's
    pytest.param("Lee says the results have never been confirmed by other researchers.", None, id="other-researchers"),
    pytest.param("Lee, a professor who studies hot flashes, has doubts about what researchers claim.", None,
                 id="researchers-claim"),
    pytest.param("The lead researchers, Dr. Ann Berg and Dr. Jane Lee, spoke.", "investigators", id="lead-researchers"),
    pytest.param("Co-investigator Jane Lee spoke.", "investigators", id="co-investigator"),
])
def test_researchers_in_a_speakers_description(description: str, role: str | None) -> None:
    doc = hand_built(f"Trial news. {description} The pill works, Lee said.", {})
    assert conclusions._role(doc, "Lee said") == role


@pytest.mark.parametrize(("speaker_text", "role"), [
    pytest.param(", the researchers wrote in the journal.", "investigators", id="the-researchers-wrote"),
    pytest.param("Researchers said the pill works.", "investigators", id="researchers-said"),
    pytest.param(", according to the team of researchers.", "investigators", id="according-to-the-team"),
    pytest.param(", said a doctor who has seen other researchers try it.", None, id="other-researchers"),
])
def test_the_team_as_speaker(speaker_text: str, role: str | None) -> None:
    doc = hand_built(f"Trial news. The pill works{speaker_text}", {})
    assert conclusions._role(doc, speaker_text) == role


@pytest.mark.parametrize(("description", "role"), [
    pytest.param("Dr. Jane Lee, chief science officer of the Lakeside Heart Society, spoke.", "outside",
                 id="society-officer"),
    pytest.param("Jane Lee, a spokeswoman for the National Stroke Association, spoke.", "outside", id="society-spokeswoman"),
    pytest.param("Dr. Jane Lee of the American Heart Association, who led the study, spoke.", "investigators",
                 id="society-member-who-led-the-study"),
    pytest.param("The results were shown at the World Heart Federation Congress by the study's lead author, Dr. Jane Lee.",
                 "authors", id="meeting-of-a-federation"),
    pytest.param("Dr. Jane Lee, a principal investigator at the Lake Foundation Hospital, spoke.", "investigators",
                 id="hospital-named-foundation"),
])
def test_a_post_at_a_society_is_outside(description: str, role: str | None) -> None:
    doc = hand_built(f"Trial news. {description} The pill works, Lee said.", {})
    assert conclusions._role(doc, "Lee said") == role


@pytest.mark.parametrize(("statement", "kept"), [
    pytest.param("It is our hope that these findings will encourage doctors to offer aspirin to older adults", False,
                 id="it-is-our-hope"),
    pytest.param("I hope insurers will see that aspirin for older adults saves them money", False, id="i-hope"),
    pytest.param("Repeating these findings in the planned phase 3 trial would help many older adults", False,
                 id="planned-phase-3"),
    pytest.param("Aspirin clearly lowered the risk of stroke in older adults in our study", True, id="verdict"),
])
def test_hopes_and_trials_to_come_are_no_verdict(run, statement: str, kept: bool) -> None:
    assert bool(about(conclusions_of(run, _said_by_lead_author(statement)), statement)) is kept


@pytest.mark.parametrize(("statement", "kept"), [
    pytest.param("We already know that blood thinners can lower the risk of stroke in older adults", False,
                 id="we-already-know"),
    pytest.param("Little research has been done on how aspirin acts in people over 70", False,
                 id="not-much-research"),
    pytest.param("The current mainstay of care is pain pills, which carry real side effects and risks", False,
                 id="current-mainstay"),
    pytest.param("Our study adds to a growing body of evidence that aspirin lowers the risk of stroke", True,
                 id="our-study-adds-to-the-evidence"),
    pytest.param("Up to now we had not managed to show that aspirin lowers the risk of stroke", True, id="until-now"),
])
def test_what_was_known_before_the_trial(run, statement: str, kept: bool) -> None:
    assert bool(about(conclusions_of(run, _said_by_lead_author(statement)), statement)) is kept


SENTENCES_TEXT = "The drug worked. Patients felt better. Doctors were pleased. More trials will follow."


@pytest.mark.parametrize(("start", "end"), [
    pytest.param(0, None, id="whole-doc"),
    pytest.param(1, 2, id="inside-one-sentence"),
    pytest.param(2, 6, id="across-a-boundary"),
    pytest.param(4, 4, id="no-tokens"),
    pytest.param(3, 12, id="to-a-sentence-end"),
])
def test_the_sentences_are_those_spacy_gives(start: int, end: int | None) -> None:
    """``_sentences`` gives the sentences ``Doc.sents`` and ``Span.sents`` give, each whole."""
    doc = hand_built(SENTENCES_TEXT, {})
    expected = doc.sents if end is None else doc[start:end].sents
    found = conclusions._sentences(doc) if end is None else conclusions._sentences(doc, start, end)
    assert [(s.start, s.end) for s in found] == [(s.start, s.end) for s in expected]


# How an article names someone of the trial without the usual posts (concl8): a verb paradigm of
# reported speech ("write the authors", "explains Dr. Lee"), a role worded with "leading" or "on the
# study" ("who is leading the trial", "senior investigator on the study").
@pytest.mark.parametrize(("paragraph", "statement"), [
    pytest.param("\u201cThe shorter course of the drug gave the same protection as the longer one,\u201d write the "
                 "authors.", "The shorter course of the drug gave the same protection as the longer one",
                 id="write-the-authors"),
    pytest.param("\u201cOur findings give doctors a cheaper way to protect frail patients,\u201d explains Dr. Ann Lee, "
                 "lead author of the study.", "Our findings give doctors a cheaper way to protect frail patients",
                 id="explains-with-the-verb-first"),
    pytest.param("\u201cThe drug cut the number of strokes in older patients,\u201d said Dr. Ann Lee, who is leading "
                 "the trial at a hospital in Oslo.", "The drug cut the number of strokes in older patients",
                 id="who-is-leading-the-trial"),
    pytest.param("\u201cThe drug cut the number of strokes in older patients,\u201d said Ann Lee, a senior "
                 "investigator on the study.", "The drug cut the number of strokes in older patients",
                 id="investigator-on-the-study"),
])
def test_speaker_of_the_trial_by_other_words(run, paragraph: str, statement: str) -> None:
    assert len(about(conclusions_of(run, paragraph), statement)) == 1


@pytest.mark.parametrize("paragraph", [
    pytest.param("\u201cPatients may have many troubling side effects when they take steroids for years,\u201d said "
                 "Dr. Ann Lee, lead author of the study.", id="hedged-background"),
    pytest.param("\u201cThe hope is that by delaying relapses, the symptoms will be milder,\u201d said Dr. Ann Lee, "
                 "lead author of the study.", id="a-hope-is-no-finding"),
])
def test_a_hedge_alone_does_not_make_a_quote_about_the_trial(run, paragraph: str) -> None:
    assert conclusions_of(run, paragraph) == []


@pytest.mark.parametrize(("paragraph", "kept"), [
    pytest.param("Aspirin prompted \u201ca significant decrease\u201d in the number of strokes compared with placebo, "
                 "Berg said.", True, id="a-few-words-quoted-in-reported-speech"),
    pytest.param("Still, the results showed the drug was \u201cvery safe,\u201d Berg said.", True,
                 id="a-quoted-judgement-in-reported-speech"),
    pytest.param("Aspirin prompted \u201ca significant decrease\u201d in the number of strokes compared with placebo, "
                 "said Tom Klein, a heart doctor who has no ties to the trial.", False,
                 id="an-outsider-quoting-a-few-words"),
])
def test_reported_speech_with_a_few_quoted_words(run, paragraph: str, kept: bool) -> None:
    statement = paragraph.replace("\u201c", "").replace("\u201d", "").rsplit(",", 1)[0]
    assert bool(about(conclusions_of(run, LEAD_AUTHOR, paragraph), statement)) is kept


# A speaker of the institution the article names as the trial team's speaks for the trial where they
# point at its work or findings (concl8): "Researchers at X ..." and "said Ann Lee, a professor at X".
TEAM = "Researchers at Norland Heights University tested the pill in 300 adults over two years."
AFFILIATED_QUOTE = ("\u201cThese findings show that the pill protects the hearts of older adults,\u201d said Ann Lee, "
                    "a professor of cardiology at Norland Heights University.")
AFFILIATED_STATEMENT = "These findings show that the pill protects the hearts of older adults"


@pytest.mark.parametrize(("paragraphs", "kept"), [
    pytest.param((TEAM, AFFILIATED_QUOTE), True, id="speaker-of-the-team-institution"),
    pytest.param(("Researchers at the NRI tested the pill in 300 adults.",
                  AFFILIATED_QUOTE.replace("said Ann Lee, a professor of cardiology at Norland Heights University",
                                           "said NRI Director Ann Lee")), True, id="acronym-before-a-post"),
    pytest.param((AFFILIATED_QUOTE,), False, id="no-team-institution-named"),
    pytest.param((TEAM, AFFILIATED_QUOTE.replace("Norland Heights University", "Westfield State University")), False,
                 id="another-institution-shares-only-generic-words"),
    pytest.param(("Researchers at the NRI tested the pill in 300 adults.",
                  AFFILIATED_QUOTE.replace("a professor of cardiology at Norland Heights University",
                                           "who spoke to NRI reporters")), False, id="acronym-not-before-a-post"),
    pytest.param(("The two-year trial of the pill in 300 adults was funded by the Norland Heights Institute.",
                  AFFILIATED_QUOTE.replace("a professor of cardiology at", "director of")), False,
                 id="official-of-the-funder"),
    pytest.param(("The Norland Heights Institute-funded trial tested the pill in 300 adults.",
                  AFFILIATED_QUOTE.replace("a professor of cardiology at", "director of")), False,
                 id="official-of-a-funder-named-before"),
])
def test_speaker_of_the_team_institution(run, paragraphs: tuple[str, ...], kept: bool) -> None:
    assert bool(about(conclusions_of(run, *paragraphs), AFFILIATED_STATEMENT)) is kept


def test_speaker_of_the_team_institution_on_background(run) -> None:
    quote = ("\u201cLow doses of aspirin have been shown to thin the blood in most people,\u201d said Ann Lee, a "
             "professor of cardiology at Norland Heights University.")
    assert conclusions_of(run, TEAM, quote) == []


@pytest.mark.parametrize(("lede", "taken"), [
    pytest.param("MONDAY, May 4, 2026 (HealthDay News) -- Walking after dinner came out ahead of resting for blood "
                 "sugar control in older adults, Danish researchers report.", True, id="researchers-report"),
    pytest.param("A daily cup of beet juice gave amateur cyclists more stamina on long hill climbs, a small new study "
                 "hints.", True, id="a-new-study-hints"),
    pytest.param("Cold showers lift the mood of office workers through the winter, a team from Leeds University has "
                 "found.", True, id="a-team-has-found"),
    pytest.param("Ginger tea eased morning sickness in pregnant women, researchers from Oslo reported Monday at a "
                 "meeting in Vienna.", True, id="reported-monday-at"),
    pytest.param("Beet juice has become popular with amateur cyclists across Europe in recent years, doctors say.",
                 False, id="doctors-say-background"),
    pytest.param("Beet juice has become popular with amateur cyclists, and researchers wanted to know why.", False,
                 id="no-source-at-the-end"),
])
def test_lede_handing_its_finding_to_its_source(run, lede: str, taken: bool) -> None:
    """Wire news ends its lede with the finding's source ("..., a new study suggests."): the lede
    states the headline finding even with no finding word of its own."""
    record = run(article(lede, "The volunteers were followed for twelve weeks at two clinics in the city."))
    assert bool(about(record["conclusions"], lede)) is taken


@pytest.mark.parametrize(("opening", "taken"), [
    pytest.param("Beet juice beat the dummy drink on every hill climb of the season, a new study suggests.", True,
                 id="a-new-study-suggests"),
    pytest.param("Their race times also fell by the end of the season, the team said.", True, id="the-team-said"),
    pytest.param("Cyclists on beet juice climbed faster than the others, Leeds scientists said Tuesday.", True,
                 id="scientists-said-tuesday"),
    pytest.param("Beet juice beat the dummy drink on every hill climb of the season.", False, id="no-source"),
])
def test_opening_handing_its_finding_to_its_source(run, opening: str, taken: bool) -> None:
    lede = "Researchers in Leeds gave beet juice or a dummy drink to 40 amateur cyclists over twelve weeks."
    record = run(article(lede, opening, "The volunteers were followed for twelve weeks at two clinics in the city."))
    assert bool(about(record["conclusions"], opening)) is taken


@pytest.mark.parametrize(("between", "taken"), [
    pytest.param("Tom Klein, a heart doctor at Bay University who has no ties to the trial, said the trial "
                 "was too short to judge.", False, id="outside-voice-named-between"),
    pytest.param("Aspirin was given as one tablet a day for five years.", True, id="no-one-named-between"),
    pytest.param("The trial ended on a Tuesday, said Tuesday's report.", True, id="no-role-for-the-name-between"),
    pytest.param("The costs of the pills were low, said Mark Lund, a pharmacist at the hospital.", False,
                 id="a-voice-of-no-role-in-the-trial-between"),
    pytest.param("The trial took five years, said Dr. Anna Berg.", True, id="the-lead-author-named-between"),
])
def test_pronoun_speaker_is_the_last_named(run, between: str, taken: bool) -> None:
    """ "..., he said" after reported speech of an outside voice, or of a person the article gives
    no role in the trial, is that voice's quote (conclusions18: "he" is the man named last); else
    the last quote's speaker's."""
    quote = "Nobody should change their practice on the basis of this trial of aspirin in older adults"
    conclusions = conclusions_of(run, AUTHOR_QUOTE, between, f"\u201c{quote},\u201d he said.")
    assert bool(about(conclusions, quote)) is taken


# What the trial's people say is weighed for what it reports of the trial (conclusion_weights.json,
# the said_* features): a quote of the lead author about the disease or the treatments of the day,
# how a drug works, or what may follow is no conclusion; one that tells what happened in the trial,
# names its work or its groups, points back at a finding or judges its worth is.
SPEAKER = "said Dr. Anna Berg, the study\u2019s lead author."


@pytest.mark.parametrize(("said", "kept"), [
    pytest.param("Most older adults already take several pills a day for their hearts", False, id="background-present"),
    pytest.param("Aspirin thins the blood by blocking the platelets that start a clot", False, id="how-it-works"),
    pytest.param("If our results hold in a larger trial, aspirin will help many older people", False,
                 id="what-may-follow"),
    pytest.param("Patients on aspirin had fewer strokes and tolerated the tablets well", True, id="told-in-the-past"),
    pytest.param("Our study shows that a cheap tablet can protect older adults from strokes", True, id="names-the-work"),
    pytest.param("So this is a simple way to protect older adults from strokes", True, id="points-back"),
    pytest.param("The benefit in older adults is a major step forward for stroke prevention", True,
                 id="judges-its-worth"),
    pytest.param("Strokes were rarer in the aspirin group than in the placebo group", True, id="compares-the-groups"),
    pytest.param("This drug seems to keep working in most patients", True, id="points-at-its-own-drug"),
    pytest.param("What is new about the drug is that it blocks a single enzyme", False, id="any-drug"),
])
def test_what_the_trials_people_said_is_weighed(run, said: str, kept: bool) -> None:
    conclusions = conclusions_of(run, f"\u201c{said},\u201d {SPEAKER}")
    assert bool(about(conclusions, said)) is kept


# What the trial's people say besides what their trial showed (said_aside, said_aside_cues.txt): work
# in animals, who paid and thanks, how things usually are and the history of the work stay out even
# when the quote names the work or tells the past; the same quote without the aside stays in.
@pytest.mark.parametrize(("said", "kept"), [
    pytest.param("In our study, mice given aspirin had fewer strokes", False, id="animals"),
    pytest.param("Our study of aspirin in older adults was made possible by funding from the heart foundation", False,
                 id="who-paid"),
    pytest.param("We thank the patients who took part in our study of aspirin", False, id="thanks"),
    pytest.param("Usually we expect a small trial like this one to tell us about safety, not strokes", False,
                 id="how-things-usually-are"),
    pytest.param("Our study began years ago, when we had no tablet that older adults could take for this", False, id="history"),
    pytest.param("In our study, older adults on aspirin had fewer strokes than those on placebo", True,
                 id="the-same-study-without-an-aside"),
    pytest.param("This study shows that older adults on aspirin had fewer strokes, a major step forward after a "
                 "decade of work", True, id="four-signs-outweigh-an-aside"),
    pytest.param("Our study shows that older adults on aspirin had fewer strokes, a major step forward after a "
                 "decade of work", False, id="three-signs-do-not"),
])
def test_what_the_trials_people_say_aside_is_out(run, said: str, kept: bool) -> None:
    conclusions = conclusions_of(run, f"\u201c{said},\u201d {SPEAKER}")
    assert bool(about(conclusions, said)) is kept


@pytest.mark.parametrize(("text", "past"), [
    pytest.param("Patients tolerated the tablets well, Berg said", True, id="past-beside-a-speech-verb"),
    pytest.param("People with heart disease often take several drugs, Berg said", False, id="speech-verb-alone"),
    pytest.param("Doses are adjusted for each patient", False, id="passive-present"),
    pytest.param("All treatments have focused on the same target", False, id="perfect-of-the-present"),
    pytest.param("We didn't see any effect on memory", True, id="negated-past"),
])
def test_said_past(text: str, past: bool) -> None:
    assert conclusions.told_in_past(text) is past


def test_a_quote_is_read_with_the_narration_that_frames_it(run) -> None:
    # the quoted words name no work; the narration before them does ("its results"), and the
    # attribution after them is not read (the whole sentence, with its caveat, is weighed out)
    said = "show fewer strokes and good safety with daily aspirin in older adults"
    paragraph = f"Despite the study\u2019s limitations, its results \u201c{said},\u201d the investigators concluded."
    assert [c["text"] for c in conclusions_of(run, paragraph)] == [said]


# An investigator's verdict on the trial's treatment said in the present (said_verdict): the
# treatment, pointed back at by a pronoun or named as an arm, is the subject and a verdict word
# follows within a few words; background, a dummy "it" and a hedge stay out.
@pytest.mark.parametrize(("said", "kept"), [
    pytest.param("It's effective in the people with the greatest need at this point in time", True, id="pronoun-effective"),
    pytest.param("It works for people with a weak heart, and that is what matters to them", True, id="pronoun-works"),
    pytest.param("For older adults, these are among the best results we have seen in stroke prevention", True,
                 id="after-a-short-clause"),
    pytest.param("It's safe to say that strokes remain a leading cause of disability", False, id="dummy-subject"),
    pytest.param("It may be effective in younger people as well, but nobody has looked", False, id="hedged"),
    pytest.param("Older drugs for the heart are effective but often cause bleeding in older people", False,
                 id="other-drugs-as-subject"),
    pytest.param("It's important for older adults to talk with their doctors about their heart", False,
                 id="no-verdict-word"),
    pytest.param("If it works in younger people too, it is effective for millions", False, id="a-condition"),
    pytest.param("It is effective in some older people, but in others it may even be harmful", False,
                 id="a-modal-hedge-in-the-statement"),
])
def test_an_investigators_present_verdict_on_the_treatment(run, said: str, kept: bool) -> None:
    conclusions = conclusions_of(run, f"Aspirin is cheap and easy to take. \u201c{said},\u201d {SPEAKER}")
    assert bool(about(conclusions, said)) is kept


def test_a_pronoun_verdict_needs_the_trials_arm_before_it(run) -> None:
    # "They" are the drugs of the day the sentence before names, not the trial's aspirin
    said = "They're cheap, they're safe and easy to use, and most people have them at home"
    before = "Most people with heart disease already take statins for their cholesterol."
    assert not about(conclusions_of(run, f"{before} \u201c{said},\u201d {SPEAKER}"), said)


@pytest.mark.parametrize(("text", "verdict"), [
    pytest.param("These are some of the best results we have seen in stroke prevention", True, id="pointer-best"),
    pytest.param("It's effective in the patients who need it most", False, id="pronoun-with-no-arm-before"),
    pytest.param("This advance is expected to make strokes rarer", False, id="ahead"),
    pytest.param("But we keep prescribing it because it works very well", False, id="subject-is-we"),
    pytest.param("It's best to ask your doctor", False, id="before-to"),
    pytest.param("It is still far from clear whether older adults will ever benefit", False, id="too-far"),
])
def test_said_verdict(nlp, text: str, verdict: bool) -> None:
    doc = run_through(nlp, text, "trialnews_conclusions")
    assert conclusions._said_verdict(doc, 0, text) is verdict



# A quote's speaker named right after it and described at length before the speech verb (the verb past
# the reach a bare "said Dr. Berg" needs): the description tells their role.
@pytest.mark.parametrize(("paragraph", "kept"), [
    pytest.param("\u201cOur trial shows the pill spares many older people a stroke,\u201d Dr. Anna Berg, a neurologist "
                 "at a hospital near Uppsala who wrote the paper as its lead author, told reporters.",
                 True, id="lead-author-described-then-told"),
    pytest.param("\u201cOur trial shows the pill spares many older people a stroke,\u201d Dr. Anna Berg, a neurologist "
                 "at the Uppsala University Hospital in Sweden and an author on the study, said.",
                 True, id="an-author-on-the-study"),
    pytest.param("\u201cOur trial shows the pill spares many older people a stroke,\u201d Dr. Tom Klein, a neurologist "
                 "at the Bay General Hospital who has no ties to the research, told reporters.",
                 False, id="outsider-described-then-told"),
])
def test_speaker_described_before_the_speech_verb(run, paragraph: str, kept: bool) -> None:
    statement = "Our trial shows the pill spares many older people a stroke"
    matching = about(conclusions_of(run, paragraph), statement)
    assert [c["attribution"] for c in matching] == (["authors"] if kept else [])


@pytest.mark.parametrize(("after", "described"), [
    pytest.param(" Dr. Lena Voss, a geriatrician in Bergen and an author on the paper, said on Friday.",
                 " Dr. Lena Voss, a geriatrician in Bergen and an author on the paper, said", id="verb-in-the-sentence"),
    pytest.param(" Dr. Lena Voss, a geriatrician in Bergen and an author on the paper. She said more on Friday.",
                 None, id="verb-in-the-next-sentence"),
])
def test_described_speaker_needs_the_verb_in_the_quote_sentence(nlp, after: str, described: str | None) -> None:
    # the words after the quote open with a name and a description; the speech verb must follow in its sentence
    text = f"{NEUTRAL_LEDE}\n\n\u201cThe new pill kept many older people free of falls,\u201d{after}\n"
    doc = run_through(nlp, text, "trialnews_conclusions")
    quote = spans(doc, "QUOTE")[0]
    assert conclusions._described_speaker(doc, quote, text[quote.end_char:]) == described


# "independent" marks a speaker as outside the trial only as an independent expert, researcher or the like:
# a trial's own monitoring board or a finding's wording ("independent changes") marks no one.
@pytest.mark.parametrize(("paragraph", "statement", "kept"), [
    pytest.param("The study found that patients on aspirin had fewer strokes, its independent monitoring board reported.",
                 "The study found that patients on aspirin had fewer strokes", True, id="the-trials-own-board"),
    pytest.param("The study found that patients on aspirin had fewer strokes than those on placebo. Memory showed no "
                 "independent change.", "patients on aspirin had fewer strokes than those on placebo", True,
                 id="a-findings-wording-after-it"),
    pytest.param("\u201cOur trial shows the pill spares many older people a stroke,\u201d said lead author Anna Berg. "
                 "Mood and sleep showed no independent change in either group.",
                 "Our trial shows the pill spares many older people a stroke", True,
                 id="independent-in-the-next-sentence"),
    pytest.param("\u201cOur trial shows the pill spares many older people a stroke,\u201d said Tom Klein, an independent "
                 "researcher at Boston University.", "Our trial shows the pill spares many older people a stroke",
                 False, id="an-independent-researcher"),
    pytest.param("\u201cOur trial shows the pill spares many older people a stroke,\u201d said Tom Klein, one of three "
                 "independent physicians who read the paper.", "Our trial shows the pill spares many older people a "
                 "stroke", False, id="independent-physicians-in-the-plural"),
])
def test_independent_marks_an_outside_speaker_only(run, paragraph: str, statement: str, kept: bool) -> None:
    assert bool(about(conclusions_of(run, paragraph), statement)) is kept


@pytest.mark.parametrize(("headline_chars", "vetoed"), [
    pytest.param(conclusions.HEADLINE_CHARS, False, id="in-the-headline-characters"),
    pytest.param(0, True, id="none-are-headline"),
])
def test_headline_chars(nlp, headline_chars: int, vetoed: bool) -> None:
    # a statement in the text's first characters states the headline finding with its number, however many
    # sentences set the scene before it: the value the record took is no veto there (session 31, lede31)
    finding = ("Researchers reported Monday that aspirin cut strokes by 40 percent compared with placebo among "
               "adults who had a stroke before.")
    text = article("For adults who have had a stroke, the news has long been grim.",
                   "Until now, only surgery had been shown to help. Many people cannot have it.", finding,
                   "Patients were randomized to aspirin or placebo.",
                   "The trial enrolled adults at 40 hospitals in Europe between 2015 and 2019.")
    doc = run_through(nlp, text, "trialnews_conclusions")
    settings = conclusions.Settings(headline_chars=headline_chars)
    [candidate] = [c for c in conclusions.candidates(doc, settings) if text[c.start:c.end].startswith("Researchers reported")]
    assert ("veto_taken_values" in candidate.features) is vetoed
