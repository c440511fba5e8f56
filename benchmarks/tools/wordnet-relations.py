#!/usr/bin/env python3
"""Generates src/Claims/Resources/wordnet-relations.tsv from WordNet 3.0 (apt-get install wordnet-base).

Output lines (lower-case single words only, to keep the resource small):
  ant<TAB>pos<TAB>word<TAB>antonym    direct antonyms with the part of speech WordNet lists them in (a adjective,
                                      v verb, n noun, r adverb): "recorded" / "live" are adjectives only, so the
                                      verbs "recorded" and "lived" are no antonyms
  syn<TAB>w1 w2 ...                   synonym sets of the first sense of every word, and the second of common words
  hyp<TAB>word<TAB>h1 h2 ...          hypernyms of a noun's (three levels) or verb's (two levels) first sense; multi-word
                                      lemmas by their head word
Usage: python3 benchmarks/tools/wordnet-relations.py [/usr/share/wordnet] > src/Claims/Resources/wordnet-relations.tsv
"""
import os
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
LETTER = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


def read_data(pos):
    synsets = {}
    with open(os.path.join(root, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, ss_type = fields[0], fields[2]
            w_cnt = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(w_cnt)]
            k = 4 + 2 * w_cnt
            p_cnt = int(fields[k])
            pointers = []
            for i in range(p_cnt):
                sym, target, tpos, st = fields[k + 1 + 4 * i: k + 5 + 4 * i]
                pointers.append((sym, target, tpos, int(st[:2], 16), int(st[2:], 16)))
            synsets[offset] = (words, pointers)
    return synsets


def clean(word):
    word = word.split("(")[0]
    return word if word.isalpha() and word.isascii() else None


def head(word):
    """The head of a multi-word lemma ("musical_instrument" is an "instrument"); single words unchanged."""
    return clean(word.split("(")[0].split("_")[-1])


def tagged_senses(pos):
    """word -> (synset offsets ordered by frequency, whether the word occurs in the sense-tagged corpus)."""
    result = {}
    with open(os.path.join(root, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
            tagsense_cnt = int(fields[5 + p_cnt])
            offsets = fields[6 + p_cnt: 6 + p_cnt + synset_cnt]
            # Common words (seen in the sense-tagged corpus) get two senses; the rest only their first sense.
            if clean(lemma):
                result[lemma] = (offsets, tagsense_cnt > 0)
    return result


out = set()
for pos in ["adj", "verb", "noun", "adv"]:
    data = read_data(pos)
    senses = tagged_senses(pos)
    tagged = {lemma for lemma, (_, common) in senses.items() if common}
    for offset, (words, pointers) in data.items():
        for sym, target, tpos, src, dst in pointers:
            if sym != "!" or src == 0 or dst == 0 or POS[tpos] != pos:
                continue
            a = clean(words[src - 1])
            b = clean(data[target][0][dst - 1])
            if a and b and a != b:
                out.add("ant\t%s\t%s\t%s" % (LETTER[pos], a, b))
    for lemma, (offsets, common) in senses.items():
        for offset in offsets[:2 if common else 1]:
            words = sorted({w for w in (clean(x) for x in data[offset][0]) if w})
            # A rare word's synonyms are kept only when they include a common word ("motorbike" = "motorcycle").
            if len(words) > 1 and (common or any(w in tagged for w in words)):
                out.add("syn\t" + " ".join(words))
        if common and pos in ("noun", "verb"):
            hypers = set()
            frontier = [offsets[0]]
            for _ in range(3 if pos == "noun" else 2):
                nxt = []
                for off in frontier:
                    for sym, target, tpos, _, _ in data[off][1]:
                        if sym in ("@", "@i") and POS[tpos] == pos:
                            nxt.append(target)
                            hypers.update(w for w in (head(x) for x in data[target][0]) if w)
                frontier = nxt
            hypers.discard(lemma)
            if hypers:
                out.add("hyp\t%s\t%s" % (lemma, " ".join(sorted(hypers))))

LICENSE = """WordNet Release 3.0

This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license.  By obtaining, using
and/or copying this software and database, you agree that you have
read, understood, and will comply with these terms and conditions.:

Permission to use, copy, modify and distribute this software and
database and its documentation for any purpose and without fee or
royalty is hereby granted, provided that you agree to comply with
the following copyright notice and statements, including the disclaimer,
and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal
use or for distribution.

WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
OTHER RIGHTS.

The name of Princeton University or Princeton may not be used in
advertising or publicity pertaining to distribution of the software
and/or database.  Title to copyright in this software, database and
any associated documentation shall at all times remain with
Princeton University and LICENSEE agrees to preserve same.
"""

print("# Derived from WordNet 3.0 by benchmarks/tools/wordnet-relations.py (antonyms with their part of speech, synonym sets, hypernyms). Do not edit.")
for line in LICENSE.splitlines():
    print(("# " + line).rstrip())
for line in sorted(out):
    print(line)
