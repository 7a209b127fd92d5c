"""Normalisers: turn the words of an article into typed values, as RECORD.md prescribes.

``P=.17`` is 0.17; ``P<.001`` is 0.001 with relation ``<``; ``1,234`` and ``13 388`` are 1234 and
13388; ``fifty-seven`` is 57; ``55.3%`` is 55.3; Unicode dashes, minus signs, ``≤``, the Lancet
decimal point ``·`` and non-breaking spaces mean their ASCII forms.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import MINYEAR
from functools import cache, lru_cache

from .intervals import LEVEL, RANGE_DASH
from .resources import load_json, load_mapping, load_unit_entries, longest_words_first
from .scanning import compile_pattern, phrase_alternation

# Unicode forms that mean the same as an ASCII form (one character each, so offsets survive).
_SAME_LENGTH = str.maketrans({
    # dashes and minus signs
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
    # decimal points: the Lancet's middle dot, the bullet operator
    "\u00b7": ".", "\u2219": ".",
    # spaces: no-break, en/em and narrower spaces (thousands separators in "13 388")
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ",
    "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ",
    # quotes and the multiplication sign
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"',
    "\u201e": '"', "\u201f": '"', "\u00d7": "x",
})
_RELATIONS = {"\u2264": "<=", "\u2265": ">=", "=<": "<=", "=>": ">=", "\u2a7d": "<=", "\u2a7e": ">="}

#: The rounding allowed when a percentage derived from words ("two-thirds" is 66.7 or 66.67,
#: "one in 14" is 7.1 or 7.14) is checked against those words.
FRACTION_TOLERANCE = 0.05
#: Float error allowed on top of :data:`FRACTION_TOLERANCE` (18.35 - 18.3 is 0.0500000000000007).
FLOAT_SLACK = 1e-9


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


#: Articles that stand for one before a scale ("a hundred", "a dozen"), never a number alone.
ARTICLES = ("a", "an")
#: Units of the number lexicon that multiply the number before them ("three dozen" is 36).
MULTIPLIER_WORDS = frozenset({"dozen"})


@cache
def count_words(articles: bool = False, most: int | None = None) -> tuple[str, ...]:
    """The words a count is written with alone (``patterns/numbers.json``): the units from one that
    are one word and no multiplier ("one" ... "nineteen") and the tens ("twenty" ... "ninety"); with
    ``articles``, the articles that stand for one too ("a in 20"); with ``most``, those of values up
    to it only."""
    words = _words()
    found = [word for word, value in (*words["units"].items(), *words["tens"].items())
             if 1 <= value <= (most if most is not None else value) and " " not in word
             and word not in MULTIPLIER_WORDS and (articles or word not in ARTICLES)]
    return tuple(found)


#: The longest run of number words read as one number ("nine hundred ninety-nine thousand nine
#: hundred and ninety-nine" is 12 words); longer runs are read as several numbers.
MAX_NUMBER_WORDS = 16

# Which kind of word may come right before each kind of number word ("twenty one" but not
# "one twenty"; "nineteen hundred" but not "hundred" alone). None is the start of the number.
_MAY_FOLLOW: dict[str, frozenset[str | None]] = {
    "digit": frozenset({None, "tens", "hundred", "scale"}),  # one .. nine
    "teen": frozenset({None, "hundred", "scale"}),  # ten .. nineteen
    "tens": frozenset({None, "hundred", "scale"}),  # twenty .. ninety
    "hundred": frozenset({"digit", "teen", "article", "number"}),
    "multiplier": frozenset({"digit", "teen", "tens", "article", "number"}),
    "scale": frozenset({"digit", "teen", "tens", "hundred", "multiplier", "article", "number"}),
}

_DIGITS = compile_pattern(r"""
    (?P<sign>[-+])?
    (?P<int>\d{1,3}(?P<sep>[,\ ])\d{3}(?:(?P=sep)\d{3})*|\d+)?
    (?P<frac>\.\d+)?
""", re.VERBOSE)
#: The thousands separators :func:`parse_digits` drops.
_SEPARATORS = compile_pattern(r"[, ]")
#: What separates number words: white space and hyphens (``fifty-seven``, ``one hundred``).
_WORD_BREAKS = compile_pattern(r"[\s-]+")


def _finite(value: float | None) -> float | None:
    """``value``, or ``None`` when it is too large for a float (a run of hundreds of digits)."""
    return value if value is None or math.isfinite(value) else None


def parse_digits(text: str) -> float | None:
    """A number written in digits: ``1,234``, ``13 388``, ``.17``, ``0·013``, ``−2.5``.

    Thousands separators are a comma or a space (any Unicode space of :func:`ascii_form`), the
    same one throughout: ``1,234 567`` is not one number.
    """
    text = ascii_form(text).strip()
    match = _DIGITS.fullmatch(text)
    if not match or not (match.group("int") or match.group("frac")):
        return None
    whole = _SEPARATORS.sub("", match.group("int") or "0")
    value = float(whole + (match.group("frac") or ""))
    return _finite(-value if match.group("sign") == "-" else value)


def _word_kind(token: str, words: dict[str, dict[str, float]]) -> tuple[str, float] | None:
    """The kind of a number word (see :data:`_MAY_FOLLOW`) and its value."""
    if token in ARTICLES:
        return "article", 1.0
    if token in words["units"]:
        value = words["units"][token]
        if token in MULTIPLIER_WORDS:
            return "multiplier", value
        return ("zero" if value == 0 else "digit" if value < 10 else "teen"), value
    if token in words["tens"]:
        return "tens", words["tens"][token]
    if token in words["scales"]:
        value = words["scales"][token]
        return ("hundred" if value == 100 else "scale"), value
    return None


def parse_words(text: str) -> float | None:
    """A number written in words: ``fifty-seven``, ``Twenty one``, ``one hundred and five``,
    ``a dozen``, ``1.5 million``.

    The words must make one number in English order: ``one two`` and ``five twenty`` are not
    numbers, nor is a lone ``a`` or ``hundred``. Digits may only start the number.
    """
    words = _words()
    tokens = [t for t in _WORD_BREAKS.split(ascii_form(text).lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    if tokens == ["zero"] or " ".join(tokens) in words["nobody"]:  # "no one" after "compared with": a count of 0
        return 0.0
    total, current = 0.0, 0.0
    last: str | None = None
    last_scale = math.inf
    for token in tokens:
        found = _word_kind(token, words)
        if found is None:
            digits = parse_digits(token) if last is None else None
            if digits is None:
                return None
            kind, value = "number", digits
        else:
            kind, value = found
        if kind in ("number", "article"):
            if last is not None:
                return None
            current = value
        elif kind == "zero" or last not in _MAY_FOLLOW[kind]:
            return None
        elif kind in ("hundred", "multiplier"):
            current *= value
        elif kind == "scale":
            if value >= last_scale:
                return None
            total, current, last_scale = total + current * value, 0.0, value
        else:
            current += value
        last = kind
    if last == "article":
        return None
    return _finite(total + current)


def parse_number(text: str) -> float | None:
    """A number in digits or in words, or ``None`` when the text is not one number."""
    value = parse_digits(text)
    return value if value is not None else parse_words(text)


#: The lexicon of units of measure (name, spellings, normalised unit, parts): ``patterns/units.json``.
UNITS_LEXICON = "units.json"
#: What "N and a half UNIT" and "a UNIT and a half" add to N.
HALF = 0.5


@cache
def _unit_entries() -> dict[str, dict]:
    """Each spelling of :data:`UNITS_LEXICON`, lower-cased, with its entry."""
    return {spelling.lower(): entry for entry in load_unit_entries(UNITS_LEXICON) for spelling in entry["spellings"]}


@cache
def _unit_pattern() -> str:
    """Any spelling of a unit, longest first (match it case-insensitively)."""
    return "|".join(re.escape(s) for s in longest_words_first(_unit_entries()))


@cache
def _quantity_forms() -> tuple[re.Pattern[str], ...]:
    """The forms of a number with its unit, tried in order: ``two and a half years``, ``a year
    and a half``, ``seven hours, eight minutes`` / ``three hours and twenty minutes``, ``9 mmHg``."""
    unit = _unit_pattern()
    gap = r"(?:[\s-]|(?<=\d))"  # between a number and its unit: a space, a hyphen, or nothing after a digit
    return (
        compile_pattern(rf"(?i)(?P<num>.+?)[\s-]and[\s-](?:a|one)[\s-]half[\s-](?P<unit>{unit})"),
        compile_pattern(rf"(?i)(?P<num>.+?)\s+(?P<unit>{unit})\s+and\s+a\s+half"),
        compile_pattern(rf"(?i)(?P<num>.+?){gap}(?P<big>{unit})(?:,\s*|,?\s+and\s+|\s+)(?P<small_num>[^,]+?){gap}"
                        rf"(?P<unit>{unit})"),
        compile_pattern(rf"(?i)(?P<num>.+?){gap}(?P<unit>{unit})\.?"),
    )


def unit_of(spelling: str) -> str | None:
    """The normalised unit of a spelling of ``patterns/units.json`` (``mg/dl`` is ``mg/dL``)."""
    entry = _unit_entries().get(spelling.lower().strip())
    return entry["unit"] if entry else None


def unit_label(spelling: str) -> str | None:
    """The kind of value a unit spelling makes (``DURATION`` for ``days``, ``QUANTITY`` for ``mmHg``), or None."""
    entry = _unit_entries().get(spelling.lower().strip())
    return entry["label"] if entry else None


def parse_quantity(text: str) -> tuple[float, str] | None:
    """A number with its unit (``patterns/units.json``), the unit normalised: ``five days`` (5,
    days), ``9 mmHg``, ``81 milligrams per deciliter`` (81, mg/dL), ``two and a half years`` (2.5,
    years), ``a year and a half`` (1.5, years), and a compound duration in its smaller unit when the
    lexicon divides the larger one into it: ``seven hours, eight minutes`` (428, minutes)."""
    cleaned = ascii_form(text).strip()
    half, half_after, compound, simple = _quantity_forms()
    entries = _unit_entries()
    match = half.fullmatch(cleaned) or half_after.fullmatch(cleaned)
    if match:
        number = match.group("num").strip()
        value = 1.0 if number.lower() in ARTICLES else parse_number(number)
        return (value + HALF, entries[match.group("unit").lower()]["unit"]) if value is not None else None
    match = compound.fullmatch(cleaned)
    if match:
        big, small = entries[match.group("big").lower()], entries[match.group("unit").lower()]
        factor = (big.get("parts") or {}).get(small["unit"])
        first, second = parse_number(match.group("num").strip()), parse_number(match.group("small_num").strip())
        if factor and first is not None and second is not None:
            return first * factor + second, small["unit"]
    match = simple.fullmatch(cleaned)
    if match:
        value = parse_number(match.group("num").strip())
        return (value, entries[match.group("unit").lower()]["unit"]) if value is not None else None
    return None


def fraction_percent(text: str) -> float | None:
    """A proportion in words as a percentage: ``half`` 50, ``one in five`` 20, ``one out of 14`` 7.14."""
    cleaned = ascii_form(text).lower().strip()
    cleaned = re.sub(r"^(?:about|nearly|almost|roughly|approximately|around|more than|over|just over|"
                     r"just under|under|less than|some)\s+", "", cleaned)
    fractions = {name.replace("-", " "): value for name, value in _words()["fractions"].items()}
    if cleaned.replace("-", " ") in fractions:  # "one-half" as "one half"
        return fractions[cleaned.replace("-", " ")]
    match = re.fullmatch(r"(.+?)\s+(?:in every|of every|out of|in)\s+(.+)", cleaned)
    if match:
        part, whole = parse_number(match.group(1)), parse_number(match.group(2))
        if part is not None and whole and 0 < part <= whole:
            return round(100.0 * part / whole, 2)
    return None


#: A decimal number without a sign, written one way only (no nested quantifiers to backtrack).
_UNSIGNED = r"(?:\d+(?:\.\d+)?|\.\d+)"
#: The longest exponent read in ``1x10-5`` or ``3e-4`` (a p-value of 10^-999 is still 0 as a float).
MAX_EXPONENT_DIGITS = 3
_SCIENTIFIC = compile_pattern(rf"""
    (?P<mantissa>{_UNSIGNED})
    (?:\s*x\s*10\s*\^?\s*(?P<sign>[-+]?)\s*|[eE](?P<esign>[-+]?))
    (?P<exponent>\d{{1,{MAX_EXPONENT_DIGITS}}})(?!\d)
""", re.VERBOSE)
#: Words for a p-value's relation (``patterns/p_value_words.txt``: "less than" is ``<``), in the file's order.
_P_WORD_RELATIONS = load_mapping("p_value_words.txt")


_P_WORDS = phrase_alternation(_P_WORD_RELATIONS)  # ``less than`` tried before ``less``
_P_VALUE = compile_pattern(rf"""
    ^\s*\(?\s*[Pp](?:[-\s]*values?)?\s*
    (?:=\s*(?=[<>]))?
    (?:(?P<rel><=|>=|=|<|>|:)
      |(?:(?:of|was|were|is)\b\s*)?(?:(?P<words>{_P_WORDS})\b)?)
    \s*(?P<num>{_UNSIGNED}(?:\s*x\s*10\s*\^?\s*[-+]?\s*\d+|[eE][-+]?\d+)?)
""", re.VERBOSE)


def _scientific(text: str) -> float | None:
    """``1x10-5`` and ``3e-4`` as floats (after :func:`ascii_form`); ``None`` for other text."""
    match = _SCIENTIFIC.fullmatch(text.strip())
    if not match:
        return None
    sign = "-" if "-" in (match.group("sign") or match.group("esign") or "") else ""
    return _finite(float(f"{match.group('mantissa')}e{sign}{match.group('exponent')}"))


def parse_p_value(text: str) -> tuple[float, str] | None:
    """``P=.17`` → (0.17, '='); ``P < 0.001`` → (0.001, '<'); ``p=0·013``; ``P≤.05`` → (0.05, '<=');
    ``P<1×10−5``; ``p value of 0.03``; ``P value was less than .05`` → (0.05, '<'); ``P = <0.001`` and
    ``p-value less than 0.001`` → (0.001, '<'); ``P-value 0.02``, ``p-value: 0.02`` → (0.02, '=')."""
    match = _P_VALUE.match(canonical(text))
    if not match:
        return None
    number = re.sub(r"\s", "", match.group("num"))
    value = _scientific(number) if re.search(r"[xeE]", number) else _finite(float(number))
    if value is None:
        return None
    relation = match.group("rel")
    if relation is None or relation == ":":
        words = match.group("words")
        relation = _P_WORD_RELATIONS[" ".join(words.lower().split())] if words else "="
    return value, relation


_SIGNED = rf"-?{_UNSIGNED}"
_CI = compile_pattern(rf"""
    (?:(?P<level>{LEVEL})\s*(?:%|percent|per\s+cent)\s*)?
    \b(?:(?:confidence|credible)\s+intervals?|CI|CrI)\b(?:\s*[\[(](?:CI|CrI)[\])])?[\s,:;=(\[]*
    (?:(?:of|from|was|is|were)\s+)?
    (?P<low>{_SIGNED})\s?%?\s*(?:{RANGE_DASH}|to|,|;)\s*(?P<high>{_SIGNED})
""", re.VERBOSE | re.IGNORECASE)


def parse_ci(text: str) -> tuple[float, float, float | None] | None:
    """``95% CI, 0.61-0.85`` / ``95% CI 0.61 to 0.85`` / ``CI: 0·61–0·85`` / ``95% CI = -6.6% to 7.5%``
    → (low, high, level)."""
    match = _CI.search(ascii_form(text))
    if not match:
        return None
    low, high = _finite(float(match.group("low"))), _finite(float(match.group("high")))
    if low is None or high is None:
        return None
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


_DATE_MDY = compile_pattern(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DATE_DMY = compile_pattern(r"\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b")
_DATE_ISO = compile_pattern(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def parse_date(text: str) -> str | None:
    """``November 22, 2022``, ``Sept. 28, 2016``, ``28 Sept 2016``, ``2016-09-28`` → ISO date.

    The first date in the text that exists in the calendar wins (``Feb 30, 2020`` is skipped).
    """
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
        year_number, day_number = int(year), int(day)
        if (month_number is not None and 1 <= month_number <= 12 and year_number >= MINYEAR
                and 1 <= day_number <= calendar.monthrange(year_number, month_number)[1]):
            return f"{year_number:04d}-{month_number:02d}-{day_number:02d}"
    return None


_NUMBER_IN_TEXT = compile_pattern(r"(?<![\w.])[-+]?(?:\d{1,3}(?:[, ]\d{3})+|\d*\.\d+|\d+)(?![\d])")
_SCIENTIFIC_IN_TEXT = compile_pattern(rf"(?<![\w.]){_SCIENTIFIC.pattern}", re.VERBOSE)
_DIGITS_AND_SCALE = compile_pattern(r"(?i)(?<![\w.])\d+(?:\.\d+)?[\s-]+(?:hundred|thousand|million|billion)\b")
_WORD_RUN = compile_pattern(r"[A-Za-z]+(?:[\s-]+[A-Za-z]+)*")
_FRACTION_CONNECTOR = compile_pattern(r"(?i)(?<=\S)\s+(in every|of every|out of|in)\s+(?=\S)")
_NUMBER_TOKEN = compile_pattern(r"[A-Za-z]+|\d[\d,]*(?:\.\d+)?")
#: How many characters either side of "in" / "out of" are read for the two numbers of a fraction.
FRACTION_WINDOW = 200


READINGS_CACHE = 1024
"""Texts whose number readings are kept (evidence quotes: short, and read twice per record)."""


def numbers_in(text: str) -> list[float]:
    """Every number the normalisers can read in a piece of text: digits, number words, fractions."""
    return [value for value, _ in _readings(text)]


@lru_cache(maxsize=READINGS_CACHE)
def _readings(text: str) -> tuple[tuple[float, bool], ...]:
    """Numbers in the text (without sign), each with whether it is a rounded proportion from words
    (kept for the last texts read: the record validates each item's evidence twice, alone and
    within the whole record)."""
    text = ascii_form(text)
    values: list[tuple[float, bool]] = []
    for match in _NUMBER_IN_TEXT.finditer(text):
        token = match.group()
        # "13 388" is one number, but "in 2012 300 patients" is two: keep both readings.
        for reading in [token, *token.split()] if " " in token else [token]:
            value = parse_digits(reading)
            if value is not None:
                values.append((abs(value), False))
    for match in _SCIENTIFIC_IN_TEXT.finditer(text):
        value = _scientific(match.group())
        if value is not None:
            values.append((value, False))
    for match in _DIGITS_AND_SCALE.finditer(text):
        value = parse_words(match.group())
        if value is not None:
            values.append((value, False))
    values.extend((value, False) for value in _word_numbers(text))
    values.extend((value, False) for value in _compound_quantities(text))
    values.extend((value, False) for value in _multiples(text))
    values.extend((value, True) for value in _fractions(text))
    lowered = text.lower()
    values.extend((0.0, False) for pattern in _nobody_phrases() if pattern.search(lowered))
    if lowered.strip() in _words()["none_counted"]:  # "no" alone: a count of none ("no deaths were reported")
        values.append((0.0, False))
    for phrase, pattern, value in _fraction_phrases():
        if phrase in lowered and pattern.search(lowered):
            values.append((value, True))
    return tuple(values)


@cache
def _nobody_phrases() -> tuple[re.Pattern[str], ...]:
    """The regex of each phrase of ``numbers.json`` that counts no one (``nobody``, ``no one``), as
    whole words (compiled once, like :func:`_fraction_phrases`)."""
    return tuple(compile_pattern(r"\b" + re.escape(phrase) + r"\b") for phrase in _words()["nobody"])


@cache
def _fraction_phrases() -> tuple[tuple[str, re.Pattern[str], float], ...]:
    """Each fraction word of ``numbers.json`` (``half``, ``two thirds``), the regex that finds it
    as whole words, and its value (compiled once: the record reads every evidence with them)."""
    return tuple((phrase, compile_pattern(r"\b" + re.escape(phrase) + r"\b"), value)
                 for phrase, value in _words()["fractions"].items())


def _word_numbers(text: str) -> list[float]:
    """Numbers written in words, each run of number words read greedily from the left: the
    longest prefix that is one number, then the rest ("one two" is 1 and 2, "twenty one" is 21)."""
    words = _words()
    vocabulary = set(words["units"]) | set(words["tens"]) | set(words["scales"]) | set(ARTICLES) | {"and"}
    values = []
    for run in _WORD_RUN.finditer(text):
        tokens = _WORD_BREAKS.split(run.group().lower())
        start = 0
        while start < len(tokens):
            best: tuple[float, int] | None = None
            for end in range(start + 1, min(len(tokens), start + MAX_NUMBER_WORDS) + 1):
                if tokens[end - 1] not in vocabulary:
                    break
                value = parse_words(" ".join(tokens[start:end]))
                if value is not None:
                    best = (value, end)
            if best is None:
                start += 1
            else:
                values.append(best[0])
                start = best[1]
    return values


def word_numbers(text: str) -> list[float]:
    """The numbers written in words in ``text``, in order (``three fewer hot flashes`` gives 3,
    ``twenty five percent`` 25; a lone ``a`` is no number)."""
    return _word_numbers(ascii_form(text))


@cache
def _multiple_words() -> tuple[tuple[re.Pattern[str], float], ...]:
    """Each multiple of ``numbers.json`` (``twice`` 2, ``half`` 0.5, as in ``half as many``) as a
    whole-word regex with its value."""
    return tuple((compile_pattern(r"(?i)\b" + re.escape(word) + r"\b"), value) for word, value in _words()["multiples"].items())


def _multiples(text: str) -> list[float]:
    """The ratios written as words in ``text``: ``twice as likely`` is 2, ``half as many`` 0.5."""
    return [value for pattern, value in _multiple_words() if pattern.search(text)]


def multiple_of(text: str) -> float | None:
    """The ratio a word of ``numbers.json``'s multiples stands for (``twice`` 2), else ``None``."""
    return _words()["multiples"].get(ascii_form(text).lower().strip())


@cache
def _compound_skeletons() -> tuple[re.Pattern[str], ...]:
    """What follows the first number of a compound quantity (see :func:`parse_quantity`):
    ``hours, eight minutes``, `` and a half years``, ``year and a half``."""
    unit = _unit_pattern()
    return (
        compile_pattern(rf"(?i)(?<![\w/])(?:{unit})(?:,\s*|,?\s+and\s+|\s+)(?:\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
                        rf"[\s-]?(?:{unit})(?![\w/])"),
        compile_pattern(rf"(?i)[\s-]and[\s-](?:a|one)[\s-]half[\s-](?:{unit})(?![\w/])"),
        compile_pattern(rf"(?i)(?<![\w/])(?:{unit})\s+and\s+a\s+half\b"),
    )


_WORD_BEFORE = compile_pattern(r"[\w.,]+")


def _compound_quantities(text: str) -> list[float]:
    """Values of the compound quantities written in ``text`` (``seven hours, eight minutes`` is
    428, ``two and a half years`` 2.5): each skeleton with the longest number written before it."""
    values = []
    for skeleton in _compound_skeletons():
        for match in skeleton.finditer(text):
            window_start = max(0, match.start() - FRACTION_WINDOW)
            starts = [window_start + w.start() for w in _WORD_BEFORE.finditer(text[window_start:match.start()])]
            for start in starts[-MAX_NUMBER_WORDS:]:
                found = parse_quantity(text[start:match.end()])
                if found is not None:
                    values.append(found[0])
                    break
    return values


def _number_tokens(window: str, *, from_end: bool) -> list[str]:
    """The words of ``window`` (split at spaces and hyphens) nearest its end (or start) that can
    belong to a number: words and digits only, at most :data:`MAX_NUMBER_WORDS`."""
    tokens = [t for t in _WORD_BREAKS.split(window) if t]
    tokens = tokens[::-1] if from_end else tokens
    kept = []
    for token in tokens[:MAX_NUMBER_WORDS]:
        if not _NUMBER_TOKEN.fullmatch(token):
            break
        kept.append(token)
    return kept[::-1] if from_end else kept


def _fractions(text: str) -> list[float]:
    """Proportions written "PART in WHOLE" ("one in five", "one hundred out of 1,000"): for each
    connector, the longest number before it and the longest number after it."""
    values = []
    for match in _FRACTION_CONNECTOR.finditer(text):
        before = _number_tokens(text[max(0, match.start() - FRACTION_WINDOW):match.start()], from_end=True)
        after = _number_tokens(text[match.end():match.end() + FRACTION_WINDOW], from_end=False)
        part = next((value for i in range(len(before)) if (value := parse_number(" ".join(before[i:]))) is not None),
                    None)
        whole = next((value for i in range(len(after), 0, -1)
                      if (value := parse_number(" ".join(after[:i]))) is not None), None)
        if part is not None and whole and 0 < part <= whole:
            values.append(100.0 * part / whole)
    return values


def number_in_text(value: float, text: str) -> bool:
    """Whether ``value`` is written in ``text`` (in any form the normalisers read)."""
    target = abs(value)
    return any(found == target or (approximate and abs(found - target) <= FRACTION_TOLERANCE + FLOAT_SLACK)
               for found, approximate in _readings(text))
