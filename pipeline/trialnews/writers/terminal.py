"""A record in the terminal (``trialnews show``): rich tables, each value with its sentence.

For every value with evidence, the sentence around its evidence offsets is shown with the
evidence in bold, so the value can be checked without opening the article. Without the text (the
file is missing or changed), the quoted evidence alone is shown, and a note says why.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..record import HEADER_EVIDENCE_FIELDS
from ..scanning import WHITE_SPACE_RUN
from .records import (EVIDENCE_FIELDS, EvidenceItem, Item, SourceCheck, citation_text, describe,
                      evidence_items, evidence_matches, header_evidence_items, printable, printable_data, provenance,
                      sentence_around)
from .review import FIELD_NAMES

FIELD_STYLES = {
    "arms": "blue",
    "sample_sizes": "magenta",
    "endpoints": "green",
    "results": "yellow",
    "comparisons": "red",
    "conclusions": "cyan",
    "trial": "white",
    "citation": "bright_magenta",
}
"""The colour of each field's table title (as on the review page)."""

VALUE_COLUMN_RATIO = 2
EVIDENCE_COLUMN_RATIO = 3
"""Widths of the value and evidence columns, relative to each other."""


def record_view(record: Item, source: SourceCheck) -> RenderableType:
    """The record as a header panel and one table per field that has values.

    Every string shown is :func:`~trialnews.writers.records.printable`: an article's escape codes
    are shown as symbols, never sent to the terminal as they are.
    """
    record = printable_data(record)
    source = replace(source, text=None if source.text is None else printable(source.text),
                     note=None if source.note is None else printable(source.note))
    parts: list[RenderableType] = [_header(record, source)]
    items = evidence_items(record) + header_evidence_items(record)
    for field in (*EVIDENCE_FIELDS, *HEADER_EVIDENCE_FIELDS):
        field_items = [item for item in items if item.field == field]
        if not field_items:
            continue
        table = Table(title=f"{FIELD_NAMES[field]} ({len(field_items)})", title_justify="left",
                      title_style=f"bold {FIELD_STYLES[field]}", expand=True, show_lines=True)
        table.add_column("value", ratio=VALUE_COLUMN_RATIO)
        table.add_column("evidence", ratio=EVIDENCE_COLUMN_RATIO)
        for item in field_items:
            why = provenance(item)
            table.add_row(Text.assemble(describe(item), ("\n" + why, "dim") if why else ""), _evidence(item, source.text))
        parts.append(table)
    warnings = record.get("warnings") or []
    if warnings:
        parts.append(Panel(Text("\n".join(warnings)), title="warnings", border_style="yellow",
                           title_align="left"))
    return Group(*parts)


def left_out_view(left_out: list[Item], source: SourceCheck) -> RenderableType:
    """The values the results fact read and left out (``facts.results.LEFT_OUT``), each with its
    reason and its sentence: why a number of the article is not in the results table."""
    text = None if source.text is None else printable(source.text)
    table = Table(title=f"values left out of the results ({len(left_out)})", title_justify="left",
                  title_style="bold dim", expand=True, show_lines=True)
    table.add_column("value", ratio=VALUE_COLUMN_RATIO)
    table.add_column("evidence", ratio=EVIDENCE_COLUMN_RATIO)
    for item in left_out:
        quoted = printable(item["text"])
        if text is not None and text[item["start"]:item["end"]] == quoted:
            before, value, after = sentence_around(text, item["start"], item["end"])
            shown = Text.assemble(_one_line(before), (_one_line(value), "bold underline"), _one_line(after))
        else:
            shown = Text.assemble(("“", "dim"), (quoted, "bold"), ("”", "dim"))
        kept_as = f"\nin the {FIELD_NAMES.get(item['kept_as'], item['kept_as'])}" if item.get("kept_as") else ""
        table.add_row(Text.assemble((quoted, "bold"), ("\n" + printable(item["reason"]), "yellow"), (kept_as, "green"),
                                    ("\nrule " + printable(item["rule"]), "dim"), overflow="fold"), shown)
    return table


def _header(record: Item, source: SourceCheck) -> RenderableType:
    article = record.get("article") or {}
    trial = record.get("trial") or {}
    citation = record.get("citation") or {}
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    rows = [
        ("source", record["source"]["path"]),
        ("author", article.get("author")),
        ("published", article.get("published")),
        ("trial", trial.get("name")),
        ("registry", ", ".join(trial.get("registry_ids") or [])),
        ("phase", trial.get("phase")),
        ("design", ", ".join(trial.get("design") or [])),
        ("condition", trial.get("condition")),
        ("citation", citation_text(citation)),
        ("DOI", citation.get("doi")),
    ]
    for name, value in rows:
        if value:
            facts.add_row(name, Text(str(value)))
    if source.note:
        facts.add_row(Text("note", style="bold yellow"), Text(source.note, style="yellow"))
    title = article.get("title") or Path(record["source"]["path"]).name
    return Panel(facts, title=Text(title, style="bold"), title_align="left")


def _evidence(item: EvidenceItem, text: str | None) -> Text:
    if item.quoted is None:  # no words of its own: inferred, or rewritten by its reader; its rule says how
        return Text(f"no words of its own: {item.item['evidence'].get('rule')}", style="dim italic")
    if text is None or not evidence_matches(text, item):
        return Text.assemble(("“", "dim"), (item.quoted, "bold"), ("”", "dim"))
    before, value, after = sentence_around(text, item.start, item.end)
    return Text.assemble(_one_line(before), (_one_line(value), "bold underline"), _one_line(after))


def _one_line(text: str) -> str:
    """Runs of white space (line breaks too) as one space; the ends are kept."""
    return WHITE_SPACE_RUN.sub(" ", text)
