#!/usr/bin/env python3
"""Writes the character folding table of the BERT uncased tokenizer (lower-case, canonical decomposition, combining
marks removed) for the characters it changes, as `hex code point <TAB> hex code points of the result` (empty: the
character is dropped). Hangul syllables are left out: Claims.Semantic decomposes them by the Unicode algorithm.
.NET in invariant-globalization mode has no Unicode normalization, hence this table.

usage: python3 benchmarks/tools/bert-char-folding.py > src/Claims.Semantic/Resources/bert-char-folding.tsv
"""
import sys
import unicodedata

print(f"# BERT uncased character folding, Unicode {unicodedata.unidata_version}: code point, folded code points")
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF or 0xAC00 <= cp <= 0xD7A3:
        continue
    c = chr(cp)
    folded = "".join(ch for ch in unicodedata.normalize("NFD", c.lower()) if unicodedata.category(ch) != "Mn")
    if folded != c:
        print(f"{cp:X}\t{' '.join(f'{ord(ch):X}' for ch in folded)}")
