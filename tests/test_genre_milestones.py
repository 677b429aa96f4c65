"""Milestones of the genre's other events: rankings, awards, companies, sites (milestones.toml, version 2)."""

from __future__ import annotations

import pytest

from hardtech_kg.extract.mentions import mentions
from hardtech_kg.extract.relations import relations
from hardtech_kg.extract.segment import segment


def milestones(text: str) -> dict[str, set[str]]:
    return _milestones_of(segment("一、总论\n\n" + text + "\n"))


def _milestones_of(doc) -> dict[str, set[str]]:
    ex = relations(doc, mentions(doc), "t")
    dates = {f.subject: f.object_value if hasattr(f, "object_value") else f.object for f in ex.facts if f.predicate == "date"}
    out: dict[str, set[str]] = {}
    for f in ex.facts:
        if f.predicate == "involves":
            out.setdefault(str(dates.get(f.subject)), set()).add(f.object)
    return out


@pytest.mark.parametrize(
    "text, date, actor",
    [
        ("2013年6月，国家超级计算广州中心的天河二号登顶全球超级计算机500强。", "2013-06", "org/国家超级计算广州中心"),
        ("2016年，荷兰皇家壳牌公司收购了德国电池制造商Sonnen公司。", "2016", "org/皇家壳牌公司"),  # the country before the name is not part of it
        ("2018年3月，深圳湾实验室正式揭牌。", "2018-03", "org/深圳湾实验室"),
    ],
)
def test_a_dated_ranking_acquisition_or_opening_is_a_milestone_of_its_actor(text, date, actor):
    got = milestones(text)
    assert any(date in d and actor in actors for d, actors in got.items()), got


def test_a_process_word_is_no_event():
    assert milestones("2019年，企业加快转型升级。") == {}


def test_a_later_date_of_the_sentence_shares_the_subject_before_it():
    got = milestones("中国科学院计算技术研究所于2006年设立该项目，2007年首次公布了资助名单。")
    assert {"2006", "2007"} <= set(got) and all("org/中国科学院计算技术研究所" in actors for actors in got.values())


def test_a_date_inside_a_quotation_is_not_the_speakers_act():
    got = milestones("2016年5月30日，中国科学院计算技术研究所在大会上强调，“到2030年时实现建成创新型国家的目标”。")
    assert "2030" not in got


def test_a_period_up_to_now_is_no_event():
    assert milestones("科技部于2011年至今开展了评价工作。") == {}


def test_the_reports_own_method_and_an_events_target_dates_are_no_milestones():
    got = milestones(
        "本文通过国务院官方发布的2006年和2017年《中国开发区审核公告目录》两期数据，对比研究开发区。"
        "考虑到研究成果较少，本文通过国务院发布的2006年和2017年两期数据，对比研究2006年和2017年的开发区。"
        "党的十九大提出了中国到2035年和到2050年两个阶段的国家发展目标。"
        "到2030年，中国科学院将建成一批世界一流研究所。"
    )
    assert set(got) == {"2030"}


def test_a_proposal_is_an_event():
    got = milestones("2005年，美国白宫科技政策办公室主任马某某提议发展“科技政策学”。")
    assert "2005" in got


def test_what_an_actor_began_or_said_at_a_date_and_a_joint_lab_founded():
    got = milestones("新西兰健康研究理事会从2013年开始将随机机制用于评审。腾讯安全联合实验室于2016年7月成立。2016年5月30日，习近平总书记作了重要讲话。")
    assert got.get("2013") == {"org/新西兰健康研究理事会"}
    assert got.get("2016-07") == {"org/腾讯安全联合实验室"}
    assert got.get("2016-05-30") == {"person/习近平"}


def test_a_founding_year_in_brackets_after_the_name_is_its_milestone_even_centuries_ago():
    got = milestones("欧洲各国纷纷成立科学院，如：英国皇家学会（1660年成立）、法兰西科学院（1666年成立）。该所有1500年历史。")
    assert got.get("1660") == {"org/英国皇家学会"} and got.get("1666") == {"org/法兰西科学院"}
    assert "1500" not in got


def test_announcements_and_changes_of_an_organisation_and_no_date_inside_a_name():
    got = milestones(
        "2012年，俄罗斯航天局向政府提交《2030年前航天活动发展战略》草案。2010年，NASA取消重返月球计划。"
        "2013年9月，习近平总书记提出了建设“21世纪海上丝绸之路”的战略构想。"
    )
    assert got.get("2012") == {"org/俄罗斯国家航天集团"}  # 俄罗斯航天局 is Roscosmos in organisations.tsv
    assert got.get("2010") == {"org/NASA"}
    assert got.get("2013-09") == {"person/习近平"}
    assert "2000" not in got and "2030" not in got


def test_a_clause_that_carries_the_sentences_subject_dates_the_subjects_act():
    got = milestones("移民美国的物理学家尤金·维格纳，不仅自己获得1963年诺贝尔物理学奖，更培养出了物理学家约翰·巴丁。")
    assert got.get("1963") == {"person/尤金·维格纳"}, got


def test_a_speech_and_a_settlement_are_events():
    got = milestones("2017年初，习近平主席在达沃斯世界经济论坛上发表主旨演讲。2014年8月，三星和苹果公司达成和解协议。")
    assert "2017" in got and "2014-08" in got, got


def test_a_provinces_whole_system_is_no_actor():
    got = milestones("浙江省委党校从2003年开始组织联合采购，2005年正式启动了全省党校系统的共建共享机制。")
    assert got.get("2005") == {"org/浙江省委党校"}, got


def test_a_later_dated_clause_without_an_actor_has_the_sentences_topic_and_a_deadline_is_no_event():
    got = milestones("中国科学院计算技术研究所成立之初即被认定为科研机构，1978年获得国际认可。俄罗斯航天局提出2020年前航天投入的优先方向。")
    assert got.get("1978") == {"org/中国科学院计算技术研究所"}, got
    assert "2020" not in got


def test_a_rounded_date_still_dates_its_event():
    got = milestones("绿色食品是由农业部农垦司等在1990年前后提出来的。")
    assert "1990" in got, got


def test_a_call_a_works_begun_and_an_office_taken_over_are_events():
    got = milestones("2016年5月，习近平总书记发出了建设世界科技强国的号召。2015年9月，华为公司在俄罗斯的工厂正式动工开建。1977年，迈克尔·沃克接替费希尔担任执行主席。")
    assert {"2016-05", "2015-09", "1977"} <= set(got), got


def test_a_clause_opening_with_its_date_after_a_preposition_has_the_sentences_topic():
    got = milestones("苏宁金融研究院作为苏宁金融集团打造的智库，于2015年11月成立，整合了内外部资源。")
    assert "org/苏宁金融研究院" in got.get("2015-11", set()), got


def test_the_dates_of_a_life_in_brackets_are_no_event_but_a_founding_year_may_be():
    got = milestones("包括西门子（1816—1892年）和亥姆霍兹（1821一1894年）在内的学者呼吁成立研究所。在威廉·冯·洪堡（1767一1835年）看来，大学是最高手段。")
    assert not any(date.startswith(("1816", "1821", "1767", "1835", "1892", "1894")) for date in got)
    founded = milestones("除了哈佛大学（1636年）、耶鲁大学（1701年）等是仿照英国传统而建立起来的。")
    assert founded.get("1701") == {"org/耶鲁大学"}  # one year after an organisation may date its founding


def test_a_founding_sentences_bracketed_years_date_each_institution_founded():
    got = milestones("某国政府在不到10年的时间里先后设立了一批国立科研机构，主要包括国家人口学研究所（INED，1945年）、国家农业研究院（INRA，1946年）和国家健康与医学研究院（1964年）。")
    assert got.get("1945") == {"org/国家人口学研究所"} and got.get("1946") == {"org/国家农业研究院"}
    assert got.get("1964") == {"org/国家健康与医学研究院"}  # a bare year, no abbreviation
    assert not milestones("该所的数据显示，国家人口学研究所（INED，1945年）的规模最大。")  # no founding verb before the list


def test_a_part_of_a_year_or_decade_and_a_countrys_national_body():
    got = milestones("2008 年后期，英特尔正式发布了新的互连方案。20世纪90年代初，美国国家研究理事会发布了报告。1990年，法国国家公司发布了报告。")
    assert any("2008" in d and "org/英特尔" in a for d, a in got.items()), got
    assert any("1990" in d and "org/美国国家研究理事会" in a for d, a in got.items()), got
    assert not any(x.endswith("法国国家公司") for a in got.values() for x in a)  # a kind of company is no actor


def test_a_founding_list_dates_names_glossed_by_their_abbreviation_however_generic():
    got = milestones("法国政府先后设立了一批国立科研机构，主要包括国家科研中心（CNRS，1939年）、石油研究院（IFP，1944年）和国家通信研究中心（CNET，1944年）等。")
    assert "org/石油研究院" in got.get("1944", set()), got
    assert "org/国家通信研究中心" in got.get("1944", set()), got
    assert got.get("1939"), got  # the abbreviation names the centre whose name is not read


def test_a_ranking_written_with_ming_lie_is_a_milestone_of_its_actor():
    got = milestones("2010年11月，天河一号在国家超级计算天津中心名列全球第一。")
    assert "org/国家超级计算天津中心" in got.get("2010-11", set()), got


def test_a_technology_released_as_open_source_or_to_market_is_a_milestone():
    got = milestones("2019年上半年，百度开源了飞桨平台。2019年6月，中国联通宣布5G正式商用。")
    assert "org/百度" in got.get("2019", set()), got
    assert any(d.startswith("2019-06") for d in got), got


def test_a_statistic_a_launch_area_and_a_reporters_credit_are_no_events_or_actors():
    got = milestones(
        "这是2022年12月6日拍摄的光明科学城启动区。2017年，江北新区150多家企业实现产值超1300亿元。"
        "新华社北京12月28日电（记者张辛欣）工信部部长肖亚庆在2021年全国工业和信息化工作会议上宣布启动新计划。"
    )
    assert "2022-12-06" not in got and "2017" not in got
    assert got["2021"] == {"person/肖亚庆"}  # not the agency of the dateline or its reporter, nor the ministry of his title


def test_an_anniversary_and_a_reckoning_by_a_year_are_no_events_but_a_celebration_is():
    got = milestones("2009年是中国科学院建院60周年，也是理化所组建10周年。按2024年出货量计，某某芯片公司位居全球第一。1925年苏联政府隆重庆祝科学院成立200周年。")
    assert "2009" not in got and "2024" not in got
    assert "org/苏联政府" in got["1925"]  # 庆祝: a celebration is an event, whatever anniversary it marks


def test_a_date_compared_with_is_no_event_but_a_founding_with_chuangli_is():
    got = milestones("与2012年相比，美国国立卫生研究院在基础研究方面的投入增加了7.5%，并启动了新计划。中国科学院文献情报中心和南京大学于2016年2月联合创立《智库理论与实践》。")
    assert "2012" not in got
    assert {"org/中国科学院文献情报中心", "org/南京大学"} <= got["2016-02"]


def test_a_plan_deliberated_at_a_session_is_the_bodys_event():
    got = milestones("2015年3月23日，中央财经领导小组第九次会议审议研究了《京津冀协同发展规划纲要》。")
    assert "org/中央财经领导小组" in got["2015-03-23"]


def test_a_record_raised_a_device_made_or_a_judgement_given_at_a_date_is_an_event():
    got = milestones("2013年，瑞士洛桑联邦理工学院Gratzel课题组将效率提高到15%。2009年，日本桐荫横滨大学课题组率先制造出钙钛矿型太阳能电池。2015年3月，习近平总书记做出新论断。")
    assert "org/洛桑联邦理工学院" in got["2013"]
    assert "org/桐荫横滨大学" in got["2009"]
    assert any(actor.startswith("person/") for actor in got["2015-03"])


@pytest.mark.parametrize(
    "text, date, actor",
    [
        ("2008年1月13日，胡锦涛总书记视察合肥物质科学研究院。", "2008-01-13", "person/胡锦涛"),
        ("2004年1月，化工院划归上海市国有资产监督管理委员会管理。", "2004-01", "org/上海市国有资产监督管理委员会"),
        ("2014年9月，首期国家集成电路产业投资基金应运而生，规模达1387亿元。", "2014-09", "org/国家集成电路产业投资基金"),
    ],
)
def test_an_inspection_a_transfer_and_a_body_that_came_into_being_are_milestones(text, date, actor):
    got = milestones(text)
    assert any(date in d and actor in actors for d, actors in got.items()), got


def test_a_school_named_split_or_moved_and_a_journal_founded_are_events():
    got = milestones("武汉大学于1928年正式定名国立武汉大学。1959年交通大学分立。1970年秋，哈军工主体南迁长沙。《计算机工程》于1975年由华东计算技术研究所创刊。")
    assert "org/国立武汉大学" in got.get("1928", set()), got
    assert got.get("1959") == {"org/交通大学"} and got.get("1975") == {"org/华东计算技术研究所"}, got
    assert got.get("1970") == {"org/中国人民解放军军事工程学院"}, got


def test_a_post_taken_a_rank_reached_or_a_work_taken_over_is_an_event_and_the_verb_ends_no_centre():
    got = milestones("1999年，李·汉密尔顿担任中心主任。2000年胡佛研究所的几名研究员担任了政策顾问。1989年，Transarc公司接管了AFS的开发工作。")
    assert got.get("1999") == {"person/李·汉密尔顿"}, got  # not a centre named 李·汉密尔顿担任中心
    assert "org/胡佛研究所" in got.get("2000", set()), got
    assert "org/Transarc公司" in got.get("1989", set()), got


def test_a_year_without_nian_between_yu_and_a_founding_verb_dates_the_event():
    got = milestones("兰德帕迪研究生院于1970成立。IBM公司在1994开发出新的文件系统。该校在2000名学生中选拔。")
    assert got.get("1970") == {"org/兰德帕迪研究生院"}, got
    assert "org/IBM" in got.get("1994", set()), got
    assert "2000" not in got  # a number of students, no year


def test_a_school_opened_founded_or_renamed_is_an_event_of_the_school_not_of_the_university_it_became():
    got = milestones("1905年9月14日，复旦公学在上海吴淞正式开学。1920年冬，复旦大学在江湾奠基。1942年，复旦大学由私立改为国立。1984年4月，清华大学被国务院确定为重点建设单位。")
    assert got.get("1905-09-14") == {"org/复旦公学"}, got  # not 复旦大学公学: 公学 is a school of its own rank
    assert got.get("1920") == {"org/复旦大学"} and got.get("1942") == {"org/复旦大学"}, got
    assert "org/清华大学" in got.get("1984-04", set()), got


def test_a_month_in_a_later_paragraph_takes_the_year_the_section_last_stated_and_a_heading_ends_it():
    got = milestones(
        "2021年7月，宁德时代发布了新一代的动力电池产品，引起了行业内外的广泛关注和讨论。\n\n"
        "9月12日，中航锂电发布新一轮股权融资计划，融资金额高达120亿元人民币，创下纪录。\n\n"
        "二、其他动态\n\n"
        "3月5日，华为发布了新一代的折叠屏手机产品，引起了行业内外的广泛关注和讨论。"
    )
    assert got.get("2021-09-12") == {"org/中创新航"}, got  # 中航锂电's later name in the organisation gazetteer
    assert not any(k.endswith("-03-05") for k in got), got  # a new section states no year: nothing to date by


def test_the_acts_of_industry_and_finance_news_are_events():
    got = milestones("2021年7月，宁德时代起诉中航锂电专利侵权。2021年11月，上海证券交易所受理某公司的科创板申报。2019年风险投资基金的投资额增加。")
    assert got.get("2021-07") == {"org/宁德时代", "org/中创新航"}, got
    assert "org/上海证券交易所" in got.get("2021-11", set()), got
    assert "2019" not in got  # 投资 as a noun reports no event


def test_a_clause_opening_with_a_founding_verb_and_yu_before_its_date_goes_on_from_the_topic():
    got = milestones("北京计算机三厂前身是北京无线电三厂，成立于1965年4月25日。某某研究院，始建于1956年。")
    assert "org/北京计算机三厂" in got.get("1965-04-25", set()), got


def test_a_bracket_after_a_title_dates_the_event_of_the_institution_it_names():
    got = milestones("主要期刊有：《计算机工程与应用》（1964年创刊，华北计算技术研究所主办）、《信息与控制》（1972年创刊，中国科学院沈阳自动化研究所主办）。")
    assert got.get("1964") == {"org/华北计算技术研究所"}, got  # not the sponsor of the journal after it
    assert got.get("1972") == {"org/中国科学院沈阳自动化研究所"}, got


def test_a_chronology_written_one_short_sentence_per_line_gives_an_event_per_line():
    found = milestones("1993年，上海白药完成股份制改革。\n2001年，上海白药集团股份有限公司成立，成为上海白药的控股母公司。")
    assert "org/上海白药集团股份有限公司" in found.get("2001", set()), found


def test_a_target_or_a_compared_year_dates_no_later_bare_month():
    found = milestones("2022年上半年，某公司营收增长。规划提出到2025年建成示范城市群。9月14日，华为公司与比亚迪公司签署合作协议。")
    assert "org/华为" in found.get("2022-09-14", set()), found
    found = milestones("2022年，相比2021年和2020年的半年榜单，4月，比亚迪公司位居第二。")
    assert "org/比亚迪" in found.get("2022-04", set()), found


def test_the_history_verbs_of_schools_and_appointments_to_a_bodys_post_are_events():
    found = milestones("1987年12月21日，王连铮任中国农业科学院院长。1978年3月13日，中国农业科学院和中国林业科学研究院恢复建制。"
                       "1901年在太原开办山西农林学堂。1982年，袁隆平被湖南农学院聘为兼职教授。2018年，清华大学的主要任务是教学。")
    assert {"person/王连铮", "org/中国农业科学院"} <= found.get("1987-12-21", set()), found
    assert {"org/中国农业科学院", "org/中国林业科学研究院"} <= found.get("1978-03-13", set()), found
    assert "org/山西农林学堂" in found.get("1901", set()) and "org/湖南农学院" in found.get("1982", set()), found
    assert "2018" not in found, found  # 任务: no appointment


def test_a_year_numbering_a_document_or_an_issue_is_no_date():
    doc = segment("根据国家审计署《审计结果公告》（2016年第1号，总232号）显示，部分政策落实不到位。国家发展改革委公告（2006年第3号）。2019年，华为成立。\n")
    assert [m.text for m in mentions(doc) if m.label == "Date"] == ["2019年"]


def test_a_part_of_a_century_other_than_its_beginning_is_no_point_in_time():
    found = milestones("21世纪中叶，某大学将建成世界一流大学。19世纪末，英国政府成立了国家物理实验室。")
    assert "2000" not in found and "1800" not in found, found


def test_an_organisation_in_a_persons_title_is_no_actor():
    found = milestones("2003年，当选为中国科学院院士。2016年5月，时任上海市委书记韩正调研上海科技大学。2017年，时任国务院副总理刘延东视察并考察了浙江大学。2019年，北京大学校长宣布成立新研究院。")
    assert "2003" not in found, found  # a membership: the body does not act
    assert "org/上海市委" not in found["2016-05"] and "person/韩正" in found["2016-05"], found
    assert "org/国务院" not in found["2017"], found
    assert found["2019"] == {"org/北京大学"}, found  # a post with no name after it: the body acts


def test_a_university_named_by_its_city_and_field_is_an_actor():
    found = milestones("2015年，武汉科技大学获得国家技术发明二等奖。2019年，思爱普与大连科技大学展开合作。")
    assert found["2015"] == {"org/武汉科技大学"} and "org/大连科技大学" in found["2019"], found


def test_an_award_years_date_after_the_calendars_is_no_year_for_what_follows():
    found = milestones("2019年1月8日，2018年度国家科学技术奖励大会在北京举行，钱七虎获奖。同年1月15日，钱七虎成立了助学基金会。")
    assert "2019-01-15" in found and "2018-01-15" not in found, found


def test_a_date_in_an_aside_is_no_event_of_the_sentence_but_a_date_glossing_a_name_or_a_clause_is():
    found = milestones("2003年，王某当选为中国岩石力学与工程学会第五届理事会理事长（2007年连任）。")
    assert set(found) == {"2003"}, found
    found = milestones("19世纪英国科学成就突出，如道尔顿提出原子理论（1803年）、法拉第发现电磁感应现象（1831年）等。")
    assert {"1803", "1831"} <= set(found), found


def test_a_body_renamed_built_together_moved_back_or_a_document_drawn_up_is_an_event():
    found = milestones("1985年7月，同济医学院改名为同济医科大学。2014年，中国农业科学院和深圳市共建中国农业科学院深圳农业基因组研究所。1946年7月，同济大学医学院迁回上海。2019年4月，荷兰政府制定了国家人工智能战略的初稿。")
    assert {"1985-07", "2014", "1946-07", "2019-04"} <= set(found), found
    assert "org/荷兰政府" in found["2019-04"], found


def test_an_exchange_or_a_site_where_the_event_took_place_is_no_actor_and_a_priced_code_names_a_company():
    found = milestones("2021年7月22日，瑞可达（688800．SH）在上海证券交易所科创板上市。2019年7月，沃森生物在深交所创业板上市。2018年6月，开学典礼在中科院上海浦东科技园举行。")
    assert found["2021-07-22"] == {"org/瑞可达"} and found["2019-07"] == {"org/沃森生物"}, found
    assert "2018-06" not in found, found
    doc = segment("继莱宝高科（002106，收盘价57.47元）、宇顺电子（002289，收盘价31.61元）公布方案。中国科学院计算技术研究所（100190）。\n")
    assert {m.text for m in mentions(doc) if m.label == "Company"} == {"莱宝高科", "宇顺电子"}


def test_the_same_day_takes_the_date_just_resolved_at_its_precision():
    found = milestones("第三份报告于2014年10月公布，同一天，奥巴马总统宣布了几项举措。")
    assert "person/奥巴马" in found["2014-10"], found
    found = milestones("2005年5月13日，国务院成立国家能源领导小组。同日，国家发展和改革委员会设立国家能源领导小组办公室。")
    assert "org/国家能源领导小组办公室" in found["2005-05-13"], found


def test_a_day_written_hao_is_a_date_but_a_lines_or_a_documents_number_is_not():
    doc = segment("2012年7月23号，某研究所发射卫星。7月5号，北京1号线开通。2019年第1号公告。\n")
    assert [m.text for m in mentions(doc) if m.label == "Date"] == ["2012年7月23号", "7月5号"]


def test_a_range_of_dates_dates_its_event_by_its_first_date_and_a_season_stays_with_its_year():
    found = milestones("1958年8月至1965年2月，王某任长春光学精密机械学院首任院长。1987年1月到1997年7月，周某任中国科学院院长。")
    assert set(found) == {"1958-08", "1987-01"}, found
    found = milestones("1958年秋，邓稼先任二机部第九研究所理论部主任、1972年任核工业部第九研究院副院长、1979年任第九研究院院长。")
    assert set(found) == {"1958", "1972", "1979"}, found
    assert "person/邓稼先" in found["1958"] and "person/邓稼先" not in found["1972"], found
    doc = segment("2019年春节，某公司发布新品。\n")
    assert [m.text for m in mentions(doc) if m.label == "Date"] == ["2019年"]


def test_a_stake_taken_or_bought_back_is_an_event():
    found = milestones("2017年3月27日腾讯斥资3.5亿美元入股快手。2012年5月21日，阿里巴巴集团以71亿美元向雅虎回购17%股份。")
    assert found["2017-03-27"] == {"org/腾讯", "org/快手"} and "org/雅虎" in found["2012-05-21"], found


def test_a_date_written_in_figures_with_dashes_dots_or_slashes_dates_an_event_but_a_version_does_not():
    found = milestones("2021-09-26，浙江省科技厅印发《浙江省科技创新发展规划》。2018/10/29，浙江大学成立杭州国际科创中心。")
    assert "org/浙江省科技厅" in found["2021-09-26"] and "2018-10-29" in found, found
    doc = segment("版本2.1.3发布，编号12019-01-01。\n")
    assert not [m for m in mentions(doc) if m.label == "Date"]


def test_the_authority_an_event_follows_is_no_actor():
    """Provincial science news (review of ten texts): a body whose decisions or spirit an event follows
    (按照省委、省政府决策部署, 贯彻落实党中央…的决策部署) is its authority, not an actor; the body that acts still is."""
    found = milestones("2022年，云南省科技厅认真贯彻落实党中央及国务院的既定决策部署，召开工作务虚会。")
    actors = set().union(*found.values()) if found else set()
    assert any("云南省科技厅" in a for a in actors), found
    assert not any("中共中央" in a or "党中央" in a or "国务院" in a for a in actors), found


@pytest.mark.parametrize(
    "text, date, actor",
    [
        ("2023年12月26日，四川大学华西厦门医院正式开诊。", "2023-12-26", "org/四川大学华西厦门医院"),
        ("2017年，寒武纪科技创造了芯片领域的纪录。", "2017", "org/寒武纪"),
    ],
)
def test_a_hospital_opened_and_a_record_made_are_milestones(text, date, actor):
    """Hospital and STAR-market news (reviews of nineteen texts): 开诊, 开院, 开园, 建制为 and 创造了 are events (version 21)."""
    assert actor in milestones(text).get(date, set()), milestones(text)


def test_the_next_day_is_the_day_after_the_day_last_stated():
    """STAR-market news (review of nine texts): 次日 and 翌日 date an event the day after the day last resolved
    (across a year's end too); after a month only, they date nothing."""
    assert "org/华为" in milestones("2019年12月31日，某公司成立。翌日，华为发布公告。").get("2020-01-01", set())
    assert not any("org/华为" in actors for actors in milestones("2019年7月，科创板开市。次日，华为发布公告。").values())


def test_a_chronicles_year_at_its_lines_start_or_alone_above_its_items_dates_them():
    """Chronicles (review of eleven texts): 1956 经国务院批准… dates its line; a year alone on its line (kept, not
    dropped as a page number) dates the 10月8日 of the items under it; a count at a line's start is no year."""
    got = milestones("1956 经国务院批准，筹建成都地质勘探学院。\n2000 多家企业参加了成立大会。")
    assert "org/国务院" in got.get("1956", set()) and "2000" not in got, got
    doc = segment("一、总论\n\n1952年大事记\n\n10月24日，北京航空学院成立。\n\n1956\n\n10月8日，国防部第五研究院成立。\n")
    assert [b.text for b in doc.blocks if b.text == "1956"] == ["1956"]
    got = milestones("1952年大事记\n\n10月24日，北京航空学院成立。\n\n1956\n\n10月8日，国防部第五研究院成立。")
    assert "org/国防部第五研究院" in got.get("1956-10-08", set()) and "org/北京航空学院" in got.get("1952-10-24", set()), got


@pytest.mark.parametrize(
    "text, date, actor",
    [
        ("1968年，上海无线电十四厂首家制成PMOS集成电路。", "1968", "org/上海无线电十四厂"),
        ("1969年10月26日，中共中央下发《关于高等学校下放问题的通知》。", "1969-10-26", "org/中共中央"),
        ("2009年1月18日，中国科学院主办的评选结果揭晓。", "2009-01-18", "org/中国科学院"),
    ],
)
def test_the_acts_of_chronicles_are_events(text, date, actor):
    """Chronicles (review of eleven texts): 制成, 下发, 派驻, 实行, 扩围, 揭晓, 主办 and others are events (version 22)."""
    assert actor in milestones(text).get(date, set()), milestones(text)


def news_milestones(text: str) -> dict[str, set[str]]:
    """Milestones of a news item as written, headline first (no heading added)."""
    return _milestones_of(segment(text))


def test_a_news_items_dateline_dates_its_lead_and_its_relative_days():
    """Cooperation news (review of ten texts): the dateline under the headline (发布日期:2018-09-27) gives 9月20日 its
    year; 昨(28)日 and 去年 count from it; without a dateline they date nothing; a sentence on a line of its own is read."""
    got = news_milestones("清华大学与安徽省签约\n发布日期:2018-09-27\n9月20日下午，清华大学与安徽省签署协议。\n")
    assert "org/清华大学" in got.get("2018-09-20", set()), got
    got = news_milestones("上海交通大学与宜宾市签署协议\n\n宜宾日报 2019-05-29 01:19\n\n本报讯 昨(28)日上午，上海交通大学与宜宾市签署协议。去年，宜宾市人民政府成立了研究院。\n")
    assert "org/上海交通大学" in got.get("2019-05-28", set()) and "org/宜宾市人民政府" in got.get("2018", set()), got
    assert news_milestones("标题\n\n昨(28)日上午，上海交通大学签署协议。去年，宜宾市人民政府成立了研究院。\n") == {}


def test_an_editions_year_is_no_date_where_a_day_dates_the_event():
    """Chronicles and national-lab news (reviews of twenty texts): 1月15日，教育部公布2019年度“…”名单 is dated 1月15日,
    not 2019; alone, the edition's year still dates it."""
    got = milestones("2020年1月15日，教育部公布2019年度“中国高等学校十大科技进展”项目名单。")
    assert "org/教育部" in got.get("2020-01-15", set()) and "2019" not in got, got
    assert "org/教育部" in milestones("教育部公布2019年度“中国高等学校十大科技进展”项目名单。").get("2019", set())


def test_members_recipients_zones_and_launch_sites_are_no_actors():
    """Chronicles, zone and national-lab news (reviews of thirty texts): 中国科学院89位院士致函党中央、国务院 makes neither the
    academy (its members wrote) nor the recipients act; a zone where something was founded and the launch site a flight
    left from are places; the astronauts listed before 搭乘 are the actors."""
    assert milestones("20世纪80年代初，中国科学院89位院士致函党中央、国务院，建议设立基金。") == {}
    got = milestones("2008年9月25日，翟志刚、刘伯明、景海鹏搭乘神舟七号载人飞船，从酒泉卫星发射中心发射升空。")
    assert got.get("2008-09-25") == {"person/翟志刚", "person/刘伯明", "person/景海鹏"}, got
    assert not any("org/合肥高新区" in actors for actors in milestones("2017年，某某科技有限公司在合肥高新区创立。").values())


def test_a_plan_drawn_up_is_an_event_but_a_clause_opened_by_a_preposition_and_a_source_are_not():
    """Regional-innovation papers (review of ten texts): 2013年科技部编制了区域…体系 is an event (区域 after the verb is its
    object, not a zone); 通过某政府官网…选取2016~2017年…: 通过 opens its clause as a preposition and the website is a source."""
    assert "org/科技部" in milestones("2013年科技部编制了区域创新能力监测指标体系。").get("2013", set())
    assert milestones("通过陕西省政府官网、陕西省科学技术厅官网等网站选取2016~2017年西安市发布的政策文件。") == {}


def test_a_year_a_goal_is_set_for_dates_no_event():
    """Provincial S&T plans (review of ten texts): 2021年2月20日，某高新区发布“十四五”规划和2035年远景目标纲要 is dated
    2021-02-20, not 2035."""
    got = milestones("2021年2月20日，武汉东湖高新区发布“十四五”规划和2035年远景目标纲要。")
    assert "2035" not in got and "org/武汉东湖高新区" in got.get("2021-02-20", set()), got


def test_a_statistics_year_dates_no_later_day_and_a_listed_company_is_named_after_its_kind():
    """Industry and investment news (round 27): after 2022年6月13日…有175家2021年营业收入同比增长…, a later paragraph's 6月6日
    is of 2022 (the news), not 2021 (a statistic's year); 上市公司|井松智能股份有限公司 is the company, without its kind."""
    got = milestones("2022年6月13日，科创板迎来开板三周年。其中有175家2021年营业收入同比增长超过30%。\n\n6月6日，合肥最新一家上市公司井松智能股份有限公司成功登陆科创板。")
    assert "org/井松智能股份有限公司" in got.get("2022-06-06", set()), got
    assert "2021-06-06" not in got


def test_a_count_of_patents_got_at_a_date_is_a_statistic_and_a_head_acting_for_a_body_ends_its_office():
    """Patent reports (round 27): 2022年某大学获得了全市最多的发明专利 and 获得发明专利授权6600余件 tally, no event (an award got
    still is one); 某局办公室主任胡某某代表某局发布… is the office, the person and the body, not one name across them."""
    assert milestones("按照第一专利权人统计，2022年扬州大学获得了扬州市最多的国家发明专利，达629项。") == {}
    assert "org/武汉科技大学" in milestones("2015年，武汉科技大学获得国家技术发明二等奖。").get("2015", set())
    got = milestones("2018年7月，国家知识产权局办公室主任胡文辉代表国家知识产权局发布了上半年数据。")
    assert "org/国家知识产权局" in got.get("2018-07", set()), got


def test_a_scientists_return_to_work_at_an_institute_is_an_event():
    """Industry and science histories (round 27): 1950年某某从普渡大学回国到某所工作 is a dated return; 留学人员回国 as a
    noun's modifier is none."""
    got = milestones("1950年王守武从普渡大学回国到中国科学院应用物理所工作。")
    assert "person/王守武" in got.get("1950", set()), got
    assert milestones("2015年，教育部构建优秀留学人员回国引力场。") == {}


def test_a_years_work_summary_dates_its_this_year_by_its_title():
    """Government work summaries (round 27): under 某区科学技术局2023年工作总结 (no day's dateline), 今年5月22日 is 2023-05-22;
    今天 is dated by no year alone."""
    doc = segment("某区科学技术局2023年工作总结\n\n今年5月22日，无锡先进技术研究院正式揭牌。今天，江南大学发布成果。\n")
    got = _milestones_of(doc)
    assert "org/无锡先进技术研究院" in got.get("2023-05-22", set()), got
    assert not any("org/江南大学" in actors for actors in got.values()), got


def test_a_licence_or_an_honour_received_is_an_event():
    """Low-altitude economy and little-giant news (round 28): 某公司获颁…适航证, 获评…“小巨人”企业 and 被评为… are dated events
    of the company."""
    got = milestones("2023年3月，峰飞航空科技有限公司再次获颁标准适航证。")
    assert "org/峰飞航空科技有限公司" in got.get("2023-03", set()), got
    got = milestones("2022年7月，苏州华兴科技有限公司获评国家级专精特新“小巨人”企业。")
    assert "org/苏州华兴科技有限公司" in got.get("2022-07", set()), got


def test_a_years_statistic_after_a_kind_of_figure_or_a_place_dates_no_later_day():
    """Little-giant news (round 28): 2021年归母净利润… and 2021年，泉州GDP为… are a statistic's years; 6月6日 after them keeps the year
    of the report's last dated event (2022)."""
    got = milestones("2022年6月13日，科创板迎来开板三周年。其中有149家2021年归母净利润同比增长率超过40%。2021年，泉州GDP为1.13万亿元。"
                     "6月6日，重庆山外山血液净化技术股份有限公司登陆科创板。")
    assert "org/重庆山外山血液净化技术股份有限公司" in got.get("2022-06-06", set()), got


def test_where_the_actor_went_is_no_actor():
    """Low-altitude economy news (round 28): 2019年登陆纳斯达克 and 落户淝河新兴产业园区 name where the company went; the company
    acts alone."""
    got = milestones("亿航智能设备有限公司2016年发布首款航空器,2019年登陆纳斯达克,成为首家上市的城市空中交通企业。")
    assert got.get("2019") == {"org/亿航智能设备有限公司"}, got
    got = milestones("2021年，合肥送吧飞合低空物流有限公司落户淝河新兴产业园区。")
    assert got.get("2021") == {"org/合肥送吧飞合低空物流有限公司"}, got


def test_a_source_of_data_and_a_spending_figure_are_no_event():
    """R&D-ranking reports (round 28): 科技部数据显示，2022年全国研发投入… cites a source, and 2021年华为研发投入1427亿元 is a figure,
    no event; 2019年，华为研发出麒麟芯片 and 将…开发费用列入…预算 are events."""
    assert milestones("科技部数据显示，2022年全国研发投入达到3.08万亿元。") == {}
    assert milestones("据中商产业研究院数据显示，2021年华为研发投入1427亿元。") == {}
    assert "org/华为" in milestones("2019年，华为研发出麒麟芯片。").get("2019", set())
    assert "org/日本政府" in milestones("2019年9月，日本政府正式将F-3战斗机的开发费用列入2020财年防卫预算中。").get("2019-09", set())


def test_a_companys_results_are_no_event():
    """Medical-device news (round 29): 2018年，某公司实现销售收入… and 实现总营收… are a company's results at a date, no event;
    发布了新一代CT is one."""
    assert milestones("2018年，迈瑞医疗实现销售收入137.5亿元。") == {}
    assert milestones("2019年，联影医疗实现总营收57.61亿元。") == {}
    assert milestones("2019年，联影医疗发布了新一代CT。").get("2019")


def test_a_chronicles_next_stage_goes_on_in_the_year_its_last_one_ended_in():
    """Public-health chronicles (round 29): after the heading （二）第二阶段, （1）1月20日… is of 2020, the year the stage before ended in
    (its months do not go back); a heading followed by an earlier month starts over (no year)."""
    text = ("（一）第一阶段：迅即应对突发疫情\n\n2019年12月27日，湖北省中西医结合医院发现病例。2020年1月19日，国家卫生健康委召开会议。\n\n"
            "（二）第二阶段：初步遏制疫情蔓延势头\n\n（1）1月20日，国务院总理李克强主持召开国务院常务会议。\n")
    assert "2020-01-20" in milestones(text)



def test_an_appointment_to_a_post_of_a_long_named_body_and_taking_up_a_new_post():
    """Data-bureau news (round 29): 2018年7月，某某任中央网络安全和信息化委员会办公室副主任 is an appointment though the body's name runs
    long, and 2009年1月履新…有限公司董事、总经理 one too; each date of the sentence gets its own milestone."""
    got = milestones("2018年7月，刘烈宏任中央网络安全和信息化委员会办公室副主任，2020年6月任工业和信息化部党组成员、副部长。")
    assert {"2018-07", "2020-06"} <= set(got), got
    got = milestones("他2009年1月履新中国电子信息产业集团有限公司董事、总经理，2017年2月任中国电子科技集团有限公司董事、总经理。")
    assert {"2009-01", "2017-02"} <= set(got), got


def test_a_chronicles_item_lines_under_a_year_alone_on_its_line():
    """A company's milestones page (round 29): under 2018 alone on its line, 苏州某某（集团）有限公司成立 is an event of 2018 (its
    date's evidence the year's line); a paragraph after the year's items is no item of it."""
    text = "里程碑\n\n2018\n苏州微创骨科学（集团）有限公司成立\n2017\n上海微创电生理医疗科技有限公司在上海国际医学园区成立\n\n此后，北京某某科技有限公司成立。\n"
    got = milestones(text)
    assert got.get("2018") == {"org/苏州微创骨科学(集团)有限公司"} and got.get("2017") == {"org/上海微创电生理医疗科技有限公司"}, got
    assert len(got) == 2, got


def test_a_company_whose_name_begins_with_a_numbers_unit_acts():
    """Hydrogen news (round 30): 亿华通 begins with 亿, a number's unit that is a fragment only before a place (100亿|北京科创母基金);
    the company is the actor of its launch."""
    got = milestones("北京亿华通科技股份有限公司成立于2012年。2016年，亿华通推出了首款商业化产品。")
    assert "org/北京亿华通科技股份有限公司" in got.get("2016", set()), got



def test_a_building_opened_a_visit_and_a_body_put_under_another_are_events():
    """Automotive, water-research and Northeast-institute histories (round 31): 研发总院落成, a delegation's 访问, 归属…大学 are
    events of their dates; 研发总院 ends an institute's name (东风汽车研发总院, not the company 东风汽车)."""
    got = milestones("2020年，东风汽车研发总院落成。2015年12月15日下午，美国国家科学基金委员会中国办公室主任一行访问南京水利科学研究院。"
                     "1949年3月，研究所归属大连大学。")
    assert any(a.endswith("研发总院") for a in got.get("2020", set())), got
    assert "org/南京水利科学研究院" in got.get("2015-12-15", set()), got
    assert "org/大连大学" in got.get("1949-03", set()), got


def test_a_short_name_announced_after_a_bracketed_english_gloss_is_the_named_institutes():
    """Northeast-institute pages (round 31): 中国科学院大连化学物理研究所(Dalian Institute of Chemical Physics, Chinese Academy of
    Sciences,简称大连化物所) announces the institute's short name, not its academy's: 大连化物所成立于1949年 is the institute's."""
    got = milestones("中国科学院大连化学物理研究所(Dalian Institute of Chemical Physics, Chinese Academy of Sciences,简称大连化物所)是一个研究所。"
                     "大连化物所成立于1949年。")
    assert got.get("1949") == {"org/中国科学院大连化学物理研究所"}, got


def test_a_zones_output_is_a_statistic_and_a_road_is_no_person():
    """Beijing and Suzhou zone news (round 31): 2001年底…开发区实现国内生产总值80亿元 states an output, no event; 张衡路 and 哈雷路 are
    roads, no persons."""
    assert not milestones("2001年底北京经济技术开发区实现国内生产总值80亿元，同比增长220%。"), "a statistic"
    doc = segment("一、总论\n\n张江科学城的张衡路、哈雷路一带聚集了企业。\n")
    assert not [m for m in mentions(doc) if m.label == "Person"]


def test_an_institute_named_by_its_city_and_an_industry_acts():
    """SOE institute histories (round 31): 抚顺石油化工研究院 and 北京化工研究院 are institutes named by their fields (an industry's word
    before 研究院 is no company's trade), so they act in the events of their dates; 法国公司 is still a kind, no actor."""
    assert milestones("1953年，抚顺石油化工研究院成立。") == {"1953": {"org/抚顺石油化工研究院"}}
    assert milestones("2017年9月26日，占地18.4万平方米的大连石油化工研究院正式投入使用。") == {"2017-09-26": {"org/大连石油化工研究院"}}
    assert not milestones("2010年，法国公司成立。")


def test_a_well_known_name_right_after_a_date():
    """Nanjing and Shenzhen news (round 31): 2016年3月台积电落户南京 (the segmentation reads 月台) and 2010年9月30日南科大正式成立 (日南)
    name the company and the university right after their dates, and they act in those events."""
    assert "org/台积电" in milestones("2016年3月台积电落户南京。").get("2016-03", set())
    assert milestones("2010年9月30日南科大正式成立。").get("2010-09-30"), "the university"


def test_a_web_pages_wrapped_lines_still_report_their_events():
    """Guizhou big-data news (round 31): a page wraps its sentences into lines; a line that ends after a clause
    (2015年2月12日,经工信部批准,) or opens with its date and a comma reports its event as a paragraph would, and 经工信部批准 names the
    ministry though the segmentation reads 经工."""
    doc = segment("一、总论\n\n2015年2月12日,经工信部批准,\n贵阳市、\n贵安新区共同创建国家级\n大数据产业发展集聚区。\n\n"
                  "2016年11月,工信部批复同意设立互联网骨干直联点,发改委批复贵州组建全国第一个\n大数据国家工程实验室。\n")
    got = _milestones_of(doc)
    assert "org/工信部" in got.get("2015-02-12", set()) and {"org/工信部", "org/发改委"} <= got.get("2016-11", set()), got


def test_today_counts_from_the_wires_own_dateline():
    """Aircraft-engine news (round 31): 本报北京9月21日电 … 今天 is the day the item was filed (2011-09-21), in the page date's year,
    not the page's own date (2011-09-22)."""
    doc = segment("光明日报：中国心研制启动\n2011-09-22\n\n本报北京9月21日电（记者王小润）今天，承担大型客机研制任务的中航商用航空发动机有限责任公司在上海举行仪式。\n")
    assert "2011-09-21" in _milestones_of(doc), _milestones_of(doc)


def test_a_headlines_year_dates_the_items_bare_days():
    """Agricultural and fair news (round 32): a headline's year (2024年江苏省科技工作会议召开) dates 10月30日 in the item; a
    headline without one dates nothing."""
    got = _milestones_of(segment("2024年江苏省科技工作会议召开\n\n10月30日，清华大学成立了智能研究院。\n"))
    assert "org/清华大学" in got.get("2024-10-30", set()), got
    undated = _milestones_of(segment("江苏省科技工作会议召开\n\n10月30日，清华大学成立了智能研究院。\n"))
    assert not [d for d in undated if d.endswith("10-30")], undated


def test_a_bare_day_after_the_dateline_is_of_the_year_before():
    """Shipbuilding news (round 32): 发布时间：2019-01-17 ¶ …于10月21日在无锡通过验收 happened on 2018-10-21; 1月10日 after it is of 2019."""
    doc = segment("钛合金载人舱通过验收\n发布时间：2019-01-17\n\n钛合金载人舱于10月21日通过验收，中国船舶重工集团公司第七〇二研究所牵头。1月10日，清华大学成立了智能研究院。\n")
    got = _milestones_of(doc)
    assert "org/中国船舶重工集团公司第七〇二研究所" in got.get("2018-10-21", set()) and "org/清华大学" in got.get("2019-01-10", set()), got


def test_a_day_written_in_chinese_numerals():
    """Policy notices (round 32): 二〇一六年七月八日 is a day (not its month), 二〇一八年十二月三十一日 too."""
    got = milestones("中共天津市委于二〇一六年七月八日通过了决定。清华大学于二〇一八年十二月三十一日成立了研究院。")
    assert "2016-07-08" in got and "2018-12-31" in got, got


def test_an_award_won_is_a_milestone():
    """Supercomputing news (round 32): 之江实验室团队摘得戈登贝尔奖 on a day is the lab's milestone."""
    assert "org/之江实验室" in milestones("2021年11月18日，之江实验室团队摘得戈登贝尔奖。").get("2021-11-18", set())


def test_an_institutes_change_of_status_or_parent_is_a_milestone():
    """Institute-reform and shipbuilding histories (round 32): 转制为科技型企业 and 转隶第六机械工业部 are dated events of the
    institute; 划归|机械科学研究院 begins no name with the verb."""
    got = milestones("1999年7月，长春试验机研究所由事业单位转制为科技型企业。1965年，第七研究院转隶第六机械工业部。1970年，该所划归机械科学研究院。")
    assert "org/长春试验机研究所" in got.get("1999-07", set()) and "org/第七研究院" in got.get("1965", set()), got
    assert "org/机械科学研究院" in got.get("1970", set()), got


def test_a_newspaper_named_by_the_century_dates_nothing():
    """Supercomputing news (round 33): 接受21世纪经济报道记者专访 names a newspaper, no date of the century (2000)."""
    got = milestones("2月，国家超算深圳中心主任冯某接受21世纪经济报道记者专访，中心调度了千万机时。")
    assert "2000" not in got and not any(d.startswith("2000") for d in got), got


def test_reporters_named_in_a_datelines_brackets_act_in_no_event():
    """Conference and computing-centre news (round 35): the reporters in (记者 陈某 冯某) and in a dateline's 电 (董某 韩某), and the
    news site before a spaced dateline (中新网 宜昌9月20日电), are no actors of the event the item reports."""
    got = milestones("本报消息(记者 陈启宇 冯俊江)2024年10月24日,由中国计算机学会主办的2024中国计算机大会在东阳市召开。")
    assert got == {"2024-10-24": {"org/中国计算机学会"}}, got
    got = milestones("中新网 宜昌9月20日电 (董晓斌 韩成)投资93亿元的人工智能算力中心项目于2023年9月20日在湖北省宜昌市点军区开工。")
    assert not any(a.startswith("person/") or a == "org/中国新闻网" for actors in got.values() for a in actors), got


def test_a_scientists_death_and_graduation_are_milestones():
    """Obituaries (round 35): 在北京逝世 and 毕业于 date the scientist's life, an event of the person and the institution named."""
    assert milestones("2014年8月27日，中国科学院计算技术研究所研究员夏培肃在北京逝世。") == {"2014-08-27": {"org/中国科学院计算技术研究所", "person/夏培肃"}}
    assert milestones("1951年，王某毕业于清华大学电机系。") == {"1951": {"org/清华大学电机系", "person/王某"}}


def test_a_newspapers_xun_dateline_anchors_today():
    """Supercomputing-centre news (round 35): 本报5月9日讯 今天… dates the event on the dateline's day, not the page's (2019-05-10)."""
    doc = segment("天津超算中心新闻\n\n发布时间：2019-05-10 08:00\n\n本报5月9日讯 今天，国家超级计算天津中心发布新一代超级计算机。\n")
    assert _milestones_of(doc) == {"2019-05-09": {"org/国家超级计算天津中心"}}
