"""Trial-level facts: name, registry ids, phase, design tags and condition."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.tokens import Doc, Span

from ..record import DESIGN_TAGS
from ..scanning import fast_scanner
from ..resources import load_lexicon
from ..doctext import span_text, text_of
from .common import TEXT_LOWER, clean, heading_sentence, sent, spans, state

#: Tokens around a candidate name in which "trial" or "study" must stand.
NAME_WINDOW = 3
_TRIAL_WORD = re.compile(r"(?i)^(?:trials?|stud(?:y|ies))$")
_ROMAN_PHASE = re.compile(r"^(?:I{1,3}|IV)[ab]?$")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
_STAGE_PHASE = {"early": "1", "mid": "2", "midstage": "2", "late": "3"}
_CONDITION_HEAD = fast_scanner(
    r"(?i)\b(?:cancers?|carcinomas?|myelomas?|leukemias?|leukaemias?|lymphomas?|melanomas?|tumou?rs?|sarcomas?|"
    r"diseases?|syndromes?|disorders?|diabetes|failure|infections?|colitis|asthma|depression|hypertension|"
    r"obesity|stenosis|arthritis|hypogonadism|fibrillation|dementia|psoriasis|eczema|dermatitis|migraines?|"
    r"insomnia|schizophrenia|hepatitis(?: [A-E])?|HIV|COPD|sclerosis|epilepsy|osteoporosis|anemia|anaemia|"
    r"stroke|pain|hot flashes|menopause|overweight|smoking|alcoholism|addiction|autism|ADHD|glaucoma|"
    r"degeneration|cirrhosis|pneumonia|sepsis|influenza|flu|COVID-19|malaria|tuberculosis|fractures?)\b",
    lower=TEXT_LOWER)
_CONDITION_CUE = re.compile(r"(?i)\b(?:patients|people|women|men|adults|children|participants|those|subjects|"
                            r"individuals)\s+with\s+$|\b(?:for|treat(?:ing|s|ed)?|against|in)\s+$")
_NOT_MODIFIER = frozenset({"treat", "treating", "treated", "treatment", "treatments", "patients", "people", "drug", "drugs",
                           "therapy", "trial", "study", "women", "men", "adults", "children", "who", "had", "have",
                           "has", "new", "against", "prevent", "preventing", "reduce", "reducing", "deaths",
                           "die", "died"})
_SEVERITY = frozenset({"mild", "moderate"})
_MAX_MODIFIERS = 5
#: How many more mentions of a disease outweigh the other's "patients with" cue.
REPEATS_PER_CUE = 3


@cache
def _not_trial_names() -> frozenset[str]:
    return frozenset(entry.lower() for entry in load_lexicon("not_trial_names.txt"))


def name(doc: Doc, arm_labels: set[str]) -> str | None:
    excluded = _not_trial_names() | {a.lower() for a in arm_labels}
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for span in spans(doc, "TRIAL_NAME"):
        text = clean(span_text(span))
        if text.lower() in excluded or len(text) < 3 or _ROMAN_PHASE.match(text) or not _near_trial_word(doc, span):
            continue
        counts[text] += 1
        first.setdefault(text, span.start)
    if not counts:
        return None
    return max(counts, key=lambda t: (counts[t], -first[t]))


def _near_trial_word(doc: Doc, span: Span) -> bool:
    window = doc[max(sent(span).start, span.start - NAME_WINDOW):min(sent(span).end, span.end + NAME_WINDOW)]
    return any(_TRIAL_WORD.match(token.text) for token in window)


def phase(doc: Doc) -> str | None:
    for span in spans(doc, "PHASE"):
        text = span.text.lower()
        stage = re.match(r"(early|mid|late)[\s-]?stage|midstage", text)
        if stage:
            return _STAGE_PHASE[stage.group(1) or "midstage"]
        parts = re.findall(r"\b(iv|i{1,3}|[1-4])[ab]?\b", re.sub(r"^phases?\s*", "", text))
        numbers = [_ROMAN.get(p, p) for p in parts]
        if numbers:
            joined = "/".join(dict.fromkeys(numbers[:2]))
            if joined in ("1", "1/2", "2", "2/3", "3", "4"):
                return joined
    return None


def design(doc: Doc, arms: list[dict]) -> list[str]:
    tags = {span.id_.split(":", 1)[0] for span in spans(doc, "DESIGN")} & set(DESIGN_TAGS)
    if any(arm["role"] == "control" and arm["label"] in ("placebo", "sham") for arm in arms):
        tags.add("placebo-controlled")
    return [tag for tag in DESIGN_TAGS if tag in tags]


def condition(doc: Doc) -> str | None:
    """The disease as written: a condition head with its modifiers, after "patients with", "for", "in"."""
    candidates: list[tuple[int, str]] = []
    for head_start, head_end, _ in _CONDITION_HEAD.finditer(text_of(doc)):
        span = doc.char_span(head_start, head_end, alignment_mode="expand")
        if span is None or heading_sentence(doc, sent(span)) or sent(span).start == 0 \
                or any(token.like_url or "/" in token.text for token in span):
            continue
        start = _modifiers_start(doc, span)
        before = text_of(doc)[max(0, doc[start].idx - 30):doc[start].idx]
        score = 0 if _CONDITION_CUE.search(before) else 1
        candidates.append((score, clean(span_text(doc[start:span.end]))))
    if not candidates:
        return None
    lowered = text_of(doc).lower()
    # The disease the article keeps naming (in the title too) wins over one named in passing.
    counts: dict[str, int] = {}  # each word counted once, however many candidates end with it
    for _, name in candidates:
        word = name.lower().split()[-1]
        if word not in counts:
            counts[word] = lowered.count(word)
    mentions = {name: counts[name.lower().split()[-1]] for _, name in candidates}
    return min(candidates, key=lambda c: (c[0] - mentions[c[1]] // REPEATS_PER_CUE, -mentions[c[1]]))[1]


def _modifiers_start(doc: Doc, head: Span) -> int:
    """Walk left over the words that qualify a condition: ``moderate to severe ulcerative``,
    ``high-risk multiple``, ``advanced renal cell``."""
    start = head.start
    floor = max(sent(head).start, head.start - _MAX_MODIFIERS)
    while start > floor:
        token = doc[start - 1]
        if token.text == "-" and not token.whitespace_ and start - 2 >= floor and doc[start - 2].is_alpha \
                and not doc[start - 2].whitespace_:
            start -= 2
        elif token.like_num and start - 2 >= floor and doc[start - 2].lower_ == "type":
            start -= 2  # "type 2 diabetes"
        elif token.lower_ in ("'s", "\u2019s") and start - 2 >= floor and doc[start - 2].is_title:
            start -= 2  # "Crohn's disease"
        elif token.lower_ == "to" and start - 2 >= floor and doc[start - 2].lower_ in _SEVERITY:
            start -= 2
        elif token.lower_ in ("or", "and") and start - 2 >= floor and doc[start - 2].is_alpha and doc[start - 2].is_lower \
                and not doc[start - 2].is_stop and doc[start - 2].lower_ not in _NOT_MODIFIER:
            start -= 2  # "obese or overweight adults"
        elif token.is_alpha and not token.is_stop and token.lower_ not in _NOT_MODIFIER \
                and (token.is_lower or token.is_upper):
            start -= 1
        else:
            break
    return start


def extract(doc: Doc) -> None:
    data = state(doc)
    arms = data.get("arms", [])
    registry = list(dict.fromkeys(re.sub(r"(?i)^EudraCT(?:\s+(?:No\.?|number))?:?\s*", "", s.text)
                                  for s in spans(doc, "REGISTRY")))
    data["trial"] = {
        "name": name(doc, {a["label"] for a in arms}),
        "registry_ids": registry,
        "phase": phase(doc),
        "design": design(doc, arms),
        "condition": condition(doc),
    }
