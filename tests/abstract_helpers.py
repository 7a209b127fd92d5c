"""Helpers shared by the tests of groups and sizes read from an abstract (``test_allocation.py``,
``test_split_counts.py``, ``test_set_up_groups.py``, ...): a short abstract around a methods
sentence, an abstract's record, and the arms' sizes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def abstract(title: str, methods: str) -> str:
    """A structured abstract of ``title`` whose methods section is ``methods``."""
    return (f"{title}\n\nBACKGROUND: Few options exist for this condition. METHODS: {methods} RESULTS: Adverse "
            f"events were mild and rare overall. CONCLUSIONS: Further trials are warranted.\n")


def sized_arms(found: dict) -> dict[str, int]:
    """Each arm's size as the record gives it, its arm's label lower-cased."""
    return {arm["label"].lower(): arm["n"] for arm in found["arms"] if arm["n"] is not None}


def group_sizes(found: dict) -> set[int]:
    """Every count the record gives a group: the arms' sizes and the sample sizes with an arm."""
    return set(sized_arms(found).values()) | {size["n"] for size in found["sample_sizes"] if size["arm"] is not None}


def record(run: Callable[[str], dict[str, Any]], title: str, body: str) -> dict[str, Any]:
    """The record of an abstract (the test's premise: the reader takes it for one)."""
    found = run(f"{title}\n\n{body}")
    assert found["source"]["kind"] == "abstract"
    return found
