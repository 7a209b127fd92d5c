"""The three readers of an interval share one written form (``trialnews.intervals``): the ``ci`` rule
of ``patterns/statistics.jsonl``, the interval aside that keeps a value's clause whole
(``facts.common``) and the interval passed between the two values of a pair (``linking.groups``).
Each reads every dash from the hyphen to the horizontal bar between the bounds, a minus sign
before a bound, and a two-digit level with its decimals. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from trialnews.components.ruler import expand
from trialnews.facts.common import _INTERVAL_ASIDE
from trialnews.intervals import LEVEL, LEVEL_DIGITS, RANGE_DASH, fill
from trialnews.linking.groups import INTERVAL_AFTER_VALUE

#: Every dash a range is written with: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en
#: dash, em dash, horizontal bar.
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015"]
_PASSED = re.compile(INTERVAL_AFTER_VALUE)


@pytest.mark.parametrize("dash", DASHES, ids=[f"U+{ord(d):04X}" for d in DASHES])
def test_every_reader_reads_every_dash(nlp: Language, dash: str) -> None:
    interval = f"(95% CI, 12%{dash}30%)"
    assert re.fullmatch(RANGE_DASH, dash)
    assert _INTERVAL_ASIDE.search(interval)
    assert _PASSED.match(interval + " ").end() == len(interval) + 1
    with nlp.select_pipes(disable=["trialnews_record"]):  # the record clears the rules' spans
        doc = nlp(f"The gap was 8 points (95% CI 1.5{dash}4.5) with the gel.")
    assert [span.text for span in doc.spans["CI"]] == [f"95% CI 1.5{dash}4.5"]


@pytest.mark.parametrize("written", ["(95% CI, \u22124.1 to \u22120.2)", "(95\u00b75% CI, 12%-30%)", "(90.0% CI 3-9)"],
                         ids=["minus-sign", "lancet-decimal-level", "level-with-decimals"])
def test_a_pair_passes_an_interval_written_with_a_minus_or_a_decimal_level(written: str) -> None:
    assert _PASSED.match(written + " vs").end() == len(written) + 1


@pytest.mark.parametrize(("level", "reads"), [("95", True), ("99.5", True), ("99\u00b75", True), ("5", False),
                                              ("100", False)])
def test_a_level_has_its_named_digits(level: str, reads: bool) -> None:
    assert LEVEL_DIGITS == 2
    assert bool(re.fullmatch(LEVEL, level)) is reads


def test_the_ci_rule_is_written_with_the_shared_pieces() -> None:
    from trialnews.resources import load_jsonl

    rule = next(r for r in load_jsonl("statistics.jsonl") if r.get("id") == "ci")
    regex = rule["pattern"]["regex"]
    assert "{DASH}" in regex and "{LEVEL}" in regex
    assert RANGE_DASH in expand(regex) and LEVEL in expand(regex)
    assert fill("{LEVEL}% CI a{DASH}b") == f"{LEVEL}% CI a{RANGE_DASH}b"


@pytest.mark.parametrize("dash", ["-", "\u2011", "\u2012", "\u2015"],
                         ids=["hyphen-minus", "non-breaking-hyphen", "figure-dash", "horizontal-bar"])
def test_a_pair_each_with_its_interval_takes_the_groups_in_order_whatever_its_dash(run, dash: str) -> None:
    opening = ("Gel or cream for itch: a randomized trial\n\nBACKGROUND: Itch is common after burns. METHODS: We "
               "randomized 240 adults to a menthol gel (n = 120) or a plain cream (n = 120). RESULTS: ")
    record = run(opening + f"In the first week, significantly more adults in the menthol gel group reported no itch "
                           f"(47.5% [95% CI, 38.3%{dash}56.7%] vs 29.1% [95% CI, 21.0%{dash}37.2%]; P < .001) "
                           f"compared with the plain cream group. CONCLUSIONS: The gel eased itch.\n")
    found = {r["value"]: (r["arm"] or "").lower() for r in record["results"] if r["unit"] == "%"}
    assert found == {47.5: "menthol gel", 29.1: "plain cream"}
