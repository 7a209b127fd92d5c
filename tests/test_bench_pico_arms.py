"""bench/pico_arms.py tells what became of a gold per-arm size from the record's own fields: a W005
warning is read through the error catalogue's format, so a reworded message is followed. Records
written for the test."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from trialnews.errors import Warnings

_SPEC = importlib.util.spec_from_file_location("pico_arms", Path(__file__).parents[1] / "bench" / "pico_arms.py")
pico_arms = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(pico_arms)

DROPPED = Warnings.W005.format(arm="zinc syrup", n=140, total=120, text="140 children took zinc syrup")


@pytest.mark.parametrize(("n", "record", "expected"), [
    pytest.param(140.0, {"warnings": [DROPPED]}, pico_arms.SIZE_DROPPED, id="dropped-as-above-the-total"),
    pytest.param(14.0, {"warnings": [DROPPED]}, pico_arms.SIZE_UNREAD, id="another-size-in-the-warning-text"),
    pytest.param(60.0, {"sample_sizes": [{"n": 60, "arm": None}]}, pico_arms.SIZE_NO_ARM, id="read-without-an-arm"),
    pytest.param(60.0, {"sample_sizes": [{"n": 120, "arm": None}], "warnings": []}, pico_arms.SIZE_UNREAD,
                 id="never-read"),
])
def test_size_missed(n: float, record: dict, expected: str) -> None:
    assert pico_arms.size_missed(n, record) == expected
