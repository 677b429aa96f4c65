"""Milestones: a dated clause with an actor entity and an achievement (the ten advances and others).

`dates.py` resolves the dates of a paragraph (同年, 次年, 80年代 …); the
achievement verbs, the words that make a date a reckoning point or a period,
and the words no actor's name holds are data in `rules/milestones.toml`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import lexicon
from ..dates import DateExpr, mention_expr, paragraph_dates
from ..ids import milestone_id
from ..model import INSTITUTION_GROUP, Document, Entity, Evidence, Fact, Mention
from ..sentences import sentence_mentions
from .placement import places_by_name


@dataclass(frozen=True)
class _MilestoneRules:
    achievement: re.Pattern[str]
    not_event_before: tuple[str, ...]
    period_after: tuple[str, ...]  # and the terms of comparison (comparison_after)
    period_not: tuple[str, ...]
    date_join: re.Pattern[str]
    fragment_words: frozenset[str]
    numeral_words: frozenset[str]  # 亿: a fragment only before a place (亿|北京科创母基金), not in 亿华通
    self_reference: re.Pattern[str]
    target_before: tuple[str, ...]
    subject_carrier: re.Pattern[str]
    date_openers: frozenset[str]
    founding: re.Pattern[str]
    credit_before: tuple[str, ...]
    credit_after: tuple[str, ...]
    dateline: re.Pattern[str]
    credit_bracket: re.Pattern[str]  # (记者 陈某 冯某), 电 (董某 韩某): reporters named in brackets
    membership: re.Pattern[str]
    post: re.Pattern[str]
    venue_before: tuple[str, ...]
    venue_after: re.Pattern[str]
    arrival_before: re.Pattern[str]  # 登陆|纳斯达克, 落户|某园区: where the actor went
    authority_before: re.Pattern[str]
    authority_after: re.Pattern[str]
    edition: re.Pattern[str]  # a year that is an edition of what is named after it (2019年度“…”, 发布2010年…通报)
    recipient: re.Pattern[str]  # 致函党中央、国务院: the bodies a letter went to
    prepositions: frozenset[str]  # 通过: a verb that, opening its clause, is a preposition
    source_after: tuple[str, ...]  # 官网, 统计年鉴: what makes a name a source of data
    target_after: tuple[str, ...]  # 2035年远景目标: a year a goal is set for
    tally_verbs: frozenset[str]  # 获得, 拥有: verbs that, with a count and no award, tally a statistic
    tally: re.Pattern[str]  # 6600余件, 最多的: the count
    award: re.Pattern[str]  # 奖, 称号, 认证: what is won, not counted
    tallied: re.Pattern[str]  # 专利, 论文: what the genre's statistics count


@lru_cache(maxsize=1)
def _milestone_rules() -> _MilestoneRules:
    r = lexicon.rules_toml("milestones.toml")
    alternatives = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
    return _MilestoneRules(
        re.compile(rf"(?:{alternatives(r['achievement_verbs'])}|{r['appointment']})(?!{alternatives(r['not_event_after'])}|{r['not_event_zone']}|{r['anniversary_after']})"), tuple(r["not_event_before"]), tuple(r["period_after"]) + tuple(r["comparison_after"]), tuple(r["period_not"]),
        re.compile(rf"\s*(?:{alternatives(r['date_joins'])})?\s*"), frozenset(r["actor_fragment_words"]), frozenset(r["actor_numeral_words"]),
        re.compile(rf"\s*(?:[（(]?[0-9一二三四五六七八九十]+[)）.、]\s*)?(?:{alternatives(r['self_reference'])})"), tuple(r["target_before"]),
        re.compile(rf"\s*(?:{alternatives(r['subject_carriers'])})"),
        frozenset(["", *r["date_openers"]]),
        re.compile(alternatives(r["founding_verbs"])),
        tuple(r["credit_before"]), tuple(r["credit_after"]), re.compile(r["dateline_after"]), re.compile(r["credit_bracket"]),
        re.compile(rf"(?:{alternatives(r['membership_roles'])})(?![\u4e00-\u9fff])"),
        re.compile(alternatives(r["title_roles"] + r["membership_roles"])),
        tuple(r["venue_before"]), re.compile(rf"[^，。；;,]{{0,{r['venue_window']}}}?(?:{alternatives(r['venue_verbs'])})"),
        re.compile(rf"(?:{alternatives(r['arrival_verbs'])})了?\s*$"),
        re.compile(rf"(?:{alternatives(r['authority_before'])})[^，。；;,！？]{{0,{r['authority_window']}}}$"),
        re.compile(rf"[^，。；;,！？]{{0,{r['authority_window']}}}?(?:{alternatives(r['authority_after'])})"),
        re.compile(r["edition"]),
        re.compile(rf"(?:{alternatives(r['recipient_before'])})[^，。；;,！？]{{0,20}}$"),
        frozenset(r["preposition_verbs"]), tuple(r["source_after"]), tuple(r["target_after"]),
        frozenset(r["tally_verbs"]), re.compile(r["tally"]), re.compile(alternatives(r["tally_not_award"])), re.compile(alternatives(r["tallied"])),
    )


@lru_cache(maxsize=1)
def _chronicle_rules() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """A chronicle's year alone on its line, and a news item's dateline (its cue, and how many first lines hold it)."""
    dates = lexicon.rules_toml("dates.toml")
    return re.compile(dates["year_alone"]), re.compile(dates["relative"]["dateline_cue"]), dates["relative"]["dateline_blocks"]


_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
_CLAUSE_ENDS = ("，", ",", "；", ";")  # 2015年2月12日,经工信部批准,⏎…: a web page's line wrapped after a clause
_DATED_LINE = re.compile(r"\s*(?:1[89]|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*[，,]")  # 2016年11月,工信部批复…⏎: a dated item


def _may_act(text: str, m: Mention, rules: _MilestoneRules) -> bool:
    """Whether a mention of an event's clause may be its actor: a clean institution or person that is no credit, venue,
    authority, recipient or source of data there."""
    return m.group in (INSTITUTION_GROUP, "person") and clean_actor(m) and not _credited(text, m, rules) and not _venue(text, m, rules) and not _authority(text, m, rules) and not _recipient(text, m, rules) and not _source(text, m, rules)


def _year_line_items(document_id: str, text: str, written: str, block, block_mentions, year_line, mention_entity, rules) -> tuple[list[Entity], list[Fact]]:
    """The events of a chronicle's item line under a year alone on its line (2018 ¶ 苏州某某有限公司成立): each sentence with
    an actor and an event's verb is a milestone of that year, its date's evidence the year's line, its actors' the item's."""
    year_block, ys, ye, year = year_line
    entities: list[Entity] = []
    facts: list[Fact] = []
    for s, e, in_sentence in sentence_mentions(block, block_mentions):
        actors = [m for m in in_sentence if mention_entity[m.index] and _may_act(text, m, rules)]
        if not actors or _event_verb(text, s, e, rules) is None:
            continue
        milestone = milestone_id(document_id, s)
        label = lexicon.relation_rules().milestone_label_lead.sub("", written[s:e]).rstrip("。；;，,")[:60]
        ev = (Evidence(block.index, s, e),)
        entities.append(Entity(milestone, "Milestone", label, None, (), (), (("date", f"{year:04d}"), ("precision", "year"), ("sentence", (block.index, s, e)))))
        facts.append(Fact(milestone, "date", f"{year:04d}", (Evidence(year_block, ys, ye),), "text", True, (("precision", "year"),)))
        facts += [Fact(milestone, "involves", t, ev) for t in dict.fromkeys(mention_entity[m.index] for m in actors)]
    return entities, facts


def _dateline(document: Document, by_block) -> DateExpr | None:
    """A news item's own date: a day's date on one of its first lines that is a title's or a header's line, or
    one that names it (发布日期:2018-09-27, 2017-01-17 08:10:00 来源:东营网, 宜宾日报 2019-05-29 01:19); else a year's
    report's year in its title (2023年工作总结); None for a report that states none."""
    _, cue, first_lines = _chronicle_rules()
    for block in document.blocks[:first_lines]:
        days = [m for m in by_block.get(block.index, []) if m.label == "Date" and m.attr("precision") == "day" and m.attr("year")]
        if days and (block.kind != "paragraph" or (len(block.text) <= 60 and cue.search(block.text))):
            return _wire_day(document, mention_expr(days[0], None), first_lines)
    for block in document.blocks[:first_lines]:  # 某区科学技术局2023年工作总结: the year the report is of
        if block.kind != "paragraph" and (m := _report_year().search(block.text)) is not None:
            year = int(m.group("y"))
            return DateExpr(block.start + m.start("y"), block.start + m.end("y"), f"{year:04d}", "year", year)
    first = document.blocks[0] if document.blocks else None
    if first is not None and first.kind != "paragraph" and (m := _headline_year().match(first.text)) is not None:
        year = int(m.group("y"))  # 2024年江苏省科技工作会议召开 ¶ 10月30日，…: the headline's year
        return DateExpr(first.start + m.start("y"), first.start + m.end("y"), f"{year:04d}", "year", year)
    return None


def _before_the_dateline(exprs: list[DateExpr], dateline: DateExpr, bare: set[int]) -> list[DateExpr]:
    """A bare month or day that only the news item's dateline dates, and that would fall after it, is of the year before
    (发布时间:2019-01-17 ¶ …于10月21日在无锡通过验收: 2018-10-21): news reports what has happened."""
    out = []
    for x in exprs:
        if x.start in bare and x.precision in ("day", "month") and x.year == dateline.year and x.value[:7] > dateline.value[:7]:
            x = replace(x, value=f"{x.year - 1:04d}{x.value[4:]}", year=x.year - 1)
        out.append(x)
    return out


def _wire_day(document: Document, page: DateExpr, first_lines: int) -> DateExpr:
    """The day a news item's own wire dateline gives (本报北京9月21日电, 中新网重庆2月3日电: `wire_dateline` in dates.toml), in the
    year of the page's date (the year before, where the month is later than the page's), over the page's day: 今天 is the
    day the item was filed."""
    for block in document.blocks[: first_lines + 2]:
        if (m := _wire_dateline().search(block.text)) is None:
            continue
        month, day = int(m.group("m")), int(m.group("d"))
        page_month = int(page.value[5:7]) if page.precision == "day" else 12
        year = page.year if month <= page_month else page.year - 1
        return DateExpr(block.start + m.start(), block.start + m.end(), f"{year:04d}-{month:02d}-{day:02d}", "day", year)
    return page


@lru_cache(maxsize=1)
def _wire_dateline() -> re.Pattern[str]:
    return re.compile(lexicon.rules_toml("dates.toml")["relative"]["wire_dateline"])


@lru_cache(maxsize=1)
def _headline_year() -> re.Pattern[str]:
    return re.compile(lexicon.rules_toml("dates.toml")["relative"]["headline_year"])


@lru_cache(maxsize=1)
def _report_year() -> re.Pattern[str]:
    """A year's report by its title (`report_year_title` in dates.toml: 2023年工作总结, 2019年度工作报告)."""
    return re.compile(lexicon.rules_toml("dates.toml")["relative"]["report_year_title"])


def _event_verb(text: str, start: int, end: int, rules: _MilestoneRules) -> re.Match[str] | None:
    """The verb of the scope's event: not a preposition that opens its clause (通过…网站选取…). An attributive verb
    (由某中心发布的《…》, 某某提出的…) still reports its event: the genre dates it so."""
    for verb in rules.achievement.finditer(text, start, end):
        opening = text[max(start, verb.start() - 1) : verb.start()]
        if verb.group() in rules.prepositions and (verb.start() == start or not opening or opening in "，,；;：:。（("):
            continue
        if verb.group() in rules.tally_verbs and rules.tally.search(text, verb.end(), end) and rules.tallied.search(text, verb.end(), end) and not rules.award.search(text, verb.end(), end):
            continue  # 2020年，某公司获得发明专利授权6600余件: a statistic at a date, no event
        return verb
    return None


def _source(text: str, m: Mention, rules: _MilestoneRules) -> bool:
    """Whether a mention names where data came from (陕西省政府官网, 某统计年鉴): a source, no actor."""
    return text.startswith(rules.source_after, m.end)


def _credited(text: str, m: Mention, rules: _MilestoneRules) -> bool:
    """Whether a mention is a reporter's or photographer's credit or a news agency's dateline (记者张某,
    某某摄, 新华社北京12月28日电, (记者 陈某 冯某)): no actor of the event it reports."""
    return (
        text[: m.start].rstrip().endswith(rules.credit_before)
        or text.startswith(rules.credit_after, m.end)
        or rules.dateline.match(text[m.end : m.end + 16]) is not None
        or rules.credit_bracket.search(text, max(0, m.start - 30), m.start) is not None
    )


def _closes_after(text: str, pos: int) -> bool:
    """Whether a bracket closes right after `pos` (a date that is the bracket's whole content dates the clause before it)."""
    return text[pos : pos + 2].lstrip()[:1] in ("）", ")")


def _bracket_opened(text: str, s: int, pos: int) -> int:
    """Where the bracket that `pos` lies in was opened, after the sentence's start `s`, or -1. Opened after no
    name, it is an aside (…理事长（2007年连任）), whose date is no event of the sentence once a date outside
    brackets dates it; after a name, it glosses the name (法拉第（1831年发现…）)."""
    opened = max(text.rfind("（", s, pos), text.rfind("(", s, pos))
    return opened if opened >= 0 and max(text.rfind("）", opened, pos), text.rfind(")", opened, pos)) < 0 else -1


_COUNTED_MEMBERS = re.compile(r"\s*(?:[0-9]+|[一二三四五六七八九十百两]+|多|数十|数百|几十)\s*[位名]?(?:多|余)?\s*")


def _venue(text: str, m: Mention, rules: _MilestoneRules) -> bool:
    """Whether an organisation's mention is where the event took place (在上海证券交易所科创板上市, 在某园举行, 从某发射中心
    发射升空), a zone the clause says something happened in (在某高新区创立): a zone is territory, never an actor there; or where
    the actor went (登陆纳斯达克, 落户某园区)."""
    if m.group == INSTITUTION_GROUP and rules.arrival_before.search(text, max(0, m.start - 6), m.start):
        return True  # 2019年登陆纳斯达克, 去年落户某产业园区: where the actor went, not an actor
    if m.group != INSTITUTION_GROUP or not text[: m.start].rstrip().endswith(rules.venue_before):
        return False
    return rules.venue_after.match(text, m.end) is not None or m.label == "Park"


def _recipient(text: str, m: Mention, rules: _MilestoneRules) -> bool:
    """Whether a mention is whom a letter or a proposal went to (致函党中央、国务院, 上书中央): no actor of the sending."""
    return rules.recipient.search(text, max(0, m.start - 24), m.start) is not None


def _authority(text: str, m: Mention, rules: _MilestoneRules) -> bool:
    """Whether a mention is the authority an event follows (按照省委、省政府决策部署, 贯彻落实党中央…的决策部署)."""
    window = text[max(0, m.start - 40) : m.start]
    return rules.authority_after.match(text, m.end) is not None and rules.authority_before.search(window) is not None


def _titled(text: str, m: Mention, persons: list, rules: _MilestoneRules) -> bool:
    """Whether an organisation's mention is part of a person's title (中国科学院院士, 时任国务院副总理某某):
    a membership right after it, or a post right after it with a person's name right after the post."""
    if m.group != INSTITUTION_GROUP:
        return False
    counted = _COUNTED_MEMBERS.match(text, m.end)
    if counted is not None and rules.post.match(text, counted.end()):
        return True  # 中国科学院89位院士致函…: its members act, not the body
    post = rules.post.match(text, m.end)
    if post is None:
        return False
    if rules.membership.match(text, m.end):
        return True
    return any(p.start == post.end() for p in persons)


def clean_actor(m: Mention) -> bool:
    """Whether a mention reads as an actor's name: not a fragment (他熟知中国科学院, 莫迪正式) nor a generic phrase (法国公司)."""
    from ..components import words_of

    text = m.text.strip()
    fragment, numerals = _milestone_rules().fragment_words, _milestone_rules().numeral_words
    if any(text[s:e] in fragment or (s == 0 and text[s:e] in numerals and any(text.startswith(p, e) for p in _place_openers(text[e : e + 8]))) for s, e in words_of(text)):
        return False
    rules = lexicon.institution_rules()
    if m.group == "person":  # a person's name holds no institution's ending (哈佛大学加里·皮萨诺)
        return not any(x.text in text for x in rules.suffixes if len(x.text) > 1)
    if m.attr("org") is not None:
        return True
    rest = text
    place = max((rest[:k] for k in range(2, min(len(rest), 8)) if rest[:k] in places_by_name()), key=len, default="")
    rest = rest[len(place) :]
    suffix = next((x for x in rules.suffixes if rest.endswith(x.text)), None)  # longest first
    if suffix is None:
        return True
    rest = rest[: len(rest) - len(suffix.text)]
    if not rest:  # a place and its body (美国政府, 北京大学, 中国科学院), but not 法国公司
        return bool(place) and suffix.specific != "proper"
    if place and suffix.type == "University":
        return True  # a place names its schools by their fields (武汉科技大学, 上海理工大学, 武汉纺织大学)
    company_words = rules.generic_company_words if suffix.type == "Company" else frozenset()  # 北京|化工|研究院 is an institute's field
    generic = sorted(rules.generic_modifiers | company_words, key=len, reverse=True)
    words = []
    while rest:
        word = next((g for g in generic if rest.startswith(g)), None)
        if word is None:
            return True
        words.append(word)
        rest = rest[len(word) :]
    # a country's national body (美国|国家|研究理事会, 法国|国立|科研中心), but not its kind of company (法国|国家|公司)
    return bool(place) and suffix.specific != "proper" and all(w in _NATIONAL_WORDS for w in words)


def _place_openers(text: str) -> list[str]:
    """The places a text begins with (北京 of 北京科创母基金)."""
    return [text[:k] for k in range(2, len(text) + 1) if text[:k] in places_by_name()]


_NATIONAL_WORDS = frozenset({"国家", "国立", "联邦", "皇家", "中央"})


def _is_actor(m: Mention, mention_entity) -> bool:
    """Whether a resolved mention can act in an event: a clean institution's or person's name."""
    return m.group in (INSTITUTION_GROUP, "person") and bool(mention_entity[m.index]) and clean_actor(m)


def _topic(text: str, s: int, start: int, in_sentence, mention_entity) -> list:
    """The actor that opens a sentence's first clause (its topic), when a later clause of the sentence
    opens with its date and names no actor of its own (某研究所成立之初…，1978年获得…认可)."""
    end = min((i for i in (text.find(ch, s, start) for ch in "，,：:") if i >= 0), default=s)
    return [m for m in in_sentence if s <= m.start < end and _is_actor(m, mention_entity)][:1]


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Where the comma clause holding `pos` begins (not before `floor`); a date right after 、 opens
    its own clause (1958年任某所主任、1972年任某院副院长: a list of dated posts)."""
    before = text[floor:pos].rstrip()
    if before.endswith("、"):
        return floor + len(before)
    return max(floor, max(text.rfind(ch, floor, pos) for ch in "，,：:") + 1)


_YEAR_BRACKET_OPEN = re.compile(r"[（(]\s*([A-Z][A-Za-z0-9&\-]{1,15}\s*[，,、]\s*)?")
_YEAR_ONLY = re.compile(r"\s*年?\s*")


def _bracketed_events(text: str, exprs, in_sentence, mention_entity, rules, s: int, e: int) -> list:
    """(date, actor, closing bracket) of the dates written in brackets right after an institution's or a
    person's name with the event's verb (英国皇家学会（1660年成立）, 某某所（2006年设立）), and of an institution's
    bare year, with its abbreviation or not, in a sentence that founds institutions before it (先后设立了…
    国家科研中心（CNRS，1939年）、…)."""
    named = [m for m in in_sentence if m.group in (INSTITUTION_GROUP, "person") and mention_entity[m.index]]
    by_end = {m.end: m for m in named}
    by_start = {m.start: m for m in named}
    out = []
    for x in exprs:
        if not (s < x.start < e):
            continue
        bracket = max(text.rfind("（", s, x.start), text.rfind("(", s, x.start))
        opening = _YEAR_BRACKET_OPEN.fullmatch(text, bracket, x.start) if bracket >= 0 else None
        if opening is None:
            continue
        actor = by_end.get(opening.start())
        if actor is not None and not clean_actor(actor) and not opening.group(1):
            actor = None  # a name glossed by its abbreviation is one however generic its words (石油研究院（IFP，1944年）)
        if actor is None and opening.group(1):
            actor = by_start.get(opening.start(1))  # 国家科研中心（CNRS，1939年）: the abbreviation names it where the name is not read
        close = min((k for k in (text.find("）", x.end, e), text.find(")", x.end, e)) if k >= 0), default=-1)
        if actor is None and close >= 0 and not opening.group(1):
            inside = [m for m in named if x.end <= m.start and m.end <= close and m.group == INSTITUTION_GROUP]
            actor = inside[0] if len(inside) == 1 else None  # 《某刊》（1964年创刊，某研究所主办）: the bracket names its own actor
        if actor is None or close < 0:
            continue
        if rules.achievement.search(text, x.end, close) and not opening.group(1):
            out.append((x, actor, close))
        elif _YEAR_ONLY.fullmatch(text, x.end, close) and actor.group == INSTITUTION_GROUP and rules.founding.search(text, s, opening.start()):
            out.append((x, actor, close))  # 设立了…国家科研中心（CNRS，1939年）、石油研究院（IFP，1944年）: each one's founding
    return out


_SPAN_MARKS = "—–-－~～至一"  # the marks between a span's two years; OCR writes the dash as 一
_SPAN_MARK = re.compile(f"[{re.escape(_SPAN_MARKS)}]")
_LIFE_OPEN = re.compile(rf"[（(]\s*([0-9]{{3,4}}\s*年?\s*{_SPAN_MARK.pattern}+\s*)?")  # （ or （1767一 before the date
_LIFE_SPAN = re.compile(rf"\s*({_SPAN_MARK.pattern}+\s*(?:[0-9]{{3,4}}\s*年?)?)?\s*[）)]")


def _life_dates(text: str, exprs, in_sentence, s: int, e: int) -> set[int]:
    """The dates in brackets right after a person's name, a life (亥姆霍兹（1821—1894年）, 某某（1902—）) or a
    citation (某某（2006年）), and an organisation's span (西门子（1847—1966年）): no event of the sentence."""
    named = sorted((m.end, m.group == "person") for m in in_sentence if m.group in ("person", INSTITUTION_GROUP))
    ends = [end for end, _ in named]
    out = set()
    for x in exprs:
        k = bisect_right(ends, x.start) - 1
        if not (s < x.start < e and k >= 0 and (opening := _LIFE_OPEN.fullmatch(text, ends[k], x.start)) and (closing := _LIFE_SPAN.match(text, x.end))):
            continue
        if not named[k][1] and not (opening.group(1) or closing.group(1) or _SPAN_MARK.search(text, x.start, x.end)):
            continue  # 耶鲁（1701年）…建立: one year after an organisation may date its founding; a span of two is its life

        out.add(x.start)
        out.update(y.start for y in exprs if x.end <= y.start and y.end <= x.end + 12 and text[x.end : y.start].strip(" " + _SPAN_MARKS) == "")
    return out


def milestone_facts(document: Document, mentions, mention_entity, entities, document_id: str):
    """A dated clause with an actor and an achievement is a milestone (the ten advances and others).

    Every date expression of a sentence (`dates.paragraph_dates`: 2019年10月, 同年,
    次年, 80年代 …) opens a scope that runs from its comma clause to the clause of
    the next date; dates joined by 和/、 share one (1991年和1992年国务院…批复). The
    actors are the clean institution and person mentions of the scope; a date
    after 截至 is a reckoning point, one before 之后 a period, and one after 到 that
    follows the event's verb (提出了到2035年…的目标) a target, not an event; a sentence
    whose subject is the report itself (本文…) tells its method."""
    from ..components import _Quotes

    rules = _milestone_rules()
    written = document.text
    text = lexicon.folded_text(written)  # 簽署, 達成: the verbs read in Traditional script too; labels keep the text as written
    quotes = _Quotes(text)
    out_entities: list[Entity] = []
    facts: list[Fact] = []
    by_block = defaultdict(list)
    for m in mentions:
        by_block[m.block].append(m)
    section_year: int | None = None  # the year the section last stated: a later paragraph's 9月12日 is of it
    year_alone = _chronicle_rules()[0]
    dateline = _dateline(document, by_block)
    if dateline is not None:
        section_year = dateline.year  # 发布日期:2018-09-27 ¶ 9月20日下午，…: the lead's day is of the dateline's year
    by_dateline = dateline is not None and dateline.precision == "day"  # no year stated yet: bare days are the dateline's
    carried: tuple[int, int] | None = None  # the year and month the section before a heading ended on
    last_month = 0
    year_line: tuple[int, int, int, int] | None = None  # a chronicle's year alone on its line: block, start, end, year
    for block in document.blocks:
        if (alone := year_alone.fullmatch(block.text)) is not None:
            section_year = int(alone.group("y"))  # a chronicle's year heading (1956, 1952年大事记): its items' year
            year_line = (block.index, block.start + alone.start("y"), block.start + alone.end("y"), section_year)
            continue
        if block.kind == "heading":
            if section_year is not None and last_month:
                carried = (section_year, last_month)
            section_year, year_line = None, None
        block_mentions = by_block.get(block.index, [])
        if block.kind != "line":
            year_line = None  # a chronicle's items are its lines right under the year
        elif year_line is not None and block_mentions and not any(m.label == "Date" for m in block_mentions):
            items = _year_line_items(document_id, text, written, block, block_mentions, year_line, mention_entity, rules)
            out_entities += items[0]
            facts += items[1]
            continue
        if not (block.kind == "paragraph" or (block.kind == "line" and (block.text.rstrip().endswith(_SENTENCE_ENDS + _CLAUSE_ENDS) or _DATED_LINE.match(block.text)))) or not block_mentions:
            continue  # a line that is a whole sentence (news sets one per line), a clause of a wrapped one or a dated item reports events as a paragraph does
        dates_here = sorted((m for m in block_mentions if m.label == "Date"), key=lambda m: m.start)
        year = section_year
        if year is None and carried is not None and dates_here and dates_here[0].attr("year") is None and (dates_here[0].attr("month") or 0) >= carried[1]:
            year = carried[0]  # （二）第二阶段 ¶ （1）1月20日，…: a chronicle's next stage goes on in the year its last one ended in, its months not going back
        exprs = paragraph_dates(block.text, block.start, dates_here, year, dateline)
        section_year = next((x.year for x in reversed(exprs) if x.anchor and x.precision in ("day", "month", "year")), year)
        last = next((x for x in reversed(exprs) if x.anchor and x.precision in ("day", "month")), None)
        if last is not None:
            last_month, carried = int(last.value[5:7]), None
        if by_dateline and year == dateline.year:
            exprs = _before_the_dateline(exprs, dateline, {m.start for m in dates_here if m.attr("year") is None})
        by_dateline = by_dateline and not any(m.attr("year") for m in dates_here)
        if not exprs:
            continue
        for s, e, in_sentence in sentence_mentions(block, block_mentions):
            if rules.self_reference.match(text, s):
                continue  # 本文通过…: the report's method, not an event
            bracketed = _bracketed_events(text, exprs, in_sentence, mention_entity, rules, s, e)
            for x, actor, close in bracketed:  # 英国皇家学会（1660年成立）: the event of the name before the bracket
                milestone = milestone_id(document_id, x.start)
                label = written[x.end : close].strip()[:60]
                ev = (Evidence(block.index, actor.start, close + 1),)
                out_entities.append(Entity(milestone, "Milestone", label, None, (), (), (("date", x.value), ("precision", x.precision), ("sentence", (block.index, actor.start, close + 1)))))
                facts.append(Fact(milestone, "date", x.value, (Evidence(block.index, x.start, x.end),), "text", True, (("precision", x.precision),)))
                facts.append(Fact(milestone, "involves", mention_entity[actor.index], ev))
            handled = {x.start for x, _, _ in bracketed} | _life_dates(text, exprs, in_sentence, s, e)
            titled = [(m.start, m.end) for m in in_sentence if m.group in ("policy", "publication")]
            dated = [
                x for x in exprs
                if s <= x.start < e and x.start not in handled
                and not any(a <= x.start and x.end <= b for a, b in titled)  # 21世纪海上丝绸之路: part of a name
                and not text[s : x.start].rstrip().endswith(rules.not_event_before) and not (text[x.end : e].lstrip().startswith(rules.period_after) and not text[x.end : e].lstrip().startswith(rules.period_not))
                and not (text[s : x.start].rstrip().endswith(rules.target_before) and rules.achievement.search(text, s, x.start))
                and not (x.precision == "year" and text[x.end : e].lstrip().startswith(rules.target_after))
            ]
            editions = [x for x in dated if x.precision == "year" and rules.edition.search(text[max(s, x.start - 4) : x.end + 1])]
            if len(editions) < len(dated):  # 1月15日，教育部公布2019年度“…”名单: the list's edition, dated by the day
                dated = [x for x in dated if x not in editions]
            glossed = {m.end for m in in_sentence}
            opened = {x.start: _bracket_opened(text, s, x.start) for x in dated}
            aside = [x for x in dated if opened[x.start] >= 0 and opened[x.start] not in glossed and not _closes_after(text, x.end)]  # 理事长（2007年连任）, not 法拉第（1831年…） nor 提出原子理论（1803年）
            first = next((x.start for x in dated if opened[x.start] < 0), None)
            if aside and first is not None:
                dated = [x for x in dated if x not in aside or x.start < first]
            persons = [m for m in in_sentence if m.group == "person"]  # whose names may follow a post (_titled)
            groups: list[list] = []
            for x in dated:
                if groups and rules.date_join.fullmatch(text, groups[-1][-1].end, x.start):
                    groups[-1].append(x)
                else:
                    groups.append([x])
            floor = s
            previous: list = []
            for k, group in enumerate(groups):
                start = _clause_start(text, group[0].start, floor)
                end = _clause_start(text, groups[k + 1][0].start, group[-1].end) if k + 1 < len(groups) else e
                floor = end
                if rules.self_reference.match(text, start):
                    previous = []  # …，本文通过国务院发布的2006年…数据: the report's method, and the subject of what follows
                    continue
                scope = [m for m in in_sentence if start <= m.start and m.end <= end and mention_entity[m.index]]
                actors = [m for m in scope if _may_act(text, m, rules) and not _titled(text, m, persons, rules)]
                if rules.subject_carrier.match(text, start):  # 物理学家某某，不仅自己…获得1963年…奖，更…培养出了某某
                    subject = [m for m in in_sentence if m.end <= start and _is_actor(m, mention_entity)][-1:]
                    verb = rules.achievement.search(text, start, end)
                    if subject and verb:
                        actors = subject + [m for m in actors if m.end <= verb.start()]
                # A later date of the sentence shares the subject of the one before (某所于2006年设立…，2007年首次公布).
                if not actors and quotes.inside(group[0].start):
                    previous = []  # a date in a quotation (到2030年时…) is what was said, not the speaker's act
                actors, previous = actors or previous, actors or previous
                if not actors and text[start : group[0].start].strip() in rules.date_openers:  # 某研究所…，1978年获得…认可: the topic acts
                    actors = _topic(text, s, start, in_sentence, mention_entity)
                if not actors or _event_verb(text, start, end, rules) is None:
                    continue
                label = written[group[-1].end : end] if group[0].start == start else written[start:end]
                label = lexicon.relation_rules().milestone_label_lead.sub("", label).rstrip("。；;，,")[:60]
                ev = (Evidence(block.index, start, end),)
                for x in group:
                    milestone = milestone_id(document_id, x.start)
                    out_entities.append(
                        Entity(milestone, "Milestone", label, None, (), (), (("date", x.value), ("precision", x.precision), ("sentence", (block.index, start, end))))
                    )
                    facts.append(Fact(milestone, "date", x.value, (Evidence(block.index, x.start, x.end),), "text", True, (("precision", x.precision),)))
                    facts += [Fact(milestone, "involves", t, ev) for t in dict.fromkeys(mention_entity[m.index] for m in actors)]
                    for m in scope:
                        if m.group == "technology":
                            facts.append(Fact(milestone, "concerns", mention_entity[m.index], ev))
                        elif m.group == "place":
                            facts.append(Fact(milestone, "locatedIn", mention_entity[m.index], ev))
    return out_entities, facts
