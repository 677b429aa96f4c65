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


def test_policy_issuer_and_date_from_the_sentence():
    ex = extract("2019年9月，科技部印发《关于促进新型研发机构发展的指导意见》。")
    facts = {(f.predicate, f.object) for f in ex.facts if f.subject == "policy/关于促进新型研发机构发展的指导意见"}
    assert ("issuedBy", "org/科技部") in facts and ("date", "2019-09") in facts


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
