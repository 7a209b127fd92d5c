"""The searches that find one value's words with ``str.find`` instead of compiling a pattern for the
value (a name, a journal, an outcome's short name) find what that pattern finds: each is compared
with ``re`` on hand-written texts, cases and characters where the two could part."""

from __future__ import annotations

import re

import pytest

from trialnews.facts import citation
from trialnews.facts.arms import _whole_name_spans
from trialnews.linking import fuller
from trialnews.scanning import CASE_EXCEPTIONS, word_character

TEXTS = [
    "Dr. Mina Okafor and mina okafor wrote it; Joanna Okafors did not.",
    "MINA   OKAFOR, of the clinic,\nsaid Mina\tOkafor-Hale was right.",
    "The paper by Tove Lind (Lind, T.-K.) appeared in 2019, not in x2019 or 20190.",
    "Sister Ana\u2019s team: Ana \u0130lkay, Ana Ilkay and \u212aent Ilkay signed \u2014 Ana Ilkay_2 too.",
    # (no case exception: read by the str.find route, its no-break space, apostrophe and dash too)
    "Sister Ana\u2019s team: Ana\u00a0Ilkay \u2014Ana\u2014 signed; Ana Ilkay_2 too.",
    "doi: 10.1001/ jama. 2021. 4455 and 10.1001/jama.2021.4455",
    "Caf\u00e9 Lind wrote with \u00e9lan; Lind\u00e9n and Lind met.",
]
VALUES = ["Mina Okafor", "mina okafor", "Okafor", "Tove Lind", "Lind T-K", "2019", "Ana Ilkay", "Ilkay",
          "10.1001/jama.2021.4455", "Lind", "Kent Ilkay", "Ana"]


def _reference_evidence(text: str, value: str, region: tuple, *, whole_word: bool, spaced: bool, name: bool) -> dict:
    """The value's evidence as the compiled pattern of each try finds it (the search before ``str.find``)."""
    start, end, rule = region
    pieces = value.split() if spaced else list(value)
    pattern = r"\s*".join(map(re.escape, pieces)) if not spaced else r"\s+".join(map(re.escape, pieces))
    if whole_word:
        pattern = rf"(?<!\d){pattern}(?!\d)"
    tries = [rf"(?<!\w){pattern}(?!\w)", rf"(?i)(?<!\w){pattern}(?!\w)", f"(?i){pattern}"] if name else [f"(?i){pattern}"]
    written = citation.surname_and_initials(value) if name and spaced else None
    if written is not None:
        tries.append(r"(?<!\w)" + r"\s+".join(map(re.escape, written[0].split())) + r"\s*,\s*"
                     + re.escape(written[1]) + r"(?!\w)")
    for tried in tries if pieces else ():
        match = re.compile(tried).search(text, start, end)
        if match is not None:
            return {"start": match.start(), "end": match.end(), "text": match.group(), "rule": rule}
    return {"start": None, "end": None, "text": None, "rule": rule}


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
@pytest.mark.parametrize("options", [{"name": True}, {}, {"whole_word": True}, {"spaced": False}],
                         ids=["name", "plain", "whole-word", "unspaced"])
def test_value_evidence_as_the_pattern_finds_it(text: str, options: dict) -> None:
    full = {"whole_word": False, "spaced": True, "name": False, **options}
    for value in VALUES:
        for start in (0, 4, 12):
            for end in (len(text), len(text) - 5):
                region = (start, end, "rule")
                assert citation._value_evidence(text, value, region, **options) \
                    == _reference_evidence(text, value, region, **full), (value, region)


def test_a_name_in_its_own_case_first() -> None:
    text = "joann leeds met Ann Lee and ann lee."
    found = citation._value_evidence(text, "Ann Lee", (0, len(text), "r"), name=True)
    assert found["text"] == "Ann Lee" and found["start"] == text.index("Ann Lee")


def test_a_name_inside_other_words_only_last() -> None:
    text = "Joann Leeds spoke."
    found = citation._value_evidence(text, "Ann Lee", (0, len(text), "r"), name=True)
    assert (found["start"], found["text"]) == (2, "ann Lee")


@pytest.mark.parametrize("name", ["new england journal", "lancet", "annals of surgery", "lancet lancet"])
@pytest.mark.parametrize("text", ["the new england journal of medicine", "new england journal-based",
                                  "annals of surgery, annals of surgeryx and pre-annals of surgery",
                                  "lancet lancet_lancet lancetlancet \u00e9lancet lancet",
                                  "lancet lancet lancet"])
def test_whole_name_spans_as_finditer(name: str, text: str) -> None:
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    assert list(_whole_name_spans(name, text)) == [match.span() for match in pattern.finditer(text)]


OUTCOME_TEXTS = [
    "Hot flashes fell; the hot  flash count and HOT FLASHES-free days rose, hot flashs too.",
    "Pain, pains, painES and pained; back-pain and pain_score; PAIN.",
    "The relapse\nrate and relapses: relapse-free, Relapse rates, relapsees.",
    "A \u212aidney stone or kidney stones; kidney\u00a0stone.",
    "Kidney stones; kidney\u00a0stone\u2014kidney stone\u2019s pain pain pain.",  # (no case exception)
]


@pytest.mark.parametrize("text", OUTCOME_TEXTS, ids=range(len(OUTCOME_TEXTS)))
@pytest.mark.parametrize("words", [("hot", "flash"), ("pain",), ("relapse",), ("relapse", "rate"), ("kidney", "stone"),
                                   ("Hot", "flash"), ("pain", "pain")], ids=" ".join)
def test_occurrences_as_the_pattern_finds_them(text: str, words: tuple[str, ...]) -> None:
    before, last = words[:-1], words[-1].lower()
    pattern, _first = fuller._occurrence_pattern(before, last)
    assert fuller._matches(before, last, text) == [match.span() for match in pattern.finditer(text)]


def test_occurrences_found_in_a_plain_text() -> None:
    text = "Hot flashes fell, and the hot flash count with it."
    assert fuller._matches(("hot",), "flash", text) == [(0, 11), (26, 35)]


@pytest.mark.parametrize("char", ["a", "Z", "7", "_", "\u00e9", "\u0663", "\u4e00", *CASE_EXCEPTIONS,
                                  "-", " ", ".", "\u2019", "\u00a0", "\u2014"])
def test_word_character_as_re_reads_it(char: str) -> None:
    assert word_character(char) == bool(re.fullmatch(r"\w", char))
    assert word_character(char, hyphen=True) == bool(re.fullmatch(r"[\w-]", char))


@pytest.mark.parametrize("names", [("nausea",), ("bone density", "fracture"), ("(hba1c)", "a1c"), ("x-ray",), ("rash", "rashes")])
@pytest.mark.parametrize("sentence", ["fewer fractures and less nausea.", "their bone  density rose (hba1c) too",
                                      "a1c levels, x-rays and a rash-like spot", "nauseated, not rash"])
def test_record_names_in_a_sentence_as_the_alternation_finds_them(names: tuple[str, ...], sentence: str) -> None:
    from trialnews.facts.conclusions import _names_any

    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b")
    assert _names_any(sentence, names) == (pattern.search(sentence) is not None)
