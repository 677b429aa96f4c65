"""extract.aliases: short names a report announces for itself (以下简称“某所”)."""

from __future__ import annotations

from hardtech_kg.extract.mentions import mentions
from hardtech_kg.extract.resolution import resolve
from hardtech_kg.extract.segment import segment


def _resolved(text: str):
    doc = segment("一、总论\n\n" + text + "\n")
    found = mentions(doc)
    _, keys = resolve(doc, found)
    return [(m.text, m.label, k) for m, k in zip(found, keys) if m.block > 0]


def test_an_announced_short_name_is_the_same_institution_wherever_it_recurs():
    rows = _resolved("甲乙科学院丙丁化学研究所（以下简称“丙化所”）探索社会资金。2004年起丙化所在烯烃领域合作，丙化所的团队领先。")
    short = [r for r in rows if r[0] == "丙化所"]
    full = next(r for r in rows if r[0] == "甲乙科学院丙丁化学研究所")
    assert len(short) == 3
    assert all(label == "ResearchInstitute" and key == full[2] for _, label, key in short)


def test_a_bracket_without_an_announcement_defines_nothing():
    rows = _resolved("甲乙科学院丙丁化学研究所（成立于1949年）探索社会资金。")
    assert [r[0] for r in rows if r[1] == "ResearchInstitute"] == ["甲乙科学院丙丁化学研究所"]


def test_a_plan_announced_by_its_short_title():
    rows = _resolved("国务院印发《国家中长期科学和技术发展规划纲要（2006—2020年）》（以下简称《规划纲要》），此后《规划纲要》成为依据。")
    keys = {key for text, label, key in rows if label in ("Plan", "Policy") or text == "规划纲要"}
    assert len(keys) == 1 and any(text == "规划纲要" for text, *_ in rows)


def test_a_latin_gloss_and_its_abbreviation_are_the_same_body_where_they_recur():
    rows = _resolved("日本科学技术振兴机构（Japan Science and Technology Agency，JST）资助研究，JST每年发布报告。")
    keys = {key for text, _, key in rows if text in ("日本科学技术振兴机构", "Japan Science and Technology Agency", "JST")}
    assert len([r for r in rows if r[0] == "JST"]) == 2 and len(keys) == 1


def test_a_latin_programme_recurs_by_its_bare_name():
    rows = _resolved("美国设立SciSIP计划，资助科技政策学研究。此后SciSIP项目每年征集研究。Google计划投资。")
    assert [(t, label) for t, label, _ in rows if label == "Policy"] == [("SciSIP计划", "Policy"), ("SciSIP", "Policy")]


def test_a_web_address_in_brackets_is_no_name():
    rows = _resolved("百度（baidu.com）是全球最大的中文搜索引擎。")
    assert not any(text == "baidu.com" for text, *_ in rows)


def test_a_company_named_in_full_goes_by_its_trade_name():
    rows = _resolved("甲光信息产业股份有限公司推出了服务器。此后甲光的产品进入市场，Kray公司也推出了新机型，Kray的份额上升。")
    short = [(t, label, key) for t, label, key in rows if t in ("甲光", "Kray")]
    assert [t for t, *_ in short] == ["甲光", "Kray"] and all(label == "Company" for _, label, _ in short)
    full = {t: key for t, _, key in rows}
    assert full["甲光"] == full["甲光信息产业股份有限公司"] and full["Kray"] == full["Kray公司"]


def test_a_kind_of_company_gives_no_short_name():
    from hardtech_kg.extract.aliases import company_short_name

    assert company_short_name("中国公司") is None and company_short_name("科技有限公司") is None
    assert company_short_name("腾讯科技（深圳）有限公司") == "腾讯"


def test_a_recurring_trade_name_keeps_its_tail_and_an_ordinary_word_is_none():
    rows = _resolved("甲光信息产业股份有限公司推出了服务器，甲光公司随后上市。铁路有限公司成立，铁路建设加快。")
    companies = [(t, key) for t, label, key in rows if label == "Company"]
    assert [t for t, _ in companies][:2] == ["甲光信息产业股份有限公司", "甲光公司"] and companies[0][1] == companies[1][1]
    assert not any(t == "铁路" for t, *_ in rows)


def test_names_learnt_in_one_paragraph_hold_in_the_later_ones():
    rows = _resolved(
        "美国设立SciSIP计划。甲乙科学院丙丁化学研究所（以下简称“丙化所”）探索社会资金。甲光信息产业股份有限公司推出了服务器。\n\n"
        "此后SciSIP项目每年征集研究，丙化所在烯烃领域合作，甲光的产品进入市场。"
    )
    second = [(t, label) for t, label, _ in rows if t in ("SciSIP", "丙化所", "甲光")]
    assert second == [("丙化所", "ResearchInstitute"), ("SciSIP", "Policy"), ("丙化所", "ResearchInstitute"), ("甲光", "Company")]
    keys = {t: key for t, _, key in rows}
    assert keys["甲光"] == keys["甲光信息产业股份有限公司"] and keys["丙化所"] == keys["甲乙科学院丙丁化学研究所"]


def test_a_trade_name_before_a_model_number_is_the_machine_not_the_company():
    rows = _resolved("甲光信息产业股份有限公司推出了服务器。甲光4000A于2004年投入使用，甲光一号也是，甲光2008年上市。")
    assert [t for t, label, _ in rows if label == "Company"] == ["甲光信息产业股份有限公司", "甲光"]


def test_an_ordinary_word_announced_in_marks_is_the_name_only_in_those_marks():
    rows = _resolved("中共中央发布了《关于科学技术体制改革的决定》（以下简称《决定》）。\n\n《决定》发布后，新的生产方式又决定着经济增长。")
    assert [(t, label) for t, label, _ in rows if t == "决定"] == [("决定", "Policy"), ("决定", "Policy")]


def test_a_contraction_quoted_after_an_institutions_name_is_its_short_name_from_there_on():
    doc = segment("一、总论\n\n正式成立中科院青年创新促进会，“青促会”会员面向全院。\n\n二、成果\n\n青促会会员共有22人次获奖。北京大学，“北大”学子，“会员”很多。\n")
    shorts = [(m.text, m.label) for m in mentions(doc) if m.source == "alias"]
    assert shorts == [("青促会", "OtherOrganization"), ("青促会", "OtherOrganization")]


def test_a_short_name_announced_after_words_no_rule_found_makes_them_a_name():
    doc = segment("一、总论\n\n在深圳市共同建立中科院深圳先进技术院（以下简称“先进院”），由平台组成。\n\n二、模式\n\n借鉴先进院的成功模式，扩大科研（以下简称“扩研”）。\n")
    names = [(m.text, m.label) for m in mentions(doc) if m.label == "ResearchInstitute"]
    assert names == [("中科院深圳先进技术院", "ResearchInstitute"), ("先进院", "ResearchInstitute"), ("先进院", "ResearchInstitute")]


def test_a_countrys_body_written_with_its_country_once_is_the_same_body_written_bare():
    rows = _resolved("二战以前，联邦政府仅限于资助农业。\n\n二战以后美国联邦政府开始支持科学，联邦政府科技机构增多。能源部的前身是原子能委员会，美国能源部成立于1977年，国家能源部门很多。")
    keys = {t: k for t, _, k in rows}
    bare = [(t, label) for t, label, _ in rows if t in ("联邦政府", "能源部")]
    assert bare == [("联邦政府", "GovernmentBody"), ("能源部", "GovernmentBody")]  # not 联邦政府科技机构, not 能源部门
    assert keys["联邦政府"] == keys["美国联邦政府"] and keys["能源部"] == keys["美国能源部"]


def test_a_bare_body_two_countries_of_the_document_share_is_learnt_for_neither():
    rows = _resolved("美国联邦政府和德国联邦政府都支持科学，联邦政府的投资增长。")
    assert [t for t, *_ in rows if t == "联邦政府"] == []


def test_a_think_tank_announcing_its_short_name_is_a_name():
    rows = _resolved("上海甲乙智库（以下简称“甲乙智库”）是公司制的民间智库。甲乙智库为研究人员设计了培养计划。")
    assert [(t, label) for t, label, _ in rows if t.endswith("智库") and label != "City"] == [
        ("上海甲乙智库", "OtherOrganization"), ("甲乙智库", "OtherOrganization"), ("甲乙智库", "OtherOrganization")]


def test_a_short_name_announced_for_a_company_that_the_rules_cut_restores_the_whole_name():
    doc = segment("一、总论\n\n“我们在这个领域深耕。”西安和其光电科技股份有限公司(以下简称和其光电)董事长张文松说。和其光电跻身全球知名企业。\n")
    companies = [m.text for m in mentions(doc) if m.label == "Company"]
    assert companies[0] == "西安和其光电科技股份有限公司"  # not 光电科技股份有限公司 after the 和 read as a conjunction
    assert companies.count("和其光电") == 2


def test_an_eponyms_surname_and_the_names_ending_are_its_short_name():
    from hardtech_kg.extract.mentions import mentions as all_mentions
    from hardtech_kg.extract.segment import segment as seg

    doc = seg("一、总论\n\n美国伍德罗·威尔逊国际学者中心是著名智库。\n\n威尔逊中心的研究员很多，威尔逊总统的理想。\n")
    found = {(m.text, m.label) for m in all_mentions(doc)}
    assert any(text == "威尔逊中心" and label in ("ResearchInstitute", "OtherOrganization") for text, label in found)
    assert ("威尔逊", "Person") in found


def test_a_centre_named_by_its_city_last_goes_by_the_city_and_centre_where_a_name_may_end():
    doc = segment("一、总论\n\n国家超级计算深圳中心和国家超级计算济南中心相继建成。\n\n以深圳中心为例，济南中心则服务山东。深圳中心城区人口多。\n")
    got = [(m.text, m.label) for m in mentions(doc)]
    assert got.count(("深圳中心", "ResearchInstitute")) == 1 and ("济南中心", "ResearchInstitute") in got
    assert ("深圳", "City") in got


def test_a_bare_body_in_a_report_about_one_foreign_country_is_that_countrys():
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    about_one = "一、总论\n\n美国的科技政策由美国总统主导。美国、美国企业和美国大学都参与，美国模式影响深远。\n\n报告上交总统及国会，联邦政府提供资金。\n"
    bodies = {(m.text, m.label) for m in mentions(segment(about_one)) if m.block > 0}
    assert {("国会", "GovernmentBody"), ("联邦政府", "GovernmentBody")} <= bodies
    several = "一、总论\n\n美国、日本、英国、德国和法国各有模式，美国与日本不同。\n\n报告上交国会。\n"
    assert ("国会", "GovernmentBody") not in {(m.text, m.label) for m in mentions(segment(several)) if m.block > 0}  # whose 国会?


def test_an_abbreviation_announced_after_the_english_gloss_is_the_organisations():
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    doc = segment("一、总论\n\n日本青山综合研究所（Aoyama Research Institute，以下简称ARI）成立于1965年。ARI是日本的智库。\n")
    got = [(m.text, m.label) for m in mentions(doc)]
    assert got.count(("ARI", "ResearchInstitute")) == 2, got


def test_a_kinds_word_announced_as_the_short_name_is_not_learnt_but_a_bodys_short_name_is():
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    doc = segment("软件工程国家重点实验室（以下简称实验室）于1985年建设。实验室注重学术交流。中国科学院软件研究所（以下简称软件所）成立。软件所很强。\n")
    texts = [m.text for m in mentions(doc) if m.label not in ("Date",)]
    assert "实验室" not in texts and texts.count("软件所") == 2, texts


def test_a_short_name_announced_after_a_comma_without_a_bracket_is_learnt_and_so_is_the_next():
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    doc = segment("中国工程物理研究院，俗称九院。九院位于绵阳。中国兵器工业集团有限公司，简称兵器工业集团，又称北方工业。北方工业是企业。某研究所，简称为研究所，成立。\n")
    texts = [m.text for m in mentions(doc)]
    assert texts.count("九院") == 2 and texts.count("北方工业") == 2, texts
    assert "研究所" not in texts, texts  # a kind's word is no short name


def test_short_names_listed_after_a_qualified_announcement_are_learnt_with_the_dictionarys_abbreviations():
    rows = _resolved("中国科学技术大学，常用简称科大、中科大或科技大。科大还是于1969年12月搬出北京。2008年，科大举行校庆。")
    full = next(r for r in rows if r[0] == "中国科学技术大学")
    assert [r[2] for r in rows if r[0] == "科大"] == [full[2]] * 3, rows
    assert any(r[0] == "科技大" for r in rows), rows


def test_a_companys_short_name_heads_no_university_of_the_company():
    rows = _resolved("1988年，北京石油学院更名为中国石油大学。中国石油天然气集团公司（中国石油）是企业。")
    university = next(r for r in rows if r[0] == "中国石油大学")
    assert university[1] == "University" and university[2] == "org/中国石油大学", rows


def test_a_registered_companys_trade_name_leaves_its_place_and_its_trade():
    """Industry reports (review of ten texts): 湖北新日电动车有限公司 is 新日 and 合肥晶合集成电路有限公司 晶合 wherever the
    report writes them bare; the registered name's place (湖北, 合肥) is no part of the trade name."""
    from hardtech_kg.extract.aliases import company_short_name

    assert company_short_name("湖北新日电动车有限公司") == "新日"
    assert company_short_name("合肥晶合集成电路有限公司") == "晶合"
    assert company_short_name("北京百度网讯科技有限公司") == "百度网讯"


def test_a_branch_named_by_its_city_goes_by_the_city_and_its_branch_word():
    """County and western-science-city news (round 28): 中科院沈阳分院 … 沈阳分院院长 is the branch wherever it stands (no bare
    City 沈阳), as 国家超级计算深圳中心 … 深圳中心 is the centre; 深圳中心城区 is still no centre."""
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    text = "中科院沈阳分院与辽宁省科技厅联合举办会议。\n\n本次会议由沈阳分院共同举办,沈阳分院院长韩某出席。\n\n国家超级计算深圳中心成立。深圳中心城区发展。\n"
    got = [(m.text, m.label) for m in mentions(segment(text))]
    assert got.count(("沈阳分院", "ResearchInstitute")) == 2 and ("沈阳", "City") not in got, got
    assert ("深圳中心", "ResearchInstitute") not in got, got


def test_a_patents_number_in_brackets_is_no_short_name():
    """Synthetic-biology patents (round 28): 英国医学研究理事会（EP239400A） cites a patent, not the council's abbreviation
    (as （MRC） is)."""
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    got = {m.text for m in mentions(segment("专利来自英国医学研究理事会（EP239400A）和美国Solazyme 公司（WO2008151149A2）。英国医学研究理事会（MRC）成立。\n"))}
    assert "MRC" in got and not {"EP239400A", "WO2008151149A2"} & got, got


def test_a_latin_brand_after_a_word_of_its_kind_is_a_company_or_an_investor_wherever_it_is_written():
    """Low-altitude economy and AI-chip news (round 28): 初创公司Joby Aviation and 芯片公司Cerebras are companies (Cerebras
    again where the report writes it bare), 投资机构Playground Global an investor; not an acronym (公司CEO), a product (公司Windows
    系统, 莱昂纳多公司Osprey 30雷达) nor a person before a team (…技术公司HaganBayley 团队)."""
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    text = "美国初创公司Joby Aviation宣布上市。投资机构Playground Global领投。芯片公司Cerebras发布新品。后来Cerebras又融资。公司CEO表示。公司Windows系统。牛津纳米孔技术公司HaganBayley 团队发表论文。装备莱昂纳多公司Osprey 30轻型雷达。\n"
    got = [(m.text, m.label) for m in mentions(segment(text)) if m.label in ("Company", "Fund", "Person")]
    assert got[:6] == [("Joby Aviation", "Company"), ("Playground Global", "Fund"), ("Cerebras", "Company"), ("Cerebras", "Company"), ("牛津纳米孔技术公司", "Company"), ("HaganBayley", "Person")], got
    assert not any(name.startswith(("Osprey", "CEO", "Windows")) for name, _ in got), got


def test_a_centres_short_name_before_a_verb_in_the_block_that_names_it():
    """Supercomputing news (round 30): 国家超级计算天津中心成立…。天津中心拥有… names the centre by its short name in the same paragraph,
    before a verb as before a particle; 深圳中心城区 is the city's downtown."""
    doc = segment("一、总论\n\n国家超级计算天津中心成立于2009年。天津中心拥有天河一号。深圳中心城区。\n")
    got = [(m.text, m.label) for m in mentions(doc) if m.block == 1]
    assert ("天津中心", "ResearchInstitute") in got and ("深圳中心", "ResearchInstitute") not in got, got


def test_a_zone_named_with_its_city_is_written_later_without_it():
    """Fujian news (round 31): 厦门火炬高新区 … 火炬高新区 is the same zone without its city; 兰州市经济开发区 … 经济开发区 is the kind, no
    short name (the city's name is the zone's own)."""
    from hardtech_kg.extract.mentions import mentions
    from hardtech_kg.extract.segment import segment

    got = [(m.text, m.label) for m in mentions(segment("一、总论\n\n厦门火炬高新区成立于1991年。三十年来，火炬高新区从岛内走向岛外。\n"))]
    assert got.count(("火炬高新区", "Park")) == 1, got
    got = [(m.text, m.label) for m in mentions(segment("一、总论\n\n兰州市经济开发区成立。西北五省区经济开发区数量翻倍。\n"))]
    assert ("经济开发区", "Park") not in got, got
