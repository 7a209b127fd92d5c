"""Per-arm numbers in trial abstracts whose groups the arm list must name as the abstract does:
a group named over a treatment's name (``the no ginger group``), a rate written after its count
and its group's total (``in 12 of 58 patients (20.7%)``), and an abstract that lists the drugs of
every regimen before it names its second group (``the STD arm``).

Every sentence below is written for these tests (none is copied from a data set); each row says
the value, the group and the outcome a curator reads from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def percents(record: dict[str, Any]) -> dict[float, tuple[str | None, str | None]]:
    """The % results of a record: value -> (arm, endpoint), lower-cased."""
    return {r["value"]: ((r["arm"] or "").lower() or None, (r["endpoint"] or "").lower() or None)
            for r in record["results"] if r["unit"] == "%"}


NO_GINGER = ("Ginger for nausea during chemotherapy: a randomized trial\n\n"
             "A total of 118 women were randomized to the ginger (n = 60) or no ginger (n = 58) groups. "
             "Grade 2 nausea developed in 12 of 58 patients (20.7%) versus 25 of 57 patients (43.9%) in the "
             "ginger and no ginger groups, respectively. The median time to nausea was 9.5 and 4.0 days in the "
             "ginger and no ginger groups, respectively.")


def test_a_group_named_over_a_treatments_name_is_its_own(run: Callable[[str], dict[str, Any]]) -> None:
    """``the ginger and no ginger groups``: ``no ginger`` names the second group, not ginger again."""
    record = run(NO_GINGER)
    assert {arm["label"].lower() for arm in record["arms"]} >= {"ginger", "no ginger"}
    found = percents(record)
    assert found[20.7][0] == "ginger"
    assert found[43.9][0] == "no ginger"
    days = {r["value"]: (r["arm"] or "").lower() for r in record["results"] if r["unit"] == "days"}
    assert days == {9.5: "ginger", 4.0: "no ginger"}


def test_a_rate_after_its_count_and_total_takes_the_occurrence_verbs_subject(
        run: Callable[[str], dict[str, Any]]) -> None:
    """``Grade 2 nausea developed in 12 of 58 patients (20.7%)``: the outcome is what developed,
    and the group's total (58) is no count of a result."""
    record = run(NO_GINGER)
    found = percents(record)
    assert found[20.7][1] is not None and "nausea" in found[20.7][1]
    assert found[43.9][1] is not None and "nausea" in found[43.9][1]
    counts = {r["value"] for r in record["results"] if r["unit"] == "patients"}
    assert 58.0 not in counts and 57.0 not in counts
    assert {12.0, 25.0} <= counts


def test_a_count_with_its_people_before_the_bracket(run: Callable[[str], dict[str, Any]]) -> None:
    """``Lymphoedema occurred in 9 women (15%)``: the people between the count and its rate."""
    text = ("Compression sleeves after axillary surgery\n\n"
            "Women were randomly assigned to a compression sleeve (n = 60) or usual care (n = 61). "
            "Lymphoedema occurred in 9 women (15%) in the sleeve group and in 17 women (28%) in the usual care group.")
    found = percents(run(text))
    assert found[15.0][1] is not None and "lymphoedema" in found[15.0][1]


def test_a_rate_whose_total_has_no_count_before_it_is_unchanged(run: Callable[[str], dict[str, Any]]) -> None:
    """``in 40 patients (12%)`` after a verb that is no occurrence verb names no outcome by this rule:
    the rule reads only an occurrence verb right before ``in``."""
    text = ("Two doses of a sleep aid\n\n"
            "Women were randomly assigned to 5 mg (n = 40) or 10 mg (n = 41). "
            "Sleep improved among 40 patients (12%) overall.")
    record = run(text)
    assert all(r["endpoint"] is None or "improved" not in r["endpoint"].lower()
               for r in record["results"] if r["value"] == 12.0)


STD_ARM = ("High-dose consolidation after standard chemotherapy for node-positive breast cancer\n\n"
           "METHODS: Patients with ten or more involved nodes were randomized. Forty patients in the standard-dose (STD) "
           "arm were assigned to cyclophosphamide, doxorubicin and fluorouracil followed by tamoxifen. Forty-one "
           "patients were assigned to high-dose chemotherapy (HDC) with carboplatin and thiotepa after "
           "cyclophosphamide, doxorubicin and fluorouracil followed by tamoxifen. RESULTS: The 5-year relapse-free survival "
           "was 35% in the STD arm and 50% in the HDC arm (P = 0.2).")


def test_a_group_named_as_a_group_is_kept_over_the_drugs_of_every_regimen(
        run: Callable[[str], dict[str, Any]]) -> None:
    """Six drugs assigned to both groups are named before ``the STD arm``: the record holds at most
    six arms, and the group named as a group is one of them, with its result."""
    record = run(STD_ARM)
    assert record["source"]["kind"] == "structured-abstract"
    labels = [arm["label"] for arm in record["arms"]]
    assert "STD" in labels and "HDC" in labels
    found = percents(record)
    assert found[35.0][0] == "std"
    assert found[50.0][0] == "hdc"


def test_a_bracket_that_splits_the_events_its_clause_counts_by_group(
        run: Callable[[str], dict[str, Any]]) -> None:
    """``412 breast cancers were reported (180 [6.1%] in ... the X group vs 232 [7.9%] in ... the
    Y group)``: each rate's outcome is what the clause before the bracket counts."""
    text = ("Raloxifene for breast cancer prevention\n\n"
            "Women were randomly assigned to raloxifene (n = 2950) or placebo (n = 2937). After 10 years, 412 "
            "breast cancers were reported (180 [6.1%] in 2950 women in the raloxifene group vs 232 [7.9%] in 2937 "
            "women in the placebo group; hazard ratio 0.76).")
    found = percents(run(text))
    assert found[6.1] == ("raloxifene", "breast cancers")
    assert found[7.9] == ("placebo", "breast cancers")


def test_a_bracket_after_a_verb_that_counts_nothing_names_no_outcome(
        run: Callable[[str], dict[str, Any]]) -> None:
    """``Patients were treated (120 [52%] ...)``: ``treated`` is no occurrence verb, and the
    bracket's rates are not given its subject as their outcome."""
    text = ("Two schedules of radiotherapy\n\n"
            "Women were randomly assigned to a short schedule (n = 231) or a long schedule (n = 229). "
            "Most women were treated as planned (120 [52%] in the short schedule group vs 98 [43%] in the "
            "long schedule group).")
    record = run(text)
    assert all((r["endpoint"] or "").lower() not in ("women", "most women")
               for r in record["results"] if r["value"] in (52.0, 43.0))

