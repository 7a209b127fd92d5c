"""A bare number of a dose list written with the unit of the dose that closes the list (session 31
review, A7): ``X (25, 50, or 100 mg)`` gives the arm ``X 25 mg`` whose dose is ``25 mg``, its
evidence running from the number to the unit.

Every sentence here is written for the test (none is copied from a data set).
"""

from __future__ import annotations

import pytest

LEDE = "A new drug cut headaches in adults with migraine, researchers reported."


def article(*paragraphs: str) -> str:
    return "\n\n".join(("Trial Update", LEDE, *paragraphs)) + "\n"


@pytest.mark.parametrize("assigned, named_again, doses", [
    pytest.param("In the trial, 300 adults were randomly assigned to receive boromab (25, 50, or 100 mg) or a placebo "
                 "every month for 12 weeks.",
                 "Headache days fell by 4 in the 100-mg group and by 3 in the 25-mg group.",
                 {"boromab 25 mg": ("25 mg", "25, 50, or 100 mg"), "boromab 50 mg": ("50 mg", "50, or 100 mg"),
                  "boromab 100 mg": ("100 mg", "100 mg")}, id="doses-in-brackets-after-the-drug"),
    pytest.param("The 240 patients were randomly assigned to 2 or 4 milligrams of lakestat or a dummy pill each day.",
                 "Pain scores dropped 30 percent with 4 milligrams and 20 percent with 2 milligrams.",
                 {"lakestat 2 mg": ("2 milligrams", "2 or 4 milligrams"),
                  "lakestat 4 mg": ("4 milligrams", "4 milligrams")}, id="doses-before-the-drug-in-words"),
])
def test_bare_listed_dose_takes_the_lists_unit(run, assigned: str, named_again: str,
                                               doses: dict[str, tuple[str, str]]) -> None:
    arms = {arm["label"]: arm for arm in run(article(assigned, named_again))["arms"]}
    found = {label: (arm["dose"], arm["evidence"]["text"]) for label, arm in arms.items() if arm["dose"]}
    assert found == doses
