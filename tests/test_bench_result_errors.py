"""bench/result_errors.py classes a predicted result that matches no gold result by what the gold
results of the same number say. Records and gold written for the test (a made-up trial of a
drug called Velotrix against placebo)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from trialnews.evaluation.scoring import Synonyms

_SPEC = importlib.util.spec_from_file_location("result_errors", Path(__file__).parents[1] / "bench" / "result_errors.py")
result_errors = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(result_errors)

GOLD = {
    "arms": [{"label": ["Velotrix", "Velotrix group"]}, {"label": "placebo"}],
    "endpoints": [{"name": "progression-free survival", "abbreviation": "PFS"}, {"name": "nausea"}],
    "results": [
        {"endpoint": "PFS", "arm": "Velotrix", "value": 11.2, "unit": "months"},
        {"endpoint": "PFS", "arm": "placebo", "value": 7.4, "unit": "months"},
        {"endpoint": "nausea", "arm": "Velotrix", "value": 23, "unit": "%"},
    ],
}
PRED = {
    "arms": [{"label": "Velotrix"}, {"label": "placebo"}],
    "endpoints": [{"name": "progression-free survival", "abbreviation": "PFS"}, {"name": "rash"}],
}


@pytest.mark.parametrize(("pred", "expected"), [
    pytest.param({"endpoint": "PFS", "arm": "Velotrix", "value": 40, "unit": "%"}, "value-not-in-gold",
                 id="a-number-no-gold-result-has"),
    pytest.param({"endpoint": "progression-free survival", "arm": None, "value": 11.2, "unit": "months"}, "null-arm",
                 id="right-outcome-by-its-long-form-no-arm"),
    pytest.param({"endpoint": "PFS", "arm": "placebo", "value": 11.2, "unit": "months"}, "wrong-arm",
                 id="the-other-arm"),
    pytest.param({"endpoint": "rash", "arm": "Velotrix group", "value": 23, "unit": "%"}, "wrong-endpoint",
                 id="right-arm-by-another-spelling-wrong-outcome"),
    pytest.param({"endpoint": "rash", "arm": "placebo", "value": 23, "unit": "%"}, "wrong-arm-and-endpoint",
                 id="both-wrong"),
    pytest.param({"endpoint": "nausea", "arm": "Velotrix", "value": 23, "unit": "patients"}, "unit-or-repeat",
                 id="keys-agree-but-the-unit"),
])
def test_error_class(pred: dict, expected: str) -> None:
    synonyms = Synonyms.of(PRED, GOLD)
    assert result_errors.error_class(pred, GOLD["results"], synonyms) == expected
