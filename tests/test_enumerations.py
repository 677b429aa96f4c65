"""extract.enumerations: a list's bare items take the type of its known organisations."""

from __future__ import annotations

from hardtech_kg.extract.mentions import mentions
from hardtech_kg.extract.segment import segment


def found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in mentions(segment("一、总论\n\n" + text + "\n")) if m.block > 0}


def test_bare_items_of_a_list_of_companies_are_companies():
    assert ("SGI", "Company") in found("SGI、HP和Dell也推出了集群系统。")  # before the known items too
    assert ("阿里", "Company") in found("目前如谷歌、微软、阿里等一些世界知名企业都已入驻。")
    assert ("联想", "Company") in found("恶意软件可对微软、联想和戴尔的键盘产品进行攻击。")  # 和 before a known name


def test_a_generic_phrase_or_a_words_of_one_name_are_no_item():
    got = found("清华大学、北京大学和一些地方高校参与。")
    assert not any(name.startswith("一些") for name, _ in got)
    got = found("能源部、环境部、基础设施和运输部合作。")
    assert ("基础设施", "GovernmentBody") not in got  # 和 may join the words of one name


def test_one_known_item_or_mixed_types_type_nothing():
    assert ("Convex", "Company") not in found("Convex和SGI推出新机型，Cray也是。")
    assert ("XYZ", "Company") not in found("华为、清华大学、XYZ等单位。")


def test_a_common_word_joined_to_a_name_by_a_conjunction_is_no_bare_item():
    assert "传播" not in {t for t, _ in found("研究院下有金融研究中心、传播与国家治理研究中心、金砖国家研究中心。")}


def test_a_unit_list_item_holds_no_word_that_closed_the_list_before_it():
    got = found("可以看出：中国工程院院士、长江学者特聘教授、青年千人计划入选者等六类人才分布在大连理工大学、大连海事大学、东北财经大学和辽宁师范大学。")
    assert not any("等" in t for t, _ in got)
    assert ("大连理工大学", "University") in got


def test_a_web_pages_ascii_comma_ends_a_clause_before_a_list_but_a_thousands_separator_does_not():
    got = found("在我部的指导下,徐工集团联合中航力源、兴澄特钢、圣邦集团等6家企业于2018年2月共同组建创新中心。")
    assert {("中航力源", "Company"), ("兴澄特钢", "Company"), ("圣邦集团", "Company")} <= got
    from hardtech_kg.extract.relations import relations

    doc = segment("一、总论\n\n在我部的指导下,徐工集团联合中航力源、兴澄特钢、圣邦集团等6家企业于2018年2月共同组建创新中心。\n")
    labels = {e.label for e in relations(doc, mentions(doc), "t").entities}
    assert not any("指导下" in label for label in labels)  # no parent carried from the clause before the comma


def test_a_common_noun_listed_with_bodies_is_no_body_but_a_ministry_the_dictionary_knows_is():
    got = found("他们会前往世界银行、国际货币基金组织、联合国、学术界、私营企业、非政府组织工作。某国将与经济和财政部、贸易工业能源部、环境部、土地部、基础设施和运输部以及海洋和渔业部合作。")
    names = {n for n, _ in got}
    assert not {"学术界", "私营企业"} & names
    assert {"环境部", "土地部"} <= names  # 环境部 is a common noun to the dictionary, but a ministry by its ending


def test_an_organisation_named_after_a_person_keeps_the_persons_dotted_name():
    got = found("德国有康拉德·阿登纳基金会、弗里德里希·瑙曼基金会和汉斯·赛德尔基金会等政治基金会。")
    assert {("康拉德·阿登纳基金会", "Fund"), ("弗里德里希·瑙曼基金会", "Fund"), ("汉斯·赛德尔基金会", "Fund")} <= got
    assert not any(label == "Person" for _, label in got)


def test_a_listed_items_count_in_brackets_is_not_part_of_its_name():
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    doc = segment("一、总论\n\n其中，中国科学院（90件）、军事科学研究院（53件）、中国农业科学研究院（49件）和上海市农业科学院（23件）等科研院所分别排第1-3位。\n")
    names = {m.text for m in mentions(doc) if m.label == "ResearchInstitute"}
    assert {"中国科学院", "军事科学研究院", "中国农业科学研究院", "上海市农业科学院"} <= names
    assert not {n for n in names if "件" in n}


def test_an_item_of_a_list_of_investors_that_begins_with_a_places_name_is_one_of_them():
    names = {(m.text, m.label) for m in mentions(segment("投资方包括中科创星、海南骞语、海通创新、深创投、中金资本、娄底亿鼎等多家机构。包括启明创投、IDG资本、上海善达投资、红杉资本等机构。与北京、上海、深圳等城市合作。\n"))}
    assert {("海南骞语", "Fund"), ("娄底亿鼎", "Fund"), ("上海善达投资", "Fund")} <= names, names
    assert not {("海南", "Province"), ("娄底", "Fund")} & names, names
    assert {("北京", "City"), ("上海", "City"), ("深圳", "City")} <= names, names


def test_a_list_counted_without_deng_gives_as_many_companies_as_its_count():
    """Investment and statistics news (round 27): 又有唯捷创芯、拓荆科技、晶华微3家半导体企业… lists three companies (the count
    is the number of items, the clause's opening verbs aside); a count that is not the number of items, or items of another
    kind, give none."""
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    def companies(text):
        return {m.text for m in mentions(segment("一、总论\n\n" + text + "\n")) if m.label == "Company"}

    assert companies("3月，又有唯捷创芯、拓荆科技、晶华微3家半导体企业科创板上市获通过。") == {"唯捷创芯", "拓荆科技", "晶华微"}
    assert not companies("3月，又有唯捷创芯、拓荆科技5家半导体企业获通过。")
    assert not companies("其中，新材料、生物医药2家企业增长较快。")


def test_a_firms_list_of_coined_names_is_of_companies_though_none_is_known():
    """Commercial-space and little-giant news (round 28): 依托鞍钢重型、荣信汇科、衡业专用车等行业领军企业 and 零壹空间、星河动力、微纳星空等
    商业航天企业 list companies no other rule knows (names the dictionary does not hold); a list of industries (造纸、毛纺印染、皮革
    制造…等高能耗企业) or of kinds (芯片、软件、硬件等企业) names none."""
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    text = "依托鞍钢重型、荣信汇科、衡业专用车等行业领军企业。零壹空间、星河动力、微纳星空等商业航天企业获得融资。分布造纸、毛纺印染、皮革制造、羽绒加工等高能耗企业。芯片、软件、硬件等企业。\n"
    got = {m.text for m in mentions(segment(text)) if m.label == "Company"}
    assert {"鞍钢重型", "荣信汇科", "衡业专用车", "星河动力", "微纳星空"} <= got and not got & {"毛纺印染", "皮革制造", "羽绒加工", "芯片", "软件", "硬件"}, got


def test_firms_a_noun_of_firms_introduces_as_its_examples_are_companies():
    """The paper's dev errors (round 29): 一批独角兽企业如卷皮网、极验验证等 names two companies; 高新技术企业如软件、芯片等 names kinds,
    no company."""
    from hardtech_kg.extract.mentions import pipeline

    nlp = pipeline()
    doc = nlp("一批独角兽企业如卷皮网、极验验证等通过该平台被发现。")
    assert {(doc.text[c.start : c.end], c.label) for c in doc.user_data["ht_selected"]} >= {("卷皮网", "Company"), ("极验验证", "Company")}
    doc = nlp("高新技术企业如软件、芯片等发展迅速。")
    assert not [c for c in doc.user_data["ht_selected"] if c.label == "Company"]


def test_a_list_of_firms_closed_by_a_longer_description_of_them():
    """Wuhan news (round 31): 中国信科、长飞光纤、华工科技、华工激光等全球知名的行业领军企业 lists four companies (长飞光纤 is no technology),
    with ten characters of description between 等 and 企业."""
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    got = {(m.text, m.label) for m in mentions(segment("一、总论\n\n光谷培育出中国信科、长飞光纤、华工科技、华工激光等全球知名的行业领军企业。\n"))}
    assert {("长飞光纤", "Company"), ("华工科技", "Company"), ("华工激光", "Company")} <= got, got
