"""The writers: evidence table rows, CSV, XLSX and Markdown; the review page's HTML (no browser).

Records are made by hand from a text of our own, so these tests do not depend on extraction.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from trialnews.errors import TrialnewsError
from trialnews.record import SCHEMA_VERSION, Record
from trialnews.writers.records import effect_text, evidence_items, p_value_text, read_records, sentence_around
from trialnews.writers.review import HIGHLIGHT_CLASS, _Span, highlight, review_html, write_review
from trialnews.writers.table import (COLUMNS, XLSX_FREEZE, XLSX_MAX_WIDTH, XLSX_MIN_WIDTH, markdown, rows,
                                     write_csv, write_markdown, write_table, write_xlsx)

TEXT = """Zelvorin Cuts Relapse in Test Disease <script>alert("x")</script> & More

In the randomized ZEL-1 trial, 200 patients were randomized to zelvorin (n=100) or placebo (n=100). The trial's primary endpoint: progression-free survival (PFS).

PFS at 12 months was 61.5% with zelvorin and 40.5% with placebo (HR 0.62; 95% CI 0.50-0.77; P<.001). Median overall survival (OS) was 20.1 months for all patients.

"Zelvorin is a new option | for some," the authors concluded.
"""


def ev(quote: str, text: str = TEXT) -> dict[str, Any]:
    start = text.index(quote)
    return {"start": start, "end": start + len(quote), "text": quote}


def make_record(path: Path, text: str = TEXT) -> dict[str, Any]:
    """A valid record of ``text``, written to ``path`` (its source)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    record = {
        "schema_version": SCHEMA_VERSION,
        "source": {"path": str(path), "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                   "chars": len(text), "encoding": "utf-8", "format": "txt"},
        "article": {"title": "Zelvorin Cuts Relapse", "author": "Test Writer", "published": "2023-05-01"},
        "trial": {"name": "ZEL-1", "registry_ids": ["NCT01234567"], "phase": "3", "design": ["randomized"],
                  "condition": "test disease"},
        "arms": [
            {"label": "zelvorin", "intervention": "zelvorin", "dose": None, "role": "experimental", "n": 100,
             "evidence": ev("zelvorin (n=100", text)},
            {"label": "placebo", "intervention": "placebo", "dose": None, "role": "control", "n": 100,
             "evidence": ev("placebo (n=100", text)},
        ],
        "sample_sizes": [{"n": 200, "population": "randomized", "arm": None, "evidence": ev("200 patients", text)}],
        "endpoints": [
            {"name": "progression-free survival", "abbreviation": "PFS", "primary": True,
             "evidence": ev("progression-free survival", text)},
            {"name": "overall survival", "abbreviation": "OS", "primary": False,
             "evidence": ev("overall survival", text)},
        ],
        "results": [
            {"endpoint": "PFS", "arm": "zelvorin", "value": 61.5, "unit": "%", "statistic": "rate",
             "timepoint": "12 months", "evidence": ev("61.5%", text)},
            {"endpoint": "PFS", "arm": "placebo", "value": 40.5, "unit": "%", "statistic": "rate",
             "timepoint": "12 months", "evidence": ev("40.5%", text)},
            {"endpoint": "OS", "arm": None, "value": 20.1, "unit": "months", "statistic": "median",
             "timepoint": None, "evidence": ev("20.1 months", text)},
        ],
        "comparisons": [
            {"endpoint": "PFS", "arms": ["zelvorin", "placebo"], "measure": "HR", "estimate": 0.62, "ci_low": 0.5,
             "ci_high": 0.77, "ci_level": 95, "p_value": 0.001, "p_relation": "<", "significant": True,
             "evidence": ev("HR 0.62; 95% CI 0.50-0.77; P<.001", text)},
        ],
        "conclusions": [{"text": "Zelvorin is a new option | for some", "attribution": "authors",
                         "evidence": ev("Zelvorin is a new option | for some", text)}],
        "citation": {"authors": ["Doe J", "Roe R"], "et_al": True, "title": "Zelvorin in test disease",
                     "journal": "Test J", "year": 2023, "doi": "10.1000/test.1"},
        "warnings": [],
    }
    Record.model_validate(record, context={"text": text})
    return record


def bare_record(path: Path) -> dict[str, Any]:
    """A record with no results and no comparisons."""
    record = make_record(path)
    record.update(results=[], comparisons=[], endpoints=[], conclusions=[], citation=None)
    return record


@pytest.fixture
def record(tmp_path: Path) -> dict[str, Any]:
    return make_record(tmp_path / "articles" / "zel.txt")


# --- Rows ------------------------------------------------------------------------------------

PFS_ROW = {
    "endpoint": "progression-free survival (PFS)", "primary": "yes", "comparison": "zelvorin vs placebo",
    "arm results": "zelvorin: 61.5%; placebo: 40.5%", "timepoint": "12 months",
    "effect (95% CI)": "HR 0.62 (95% CI 0.5–0.77)", "p-value": "P<0.001 (significant)",
}
OS_ROW = {
    "endpoint": "overall survival (OS)", "primary": "", "comparison": "", "arm results": "all patients: median 20.1 months",
    "timepoint": "", "effect (95% CI)": "", "p-value": "",
}


def test_rows_one_per_comparison_and_result_group(record: dict[str, Any]) -> None:
    table = rows([record])
    assert [{key: row[key] for key in PFS_ROW} for row in table] == [PFS_ROW, OS_ROW]
    for row in table:
        assert set(row) == set(COLUMNS)
        assert row["source"] == record["source"]["path"]
        assert row["trial"] == "ZEL-1 (NCT01234567)"
        assert row["arms (n)"] == "zelvorin (n=100); placebo (n=100)"
        assert row["conclusion"] == "Zelvorin is a new option | for some"
        assert row["citation"] == "Doe J, Roe R, et al. Zelvorin in test disease. Test J. 2023."
        assert row["DOI"] == "10.1000/test.1"


def test_a_record_without_results_has_one_row(tmp_path: Path) -> None:
    table = rows([bare_record(tmp_path / "bare.txt")])
    assert len(table) == 1
    assert table[0]["trial"] == "ZEL-1 (NCT01234567)" and table[0]["endpoint"] == ""


def test_results_go_to_the_nearest_comparison_of_their_endpoint(tmp_path: Path) -> None:
    text = ("PFS at 12 months was 61.5% with zelvorin and 40.5% with placebo (P=.01). "
            "PFS at 24 months was 41.5% with zelvorin and 20.5% with placebo (P=.02). zelvorin (n=10) placebo (n=10)")
    record = make_record(tmp_path / "one.txt")
    record["source"] = make_record(tmp_path / "two.txt", TEXT + text)["source"]
    text = TEXT + text
    arm = {"intervention": None, "dose": None, "role": None, "n": 10}
    record.update(sample_sizes=[], conclusions=[], endpoints=[], arms=[
        {**arm, "label": "zelvorin", "evidence": ev("zelvorin (n=10", text)},
        {**arm, "label": "placebo", "evidence": ev("placebo (n=10", text)}])
    record["results"] = [
        {"endpoint": "PFS", "arm": name, "value": float(value), "unit": "%", "statistic": "rate",
         "timepoint": timepoint, "evidence": ev(f"{value}%", text)}
        for name, value, timepoint in (("zelvorin", "61.5", "12 months"), ("placebo", "40.5", "12 months"),
                                       ("zelvorin", "41.5", "24 months"), ("placebo", "20.5", "24 months"))]
    record["comparisons"] = [
        {"endpoint": "PFS", "arms": ["zelvorin", "placebo"], "p_value": p, "p_relation": "=", "evidence": ev(f"P=.0{digit}", text)}
        for p, digit in ((0.01, 1), (0.02, 2))]
    Record.model_validate(record, context={"text": text})
    table = rows([record])
    assert [(row["arm results"], row["timepoint"], row["p-value"]) for row in table] == [
        ("zelvorin: 61.5%; placebo: 40.5%", "12 months", "P=0.01"),
        ("zelvorin: 41.5%; placebo: 20.5%", "24 months", "P=0.02"),
    ]


EFFECT_CASES = [
    pytest.param({"measure": "HR", "estimate": 0.62, "ci_low": 0.5, "ci_high": 0.77, "ci_level": 95},
                 "HR 0.62 (95% CI 0.5–0.77)", id="hazard-ratio-with-ci"),
    pytest.param({"measure": "OR", "estimate": 1.8, "ci_low": 1.1, "ci_high": 2.9, "ci_level": 90},
                 "OR 1.8 (90% CI 1.1–2.9)", id="ci-level-kept"),
    pytest.param({"measure": "relative_reduction", "estimate": 30.0}, "relative reduction 30%",
                 id="relative-reduction-in-percent"),
    pytest.param({"measure": "HR", "estimate": 0.7, "ci_low": 0.6, "ci_high": 0.8, "ci_level": None},
                 "HR 0.7 (95% CI 0.6–0.8)", id="ci-level-defaults-to-95"),
    pytest.param({"ci_low": 1.0, "ci_high": 2.0, "ci_level": 95}, "95% CI 1–2", id="interval-only"),
    pytest.param({"p_value": 0.2}, "", id="no-effect"),
]


@pytest.mark.parametrize(("comparison", "expected"), EFFECT_CASES)
def test_effect_text(comparison: dict[str, Any], expected: str) -> None:
    assert effect_text(comparison) == expected


P_VALUE_CASES = [
    pytest.param({"p_value": 0.001, "p_relation": "<"}, "P<0.001", id="less-than"),
    pytest.param({"p_value": 0.17, "p_relation": "="}, "P=0.17", id="equals"),
    pytest.param({"p_value": 0.00001, "p_relation": "<"}, "P<0.00001", id="no-exponent"),
    pytest.param({"p_value": 1.0, "p_relation": "=", "significant": False}, "P=1 (not significant)", id="stated-ns"),
    pytest.param({"significant": True}, "significant", id="significance-without-p"),
    pytest.param({}, "", id="nothing"),
]


@pytest.mark.parametrize(("comparison", "expected"), P_VALUE_CASES)
def test_p_value_text(comparison: dict[str, Any], expected: str) -> None:
    assert p_value_text(comparison) == expected


# --- Files -----------------------------------------------------------------------------------


def test_csv_round_trip(record: dict[str, Any], tmp_path: Path) -> None:
    table = rows([record])
    path = tmp_path / "evidence.csv"
    write_csv(table, path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == COLUMNS
        assert list(reader) == table


def test_xlsx_header_frozen_panes_widths_and_links(record: dict[str, Any], tmp_path: Path) -> None:
    table = rows([record, bare_record(tmp_path / "bare.txt")])
    path = tmp_path / "evidence.xlsx"
    write_xlsx(table, path)
    sheet = load_workbook(path).active
    assert [cell.value for cell in sheet[1]] == list(COLUMNS)
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == XLSX_FREEZE
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(COLUMNS)).column_letter}{len(table) + 1}"
    assert sheet.max_row == len(table) + 1
    widths = [sheet.column_dimensions[sheet.cell(1, index).column_letter].width for index in range(1, len(COLUMNS) + 1)]
    assert all(XLSX_MIN_WIDTH <= width <= XLSX_MAX_WIDTH for width in widths)
    assert widths[COLUMNS.index("conclusion")] > widths[COLUMNS.index("phase")]
    doi = sheet.cell(2, COLUMNS.index("DOI") + 1)
    assert (doi.value, doi.hyperlink.target) == ("10.1000/test.1", "https://doi.org/10.1000/test.1")
    assert sheet.cell(2, COLUMNS.index("p-value") + 1).value == "P<0.001 (significant)"


def test_markdown_is_aligned_and_escaped(record: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "evidence.md"
    write_markdown(rows([record]), path)
    text = path.read_text(encoding="utf-8")
    assert "## Zelvorin Cuts Relapse" in text
    assert "- **conclusion:** Zelvorin is a new option | for some" in text
    table_lines = [line for line in text.splitlines() if line.startswith("| ")]
    assert len(table_lines) == 4  # header, rule, two rows
    assert len({len(line) for line in table_lines}) == 1, "columns are padded to one width"
    assert table_lines[0].split("|")[1].strip() == "endpoint"
    assert "P<0.001 (significant)" in table_lines[2]


def test_markdown_escapes_pipes_in_cells(record: dict[str, Any]) -> None:
    record["results"][2]["timepoint"] = "week 4 | week 8"
    text = markdown(rows([record]))
    assert "week 4 \\| week 8" in text


@pytest.mark.parametrize("name", ["evidence.csv", "evidence.xlsx", "evidence.md", "EVIDENCE.CSV"])
def test_write_table_by_suffix(record: dict[str, Any], tmp_path: Path, name: str) -> None:
    write_table(rows([record]), tmp_path / "sub" / name)
    assert (tmp_path / "sub" / name).stat().st_size > 0


@pytest.mark.parametrize("name", ["evidence.pdf", "evidence.json", "evidence"])
def test_unsupported_table_suffix_is_e204(record: dict[str, Any], tmp_path: Path, name: str) -> None:
    with pytest.raises(TrialnewsError) as caught:
        write_table(rows([record]), tmp_path / name)
    assert caught.value.code == "E204" and ".csv" in str(caught.value)
    assert not (tmp_path / name).exists()


# --- Reading records -------------------------------------------------------------------------


BAD_RECORDS = [
    pytest.param("{not json\n", "line 1 is not JSON", id="not-json"),
    pytest.param("[1, 2]\n", "line 1 is not a JSON object", id="not-an-object"),
    pytest.param('\n{"schema_version": "1"}\n', "line 2 is not a valid record", id="not-a-record"),
]


@pytest.mark.parametrize(("content", "reason"), BAD_RECORDS)
def test_bad_records_file_is_e203(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TrialnewsError) as caught:
        list(read_records(path))
    assert caught.value.code == "E203" and reason in str(caught.value) and str(path) in str(caught.value)


def test_missing_records_file_is_e203(tmp_path: Path) -> None:
    with pytest.raises(TrialnewsError) as caught:
        list(read_records(tmp_path / "missing.jsonl"))
    assert caught.value.code == "E203"


SENTENCE_CASES = [
    pytest.param("One. Two has 55% here. Three.", "55%", ("Two has ", "55%", " here."), id="middle-sentence"),
    pytest.param("Title\nThe rate was 12% (P=.03). Next.", "P=.03", ("The rate was 12% (", "P=.03", ")."),
                 id="line-break-and-decimal-stop"),
    pytest.param('He said "it is 20%." Then.', "20%", ('He said "it is ', "20%", '."'), id="closing-quote"),
    pytest.param("No stop at all 7 here", "7", ("No stop at all ", "7", " here"), id="whole-text"),
]


@pytest.mark.parametrize(("text", "value", "expected"), SENTENCE_CASES)
def test_sentence_around(text: str, value: str, expected: tuple[str, str, str]) -> None:
    start = text.index(value)
    assert sentence_around(text, start, start + len(value)) == expected


def test_sentence_around_is_cut_when_long() -> None:
    text = "word " * 200 + "VALUE" + " word" * 200
    before, value, after = sentence_around(text, 1000, 1005, limit=30)
    assert value == "VALUE" and before.startswith("…") and after.endswith("…")
    assert len(before) <= 31 and len(after) <= 31


# --- Review page -----------------------------------------------------------------------------


class PageParser(HTMLParser):
    """Collects what the tests check: ids, highlights, links, scripts, and the article text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.marks: list[dict[str, str]] = []
        self.jumps: list[dict[str, str]] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text_parts: list[str] = []
        self.mark_text: dict[str, str] = {}
        self.notes: list[str] = []
        self._in_text = 0
        self._open_marks: list[str] = []
        self._in_note = False
        self.stack_errors = 0
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        self.tags.append((tag, attributes))
        if tag not in ("meta", "br", "link", "img", "input"):
            self._stack.append(tag)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        classes = attributes.get("class", "").split()
        if tag == "div" and "text" in classes:
            self._in_text = 1
        elif self._in_text and tag == "div":
            self._in_text += 1
        if tag == "mark" and HIGHLIGHT_CLASS in classes:
            self.marks.append(attributes)
            self._open_marks.append(attributes.get("id", ""))
        if tag == "a" and "jump" in classes:
            self.jumps.append(attributes)
        if tag == "p" and "note" in classes:
            self._in_note = True
            self.notes.append("")

    def handle_endtag(self, tag: str) -> None:
        if not self._stack or self._stack[-1] != tag:
            self.stack_errors += 1
        else:
            self._stack.pop()
        if tag == "mark" and self._open_marks:
            self._open_marks.pop()
        if tag == "div" and self._in_text:
            self._in_text -= 1
        if tag == "p":
            self._in_note = False

    def handle_data(self, data: str) -> None:
        if self._in_text:
            self.text_parts.append(data)
            for ref in self._open_marks:
                if ref:
                    self.mark_text[ref] = self.mark_text.get(ref, "") + data
        if self._in_note:
            self.notes[-1] += data


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def test_review_page_structure(record: dict[str, Any]) -> None:
    page = review_html([record])
    parsed = parse(page)
    assert parsed.stack_errors == 0, "tags are well nested"
    assert len(parsed.ids) == len(set(parsed.ids)), "ids are unique"
    items = evidence_items(record)
    anchored = [mark for mark in parsed.marks if "id" in mark]
    assert len(anchored) == len(items)
    assert {mark["class"].split()[1] for mark in anchored} == {f"f-{item.field}" for item in items}
    assert len(parsed.jumps) == len(items)
    for jump in parsed.jumps:
        assert jump["href"] == "#" + jump["data-ref"] and jump["data-ref"] in parsed.ids
        assert "row-" + jump["data-ref"] in parsed.ids
    assert "".join(parsed.text_parts) == TEXT, "the article text is shown whole and unchanged"
    assert parsed.mark_text["a0-results-0"] == "61.5%"
    assert parsed.mark_text["a0-comparisons-0"] == "HR 0.62; 95% CI 0.50-0.77; P<.001"
    assert parsed.notes == []


def test_review_page_is_self_contained_and_escaped(record: dict[str, Any]) -> None:
    page = review_html([record])
    parsed = parse(page)
    scripts = [attributes for tag, attributes in parsed.tags if tag == "script"]
    assert scripts == [{}], "one inline script, nothing loaded"
    assert not [tag for tag, _ in parsed.tags if tag in ("link", "img", "iframe", "object", "embed")]
    assert not re.search(r"@import|url\(|@font-face", page)
    external = [value for _, attributes in parsed.tags for key, value in attributes.items()
                if key in ("src", "href") and re.match(r"\w+:", value)]
    assert external == ["https://doi.org/10.1000/test.1"], "only the DOI links out (a link, not a load)"
    assert "<script>alert" not in page
    assert html.escape('<script>alert("x")</script>', quote=False) in page


def test_review_page_without_the_source_file(record: dict[str, Any]) -> None:
    Path(record["source"]["path"]).unlink()
    page = review_html([record])
    parsed = parse(page)
    assert parsed.marks == [] and parsed.jumps == []
    assert len(parsed.notes) == 1 and "cannot be read again" in parsed.notes[0]
    assert "E001" in parsed.notes[0]
    assert "row-a0-results-0" in parsed.ids, "the record is still shown, value by value"
    assert page.count('class="unlinked"') == len(evidence_items(record))


def test_review_page_with_a_changed_source_file(record: dict[str, Any]) -> None:
    Path(record["source"]["path"]).write_text(TEXT.replace("61.5%", "71.5%"), encoding="utf-8")
    parsed = parse(review_html([record]))
    assert parsed.marks == []
    assert len(parsed.notes) == 1 and "has changed since it was extracted" in parsed.notes[0]


def test_review_page_with_a_value_off_its_offsets(record: dict[str, Any]) -> None:
    record["results"][0]["evidence"]["start"] += 1
    parsed = parse(review_html([record]))
    assert "a0-results-0" not in parsed.ids and "row-a0-results-0" in parsed.ids
    assert len(parsed.notes) == 1 and "1 of 10 values" in parsed.notes[0]


def test_review_page_relative_paths_and_several_articles(tmp_path: Path) -> None:
    first = make_record(tmp_path / "base" / "news" / "one.txt")
    second = make_record(tmp_path / "base" / "news" / "two.txt", TEXT + "Second article, 62.5% here.\n")
    second["results"][0].update(value=62.5, evidence=ev("62.5%", TEXT + "Second article, 62.5% here.\n"))
    for record in (first, second):
        record["source"]["path"] = str(Path(record["source"]["path"]).relative_to(tmp_path / "base"))
    page = review_html([first, second], base=tmp_path / "base")
    parsed = parse(page)
    assert len([mark for mark in parsed.marks if "id" in mark]) == 2 * len(evidence_items(first))
    assert {"a0", "a1", "a0-results-0", "a1-results-0"} <= set(parsed.ids)
    assert parsed.mark_text["a1-results-0"] == "62.5%"
    assert '<nav class="contents"' in page


def test_write_review(record: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "out" / "review.html"
    write_review([record], path)
    assert path.read_text(encoding="utf-8").startswith("<!doctype html>")
    with pytest.raises(TrialnewsError) as caught:
        write_review([record], tmp_path / "review.pdf")
    assert caught.value.code == "E204"


def span(start: int, end: int, ref: str, field: str = "results") -> _Span:
    return _Span(start, end, field, ref, ref, 0)


HIGHLIGHT_CASES = [
    pytest.param("abcdef", [span(1, 3, "x")], 'a<mark·id="x">bc</mark>def', id="one-span"),
    pytest.param("abcdef", [span(0, 6, "outer"), span(2, 4, "inner")],
                 '<mark·id="outer">ab<mark·id="inner">cd</mark>ef</mark>', id="nested"),
    pytest.param("abcdef", [span(0, 4, "a"), span(2, 6, "b")],
                 '<mark·id="a">ab<mark·id="b">cd</mark></mark><mark·ref="b">ef</mark>', id="crossing-continues"),
    pytest.param("abcdef", [span(0, 2, "a"), span(2, 4, "b")],
                 '<mark·id="a">ab</mark><mark·id="b">cd</mark>ef', id="adjacent"),
    pytest.param("a<b>&c", [span(1, 4, "x")], 'a<mark·id="x">&lt;b&gt;</mark>&amp;c', id="escaped"),
    pytest.param("abc", [span(1, 1, "empty")], "abc", id="empty-span-ignored"),
]


def _simplify(markup: str) -> str:
    """``<mark ... id="x" ...>`` as ``<mark·id="x">``; a continuation as ``<mark·ref="x">``."""
    def one(found: re.Match[str]) -> str:
        tag = found.group(0)
        anchor = re.search(r' id="([^"]+)"', tag)
        if anchor:
            return f'<mark·id="{anchor.group(1)}">'
        return f'<mark·ref="{re.search(DATA_REF, tag).group(1)}">'

    return re.sub(r"<mark [^>]*>", one, markup)


DATA_REF = re.compile(r'data-ref="([^"]+)"')


@pytest.mark.parametrize(("text", "spans", "expected"), HIGHLIGHT_CASES)
def test_highlight(text: str, spans: list[_Span], expected: str) -> None:
    assert _simplify(highlight(text, spans)) == expected


def test_records_file_round_trip(record: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    assert list(read_records(path)) == [record]


def test_every_value_says_which_rule_and_linkers_found_it() -> None:
    from trialnews.writers.records import EvidenceItem, provenance

    item = EvidenceItem(field="results", index=0, item={"evidence": {
        "start": 0, "end": 3, "text": "55%", "rule": "percent",
        "links": {"arm": "respectively-list", "endpoint": "occurred-in"}}})
    assert provenance(item) == "rule percent · arm: respectively-list · endpoint: occurred-in"


# --- Hostile text in the outputs (issue 15, items 9 and 10) ----------------------------------

FORMULA_CELLS = [
    pytest.param("=HYPERLINK(\"http://example.test\",\"click\")", id="equals"),
    pytest.param("+cmd|' /C calc'!A0", id="plus"),
    pytest.param("-2+3+cmd|' /C calc'!A0", id="minus"),
    pytest.param("@SUM(1+1)*cmd|' /C calc'!A0", id="at"),
]


@pytest.mark.parametrize("hostile", FORMULA_CELLS)
def test_a_formula_from_an_article_is_text_in_the_spreadsheets(record: dict[str, Any], tmp_path: Path,
                                                                hostile: str) -> None:
    """A title or quote that starts like a formula: the CSV cell is prefixed with ' (OWASP), the
    XLSX cell is a text cell holding the exact text, never a formula."""
    record["article"]["title"] = hostile
    record["conclusions"][0]["text"] = hostile
    table = rows([record])
    write_csv(table, tmp_path / "evidence.csv")
    with (tmp_path / "evidence.csv").open(encoding="utf-8", newline="") as handle:
        [row] = [line for line in csv.DictReader(handle)][:1]
    assert row["title"] == row["conclusion"] == "'" + hostile
    assert row["p-value"] == "P<0.001 (significant)"
    write_xlsx(table, tmp_path / "evidence.xlsx")
    sheet = load_workbook(tmp_path / "evidence.xlsx").active
    for column in ("title", "conclusion"):
        cell = sheet.cell(2, COLUMNS.index(column) + 1)
        assert (cell.value, cell.data_type) == (hostile, "s")


def test_a_plain_negative_number_is_not_prefixed(tmp_path: Path) -> None:
    table = [{column: "" for column in COLUMNS} | {"title": "-0.5", "source": "a.txt"}]
    write_csv(table, tmp_path / "evidence.csv")
    with (tmp_path / "evidence.csv").open(encoding="utf-8", newline="") as handle:
        assert next(csv.DictReader(handle))["title"] == "-0.5"


ESCAPE_CODES = "\x1b]0;pwned\x07\x1b[2J\x9b31m"
"""Set the window title, clear the screen, a C1 CSI: what an article must not do to a terminal."""


def test_markdown_shows_html_and_escape_codes_as_text(record: dict[str, Any]) -> None:
    record["article"]["title"] = f"Trial <script>alert(1)</script> <img src=x onerror=alert(2)> {ESCAPE_CODES}"
    record["conclusions"][0]["text"] = "<b>bold</b> P<0.05"
    text = markdown(rows([record]))
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;script>alert(1)&lt;/script>" in text and "P<0.05" in text
    assert not any(char in text for char in "\x1b\x07\x9b")
    assert "␛]0;pwned␇␛[2J" in text
