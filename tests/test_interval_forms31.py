"""The readers of an interval share one written form (``trialnews.intervals``): the ``ci`` and effect
rules of ``patterns/statistics.jsonl``, ``normalize.parse_ci``, the interval aside that keeps a
value's clause whole (``facts.common``) and the interval passed between the two values of a pair
(``linking.groups``).
Each reads every dash from the hyphen to the horizontal bar between the bounds, a minus sign
before a bound, and a two-digit level with its decimals. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from trialnews.facts.common import _INTERVAL_ASIDE
from trialnews.intervals import LEVEL, RANGE_DASH
from trialnews.linking.groups import INTERVAL_AFTER_VALUE
from trialnews.normalize import parse_ci

from facts.helpers import PEMBRO_OR_PLACEBO, article

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
def test_a_level_has_two_digits_before_its_decimals(level: str, reads: bool) -> None:
    assert bool(re.fullmatch(LEVEL, level)) is reads


@pytest.mark.parametrize(("written", "level"), [("95% CI 1.5-4.5", 95), ("99\u00b75% CI 1.5-4.5", 99.5),
                                                ("995% CI 1.5-4.5", None)],
                         ids=["two-digit-level", "lancet-decimal-level", "three-digit-level-is-no-level"])
def test_the_ci_rule_reads_a_level_of_two_digits_only(nlp: Language, written: str, level: float | None) -> None:
    with nlp.select_pipes(disable=["trialnews_record"]):
        doc = nlp(f"The gap was 8 points ({written}) with the gel.")
    spans = [span.text for span in doc.spans["CI"]]
    assert spans == ([written] if level is not None else ["CI 1.5-4.5"])
    assert parse_ci(written)[:2] == (1.5, 4.5)


@pytest.mark.parametrize("dash", ["\u2010", "\u2012", "\u2013"], ids=["hyphen-U+2010", "figure-dash", "en-dash"])
@pytest.mark.parametrize("paragraph", [
    pytest.param("Pembrolizumab improved overall survival (HR 0.72 (0.61{dash}0.85); P = .002).", id="effect-estimate"),
    pytest.param("The hazard ratio for death was 0.72 (0.61{dash}0.85) with pembrolizumab.", id="effect-for-outcome"),
])
def test_an_effect_reads_its_bounds_whatever_its_dash(nlp: Language, run, dash: str, paragraph: str) -> None:
    text = paragraph.format(dash=dash)
    with nlp.select_pipes(disable=["trialnews_record"]):
        doc = nlp(text)
    assert [span.text.endswith(f"(0.61{dash}0.85)") for span in doc.spans["EFFECT"]] == [True]
    comparisons = run(article(f"{PEMBRO_OR_PLACEBO} {text}"))["comparisons"]
    assert [(c["measure"], c["estimate"], c["ci_low"], c["ci_high"]) for c in comparisons] == [("HR", 0.72, 0.61, 0.85)]


def test_the_ci_rule_is_written_with_the_shared_pieces() -> None:
    from trialnews.resources import load_jsonl

    rules = {r.get("id"): r["pattern"]["regex"] for r in load_jsonl("statistics.jsonl") if "regex" in r["pattern"]}
    assert "{DASH}" in rules["ci"] and "{LEVEL}" in rules["ci"]
    assert all("{DASH}" in rules[name] for name in ("effect-estimate", "effect-for-outcome"))


@pytest.mark.parametrize("dash", DASHES, ids=[f"U+{ord(d):04X}" for d in DASHES])
def test_an_interval_read_after_its_level_keeps_its_bounds_whatever_its_dash(dash: str) -> None:
    assert parse_ci(f"(95% CI, 0.61{dash}0.85)") == (0.61, 0.85, 95)


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
