"""The mentions stage: every block of a segmented document → typed mentions with exact offsets.

A proper institution name found in one place is then found wherever the report writes it again
(`_with_recurrences`), though the context that found it once is not there."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import lexicon
from .aliases import document_bodies, document_companies
from .components import _CJK, INSTITUTION_LABELS, _PLACE_LABEL, _author_patterns, word_tags, _alternation, _only_industry_words, _surname_re, _technology_terms, _begins_word, _eponym_followers, _field_terms, _latin_boundary, district_twins_written, _place_key, _place_prefix, _place_scanner, _rule_pattern, _transliteration_chars, pipeline, policy_kind, rules_toml_list
from .model import Document, Mention

# Blocks whose text is read for mentions (not the TOC, not formulas).
READ_KINDS = frozenset({"paragraph", "heading", "title", "line", "table", "figure_caption", "table_caption", "footnote", "source_note"})


def front_matter(document: Document) -> frozenset[int]:
    """The blocks under the title where a report names its authors: up to the abstract, the first
    heading, or `front_lines` blocks (rules/persons.toml), whichever comes first."""
    rules = lexicon.rules_toml("persons.toml")
    end = re.compile(rules["front_end"])
    front = set()
    blocks = document.blocks[: rules["front_lines"]]
    for k, block in enumerate(blocks):
        if block.kind == "source_note":
            continue  # a web page's 来源：… line above its title
        if block.kind in ("paragraph", "line") and block.text.startswith(tuple(rules["keywords_labels"])) and k + 1 < len(blocks) and _author_patterns()[0].match(blocks[k + 1].text.strip()):
            continue  # a web page's 关键词 line above the author line: the front matter goes on
        if block.kind not in ("paragraph", "line", "title") or end.match(block.text):
            break
        front.add(block.index)
    return frozenset(front)


def mentions(document: Document) -> tuple[Mention, ...]:
    """Run the extraction pipeline over each block; offsets become document offsets."""
    nlp = pipeline()
    blocks = [b for b in document.blocks if b.kind in READ_KINDS]
    front = front_matter(document)
    docs = []
    folded = lexicon.folded_text(document.text)  # 華為 read as 华为; the mentions keep the text as written
    carried: list = document_companies(folded) + document_bodies(folded)  # names a block defines that later blocks use (ht_aliases); the blocks run in order
    districts = district_twins_written(folded)
    for k, b in enumerate(blocks):
        doc = nlp.make_doc(folded[b.start : b.end])
        doc.user_data["front_matter"] = b.index in front
        if b.index in front:  # a single author's line is read with the affiliation line after it, never as the title
            doc.user_data["front_first"] = k == 0
        doc.user_data["next_block"] = blocks[k + 1].text if k + 1 < len(blocks) else ""
        doc.user_data["carried_aliases"] = carried
        doc.user_data["district_twins"] = districts
        docs.append(doc)
    out: list[Mention] = []
    read = []
    for block, doc in zip(blocks, nlp.pipe(docs)):
        read.append((block, doc))
        for cand in doc.user_data["ht_selected"]:
            start, end = block.start + cand.start, block.start + cand.end
            out.append(
                Mention(
                    index=len(out),
                    block=block.index,
                    start=start,
                    end=end,
                    text=document.text[start:end],
                    label=cand.label,
                    source=cand.source,
                    key=cand.key,
                    attrs=cand.attrs,
                )
            )
    out = _with_recurrences(document, read, out)
    return tuple(_think_tanks_called(document.text, _without_counted_kinds(document.text, _without_designations(_without_cultivars(folded, out)))))


@lru_cache(maxsize=1)
def _copy_count() -> re.Pattern[str]:
    """A number and a measure word of copies right before a name, its quotation mark between (一份“…”), anchored at the end."""
    counters = lexicon.rules_toml("policies.toml")["copy_counters"]
    return re.compile(rf"(?:[0-9０-９]+|[一二两三四五六七八九十百几每])\s*(?:{_alternation(counters)})\s*[“\"]?$")


def _without_cultivars(text: str, found: list[Mention]) -> list[Mention]:
    """A school's or an institute's short name right before a number names a variety it bred (西农979, “西农100”), whichever
    layer read it: `cultivar_after_short_name` in institutions.toml."""
    cultivar = _rule_pattern("cultivar_after_short_name")
    kept = [m for m in found if not (m.label in ("University", "ResearchInstitute") and m.end - m.start <= 3 and cultivar.match(text, m.end))]
    return found if len(kept) == len(found) else [replace(m, index=k) for k, m in enumerate(kept)]


def _without_designations(found: list[Mention]) -> list[Mention]:
    """A designation written with no field of its own (国家临床医学研究中心, 四川省临床医学研究中心, A类重点实验室) names the
    class the state or a province confers, not one body: `designation_classes` in institutions.toml."""
    classes, head = rules_toml_list("designation_classes"), _rule_pattern("designation_head")
    kept: list[Mention] = []
    for m in found:
        ending = next((c for c in classes if m.text.endswith(c)), None) if m.group == "institution" else None
        rest = m.text[: len(m.text) - len(ending)] if ending else ""
        k = _place_prefix(rest)
        place = next((p for p in _place_scanner().entries.get(rest[:k], ()) if p.kind in ("province", "city")), None) if k else None
        if ending is None or head.match(rest[k:]) is None or (k and place is None):
            kept.append(m)  # 长三角国家技术创新中心: a region's centre is one
            continue
        if place is not None:  # 四川省|临床医学研究中心: the province the designation names stays
            kept.append(Mention(0, m.block, m.start, m.start + k, m.text[:k], _PLACE_LABEL[place.kind], "gazetteer", _place_key(place), (("place", place),)))
    return found if kept == found else [replace(m, index=k) for k, m in enumerate(kept)]


def _without_counted_kinds(text: str, found: list[Mention]) -> list[Mention]:
    """A plan the report counts in copies (附带一份数据管理计划, 35份纳米科技战略计划) is a kind of document every
    applicant or country writes, not a named policy: none of its mentions stays, quoted or learnt, but a title in
    《》 does (a copy of one named work)."""
    count = _copy_count()
    policies = {m.text for m in found if m.label == "Policy"}
    counted = {name for name in policies if any(count.search(text, max(0, at.start() - 8), at.start()) for at in re.finditer(re.escape(name), text))}
    if not counted:
        return found
    kept = [m for m in found if not (m.label == "Policy" and m.text in counted and m.source != "title")]
    return [replace(m, index=k) for k, m in enumerate(kept)]


_YIELDS_TO_A_NAME = frozenset({"place", "technology"})  # mentions a recurring name replaces where it holds them (普鲁士|科学院)
_NOT_LEARNT = frozenset({"known_org", "alias", "pattern"})  # found wherever they hold by their own rules already
_LATIN_LETTER = re.compile("[A-Za-z]")
_LEARNT_PERSONS = frozenset({"person", "author"})  # a role or an author line found them: not the model's guesses
_TITLED = frozenset({"title", "quoted", "pattern"})  # a policy named by its marks or its issuer and its head noun, learnt for its bare recurrences


@lru_cache(maxsize=1)
def _transliterated_word() -> re.Pattern[str]:
    """Three sound characters or more in a row (弗雷泽): a transliterated word."""
    return re.compile(f"[{re.escape(''.join(sorted(_transliteration_chars())))}]{{3,}}")


def _surnamed(name: str) -> bool:
    """Whether a name begins with a common Chinese surname (`surnames` of persons.toml)."""
    return _surname_re().match(name) is not None


def _coined_company(name: str) -> bool:
    """Whether a company a list of firms found is named by a coined word of four characters or more (蜂巢能源, 河北兴恒): no
    word of the dictionary, no technology, not only industry words, all Chinese."""
    return len(name) >= 4 and all(_CJK.match(ch) for ch in name) and name not in word_tags() and name not in _technology_terms() and not _only_industry_words(name)


def _proper(name: str) -> bool:
    """Whether a name holds a proper element, a place, Latin letters or a transliterated word (新西兰…,
    AVS产业联盟, 弗雷泽研究所), and is not only fields and a kind (工业研究协会, 地区研究中心), which
    a report may write of many bodies."""
    if _LATIN_LETTER.search(name) or _transliterated_word().search(name):
        return True
    return next(_place_scanner().scan(name), None) is not None


@dataclass(frozen=True)
class _RecurrenceRules:
    """The `recurrence_*` rules of policies.toml, compiled once."""

    joined_head: re.Pattern[str]  # 与政策$
    kind_head: re.Pattern[str]  # (国家)?(发展)?战略$
    min_title_chars: int


@lru_cache(maxsize=1)
def _recurrence_rules() -> _RecurrenceRules:
    rules = lexicon.rules_toml("policies.toml")
    return _RecurrenceRules(
        re.compile(rf"[与和及](?:{_alternation(rules['recurrence_joined_heads'])})$"),
        re.compile(rf"(?:国家)?(?:发展)?(?:{_alternation(rules['recurrence_kind_heads'])})$"),
        rules["recurrence_min_title_chars"],
    )


def _headed_work(m: Mention) -> bool:
    """Whether a policy's name is one work's that the report may write again bare: it ends in a head noun
    of its own (计划, 战略, 分类 …), not in a field joined to one (科技管理与政策: management and policy), is
    not a technology's kind of strategy that every country has (人工智能国家战略), and a title of a few
    characters only is a phrase as often as a name (《太空行动》: 防御性太空行动)."""
    rules, name = _recurrence_rules(), m.text
    if policy_kind(lexicon.fold_traditional(name)) is None or rules.joined_head.search(name):
        return False
    if m.source == "title" and len(name) < rules.min_title_chars:
        return False
    return rules.kind_head.sub("", name) not in _field_terms()


@dataclass(frozen=True)
class _ThinkTankRules:
    """The `think_tank_*` rules of institutions.toml, compiled once."""

    after: re.Pattern[str]  # …(作为|是|成为)…智库, matched at a name's end
    before: re.Pattern[str]  # 智库(和…)?，?, searched right before a name
    kinds: frozenset[str]
    type: str


_GLOSS = re.compile(r"[（(][^（）()]{0,60}[）)]")
_LIST_JOIN = re.compile(r"\s*(?:[、和与及]|以及)\s*")


@lru_cache(maxsize=1)
def _think_tank_rules() -> _ThinkTankRules:
    rules = lexicon.rules_toml("institutions.toml")
    words, copulas = _alternation(rules["think_tank_words"]), _alternation(rules["think_tank_copulas"])
    return _ThinkTankRules(
        re.compile(rf"(?!的)[^。；;！？!?\n]{{0,80}}?(?P<cue>{copulas})[^。；;！？!?\n，,]{{0,30}}?(?:{words})(?=[，,。；;、）)和与]|之一|$)"),
        re.compile(rf"(?:{words})(?:[和与][\u4e00-\u9fff]{{1,6}})?[，,]?$"),
        frozenset(rules["think_tank_kinds"]),
        rules["think_tank_type"],
    )


def _think_tanks_called(text: str, found: list[Mention]) -> list[Mention]:
    """A foundation the report calls a think tank (阿登纳基金会…是基民盟的思想库, 智库保尔森基金会) is one
    wherever the report names it, and so are the foundations listed with it (阿登纳基金会、艾伯特基金会):
    the kind of body a report says it is, not the kind its ending suggests (盖茨基金会 stays a fund)."""
    rules = _think_tank_rules()
    kinds = [m for m in found if m.label in rules.kinds]
    if not kinds:
        return found
    institutions = [m for m in found if m.group == "institution"]

    def alone(a: int, b: int) -> bool:
        return not any(a <= m.start and m.end <= b for m in institutions)

    called = set()
    for m in kinds:
        after = rules.after.match(text, m.end)
        if after and alone(m.end, after.start("cue")):  # the foundation, not another body, is what the clause calls so
            called.add(m.text)
            continue
        before = rules.before.search(text, max(0, m.start - 12), m.start)
        if before and alone(before.start(), m.start):
            called.add(m.text)
    if not called:
        return found

    def named(m: Mention) -> bool:  # the name, its longer or shorter form (康拉德·阿登纳基金会, 阿登纳基金会)
        return m.text in called or any(min(len(c), len(m.text)) >= 5 and (c.endswith(m.text) or m.text.endswith(c)) for c in called)

    pairs = []  # the foundations listed one after another, past a bracketed gloss (阿登纳基金会（KAS）、瑙曼基金会), and a gloss's names
    for k, a in enumerate(kinds):
        end = (gloss.end() if (gloss := _GLOSS.match(text, a.end)) else a.end)
        pairs += [(a, n) for n in kinds[k + 1 :] if n.end <= end]
        b = next((n for n in kinds[k + 1 :] if n.start >= end), None)
        if b is not None and _LIST_JOIN.fullmatch(text, end, b.start):
            pairs.append((a, b))
    grown = True
    while grown:  # the list's kind, to its last item
        grown = False
        for a, b in pairs:
            if named(a) != named(b):
                called.update((a.text, b.text))
                grown = True
    keys = {m.key for m in kinds if m.key and named(m)}
    return [replace(m, label=rules.type) if m.label in rules.kinds and (named(m) or (m.key and m.key in keys)) else m for m in found]


def _cut_short(m: Mention, start: int, end: int) -> bool:
    """An institution's mention that is the learnt name less its first characters, at the same end: a
    left edge moved past a character read as a verb (查|塔姆研究所, where 查塔姆研究所 is learnt)."""
    return m.group == "institution" and m.end == end and start < m.start and m.source not in _NOT_LEARNT


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _person_particles() -> frozenset[str]:
    """Characters that never go on a name (`not_in_names` in persons.toml: 是, 的, 在 …), one character each."""
    return frozenset(w for w in lexicon.rules_toml("persons.toml")["not_in_names"] if len(w) == 1)


def _person_followers() -> tuple[str, ...]:
    """Words after a person's name that make it a doctrine's, an eponym's or a body's named after the person."""
    return _eponym_followers() + tuple(x.text for x in lexicon.institution_rules().suffixes)


def _person_ends(text: str, s: int, e: int, doc) -> bool:
    """Whether a learnt person's name may end at `e` inside a word of the segmentation: before a particle or a verb
    of appointment it glued to the name (张昌武|是, 施一公|任), or where the name's last character begins the word
    (周光召|回到: 召回), a Chinese name of three characters only (not 拉格朗|日点)."""
    word = doc.user_data["words"].containing(e)
    rest = text[e : word[1]] if word else ""
    return text[e] in _person_particles() or rest in _appointed_verbs() or (e - s == 3 and e - 1 in doc.user_data["word_starts"])


@lru_cache(maxsize=1)
def _appointed_verbs() -> frozenset[str]:
    """`appointed_as` of persons.toml: 任, 担任 … (施一公|任|首任会长)."""
    return frozenset(lexicon.rules_toml("persons.toml")["appointed_as"])


def _cut_person(m: Mention, start: int, end: int) -> bool:
    """A person's mention inside a learnt person's name: the name less its last or first characters
    (教授温诗|铸同志, where 温诗铸 is learnt from 温诗铸院士)."""
    return m.label == "Person" and start <= m.start and m.end <= end and (m.start, m.end) != (start, end)


def _only_a_name(text: str) -> bool:
    """Whether the dictionary holds two characters as a person's name or not at all (no common word: 马云, not 黄河)."""
    tag = word_tags().get(text)
    return tag is None or tag.startswith("nr")


def _with_recurrences(document: Document, read, found: list[Mention]) -> list[Mention]:
    """An institution's name the report writes again is the same name wherever it stands on word
    boundaries the segmentation agrees with, though the context that found it once is not there
    (科学研究高等理事会（1954年）… 科学研究高等理事会的成员): outside titles, not over another name; not a centre a list named by its
    city only (无锡中心、天津中心 … 无锡中心城区).
    So is a person's name found by a role or an author line, over a place or a shorter reading of the name
    (郝柏林院士 … 孙枢、郝柏林: no 柏林), of two characters only where the dictionary holds no common word of them."""
    learnt: dict[str, Mention] = {}
    for m in found:
        if m.text.strip() != m.text or "\n" in m.text:
            continue
        if m.label in INSTITUTION_LABELS and m.source not in _NOT_LEARNT and len(m.text) >= 3 and (_proper(m.text) or m.attr("trade_named")) and not m.attr("listed_by_city"):
            learnt.setdefault(m.text, m)  # 亿航智能在…: a company named by its brand and its trade is that company wherever it is written
        elif m.label == "Company" and m.source == "enumeration" and _coined_company(m.text):
            learnt.setdefault(m.text, m)  # 中创新航、蜂巢能源…5家动力电池生产企业 … 蜂巢能源的销售额: a firm a list of firms named, wherever written
        elif m.label == "Person" and m.source in _LEARNT_PERSONS and len(m.text) >= 2 and all(_CJK.match(ch) for ch in m.text) and (len(m.text) >= 3 or _only_a_name(m.text)):
            learnt.setdefault(m.text, m)  # 马某 of 董事局主席马某表示 … 马某认为: a two-character name only where the dictionary holds no other word
        elif m.label == "Person" and m.source == "model" and len(m.text) == 3 and all(_CJK.match(ch) for ch in m.text) and m.text not in word_tags() and _surnamed(m.text):
            learnt.setdefault(m.text, m)  # 曹某某 read once by the model … 曹某某指出: a three-character Chinese name, wherever written again
        elif m.label == "Policy" and m.source in _TITLED and len(m.text) >= 4 and _CJK.match(m.text[-1]) and _headed_work(m):
            learnt.setdefault(m.text, m)  # 《国家研究与创新战略》… 在国家研究与创新战略的驱动下: a work's title written again bare
    if not learnt:
        return found
    by_block: dict[int, list[Mention]] = {}
    for m in found:
        by_block.setdefault(m.block, []).append(m)
    pattern = re.compile("|".join(map(re.escape, sorted(learnt, key=len, reverse=True))))
    added: list[Mention] = []
    dropped: set[int] = set()
    for block, doc in read:
        text, here, ends = block.text, by_block.get(block.index, []), doc.user_data["word_ends"]
        for hit in pattern.finditer(text):
            s, e = hit.span()
            name = learnt[hit.group()]
            if _CJK.match(text[s]) and not _begins_word(text, s, doc):
                continue
            if _CJK.match(text[e - 1]) and not (e in ends or e == len(text) or not _CJK.match(text[e]) or (name.label == "Person" and _person_ends(text, s, e, doc))):
                continue  # 张昌|武是, 周光|召回, 施一公任: a learnt person's name whose end the segmentation glued to what follows
            if not _latin_boundary(text, s, e) or text.rfind("《", 0, s) > text.rfind("》", 0, s):
                continue
            if name.label == "Person" and text.startswith(_person_followers(), e):
                continue  # 习近平|新时代…思想, “门捷列夫|时代”, 威尔逊|中心: a doctrine, an eponym or a body named after the person
            if name.label == "Person" and e - s == 2 and any(text[k : k + 1] in _transliteration_chars() for k in (s - 1, e)):
                continue  # 贝克|休斯: a two-character name that a transliteration runs on from or into is another name
            a, b = block.start + s, block.start + e
            over = [m for m in here if m.start < b and a < m.end]
            if any(not (a <= m.start and m.end <= b and (m.group in _YIELDS_TO_A_NAME or _cut_short(m, a, b) or (name.label == "Person" and _cut_person(m, a, b)))) for m in over):
                continue  # the place of the name already holds a name, or lies across one
            dropped.update(m.index for m in over)
            added.append(Mention(0, block.index, a, b, document.text[a:b], name.label, "recurrence", name.key, name.attrs))
    if not added:
        return found
    kept = [m for m in found if m.index not in dropped] + added
    kept.sort(key=lambda m: (m.start, m.end))
    return [Mention(k, m.block, m.start, m.end, m.text, m.label, m.source, m.key, m.attrs) for k, m in enumerate(kept)]
