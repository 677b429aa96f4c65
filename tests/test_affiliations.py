"""extract.affiliations: an affiliation line's whole unit is one institution, placed in the line's city."""

from __future__ import annotations

from hardtech_kg.extract.mentions import mentions
from hardtech_kg.extract.relations import relations
from hardtech_kg.extract.segment import segment

TEXT = (
    "一、总论\n\n"
    "王小明1 李华2\n\n"
    "1（浙江大学发展规划处杭州310058） 2（南京大学—约翰斯·霍普金斯大学中美文化研究中心 南京 210093）\n\n"
    "浙江大学与南京大学合作。\n"
)


def test_the_unit_before_city_and_postcode_is_one_name_typed_by_its_last_unit():
    got = {(m.text, m.label) for m in mentions(segment(TEXT))}
    assert ("浙江大学发展规划处", "University") in got  # an office of the university: the parent's type
    assert ("南京大学—约翰斯·霍普金斯大学中美文化研究中心", "ResearchInstitute") in got  # 研究中心 named last
    assert ("浙江大学", "University") in got  # the prose mention is still the university


def test_the_unit_is_placed_in_the_lines_city_and_is_not_the_parent():
    doc = segment(TEXT)
    ex = relations(doc, mentions(doc), "t")
    placed = {(f.subject, f.object): f.method for f in ex.facts if f.predicate == "locatedIn"}
    assert placed[("org/浙江大学发展规划处", "city/杭州")] == "affiliation"
    assert placed[("org/南京大学—约翰斯·霍普金斯大学中美文化研究中心", "city/南京")] == "affiliation"
    assert "org/浙江大学发展规划处" in {e.id for e in ex.entities}


def test_a_line_without_postcode_is_prose():
    """No affiliation is read from prose: the unit may be named there (round 29: a university's office written against it
    is its unit), but 杭州 after it places nothing as an affiliation line would."""
    doc = segment("一、总论\n\n浙江大学发展规划处杭州分部的工作。\n")
    ex = relations(doc, mentions(doc), "t")
    assert not [f for f in ex.facts if f.predicate == "locatedIn" and f.method == "affiliation"]


def test_a_province_written_against_the_city_begins_the_address_not_the_units_name():
    doc = segment("智库产品研究\n\n郭宝 卓翔芝\n\n淮北师范大学管理学院安徽淮北235000\n\n摘要：本文研究智库。\n")
    got = {(m.text, m.label) for m in mentions(doc)}
    assert ("淮北师范大学管理学院", "University") in got
    assert ("安徽", "Province") in got
    placed = {(f.subject, f.object): f.method for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn"}
    assert placed[("org/淮北师范大学管理学院", "city/淮北")] == "affiliation"


def test_a_postcode_written_before_the_city_still_places_each_unit():
    doc = segment("开放数据政策研究\n\n彭媛媛 刘静羽\n\n1.中国科学院文献情报中心,100190,北京；2.中国科学院大学,100049,北京\n\n摘要：本文研究数据政策。\n")
    placed = {(f.subject, f.object): f.method for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn"}
    assert placed[("org/中国科学院文献情报中心", "city/北京")] == "affiliation"
    assert placed[("org/中国科学院大学", "city/北京")] == "affiliation"


def test_the_province_written_before_the_city_of_an_affiliation_holds_the_city():
    doc = segment("耕地研究\n\n李某龙1，龙某翠2\n\n(1.山西师范大学地理科学学院，山西 临汾 041000)\n\n摘要：本文研究耕地。\n")
    placed = {(f.subject, f.object): f.method for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn"}
    assert placed[("org/山西师范大学地理科学学院", "city/临汾")] == "affiliation"
    assert placed[("city/临汾", "province/山西")] == "affiliation"


def test_a_company_a_kinds_noun_introduces_after_its_place_and_a_lab_founded_there_recently():
    """Brain-science news (round 30): 位于上海的脑机接口公司——脑虎科技 places the company the kind's noun and the dash introduce;
    …国家工程实验室日前在合肥成立 places the lab, 日前 between."""
    doc = segment("一、总论\n\n同年11月，位于上海的脑机接口公司——脑虎科技成立。我国类脑智能技术及应用国家工程实验室日前在合肥成立。\n")
    placed = {(f.subject, f.object) for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn" and f.method != "gazetteer"}
    assert ("org/脑虎科技", "city/上海") in placed, placed
    assert ("lab/类脑智能技术及应用国家工程实验室", "city/合肥") in placed, placed


def test_a_zone_named_by_its_provinces_short_name_and_a_city_of_it_lies_in_the_city():
    """Agricultural-park notices (round 30): 河北衡水国家农业科技园区 and 内蒙古包头国家农业科技园区 lie in 衡水 and 包头, cities of the
    provinces their names begin with, as well as in the provinces."""
    doc = segment("一、总论\n\n2.河北衡水国家农业科技园区。内蒙古包头国家农业科技园区。\n")
    placed = {(f.subject, f.object) for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn"}
    assert {("org/河北衡水国家农业科技园区", "city/衡水"), ("org/内蒙古包头国家农业科技园区", "city/包头")} <= placed, placed


def test_an_institute_unveiled_in_a_city_with_words_of_manner_between():
    """Materials news (round 30): “长三角先进材料研究院”在苏州市相城区正式挂牌 places the institute in 苏州, 正式 between the district and
    the verb; 华为在深圳正式发布新品 places nothing (a launch, no founding)."""
    doc = segment("一、总论\n\n“长三角先进材料研究院”在苏州市相城区正式挂牌。华为在深圳正式发布新品。\n")
    placed = {(f.subject, f.object) for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn" and f.method != "gazetteer"}
    assert placed == {("org/长三角先进材料研究院", "city/苏州")}, placed


def test_an_institute_after_a_city_its_zone_and_a_possessive():
    """Computing histories (round 30): 位于北京中关村的中国科学院计算技术研究所 places the institute in 北京, the zone between."""
    doc = segment("一、总论\n\n那一天，位于北京中关村的中国科学院计算技术研究所正式成立。\n")
    placed = {(f.subject, f.object, f.method) for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn"}
    assert ("org/中国科学院计算技术研究所", "city/北京", "statement") in placed, placed


def test_a_branch_named_by_its_city_lies_in_that_city_not_its_parents():
    """Bay Area and Yangtze Delta news (round 31): 合肥国家实验室上海基地 is in 上海, 香港中文大学(中大)深圳研究院 in 深圳 (the city
    before 研究院, not 研究|院), and a park's branch 香港科学园深圳分园 is one name, in 深圳."""
    doc = segment("一、总论\n\n会议提出建设合肥国家实验室上海基地。香港中文大学(中大)深圳研究院大楼今天启用。此外，位处深圳园区的香港科学园深圳分园已经开始运作。\n")
    ms = mentions(doc)
    assert ("香港科学园深圳分园", "Park") in {(m.text, m.label) for m in ms}
    ex = relations(doc, ms, "t")
    placed = {(f.subject, f.object) for f in ex.facts if f.predicate == "locatedIn" and f.method != "gazetteer"}
    assert {("lab/合肥国家实验室上海基地", "city/上海"), ("org/香港中文大学(中大)深圳研究院", "city/深圳"), ("org/香港科学园深圳分园", "city/深圳")} <= placed, placed
    assert not {("lab/合肥国家实验室上海基地", "city/合肥"), ("org/香港中文大学(中大)深圳研究院", "city/香港")} & placed, placed


def test_a_headquarters_settled_in_a_city_and_a_ground_breaking_held_there():
    """Hefei and PV news (round 31): 蔚来中国总部落户安徽合肥 places the company's seat in 合肥; a lab that 在河北保定举行奠基仪式 is
    built in 保定; a company that holds a launch event in a city is not placed there."""
    for text, pair in (("蔚来中国总部落户安徽合肥。", ("org/蔚来", "city/合肥")), ("太阳能光伏发电技术国家重点实验室在河北保定举行奠基仪式。", ("lab/太阳能光伏发电技术国家重点实验室", "city/保定"))):
        doc = segment("一、总论\n\n" + text + "\n")
        placed = {(f.subject, f.object) for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn" and f.method == "statement"}
        assert pair in placed, (text, placed)
    doc = segment("一、总论\n\n华为公司在深圳举行发布会。\n")
    assert not [f for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn" and f.method == "statement"]


def test_the_parent_and_its_gloss_are_not_what_the_clause_places():
    """Shipbuilding histories (round 32): in 704所成立于1958年,隶属于某集团有限公司(CSIC),位于上海市 the institute is in 上海, not its
    parent, whose bracketed gloss stood last before the cue."""
    doc = segment("一、总论\n\n704所成立于1958年,隶属于中国船舶重工集团有限公司(CSIC),位于上海市。\n")
    placed = {(f.subject, f.object) for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn" and f.method == "statement"}
    assert placed == {("org/704所", "city/上海")}, placed


def test_a_company_that_has_taken_root_in_a_city():
    """Cloud news (round 32): 浪潮集团多年来扎根济南 states the company's city."""
    doc = segment("一、总论\n\n浪潮集团多年来扎根济南、服务济南。\n")
    placed = {(f.subject, f.object) for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn" and f.method == "statement"}
    assert ("org/浪潮集团", "city/济南") in placed, placed


def test_a_school_that_moved_twice_lies_where_it_went_last():
    """University histories (round 32): 1950年迁至邯郸，1970年又迁至保定 leaves the school in 保定, not in both."""
    doc = segment("一、总论\n\n1950年，华北电力学院迁至邯郸，1970年又迁至保定。\n")
    placed = {f.object for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn" and f.subject == "org/华北电力学院"}
    assert placed == {"city/保定"}, placed
