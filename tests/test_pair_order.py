"""Abstracts: a pair of values whose groups the sentence names by order only (``linking/pairorder.py``).

Every abstract below is written for these tests (none is copied from a data set). The trial has
three arms (two tested, one placebo), so the pair cannot simply be "the trial's two arms".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text

OPENING = ("Doravitinib for advanced breast cancer\n\nBACKGROUND: Doravitinib is a new kinase inhibitor.\n"
           "METHODS: Women were randomly assigned to doravitinib, exemestane or placebo.\nRESULTS: ")
CLOSING = "\nCONCLUSIONS: Doravitinib was well tolerated."


def percents(run: Callable[[str], dict], results: str,
             opening: str = OPENING) -> dict[float, tuple[str | None, str | None]]:
    found = run(opening + results + CLOSING)
    return {r["value"]: (r["arm"], r["evidence"].get("links", {}).get("arm")) for r in found["results"] if r["unit"] == "%"}


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Response rates were 41.5% and 30.2% in the doravitinib and exemestane groups (P = .03).",
                 {41.5: ("doravitinib", "pair-order"), 30.2: ("exemestane", "pair-order")}, id="in-the-X-and-Y-groups"),
    pytest.param("Response was higher with doravitinib than with exemestane (41.5% and 30.2%; P = .03).",
                 {41.5: ("doravitinib", "pair-order"), 30.2: ("exemestane", "pair-order")}, id="X-than-Y"),
    pytest.param("Response differed between doravitinib and exemestane (41.5% v 30.2%; P = .03).",
                 {41.5: ("doravitinib", "pair-order"), 30.2: ("exemestane", "pair-order")}, id="between-X-and-Y"),
    pytest.param("Nausea was more frequent in the doravitinib group (31.5% v 10.2%; P = .01).",
                 {10.2: ("placebo", "pair-order-other-role")}, id="one-group-and-the-sole-control"),
    pytest.param("The response rates were 41.5% and 30.2% in the doravitinib and exemestane groups, respectively. "
                 "The rates of nausea were 22.4% vs 15.1% (P = .03).",
                 {22.4: ("doravitinib", "pair-order-convention"), 15.1: ("exemestane", "pair-order-convention")},
                 id="order-of-the-pair-before"),
    pytest.param("Compared with placebo, exemestane gave a lower rate of rash (11.5% vs 14.2%; P = .01).",
                 {11.5: ("exemestane", "pair-order-comparative"), 14.2: ("placebo", "pair-order-comparative")},
                 id="compared-with-X-lower-Y"),
    pytest.param("Compared with placebo, exemestane gave a higher rate of rash (11.5% vs 14.2%; P = .01).",
                 {11.5: ("placebo", "pair-order-comparative"), 14.2: ("exemestane", "pair-order-comparative")},
                 id="compared-with-X-higher-Y"),
    pytest.param("Compared with placebo, exemestane gave a lower rate of rash (11.5% vs 14.2%; P = .01), unlike "
                 "doravitinib.",
                 {11.5: ("exemestane", "pair-order-comparative"), 14.2: ("placebo", "pair-order-comparative")},
                 id="a-third-group-after-the-pair"),
    pytest.param("The doravitinib group had more nausea (31.5% v 10.2%) and more rash (12.5% v 4.1%) than the "
                 "exemestane group.",
                 {31.5: ("doravitinib", "pair-order"), 10.2: ("exemestane", "pair-order"),
                  12.5: ("doravitinib", "pair-order"), 4.1: ("exemestane", "pair-order")},
                 id="subject-before-the-pairs-than-Y-after"),
])
def test_a_pair_takes_its_groups_in_the_order_named(run: Callable[[str], dict], results: str, expected: dict) -> None:
    found = percents(run, results)
    for value, arm in expected.items():
        assert found.get(value) == arm


@pytest.mark.parametrize(("results", "values"), [
    pytest.param("The rates of nausea were 22.4% vs 15.1% (P = .03).", (22.4, 15.1), id="no-group-no-convention"),
    pytest.param("Response rates were 41.5%, 30.2% and 12.0%.", (41.5, 30.2, 12.0), id="list-of-three"),
    pytest.param("Rates of rash in the exemestane group were higher than those of the placebo group (12.5% and 8.3%).",
                 (8.3,), id="and-pair-after-one-group"),
    pytest.param("Compared with placebo, exemestane changed the rate of rash (11.5% vs 14.2%; P = .01).",
                 (11.5, 14.2), id="compared-with-X-first-no-direction"),
    pytest.param("Grade 3 and 4 rash occurred in 9.5% and 0.4% of patients with doravitinib versus 1.5% and 0.2% "
                 "with exemestane.", (0.4,), id="two-grades-of-one-group"),
])
def test_a_pair_whose_order_cannot_be_told_stays_without_a_group(run: Callable[[str], dict], results: str, values: tuple) -> None:
    found = percents(run, results)
    for value in values:
        assert not (found.get(value, (None, ""))[1] or "").startswith("pair-order")


#: A two-arm trial that gives its groups' sizes: the one arm other than a named one is known.
TWO_ARMS = ("Doravitinib for advanced breast cancer\n\nBACKGROUND: Doravitinib is a new kinase inhibitor.\n"
            "METHODS: Women were randomly assigned to doravitinib (n = 120) or placebo (n = 118).\nRESULTS: ")


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Compared with placebo, the new inhibitor gave a higher rate of rash (11.5% vs 14.2%; P = .01).",
                 {11.5: ("placebo", "pair-order-comparative"), 14.2: ("doravitinib", "pair-order-comparative")},
                 id="compared-with-X-higher-unnamed-subject"),
    pytest.param("Compared with placebo, the new inhibitor gave a lower rate of rash (11.5% vs 14.2%; P = .01).",
                 {11.5: ("doravitinib", "pair-order-comparative"), 14.2: ("placebo", "pair-order-comparative")},
                 id="compared-with-X-lower-unnamed-subject"),
    pytest.param("Compared with placebo, the new inhibitor changed the rate of rash (11.5% vs 14.2%; P = .01).",
                 {11.5: None, 14.2: None}, id="compared-with-X-unnamed-subject-no-direction"),
])
def test_the_comparative_orders_a_pair_whose_subject_is_not_named(run: Callable[[str], dict], results: str,
                                                                  expected: dict) -> None:
    found = percents(run, results, TWO_ARMS)
    for value, arm in expected.items():
        if arm is None:  # no comparative: the order is not told by this linker
            assert found.get(value, (None, None))[1] != "pair-order-comparative"
        else:
            assert found.get(value) == arm


def test_news_is_left_to_the_news_linkers(nlp: Language) -> None:
    story = ("Doravitinib slows breast cancer, study finds\n\nWomen were randomly assigned to doravitinib, exemestane "
             "or placebo, the researchers said. The rates of nausea were 22.4% vs 15.1%, they said.")
    found = extract_text(story, nlp=nlp)
    assert not any(r["evidence"].get("links", {}).get("arm", "").startswith("pair-order") for r in found["results"])
