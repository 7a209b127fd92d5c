"""Per-arm percentages in abstracts (session 31): a percentage said of each group at once (``The pCR
rate was 41% in both arms``) is a result of each of the trial's two groups (``every-group``), not a
value of no group; a pair after ``more likely to X`` measures X (``likelier-pair``).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def abstract(methods: str, results: str) -> str:
    return (f"A randomised trial in early breast cancer\n\nBACKGROUND: Few options exist for this condition. "
            f"METHODS: {methods} RESULTS: {results} CONCLUSIONS: Further trials are warranted.\n")


def results_of(run: Callable[[str], dict[str, Any]], text: str) -> list[tuple[float, str | None, str | None]]:
    """The % results of ``text``: (value, arm lower-cased, arm linker)."""
    return sorted((r["value"], (r["arm"] or "").lower() or None, (r["evidence"].get("links") or {}).get("arm"))
                  for r in run(text)["results"] if r["unit"] == "%")


TWO_ARMS = "Women were randomly assigned to weekly paclitaxel (n = 142) or observation (n = 139)."
#: The regimen's drugs described after the allocation.
REGIMEN = ("Women were randomly assigned to perioperative chemotherapy (n = 61) or surgery alone (n = 60). "
           "Chemotherapy consisted of epirubicin and docetaxel given every three weeks.")


@pytest.mark.parametrize(("methods", "results", "value"), [
    pytest.param(TWO_ARMS, "The rate of breast conservation was 62% in both arms (P = 0.9).", 62.0, id="in-both-arms"),
    pytest.param(TWO_ARMS, "Grade 3 neuropathy was uncommon (2.5% in both groups).", 2.5, id="bracketed"),
    pytest.param(TWO_ARMS, "Five-year overall survival was 88 % in each arm.", 88.0, id="in-each-arm"),
    pytest.param(REGIMEN, "The rate of pathological complete response was 17% in both treatment arms.", 17.0,
                 id="regimen-described"),
])
def test_a_value_of_both_groups_is_each_groups(run, methods: str, results: str, value: float) -> None:
    found = [(arm, linker) for v, arm, linker in results_of(run, abstract(methods, results)) if v == value]
    assert len(found) == 2
    assert all(linker == "every-group" for _, linker in found)
    arms = {arm["label"].lower() for arm in run(abstract(methods, results))["arms"]}
    assert {arm for arm, _ in found} <= arms and len({arm for arm, _ in found}) == 2


def test_no_value_for_each_where_the_two_groups_cannot_be_told(run) -> None:
    """Three groups with a size of their own: which two ``both arms`` means is not told."""
    found = results_of(run, abstract(
        "Women were randomly assigned to letrozole (n = 80), anastrozole (n = 81) or exemestane (n = 79).",
        "The rate of arthralgia was 31% in both arms of the aromatase inhibitors."))
    assert 31.0 in [value for value, _, _ in found]  # (the value is read)
    assert all(linker != "every-group" for _, _, linker in found)


@pytest.mark.parametrize("results", [
    pytest.param("Grade 2 nausea occurred in 22% in both groups combined.", id="combined"),
    pytest.param("Any neuropathy was seen in 22% for both arms together.", id="together"),
    pytest.param("The rate of relapse was 22% in both arms pooled (P = 0.5).", id="pooled"),
])
def test_a_value_of_both_groups_pooled_is_no_groups(run, results: str) -> None:
    """``22% in both groups combined``: all the patients pooled, not a result of each group."""
    found = results_of(run, abstract(TWO_ARMS, results))
    assert 22.0 in [value for value, _, _ in found]  # (the value is read)
    assert all(linker != "every-group" for value, _, linker in found if value == 22.0)


def test_respectively_keeps_one_value_per_outcome(run) -> None:
    """``5% and 1% in both arms, respectively``: one value per outcome, not one per group."""
    found = results_of(run, abstract(TWO_ARMS, "Fatigue and rash were reported in 6% and 3% in both treatment arms, "
                                               "respectively."))
    assert {6.0, 3.0} <= {value for value, _, _ in found}  # (the values are read)
    assert all(linker != "every-group" for _, _, linker in found)


def test_a_value_of_one_group_stays_its_own(run) -> None:
    found = results_of(run, abstract(TWO_ARMS, "The rate of breast conservation was 62% in the paclitaxel arm and "
                                               "48% in both other settings."))
    assert 62.0 in [value for value, _, _ in found]  # (the value is read)
    assert all(linker != "every-group" for _, _, linker in found)


def test_news_keeps_a_value_of_both_groups_as_it_was(run) -> None:
    """In news, ``in both groups`` also writes a trait the groups shared at the start: no result of each."""
    text = ("Drug cuts relapse in early breast cancer\n\nBy Ann Lee\n\nA new drug, relapsumab, cut relapses, "
            "researchers said on Monday. The trial randomly assigned 400 women to relapsumab or placebo. The women "
            "were older than in most trials: 40 percent in both groups had suffered a stroke before. After two "
            "years, 12 percent of the women on relapsumab had relapsed, compared with 20 percent on placebo.\n")
    found = [(r["value"], r["arm"]) for r in run(text)["results"]]
    assert (12.0, "relapsumab") in found
    assert [arm for value, arm in found if value == 40.0] in ([], [None])


@pytest.mark.parametrize(("results", "outcome"), [
    pytest.param("Women given weekly paclitaxel were more likely to become disease-free after two years compared "
                 "with the observation group (64% versus 41%; P = 0.01).", "disease-free", id="become"),
    pytest.param("Women given weekly paclitaxel were more likely to opt for breast conservation than those under "
                 "observation (52% vs 30%; P = 0.03).", "opt for breast conservation", id="verb-with-particle"),
])
def test_the_outcome_of_a_pair_after_more_likely_to(run, results: str, outcome: str) -> None:
    """``more likely to X ... (a% vs b%)``: the pair measures X (``likelier-pair``)."""
    record = run(abstract(TWO_ARMS, results))
    found = {r["value"]: (r["endpoint"] or "").lower() for r in record["results"] if r["unit"] == "%"}
    assert len(found) == 2 and set(found.values()) == {outcome}


def test_no_outcome_after_likely_to_for_a_lone_value(run) -> None:
    """A value of no pair in brackets (``(64%)``) takes no outcome from ``more likely to``."""
    record = run(abstract(TWO_ARMS, "Women in the paclitaxel arm were more likely to stop treatment (64%), most "
                                    "often for neuropathy."))
    assert 64.0 in [r["value"] for r in record["results"]]  # (the value is read)
    assert all((r["evidence"].get("links") or {}).get("endpoint") != "likelier-pair" for r in record["results"])
