"""The publication the article cites: a reference line, or the journal named in the story."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..doctext import text_of
from .common import clean, heading_sentence, sent, spans, state

_REFERENCE = re.compile(r"^(?P<authors>.+?)(?P<etal>,? et al)?\.\s+(?P<title>.+?[.?!])\s+(?P<journal>[A-Z][^.]*?)\.?\s+"
                        r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?"
                        r"(?P<year>(?:19|20)\d{2})\b")
_AUTHOR = re.compile(r"[A-Z][A-Za-z'\u2019-]+ [A-Z]{1,3}")
_PUBLISHED = re.compile(r"(?i)\b(?:publish\w*|appear\w*|issue|journal|report\w* (?:in|online)|online|edition)\b")
_ISSUE_DATE = re.compile(r"(?i)\b(?:issue|today|this week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)")
_JOURNAL_INTRO = re.compile(r"(?i)\b(?:in|journal|of)\s+(?:the\s+)?(?:journal\s+)?$")
_NAME = re.compile(r"(?:Dr\.\s+)?([A-Z][a-z]+(?:\s[A-Z]\.)*\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
_NOT_NAME = re.compile(r"(?i)^(?:lead|first|senior|principal|corresponding|study)\b")


def _from_reference(text: str) -> dict | None:
    match = _REFERENCE.match(text)
    if not match:
        return None
    return {
        "authors": _AUTHOR.findall(match.group("authors")),
        "et_al": bool(match.group("etal")),
        "title": clean(match.group("title")),
        "journal": clean(match.group("journal")),
        "year": int(match.group("year")),
        "doi": None,
    }


def _plausible_journal(doc: Doc, span: Span) -> bool:
    """Journal names are capitalised; one-word names that are also words (Cancer, Blood, Science)
    count only where the text introduces a journal: "in Menopause", "the journal Blood"."""
    if not span.text[:1].isupper() or heading_sentence(doc, sent(span)) or sent(span).start == 0:
        return False
    if len(span) > 1 or span.text.isupper():
        return True
    before = text_of(doc)[max(0, span.start_char - 25):span.start_char]
    return bool(_JOURNAL_INTRO.search(before)) and bool(_PUBLISHED.search(sent(span).text))


def _journal(doc: Doc) -> tuple[str, bool] | None:
    """The journal's name and whether its sentence dates the publication ("the Sept. 28 issue")."""
    journals = [j for j in spans(doc, "JOURNAL") if _plausible_journal(doc, j)]
    chosen = next((j for j in journals if _PUBLISHED.search(sent(j).text)), journals[0] if journals else None)
    if chosen is None:
        return None
    name = re.sub(r"(?i)^the\s+", "", clean(chosen.text))
    return name, bool(_ISSUE_DATE.search(sent(chosen).text))


def _lead_author(doc: Doc) -> str | None:
    for span in spans(doc, "LEAD_AUTHOR"):
        for match in _NAME.finditer(span.text):
            if not _NOT_NAME.match(match.group(1)):
                return match.group(1)
    return None


def _doi(text: str) -> str:
    """The DOI itself, without a ``doi:`` or ``https://doi.org/`` prefix glued to it."""
    return clean(text[text.index("10."):])


def extract(doc: Doc) -> None:
    data = state(doc)
    citation = None
    for span in spans(doc, "REFERENCE"):
        citation = _from_reference(span.text)
        if citation:
            break
    doi = next((_doi(s.text) for s in spans(doc, "DOI")), None)
    if citation is None:
        journal = _journal(doc)
        author = _lead_author(doc)
        if journal is None and doi is None:
            data["citation"] = None
            return
        published = data.get("article", {}).get("published")
        dated = journal is not None and journal[1] and published
        citation = {
            "authors": [author] if author else [],
            "et_al": None,
            "title": None,
            "journal": journal[0] if journal else None,
            "year": int(published[:4]) if dated else None,
            "doi": None,
        }
    citation["doi"] = citation["doi"] or doi
    data["citation"] = citation

