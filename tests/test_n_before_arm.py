"""Abstracts: a bracketed list whose items each open with their ``n =`` count and name their group
after it (``(n = 35, vandetanib; n = 29, placebo)``): each count is the size of the group named
after it, not of the group named before it (``facts/sizes.py``: ``_named_after_count``).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations


def abstract(results: str) -> str:
    return ("A randomized trial\n\nBACKGROUND: Few options exist. METHODS: Women were randomized to receive "
            f"paclitaxel with sorafenib or with placebo. RESULTS: {results} CONCLUSIONS: Sorafenib is safe.\n")


def sized(found: dict) -> set[tuple[int, str | None]]:
    return {(size["n"], size["arm"]) for size in found["sample_sizes"]}


def test_each_count_is_the_group_named_after_it(run) -> None:
    found = sized(run(abstract("Seventy patients were randomized to study treatment (n = 37, sorafenib; n = 33, "
                               "placebo). Responses were seen in 20% and 10%, respectively.")))
    assert {(37, "sorafenib"), (33, "placebo")} <= found
    assert (33, "sorafenib") not in found


def test_a_count_after_its_group_keeps_that_group(run) -> None:
    found = sized(run(abstract("Seventy patients were randomized to sorafenib (n = 37) or placebo (n = 33).")))
    assert {(37, "sorafenib"), (33, "placebo")} <= found
