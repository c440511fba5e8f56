#!/usr/bin/env python3
"""Generates src/Claims/Resources/wordnet-lexnames.tsv from WordNet 3.0 (apt-get install wordnet-base).

The lexicographer class of a word's commonest senses ("verb.communication", "noun.person", ...): a coarse meaning
class the attribution tagger reads beside the word itself, so a cue verb it never saw in training ("pledged", "cited")
still looks like the ones it saw. Output lines (lower-case single words only):
  class<TAB>w1 w2 ...     every word whose first sense (first two for words in the sense-tagged corpus) is in class
Verbs keep all fifteen verb classes; nouns only the classes that tell a speaker, a message or a time apart.
Usage: python3 benchmarks/tools/wordnet-lexnames.py [/usr/share/wordnet] > src/Claims/Resources/wordnet-lexnames.tsv
"""
import os
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
LEXNAMES = {4: "noun.act", 9: "noun.cognition", 10: "noun.communication", 11: "noun.event", 12: "noun.feeling",
            14: "noun.group", 15: "noun.location", 18: "noun.person", 26: "noun.state", 28: "noun.time",
            29: "verb.body", 30: "verb.change", 31: "verb.cognition", 32: "verb.communication", 33: "verb.competition",
            34: "verb.consumption", 35: "verb.contact", 36: "verb.creation", 37: "verb.emotion", 38: "verb.motion",
            39: "verb.perception", 40: "verb.possession", 41: "verb.social", 42: "verb.stative", 43: "verb.weather"}


def lex_files(pos):
    """synset offset -> lexicographer file number."""
    result = {}
    with open(os.path.join(root, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                fields = line.split(" ", 2)
                result[fields[0]] = int(fields[1])
    return result


def clean(word):
    return word if word.isalpha() and word.isascii() and word.islower() else None


classes = {}
for pos in ["verb", "noun"]:
    files = lex_files(pos)
    with open(os.path.join(root, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
            if not clean(lemma):
                continue
            common = int(fields[5 + p_cnt]) > 0
            offsets = fields[6 + p_cnt: 6 + p_cnt + synset_cnt]
            for offset in offsets[:2 if common else 1]:
                name = LEXNAMES.get(files[offset])
                if name:
                    classes.setdefault(name, set()).add(lemma)

LICENSE = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "Claims", "Resources",
                            "WORDNET-LICENSE.txt"), encoding="utf-8").read()
print("# Derived from WordNet 3.0 by benchmarks/tools/wordnet-lexnames.py (lexicographer classes). Do not edit.")
for line in LICENSE.splitlines():
    print(("# " + line).rstrip())
for name in sorted(classes):
    print(name + "\t" + " ".join(sorted(classes[name])))
