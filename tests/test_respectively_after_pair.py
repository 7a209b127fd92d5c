"""Abstracts: a ``respectively`` list that follows, in one sentence, a pair whose values each name
their group (``... in 3480 women in the placebo group vs ... in 3500 women in the X group; HR ...)
and after 5 years (120 [3.9%] ... vs 85 [2.7%] ..., respectively``) runs from the last group
named before it; the pair before keeps the groups named beside it (``linking/groups.py``:
``respectively_arm``).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations


def abstract(results: str) -> str:
    return ("A randomized prevention trial\n\nBACKGROUND: Fractures are common. METHODS: Women were randomized to "
            f"raloxifene (n = 3500) or placebo (n = 3480). RESULTS: {results} CONCLUSIONS: Raloxifene prevents "
            "fractures.\n")


def rates(found: dict) -> dict[float, str | None]:
    return {result["value"]: result["arm"] for result in found["results"] if result["unit"] == "%"}


def test_the_pair_before_a_respectively_list_keeps_its_named_groups(run) -> None:
    found = rates(run(abstract("The risk of fracture was lower in years 0-5 (210 [6.0%] in 3480 women in the placebo "
                               "group vs 150 [4.3%] in 3500 women in the raloxifene group; HR 0.71 [95% CI 0.60-0.83]) "
                               "and after 5 years (120 [3.9%] in 3100 women vs 85 [2.7%] in 3150, respectively; HR "
                               "0.69 [0.53-0.91]).")))
    assert found.get(6.0) == "placebo" and found.get(4.3) == "raloxifene"
    assert found.get(3.9) == "placebo" and found.get(2.7) == "raloxifene"


def test_a_single_difference_before_the_list_is_no_groups(run) -> None:
    found = rates(run(abstract("There were 3.8% more fractures in the raloxifene group than in the placebo group (95% "
                               "CI, -7% to 15%; P = .58): 20 fractures (19%) and 16 fractures (16%), respectively.")))
    assert found.get(3.8) is None
