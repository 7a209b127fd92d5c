"""A regex rule's gate (a part every match holds): the same matches, and a text without it is not scanned."""

from __future__ import annotations

import re

import pytest

from trialnews.components.ruler import DEFAULT_RULE_FILES, expand
from trialnews.resources import load_jsonl
from trialnews.scanning import ContainedScanner


def _gated_rules() -> list[dict]:
    return [rule for name in DEFAULT_RULE_FILES for rule in load_jsonl(name)
            if isinstance(rule["pattern"], dict) and "gate" in rule["pattern"]]


TITLE_TEXTS = [
    '"Small Daily Walks Lower Blood Pressure in Older Adults," by Dr. Ana Ruiz and others.\n',
    'The study was "Bright Light at Dawn and Sleep in Shift Workers" by Prof Lee Tan, it said.\n',
    "'Quiet Rooms Help Recovery After Knee Surgery in Adults' was written by Mia Fox Hall.\n",
    'She said "we saw far fewer falls than we expected" and left by the back door.\n',
    "Nobody wrote anything here, and no title appears at all.\n",
    "Patients took Veltrix (doravimab) daily, and some took Norla (NRL) or Tessin (a pill).\n",
]


def _marked(match: re.Match[str]) -> tuple[int, int]:
    """What the ruler marks of a match: its ``span`` group, or the whole match."""
    return match.span("span") if "span" in match.re.groupindex else match.span()


def test_there_are_gated_rules() -> None:
    assert {rule["id"] for rule in _gated_rules()} >= {"title-opening-before-by", "title-opening-single-quotes-before-by",
                                                            "brand-before-generic"}


@pytest.mark.parametrize("text", TITLE_TEXTS)
def test_a_gated_rule_finds_what_its_regex_finds(text: str) -> None:
    for rule in _gated_rules():
        plain = re.compile(expand(rule["pattern"]["regex"]))
        gate = re.compile(expand(rule["pattern"]["gate"]))
        wanted = [_marked(m) for m in plain.finditer(text)]
        if wanted:  # what the gate promises: a text with a match holds the gate, after the match's start
            assert all(gate.search(text, match.start()) is not None for match in plain.finditer(text))
        scanner = ContainedScanner(_Plain(plain), expand(rule["pattern"]["gate"]))
        assert [_marked(m) for _, _, m in scanner.finditer(text)] == wanted


def test_the_brand_before_its_generic_name_is_found() -> None:
    rule = next(rule for rule in _gated_rules() if rule["id"] == "brand-before-generic")
    plain = re.compile(expand(rule["pattern"]["regex"]))
    scanner = ContainedScanner(_Plain(plain), rule["pattern"]["gate"])
    assert [m.group() for _, _, m in scanner.finditer(TITLE_TEXTS[-1])] == ["Veltrix"]


def test_the_three_titles_are_found() -> None:
    found = set()
    for rule in _gated_rules():
        if rule["label"] != "CITATION_TITLE":
            continue
        plain = re.compile(expand(rule["pattern"]["regex"]))
        found |= {m.group("span")[:12] for text in TITLE_TEXTS for m in plain.finditer(text)}
    assert found == {"Small Daily ", "Bright Light", "Quiet Rooms "}


class _Plain:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.groupindex = pattern, pattern.groupindex

    def finditer(self, text: str):
        for match in self.pattern.finditer(text):
            yield match.start(), match.end(), match


def test_a_text_without_the_gate_is_not_scanned() -> None:
    scanned: list[str] = []

    class Inner(_Plain):
        def finditer(self, text: str):
            scanned.append(text)
            return iter(())

    scanner = ContainedScanner(Inner(re.compile("x")), r'["\u201d],?[ \t]+by[ \t]')
    assert list(scanner.finditer('He said "no" and left.')) == []
    assert scanned == []
    list(scanner.finditer('"A Title Here" by Ann Lee.'))
    assert scanned == ['"A Title Here" by Ann Lee.']


def test_the_ruler_marks_a_gated_title() -> None:
    from trialnews.nlp import make_nlp
    nlp = make_nlp()
    doc = nlp.make_doc("Trial notes\n\n" + TITLE_TEXTS[0] + "More text follows here.\n")
    for name, component in nlp.pipeline:  # up to the ruler (the record step clears the rule spans)
        component(doc)
        if name == "trialnews_ruler":
            break
    assert "Small Daily Walks Lower Blood Pressure in Older Adults" in \
        [span.text.rstrip(",.") for span in doc.spans["CITATION_TITLE"]]
