"""Values in tables: Markdown pipe tables and plain-text tables of press releases.

A table is two or more consecutive lines with the same number of cells (at least
:data:`MIN_CELLS`), cut at ``|`` (Markdown) or at tabs and runs of two or more spaces (plain
text); a Markdown separator row (``|---|---|``) is skipped. Its first row names the columns:
a column whose heading names an arm of the trial (``Nivolumab``, ``Placebo (n=120)``) holds that
arm's values; a ``P``/``P value`` column and a ``Difference`` column hold the row's comparison.
Each further row is one outcome (its first cell); each arm cell gives one result, its number read
where it is written (the unit is ``%`` when the cell, the heading or the row says so, else the
unit the row or heading names in brackets, ``Median OS (months)``). A cell whose unit cannot be
told is left out. Every item records how it was linked: ``evidence.links`` is ``{"arm":
"table-column", "endpoint": "table-row"}`` for results and ``{"arms": "table-columns",
"endpoint": "table-row"}`` for comparisons.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..reading.doctext import text_of
from ..normalize import canonical, parse_number, unit_of
from .common import evidence
from ..linking.values import outcome_at
from ..scanning import compile_pattern

#: The fewest cells a table row has: an outcome and two columns.
MIN_CELLS = 3
#: The fewest rows of a table: its heading row and one row of values.
MIN_ROWS = 2
#: The longest first cell (an outcome's name) and other cell of a table row, in characters.
MAX_NAME_CHARS = 80
MAX_CELL_CHARS = 40


@dataclass(frozen=True)
class Shape:
    """What makes lines a table (the comparisons component's config: ``table_*`` settings)."""

    #: The fewest cells of a row.
    min_cells: int = MIN_CELLS
    #: The fewest rows of a table.
    min_rows: int = MIN_ROWS
    #: The longest first cell (an outcome's name), in characters.
    max_name_chars: int = MAX_NAME_CHARS
    #: The longest other cell, in characters.
    max_cell_chars: int = MAX_CELL_CHARS


SHAPE = Shape()
LINK_COLUMN = "table-column"
LINK_COLUMNS = "table-columns"
LINK_ROW = "table-row"
RULE_CELL = "table-cell"

_PLAIN_GAP = compile_pattern(r"\t+|[ \u00a0]{2,}")
#: What a text holds wherever :data:`_PLAIN_GAP` matches (a tab, or two spaces of either kind), each
#: looked for with ``in`` (the pattern, which starts with an alternation, is tried at every character).
_GAP_STARTS = ("\t", "  ", " \u00a0", "\u00a0 ", "\u00a0\u00a0")
_SEPARATOR_CELL = compile_pattern(r"^:?-{3,}:?$")
_P_HEADING = compile_pattern(r"(?i)^p(?:[\s-]*values?)?$")
_DIFFERENCE_HEADING = compile_pattern(r"(?i)^(?:absolute\s+)?(?:difference|diff\.?)\b")
_BRACKETED_UNIT = compile_pattern(r"\(([^()]{1,30})\)\s*$")
_CELL_NUMBER = compile_pattern(r"^\s*(?P<num>[-\u2212]?\d+(?:[.\u00b7]\d+)?)\s*(?P<pct>%)?")
_CELL_P = compile_pattern(r"(?i)^\s*(?:p(?:[\s-]*values?)?\s*(?=[<>=\u2264\u2265]))?(?P<rel><=|>=|[<>=\u2264\u2265])?\s*"
                          r"(?P<num>\d*\.\d+|[01])\s*$")
#: A statistic named before a row's outcome (``Median PFS (months)``): the statistic of its values.
_ABBREVIATION = compile_pattern(r"^[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\s*(?:\(|$)")
_ROW_STATISTIC = compile_pattern(r"(?i)^(?P<stat>median|mean|average)\s+(?=\S)")
_COUNT_AND_PERCENT = compile_pattern(r"^\s*(?P<count>\d+)\s*\(\s*(?P<pct>\d+(?:\.\d+)?)\s*%\s*\)")
_P_RELATIONS = {"<": "<", ">": ">", "=": "=", "<=": "<=", ">=": ">=", "\u2264": "<=", "\u2265": ">="}


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


def _cells(line: str, offset: int, shape: Shape = SHAPE) -> list[Cell]:
    """The cells of one line (trimmed, with their offsets), or none when it is no table row."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= shape.min_cells:
        parts, start = [], offset + line.index("|") + 1
        for piece in stripped.strip("|").split("|"):
            parts.append((piece, start))
            start += len(piece) + 1
    elif _PLAIN_GAP.search(stripped):
        parts, position = [], offset
        for piece in _PLAIN_GAP.split(line):
            at = line.find(piece, position - offset) + offset
            parts.append((piece, at))
            position = at + len(piece)
    else:
        return []
    cells = []
    for piece, start in parts:
        trimmed = piece.strip()
        first = start + piece.index(trimmed) if trimmed else start
        cells.append(Cell(trimmed, first, first + len(trimmed)))  # a Markdown row keeps its empty cells
    if len(cells) < shape.min_cells or not cells[0].text or len(cells[0].text) > shape.max_name_chars \
            or any(len(c.text) > shape.max_cell_chars for c in cells[1:]):
        return []  # prose with double spaces between sentences is no table
    return cells


def table_blocks(text: str, shape: Shape = SHAPE) -> list[list[list[Cell]]]:
    """Each table of the text: its rows (heading first), each a list of cells."""
    if "|" not in text and not any(gap in text for gap in _GAP_STARTS):
        return []  # no line is a row (no bar, no gap): most articles, read without a pass per line
    blocks: list[list[list[Cell]]] = []
    current: list[list[Cell]] = []
    offset = 0
    for line in text.split("\n"):
        cells = _cells(line, offset, shape)
        offset += len(line) + 1
        if cells and all(_SEPARATOR_CELL.match(c.text) or not c.text for c in cells):
            continue
        if cells and (not current or len(cells) == len(current[0])):
            current.append(cells)
            continue
        if len(current) >= shape.min_rows:
            blocks.append(current)
        current = [cells] if cells else []
    if len(current) >= shape.min_rows:
        blocks.append(current)
    return blocks


def _arm_of_heading(heading: str, labels: list[str]) -> str | None:
    """The arm a column heading names: its label is in the heading (``Placebo (n=120)``), or the
    heading is in its label."""
    words = _BRACKETED_UNIT.sub("", heading.lower()).strip()
    if not words:
        return None
    exact = [label for label in labels if label.lower() == words]
    within = [label for label in labels if label.lower() in words]
    holding = [label for label in labels if words in label.lower()]
    for found in (exact, within, holding):
        if found:
            return max(found, key=len) if found is within else min(found, key=len)
    return None


def _bracketed_unit(text: str) -> str | None:
    match = _BRACKETED_UNIT.search(text)
    if match is None:
        return None
    inside = match.group(1).strip()
    return "%" if inside in ("%", "percent") else unit_of(inside)


def _cell_values(cell: Cell, unit: str | None) -> list[tuple[float, str, str, int, int]]:
    """(value, unit, statistic, start, end) read in one cell: ``45%``, ``14.2``, ``12 (30%)``."""
    text = canonical(cell.text)
    pair = _COUNT_AND_PERCENT.match(text)
    if pair is not None:
        count, percent = pair.span("count"), pair.span("pct")
        return [(float(pair.group("count")), "patients", "count", cell.start + count[0], cell.start + count[1]),
                (float(pair.group("pct")), "%", "rate", cell.start + percent[0], cell.start + percent[1] + 1)]
    match = _CELL_NUMBER.match(text)
    if match is None:
        return []
    value = parse_number(match.group("num"))
    cell_unit = "%" if match.group("pct") else unit
    if value is None or cell_unit is None:
        return []
    end = match.end("pct") if match.group("pct") else match.end("num")
    return [(value, cell_unit, "rate" if cell_unit == "%" else "value", cell.start + match.start("num"), cell.start + end)]


def in_table(start: int, tables: list[tuple[int, int]]) -> bool:
    """Whether the character ``start`` lies in one of the ``tables`` (character ranges)."""
    return any(low <= start < high for low, high in tables)


def with_table_results(results: list[dict], table_results: list[dict], tables: list[tuple[int, int]]) -> list[dict]:
    """The results of the prose rules with those inside a table replaced by the table's own
    (:func:`extract_tables`): what the record holds."""
    return [r for r in results if not in_table(r["evidence"]["start"], tables)] + table_results


def extract_tables(doc: Doc, arms: list[dict], add_endpoint,  # noqa: ANN001
                   shape: Shape = SHAPE) -> tuple[list[dict], list[dict], list[tuple[int, int]]]:
    """The results and comparisons of the doc's tables, and the character ranges of the tables
    (values found there by the prose rules are superseded by these)."""
    text = text_of(doc)
    labels = [arm["label"] for arm in arms]
    results: list[dict] = []
    comparisons: list[dict] = []
    ranges: list[tuple[int, int]] = []
    for rows in table_blocks(text, shape):
        heading, body = rows[0], rows[1:]
        columns: dict[int, str] = {}
        for index, cell in enumerate(heading[1:], start=1):
            if _P_HEADING.match(cell.text):
                columns[index] = "p"
            elif _DIFFERENCE_HEADING.match(cell.text):
                columns[index] = "difference"
            elif (arm := _arm_of_heading(cell.text, labels)) is not None:
                columns[index] = "arm:" + arm
        arm_columns = [i for i, role in columns.items() if role.startswith("arm:")]
        if not arm_columns:
            continue
        ranges.append((heading[0].start, rows[-1][-1].end))
        table_arms = [columns[i][4:] for i in arm_columns]
        for row in body:
            name_cell = row[0]
            stated = _ROW_STATISTIC.match(name_cell.text)
            # "Median PFS": an abbreviation is the endpoint's name, the word before it its statistic;
            # "Median survival" keeps its words (the lexicon knows "median survival")
            cut = stated.end() if stated and _ABBREVIATION.match(name_cell.text[stated.end():]) else 0
            outcome = outcome_at(text, name_cell.start + cut,
                                 name_cell.end - (len(_BRACKETED_UNIT.search(name_cell.text).group(0))
                                                  if _BRACKETED_UNIT.search(name_cell.text) else 0))
            if outcome is None or not any(char.isalpha() for char in outcome[0]):
                continue
            row_unit = _bracketed_unit(name_cell.text)
            found_any = False
            for index in arm_columns:
                unit = row_unit or _bracketed_unit(heading[index].text)
                for value, unit_found, statistic, start, end in _cell_values(row[index], unit):
                    if stated and statistic == "value":  # "Median PFS (months)": each value a median
                        statistic = stated.group("stat").lower().replace("average", "mean")
                    found_any = True
                    found = evidence((start, end), doc, rule=RULE_CELL)
                    found["links"] = {"arm": LINK_COLUMN, "endpoint": LINK_ROW}
                    results.append({"endpoint": outcome[0], "arm": columns[index][4:], "value": value,
                                    "unit": unit_found, "statistic": statistic, "timepoint": None, "evidence": found})
            comparison = _row_comparison(doc, row, columns, outcome[0], table_arms)
            if comparison is not None:
                comparisons.append(comparison)
                found_any = True
            if found_any:
                add_endpoint(doc, outcome)
    return results, comparisons, ranges


def _row_comparison(doc: Doc, row: list[Cell], columns: dict[int, str], name: str, arms: list[str]) -> dict | None:
    """The comparison of one row: its difference and its p-value, between the table's two arms."""
    if len(arms) != 2:
        return None
    item = {"endpoint": name, "arms": arms, "measure": None, "estimate": None, "ci_low": None, "ci_high": None,
            "ci_level": None, "p_value": None, "p_relation": None, "significant": None}
    cells = []
    for index, role in columns.items():
        cell = row[index]
        if role == "p":
            match = _CELL_P.match(canonical(cell.text).replace("\u2264", "<=").replace("\u2265", ">="))
            if match is not None and (value := parse_number(match.group("num"))) is not None and 0 <= value <= 1:
                item["p_value"], item["p_relation"] = value, _P_RELATIONS[match.group("rel") or "="]
                cells.append(cell)
        elif role == "difference":
            match = _CELL_NUMBER.match(canonical(cell.text))
            if match is not None and (value := parse_number(match.group("num"))) is not None:
                item["measure"], item["estimate"] = "difference", value
                cells.append(cell)
    if not cells:
        return None
    found = evidence((min(c.start for c in cells), max(c.end for c in cells)), doc, rule=RULE_CELL)
    found["links"] = {"arms": LINK_COLUMNS, "endpoint": LINK_ROW}
    item["evidence"] = found
    return item
