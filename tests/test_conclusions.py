"""Conclusions in news: how a quote is delimited and how its speaker is told to be of the trial.

Every sentence here is written for the test (none is copied from a data set). A conclusion is a
statement of the trial's authors, investigators or the article about what the trial showed
(ANNOTATION.md); outside experts, methods, background and plans stay out.
"""

from __future__ import annotations

from typing import Any

import pytest

TITLE = "Trial Update"
#: A lede long enough to be one, with no finding, so the tests see only their own sentences.
NEUTRAL_LEDE = ("The trial was conducted at 40 hospitals in Europe between 2015 and 2019 and included adults "
                "over 70 years of age.")
ASPIRIN_OR_PLACEBO = "Patients were randomized to aspirin or placebo."


@pytest.fixture
def conclusions(run):
    """The conclusions of a small article (``run``, from conftest.py, checks the record is grounded and valid)."""
    def extract(*paragraphs: str) -> list[str]:
        text = "\n\n".join((TITLE, NEUTRAL_LEDE, ASPIRIN_OR_PLACEBO, *paragraphs)) + "\n"
        return [c["text"] for c in run(text)["conclusions"]]
    return extract


def test_a_stray_quote_mark_does_not_turn_narration_into_a_quote(conclusions) -> None:
    found = conclusions(
        'The nurses called the pill "a small miracle.',
        '"We saw fewer strokes in the aspirin group," said Dr. Ann Berg, lead author of the study.',
        "A larger study would take five years to finish, and the drug is still far from the market.",
        "Other doctors said the research is still at an early stage.",
        '"I would wait for more data," said Dr. Tom Klein, a cardiologist who was not involved.')
    assert "We saw fewer strokes in the aspirin group" in found
    assert not any("early stage" in text or "five years" in text or text.startswith("said") for text in found)


def test_a_quote_that_runs_on_to_the_next_paragraph_is_read(conclusions) -> None:
    found = conclusions('"Aspirin cut the number of strokes in older adults by a third in our trial.',
                        '"We think it could help many older people," said Dr. Ann Berg, lead author of the study.')
    assert "Aspirin cut the number of strokes in older adults by a third in our trial" in found


@pytest.mark.parametrize("paragraphs", [
    pytest.param(("Researchers at the clinic have found that aspirin lowered the risk of falls.",
                  '"This trial shows aspirin is safe in older adults," said Dr. Paul Reed, president of a '
                  "heart society."), id="role-of-the-next-sentence-is-not-the-speakers"),
    pytest.param(('"Aspirin is safe for older adults, as the researchers showed," said Dr. Paul Reed, president '
                  "of a heart society.",), id="words-inside-the-quote-are-not-the-speakers-role"),
])
def test_speaker_role_is_read_where_the_speaker_is_described(conclusions, paragraphs: tuple[str, ...]) -> None:
    assert not any("Aspirin is safe" in text or "aspirin is safe" in text for text in conclusions(*paragraphs))


def test_investigator_described_in_another_sentence_keeps_the_role(conclusions) -> None:
    found = conclusions("Dr. Ann Berg, who led the trial, presented it in Rome.",
                        '"Aspirin is safe for older adults and it prevented strokes," Berg said.')
    assert "Aspirin is safe for older adults and it prevented strokes" in found


def test_each_speaker_keeps_the_descriptions_of_their_own_surname(conclusions) -> None:
    # (each surname's descriptions are read once per article, for every quote attributed to it)
    found = conclusions("Dr. Ann Berg, who led the trial, presented it in Rome.",
                        "Dr. Tom Klein, a cardiologist in Boston who was not involved, reviewed the data.",
                        '"Aspirin prevented strokes in older adults," Berg said.',
                        '"Aspirin prevented falls in older adults," Klein said.',
                        '"Aspirin was safe and it prevented strokes in older adults," Berg added.')
    assert "Aspirin prevented strokes in older adults" in found
    assert "Aspirin was safe and it prevented strokes in older adults" in found
    assert not any("falls" in text for text in found)


@pytest.mark.parametrize("institution, kept", [
    pytest.param("Harbor Bay University", True, id="the-teams-institution"),
    pytest.param("Lakeside College", False, id="another-institution"),
])
def test_a_speaker_described_at_the_teams_institution_speaks_for_the_work(conclusions, institution: str,
                                                                          kept: bool) -> None:
    found = conclusions("Harbor Bay University researchers reported the trial on Monday.",
                        f"Dr. Ann Berg is a professor of medicine at {institution}.",
                        '"These results show that aspirin prevented strokes in older adults," Berg said.')
    assert ("These results show that aspirin prevented strokes in older adults" in found) is kept


@pytest.mark.parametrize("quote", [
    pytest.param('"We plan to start a larger trial of aspirin in older adults next year," said Dr. Ann Berg, lead '
                 "author of the study.", id="we-plan-to"),
    pytest.param('"We are now studying aspirin together with statins in older adults," said Dr. Ann Berg, lead '
                 "author of the study.", id="we-are-now-studying"),
    pytest.param('"The next question is whether aspirin helps younger patients too," said Dr. Ann Berg, lead '
                 "author of the study.", id="the-next-question"),
])
def test_a_plan_is_no_conclusion(conclusions, quote: str) -> None:
    assert conclusions(quote) == []


def test_a_finding_by_the_same_author_is_kept_beside_a_plan(conclusions) -> None:
    found = conclusions('"Aspirin prevented strokes in our trial," said Dr. Ann Berg, lead author of the study.',
                        '"We plan to start a larger trial next year," Berg added.')
    assert found == ["Aspirin prevented strokes in our trial"]


@pytest.mark.parametrize("paragraphs", [
    pytest.param(("Dr. Lena Park, a heart doctor who has no ties to the trial, wrote an editorial.",
                  "Still, she concluded, the results show that aspirin may help older adults."),
                 id="she-concluded-after-an-outside-expert"),
    pytest.param(("Dr. Lena Park is president of a heart society.",
                  "The results show that aspirin is safe for older adults, Park says."),
                 id="named-speaker-the-article-does-not-place-in-the-trial"),
])
def test_a_verdict_reported_from_outside_the_trial_is_no_conclusion(conclusions, paragraphs) -> None:
    assert not any("aspirin" in text for text in conclusions(*paragraphs))


def test_a_verdict_reported_from_the_lead_author_is_kept(conclusions) -> None:
    found = conclusions("Dr. Ann Berg, lead author of the study, spoke in Rome.",
                        "The results show that aspirin is safe for older adults, she said.")
    assert any("aspirin is safe for older adults" in text for text in found)


@pytest.mark.parametrize("quote, kept", [
    pytest.param('"We wanted to study mild disease, since such patients usually get no radiation after '
                 'surgery," said Dr. Ann Berg, lead author of the study.', False, id="we-wanted-to-look-at"),
    pytest.param('"We compared aspirin with placebo and found far fewer strokes with aspirin," said Dr. Ann Berg, '
                 "lead author of the study.", True, id="methods-and-finding-in-one-statement"),
])
def test_methods_in_a_quote_are_no_conclusion(conclusions, quote: str, kept: bool) -> None:
    assert bool(conclusions(quote)) is kept


@pytest.mark.parametrize("sentence", [
    pytest.param("The data published in the June 22 issue of the Journal of Rural Dentistry showed that aspirin "
                 "prevented strokes in older adults.", id="data-published-in-x-showed"),
    pytest.param("Now, a small study published in Harbor Medicine suggests that aspirin may prevent "
                 "strokes in older adults.", id="a-small-study-published-in-x-suggests"),
    pytest.param("The randomized controlled trial shows that aspirin prevents strokes in older adults.",
                 id="modifiers-before-the-trial-noun"),
    pytest.param("Aspirin was highly effective in preventing strokes in older adults, says a new study.",
                 id="finding-then-says-a-new-study"),
])
def test_the_article_states_the_finding(conclusions, sentence: str) -> None:
    assert conclusions(sentence) == [sentence.rstrip(".")]


@pytest.mark.parametrize("sentence", [
    pytest.param("The findings, reported online in the Journal of Rural Dentistry, come a year after another "
                 "study showed that statins prevented strokes.", id="published-then-another-study-showed"),
    pytest.param("Dr. Lena Park, director of a heart society, says the study was a breakthrough for older adults.",
                 id="speaker-says-the-study-was"),
])
def test_no_finding_of_this_trial_stated_by_the_article(conclusions, sentence: str) -> None:
    assert conclusions(sentence) == []


def test_a_finding_of_an_unrelated_published_study_is_no_conclusion(conclusions) -> None:
    assert conclusions("An unrelated study of 400 adults, published in the Journal of Rural Dentistry, suggested "
                       "that statins may prevent strokes.") == []


def test_the_papers_quoted_title_is_no_conclusion(conclusions) -> None:
    found = conclusions('The paper, "Aspirin versus Placebo for Stroke Prevention in Older Adults: A Randomized '
                        'Trial," was published in the Journal of Rural Dentistry, said Dr. Ann Berg, lead author of '
                        "the study.")
    assert not any(text.startswith("Aspirin versus Placebo") for text in found)


@pytest.mark.parametrize("sentence", [
    pytest.param("Patients in the aspirin group also used less pain medication than those in the placebo group.",
                 id="less-than-the-control"),
    pytest.param("The benefit of aspirin over placebo was maintained through the final visit of the trial.",
                 id="benefit-was-maintained"),
    pytest.param("The new device demonstrated a clear benefit over the sham procedure throughout the trial.",
                 id="the-device-demonstrated"),
])
def test_a_finding_stated_in_words_of_the_trials_groups_or_product(conclusions, sentence: str) -> None:
    # (after a sentence of methods: not in the opening, which is read as the lede is)
    assert conclusions("Each patient was seen every three months by a nurse at the clinic.", sentence) == [sentence.rstrip(".")]


def _discussion(k: int) -> str:
    """A discussion sentence of a full paper that states a verdict (one of many that fill the cap)."""
    return f"In the trial, aspirin reduced strokes in subgroup {chr(ord('A') + k)} compared with placebo."  # (no number)


#: What makes a full paper news to the segmenter: a dateline, a quote, a reporter's words.
NEWS_OPENING = ("LONDON (Reuters) - Aspirin helped older adults, doctors reported on Tuesday in a journal.",
                "\u201cThis is good news for patients,\u201d said Dr. Ann Park, the study\u2019s lead author, in an interview.")


@pytest.mark.parametrize("opening", [pytest.param((), id="paper"), pytest.param(NEWS_OPENING, id="paper-read-as-news")])
def test_a_full_papers_conclusion_section_comes_before_its_long_discussion(run, opening) -> None:
    closing = "The lower rate of strokes seen with aspirin in older adults was encouraging."
    text = "\n\n".join((
        "Aspirin and Strokes in Older Adults: A Randomized Trial", *opening,
        "Methods", "Adults over 70 years of age were randomized to aspirin or placebo at 40 hospitals.",
        "Results", "Strokes were fewer with aspirin than with placebo over five years of follow-up.",
        "Discussion", *(_discussion(k) for k in range(15)),  # a paper's many paragraphs: no abstract
        "Conclusions", closing,
        "Author Contributions: Dr Park and Dr Lee designed the study and drafted the manuscript.",
    )) + "\n"
    found = [c["text"] for c in run(text)["conclusions"]]
    assert closing.rstrip(".") in found
    assert not any(c.startswith("Author Contributions") for c in found)


@pytest.mark.parametrize("sentence", [
    pytest.param("A 2009 study published in the Journal of Rural Dentistry found that aspirin was less likely than "
                 "placebo to cause bleeding.", id="a-study-dated-by-its-year"),
    pytest.param("A study of nurses published earlier this year found that those given aspirin were less likely "
                 "than those given placebo to have strokes.", id="published-earlier-this-year"),
])
def test_a_finding_of_an_earlier_dated_study_is_no_conclusion(conclusions, sentence: str) -> None:
    assert conclusions("Each patient was seen every three months by a nurse at the clinic.", sentence) == []


def test_how_a_treatment_works_said_by_the_lead_author_is_background(conclusions) -> None:
    found = conclusions(
        "\u201cBy blocking the clotting signal, aspirin helps vessels stay open,\u201d said Dr. Ann Park, the "
        "study\u2019s lead author.",
        "\u201cAspirin prevented strokes in our patients,\u201d Park said.")
    assert found == ["Aspirin prevented strokes in our patients"]


# Conclusions as unseen trial news writes them (issue 11): statements of how a treatment works,
# said by the trial's people in narration, and a paper's title quoted after "an article detailing
# these findings", are no conclusions.

METHODS = "Each patient was seen every three months by a nurse at the clinic."


@pytest.mark.parametrize("sentence", [
    pytest.param("These drugs work by thinning the blood, thereby reducing the risk of strokes, the researchers said.",
                 id="these-drugs-work-by"),
    pytest.param("The pills act on the lining of the vessels and so lower the risk of clots, the investigators noted.",
                 id="the-pills-act-on"),
    pytest.param("The gel differs from older ones in that it works by gently cooling the skin, the investigators said.",
                 id="works-by-an-adverb-and-a-gerund"),
])
def test_how_a_treatment_works_told_by_the_researchers_is_background(conclusions, sentence: str) -> None:
    assert conclusions(METHODS, sentence) == []


def test_a_mechanism_with_a_quoted_gerund_said_by_the_lead_author_is_background(conclusions) -> None:
    found = conclusions('"Aspirin prevented strokes in our patients," said Dr. Ann Park, the study\u2019s lead author.',
                        "In her view, the tablet works by \u201ccalming\u201d sticky platelets in older adults, Park added.")
    assert found == ["Aspirin prevented strokes in our patients"]


def test_a_finding_beside_how_the_treatment_works_is_kept(conclusions) -> None:
    sentence = "Our study shows that aspirin works by thinning the blood and reduced strokes, the researchers said."
    assert conclusions(METHODS, sentence) == [sentence.rstrip(".")]


def test_a_title_quoted_after_an_article_detailing_the_findings_is_no_conclusion(conclusions) -> None:
    found = conclusions('"Our research demonstrates that aspirin lowers strokes," said Dr. Ann Park, who led the study.',
                        'An article detailing these findings, "Aspirin Lowers Stroke Risk in Older Adults: a five-year '
                        'comparison with placebo," has been published in the Journal of Rural Dentistry.')
    assert not any(text.startswith("Aspirin Lowers Stroke Risk") for text in found)


def test_the_work_by_its_authors_is_no_mechanism(conclusions) -> None:
    quote = "This work by Park and the clinic nurses makes a good case for aspirin in older adults"
    found = conclusions(METHODS, f'"{quote}," said Dr. Ann Park, the study\u2019s lead author.')
    assert quote in found


# What a treatment or the body can do in general ("can reduce", "the potential to help", "capable
# of preventing"), said by the trial's people, is background, not what the trial showed; the team's
# own claim ("we can lower strokes") is kept.
LEAD_AUTHOR = "said Dr. Ann Park, the study\u2019s lead author."


@pytest.mark.parametrize("quote", [
    pytest.param("Clots are a common problem in older adults and can quietly reduce blood flow to the brain",
                 id="can-adverb-finding-word"),
    pytest.param("We are excited about the potential to help older adults avoid strokes",
                 id="potential-to"),
    pytest.param("Heparin is an old injection capable of preventing many kinds of clots", id="capable-of"),
])
def test_what_something_can_do_said_by_the_lead_author_is_background(conclusions, quote: str) -> None:
    assert conclusions(METHODS, f"\u201c{quote},\u201d {LEAD_AUTHOR}") == []


def test_the_teams_claim_of_what_it_can_do_is_kept(conclusions) -> None:
    quote = "This gives strong evidence that we can reduce strokes in older adults"
    assert conclusions(METHODS, f"\u201c{quote},\u201d {LEAD_AUTHOR}") == [quote]


def test_a_finding_beside_a_capability_is_kept(conclusions) -> None:
    quote = "Clots can block vessels, and aspirin reduced strokes in older adults"
    assert conclusions(METHODS, f"\u201c{quote},\u201d {LEAD_AUTHOR}") == [quote]


# A finding stated in words with the trial's people, counted in words, as its subject: kept where
# the people's predicate states it, with no number of a result; not what the people were at the start.
@pytest.mark.parametrize("sentence, kept", [
    pytest.param("After a year of treatment, most patients had improved mobility.", True, id="time-frame-then-subject"),
    pytest.param("By the end, nearly all of the patients had improved vision.", True, id="nearly-all-of-the"),
    pytest.param("All patients enrolled had no relapse during an extended period of monitoring.", False,
                 id="finding-word-far-from-subject"),
    pytest.param("Most patients improved by 40% over the year.", False, id="a-value-of-a-result"),
    pytest.param("Most patients may have improved mobility.", False, id="hedged"),
])
def test_a_finding_of_the_trials_people_counted_in_words(conclusions, sentence: str, kept: bool) -> None:
    found = conclusions(METHODS, sentence)
    assert found == ([sentence.rstrip(".")] if kept else [])


@pytest.mark.parametrize("sentence", [
    pytest.param("Three years later, most patients remained free of strokes.", id="remained-free-of"),
    pytest.param("After the last dose, most of the volunteers stayed in remission.", id="stayed-in-remission"),
])
def test_the_trials_people_counted_in_words_remained_well(conclusions, sentence: str) -> None:
    assert conclusions(METHODS, sentence) == [sentence.rstrip(".")]




@pytest.mark.parametrize(("sentence", "kept"), [
    pytest.param("After two years, those who took the tablets had fewer falls than the others.", True, id="those-who-took"),
    pytest.param("Women given the tablets reported an improvement in their walking speed.", True, id="women-given"),
    pytest.param("Falls were rarer among patients who were randomized to the daily tablets.", True, id="among-people-who-were"),
    pytest.param("People who take the tablets every day have fewer falls.", False, id="present-tense-is-general"),
    pytest.param("Patients who took the tablets may have fewer falls.", False, id="hedged"),
    pytest.param("Did those who took the tablets have fewer falls?", False, id="a-question"),
    pytest.param("Falls were 3 times rarer in those who took the tablets.", False, id="a-value-is-a-result"),
])
def test_a_finding_in_words_of_a_group_named_by_what_it_received(conclusions, sentence: str, kept: bool) -> None:
    # (after two sentences of method, so that the opening after the lede does not read it)
    found = conclusions("Each visit took about an hour at the clinic.", "Nurses measured walking speed at every visit.",
                        sentence)
    assert (sentence.rstrip(".?") in found) is kept, found


@pytest.mark.parametrize(("sentence", "kept"), [
    pytest.param("The investigators also noted that no serious side effects were seen in the walking group.", True, id="investigators-noted-safety"),
    pytest.param("They found the daily tablets reduced falls more than the dummy pills after a year.", True, id="they-found"),
    pytest.param("Garcia and her colleagues found that walking speed improved in the older volunteers.", True, id="name-and-colleagues"),
    pytest.param("The researchers did not observe any side effects.", True, id="did-not-observe-side-effects"),
    pytest.param("They reported that the tablets helped them sleep better.", False, id="they-reported-is-the-patients"),
    pytest.param("The researchers noted that more studies are needed before the tablets can be recommended.", False, id="a-caveat"),
    pytest.param("The researchers found a 27% lower risk of falls and a 31% lower risk of fractures.", False, id="numbers-are-a-result"),
    pytest.param("The authors noted that falls are common in older people.", False, id="background"),
])
def test_a_finding_said_as_the_teams(conclusions, sentence: str, kept: bool) -> None:
    found = conclusions("Each visit took about an hour at the clinic.", "Nurses measured walking speed at every visit.",
                        sentence)
    assert (sentence.rstrip(".?") in found) is kept, found


def test_sentence_scanners_match_as_their_patterns() -> None:
    """The whole-text scanners of the sentence readers find exactly what their patterns find."""
    from trialnews.facts import conclusions

    text = ("Those who took the tablets had fewer falls. The researchers also found that patients given "
            "the patch slept longer. They found no harm. Most participants remained in remission, and the "
            "findings are promising. Women who were assigned to the diet lost weight.")
    for pattern in (conclusions._GROUP_SUBJECT, conclusions._TEAM_FINDING, conclusions._PARTICIPANT_SUBJECT,
                    conclusions._WORK_JUDGEMENT):
        scanner = conclusions._scanner(pattern)
        assert scanner is not None
        expected = [(match.start(), match.end()) for match in pattern.finditer(text)]
        assert expected
        assert [(start, end) for start, end, _ in scanner.finditer(text)] == expected


# -- Who speaks a quote, resolved across the article (conclusions18) ----------------------------------

LEAD_AUTHOR_QUOTE = '"Aspirin prevented strokes in our trial," said Dr. Ann Berg, lead author of the study.'


@pytest.mark.parametrize("paragraphs", [
    pytest.param(("Dr. Omar Haddad, who has no ties to the trial, is a neurologist at a city hospital.",
                  '"The drop in strokes with aspirin was large and the trial was well run," he said.'),
                 id="full-name-with-outside-cue-no-speech-verb"),
    pytest.param(("(Haddad, a neurologist at a city hospital, was not involved in the research.)",
                  '"The drop in strokes with aspirin was large and the trial was well run," he said.'),
                 id="surname-with-apposition-and-outside-cue"),
    pytest.param(("Dr. Omar Haddad, who has no ties to the trial, is a neurologist at a city hospital.",
                  '"The drop in strokes with aspirin was large and the trial was well run."'),
                 id="unattributed-quote-after-an-outside-voice"),
    pytest.param(("Omar Haddad, a neurologist at Lakeside Hospital, said the trial was well designed.",
                  '"The drop in strokes with aspirin was large," he said.'),
                 id="named-speaker-with-no-role-in-the-trial"),
])
def test_a_pronoun_quote_after_someone_not_of_the_trial_is_theirs(conclusions, paragraphs) -> None:
    found = conclusions(LEAD_AUTHOR_QUOTE, *paragraphs)
    assert "Aspirin prevented strokes in our trial" in found
    assert not any("drop in strokes" in text for text in found)


@pytest.mark.parametrize("paragraphs", [
    pytest.param(("Berg said the study took four years.",
                  '"The drop in strokes with aspirin was large," she said.'),
                 id="the-same-author-named-between"),
    pytest.param(("An independent data board checked the trial every six months.",
                  '"The drop in strokes with aspirin was large," she said.'),
                 id="an-outside-word-that-names-no-one"),
    pytest.param(('Aspirin is sold as a "low-dose" tablet in most countries.',
                  '"The drop in strokes with aspirin was large," she said.'),
                 id="a-term-quoted-inside-a-sentence"),
])
def test_a_pronoun_quote_stays_the_lead_authors(conclusions, paragraphs) -> None:
    found = conclusions(LEAD_AUTHOR_QUOTE, *paragraphs)
    assert "The drop in strokes with aspirin was large" in found


def test_a_name_after_a_preposition_is_the_speakers_institution(conclusions) -> None:
    # the speaker is Dr Maria Lopez, an officer of a charity, not the charity itself (whose name also
    # stands beside the trial's role in another sentence)
    found = conclusions("The trial was led by a team that Heart Fund Scotland paid for.",
                        "Dr Maria Lopez, a press officer at Heart Fund Scotland, said: "
                        '"This trial is exciting because aspirin could help many more older people."')
    assert not any("exciting" in text for text in found)


@pytest.mark.parametrize("quote", [
    pytest.param('"The results of a larger trial should be available within two years," said Dr. Ann Berg, '
                 "lead author of the study.", id="should-be-available"),
    pytest.param('"We are waiting for the larger phase 3 trial to finish before we advise anyone," said Dr. Ann '
                 "Berg, lead author of the study.", id="waiting-on-the-results"),
])
def test_results_still_to_come_are_no_conclusion(conclusions, quote: str) -> None:
    assert conclusions(quote) == []
