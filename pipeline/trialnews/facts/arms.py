"""Arms: the groups a trial assigned, found from intervention mentions near assignment words.

A mention is a drug (an INN stem such as ``-zomib``, a code such as ``TAK-875``, a brand before
its generic name), a listed intervention (``acupuncture``) or a control (``placebo``). A mention
becomes an arm when it stands in a sentence that assigns or compares treatments (``randomized``,
``versus``, ``group``, ``received``). Every mention of an arm is kept in
``doc.spans["ARM_MENTION"]`` with the arm's label, for the linking steps that follow.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc, Span

from ..normalize import parse_number
from ..doctext import span_text, text_of
from ..scanning import find_words
from .common import TEXT_LOWER, evidence, longest_first, sent, spans, state

#: At most this many arms are reported; more candidates mean the story names many treatments.
MAX_ARMS = 6
#: Tokens after a mention in which its dose ("ixazomib 3 mg") or size ("(n=21)") is read.
ATTACH_WINDOW = 4
#: Endpoint phrases that start before a mention and are checked for holding it.
MAX_BLOCK_LOOKBACK = 8
#: The shortest word whose derived forms (``stent`` → ``stenting``) are read as the same arm.
MIN_STEM_CHARS = 4
_DERIVED_ENDINGS = frozenset({"s", "es", "ing", "al", "ation", "ed"})
#: Names shorter than this are not searched for again across the text (too ambiguous).
MIN_NAME_CHARS = 3
#: The longest short form (characters) read as the name of an intervention ("AC", "HSCT").
MAX_SHORT_FORM = 8
#: The most words read as a group's name before its bracketed size ("AC (n = 180)").
MAX_NAME_WORDS = 4
_NAME_STOP = frozenset({"to", "or", "and", "the", "a", "an", "receive", "receiving", "either", "with", "of", "in",
                        "were", "was", "vs", "versus", "assigned", "randomized", "randomised", "allocated", "into",
                        "patients", "participants", "for", "on", "than", "who", "by", "enrolled", "included",
                        "study", "trial", "total", "overall", "sample", "population", "analysis", "women", "men",
                        "subjects", "people", "cases", "eligible"})
#: Names before a bracketed size this short are taken as they are ("exercise (n = 40)").
SHORT_NAME_WORDS = 2
_OPTION_BEFORE = frozenset({"to", "either", "or", "and", "receiving", "received", "vs", "versus", ",", ";", "("})
#: Characters before a mention searched for "randomized to" (about twenty words).
ASSIGN_CHARS = 150
#: The longest gap, in characters, between two interventions set against each other.
JOIN_CHARS = 60
_ASSIGNED_BEFORE = re.compile(r"(?i)\b(?:randomi[sz]ed|randomly|assigned|allocated|divided|split)\b(?:[^.;]|\.\d)*$")
_TIMING_BEFORE = re.compile(r"(?i)\b(?:after|before|following|prior to|post|during|with or without)\s+(?:[\w-]+\s+){0,2}$")
_GROUP_AFTER = re.compile(r"(?i)^(?:\s+(?:treatment|therapy|plus \w+))?\s+(?:groups?|arms?|cohorts?)\b")
_JOINED = re.compile(r"(?i)^\s*(?:\([^)]*\)|\[[^\]]*\]|[\d.,]+\s*[\w/%]+(?:\s+(?:once|twice|three times)?\s*"
                     r"(?:daily|weekly|monthly|a day|a week|per day|per week))?)?\s*,?\s*"
                     r"(?:or|vs\.?|versus|compared (?:with|to)|than|against|instead of|rather than)\s+"
                     r"(?:a\s+|an\s+|the\s+|either\s+|to\s+)?(?:[\w-]+\s+)?$")
_TAKEN_BEFORE = re.compile(r"(?i)\b(?:receiv(?:e|ed|ing)|took|taking|take|given|treated with|on)\s+(?:the\s+|a\s+)?"
                           r"(?:\w+\s+){0,3}$")
_WITH_GAP = re.compile(r"(?i)^\s+(?:with|to|against)\s+(?:a\s+|an\s+|the\s+)?$")
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:compared|comparing|compare|compares)\s+(?:the\s+)?$")
_PAIRED_GROUPS = re.compile(r"(?i)^\s+and\s+(?:the\s+)?$")
#: Words after a hyphen that qualify a drug rather than name a combination ("radiation-induced").
_NOT_COMPOUND = frozenset({"based", "like", "free", "related", "controlled", "treated", "naive", "induced", "associated",
                           "resistant", "sensitive", "refractory", "positive", "negative", "specific", "dependent",
                           "containing", "derived", "eluting", "coated", "only", "alone", "naïve", "exposed"})
_ARTICLES = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_GROUP_WORDS = re.compile(r"\s+(?:group|arm|groups|arms)$", re.IGNORECASE)
_CONTROL_LABELS = {"control group": "control", "control arm": "control", "a placebo": "placebo",
                   "placebos": "placebo", "the placebo": "placebo",
                   "placebo pill": "placebo", "placebo pills": "placebo", "sugar pill": "placebo",
                   "dummy pill": "placebo", "placebo injection": "placebo", "placebo injections": "placebo"}


def label_of(span: Span) -> str:
    text = _GROUP_WORDS.sub("", _ARTICLES.sub("", span_text(span).strip())).rstrip(".,;:")
    lowered = text.lower()
    if span.label_ == "CONTROL":
        return _CONTROL_LABELS.get(lowered, lowered)
    return text if any(ch.isupper() for ch in text[1:]) or any(ch.isdigit() for ch in text) else lowered


def _with_compound(doc: Doc, span: Span) -> Span:
    """Extend ``iodine`` to ``iodine-alcohol`` and ``mupirocin`` to ``mupirocin-chlorhexidine``."""
    end = span.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].is_alpha \
            and not doc[end - 1].whitespace_ and doc[end + 1].lower_ not in _NOT_COMPOUND:
        end += 2
    return doc[span.start:end] if end != span.end else span


def _named_by_size(doc: Doc) -> list[Span]:
    """``assigned to AC (n = 180) or AD (n = 183)``: the words before a bracketed size name a group."""
    found = []
    for size in spans(doc, "N_EQUALS", "POPULATION"):
        bracket = size.start - 1
        if bracket < 1 or doc[bracket].text not in ("(", "[", ","):
            continue
        if size.label_ == "POPULATION" and (doc[bracket].text == "," or size.end >= len(doc)
                                            or doc[size.end].text not in (")", "]", ";", ",")):
            continue
        if doc[bracket].text == "," and not any(t.text in ("(", ";") for t in doc[max(0, bracket - 5):bracket]):
            continue
        start = bracket
        while start > max(sent(size).start, bracket - MAX_NAME_WORDS) and not doc[start - 1].is_punct \
                and doc[start - 1].lower_ not in _NAME_STOP and not doc[start - 1].like_num:
            start -= 1
        dosed = any(d.start < bracket and bracket <= d.end + 1 for d in spans(doc, "DOSE"))
        if start < bracket and not dosed and _looks_like_group_name(doc, start, bracket):
            found.append(Span(doc, start, bracket, label="DRUG", span_id="name-before-size"))
    return found


def _looks_like_group_name(doc: Doc, start: int, end: int) -> bool:
    """A name before a bracketed size: capitalised or coded (``AC``, ``TAK-875``), an intervention
    we know, or introduced as one of the options (``to X (n = 52) or Y``)."""
    words = doc[start:end]
    if len(words) <= SHORT_NAME_WORDS or any(ch.isupper() or ch.isdigit() for ch in words.text) or "-" in words.text:
        return True
    if any(m.start < end and start < m.end for m in spans(doc, "DRUG", "INTERVENTION", "CONTROL")):
        return True
    return start > 0 and doc[start - 1].lower_ in _OPTION_BEFORE


def _abbreviated(doc: Doc, found: list[Span]) -> list[Span]:
    """Short forms whose long form is an intervention: ``doxorubicin and cyclophosphamide (AC)``."""
    extra = []
    for short in spans(doc, "ABBREVIATION"):
        long = short.label_.lower()
        source = next((m for m in found if m.label_ != "CONTROL" and m.text.lower() in long), None)
        if source is not None and len(short.text) <= MAX_SHORT_FORM:
            extra.append(Span(doc, short.start, short.end, label=source.label_, span_id="abbreviated-intervention"))
    return extra


def mentions(doc: Doc) -> list[Span]:
    """Intervention mentions, longest first, not inside endpoint or condition words."""
    blocked = spans(doc, "ENDPOINT")
    found = []
    ruled = spans(doc, "DRUG", "INTERVENTION", "CONTROL")
    candidates = ruled + _named_by_size(doc) + _abbreviated(doc, ruled)
    blocked_starts = [b.start for b in blocked]
    for span in longest_first(candidates):
        first = bisect_right(blocked_starts, span.start)  # only blocks starting at or before the span can hold it
        if any(blocked[i].start <= span.start and span.end <= blocked[i].end
               and blocked[i].end - blocked[i].start > span.end - span.start
               for i in range(max(0, first - MAX_BLOCK_LOOKBACK), first)):
            continue
        extended = _with_compound(doc, span)
        found.append(Span(doc, extended.start, extended.end, label=span.label_, span_id=span.id_))
    return found


def _paired_as_groups(doc: Doc, first: Span, second: Span) -> bool:
    """``between the ixazomib and placebo arms``, ``in the X and Y groups``."""
    left, right = (first, second) if first.start < second.start else (second, first)
    after = text_of(doc)[right.end_char:right.end_char + 20]
    before = text_of(doc)[max(0, left.start_char - 15):left.start_char]
    return bool(_GROUP_AFTER.match(after) or re.search(r"(?i)\bbetween\s+(?:the\s+)?$", before))


def _is_assigned(doc: Doc, mention: Span, others: list[Span]) -> bool:
    """Whether the article assigns this intervention to a group of the trial:
    after ``randomized to``/``assigned to`` in its sentence; named as a ``group`` or ``arm``; set
    against another intervention (``X or Y``, ``X versus Y``, ``compared with Y``); or, for a
    drug or control, ``received``/``taking`` it."""
    sentence = sent(mention)
    sentence_start = sentence.start_char
    before = text_of(doc)[max(sentence_start, mention.start_char - ASSIGN_CHARS):mention.start_char]
    after = text_of(doc)[mention.end_char:mention.end_char + 30]
    if _ASSIGNED_BEFORE.search(before) and not _TIMING_BEFORE.search(before):
        return True
    if mention.id_ in ("the-name-group", "lettered-group", "name-before-size") \
            or _GROUP_AFTER.match(" " + mention[-1].text):
        return True
    if _GROUP_AFTER.match(after):
        return True
    for other in others:
        if other is mention or not sentence.start <= other.start < sentence.end:
            continue
        gap = text_of(doc)[mention.end_char:other.start_char] if other.start > mention.start \
            else text_of(doc)[other.end_char:mention.start_char]
        if len(gap) <= JOIN_CHARS and _JOINED.match(gap):
            return True
        if _PAIRED_GROUPS.match(gap) and _paired_as_groups(doc, mention, other):
            return True
        left = mention if mention.start < other.start else other
        if _WITH_GAP.match(gap) and _COMPARED_BEFORE.search(text_of(doc)[max(0, left.start_char - 20):left.start_char]):
            return True  # "compared olaparib with placebo"
    return mention.label_ in ("DRUG", "CONTROL") and bool(_TAKEN_BEFORE.search(before[-30:]))


def _dose_after(doc: Doc, mention: Span) -> Span | None:
    for dose in spans(doc, "DOSE"):
        if mention.end <= dose.start <= mention.end + 1:
            return dose
        if dose.end + 1 == mention.start and doc[dose.end].lower_ == "of":  # "10 mg of X"
            return dose
    return None


def _n_after(doc: Doc, mention: Span) -> tuple[int, Span] | None:
    for size in spans(doc, "N_EQUALS"):
        if mention.end <= size.start <= mention.end + ATTACH_WINDOW and "(" in doc[mention.end:size.start].text:
            value = parse_number(size.text.split("=", 1)[1])
            if value and value == int(value):
                return int(value), size
    return None


_ALIAS_GAP = re.compile(r"(?i)^\s*(?:\(\s*(?:brand[- ]named?|sold as|marketed as|also known as|known as)?|"
                        r",\s*(?:known (?:chemically |generically )?as|also called|or)\s+)\s*$")


def _aliases(doc: Doc, found: list[Span]) -> dict[str, str]:
    """Names of one drug: ``Xeljanz (tofacitinib)``, ``Stelara, known chemically as ustekinumab``."""
    alias: dict[str, str] = {}
    for first, second in zip(found, found[1:]):
        gap = text_of(doc)[first.end_char:second.start_char]
        if first.label_ == second.label_ == "DRUG" or {first.label_, second.label_} <= {"DRUG", "INTERVENTION"} \
                or (first.label_ == "DRUG" and second.label_ == "CONTROL" and gap.strip() == "("):  # "T gel (active control)"
            if _ALIAS_GAP.match(gap):
                main = label_of(first).lower()
                alias[label_of(second).lower()] = alias.get(main, main)
    return alias


def _usual_spellings(found: list[Span], own_labels: list[str]) -> dict[str, str]:
    """Each label as the article usually writes it (``Truvada``, not a sentence-initial ``TRUVADA``);
    ``own_labels`` holds ``label_of`` of each mention."""
    counts: dict[str, Counter[str]] = {}
    for mention, label in zip(found, own_labels):
        written = label if mention.label_ != "DRUG" or mention[0].is_sent_start else \
            _GROUP_WORDS.sub("", _ARTICLES.sub("", mention.text.strip()))
        counts.setdefault(label.lower(), Counter())[written] += 1
    return {key: spellings.most_common(1)[0][0] for key, spellings in counts.items()}


def extract(doc: Doc) -> None:
    found = mentions(doc)
    long_forms = {short.text: short.label_ for short in spans(doc, "ABBREVIATION")}
    alias = _aliases(doc, found)
    own_labels = [label_of(mention) for mention in found]
    labels = _usual_spellings(found, own_labels)
    all_mentions = [(mention, labels.get(alias.get(own.lower(), ""), own)) for mention, own in zip(found, own_labels)]
    arms: dict[str, dict] = {}
    for mention, label in all_mentions:
        key = label.lower()
        if key in arms or len(arms) >= MAX_ARMS or not _is_assigned(doc, mention, found):
            continue
        dose = _dose_after(doc, mention)
        arms[key] = {
            "label": label,
            "intervention": long_forms.get(mention.text, mention.text),
            "dose": dose.text if dose is not None else None,
            "role": "control" if mention.label_ == "CONTROL" else "experimental",
            "n": None,
            "evidence": evidence(mention),
        }
    same = _same_arms(arms)
    for key in same:
        del arms[key]
    keyed_mentions: list[Span] = []
    for mention, label in all_mentions:
        arm = arms.get(same.get(label.lower(), label.lower()))
        if arm is None:
            continue
        found_n = _n_after(doc, mention)
        if found_n and arm["n"] is None:
            arm["n"] = found_n[0]
            arm["evidence"] = evidence((mention.start_char, found_n[1].end_char), doc, rule="arm-n-equals")
        keyed_mentions.append(Span(doc, mention.start, mention.end, label=arm["label"]))
    keyed_mentions += _other_occurrences(doc, keyed_mentions, found)
    doc.spans["ARM_MENTION"] = sorted(keyed_mentions, key=lambda m: m.start)
    _comparator_role(list(arms.values()))
    state(doc)["arms"] = list(arms.values())


def _same_arms(arms: dict[str, dict]) -> dict[str, str]:
    """Keys that name an arm already listed: a word and its derived form (``stent``, ``stenting``),
    or a generic ``control`` beside the specific control (``placebo``, ``usual care``)."""
    same: dict[str, str] = {}
    keys = list(arms)
    for key in keys:
        for other in keys:
            if other == key or other in same or key in same:
                continue
            if len(other) >= MIN_STEM_CHARS and key.startswith(other) and key[len(other):] in _DERIVED_ENDINGS:
                same[key] = other
    controls = [k for k in keys if arms[k]["role"] == "control" and k not in same]
    if "control" in controls and len(controls) > 1:
        same["control"] = next(k for k in controls if k != "control")
    return same


def _other_occurrences(doc: Doc, keyed: list[Span], found: list[Span]) -> list[Span]:
    """Every other place the article writes an arm's name: a drug recognised once (``a drug
    called glimepiride``) is the same arm wherever it is named again."""
    names = {m.text.lower(): m.label_ for m in keyed if len(m.text) >= MIN_NAME_CHARS}
    if not names:
        return []
    taken = {i for m in keyed for i in range(m.start, m.end)}
    extra = []
    text = text_of(doc)
    for start, end in find_words(text, sorted(names, key=len, reverse=True), lower=TEXT_LOWER):
        span = doc.char_span(start, end)
        if span is None or taken & set(range(span.start, span.end)):
            continue
        extra.append(Span(doc, span.start, span.end, label=names[text[start:end].lower()]))
        taken.update(range(span.start, span.end))
    return extra


def _comparator_role(arms: list[dict]) -> None:
    """Two arms and no placebo or usual care: the one named second (``X versus Y``, ``X or Y``)
    is the comparator, as trial reports name the tested treatment first."""
    if len(arms) == 2 and all(arm["role"] == "experimental" for arm in arms):
        arms[1]["role"] = "control"
