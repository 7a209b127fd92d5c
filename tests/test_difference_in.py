"""Values of a known group whose outcome is named after a comparison noun (``no difference in X``,
``no effect on X``): the ``difference-in`` outcome linker, abstracts only.

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems

#: An abstract's opening: a title and a methods sentence that allocates two groups with their sizes.
OPENING = ("Drain versus no drain after axillary surgery: a randomized trial\n\n"
           "Background\nWhether a drain helps after axillary surgery is not known.\n\n"
           "Methods\nWomen were randomly assigned to a suction drain (n = 120) or no drain (n = 118).\n\n"
           "Results\n")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def percent_results(nlp: Language, text: str) -> dict[float, tuple[str, str | None, str | None]]:
    found = extract_text(text, nlp=nlp)
    Record.model_validate(found)
    assert not grounding_problems(found, text)
    return {r["value"]: (r["endpoint"].lower(), r["arm"], r["evidence"].get("links", {}).get("endpoint"))
            for r in found["results"] if r["unit"] == "%"}


@pytest.mark.parametrize(("sentence", "values", "outcome"), [
    pytest.param("No difference in the rate of seroma drainage was observed, with 6.2% in the "
                 "suction drain group versus 5.1% in the no drain group (P = 0.71).", (6.2, 5.1),
                 "seroma drainage", id="difference-in-rate-of"),
    pytest.param("There was no effect on shoulder stiffness at six months, 14.3% in the suction drain group versus 12.9% "
                 "in the no drain group.", (14.3, 12.9),
                 "shoulder stiffness", id="effect-on"),
    pytest.param("No significant group differences were seen in delayed skin healing at one month, with "
                 "3.3% for the suction drain group vs 4.2% for the no drain group.", (3.3, 4.2), "delayed skin healing",
                 id="differences-were-seen-in"),
])
def test_outcome_named_after_a_comparison_noun(nlp: Language, sentence: str, values: tuple[float, ...],
                                               outcome: str) -> None:
    found = percent_results(nlp, OPENING + sentence + "\n\nConclusions\nDrains did not lower complications.")
    for value in values:
        assert value in found, found
        name, arm, linker = found[value]
        assert outcome in name
        assert arm is not None
        assert linker == "difference-in"


def test_a_comparison_noun_in_news_names_no_outcome(nlp: Language) -> None:
    text = ("Drains after breast surgery may not help, study finds\n\n"
            "\"We were surprised,\" said Dr. Ann Lee, who led the work at a hospital in Ohio. "
            "Doctors randomly assigned women to a suction drain or no drain. There was no difference in "
            "the mood of nurses, 14.3% with the suction drain versus 12.9% with no drain, she said.")
    found = extract_text(text, nlp=nlp)
    assert all(r["evidence"].get("links", {}).get("endpoint") != "difference-in" for r in found["results"])


@pytest.mark.parametrize(("sentence", "outcome"), [
    pytest.param("The drop-out rate was 27.4% and 29.9% in the suction drain and no drain groups, respectively.",
                 "drop-out rate", id="drop-out"),
    pytest.param("The follow-up attendance rate was 27.4% and 29.9% in the suction drain and no drain groups, "
                 "respectively.", "follow-up attendance rate", id="follow-up"),
])
def test_a_verb_and_its_particle_make_a_noun(nlp: Language, sentence: str, outcome: str) -> None:
    """``drop-out``, ``follow-up``: a hyphenated verb and particle is a noun inside an outcome's name."""
    found = percent_results(nlp, OPENING + sentence + "\n\nConclusions\nDrains did not lower complications.")
    assert found[27.4][0] == outcome
    assert found[29.9][0] == outcome
