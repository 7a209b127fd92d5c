"""A clause after a semicolon that opens with its group (``...; in the control group, the rate was
31%``) scopes its own values, as the opening phrase of a sentence does (``linking/groups.py``:
``opening_scope_arm``). Sentences written for these tests; each row says what a curator reads."""

from __future__ import annotations


def _percents(record: dict) -> dict[float, str | None]:
    return {r["value"]: r["arm"] for r in record["results"] if r["unit"] == "%"}


def test_each_clause_opened_by_its_group_scopes_its_values(run) -> None:
    record = run("Methods: Women were randomized to an exercise program (exercise group) or usual care (control "
                 "group). Results: In the exercise group, the median time to recovery was 6 weeks and the 1-year "
                 "response rate was 48%; in the control group, the median time to recovery was 9 weeks and the "
                 "1-year response rate was 31%.")
    assert _percents(record) == {48.0: "exercise", 31.0: "usual care"}
    links = {r["value"]: r["evidence"]["links"]["arm"] for r in record["results"] if r["unit"] == "%"}
    assert links[31.0] == "opening-scope"


def test_a_semicolon_inside_brackets_opens_no_clause(run) -> None:
    record = run("Methods: Women were randomized to an exercise program or usual care. Results: Among women in "
                 "the exercise program, 48% reported less fatigue (95% CI 40-56%; P = 0.01), and 31% reported "
                 "better sleep.")
    assert _percents(record) == {48.0: "exercise program", 31.0: "exercise program"}


def test_a_clause_that_opens_with_no_group_leaves_its_value_out(run) -> None:
    """Two groups named before the value, and its clause names none: its group cannot be told."""
    record = run("Methods: Women were randomized to an exercise program (exercise group) or usual care (control "
                 "group). Results: In the exercise group and the control group, fatigue was measured weekly; "
                 "overall, 40% of women reported less fatigue.")
    assert 40.0 not in {v for v, arm in _percents(record).items() if arm is not None}
