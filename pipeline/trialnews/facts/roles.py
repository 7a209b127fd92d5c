"""Arms' roles: which group is the comparator (``control``) and which the tested treatments.

The arms component marks a placebo, sham, usual care or observation group as the control from its
name (``patterns/controls.txt``). Abstracts often name the comparator otherwise, and say which it is
by how they write it:

- by a word of its name (``patterns/comparator_words.txt``): ``tamoxifen alone``, ``standard
  chemotherapy``, ``no radiotherapy``, ``non-XRT``;
- by the order of a comparison (``patterns/comparator_cues.txt``): the group written after
  ``compared with``, ``versus``, ``than`` is measured against, the group written just before it is
  the one tested (``anastrozole versus tamoxifen``, ``Compared with placebo, X ...``). Every such
  comparison in the text is a vote; the group with the most votes as the comparator (and more than
  as the tested one) is the control.

- by adding to it (an add-on design, in an abstract or an allocation list): a group whose name is another group's name with a treatment
  joined after it (``DC`` and ``DC plus ralumab (DCR)``, ``chemotherapy`` and ``chemotherapy
  with X``: ``patterns/treatment_joiners.txt``) tests what it adds, and the group without it is the
  comparator (not when what is added is inert: ``X plus placebo`` is itself the comparator).

A trial whose text already names a control keeps it; a name that says ``comparator`` wins over
an addition, and an addition over the order of comparisons; ties decide nothing (both arms stay
experimental).

Last, in an abstract whose two allocated groups hold no control (a trial that names none, or
only one outside the two, as the placebo of a double-dummy design), the order in which it
allocates two groups with their sizes, or, where no sentence allocates them as a list, the order
in which it first gives the two groups' sizes (a group named as the comparator wins over the
order): the treatment tested first, its comparator second (``randomly assigned to X (n = 120) or
Y (n = 118)``, ``The X arm had 40 assessable patients; the Y arm had 38``:
:func:`comparator_by_order`, called by ``facts/allocation.py``, which finds the second order with
``sized_order``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.tokens import Doc

from ..reading.doctext import text_of
from ..reading.kind import is_abstract
from ..resources import load_lexicon, phrase_regex, word_set
from ..scanning import compile_pattern
from .common import spans

#: Characters before or after an arm's mention searched for a comparison cue (``compared with the``).
CUE_CHARS = 40
#: Words that may stand between a comparison cue and the group it introduces (``than those given``,
#: ``versus standard``), and how many of them.
BETWEEN_WORDS = "comparator_between_words.txt"
MAX_BETWEEN_WORDS = 4


@cache
def _between() -> str:
    words = sorted(load_lexicon(BETWEEN_WORDS), key=len, reverse=True)
    return r"(?:(?:" + "|".join(re.escape(word) for word in words) + r")\s+){0," + str(MAX_BETWEEN_WORDS) + "}"


@cache
def _before_comparator() -> re.Pattern[str]:
    """A cue ending right before a group's name: ``compared with (the) X``."""
    return compile_pattern(r"(?i)(?<![\w-])" + phrase_regex("comparator_cues.txt") + r"\s+" + _between() + r"$")


@cache
def _after_tested() -> re.Pattern[str]:
    """A cue right after a group's name (past a bracket): ``X (n = 120) versus``."""
    return compile_pattern(r"(?i)^\s*(?:\([^()]{0,60}\)\s*)?(?:group|arm|groups|arms)?\s*,?\s*"
                           + phrase_regex("comparator_cues.txt") + r"(?![\w-])")


def named_as_comparator(arm: dict) -> bool:
    """Whether a word of the arm's label or intervention names a comparator (``tamoxifen alone``,
    ``standard chemotherapy``: ``patterns/comparator_words.txt``)."""
    words = set()
    for name in (arm.get("label") or "", arm.get("intervention") or ""):
        words |= {w for w in re.split(r"[^\w]+", name.lower()) if w}
    return bool(words & word_set("comparator_words.txt"))


def comparison_votes(doc: Doc) -> Counter[str]:
    """For each arm label, how many times the text writes it as the comparator of a comparison
    less how many times as the treatment tested."""
    text = text_of(doc)
    votes: Counter[str] = Counter()
    for mention in spans(doc, "ARM_MENTION"):
        before = text[max(0, mention.start_char - CUE_CHARS):mention.start_char]
        after = text[mention.end_char:mention.end_char + CUE_CHARS]
        if _before_comparator().search(before):
            votes[mention.label_] += 1
        if _after_tested().match(after):
            votes[mention.label_] -= 1
    return votes


def _words_of(name: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", name.lower()) if w]


def _names(arm: dict) -> tuple[str, ...]:
    return tuple(name for name in (arm.get("label") or "", arm.get("intervention") or "") if name)


def inactive_name(name: str) -> bool:
    """Whether a word of ``name`` says the group gets no active treatment of its own (``placebo``,
    ``sham``: ``patterns/inactive_comparators.txt``)."""
    return bool(set(_words_of(name)) & word_set("inactive_comparators.txt"))


def _inactive(arm: dict) -> bool:
    """An arm whose name (or spelled-out short form) says it gets no active treatment of its own:
    ``exemestane plus placebo`` (``EP``), ``sham treatment`` (``patterns/inactive_comparators.txt``)."""
    return any(inactive_name(name) for name in _names(arm))


def _dosed(arm: dict) -> bool:
    return any(char.isdigit() for char in arm.get("label") or "")


def _treatment_of(name: str) -> tuple[str, ...]:
    """A name's words without the words that mark a comparator: ``tamoxifen alone`` -> ``tamoxifen``."""
    return tuple(w for w in _words_of(name) if w not in word_set("comparator_words.txt"))


def _same_as_controls(arms: list[dict]) -> None:
    """An arm that is another name of a control arm is the control too: its short form or its
    spelling (``WBI`` for ``whole breast irradiation``, ``TAM`` for ``tamoxifen alone``), or an
    arm whose name says it is inactive (``EP``, exemestane plus placebo; ``sham treatment``),
    beside a control named otherwise."""
    controls = [arm for arm in arms if arm["role"] == "control"]
    if not controls or len(controls) == len(arms):
        return
    # "sham acupuncture" less "sham" is the tested treatment, not another name of the control; a
    # control named by its dose ("X 20 mg") is one dose of a drug the tested arms take too
    treatments = {_treatment_of(name) for arm in controls if not _dosed(arm)
                  for name in _names(arm) if not inactive_name(name)} - {()}
    same = [arm for arm in arms if arm["role"] != "control" and (_inactive(arm) or not _dosed(arm) and any(
        _treatment_of(name) in treatments for name in _names(arm)))  # "X 18.5 mg" is a dose of X, no other name
        and not any(_adds_to(arm, control) for control in controls)]  # "X plus Y" beside the control X tests Y
    if len(controls) + len(same) < len(arms):  # a trial keeps a tested arm
        for arm in same:
            arm["role"] = "control"


def settle_roles(doc: Doc, arms: list[dict]) -> None:
    """Mark the comparator of ``arms`` as ``control`` where the text says which it is (see the
    module's docstring); leave the roles as they are otherwise. Another name of the control, or
    an arm named as inactive, is a control too (:func:`_same_as_controls`)."""
    _comparator_named(doc, arms)
    _same_as_controls(arms)


def _comparator_named(doc: Doc, arms: list[dict]) -> None:
    """The comparator named as such, or by the order of comparisons, in a trial that names no control."""
    if len(arms) < 2 or any(arm["role"] == "control" for arm in arms):
        return
    named = [arm for arm in arms if named_as_comparator(arm)]
    if len(named) == 1 and len(named) < len(arms):
        named[0]["role"] = "control"
        return
    base = added_to_base(arms) if is_abstract(doc) else None  # a story names combinations in passing
    if base is not None:
        base["role"] = "control"
        return
    votes = comparison_votes(doc)
    ranked = sorted(((votes.get(arm["label"], 0), index) for index, arm in enumerate(arms)), reverse=True)
    best, index = ranked[0]
    if best > 0 and ranked[1][0] < best:
        arms[index]["role"] = "control"


def comparator_by_order(arms: list[dict], allocated: list[str], sized: frozenset[str] = frozenset()) -> None:
    """The second of ``allocated``, the two groups the abstract's first allocating sentence lists
    with their sizes or, where no sentence allocates them as a list, the two groups in the order
    their sizes are first given (``facts/allocation.py:sized_order``), is the control, where
    neither of them is one yet (CONSORT abstracts name the tested treatment first: ``randomized
    to X (n = 120) or Y (n = 118)``, ``The X arm had 40 assessable patients; the Y arm had 38``).
    A control outside the two, and given no size (``sized`` holds the labels of the arms the
    abstract gives one), does not stop it: the placebo of a double-dummy design, a ``control``
    word of the background; the comparator of two allocated treatments is one of them. Of the
    two, the one named as the comparator (``standard X``, ``X alone``) or by the name of that
    control (``external WBI`` beside ``WBI``) is it, wherever it stands. More than two groups, a
    control among the two, or a control with a size of its own decide nothing."""
    if len(allocated) != PAIR_SIZE:
        return
    first, second = (next((arm for arm in arms if arm["label"] == label), None) for label in allocated)
    if first is None or second is None or first is second or "control" in (first["role"], second["role"]):
        return
    controls = [arm for arm in arms if arm["role"] == "control"]
    if not controls:
        base = added_to_base([first, second])
        (base or second)["role"] = "control"  # "DC (n = 210) or DCR (n = 208)", DCR being DC plus X: DC
        return
    if any(arm.get("n") is not None or arm["label"] in sized for arm in controls):
        return  # a control allocated with a size of its own: the two are not the trial's only groups
    named = [arm for arm in (first, second) if named_as_comparator(arm) or _names_a_control(arm, controls)]
    (named[0] if len(named) == 1 else second)["role"] = "control"


def _name_words(name: str) -> list[str]:
    """A name's words with its joining marks (``DC plus ralumab``, ``X + Y``)."""
    return re.findall(r"[\w-]+|\+", name.lower())


def _adds_to(arm: dict, base: dict) -> bool:
    """Whether a name of ``arm`` is a name of ``base`` with a treatment joined after it (``DC plus
    ralumab`` to ``DC``: ``patterns/treatment_joiners.txt``), and what it adds is no inert
    control (``X plus placebo`` adds nothing tested)."""
    joiners = word_set("treatment_joiners.txt")
    for name in _names(arm):
        words = _name_words(name)
        for base_name in _names(base):
            head = _name_words(base_name)
            if head and len(words) > len(head) + 1 and words[:len(head)] == head and words[len(head)] in joiners \
                    and not inactive_name(" ".join(words[len(head) + 1:])):
                return True
    return False


def added_to_base(arms: list[dict]) -> dict | None:
    """The comparator of an add-on design: the one arm another arm adds a treatment to (``DC``
    beside ``DC plus ralumab``), where exactly one arm adds to exactly one other."""
    pairs = [(arm, base) for arm in arms for base in arms if arm is not base and _adds_to(arm, base)]
    if len(pairs) != 1:
        return None
    return pairs[0][1]


def _names_a_control(arm: dict, controls: list[dict]) -> bool:
    """Whether every word of a control's name is a word of the arm's (``external WBI``: ``WBI``)."""
    words = {w for name in _names(arm) for w in _words_of(name)}
    return any(set(_words_of(name)) <= words for control in controls for name in _names(control) if _words_of(name))


#: The number of groups of a pair, whose order names the comparator: the tested one and its
#: comparator, one value each (linking/pairorder.py reads it too).
PAIR_SIZE = 2
