"""Fuzzing the extraction stages: any text goes through segment → mentions → relations → observations
without an exception, and every mention and every piece of evidence is an exact span of the stored text.

The texts mix CJK, ASCII, digits, the punctuation the rules react to and words
that trigger each extractor (institution suffixes, list triggers and counts,
dates, titles, index phrases), so the rules, not only the tokenizer, get hostile
input. The linear-time replacements of quadratic helpers (spaCy's character
alignment, candidate selection, quotation lookup) are checked against the
straightforward definitions.
"""

from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.util import get_words_and_spaces

from hardtech_kg.errors import HardtechError
from hardtech_kg.extract.components import Candidate, _Quotes, char_words, select
from hardtech_kg.extract.decode import decode_bytes
from hardtech_kg.extract.layout import load_rules
from hardtech_kg.extract.mentions import mentions
from hardtech_kg.extract.model import Extraction
from hardtech_kg.extract.observations import component_id, global_index, index_entities, observations
from hardtech_kg.extract.relations import relations
from hardtech_kg.extract.schemes import find_schemes
from hardtech_kg.extract.segment import segment
from hardtech_kg.extract.sentences import sentences

WORDS = [
    "国家重点实验室", "大学", "研究所", "中国科学院", "有限公司", "武汉市", "北京", "上海市", "纽约", "拥有", "建有",
    "等", "个", "所", "共", "2019年", "8月", "15日", "二〇一九年十月", "战略", "行动计划", "发布", "印发", "·", "教授",
    "人工智能", "量子计算", "芯片", "领域的创新指数TOP10为：", "（52.47）", "梯队", "属于第一", "门槛", "各15%", "^[1]",
    "[1] ", "图 1 ", "表 2 ", "一、", "1.1 ", "（1）", "①", "目 录\n", "\t1\n", "\t", "八大领域，涵盖",
]
# Whole phrases of the genre, so that random text around them reaches the relation and index rules.
PHRASES = [
    "武汉市拥有华中科技大学、武汉大学等高校2所。", "北京拥有中国科学院物理研究所、化学研究所等研究所2个；",
    "2019年8月，清华大学研制成功类脑芯片。", "2019年7月，欧盟发布《人工智能发展规划》。", "“人才特区”战略",
    "北京市和上海市属于第一梯队", "其余 3 个城市属于第二梯队", "人工智能领域的创新指数TOP10为：北京（52.47）、上海（50.1）、纽约（49.2）",
    "甲乙丙领域的创新指数TOP10为：东京（52.47）、北京（50.1）、纽约（49.2）",
    "进入人工智能领域创新指数 TOP10 的“门槛”由 2018 年的 52.47（洛杉矶）[注。]提升至 57.96",
    "产业创新基础和产业创新环境各 15%，", "\n\n一级指标\t序号\t二级指标\n创新基础\t1\t国家重点实验室数量（个）\n\t2\t高等学校数量（个）\n\n",
    "\n\n排名\t城市\t国别\t综合指数得分\n1\t纽约\t美国\t80.1\n2\t北京\t中国\t79.5\n\n",
    "\n\n城市\t创新基础\t\n\t得分\t排名\n武汉\t0.5\t3\n\n", "硬科技八大领域，涵盖光电芯片、人工智能、航空航天、生物技术、信息技术、新材料、新能源、智能制造等",
]
PIECES = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from(list("《》“”（）()、；。，：！？%0123456789") + ["\n", "\n\n", " ", "\u3000"]),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(PHRASES),
)
TEXTS = st.lists(PIECES, max_size=150).map("".join)
RULES = load_rules()


def extract(text: str):
    """The stages as `build` runs them on one document."""
    document = segment(text, RULES, "标题")
    found = mentions(document)
    schemes = find_schemes(document)
    extraction = relations(document, found, "doc", schemes)
    domains = tuple(c.label for s in schemes if s.key == "index_domains" for c in s.concepts)
    indexes = [i for i in (observations(document), global_index(document, domains)) if i is not None]
    for index in indexes:
        entities, facts = index_entities(index, "doc", extraction)
        extraction = Extraction(extraction.entities + tuple(entities), extraction.facts + tuple(facts), extraction.mention_entity)
    return document, found, extraction, indexes


def assert_span(document, block: int, start: int, end: int) -> None:
    assert 0 <= block < len(document.blocks)
    owner = document.blocks[block]
    assert owner.start <= start <= end <= owner.end, (block, start, end)


@settings(max_examples=1000, deadline=None)
@given(text=TEXTS)
def test_any_text_extracts_with_exact_offsets(text):
    document, found, extraction, indexes = extract(text)
    for m in found:
        assert document.text[m.start : m.end] == m.text and m.text
        assert_span(document, m.block, m.start, m.end)
    assert len(extraction.mention_entity) == len(found)
    ids = {e.id for e in extraction.entities}
    for fact in extraction.facts:
        assert fact.evidence or fact.background is not None, fact  # a passage, or a gazetteer entry
        for ev in fact.evidence:
            assert_span(document, ev.block, ev.start, ev.end)
        assert fact.subject in ids, fact
    for index in indexes:
        for o in index.observations:
            for ev in o.evidence:
                assert_span(document, ev.block, ev.start, ev.end)
            component = component_id(index, "doc", o.component)
            assert component is None or component in ids, o  # the database's foreign key
        assert len({o.key for o in index.observations}) == len(index.observations)


@settings(max_examples=100, deadline=None)
@given(text=TEXTS, repeat=st.integers(2, 4))
def test_repeated_text_extracts(text, repeat):
    """A document that says everything twice (or more): no duplicate keys, no crash."""
    document, found, extraction, indexes = extract("\n\n".join([text] * repeat))
    assert all(document.text[m.start : m.end] == m.text for m in found)
    for index in indexes:
        assert len({o.key for o in index.observations}) == len(index.observations)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400) | TEXTS.map(lambda t: t.encode("utf-16")) | TEXTS.map(lambda t: t.encode("gb18030")))
def test_any_bytes_decode_or_are_refused_with_a_domain_error(data):
    try:
        decoded = decode_bytes(data, "x.txt")
    except HardtechError as exc:
        assert "x.txt" in str(exc)
    else:
        assert decoded.text.strip()


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("中a1 \t\n\r\u3000\u00a0“”")), max_size=40))
def test_char_words_is_spacys_alignment(text):
    assert char_words(text) == get_words_and_spaces(list(text), text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("“”·中")), max_size=30))
def test_quotes_index_agrees_with_searching(text):
    quotes = _Quotes(text)
    for pos in range(len(text) + 1):
        opened = text.rfind("“", 0, pos)
        expected = opened >= 0 and text.rfind("”", 0, pos) < opened and text.find("”", pos) >= 0
        assert quotes.inside(pos) == expected


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12), st.integers(0, 20)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(spans=SPANS)
def test_select_keeps_the_candidates_a_pairwise_check_keeps(spans):
    candidates = [Candidate(s, s + n, "X", "test", p) for s, n, p in spans]
    chosen, occupied = [], []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if cand.end > cand.start and not any(cand.start < e and s < cand.end for s, e in occupied):
            chosen.append(cand)
            occupied.append((cand.start, cand.end))
    assert select(candidates) == sorted(chosen, key=lambda c: c.start)


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, clauses=st.booleans(), max_chars=st.integers(4, 40))
def test_sentences_are_bounded_slices_in_order(text, clauses, max_chars):
    spans = sentences(text, 7, clauses, max_chars)
    assert all(7 <= s < e <= 7 + len(text) and e - s <= max_chars for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    unbounded = sentences(text, 7, clauses, None)
    # Cutting only splits sentences: the pieces cover what the whole sentences cover.
    covered = {k for s, e in spans for k in range(s, e)}
    assert covered <= {k for s, e in unbounded for k in range(s, e)}
    assert all(text[k - 7].isspace() for s, e in unbounded for k in range(s, e) if k not in covered)


def test_empty_and_blank_text_extract_to_nothing():
    for text in ("", " \n\n\t\u3000\n"):
        document, found, extraction, indexes = extract(text)
        assert (document.blocks, found, extraction.facts, indexes) == ((), (), (), [])
