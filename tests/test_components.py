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


def kinds(text: str) -> dict[str, tuple[str, str | None]]:
    doc = segment("一、总论\n\n" + text + "\n")
    return {m.text: (m.label, m.attr("policy_kind")) for m in mentions(doc) if m.block > 0 and m.label in ("Policy", "Publication")}


def test_titles_are_classified_by_their_head_noun():
    got = kinds(
        "中国科学院与深圳市签署《共建中国科学院深圳先进技术研究院合作协议书》，中美签订《中美科技合作协定》。"
        "德勤发布《2019年全球AI发展白皮书》和《中国科技发展报告》，国家药监局出版《中华人民共和国药典》，"
        "《科技日报》“亟待攻克的核心技术”专栏，《科学》杂志。"
    )
    assert got["共建中国科学院深圳先进技术研究院合作协议书"] == ("Policy", "Agreement")  # 协议书, not a book (书)
    assert got["中美科技合作协定"] == ("Policy", "Agreement")
    for work in ("2019年全球AI发展白皮书", "中国科技发展报告", "中华人民共和国药典", "科技日报", "亟待攻克的核心技术", "科学"):
        assert got[work] == ("Publication", None), work  # a report in 《》 is a Publication, never a Policy


def test_declarations_general_rules_and_approvals_are_policies():
    got = kinds(
        "金砖国家智库要为《厦门宣言》确认的倡议服务，参照《维也纳宣言和行动纲领》和《人类环境宣言》。《共产党宣言》提出口号。"
        "依据《政务院及其所属各机关组织通则》和《民法总则》，经《教育部高等学校章程核准书》核准。"
    )
    assert got["厦门宣言"] == ("Policy", "Agreement")  # what a summit declares, not a book
    assert got["人类环境宣言"] == ("Policy", "Agreement")
    assert got["维也纳宣言和行动纲领"][0] == "Policy"
    assert got["共产党宣言"] == ("Publication", None)  # a party's manifesto is a book
    assert got["政务院及其所属各机关组织通则"] == ("Policy", "Law")
    assert got["民法总则"] == ("Policy", "Law")
    assert got["教育部高等学校章程核准书"] == ("Policy", "Guideline")  # 核准书, not a book (书)


def test_a_five_year_plan_takes_in_the_place_or_state_that_owns_it():
    got = kinds(
        "天津市综合交通运输“十四五”规划中直指。国家“十三五”科技创新规划聚焦。正如天津在其综合交通运输“十四五”规划中。"
        "在与国家、上海市及浦东新区“十三五”智慧城市规划对接。"
    )
    assert got["天津市综合交通运输“十四五”规划"][0] == "Policy"
    assert got["国家“十三五”科技创新规划"][0] == "Policy"
    assert got["“十三五”智慧城市规划"][0] == "Policy"  # the last of a list of owners that share the name
    assert "浦东新区“十三五”智慧城市规划" not in got
    assert got["“十四五”规划"][0] == "Policy"  # 其: no owner before the fields


def test_a_policys_short_title_in_title_marks_is_the_policy_wherever_it_is_written_so():
    got = kinds("会议审议通过了《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》（以下简称《建议》）。《建议》提出目标。")
    assert got["建议"][0] == "Policy"  # not a book by its head noun: the short name the report defines for the policy


def test_a_programme_numbered_in_full_width_digits_is_the_programme():
    got = kinds("国家重点基础研究计划（９７３计划）等，饶毅也是国家８６３计划项目课题负责人。")
    assert got["９７３计划"] == ("Policy", "Programme") and got["８６３计划"] == ("Policy", "Programme")


def test_a_title_broken_by_a_pdfs_space_keeps_its_head_noun_and_loses_its_edge_spaces():
    got = kinds("在《 国家中长期科学和技术发展规 划(2021—2035)》的总体指引下。")
    assert got["国家中长期科学和技术发展规 划(2021—2035)"] == ("Policy", "Plan")


def test_a_titles_context_decides_where_its_head_noun_does_not():
    got = kinds("国务院印发《中国制造2025》。工信部发布《国家智能制造标准体系建设指南》。出版社出版《人工智能投资指南》。发布《国家工业战略2030》。")
    assert got["中国制造2025"][0] == "Policy"  # no head noun, but issued (印发)
    assert got["国家智能制造标准体系建设指南"] == ("Policy", "Guideline")
    assert got["人工智能投资指南"] == ("Publication", None)  # a guide as a book
    assert got["国家工业战略2030"] == ("Policy", "Strategy")  # the head noun before a year


def test_named_programmes_and_agreements_without_title_marks():
    got = kinds(
        "1988年，国家启动了火炬计划和863计划；“十二五”规划提出实施国家重点研发计划，建设211工程。"
        "广东省与中国科学院签署粤港澳科技合作框架协议。"
    )
    for name in ("火炬计划", "863计划", "国家重点研发计划", "211工程"):
        assert got[name] == ("Policy", "Programme"), name
    assert got["“十二五”规划"] == ("Policy", "Plan")
    assert got["粤港澳科技合作框架协议"] == ("Policy", "Agreement")


@pytest.mark.parametrize("text", [
    "双方签署了全面战略合作框架协议。",  # no specific name
    "投资协议约定的收益。",
    "研究收入分配、金融、国家发展战略、公共管理等问题。",  # generic words only
    "十二五期间的规划，十五个计划，第十五届计划。",  # an unquoted period, a count, an ordinal (“十二五”期间 is the plan: test_genre_names)
    "西安坚决贯彻落实国家创新驱动发展战略。",
])
def test_descriptions_are_not_programme_names(text):
    got = kinds(text)
    assert set(got) <= {"国家创新驱动发展战略"}, got  # the verbs before a name are cut off


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


def test_general_terms_of_the_fields_beyond_the_first_taxonomy():
    got = found("移动互联网和4G改变了生活，远程医疗、光声断层成像与原子力显微镜、量子中继器都有进展，光电子信息产业发展迅速。")
    tech = {t for t, label in got if label == "Technology"}
    assert {"移动互联网", "4G", "远程医疗", "光声断层成像", "原子力显微镜", "量子中继器", "光电子信息"} <= tech, tech


def test_a_field_word_inside_a_taxonomy_term_makes_no_field_of_its_own():
    got = found("研究涵盖人工智能、生物技术、新材料技术及核爆炸模拟。")
    tech = {t for t, label in got if label == "Technology"}
    assert "新材料" in tech and "材料技术" not in tech, tech  # 新材料|技术: the trailing 技术 is left out, not 材料技术 made


def test_every_mention_is_an_exact_slice(paper_text):
    doc = segment(paper_text)
    for m in mentions(doc):
        assert doc.text[m.start : m.end] == m.text


def test_the_rule_components_are_factories_whose_config_names_their_data_files():
    from hardtech_kg.extract.components import pipeline

    config = pipeline().config["components"]
    assert config["ht_places"]["rules"] == "places.toml" and config["ht_places"]["gazetteers"] == ["cn_divisions.tsv", "world_places.tsv"]
    assert config["ht_orgs"]["gazetteer"] == "organisations.tsv" and config["ht_technologies"]["rules"] == "technology.toml"
    assert {config[n]["rules"] for n in ("ht_institutions", "ht_policies", "ht_dates", "ht_persons")} == {"institutions.toml", "policies.toml", "dates.toml", "persons.toml"}
    with pytest.raises(ValueError, match="dates.toml"):
        pipeline((("components.ht_dates.rules", "other.toml"),))


def test_a_strategy_after_a_verb_of_focus_or_before_the_noun_it_modifies_is_no_name():
    got = kinds("中国科学院将紧密结合国家战略科技力量定位。聚焦国家战略、科技前沿。发挥科技重大专项的带动作用。面向前沿高科技战略领域超前部署。实施创新驱动发展战略。")
    assert set(got) == {"创新驱动发展战略"}


def test_an_agreement_after_a_verb_and_its_complement_is_no_name():
    assert "认真落实好合作协议" not in kinds("学校将以此为契机，认真落实好合作协议，全力打造校地合作典范。")


def test_an_authors_works_are_publications_and_strategic_technologies_no_strategy():
    got = kinds("主要著作有《分子印迹技术及应用》、《生物化学工程》等。韩国遴选出十二大国家战略技术领域，并制定国家重点科学技术战略路线图。NIST推出先进技术计划。")
    assert got["生物化学工程"] == ("Publication", None)  # 工程 heads a programme, but here a book
    assert not any(name.endswith("国家战略") for name in got)
    assert "推出先进技术计划" not in got


def test_a_strategy_among_a_deciders_tasks_is_no_name():
    assert not kinds("主要为企业经营决策者处理战略、研发、制造等问题提供咨询。")


def test_national_strategies_and_the_2030_programme_by_their_known_names_but_not_as_modifiers():
    got = kinds("国家实施科技创新2030—重大项目，乡村振兴战略和军民融合发展战略也在实施。为实现2050世界制造强国战略目标而努力。")
    assert {"科技创新2030—重大项目", "乡村振兴战略", "军民融合发展战略"} <= set(got)
    assert "制造强国战略" not in got


def test_the_uk_research_councils_by_their_acronyms():
    got = set(found("英国研究理事会（RCUK）下属的ESRC、BBSRC和STFC都发布了数据政策，CRUK也有要求。"))
    assert {("RCUK", "GovernmentBody"), ("ESRC", "GovernmentBody"), ("BBSRC", "GovernmentBody"), ("STFC", "GovernmentBody"), ("CRUK", "Fund")} <= got, got


def test_full_width_digits_in_a_date_are_digits():
    doc = segment("一、总论\n\n２０１０年１２月，某公司发布芯片。\n")
    dates = {m.text: (m.attr("year"), m.attr("month")) for m in mentions(doc) if m.label == "Date"}
    assert dates == {"２０１０年１２月": (2010, 12)}, dates
