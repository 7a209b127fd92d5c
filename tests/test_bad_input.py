"""Bad input: whatever curators' browsers saved, a batch never crashes, never writes an invalid or
ungrounded record, and says clearly what went wrong with which file.

Each case runs through ``trialnews.engines.batch.run_batch`` (or ``extract_files``) and states its
expected outcome: a per-file error in ``errors.jsonl`` with its code, or a valid record — with
empty lists where the text holds no trial, never an invented value.
"""

from __future__ import annotations

import codecs
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import trialnews.reading.reader
from trialnews.engines.batch import run_batch
from trialnews.engines.local import extract_files, extract_text
from trialnews.reading.reader import DEFAULT_MAX_BYTES, read_article
from trialnews.record import grounding_problems, validation_problem

TRIAL = ("Drug X trial cuts relapse\n\nIn a randomized trial, 120 patients were assigned to ixazomib "
         "(n=60) or placebo (n=60). Relapse occurred in 30% of patients given ixazomib and 45% of "
         "those given placebo (P=.03).\n")
"""A short trial article whose record has arms, sample sizes, results and a comparison."""

LIST_FIELDS = ("arms", "sample_sizes", "endpoints", "results", "comparisons", "conclusions")
FACT_FIELDS = ("arms", "sample_sizes", "endpoints", "results", "comparisons")


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def batch(tmp_path: Path, *inputs: Path, **options: object) -> tuple[list[dict], list[dict]]:
    """The records and error entries a batch writes for ``inputs``."""
    out = tmp_path / "out"
    run_batch(list(inputs), output=out / "records.jsonl", errors=out / "errors.jsonl", **options)
    lines = [[json.loads(line) for line in (out / name).read_text(encoding="utf-8").splitlines()]
             for name in ("records.jsonl", "errors.jsonl")]
    return lines[0], lines[1]


def assert_sound(record: dict) -> None:
    """The record validates against its article read again from disk, and is grounded in it."""
    text = read_article(record["source"]["path"]).text
    assert validation_problem(record, text) is None
    assert grounding_problems(record, text) == []


def assert_error(entry: dict, path: Path, code: str, stage: str = "read") -> None:
    """An errors.jsonl entry: the file, the stage, the code, and a message naming the file."""
    assert set(entry) == {"path", "stage", "code", "reason"}
    assert (entry["path"], entry["stage"], entry["code"]) == (str(path), stage, code)
    assert entry["reason"].startswith(f"[{code}] ")
    assert str(path) in entry["reason"]


def only_record(tmp_path: Path, path: Path) -> dict:
    records, errors = batch(tmp_path, path)
    assert errors == []
    assert len(records) == 1
    assert_sound(records[0])
    return records[0]


def values(record: dict) -> set[float]:
    """Every number of every item of a record."""
    found = set()
    for field in FACT_FIELDS:
        for item in record[field]:
            found |= {item[key] for key in ("n", "value", "estimate", "ci_low", "ci_high", "p_value")
                      if isinstance(item.get(key), (int, float))}
    return found


# --- Files that cannot be an article: a clear error for that file ------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
NAVIGATION_ONLY = ("<html><head><title>Health News</title></head><body><nav><ul>"
                   "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
                   "<footer>Copyright 2024 Health News</footer></body></html>")

READ_ERRORS = [
    pytest.param("empty.txt", b"", "E005", "empty", id="empty-file"),
    pytest.param("blank.txt", b"  \n\t\r\n   \n", "E005", "whitespace", id="whitespace-only"),
    pytest.param("blank.md", b"---\n\n***\n", "E005", "empty", id="markdown-markup-only"),
    pytest.param("image.txt", PNG, "E003", "PNG", id="png-named-txt"),
    pytest.param("nuls.txt", b"\x00" * 500 + TRIAL.encode(), "E003", "NUL", id="mostly-nul-bytes"),
    pytest.param("noise.txt", bytes(range(0x80, 0x100)) * 8, "E004", "UTF-8", id="undecodable-bytes"),
    pytest.param("odd.txt", codecs.BOM_UTF16_LE + b"a\x00b", "E004", "utf-16", id="truncated-utf-16"),
    pytest.param("photo.png", PNG, "E007", ".txt", id="unsupported-suffix"),
    pytest.param("menu.html", NAVIGATION_ONLY, "E008", "article", id="html-without-article"),
]


@pytest.mark.parametrize(("name", "data", "code", "hint"), READ_ERRORS)
def test_unreadable_input_is_a_per_file_error(tmp_path: Path, name: str, data: bytes | str, code: str,
                                              hint: str) -> None:
    bad = write(tmp_path / "in", name, data)
    good = write(tmp_path / "in", "zz-good.txt", TRIAL)
    records, errors = batch(tmp_path, bad, good)
    assert len(errors) == 1
    assert_error(errors[0], bad, code)
    assert hint.lower() in errors[0]["reason"].lower(), "the message says what was wrong"
    assert [record["source"]["path"] for record in records] == [str(good)], "the batch goes on"
    assert_sound(records[0])


def test_png_in_a_folder_is_skipped_by_suffix(tmp_path: Path) -> None:
    """A folder walk reads only article suffixes: a real .png is not an input at all."""
    write(tmp_path / "in", "chart.png", PNG)
    write(tmp_path / "in", "story.txt", TRIAL)
    records, errors = batch(tmp_path, tmp_path / "in")
    assert errors == [] and len(records) == 1


# --- Text in odd encodings: a valid record of the right text ----------------------------------


def test_invalid_utf8_is_read_as_a_legacy_encoding(tmp_path: Path) -> None:
    """A stray byte makes the file invalid UTF-8: it is decoded as cp1252, not refused or mangled."""
    data = TRIAL.encode("utf-8").replace(b"Relapse occurred", b"Relapse \xa0occurred")
    record = only_record(tmp_path, write(tmp_path, "stray.txt", data))
    assert record["source"]["encoding"] != "utf-8"
    assert values(record) >= {120, 60, 30.0, 45.0, 0.03}


def test_latin1(tmp_path: Path) -> None:
    text = TRIAL.replace("Drug X", "Café naïve Müller")
    record = only_record(tmp_path, write(tmp_path, "latin1.txt", text.encode("latin-1")))
    assert record["source"]["encoding"] == "cp1252"
    assert record["article"]["title"].startswith("Café naïve Müller")
    assert values(record) >= {120, 60, 30.0, 45.0, 0.03}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_unicode_with_bom_gives_the_utf8_record(tmp_path: Path, encoding: str) -> None:
    data = TRIAL.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    plain = only_record(tmp_path / "plain", write(tmp_path, "plain.txt", TRIAL))
    other = only_record(tmp_path / "bom", write(tmp_path, "bom.txt", data))
    assert {key: other[key] for key in LIST_FIELDS} == {key: plain[key] for key in LIST_FIELDS}


def test_stray_nul_bytes_are_removed(tmp_path: Path) -> None:
    data = TRIAL.encode().replace(b"120", b"1\x0020").replace(b"P=", b"P\x00=")
    plain = only_record(tmp_path / "plain", write(tmp_path, "plain.txt", TRIAL))
    nuls = only_record(tmp_path / "nuls", write(tmp_path, "nuls.txt", data))
    assert {key: nuls[key] for key in LIST_FIELDS} == {key: plain[key] for key in LIST_FIELDS}


# --- Size ------------------------------------------------------------------------------------

FIFTY_MB = 50 * 1024 * 1024


def test_fifty_megabyte_file_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """E006 from the file's size alone: its bytes are never read (a sparse file, made in no time)."""
    huge = tmp_path / "in" / "dump.txt"
    huge.parent.mkdir()
    with huge.open("wb") as handle:
        handle.truncate(FIFTY_MB)

    def no_reading(path: Path, max_bytes: int) -> bytes:
        raise AssertionError(f"{path} was read")

    monkeypatch.setattr(trialnews.reading.reader, "_read_bytes", no_reading)
    write(tmp_path / "in", "story.txt", TRIAL.replace("ixazomib", "olaparib"))
    with pytest.raises(AssertionError, match="was read"):  # the guard itself is live
        read_article(tmp_path / "in" / "story.txt")
    monkeypatch.undo()
    monkeypatch.setattr(trialnews.reading.reader, "_read_bytes", no_reading)
    records, errors = [], []
    for outcome in extract_files([huge]):
        (errors if outcome.error else records).append(outcome)
    assert records == [] and len(errors) == 1
    assert_error(errors[0].error, huge, "E006")
    assert f"{FIFTY_MB} bytes" in errors[0].error["reason"]
    assert f"{DEFAULT_MAX_BYTES} bytes" in errors[0].error["reason"]
    assert "--max-bytes" in errors[0].error["reason"], "the message says what to do"


def test_fifty_megabyte_file_in_a_batch(tmp_path: Path) -> None:
    huge = tmp_path / "in" / "dump.txt"
    huge.parent.mkdir()
    with huge.open("wb") as handle:
        handle.truncate(FIFTY_MB)
    good = write(tmp_path / "in", "story.txt", TRIAL)
    records, errors = batch(tmp_path, tmp_path / "in")
    assert len(errors) == 1
    assert_error(errors[0], huge, "E006")
    assert [record["source"]["path"] for record in records] == [str(good)]


ONE_MB = 1024 * 1024
PROSE_WORDS = "lorem ipsum dolor sit amet consectetur adipiscing elit "


def test_one_megabyte_line_is_read_whole(tmp_path: Path) -> None:
    line = (TRIAL.replace("\n", " ") * (ONE_MB // len(TRIAL) + 1))[:ONE_MB]
    source = read_article(write(tmp_path, "line.txt", line))
    assert source.text == line and "\n" not in source.text


def test_one_megabyte_line_gives_a_valid_record(tmp_path: Path) -> None:
    """A whole 1 MB line of prose (one sentence, no facts) through the batch, in seconds. A 1 MB
    line of trial news is still slow: facts/* do O(doc) work per candidate (the known-quadratic
    trial-sentences case of test_pipeline_time_is_linear)."""
    line = (PROSE_WORDS * (ONE_MB // len(PROSE_WORDS) + 1))[:ONE_MB]
    record = only_record(tmp_path, write(tmp_path, "line.txt", line))
    assert all(record[field] == [] for field in FACT_FIELDS)


# --- Web pages and stories that are not about a trial ----------------------------------------

SCRIPTED_PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Drug X trial cuts relapse</title>
<style>.n {{ width: 999px; }} p::before {{ content: "77% of patients"; }}</style>
<script>var enrolled = 4321; /* 88% response, P=.0001, HR 0.12 (95% CI 0.1-0.2) */</script>
<script type="application/ld+json">{{"headline": "Drug X", "wordCount": 5555}}</script>
</head><body>
<noscript>Enable JavaScript: 6543 readers did</noscript>
<article><h1>Drug X trial cuts relapse</h1>
{"".join(f"<p>{paragraph}</p>" for paragraph in TRIAL.split(chr(10))[2:] if paragraph)}
<p>The trial's investigators said the drug was well tolerated and that the results support a larger
phase 3 study in patients with the disease.</p>
<script>document.write("P=.0002 and 66% of 9876 patients");</script>
</article></body></html>
"""


def test_html_scripts_and_styles_are_not_read(tmp_path: Path) -> None:
    record = only_record(tmp_path, write(tmp_path, "page.html", SCRIPTED_PAGE))
    text = read_article(record["source"]["path"]).text
    for leaked in ("999", "77%", "4321", "88%", ".0001", "5555", "var ", "document.write", "9876"):
        assert leaked not in text
    assert values(record) >= {120, 60, 30.0, 45.0, 0.03}
    assert not values(record) & {999, 77.0, 4321, 88.0, 0.0001, 0.12, 5555, 0.0002, 66.0, 9876}


NOT_A_TRIAL = """City council approves new riverside park

By Maria Lopez - March 3, 2021

The city council voted 7 to 2 on Tuesday to approve a $2.5 million plan for a riverside park, ending a \
debate that began in 2019.

About 65 percent of residents who answered a survey last fall said they wanted more green space, and \
nearly half said they would visit the park every week.

The park will cover 12 acres and include a playground, two soccer fields and a 1,200-foot walking path. \
Construction is expected to take 18 months.

"This is a great day for our neighborhood," said council member Tom Reed. Critics said the money should \
go to road repairs instead; one in five roads in the city needs repaving, according to a 2020 report.

The mayor, who proposed the plan, said the first phase would open in the spring of 2023.
"""


def test_story_that_is_not_about_a_trial(tmp_path: Path) -> None:
    """A valid record whose fact lists are empty: no invented arms, sizes, results or statistics."""
    record = only_record(tmp_path, write(tmp_path, "park.txt", NOT_A_TRIAL))
    assert {field: record[field] for field in (*FACT_FIELDS, "conclusions")} == {
        field: [] for field in (*FACT_FIELDS, "conclusions")}
    assert record["trial"]["name"] is None and record["trial"]["phase"] is None
    assert record["article"] == {"title": "City council approves new riverside park", "author": "Maria Lopez",
                                 "published": "2021-03-03"}


# --- Folders and files that change under the batch ---------------------------------------------


def test_folder_with_a_symlink_loop(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    good = write(folder, "a/story.txt", TRIAL)
    (folder / "a" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "self").symlink_to(".", target_is_directory=True)
    records, errors = batch(tmp_path, folder)
    assert [record["source"]["path"] for record in records] == [str(good)]
    assert sorted(entry["path"] for entry in errors) == [str(folder / "a" / "loop"), str(folder / "self")]
    for entry in errors:
        assert_error(entry, Path(entry["path"]), "E009")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root every file is readable, so the reader's open is made to fail as it would for a user."""
    locked = write(tmp_path / "in", "locked.txt", TRIAL)
    good = write(tmp_path / "in", "open.txt", TRIAL.replace("ixazomib", "olaparib"))
    real_open = Path.open

    def guarded_open(path: Path, *args: object, **kwargs: object):  # noqa: ANN202 - as Path.open
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    records, errors = batch(tmp_path, tmp_path / "in")
    assert len(errors) == 1
    assert_error(errors[0], locked, "E002")
    assert "Permission denied" in errors[0]["reason"]
    assert "permissions" in errors[0]["reason"], "the message says what to do"
    assert [record["source"]["path"] for record in records] == [str(good)]


def test_file_deleted_while_the_batch_runs(tmp_path: Path) -> None:
    """The folder is listed, then the 3rd file disappears before it is read: E001 for that file."""
    folder = tmp_path / "in"
    paths = [write(folder, f"{i}.txt", TRIAL.replace("120", str(100 + i))) for i in range(5)]
    outcomes = extract_files([folder], batch_size=1)
    first = next(outcomes)
    paths[2].unlink()
    rest = list(outcomes)
    assert [outcome.path for outcome in [first, *rest]] == [str(path) for path in paths]
    errors = [outcome for outcome in [first, *rest] if outcome.error is not None]
    assert [outcome.path for outcome in errors] == [str(paths[2])]
    assert_error(errors[0].error, paths[2], "E001")
    for outcome in [first, *rest]:
        if outcome.record is not None:
            assert_sound(outcome.record)


# --- Text built to make a regular expression backtrack: time stays linear ----------------------

#: The size (characters) of the smaller input of a timing test, and the factor of the larger one.
LINEAR_BASE_CHARS = 2_000
LINEAR_FACTOR = 4
#: Linear work takes about LINEAR_FACTOR (4) times longer on the larger input, quadratic work 16
#: times; the bound is generous for timing noise and fixed costs, and still below quadratic.
MAX_TIME_RATIO = 12
#: Timings are CPU time of the test's thread (time.thread_time), so other processes on a busy
#: machine do not count; each is the best of this many runs, which removes most of the rest of the noise...
TIMING_RUNS = 3
#: ...unless one run takes this long (seconds): then noise is small beside it, and one run is enough.
REPEAT_BELOW_SECONDS = 0.5

#: (repeated unit, size of the smaller input): texts that make regular expressions, the
#: tokenizer or the matchers backtrack or rescan.
BACKTRACKING_TEXTS = [
    pytest.param("1", LINEAR_BASE_CHARS, id="digit-run"),
    pytest.param(" ", LINEAR_BASE_CHARS, id="space-run"),
    pytest.param("1,", LINEAR_BASE_CHARS, id="digits-and-commas"),
    pytest.param("1 2,3 ", LINEAR_BASE_CHARS, id="digits-spaces-commas"),
    pytest.param("P" + " " * 200 + "x ", LINEAR_BASE_CHARS, id="P-then-spaces"),
    pytest.param("P ", LINEAR_BASE_CHARS, id="P-space-P-space"),
    pytest.param("95% CI " + "1" * 300 + " ", LINEAR_BASE_CHARS, id="CI-then-digit-run"),
    pytest.param("n=", LINEAR_BASE_CHARS, id="n-equals-run"),
    pytest.param("Alpha Beta ", LINEAR_BASE_CHARS, id="capitalised-words"),
    pytest.param("1 in ", LINEAR_BASE_CHARS, id="1-in-1-in"),
    pytest.param("\n", LINEAR_BASE_CHARS, id="line-breaks"),
    pytest.param("123 ", LINEAR_BASE_CHARS, id="thousands-groups"),
    pytest.param("123,", LINEAR_BASE_CHARS, id="thousands-groups-commas"),
    pytest.param("(", LINEAR_BASE_CHARS, marks=pytest.mark.slow, id="open-parens"),
    pytest.param("(a ", LINEAR_BASE_CHARS, id="parens-and-words"),
    pytest.param("5% ", 2 * LINEAR_BASE_CHARS, id="percent-run", marks=pytest.mark.slow),
    pytest.param("The drug group (n=55) had a 30% response (P=.02; HR 0.5, 95% CI 0.3-0.8). ",
                 4 * LINEAR_BASE_CHARS, marks=pytest.mark.slow, id="trial-sentences"),
]


def best_time(function: Callable[[], object]) -> float:
    timings: list[float] = []
    while len(timings) < TIMING_RUNS and (not timings or min(timings) < REPEAT_BELOW_SECONDS):
        started = time.thread_time()
        function()
        timings.append(time.thread_time() - started)
    return min(timings)


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize(("unit", "base"), BACKTRACKING_TEXTS)
def test_pipeline_time_is_linear(unit: str, base: int) -> None:
    extract_text(unit)  # warm up: the pipeline is built once

    def run(size: int) -> float:
        text = repeated(unit, size)
        record = extract_text(text)
        assert validation_problem(record, text) is None and grounding_problems(record, text) == []
        return best_time(lambda: extract_text(text))

    small, large = run(base), run(base * LINEAR_FACTOR)
    assert large / small < MAX_TIME_RATIO, f"{small:.3f}s then {large:.3f}s"


@pytest.mark.parametrize("unit", [param.values[0] for param in BACKTRACKING_TEXTS],
                         ids=[param.id for param in BACKTRACKING_TEXTS])
def test_backtracking_text_in_a_batch(tmp_path: Path, unit: str) -> None:
    """The same texts as files: a valid, grounded record each (small, so the suite stays fast)."""
    path = write(tmp_path, "stress.txt", repeated(unit, LINEAR_BASE_CHARS))
    records, errors = batch(tmp_path, path)
    if unit.strip():
        assert errors == [] and len(records) == 1
        assert_sound(records[0])
    else:
        assert_error(errors[0], path, "E005")


def test_no_os_error_escapes_a_batch(tmp_path: Path) -> None:
    """Every case above in one folder: one outcome per file, none raised."""
    folder = tmp_path / "in"
    write(folder, "empty.txt", b"")
    write(folder, "image.txt", PNG)
    write(folder, "park.txt", NOT_A_TRIAL)
    write(folder, "page.html", SCRIPTED_PAGE)
    write(folder, "latin1.txt", TRIAL.encode("latin-1"))
    write(folder, "utf16.txt", TRIAL.encode("utf-16"))
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    with (folder / "dump.txt").open("wb") as handle:
        handle.truncate(FIFTY_MB)
    records, errors = batch(tmp_path, folder)
    assert sorted((Path(e["path"]).name, e["code"]) for e in errors) == [
        ("dump.txt", "E006"), ("empty.txt", "E005"), ("image.txt", "E003"), ("loop", "E009")]
    assert len(records) == 4
    for record in records:
        assert_sound(record)
    assert os.listdir(tmp_path / "out") == ["errors.jsonl", "records.jsonl"] or sorted(
        os.listdir(tmp_path / "out")) == ["errors.jsonl", "records.jsonl"]


# --- Numbers that would be written wrong (issue 15, item 8) ----------------------------------

MISREAD_NUMBERS = [
    pytest.param("In the randomized trial, 99999999999999999999 patients were randomized to drug or placebo.",
                 "sample_sizes", "W006 sample_sizes item dropped: count above 9007199254740991",
                 id="count-beyond-exact-float"),
    pytest.param("In the randomized trial, 9007199254740993 patients were randomized to drug or placebo.",
                 "sample_sizes", "W006 sample_sizes item dropped: count above 9007199254740991",
                 id="count-one-beyond-exact-float"),
    pytest.param("In the randomized trial, 300 patients were randomized to drug or placebo. Pain response "
                 "was 40% with drug and 20% with placebo (P < 0).",
                 "comparisons", "W006 comparisons item dropped: p-value < 0.0 is impossible", id="p-below-zero"),
    pytest.param("In the randomized trial, 300 patients were randomized to drug or placebo. Pain response "
                 "was 40% with drug and 20% with placebo (P > 1).",
                 "comparisons", "W006 comparisons item dropped: p-value > 1.0 is impossible", id="p-above-one"),
    pytest.param("In the randomized trial, 300 patients were randomized to drug or placebo. Pain response "
                 "was -45% with drug and 20% with placebo.",
                 "results", "W002 percentage -45.0 outside 0-100 dropped", id="negative-percentage"),
]


@pytest.mark.parametrize(("body", "field", "warning"), MISREAD_NUMBERS)
def test_a_number_is_written_as_written_or_dropped_with_a_warning(body: str, field: str, warning: str) -> None:
    """A value the record cannot hold as written is dropped, with a coded warning that says why."""
    text = f"Drug Cuts Pain in Trial\n\n{body}\n"
    record = extract_text(text)
    assert any(item.startswith(warning) for item in record["warnings"]), record["warnings"]
    for item in record[field]:
        number = item.get("n", item.get("value", item.get("p_value")))
        assert str(number) in item["evidence"]["text"] or item["evidence"]["text"] in ("20%", "40%")
    assert validation_problem(record, text) is None and grounding_problems(record, text) == []


# --- Repeated warnings (issue 15, items 15 and 5) ---------------------------------------------

REPEATED_PARAGRAPH = ("In the randomized trial, 300 patients were randomized to drug or placebo. Pain response "
                      "was 130% with drug and 20% with placebo.\n\n")


def test_a_warning_is_listed_once() -> None:
    """A press release that repeats its paragraph: its one problem is one warning, not two."""
    record = extract_text("Drug Trial\n\n" + REPEATED_PARAGRAPH * 2)
    assert record["warnings"] == ["W002 percentage 130.0 outside 0-100 dropped ('130%')"]


def test_many_warnings_of_one_code_are_counted_not_listed() -> None:
    from trialnews.errors import MAX_WARNINGS_PER_CODE

    extra = 15
    values = ", ".join(f"{101 + index}%" for index in range(MAX_WARNINGS_PER_CODE + extra))
    record = extract_text("Drug Trial\n\nIn the randomized trial, 300 patients were randomized to drug or "
                          f"placebo. Pain response rates were {values}.\n")
    w002 = [warning for warning in record["warnings"] if warning.startswith("W002")]
    assert len(w002) == MAX_WARNINGS_PER_CODE
    assert f"W011 {extra} more W002 warnings like those above, not listed" in record["warnings"]


# --- Long texts: time linear in the text (issue 15, item 5) -----------------------------------


def respectively_list(count: int) -> str:
    """One sentence: ``count`` percentages, then ``respectively`` (more values than groups)."""
    values = ", ".join(f"{10 + index % 80}%" for index in range(count))
    return (f"Drug Trial\n\nIn the randomized trial, 300 patients were randomized to drug or placebo. "
            f"Response rates were {values}, respectively, with drug and placebo.\n")


def long_article(paragraphs: int) -> str:
    """An article of ``paragraphs`` trial paragraphs of our own, each with arms, sizes, results and
    a comparison."""
    return "Drug Trial\n\n" + "".join(
        f"In the randomized TRIAL-{index} study, {200 + index} patients with test disease were randomized to "
        f"ixazomib (n={100 + index}) or placebo (n=100). The trial's primary endpoint: progression-free survival "
        f"(PFS). PFS at 12 months was {30 + index % 50}.5% with ixazomib and {20 + index % 40}.5% with placebo "
        f"(HR 0.62; 95% CI 0.50-0.77; P=.01), and 12% and 9% had nausea, respectively. Overall survival was "
        f"20.1 months for all patients. \"The drug should be studied further,\" the authors concluded.\n\n"
        for index in range(paragraphs))


LONG_TEXTS = [
    pytest.param(respectively_list, 400, id="respectively-list"),
    pytest.param(long_article, 60, id="long-article"),
]


@pytest.mark.parametrize(("build", "base"), LONG_TEXTS)
def test_long_text_time_is_linear(build: Callable[[int], str], base: int) -> None:
    """A ``respectively`` list of hundreds of values, an article of hundreds of paragraphs: the
    larger input (LINEAR_FACTOR times the smaller) takes about LINEAR_FACTOR times as long, and
    a repeated warning is listed once."""
    extract_text(build(2))  # warm up

    def run(size: int) -> float:
        text = build(size)
        record = extract_text(text)
        assert validation_problem(record, text) is None and grounding_problems(record, text) == []
        assert len(record["warnings"]) == len(set(record["warnings"]))
        return best_time(lambda: extract_text(text))

    small, large = run(base), run(base * LINEAR_FACTOR)
    assert large / small < MAX_TIME_RATIO, f"{small:.3f}s then {large:.3f}s"


GROUPED_NUMBERS = [
    pytest.param("1,234,567 patients", ["1,234,567"], id="comma-groups"),
    pytest.param("13 388 patients", ["13 388"], id="space-groups"),
    pytest.param("in 2019 123 456 patients", ["2019", "123 456"], id="year-then-space-groups"),
    pytest.param("1,234,567,890,123,456", ["1,234,567,890,123,456"], id="five-groups"),
    pytest.param("1,234,567,890,123,456,789", ["1", "234", "567", "890", "123", "456", "789"], id="six-groups-not-cut"),
    pytest.param("123 123 123 123 123 123 123", ["123"] * 7, id="a-run-of-groups-not-cut"),
]


@pytest.mark.parametrize(("text", "numbers"), GROUPED_NUMBERS)
def test_numbers_with_thousands_groups_are_read_whole_or_not_grouped(text: str, numbers: list[str]) -> None:
    """The bounded number regex (linear on runs of groups) reads a grouped number whole, and never
    cuts a longer run into a number that was not written."""
    import re

    from trialnews.components.ruler import NUM

    assert [match.group() for match in re.finditer(NUM, text)] == numbers
