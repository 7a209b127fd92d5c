"""Sample sizes: counts of the people in the trial's own populations.

``57 patients``, ``209 perimenopausal and postmenopausal women``, ``enrolled 1,009``, ``(n=21)``
and ``N = 1,234`` are sizes when their sentence speaks of the trial (it enrolled, randomized,
treated or analysed them). A count followed by an event (``two patients died``) is a result,
not a size. The population is read from the verb near the number; the arm from an arm named
in ``n=`` brackets or after ``received``/``assigned to``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..normalize import parse_number
from ..doctext import span_text, text_of
from .common import evidence, inside, longest_first, longest_span, sent, spans, spans_starting, state
from .linking import arm_mentions, nearest_arm

#: The smallest denominator of ``k/N`` read as a group's size (smaller ones are often scores or doses).
MIN_SLASH_TOTAL = 5
_ALLOCATED = frozenset({"allocated", "assigned", "randomized", "randomised", "received", "receiving", "given", "taking",
                        "on", "to"})
#: Tokens after a size in which the arm it was assigned ("43 patients receiving ixazomib") is read.
ARM_WINDOW = 8
#: Tokens between a group's name and its count in brackets or ``n =``: ``ixazomib (n=21)``.
NEXT_TO_GROUP_TOKENS = 3
_TRIAL_CUE = re.compile(r"(?i)\b(?:stud(?:y|ies)|trials?|enroll(?:ed|ing|ment)?|enrol(?:led)?|randomi[sz]ed|randomly|"
                        r"assigned|allocated|participa(?:nts?|ted|ting|tion)|took part|involv(?:ed|ing)|includ(?:ed|ing)|"
                        r"recruited|received|receiving|treated|evaluated|evaluable|assessable|eligible|analy[sz](?:ed|is)|"
                        r"followed|given|volunteers|remained|completed|underwent|accepted|consented|screened|studied|looked at|"
                        r"compared|available|accrued|cohort|"
                        r"registered|selected|identified)\b")
_EVENT_AFTER = re.compile(r"(?i)^\s*(?:(?:taking|receiving|given|on|treated with|who took|who received|in the)\s+"
                          r"(?:[\w-]+\s+){1,4}?|(?:[\w-]+\s+){0,2}?)(?:died|developed|had|have|has|experienced|suffered|reported|"
                          r"stopped|dropped|withdrew|quit|were hospitalized|got|became|achieved|relapsed|"
                          r"showed|responded|lost|gained|saw|die|develop)\b")
#: A count of people right after a percentage ("1% (four patients)") or set against another group
#: ("compared with one patient receiving placebo") counts an outcome, not a population.
_COUNT_CONTEXT = re.compile(r"(?i)(?:%|percent)\s*[(\[,]\s*(?:or\s+)?$|\b(?:compared (?:with|to)|versus|vs\.?|than|"
                            r"while|whereas)\s+(?:only\s+|just\s+)?$|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|\d+)\s+"
                            r"(?:in|out of)\s+$")
#: The words between two groups that join them (``(n=21) or``), matched in place in the text
#: (``fullmatch`` between two positions: no copy of the text between them).
_JOINED_GROUPS = re.compile(r"(?i)\s*(?:\([^)]*\))?\s*(?:,|or|and|vs\.?|versus)\s+(?:a\s+|the\s+|to\s+)?")
_WHO = re.compile(r"(?i)^\s*(?:who|that)\b")  # "women who had undergone hysterectomy": eligibility, not an event
#: "43 patients in the Reusable Group": a count of people placed in a group of the trial.
_IN_GROUP = re.compile(r"(?i)^\s+(?:in|on)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+)?\s+(?:group|arm)\b")
IN_GROUP_CHARS = 60
#: How far a rounded size ("nearly 2,500") may be from the exact one it rounds.
ROUNDING = 0.05
_APPROXIMATE = re.compile(r"(?i)\b(?:nearly|about|almost|roughly|approximately|around|some|more than|over|close to)\s+\d")
#: "23 other patients": a subset counted for an outcome, not a population of the trial.
_SUBSET = re.compile(r"(?i)\b(?:other|more|additional|further)\b")
#: "250 patients would need to be screened": a number needed to treat, not people in the trial.
_HYPOTHETICAL = re.compile(r"(?i)^\s*(?:would|could|need|needed|must)\b")
_SCALE = re.compile(r"(?i)\b(?:million|billion)\b")
_POPULATIONS = (("transplanted", r"transplant"), ("randomized", r"randomi[sz]|randomly|assigned|allocated"),
                ("treated", r"receiv|treated|given|took(?! part)|taking(?! part)"), ("analyzed", r"analy[sz]|evaluat|evaluable|assess"),
                ("enrolled", r"enrol|recruit|includ|involv|participa|took part|studied|volunteer"))
_ASSIGN_BEFORE_ARM = re.compile(r"(?i)\b(?:receiv\w*|assigned to|allocated to|randomi[sz]ed to|took|taking|given|"
                                r"treated with|in the|in|on)\b")


def _population(context: str) -> str:
    lowered = context.lower()
    best = ("enrolled", len(lowered) + 1)
    for name, pattern in _POPULATIONS:
        for match in re.finditer(pattern, lowered):
            distance = abs(match.start() - len(lowered) // 2)
            if distance < best[1]:
                best = (name, distance)
    return best[0]


def _number(span: Span) -> int | None:
    text = span_text(span)
    if span.label_ == "N_EQUALS":
        text = text.split("=", 1)[1]
    elif span.label_ == "N_VERB":
        text = span.text.split()[0]
    elif span.label_ == "ENROLL_VERB":
        text = re.sub(r"(?i)^\w+\s+(?:a\s+total\s+of\s+|about\s+|nearly\s+|almost\s+|more than\s+|over\s+|"
                      r"approximately\s+|some\s+)?", "", text)
    else:
        words = text.split()
        value = None
        for cut in range(len(words), 0, -1):
            value = parse_number(" ".join(words[:cut]))
            if value is not None:
                break
        return int(value) if value is not None and value == int(value) and value > 0 else None
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def _followed_by_other_arm(doc: Doc, mention: Span) -> bool:
    """``ixazomib (n=21) or placebo``: the count covers both groups, not the first."""
    text = text_of(doc)
    for other in spans_starting(doc, "ARM_MENTION", start=mention.start, end=len(doc)):
        if other.label_ != mention.label_ and other.start_char > mention.end_char:
            if _JOINED_GROUPS.fullmatch(text, mention.end_char, other.start_char):
                return True
    return False


def _arm_of(doc: Doc, span: Span) -> str | None:
    inner = [m for m in spans_starting(doc, "ARM_MENTION", start=span.start + 1, end=span.end) if m.end <= span.end]
    if span.label_ == "POPULATION" and len(inner) == 1:
        return inner[0].label_  # "655 control women"
    # Only mentions ending just before the span or starting just after it can be its group.
    reach = longest_span(doc, "ARM_MENTION") + NEXT_TO_GROUP_TOKENS
    for mention in spans_starting(doc, "ARM_MENTION", start=span.start - reach, end=span.end + ARM_WINDOW + 1):
        if mention.end <= span.start <= mention.end + NEXT_TO_GROUP_TOKENS and "(" in span_text(doc[mention.end:span.start]):
            return mention.label_
        if span.label_ == "N_EQUALS" and mention.end <= span.start <= mention.end + NEXT_TO_GROUP_TOKENS:
            return mention.label_
        if span.end <= mention.start <= span.end + ARM_WINDOW and sent(mention) == sent(span):
            number_end = span.start_char + len(span.text.split()[0])
            between = text_of(doc)[number_end:mention.start_char]
            if _ASSIGN_BEFORE_ARM.search(between) and not re.search(r"[;,\d]|\bor\b|\band\b", between) \
                    and not _followed_by_other_arm(doc, mention):
                return mention.label_
    return None


def _joined(doc: Doc, size: dict, label: str) -> dict:
    """Evidence from a size to the arm it was linked to: "43 patients receiving ixazomib"."""
    start, end = size["evidence"]["start"], size["evidence"]["end"]
    for mention in arm_mentions(doc):
        if mention.label_ == label and sent(mention).start_char <= start < sent(mention).end_char:
            start, end = min(start, mention.start_char), max(end, mention.end_char)
            break
    return evidence((start, end), doc, rule="arm-size")


def _numbers_before_arms(doc: Doc) -> list[dict]:
    """``(71 control and 77 hypnosis)``, ``(147 allocated exemestane, 153 anastrozole)``."""
    found = []
    for mention in arm_mentions(doc):
        i = mention.start - 1
        if i >= 0 and doc[i].text == ",":  # "(208 received ALC; 201, placebo)"
            i -= 1
        if i >= 0 and doc[i].lower_ in _ALLOCATED:
            i -= 1
        if i < 1 or not doc[i].like_num or doc[i - 1].text not in ("(", "[", ",", ";", "and", ":"):
            continue
        n = parse_number(doc[i].text)
        if n is not None and n == int(n) and n >= MIN_SLASH_TOTAL:
            found.append({"n": int(n), "population": "randomized", "arm": mention.label_,
                          "evidence": evidence((doc[i].idx, mention.end_char), doc, rule="number-before-arm")})
    return found


def _slash_denominators(doc: Doc) -> list[dict]:
    """``17% (12/71) of patients treated with gefitinib``: 71 is the size of the gefitinib arm."""
    counts = spans(doc, "COUNT_SLASH", "COUNT_OF")
    fractions = spans(doc, "FRACTION")
    found = []
    for span in counts:
        if inside(span, fractions):
            continue  # "one out of 14 placebo users" is a proportion
        part, _, whole = re.split(r"\s*(/|\bout of\b|\bof\b)\s*(?:the\s+|all\s+|those\s+)?", span.text, maxsplit=1)
        k, n = parse_number(part), parse_number(whole)
        if k is None or n is None or not 0 <= k <= n or n < MIN_SLASH_TOTAL or n != int(n):
            continue
        arm = nearest_arm(doc, span, counts)
        if arm is not None:
            found.append({"n": int(n), "population": "analyzed", "arm": arm, "evidence": evidence(span)})
    return found


def extract(doc: Doc) -> None:
    data = state(doc)
    sizes: dict[tuple[int, str | None], dict] = {}
    for span in longest_first(spans(doc, "N_EQUALS", "POPULATION", "ENROLL_VERB", "N_VERB")):
        sentence = sent(span)
        if sentence.start == 0 or not (_TRIAL_CUE.search(span_text(sentence)) or _IN_GROUP.match(
                text_of(doc)[span.end_char:span.end_char + IN_GROUP_CHARS])):
            continue  # "There were 43 patients in the Reusable Group" needs no other cue
        after = text_of(doc)[span.end_char:span.end_char + 40]
        if span.label_ == "POPULATION" and ((_EVENT_AFTER.match(after) and not _WHO.match(after))
                                            or _SUBSET.search(span_text(span)) or _HYPOTHETICAL.match(after)
                                            or _COUNT_CONTEXT.search(text_of(doc)[max(0, span.start_char - 30):span.start_char])):
            continue
        n = _number(span)
        if n is None or _SCALE.search(span.text):
            continue  # "2.5 million people" is a population statistic, not a trial's
        arm = _arm_of(doc, span)
        context = text_of(doc)[max(sentence.start_char, span.start_char - 60):min(sentence.end_char, span.end_char + 60)]
        if span.label_ in ("ENROLL_VERB", "N_VERB"):
            context = span.text  # the verb of the size itself: "enrolled 57", "210 were randomized"
        sizes.setdefault((n, arm), {"n": n, "population": _population(context), "arm": arm,
                                    "evidence": evidence(span)})
    for size in _slash_denominators(doc) + _numbers_before_arms(doc):
        sizes.setdefault((size["n"], size["arm"]), size)
    for key, size in list(sizes.items()):
        start = size["evidence"]["start"]
        rounded = _APPROXIMATE.search(text_of(doc)[max(0, start - 20):start] + size["evidence"]["text"])
        if rounded and any(other is not size and other["arm"] == size["arm"] and other["n"] != size["n"]
                           and abs(other["n"] - size["n"]) <= ROUNDING * size["n"] for other in sizes.values()):
            del sizes[key]  # "nearly 2,500 men" beside "enrolled 2,499 men": one population, written twice
    data["sample_sizes"] = list(sizes.values())
    for arm in data.get("arms", []):
        if arm["n"] is None:
            linked = [s for s in sizes.values() if s["arm"] == arm["label"]]
            if len(linked) == 1:
                arm["n"] = linked[0]["n"]
                arm["evidence"] = _joined(doc, linked[0], arm["label"])
