"""Conclusions: a finding of the trial the article states in the body, in words (issue 11).

Unseen stories state most of their findings so, with no cue a reader of the lede, of quotes or of
verdicts knows: the trial's people, arms or outcomes, what happened to them, in the past, and no
number. The decision (``facts/conclusions.py``, ``_body_finding``) keeps such a sentence and leaves
out methods, background in the present tense, a single person's story, other trials, hedges and
results with their values. Each case runs the whole pipeline on a small article written for the
test; each class has a sentence the rule keeps beside one it leaves out."""

from __future__ import annotations

import pytest

from trialnews.evaluation.scoring import CONCLUSION_JACCARD, jaccard, words

from .helpers import ASPIRIN_OR_PLACEBO, NEUTRAL_LEDE, article

#: A second paragraph of methods, so the sentence under test is in the body, not the opening.
METHODS = "The volunteers took one tablet a day for two years and kept a diary of their symptoms."


def conclusions(run, sentence: str) -> list[dict]:
    return run(article(NEUTRAL_LEDE, ASPIRIN_OR_PLACEBO, METHODS, sentence))["conclusions"]


def kept(found: list[dict], statement: str) -> bool:
    return any(jaccard(words(c["text"]), words(statement)) >= CONCLUSION_JACCARD for c in found)


@pytest.mark.parametrize(("sentence", "is_kept"), [
    # the trial's people, what happened to them, in the past, no number: the article's finding
    pytest.param("Participants reported fewer headaches and better sleep by the end of the trial.", True,
                 id="people-reported-fewer"),
    pytest.param("Those in the placebo group experienced more dizzy spells over the same two-year period.", True,
                 id="group-more-over-a-period"),
    pytest.param("Patients on aspirin had less bleeding than expected.", True, id="arm-had-less"),
    pytest.param("The response was long-lasting for most patients.", True, id="response-long-lasting"),
    pytest.param("Aspirin outperformed placebo at the one- and two-year time points.", True,
                 id="outperformed-at-time-points"),
    pytest.param("The patients given placebo did not improve their walking speed.", True, id="did-not-improve"),
    # the same words in the present: how things are in general, not what the trial found
    pytest.param("Patients with heart disease have an increased risk of bleeding when they take aspirin.", False,
                 id="present-background"),
    pytest.param("It's a benefit that most patients never notice.", False, id="present-contraction"),
    # a value makes it a result; a duration with a comparative or after "by" is a value
    pytest.param("Patients on aspirin had 12 fewer dizzy spells than those on placebo.", False, id="number-value"),
    pytest.param("Patients on aspirin walked an average of 2.4 months longer without pain.", False,
                 id="duration-value"),
    # one person's story, what the team did, an earlier trial, a hedge
    pytest.param("She had taken aspirin for years with little improvement in her symptoms.", False, id="one-person"),
    pytest.param("Patients were randomly assigned to aspirin after the researchers measured their improvement.",
                 False, id="method"),
    pytest.param("An earlier trial of aspirin showed a similar reduction in patients with diabetes.", False,
                 id="earlier-trial"),
    pytest.param("Patients on aspirin may have had fewer headaches.", False, id="hedged"),
    pytest.param("Patients on aspirin will have fewer headaches if the results hold.", False, id="future"),
    # the team's or the people's doing before any finding: the methods, though a finding word follows
    pytest.param("The researchers asked the volunteers about their mood and measured their responses to aspirin.",
                 False, id="method-verbs-first"),
    pytest.param("Participants filled in a diary each evening and the team calculated how much their pain improved.",
                 False, id="people-did-first"),
    # ... but a participle after an adverb is an adjective, no method
    pytest.param("Patients who took aspirin, the most commonly used painkiller, reported fewer headaches.", True,
                 id="adverb-used-adjective"),
    # a verb of the present in -s before its object: how a treatment works, not what the trial found
    pytest.param("Aspirin plays a part in how patients recovered from strokes.", False, id="present-s-verb"),
    pytest.param("In older patients, aspirin increases the benefit the patients had from exercise.", False,
                 id="present-s-verb-after-opening"),
    # ... a plural noun after a verb in the past is no such verb
    pytest.param("Patients on aspirin showed improvements the doctors had not expected.", True,
                 id="plural-after-adjective"),
    # one person's word
    pytest.param("I was taken aback by the patients' response.", False, id="first-person"),
])
def test_body_finding(run, sentence: str, is_kept: bool) -> None:
    """A kept sentence is in the record; a left-out one is not proposed by this decision (another reader,
    such as the worded finding of an arm, may read it its own way: that is not this decision's)."""
    found = conclusions(run, sentence)
    if not is_kept:
        found = [c for c in found if c["evidence"]["rule"] == "conclusion:source_finding"]
    assert kept(found, sentence) is is_kept
    if is_kept:
        item = next(c for c in found if jaccard(words(c["text"]), words(sentence)) >= CONCLUSION_JACCARD)
        assert item["attribution"] == "article"


def test_body_finding_names_its_reader(run) -> None:
    """A finding only this decision proposes says so in its rule."""
    found = conclusions(run, "Participants reported fewer headaches and better sleep by the end of the trial.")
    assert [c["evidence"]["rule"] for c in found] == ["conclusion:source_finding"]


def test_body_finding_needs_the_trial_named(run) -> None:
    """A finding word in the past about nothing the trial is about is no finding of the trial."""
    assert not kept(conclusions(run, "The weather improved over the summer and the harvest was better."),
                    "The weather improved over the summer and the harvest was better.")


#: A body whose third paragraph reports a result with its numbers, after an opening of methods.
TAKEN = ("The researchers found that 30 percent of patients on aspirin had a stroke, compared with 45 percent "
         "of those on placebo.")


def test_result_with_taken_values_is_no_conclusion(run) -> None:
    """A sentence of the body whose values the record's results took reports that result: the record
    holds it as results, not again as a conclusion; the same words in a quote stay the speaker's."""
    record = run(article(NEUTRAL_LEDE, ASPIRIN_OR_PLACEBO, METHODS, "The volunteers were seen every three months.",
                         TAKEN))
    assert {r["value"] for r in record["results"]} >= {30.0, 45.0}
    assert not kept(record["conclusions"], TAKEN)


def test_result_after_the_methods_is_no_headline(run) -> None:
    """In a short article the result stands in the first characters, but after the methods: the headline
    zone ends at the first sentence of methods (session 31, lede31), so the result stays a result."""
    record = run(article("Aspirin may protect older adults after a stroke, a new study suggests.", ASPIRIN_OR_PLACEBO,
                         "The trial enrolled adults at 40 hospitals in Europe between 2015 and 2019.", TAKEN))
    assert {r["value"] for r in record["results"]} >= {30.0, 45.0}
    assert not kept(record["conclusions"], TAKEN)
