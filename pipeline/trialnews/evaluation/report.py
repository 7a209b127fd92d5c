"""Printing an evaluation report: per-field precision, recall and F1, then misses and extras."""

from __future__ import annotations

import json
import re
from typing import Any

from rich.console import Console
from rich.table import Table

from .scoring import Report


def report_json(report: Report) -> dict[str, Any]:
    return {
        "articles": len(report.articles),
        "micro_f1": report.micro_f1,
        "fields": {row.field: {"tp": row.tp, "fp": row.fp, "fn": row.fn, "precision": row.precision,
                               "recall": row.recall, "f1": row.f1} for row in report.rows()},
    }


#: A number as written in a value's text (``1,234``, ``55.3``).
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def why_left_out(gold: dict[str, Any], left_out: list[dict[str, Any]]) -> str | None:
    """Why a missed gold result's number is not in the results: the reason of the first value the
    results left out (``Outcome.left_out``) that holds one of its accepted values, as digits in its
    text or as the number it reads (its ``value``: ``Two-thirds`` is 66.7), or None when no value read
    holds it (written in words the rules do not read, derived, or never a value)."""
    value = gold.get("value")
    values = [float(v) for v in (value if isinstance(value, list) else [value]) if isinstance(v, (int, float))]
    for item in left_out:
        if any(abs(n - v) < 1e-9 for n in item_numbers(item) for v in values):
            return item["reason"] + (f", in the {item['kept_as']}" if item.get("kept_as") else "")
    return None


def item_numbers(item: dict[str, Any]) -> list[float]:
    """The numbers a left-out value holds: those written in digits in its text (``62% (67/108)``)
    and the one it reads (``value``, where it could be read: ``Ninety-two percent``, ``about half``)."""
    numbers = [float(n.replace(",", "")) for n in _NUMBER.findall(item["text"])]
    return numbers + ([float(item["value"])] if item.get("value") is not None else [])


def print_report(report: Report, *, verbose: bool, console: Console) -> None:
    table = Table(title=f"trialnews eval: {len(report.articles)} articles", title_justify="left")
    for column in ("field", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for row in report.rows():
        style = "bold" if row.field == "micro" else None
        table.add_row(row.field, str(row.tp), str(row.fp), str(row.fn), f"{row.precision:.3f}", f"{row.recall:.3f}",
                      f"{row.f1:.3f}", style=style)
    console.print(table)
    console.print(f"micro F1 [bold]{report.micro_f1:.3f}[/bold]")
    if verbose:
        for kind, mismatches in (("miss", report.misses), ("extra", report.extras)):
            for mismatch in mismatches:
                item = {k: v for k, v in mismatch.item.items() if k not in ("evidence", "quote", "notes")}
                why = why_left_out(mismatch.item, report.left_out[mismatch.article]) \
                    if kind == "miss" and mismatch.field == "results" and mismatch.article in report.left_out else None
                console.print(f"[{'red' if kind == 'miss' else 'yellow'}]{kind:5}[/] {mismatch.article} "
                              f"{mismatch.field}: {json.dumps(item, ensure_ascii=False)[:300]}"
                              + (f" [dim](left out: {why})[/dim]" if why else ""), highlight=False, soft_wrap=True)
