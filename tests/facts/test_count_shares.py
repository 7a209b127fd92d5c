"""Counts of people given with their share in an aside before the verb of what happened to them
(``seven (8.2 percent) had full responses``, ``14 of them - or 35 per cent - improved``, ``22
of them, or 11 percent, had a stroke``): the count is the same result as its share and takes the
share's group and outcome (``facts/results.py``: ``count_before``); and ``no cases of X`` counts
none of X.

Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from .helpers import article, result_rows as results

ONE_ARM = "In the phase 2 trial, 80 patients with advanced kidney cancer received velatinib."
TWO_ARMS = "In the Lomira trial, 300 adults with asthma were randomly assigned to lomitrant or placebo."


SHARES = [
    ("bracket, bare count",
     "Of the 80 patients, four (5 percent) had complete responses and 19 (23.8 percent) had partial responses.",
     [("complete responses", None, 4.0), ("partial responses", None, 19.0)]),
    ("commas, partitive",
     "Of the patients who finished treatment, 12 of them, or 15 percent, had partial responses.",
     [("partial responses", None, 12.0)]),
    ("dashes, the verb names the outcome",
     "Most had spread to the bone. Sixteen of them - or 20 per cent - responded to velatinib.",
     [("response", "velatinib", 16.0)]),
    ("commas, people named",
     "Twelve of the patients, or 15 percent, had partial responses.",
     [("partial responses", None, 12.0)]),
    ("bracket, group named first",
     "Among those on lomitrant, nine (6 percent) developed a skin rash.",
     [("skin rash", "lomitrant", 9.0)]),
]


@pytest.mark.parametrize(("sentence", "expected"), [(s, e) for _, s, e in SHARES],
                         ids=[name for name, _, _ in SHARES])
def test_a_count_before_its_share_takes_the_shares_outcome(run, sentence: str, expected: list) -> None:
    opening = TWO_ARMS if "lomitrant" in sentence else ONE_ARM
    found = results(run(article(opening, sentence)))
    for endpoint, arm, value in expected:
        assert (endpoint, arm, value, "patients") in found


def test_the_share_is_kept_beside_its_count(run) -> None:
    found = results(run(article(ONE_ARM, "Of the 80 patients, four (5 percent) had complete responses.")))
    assert ("complete responses", None, 5.0, "%") in found


NOT_COUNTS = [
    ("no verb after the aside", "The drug was tested at 12 (15 percent) of the sites in the network."),
    ("a year", "Of the three winters the trial ran, 2009 (40 percent) had the most infections."),
    ("respectively", "Four (5 percent) and nine (11 percent), respectively, had complete responses."),
]


@pytest.mark.parametrize("sentence", [s for _, s in NOT_COUNTS], ids=[name for name, _ in NOT_COUNTS])
def test_no_count_is_read_where_the_aside_shares_no_count(run, sentence: str) -> None:
    counts = {r["value"] for r in run(article(ONE_ARM, sentence))["results"] if r["unit"] == "patients"}
    assert counts <= {80.0}


def test_the_total_of_a_partitive_count_is_not_its_count(run) -> None:
    found = results(run(article(ONE_ARM, "Nine of 80 patients, or 11 percent, had partial responses.")))
    assert ("partial responses", None, 80.0, "patients") not in found


def test_no_cases_of_an_event_count_none_of_it(run) -> None:
    found = results(run(article(ONE_ARM, "No cases of liver failure were reported during the trial.")))
    assert ("liver failure", None, 0.0, "patients") in found


def test_a_number_of_cases_still_takes_no_outcome_from_its_of_phrase(run) -> None:
    # a number of cases counts a study's sample as often as its results: left as before
    found = results(run(article(ONE_ARM, "The registry recorded 1,250 cases of kidney cancer in the region.")))
    assert not any(value == 1250.0 for _, _, value, _ in found)


def test_a_count_in_hyphened_words_is_read_whole(run) -> None:
    found = results(run(article(ONE_ARM, "Twenty-three of these patients, or about 29 percent, had partial "
                                          "responses.")))
    assert ("partial responses", None, 23.0, "patients") in found
    assert not any(value == 3.0 for _, _, value, _ in found)


def test_the_total_after_out_of_is_not_the_count_of_a_share(run) -> None:
    found = results(run(article(ONE_ARM, "Nine out of 80 patients (11 percent) had partial responses.")))
    assert ("partial responses", None, 80.0, "patients") not in found


@pytest.mark.parametrize("sentence", [
    "Nine of the 40 patients (22.5 percent) had partial responses.",
    "Nine of the 40 patients, or 22.5 percent, had partial responses.",
], ids=["bracket", "commas"])
def test_the_total_after_of_the_is_not_the_count_of_a_share(run, sentence: str) -> None:
    found = results(run(article(ONE_ARM, sentence)))
    assert ("partial responses", None, 40.0, "patients") not in found
    assert ("partial responses", None, 22.5, "%") in found
