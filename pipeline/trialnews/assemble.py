"""Assembly: the facts found on a doc become one validated record.

Each item is validated on its own first; an item that breaks a rule of RECORD.md (a percentage
above 100, a CI that does not contain its estimate, a number not found at its evidence) is
dropped with a warning that quotes its evidence, so a record is never written with a silently
wrong value. Arm sizes above the trial's total are dropped the same way. What still fails after
that is a bug, raised as ``E102`` for the file.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError
from spacy.tokens import Doc

from .errors import Errors, TrialnewsError, Warnings
from .facts.common import state
from .record import Arm, Comparison, Conclusion, Endpoint, Record, Result, SampleSize

ITEM_MODELS: dict[str, type[BaseModel]] = {
    "arms": Arm, "sample_sizes": SampleSize, "endpoints": Endpoint, "results": Result,
    "comparisons": Comparison, "conclusions": Conclusion,
}


def _reason(error: ValidationError) -> str:
    return "; ".join(e["msg"].removeprefix("Value error, ") for e in error.errors())


def _valid_items(field: str, items: list[dict], text: str, warnings: list[str]) -> list[dict]:
    model = ITEM_MODELS[field]
    kept = []
    for item in items:
        try:
            model.model_validate(item, context={"text": text})
        except ValidationError as error:
            warnings.append(Warnings.W006.format(field=field, reason=_reason(error),
                                                 text=item.get("evidence", {}).get("text", "")[:120]))
            continue
        kept.append(item)
    return kept


def _endpoint_names(data: dict[str, Any]) -> None:
    """Results and comparisons name an endpoint by its abbreviation when it has one; only
    endpoints with a number or marked primary are kept."""
    endpoints = data.get("endpoints", [])
    short = {e["name"]: e["abbreviation"] or e["name"] for e in endpoints}
    for item in data.get("results", []) + data.get("comparisons", []):
        if item.get("endpoint") in short:
            item["endpoint"] = short[item["endpoint"]]
    used = {item.get("endpoint") for item in data.get("results", []) + data.get("comparisons", [])}
    data["endpoints"] = [e for e in endpoints if e["primary"] or (e["abbreviation"] or e["name"]) in used]


def _consistent_arms(data: dict[str, Any], warnings: list[str]) -> None:
    total = None
    for population in ("randomized", "enrolled"):  # the order of Record.total_n
        totals = [s["n"] for s in data.get("sample_sizes", []) if s["arm"] is None and s["population"] == population]
        if totals:
            total = max(totals)
            break
    if total is None:
        return
    for arm in data.get("arms", []):
        if arm["n"] is not None and arm["n"] > total:
            warnings.append(Warnings.W005.format(arm=arm["label"], n=arm["n"], total=total,
                                                 text=arm["evidence"]["text"][:120]))
            arm["n"] = None


def _known_arms(data: dict[str, Any]) -> None:
    labels = {arm["label"] for arm in data.get("arms", [])} | {None}
    data["sample_sizes"] = [s for s in data.get("sample_sizes", []) if s.get("arm") in labels]
    for item in data.get("results", []):
        if item.get("arm") not in labels:
            item["arm"] = None
    for item in data.get("comparisons", []):
        item["arms"] = [arm for arm in item["arms"] if arm in labels]


def record_data(doc: Doc, source: dict[str, Any]) -> dict[str, Any]:
    data = state(doc)
    warnings: list[str] = list(data.get("warnings", []))
    text = doc.text
    _endpoint_names(data)
    _known_arms(data)
    _consistent_arms(data, warnings)
    record: dict[str, Any] = {
        "source": source,
        "article": data.get("article") or {},
        "trial": data.get("trial") or {},
        "citation": data.get("citation"),
    }
    for field in ITEM_MODELS:
        record[field] = _valid_items(field, data.get(field, []), text, warnings)
    record["warnings"] = warnings
    return record


def assemble(doc: Doc, source: dict[str, Any]) -> Record:
    """The validated record of a processed doc; raises ``E102`` if it cannot be made valid."""
    data = record_data(doc, source)
    try:
        return Record.model_validate(data, context={"text": doc.text})
    except ValidationError as error:
        raise TrialnewsError(Errors.E102, path=source.get("path", "<text>"), reason=_reason(error)) from error
