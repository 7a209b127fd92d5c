"""Per-arm percentages in trial abstracts, in the forms CONSORT-style abstracts (and news) write
them: lists closed by ``respectively``, groups named by letter, combinations whose names hold a
drug that is a group of its own.

Every sentence below is written for these tests (none is copied from a data set); each row says
the value, the group and the outcome a curator reads from it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def percents(nlp: Language, text: str) -> dict[float, tuple[str | None, str | None]]:
    found = extract_text(text, nlp=nlp)
    Record.model_validate(found, context={"text": text})
    assert not grounding_problems(found, text)
    return {r["value"]: ((r["arm"] or "").lower() or None, (r["endpoint"] or "").lower())
            for r in found["results"] if r["unit"] == "%"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Two schedules of wound drainage after mastectomy\n\nWomen were randomly assigned to early drain "
                 "removal (group A, n = 70) or late drain removal (group B, n = 71). Seroma occurred in 9 (12.9%) "
                 "and 21 (29.6%) women for groups A and B, respectively (p = 0.02).",
                 {12.9: ("group a", "seroma"), 29.6: ("group b", "seroma")}, id="groups-by-letter-after"),
    pytest.param("Lapatinib or trastuzumab with capecitabine\n\nWomen were randomly assigned to "
                 "lapatinib-capecitabine or trastuzumab-capecitabine. Grade 3 diarrhoea was reported in 14% and "
                 "6% of patients in the lapatinib-capecitabine and trastuzumab-capecitabine arms, respectively.",
                 {14.0: ("lapatinib-capecitabine", "grade 3 diarrhoea"),
                  6.0: ("trastuzumab-capecitabine", "grade 3 diarrhoea")}, id="combinations-holding-a-drug"),
])
def test_a_respectively_list_over_named_groups(nlp: Language, text: str, expected: dict) -> None:
    found = percents(nlp, text)
    for value, (arm, endpoint) in expected.items():
        assert found.get(value) == (arm, endpoint)
