"""A count of people split by group in the bracket it heads, whose counts add up to it
(``facts/allocation.py``: ``_heads_bracket``, linker ``count-split`` or the item's own form): the
groups' sizes whatever the sentence's verb, as CONSORT-style abstracts report them (``The safety
population comprised 720 patients (X, 482; Y, 238)``); a group named by a capital letter alone
(``(A, 65; P, 73)``).

Every sentence below is written for these tests (none is copied from a data set); each row says the
sizes a curator reads from it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from abstract_helpers import abstract, group_sizes, sized_arms


@pytest.mark.parametrize(("title", "methods", "expected"), [
    pytest.param("Pessary or cerclage",
                 "The per-protocol population comprised 310 women (ring pessary, 158; cervical cerclage, 152).",
                 {"ring pessary": 158, "cervical cerclage": 152}, id="population-comprised"),
    pytest.param("Yoga after surgery",
                 "Women were randomly assigned to a yoga class or usual care alone. Two hundred four of these women "
                 "(104 in the yoga group and 100 in the usual care group) later filled in the sleep diaries.",
                 {"yoga": 104, "usual care alone": 100}, id="of-these-people-then-bracket"),
    pytest.param("Two aromatase inhibitors",
                 "From 2004 to 2009, 1,210 (598 exemestane, 612 anastrozole) women were randomly assigned.",
                 {"exemestane": 598, "anastrozole": 612}, id="people-after-the-bracket"),
    pytest.param("Two dressings",
                 "Of 120 women screened, 85 were randomized (A, 41; B, 44) to a silver or a foam dressing.",
                 {"a": 41, "b": 44}, id="groups-named-by-letters"),
])
def test_a_count_split_in_its_bracket_gives_the_groups_sizes(run, title: str, methods: str,
                                                             expected: dict[str, int]) -> None:
    found = run(abstract(title, methods))
    arms = sized_arms(found)
    for label, n in expected.items():
        assert arms.get(label) == n, (label, arms)


@pytest.mark.parametrize(("title", "methods", "absent"), [
    pytest.param("Deaths by group",
                 "Women were randomly assigned to yoga or stretching. A total of 35 women (20 in the yoga group and "
                 "15 in the stretching group) died during the follow-up.", {20, 15}, id="event-after-the-bracket"),
    pytest.param("Rash by group",
                 "Women were randomly assigned to letrozole or anastrozole. Overall 45 patients with a rash (group "
                 "A, 25; group B, 20) were seen.", {25, 20}, id="people-of-an-event-before-the-bracket"),
    pytest.param("Not a split",
                 "Women were randomly assigned to letrozole or anastrozole. The 300 patients (group A, 120; "
                 "group B, 150) were seen monthly.", {120, 150}, id="counts-that-do-not-add-up"),
])
def test_brackets_that_split_no_population_give_no_sizes(run, title: str, methods: str, absent: set[int]) -> None:
    found = run(abstract(title, methods))
    assert not group_sizes(found) & absent, (group_sizes(found), found["arms"])


def test_the_bracket_read_as_one_group_gives_way_to_the_split(run) -> None:
    """``720 patients (X, 482; Y, 238)`` is not one group ``720 patients`` of 238 people."""
    found = run(abstract("Everolimus with exemestane",
                         "The safety set held 650 patients (EVX + EXE, 430; PBO + EXE, 220)."))
    arms = sized_arms(found)
    assert arms.get("evx + exe") == 430 and arms.get("pbo + exe") == 220, arms
    assert not any("650" in label for label in arms), arms


def test_a_group_named_by_a_letter_is_not_every_article(nlp: Language) -> None:
    """The group ``A`` of ``(A, 41; B, 44)`` is mentioned where the list names it, not at every
    ``a`` of the text (``A total of 12 had a rash``)."""
    upto = nlp.pipe_names[:nlp.pipe_names.index("trialnews_sizes") + 1]
    with nlp.select_pipes(enable=upto):
        doc = nlp(abstract("Two dressings", "Of 120 women screened, 85 were randomized (A, 41; B, 44) to a silver "
                                            "or a foam dressing. A total of 12 had a rash on a leg."))
    letters = [m for m in doc.spans["ARM_MENTION"] if m.label_ == "A"]
    assert len(letters) == 1 and letters[0].text == "A", [(m.text, m.start_char) for m in letters]
    assert doc.text[letters[0].start_char - 1] == "("


def test_a_letter_names_the_arm_written_with_it(run) -> None:
    """``(A, 65; P, 73)`` after ``arm A or placebo``: the letter gives ``arm A`` its size, no new arm."""
    found = run(abstract("A cream for hand-foot syndrome",
                         "Women were randomized to a urea cream in arm A or a placebo cream. Of 150 women screened, "
                         "138 were randomized (A, 65; P, 73)."))
    arms = sized_arms(found)
    assert arms.get("arm a") == 65, arms
    assert "a" not in arms, arms
