"""The values the results fact reads and leaves out, each with its reason (``facts.results.LEFT_OUT``):
kept beside the record (``doc.user_data``), on each ``Outcome`` of ``extract_files``, and printed by
``trialnews show --left-out``. Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from trialnews.cli import app
from trialnews.engines.local import extract_files
from trialnews.facts.results import LEFT_OUT, left_out_of_record

ARTICLE = """New pill eases migraine, trial finds

About 12 percent of adults suffer from migraine, according to a patient foundation.
In the trial, 400 patients with migraine were randomly assigned to zolmitan or a placebo. After 12 weeks, pain had eased in 41 percent. Headaches stopped in 52 percent of the patients on zolmitan, compared with 20 percent of those on placebo.
"""


def _left_out(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {item["text"]: item["reason"] for item in doc.user_data[LEFT_OUT]}


def test_each_value_left_out_has_its_reason(nlp: Language) -> None:
    left = _left_out(nlp, ARTICLE)
    assert left["12 percent"] == "not-about-trial"  # how common the disease is: background
    assert left["41 percent"] == "groupless"  # two arms, and the sentence names neither
    assert left["12 weeks"] == "filtered-by-value-spans:time-point"  # "After 12 weeks": when, not a value


def test_kept_values_are_not_listed_and_the_record_keeps_no_trace(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    kept = {result["evidence"]["text"] for result in doc._.record["results"]}
    assert kept == {"52 percent", "20 percent"}
    assert not kept & {item["text"] for item in doc.user_data[LEFT_OUT]}
    assert LEFT_OUT not in doc._.record


def test_a_value_whose_outcome_is_not_told(nlp: Language) -> None:
    text = ("Tea extract trial\n\nIn the study, 60 adults took a green tea extract daily for a year. "
            "Of those who took it, 83 percent did so to the end.\n")
    assert _left_out(nlp, text)["83 percent"] == "no-outcome"


def test_outcomes_carry_the_left_out_values(tmp_path: Path) -> None:
    path = tmp_path / "migraine.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    outcome = next(iter(extract_files([path])))
    assert {item["text"]: item["reason"] for item in outcome.left_out}["41 percent"] == "groupless"
    assert all(path.read_text()[item["start"]:item["end"]] == item["text"] for item in outcome.left_out)


def test_show_left_out_prints_the_reasons(tmp_path: Path) -> None:
    path = tmp_path / "migraine.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    plain = CliRunner().invoke(app, ["show", str(path)])
    shown = CliRunner().invoke(app, ["show", "--left-out", str(path)])
    assert plain.exit_code == 0 and shown.exit_code == 0
    assert "groupless" not in plain.output
    assert "values left out of the results" in shown.output and "groupless" in shown.output
    assert "not-about-trial" in shown.output


@pytest.mark.parametrize("n_process", [2])
def test_left_out_values_come_back_from_workers(tmp_path: Path, n_process: int) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    outcomes = list(extract_files([tmp_path], n_process=n_process))
    assert [sorted(item["reason"] for item in outcome.left_out) for outcome in outcomes] == \
        [sorted(["not-about-trial", "groupless", "filtered-by-value-spans:time-point",
                 "not-a-result:assigned-share"])] * 2  # "400 patients ... were randomly assigned": a size


def test_a_change_between_groups_is_shown_as_a_comparison(nlp: Language) -> None:
    text = ("Statin trial\n\nIn the trial, 900 adults were randomly assigned to lovastatin or a placebo. "
            "Those on lovastatin had a 30 percent lower risk of stroke than those on placebo.\n")
    doc = nlp(text)
    item = next(item for item in doc.user_data[LEFT_OUT] if item["text"] == "30 percent")
    assert item["reason"] == "filtered-by-value-spans:between-groups-change"
    assert item["kept_as"] == "comparisons"


def test_a_result_the_assembler_drops_is_listed_with_why() -> None:
    kept = {"evidence": {"start": 10, "end": 13, "text": "41%", "rule": "percent"}}
    dropped = {"evidence": {"start": 40, "end": 43, "text": "12%", "rule": "percent"}}
    left = {"start": 60, "end": 63, "text": "7%", "label": "PERCENT", "rule": "percent", "reason": "groupless"}
    data = {"results": [kept, dropped], "results_left_out": [left]}
    record = {"results": [kept], "comparisons": [], "sample_sizes": []}
    assert [(item["text"], item["reason"], item["kept_as"]) for item in left_out_of_record(data, record)] == [
        ("12%", "dropped-when-assembled", None), ("7%", "groupless", None)]


def test_eval_verbose_says_why_a_gold_result_was_missed(tmp_path: Path) -> None:
    (tmp_path / "migraine.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {"results": [{"endpoint": "pain relief", "arm": "zolmitan", "value": 41, "unit": "%"}]}
    (tmp_path / "migraine.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    shown = CliRunner().invoke(app, ["eval", "-v", str(tmp_path)])
    assert shown.exit_code == 0
    miss = next(line for line in shown.output.splitlines() if line.startswith("miss") and '"value": 41' in line)
    assert "left out: groupless" in miss


WORDED = """Sleep app trial

In the trial, 300 adults with insomnia were randomly assigned to a sleep app or a leaflet. After eight weeks, about two-thirds of the patients slept better.
"""


def test_a_value_written_in_words_says_the_number_it_reads(nlp: Language) -> None:
    item = next(item for item in nlp(WORDED).user_data[LEFT_OUT] if item["text"] == "about two-thirds")
    assert (item["reason"], item["value"]) == ("groupless", 66.7)  # two arms, neither named


def test_eval_verbose_says_why_a_gold_value_in_words_was_missed(tmp_path: Path) -> None:
    (tmp_path / "sleep.txt").write_text(WORDED, encoding="utf-8")
    gold = {"results": [{"endpoint": "sleep", "arm": "sleep app", "value": [66.7, 66.67], "unit": "%"}]}
    (tmp_path / "sleep.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    shown = CliRunner().invoke(app, ["eval", "-v", str(tmp_path)])
    assert shown.exit_code == 0
    miss = next(line for line in shown.output.splitlines() if line.startswith("miss") and "66.7" in line)
    assert "left out: groupless" in miss
