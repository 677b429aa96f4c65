"""Sentence and clause spans of a block, with the mentions in each: the unit the fact modules read."""

from __future__ import annotations

import re
from bisect import bisect_left

from .model import Block, Mention

SENTENCE_END = re.compile(r"[。！？!?；;]|\n")
FULL_STOP = re.compile(r"[。！？!?]|\n")
# A "sentence" longer than this (a text without stops) is cut into pieces, after a
# comma where one lies in the second half of a piece, and no evidence span is
# longer: every fact a sentence supports quotes it, and quotes must stay small.
MAX_SENTENCE_CHARS = 500


def sentences(text: str, offset: int = 0, clauses: bool = True, max_chars: int | None = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Sentence spans of `text` (shifted by `offset`); with `clauses`, ；-separated clauses too.

    A sentence longer than `max_chars` is cut into pieces (None: never)."""
    out, start = [], 0
    for m in (SENTENCE_END if clauses else FULL_STOP).finditer(text):
        end = m.end() if m.group(0) != "\n" else m.start()
        out += [(offset + s, offset + e) for s, e in _pieces(text, start, end, max_chars) if text[s:e].strip()]
        start = m.end()
    out += [(offset + s, offset + e) for s, e in _pieces(text, start, len(text), max_chars) if text[s:e].strip()]
    return out


def _pieces(text: str, start: int, end: int, max_chars: int | None):
    """[start, end) in pieces of at most `max_chars`, each cut after a comma in its second half if there is one."""
    while max_chars is not None and end - start > max_chars:
        limit = start + max_chars
        cut = max(text.rfind(ch, start + max_chars // 2, limit) for ch in "，,、") + 1 or limit
        yield start, cut
        start = cut
    yield start, end


def sentence_mentions(block: Block, block_mentions: list[Mention], clauses: bool = True, max_chars: int | None = MAX_SENTENCE_CHARS):
    """Each sentence of `block` as (start, end, the mentions that start in it, in text order)."""
    ordered = sorted(block_mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for s, e in sentences(block.text, block.start, clauses, max_chars):
        yield s, e, ordered[bisect_left(starts, s) : bisect_left(starts, e)]
