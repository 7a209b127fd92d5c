"""Abstracts: a ``respectively`` list that follows, in one sentence, a pair whose values each name
their group (``(a [x%] in N women in the X group vs b [y%] in M women in the Y group; HR ...) and
in the third year (c [z%] in N' women vs d [w%] in M', respectively``) runs from the last group
named before it; the pair before keeps the groups named beside it (``linking/groups.py``:
``respectively_arm``).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations


def abstract(results: str) -> str:
    return ("A randomized prevention trial\n\nBACKGROUND: Fractures are common. METHODS: Women were randomized to "
            f"denosumab (n = 2210) or placebo (n = 2190). RESULTS: {results} CONCLUSIONS: Denosumab prevents "
            "fractures.\n")


def rates(found: dict) -> dict[float, str | None]:
    return {result["value"]: result["arm"] for result in found["results"] if result["unit"] == "%"}


def test_the_pair_before_a_respectively_list_keeps_its_named_groups(run) -> None:
    found = rates(run(abstract("Vertebral fractures were fewer during the first 2 years (33 [1.5%] in 2210 women in "
                               "the denosumab group vs 79 [3.6%] in 2190 women in the placebo group; HR 0.42 [95% CI "
                               "0.28-0.63]) and in the third year (19 [1.1%] in 1760 women vs 47 [2.8%] in 1705, "
                               "respectively; HR 0.39 [0.23-0.67]).")))
    assert found.get(1.5) == "denosumab" and found.get(3.6) == "placebo"
    assert found.get(1.1) == "denosumab" and found.get(2.8) == "placebo"


def test_a_single_difference_before_the_list_is_no_groups(run) -> None:
    found = rates(run(abstract("Hip fractures occurred 2.1% less often in the denosumab group than in the placebo "
                               "group (95% CI, -4% to 8%; P = .41): 12 women (4.5%) and 18 women (6.6%), "
                               "respectively.")))
    assert found.get(4.5) == "denosumab" and found.get(6.6) == "placebo"
    # the difference is no group's: a list run from the last group named, were one difference
    # counted as a pair, would give the 2.1% to the denosumab group
    assert 2.1 not in found
