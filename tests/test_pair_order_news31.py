"""In news, a pair of values whose sentence names both groups as one comparison (``in the X and Y
groups were 12% and 15%``) takes its groups in order, as in an abstract; the group named nearest a
value is the wrong one there. Sentences written for these tests."""

import pytest

LEAD = ("Pill Eases Migraine\n\nA new trial of 600 adults with migraine found that a daily pill, "
        "zolbetamab, cut headache days. Patients were randomly assigned to zolbetamab or a placebo.\n\n")


def results_of(run, sentence: str) -> dict[float, tuple[str | None, str | None]]:
    record = run(LEAD + sentence + "\n")
    return {r["value"]: (r["arm"], r["evidence"]["links"].get("arm")) for r in record["results"]}


@pytest.mark.parametrize("sentence", [
    pytest.param("The response rates in the zolbetamab and placebo groups were 48.1% and 20.2%.", id="groups-before"),
    pytest.param("The response rates were 48.1% and 20.2% in the zolbetamab and placebo groups.", id="groups-after"),
])
def test_a_pair_takes_the_groups_named_as_one_comparison_in_order(run, sentence: str) -> None:
    found = results_of(run, sentence)
    assert found[48.1] == ("zolbetamab", "pair-order")
    assert found[20.2] == ("placebo", "pair-order")


def test_a_respectively_list_stays_the_respectively_linkers(run) -> None:
    found = results_of(run, "The response rates in the zolbetamab and placebo groups were 48.1% and 20.2%, respectively.")
    assert found[48.1] == ("zolbetamab", "respectively-list")
    assert found[20.2] == ("placebo", "respectively-list")


def test_values_named_beside_their_groups_keep_their_own_linker(run) -> None:
    found = results_of(run, "Response was 48.1% in the zolbetamab group and 20.2% in the placebo group.")
    assert found[48.1] == ("zolbetamab", "group-next-to-value")
    assert found[20.2] == ("placebo", "group-next-to-value")
