"""A count of people's share written in an aside between the count and its verb: ``seven (8.2
percent) had full responses``, ``22 of them, or 11 percent, had a stroke``, ``14 of them - or
35 per cent - improved``. The share is the same result as its count (``facts/results.py``:
``count_before``), and its outcome is named by the verb after the aside, so the outcome linkers
read past the mark that closes it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..facts.common import sent
from ..resources import word_set
from .phrases import counted_people_words

#: The word that opens an aside of a share between commas or dashes (``, or 11 percent,``).
SHARE_ASIDE_WORDS = "share_aside_words.txt"
#: Words between the aside's opening and its share (``(about 33 percent)``).
APPROXIMATORS = "approximators.txt"
#: The most tokens of the share itself (``35 per cent``).
SHARE_ASIDE_TOKENS = 5
#: Dashes that set an aside off (``- or 35 per cent -``).
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: Brackets and the marks that close them.
BRACKETS = {"(": ")", "[": "]"}


def share_aside(doc: Doc, value: Span) -> tuple[int, int] | None:
    """(index of the aside's first token, index of the mark that closes it) when ``value`` is the
    whole of an aside after the words before it: ``(8.2 percent)``, ``, or 11 percent,``, ``- or 35
    per cent -``; else ``None``."""
    sentence = sent(value)
    if len(value) > SHARE_ASIDE_TOKENS or value.end >= sentence.end:
        return None
    i = value.start - 1
    while i > sentence.start and doc[i].lower_ in word_set(APPROXIMATORS):
        i -= 1
    if i <= sentence.start:
        return None
    opener, close = doc[i].text, doc[value.end].text
    if opener in BRACKETS:
        return (i, value.end) if close == BRACKETS[opener] else None
    if opener.lower() not in word_set(SHARE_ASIDE_WORDS) or i - 1 <= sentence.start:
        return None
    mark = doc[i - 1].text
    if mark == "," and close == "," or mark in DASHES and close in DASHES:
        return i - 1, value.end
    return None


def closing_mark(doc: Doc, value: Span) -> int | None:
    """The index of the comma or dash that closes the aside holding a count's share ``value``
    (:func:`share_of_count`), or ``None`` (also for a bracket, which the linkers read past already)."""
    aside = share_of_count(doc, value)
    return aside[1] if aside is not None and doc[aside[0]].text not in BRACKETS else None


def share_of_count(doc: Doc, value: Span) -> tuple[int, int] | None:
    """:func:`share_aside` of a value whose aside follows a count or the people it counts
    (``seven (8.2 percent)``, ``14 of them - or 35 per cent -``), else ``None``."""
    aside = share_aside(doc, value)
    if aside is None:
        return None
    before = doc[aside[0] - 1]
    return aside if before.like_num or before.lower_ in counted_people_words() else None


#: Tokens of a share in a bracket (``(8.2%)``, ``(8.2 percent)``, ``(35 per cent)``), which is no breakdown of
#: the people (``patterns/percent_words.txt``).
SHARE_WORDS = "percent_words.txt"
#: The most tokens of a bracket that breaks a count's people down (``five patients (three with lung
#: cancer, one with kidney cancer, and one with bladder cancer) had partial responses``).
PEOPLE_ASIDE_TOKENS = 30


def people_aside(doc: Doc, value: Span) -> tuple[int, int] | None:
    """(index of ``(``, index of its ``)``) of a bracket right after a count of people and the words
    naming them, that says who the people are (``four patients (two men and two women) had stable
    disease``, ``12 children (aged 4 to 9) recovered``): the verb after it is the count's, and the
    numbers inside it are a breakdown of the count, no subject of their own. None where the bracket
    holds the count's share (a percentage: :func:`share_of_count` reads it), is not closed within
    :data:`PEOPLE_ASIDE_TOKENS` in the sentence, or no bracket follows."""
    sentence = sent(value)
    i = value.end
    while i < sentence.end and doc[i].lower_ in counted_people_words():
        i += 1
    if i >= sentence.end or doc[i].text not in BRACKETS:
        return None
    closer = BRACKETS[doc[i].text]
    end = next((k for k in range(i + 1, min(sentence.end, i + PEOPLE_ASIDE_TOKENS))
                if doc[k].text in (closer, *BRACKETS)), None)
    if end is None or doc[end].text != closer or any(t.lower_ in word_set(SHARE_WORDS) for t in doc[i + 1:end]):
        return None  # "seven (8.2 percent)": the count's share, read as one (count_before)
    return i, end


def inside_people_aside(doc: Doc, value: Span) -> bool:
    """Whether a count stands inside a bracket that breaks down the people counted right before it
    (``four patients (two men and two women) had stable disease``): the verb after the bracket is
    the outer count's, so two is no subject of it."""
    start = sent(value).start
    opener = next((k for k in range(value.start - 1, max(start, value.start - PEOPLE_ASIDE_TOKENS) - 1, -1)
                   if doc[k].text in BRACKETS or doc[k].text in BRACKETS.values()), None)
    if opener is None or doc[opener].text not in BRACKETS:
        return False
    k = opener - 1
    while k >= start and doc[k].lower_ in counted_people_words():
        k -= 1
    return k >= start and k < opener - 1 and doc[k].like_num
