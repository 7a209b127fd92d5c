"""The evidence of an author a reference writes surname first ("Berg, A.C." for ``Berg A.C.``) and
the audit of it (``trialnews.record.grounding_problems``).

Every sentence here is written for the test (none is copied from a data set); the expected values
are written by hand.
"""

from __future__ import annotations

import pytest

from trialnews.record import grounding_problems

LEAD = "Trial Update\n\nA short daily walk eased knee pain in older adults, the team reported.\n\n"


def _with_author(value: str, start: int, end: int, text: str) -> dict:
    """A record whose only header value is one author with evidence ``text[start:end]``."""
    evidence = {"start": start, "end": end, "text": text[start:end], "rule": "citation:author-list-reference"}
    return {"citation": {"authors": [value], "evidence": {"authors": {value: evidence}}}}


@pytest.mark.parametrize("value, quoted", [
    pytest.param("Berg A.C.", "Berg, A.C.", id="initials-with-stops"),
    pytest.param("Roth J. C.", "Roth, J. C.", id="spaced-initials"),
    pytest.param("Des Marais T.", "Des Marais, T.", id="two-word-surname"),
    pytest.param("Li K-H.", "Li, K-H.", id="hyphenated-initials"),
    pytest.param("Kim K-H", "Kim, K-H", id="hyphenated-initials-no-stop"),
    pytest.param("Ngo TD", "Ngo, TD", id="initials-run-together"),
])
def test_surname_comma_initials_is_grounded(value: str, quoted: str) -> None:
    text = f"Written by {quoted} last spring."
    start = text.index(quoted)
    assert grounding_problems(_with_author(value, start, start + len(quoted), text), text) == []


@pytest.mark.parametrize("value, quoted", [
    pytest.param("Anna Berg Tom Li", "Anna Berg, Tom Li", id="two-names-a-comma-between"),
    pytest.param("Berg A.C.", "Berg, A.C., Li, T.", id="more-than-the-name"),
    pytest.param("Berg A.C.", "Berg A, C.", id="comma-inside-the-initials"),
])
def test_other_commas_are_not_grounded(value: str, quoted: str) -> None:
    """Only the comma between the surname and the initials may be left out of the value."""
    text = f"Written by {quoted} last spring."
    start = text.index(quoted)
    problems = grounding_problems(_with_author(value, start, start + len(quoted), text), text)
    assert problems == [f"citation.authors: {value!r} is not written in its evidence {quoted!r}"]


def test_two_word_surname_has_its_evidence(run_with_evidence) -> None:
    """A surname of two words written first ("Des Marais, T.") is grounded where the line reads it."""
    text = LEAD + ("Des Marais, T., Berg, A.C., Li, T. Walking and knee pain in the over sixties. "
                   "Pediatrics (2019).\n")
    record = run_with_evidence(text)
    evidence = record["citation"]["evidence"]["authors"]
    assert record["citation"]["authors"] == ["Des Marais T.", "Berg A.C.", "Li T."]
    assert [(evidence[name]["start"], evidence[name]["text"]) for name in record["citation"]["authors"]] == \
        [(text.index("Des Marais,"), "Des Marais, T."), (text.index("Berg,"), "Berg, A.C."), (text.index("Li,"), "Li, T.")]


def test_surname_first_from_a_reader_without_offsets(run_with_evidence) -> None:
    """A first author written surname first before "et al" is grounded with the comma before the
    initials, from a reading that keeps no offsets."""
    text = LEAD + "ARTICLE: Okafor, TD et al. Walking and knee pain in the over sixties. JAMA Cardiology. DOI: 10.1001/x.1\n"
    record = run_with_evidence(text)
    evidence = record["citation"]["evidence"]["authors"]
    assert record["citation"]["authors"] == ["Okafor TD"]
    assert (evidence["Okafor TD"]["start"], evidence["Okafor TD"]["text"]) == (text.index("Okafor,"), "Okafor, TD")


def test_a_line_opening_with_a_surname_particle(run_with_evidence) -> None:
    """A reference line whose first author's surname opens with a particle ("van Dijk, A.") is read."""
    text = LEAD + "van Dijk, A., Berg, A.C., Li, T. Walking and knee pain in the over sixties. Pediatrics (2019).\n"
    record = run_with_evidence(text)
    evidence = record["citation"]["evidence"]["authors"]
    assert record["citation"]["authors"] == ["van Dijk A.", "Berg A.C.", "Li T."]
    assert (evidence["van Dijk A."]["start"], evidence["van Dijk A."]["text"]) == (text.index("van Dijk"), "van Dijk, A.")
