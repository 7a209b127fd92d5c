"""The cue phrase lists of facts/results.py (background, other research, market) as one trie: the
same sentences are found as with one alternative per phrase."""

from trialnews.facts.results import BACKGROUND, MARKET, OTHER_RESEARCH


def test_a_plain_phrase_in_any_case_as_whole_words() -> None:
    assert BACKGROUND.search("EVERY YEAR, thousands of adults in the region get the disease.")
    assert BACKGROUND.search("Heart failure affects about 6 million adults.")
    assert not BACKGROUND.search("The worldwide-known clinic ran the trial.")  # a hyphen joins it to the next word
    assert not BACKGROUND.search("Patients in the drug group slept longer.")


def test_a_phrase_with_an_optional_word() -> None:
    assert OTHER_RESEARCH.search("An earlier Danish study found no benefit.")
    assert OTHER_RESEARCH.search("An earlier study found no benefit.")
    assert not OTHER_RESEARCH.search("The study, earlier than planned, found no benefit.")


def test_market_words() -> None:
    assert MARKET.search("Shares fell 31 percent after the news.")
    assert not MARKET.search("Pain fell 31 percent in the drug group.")
