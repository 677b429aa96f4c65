"""Full-text search that finds any substring of Chinese text, one character or many.

SQLite's default tokenizer does not segment Chinese (a run of Han characters is
one "word"), and FTS5's trigram tokenizer cannot find terms shorter than three
characters (量子). So every character of a paragraph is indexed as its own
token — its code point after width and case folding, spelled `u91cd` so that
the stock `unicode61` tokenizer keeps it whole — and a search term becomes a
phrase of the same tokens. Phrase adjacency is substring containment: a search
for 重点实验室 returns exactly the paragraphs that contain 重点实验室, with no
dictionary, no segmentation errors and no minimum length. Index and query must
use the same function, so both live here.
"""

from __future__ import annotations

import re
import unicodedata

_TERMS = re.compile(r'"([^"]*)"|(\S+)')


def char_tokens(text: str) -> str:
    """The indexed form of `text`: one token per character, width- and case-folded."""
    return " ".join(_tokens(text))


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for ch in text:
        for folded in unicodedata.normalize("NFKC", ch).lower():
            out.append(f"u{ord(folded):x}")
    return out


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression for a user's search.

    Terms separated by spaces must all occur (in any order); a term in double
    quotes may contain spaces. Each term matches as an exact substring.
    """
    if query.count('"') % 2:
        query += '"'
    phrases = []
    for quoted, bare in _TERMS.findall(query):
        term = quoted if quoted else bare
        tokens = _tokens(term)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"')
    # A query with no searchable character matches nothing rather than failing.
    return " ".join(phrases) or '"u0"'
