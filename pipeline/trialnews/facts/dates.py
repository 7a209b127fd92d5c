"""Dates as news writes them around a paper, shared by the citation (whose year a journal's
sentence dated by the article's own date takes) and the conclusions (a study so dated is the
trial's paper, not another study)."""

from __future__ import annotations

import re
from functools import cache

from ..resources import load_lexicon
from ..scanning import alternation, compile_pattern

#: Month names and their abbreviations.
MONTHS = "months.txt"
#: Weekday names.
WEEKDAYS = "weekdays.txt"
#: Words that date a journal's issue by the article's own date ("this week's issue", "today's").
ISSUE_DATE_CUES = "issue_date_cues.txt"


@cache
def months_alternation(name: str = MONTHS) -> str:
    """A regex group for any month of ``name``."""
    return alternation(load_lexicon(name))


@cache
def issue_date(cues: str = ISSUE_DATE_CUES, weekdays: str = WEEKDAYS, months: str = MONTHS) -> re.Pattern[str]:
    """A journal's sentence dated by the article's own date: "this week's issue", "online Tuesday",
    "the Sept. 28 issue"."""
    return compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(cues))}|"
                           rf"{alternation(load_lexicon(weekdays))}|{months_alternation(months)}[a-z]*\.?\s+\d{{1,2}}\b)")
