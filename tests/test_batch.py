"""The batch job: folders of mixed files, errors that are kept, resume, interrupts, parallel runs.

Articles are written by the tests themselves (``article(i)``); no third-party text is used.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from trialnews.engines import batch
from trialnews.record import SCHEMA_VERSION
from trialnews.engines.batch import TAIL_CHUNK_BYTES, BatchInterrupted, count_inputs, done_keys, repair_jsonl, run_batch
from trialnews.cli import app
from trialnews.errors import TrialnewsError
from trialnews.engines.local import default_nlp, extract_files
from trialnews.reading.reader import read_article
from trialnews.record import Record

EXIT_SOME_FAILED = 1
DRUGS = ("zelvorin", "atrumab", "pemtaxel", "orvasib", "lunetrol")
FILLER = ("The study was run at clinics in several countries, and the investigators said that enrolment "
          "went faster than planned. Patients were followed up every three months.")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
KILL_TEST_FILES = 60
KILL_TEST_TIMEOUT = 120  # seconds, for each subprocess


def article(index: int, *, filler: int = 0) -> str:
    """A short trial report of our own, different for every ``index``."""
    drug = DRUGS[index % len(DRUGS)]
    n1, n2 = 40 + index, 41 + index
    low, high = 20 + index % 40, 30 + index % 50
    return "".join([
        f"{drug.title()} Slows Test Disease in Trial Number {index}\n",
        f"By Test Writer - May {1 + index % 28}, 2023\n\n",
        f"In the randomized, double-blind, placebo-controlled TRIAL-{index:03d} study, {n1 + n2} patients with ",
        f"chronic test disease were randomized to {drug} (n={n1}) or placebo (n={n2}). ",
        "The trial's primary endpoint: progression-free survival (PFS).\n\n",
        *(f"{FILLER}\n\n" for _ in range(filler)),
        f"PFS at 12 months was {high}.5% with {drug} and {low}.5% with placebo (P=.0{1 + index % 9}).\n\n",
        '"These results support further study of the drug," the authors concluded.\n',
    ])


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


HTML_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Orvasib trial</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Orvasib Cuts Relapse in Test Disease</h1>
<p>In the randomized, double-blind ORCA trial, 300 patients with test disease were randomized to orvasib
(n=150) or placebo (n=150). The trial's primary endpoint: progression-free survival (PFS).</p>
<p>PFS at 12 months was 61.5% with orvasib and 40.5% with placebo (P&lt;.001).</p>
<p>"Orvasib should be studied further," the authors concluded.</p></article>
<footer>Copyright Test News</footer></body></html>
"""
LATIN1_TEXT = ("Pemtaxel Helps in Test Disease\n\nIn the randomized NAÏVE-1 study at the Hôpital Général, 120 "
               "patients were randomized to pemtaxel (n=60) or placebo (n=60). Response was 45.5% with pemtaxel "
               "and 20.5% with placebo (P=.01). «Très encourageant», the authors concluded.\n")


@pytest.fixture
def mixed_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Good articles, a web page, a Latin-1 file, an empty one, a binary one, an unreadable one,
    a dangling link, hidden files and a file of another type."""
    folder = tmp_path / "news"
    write(folder / "a_good.txt", article(1))
    write(folder / "b_page.html", HTML_PAGE)
    write(folder / "c_latin1.txt", LATIN1_TEXT.encode("latin-1"))
    write(folder / "d_empty.txt", b"")
    write(folder / "e_binary.txt", PNG_SIGNATURE + bytes(range(256)) * 4)
    unreadable = write(folder / "f_unreadable.txt", article(2))
    (folder / "g_dangling.txt").symlink_to(folder / "no-such-target.txt")
    write(folder / "sub" / "h_nested.md", "# " + article(3))
    write(folder / ".hidden.txt", article(4))
    write(folder / ".cache" / "x.txt", article(5))
    write(folder / "notes.pdf", b"%PDF-1.4 not an article")

    real_open = Path.open

    def open_unless_unreadable(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == unreadable.name:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_unless_unreadable)
    return folder


EXPECTED_RECORDS = ("a_good.txt", "b_page.html", "c_latin1.txt", "sub/h_nested.md")
EXPECTED_ERRORS = (("d_empty.txt", "read", "E005"), ("e_binary.txt", "read", "E003"),
                   ("f_unreadable.txt", "read", "E002"), ("g_dangling.txt", "read", "E009"))


def test_mixed_folder_records_and_errors(mixed_folder: Path, tmp_path: Path) -> None:
    output, errors = tmp_path / "out" / "records.jsonl", tmp_path / "out" / "errors.jsonl"
    summary = run_batch([mixed_folder], output=output, errors=errors)
    records, failures = read_jsonl(output), read_jsonl(errors)
    assert [Path(r["source"]["path"]).relative_to(mixed_folder).as_posix() for r in records] == list(EXPECTED_RECORDS)
    assert [(Path(e["path"]).name, e["stage"], e["code"]) for e in failures] == list(EXPECTED_ERRORS)
    for failure in failures:
        assert failure["path"] in failure["reason"] and failure["reason"].startswith(f"[{failure['code']}]")
    by_name = {Path(r["source"]["path"]).name: r for r in records}
    assert (by_name["b_page.html"]["source"]["format"], by_name["b_page.html"]["source"]["encoding"]) == ("html", "utf-8")
    assert by_name["c_latin1.txt"]["source"]["encoding"] == "cp1252"
    assert "Hôpital Général" in read_article(mixed_folder / "c_latin1.txt").text
    assert by_name["h_nested.md"]["source"]["format"] == "md"
    for record in records:
        Record.model_validate(record, context={"text": read_article(record["source"]["path"]).text})
    assert (summary.files, summary.records, summary.failed, summary.skipped) == (8, 4, 4, 0)


def test_mixed_folder_through_the_cli(mixed_folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "cli" / "records.jsonl"
    result = CliRunner().invoke(app, ["extract", str(mixed_folder), "-o", str(output)])
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    assert len(read_jsonl(output)) == len(EXPECTED_RECORDS)
    assert [e["code"] for e in read_jsonl(output.with_name("errors.jsonl"))] == [c for *_, c in EXPECTED_ERRORS]
    summary = {line.split("│")[1].strip(): line.split("│")[2].strip()
               for line in result.output.splitlines() if line.count("│") >= 3}
    assert summary["files read"] == "8"
    assert summary["records written"] == "4"
    assert summary["records with warnings"].isdigit()
    assert summary["files failed"] == "4"
    assert summary["time"].endswith(" s")


def test_a_fifo_given_by_name_is_an_error(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcomes = list(extract_files([fifo]))
    assert [(o.path, o.error["code"]) for o in outcomes] == [(str(fifo), "E002")]


def test_outcomes_keep_input_order(tmp_path: Path) -> None:
    """Errors come out in their place among the records, not when the pipeline gets to them."""
    names = []
    for index in range(7):
        name = f"{index}.txt"
        write(tmp_path / name, article(index) if index % 2 else "")
        names.append(name)
    outcomes = list(extract_files([tmp_path], batch_size=3))
    assert [Path(o.path).name for o in outcomes] == names
    assert [o.error is None for o in outcomes] == [bool(index % 2) for index in range(7)]


def test_input_walk_is_streamed(tmp_path: Path) -> None:
    """The first outcome comes before the input is exhausted: paths are pulled as they are needed."""
    for index in range(20):
        write(tmp_path / f"{index:02d}.txt", article(index))
    pulled = 0

    def paths() -> Iterator[Path]:
        nonlocal pulled
        for path in sorted(tmp_path.iterdir()):
            pulled += 1
            yield path

    outcomes = extract_files(paths(), batch_size=2)
    next(outcomes)
    assert pulled < 20
    outcomes.close()


def test_records_are_written_as_they_come(tmp_path: Path) -> None:
    for index in range(5):
        write(tmp_path / "in" / f"{index}.txt", article(index))
    output = tmp_path / "records.jsonl"
    lines_seen = []
    run_batch([tmp_path / "in"], output=output, errors=tmp_path / "errors.jsonl",
              on_outcome=lambda outcome: lines_seen.append(len(read_jsonl(output))))
    assert lines_seen == [1, 2, 3, 4, 5]


def test_two_processes_give_the_same_records(tmp_path: Path) -> None:
    for index in range(12):
        write(tmp_path / f"{index:02d}.txt", article(index) if index != 5 else "")
    nlp = default_nlp()
    pipes = list(nlp.pipe_names)
    one = [(o.path, o.record, o.error) for o in extract_files([tmp_path], nlp=nlp, n_process=1, batch_size=4)]
    two = [(o.path, o.record, o.error) for o in extract_files([tmp_path], nlp=nlp, n_process=2, batch_size=4)]
    assert one == two
    assert sum(record is not None for _, record, _ in one) == 11
    assert nlp.pipe_names == pipes, "the workers' extra pipe is gone from the pipeline"


# --- Resume ----------------------------------------------------------------------------------


@pytest.fixture
def small_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "small"
    for index in range(6):
        write(folder / f"{index}.txt", article(index))
    write(folder / "empty.txt", "")
    return folder


def test_resume_without_output_runs_everything(small_folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "new" / "records.jsonl"
    summary = run_batch([small_folder], output=output, errors=output.with_name("errors.jsonl"), resume=True)
    assert (summary.records, summary.failed, summary.skipped) == (6, 1, 0)
    assert len(read_jsonl(output)) == 6


def test_resume_skips_done_files_and_lists_errors_once(small_folder: Path, tmp_path: Path) -> None:
    output, errors = tmp_path / "records.jsonl", tmp_path / "errors.jsonl"
    run_batch([small_folder], output=output, errors=errors)
    first = read_jsonl(output)
    summary = run_batch([small_folder], output=output, errors=errors, resume=True)
    assert (summary.records, summary.failed, summary.skipped) == (0, 1, 6)
    assert read_jsonl(output) == first
    assert [Path(e["path"]).name for e in read_jsonl(errors)] == ["empty.txt"]


def test_resume_after_keyboard_interrupt(small_folder: Path, tmp_path: Path) -> None:
    output, errors = tmp_path / "records.jsonl", tmp_path / "errors.jsonl"
    seen = 0

    def interrupt_after_three(outcome: object) -> None:
        nonlocal seen
        seen += 1
        if seen == 3:
            raise KeyboardInterrupt

    with pytest.raises(BatchInterrupted) as caught:
        run_batch([small_folder], output=output, errors=errors, on_outcome=interrupt_after_three)
    assert caught.value.summary.interrupted
    assert (caught.value.summary.files, caught.value.summary.records) == (3, 3)
    assert output.read_bytes().endswith(b"\n") and len(read_jsonl(output)) == 3
    summary = run_batch([small_folder], output=output, errors=errors, resume=True)
    assert (summary.skipped, summary.records) == (3, 3)
    paths = [r["source"]["path"] for r in read_jsonl(output)]
    assert sorted(paths) == sorted(str(p) for p in small_folder.glob("[0-9].txt"))


def test_fresh_and_resumed_runs_agree_on_twin_files(tmp_path: Path) -> None:
    """Two files with the same bytes: a fresh run writes a record for each, and so does a run
    interrupted after the first twin and resumed (resume is keyed by path and content hash)."""
    folder = tmp_path / "twins"
    write(folder / "a.txt", article(1))
    write(folder / "b_twin_of_a.txt", article(1))
    write(folder / "c.txt", article(3))
    fresh = tmp_path / "fresh.jsonl"
    run_batch([folder], output=fresh, errors=tmp_path / "fresh-errors.jsonl")

    resumed = tmp_path / "resumed.jsonl"

    def interrupt_after_one(outcome: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(BatchInterrupted):
        run_batch([folder], output=resumed, errors=tmp_path / "errors.jsonl", on_outcome=interrupt_after_one)
    summary = run_batch([folder], output=resumed, errors=tmp_path / "errors.jsonl", resume=True)
    assert (summary.skipped, summary.records) == (1, 2)
    assert read_jsonl(resumed) == read_jsonl(fresh)
    assert [Path(r["source"]["path"]).name for r in read_jsonl(fresh)] == ["a.txt", "b_twin_of_a.txt", "c.txt"]


def test_dask_merge_keeps_twins_and_drops_only_what_is_merged(tmp_path: Path) -> None:
    """The Dask engine's merge keys records as ``--resume`` does: a twin (another path, the same
    bytes) is kept; only a record already merged (same path and bytes) is dropped."""
    pytest.importorskip("distributed")
    from trialnews.engines.distributed import merge_parts

    def record(path: str) -> dict[str, Any]:
        return {"source": {"path": path, "sha256": "same bytes"}, "warnings": []}

    output, errors, parts = tmp_path / "records.jsonl", tmp_path / "errors.jsonl", tmp_path / "records.jsonl.parts"
    parts.mkdir()
    errors.touch()
    output.write_text(json.dumps(record("a.txt")) + "\n", encoding="utf-8")
    (parts / "run-p00000000.records.jsonl").write_text(
        json.dumps(record("a.txt")) + "\n" + json.dumps(record("b_twin.txt")) + "\n", encoding="utf-8")
    assert merge_parts(parts, output=output, errors=errors) == 1
    assert [item["source"]["path"] for item in read_jsonl(output)] == ["a.txt", "b_twin.txt"]


def test_resume_redoes_a_file_changed_since(small_folder: Path, tmp_path: Path) -> None:
    """Same path, new bytes: not done (the record of the old bytes stays, the new one is added)."""
    output, errors = tmp_path / "records.jsonl", tmp_path / "errors.jsonl"
    run_batch([small_folder], output=output, errors=errors)
    write(small_folder / "0.txt", article(40))
    summary = run_batch([small_folder], output=output, errors=errors, resume=True)
    assert (summary.skipped, summary.records) == (5, 1)


def test_resume_cuts_a_torn_last_line(small_folder: Path, tmp_path: Path) -> None:
    output, errors = tmp_path / "records.jsonl", tmp_path / "errors.jsonl"
    run_batch([small_folder / "0.txt", small_folder / "1.txt"], output=output, errors=errors)
    with output.open("ab") as handle:
        handle.write(f'{{"schema_version": "{SCHEMA_VERSION}", "source": {{"pa'.encode())
    run_batch([small_folder], output=output, errors=errors, resume=True)
    assert len(read_jsonl(output)) == 6


def test_resume_refuses_a_file_that_is_not_records(small_folder: Path, tmp_path: Path) -> None:
    output = write(tmp_path / "records.jsonl", '{"not": "a record"}\n')
    with pytest.raises(TrialnewsError) as caught:
        run_batch([small_folder], output=output, errors=tmp_path / "errors.jsonl", resume=True)
    assert caught.value.code == "E211" and "line 1" in str(caught.value)


def test_no_articles_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(TrialnewsError) as caught:
        run_batch([tmp_path / "empty"], output=tmp_path / "r.jsonl", errors=tmp_path / "e.jsonl")
    assert caught.value.code == "E201"


def test_count_inputs_counts_walk_problems(mixed_folder: Path) -> None:
    assert count_inputs([mixed_folder]) == 8


REPAIR_CASES = [
    pytest.param(b"", b"", id="empty-file"),
    pytest.param(b'{"a": 1}\n{"b": 2}\n', b'{"a": 1}\n{"b": 2}\n', id="whole-lines-unchanged"),
    pytest.param(b'{"a": 1}\n{"b": ', b'{"a": 1}\n', id="torn-last-line-cut"),
    pytest.param(b'{"a": 1', b"", id="only-a-torn-line"),
    pytest.param(b"x" * (TAIL_CHUNK_BYTES * 2) + b"\n" + b"y" * (TAIL_CHUNK_BYTES + 5),
                 b"x" * (TAIL_CHUNK_BYTES * 2) + b"\n", id="torn-line-longer-than-a-chunk"),
]


@pytest.mark.parametrize(("data", "expected"), REPAIR_CASES)
def test_repair_jsonl(tmp_path: Path, data: bytes, expected: bytes) -> None:
    path = write(tmp_path / "records.jsonl", data)
    repair_jsonl(path)
    assert path.read_bytes() == expected


def test_repair_of_a_missing_file_does_nothing(tmp_path: Path) -> None:
    repair_jsonl(tmp_path / "missing.jsonl")
    assert not (tmp_path / "missing.jsonl").exists()
    assert done_keys(tmp_path / "missing.jsonl") == set()


def test_signal_handlers_are_restored(small_folder: Path, tmp_path: Path) -> None:
    before = (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))
    run_batch([small_folder / "0.txt"], output=tmp_path / "r.jsonl", errors=tmp_path / "e.jsonl")
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before
    assert batch._running_stop is None  # workers forked later keep their own handlers


@pytest.fixture(autouse=True)
def interactive_interrupts() -> Iterator[None]:
    """Ctrl-C as an interactive shell leaves it: a test run started as a background job (``make test
    &``) inherits SIGINT ignored, which trialnews rightly leaves ignored, and these tests send it."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def _interactive_interrupts_in_child() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Python then installs its KeyboardInterrupt handler


def _sleeping_worker() -> multiprocessing.process.BaseProcess:
    worker = multiprocessing.get_context("fork").Process(target=time.sleep, args=(WORKER_SLEEP_SECONDS,))
    worker.start()
    return worker


#: A stand-in worker sleeps this long unless it is stopped; joins wait at most JOIN_SECONDS.
WORKER_SLEEP_SECONDS = 60
JOIN_SECONDS = 10


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_stop_with_workers_running_raises_at_the_next_record(signum: int) -> None:
    """With workers running, Ctrl-C or SIGTERM stops them and raises nothing where the main thread
    happens to be (inside ``Queue.put`` holding its lock, it hung the run's clean-up): the batch
    loop raises KeyboardInterrupt when it checks."""
    with batch.interrupts_stop_workers() as stop:
        assert signal.getsignal(signum) not in (signal.SIG_DFL, signal.default_int_handler)
        worker = _sleeping_worker()
        signal.raise_signal(signum)  # the handler runs here, and must not raise
        assert stop.requested
        worker.join(JOIN_SECONDS)
        assert worker.exitcode == -signal.SIGTERM
        with pytest.raises(KeyboardInterrupt):
            stop.check()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks")
def test_a_worker_started_after_the_stop_ends_at_once() -> None:
    """spaCy may still be starting its workers when the stop comes: a worker forked then ends."""
    with batch.interrupts_stop_workers():
        first = _sleeping_worker()
        signal.raise_signal(signal.SIGTERM)
        late = _sleeping_worker()
        late.join(JOIN_SECONDS)
        first.join(JOIN_SECONDS)
    assert late.exitcode == batch.EXIT_STOPPED
    assert first.exitcode == -signal.SIGTERM


def test_a_stop_without_workers_raises_at_once() -> None:
    with pytest.raises(KeyboardInterrupt), batch.interrupts_stop_workers() as stop:
        signal.raise_signal(signal.SIGTERM)
        pytest.fail("the stop did not raise where it was received")
    assert not stop.requested


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks")
def test_a_second_stop_raises_at_once() -> None:
    """A second Ctrl-C does not wait for the batch loop's next record."""
    with pytest.raises(KeyboardInterrupt), batch.interrupts_stop_workers() as stop:
        worker = _sleeping_worker()
        signal.raise_signal(signal.SIGINT)
        worker.join(JOIN_SECONDS)
        assert stop.requested  # the first stop raised nothing
        signal.raise_signal(signal.SIGINT)
        pytest.fail("the second stop did not raise")


# --- A real kill -----------------------------------------------------------------------------


def _trialnews(*args: str) -> list[str]:
    return [sys.executable, "-c", "from trialnews.cli import main; main()", *args]


def test_resume_after_sigkill(tmp_path: Path) -> None:
    """``extract`` killed (SIGKILL) after its first records, then ``--resume``: one record per file."""
    folder = tmp_path / "many"
    for index in range(KILL_TEST_FILES):
        write(folder / f"article_{index:03d}.txt", article(index, filler=8))
    output = tmp_path / "out" / "records.jsonl"
    command = _trialnews("extract", str(folder), "-o", str(output), "--n-process", "1", "--batch-size", "1",
                         "--quiet")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + KILL_TEST_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        if output.exists() and output.stat().st_size > 0:
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait(KILL_TEST_TIMEOUT)
    killed_lines = read_jsonl(output)
    assert 0 < len(killed_lines) < KILL_TEST_FILES, "the kill must land in the middle of the run"

    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=KILL_TEST_TIMEOUT)
    assert resumed.returncode == 0, resumed.stderr
    lines = output.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]  # every line parses
    paths = [record["source"]["path"] for record in records]
    assert sorted(paths) == sorted(str(path) for path in folder.iterdir())
    assert len(set(paths)) == KILL_TEST_FILES
    assert records[:len(killed_lines)] == killed_lines
    assert read_jsonl(output.with_name("errors.jsonl")) == []


# --- Signals with worker processes -----------------------------------------------------------

SIGNAL_TEST_FILES = 120
SIGNAL_TEST_BATCH = 8
#: Paragraphs of filler per article: a batch of SIGNAL_TEST_BATCH articles (about 100 kB) is more
#: than a pipe holds (64 KiB on Linux), so the parent's queue feeder is blocked writing the next
#: batch while a worker is busy, which is the state in which an interrupt used to hang the exit.
SIGNAL_TEST_FILLER = 60
#: Records written before the interrupt: spaCy sends the next two batches (one per worker) when
#: two batches came back, so just after that many records a batch is waiting in each pipe while
#: both workers are busy with the batch before it.
SIGNAL_TEST_RECORDS = 2 * SIGNAL_TEST_BATCH
SIGNAL_WAIT_SECONDS = 60


def _start_two_process_run(tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    folder = tmp_path / "in"
    for index in range(SIGNAL_TEST_FILES):
        write(folder / f"{index:03d}.txt", article(index, filler=SIGNAL_TEST_FILLER))
    output = tmp_path / "out" / "records.jsonl"
    command = _trialnews("extract", str(folder), "-o", str(output), "-n", "2", "--batch-size", str(SIGNAL_TEST_BATCH))
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_interactive_interrupts_in_child), output


def _wait_for_records(output: Path, count: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + KILL_TEST_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        if output.exists() and output.read_bytes().count(b"\n") >= count:
            return
        time.sleep(0.01)
    process.kill()
    pytest.fail(f"the run did not write {count} records in time")


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
        return [int(child) for child in handle.read().split()]


def _running(pid: int) -> bool:
    """The process exists and is not a zombie (a zombie waits only for its parent to reap it)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _stop_all(process: subprocess.Popen[bytes], workers: list[int]) -> None:
    """Clean-up of a failed test: the run and the workers this test started."""
    process.kill()
    for worker in workers:
        if _running(worker):
            os.kill(worker, signal.SIGKILL)
    process.communicate()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_two_process_run_exits(tmp_path: Path, signum: int) -> None:
    """Ctrl-C or ``kill`` of ``extract -n 2`` in the middle of the run: it exits with 130 (it used
    to print its summary, then hang for ever waiting for a queue feeder blocked on a dead worker)."""
    process, output = _start_two_process_run(tmp_path)
    _wait_for_records(output, SIGNAL_TEST_RECORDS, process)
    workers = _children(process.pid)
    process.send_signal(signum)
    try:
        _, stderr = process.communicate(timeout=SIGNAL_WAIT_SECONDS)
    except subprocess.TimeoutExpired:
        _stop_all(process, workers)
        pytest.fail("the interrupted run did not exit")
    assert process.returncode == 130, stderr.decode()
    assert b"--resume" in stderr and b"Traceback" not in stderr
    records = read_jsonl(output)  # every line parses
    assert SIGNAL_TEST_RECORDS <= len(records) < SIGNAL_TEST_FILES
    assert not any(_running(worker) for worker in workers)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_end_with_a_killed_parent(tmp_path: Path) -> None:
    """``kill -9`` of ``extract -n 2``: its workers end too, and with them the parent's stdout and
    stderr, so a caller waiting for the output is not kept waiting."""
    process, output = _start_two_process_run(tmp_path)
    _wait_for_records(output, 1, process)
    workers = _children(process.pid)
    assert len(workers) == 2
    process.send_signal(signal.SIGKILL)
    try:
        process.communicate(timeout=SIGNAL_WAIT_SECONDS)  # ends only when every holder of the pipes has
    except subprocess.TimeoutExpired:
        _stop_all(process, workers)
        pytest.fail("the killed run's workers kept its output open")
    deadline = time.monotonic() + SIGNAL_WAIT_SECONDS
    while time.monotonic() < deadline and any(_running(worker) for worker in workers):
        time.sleep(0.05)
    assert not any(_running(worker) for worker in workers)


LOCK_TEST_FILES = 200
LOCK_TEST_FILLER = 20  # paragraphs: the first run lasts well beyond the second one's start-up


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    """Two ``extract`` processes given the same ``-o`` (different folders): the second is refused
    with E210 while the first runs, and the first run's records are all there, each whole."""
    first_folder, second_folder = tmp_path / "first", tmp_path / "second"
    for index in range(LOCK_TEST_FILES):
        write(first_folder / f"a{index:03d}.txt", article(index, filler=LOCK_TEST_FILLER))
    for index in range(KILL_TEST_FILES):
        write(second_folder / f"b{index:03d}.txt", article(index + LOCK_TEST_FILES))
    output = tmp_path / "out" / "records.jsonl"
    first = subprocess.Popen(_trialnews("extract", str(first_folder), "-o", str(output), "--batch-size", "1", "-q"),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _wait_for_records(output, 1, first)
    second = subprocess.run(_trialnews("extract", str(second_folder), "-o", str(output), "-q"),
                            capture_output=True, text=True, timeout=KILL_TEST_TIMEOUT)
    still_running = first.poll() is None
    _, first_errors = first.communicate(timeout=KILL_TEST_TIMEOUT)
    assert still_running, "the second run must start while the first one writes"
    assert second.returncode == 2 and "E210" in second.stderr, second.stderr
    assert first.returncode == 0, first_errors
    paths = [record["source"]["path"] for record in read_jsonl(output)]  # every line parses
    assert sorted(paths) == sorted(str(path) for path in first_folder.iterdir())


def test_the_dask_engine_takes_the_same_lock(tmp_path: Path) -> None:
    """``--engine dask`` on an output that another run is writing: E210 before it connects or
    touches the file (the lock is the one the local engine takes)."""
    pytest.importorskip("distributed")
    import fcntl

    from trialnews.engines.distributed import run_dask

    write(tmp_path / "in" / "a.txt", article(1))
    output = write(tmp_path / "out" / "records.jsonl", '{"kept": true}\n')
    with output.open("ab") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # what a running extract holds
        with pytest.raises(TrialnewsError) as caught:
            run_dask([tmp_path / "in"], output=output, errors=tmp_path / "out" / "errors.jsonl")
    assert caught.value.code == "E210"
    assert output.read_text(encoding="utf-8") == '{"kept": true}\n'


# --- Bounded memory --------------------------------------------------------------------------

MEMORY_TEST_FILES = 5000
MEMORY_SAMPLE_EVERY = 1000
MEMORY_GROWTH_LIMIT_MB = 10
SAME_ARTICLE = ("Trial\n\nIn the TEST trial, 40 patients were randomized to drug (n=20) or placebo (n=20). "
                "Response was 40.5% vs 20.5% (P=.01).\n")


def _rss_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))


@pytest.mark.slow
def test_memory_stays_flat_over_many_files(tmp_path: Path) -> None:
    """Thousands of files: the main process does not grow with the number of files done.

    Every file has the same words, so spaCy's vocabulary (which learns each new word, by design)
    does not grow either; what is measured is the batch machinery itself.
    """
    for index in range(MEMORY_TEST_FILES):
        write(tmp_path / "in" / f"{index // 1000:02d}" / f"{index:05d}.txt", SAME_ARTICLE)
    samples: list[int] = []
    done = 0

    def sample(outcome: object) -> None:
        nonlocal done
        done += 1
        if done % MEMORY_SAMPLE_EVERY == 0:
            samples.append(_rss_mb())

    summary = run_batch([tmp_path / "in"], output=tmp_path / "records.jsonl", errors=tmp_path / "errors.jsonl",
                        on_outcome=sample)
    assert summary.records == MEMORY_TEST_FILES
    assert max(samples) - samples[0] <= MEMORY_GROWTH_LIMIT_MB, samples


# --- Stopping early with worker processes ----------------------------------------------------

EARLY_STOP_FILES = 40
EARLY_STOP_SCRIPT = """
import sys
from pathlib import Path
from trialnews.engines.batch import run_batch
from trialnews.engines.local import extract_files

folder, out = Path(sys.argv[1]), Path(sys.argv[2])
outcomes = extract_files([folder], n_process=2, batch_size=2)
first = next(outcomes)
outcomes.close()  # the caller stops after one outcome

def fail(outcome):
    raise RuntimeError("the caller fails")

try:
    run_batch([folder], output=out / "r.jsonl", errors=out / "e.jsonl", n_process=2, batch_size=2, on_outcome=fail)
except RuntimeError:
    print("stopped", first.record is not None)
"""


def test_stopping_early_with_two_processes_does_not_hang(tmp_path: Path) -> None:
    """spaCy's forked workers would block for ever when the stream is closed early; they are stopped."""
    for index in range(EARLY_STOP_FILES):
        write(tmp_path / "in" / f"{index:02d}.txt", article(index, filler=4))
    done = subprocess.run([sys.executable, "-c", EARLY_STOP_SCRIPT, str(tmp_path / "in"), str(tmp_path)],
                          capture_output=True, text=True, timeout=KILL_TEST_TIMEOUT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["stopped", "True"]
    assert "W127" not in done.stderr and "Traceback" not in done.stderr


HEADED_MARKDOWN = """# Aspirin trial

## Stroke fell to 4 percent with aspirin

Patients were randomized to aspirin or placebo in the trial. Stroke occurred in 4% with aspirin and 8% with placebo.
"""


@pytest.mark.parametrize("n_process", [1, 2])
def test_headings_of_a_file_are_headings(tmp_path: Path, n_process: int) -> None:
    """A markdown heading reaches the pipeline as a heading: its number is not a result (only
    the body's two are), in one process and in several."""
    path = tmp_path / "headed.md"
    path.write_text(HEADED_MARKDOWN, encoding="utf-8")
    [outcome] = list(extract_files([path], n_process=n_process))
    results = outcome.record["results"]
    heading_end = HEADED_MARKDOWN.index("\n\nPatients")
    assert sorted((r["arm"], r["value"]) for r in results) == [("aspirin", 4.0), ("placebo", 8.0)]
    assert all(r["evidence"]["start"] > heading_end - len("# ") for r in results)
