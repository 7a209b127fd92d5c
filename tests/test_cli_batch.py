"""The batch commands through ``typer.testing.CliRunner``: extract (exit status, progress, summary),
table, review, show and run; and the progress bar on a (simulated) terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from rich.console import Console
from typer.testing import CliRunner

from trialnews.cli import app
from trialnews.engines.progress import EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, exit_status, run_with_progress
from trialnews.engines.batch import Summary
from trialnews.writers.table import COLUMNS

EXIT_USAGE = 2
TERMINAL_WIDTH = 120
WIDE = "250"  # columns, so that tables and paths are not wrapped

ARTICLE = """Zelvorin Slows Test Disease in Phase 3 Trial
By Test Writer - May 2, 2023

In the randomized, double-blind ZEL-3 trial, 240 patients with test disease were randomized to zelvorin (n=120) or placebo (n=120). The trial's primary endpoint: progression-free survival (PFS).

PFS at 12 months was 61.5% with zelvorin and 40.5% with placebo (P=.01).

"Zelvorin should be studied further," the authors concluded.
"""


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "zel.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "zel2.md").write_text(ARTICLE.replace("ZEL-3", "ZEL-4"), encoding="utf-8")
    return folder


@pytest.fixture
def records(runner: CliRunner, news: Path, tmp_path: Path) -> Path:
    output = tmp_path / "out" / "records.jsonl"
    result = runner.invoke(app, ["extract", str(news), "-o", str(output), "--quiet"])
    assert result.exit_code == EXIT_OK, result.output
    return output


# --- extract ---------------------------------------------------------------------------------

EXTRACT_CASES = [
    pytest.param({"zel.txt": ARTICLE}, EXIT_OK, id="all-good"),
    pytest.param({"zel.txt": ARTICLE, "empty.txt": ""}, EXIT_SOME_FAILED, id="some-failed"),
    pytest.param({"empty.txt": " \n"}, EXIT_SOME_FAILED, id="all-failed"),
    pytest.param({}, EXIT_USAGE, id="no-articles"),
]


@pytest.mark.parametrize(("files", "status"), EXTRACT_CASES)
def test_extract_exit_status(runner: CliRunner, tmp_path: Path, files: dict[str, str], status: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "records.jsonl")])
    assert result.exit_code == status, result.output
    if status == EXIT_USAGE:
        assert "E201" in result.output


def test_extract_summary_and_quiet(runner: CliRunner, news: Path, tmp_path: Path) -> None:
    loud = runner.invoke(app, ["extract", str(news), "-o", str(tmp_path / "a.jsonl")])
    quiet = runner.invoke(app, ["extract", str(news), "-o", str(tmp_path / "b.jsonl"), "--quiet"])
    assert (loud.exit_code, quiet.exit_code) == (EXIT_OK, EXIT_OK)
    for row in ("files read", "records written", "records with warnings", "files failed", "time"):
        assert row in loud.output
    assert "ETA" not in loud.output, "no progress bar when not on a terminal"
    assert quiet.output == ""


def test_extract_resume_without_output(runner: CliRunner, news: Path, tmp_path: Path) -> None:
    output = tmp_path / "fresh" / "records.jsonl"
    first = runner.invoke(app, ["extract", str(news), "-o", str(output), "--resume", "--quiet"])
    again = runner.invoke(app, ["extract", str(news), "-o", str(output), "--resume"])
    assert (first.exit_code, again.exit_code) == (EXIT_OK, EXIT_OK), first.output + again.output
    assert len(read_jsonl(output)) == 2
    assert "files skipped (done before)" in again.output


def test_extract_two_processes(runner: CliRunner, news: Path, tmp_path: Path, records: Path) -> None:
    output = tmp_path / "two.jsonl"
    result = runner.invoke(app, ["extract", str(news), "-o", str(output), "--n-process", "2", "--quiet"])
    assert result.exit_code == EXIT_OK, result.output
    assert read_jsonl(output) == read_jsonl(records)


# --- progress --------------------------------------------------------------------------------


def terminal() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=True, width=TERMINAL_WIDTH, color_system=None), buffer


def test_progress_bar_on_a_terminal(news: Path, tmp_path: Path) -> None:
    (news / "[bold]odd.txt").write_text("", encoding="utf-8")  # markup-like names are printed as they are
    console, buffer = terminal()
    summary = run_with_progress([news], output=tmp_path / "r.jsonl", errors=tmp_path / "e.jsonl", quiet=False,
                                console=console)
    shown = buffer.getvalue()
    assert (summary.files, summary.records, summary.failed) == (3, 2, 1)
    assert "files/s" in shown and "ETA" in shown and "3/3" in shown
    assert "[bold]odd.txt" in shown and "E005" in shown
    assert "records written" in shown


def test_progress_is_quiet_when_asked(news: Path, tmp_path: Path) -> None:
    console, buffer = terminal()
    run_with_progress([news], output=tmp_path / "r.jsonl", errors=tmp_path / "e.jsonl", quiet=True, console=console)
    assert buffer.getvalue() == ""


EXIT_STATUS_CASES = [
    pytest.param(Summary(files=2, records=2), EXIT_OK, id="all-records"),
    pytest.param(Summary(files=2, records=1, failed=1), EXIT_SOME_FAILED, id="some-failed"),
    pytest.param(Summary(files=1, records=1, interrupted=True), EXIT_INTERRUPTED, id="interrupted"),
]


@pytest.mark.parametrize(("summary", "status"), EXIT_STATUS_CASES)
def test_exit_status(summary: Summary, status: int) -> None:
    assert exit_status(summary) == status


# --- table -----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".md"])
def test_table_writes_each_format(runner: CliRunner, records: Path, tmp_path: Path, suffix: str) -> None:
    output = tmp_path / f"evidence{suffix}"
    result = runner.invoke(app, ["table", str(records), "-o", str(output)])
    assert result.exit_code == EXIT_OK, result.output
    assert output.stat().st_size > 0
    if suffix == ".xlsx":
        assert [cell.value for cell in load_workbook(output).active[1]] == list(COLUMNS)


def test_table_without_output_prints_markdown(runner: CliRunner, records: Path) -> None:
    result = runner.invoke(app, ["table", str(records)])
    assert result.exit_code == EXIT_OK, result.output
    assert result.stdout.startswith("# Evidence table")
    assert "Zelvorin Slows Test Disease" in result.stdout


TABLE_ERRORS = [
    pytest.param(["-o", "evidence.pdf"], "E204", id="unsupported-suffix"),
    pytest.param(["-o", "evidence"], "E204", id="no-suffix"),
]


@pytest.mark.parametrize(("options", "code"), TABLE_ERRORS)
def test_table_errors(runner: CliRunner, records: Path, tmp_path: Path, options: list[str], code: str) -> None:
    options = [tmp_path / option if option.startswith("evidence") else option for option in options]
    result = runner.invoke(app, ["table", str(records), *map(str, options)])
    assert result.exit_code == EXIT_USAGE
    assert code in result.output


def test_table_of_a_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["table", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "e.csv")])
    assert result.exit_code == EXIT_USAGE and "E203" in result.output


# --- review ----------------------------------------------------------------------------------


def test_review_writes_the_page(runner: CliRunner, records: Path, news: Path, tmp_path: Path) -> None:
    output = tmp_path / "review.html"
    result = runner.invoke(app, ["review", str(records), "-o", str(output), "--base", str(news)])
    assert result.exit_code == EXIT_OK, result.output
    page = output.read_text(encoding="utf-8")
    assert page.count('class="hl f-results"') >= 2
    assert page.count('<article class="doc"') == 2


def test_review_relative_paths_with_base(runner: CliRunner, news: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    output = Path("out/records.jsonl")
    assert runner.invoke(app, ["extract", "news", "-o", str(output), "-q"]).exit_code == EXIT_OK
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    without = runner.invoke(app, ["review", str(tmp_path / output), "-o", "a.html"])
    with_base = runner.invoke(app, ["review", str(tmp_path / output), "-o", "b.html", "--base", str(tmp_path)])
    assert (without.exit_code, with_base.exit_code) == (EXIT_OK, EXIT_OK)
    assert 'class="note"' in Path("a.html").read_text(encoding="utf-8")
    assert 'class="note"' not in Path("b.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["review", "show"])
def test_review_reads_articles_only_under_base(runner: CliRunner, records: Path, news: Path, tmp_path: Path,
                                               command: str) -> None:
    """A records file naming articles outside --base (default: its own folder and the current
    folder) does not get them read, even when they are there and unchanged (issue 15, item 11)."""
    page = tmp_path / "review.html"

    def shown(*options: str) -> str:
        arguments = ["review", str(records), "-o", str(page)] if command == "review" else ["show", str(records)]
        result = runner.invoke(app, [*arguments, *options], env={"COLUMNS": WIDE})
        assert result.exit_code == EXIT_OK, result.output
        return " ".join((page.read_text(encoding="utf-8") if command == "review" else result.stdout).split())

    text = "PFS at 12 months was 61.5%" if command == "show" else 'class="hl f-results"'
    outside = shown()
    assert "outside the folders the records may name" in outside and "--base" in outside
    assert text not in outside
    inside = shown("--base", str(news))
    assert "outside the folders" not in inside and text in inside


def test_review_refuses_another_suffix(runner: CliRunner, records: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["review", str(records), "-o", str(tmp_path / "review.txt")])
    assert result.exit_code == EXIT_USAGE and "E204" in result.output


# --- show ------------------------------------------------------------------------------------


def test_show_an_article(runner: CliRunner, news: Path) -> None:
    result = runner.invoke(app, ["show", str(news / "zel.txt")], env={"COLUMNS": WIDE})
    assert result.exit_code == EXIT_OK, result.output
    assert "Zelvorin Slows Test Disease" in result.stdout
    assert "results (" in result.stdout and "arms (" in result.stdout
    assert "PFS at 12 months was 61.5% with zelvorin and 40.5% with placebo (P=.01)." in result.stdout


def test_show_puts_the_value_in_bold(runner: CliRunner, news: Path) -> None:
    result = runner.invoke(app, ["show", str(news / "zel.txt")], color=True, env={"FORCE_COLOR": "1", "COLUMNS": WIDE})
    assert result.exit_code == EXIT_OK, result.output
    assert "\x1b[1;4m61.5%\x1b[0m" in result.stdout


def test_show_a_records_file(runner: CliRunner, records: Path) -> None:
    result = runner.invoke(app, ["show", str(records)])
    assert result.exit_code == EXIT_OK, result.output
    assert result.stdout.count("ZEL-3") >= 1 and result.stdout.count("ZEL-4") >= 1


SHOW_ERRORS = [
    pytest.param("empty.txt", b"", 1, "E005", id="empty-article"),
    pytest.param("notes.pdf", b"%PDF-1.4", 1, "E00", id="not-an-article"),
    pytest.param("bad.jsonl", b"{oops\n", EXIT_USAGE, "E203", id="bad-records-file"),
]


@pytest.mark.parametrize(("name", "data", "status", "code"), SHOW_ERRORS)
def test_show_errors(runner: CliRunner, tmp_path: Path, name: str, data: bytes, status: int, code: str) -> None:
    (tmp_path / name).write_bytes(data)
    result = runner.invoke(app, ["show", str(tmp_path / name)])
    assert result.exit_code == status, result.output
    assert code in result.output


# --- run -------------------------------------------------------------------------------------


def test_run_writes_every_output(runner: CliRunner, news: Path, tmp_path: Path) -> None:
    (news / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "run-out"
    result = runner.invoke(app, ["run", "--corpus", str(news), "--out", str(out)], env={"COLUMNS": WIDE})
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    for name in ("records.jsonl", "errors.jsonl", "evidence.csv", "evidence.xlsx", "review.html"):
        assert (out / name).stat().st_size > 0, name
    assert len(read_jsonl(out / "records.jsonl")) == 2
    assert [error["code"] for error in read_jsonl(out / "errors.jsonl")] == ["E005"]
    for shown in ("trialnews run", "records written", "files failed", "evidence.xlsx", "review.html"):
        assert shown in result.output


def test_run_without_a_corpus_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--corpus", str(tmp_path / "none"), "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_USAGE and "E201" in result.output


# --- Escape codes in an article (issue 15, item 10) ------------------------------------------

ESCAPE_CODES = "\x1b]0;pwned\x07\x1b[2J\x9b31m"
"""Set the window title, clear the screen, a C1 CSI: what an article must not do to a terminal."""
HOSTILE_ARTICLE = ARTICLE.replace("Zelvorin Slows", f"Zelvorin {ESCAPE_CODES}Slows").replace(
    "PFS at 12 months", f"PFS {ESCAPE_CODES}at 12 months")


@pytest.mark.parametrize("command", ["show-article", "show-records", "table"])
def test_escape_codes_of_an_article_do_not_reach_the_terminal(runner: CliRunner, tmp_path: Path,
                                                              command: str) -> None:
    """``show`` and ``table`` print the article's escape codes as visible symbols (␛), never raw."""
    article = tmp_path / "news" / "hostile.txt"
    article.parent.mkdir()
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    records = tmp_path / "records.jsonl"
    assert runner.invoke(app, ["extract", str(article.parent), "-o", str(records), "-q"]).exit_code == EXIT_OK
    arguments = {"show-article": ["show", str(article)], "show-records": ["show", str(records)],
                 "table": ["table", str(records)]}[command]
    result = runner.invoke(app, arguments, env={"COLUMNS": WIDE})
    assert result.exit_code == EXIT_OK, result.output
    assert not any(char in result.stdout for char in "\x1b\x07\x9b"), repr(result.stdout[:500])
    assert "␛]0;pwned␇" in result.stdout


# --- Outputs that would be misread (issue 15, item 13) ----------------------------------------

MISREAD_OUTPUTS = [
    pytest.param(["-o", "{tmp}/evidence.csv"], "E204", id="records-as-csv"),
    pytest.param(["-o", "{news}/records.txt"], "E204", id="records-as-an-article-in-the-input"),
    pytest.param(["-o", "{tmp}/r.jsonl", "--errors", "{tmp}/errors.md"], "E204", id="errors-as-markdown"),
    pytest.param(["-o", "{tmp}/r.jsonl", "--errors", "{tmp}/r.jsonl"], "E212", id="errors-equal-to-output"),
    pytest.param(["-o", "{tmp}/r.jsonl", "--errors", "{tmp}/sub/../r.jsonl"], "E212", id="errors-same-file-other-name"),
]


@pytest.mark.parametrize(("options", "code"), MISREAD_OUTPUTS)
def test_outputs_that_would_be_misread_are_refused(runner: CliRunner, news: Path, tmp_path: Path,
                                                   options: list[str], code: str) -> None:
    (tmp_path / "sub").mkdir()
    arguments = [option.format(tmp=tmp_path, news=news) for option in options]
    result = runner.invoke(app, ["extract", str(news), *arguments, "-q"], env={"COLUMNS": WIDE})
    assert result.exit_code == EXIT_USAGE, result.output
    assert code in result.output
    assert not (news / "records.txt").exists() and not (tmp_path / "evidence.csv").exists()


def test_a_second_run_does_not_read_the_first_ones_output(runner: CliRunner, news: Path) -> None:
    """Records written inside the input folder (as .jsonl) are never read back as articles."""
    output = news / "records.jsonl"
    for _ in range(2):
        assert runner.invoke(app, ["extract", str(news), "-o", str(output), "-q"]).exit_code == EXIT_OK
    assert len(read_jsonl(output)) == 2
    assert read_jsonl(news / "errors.jsonl") == []
