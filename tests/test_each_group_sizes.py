"""A count of people that is every group's own size, as trial abstracts write it: ``(32 women per
arm)``, ``42 patients (21 in each group)``, ``the X group and the Y group each contained 24
patients`` (``facts/sizes.py``: ``_each_group_sizes``, linker ``each-group``).

Every sentence below is written for these tests (none is copied from a data set); each row says the
sizes a curator reads from it.
"""

from __future__ import annotations

import pytest


def _sizes(record: dict) -> set[tuple[int, str | None]]:
    return {(s["n"], s["arm"]) for s in record["sample_sizes"]}


def _arm_sizes(record: dict) -> dict[str, int | None]:
    return {arm["label"]: arm["n"] for arm in record["arms"]}


@pytest.mark.parametrize(("text", "arms", "n"), [
    pytest.param("BACKGROUND: Nerve blocks may reduce pain after breast surgery. METHODS: Patients were randomly "
                 "assigned to a paravertebral block (block group) or a sham injection (sham group). RESULTS: In "
                 "total, 60 patients (30 patients in each group) were included in the analysis. Pain scores were "
                 "lower in the block group.", ("paravertebral block", "sham"), 30, id="in-each-group-bracket"),
    pytest.param("Objective: To test a walking program after chemotherapy. Methods: Between 2015 and 2017, 80 "
                 "women were randomized to the walking program or usual care (40 women per arm). Results: Fatigue "
                 "improved more with the walking program than with usual care (P = 0.02).",
                 ("walking program", "usual care"), 40, id="per-arm-after-the-last-group"),
    pytest.param("Purpose: To compare drain fixation with suture versus no fixation. Methods: Eighty patients "
                 "were enrolled. The fixation group and the control group each contained 40 patients. Results: "
                 "Drain dislodgement was rarer in the fixation group (2.5% vs. 15%, P = 0.04).",
                 ("fixation", "control"), 40, id="groups-each-contained"),
])
def test_a_count_of_every_group_is_each_arms_size(run, text: str, arms: tuple[str, ...], n: int) -> None:
    record = run(text)
    assert {(n, arm) for arm in arms} <= _sizes(record)
    assert (n, None) not in _sizes(record)  # no longer the trial's whole population
    assert all(_arm_sizes(record)[arm] == n for arm in arms)
    linked = [s for s in record["sample_sizes"] if s["n"] == n]
    assert {s["evidence"]["links"]["arm"] for s in linked} == {"each-group"}


def test_only_the_groups_the_abstract_sized_take_it(run) -> None:
    """Where the groups were given their own sizes, a later count of every group goes to them, not to
    a treatment both groups shared."""
    record = run("Methods: Premenopausal women receiving goserelin were randomized to letrozole (n = 50) or "
                 "exemestane (n = 48) for six months. Results: Overall, 45 patients in each group completed the "
                 "treatment. The response rate was 60% with letrozole and 52% with exemestane.")
    sized = {arm for n, arm in _sizes(record) if n == 45}
    assert sized == {"letrozole", "exemestane"}


@pytest.mark.parametrize("text", [
    pytest.param("Methods: Women were randomly assigned to letrozole or tamoxifen. Results: 250 patients were "
                 "randomized. Two patients in each arm withdrew consent before treatment.", id="event-in-each-arm"),
    pytest.param("Methods: Women were randomly assigned to letrozole or tamoxifen. A sample of 130 patients per "
                 "arm was needed to detect a difference. Results: 250 patients were randomized.",
                 id="planned-size-per-arm"),
])
def test_counts_of_each_group_that_are_no_arms_size(run, text: str) -> None:
    """An event's count in each arm, or a planned size, gives no arm a size."""
    record = run(text)
    assert (250, None) in _sizes(record)
    assert all(arm is None for _, arm in _sizes(record))
    assert all(n is None for n in _arm_sizes(record).values())
