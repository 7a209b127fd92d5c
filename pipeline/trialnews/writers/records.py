"""Reading a ``records.jsonl`` written by ``trialnews extract``, and what the writers share.

``read_records`` validates every line against the record model (without the text, so offsets are
not re-checked here); ``evidence_items`` lists the values that point into the text, one per
item of the list fields, and ``header_evidence_items`` the values of ``trial`` and ``citation``; ``load_source`` re-reads an article so that those offsets can be shown,
checking that the file is the one the record was made from.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import Errors, TrialnewsError
from ..reading.reader import read_article
from ..record import HEADER_EVIDENCE_FIELDS, Record, header_evidence

Item = dict[str, Any]

#: The list fields whose items carry ``evidence``, in the order a curator reads a record.
EVIDENCE_FIELDS = ("arms", "sample_sizes", "endpoints", "results", "comparisons", "conclusions")

#: Characters of text shown on each side of a value when no sentence boundary is nearer.
CONTROL_PICTURES = {
    **{code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"},  # C0: "␛" for ESC
    0x7F: 0x2421,  # DEL: "␡"
    **{code: 0xFFFD for code in range(0x80, 0xA0)},  # C1 (CSI 0x9B starts escape codes too)
}
"""Control characters and what a terminal is shown instead, one character for one, so that
evidence offsets still point at the same words: escape codes in an article (which can set the
window title, clear the screen or rewrite what was printed) are shown, never obeyed."""

SENTENCE_CONTEXT_CHARS = 200
#: Sentence ends: a line break, or ., ! or ? (maybe followed by a closing quote or bracket) and a space.
SENTENCE_END_CHARS = ".!?"
CLOSING_CHARS = "\"'”’)]"
ELLIPSIS = "…"


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSONL file; E203 on a bad line (its
    number in the error's ``fields["line"]``)."""
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as error:
                    raise TrialnewsError(Errors.E203, stage="config", path=path, line=number,
                                         reason=f"line {number} is not JSON ({error.msg})") from error
                if not isinstance(data, dict):
                    raise TrialnewsError(Errors.E203, stage="config", path=path, line=number,
                                         reason=f"line {number} is not a JSON object")
                yield number, data
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise TrialnewsError(Errors.E203, stage="config", path=path, reason=reason) from error


def read_records(path: Path) -> Iterator[Item]:
    """The records of a JSONL file, each validated; E203 names the file and line of a bad one."""
    for number, data in iter_jsonl(path):
        try:
            Record.model_validate(data)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "the record"
            count = error.error_count()
            reason = (f"line {number} is not a valid record ({count} problem{'s' if count != 1 else ''}; "
                      f"the first: {first['msg']} at {where})")
            raise TrialnewsError(Errors.E203, stage="config", path=path, reason=reason) from error
        yield data


@dataclass(frozen=True)
class EvidenceItem:
    """One value of a record and the characters it came from."""

    field: str
    index: int
    item: Item

    @property
    def anchor(self) -> str:
        """A name unique within the record, e.g. ``results-3``."""
        return f"{self.field}-{self.index}"

    @property
    def start(self) -> int:
        return self.item["evidence"]["start"]

    @property
    def end(self) -> int:
        return self.item["evidence"]["end"]

    @property
    def quoted(self) -> str:
        return self.item["evidence"]["text"]




def header_evidence_items(record: Item) -> list[EvidenceItem]:
    """Every value of ``trial`` and ``citation`` with evidence, as an item ``{"name", "value",
    "evidence"}`` (one per registry id, design tag, author); a value inferred with no words has
    evidence without offsets (its rule only), which :func:`evidence_matches` never matches."""
    found = []
    for field in HEADER_EVIDENCE_FIELDS:
        for name, value, evidence in header_evidence(record.get(field) or {}, listed_only=True):
            # numbered in one run across the two headers (the anchor, ``field-index``, would be
            # unique with a count per header too)
            found.append(EvidenceItem(field, len(found), {"name": name, "value": value, "evidence": evidence}))
    return found


def evidence_items(record: Item) -> list[EvidenceItem]:
    """Every item with evidence, field by field in :data:`EVIDENCE_FIELDS` order."""
    return [EvidenceItem(field, index, item)
            for field in EVIDENCE_FIELDS
            for index, item in enumerate(record.get(field) or [])
            if item.get("evidence")]


def printable(text: str) -> str:
    """``text`` with its control characters (but line breaks and tabs) made visible symbols."""
    return text.translate(CONTROL_PICTURES)


def printable_data(data: Any) -> Any:
    """Every string of ``data`` (JSON-like: dicts, lists, strings) made :func:`printable`."""
    if isinstance(data, str):
        return printable(data)
    if isinstance(data, dict):
        return {key: printable_data(value) for key, value in data.items()}
    if isinstance(data, list):
        return [printable_data(value) for value in data]
    return data


@dataclass(frozen=True)
class SourceCheck:
    """The analysed text of a record's article, or why it cannot be shown."""

    text: str | None
    note: str | None = None


def source_path(record: Item, *, base: Path | None = None) -> Path:
    path = Path(record["source"]["path"])
    return path if path.is_absolute() or base is None else base / path


def load_source(record: Item, *, base: Path | None = None, roots: Sequence[Path] | None = None) -> SourceCheck:
    """Re-read the article of ``record`` (its ``source.path``, relative to ``base``).

    The text is returned only if the file's SHA-256 is the record's: otherwise the offsets may
    point anywhere, and the note says why the highlights are not shown. With ``roots``, a path
    outside every one of those folders (links followed) is not opened at all: a records file from
    elsewhere cannot make ``review`` or ``show`` probe the file system.
    """
    path = source_path(record, base=base)
    if roots is not None and not any(_inside(path, root) for root in roots):
        folders = ", ".join(str(root) for root in roots)
        return SourceCheck(None, f"The article file {path} is outside the folders the records may name ({folders}), "
                                 "so it is not read: give its folder with --base to show its text.")
    try:
        source = read_article(path)
    except TrialnewsError as error:
        return SourceCheck(None, f"The article file cannot be read again, so its text is not shown: {error}")
    if source.sha256 != record["source"]["sha256"]:
        return SourceCheck(None, f"The article file {path} has changed since it was extracted (its SHA-256 "
                                 "differs), so its text and highlights are not shown. Extract it again.")
    return SourceCheck(source.text)


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


def evidence_matches(text: str, item: EvidenceItem) -> bool:
    if item.start is None or item.end is None:
        return False  # a value inferred with no words of its own
    return 0 <= item.start <= item.end <= len(text) and text[item.start:item.end] == item.quoted


def sentence_around(text: str, start: int, end: int, *,
                    limit: int = SENTENCE_CONTEXT_CHARS) -> tuple[str, str, str]:
    """(before, value, after): the sentence holding ``text[start:end]``, split around it.

    The sentence runs from the previous sentence end (or line break) to the next one, cut to
    ``limit`` characters on each side (marked with an ellipsis).
    """
    low = max(0, start - limit)
    sentence_start = low
    for position in range(start - 1, low - 1, -1):
        if _ends_sentence(text, position):
            sentence_start = position + 1
            break
    high = min(len(text), end + limit)
    sentence_end = high
    for position in range(end, high):
        if _ends_sentence(text, position):
            sentence_end = position if text[position] == "\n" else position + 1
            break
    before = text[sentence_start:start].lstrip()
    after = text[end:sentence_end].rstrip()
    if sentence_start == low and low > 0:
        before = ELLIPSIS + before
    if sentence_end == high and high < len(text):
        after += ELLIPSIS
    return before, text[start:end], after


def _ends_sentence(text: str, position: int) -> bool:
    """Whether a sentence ends at ``text[position]`` (a line break, or a stop before a space)."""
    char = text[position]
    if char == "\n":
        return True
    if char not in SENTENCE_END_CHARS and char not in CLOSING_CHARS:
        return False
    if char in CLOSING_CHARS and not (position > 0 and text[position - 1] in SENTENCE_END_CHARS):
        return False
    following = position + 1
    if following < len(text) and text[following] in CLOSING_CHARS:
        return False
    return following >= len(text) or text[following].isspace()


# --- Values as words -------------------------------------------------------------------------

#: Statistics named before a value ("median 12.1 months"); a rate or a count goes without.
NAMED_STATISTICS = frozenset({"median", "mean"})
#: Units written against the number ("55.3%"); others get a space ("12.1 months").
ATTACHED_UNITS = frozenset({"%"})
#: How an effect measure is written in a table.
MEASURE_NAMES = {"relative_reduction": "relative reduction", "relative_increase": "relative increase"}
DEFAULT_CI_LEVEL = 95
ALL_PATIENTS = "all patients"


def number(value: float | int | None) -> str:
    """A number as the article would write it: ``52`` not ``52.0``, ``0.001`` not ``1e-03``."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")


def quantity(value: float, unit: str | None) -> str:
    if not unit:
        return number(value)
    return f"{number(value)}{unit}" if unit in ATTACHED_UNITS else f"{number(value)} {unit}"


def result_text(result: Item, *, with_arm: bool = True) -> str:
    """``ixazomib: 55.3%`` or ``all patients: median 12.1 months``."""
    statistic = result.get("statistic")
    value = quantity(result["value"], result.get("unit"))
    if statistic in NAMED_STATISTICS:
        value = f"{statistic} {value}"
    return f"{result.get('arm') or ALL_PATIENTS}: {value}" if with_arm else value


def effect_text(comparison: Item) -> str:
    """``HR 0.62 (95% CI 0.5–0.77)``; empty when the comparison gives only a p-value."""
    measure = comparison.get("measure")
    name = MEASURE_NAMES.get(measure, measure) if measure else ""
    estimate = comparison.get("estimate")
    unit = "%" if measure in MEASURE_NAMES else ""
    parts = [part for part in (name, f"{number(estimate)}{unit}" if estimate is not None else "") if part]
    low, high = comparison.get("ci_low"), comparison.get("ci_high")
    if low is not None and high is not None:
        level = number(comparison.get("ci_level") or DEFAULT_CI_LEVEL)
        interval = f"{level}% CI {number(low)}{unit}–{number(high)}{unit}"
        parts.append(f"({interval})" if parts else interval)
    return " ".join(parts)


def p_value_text(comparison: Item) -> str:
    """``P<0.001``, ``P=0.17 (not significant)``; significance only when the article states it."""
    p_value = comparison.get("p_value")
    text = f"P{comparison.get('p_relation') or '='}{number(p_value)}" if p_value is not None else ""
    significant = comparison.get("significant")
    if significant is not None:
        stated = "significant" if significant else "not significant"
        text = f"{text} ({stated})" if text else stated
    return text


def describe(item: EvidenceItem) -> str:
    """One line saying what the value is, e.g. ``PFS · ixazomib: 55.3% · at 21 months``."""
    value = item.item
    if item.field == "arms":
        details = [detail for detail in (value.get("dose"), value.get("role"),
                                         f"n={value['n']}" if value.get("n") else None) if detail]
        aliases = f" [also {', '.join(value['aliases'])}]" if value.get("aliases") else ""
        return value["label"] + aliases + (f" ({', '.join(details)})" if details else "")
    if item.field == "sample_sizes":
        return f"{value['n']} {value['population']}" + (f" · {value['arm']}" if value.get("arm") else "")
    if item.field == "endpoints":
        name = value["name"] + (f" ({value['abbreviation']})" if value.get("abbreviation") else "")
        return name + (" · primary" if value.get("primary") else "")
    if item.field == "results":
        parts = [value["endpoint"], result_text(value)]
        if value.get("timepoint"):
            parts.append(f"at {value['timepoint']}")
        return " · ".join(parts)
    if item.field in HEADER_EVIDENCE_FIELDS:  # "phase: 3", "design: double-blind", "authors: Jane Smith"
        return f"{value['name'].replace('_', ' ')}: {value['value']}"
    if item.field == "comparisons":
        arms = " vs ".join(value.get("arms") or [])
        parts = [value.get("endpoint") or "", arms, effect_text(value), p_value_text(value)]
        return " · ".join(part for part in parts if part)
    return f"{value['text']} ({value['attribution']})"


def citation_text(citation: Item | None) -> str:
    """``Bashir Q, Nishihori T, et al. Title. Journal. 2022.`` (the DOI goes in its own column)."""
    if not citation:
        return ""
    authors = ", ".join(citation.get("authors") or [])
    if authors and citation.get("et_al"):
        authors += ", et al"
    parts = [authors, citation.get("title"), citation.get("journal"),
             str(citation["year"]) if citation.get("year") else None]
    return " ".join(f"{part.rstrip('.')}." for part in parts if part)


def provenance(item: EvidenceItem) -> str:
    """Which rule found a value and which linkers attached it, for a curator who asks why:
    ``rule percent · arm: respectively-list · endpoint: occurred-in``."""
    evidence = item.item.get("evidence") or {}
    parts = [f"rule {evidence['rule']}"] if evidence.get("rule") else []
    parts += [f"{slot}: {linker}" for slot, linker in (evidence.get("links") or {}).items()]
    return " · ".join(parts)
