"""extract.components / extract.mentions: the rule pipeline on small texts of the genre."""

from __future__ import annotations

import pytest

from hardtech_kg.extract.mentions import mentions
from hardtech_kg.extract.segment import segment


def found(text: str) -> list[tuple[str, str]]:
    doc = segment("一、总论\n\n" + text + "\n")
    return [(m.text, m.label) for m in mentions(doc) if m.block > 0]


def test_enumeration_items_take_the_list_type_and_count():
    doc = segment("一、总论\n\n武汉市拥有武汉大学、华中科技大学等中央级高校2个；拥有武汉病毒研究所、武汉植物园等中央级科研院所2个；拥有水资源与水电工程科学国家重点实验室、病毒学国家重点实验室等共25个国家重点实验。\n")
    got = {m.text: (m.label, m.attr("stated_count")) for m in mentions(doc) if m.block > 0}
    assert got["武汉植物园"] == ("ResearchInstitute", 2)  # no suffix: typed by its list
    assert got["病毒学国家重点实验室"] == ("StateKeyLab", 25)  # "国家重点实验" (sic) still gives the count
    assert got["水资源与水电工程科学国家重点实验室"][0] == "StateKeyLab"  # never cut at 与
    assert got["武汉大学"] == ("University", 2)
    assert "武汉市拥有武汉大学" not in got


def test_left_boundary_strips_verbs_but_keeps_conjunctions_inside_names():
    got = found("推进建设光纤通信技术和网络国家重点实验室，依托新型电子元器件关键材料与工艺国家重点实验室。")
    assert ("光纤通信技术和网络国家重点实验室", "StateKeyLab") in got
    assert ("新型电子元器件关键材料与工艺国家重点实验室", "StateKeyLab") in got


def test_two_names_joined_by_a_conjunction_are_two_names():
    got = found("2019 年 3 月，美国哥伦比亚大学和麻省理工学院计算机科学与人工智能实验室合作。牛津大学化学系与 IBM 苏黎世研究实验室合作。")
    labels = dict(got)
    assert labels["美国"] == "Country" and labels["哥伦比亚大学"] == "University"
    assert "麻省理工学院计算机科学与人工智能实验室" in labels
    assert labels["牛津大学化学系"] == "University" and labels["IBM 苏黎世研究实验室"] == "ResearchInstitute"


@pytest.mark.parametrize("text", ["他们争创国家重点实验室。", "推进省部共建国家重点实验室建设。", "吸引大学生创业。", "2017年，武汉市国家工程技术研究中心为16个。"])
def test_generic_phrases_are_not_institutions(text):
    assert not [t for t, label in found(text) if label not in ("City", "Date")]


def test_places_are_not_found_inside_other_words():
    got = found("德州仪器发布新品，三明治很好吃，西安市与西安交通大学合作。")
    assert ("西安市", "City") in got and ("西安交通大学", "University") in got
    assert not [t for t, label in got if t in ("德州", "三明")]


def test_well_known_organisations_without_suffix_or_in_latin_script():
    got = dict(found("美国 SpaceX 公司、谷歌、Google、IBM、DARPA 与麻省理工学院（MIT）合作。"))
    assert got["SpaceX 公司"] == "Company" and got["谷歌"] == "Company" and got["Google"] == "Company"
    assert got["IBM"] == "Company" and got["DARPA"] == "GovernmentBody" and got["MIT"] == "University"


def test_policy_titles_are_told_apart_from_journals_and_reports():
    got = found("科技部印发《关于促进新型研发机构发展的指导意见》，《科学》杂志发表论文，德勤发布《2019年全球AI发展白皮书》，实施创新驱动发展战略和“千人计划”。")
    policies = [t for t, label in got if label == "Policy"]
    assert "关于促进新型研发机构发展的指导意见" in policies and "千人计划" in policies and "创新驱动发展战略" in policies
    assert "科学" not in policies and not any("白皮书" in p for p in policies)


def test_dates_with_precision_and_stray_spaces():
    doc = segment("一、总论\n\n2019 年 8 月 15 日，合成碳环。2019年9月，谷歌宣布突破。7月，荷兰发布报告。二零一九年十月发布。\n")
    dates = {m.text: (m.attr("year"), m.attr("month"), m.attr("day"), m.attr("precision")) for m in mentions(doc) if m.label == "Date"}
    assert dates["2019 年 8 月 15 日"] == (2019, 8, 15, "day")
    assert dates["2019年9月"] == (2019, 9, None, "month")
    assert dates["7月"] == (None, 7, None, "month")  # takes its paragraph's year later
    assert dates["二零一九年十月"] == (2019, 10, None, "month")


def test_persons_acting_in_the_text():
    got = found("米磊博士提出硬科技理念，潘建伟团队实现突破，美国总统特朗普签署命令，达雷尔·欧文教授团队设计疫苗。")
    persons = {t for t, label in got if label == "Person"}
    assert {"米磊", "潘建伟", "特朗普", "达雷尔·欧文"} <= persons


def test_technologies_from_the_taxonomy_with_modifiers():
    got = found("仿生群体机器人、量子计算、5G 和 3D 打印、类脑芯片与脑机接口。")
    tech = {t for t, label in got if label == "Technology"}
    assert {"量子计算", "5G", "3D 打印", "类脑芯片", "脑机接口", "群体机器人"} <= tech


def test_every_mention_is_an_exact_slice(paper_text):
    doc = segment(paper_text)
    for m in mentions(doc):
        assert doc.text[m.start : m.end] == m.text
