"""Per-arm percentages in trial abstracts, in the forms CONSORT-style abstracts (and news) write
them: lists closed by ``respectively``, groups named by letter, combinations whose names hold a
drug that is a group of its own.

Every sentence below is written for these tests (none is copied from a data set); each row says
the value, the group and the outcome a curator reads from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.record import grounding_problems


def percents(run: Callable[[str], dict[str, Any]], text: str) -> dict[float, tuple[str | None, str | None]]:
    """The % results of ``text``'s grounded, validated record (conftest's ``run``): value -> (arm, endpoint)."""
    found = run(text)
    return {r["value"]: ((r["arm"] or "").lower() or None, (r["endpoint"] or "").lower())
            for r in found["results"] if r["unit"] == "%"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Two schedules of wound drainage after mastectomy\n\nWomen were randomly assigned to early drain "
                 "removal (group A, n = 70) or late drain removal (group B, n = 71). Seroma occurred in 9 (12.9%) "
                 "and 21 (29.6%) women for groups A and B, respectively (p = 0.02).",
                 {12.9: ("group a", "seroma"), 29.6: ("group b", "seroma")}, id="groups-by-letter-after"),
    pytest.param("Neratinib or trastuzumab with capecitabine\n\nWomen were randomly assigned to "
                 "neratinib-capecitabine or trastuzumab-capecitabine. Grade 3 diarrhoea was seen in 17% and "
                 "8% of women in the neratinib-capecitabine and trastuzumab-capecitabine arms, respectively.",
                 {17.0: ("neratinib-capecitabine", "grade 3 diarrhoea"),
                  8.0: ("trastuzumab-capecitabine", "grade 3 diarrhoea")}, id="combinations-holding-a-drug"),
])
def test_a_respectively_list_over_named_groups(run, text: str, expected: dict) -> None:
    found = percents(run, text)
    for value, (arm, endpoint) in expected.items():
        assert found.get(value) == (arm, endpoint)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Three ways to choose surgery\n\nWomen were randomly assigned to a decision aid, a leaflet or "
                 "usual care. Unlike the leaflet, the decision aid changed choices: the rate of breast-conserving "
                 "surgery was 64% and 51% in the decision aid arm and the usual care arm, respectively.",
                 {64.0: ("decision aid", "breast-conserving surgery"),
                  51.0: ("usual care", "breast-conserving surgery")}, id="groups-between-list-and-respectively"),
    pytest.param("Three schedules of adjuvant chemotherapy\n\nWomen were randomly assigned to group A (four "
                 "cycles), group B (six cycles) or group C (eight cycles). After a median follow-up of 9 years, "
                 "10-year survival was 81.2, 73.6, and 66.9% and relapse-free survival 62.8, 69.3, and 57.4% for "
                 "groups A, B, and C, respectively.",
                 {81.2: ("group a", "10-year survival"), 73.6: ("group b", "10-year survival"),
                  66.9: ("group c", "10-year survival"), 62.8: ("group a", "relapse-free survival"),
                  69.3: ("group b", "relapse-free survival"), 57.4: ("group c", "relapse-free survival")},
                 id="one-run-per-outcome"),
])
def test_a_respectively_list_in_runs_or_before_its_groups(run, text: str, expected: dict) -> None:
    found = percents(run, text)
    for value, (arm, endpoint) in expected.items():
        assert found.get(value) == (arm, endpoint)


def test_a_run_longer_than_the_groups_named_is_not_linked(run) -> None:
    text = ("Three schedules of adjuvant chemotherapy\n\nWomen were randomly assigned to group A (four cycles) or "
            "group B (six cycles). 10-year survival was 81.2%, 73.6%, and 66.9% and relapse-free survival 62.8%, "
            "69.3%, and 57.4% for groups A, B, and C, respectively.")
    found = percents(run, text)
    assert all(found.get(value, (None, None))[0] is None for value in (81.2, 73.6, 66.9, 62.8, 69.3, 57.4))


def test_adverse_events_listed_per_arm(nlp: Language) -> None:
    text = ("Weekly or three-weekly paclitaxel\n\nWomen were randomly assigned to the weekly arm or the "
            "every-3-weeks arm. Grade 3 to 4 adverse events included neutropenia (27%) and fatigue (14%) in the "
            "weekly arm and neutropenia (39%), vomiting (21%), nausea (15%), and fatigue (11%) in the "
            "every-3-weeks arm.")
    found = extract_text(text, nlp=nlp)
    assert not grounding_problems(found, text)
    got = {(r["value"], (r["arm"] or "").lower(), r["endpoint"].lower()) for r in found["results"] if r["unit"] == "%"}
    assert {(27.0, "weekly", "neutropenia"), (14.0, "weekly", "fatigue"), (39.0, "every-3-weeks", "neutropenia"),
            (21.0, "every-3-weeks", "vomiting"), (15.0, "every-3-weeks", "nausea"),
            (11.0, "every-3-weeks", "fatigue")} <= got
    assert not any(value == 39.0 and arm == "weekly" for value, arm, _ in got)


def test_a_value_after_a_group_and_no_other_group_keeps_it(run) -> None:
    text = ("Lorvatinib for colitis\n\nAdults were randomly assigned to lorvatinib or placebo. After 22 weeks, "
            "61.2 percent of the lorvatinib patients kept a clinical response and 38.5 percent were in clinical "
            "remission. That compared with 40.1 percent and 22.3 percent in the placebo group.")
    found = percents(run, text)
    assert found.get(38.5, (None, None))[0] == "lorvatinib"


def test_a_rate_in_the_bracket_after_its_group(run) -> None:
    text = ("Dexamethasone against seroma\n\nWomen were randomly assigned to dexamethasone or saline. More women "
            "developed a seroma in the saline (30 of 41, 73 per cent) than in the dexamethasone (21 of 40, 52 per "
            "cent) group.")
    found = percents(run, text)
    assert found.get(52.0) == ("dexamethasone", "seroma")
    assert found.get(73.0) == ("saline", "seroma")


def test_a_rate_of_pooled_groups_is_no_one_groups(run) -> None:
    text = ("Four schedules of chemotherapy\n\nWomen were randomly assigned to standard AC, accelerated AC, "
            "standard EC or accelerated EC. Febrile neutropenia was more common in the standard and accelerated "
            "AC arms (12/84, 14%) than in the EC arms (1/42, 2%).")
    found = percents(run, text)
    assert found.get(14.0, (None, None))[0] is None and found.get(2.0, (None, None))[0] is None


def test_a_group_number_before_versus_is_no_percentage(run) -> None:
    text = ("Two schedules of radiotherapy\n\nWomen were randomly assigned to group 1 or group 2. The 10-year "
            "survival rates were 95.2% and 84.9% for group 1 versus 94.8% and 88.3% for group 2.")
    found = percents(run, text)
    assert 1.0 not in found


@pytest.mark.parametrize("sentence", [
    pytest.param("In total, 271 and 278 patients received lorvatinib and trastuzumab, respectively.", id="received"),
    pytest.param("In total, 271 and 278 patients were assigned to lorvatinib and trastuzumab, respectively.",
                 id="assigned-to"),
])
def test_counts_then_the_groups_then_respectively(nlp: Language, sentence: str) -> None:
    text = ("Two antibodies for breast cancer\n\nWomen with HER2-positive breast cancer were randomly assigned to "
            f"lorvatinib or trastuzumab. {sentence} The response rate was 46.8% and 50.4%, respectively.")
    found = extract_text(text, nlp=nlp)
    assert not grounding_problems(found, text)
    sized = {(s["arm"], s["n"]) for s in found["sample_sizes"] if s["arm"]}
    assert {("lorvatinib", 271), ("trastuzumab", 278)} <= sized


def test_counts_of_an_analysis_before_outcomes_are_no_group_sizes(nlp: Language) -> None:
    text = ("Two antibodies for breast cancer\n\nWomen were randomly assigned to lorvatinib or trastuzumab. "
            "Survival and recurrence were analyzed in 92 and 88 patients, respectively.")
    found = extract_text(text, nlp=nlp)
    assert not any(s["arm"] for s in found["sample_sizes"] if s["n"] in (92, 88))


def test_a_bracket_that_names_its_own_groups(run) -> None:
    text = ("Three operations for obesity\n\nPatients were randomly assigned to endoscopic suturing, a gastric "
            "sleeve or gastric banding. Patients given endoscopic suturing had fewer complications (1 percent) than "
            "those given surgery (12 percent for the gastric sleeve and 9 percent for gastric banding).")
    found = percents(run, text)
    assert found.get(1.0, (None, None))[0] == "endoscopic suturing"
    assert found.get(12.0, (None, None))[0] == "gastric sleeve"
    assert found.get(9.0, (None, None))[0] == "gastric banding"


def test_a_list_ends_at_the_group_it_names(run) -> None:
    text = ("Three doses of pegfilgrastim\n\nWomen were randomly assigned to pegfilgrastim or filgrastim. "
            "Grade 3 neutropenia occurred in 71, 80 and 75% with pegfilgrastim and 88% with filgrastim.")
    found = percents(run, text)
    assert found.get(80.0, (None, None))[0] != "filgrastim"
    assert found.get(88.0, (None, None))[0] == "filgrastim"


def test_values_in_one_groups_bracket_are_not_the_next_groups(run) -> None:
    text = ("Sunitinib schedules\n\nWomen were randomly assigned to arm A or arm B. Grade 3 toxicity occurred in "
            "64% of patients in arm A (fatigue 30%, nausea 12% and neutropenia 9%) and 13% in arm B.")
    found = percents(run, text)
    assert found.get(9.0, (None, None))[0] != "arm b" and found.get(12.0, (None, None))[0] != "arm b"
    assert found.get(13.0, (None, None))[0] == "arm b"


def test_a_respectively_of_a_later_clause_lists_only_that_clauses_values(run) -> None:
    """A ``respectively`` after a semicolon closes the list of its own clause: the values of the
    clause before it keep the groups named next to them."""
    found = percents(run, "Two drains after axillary surgery\n\nWomen were randomly assigned to the suction group "
                          "or the gravity group. In the suction group, 31% had a seroma compared to 47% in the "
                          "gravity group; and wound infection was found in 6% (4/66) and 9% (6/67), respectively.")
    assert found.get(31.0) == ("suction", "seroma")
    assert found.get(47.0) == ("gravity", "seroma")


def test_an_outcome_named_past_a_semicolon_is_not_the_values_before_it(run) -> None:
    """A value whose own clause names no outcome takes none from the next clause: ``pain`` is
    the outcome of the values after the semicolon, not of ``51%``; the value is left out."""
    found = percents(run, "Zolamide versus placebo after surgery\n\nPatients were randomly assigned to zolamide "
                          "(n = 100) or placebo (n = 100). In the zolamide group, 51% slept well compared to 28% in "
                          "the placebo group; and pain at rest was found in 40% (40/100) and 39% (39/100), "
                          "respectively.")
    assert found.get(51.0, (None, None))[1] != "pain"
    assert found.get(28.0, (None, None))[1] != "pain"
