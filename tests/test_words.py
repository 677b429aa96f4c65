"""Word boundaries: jieba-rs computes exactly the words jieba (HMM on) gives, on the paper and on any mix of scripts, but for
the words of `segmentation_joins` jieba cuts across a conjunction."""

from __future__ import annotations

import logging

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardtech_kg.extract.components import words_of, word_tags

jieba.setLogLevel(logging.WARNING)


@pytest.fixture(scope="module")
def reference():
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return lambda text: [(s, e) for _, s, e in tokenizer.tokenize(text, HMM=True)]


def test_the_papers_words_are_jiebas(reference, paper_text):
    assert list(words_of(paper_text)) == reference(paper_text)


def test_runs_without_han_are_cut_as_jieba_cuts_them(reference):
    text = "CAR-T细胞、CPU-GPU异构、2.1.11956、C++与AT&T、baidu.com、2010-2016年、Mole-8.5"
    words = [text[s:e] for s, e in words_of(text)]
    assert words == [text[s:e] for s, e in reference(text)]
    assert "CAR-T" not in words and "C++" in words and "AT&T" in words


_MIX = st.text(
    alphabet=st.sampled_from(list("国家重点实验室中国科学院武汉大学研究所合肥市") + list("abcXYZ0189.-_%#&+ ,，。、（）()《》“”\n\t")),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(_MIX)
def test_any_mix_of_scripts_gives_jiebas_words(reference, text):
    assert list(words_of(text)) == reference(text)


def test_word_tags_are_jiebas_dictionary_tags():
    """jieba's own table, but for the ordinary words it tags as names (`tag_corrections` in persons.toml)."""
    import jieba.posseg

    from hardtech_kg.extract import lexicon

    corrections = dict(lexicon.rules_toml("persons.toml")["tag_corrections"])
    assert corrections and all(jieba.posseg.dt.word_tag_tab.get(w) == "nr" for w in corrections)  # each corrects a name tag
    assert word_tags() == jieba.posseg.dt.word_tag_tab | corrections


def test_a_word_jieba_cuts_across_a_conjunction_is_joined_back(reference):
    """Carbon-neutrality news (round 29): jieba reads 碳中|和, and 和 then cut 武汉大学碳中和研究院 as "and"; the join is one word,
    the words around it jieba's."""
    text = "武汉大学碳中和研究院实现碳达峰碳中和目标，碳中"
    words = [text[s:e] for s, e in words_of(text)]
    assert words.count("碳中和") == 2 and "碳中" in words[-1:]
    assert [text[s:e] for s, e in reference(text)] != words and "".join(words) == text
