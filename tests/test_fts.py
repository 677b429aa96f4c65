"""hardtech_kg.fts: per-character tokens make search an exact substring test, for any length."""

from __future__ import annotations

import sqlite3
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from hardtech_kg.fts import char_tokens, fts_query

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40)
TEXT = st.text(alphabet=st.one_of(CJK, st.sampled_from(string.ascii_letters + string.digits + " ，。、%-")), min_size=1, max_size=40)


def search(texts: list[str], query: str) -> set[int]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, content='', tokenize='unicode61')")
    conn.executemany("INSERT INTO t (rowid, text) VALUES (?, ?)", [(i, char_tokens(t)) for i, t in enumerate(texts)])
    return {row[0] for row in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", [fts_query(query)])}


def fold(text: str) -> str:
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", ch).lower() for ch in text)


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(TEXT, min_size=1, max_size=8), pick=st.integers(0, 7), a=st.integers(0, 40), n=st.integers(1, 6))
def test_search_returns_exactly_the_texts_containing_the_term(texts, pick, a, n):
    source = texts[pick % len(texts)]
    term = source[a % len(source) :][:n].strip()
    if not term or " " in term:
        return
    expected = {i for i, t in enumerate(texts) if fold(term) in fold(t)}
    assert search(texts, term) == expected


def test_one_and_two_character_terms_are_found():
    texts = ["量子计算机", "计算机视觉", "国家重点实验室", "重点", "科创板上市"]
    assert search(texts, "量子") == {0}
    assert search(texts, "机") == {0, 1}
    assert search(texts, "重点实验室") == {2}
    assert search(texts, "重点") == {2, 3}


def test_terms_separated_by_spaces_must_all_occur():
    texts = ["量子通信与人工智能", "量子计算", "人工智能"]
    assert search(texts, "量子 人工智能") == {0}
    assert search(texts, '"子通信与人"') == {0}


def test_width_and_case_are_folded():
    assert search(["ＩＢＭ 公司", "ibm", "IBN"], "IBM") == {0, 1}


def test_unbalanced_quote_and_empty_query_do_not_fail():
    assert search(["量子"], '"量子') == {0}
    assert search(["量子"], "   ") == set()
