"""Abstracts: the order in which an abstract allocates its two groups with their sizes.

It tells the comparator where nothing else does (the tested treatment is listed first:
``facts/roles.py:comparator_by_order``), and the groups of a pair of values that ``respectively``
says follow an order given before (or set ``versus`` each other), where no pair has named both
groups (``linking/pairorder.py``: ``pair-order-allocation``). Also: two groups named as one comparison
with their sizes in brackets between them (``X (n = 120) and Y (n = 118)``).

Every abstract below is written for these tests (none is copied from a data set). The trial's
arm list is noisy on purpose: the regimen's drugs and a background treatment are named too, so the
pair cannot simply be "the trial's two arms".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

TITLE = "Doravitinib added to exemestane in advanced breast cancer\n\n"
BACKGROUND = "BACKGROUND: Doravitinib is a new kinase inhibitor.\n"
CLOSING = "\nCONCLUSIONS: Doravitinib was well tolerated."


def abstract(methods: str, results: str) -> str:
    return f"{TITLE}{BACKGROUND}METHODS: {methods}\nRESULTS: {results}{CLOSING}"


TWO_GROUPS = ("Women were randomly assigned to three cycles of fulvestrant, goserelin and doravitinib (FGD, n = 120) "
              "or letrozole (n = 118).")


def roles(found: dict) -> dict[str, str]:
    return {arm["label"].lower(): arm["role"] for arm in found["arms"]}


def percents(found: dict) -> dict[float, tuple[str | None, str | None]]:
    return {r["value"]: (r["arm"], r["evidence"].get("links", {}).get("arm")) for r in found["results"] if r["unit"] == "%"}


@pytest.mark.parametrize(("methods", "control"), [
    pytest.param(TWO_GROUPS, "letrozole", id="second-of-two-is-the-comparator"),
    pytest.param("Women were randomly assigned to doravitinib 20 mg (n = 62) or 50 mg (n = 59).",
                 "doravitinib 50 mg", id="second-dose"),
])
def test_the_second_group_allocated_is_the_comparator(run: Callable[[str], dict], methods: str, control: str) -> None:
    found = roles(run(abstract(methods, "Adverse events were mild.")))
    assert found.get(control) == "control"
    assert sum(role == "control" for role in found.values()) == 1


@pytest.mark.parametrize(("methods", "tested", "control"), [
    pytest.param("In this double-dummy trial, women were randomly assigned to doravitinib (n = 120) or letrozole "
                 "(n = 118), each with the placebo of the other drug.",
                 "doravitinib", "letrozole", id="double-dummy-placebo-outside-the-pair"),
    pytest.param("Women were randomly assigned to doravitinib (n = 120) or letrozole (n = 118); a control group of "
                 "healthy women was followed too. Both groups took a matching placebo.",
                 "doravitinib", "letrozole", id="second-of-two-beside-a-placebo"),
    pytest.param("Women were randomly assigned to standard letrozole (n = 118) or doravitinib (n = 120). Both groups "
                 "took a matching placebo.", "doravitinib", "standard letrozole", id="comparator-word-named-first"),
    pytest.param("Women were randomly assigned to doravitinib or whole breast irradiation (WBI). In all, 238 women "
                 "were randomized (118 to external WBI and 120 to doravitinib).", "doravitinib", "external wbi",
                 id="control-named-by-its-short-form-first"),
    pytest.param("Eligible women were randomized to two coded groups, DRV80 (n = 63) and LTZ (n = 64); every woman "
                 "also took a placebo matching the drug she did not receive.", "drv80", "ltz",
                 id="groups-named-by-codes"),
    pytest.param("We randomized women to daily doravitinib tablets (n = 2,310) with placebo injections or to monthly "
                 "letrozole injections (n = 2,298) with placebo tablets.", "daily doravitinib tablets",
                 "monthly letrozole injections", id="sizes-with-thousands"),
])
def test_the_comparator_of_two_allocated_groups_beside_a_control_outside_them(
        run: Callable[[str], dict], methods: str, tested: str, control: str) -> None:
    """A placebo or control word outside the two groups randomized does not make both of them tested."""
    found = roles(run(abstract(methods, "Adverse events were mild.")))
    assert found.get(tested) == "experimental", found
    assert found.get(control) == "control", found


def test_a_control_with_a_size_of_its_own_keeps_the_two_others_tested(run: Callable[[str], dict]) -> None:
    found = roles(run(abstract("Women were randomly assigned to doravitinib (n = 60), letrozole (n = 58) or usual "
                               "care (n = 59).", "Adverse events were mild.")))
    assert found.get("doravitinib") == found.get("letrozole") == "experimental", found


@pytest.mark.parametrize(("methods", "control"), [
    pytest.param("Women were randomly assigned to doravitinib (n = 80), exemestane (n = 81) or letrozole (n = 79).",
                 None, id="three-groups"),
    pytest.param("Women were randomly assigned to doravitinib (n = 120) or placebo (n = 118).", "placebo",
                 id="control-named"),
    pytest.param("Women were randomly assigned to placebo (n = 118) or doravitinib (n = 120).", "placebo",
                 id="control-named-first"),
])
def test_the_order_decides_nothing_where_the_groups_or_the_control_are_told(
        run: Callable[[str], dict], methods: str, control: str | None) -> None:
    """Three groups: the last is no comparator by its place; a named placebo is the control wherever it stands."""
    found = roles(run(abstract(methods, "Adverse events were mild.")))
    assert found.get("doravitinib") == "experimental"
    assert [label for label, role in found.items() if role == "control"] == ([control] if control else []), found


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Five-year survival rates were 81.5% and 74.2%, respectively (P = .03).",
                 {81.5: ("doravitinib", "pair-order-allocation"), 74.2: ("letrozole", "pair-order-allocation")},
                 id="respectively-no-group-named"),
    pytest.param("Overall survival did not differ (74.1% versus 70.7%; P = .41).",
                 {74.1: ("doravitinib", "pair-order-allocation"), 70.7: ("letrozole", "pair-order-allocation")},
                 id="versus-no-group-named"),
    pytest.param("Response rates for doravitinib (n = 118) and letrozole (n = 115) were 41.5% and 30.2% (P = .03).",
                 {41.5: ("doravitinib", "pair-order"), 30.2: ("letrozole", "pair-order")},
                 id="groups-named-with-sizes-between"),
    pytest.param("Nausea was more frequent in the letrozole group (31.5% v 10.2%; P = .01).",
                 {31.5: ("letrozole", "group-next-to-value"), 10.2: ("doravitinib", "pair-order-other-role")},
                 id="other-role-the-allocated-one"),
])
def test_a_pair_takes_the_order_of_allocation(run: Callable[[str], dict], results: str, expected: dict) -> None:
    found = percents(run(abstract(TWO_GROUPS, results)))
    for value, arm in expected.items():
        assert found.get(value) == arm


@pytest.mark.parametrize("results", [
    pytest.param("Survival rates were 81.5% and 74.2% at 3 and 5 years, respectively.", id="order-of-times"),
    pytest.param("Survival and response were 81.5% vs 74.2% and 41.5% vs 30.2%, respectively.", id="order-of-outcomes"),
    pytest.param("Five-year survival rates were 81.5% and 74.2% (P = .03).", id="no-respectively"),
])
def test_a_pair_whose_respectively_is_of_another_list_stays_without_the_allocation_order(
        run: Callable[[str], dict], results: str) -> None:
    found = percents(run(abstract(TWO_GROUPS, results)))
    assert not any(link == "pair-order-allocation" for _, link in found.values())


def test_news_keeps_its_own_order(run: Callable[[str], dict]) -> None:
    story = ("Doravitinib helps women with breast cancer, study finds\n\nWomen were randomly assigned to three cycles "
             "of fulvestrant, goserelin and doravitinib (FGD, n = 120) or letrozole (n = 118), the researchers said. "
             "Five-year survival rates were 81.5 percent and 74.2 percent, respectively, they said.")
    found = run(story)
    assert not any(r["evidence"].get("links", {}).get("arm", "").startswith("pair-order") for r in found["results"])


LETTERED = ("Women were randomly assigned to doravitinib 10 mg daily (group A, n = 60), letrozole 2.5 mg daily "
            "(group B, n = 58) or exemestane 25 mg daily (group C, n = 59).")


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Response rates were 41.5% vs 30.2% for groups A and B, respectively.",
                 {41.5: ("group A", "pair-order"), 30.2: ("group B", "pair-order")}, id="groups-A-and-B"),
    pytest.param("Response rates were 41.5% vs 30.2% (P = .02), group A vs. C.",
                 {41.5: ("group A", "pair-order"), 30.2: ("group C", "pair-order")}, id="group-A-vs-C"),
])
def test_groups_named_by_letters_after_one_noun(run: Callable[[str], dict], results: str, expected: dict) -> None:
    found = percents(run(abstract(LETTERED, results)))
    for value, arm in expected.items():
        assert found.get(value) == arm


def test_a_pair_set_against_three_lettered_groups_takes_no_group(run: Callable[[str], dict]) -> None:
    """``higher in group A than in groups B and C (41.5% v 30.2%)``: the pair is read, but its second value is
    no one group's. A value of a trial with several arms whose group cannot be told is left out of
    the results and listed in warning W020 (``errors.py``), so that is where the read pair shows."""
    record = run(abstract(LETTERED, "Response was higher in group A than in groups B and C (41.5% v 30.2%)."))
    assert not {41.5, 30.2} & set(percents(record)), percents(record)
    left_out = [warning for warning in record["warnings"] if warning.startswith("W020")]
    assert len(left_out) == 1 and "'41.5%'" in left_out[0] and "'30.2%'" in left_out[0], record["warnings"]
