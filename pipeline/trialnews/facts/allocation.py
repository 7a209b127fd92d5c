"""Groups and their sizes as an abstract lists them where it allocates (CONSORT-style reporting).

An abstract names its groups with their sizes in a few parallel forms, two or more groups in one
sentence:

- each group followed by its count in brackets (``group-then-bracket``): ``randomly assigned to X
  (n = 120) or Y (118 women)``, ``to YG (n = 53) or stretching (ST; n = 56)``, ``X 20 mg (n = 55)
  and 50 mg (n = 57)`` (a dose alone is a dose of the drug named before it); a group whose item
  defines its short form before its details is named by the words before the short form (``live
  music (LM) before surgery with recorded music during it (n = 52)``: ``group-then-bracket-short-form``);
- each count followed by the group it went to (``count-to-group``): ``120 were assigned to X and
  118 to Y``, ``58 patients received usual care, and 64 received the intervention``;
- each count placed in a group named with a group noun (``count-in-group``): ``100 in the X group
  and 89 in the Y group``, in a sentence that allocates or in a bracket after a count;
- a count split by group in a bracket, or after a colon, whose counts add up to a count written
  before them (``count-split``): ``95 patients were randomized (47 X, 48 Y)``, ``720 patients
  (X, 482; Y, 238)``, ``1066 patients were enrolled: X 440, Y 438, and Z 188``; a bracket right
  after a count of people splits it whatever the sentence's verb (``189 of these patients (100 in
  the X group and 89 in the Y group) underwent ...``), unless an event follows it.

Each group's name is read as written (``patterns/allocation_items.json``: the words that end it),
without its determiner and people noun (``DD patients`` is the group ``DD``). A name that is an
arm's (its label, another of its names, or the short form in its bracket: ``(HT; n = 70)``) gives
that arm its size; a name that is no arm's is a group of the trial the arms component did not
find, and becomes an arm (an abstract only: news rarely lists its groups so). Two items of one
list that name the same arm, or a list with only one group, give nothing: the groups cannot be
told apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..normalize import parse_number
from ..reading.doctext import text_of
from ..resources import load_json, load_lexicon, word_set
from ..scanning import alternation, compile_pattern, find_words, phrase_alternation
from .common import TEXT_LOWER, closing_bracket, evidence, spans_starting, state
from .roles import PAIR_SIZE, comparator_by_order, inactive_name, named_as_comparator, settle_roles

ALLOCATION_WORDS = "allocation_items.json"
#: The most tokens of a group's name (``sevoflurane-fentanyl anesthesia`` ... ``FEC100 for 4 cycles``).
PHRASE_TOKENS = 8
#: The fewest groups a list names: one group with a count is no list of groups.
MIN_ITEMS = 2
#: The smallest count read as a group's size (smaller ones are often doses or scores).
MIN_GROUP_SIZE = 2
#: The most arms a record holds, the arms component's and the ones read here together.
MAX_ARMS = 8
#: A count in a group's bracket: ``(n = 120)``, ``(HT; n = 70)``, ``(250 mg, monthly; n = 313)``,
#: ``(118 women)``, ``(807)``, ``(n = 104; 25 aged over 60)`` (details of the group after its
#: ``n =``, no second ``n =``); the short name first in the bracket is the group's other name. A
#: comma right before a digit separates thousands (``n = 1,026``), never the details.
_BRACKET_COUNT = compile_pattern(r"^\s*(?:(?P<alias>[A-Za-z][\w+/-]{0,15})\s*[;,](?!\d)\s*)?(?:[^()]*[;,](?!\d)\s*)?"
                                 r"(?:[nN]\s*=\s*(?P<n>\d[\d,]*)(?:\s*;(?![^()]*[nN]\s*=)[^()]*)?"
                                 r"|(?P<count>\d[\d,]*)(?:\s+(?P<who>[A-Za-z]+))?)\s*$")

#: The words of a count in words that ``and`` may follow (``One hundred and ninety-four``).
NUMBER_SCALES = frozenset({"hundred", "thousand"})
#: Tokens after a count searched for the people it counts (``65 (81%) participants``).
PEOPLE_AFTER_TOKENS = 6
#: A count written as one word with its ``n=`` (``n=29``).
_N_EQUALS_TOKEN = compile_pattern(r"^[nN]=(\d[\d,]*)$")
#: The ``n =`` right before a bracket's count.
_N_EQUALS_END = compile_pattern(r"[nN]\s*=\s*$")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(load_json(ALLOCATION_WORDS)[key])


def _people() -> frozenset[str]:
    return word_set("populations.txt")


def _group_nouns() -> frozenset[str]:
    return frozenset(load_json("arm_sizes.json")["group_nouns"])


def _allocates(sentence: Span, cues: str | None = None) -> bool:
    words = _words(cues) if cues else frozenset(load_json("arm_sizes.json")["allocation_cues"])
    return any(t.lower_ in words for t in sentence)


def _value(text: str) -> int | None:
    value = parse_number(text.replace(",", ""))
    return int(value) if value is not None and value == int(value) and value >= MIN_GROUP_SIZE else None


def _count_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """The count whose last token is ``i`` (``42``, ``Forty - two``): its first token and value."""
    token = doc[i]
    if not token.like_num:
        return None
    first = i
    while first >= 1 and token.is_alpha:  # "Two hundred and ninety - six": a count in words
        before = doc[first - 1]
        if before.like_num and before.is_alpha:
            first -= 1
        elif before.text == "-" and first >= 2 and doc[first - 2].like_num and doc[first - 2].is_alpha \
                and before.idx == doc[first - 2].idx + len(doc[first - 2]):
            first -= 2
        elif before.lower_ == "and" and first >= 2 and doc[first - 2].lower_ in NUMBER_SCALES:
            first -= 2
        else:
            break
    value = _value(text_of(doc)[doc[first].idx:token.idx + len(token)])
    return (first, value) if value is not None else None


def _name_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A group's name in tokens ``start:end`` without its determiner and its people noun (``the DD
    patients`` -> ``DD``); ``None`` if no word of a name is left."""
    while start < end and doc[start].lower_ in _words("determiners") and not _letter_name(doc, start, end):
        start += 1
    while start < end and doc[start].lower_ in _people():
        start += 1  # "(25 cases who received X": "cases" opens the item
    while start < end and doc[start].lower_ in _words("count_to_verbs") | _words("direct_verbs") \
            | _words("count_to_words") | _words("count_in_words") | _words("determiners") and not _letter_name(doc, start, end):
        start += 1  # "(47 were assigned to the X group", "(100 in the X group"
    if start < end and doc[start].lower_ in _words("phrase_stops"):
        return None  # "three after adjuvant CT": a subgroup by what happened before
    while end > start and doc[end - 1].lower_ in _people():
        end -= 1
    names = [t for t in doc[start:end] if (t.is_alpha or _code(t)) and t.lower_ not in _people() | _group_nouns()
             and (not t.is_stop or t.text.isupper())]  # "group A" is named by its letter, "TOR120" by its code
    if not names or end - start > PHRASE_TOKENS:
        return None
    if any(t.like_num and t.i + 1 < end and doc[t.i + 1].lower_ in _people() for t in doc[start:end]):
        return None  # "The safety population comprised 720 patients (X, 482; Y, 238)": no group's name
    return start, end


def _letter_name(doc: Doc, start: int, end: int) -> bool:
    """A group named by a capital letter alone (``(A, 65; P, 73)``): ``A`` is the group, not an
    article, where nothing but punctuation follows it in the name."""
    return doc[start].text == "A" and all(t.is_punct for t in doc[start + 1:end])


def _code(token) -> bool:
    """A regimen's or a group's code of letters and digits (``TOR120``, ``6FEC100``, ``E120``): a
    word of a name, where a number (``120``) is not."""
    return token.text.isalnum() and not token.like_num and any(c.isalpha() for c in token.text) \
        and any(c.isdigit() for c in token.text)


#: The most tokens of a short form in brackets inside a group's name (``non-intrathecal (non-IT) treatment``).
INNER_BRACKET_TOKENS = 4


def _name_before(doc: Doc, sentence: Span, end: int) -> tuple[int, int] | None:
    start = end
    while start > sentence.start and end - start < PHRASE_TOKENS + 1:
        if doc[start - 1].text == ")" and start < end:  # over "(non-IT)" inside the name
            opening = next((i for i in range(start - 2, max(sentence.start, start - 2 - INNER_BRACKET_TOKENS) - 1, -1)
                            if doc[i].text == "("), None)
            if opening is not None and opening > sentence.start:
                start = opening
                continue
        if doc[start - 1].lower_ in _words("phrase_stops"):
            break
        start -= 1
    return _name_tokens(doc, start, end) if start < end else None


def _name_after(doc: Doc, sentence: Span, start: int) -> tuple[int, int] | None:
    end = start
    while end < sentence.end and doc[end].lower_ not in _words("phrase_stops") - _words("determiners") \
            and end - start < PHRASE_TOKENS + 1 and not doc[end].is_space:
        end += 1
    return _name_tokens(doc, start, end) if start < end else None


def _item(doc: Doc, name: tuple[int, int], count: tuple[int, int, int], linker: str,
          alias: str | None = None) -> dict:
    """``count`` is (first char, last char, value) of the number."""
    start = min(doc[name[0]].idx, count[0])
    end = max(doc[name[1] - 1].idx + len(doc[name[1] - 1]), count[1])
    return {"name": name, "n": count[2], "number": (count[0], count[1]), "span": (start, end), "alias": alias,
            "linker": linker}


def _bracket_items(doc: Doc, sentence: Span) -> list[dict]:
    """``X (n = 120) or Y (n = 118)``: each group's count closing the bracket after its name."""
    found = []
    text = text_of(doc)
    for token in sentence:
        if token.text != "(" or token.i == sentence.start:
            continue
        closing = closing_bracket(doc, token.i, sentence.end)
        if closing is None:
            continue
        inner = text[token.idx + 1:doc[closing].idx]
        match = _BRACKET_COUNT.match(inner)
        if match is None or (match["who"] and match["who"].lower() not in _people()) \
                or "=" in _N_EQUALS_END.sub("", inner[:match.start("n" if match["n"] else "count")]):
            continue  # "(weekly group, n = 29; other group, n = 27)": two groups' counts
        name = _name_before(doc, sentence, token.i)
        value = _value(match["n"] or match["count"])
        defined = _short_form_defined(doc, found[-1]["close"] if found else sentence.start, token.i)
        if value is None or name is None and defined is None:
            continue
        group = "n" if match["n"] else "count"
        start = token.idx + 1 + match.start(group)
        alias = match["alias"] if match["alias"] and any(c.isupper() for c in match["alias"]) \
            and match["alias"].lower() not in _people() | {"n"} else None
        linker = "group-then-bracket"
        if name is None:  # "live music (LM) before surgery with recorded music during it (n = 52)": LM's
            (name, alias), linker = defined, f"{linker}-{DEFINED_LINK}"
        item = _item(doc, name, (start, token.idx + 1 + match.end(group), value), linker, alias)
        item["close"] = closing + 1
        found.append(item)
    return found


def _short_form_defined(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], str] | None:
    """The one short form defined in brackets between the end of the list's item before (token
    ``start``) and a group's count bracket (token ``end``), with the name it follows: a long group
    name with its short form first and its details after (``live music (LM) before surgery with
    recorded music during it (n = 52)``) is the group ``live music``, short ``LM``; None with no
    such bracket or with more than one."""
    found = []
    for i in range(start + 1, end - 2):
        if doc[i].text == "(" and doc[i + 2].text == ")" and _is_short_form(doc[i + 1].text) \
                and len(doc[i + 1].text) >= MIN_ALIAS_CHARS:
            name = _name_before(doc, doc[start:end], i)
            if name is not None:
                found.append((name, doc[i + 1].text))
    return found[0] if len(found) == 1 else None


def _count_items(doc: Doc, sentence: Span, event_after: Callable[[str], bool],
                 known: frozenset[tuple[str, ...]] = frozenset()) -> list[dict]:
    """``120 were assigned to X and 118 to Y``, ``64 received the intervention``, ``100 in the X
    group and 89 in the Y group``."""
    found = []
    opens = frozenset(load_json("arm_sizes.json")["opens_count"]) | _words("count_relatives") | _words("count_openers")
    for token in sentence:
        count = _count_at(doc, token.i)
        if count is None:
            continue
        first, value = count
        subset = first > sentence.start and doc[first - 1].lower_ in _words("subset_openers")
        opened = first == sentence.start or doc[first - 1].lower_ in opens or subset
        over = first > sentence.start and doc[first - 1].lower_ in _words("denominator_openers")
        if not (opened or over):
            continue
        j = token.i + 1
        if j < sentence.end and (doc[j].like_num or doc[j].text == "-" or doc[j].lower_ == "and"
                                 and token.lower_ in NUMBER_SCALES):
            continue  # "Two hundred eleven": the count goes on
        shared = past_share(doc, sentence, j)  # "36 (53%) received X and 32 (47%) received Y"
        share = next((parse_number(t.text.rstrip("%")) for t in doc[j:shared] if t.like_num or t.text[:1].isdigit()),
                     None) if shared > j else None
        j = shared
        if j + 1 < sentence.end and doc[j].is_lower and doc[j].is_alpha and doc[j + 1].lower_ in _people():
            j += 1  # "47 eligible patients"
        if j < sentence.end and doc[j].lower_ in _people():
            j += 1
        verbs = j
        while j < sentence.end and doc[j].lower_ in _words("count_to_verbs"):
            j += 1
        if j >= sentence.end:
            continue
        word = doc[j].lower_
        direct = word in _words("direct_verbs")
        treated = word in _words("treated_with") and any(t.lower_ in _words("treatment_verbs") for t in sentence)
        if word in _words("count_to_words") or direct or treated:  # "68 were treated with X and 66 with Y"
            linker, j = "count-to-group", j + 1
            if j < sentence.end and doc[j].lower_ in _words("to_verbs"):
                j += 1
        elif word in _words("count_in_words") and j == verbs:
            linker, j = "count-in-group", j + 1
        else:
            continue
        if over and linker != "count-in-group":
            continue
        name = _name_after(doc, sentence, j)
        if name is None or (doc[name[0]].like_num and not _hyphenated(doc, name[0])):
            continue  # "assigned to 12 cycles": a count of something else ("three-weekly" is a name)
        if linker == "count-in-group":  # "in the X group", "in group X": the name ends at its group noun
            nouns = [t.i for t in doc[name[0]:name[1]] if t.lower_ in _group_nouns()]
            if not nouns:
                if _norm(doc[name[0]:name[1]].text) in known:
                    found.append({**_item(doc, name, (doc[first].idx, token.idx + len(token), value), linker),
                                  "direct": False})  # "88 patients in the CP-CEF": an arm's name
                continue
            name = _name_tokens(doc, name[0], nouns[0] + 1 + (nouns[0] == name[0] and nouns[0] + 1 < name[1]))
            if name is None:
                continue  # "87 patients in each group"
        last = doc[name[1] - 1]
        if not over and event_after(text_of(doc)[last.idx + len(last):]):
            continue  # "12 in the placebo group died": a count of an event ("4 of the 99 in X had": 99 is X's)
        if linker == "count-in-group" and not over and _splits_an_event(doc, sentence, first, event_after):
            continue  # "45 patients died (20 in the X group and 25 in the Y group)"
        found.append({**_item(doc, name, (doc[first].idx, token.idx + len(token), value), linker), "direct": direct,
                      "subset": subset, "share": share})
    return found


#: Verbs of an event before ``in`` and a count of people (``occurred in 45 patients``), as the
#: sizes fact reads them.
EVENT_IN_VERBS = "event_in_verbs.txt"
#: Characters before a count read for a verb of an event and ``in``.
EVENT_IN_CHARS = 30


@cache
def _event_in_before() -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(EVENT_IN_VERBS))})\s+in\s+(?:only\s+|just\s+|a\s+total\s+of\s+)?$")


def _splits_an_event(doc: Doc, sentence: Span, first: int, event_after: Callable[[str], bool]) -> bool:
    """Counts by group that split the count of people before them in their sentence when that is
    a count of the people an event happened to: ``45 patients died (20 in the X group and 25 in
    the Y group)``, ``Relapse was seen in 45 patients, 20 in ...``: the groups' shares of the event,
    not their sizes."""
    for i in range(first - 1, sentence.start, -1):
        if doc[i].lower_ in _words("count_openers"):
            return False  # "Nine women withdrew, leaving 87 in the X group and 92 in the Y group": the rest
        if doc[i].lower_ in _people() and _count_at(doc, i - 1) is not None:
            people, number = doc[i], _count_at(doc, i - 1)
            before = text_of(doc)[max(sentence.start_char, doc[number[0]].idx - EVENT_IN_CHARS):doc[number[0]].idx]
            return event_after(text_of(doc)[people.idx + len(people):]) or bool(_event_in_before().search(before))
    return False


#: The most tokens of a count's share in brackets (``(53%)``, ``( 53.1 % )``).
SHARE_TOKENS = 5
#: Tokens that spell a percent sign (``patterns/percent_words.txt``: ``%``, ``percent``, ``per cent``).
_PERCENT_WORDS = word_set("percent_words.txt")
#: Two-word spellings of a percent sign (``patterns/percent_phrases.txt``: ``per cent``), first word to
#: second: the first spells the sign only right before the second (``2 per 100`` is a rate, not a share).
PERCENT_PHRASES = "percent_phrases.txt"
_PERCENT_PHRASES = dict(entry.lower().split() for entry in load_lexicon(PERCENT_PHRASES))
#: A percent sign as written in text, a regex (``%``, ``percent``, ``per cent``): the words of
#: ``percent_words.txt`` that spell it alone, and the phrases of ``percent_phrases.txt`` (a space of
#: one matching any run of white space).
_PHRASE_PARTS = {part for phrase in _PERCENT_PHRASES.items() for part in phrase}
PERCENT_SIGN = phrase_alternation([*(word for word in load_lexicon("percent_words.txt") if word.lower() not in _PHRASE_PARTS),
                                   *load_lexicon(PERCENT_PHRASES)])


def _spells_percent(token: Token) -> bool:
    """A token of a percent sign: ``%``, ``percent``, ``cent``, or ``per`` right before ``cent``."""
    if token.lower_ not in _PERCENT_WORDS:
        return False
    second = _PERCENT_PHRASES.get(token.lower_)
    return second is None or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == second)


def past_share(doc: Doc, sentence: Span, j: int) -> int:
    """The token after a count's share of the patients in brackets right after it (``36 (53%)
    received X``, ``36 (53 per cent)``), or ``j`` where none stands at ``j`` (``36 (2 per 100)``)."""
    if j >= sentence.end or doc[j].text not in ("(", "["):
        return j
    closing = next((t.i for t in doc[j + 1:min(sentence.end, j + SHARE_TOKENS + 1)] if t.text in (")", "]")), None)
    inside = doc[j + 1:closing] if closing is not None else ()
    if closing is None or not any(_spells_percent(t) or t.text.endswith("%") for t in inside) \
            or not all(t.like_num or _spells_percent(t) or t.text == "." or t.text.endswith("%") for t in inside):
        return j
    return closing + 1


def _split_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list in tokens ``start:end``: split at ``;`` if any, else at ``,`` and ``and``."""
    tokens = list(range(start, end))
    semicolons = any(doc[i].text == ";" for i in tokens)
    parts, begin = [], start
    for i in tokens:
        if (doc[i].text == ";") if semicolons else (doc[i].text == "," or doc[i].lower_ == "and"):
            if begin < i:
                parts.append((begin, i))
            begin = i + 1
    if begin < end:
        parts.append((begin, end))
    return parts


def _counts_people(doc: Doc, token) -> bool:  # noqa: ANN001 - a spaCy Token
    """A count right followed by the people it counts (``65 patients``, ``65 (81%) participants``),
    not by other words (``7 further cases`` is a subset)."""
    i = token.i + 1
    if i < len(doc) and doc[i].text == "(":
        i = next((t.i + 1 for t in doc[i:min(len(doc), i + PEOPLE_AFTER_TOKENS)] if t.text == ")"), i)
    return i < len(doc) and doc[i].lower_ in _people()


#: The most tokens between a count of people and the bracket that splits it by group (``189 of
#: these patients (100 in X and 89 in Y)``: the count, ``of these``, the people noun).
HEADED_BRACKET_TOKENS = 4
#: Words between such a count and its people noun (``of these``, ``of the``, ``eligible``).
_HEAD_WORDS = frozenset({"of", "these", "the", "all", "those", "eligible", "evaluable"})


def _heads_bracket(doc: Doc, sentence: Span, count: tuple[int, int], last: int, opening: int,
                   event_after: Callable[[str], bool] | None) -> bool:
    """Whether the count of people ending at token ``last`` heads the bracket opening at token
    ``opening`` (``720 patients (X, 482; Y, 238)``, ``189 of these patients (100 in the X group and
    89 in the Y group) underwent ...``): its people noun right before the bracket, only words of a
    subset between (``of these``), or right after the bracket that follows the count (``2144 (1063
    X, 1081 Y) patients were assigned``); not where its sentence tells an event of them before the
    bracket or right after it (``45 patients with a rash (20 X, 25 Y)``, ``... (20 X, 25 Y) died``)."""
    closing = closing_bracket(doc, opening, sentence.end)
    if closing is None or event_after is None:
        return False
    people_after = last == opening - 1 and closing + 1 < sentence.end and doc[closing + 1].lower_ in _people()
    if not people_after and (opening - last > HEADED_BRACKET_TOKENS or doc[opening - 1].lower_ not in _people()
                             or any(t.lower_ not in _HEAD_WORDS | _people() for t in doc[last + 1:opening - 1])):
        return False  # "2144 (1063 X, 1081 Y) patients were randomly assigned": the people after the bracket
    if count[0] > 0 and doc[count[0] - 1].lower_ in _words("event_count_openers"):
        return False  # "occurred in 40 patients (22 X, 18 Y)"
    after = text_of(doc)[doc[closing].idx + 1:]
    return not event_after(after.lstrip(_LIST_CLOSERS))


def _split_items(doc: Doc, sentence: Span, totals: set[int],
                 event_after: Callable[[str], bool] | None = None) -> list[dict]:
    """``95 patients were randomized (47 X, 48 Y)``, ``(X, 482; Y, 238)``, ``enrolled: X 440, Y 438,
    and Z 188``: a list of groups and counts whose counts add up to a count written before it; a
    bracket whose counts add up to the count of people it follows splits that count by group
    whatever the sentence's verb (``The safety population comprised 720 patients (X, 482; Y, 238)``,
    :func:`_heads_bracket`)."""
    found = []
    for token in sentence:
        if token.text == "(":
            closing = closing_bracket(doc, token.i, sentence.end)
        elif token.text == ":":
            closing = sentence.end - (doc[sentence.end - 1].is_punct)
        else:
            continue
        if closing is None or closing <= token.i + 1:
            continue
        items = []
        for start, end in _split_parts(doc, token.i + 1, closing):
            item = None
            last = start + 2 if doc[start + 1:start + 2].text == "-" else start  # "Forty - two"
            count = _count_at(doc, last) if last < end else None
            if count is not None and count[0] == start:
                name = _name_tokens(doc, last + 1, end)
                if name is not None:
                    item = _item(doc, name, (doc[start].idx, doc[last].idx + len(doc[last]), count[1]), "count-split")
            else:
                close = end - (end - 1 > start and doc[end - 1].lower_ in _people())  # "Y group, 118 patients"
                explicit = close < end
                first, value = _count_at(doc, close - 1) or (None, None)
                if first is None:
                    value = _value(_N_EQUALS_TOKEN.match(doc[close - 1].text)[1]) \
                        if _N_EQUALS_TOKEN.match(doc[close - 1].text) else None
                    first = close - 1 if value is not None else None  # "n=29" written as one word
                    explicit = explicit or value is not None
                if first is not None:
                    explicit = explicit or doc[first - 1].text == "="
                    name_end = first
                    while name_end > start and doc[name_end - 1].lower_ in _words("count_words"):
                        name_end -= 1  # "weekly group, n = 29"
                    name = _name_tokens(doc, start, name_end) if start < name_end else None
                    if name is not None:
                        item = {**_item(doc, name, (doc[first].idx, doc[close - 1].idx + len(doc[close - 1]), value),
                                        "count-split"), "explicit": explicit}
            if item is None:
                items = []
                break
            items.append(item)
        if len(items) < MIN_ITEMS:
            continue
        total = sum(item["n"] for item in items)
        before = [_count_at(doc, t.i) for t in doc[sentence.start:token.i]]
        allocates = _allocates(sentence)
        if any(count is not None and count[1] == total and (total in totals or allocates and _counts_people(doc, t)
                                                              or token.text == "(" and _heads_bracket(doc, sentence, count, t.i, token.i, event_after))
               and not (count[0] > sentence.start and doc[count[0] - 1].lower_ in _words("event_count_openers"))
               for t, count in zip(doc[sentence.start:token.i], before)):
            found += items  # the counts add up to a size of the trial written before them
        elif allocates and all(item.get("explicit") for item in items):
            found += items  # "randomized (X, n = 120; Y, n = 118)": each count says it counts people
    return found


def _norm(name: str) -> tuple[str, ...]:
    words = [w for w in re.split(r"[^\w+]+", name.lower()) if w]
    if name.strip() == "A":
        return tuple(words)  # a group named by its letter (``(A, 65; P, 73)``), not an article
    while words and words[0] in _words("determiners"):
        words = words[1:]
    while words and words[-1] in _group_nouns() | _people():
        words = words[:-1]
    return tuple(words)


def _hyphenated(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a hyphenated word (``three-weekly``)."""
    return i + 1 < len(doc) and doc[i + 1].text == "-" and doc[i + 1].idx == doc[i].idx + len(doc[i])


def _is_dose(doc: Doc, name: tuple[int, int]) -> bool:
    return doc[name[0]].like_num and not _hyphenated(doc, name[0])


def _label(doc: Doc, name: tuple[int, int], before: list[dict], alias: str | None = None) -> str | None:
    """A new group's label as written; a dose alone (``50 mg``) is a dose of the drug named just
    before it (``X 20 mg (n = 55) and 50 mg (n = 57)``)."""
    text = text_of(doc)
    end = name[1]
    while end - 1 > name[0] and doc[end - 1].lower_ in _group_nouns():
        end -= 1  # "the early removal group" is the group "early removal"
    words = doc[name[0]:end]
    label = text[words.start_char:words.end_char]
    if not _is_dose(doc, name):
        return label
    if alias:
        return alias  # "6 cycles every 21 days (FEC50, n = 167)": the group is its short name
    for item in reversed(before):
        if _is_dose(doc, item["name"]):
            continue
        drug = []
        for token in doc[item["name"][0]:item["name"][1]]:
            if token.like_num:
                break
            drug.append(token)
        if drug and len(drug) < item["name"][1] - item["name"][0]:  # "Poly E 400 mg": the drug "Poly E"
            return f"{text[drug[0].idx:drug[-1].idx + len(drug[-1])]} {label}"
    return None


def _role(label: str) -> str:
    arm = {"label": label, "intervention": label}
    controls = word_set("controls.txt")
    words = set(_norm(label))
    if " ".join(_norm(label)) in controls or words & _words("control_words") or inactive_name(label) \
            or named_as_comparator(arm):
        return "control"
    return "experimental"


def group_sizes(doc: Doc, sizes: dict, population: Callable[[str], str],
                event_after: Callable[[str], bool]) -> None:
    """Read the groups an abstract lists with their sizes (see the module's docstring): each
    size of ``sizes`` (keyed by count and arm) that belongs to a listed group takes its arm, and
    a listed group that is no arm's is added to the arms."""
    arms = state(doc).setdefault("arms", [])
    names: dict[tuple[str, ...], str] = {}
    for arm in arms:
        for name in [arm["label"], arm.get("intervention") or "", *arm.get("aliases", [])]:
            if _norm(name):
                names.setdefault(_norm(name), arm["label"])
    added: list[tuple[str, dict]] = []
    earlier: dict[int, str] = {}  # the size of each group added from an earlier sentence
    allocated: list[str] | None = None  # the groups of the first sentence that allocates, in its order
    shortened: list[tuple[str, dict]] = []  # arms a list names by a short form the text defined for them
    for sentence in doc.sents:
        items = _bracket_items(doc, sentence)
        counted = _count_items(doc, sentence, event_after, frozenset(names))
        split = _splits_total(doc, sentence, counted, event_after)  # "Among 134 patients, 68 were treated with X and 66 with Y"
        parts = _split_items(doc, sentence, {n for n, _ in sizes}, event_after)
        split |= {item["number"] for item in parts}  # counts that add up to a count before them: the trial's groups
        items = _not_the_split(items, parts)
        if _shares_of_groups(counted):
            counted = []  # "65 (3.4%) in the X arm and 31 (1.6%) in the Y arm": each group's share of an event
        if any(item.get("subset") for item in counted) and not split:
            counted = []  # "40 had rash, including 22 who received X and 18 who received Y": a subset by group
        if _allocates(sentence) or counted and all(item["direct"] for item in counted) or split:
            items += counted  # "58 patients received usual care, and 64 received the intervention"
        else:  # "4 (4%) of the 99 patients in the X group ..., as did 5 of the 82 in the Y group": known arms only
            items += [item for item in counted if item["linker"] == "count-in-group"]
        items += parts
        items = _without_total(_distinct(items))
        if len(items) < MIN_ITEMS:
            continue
        resolved = []
        short_forms = []  # this sentence's short names of known arms, kept only if its groups can be told
        for item in items:
            name_text = _name_text(doc, item)
            label = _linked_at(sizes, item, arms) or names.get(_norm(name_text)) \
                or (names.get(_norm(item["alias"])) if item["alias"] else None) \
                or (_inside_one(names, _norm(name_text), [_norm(_name_text(doc, other)) for other in items
                                                          if other is not item]) if item["number"] in split else None) \
                or _short_form_of(doc, name_text, names)
            if label is not None and _norm(name_text) not in names and _is_short_form(name_text):
                short_forms.append((label, {**item, "alias": name_text}))  # "FP" now names the arm "placebo"
            role = _role_named(name_text) if _allocates(sentence) or item.get("direct") else None
            if label is None and role is not None and _sole_arm(arms, role):  # "64 received the intervention"
                label = _sole_arm(arms, role)
                item = {**item, "linker": f"{item['linker']}-{ROLE_LINK}"}
            elif label is None and role is not None and _arms_of_role(arms, role) > 1:
                label = _role_in_brackets(doc, arms, role)  # "X vs. Y (study group)", later "20 in the study group"
                if label is None:
                    resolved.append((item, None, False))  # "121 to the experimental arm" beside two tested arms:
                    continue  # which of them is not told, and the role word names no group of its own
                item = {**item, "linker": f"{item['linker']}-{ROLE_BRACKET_LINK}"}
            new = label is None
            if new and earlier.get(item["n"]):
                label, new = earlier[item["n"]], False  # "no further imaging (807)", later "807 to no MRI"
            if new:
                label = _label(doc, item["name"], [i for i in items if i["span"][0] < item["span"][0]], item["alias"]) \
                    if _allocates(sentence, "new_group_cues") or item["linker"] == "count-split" \
                    or item["number"] in split else None
            resolved.append((item, label, new))
        labels = [label for _, label, _ in resolved]
        if None in labels or len({label.lower() for label in labels}) < len(labels):
            continue  # a group cannot be named, or two items name one group: the groups cannot be told
        shortened += short_forms
        for item, label, new in resolved:
            if new:
                if len(arms) >= MAX_ARMS:
                    continue
                arms.append({"label": label, "aliases": [item["alias"]] if item["alias"] else [],
                             "intervention": label, "dose": None, "role": _role(label), "n": None,
                             "evidence": {**evidence(item["span"], doc, rule="allocation-list"),
                                          "links": {"assigned": item["linker"]}}})
                names[_norm(label)] = label
                added.append((label, item))
            if (item["n"], label) in sizes:
                continue
            for key, size in list(sizes.items()):
                if key[0] == item["n"] and (size["arm"] is None) \
                        and item["span"][0] <= size["evidence"]["start"] < item["span"][1] + 1:
                    del sizes[key]  # the same count, now with its group
            found = evidence(item["span"], doc, rule="allocation-list")
            found["links"] = {"arm": item["linker"]}
            sizes[(item["n"], label)] = {"n": item["n"], "population": population(sentence.text), "arm": label,
                                         "evidence": found}
        earlier.update({item["n"]: label for label, item in added})
        if allocated is None and _allocates(sentence):
            allocated = labels
    shortened = [(label, item) for label, item in shortened if any(arm["label"] == label for arm in arms)]
    for label, item in shortened:  # (a label no arm has names nothing: no alias, no mention)
        arm = next((arm for arm in arms if arm["label"] == label), None)
        if arm is not None and item["alias"] not in arm.setdefault("aliases", []):
            arm["aliases"].append(item["alias"])
    if added or shortened:
        _mention(doc, added + shortened)
        settle_roles(doc, arms)  # the comparator among the groups now known (``versus HT``)
    if allocated is None:
        allocated = sized_order(sizes)  # "The X arm enrolled N patients, and the Y arm M": X, then Y
    if allocated is not None:
        comparator_by_order(arms, allocated, frozenset(label for _, label in sizes if label is not None))


def sized_order(sizes: dict) -> list[str] | None:
    """The trial's groups in the order the abstract first gives their sizes, where no sentence
    allocates them as a list (``The weekly arm enrolled N evaluable patients, and the every-3-weeks
    arm M``, ``Of 122 patients, 58 received usual care ... 64 received X``): the order a CONSORT
    abstract names its groups in, tested first. None unless exactly two groups have sizes."""
    first: dict[str, int] = {}
    for size in sizes.values():
        arm, start = size.get("arm"), (size.get("evidence") or {}).get("start")
        if arm is not None and start is not None:
            first[arm] = min(start, first.get(arm, start))
    return sorted(first, key=first.__getitem__) if len(first) == PAIR_SIZE else None


#: What may close a list of groups before the verb of its sentence (``Ten patients, 5 for X and 5
#: for Y, died``).
_LIST_CLOSERS = " ,;)"
#: Tokens after a total searched for the people it counts (``81 evaluable patients``).
TOTAL_PEOPLE_TOKENS = 2


#: The least sum of the shares of a list of counts by group that splits the trial's people
#: (``68 (48.9%) ... versus 71 (51.1%)``): shares far below it are each group's own rate of an event.
SPLIT_SHARE_SUM = 90


def _shares_of_groups(counted: list[dict]) -> bool:
    """A list of counts placed in groups, each with its share in brackets, whose shares add up to
    far less than the whole (``65 (3.4%) in the X arm and 31 (1.6%) in the Y arm``): each share is
    of its own group, so the counts are the people an event happened to, not the groups' sizes."""
    items = [item for item in counted if item["linker"] == "count-in-group"]
    return len(items) >= MIN_ITEMS and all(item.get("share") is not None for item in items) \
        and sum(item["share"] for item in items) < SPLIT_SHARE_SUM


def _splits_total(doc: Doc, sentence: Span, counted: list[dict],
                  event_after: Callable[[str], bool]) -> set[tuple[int, int]]:
    """The numbers of a list of counts, each with its group, that add up to a count of people
    written before the list in its sentence (``Among 134 patients, 68 were treated with X and 66
    with Y``; ``81 evaluable patients, including 41 who received X and 40 who received Y``): the
    trial's patients split by group, so the list names its groups even where the sentence does not
    allocate; an empty set where there is no such list, or where an event follows it (``Ten
    patients, 5 for X and 5 for Y, died``: a count of an event split by group)."""
    items = [item for item in counted if item["linker"] == "count-to-group"]
    if len(items) < MIN_ITEMS:
        return set()
    last = max(item["span"][1] for item in items)
    if event_after(text_of(doc)[last:].lstrip(_LIST_CLOSERS)):
        return set()
    total, first = sum(item["n"] for item in items), min(item["number"][0] for item in items)
    for token in sentence:
        if token.idx >= first:
            break
        count = _count_at(doc, token.i)
        if count is not None and count[0] > sentence.start and doc[count[0] - 1].lower_ in _words("event_count_openers"):
            continue  # "rash was seen in 40 patients, including 22 ... and 18 ...": the people of an event
        if count is not None and count[1] == total and any(
                t.lower_ in _people() for t in doc[token.i + 1:min(sentence.end, token.i + 1 + TOTAL_PEOPLE_TOKENS)]):
            return {item["number"] for item in items}
    return set()


#: The most characters of a group's short form (``FP``, ``4FEC-T``).
MAX_SHORT_FORM_CHARS = 10


def _is_short_form(name: str) -> bool:
    """A name written as a short form: one word of capitals, digits and joiners (``FP``, ``TU``)."""
    return 0 < len(name) <= MAX_SHORT_FORM_CHARS and name.upper() == name and any(c.isalpha() for c in name) \
        and not any(c.isspace() for c in name)


def _short_form_of(doc: Doc, name: str, names: dict[tuple[str, ...], str]) -> str | None:
    """The arm a short form stands for where the text defines it in brackets right after the arm's
    name, past one bracket of details (``either vandetanib (100 mg daily) (FV) or placebo (FP)``):
    ``61 were allocated to FV and 68 to FP`` names the arms ``vandetanib`` and ``placebo``, though
    the letters of the short form do not spell the name; not the last drug of a regimen
    (``epirubicin plus paclitaxel (EP)``)."""
    if not _is_short_form(name):
        return None
    text = text_of(doc)
    mentions = {m.end: m for m in doc.spans["ARM_MENTION"]} if "ARM_MENTION" in doc.spans else {}
    for found in re.finditer(r"\(\s*" + re.escape(name) + r"\s*\)", text):
        opening = doc.char_span(found.start(), found.start() + 1, alignment_mode="expand")
        if opening is None:
            continue
        i = opening.start
        if i > 0 and doc[i - 1].text == ")":  # "vandetanib (100 mg daily) (FV)"
            i = next((t.i for t in reversed(doc[max(0, i - 1 - PHRASE_TOKENS):i - 1]) if t.text == "("), i)
        mention = mentions.get(i)
        if mention is None or mention.start > 0 and doc[mention.start - 1].lower_ in _combination_words():
            continue  # "epirubicin plus paclitaxel (EP)", "methotrexate, and fluorouracil (CMF)": the regimen's
        if _norm(mention.label_) in names:
            return names[_norm(mention.label_)]
    return None


def _combination_words() -> frozenset[str]:
    """Words before a drug that make it the last of a regimen (``X plus Y``, ``X, Y and Z``): a short
    form after it names the regimen, not the drug (``patterns/pair_order_combiners.txt`` and
    ``allocation_items.json``: regimen_joiners)."""
    return word_set("pair_order_combiners.txt") | _words("regimen_joiners")


def _name_text(doc: Doc, item: dict) -> str:
    """The text of a list item's group name."""
    return text_of(doc)[doc[item["name"][0]].idx:doc[item["name"][1] - 1].idx + len(doc[item["name"][1] - 1])]


def _holds(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether ``words`` is a run of the words of ``name``."""
    size = len(words)
    return bool(size) and any(name[i:i + size] == words for i in range(len(name) - size + 1))


def _inside_one(names: dict[tuple[str, ...], str], words: tuple[str, ...],
                others: list[tuple[str, ...]]) -> str | None:
    """The one arm whose name holds a list item's name as a run of its words (``taxane`` in ``weekly
    taxane therapy``): a list that splits the trial's patients names that arm short; None where no
    arm's or several arms' names do (``chemotherapy`` in ``preoperative chemotherapy`` and
    ``postoperative chemotherapy``), or where that arm's name also holds another item's (``X versus
    Y alone`` names the comparison, not a group)."""
    found = {label for name, label in names.items() if len(name) > len(words) and _holds(name, words)
             and not any(_holds(name, other) for other in others)}  # "X versus Y" names the comparison
    return found.pop() if len(found) == 1 else None


#: The suffix of the linker name of a group named by the short form its item defines before the
#: item's details (``group-then-bracket-short-form``).
DEFINED_LINK = "short-form"
#: The suffix of the linker name of a group named by its role alone (``count-in-group-role``).
ROLE_LINK = "role"


def _role_named(name: str) -> str | None:
    """The role a group's name is made of, if it is made of a role word only (``the control arm``,
    ``the intervention``, ``experimental patients``): ``control``, ``experimental`` or ``None``."""
    words = _norm(name)
    return role_of_word(words[0]) if len(words) == 1 else None


def role_of_word(word: str) -> str | None:
    """The role a word names alone (``control``, ``experimental``: ``role_names``), else None."""
    return next((role for role, names in load_json(ALLOCATION_WORDS)["role_names"].items() if word in names), None)


def arm_of_role(doc: Doc, arms: list[dict], role: str) -> str | None:
    """The arm a group named by its role alone is: the record's one arm of that role, else the one
    the text gave that role in brackets, unless a bracket gives the role to several groups (``X or
    Y (experimental groups)``: the role names both); None where it cannot be told."""
    if sole := _sole_arm(arms, role):
        return sole
    names = alternation(load_json(ALLOCATION_WORDS)["role_names"][role])
    plural = rf"(?i)\(\s*(?:the\s+)?(?:{names})\s+(?:groups|arms)\s*\)"
    if _arms_of_role(arms, role) < 2 or re.search(plural, text_of(doc)):
        return None
    return _role_in_brackets(doc, arms, role)


def _sole_arm(arms: list[dict], role: str) -> str | None:
    """The record's one arm of ``role``; ``None`` where there is none or several (the list's
    groups cannot then be told apart: a size on the wrong arm is worse than none)."""
    found = [arm["label"] for arm in arms if arm.get("role") == role]
    return found[0] if len(found) == 1 else None


def _arms_of_role(arms: list[dict], role: str) -> int:
    """How many arms of the record have ``role``."""
    return sum(arm.get("role") == role for arm in arms)


#: The suffix of the linker name of a group named by a role word the text gave it in brackets
#: (``count-to-group-role-bracket``).
ROLE_BRACKET_LINK = "role-bracket"
#: The most tokens inside the bracket after an arm's name that gives its role (``(the study group)``).
ROLE_BRACKET_TOKENS = 4


def _role_in_brackets(doc: Doc, arms: list[dict], role: str) -> str | None:
    """The one arm of ``role`` whose name the text follows by a bracket giving it a role word
    (``docetaxel (study group) vs. FEC (control group)``): the arm a count of ``the study group``
    is of, where the record has several arms of that role; None where no arm or several are so named."""
    names = set(load_json(ALLOCATION_WORDS)["role_names"][role])
    of_role = {arm["label"] for arm in arms if arm.get("role") == role}
    found = set()
    for mention in spans_starting(doc, "ARM_MENTION", start=0, end=len(doc)):
        if mention.label_ not in of_role or mention.end >= len(doc) or doc[mention.end].text != "(":
            continue
        inside = doc[mention.end + 1:mention.end + 1 + ROLE_BRACKET_TOKENS]
        closing = next((t.i for t in inside if t.text == ")"), None)
        if closing is not None and any(t.lower_ in names for t in doc[mention.end + 1:closing]):
            found.add(mention.label_)
    return found.pop() if len(found) == 1 else None


def _not_the_split(items: list[dict], parts: list[dict]) -> list[dict]:
    """The bracket items without those whose one count closes a bracket that a split reads as
    several groups' counts (``720 patients (X, 482; Y, 238)``: not one group ``720 patients`` of
    238, but X and Y)."""
    return [item for item in items if not any(part["number"] != item["number"]
                                              and item["span"][0] <= part["number"][0] < item["span"][1] for part in parts)]


def _distinct(items: list[dict]) -> list[dict]:
    """One item per number (the first form that read it)."""
    seen, kept = set(), []
    for item in sorted(items, key=lambda i: i["number"]):
        if item["number"] not in seen and not any(item["number"][0] < s[1] and s[0] < item["number"][1] for s in seen):
            seen.add(item["number"])
            kept.append(item)
    return kept


def _linked_at(sizes: dict, item: dict, state_arms: list[dict]) -> str | None:
    """The arm another linker already gave the item's count (``X 20 mg (n = 55)`` is X's)."""
    for arm in state_arms:
        found = arm.get("evidence") or {}
        if arm.get("n") == item["n"] and item["span"][0] <= found.get("start", -1) < item["span"][1]:
            return arm["label"]  # "X anesthesia (SF; n = 25)", where the arms component read "X (n = 25)"
    for (n, arm), size in sizes.items():
        if arm is not None and n == item["n"] and item["span"][0] <= size["evidence"]["start"] <= item["number"][0] \
                and item["number"][1] <= size["evidence"]["end"]:
            return arm
    return None


#: The fewest characters of a short name of a group looked for elsewhere in the text (``SF``; a
#: one-letter name, ``C``, is too often something else).
MIN_ALIAS_CHARS = 2


def _mention(doc: Doc, added: list[tuple[str, dict]]) -> None:
    """The new groups as arm mentions, where the list names them and wherever else the text
    writes the name or its short form (``the patients in group SF``), for the values that follow."""
    mentions = list(doc.spans["ARM_MENTION"]) if "ARM_MENTION" in doc.spans else []
    owners: dict[int, list[tuple[int, int, str]]] = {}  # the mentions holding each token
    for m in mentions:
        for i in range(m.start, m.end):
            owners.setdefault(i, []).append((m.start, m.end, m.label_))
    new_tokens: set[int] = set()

    def covers(start: int, end: int, label: str) -> bool:
        """Whether the tokens ``start:end`` are free, or taken only by mentions of other arms the
        arms had, each wholly inside them: the group ``no pyridoxine`` is named over the drug
        ``pyridoxine`` (the linkers read the outermost mention)."""
        return not new_tokens & set(range(start, end)) and all(
            start <= low and high <= end and (low, high) != (start, end) and other != label
            for i in range(start, end) for low, high, other in owners.get(i, ()))

    names: dict[str, str] = {}
    for label, item in added:
        start, end = item["name"]
        if covers(start, end, label):
            mentions.append(Span(doc, start, end, label=label))
            new_tokens.update(range(start, end))
        if len(label) >= MIN_ALIAS_CHARS:  # a group named by a letter alone is not every "a" of the text
            names.setdefault(label.lower(), label)
        alias = item["alias"]
        if alias and len(alias) >= MIN_ALIAS_CHARS and alias.upper() == alias:
            names.setdefault(alias.lower(), label)
    text = text_of(doc)
    for start, end in find_words(text, sorted(names, key=len, reverse=True), lower=TEXT_LOWER):
        span = doc.char_span(start, end)
        if span is None or not covers(span.start, span.end, names[text[start:end].lower()]):
            continue
        if names[text[start:end].lower()] != text[start:end] and text[start:end].upper() != text[start:end] \
                and text[start:end].lower() not in {label.lower() for label, _ in added}:
            continue  # a short form is written in capitals ("SF", not "sf")
        mentions.append(Span(doc, span.start, span.end, label=names[text[start:end].lower()]))
        new_tokens.update(range(span.start, span.end))
    doc.spans["ARM_MENTION"] = sorted(mentions, key=lambda m: m.start)


def _without_total(items: list[dict]) -> list[dict]:
    """A list without the count of all its groups: ``Patients (N = 242) were assigned to X (n = 82),
    Y (n = 82) or Z (n = 78)``."""
    total = sum(item["n"] for item in items)
    return [item for item in items if len(items) <= MIN_ITEMS or 2 * item["n"] != total]


#: The most tokens between a rate's total and the group it names (``of 41 women in the X group``:
#: ``women in the``).
TOTAL_GROUP_TOKENS = 4


#: The linkers that give each value of a pair or list the group named in the same place (``lower
#: with X than with Y (3 (11%) of 27 vs. 9 (45%) of 20)``): the total written with each rate is its
#: group's unless another group's name follows it.
ORDERED_LINKERS = frozenset({"pair-order", "side-by-side-pair", "respectively-list"})


def total_of_ordered_value(doc: Doc, end_char: int, arm: str, linker: str | None) -> bool:
    """The total of a rate ending at ``end_char`` is the group's the rate was given by its place
    among the groups named (:data:`ORDERED_LINKERS`), or is followed by that group's name
    (:func:`total_names_arm`)."""
    if total_names_arm(doc, end_char, arm):
        return True
    return linker in ORDERED_LINKERS and not total_names_arm(doc, end_char, None)


def total_names_arm(doc: Doc, end_char: int, arm: str | None) -> bool:
    """The total of a rate ending at ``end_char`` is followed by the name of ``arm``, past its
    people noun and a preposition only (``3 (7%) of 41 women in the X group``, ``of 41 X
    patients``): the total is that group's, whatever linked the rate. A total followed by another
    group's name, a role word or nothing tells no group (``2 (2%) of 95 control subjects and 5
    (4.8%) of 104 experimental patients`` when the second rate was linked to the control)."""
    last = doc.char_span(end_char - 1, end_char, alignment_mode="expand") if end_char > 0 else None
    if last is None:
        return False
    after = last.end
    skip = _people() | _words("determiners") | _words("count_in_words") | _words("total_group_links")
    end = min(len(doc), after + TOTAL_GROUP_TOKENS + 1)
    mentions = spans_starting(doc, "ARM_MENTION", start=after, end=end)  # by bisection: no scan per value
    for token in doc[after:end]:
        mention = next((m for m in mentions if m.start <= token.i < m.end), None)
        if mention is not None:
            return arm is None or mention.label_ == arm  # (``None``: any group's name)
        if token.lower_ not in skip:
            return False
    return False
