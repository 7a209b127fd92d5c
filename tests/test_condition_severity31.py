"""A severity word standing alone before the trial's disease is left out of its condition
("severe osteoarthritis": osteoarthritis), as curators write it; a range of severity and a
disease named with its severity word are kept whole (session 31).

Every sentence here is written for the test (none is copied from a data set).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, condition", [
    pytest.param("A new injection eased knee pain in 60 patients with severe osteoarthritis, researchers said. "
                 "The patients with severe osteoarthritis were randomly assigned to the injection or a placebo.",
                 "osteoarthritis", id="severe-alone"),
    pytest.param("The trial included 80 children with mild asthma. Children with mild asthma used the inhaler or a placebo.",
                 "asthma", id="mild-alone"),
    pytest.param("The trial enrolled 300 adults with moderate to severe psoriasis. Patients with moderate to severe "
                 "psoriasis received the cream or a placebo.", "moderate to severe psoriasis", id="a-range-is-kept"),
    pytest.param("The study enrolled 120 older adults with mild cognitive impairment. People with mild cognitive "
                 "impairment were given the drug or a placebo.", "mild cognitive impairment", id="a-dictionary-name-is-kept"),
])
def test_lone_severity_word(run_with_evidence, text: str, condition: str) -> None:
    record = run_with_evidence("Trial Update\n\n" + text + "\n")
    assert record["trial"]["condition"] == condition
    found = record["trial"]["evidence"]["condition"]
    assert found["text"] == condition  # its evidence is the disease's words, not the severity word
