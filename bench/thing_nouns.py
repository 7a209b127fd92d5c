"""Write ``patterns/thing_nouns.txt`` and ``patterns/relational_adjectives.txt`` from WordNet 3.0:
the nouns WordNet knows only as things, never as something measured, and the adjectives that
only relate a noun to another (``femoral``: of the femur).

WordNet files every noun sense under one lexicographer class (``noun.body``, ``noun.state``,
``noun.act``, ...). A measured outcome is a state, an event, a process, an act, an attribute, a
quantity, a feeling, a substance (``pain``, ``death``, ``relapse``, ``weight``, ``glucose``); a noun
whose *every* sense is a body part, an artifact, a person, a place, a group, an object, a food, an
animal, a plant, a shape or a piece of communication (``hip``, ``stent``, ``responder``, ``Asian``,
``questionnaire``) names what was measured on or by, never the outcome itself. Each noun is
written with ``p`` when every sense is a person or a group of people, ``b`` when a sense is a part of
the body, else ``t``. A sense filed under ``noun.body`` counts only where it is a body part
(below ``body_part`` in WordNet's hypernyms): ``insulin``, ``saliva`` and ``melatonin`` are measured. A noun that looks
like the plural of a thing but is no thing (``hives``, ``falls``) is written with ``-``.

WordNet files adjectives as descriptive (``adj.all``: ``dry``, ``sore``) or relational
(``adj.pert``: ``femoral``, ``cardiac``); the second list holds the adjectives with no descriptive
sense. Only single lower-case words are written (a name in capitals is an acronym or a name).

    python bench/thing_nouns.py [WORDNET_DIR]

``WORDNET_DIR`` holds WordNet's ``index.noun``, ``data.noun`` and ``data.adj`` (default
``/usr/share/wordnet``, where Debian's ``wordnet-base`` package puts them). WordNet's licence is
``patterns/WORDNET_LICENSE.txt``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from trialnews.linking.phrases import singulars  # the plurals the pipeline reads the lists with

#: WordNet's lexicographer file numbers of the noun classes that name things (``lexnames``).
THING_CLASSES = {5: "animal", 6: "artifact", 8: "body", 10: "communication", 13: "food", 14: "group",
                 15: "location", 17: "object", 18: "person", 20: "plant", 25: "shape"}
#: The classes of people: a noun all of whose senses are these names people (``p``).
PEOPLE_CLASSES = {14, 18}
#: The class of parts of the body: a noun with a sense of it names one (``b``: a symptom when a
#: descriptive adjective says its state, ``dry mouth``).
BODY_CLASS = 8
#: A sense of the body that is no part of it (a hormone, a fluid): measured like a substance.
BODY_SUBSTANCE = 27
#: WordNet's lexicographer file numbers of descriptive and relational adjectives.
ADJ_ALL, ADJ_PERT = 0, 1
PATTERNS = Path(__file__).resolve().parents[1] / "patterns"
SOURCE = "WordNet 3.0 (Princeton University; licence in WORDNET_LICENSE.txt)"
NOUN_HEADER = f"""\
# Nouns that {SOURCE} knows only as things: every sense of the word is filed as noun.animal,
# artifact, body, communication, food, group, location, object, person, plant or shape (hip, stent,
# responder, Asian, questionnaire). Such a noun, as the head of a phrase, names no measured outcome
# (linking/phrases.py:names_a_thing). A word, a tab, and p (every sense a person or a group of
# people), b (a sense is a part of the body), t (another thing) or - (no thing, though it looks like
# the plural of one: hives, falls).
# Written by bench/thing_nouns.py from WordNet's index.noun and data.noun; do not edit by hand.
"""
ADJ_HEADER = f"""\
# Adjectives that {SOURCE} knows only as relational (adj.pert, "of or relating to"): femoral,
# cardiac, lumbar. Before a noun that names a thing they say which thing (the femoral neck), where a
# descriptive adjective says its state (dry mouth, a sore throat: linking/phrases.py:thing_headed).
# Written by bench/thing_nouns.py from WordNet's data.adj; do not edit by hand.
"""


def _data_lines(path: Path):
    for line in path.read_text(encoding="latin-1").splitlines():
        if line and not line.startswith("  "):  # the licence opens each file, indented
            yield line


def _synsets(wordnet: Path) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Each noun synset's lexicographer file and its hypernyms (``@``, ``@i``), by offset."""
    lexfile, hypernyms = {}, {}
    for line in _data_lines(wordnet / "data.noun"):
        fields = line.split()
        offset, words = fields[0], int(fields[3], 16)
        at = 4 + 2 * words
        count = int(fields[at])
        pointers = [fields[at + 1 + 4 * i:at + 5 + 4 * i] for i in range(count)]
        lexfile[offset] = int(fields[1])
        hypernyms[offset] = [p[1] for p in pointers if p[0] in ("@", "@i")]
    return lexfile, hypernyms


def _under(offset: str, roots: set[str], hypernyms: dict[str, list[str]]) -> bool:
    seen, todo = set(), [offset]
    while todo:
        current = todo.pop()
        if current in roots:
            return True
        if current not in seen:
            seen.add(current)
            todo.extend(hypernyms.get(current, ()))
    return False


def noun_kinds(wordnet: Path) -> dict[str, str]:
    lexfile, hypernyms = _synsets(wordnet)
    senses = {}
    for line in _data_lines(wordnet / "index.noun"):
        fields = line.split()
        senses[fields[0]] = fields[4 + int(fields[3]) + 2:]
    parts = set(senses["body_part"])
    classes = {}
    for lemma, offsets in senses.items():
        if lemma.isalpha() and lemma.islower():
            # a sense of the body that is no part of it (a hormone, a fluid: insulin, saliva) is measured
            classes[lemma] = {BODY_SUBSTANCE if lexfile[o] == BODY_CLASS and not _under(o, parts, hypernyms)
                              else lexfile[o] for o in offsets}
    things = {w for w, found in classes.items() if found <= set(THING_CLASSES)}
    kinds = {}
    for word in things:
        if any(s in classes and s not in things for s in singulars(word)):
            continue  # "falls", "sessions": the plural of something that is no thing
        kinds[word] = "p" if classes[word] <= PEOPLE_CLASSES else "b" if BODY_CLASS in classes[word] else "t"
    for word in set(classes) - things:
        if set(singulars(word)) & things:
            kinds[word] = "-"  # "hives": no thing, though "hive" is one
    return kinds


def relational_adjectives(wordnet: Path) -> list[str]:
    kinds: dict[str, set[int]] = {}
    for line in _data_lines(wordnet / "data.adj"):
        fields = line.split()
        count = int(fields[3], 16)
        for i in range(count):
            word = fields[4 + 2 * i].split("(")[0]
            if word.isalpha() and word.islower():
                kinds.setdefault(word, set()).add(int(fields[1]))
    return sorted(w for w, found in kinds.items() if found == {ADJ_PERT})


def main() -> None:
    parser = argparse.ArgumentParser(description="Write patterns/thing_nouns.txt and "
                                     "patterns/relational_adjectives.txt from WordNet 3.0.")
    parser.add_argument("wordnet", nargs="?", type=Path, default=Path("/usr/share/wordnet"), metavar="WORDNET_DIR",
                        help="the folder of WordNet's index.noun, data.noun and data.adj (default: %(default)s)")
    wordnet = parser.parse_args().wordnet
    kinds = noun_kinds(wordnet)
    (PATTERNS / "thing_nouns.txt").write_text(
        NOUN_HEADER + "".join(f"{w}\t{kinds[w]}\n" for w in sorted(kinds)), encoding="utf-8")
    (PATTERNS / "relational_adjectives.txt").write_text(
        ADJ_HEADER + "\n".join(relational_adjectives(wordnet)) + "\n", encoding="utf-8")
    print(f"wrote {len(kinds)} nouns and the relational adjectives to {PATTERNS}")


if __name__ == "__main__":
    main()
