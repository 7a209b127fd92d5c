"""Conclusions in news chosen by a linear score over named features (issues 11 and 12).

The sources and predicates of ``trialnews.facts.conclusions`` give every statement named features;
the weights, bias and threshold are data (``patterns/conclusion_weights.json``, the cascade's reading;
``patterns/conclusion_weights_trained.json``, trained on news-dev and dev2 by ``bench/train_conclusions.py``).
Every sentence here is written for the test (none is copied from a data set).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trialnews.errors import TrialnewsError
from trialnews.facts import conclusions
from trialnews.facts.common import state
from trialnews.facts.conclusions import FEATURES, Candidate, Settings
from trialnews.nlp import make_nlp, run_through

from bench_scripts import bench_script

from .helpers import article

ROOT = Path(__file__).resolve().parents[2]
TRAINED = "conclusion_weights_trained.json"

LEDE_FINDING = ("A daily aspirin cut the risk of a first stroke by a third in adults over 70, according to a new "
                "study of 3,000 patients published on Monday.")
METHODS = "Patients were randomized to aspirin or placebo and followed for five years at 40 hospitals."
BACKGROUND = "Some 95,000 people in Britain suffer a stroke every year, according to a national charity."
OUTSIDER = ("\u201cI would not change my practice on the basis of this one trial of aspirin,\u201d said Tom Klein, "
            "a heart doctor at Bay University who has no ties to the trial.")
PLAN = "The researchers plan to start a larger phase 3 trial of aspirin next year in several countries."
FINDING = "Aspirin also reduced the number of heart attacks compared with placebo in the trial, the team found."


#: The component whose doc the tests read (the record component, later, clears its spans).
CONCLUSIONS = "trialnews_conclusions"


def through_conclusions(nlp, text: str):
    """The doc as the conclusions component leaves it."""
    return run_through(nlp, text, CONCLUSIONS)


def chosen(nlp, text: str, weights: str) -> list[str]:
    doc = through_conclusions(nlp, text)
    conclusions.extract(doc, Settings(weights=weights))
    return [c["text"] for c in state(doc)["conclusions"]]


def candidate_with(nlp, text: str, sentence: str) -> Candidate:
    found = [c for c in conclusions.candidates(through_conclusions(nlp, text))
             if sentence.rstrip(".") in text[c.start:c.end] or text[c.start:c.end] in sentence]
    assert found, sentence
    return found[0]


STORY = article(LEDE_FINDING, METHODS, BACKGROUND, OUTSIDER, PLAN, FINDING)


@pytest.mark.parametrize(("sentence", "present", "absent"), [
    pytest.param(LEDE_FINDING, {"source_lede", "proposed", "finding", "lede"}, {"veto_background", "veto_plan"},
                 id="lede-finding"),
    pytest.param(BACKGROUND, {"veto_background"}, {"source_lede"}, id="background"),
    pytest.param(OUTSIDER, {"veto_outside", "has_quote", "speech"}, {"proposed", "source_quote"}, id="outside-expert"),
    pytest.param(PLAN, {"veto_plan"}, {"source_lede"}, id="plan"),
    pytest.param(FINDING, {"source_worded", "proposed", "worded_finding", "arm"}, {"veto_plan", "veto_background"},
                 id="worded-finding"),
])
def test_features_of_a_statement(nlp, sentence: str, present: set[str], absent: set[str]) -> None:
    features = candidate_with(nlp, STORY, sentence).features
    assert present <= set(features), sorted(features)
    assert not absent & set(features), sorted(features)
    assert set(features) <= set(FEATURES) and all(v == 1.0 for v in features.values())


@pytest.mark.parametrize(("setting", "feature", "small", "large"), [
    pytest.param("lede_position", "lede", False, True, id="lede"),
    pytest.param("opening_position", "opening", False, True, id="opening"),
    pytest.param("long_statement_words", "long", True, False, id="long"),
])
def test_position_and_length_features_follow_the_component_settings(nlp, setting: str, feature: str, small: bool,
                                                                    large: bool) -> None:
    doc = through_conclusions(nlp, STORY)
    for value, holds in ((0, small), (1000, large)):
        found = conclusions.candidates(doc, Settings(**{setting: value}))
        assert found and {feature in c.features for c in found} == {holds}, (value, feature)
    assert nlp.config["components"][CONCLUSIONS][setting] == getattr(Settings(), setting)


def test_the_options_of_features_are_keyword_only(nlp) -> None:
    doc = through_conclusions(nlp, STORY)
    candidate = conclusions.candidates(doc)[0]
    with pytest.raises(TypeError):
        conclusions.features(doc, candidate, Settings())  # type: ignore[misc]
    assert conclusions.features(doc, candidate, settings=Settings()) == candidate.features


@pytest.mark.parametrize("weights", [conclusions.WEIGHTS, TRAINED])
def test_scorer_keeps_the_finding_and_leaves_out_background_outsider_and_plan(nlp, weights: str) -> None:
    found = chosen(nlp, STORY, weights)
    assert any("cut the risk of a first stroke" in text for text in found)
    assert not any("95,000" in text or "not change my practice" in text or "plan to start" in text for text in found)


def test_cascade_weights_keep_a_lede_despite_a_veto_but_no_other_sentence(nlp) -> None:
    """The default weights read as the cascade did: a veto puts a statement out unless it is the lede."""
    lede_with_plan = ("Aspirin cut strokes by a third in a new study of older adults, and the researchers plan to "
                      "start a larger trial next year.")
    found = chosen(nlp, article(lede_with_plan, METHODS, PLAN, FINDING), conclusions.WEIGHTS)
    assert any("cut strokes by a third" in text for text in found)
    assert not any(text.startswith("The researchers plan") for text in found)


def test_rule_names_the_top_source(run) -> None:
    record = run(STORY)
    rules = {c["evidence"]["rule"] for c in record["conclusions"]}
    assert "conclusion:source_lede" in rules
    assert all(rule.startswith("conclusion:source_") for rule in rules)


def test_select_takes_the_higher_score_of_two_overlapping_statements_and_respects_threshold_and_cap() -> None:
    a = Candidate(0, 50, "article", ["cue"], features={"source_cue": 1.0})
    b = Candidate(10, 40, "investigators", ["quote"], features={"source_quote": 1.0})
    c = Candidate(60, 90, "article", [], features={"finding": 1.0})
    model = (0.0, 0.5, {"source_cue": 1.0, "source_quote": 2.0, "finding": 0.4})
    assert [(x.start, x.top) for x in conclusions.select([a, b, c], model, cap=10)] == [(10, "source_quote")]
    assert conclusions.select([a, c], (0.0, 0.3, {"source_cue": 1.0, "finding": 0.4}), cap=1) == [a]


@pytest.mark.parametrize("name", [conclusions.WEIGHTS, TRAINED])
def test_weights_files_load_and_name_only_known_features(name: str) -> None:
    bias, threshold, weights = conclusions.load_weights(name)
    assert set(weights) <= set(FEATURES) and weights
    data = json.loads((ROOT / "patterns" / name).read_text(encoding="utf-8"))
    assert data["comment"] and data["bias"] == bias and data["threshold"] == threshold


@pytest.mark.parametrize("content", [
    {"bias": 0.0, "threshold": 0.0},  # no weights
    {"bias": 0.0, "threshold": 0.0, "weights": {"no_such_feature": 1.0}},
    {"bias": "x", "threshold": 0.0, "weights": {}},
])
def test_a_bad_weights_file_is_a_coded_error(monkeypatch, content: dict) -> None:
    monkeypatch.setattr(conclusions, "load_json", lambda name: content)
    conclusions.load_weights.cache_clear()
    try:
        with pytest.raises(TrialnewsError) as error:
            conclusions.load_weights("bad.json")
        assert error.value.code == "E218"
    finally:
        conclusions.load_weights.cache_clear()


def _training_script():
    return bench_script("train_conclusions")


@pytest.mark.parametrize("component", [
    pytest.param("trialnews_conclusion", id="misspelt"),
    pytest.param("conclusions", id="without-prefix"),
])
def test_running_up_to_a_component_the_pipeline_lacks_is_a_coded_error(nlp, component: str) -> None:
    """Never the whole pipeline run instead (its record component clears the spans the facts read)."""
    with pytest.raises(TrialnewsError) as error:
        run_through(nlp, article(LEDE_FINDING, METHODS), component)
    assert error.value.code == "E219" and CONCLUSIONS in str(error.value)


def test_the_training_script_runs_up_to_a_component_of_the_pipeline(nlp) -> None:
    assert _training_script().COMPONENT in nlp.pipe_names


TINY = {
    "one": (article(LEDE_FINDING, METHODS, BACKGROUND, FINDING), [LEDE_FINDING, FINDING]),
    "two": (article("Older adults given a new flu vaccine had fewer infections than those given the usual vaccine, "
                    "a trial published on Tuesday found.", METHODS, PLAN,
                    "\u201cOur trial shows the new vaccine protects older people better,\u201d said Ann Berg, the "
                    "study's lead author."),
            ["Older adults given a new flu vaccine had fewer infections than those given the usual vaccine",
             "Our trial shows the new vaccine protects older people better"]),
}


def test_the_training_script_reads_the_component_s_settings() -> None:
    nlp = make_nlp()
    nlp.replace_pipe(CONCLUSIONS, CONCLUSIONS, config={"min_tokens": 40})
    assert _training_script().component_settings(nlp).min_tokens == 40


def test_training_script_writes_the_same_weights_twice_and_they_load(tmp_path: Path) -> None:
    folder = tmp_path / "dev"
    folder.mkdir()
    for name, (text, golds) in TINY.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {"conclusions": [{"text": g, "attribution": "article"} for g in golds]}
        (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    train = _training_script()
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    train.main([str(folder), "--out", str(first), "--l2", "1.0", "--prior", "zero"])
    train.main([str(folder), "--out", str(second), "--l2", "1.0", "--prior", "zero"])
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(FEATURES) and "Trained by bench/train_conclusions.py" in data["comment"]
    model = (data["bias"], data["threshold"], data["weights"])
    articles = train.read_folder(folder)
    tp, fp, fn = train.counts(articles, model)
    assert tp >= 3 and fp <= 1  # the tiny folder's own conclusions are learned back


# How conclusions are written in trial news: features the trained score weighs (the shipped weights
# do not), each tested on sentences written for the test.
WRITTEN_LEDE = ("A weekly injection cut the number of migraine days by half in adults with chronic migraine, "
                "a trial published on Monday found.")
WRITTEN_QUOTE = ("\u201cWe saw fewer migraine days in the injection group than in the placebo group,\u201d said "
                 "Dr. Ann Berg, the study's lead author.")
WRITTEN_PRESENT = ("\u201cThis is a real step forward for people who live with migraine,\u201d Berg said. "
                   "\u201cOur patients may finally have an option that works.\u201d")
WRITTEN_PAST = "Patients given the injection reported fewer headaches after 12 weeks than those given placebo."
WRITTEN = article(WRITTEN_LEDE, WRITTEN_QUOTE, WRITTEN_PRESENT, WRITTEN_PAST)


def features_of(nlp, text: str, words: str) -> set[str]:
    """The features of the candidate statement of ``text`` that holds ``words``."""
    found = [c for c in conclusions.candidates(through_conclusions(nlp, text)) if words in text[c.start:c.end]]
    assert found, words
    return set(found[0].features)


@pytest.mark.parametrize(("words", "present", "absent"), [
    pytest.param("cut the number of migraine days", {"paragraph_first", "names_condition"},
                 {"we", "modal", "first_quote", "present"}, id="lede"),
    pytest.param("We saw fewer migraine days", {"paragraph_first", "we", "first_quote", "names_condition"},
                 {"present", "modal", "number"}, id="first-quote"),
    pytest.param("This is a real step forward", {"paragraph_first", "present", "names_condition"},
                 {"first_quote", "we", "modal", "number"}, id="present-verdict"),
    pytest.param("Our patients may finally have", {"we", "modal"},
                 {"paragraph_first", "first_quote", "names_condition"}, id="second-sentence-hedged"),
    pytest.param("reported fewer headaches after 12 weeks", {"paragraph_first", "number"},
                 {"present", "we", "modal", "first_quote", "names_condition"}, id="past-with-number"),
])
def test_features_of_how_a_conclusion_is_written(nlp, words: str, present: set[str], absent: set[str]) -> None:
    features = features_of(nlp, WRITTEN, words)
    assert present <= features, sorted(features)
    assert not absent & features, sorted(features)


@pytest.mark.parametrize(("text", "expected"), [
    ("The pill is safe for most people.", True),
    ("It is effective in patients who have the disease.", True),
    ("These drugs don't help everyone.", True),
    ("The pill was safe for most people.", False),  # the past: what happened in the trial
    ("Patients who took the pill slept longer.", False),
])
def test_present_is_the_present_without_a_past(text: str, expected: bool) -> None:
    assert conclusions._present(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We found that the drug helped.", True),
    ("It helped our patients.", True),
    ("We're pleased with the result.", True),
    ("The drug helped them.", False),
    ("The Western diet was not studied.", False),  # "we" inside a word
])
def test_we_is_the_first_person_plural_as_a_word(text: str, expected: bool) -> None:
    assert bool(conclusions._WE.search(text)) is expected


def test_no_new_feature_is_weighed_by_the_shipped_weights() -> None:
    """The shipped weights are the cascade's reading: the features of how a conclusion is written are
    for the trained score only, so the default records do not change with them."""
    _, _, weights = conclusions.load_weights(conclusions.WEIGHTS)
    new = {"paragraph_first", "present", "number", "we", "modal", "names_condition", "first_quote"}
    assert new <= set(FEATURES) and not new & {name for name, w in weights.items() if w}


def _tiny_folder(path: Path, names: list[str]) -> Path:
    path.mkdir()
    for name in names:
        text, golds = TINY[name]
        (path / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {"conclusions": [{"text": g, "attribution": "article"} for g in golds]}
        (path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_training_script_pools_several_folders(tmp_path: Path) -> None:
    one, two = _tiny_folder(tmp_path / "one", ["one"]), _tiny_folder(tmp_path / "two", ["two"])
    out = tmp_path / "w.json"
    _training_script().main([str(one), str(two), "--out", str(out), "--l2", "1.0", "--prior", "zero"])
    assert "on 2 news articles" in json.loads(out.read_text(encoding="utf-8"))["comment"]


def test_cross_check_trains_on_each_folder_tests_on_the_other_and_writes_nothing(tmp_path: Path, capsys) -> None:
    one, two = _tiny_folder(tmp_path / "one", ["one"]), _tiny_folder(tmp_path / "two", ["two"])
    out = tmp_path / "w.json"
    _training_script().main(["--cross", str(one), str(two), "--out", str(out), "--l2", "1.0", "--prior", "zero"])
    printed = capsys.readouterr().out
    assert not out.exists()
    assert printed.count("(held out)") == 2 and printed.count("(seen)") == 2
    assert f"test {two} (held out)" in printed and f"test {one} (held out)" in printed
    assert printed.count("shipped tp fp fn") == 4
    assert printed.rstrip().splitlines()[-1].startswith("trained weights ")  # the verdict, either way
