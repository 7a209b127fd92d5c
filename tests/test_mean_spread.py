"""A mean written with its spread (``4.2 ± 1.1 kg``, ``1.7% ± 1.6%``, ``11.3% (± 8.6%)``, ``17%
(SD 6%)``): the value is the mean, the spread after ``±`` or ``SD`` is no value of its own
(``patterns/numbers.jsonl``: ``mean-spread-*``; ``facts/results.py``: ``SPREAD_RULES``); an age
so written stays out of the results.

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest

from trialnews.facts import results
from trialnews.resources import load_lexicon


def abstract(results: str) -> str:
    return ("A randomized trial\n\nBACKGROUND: Weight gain is common. METHODS: Women were randomized to drug X "
            f"(group A) or placebo (group B). RESULTS: {results} CONCLUSIONS: Drug X helps.\n")


def values(found: dict) -> set[tuple[float, str, str | None]]:
    return {(result["value"], result["unit"], result["arm"]) for result in found["results"]}


@pytest.mark.parametrize(("results", "expected", "spreads"), [
    pytest.param("The mean weight loss was 4.2 ± 1.1 kg in group A and 2.5 ± 1.3 kg in group B.",
                 {(4.2, "kg", "group A"), (2.5, "kg", "placebo")}, {1.1, 1.3}, id="unit-after-the-spread"),
    pytest.param("The mean weight loss was 4.2 kg ± 1.1 kg in group A and 2.5 kg ± 1.3 kg in group B.",
                 {(4.2, "kg", "group A"), (2.5, "kg", "placebo")}, {1.1, 1.3}, id="unit-on-both"),
    pytest.param("The mean loss of bone density was 1.7% ± 1.6% in group A and 2.0% ± 1.4% in group B.",
                 {(1.7, "%", "group A"), (2.0, "%", "placebo")}, {1.6, 1.4}, id="percent-spread"),
    pytest.param("The mean loss of bone density was 17% (SD 6%) in group A and 20% (SD 4%) in group B.",
                 {(17.0, "%", "group A"), (20.0, "%", "placebo")}, {6.0, 4.0}, id="sd-in-brackets"),
])
def test_a_mean_with_its_spread_is_the_mean(run, results: str, expected: set, spreads: set[float]) -> None:
    found = values(run(abstract(results)))
    assert expected <= found
    assert not {value for value, _, _ in found} & spreads


def test_an_age_with_its_spread_is_no_result(run) -> None:
    found = values(run(abstract("Average age in group B was 47.3 ± 9.6 years. Weight fell by 3.1 ± 0.8 kg in "
                                "group A.")))
    assert not {value for value, _, _ in found} & {47.3, 9.6}
    assert (3.1, "kg", "group A") in found


@pytest.mark.parametrize("mark", [*load_lexicon("spread_signs.txt"), *load_lexicon("spread_abbreviations.txt")])
def test_every_mark_the_rules_read_is_one_the_reader_parts_the_mean_at(run, mark: str) -> None:
    # the rules and facts/results.py read one list: a rule's span is always split into mean and spread
    assert results._SPREAD.match(f"3.9 kg ({mark} 1.2 kg)").group("mean", "spread") == ("3.9 kg", " kg")
    found = values(run(abstract(f"The mean weight loss was 3.9 kg ({mark} 1.2 kg) in group A.")))
    assert (3.9, "kg", "group A") in found and 1.2 not in {value for value, _, _ in found}
