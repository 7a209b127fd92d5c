"""Normalisers: turn the words of an article into typed values, as RECORD.md prescribes.

``P=.17`` is 0.17; ``P<.001`` is 0.001 with relation ``<``; ``1,234`` and ``13 388`` are 1234 and
13388; ``fifty-seven`` is 57; ``55.3%`` is 55.3; Unicode dashes, minus signs, ``≤``, the Lancet
decimal point ``·`` and non-breaking spaces mean their ASCII forms.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from .resources import load_json

# Unicode forms that mean the same as an ASCII form (one character each, so offsets survive).
_SAME_LENGTH = str.maketrans({
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u00b7": ".", "\u2219": ".", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00d7": "x",
})
_RELATIONS = {"\u2264": "<=", "\u2265": ">=", "=<": "<=", "=>": ">=", "\u2a7d": "<=", "\u2a7e": ">="}

#: The rounding allowed when a percentage derived from words ("two-thirds" is 66.7 or 66.67,
#: "one in 14" is 7.1 or 7.14) is checked against those words.
FRACTION_TOLERANCE = 0.05


def ascii_form(text: str) -> str:
    """The text with Unicode punctuation replaced by ASCII of the same length."""
    return text.translate(_SAME_LENGTH)


def canonical(text: str) -> str:
    """ASCII form with relations spelled out (``≤`` becomes ``<=``); lengths may change."""
    text = ascii_form(text)
    for form, relation in _RELATIONS.items():
        text = text.replace(form, relation)
    return text


@cache
def _words() -> dict[str, dict[str, float]]:
    return load_json("numbers.json")


_DIGITS = re.compile(r"""
    (?P<sign>[-+])?
    (?P<int>\d{1,3}(?:(?:,|\s)\d{3})+|\d+)?
    (?P<frac>\.\d+)?
""", re.VERBOSE)


def parse_digits(text: str) -> float | None:
    """A number written in digits: ``1,234``, ``13 388``, ``.17``, ``0·013``, ``−2.5``."""
    text = ascii_form(text).strip()
    match = _DIGITS.fullmatch(text)
    if not match or not (match.group("int") or match.group("frac")):
        return None
    whole = re.sub(r"[,\s]", "", match.group("int") or "0")
    value = float(whole + (match.group("frac") or ""))
    return -value if match.group("sign") == "-" else value


def parse_words(text: str) -> float | None:
    """A number written in words: ``fifty-seven``, ``Twenty one``, ``one hundred and five``."""
    words = _words()
    tokens = [t for t in re.split(r"[\s-]+", ascii_form(text).lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total, current, seen = 0.0, 0.0, False
    for token in tokens:
        if token in words["units"] and (len(tokens) > 1 or token not in ("a", "an")):
            current += words["units"][token]
        elif token in words["tens"]:
            current += words["tens"][token]
        elif token in words["scales"] and seen:
            scale = words["scales"][token]
            if scale == 100:
                current *= scale
            else:
                total += (current or 1) * scale
                current = 0.0
        else:
            digits = parse_digits(token)
            if digits is None or seen:
                return None
            current = digits
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """A number in digits or in words, or ``None`` when the text is not one number."""
    value = parse_digits(text)
    return value if value is not None else parse_words(text)


def fraction_percent(text: str) -> float | None:
    """A proportion in words as a percentage: ``half`` 50, ``one in five`` 20, ``one out of 14`` 7.14."""
    cleaned = ascii_form(text).lower().strip()
    cleaned = re.sub(r"^(?:about|nearly|almost|roughly|approximately|around|more than|over|just over|"
                     r"just under|under|less than|some)\s+", "", cleaned)
    fractions = _words()["fractions"]
    if cleaned in fractions:
        return fractions[cleaned]
    match = re.fullmatch(r"(.+?)\s+(?:in|out of|of every|in every)\s+(.+)", cleaned)
    if match:
        part, whole = parse_number(match.group(1)), parse_number(match.group(2))
        if part is not None and whole and 0 < part <= whole:
            return round(100.0 * part / whole, 2)
    return None


_P_VALUE = re.compile(r"""
    ^\s*\(?\s*[Pp]\s*(?:[-\s]?value)?\s*
    (?P<rel><=|>=|=|<|>)\s*
    (?P<num>[0-9]*\.?[0-9]+(?:\s*[x]\s*10\s*-\s*\d+|[eE]-?\d+)?)
""", re.VERBOSE)


def parse_p_value(text: str) -> tuple[float, str] | None:
    """``P=.17`` → (0.17, '='); ``P < 0.001`` → (0.001, '<'); ``p=0·013``; ``P≤.05`` → (0.05, '<=')."""
    match = _P_VALUE.match(canonical(text))
    if not match:
        return None
    number = re.sub(r"\s", "", match.group("num"))
    scientific = re.fullmatch(r"([0-9.]+)x10-(\d+)", number)
    value = float(scientific.group(1)) * 10 ** -int(scientific.group(2)) if scientific else float(number)
    return value, match.group("rel")


_CI = re.compile(r"""
    (?:(?P<level>\d{2}(?:\.\d+)?)\s*%\s*)?
    (?:confidence\s+interval|CI|CrI)\b[\s,:=(\[]*(?:of\s+|from\s+)?
    (?P<low>-?\d*\.?\d+)\s*(?:-|to|,|;)\s*(?P<high>-?\d*\.?\d+)
""", re.VERBOSE | re.IGNORECASE)


def parse_ci(text: str) -> tuple[float, float, float | None] | None:
    """``95% CI, 0.61-0.85`` / ``95% CI 0.61 to 0.85`` / ``CI: 0·61–0·85`` → (low, high, level)."""
    match = _CI.search(ascii_form(text))
    if not match:
        return None
    low, high = float(match.group("low")), float(match.group("high"))
    level = float(match.group("level")) if match.group("level") else None
    return low, high, level


@cache
def _months() -> dict[str, int]:
    names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december"]
    months = {name: i for i, name in enumerate(names, start=1)}
    months.update({name[:3]: i for i, name in enumerate(names, start=1)})
    months["sept"] = 9
    return months


_DATE_MDY = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DATE_DMY = re.compile(r"\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def parse_date(text: str) -> str | None:
    """``November 22, 2022``, ``Sept. 28, 2016``, ``28 Sept 2016``, ``2016-09-28`` → ISO date."""
    text = ascii_form(text)
    found = []
    for match in _DATE_MDY.finditer(text):
        found.append((match.start(), match.group(3), match.group(1), match.group(2)))
    for match in _DATE_DMY.finditer(text):
        found.append((match.start(), match.group(3), match.group(2), match.group(1)))
    for match in _DATE_ISO.finditer(text):
        found.append((match.start(), match.group(1), match.group(2), match.group(3)))
    for _, year, month, day in sorted(found):
        month_number = int(month) if month.isdigit() else _months().get(month.lower())
        if month_number is None:
            continue
        try:
            return date(int(year), month_number, int(day)).isoformat()
        except ValueError:
            continue
    return None


_NUMBER_IN_TEXT = re.compile(r"(?<![\w.])[-+]?(?:\d{1,3}(?:(?:,|\s)\d{3})+|\d*\.\d+|\d+)(?![\d])")
_WORD_RUN = re.compile(r"[A-Za-z]+(?:[\s-]+[A-Za-z]+)*")


def numbers_in(text: str) -> list[float]:
    """Every number the normalisers can read in a piece of text: digits, number words, fractions."""
    return [value for value, _ in _readings(text)]


def _readings(text: str) -> list[tuple[float, bool]]:
    """Numbers in the text, each with whether it is a rounded proportion from words."""
    text = ascii_form(text)
    values: list[tuple[float, bool]] = []
    for match in _NUMBER_IN_TEXT.finditer(text):
        token = match.group()
        # "13 388" is one number, but "in 2012 300 patients" is two: keep both readings.
        for reading in [token, *token.split()] if " " in token else [token]:
            value = parse_digits(reading)
            if value is not None:
                values.append((abs(value), False))
    words = _words()
    vocabulary = set(words["units"]) | set(words["tens"]) | set(words["scales"])
    for run in _WORD_RUN.finditer(text):
        tokens = re.split(r"[\s-]+", run.group().lower())
        start = None
        for i, token in enumerate(tokens + [""]):
            if token in vocabulary and token not in ("a", "an"):
                start = i if start is None else start
            elif start is not None:
                value = parse_words(" ".join(tokens[start:i]))
                if value is not None:
                    values.append((value, False))
                start = None
    for fraction in re.finditer(r"(?i)\b(?:[a-z]+(?:-[a-z]+)?|\d+)\s+(?:in|out of|of every|in every)\s+(?:[a-z]+|\d[\d,]*)\b", text):
        value = fraction_percent(fraction.group())
        if value is not None:
            values.append((value, True))
    lowered = text.lower()
    for phrase, value in words["fractions"].items():
        if re.search(r"\b" + re.escape(phrase) + r"\b", lowered):
            values.append((value, True))
    return values


def number_in_text(value: float, text: str) -> bool:
    """Whether ``value`` is written in ``text`` (in any form the normalisers read)."""
    target = abs(value)
    return any(found == target or (approximate and abs(found - target) <= FRACTION_TOLERANCE)
               for found, approximate in _readings(text))
