"""The evidence table: records to rows a curator reads, written as CSV, XLSX or Markdown.

One row per endpoint comparison and per group of results. A comparison (``ixazomib vs placebo``,
with its effect and p-value) takes the results of its endpoint for its arms, each result going to
the nearest comparison of that endpoint written after it (else before it); results left over (for
all patients, or an arm outside every comparison) are grouped by endpoint and time point. Rows follow the article's order.
An article with neither results nor comparisons still has one row, so every record appears.

``rows(records)`` builds the rows (plain dicts keyed by :data:`COLUMNS`); ``write_csv``,
``write_xlsx`` and ``write_markdown`` write them; ``write_table`` picks by the file's suffix.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..errors import Errors, TrialnewsError
from .records import Item, citation_text, effect_text, p_value_text, printable, result_text

Row = dict[str, str]

COLUMNS = ("source", "title", "trial", "phase", "design", "condition", "arms (n)", "endpoint", "primary",
           "comparison", "arm results", "timepoint", "effect (95% CI)", "p-value", "conclusion", "citation",
           "DOI", "warnings")
"""The columns of the table, in order."""

RECORD_COLUMNS = ("source", "title", "trial", "phase", "design", "condition", "arms (n)", "conclusion",
                  "citation", "DOI", "warnings")
"""Columns that describe the article and its trial: the same on every row of one record."""

ROW_COLUMNS = ("endpoint", "primary", "comparison", "arm results", "timepoint", "effect (95% CI)", "p-value")
"""Columns that describe one endpoint comparison or group of results."""

#: Which conclusion goes in the table: the authors' own words first.
CONCLUSION_PREFERENCE = ("authors", "investigators", "article")
SEPARATOR = "; "
DOI_URL = "https://doi.org/"

# Spreadsheet safety (OWASP, "CSV Injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula."""
TEXT_PREFIX = "'"
"""Put before such a cell so that spreadsheets show it as text."""

# XLSX layout
XLSX_SHEET = "evidence"
XLSX_FREEZE = "B2"  # the header row and the source column stay in view
XLSX_MIN_WIDTH = 8
XLSX_MAX_WIDTH = 60
"""Column widths in characters: the longest cell (or header), within these bounds; longer text wraps."""
XLSX_WIDTH_PADDING = 2
XLSX_HEADER_FILL = "DDE6F0"
XLSX_FORMULA_TYPE = "f"
XLSX_TEXT_TYPE = "s"
"""openpyxl's cell types: every cell of the table is text, never a formula (text in an .xlsx
cell is never run, so the exact text is kept, without the CSV's ``'`` prefix)."""

# Markdown layout
HTML_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
"""A ``<`` that opens an HTML tag, comment or declaration in Markdown (CommonMark's raw HTML)."""
MD_MAX_CELL = 80
"""A Markdown cell longer than this is cut with an ellipsis, so that rows fit a terminal."""


# --- Rows ------------------------------------------------------------------------------------


def rows(records: Iterable[Item]) -> list[Row]:
    """The rows of the evidence table for ``records`` (see the module docstring)."""
    table: list[Row] = []
    for record in records:
        base = _record_columns(record)
        groups = _groups(record)
        if not groups:
            table.append({**dict.fromkeys(COLUMNS, ""), **base})
        for comparison, results in groups:
            table.append({**base, **_row_columns(record, comparison, results)})
    return table


def _record_columns(record: Item) -> Row:
    trial = record.get("trial") or {}
    citation = record.get("citation") or {}
    name = trial.get("name") or ""
    registry = ", ".join(trial.get("registry_ids") or [])
    return {
        "source": record["source"]["path"],
        "title": (record.get("article") or {}).get("title") or "",
        "trial": f"{name} ({registry})" if name and registry else name or registry,
        "phase": trial.get("phase") or "",
        "design": ", ".join(trial.get("design") or []),
        "condition": trial.get("condition") or "",
        "arms (n)": SEPARATOR.join(_arm_text(arm) for arm in record.get("arms") or []),
        "conclusion": _conclusion(record),
        "citation": citation_text(citation),
        "DOI": citation.get("doi") or "",
        "warnings": SEPARATOR.join(record.get("warnings") or []),
    }


def _arm_text(arm: Item) -> str:
    return arm["label"] + (f" (n={arm['n']})" if arm.get("n") else "")


def _conclusion(record: Item) -> str:
    conclusions = record.get("conclusions") or []
    for attribution in CONCLUSION_PREFERENCE:
        for conclusion in conclusions:
            if conclusion["attribution"] == attribution:
                return conclusion["text"]
    return ""


def _endpoint_key(record: Item) -> Callable[[str | None], str]:
    """Folds an endpoint's abbreviation and long form into one key (PFS = progression-free survival)."""
    names: dict[str, str] = {}
    for endpoint in record.get("endpoints") or []:
        key = endpoint["name"].casefold()
        names[key] = key
        if endpoint.get("abbreviation"):
            names[endpoint["abbreviation"].casefold()] = key
    return lambda name: names.get((name or "").casefold(), (name or "").casefold())


def _groups(record: Item) -> list[tuple[Item | None, list[Item]]]:
    """(comparison or None, its results), in the order of the article."""
    key = _endpoint_key(record)
    comparisons = record.get("comparisons") or []
    taken: dict[int, list[Item]] = {index: [] for index in range(len(comparisons))}
    leftovers: dict[tuple[str, str], list[Item]] = {}
    for result in record.get("results") or []:
        candidates = [index for index, comparison in enumerate(comparisons)
                      if result.get("arm") in (comparison.get("arms") or [])
                      and key(comparison.get("endpoint")) == key(result["endpoint"])]
        if candidates:
            taken[_nearest(candidates, comparisons, result)].append(result)
        else:
            leftovers.setdefault((key(result["endpoint"]), result.get("timepoint") or ""), []).append(result)
    groups: list[tuple[Item | None, list[Item]]] = [(comparisons[index], results)
                                                    for index, results in taken.items()]
    groups.extend((None, results) for results in leftovers.values())
    return sorted(groups, key=lambda group: min(_start(item) for item in [*group[1], group[0]] if item))


def _nearest(candidates: list[int], comparisons: list[Item], result: Item) -> int:
    """The comparison a result belongs to: the nearest one written after it (a p-value follows its
    numbers: "55.3% and 59.1%, respectively; P=1.00"), else the nearest one before it."""
    after = [index for index in candidates if _start(comparisons[index]) >= _start(result)]
    if after:
        return min(after, key=lambda index: _start(comparisons[index]))
    return max(candidates, key=lambda index: _start(comparisons[index]))


def _start(item: Item) -> int:
    return item["evidence"]["start"]


def _row_columns(record: Item, comparison: Item | None, results: list[Item]) -> Row:
    name = comparison.get("endpoint") if comparison is not None else results[0]["endpoint"]
    endpoint = _endpoint(record, name)
    timepoints = dict.fromkeys(result["timepoint"] for result in results if result.get("timepoint"))
    return {
        "endpoint": _endpoint_text(endpoint, name),
        "primary": "yes" if endpoint is not None and endpoint.get("primary") else "",
        "comparison": " vs ".join(comparison.get("arms") or []) if comparison is not None else "",
        "arm results": SEPARATOR.join(result_text(result) for result in results),
        "timepoint": SEPARATOR.join(timepoints),
        "effect (95% CI)": effect_text(comparison) if comparison is not None else "",
        "p-value": p_value_text(comparison) if comparison is not None else "",
    }


def _endpoint(record: Item, name: str | None) -> Item | None:
    key = _endpoint_key(record)
    return next((endpoint for endpoint in record.get("endpoints") or []
                 if key(endpoint["name"]) == key(name)), None)


def _endpoint_text(endpoint: Item | None, name: str | None) -> str:
    if endpoint is None:
        return name or ""
    abbreviation = endpoint.get("abbreviation")
    return f"{endpoint['name']} ({abbreviation})" if abbreviation else endpoint["name"]


# --- Writers ---------------------------------------------------------------------------------


def write_csv(table: list[Row], path: Path) -> None:
    """UTF-8 CSV with a header row (Excel users: open the .xlsx instead); cells that a spreadsheet
    would run as a formula are written as text (:func:`spreadsheet_text`)."""
    with _opened(path, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({column: spreadsheet_text(row[column]) for column in COLUMNS} for row in table)


def spreadsheet_text(text: str) -> str:
    """``text`` prefixed with ``'`` when it starts like a formula (:data:`FORMULA_STARTS`) and is not
    a plain number: OWASP's advice against CSV injection, so that a title such as
    ``=HYPERLINK(...)`` taken from an article is shown by a spreadsheet, never run."""
    if not text.startswith(FORMULA_STARTS) or _is_number(text):
        return text
    return TEXT_PREFIX + text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_xlsx(table: list[Row], path: Path) -> None:
    """One sheet: a bold header row, frozen panes, filters, widths to fit, DOIs as links."""
    book = Workbook()
    sheet = book.active
    sheet.title = XLSX_SHEET
    sheet.append(list(COLUMNS))
    for row in table:
        sheet.append([row[column] for column in COLUMNS])
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", start_color=XLSX_HEADER_FILL)
    for cell in sheet[1]:
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center")
    doi_column = COLUMNS.index("DOI") + 1
    for number_, row in enumerate(table, 2):
        for cell in sheet[number_]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.data_type == XLSX_FORMULA_TYPE:  # openpyxl took a text starting with "=" for a formula
                cell.data_type = XLSX_TEXT_TYPE
        if row["DOI"]:
            sheet.cell(number_, doi_column).hyperlink = DOI_URL + row["DOI"]
            sheet.cell(number_, doi_column).style = "Hyperlink"
            sheet.cell(number_, doi_column).alignment = Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(COLUMNS, 1):
        longest = max([len(column), *(len(row[column]) for row in table)])
        width = min(XLSX_MAX_WIDTH, max(XLSX_MIN_WIDTH, longest + XLSX_WIDTH_PADDING))
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = XLSX_FREEZE
    sheet.auto_filter.ref = sheet.dimensions
    _ensure_folder(path)
    try:
        book.save(path)
    except OSError as error:
        raise TrialnewsError(Errors.E207, stage="config", path=path, reason=error.strerror or error) from error


def markdown(table: list[Row]) -> str:
    """The table as Markdown that reads well in a terminal.

    One section per article: its title and source, the article-wide columns as a list, then a
    pipe table of its rows with the columns padded to equal width.
    """
    lines = ["# Evidence table", ""]
    for source_rows in _by_source(table):
        first = source_rows[0]
        lines += [f"## {_md_text(first['title'] or first['source'])}", "", f"`{printable(first['source'])}`", ""]
        for column in RECORD_COLUMNS[2:]:
            if first[column]:
                lines.append(f"- **{column}:** {_md_text(first[column])}")
        lines.append("")
        shown = [column for column in ROW_COLUMNS if any(row[column] for row in source_rows)]
        if shown:
            lines += _md_table(source_rows, shown) + [""]
    return "\n".join(lines)


def write_markdown(table: list[Row], path: Path) -> None:
    with _opened(path) as handle:
        handle.write(markdown(table))


def _by_source(table: list[Row]) -> list[list[Row]]:
    groups: list[list[Row]] = []
    for row in table:
        if groups and groups[-1][0]["source"] == row["source"]:
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def _md_table(table: list[Row], columns: list[str]) -> list[str]:
    cells = [[_md_cell(row[column]) for column in columns] for row in table]
    widths = [max(len(column), *(len(row[index]) for row in cells)) for index, column in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "| " + " | ".join(value.ljust(width) for value, width in zip(values, widths)) + " |"

    return [line(list(columns)), line(["-" * width for width in widths]), *(line(row) for row in cells)]


def _md_text(text: str) -> str:
    """One line of Markdown text: white space runs as one space, HTML tags shown and not run
    (``<script>`` is ``&lt;script>``, while ``P<0.001`` stays as it is), control characters
    (terminal escape codes) as visible symbols."""
    return HTML_TAG_START.sub("&lt;", printable(" ".join(text.split())))


def _md_cell(text: str) -> str:
    text = _md_text(text).replace("|", "\\|")
    return text if len(text) <= MD_MAX_CELL else text[:MD_MAX_CELL - 1].rstrip() + "…"


WRITERS: dict[str, Callable[[list[Row], Path], None]] = {
    ".csv": write_csv,
    ".xlsx": write_xlsx,
    ".md": write_markdown,
}
"""The table's file formats, by suffix (compared lower-cased)."""


def write_table(table: list[Row], path: Path) -> None:
    """Write ``table`` in the format of ``path``'s suffix; E204 for any other suffix, E207 when it
    cannot be written (a full disk included)."""
    check_suffix(path)
    try:
        WRITERS[path.suffix.lower()](table, path)
    except OSError as error:
        raise TrialnewsError(Errors.E207, stage="config", path=path, reason=error.strerror or error) from error


def check_suffix(path: Path) -> None:
    if path.suffix.lower() not in WRITERS:
        raise TrialnewsError(Errors.E204, stage="config", suffix=path.suffix, path=path,
                             allowed=", ".join(WRITERS))


def _ensure_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TrialnewsError(Errors.E207, stage="config", path=path, reason=error.strerror or error) from error


def _opened(path: Path, **options: Any) -> TextIO:
    _ensure_folder(path)
    try:
        return path.open("w", encoding="utf-8", **options)
    except OSError as error:
        raise TrialnewsError(Errors.E207, stage="config", path=path, reason=error.strerror or error) from error
