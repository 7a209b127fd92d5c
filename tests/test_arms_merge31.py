"""An arm folded into another (a swapped combination, the added part of a combination) takes along
the names already mapped to it (session 31 review, A5).

Every name here is written for the test (none is copied from a data set).
"""

from __future__ import annotations

from trialnews.facts.arms import _merge_arm


def _arm(label: str, *aliases: str) -> dict:
    return {"label": label, "aliases": list(aliases)}


def test_a_name_mapped_to_a_folded_arm_follows_it() -> None:
    arms = {"lakestat plus boromab": _arm("lakestat plus boromab"), "boromab": _arm("boromab", "BRM")}
    same = {"brm-7": "boromab"}  # a short name already folded into "boromab"
    _merge_arm(arms, same, "boromab", "lakestat plus boromab")
    assert list(arms) == ["lakestat plus boromab"]
    assert arms["lakestat plus boromab"]["aliases"] == ["boromab", "BRM"]
    assert same == {"brm-7": "lakestat plus boromab", "boromab": "lakestat plus boromab"}
    # every name maps to an arm still present: no mention is dropped for a deleted arm
    assert all(target in arms for target in same.values())
