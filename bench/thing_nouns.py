"""Write ``patterns/thing_nouns.txt``: the nouns WordNet 3.0 knows only as things, never as
something measured.

WordNet files every noun sense under one lexicographer class (``noun.body``, ``noun.state``,
``noun.act``, ...). A measured outcome is a state, an event, a process, an act, an attribute, a
quantity, a feeling, a substance (``pain``, ``death``, ``relapse``, ``weight``, ``glucose``); a noun
whose *every* sense is a body part, an artifact, a person, a place, a group, an object, a food, an
animal, a plant, a shape or a piece of communication (``hip``, ``stent``, ``responder``, ``Asian``,
``questionnaire``) names what was measured on or by, never the outcome itself. Only single
lower-case words are written (a name in capitals is an acronym or a proper name).

    python bench/thing_nouns.py [WORDNET_DIR]

``WORDNET_DIR`` holds WordNet's ``index.noun`` and ``data.noun`` (default ``/usr/share/wordnet``,
where Debian's ``wordnet-base`` package puts them). WordNet's licence is
``patterns/WORDNET_LICENSE.txt``.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: WordNet's lexicographer file numbers of the noun classes that name things (``lexnames``).
THING_CLASSES = {5: "animal", 6: "artifact", 8: "body", 10: "communication", 13: "food", 14: "group",
                 15: "location", 17: "object", 18: "person", 20: "plant", 25: "shape"}
OUT = Path(__file__).resolve().parents[1] / "patterns" / "thing_nouns.txt"
HEADER = """\
# Nouns that WordNet 3.0 (Princeton University; licence in WORDNET_LICENSE.txt) knows only as things:
# every sense of the word is filed as noun.animal, artifact, body, communication, food, group,
# location, object, person, plant or shape (hip, stent, responder, Asian, questionnaire). Such a
# noun, as the head of a phrase, names no measured outcome (linking/phrases.py:names_a_thing).
# Written by bench/thing_nouns.py from WordNet's index.noun and data.noun; do not edit by hand.
"""


def _data_lines(path: Path):
    for line in path.read_text(encoding="latin-1").splitlines():
        if line and not line.startswith("  "):  # the licence opens each file, indented
            yield line


def thing_nouns(wordnet: Path) -> list[str]:
    lexfile = {}
    for line in _data_lines(wordnet / "data.noun"):
        offset, number = line.split(" ", 2)[:2]
        lexfile[offset] = int(number)
    words = []
    for line in _data_lines(wordnet / "index.noun"):
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        offsets = fields[4 + pointers + 2:]
        if lemma.isalpha() and lemma.islower() and all(lexfile[o] in THING_CLASSES for o in offsets):
            words.append(lemma)
    return sorted(words)


def main() -> None:
    wordnet = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    OUT.write_text(HEADER + "\n".join(thing_nouns(wordnet)) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
