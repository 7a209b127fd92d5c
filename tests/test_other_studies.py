"""Numbers of another study in the same article give no result, comparison or sample size: a
study named by its year (``One 2010 study of 199 patients found ...``). Texts written for these tests."""

from __future__ import annotations

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp

ARTICLE = ("Gabapentin Eases Pain\n\n"
           "In the trial, 200 adults were randomly assigned to take gabapentin or a placebo. After a year, 48 percent "
           "of those taking gabapentin had less pain, compared with 21 percent of those on placebo.\n\n"
           "One 2011 study of 150 patients found that gabapentin was three times as likely as placebo to ease pain, "
           "and 35 percent of its patients slept better.\n")


def test_a_study_named_by_its_year_is_another_study() -> None:
    record = extract_text(ARTICLE, nlp=make_nlp())
    assert {(r["value"], r["arm"]) for r in record["results"]} == {(48.0, "gabapentin"), (21.0, "placebo")}
    assert record["comparisons"] == []
    assert {s["n"] for s in record["sample_sizes"]} == {200}
