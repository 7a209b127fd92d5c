"""The ``trialnews`` command, through ``typer.testing.CliRunner`` on ``trialnews.cli.app``:
``schema``, ``extract``, ``eval``, ``run`` and every command's ``--help``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from trialnews.cli import app
from trialnews.reading.reader import read_article
from trialnews.record import Record

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = "000_fb80bf342d3ab39c"
SEED_TEXT = CORPUS / f"{SEED}.txt"
SEED_GOLD = CORPUS / f"{SEED}.gold.json"
#: The top-level fields of a record, as RECORD.md lists them.
RECORD_FIELDS = {"schema_version", "source", "article", "trial", "arms", "sample_sizes", "endpoints", "results",
                 "comparisons", "conclusions", "citation", "warnings"}
#: The commands RECORD.md and the README promise; others may be added.
CORE_COMMANDS = ("extract", "eval", "schema", "run")
EXIT_SOME_FAILED = 1

ARTICLE = """Aspirin Cuts Stroke Risk in Older Adults
By Jane Doe - March 3, 2021

Patients were randomized to receive aspirin (n=150) or placebo (n=149). The primary endpoint was stroke.
Stroke occurred in 4% and 6% of patients in the aspirin and placebo groups, respectively (P=.03).
"""


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def command_names() -> list[str]:
    names = []
    for command in app.registered_commands:
        names.append(command.name or command.callback.__name__.replace("_", "-"))
    return names


# -- schema ----------------------------------------------------------------------------------------

def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if "$ref" in node else []
        return own + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


def test_schema_prints_the_record_json_schema(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert schema["type"] == "object"
    assert set(schema["properties"]) == RECORD_FIELDS
    assert schema["additionalProperties"] is False
    assert "source" in schema["required"]
    definitions = schema["$defs"]
    refs = _refs(schema)
    assert refs
    assert all(ref.startswith("#/$defs/") and ref.removeprefix("#/$defs/") in definitions for ref in refs)
    assert {"Arm", "Result", "Comparison", "Evidence"} <= set(definitions)


# -- extract ---------------------------------------------------------------------------------------

def test_extract_leaves_the_collector_as_it_found_it(runner: CliRunner, tmp_path: Path) -> None:
    # the command pauses the garbage collector while it builds what lives as long as the process,
    # and puts it back as it was: a caller that had turned it off finds it off
    import gc

    article = tmp_path / "aspirin.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    gc.disable()
    try:
        result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "out.jsonl"), "--quiet"])
        assert result.exit_code == 0, result.output
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extract_one_file(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "aspirin.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(article), "-o", str(output), "--quiet"])
    assert result.exit_code == 0, result.output
    records = read_jsonl(output)
    assert len(records) == 1
    record = records[0]
    assert record["source"]["path"] == str(article)
    assert record["article"]["title"] == "Aspirin Cuts Stroke Risk in Older Adults"
    assert {arm["label"] for arm in record["arms"]} == {"aspirin", "placebo"}
    Record.model_validate(record, context={"text": read_article(article).text})
    assert read_jsonl(tmp_path / "out.errors.jsonl") == []
    assert not (tmp_path / "errors.jsonl").exists()  # a second run writing other.jsonl here cannot collide


def test_extract_folder_and_missing_path(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "aspirin.txt").write_text(ARTICLE, encoding="utf-8")
    missing = tmp_path / "no-such-article.txt"
    output = tmp_path / "out" / "records.jsonl"
    result = runner.invoke(app, ["extract", str(folder), str(missing), "-o", str(output), "--quiet"])
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    assert [Path(r["source"]["path"]).name for r in read_jsonl(output)] == ["aspirin.txt"]
    errors = read_jsonl(output.with_name("errors.jsonl"))
    assert [(e["path"], e["code"]) for e in errors] == [(str(missing), "E001")]
    assert str(missing) in errors[0]["reason"]


# -- eval ------------------------------------------------------------------------------------------

def test_eval_corpus(runner: CliRunner) -> None:
    result = runner.invoke(app, ["eval", str(CORPUS)])
    assert result.exit_code == 0, result.output
    assert "micro F1 1.000" in result.output


def test_eval_below_min_f1_exits_1(runner: CliRunner) -> None:
    result = runner.invoke(app, ["eval", str(CORPUS), "--min-f1", "1.01"])
    assert result.exit_code == 1
    assert "below --min-f1" in result.output


def test_eval_json_scores(runner: CliRunner, tmp_path: Path) -> None:
    scores = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", str(CORPUS), "--json", str(scores)])
    assert result.exit_code == 0, result.output
    data = json.loads(scores.read_text(encoding="utf-8"))
    assert (data["articles"], data["micro_f1"]) == (1, 1.0)


@pytest.fixture
def seed_records(runner: CliRunner, tmp_path: Path) -> Path:
    """The seed article's record, written by ``extract``."""
    output = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", str(SEED_TEXT), "-o", str(output), "--quiet"])
    assert result.exit_code == 0, result.output
    return output


def test_eval_with_records_file(runner: CliRunner, seed_records: Path) -> None:
    result = runner.invoke(app, ["eval", str(CORPUS), "--records", str(seed_records)])
    assert result.exit_code == 0, result.output
    assert "micro F1 1.000" in result.output


def test_eval_verbose_lists_misses(runner: CliRunner, seed_records: Path) -> None:
    """A record without its placebo arm: ``--verbose`` names the missed arm and its article."""
    record = read_jsonl(seed_records)[0]
    record["arms"] = [arm for arm in record["arms"] if arm["label"] != "placebo"]
    assert len(record["arms"]) == 1
    seed_records.write_text(json.dumps(record) + "\n", encoding="utf-8")
    quiet = runner.invoke(app, ["eval", str(CORPUS), "--records", str(seed_records)])
    verbose = runner.invoke(app, ["eval", str(CORPUS), "--records", str(seed_records), "--verbose"])
    assert (quiet.exit_code, verbose.exit_code) == (0, 0)
    assert "micro F1 1.000" not in verbose.output
    misses = [line for line in verbose.output.splitlines() if line.startswith("miss")]
    assert len(misses) == 1
    assert SEED in misses[0] and "arms" in misses[0] and "placebo" in misses[0]
    assert not any(line.startswith("miss") for line in quiet.output.splitlines())


def test_eval_missing_folder_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "E206" in result.output


# -- run -------------------------------------------------------------------------------------------

def test_run_writes_records(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_TEXT, corpus)
    shutil.copy(SEED_GOLD, corpus)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", "--corpus", str(corpus), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    records = read_jsonl(out / "records.jsonl")
    assert [Path(r["source"]["path"]).name for r in records] == [SEED_TEXT.name]
    Record.model_validate(records[0], context={"text": read_article(corpus / SEED_TEXT.name).text})
    assert read_jsonl(out / "errors.jsonl") == []


# -- help ------------------------------------------------------------------------------------------

def test_core_commands_are_registered() -> None:
    assert set(CORE_COMMANDS) <= set(command_names())


def test_app_help(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    assert all(name in result.output for name in CORE_COMMANDS)


@pytest.mark.parametrize("command", command_names())
def test_command_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    assert command in result.output


# -- Bad input to eval and extract: coded errors, exit status 2 (issue 15, item 12) ----------------

EXIT_USAGE = 2


def _gold_folder(tmp_path: Path, gold: dict[str, Any]) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


BAD_EVAL_INPUTS = [
    pytest.param({"arms": "x"}, None, "E205", "'arms' must be a list of objects", id="gold-arms-a-string"),
    pytest.param({"citation": [1]}, None, "E205", "'citation' must be an object or null", id="gold-citation-a-list"),
    pytest.param({"results": [1, 2]}, None, "E205", "'results' must be a list of objects", id="gold-results-numbers"),
    pytest.param({"arms": []}, '{"a": 1}\n', "E203", "line 1: it has no source.path", id="records-line-not-a-record"),
    pytest.param({"arms": []}, '{"source": {"path": "a.txt"}, "arms": 3}\n', "E203", "line 1: 'arms' must be",
                 id="records-arms-a-number"),
]


@pytest.mark.parametrize(("gold", "records", "code", "reason"), BAD_EVAL_INPUTS)
def test_eval_of_malformed_input_is_a_coded_error(runner: CliRunner, tmp_path: Path, gold: dict[str, Any],
                                                  records: str | None, code: str, reason: str) -> None:
    """Not a traceback, and not exit status 1 (which says: F1 below --min-f1)."""
    folder = _gold_folder(tmp_path, gold)
    arguments = ["eval", str(folder)]
    if records is not None:
        (tmp_path / "records.jsonl").write_text(records, encoding="utf-8")
        arguments += ["--records", str(tmp_path / "records.jsonl")]
    result = runner.invoke(app, arguments)
    assert result.exit_code == EXIT_USAGE, result.output
    said = " ".join(result.output.split())  # rich wraps the message at the terminal's width
    assert code in said and reason in said
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_eval_json_into_a_missing_folder_is_e207(runner: CliRunner, tmp_path: Path) -> None:
    folder = _gold_folder(tmp_path, {"arms": []})
    result = runner.invoke(app, ["eval", str(folder), "--json", str(tmp_path / "no" / "such" / "scores.json")])
    assert result.exit_code == EXIT_USAGE, result.output
    assert "E207" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_extract_to_a_full_disk_is_e207(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", "/dev/full",
                                 "--errors", str(tmp_path / "errors.jsonl"), "-q"])
    assert result.exit_code == EXIT_USAGE, result.output
    assert "E207" in result.output and "/dev/full" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_resume_on_a_corrupt_middle_line_says_how_to_repair(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / "in" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "in" / f"{name}.txt").write_text(ARTICLE.replace("Jane Doe", f"Writer {name}"), encoding="utf-8")
    output = tmp_path / "records.jsonl"
    assert runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(output), "-q"]).exit_code == 0
    lines = output.read_text(encoding="utf-8").splitlines()
    output.write_text("\n".join([lines[0], lines[1][:40], lines[2]]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(output), "--resume", "-q"],
                           env={"COLUMNS": "400"})
    assert result.exit_code == EXIT_USAGE, result.output
    assert "E211" in result.output and "line 2 is not JSON" in result.output
    assert f"head -n 1 {output}" in " ".join(result.output.split())
