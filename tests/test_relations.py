"""extract.relations: one entity per thing, placement only where the text (or a gazetteer) says."""

from __future__ import annotations

from hardtech_kg.extract.mentions import mentions
from hardtech_kg.extract.relations import relations
from hardtech_kg.extract.segment import segment


def extract(text: str):
    doc = segment("一、总论\n\n" + text + "\n")
    return relations(doc, mentions(doc), "t")


def located(extraction) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in extraction.facts:
        if f.predicate == "locatedIn":
            out.setdefault(f.subject, set()).add(f.object)
    return out


def test_aliases_and_abbreviations_resolve_to_one_entity():
    ex = extract("中科院西安光机所、西安光学精密机械研究所和中国科学院西安光学精密机械研究所是同一机构。西安市与西安。谷歌即 Google。")
    ids = {e.id for e in ex.entities}
    assert "org/中国科学院西安光学精密机械研究所" in ids
    assert not {"org/西安光学精密机械研究所", "org/中科院西安光机所"} & ids
    assert "city/西安" in ids and len([i for i in ids if i.startswith("city/")]) == 1
    assert [e.id for e in ex.entities if e.type == "Company"] == ["org/谷歌"]


def test_a_well_known_companys_legal_names_are_the_company_and_its_institute_keeps_its_parent():
    ex = extract("苹果电脑公司（Apple）推出了微型计算机，曙光信息产业（北京）有限公司推出了服务器，中石油经济技术研究院发布了报告。")
    ids = {e.id for e in ex.entities}
    assert {"org/苹果", "org/中科曙光"} <= ids, ids
    assert not {"org/苹果电脑公司", "org/中科曙光产业(北京)有限公司", "org/曙光信息产业(北京)有限公司"} & ids, ids
    assert "org/中国石油天然气集团经济技术研究院" in ids, ids  # a company's institute: the parent's short name expanded


def test_a_latin_alias_names_no_company_whose_latin_name_it_only_begins():
    ex = extract("德国GMD-SCAI 公司的 Adaptor 编译器支持并行扩展，GM公司生产汽车。")
    ids = {e.id for e in ex.entities}
    assert "org/GMD-SCAI公司" in ids, ids  # not General Motors by its alias GM
    assert "org/通用汽车" in ids  # GM公司 still is


def test_a_seat_in_the_provinces_capital_is_the_capital_city():
    placed = placed_by(extract("山西大学简称山大，位于山西省省会太原市。南昌工程学院坐落于江西省省会城市南昌。"))
    assert placed.get(("org/山西大学", "city/太原")) == "statement", placed
    assert placed.get(("org/南昌工程学院", "city/南昌")) == "statement", placed
    assert ("org/山西大学", "province/山西") not in placed


def test_a_branch_is_in_the_city_before_its_word_and_a_provinces_name_places_no_city():
    placed = placed_by(extract("1978年南京化工学院常州分院成立。北京农业大学长治分校招生。吉林艺术学院举办画展。"))
    assert placed.get(("org/南京化工学院常州分院", "city/常州")) == "name", placed
    assert placed.get(("org/北京农业大学长治分校", "city/长治")) == "name", placed
    assert not any(subject == "org/吉林艺术学院" for subject, _ in placed), placed  # 吉林 names the province here


def test_a_city_said_to_be_an_institutions_seat_places_it():
    placed = placed_by(extract("1998年，江南纳米技术研究院成立。苏州也就成为了江南纳米技术研究院日后的总部所在地。"))
    assert placed.get(("org/江南纳米技术研究院", "city/苏州")) == "statement", placed


def test_institutions_said_to_be_here_are_in_the_city_named_before():
    ex = extract("佛山是制造业重镇。碧桂园、格兰仕公司等大型企业皆坐落于此。")
    placed = placed_by(ex)
    assert placed.get(("org/碧桂园", "city/佛山")) == "statement", placed
    fact = next(f for f in ex.facts if f.predicate == "locatedIn" and f.subject == "org/碧桂园" and f.object == "city/佛山")
    assert len(fact.evidence) == 2  # the city named before, then the statement that places the company here
    assert placed_by(extract("佛山是制造业重镇。碧桂园在广州设立总部，格兰仕坐落于此。")).get(("org/碧桂园", "city/佛山")) != "statement"  # a place of its own before the cue


def test_the_city_is_not_the_university():
    ex = extract("西安交通大学位于西安。")
    types = {e.id: e.type for e in ex.entities}
    assert types["city/西安"] == "City" and types["org/西安交通大学"] == "University"


def test_placement_from_a_city_sentence_and_from_names():
    ex = extract("武汉市拥有武汉大学等中央级高校1个；拥有测量与地球物理研究所、水生生物研究所等中央级科研院所2个。武汉病毒研究所成果显著。华中某研究所亦然。")
    where = located(ex)
    assert where["org/测量与地球物理研究所"] == {"city/武汉"}  # from the sentence, across the ；
    assert where["org/武汉病毒研究所"] == {"city/武汉"}  # from its name
    assert where["org/武汉大学"] == {"city/武汉"}


def test_no_guessed_placement():
    ex = extract("德州仪器公司与测量与地球物理研究所合作。")
    where = located(ex)
    assert "org/测量与地球物理研究所" not in where
    assert where.get("org/德州仪器公司", set()) <= {"city/达拉斯"}  # never 德州 from a name that is a word


def test_shared_parent_is_carried_to_later_list_items():
    ex = extract("北京拥有中国科学院物理研究所、化学研究所等中央级科研院所2个。")
    ids = {e.id for e in ex.entities}
    assert "org/中国科学院化学研究所" in ids and "org/化学研究所" not in ids
    subs = {(f.subject, f.object) for f in ex.facts if f.predicate == "subOrganizationOf"}
    assert ("org/中国科学院化学研究所", "org/中国科学院") in subs or not any(e.id == "org/中国科学院" for e in ex.entities)


def test_no_parent_is_carried_to_a_list_item_that_begins_with_another_organisations_other_name():
    ex = extract("分别是万科城市研究院、保利地产投资顾问研究院等。")
    ids = {e.id for e in ex.entities}
    assert not [i for i in ids if i.startswith("org/万科") and "投资顾问" in i]  # 保利地产 is 保利集团's other name, not a bare unit


def test_policy_issuer_and_date_from_the_sentence():
    ex = extract("2019年9月，科技部印发《关于促进新型研发机构发展的指导意见》。")
    facts = {(f.predicate, f.object) for f in ex.facts if f.subject == "policy/关于促进新型研发机构发展的指导意见"}
    assert ("issuedBy", "org/科技部") in facts and ("date", "2019-09") in facts


def test_bodies_listed_before_the_verb_issue_the_policy_together():
    """Policy interpretations (round 27): 工信部、国家发改委、财政部联合发布《…》 is issued by all three (not only the last);
    a body of the clause before, after a comma, is no co-issuer."""
    ex = extract("2016年4月，工信部、国家发改委、财政部联合发布《机器人产业发展规划》。会议由科学院主持，科技部印发《某某办法》。")
    issuers = lambda pid: {f.object for f in ex.facts if f.subject == pid and f.predicate == "issuedBy"}
    assert issuers("policy/机器人产业发展规划") == {"org/工信部", "org/发改委", "org/财政部"}
    assert issuers("policy/某某办法") == {"org/科技部"}


def test_an_agencys_research_programme_is_its_programme_not_a_government_policy():
    ex = extract("2019 年 1 月，美国 DARPA 启动“知识导向的人工智能推理图式”项目。")
    programme = next(e for e in ex.entities if e.id == "policy/知识导向的人工智能推理图式")
    assert programme.attr("policy_kind") == "Programme"  # ht:Programme, not a Law, Plan, Strategy or Guideline
    issuers = {f.object for f in ex.facts if f.subject == programme.id and f.predicate == "issuedBy"}
    assert issuers == {"org/DARPA"}  # the agency that runs it, not the country


def test_a_publication_is_an_entity_of_its_own_type():
    ex = extract("2019年，德勤发布《中国科技发展报告》，科技部印发《关于促进新型研发机构发展的指导意见》。")
    types = {e.id: e.type for e in ex.entities}
    assert types["publication/中国科技发展报告"] == "Publication"
    assert types["policy/关于促进新型研发机构发展的指导意见"] == "Policy"
    assert not any(f.subject == "publication/中国科技发展报告" and f.predicate == "issuedBy" for f in ex.facts)


def test_milestone_with_date_precision_actor_and_technology():
    ex = extract("2019年9月，中国科学技术大学潘建伟团队首次实现高维度量子隐形传态。7月，谷歌宣布实现量子计算突破。")
    milestones = [e for e in ex.entities if e.type == "Milestone"]
    assert {e.attr("date") for e in milestones} == {"2019-09", "2019-07"}  # 7月 takes the paragraph's year
    involved = {f.object for f in ex.facts if f.predicate == "involves"}
    assert {"person/潘建伟", "org/中国科学技术大学", "org/谷歌"} <= involved
    assert any(f.predicate == "concerns" and f.object.startswith("tech/") for f in ex.facts)


def test_list_facts_keep_the_stated_count():
    ex = extract("武汉市拥有病毒学国家重点实验室、杂交水稻国家重点实验室等共25个国家重点实验室。")
    listed = [dict(f.attrs) for f in ex.facts if f.predicate == "listedAs"]
    assert {d["stated_count"] for d in listed} == {25} and {d["items"] for d in listed} == {2}


def test_technology_schemes_are_read_from_the_text(paper_text):
    from hardtech_kg.extract.schemes import find_schemes

    doc = segment(paper_text)
    schemes = {s.key: s for s in find_schemes(doc)}
    assert set(schemes) == {"domains", "fields", "index_domains"}
    assert len(schemes["domains"].concepts) == 8 and len(schemes["index_domains"].concepts) == 7
    assert len(schemes["fields"].concepts) >= 9
    for scheme in schemes.values():
        for concept in scheme.concepts:
            assert doc.text[concept.start : concept.end] == concept.label and concept.domain


def test_schemes_are_mapped_and_technologies_placed_under_them():
    text = (
        "第一部分 综述篇\n\n一、概念\n\n当代硬科技四大领域，涵盖人工智能、航空航天、新材料、新能源。\n\n"
        "第二部分 科技篇\n\n一、人工智能\n\n深度学习与类脑芯片取得进展。\n\n二、航空领域\n\n正文。\n\n三、航天领域\n\n正文。\n\n四、新材料\n\n正文。\n\n五、新能源\n\n正文。\n"
    )
    doc = segment(text)
    ex = relations(doc, mentions(doc), "t")
    facts = {(f.subject, f.predicate, f.object) for f in ex.facts}
    assert ("tech/航空", "broadMatch", "tech/航空航天") in facts
    assert ("tech/人工智能", "inScheme", "scheme/t-domains") in facts and ("tech/人工智能", "inScheme", "scheme/t-fields") in facts
    assert ("tech/深度学习", "broader", "tech/人工智能") in facts


# --- placement as a reader does it, milestones in ordinary prose (issue 11) -------------------------


def placed_by(extraction) -> dict[tuple[str, str], str]:
    return {(f.subject, f.object): f.method for f in extraction.facts if f.predicate == "locatedIn"}


def test_placement_from_the_genres_phrasings():
    doc = segment(
        "一、总论\n\n浙江工业大学政治与公共管理学院 杭州 310023\n\n"
        "科大讯飞股份有限公司总部位于合肥。合肥市是安徽省省会。"
        "浙江师范大学非洲研究院在非洲研究尚未被重视之际展开研究，虽为地方高校且地处金华而非省会杭州，但抢得先机；"
        "河南大学中原研究院又地处省会郑州之外的开封。我国也有这样的机构，像重庆的互联网学院就是新型形式。"
        "中国石油大学（北京）与位于武汉的华中科技大学合作。\n"
    )
    ex = relations(doc, mentions(doc), "t")
    by = placed_by(ex)
    assert by[("org/浙江工业大学政治与公共管理学院", "city/杭州")] == "affiliation"
    assert by[("org/科大讯飞", "city/合肥")] == "statement"
    assert by[("city/合肥", "province/安徽")] == "capital"  # a city in its province
    assert by[("org/浙江师范大学非洲研究院", "city/金华")] == "statement"
    assert ("org/浙江师范大学非洲研究院", "city/杭州") not in by  # 而非省会杭州
    assert by[("org/河南大学中原研究院", "city/开封")] == "statement"
    assert ("org/河南大学中原研究院", "city/郑州") not in by  # 郑州之外
    assert by[("org/互联网学院", "city/重庆")] == "possessive"
    assert by[("org/华中科技大学", "city/武汉")] == "statement"  # 位于武汉的…
    quotes = {f.subject: doc.text[f.evidence[0].start : f.evidence[0].end] for f in ex.facts if f.predicate == "locatedIn" and f.method == "statement"}
    assert quotes["org/科大讯飞"] == "科大讯飞股份有限公司总部位于合肥"


def test_parenthesis_after_a_name():
    ex = extract("该成果由华为技术有限公司（深圳）完成。")
    assert placed_by(ex).get(("org/华为", "city/深圳")) in ("parenthesis", None)
    ex = extract("合作方为中科创达软件股份有限公司（北京）。")
    assert ("parenthesis" in placed_by(ex).values()) and any(o == "city/北京" for _, o in placed_by(ex))


def test_a_city_in_brackets_with_a_remark_after_it_places_the_name_but_two_places_do_not():
    by = placed_by(extract("中国医学科学院泰达国际心血管研究所（天津，隶属于天津经济技术开发区）于2001年成立。"))
    assert by.get(("org/中国医学科学院泰达国际心血管研究所", "city/天津")) == "parenthesis", by
    by = placed_by(extract("中国科学院某某研究所（北京，上海）于2001年成立。"))
    assert not any(s.startswith("org/中国科学院") and m == "parenthesis" for (s, _), m in by.items()), by


def test_a_city_in_brackets_inside_a_company_name_is_its_place():
    ex = extract("2015年，该所新设立了中科化物（大连）科技发展有限公司。")
    by = placed_by(ex)
    assert by.get(("org/中科化物(大连)科技发展有限公司", "city/大连")) == "name", by


def test_gazetteer_placement_keeps_the_organisations_country_and_is_background():
    ex = extract("英特尔、AMD和英伟达相继发布新一代芯片。")
    cities = {e.id: e for e in ex.entities if e.type in ("City", "Country")}
    for f in ex.facts:
        if f.predicate == "locatedIn" and f.subject in ("org/英特尔", "org/AMD", "org/英伟达"):
            assert f.method == "gazetteer" and f.evidence == () and f.background is not None
            assert f.background.gazetteer == "extract/rules/organisations.tsv" and f.background.entry in f.subject
            assert cities[f.object].attr("country") == "US"  # never Santa Clara, Cuba
            assert cities[f.object].attr("background") is True


def test_a_name_the_gazetteer_contradicts_is_not_a_place():
    ex = extract("广州的中山大学与哥伦比亚大学合作。")
    by = placed_by(ex)
    assert by[("org/中山大学", "city/广州")] == "possessive"
    assert not any(o == "city/中山" for _, o in by) and not any(e.id == "city/中山" for e in ex.entities)
    assert not any(s == "org/哥伦比亚大学" and o == "city/哥伦比亚" for s, o in by)


def test_every_city_entity_is_named_or_marked_background():
    ex = extract("北京大学国家发展研究院与英特尔、三星、诺基亚合作；武汉病毒研究所成果显著。")
    for e in ex.entities:
        if e.type == "City":
            assert e.mentions or e.attr("evidence") or (e.attr("background") and e.attr("source") is not None), e
    assert placed_by(ex)[("org/北京大学国家发展研究院", "city/北京")] == "name"  # a sub-unit takes its parent's city


def milestones_of(extraction) -> dict[str, tuple[str, set[str]]]:
    """date value → (precision, actors) of each milestone."""
    out = {}
    for e in extraction.entities:
        if e.type == "Milestone":
            actors = {f.object for f in extraction.facts if f.subject == e.id and f.predicate == "involves"}
            out.setdefault(e.attr("date"), (e.attr("precision"), set()))[1].update(actors)
    return out


def test_the_issues_milestone_in_ordinary_prose():
    ex = extract("2019年10月，中国科学技术大学潘建伟团队在量子计算领域取得重要进展。")
    assert milestones_of(ex)["2019-10"] == ("month", {"org/中国科学技术大学", "person/潘建伟"})


def test_date_expressions_of_the_genre_resolve_from_the_paragraph():
    ex = extract(
        "1991年和1992年国务院分两次批复了国家高新区建设；同年10月，科技部发布新办法；次年，华为推出新品。"
        "上半年，清华大学研制成功新型芯片。2007年之后，国务院陆续批复了新的高新区；截至2010年，教育部批准设立了150个基地。"
    )
    found = milestones_of(ex)
    assert found["1991"][1] == found["1992"][1] == {"org/国务院"}  # dates joined by 和 share the event
    assert found["1992-10"] == ("month", {"org/科技部"})  # 同年 after 1992
    assert found["1993"] == ("year", {"org/华为", "org/清华大学"})  # 次年, and 上半年 of that year
    assert "2007" not in found and "2010" not in found  # a period and a reckoning point, not events
    ex = extract("20世纪80年代，IBM推出个人计算机。90年代末，微软发布了新系统。21世纪初，谷歌发布搜索引擎。1986一1987年国家科委委托中国科学院开展研究。")
    found = milestones_of(ex)
    assert found["1980"] == ("decade", {"org/IBM"}) and found["1990"] == ("decade", {"org/微软"})  # 90年代 in the 1900s
    assert found["2000"] == ("century", {"org/谷歌"})
    assert found["1986"][0] == "year" and "org/中国科学院" in found["1986"][1]  # a range: its first year


def test_relative_dates_resolve_with_their_precision():
    from hardtech_kg.extract.dates import paragraph_dates

    doc = segment("一、总论\n\n1866年，西门子制成发电机；19世纪七八十年代，内燃机诞生，80 年代本茨制造出汽车。进入21世纪之后，同年 10月，次年，2019年上半年。\n")
    block = next(b for b in doc.blocks if b.kind == "paragraph")
    found = [(doc.text[d.start : d.end], d.value, d.precision) for d in paragraph_dates(block.text, block.start, [m for m in mentions(doc) if m.label == "Date"])]
    assert found == [
        ("1866年", "1866", "year"), ("19世纪七八十年代", "1870", "decade"), ("80 年代", "1880", "decade"), ("21世纪", "2000", "century"),
        ("同年 10月", "1866-10", "month"), ("次年", "1867", "year"), ("2019年上半年", "2019", "year"),
    ]


def test_a_fragment_is_never_an_actor():
    from hardtech_kg.extract.model import Mention
    from hardtech_kg.extract.facts.milestones import clean_actor

    def m(text, label):
        return Mention(0, 0, 0, len(text), text, label, "suffix")

    for text, label in (("他熟知中国科学院", "ResearchInstitute"), ("火箭成功发射铱通信公司", "Company"), ("亿北京科创母基金", "Fund"),
                        ("法国公司", "Company"), ("莫迪正式", "Person"), ("哈佛大学加里·皮萨诺", "Person")):
        assert not clean_actor(m(text, label)), text
    for text, label in (("中国科学院", "ResearchInstitute"), ("美国政府", "GovernmentBody"), ("酒泉卫星发射中心", "OtherOrganization"),
                        ("水资源与水电工程科学国家重点实验室", "StateKeyLab"), ("潘建伟", "Person")):
        assert clean_actor(m(text, label)), text


def test_the_relation_rules_load_their_verb_and_cue_lists():
    from hardtech_kg.extract.lexicon import relation_rules, rules_toml

    data, rules = rules_toml("relations.toml"), relation_rules()
    assert data["city_subject_verbs"] and data["city_clause_verbs"] and data["company_tails"] and data["milestone_label_lead"]
    for follows in ("市拥有国家实验室", "拥有", "市目前建有", "集聚了", "有"):
        assert rules.city_subject.match(follows), follows
    assert not rules.city_subject.match("的大学") and not rules.city_subject.match("大学目前尚在规划中")
    assert rules.city_verb.search("，包括").start() == 1
    assert rules.company_tails == tuple(sorted(rules.company_tails, key=len, reverse=True))  # longest first
    assert rules.milestone_label_lead.sub("", "以来，中国科学院研制成功") == "中国科学院研制成功"


def test_a_city_written_after_its_province_lies_in_it():
    by = placed_by(extract("形成了宁夏回族自治区全区、甘肃省嘉峪关市以东的区域，广东深圳和北京上海，湖北的武汉。"))
    assert by[("city/嘉峪关", "province/甘肃")] == "possessive"
    assert by[("city/深圳", "province/广东")] == "possessive"
    assert by[("city/武汉", "province/湖北")] == "possessive"
    assert not any(obj.startswith("city/") for _, obj in by)  # 北京上海 is a list


def test_a_joint_institute_named_after_two_parents_is_where_the_rest_of_its_name_says():
    by = placed_by(extract("由研究平台（中科院香港中文大学深圳先进集成技术所、生物医学与健康工程所、脑认知与脑疾病研究所）组成。"))
    places = {obj for (subj, obj) in by if "先进集成技术所" in subj}
    assert places == {"city/深圳"}


def test_a_zone_written_after_its_city_lies_in_it_and_a_name_places_only_where_the_city_is_written():
    by = placed_by(extract("如北京中关村及上海自贸区均为具有博士学位的人才提供便利。北京大学的光华管理学院、国家发展研究院开展研究。"))
    assert by[("org/中关村科技园区", "city/北京")] == "possessive"
    assert not any(subj.endswith("国家发展研究院") and method == "name" for (subj, _), method in by.items())


def test_a_small_foreign_town_in_a_name_is_no_placement_unless_the_text_names_it():
    where = located(extract("乔治梅森大学的研究表明，斯坦福大学法学院的学者也这样认为。布鲁塞尔自由大学亦然。"))
    assert "org/乔治梅森大学" not in where  # 乔治 is George, South Africa: here a person's name
    assert not any(any("斯坦福" in p for p in places) for places in where.values())  # Stamford, Connecticut
    assert where.get("org/布鲁塞尔自由大学") == {"city/布鲁塞尔"}  # a large city places it


def test_a_foreign_citys_name_that_a_transliteration_carries_on_is_no_placement():
    where = located(extract("巴里克黄金集团董事会主席约翰·桑顿表示。"))
    assert not any("city/巴里" in places for places in where.values())


def test_a_zone_named_by_its_province_lies_in_it_but_a_university_so_named_does_not():
    ex = extract("河北雄安新区和福建自贸区加快建设，浙江大学与广东省发改委合作。")
    by = placed_by(ex)
    assert by[("org/雄安新区", "province/河北")] == "name"
    assert any(o == "province/福建" and m == "name" for (s, o), m in by.items() if "福建自贸区" in s)
    assert not any(o.startswith("province/") for (s, o) in by if s in ("org/浙江大学",) or "发改委" in s)
    province = next(e for e in ex.entities if e.id == "province/福建")
    assert province.mentions or province.attr("evidence")  # named inside the zone's name, with that evidence


def test_a_name_as_written_places_the_organisation_the_resolution_names_otherwise():
    ex = extract("伦敦皇家学会于1660年成立。")
    where = located(ex)
    org = next(e for e in where if "皇家学会" in e)
    assert where[org] == {"city/伦敦"}
    assert placed_by(ex)[(org, "city/伦敦")] == "name"


def test_a_district_between_the_city_and_its_possessive_places_the_institution_in_the_city():
    where = located(extract("北京市海淀区的新华计算研究院发布了新品，深圳市南山区的星河光电研究所也有动作。"))
    assert "city/北京" in where.get("org/新华计算研究院", set()), where
    assert "city/深圳" in where.get("org/星河光电研究所", set()), where


def test_a_city_before_an_attributive_verb_or_over_a_well_known_body_of_another_city_places_nothing():
    ex = extract("大连市各高校拥有的中国工程院院士分布在东北财经大学。大连市拥有中国科学院和大连海事大学等单位的科研人员。")
    by = placed_by(ex)
    # 拥有的: the verb modifies 人才, no holding verb; but 大连市各高校 names the city's universities, and the
    # university the sentence names after it is one of them (the dev gold's "list" basis)
    assert by[("org/东北财经大学", "city/大连")] == "list"
    assert not any(s == "org/中国工程院" and o == "city/大连" for s, o in by)
    assert ("org/中国科学院", "city/大连") not in by  # the gazetteer seats it in Beijing
    assert by[("org/大连海事大学", "city/大连")] == "sentence"


def test_a_city_list_keeps_a_well_known_company_whose_seat_the_place_gazetteer_cannot_name():
    by = placed_by(extract("纽约有1家信息技术与芯片及硬件领军企业（IBM）。"))
    assert by.get(("org/IBM", "city/纽约")) == "sentence"  # its listed seat, 阿蒙克, is no place of the gazetteer


def test_a_city_among_examples_or_one_of_several_places_is_no_seat():
    by = placed_by(extract("汲取昆明与滇池、合肥与巢湖等城市建设的经验，将雄安新区建成生态新城。雄安新区地处北京、天津、保定腹地。清华大学位于北京。"))
    assert ("org/雄安新区", "city/巢湖") not in by  # 合肥与巢湖等城市建设: examples, no subject
    assert ("org/雄安新区", "city/北京") not in by  # 地处北京、天津、保定腹地: one of several places
    assert by[("org/清华大学", "city/北京")] == "statement"


def test_a_transitive_founding_verb_places_only_a_subject_founded_there_and_a_city_owns_what_lies_within_it():
    by = placed_by(extract("腾讯公司在深圳创立，是一家互联网企业。清华大学在深圳创办了清华大学深圳研究院。成都市内的电子科技大学和四川大学都有专利。"))
    assert by[("org/腾讯", "city/深圳")] == "statement"  # 在深圳创立，: the clause ends, the company was founded there
    assert ("org/清华大学", "city/深圳") not in by  # 在深圳创办了…: the founder is not placed
    assert by[("org/电子科技大学", "city/成都")] == "possessive"  # 市内的
    assert by[("org/四川大学", "city/成都")] == "possessive"


def test_a_headquarters_set_up_in_a_city_a_city_the_segmentation_cuts_and_capitals_listed_respectively():
    by = placed_by(extract("马普学会总部设立在慕尼黑。大德科技园区成立于1973年，位于韩国大田广域市儒城区。上海和江苏省、浙江省、安徽省省会城市南京、杭州和合肥。"))
    assert any(s.endswith("普朗克学会") and o == "city/慕尼黑" and m == "statement" for (s, o), m in by.items())
    assert by[("org/大德科技园区", "city/大田")] == "statement"  # 大田|广域|市儒: the short name is on the words' edges
    assert by[("city/南京", "province/江苏")] == by[("city/杭州", "province/浙江")] == by[("city/合肥", "province/安徽")] == "capital"
    assert ("city/南京", "province/安徽") not in by


def test_a_well_known_companys_regional_unit_is_its_own_organisation_and_a_place_near_a_city_is_not_it():
    ex = extract("国网湖北电力有限公司宜昌供电公司 宜昌443000\n\n华为技术有限公司发布新品。阿登纳基金会成立于1964年，总部设在柏林及位于波恩附近的圣奥古斯汀。")
    by = placed_by(ex)
    assert not any(s == "org/国家电网" for s, _ in by)  # the Yichang supply company is not the State Grid
    assert any("宜昌供电公司" in s and o == "city/宜昌" for s, o in by)
    assert "org/华为" in {e.id for e in ex.entities}  # a company's own legal name is still the company
    assert not any(o == "city/波恩" and m == "statement" for (s, o), m in by.items())


def test_what_is_founded_in_a_city_is_placed_there_and_a_name_cut_short_is_the_whole_not_a_parent_and_a_unit():
    ex = extract("1960年，两所合并，在北京成立轻工业部食品发酵工业科学研究所。北京的中关村科技园是诞生地。")
    by = placed_by(ex)
    assert by[("org/轻工业部食品发酵工业科学研究所", "city/北京")] == "statement"
    labels = {e.label for e in ex.entities}
    assert "中关村科技园区科技园" not in labels  # 中关村科技园 completes to 中关村科技园区, not 中关村科技园区 + 科技园


def test_an_affiliation_line_with_the_province_before_the_city_places_the_unit_and_its_university():
    doc = segment("产业创新中心研究\n\n张三\n\n(武汉理工大学管理学院,湖北 武汉 430070)\n\n(中国矿业大学 管理学院,江苏徐州221116)\n\n摘要：正文。\n")
    by = placed_by(relations(doc, mentions(doc), "t"))
    assert by[("org/武汉理工大学管理学院", "city/武汉")] == "affiliation"
    assert by[("org/中国矿业大学管理学院", "city/徐州")] == "affiliation"  # the unit written after its university, with a space: one name


def test_every_body_of_an_affiliation_line_is_placed_in_its_city():
    doc = segment("研究\n\n王云1\n\n2. 中国科学院地理科学与资源研究所 中国科学院区域可持续发展分析与模拟重点实验室 北京 100101\n\n摘要：正文。\n")
    by = placed_by(relations(doc, mentions(doc), "t"))
    assert by[("org/中国科学院地理科学与资源研究所", "city/北京")] == "affiliation"
    assert any("重点实验室" in s and o == "city/北京" for s, o in by)


def test_a_seat_with_its_country_in_apposition_places_and_a_foreign_city_inside_a_joint_name_does_not():
    by = placed_by(extract("西交利物浦大学是位于苏州、中国领先的中外合作大学。雄安新区地处北京、天津、保定腹地。"))
    assert by[("org/西交利物浦大学", "city/苏州")] == "statement"
    assert not any(subject == "org/西交利物浦大学" and place != "city/苏州" for subject, place in by)


def test_each_city_listed_after_its_province_lies_in_it_where_the_gazetteer_agrees():
    got = located(extract("主要是指安徽省的淮北、宿州、蚌埠以及淮南和六安，江苏省的徐州、连云港和北京。"))
    assert all(got.get(f"city/{c}") == {"province/安徽"} for c in ("淮北", "宿州", "蚌埠", "淮南", "六安"))
    assert got.get("city/连云港") == {"province/江苏"}
    assert "city/北京" not in got  # listed after 江苏省, but not a city of Jiangsu


def test_each_unit_of_a_numbered_affiliation_line_is_placed_in_its_city():
    doc = segment("某某农业发展战略\n张某，李某\n(1．中国科学院遗传与发育生物学研究所农业资源研究中心 石家庄;2．中国科学院科技促进发展局 北京)\n摘要：本文研究粮食。\n")
    got = located(relations(doc, mentions(doc), "t"))
    assert got.get("org/中国科学院遗传与发育生物学研究所农业资源研究中心") == {"city/石家庄"}
    assert got.get("org/中国科学院科技促进发展局") == {"city/北京"}


def test_the_agent_of_a_relative_clause_is_not_placed_by_the_founding_after_it():
    by = placed_by(extract("2016年，由国资委牵头组建的某某联合体在北京成立。"))
    assert by.get(("org/国务院国资委", "city/北京")) != "statement"  # the gazetteer's background placement, if any, is not this sentence's


def test_what_lies_near_a_city_is_not_the_citys():
    where = located(extract("特别是邻近兰州的星河光电研究所发展迅速，武汉的新华计算研究院也有动作。"))
    assert "city/兰州" not in where.get("org/星河光电研究所", set()), where
    assert "city/武汉" in where.get("org/新华计算研究院", set()), where


def test_a_universitys_campus_is_in_the_city_written_before_its_campus_word():
    ex = extract("研究者来自加州大学伯克利分校、内华达大学拉斯维加斯分校和北京师范大学珠海分校。")
    by_name = {(f.subject, f.object): f.method for f in ex.facts if f.predicate == "locatedIn"}
    assert by_name[("org/加州大学伯克利分校", "city/伯克利")] == "name"  # read from the name, not the gazetteer's background
    assert by_name[("org/内华达大学拉斯维加斯分校", "city/拉斯维加斯")] == "name"
    assert by_name[("org/北京师范大学珠海分校", "city/珠海")] == "name"


def test_a_district_between_the_place_and_its_institution_or_the_founding_verb_keeps_the_placement():
    # 燕山石化 is the gazetteer's 中国石化北京燕山分公司 (round 32): the statement still places it, whatever its id
    where = located(extract("位于北京房山的燕山石化公司扩建。博鳌亚洲论坛于2001年在海南省琼海市博鳌镇成立。"))
    assert "city/北京" in where.get("org/中国石化北京燕山分公司", set())
    assert "city/琼海" in where.get("org/博鳌亚洲论坛", set())
    ex = extract("位于北京房山的燕山石化公司扩建。博鳌亚洲论坛于2001年在海南省琼海市博鳌镇成立。")
    methods = {(f.subject, f.object): f.method for f in ex.facts if f.predicate == "locatedIn"}
    assert methods[("org/中国石化北京燕山分公司", "city/北京")] == methods[("org/博鳌亚洲论坛", "city/琼海")] == "statement"


def test_an_anaphor_places_the_institution_it_stands_for_with_both_passages_as_evidence():
    ex = extract("（2）安大略省繁荣创新中心\n\n该中心位于多伦多，主要从事研究。\n\n某某研究中心与清华大学合作。该中心位于北京。")
    fact = next(f for f in ex.facts if f.predicate == "locatedIn" and f.subject == "org/安大略省繁荣创新中心")
    assert fact.object == "city/多伦多" and fact.method == "statement"
    assert len(fact.evidence) == 2 and fact.evidence[0].block != fact.evidence[1].block
    assert not any(f.predicate == "locatedIn" and f.method == "statement" and f.object == "city/北京" for f in ex.facts)


def test_a_city_that_opens_a_clause_with_a_kind_of_its_institutions_holds_those_the_sentence_names():
    where = located(extract(
        "从大连市各个高校拥有的高层次人才的数量情况可以看出：中国工程院院士等六类人才分布在大连海事大学、东北财经大学和辽宁师范大学3所高校。"
        "与杭州高校相比，复旦大学更强。"
    ))
    assert {"org/东北财经大学", "org/辽宁师范大学"} <= {s for s, places in where.items() if "city/大连" in places}
    assert "city/杭州" not in where.get("org/复旦大学", set())
    assert "city/大连" not in where.get("org/中国工程院", set())


def test_a_province_written_before_its_capitals_word_keeps_its_name_and_places_the_capital():
    ex = extract("济南是山东省会、副省级城市。")
    assert {(m.text, m.label) for m in mentions(segment("一、总论\n\n济南是山东省会、副省级城市。\n")) if m.label == "Province"} == {("山东", "Province")}
    assert "province/山东" in located(ex).get("city/济南", set())


def test_the_cities_a_provinces_clause_lists_after_a_verb_of_holding_lie_in_it_where_the_gazetteer_agrees():
    ex = extract("江苏占据南京、苏州、无锡、常州4座城市。新疆的开发区主要布局在乌鲁木齐、克拉玛依以及吐鲁番、哈密地区。广东拥有北京、上海的合作伙伴。")
    by = placed_by(ex)
    assert {c for (c, p), m in by.items() if p == "province/江苏" and m == "list"} == {"city/南京", "city/苏州", "city/无锡", "city/常州"}
    assert {c for (c, p), m in by.items() if p == "province/新疆" and m == "list"} == {"city/乌鲁木齐", "city/克拉玛依", "city/吐鲁番", "city/哈密"}
    assert not any(p == "province/广东" for (c, p) in by)


def test_an_anaphor_by_a_one_character_unit_places_the_institution_of_that_kind():
    ex = extract("天津大学创办于1895年。该校位于天津。兰州化学物理研究所成立于1958年。该所位于兰州。")
    methods = {(f.subject, f.object): f.method for f in ex.facts if f.predicate == "locatedIn"}
    assert methods[("org/天津大学", "city/天津")] == methods[("org/兰州化学物理研究所", "city/兰州")] == "statement"
    assert "city/北京" not in located(extract("清华大学与兰州化学物理研究所合作。该校位于北京。")).get("org/兰州化学物理研究所", set())


def test_the_school_or_the_site_opening_a_clause_places_the_institution_it_stands_for():
    ex = extract("广东工业大学是一所多科性大学。学校坐落于中国南方名城广州。中国科学院计算技术研究所是第一个计算机研究机构。所址位于北京市海淀区中关村。中国科学院海洋研究所成立于1950年。本所位于青岛。")
    methods = {(f.subject, f.object): f.method for f in ex.facts if f.predicate == "locatedIn"}
    assert methods[("org/广东工业大学", "city/广州")] == methods[("org/中国科学院计算技术研究所", "city/北京")] == methods[("org/中国科学院海洋研究所", "city/青岛")] == "statement"
    assert "city/上海" not in located(extract("兰州化学物理研究所与北京大学合作。所址位于上海。")).get("org/北京大学", set())  # 所: no university


def test_a_possessor_before_a_cue_is_not_what_it_places_unless_its_seat_is_named():
    placed = located(extract("著名的中国科学技术大学就位于合肥，国防科技大学的电子对抗学院也位于合肥。华为的总部位于深圳。"))
    assert "city/合肥" in placed["org/中国科学技术大学"] and "city/合肥" not in placed.get("org/国防科技大学", set())
    assert "city/深圳" in placed["org/华为"]


def test_a_sentence_that_seats_one_institution_in_its_city_lists_more_of_the_citys_after_a_kind_and_having():
    by = placed_by(extract("著名的中国科学技术大学就位于合肥，大学还有安徽大学、安徽农业大学，学院有安徽新华学院等。北京大学位于北京，企业有华为。"))
    assert by[("org/安徽大学", "city/合肥")] == by[("org/安徽农业大学", "city/合肥")] == by[("org/安徽新华学院", "city/合肥")] == "list", by
    assert ("org/华为", "city/北京") not in by, by  # 华为 is known to be elsewhere


def test_an_affiliations_city_after_its_country_or_before_a_postcode_glued_to_the_next_index_places_the_unit():
    by = placed_by(extract("2.国网电力科学研究院南京分院，中国南京 210000\n(1.宝鸡文理学院 电子电气工程学院，陕西 宝鸡 7210162.西安邮电大学 通信学院，陕西 西安 710121)"))
    assert by[("org/国家电网电力科学研究院南京分院", "city/南京")] == by[("org/宝鸡文理学院电子电气工程学院", "city/宝鸡")] == "affiliation", by
    assert by[("city/宝鸡", "province/陕西")] == "affiliation", by


def test_a_body_stationed_in_a_city_in_brackets_is_placed_there():
    by = placed_by(extract("国家能源局东北能源监管局（驻沈阳）。中国科学院东北地理与农业生态研究所（驻长春）。"))
    assert by[("org/国家能源局东北能源监管局", "city/沈阳")] == by[("org/中国科学院东北地理与农业生态研究所", "city/长春")] == "parenthesis", by


def test_a_city_before_relevant_departments_is_no_subject_of_having():
    doc = segment("一、总论\n\n浙江省及杭州市有关部门负责同志，北京大学医学部、材料科学与工程学院参加。北京有清华大学、北京大学等高校。\n")
    facts = relations(doc, mentions(doc), "t").facts
    placed = {(f.subject, f.object) for f in facts if f.predicate == "locatedIn"}
    assert not any(o.endswith("杭州") for _, o in placed)
    assert any(s.endswith("清华大学") and o.endswith("北京") for s, o in placed)


def test_what_a_relative_clause_founds_at_a_place_is_placed_there_and_a_foreign_company_is_a_kind():
    doc = segment("一、总论\n\n离不开当年温州青山集团因环境限制而在宁德设立的青拓集团。在芝加哥注册的外国公司累计超过1800家。\n")
    ms = mentions(doc)
    placed = {(f.subject, f.object) for f in relations(doc, ms, "t").facts if f.predicate == "locatedIn"}
    assert ("org/青拓集团", "city/宁德") in placed
    assert not any(m.text == "外国公司" for m in ms)


def test_an_organisation_named_by_its_city_that_a_cue_not_of_headquarters_puts_elsewhere_keeps_its_city():
    doc = segment("一、总论\n\n香港新能源科技有限公司决定将第三个工厂落户宁德。西交利物浦大学位于苏州。\n")
    placed = {(f.subject, f.object) for f in relations(doc, mentions(doc), "t").facts if f.predicate == "locatedIn"}
    assert ("org/香港新能源科技有限公司", "city/香港") in placed and ("org/香港新能源科技有限公司", "city/宁德") not in placed
    assert ("org/西交利物浦大学", "city/苏州") in placed


def test_an_organisation_whose_gazetteer_city_no_place_list_holds_does_not_stop_the_relations():
    extraction = extract("他在普林斯顿高等研究院工作，后到北京大学国家发展研究院任教。")
    assert "city/北京" in located(extraction).get("org/北京大学国家发展研究院", set())  # the document's other facts are built


def test_where_an_institution_moved_is_where_it_is():
    assert "city/秦皇岛" in located(extract("1997年，燕山大学整体南迁秦皇岛市。")).get("org/燕山大学", set())


def test_an_organisation_whose_gazetteer_city_no_place_list_holds_builds_its_documents_relations():
    from hardtech_kg.extract import lexicon
    from hardtech_kg.extract.components import _place_scanner

    places = _place_scanner().entries
    unplaced = [o for o in lexicon.organisations() if o.city and o.city not in places and o.city.rstrip("市") not in places]
    assert unplaced  # the gazetteer names cities the place list lacks (普林斯顿, 橡树岭 …): each must not stop a document
    for org in unplaced:
        for name in (org.name, *org.aliases):  # a unit named after the organisation (普林斯顿|高等研究院) took the parent's city
            extract(f"他在{name}高等研究院工作。")  # raised KeyError in the placement facts before


def test_a_body_named_by_its_level_only_is_its_documents_own():
    text = "一、总论\n\n省教育厅、市委组织部和省科协联合发文，浙江省教育厅、全国科协与市场监管局参加。\n"
    ids = []
    for doc_id in ("jiangsu-report", "henan-report"):
        doc = segment(text)
        ids.append({e.label: e.id for e in relations(doc, mentions(doc), doc_id).entities})
    for label in ("省教育厅", "市委组织部", "省科协"):  # two reports' 省教育厅 are two provinces' bodies, not one entity
        assert ids[0][label] != ids[1][label] and ids[0][label].endswith("@jiangsu-report")
    for label in ("浙江省教育厅", "全国科协", "市场监管局"):  # named by their place, national, or a word beginning with 市
        assert ids[0][label] == ids[1][label] == f"org/{label}"


def test_a_branch_named_by_its_city_lies_in_that_city():
    extraction = extract("作者单位：中国科学院国家科学图书馆武汉分馆 武汉；上海图书馆浦东分馆开放。")
    assert located(extraction).get("org/中国科学院国家科学图书馆武汉分馆") == {"city/武汉"}  # not its parent's 北京
    assert located(extraction).get("org/上海图书馆浦东分馆") == {"city/上海"}


def test_the_state_economic_and_trade_commission_is_not_the_older_economic_commission():
    ex = extract("国家经贸委管理的10个国家局。国家经委于1988年撤销。")
    ids = {e.id for e in ex.entities}
    assert "org/国家经济贸易委员会" in ids and "org/国家经济委员会" in ids


def test_where_the_text_says_a_well_known_body_lies_wins_over_the_gazetteers_seat_but_a_plant_does_not():
    where = located(extract("阿贡国家实验室位于芝加哥。"))
    assert where["lab/阿贡国家实验室"] == {"city/芝加哥"}
    where = located(extract("华为将第三个工厂落户宁德。"))
    assert "city/宁德" not in where.get("org/华为", set())


def test_what_a_founding_verb_takes_as_its_object_in_a_place_is_placed_there_not_who_founds_it():
    by = placed_by(extract(
        "2015年底，几家机器人企业在杭州组织成立了服务机器人产业联盟。"
        "1955年在波恩建立了基督教民主教育工作学会。"
        "清华大学在深圳共同建立了深圳清华大学研究院。"
    ))
    assert by[("org/服务机器人产业联盟", "city/杭州")] == "statement"
    assert by[("org/基督教民主教育工作学会", "city/波恩")] == "statement"
    assert ("org/清华大学", "city/深圳") not in by  # the founder is not placed where it founds


def test_a_place_that_opens_a_clause_and_founds_an_institution_holds_it():
    by = placed_by(extract("在地级市层面，四川绵阳市成立了市委市政府决策咨询委员会，作为新型智库的骨干。"))
    assert by[("org/市委市政府决策咨询委员会@t", "city/绵阳")] == "statement"  # a local body: its id is the document's


def test_a_zone_built_in_a_city_of_a_province_lies_in_both_and_a_part_of_the_province_is_no_gap():
    where = located(extract("河北雄安新区规划范围地处河北省腹地保定市，是新的城市。"))
    assert where.get("org/雄安新区") == {"city/保定", "province/河北"}, where
    assert located(extract("华夏光电研究院始建于西安市。")).get("org/华夏光电研究院") == {"city/西安"}


def test_each_institution_a_founding_verb_lists_in_a_place_is_placed_there():
    by = placed_by(extract("2015年底，几家机器人企业在杭州组织成立了服务机器人产业联盟和工业软件产业联盟。"))
    assert by.get(("org/服务机器人产业联盟", "city/杭州")) == by.get(("org/工业软件产业联盟", "city/杭州")) == "statement", by


def test_a_bare_decade_is_the_one_nearest_the_paragraphs_last_year():
    from hardtech_kg.extract.dates import paragraph_dates

    doc = segment("一、总论\n\n1983年，某大学研制成功巨型机；90年代，该校又完成了新机的研制。2015年，回顾80年代的历史。\n")
    block = next(b for b in doc.blocks if b.kind == "paragraph")
    found = {doc.text[d.start : d.end]: d.value for d in paragraph_dates(block.text, block.start, [m for m in mentions(doc) if m.label == "Date"])}
    assert found["90年代"] == "1990" and found["80年代"] == "1980", found  # after 1983, the 1990s, not the 1890s


def test_a_move_gives_the_seat_the_institution_has_from_then_on():
    by = placed_by(extract("1970年秋，哈军工主体南迁长沙。"))
    assert by.get(("org/中国人民解放军军事工程学院", "city/长沙")) == "statement", by  # over the gazetteer's 哈尔滨


def test_each_unit_of_an_affiliation_line_that_lost_its_spaces_is_placed_in_its_city():
    doc = segment("题目研究\n\n吴某某1 周某2\n\n1中国科学院心理研究所北京1001012厦门大学传播研究所厦门3610053中国科学院大学心理学系北京1000494北京大学人口研究所北京100871\n\n摘要：正文。\n")
    by = placed_by(relations(doc, mentions(doc), "t"))
    assert by.get(("org/中国科学院心理研究所", "city/北京")) == "affiliation", by
    assert by.get(("org/厦门大学传播研究所", "city/厦门")) == "affiliation", by  # the postcode glued to the next unit's index


def test_a_city_after_its_country_in_brackets_places_the_institution():
    by = placed_by(extract("综合开发研究院(中国·深圳)成立于1989年。"))
    assert by.get(("org/综合开发研究院", "city/深圳")) == "parenthesis", by


def test_what_a_subject_makes_land_in_a_place_does_not_place_the_subject():
    by = placed_by(extract("国家集成电路产业投资基金二期积极支持湖北产业发展，已推动两个重大项目在湖北落地，分别是长江存储和三安光电。"))
    assert not any(subject.startswith("org/国家集成电路产业投资基金") and method == "statement" for (subject, _), method in by.items()), by


def test_a_city_after_its_province_in_brackets_places_the_institution():
    by = placed_by(extract("水文地质环境地质研究所（河北省石家庄市）、岩溶地质研究所（广西壮族自治区桂林市）先后成立。"))
    assert by.get(("org/水文地质环境地质研究所", "city/石家庄")) == "parenthesis", by
    assert by.get(("org/岩溶地质研究所", "city/桂林")) == "parenthesis", by


def test_zuoluo_is_a_statement_of_place_and_a_capital_after_its_province_is_the_city():
    by = placed_by(extract("电子科技大学座落于四川省会成都。"))
    assert by.get(("org/电子科技大学", "city/成都")) == "statement", by


def test_a_list_written_one_institute_and_its_city_to_a_line_places_each_and_joins_no_lines():
    doc = segment(
        "一、总论\n\n"
        "马克斯·普朗克天文学研究所（MPI für Astronomie），海德堡，这是用来超过六十个字符门槛的一段很长很长很长的说明文字，马格德堡\n"
        "马克斯·普朗克历史研究所（MPI für Geschichte），柏林\n"
    )
    assert [b.text[:12] for b in doc.blocks if b.kind in ("paragraph", "line")] == ["马克斯·普朗克天文学研究", "马克斯·普朗克历史研究所"]
    by = placed_by(relations(doc, mentions(doc), "t"))
    assert by.get(("org/马克斯·普朗克历史研究所", "city/柏林")) == "affiliation", by


def test_a_name_in_traditional_script_that_begins_with_its_city_or_a_state_prefix_and_its_city_places_it():
    by = placed_by(extract("澳門理工學院成立。國立臺北科技大學成立。"))
    assert by.get(("org/澳门理工学院", "city/澳门")) == "name", by  # ids are minted from the folded name
    assert by.get(("org/国立台北科技大学", "city/台北")) == "name", by


def test_traditional_script_cues_and_verbs_and_one_entity_for_both_scripts():
    ex = extract("微軟亞洲研究院總部位於北京。微软亚洲研究院很强。2017年3月，中興通訊與美國政府達成和解協議。")
    assert placed_by(ex).get(("org/微软亚洲研究院", "city/北京")) == "statement"
    labs = [e for e in ex.entities if e.id == "org/微软亚洲研究院"]
    assert len(labs) == 1 and labs[0].label == "微軟亞洲研究院", labs  # one entity, labelled as first written
    dates = {f.subject: f.object for f in ex.facts if f.predicate == "date"}
    assert "2017-03" in dates.values(), dates


def test_the_school_right_before_a_move_moves_and_a_relative_clause_places_only_what_it_describes():
    by = placed_by(extract("10月21日，石油部军管会下达了北京石油学院迁校山东东营的命令。"))
    assert by.get(("org/北京石油学院", "city/东营")) == "statement", by
    assert not any(k[1] == "city/东营" for k in by if k[0] != "org/北京石油学院" and k[0].startswith("org/")), by
    by = placed_by(extract("腾讯、博裕、元禾三家机构投资5亿元人民币，入股总部位于苏州的同程网。"))
    assert by.get(("org/腾讯", "city/苏州")) is None, by
    by = placed_by(extract("华为位于深圳的总部开放参观。"))
    assert by.get(("org/华为", "city/深圳")) == "statement", by


def test_a_known_universitys_short_name_with_another_city_in_brackets_is_its_campus():
    by = placed_by(extract("哈尔滨工业大学（深圳），简称哈工大（深圳），2002年成立。哈工大（深圳）发展迅速。"))
    assert ("org/哈尔滨工业大学", "city/深圳") not in by, by
    assert by.get(("org/哈尔滨工业大学(深圳)", "city/深圳")) == "name", by


def test_a_hospitals_or_a_companys_profile_places_it_by_its_kind_alone():
    """Hospital and company profiles (review of hospital news): 医院坐落在…, 公司总部位于… place the hospital or the
    company named last before them, as 学校坐落于… does a school."""
    ex = extract("北京协和医院是一所综合医院。医院坐落在北京市东城区。科大讯飞股份有限公司成立于1999年。公司总部位于合肥。")
    methods = {(f.subject, f.object): f.method for f in ex.facts if f.predicate == "locatedIn"}
    assert methods.get(("org/科大讯飞", "city/合肥")) == "statement", methods
    assert any(s.startswith("org/北京协和医院") and o == "city/北京" and m == "statement" for (s, o), m in methods.items()), methods


def test_a_branch_hospital_lies_in_the_city_before_its_last_word_not_in_its_parents():
    """Hospital news (review of ten texts): 西安交通大学第二附属医院洛阳医院 is in 洛阳, 四川大学华西厦门医院 in 厦门; a county's
    town before 医院 is no branch's city (上海交通大学医学院附属瑞金医院 stays in 上海)."""
    ex = extract("西安交通大学第二附属医院洛阳医院和四川大学华西厦门医院获批。上海交通大学医学院附属瑞金医院也获批。")
    placed = located(ex)
    assert placed.get("org/西安交通大学第二附属医院洛阳医院") == {"city/洛阳"}, placed
    assert placed.get("org/四川大学华西厦门医院") == {"city/厦门"}, placed
    assert "city/瑞金" not in placed.get("org/上海交通大学医学院附属瑞金医院", set()), placed


def test_a_hospitals_branch_in_another_city_is_not_the_hospital_itself():
    """Hospital news (review of ten texts): 复旦大学附属儿科医院 is not an abbreviation of its branch
    复旦大学附属儿科医院厦门医院 (the unit's name and a place): two entities, the parent not aliased to the branch."""
    ex = extract("复旦大学附属儿科医院厦门医院开诊。该院由复旦大学附属儿科医院托管。")
    ids = {e.id for e in ex.entities.values()} if isinstance(ex.entities, dict) else {e.id for e in ex.entities}
    assert {"org/复旦大学附属儿科医院", "org/复旦大学附属儿科医院厦门医院"} <= ids, ids


def test_a_provinces_full_name_before_its_citys_places_the_body_in_the_city():
    """Cooperation news (review of ten texts): 黑龙江省伊春市人民政府 is in 伊春, as 伊春市人民政府 is; a city of another
    province is not read so."""
    got = located(extract("东北地理所与黑龙江省伊春市人民政府签署协议。江苏省南京市人民政府发布通知。"))
    assert "city/伊春" in got.get("org/黑龙江省伊春市人民政府", set()) and "city/南京" in got.get("org/江苏省南京市人民政府", set()), got


def test_a_citys_title_written_with_it_still_names_the_city():
    """High-tech zone histories (review of ten texts): 首都北京 and 省会南京 are one word to the dictionary; the city is named
    (中关村位于首都北京 places the zone), and an economic development zone by its short ending 经开区 is a zone."""
    got = located(extract("中关村位于首都北京，是创新高地。广州经开区发展迅速。"))
    assert "city/北京" in got.get("org/中关村科技园区", set()) and "city/广州" in got.get("org/广州经开区", set()), got


def test_units_of_one_affiliation_share_the_city_written_after_the_last():
    """Regional-innovation papers (review of ten texts): (1.某大学 某院;2.某大学 某院,湖北 武汉430070) and (武汉大学 a.某中心;
    b.某学院,…) place every unit in 武汉, across the ；; an item with a city of its own keeps it."""
    doc = segment("区域创新研究\n\n张三\n\n(武汉大学 a.中国科学评价研究中心;b.信息管理学院,湖北 武汉 430072)\n\n"
                  "李四\n\n(1.中国科学院文献情报中心,北京 100190;2.上海交通大学 图书馆,上海 200240)\n\n摘要：本文研究。\n")
    got = located(relations(doc, mentions(doc), "t"))
    assert "city/武汉" in got.get("org/中国科学评价研究中心", set()) and "city/武汉" in got.get("org/信息管理学院", set()), got
    assert got.get("org/中国科学院文献情报中心") == {"city/北京"}, got


def test_a_citys_list_written_as_those_there_ends_where_another_list_begins():
    """Institute histories (review of ten texts): 在北京的有A、B、C places A, B and C in 北京; the list after ；在省、市、自治区的
    有… is not Beijing's; 北京的有关部门 is no list."""
    got = located(extract("在北京的有冶金工业部钢铁研究总院、冶金设备研究院;在省、市、自治区的有攀枝花钢铁研究院,长沙矿山研究院。"))
    assert "city/北京" in got.get("org/冶金工业部钢铁研究总院", set()) and "city/北京" in got.get("org/冶金工业部冶金设备研究院", set()), got
    assert "city/北京" not in got.get("org/长沙矿山研究院", set()) and "city/北京" not in got.get("org/攀枝花钢铁研究院", set()), got
    assert located(extract("北京的有关部门和清华大学发布了通知。")).get("org/清华大学", set()) <= {"city/北京"}


def test_a_citys_holding_verb_used_as_a_noun_in_a_list_makes_it_no_subject():
    """Hydrogen news (round 28): 用于…总部建设、某公司成都基地建设、…大连研发中心… lists uses of money: 成都|基地建设、 holds nothing, so
    the research centre is not placed in 成都 (its name places it in 大连)."""
    where = located(extract("本轮融资资金将用于新研氢能位于北京亦庄的总部建设、新研氢能成都基地建设、新研氢能北京研发中心及大连研发中心研发团队扩充。"))
    assert where.get("org/大连研发中心") == {"city/大连"}, where
    assert not any("city/成都" in places for places in where.values()), where


def test_a_ministrys_office_written_after_it_is_a_body_under_it():
    """County-innovation news (round 28): the signature 科技部农村科技司 is the ministry's department, an entity of its own
    with subOrganizationOf 科技部, not the ministry; 科技部 alone is the ministry."""
    ex = extract("科技部农村科技司发布通知。科技部发布通知。")
    assert {e.id for e in ex.entities if e.type == "GovernmentBody"} == {"org/科技部", "org/科技部农村科技司"}
    assert any(f.predicate == "subOrganizationOf" and (f.subject, f.object) == ("org/科技部农村科技司", "org/科技部") for f in ex.facts)


def test_a_policys_date_takes_no_year_from_a_target_after_it():
    """Commercial-space news (round 28): 北京1月24日电 24日发布的《…(2024-2028年)》…计划到2028年 gives the policy no date (2028 is
    a target, and no year of the day is stated); a year stated before still dates a later day (2019年…。5月8日，…印发《…》)."""
    ex = extract("中新社北京1月24日电 24日发布的《北京市加快商业航天创新发展行动方案(2024-2028年)》提出,北京计划到2028年实现回收复飞。")
    assert not [f for f in ex.facts if f.predicate == "date" and f.subject.startswith("policy/")], ex.facts
    ex = extract("2019年，某省提出目标。5月8日，省政府印发《某省科技创新规划》。")
    assert [(f.subject, f.object) for f in ex.facts if f.predicate == "date" and f.subject.startswith("policy/")] == [("policy/某省科技创新规划", "2019-05-08")]


def test_a_trade_named_company_founded_by_someone_is_placed_by_its_headquarters():
    """Humanoid-robot news (round 28): 智元机器人由…于2023年2月创立，总部位于上海 names the company (由 after a trade name is a
    company's act) and places it in 上海; 工业机器人由机械臂组成 names none."""
    ex = extract("智元机器人由华为前天才少年稚晖君于2023年2月创立，总部位于上海。工业机器人由机械臂组成。")
    assert located(ex).get("org/智元机器人") == {"city/上海"}, located(ex)
    assert {e.id for e in ex.entities if e.type == "Company"} == {"org/华为", "org/智元机器人"}


def test_cities_that_lead_a_provinces_industry_lie_in_it():
    """Battery news (round 29): 江西省已经形成了以宜春、新余、赣州…为主的产业格局 places the cities it lists in the province."""
    doc = segment("江西省已经形成了以宜春、新余、赣州三大锂电产业集群为主，南昌等特色集聚区共同发展的产业格局。\n")
    placed = placed_by(relations(doc, mentions(doc)))
    assert {k for k, v in placed.items() if v == "list"} == {("city/宜春", "province/江西"), ("city/新余", "province/江西"), ("city/赣州", "province/江西")}


def test_a_short_names_expansion_does_not_run_into_the_names_own_words():
    """PV and key-R&D news (round 31): a well-known short name at the head of a longer name is expanded (中科院物理所 → 中国科学院…),
    but not where the full name only adds its last character and the longer name's own word goes on (美国国家科学基金|委员会中国
    办公室 is no 美国国家科学基金会委员会…), and a short name before a kind its full name ends in is that body (北京亦庄经济开发区 is
    北京经济技术开发区, no 北京经济技术开发区经济开发区)."""
    from hardtech_kg.extract.resolution import _org_alias_map, canonical_org_name

    aliases = _org_alias_map()
    assert canonical_org_name("美国国家科学基金委员会中国办公室", None, aliases) == "美国国家科学基金委员会中国办公室"
    assert canonical_org_name("北京亦庄经济开发区", None, aliases) == "北京经济技术开发区"
    assert canonical_org_name("中科院物理所", None, aliases).startswith("中国科学院")
