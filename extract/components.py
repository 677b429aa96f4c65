"""spaCy components that find candidate entity mentions in one block of text.

The pipeline is `spacy.blank("zh")` with the character segmenter, so every
character is a token and every span is exactly aligned with the text; word
boundaries come from jieba (`ht_words`) and serve as evidence for where a name
may begin or end. Each component appends `Candidate`s to `doc.user_data["ht"]`;
`ht_select` keeps the longest, most specific non-overlapping ones and writes
them to `doc.ents`. The rules are the data files read by `lexicon`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .gazetteer import GAZETTEER_DIR
from .model import HasAttrs

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z0-9]")
_NAME_PUNCT = set("·（）()-&＆")
_PERSON_DOTS = "·．•・"  # what joins the parts of a transliterated name (彼得·布朗, 丹尼尔．索林)
_FIGURE_AFTER = re.compile(r"附?[图表式]\s*[0-9０-９]")  # 分布．图2给出: a full stop before a figure's number, no name's dot
_COUNTING_NUMERALS = frozenset("一二两三四五六七八九十几数")
_NATIONAL = "国家"
_LATIN_GLOSS_AFTER = re.compile(r"\s*[（(][A-Za-z][A-Za-z .\-]{0,40}[）)]\s*")  # （Planck）
_FUNCTION_SURNAMES = frozenset("于时曾高向常和从将对把被为以及与")  # surnames that are also function words or adverbs
_LATIN_KIND_START = re.compile(r"(?:AI|IT|ICT|IC)(?![A-Za-z])")  # a Latin word of a kind after a country (中国AI创业公司), no name
_CAPITAL_WORD = "省会"
_NAME_DOTS = "." + _PERSON_DOTS  # … and in a Latin gloss's initials (D.Bhagwat)


@dataclass(frozen=True)
class Candidate(HasAttrs):
    start: int
    end: int
    label: str
    source: str
    priority: int
    key: str = ""
    attrs: tuple[tuple[str, object], ...] = ()


def _add(doc: Doc, candidates: list[Candidate]) -> None:
    doc.user_data.setdefault("ht", []).extend(candidates)


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith(("P", "S", "Z")) and ch not in _NAME_PUNCT


_HEADING_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s\]】]))[0-9]{1,2}(?:[.．][0-9]{1,2}){0,3}$")  # 2.1.2|兰德公司, [1] 2|中科院: a heading's number
_HEADING_NUMBER = re.compile(r"\s*[0-9]{1,2}(?:[.．][0-9]{1,2}){0,3}")  # a numbered heading's number, alone at its line's start


def _case_boundary(text: str, pos: int) -> bool:
    """Whether Latin words meet at `pos` where a PDF's extraction lost the space between them: a
    capital after a small letter (Intel|QPI) or the capital that begins a word after a run of three
    capitals or more (DEC|Alpha, ARM|Cortex), or a capitalised word after a numbered heading (2.2.2|Intel)."""
    if pos <= 0 or pos + 1 >= len(text):
        return False
    left, right, then = text[pos - 1], text[pos], text[pos + 1]
    if not (right.isascii() and right.isupper()):
        return False
    if left.isascii() and left.islower():
        return True
    if left.isdigit() and _HEADING_NUMBER.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos):
        return True  # 2ODI的使命, 2.3PCAST的工作领域: a heading's number, then the name it begins with, whatever its case
    if not (then.isascii() and then.islower()):
        return False
    if left.isascii() and left.isdigit():
        return True
    run = pos
    while run > 0 and text[run - 1].isascii() and text[run - 1].isupper():
        run -= 1
    return pos - run >= 3  # HP|Cwire is HPCwire: two capitals are too short a word to split off


def _latin_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    glued_before = _LATIN.match(before) and _LATIN.match(text[start]) and not _case_boundary(text, start)
    glued_after = _LATIN.match(after) and _LATIN.match(text[end - 1]) and not _case_boundary(text, end)
    return not glued_before and not glued_after


# --- word boundaries -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _rjieba():
    """jieba-rs (rjieba): jieba's dictionary and algorithm in Rust, ~13× faster and loaded in 0.2 s instead of 1.7."""
    import rjieba

    return rjieba


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (v verb, n noun, ns place …), for telling words apart.

    Read from jieba's own dictionary file (`word frequency tag` per line) with
    one regular expression: the same table as `jieba.posseg`'s in a third of the time;
    the ordinary words it tags as names are read as what they are (`tag_corrections` in persons.toml).
    """
    import jieba

    with jieba.get_dict_file() as f:
        text = f.read().decode("utf-8")
    return dict(_DICT_LINE.findall(text)) | dict(lexicon.rules_toml("persons.toml")["tag_corrections"])


_DICT_LINE = re.compile(r"^(\S+) \d+ (\S+)\r?$", re.M)
# jieba (finalseg) cuts a run without Han characters at its number and letter groups
# ("CAR-T" → CAR - T, "2.1.3" → 2.1 . 3); jieba-rs keeps the run whole.
_HAN = re.compile(r"[\u4E00-\u9FD5]")
_ASCII_GROUP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


@lru_cache(maxsize=1)
def _place_titles() -> tuple[str, ...]:
    return tuple(lexicon.rules_toml("boundaries.toml")["place_titles"])


@lru_cache(maxsize=1)
def _place_landmarks() -> tuple[str, ...]:
    return tuple(lexicon.rules_toml("boundaries.toml")["place_landmarks"])


def _jieba_words(text: str):
    """(start, end) of jieba's words (HMM on), computed by jieba-rs: the same words as `jieba.tokenize` (tested), but
    for the words of `segmentation_joins` (boundaries.toml) jieba cuts across a conjunction, joined back (碳中|和) where
    its pieces end where the word does."""
    joins = _segmentation_joins()
    pieces = list(_jieba_pieces(text))
    k = 0
    while k < len(pieces):
        start, end = pieces[k]
        word = next((w for w in joins.get(text[start], ()) if text.startswith(w, start) and end < start + len(w)), None)
        if word is not None:
            stop, last = start + len(word), k
            while last < len(pieces) and pieces[last][1] < stop:
                last += 1
            if last < len(pieces) and pieces[last][1] == stop:
                yield start, stop
                k = last + 1
                continue
        yield start, end
        k += 1


@lru_cache(maxsize=1)
def _segmentation_joins() -> dict[str, tuple[str, ...]]:
    joins: dict[str, tuple[str, ...]] = {}
    for word in lexicon.rules_toml("boundaries.toml")["segmentation_joins"]:
        joins[word[0]] = (*joins.get(word[0], ()), word)
    return joins


def _jieba_pieces(text: str):
    rj = _rjieba()
    for word, start, end in rj.tokenize(text, hmm=True):
        title = next((t for t in _place_titles() if word.startswith(t) and len(word) > len(t)), None) if word.startswith(_place_titles()) else None
        if title is not None and word[len(title) :] in _place_scanner().entries:
            yield start, start + len(title)  # 首都|北京, 省会|南京: the dictionary's word of a city's title and its name
            yield start + len(title), end
        elif word.endswith(_place_landmarks()) and len(word) > (k := len(next(w for w in _place_landmarks() if word.endswith(w)))) and word[:-k] in _place_scanner().entries:
            yield start, end - k  # 北京|人民大会堂: a city and its landmark, read as one word by the dictionary
            yield end - k, end
        elif end - start > 1 and not _HAN.search(word) and not _ASCII_GROUP.fullmatch(word) and not rj.has_word(word):
            for piece in _ASCII_GROUP.split(word):
                if piece:
                    yield start, start + len(piece)
                    start += len(piece)
        else:
            yield start, end


class Words(tuple):
    """A text's jieba words as (start, end) pairs in order, indexed once by start and by end."""

    @cached_property
    def at_start(self) -> dict[int, int]:
        return {s: e for s, e in self}

    @cached_property
    def at_end(self) -> dict[int, int]:
        return {e: s for s, e in self}

    @cached_property
    def _starts(self) -> list[int]:
        return [s for s, _ in self]

    def containing(self, pos: int) -> tuple[int, int] | None:
        """The word with start < pos < end, if `pos` falls inside one."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self[i][0] < pos < self[i][1]:
            return self[i]
        return None

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The words lying wholly inside [start, end)."""
        out = []
        for s, e in self[bisect_left(self._starts, start) :]:
            if e > end:
                break
            out.append((s, e))
        return out


def _indexed(words) -> Words:
    return words if isinstance(words, Words) else Words(words)


def words_of(text: str) -> Words:
    return Words(_jieba_words(text))


def text_of(doc: Doc) -> str:
    """The doc's text, computed once (spaCy rebuilds `doc.text` from the tokens on every access)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


@Language.component("ht_words")
def ht_words(doc: Doc) -> Doc:
    words = words_of(text_of(doc))
    doc.user_data["words"] = words
    doc.user_data["word_starts"] = words.at_start
    doc.user_data["word_ends"] = words.at_end
    return doc


def _on_word_boundaries(doc: Doc, start: int, end: int) -> bool:
    return start in doc.user_data["word_starts"] and end in doc.user_data["word_ends"]


# --- dictionary scanning ------------------------------------------------------------------


@dataclass
class _Scanner:
    """Longest-match lookup of many names in a text (a dict per first character)."""

    entries: dict[str, list] = field(default_factory=dict)
    by_first: dict[str, list[int]] = field(default_factory=dict)

    def add(self, name: str, value) -> None:
        if not name:
            return
        self.entries.setdefault(name, []).append(value)
        lengths = self.by_first.setdefault(name[0], [])
        if len(name) not in lengths:
            lengths.append(len(name))
            lengths.sort(reverse=True)

    def scan(self, text: str):
        """Yield (start, end, name, values) for every position's longest match."""
        for i, ch in enumerate(text):
            for length in self.by_first.get(ch, ()):
                name = text[i : i + length]
                if len(name) == length and name in self.entries:
                    yield i, i + length, name, self.entries[name]
                    break


# --- places ----------------------------------------------------------------------------

_PLACE_LABEL = {"city": "City", "province": "Province", "country": "Country", "region": "Region"}

# Labs and centres a suffix names more precisely than the organisation gazetteer types them (阿贡国家实验室).
_LAB_LABELS = frozenset({"StateKeyLab", "NationalLab", "NationalEngineeringLab", "EngineeringCenter"})

# The labels of organisations of every kind (the institution group of the model and the eval).
INSTITUTION_LABELS = frozenset(
    {
        "University", "ResearchInstitute", "StateKeyLab", "NationalLab", "NationalEngineeringLab", "EngineeringCenter",
        "InternationalCooperationBase", "Company", "GovernmentBody", "Fund", "Park", "OtherOrganization",
    }
)


@lru_cache(maxsize=1)
def _place_scanner() -> _Scanner:
    scanner = _Scanner()
    for place in lexicon.places():
        if place.kind not in _PLACE_LABEL:
            continue
        names = {place.name, place.short, *place.aliases}
        if place.level == "county" and not _plain_short_name(place.short):
            names.discard(place.short)  # 常熟市 is read only so: 常熟 is also an adjective to the dictionary
        for name in names:
            if name and len(name) >= 2:
                scanner.add(name, place)
    return scanner


def _plain_short_name(short: str) -> bool:
    """Whether a county-level city's short name is read without its 市: three characters or more, or a
    word the dictionary knows only as a place (or not at all)."""
    return len(short) >= 3 or word_tags().get(short, "ns").startswith("ns")


def _place_key(place) -> str:
    if place.kind == "country":
        return f"country:{place.country}"
    if place.kind == "region":
        return f"region:{place.country or place.name}"
    if place.kind == "province":
        return f"province:{place.short or place.name}"
    return f"city:{place.country}:{place.short or place.name}"


@cache
def _sheng_words() -> tuple[str, ...]:
    """Words that begin with 省 (省域, 省内): after a province's name they are not its 省."""
    return tuple(lexicon.rules_toml("places.toml")["sheng_words"])


@cache
def _country_abbreviations() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("places.toml")["country_abbreviations"])


def _in_country_run(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is made of one-character country names inside a run of them (美英德日)."""
    abbr = _country_abbreviations()
    return all(ch in abbr for ch in text[start:end]) and ((start > 0 and text[start - 1] in abbr) or (end < len(text) and text[end] in abbr))


def _place_pairs(text: str, words) -> frozenset[tuple[int, int]]:
    """The two places of a word the segmentation reads as one, a province or country and a city in it
    (甘肃兰州, 四川泸州): (start, end) of each."""
    entries, out = _place_scanner().entries, set()
    for a, b in words:
        if b - a < 4 or b - a > 10:
            continue
        for k in range(a + 2, b - 1):
            first, second = entries.get(text[a:k], ()), entries.get(text[k:b], ())
            if any(p.kind in ("province", "country") for p in first) and any(p.kind == "city" for p in second):
                out.update(((a, k), (k, b)))
                break
    return frozenset(out)


@cache
def _district_twins() -> dict[str, tuple[str, ...]]:
    """Foreign cities' names that are also a Chinese county's or district's short name (松江: Matsue, and
    上海's 松江区), each with the ways a text writes the Chinese one: its full name and its prefecture's
    name before it (松江区, 上海松江)."""
    foreign = {n for p in lexicon.places() if p.kind == "city" and p.country != "CN" for n in (p.name, p.short)}
    out: dict[str, set[str]] = {}
    for p in lexicon.places():
        if p.kind == "county" and p.short in foreign and p.name != p.short:
            out.setdefault(p.short, set()).update((p.name, *(f"{pre}{p.short}" for pre in (p.prefecture,) if pre)))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def district_twins_written(text: str) -> frozenset[str]:
    """The twins of `_district_twins` that `text` writes as the Chinese county or district: there, every
    mention of the name is the district (a document on 上海松江区 means no Japanese city by 松江新城)."""
    return frozenset(name for name, forms in _district_twins().items() if name in text and any(f in text for f in forms))


@lru_cache(maxsize=1)
def landform_words() -> tuple[str, ...]:
    """Words after a city's name that make it a landform's (`landform_words` in places.toml: 淮北平原)."""
    return tuple(lexicon.rules_toml("places.toml")["landform_words"])


@lru_cache(maxsize=None)
def _after_place(key: str) -> re.Pattern[str]:
    """Words after a place's name that make the name another thing's, by their key in places.toml: a road's
    (`street_after`: 新安三路), a medium's (`media_after`: 苏州日报), a craft's (`product_after`: 吉林一号) or a
    district's (`district_after`: 朝阳区)."""
    return re.compile(lexicon.rules_toml("places.toml")[key])


@lru_cache(maxsize=1)
def _determiner_first() -> str:
    return lexicon.rules_toml("places.toml")["determiner_first"]


@lru_cache(maxsize=1)
def _city_title_after() -> re.Pattern[str]:
    return re.compile(lexicon.rules_toml("places.toml")["city_title_after"].format(surname=_surname()))


def _place_read_into_a_word(text: str, start: int, end: int, place, doc: Doc) -> bool:
    """Whether a place the segmentation reads into a longer word is the place all the same: a Chinese city before a well-known
    name that does not hold it (广州|中山大学 as one word), or a place closing 除…外 (除北京和上海|外). Asked only where the
    word boundaries disagree with the place."""
    if _excepted(text, start, end):
        return True
    if place.country != "CN":
        return False
    word_end = next((e for s_, e in doc.user_data["words"].within(start, min(len(text), start + 16)) if s_ == start), None)
    return word_end is not None and known_name_after_its_place(text[start:end], text[end:word_end])


def ht_places(doc: Doc) -> Doc:
    text = text_of(doc)
    found = []
    pairs = _place_pairs(text, doc.user_data["words"])
    districts = doc.user_data.get("district_twins")
    if districts is None:
        districts = district_twins_written(text)
    for start, end, name, places in _place_scanner().scan(text):
        place = max(places, key=lambda p: (p.country == "CN", p.kind != "city", p.population or 0))
        if not _latin_boundary(text, start, end):
            continue
        if place.country != "CN" and name in districts:
            continue  # 上海松江区 … 松江新城: the Chinese district, no city of another country
        if place.country != "CN" and (name[0] in _COUNTED_FIRST or name[0] in _determiner_first()) and not text.startswith("市", end) and not _country_before(text, start):
            continue  # 一廊三城: a plan's count of towns, not Tri-Cities; 全州人民: the whole prefecture, not Jeonju (without its country)
        if _in_country_run(text, start, end):
            continue
        if name in _organisation_towns() and not text.startswith("市", end):
            continue  # 日立 is the company (日立市 is the town)
        if place.country != "CN" and ((text[end : end + 1] in _PERSON_DOTS and _CJK.match(text[end + 1 : end + 2] or " ")) or (start > 0 and text[start - 1] in _PERSON_DOTS)):
            continue  # 乔治·布什, 约翰·华盛顿: a part of a transliterated person's name, not the town
        suffix_ok = end < len(text) and (text[end] in "市省州区县国" or text.startswith("地区", end))
        at_start = start in doc.user_data["word_starts"] or _country_before(text, start)  # 中国|台湾地区: the segmentation reads 中国台湾 as one word
        if not (_on_word_boundaries(doc, start, end) or (start, end) in pairs or (at_start and (suffix_ok or place.kind == "country")) or _place_read_into_a_word(text, start, end, place, doc)):
            shorter = next((k for k in range(end - 1, start + 1, -1) if any(p in places for p in _place_scanner().entries.get(text[start:k], ())) and _on_word_boundaries(doc, start, k)), None)
            if shorter is None:
                continue
            end, name = shorter, text[start:shorter]  # 韩国|大田|广域|市儒: the segmentation agrees with the place's short name
        if place.kind == "province" and text.startswith("省", end) and not name.endswith("省") and not text.startswith(_sheng_words(), end):
            end += 1  # the province as written (广西省), though its gazetteer name has no 省
        elif place.kind == "province" and name.endswith("省") and text.startswith(_CAPITAL_WORD, end - 1) and end - 1 - start >= 2:
            end -= 1  # 济南是山东|省会: the 省 begins the capital's word after the province's name
        elif place.kind == "city" and place.country != "CN" and text.startswith(("省", "州", "县", "郡"), end) and not text.startswith(_sheng_words(), end):
            continue  # 安大略省, 德克萨斯州, 圣克拉拉县: a foreign province, state or county of the name, not the town
        if place.kind == "city" and name.endswith("市") and end - start > 2 and (_after_place("city_level_after").match(text, end) or _city_title_after().match(text, end)):
            end, name = end - 1, name[:-1]  # 苏州|市级机关, 保定|市域, 无锡|市长黄某: the 市 begins the word of level, extent or title
        if place.kind == "city" and text.startswith(landform_words(), end):
            continue  # 淮北平原, 石河子垦区: a landform's or a tract's name, not the city
        if place.kind == "city" and not name.endswith(("市", "区")) and _after_place("district_after").match(text, end):
            continue  # 宝安区, 朝阳区: the district of the name, not the city (深圳, 朝阳市)
        if place.kind == "city" and place.country == "CN" and not name.endswith(("市", "区", "县")) and _after_place("county_after").match(text, end):
            continue  # 长沙县, 南昌县: the county of the name, not the city
        if place.kind == "city" and _after_place("station_after").match(text, end):
            continue  # 上海南站, 拉萨站: a station of the name, not the city
        if place.kind == "city" and not name.endswith("市") and _after_place("street_after").match(text, end):
            continue  # 新安三路, 南京东路: a street of an address, not the city
        if not name.endswith(("市", "省")) and _after_place("product_after").match(text, end):
            continue  # 吉林一号: a satellite, not the province
        if _after_place("media_after").match(text, end):
            continue  # 苏州日报, 江苏卫视: a newspaper's or a broadcaster's name, not the place
        if _after_place("event_after").match(text, end):
            continue  # 成都市专利奖, 上海市科学技术工作会议: an award's or a meeting's name, not the place
        flanked = place.country == "CN" and _flanked_by_characters(text, start, end, doc.user_data["words"])
        found.append(
            Candidate(start, end, _PLACE_LABEL[place.kind], "gazetteer", 5, _place_key(place), (("place", place),) + ((("flanked", True),) if flanked else ()))
        )
    found += _county_cities_after_province(text, found, doc.user_data["word_ends"])
    _add(doc, found + _county_cities_listed(text, found))
    return doc


_LIST_ITEM = re.compile(r"(?<=[、，,])[\u4e00-\u9fff]{2,3}(?=[、和及])|(?<=[、和及])[\u4e00-\u9fff]{2,3}(?=[、，,。；;）)等])")


def _county_cities_listed(text: str, found: list[Candidate]) -> list[Candidate]:
    """A county-level city's short name that is an item of a list whose item next to it is a city (…所辖遵化、迁安、
    霸州、三河…, …彭州、邛崃、崇州、金堂…): the city, though its short name alone is read only with its 市."""
    shorts, out = _county_city_shorts(), []
    cities = {(c.start, c.end) for c in found if c.label == "City"}
    ends, starts = {e for _, e in cities}, {s for s, _ in cities}
    items = [m for m in _LIST_ITEM.finditer(text) if m.group() in shorts and (m.start(), m.end()) not in cities]
    added = True
    while added:  # a run of them is read from the city it touches outwards
        added = False
        for m in items:
            if (m.start(), m.end()) in cities:
                continue
            if (m.start() - 1) in ends or (m.end() + 1) in starts:
                place = shorts[m.group()][0]
                out.append(Candidate(m.start(), m.end(), "City", "gazetteer", 5, _place_key(place), (("place", place),)))
                cities.add((m.start(), m.end()))
                ends.add(m.end())
                starts.add(m.start())
                added = True
    return out


@cache
def _county_city_shorts() -> dict[str, tuple]:
    """County-level cities whose short name is read only with its 市 (大理, 恩施, 义乌: words or names to the
    dictionary), by that short name."""
    out: dict[str, list] = {}
    for p in lexicon.places():
        if p.level == "county" and p.kind == "city" and not _plain_short_name(p.short):
            out.setdefault(p.short, []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _county_cities_after_province(text: str, found: list[Candidate], ends: frozenset[int] | set[int]) -> list[Candidate]:
    """A county-level city's short name written right after its own province (云南大理671003, 湖北恩施, 浙江义乌)
    is the city where a word ends after it (not 云南|大理石), though the short name alone is read only with its 市."""
    shorts, out = _county_city_shorts(), []
    for c in found:
        province = c.attr("place") if c.label == "Province" else None
        if province is None:
            continue
        after = c.end + (1 if text.startswith("省", c.end) else 0)
        for n in (3, 2):
            city = next((p for p in shorts.get(text[after : after + n], ()) if p.province == province.short), None)
            if city is None or not (after + n in ends or not _CJK.match(text[after + n : after + n + 1] or " ")):
                continue
            end = after + n + (1 if text.startswith("市", after + n) and after + n + 1 in ends else 0)  # 义乌|市场: no 市
            out.append(Candidate(after, end, "City", "gazetteer", 5, _place_key(city), (("place", city),)))
            break
    return out


# --- well-known organisations ------------------------------------------------------------


def _centre_of_a_field(before: str) -> bool:
    """Whether the words before a status-like ending (创新中心) hold an owner and a field of its own
    beyond generic words and places (广东省|半导体产业联合, not 北京|国际科技 or 全球): after the last
    place's or well-known organisation's name in them."""
    places, orgs = _place_scanner().entries, _org_scanner().entries
    owner_end = max((k + n for k in range(len(before)) for n in range(2, min(10, len(before) - k) + 1) if before[k : k + n] in places or before[k : k + n] in orgs), default=0)
    rest = before[owner_end:]
    return owner_end > 0 and len(rest) >= 3 and not _specific_is_generic(rest)


def _a_town(place) -> bool:
    """Whether a place is a foreign town too small to be what a text means by a well-known
    organisation's name (日立 is Hitachi the company; 欧盟 is the Union, not a body of it)."""
    limit = lexicon.rules_toml("places.toml")["organisation_town_population"]
    return place.kind == "city" and place.country != "CN" and (place.population or 0) < limit


@lru_cache(maxsize=1)
def _org_scanner() -> _Scanner:
    """Names of well-known organisations; a name that is also a place (欧盟) is read as the place,
    unless every place of the name is a foreign town (`_a_town`). A Chinese ministry is named with 国家 before it too
    (国家教育部, 国家工业和信息化部: `state_ministry_prefix`)."""
    scanner = _Scanner()
    places = _place_scanner().entries
    state, stated = lexicon.institution_rules().state_ministry_prefix, lexicon.institution_rules().state_ministry_not_before
    for org in lexicon.organisations():
        names = (org.name, *org.aliases)
        if org.type == "GovernmentBody" and org.country == "CN" and org.name.endswith("部"):
            names += tuple(state + n for n in names if not n.startswith(stated))  # 国家|教育部
        for name in names:
            if len(name) >= 2 and all(_a_town(p) for p in places.get(name, ())):
                for written in {name, *(name.replace("·", dot) for dot in _PERSON_DOTS)}:
                    scanner.add(written, org)  # 马克斯•普朗克学会: a web page's bullet for the name's dot
    return scanner


@lru_cache(maxsize=1)
def _organisation_towns() -> frozenset[str]:
    """Names the place gazetteer gives only to foreign towns and the organisation gazetteer to a
    well-known organisation: read as the organisation."""
    places = _place_scanner().entries
    return frozenset(n for n in _org_scanner().entries if n in places)


def _known_name(name: str) -> bool:
    """Whether a name is a place's or a well-known organisation's (so, not a person's)."""
    return name in _place_scanner().entries or name in _org_scanner().entries


_PLACE_WORD_ENDINGS = "省市州县区"


def _holds_known_word(name: str) -> bool:
    """Whether a place's or a well-known organisation's name stands inside `name` on word boundaries the
    segmentation agrees with (not 大数 of 大数据, a Turkish town's Chinese name inside a word)."""
    words = words_of(name)
    bounds = {a for a, _ in words} | {b for _, b in words}
    if any(_known_name(name[a:b]) for a in bounds for b in bounds if 2 <= b - a <= 12):
        return True
    if any(name[b - 1] in _PLACE_WORD_ENDINGS and _known_name(name[a : b - 1]) for a, b in words if b - a >= 3):
        return True  # 魁北克省: one word
    places = _place_scanner().entries
    return any(any(p.country == "CN" for p in places.get(name[:n], ())) for n in range(2, min(len(name), 4) + 1))  # 上海浦东…: a Chinese place opens the name


def _holds_known_name(name: str) -> bool:
    """Whether a place's or a well-known organisation's name (two to eight characters) stands inside `name`."""
    return any(_known_name(name[k : k + n]) for k in range(len(name)) for n in range(2, 9))


def _begins_word(text: str, start: int, doc: Doc) -> bool:
    """Whether a word begins at `start`: the segmentation's, the text's, or after a character that is not Chinese."""
    return start in doc.user_data["word_starts"] or start == 0 or not _CJK.match(text[start - 1])


@lru_cache(maxsize=1)
def _class_kinds() -> frozenset[str]:
    """`class_list_kinds` of institutions.toml: kinds of body the genre lists (党校行政学院, 政治基金会)."""
    return frozenset(lexicon.rules_toml("institutions.toml")["class_list_kinds"])


def _names_a_class(text: str, start: int, end: int, name: str) -> bool:
    """Whether a short name that also names a class of bodies (`class_short_names` in institutions.toml)
    names the class here: a system's word follows it, or a kind is listed next to it. A kind of the
    list (`class_list_kinds`: 党校行政学院) names the class wherever it stands."""
    rules = lexicon.rules_toml("institutions.toml")
    if name in _class_kinds():
        return True
    if name not in rules["class_short_names"]:
        return False
    if text.startswith(tuple(rules["class_followers"]), end):
        return True
    kinds = tuple(rules["class_list_kinds"])
    before = text[max(0, start - 8) : start]
    return (before.endswith(("、", "和")) and before[:-1].endswith(kinds)) or (text.startswith(("、", "和"), end) and text.startswith(kinds, end + 1))


@lru_cache(maxsize=1)
def _member_words() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("institutions.toml")["member_words"])


def ht_orgs(doc: Doc) -> Doc:
    text = text_of(doc)
    found, doubtful = [], []
    institutions = lexicon.institution_rules()
    ambiguous = institutions.ambiguous_org_names
    for start, end, name, orgs in _org_scanner().scan(text):
        org = orgs[0]
        if not _latin_boundary(text, start, end):
            continue
        if name in _organisation_towns() and text.startswith("市", end):
            continue  # 日立市 is the town
        if _names_a_class(text, start, end, name):
            continue  # 党政部门、社科院、高校: the class of academies, not the national one
        if org.type == "Park" and institutions.park_name_not_before.match(text, end):
            continue  # 南沙区, 横琴镇: the district or the town of the zone's name, not the zone
        if institutions.street_after.match(text, end):
            continue  # 清华东路, 北大街: a street named so, not the organisation
        if _CJK.match(name[0]) and start > 0 and (text[start - 1].isdigit() or text[start - 1] in "万亿千百十") and not _HEADING_NUMBER_BEFORE.search(text, max(0, start - 12), start):
            continue  # 45.22特斯拉, 10万特斯拉: a unit after a figure (the tesla), not the company; 2.1.2兰德公司 is a heading's
        if org.type != "Company" and name.isascii() and institutions.model_number_after.match(text, end):
            continue  # CDC 6600: a maker's name before its model's number, not the agency of that acronym
        if _CJK.match(name[0]) and start not in doc.user_data["word_starts"] and not _country_glued(text, start, end, org, doc) and not _org_glued_before(text, start, doc, end) and not _DATE_BEFORE.search(text, max(0, start - 12), start):
            continue  # (2016年3月|台积电落户: the segmentation reads 月台, a date's last character and the name's first)
        if _given_name_after_role(text, start, end):
            continue  # 所长蒋|新松: a person's given name after a role and a surname, not the company 新松
        if _CJK.match(name[-1]) and end not in doc.user_data["word_ends"] and (word := doc.user_data["words"].containing(end)):
            if text[end : word[1]] in _member_words():
                pass  # 全国|人大代表: the body, then its delegate
            elif text[end : word[1]] in _org_scanner().entries:
                pass  # 中办|国办: two bodies glued into one word, each a name
            elif len(name) >= 3 and word[0] == end - 1 and text[end : word[1]] in _glued_particles() and not (name.endswith("所") and text[end] == "在"):
                pass  # 中创新|航的, 中创新|航和: a particle glued to the name's last character (not 研究|所在地)
            elif len(name) >= 4 and word[0] == end - 1 and word_tags().get(text[word[0] : word[1]], "v")[:1] in "vdpc":
                pass  # 国防科大|获: a verb or an adverb the segmentation glues to the last character of a name that long
            elif len(name) < 5 or (word[0] == end - 1 and word_tags().get(text[word[0] : word[1]], "")[:1] == "n"):
                continue  # the segmentation reads a name's last character into the next word: 366台|大型 is not 台大, 科学技术部|门 not the ministry
        if org.type == "GovernmentBody" and (unit := _body_unit_end(text, end, doc.user_data["words"])) > end:
            found.append(Candidate(start, unit, _body_unit_type(text[end:unit]), "suffix", 9, "", (("suffix_start", end), ("branch_of", org.name))))
            continue  # 中国地震局|分析预报中心: the body's own institute, named with it
        if org.type == "GovernmentBody" and (owner := next((w for w in institutions.ministry_owners if text.endswith(w, 0, start)), None)) is not None:
            found.append(Candidate(left_boundary(text, start - len(owner), doc.user_data["words"], limit=12), _office_end(text, end, doc.user_data["words"]), org.type, "suffix", 9, "", (("suffix_start", start),)))
            continue  # 东北行政委员会卫生部, 南京国民政府教育部, 军委卫生部: that government's or command's ministry, not the national one
        if org.type == "GovernmentBody" and (local := _local_body_start(text, start, name)) is not None:
            found.append(Candidate(local, _office_end(text, end, doc.user_data["words"]), org.type, "suffix", 8, "", (("suffix_start", start),)))
            continue  # 广东省发改委: a province's or a city's own commission, not the national one
        if org.type == "GovernmentBody":  # the country is part of a government body's name (美国 NSF, 中国NSFC)
            government = next((g for g in institutions.government_between if text.endswith(g, 0, start)), "")
            country_end = start - len(government)
            country = _country_start(text, country_end, space=not government)
            name_end, end = end, _office_end(text, end, doc.user_data["words"])
            if end > name_end and country == country_end and not government:
                found.append(Candidate(start, end, org.type, "suffix", 9, "", (("suffix_start", name_end), ("branch_of", org.name))))
                continue  # 科技部|农村科技司: an office of the ministry, a body of its own under it
            if country < country_end:
                codes = {p.country for p in _place_scanner().entries.get(text[country:country_end].rstrip(), ())}
                if org.country and codes and org.country not in codes:  # 美国联邦政府农业部 is not China's 农业部
                    found.append(Candidate(country, end, org.type, "suffix", 8, "", (("suffix_start", start),)))
                    continue
                start = country
        branch = _branch_end(text, end, doc.user_data["words"])
        if branch == end and org.type == "University" and text[end + 1 : _campus_end(text, end) - 1] not in ("", org.city):
            branch = _campus_end(text, end)  # 哈工大（深圳）: a campus in another city than the university's, named so as the full name's is
        if branch == end and org.type == "University":
            branch = _faculty_end(text, end, doc.user_data["words"]) or end  # 东京大学工学部
        if branch == end and org.type == "University":
            branch = _school_unit_end(text, end, doc.user_data["words"])  # 南京大学气象系, 四川大学发展规划处
        if branch == end and org.type == "ResearchInstitute" and name.endswith(_ACADEMY_ENDINGS):
            branch = _division_end(text, end, doc.user_data["words"]) or end  # 中国科学院学部, 俄罗斯科学院物理学-数学学部
        if branch == end and org.type in ("University", "ResearchInstitute"):
            branch = _library_end(text, end, doc.user_data["words"])  # 中国科学院国家科学图书馆
        if branch > end:
            found.append(Candidate(start, branch, org.type, "suffix", 9, "", (("suffix_start", end), ("branch_of", org.name))))
            continue  # 中国科学院大学怀柔校区: a branch or faculty of the organisation, named with it
        if (unit := institutions.numbered_unit.match(text, end)) is not None:
            found.append(Candidate(start, unit.end(), "ResearchInstitute", "suffix", 9, "", (("suffix_start", end),)))
            continue  # 总参56所: a numbered institute of the organisation, not the organisation
        if (owner := _owner_before_short_name(text, start, name, doc)) is not None:
            found.append(Candidate(owner, end, org.type, "suffix", 7, "", (("suffix_start", start),)))
            continue  # 江南计算所 is another institute than 中科院计算所 (计算所)
        if _field_before_short_name(text, start, name, doc):
            continue  # 等离子体|物理所: the tail of another institute's short name, not 物理所
        if org.type == "Company" and (trade := _brand_trade_end(text, end, doc)) > end:
            found.append(Candidate(start, trade, org.type, "suffix", 9, "", (("suffix_start", end),)))
            continue  # 京东|商城, 阿里巴巴|网络: a business of the company, a company of its own
        if org.type in ("Fund", "Company") and (ending := _investor_ending(text, end, doc.user_data["words"])):
            found.append(Candidate(start, end + len(ending), "Fund", "suffix", 9, "", (("suffix_start", end),)))
            continue  # 高瓴|创投, 某某|资本: the investor of the name, named so (not 某公司|资本开支)
        if org.type == "Fund" and (tranche := _tranche_end(text, end)) > end:
            found.append(Candidate(start, tranche, org.type, "suffix", 9, "", (("suffix_start", end),)))
            continue  # 大基金|三期, 国家集成电路产业投资基金|二期: a tranche of the fund, named with it
        if org.type in ("University", "ResearchInstitute") and len(name) <= 3 and _rule_pattern("cultivar_after_short_name").match(text, end):
            continue  # 西农979, 扬麦33: a variety the school bred, named by it, not the school
        if org.type == "Company" and _rule_pattern("product_after_brand").match(text, end):
            continue  # 海光一号, 申威26010, 龙芯3A4000, Cray-1: a product's model, named by its maker's brand, not the maker
        head = next((h for h in institutions.programme_after_acronym if text.startswith(h, end)), None) if name.isascii() else None
        if head is not None and org.type not in ("GovernmentBody", "Company") and not _verb_at(text, end + len(head), doc):
            found.append(Candidate(start, end + len(head), "Policy", "pattern", 9, "", (("policy_kind", head_kind(head) or "Programme"),)))
            continue  # ITER计划: the programme named after the organisation, not the organisation
        if name.isascii() and text.startswith(("组织", "国际组织"), end) and org.type != "GovernmentBody":
            word = "国际组织" if text.startswith("国际组织", end) else "组织"
            found.append(Candidate(start, end + len(word), org.type, "known_org", 9, f"org:{org.name}", (("org", org),)))
            continue  # ITER组织: the organisation, named with its word
        if org.type == "Park" and (city := _city_before_dot(text, start)) is not None:
            found.append(Candidate(city, end, "Park", "known_org", 9, f"org:{org.name}", (("org", org),)))
            continue  # 武汉·中国光谷: the zone's name with its city, joined by a middle dot, the zone all the same
        cand = Candidate(start, end, org.type, "known_org", 8, f"org:{org.name}", (("org", org),))
        if name in ambiguous and not _before_a_market_word(text, name, end) and not text.startswith(("公司", "集团", *institutions.ambiguous_org_acts), end) and not _country_before(text, start) and not text[:start].endswith(rules_toml_list("ambiguous_org_kinds")):
            doubtful.append(cand)
        else:
            found.append(cand)
    congresses = [Candidate(m.start(), m.end(), institutions.party_congress_type, "pattern", 7, "") for m in institutions.party_congress.finditer(text)]
    congresses += [Candidate(m.start(), m.end(), "Park", "pattern", 7, "") for m in _rule_pattern("national_valley").finditer(text)]  # 中国声谷
    listed = _listed_with(text, found, doubtful)
    _add(doc, found + listed + _one_sense(text, found + listed, doubtful, doc.user_data["words"]) + congresses + _numbered_units(text) + _numbered_codes(text) + _stock_short_names(text))
    return doc


@lru_cache(maxsize=1)
def _numbered_unit_pattern() -> re.Pattern[str]:
    groups = _alternation(rules_toml_list("numbered_unit_groups"))
    return re.compile(rf"(?:{groups})(?:[一二三四五六七八九十]{{1,3}}|[0-9]{{1,3}})(?P<unit>院|所|厂)(?![\u4e00-\u9fff]*?(?:研究所|研究院|公司))")


def _numbered_units(text: str) -> list[Candidate]:
    """The numbered academies, institutes and works of China's defence and aerospace groups by their usual short names (航天六院,
    航天科工二院, 中电科38所, 航空工业601所): `numbered_unit_groups` in institutions.toml; a works (厂) is a company."""
    return [
        Candidate(m.start(), m.end(), "Company" if m.group("unit") == "厂" else "ResearchInstitute", "pattern", 8, "")
        for m in _numbered_unit_pattern().finditer(text)
        if not (m.start() > 0 and _CJK.match(text[m.start() - 1]) and text[m.start() - 1] not in "和与及、")
    ]


def _stock_short_names(text: str) -> list[Candidate]:
    """Listed companies by their stocks' short names (芯原股份发布…): `stock_short_name` in institutions.toml."""
    not_names = rules_toml_list("stock_not_names")
    out = []
    for m in _rule_pattern("stock_short_name").finditer(text):
        name = m.group("name")
        if name.startswith(not_names) or name[:-2] in not_names or word_tags().get(name, "")[:1] in ("v", "a", "d"):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), "Company", "pattern", 7, ""))
    return out


def _in_figures(number: str) -> str:
    """A number written digit by digit in Chinese numerals as figures (七〇四 → 704); figures unchanged."""
    return "".join(_CJK_DIGIT.get(c, c) for c in number)


def _numbered_codes(text: str) -> list[Candidate]:
    """Institutes by their number alone (七〇二所, 704所, 上海708研究所): `numbered_code` in institutions.toml says when a
    number before 所 is a code and not a count; a city's name right before it is the name's."""
    rules = lexicon.rules_toml("institutions.toml")
    full = {_in_figures(m.group("num")) for m in _rule_pattern("numbered_code_full").finditer(text)}
    places, out = _place_scanner().entries, []
    for m in _rule_pattern("numbered_code").finditer(text):
        num, start = m.group("num"), m.start()
        city = _place_ending_at(text, start)
        if city is not None and not any(p.kind == "city" for p in places[text[city:start]]):
            city = None
        begins = start == 0 or text[start - 1] in rules["numbered_code_before"] or city is not None
        acts = m.end() == len(text) or text[m.end()] in rules["numbered_code_after"]
        if not begins or not (not num.isdigit() or m.group("research") or _in_figures(num) in full or acts):
            continue
        out.append(Candidate(start if city is None else city, m.end(), "ResearchInstitute", "pattern", 8, ""))
    return out


def _before_a_market_word(text: str, name: str, end: int) -> bool:
    """Whether a doubtful name whose other sense is no product's adjective (a one-sense name or a Latin one) stands before a
    market word or its share (浪潮服务器出货量, IDC数据显示, 联想以140台; not 通用|服务器): `ambiguous_org_market_words` and
    `ambiguous_org_share_after` in institutions.toml."""
    return (name.isascii() or name in rules_toml_list("one_sense_names")) and (
        text.startswith(rules_toml_list("ambiguous_org_market_words"), end) or _share_after().match(text, end) is not None
    )


@lru_cache(maxsize=1)
def _share_after() -> re.Pattern[str]:
    """A maker's share of a list and its rank after its name (联想|以140台名列冠军: `ambiguous_org_share_after`)."""
    return re.compile(lexicon.rules_toml("institutions.toml")["ambiguous_org_share_after"])


def _one_sense(text: str, certain: list[Candidate], doubtful: list[Candidate], words) -> list[Candidate]:
    """The doubtful well-known names (联想: also a verb) the document names for certain elsewhere (联想集团, 联想发布…, 联想公司 as
    the segmentation's one word): the
    company wherever the word stands alone, one sense per document (`one_sense_names` in institutions.toml), not before
    the word that makes the verb (联想|到) nor after a word that makes the common noun (数字化|浪潮)."""
    names, verb_after, suffixes = rules_toml_list("one_sense_names"), rules_toml_list("one_sense_not_before"), rules_toml_list("one_sense_suffixes")
    confirmed = {c.key for c in certain if c.key}
    return [
        c for c in doubtful
        if (c.key in confirmed or any(text[c.start : c.end] + word in text for word in suffixes)) and text[c.start : c.end] in names and not text.startswith(verb_after, c.end) and not _COMPANY_GOES_ON.match(text, c.end)
        and not _modified_as_a_noun(text, c.start, words)
    ]


def _modified_as_a_noun(text: str, start: int, words) -> bool:
    """Whether a noun, an adjective or 的 right before a doubtful name makes it the common word (数字化|浪潮, 时代的|浪潮)."""
    if start > 0 and text[start - 1] == "的":
        return True
    before = next((text[s:e] for s, e in words.within(max(0, start - 6), start) if e == start), None)
    return before is not None and _CJK.match(before[-1]) is not None and (before.endswith("化") or word_tags().get(before, "x")[:1] in "na")


_COMPANY_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:有限公司|公司|集团|控股)")  # 联想|控股有限公司: a longer name the suffix rules read


def _country_glued(text: str, start: int, end: int, org, doc: Doc) -> bool:
    """Whether the segmentation reads a government body with its country as one word (中国科技部, 中国教育部):
    the body, named with its country, as 中国科学技术部 is."""
    word = doc.user_data["words"].containing(start)
    return (
        org.type == "GovernmentBody"
        and word is not None
        and word[1] == end
        and any(p.kind == "country" for p in _place_scanner().entries.get(text[word[0] : start], ()))
    )


@lru_cache(maxsize=None)
def _rule_pattern(key: str) -> re.Pattern[str]:
    """A pattern of institutions.toml by its key, compiled once."""
    return re.compile(lexicon.rules_toml("institutions.toml")[key])


@lru_cache(maxsize=1)
def _each_level() -> re.Pattern[str]:
    """各 and a level right before a body (各省|统计局): every such body, not one (`each_level_before`)."""
    return re.compile(lexicon.rules_toml("institutions.toml")["each_level_before"])


@lru_cache(maxsize=1)
def _level_list() -> re.Pattern[str]:
    """Levels listed before a body (有关省、自治区、|直辖市科技厅): `level_list_before` in institutions.toml."""
    return re.compile(lexicon.rules_toml("institutions.toml")["level_list_before"])


@lru_cache(maxsize=1)
def _level_list_start() -> re.Pattern[str]:
    """The level that begins a body after levels listed (直辖市|科技厅): `level_list_last` in institutions.toml."""
    return re.compile(lexicon.rules_toml("institutions.toml")["level_list_last"])


def after_listed_levels(text: str, start: int) -> bool:
    """Whether a body's name beginning at `start` (or inside the level word that begins there) is the last of levels listed
    (有关省、自治区、|直辖市科技厅, 直辖|市科技厅): every level's department, not one body."""
    for s in range(start, max(-1, start - 3), -1):
        last = _level_list_start().match(text, s)
        if last is not None and last.end() >= start and _level_list().search(text, max(0, s - 10), s):
            return True
    return False


@lru_cache(maxsize=1)
def level_body() -> re.Pattern[str]:
    """A level's body named by its level only (省政府, 市委): `level_bodies` in institutions.toml."""
    return re.compile(lexicon.rules_toml("institutions.toml")["level_bodies"])


_BRACKETED_TAIL = re.compile(r"[（(][^（）()]{1,12}[)）]$")  # …研究院(衢州): a campus or a place of registration after a name


@lru_cache(maxsize=1)
def _owned_boards() -> frozenset[str]:
    """`owned_boards` of institutions.toml: endings that name an organ of the body written before them."""
    return frozenset(lexicon.rules_toml("institutions.toml")["owned_boards"])


def _level_owner_start(text: str, i: int, suffix) -> int | None:
    """Where a body that a place owns begins when its level stands for the place (目前，省|社科院, 全国|科协:
    `level_owners` in institutions.toml): the report's own province's or city's, or the nation's,
    where the level begins a word (`_level_begins_word`); a bare level body is refused where the suffix
    rules read it (`level_bodies`)."""
    level = next((lv for lv in lexicon.rules_toml("institutions.toml")["level_owners"] if text.endswith(lv, 0, i)), None)
    if level is None:
        return None
    start = i - len(level)
    return start if _level_begins_word(text, start) else None


def _with_province_and_party(text: str, start: int) -> int:
    """A Chinese city's body written after its province (江西省|赣州市委) and after 中共 (中共|上海市委)
    begins with them."""
    province = _chinese_place_ending_at(text, start, ("province",))
    start = start if province is None else province
    party = lexicon.rules_toml("institutions.toml")["party_prefix"]
    return start - len(party) if text.endswith(party, 0, start) else start


def _local_body_start(text: str, start: int, name: str) -> int | None:
    """Where a Chinese province's or city's name, or its level alone, written right before a government body's
    short name begins (广东省|发改委, 上海市|科委, 市|国资委): the local body of that name; None where no such place
    is written or the name is a national one (`national_body_openers` in institutions.toml: 国家发改委, 中央政法委)."""
    rules = lexicon.rules_toml("institutions.toml")
    if name.startswith(tuple(rules["national_body_openers"])) or name.endswith(tuple(rules["national_body_endings"])):
        return None
    place = _chinese_place_ending_at(text, start, ("province", "city"))
    if place is None and start > 0 and text[start - 1] in "省市" and _level_begins_word(text, start - 1):
        return start - 1  # 市|国资委: the report's own city's commission, its level for the place
    return place


def _flanked_by_characters(text: str, start: int, end: int, words) -> bool:
    """Whether the segmentation leaves a place's name between two single CJK characters that are no
    function words (黄|淮南|片): a sign of a longer word the dictionary lacks."""
    words = _indexed(words)
    before, after = words.at_end.get(start), words.at_start.get(end)
    if before is None or after is None or start - before != 1 or after - end != 1:
        return False
    stops = lexicon.rules_toml("places.toml")["flank_function_chars"]
    return all(_CJK.match(ch) and ch not in stops for ch in (text[start - 1], text[end]))


def _chinese_place_ending_at(text: str, pos: int, kinds: tuple[str, ...]) -> int | None:
    """Start of the longest place name ending at `pos` when it is a Chinese place of one of `kinds`; else None."""
    start = _place_ending_at(text, pos)
    if start is not None and any(p.country == "CN" and p.kind in kinds for p in _place_scanner().entries.get(text[start:pos], ())):
        return start
    return None


def _branch_end(text: str, end: int, words) -> int:
    """Where a branch written right after an organisation's name ends (…大学怀柔校区, …署驻华代表处;
    `branch_endings` in institutions.toml), or `end` if none is: words of names and places only,
    and the stationing verb (驻华)."""
    rules = lexicon.rules_toml("institutions.toml")
    endings, stationed = rules["branch_endings"], rules["branch_stationed"]
    at_start, tags = _indexed(words).at_start, word_tags()
    pos = end
    while pos - end < rules["branch_chars"]:
        e = at_start.get(pos)
        if e is None or not _CJK.match(text[pos]):
            return end
        word = text[pos:e]
        ending = next((x for x in endings if word.endswith(x)), None)
        if ending is not None and e - end > len(ending):
            return e  # a branch is named by something of its own (怀柔校区, not 校区 alone)
        split = next((x for x in endings if text.startswith(x, pos)), None)
        if split is not None and pos > end:
            return pos + len(split)  # …研究所大连|分|所: the segmentation splits the branch's word
        if pos > end and text.startswith(tuple(rules["placed_branch_endings"]), pos) and text[end:pos] in _place_scanner().entries:
            return pos + next(len(x) for x in rules["placed_branch_endings"] if text.startswith(x, pos))  # …国家工程实验室杭州基地
        tag = tags.get(word, "n")
        if not word.startswith(stationed) and (tag[:1] in "vpcudmqr" or tag == "f" or word in lexicon.institution_rules().stop_words) and word not in _place_scanner().entries:
            return end  # not 大连, a city the dictionary also tags as an adverb; 落户 (a noun to the dictionary) ends it
        pos = e
    return end


def _word_before_short_name(text: str, start: int, name: str, doc: Doc, endings: tuple[str, ...]) -> int | None:
    """Where the segmentation's word right before a short name (计算所, 物理所: three characters at most, ending in
    one of `endings`) begins, or None."""
    if not (len(name) <= 3 and name.endswith(endings) and _CJK.match(name[0])):
        return None
    return doc.user_data["words"].at_end.get(start)


def _owner_before_short_name(text: str, start: int, name: str, doc: Doc) -> int | None:
    """Where another institute's name begins when a short name (计算所, 物理所) follows a word that owns it
    (江南|计算所): a place or a proper name the dictionary knows, not a verb or a function word."""
    before = _word_before_short_name(text, start, name, doc, ("所", "院"))
    if before is None:
        return None
    word = text[before:start]
    if not _CJK.match(word[0]) or len(word) < 2 or word in _org_scanner().entries:
        return None  # 党中央|国务院: two organisations named side by side, not one owning the other
    if word in _place_scanner().entries or word_tags().get(word, "")[:2] in ("ns", "nz", "nr", "nt"):
        return before
    return None


def _field_before_short_name(text: str, start: int, name: str, doc: Doc) -> bool:
    """Whether a short name (物理所, 计算所) follows a technology's or a field's word of three characters or more glued
    to it (等离子体|物理所): the tail of another institute's short name, which names no institute the gazetteer knows
    (not 规定|中科院 nor 充分发挥|中科院: an academy after a verb)."""
    before = _word_before_short_name(text, start, name, doc, ("所",))
    if before is None or start - before < 2:
        return False
    word = text[before:start]
    return word in _technology_terms() or (len(word) >= 3 and word_tags().get(word, "") == "n" and word not in _org_scanner().entries)


def _country_start(text: str, start: int, space: bool = True) -> int:
    """Where a country's name written just before `start` (with at most one space, if `space`) begins; `start` if none is."""
    places = _place_scanner().entries
    gap = 1 if space and start > 0 and text[start - 1] == " " else 0
    for k in range(min(start - gap, 6), 1, -1):
        if any(p.kind == "country" for p in places.get(text[start - gap - k : start - gap], ())):
            return start - gap - k
    return start


def _verb_at(text: str, pos: int, doc: Doc) -> bool:
    """Whether the word at `pos`, after a programme's head (计划, 项目), is a verb, a preposition or an adverb, which makes the
    head a verb of the organisation's (Google|计划|投资: plans to invest) or the start of its clause."""
    word = doc.user_data["words"].containing(pos)
    return word is not None and word[0] == pos and word_tags().get(text[word[0] : word[1]], "n")[:1] in "vpd"


def _city_before_dot(text: str, start: int) -> int | None:
    """Where a city's name begins that a middle dot joins to a zone's name at `start` (武汉·中国光谷), or None."""
    if start < 3 or text[start - 1] not in _PERSON_DOTS:
        return None
    places = _place_scanner().entries
    return next((start - 1 - k for k in (3, 2) if start - 1 - k >= 0 and any(p.kind == "city" for p in places.get(text[start - 1 - k : start - 1], ()))), None)


def _high_tech_short_names(text: str) -> list[Candidate]:
    """A high-tech zone by its place and 高新 (东湖高新, 西安高新: `high_tech_short` in institutions.toml), where the place is a city's
    or its 高新区 a well-known zone's."""
    places, orgs, out = _place_scanner().entries, _org_scanner().entries, []
    for m in _rule_pattern("high_tech_short").finditer(text):
        place = m.group("place")
        for k in range(len(place) - 1):
            p = place[k:]
            if (zone := orgs.get(f"{p}高新区")) is not None:
                out.append(Candidate(m.start("place") + k, m.end(), "Park", "known_org", 8, f"org:{zone[0].name}", (("org", zone[0]),)))
                break  # 东湖高新: the well-known 东湖高新区
            if any(x.kind == "city" for x in places.get(p, ())):
                out.append(Candidate(m.start("place") + k, m.end(), "Park", "suffix", 8, "", (("suffix_start", m.end() - 2),)))
                break
    return out


def _given_name_after_role(text: str, start: int, end: int) -> bool:
    """Whether a two-character known name is a person's given name: a surname before it and a role before that
    (所长蒋|新松, 首席科学家的蒋|新松) or a list's mark before it (吴某某、蒋|新松、), the name ending there."""
    if end - start != 2 or start < 2 or not _surname_re().match(text[start - 1]) or (_CJK.match(text[end : end + 1] or " ") and text[end : end + 2] in _org_scanner().entries):
        return False
    if text[start - 2] in "、，," and text[end : end + 1] in ("、", "，", ",", "等"):
        return True  # 吴某某、蒋|新松、谈某某: an item of a list of persons
    role_end = start - 2 if text[start - 2] == "的" else start - 1  # 首席科学家的|蒋|新松
    return any(m.end() == role_end for m in _person_rules().roles_before.finditer(text, max(0, role_end - 8), role_end))


def _org_glued_before(text: str, start: int, doc: Doc, end: int = 0) -> bool:
    """Whether the word the segmentation reads across `start` begins with another known organisation's name that
    ends there (中办|国办: two bodies glued into one word), or with a particle (及国盾|量子)."""
    word = doc.user_data["words"].containing(start)
    if word is None:
        return False
    if end - start >= 3 and word[0] == start - 1 and text[word[0]] in rules_toml_list("glued_before_particles"):
        return True  # 及国盾|量子: a particle glued to the name's first character
    return text[word[0] : start] in _org_scanner().entries


def _country_before(text: str, start: int) -> bool:
    """Whether a country's name is written right before `start` (中国联想, 美国惠普)."""
    return _country_start(text, start, space=False) < start


@lru_cache(maxsize=1)
def _list_joiners() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("enumerations.toml")["joiners"])


@lru_cache(maxsize=1)
def common_word_tags() -> frozenset[str]:
    """jieba's tags of ordinary words, not names (`common_word_tags` in rules/persons.toml)."""
    return frozenset(lexicon.rules_toml("persons.toml")["common_word_tags"])


def _listed_with(text: str, certain: list[Candidate], doubtful: list[Candidate]) -> list[Candidate]:
    """The doubtful well-known names (浪潮, 曙光: also common words) that a list joins to a certain one:
    中国联想、浪潮和曙光. A chain of doubtful names alone proves nothing."""
    joiners = _list_joiners()
    anchored = {(c.start, c.end) for c in certain}
    accepted: list[Candidate] = []
    changed = True
    while changed:
        changed = False
        for cand in doubtful:
            if (cand.start, cand.end) in anchored:
                continue
            if any(text[e : cand.start] in joiners for _, e in anchored if e < cand.start) or any(
                text[cand.end : s] in joiners for s, _ in anchored if s > cand.end
            ):
                anchored.add((cand.start, cand.end))
                accepted.append(cand)
                changed = True
    return accepted


# --- institutions by suffix and by enumeration ----------------------------------------------


@lru_cache(maxsize=1)
def _suffix_index() -> dict[str, list]:
    index: dict[str, list] = {}
    for suffix in lexicon.institution_rules().suffixes:
        index.setdefault(suffix.text[0], []).append(suffix)
    return index


def _ends_with_suffix(text: str) -> bool:
    return any(text.endswith(s.text) for s in lexicon.institution_rules().suffixes)


def _without_suffix(name: str) -> str:
    """A name less its longest institution suffix (电子科技大学 → 电子科技), or the name where none ends it."""
    ending = max((s.text for s in lexicon.institution_rules().suffixes if name.endswith(s.text) and len(s.text) < len(name)), key=len, default="")
    return name[: len(name) - len(ending)]


@lru_cache(maxsize=1)
def _title_stops() -> tuple[frozenset[str], tuple[str, ...]]:
    """Persons' titles that end a name walking left (院长, 部长 …), and the office words that keep them in it."""
    rules = lexicon.rules_toml("institutions.toml")
    return frozenset(rules["title_stop_words"]), tuple(rules["title_offices"])


@lru_cache(maxsize=1)
def _acting_with() -> tuple[tuple[str, ...], str]:
    """Words of one body acting with another (会同, 联合 …) and the level characters a body's name begins with
    (`acting_with_words`, `acting_with_levels` in institutions.toml)."""
    rules = lexicon.rules_toml("institutions.toml")
    return tuple(rules["acting_with_words"]), rules["acting_with_levels"]


def _names_a_body_after(text: str, pos: int, suffix_pos: int) -> bool:
    """Whether the words from `pos` to a suffix name a body of their own: a level's (省|财政厅), a place's or a
    well-known organisation's name begins them."""
    rest = text[pos:suffix_pos]
    return bool(rest) and (rest[0] in _acting_with()[1] or _begins_with_known(rest))


_PAIR_DASHES = frozenset(["—", "–", "－", "-", "——"])


@lru_cache(maxsize=1)
def _partner_blocs() -> tuple[str, ...]:
    return tuple(sorted(lexicon.rules_toml("institutions.toml")["partner_blocs"], key=len, reverse=True))


def _partners_joined(text: str, ws: int, pos: int) -> bool:
    """Whether a dash at text[ws:pos] joins a country's name before it to a country's, a region's or a bloc's after it
    (中国—蒙古, 中国–东盟, 中国—阿拉伯国家): the partners of a joint body."""
    places = _place_scanner().entries
    after = text.startswith(_partner_blocs(), pos) or any(
        any(p.kind in ("country", "region") for p in places.get(text[pos : pos + k], ())) for k in range(2, 7)
    )
    return after and _country_start(text, ws, space=False) < ws


def _organisations_joined(text: str, ws: int, pos: int, suffix_pos: int) -> bool:
    """Whether a dash at text[ws:pos] joins an organisation's name before it to a joint body's name after it (清华大学—某集团有限
    公司医药创新联合研究院, 浙江工业大学—某公司功能材料联合研发中心): the joint body's words (`joint_words` in institutions.toml)
    stand between the dash and the suffix, and a known name or an organisation's ending before the dash."""
    rules = lexicon.rules_toml("institutions.toml")
    if not any(w in text[pos : suffix_pos + 2] for w in rules["joint_words"]):
        return False
    orgs = _org_scanner().entries
    return text.endswith(tuple(rules["joint_partner_endings"]), 0, ws) or any(text[ws - k : ws] in orgs for k in range(2, min(ws, 16) + 1))


@lru_cache(maxsize=1)
def _zone_endings() -> tuple[str, ...]:
    """The endings of zones a national body may be named after (`place_path_zones` and `state_body_zones` in institutions.toml):
    it begins at 国家."""
    rules = lexicon.rules_toml("institutions.toml")
    return (*rules["place_path_zones"], *rules["state_body_zones"])


@lru_cache(maxsize=1)
def _glued_determiners() -> str:
    """Determiners before a suffix that make it this body (`glued_determiners`: 本|公司, 及本|公司 as the segmentation glues them)."""
    return lexicon.rules_toml("institutions.toml")["glued_determiners"]


def left_boundary(text: str, pos: int, words: list[tuple[int, int]], limit: int = 40) -> int:
    """Where a name ending with the suffix at `pos` begins: walk left over words until a stop."""
    rules = lexicon.institution_rules()
    titles, offices = _title_stops()
    words = _indexed(words)
    ends = words.at_end
    suffix_pos = pos
    inside = words.containing(pos)
    if inside:  # the suffix begins inside a word: that word belongs to the name
        pos = inside[0]
    floor = max(0, pos - limit)
    while pos > floor:
        ws = ends.get(pos)
        if ws is None:
            ws = pos - 1
        word = text[ws:pos]
        if word.isspace():
            left = text[ws - 1] if ws > 0 else ""
            right = text[pos] if pos < len(text) else ""
            if "\t" in word or "\n" in word or not (_LATIN.match(left or " ") or _LATIN.match(right or " ")):
                break  # a space inside a Latin name joins it (Bell Labs); a table's cell or a line never does
            person = _PERSON_BEFORE_SPACE.search(text, max(0, ws - 40), ws) if _CJK.match(right or " ") and pos < suffix_pos else None
            if person is not None and not _known_name(person.group()):
                break  # Pawan Mulukutla|世界资源研究所: an author before the institute of an author line (not Data Domain 公司)
        elif word in _acting_with()[0] and _ends_with_suffix(text[max(0, ws - 12) : ws]) and _names_a_body_after(text, pos, suffix_pos):
            break  # 广东省科学技术厅|联合|省财政厅: one body acting with another (not 中国科学院|联合|实验室, a joint lab)
        elif word in _PAIR_DASHES and (_partners_joined(text, ws, pos) or _organisations_joined(text, ws, pos, suffix_pos)):
            pass  # 中国—蒙古|生物高分子应用联合实验室, 清华大学—某集团有限公司|医药创新联合研究院: two partners' names joined by a dash begin a joint body's name
        elif any(_is_punct(ch) for ch in word) or re.fullmatch(r"[-－—–]{2,}", word):
            break  # 策源地----|西安高新技术产业开发区: a run of dashes is punctuation, whatever the script
        elif (
            word in rules.stop_words
            and word not in rules.conjunctions
            and not _noun_of_a_field(text, ws, word, ends)
            and text[pos:suffix_pos] not in rules.stop_word_fields.get(word, ())
            and not (pos == suffix_pos and text.startswith(_stop_word_suffixes().get(word, ()), suffix_pos))
            and not _a_company_trade(text, word, pos, suffix_pos)
        ) or (
            word in titles and not text.startswith(offices, pos)
        ):
            break  # a title's own office is named by it (美国防部研究与工程副部长办公室)
        elif word in rules.conjunctions:
            before = ends.get(ws)
            if ws == 0 or _joins_two_names(text, ws, pos, text[before:ws] if before is not None else ""):
                break
        elif word in _joint_building_verbs() and _a_party_before(text, ws, text[ends[ws] : ws] if ws in ends else ""):
            break  # 学校与长沙市|共建|研究院: the parties build it together; 省部共建… names a lab
        elif text.startswith(_NATIONAL, pos) and pos < suffix_pos and word.endswith(_zone_endings()):
            break  # 天津港保税区|国家合成生物技术创新中心: a national centre named after the zone it stands in begins at 国家
        elif pos == suffix_pos and (word in _glued_determiners() or (len(word) == 2 and word[1] in _glued_determiners() and (word[0] in rules.conjunctions or word[0] in rules.stop_words))):
            break  # 本|公司, 及本|公司, PCAST本|委员会: a determiner right before the suffix makes it this body, no name (not 本古里安大学)
        elif word[0] in rules.conjunctions and ws > 0 and _joins_two_names(text, ws, ws + 1):
            pos = ws + 1  # the segmentation read the conjunction into the next name's first word (惠普|及克雷|公司)
            break
        elif len(word) > 1 and word[0] in rules_toml_list("glued_before_particles") and (known_org_end(text, ws + 1, pos + 16, shortest=2) is not None or _place_prefix(text[ws + 1 : ws + 9])):
            pos = ws + 1  # 从北京总公司|至国网|新疆电力有限公司: the segmentation read a particle into the name's first word
            break
        elif ws > 0 and (text[ws - 1].isdigit() or text[ws - 1] in _count_numerals()) and word[0] in _measure_words() and (
            known_org_end(text, ws + 1, pos + 16, shortest=2) is not None or _place_prefix(text[ws + 1 : ws + 9])
        ):
            pos = ws + len(word) if len(word) == 1 else ws + 1  # 首批11家|长三角G60科创走廊…: a count's measure word begins no name (round 35)
            break
        elif _LATIN_CODE.fullmatch(word) and not (ws > 0 and text[ws - 1].isascii() and text[ws - 1].isalnum()) and _CJK.match(text[pos : pos + 1] or " "):
            pass  # 长三角|G60|科创走廊研究院: a route's or a product's code between a name's words is one of them
        elif word.isdigit() and len(word) <= 3 and text[ws - 1 : ws] == "第" and pos == suffix_pos:
            ws -= 1  # …集团公司|第48|研究所: a unit's ordinal in figures right before its suffix, as 第四十八研究所 is
        elif word[-1].isdigit() or word in ("年", "月", "日", "年代", "世纪"):
            break
        elif len(word) > 1 and word.endswith(tuple(rules.glued_list_closers)) and word not in word_tags():
            break  # 广汽等|主机厂: a list's 等 the segmentation glued to the item before it closes the list, not the name
        elif word_tags().get(word, "") in ("v", "vd", "vi") and _begins_with_known_org(text, pos, suffix_pos):
            break  # 留在|中科院金属研究所: a verb before a well-known organisation's name ends the unit's name
        elif len(word) >= 3 and word[-2:] in rules.stop_words and word_tags().get(word, "")[:1] in ("i", "l", "v", "d"):
            break  # 浪潮集团积极参与|济南数据中心: an idiom or a phrase the dictionary holds that ends in a stop word (round 35)
        pos = ws
    while (ce := _indexed(words).at_start.get(pos)) is not None and text[pos:ce] in rules.conjunctions:
        pos = ce  # a name does not begin with the conjunction that joins it to what precedes (将|与|世界银行集团)
    return pos


@lru_cache(maxsize=1)
def _measure_words() -> str:
    """Measure words that are also surnames or words' first characters (家, 个, 所: `measure_words` in persons.toml)."""
    return lexicon.rules_toml("persons.toml")["measure_words"]


@lru_cache(maxsize=1)
def _count_numerals() -> str:
    """A count's numerals before its measure word (`count_numerals` in institutions.toml)."""
    return lexicon.rules_toml("institutions.toml")["count_numerals"]


@lru_cache(maxsize=1)
def _stop_word_suffixes() -> dict[str, tuple[str, ...]]:
    """Stop words that name the kind of the suffix right after them (建议|组): `stop_word_suffixes` in institutions.toml."""
    return {k: tuple(v) for k, v in lexicon.rules_toml("institutions.toml")["stop_word_suffixes"].items()}


@lru_cache(maxsize=1)
def _company_trade_rules() -> tuple[frozenset[str], re.Pattern[str], tuple[str, ...]]:
    rules = lexicon.rules_toml("institutions.toml")
    return frozenset(rules["company_trade_words"]), re.compile(rules["company_trade_between"]), tuple(rules["company_trade_suffixes"])


def _a_company_trade(text: str, word: str, pos: int, suffix_pos: int) -> bool:
    """Whether a stop word is a company's trade in its legal name (绿源地热能|开发|有限责任公司): right before the
    legal ending, with only trade and legal words between."""
    words, between, suffixes = _company_trade_rules()
    return word in words and text.startswith(suffixes, suffix_pos) and between.fullmatch(text, pos, suffix_pos) is not None


def _noun_of_a_field(text: str, ws: int, word: str, ends: dict[int, int]) -> bool:
    """Whether a stop word is a noun of a name's field here: right after one of its field words (经济|合作), or after a
    word ending in a field word of two characters or more (石油勘探|开发)."""
    before = ends.get(ws)
    return before is not None and lexicon.noun_of_a_field(text[before:ws], word)


def known_org_end(text: str, pos: int, limit: int, shortest: int = 2) -> int | None:
    """Where the longest well-known organisation's name of `shortest` characters or more that begins at `pos` and
    ends by `limit` (at most sixteen characters on) ends, or None."""
    known = _org_scanner().entries
    return next((pos + k for k in range(min(16, limit - pos), shortest - 1, -1) if text[pos : pos + k] in known), None)


def _begins_with_known_org(text: str, pos: int, limit: int) -> bool:
    """Whether a well-known organisation's name of three characters or more begins at `pos`, and words of the
    unit's own follow it before `limit` (中科院|金属|研究所), not only generic ones (教育部|重点|实验室: the
    ministry's kind of lab, which the words before it name)."""
    end = known_org_end(text, pos, limit, shortest=3)
    return end is not None and bool(_without_generic_modifiers(text[end:limit]))


def _without_generic_modifiers(words: str) -> str:
    """What is left of words once the generic modifiers that begin them are taken off (重点|实验室 → 实验室)."""
    generic = lexicon.institution_rules().generic_modifiers_longest
    while words and (word := next((g for g in generic if words.startswith(g)), None)):
        words = words[len(word) :]
    return words


# A person's Latin name, given and family names capitalised, right before a space (Stephanie Ly, Matteo Craglia).
_PERSON_BEFORE_SPACE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:[ \-][A-Z][a-z]*\.?)*[ ][A-Z][a-zA-Z'\-]+$")


def _joins_two_names(text: str, conj_start: int, conj_end: int, word_before: str = "") -> bool:
    """Whether 与/和/及 at [conj_start, conj_end) joins two names rather than two words of one name. After a
    field's word (`word_before`: 传播|与|国家治理研究中心, 原子能|与|可替代能源委员会) the conjunction joins two
    fields of one name, unless a well-known name or a place begins after it (…|和|清华大学)."""
    rules = lexicon.institution_rules()
    before = text[:conj_start].rstrip()
    after = text[conj_end:].lstrip()
    if any(before.endswith(u) for u in rules.unit_endings) or _ends_with_suffix(before) or before.endswith(("）", ")")):
        return True  # …（MBIA）和…: a name glossed in brackets is complete
    orgs = _org_scanner().entries
    if any(before[-k:] in orgs for k in range(2, min(len(before), 16) + 1)):
        return True
    if (person := _role_and_name_at_end().search(before)) and _surname_re().match(person.group("name")) and person.group("name") not in word_tags():
        return True  # 区长尹某|与|亿航智能设备(广州)有限公司: a person, named after the role, meets a company
    if after[:1] and _LATIN.match(after[0]):
        return True
    places = _place_scanner().entries
    known_after = any(after[:k] in orgs for k in range(3, min(len(after), 16) + 1)) or any(
        any(p.country == "CN" or p.kind != "city" or not _CJK.match(after[k : k + 1] or " ") for p in places.get(after[:k], ())) for k in range(2, min(len(after), 10) + 1)
    )  # not 大数 (Tarsus) of 大数据: a foreign town's name glued to more characters is no place
    if _a_field_word(word_before) and not known_after:
        return False
    return after.startswith(rules.name_openers) or known_after  # …计划和|国家自然科学基金: a new name begins after the conjunction


@lru_cache(maxsize=1)
def _role_and_name_at_end() -> re.Pattern[str]:
    """A person's role and a name of two or three characters, ending the text (…区长尹某)."""
    return re.compile(rf"(?:{_person_rules().roles_before.pattern})(?P<name>[\u4e00-\u9fff]{{2,3}})$")


def _a_field_word(word: str) -> bool:
    """Whether a word can only be a field inside a name: two or more Chinese characters, no place's or
    well-known organisation's name, no unit's ending, not a word that never stands in a name."""
    if len(word) < 2 or not all(_CJK.match(ch) for ch in word) or _known_name(word) or _ends_with_suffix(word):
        return False
    if word in _technology_terms():
        return True  # 智能超算|与|大数据联合实验室: a technology of the taxonomy is a field
    rules = lexicon.institution_rules()
    if word in rules.stop_words or word in rules.generic_modifiers_longest or word.endswith(tuple(rules.unit_endings)):
        return False
    tag = word_tags().get(word, "n")
    return tag[:1] in ("n", "v") and tag not in ("nr", "ns", "nt")


_BRACKETS_AND_SPACES = re.compile(r"[（()）\s]")  # 国家(重点)实验室: a bracketed generic word is still generic


def _specific_is_generic(specific: str) -> bool:
    rules = lexicon.institution_rules()
    rest = _BRACKETS_AND_SPACES.sub("", specific)
    changed = True
    while rest and changed:
        changed = False
        for modifier in rules.generic_modifiers_longest:
            if rest.startswith(modifier):
                rest = rest[len(modifier) :].strip()
                changed = True
                break
    return len(rest) < rules.min_specific_chars


_EXEMPLIFIED = re.compile(r"[，,：:（(]\s*(?:如|例如|比如|譬如)")  # what a kind is followed by: its examples


def _a_chinese_citys_name(name: str) -> bool:
    """Whether a name is a Chinese city's as the gazetteer writes it (天津, 无锡), not a province's nor a foreign town's."""
    return any(p.country == "CN" and p.kind == "city" for p in _place_scanner().entries.get(name, ()))


def _a_citys_branch_after(text: str, end: int) -> bool:
    """Whether a city's name and 中心 follow (国家超级计算中心|天津中心): the class names the city's branch, one centre."""
    return any(text.startswith("中心", end + k) and _a_chinese_citys_name(text[end : end + k]) for k in (2, 3))


def _a_class_of_centres(specific: str, suffix) -> bool:
    """Whether a centre is named only as one of a national class of several (国家超级计算中心, 超算中心: `class_specifics` in
    institutions.toml), whatever words the left boundary took before it; a city or a name inside or before makes it one
    (国家超级计算济南中心, 济南超算中心, 中国科学院超算中心)."""
    name = _BRACKETS_AND_SPACES.sub("", specific)
    kind = next((k for k in lexicon.rules_toml("institutions.toml")["class_specifics"].get(suffix.text, ()) if name.endswith(k)), None)
    if kind is None:
        return False
    rest = name[: -len(kind)]
    if not rest:
        return True
    last = words_of(rest)[-1]
    return word_tags().get(rest[last[0] : last[1]], "n")[:1] in "vrudpc"  # 获评|国家绿色数据中心, 各地|超算中心; not 莱布尼茨|超算中心


def _an_organisations_kind(specific: str, suffix) -> bool:
    """Whether a lab or centre is named only by the well-known body that accredits or runs labs of its
    kind, and words of accreditation (教育部|重点|实验室, 中科院|重点|实验室, 美国能源部|国家实验室: one of a body's
    class of labs, not one lab); a lab of a company or a body named by its field stays a name
    (华为实验室, 教育部计算机网络重点实验室), and so does one whose field is written before the accrediting body
    (绿洲生态|教育部|重点实验室: the Ministry of Education's key lab of oasis ecology)."""
    rules = lexicon.institution_rules()
    if suffix.text not in rules.accredited_suffixes:
        return False
    name = _BRACKETS_AND_SPACES.sub("", specific)
    level = name
    while (word := next((w for w in rules.accreditation_words if level.endswith(w) and len(level) > len(w)), None)) is not None:
        level = level[: -len(word)]
    if level in lexicon.rules_toml("institutions.toml")["level_classes"]:
        return True  # 部、省|重点实验室: a level's class of labs
    if _a_places_class(name, level, suffix.text):
        return True  # 贵州省|重点实验室, 青海省|工程技术研究中心: a province's or a city's class of labs
    found = _known_org_spans(name)
    if not found:
        return False
    first, owner = max(found, key=lambda f: (f[1], -f[0]))
    field = name[:first]
    while (known := next((k for k in range(len(field), 1, -1) if _known_name(field[:k])), None)) is not None:
        field = field[known:]  # 东南大学|城市与建筑遗产保护: the parent's name is not the field
    if len(field) >= 2 and not _specific_is_generic(field) and not _clause_before_lab(field):
        return False
    rest = name[owner:]
    while (word := next((w for w in rules.accreditation_words if rest.startswith(w)), None)) is not None:
        rest = rest[len(word) :]
    return not rest and (name[owner:] != "" or suffix.text in rules.accrediting_suffixes)


def _a_places_class(name: str, level: str, suffix: str) -> bool:
    """Whether a lab or centre is named only by a Chinese province or city, its level and words of accreditation
    (贵州省|重点实验室, 河北省级|工程技术研究中心: the place's class of labs it accredits); a place's own lab named
    by the place alone stays a name (广州|国家实验室, 之江实验室)."""
    rules = lexicon.rules_toml("institutions.toml")
    if not any(word in name[len(level) :] + suffix for word in rules["place_class_words"]):
        return False
    for level_word in sorted(rules["level_classes"] + rules["level_words"], key=len, reverse=True):
        if level.endswith(level_word) and len(level) > len(level_word):
            level = level[: -len(level_word)]
            break
    places = _place_scanner().entries
    for k in range(len(level) - 1):
        before, place = level[:k], level[k:]
        if any(p.country == "CN" and p.level in ("province", "prefecture") for p in places.get(place, ())):
            # the name may still hold a verb the left boundary drops later (列入|贵州省重点实验室), not an owner
            tags = word_tags()
            return all(tags.get(before[a:b], "").startswith(("v", "p")) for a, b in words_of(before))
    return False


def _clause_before_lab(field: str) -> bool:
    """Whether the words before an accrediting body are a clause about labs, not their field: a unit
    and a verb of having (学院|建有|教育部重点实验室3个)."""
    units, verbs = tuple(lexicon.institution_rules().unit_endings), _having_verbs()
    return any(field[a:b].endswith(units) or field[a:b] in verbs for a, b in words_of(field))


@lru_cache(maxsize=1)
def _having_verbs() -> frozenset[str]:
    """The verbs of having a list or a clause about units begins with (`list_triggers`, `ministry_clause_verbs`)."""
    rules = lexicon.rules_toml("institutions.toml")
    return frozenset(rules["list_triggers"]) | frozenset(rules["ministry_clause_verbs"])


def _type_by_field(specific: str, suffix) -> str:
    """A suffix's type, or the type its field or its owner gives it (`field_types` in institutions.toml: a
    centre that trades, exchanges or promotes is no research institute: 中国国际经济交流中心; a learned
    society's committee is no government body: 中国地理学会人文地理专业委员会, its owner named before its word, not 大学拨款委员会);
    a rule is void where a word of the state begins the name (`not_first`: 国家科技咨询委员会)."""
    for rule in lexicon.rules_toml("institutions.toml")["field_types"]:
        if any(0 <= specific.lstrip().find(w) <= 2 for w in rule.get("not_first", ())):
            continue  # 国家…, and 经|全国…: the words the left boundary may still hold before the name
        if rule["suffix"] == suffix.text and (specific.endswith(tuple(rule.get("fields", ()))) or any(specific.lstrip().find(w) >= 1 for w in rule.get("owners", ()))):
            return rule["type"]
    return suffix.type


def _kinds_joined(specific: str, type_: str) -> bool:
    """Whether the words before a suffix end with 和 and a kind of what the suffix names (石油和|制药,
    政府部门和|保险): two kinds joined, not one name that holds 和. A body named by its fields joins them
    so (计算科学和通信委员会, 国家发展和改革委员会): there both sides must be kinds (国家和地方|知识产权局);
    an association by its trades always (无线通信和互联网协会), and a lab or an institute by its fields
    unless the suffix stands bare after 和 (植物园和实验室)."""
    if type_ == "OtherOrganization":
        return False  # an association is named by its trades (无线通信和互联网协会)
    name = specific.strip()
    joins = [a for a, b in words_of(name) if name[a:b] == "和"]
    if not joins or joins[-1] < 2:
        return False
    head, tail = name[: joins[-1]], name[joins[-1] + 1 :]

    def kind(words: str) -> bool:
        return _specific_is_generic(words) or _only_industry_words(words)

    if type_ in ("Company", "Fund"):
        return kind(tail)
    if type_ == "GovernmentBody":
        return kind(tail) and kind(head)
    return _specific_is_generic(tail)  # a lab or an institute is named by its fields (光纤通信技术和网络国家重点实验室), not a bare kind (植物园和实验室)


def _names_a_kind_of(specific: str, type_: str) -> bool:
    """Whether the words before a university's or an institute's suffix end as a kind does (…型, …性, …类), name a
    university only by who runs it (公立和私立大学), or a park only by its industry (大数据产业园, 集成电路产业园)."""
    rules = lexicon.rules_toml("institutions.toml")
    if type_ == "University" and re.match(rules["university_kinds"], specific.strip()):
        return True  # 公立和私立大学
    if type_ == "Park" and specific.strip() in _technology_terms():
        return True  # 建|大数据产业园: a kind of park, as 人工智能产业园 is
    return type_ in rules["kind_suffix_types"] and specific.strip().endswith(tuple(rules["kind_endings"]))


_LIST_MARK = re.compile(r"[（(]\s*(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\s*[)）]\s*")


def _past_open_bracket(text: str, start: int, end: int) -> int:
    """A name holds no bracket it does not close: 清华大学（中国科技政策研究中心） is a university and,
    in its brackets, a centre, so the centre's name begins after the open bracket; nor one it does not
    open: in （记者 吴兰）合肥…研究院 the name begins after the close; nor one it opens with."""
    depth, cut = 0, start
    for k in range(end - 1, start - 1, -1):
        if text[k] in "）)":
            depth += 1
        elif text[k] in "（(":
            if depth == 0:
                cut = k + 1
                break
            depth -= 1
    depth = 0
    for k in range(cut, end):
        if text[k] in "（(":
            depth += 1
        elif text[k] in "）)":
            if depth == 0:
                cut = k + 1
            else:
                depth -= 1
    if cut < end and text[cut] in "（(":
        close = _bracket_match(text, cut, end)
        if close is not None:
            cut = close + 1  # （牛某某）北京经济技术开发区: a bracket that opens the words (a dateline's reporter) is no part of the name
    return cut


def _bracket_match(text: str, open_: int, end: int) -> int | None:
    """The position of the bracket that closes the one at `open_`, before `end`, or None."""
    depth = 0
    for k in range(open_, end):
        if text[k] in "（(":
            depth += 1
        elif text[k] in "）)":
            depth -= 1
            if depth == 0:
                return k
    return None


def _known_name_across(text: str, start: int, suffix_start: int) -> int:
    """Where a well-known organisation's name begins when the left edge fell inside it (国家电力|投资|集团中央研究院:
    the edge stops at 投资, a verb elsewhere): the unit is named with its whole owner."""
    known = _org_scanner().entries
    for k in range(max(0, start - 10), start):
        for e in range(suffix_start, start, -1):
            if e - k >= 3 and text[k:e] in known:
                return k
    return start


_FOREIGN_STATE = re.compile(r"[\u4e00-\u9fff]{2,6}州")  # 田纳西州, 加利福尼亚州: a state of a foreign country (the gazetteer holds no states)
_CHINESE_CODES = frozenset({"CN", "TW", "HK", "MO"})


def _known_name_after_places(text: str, start: int, end: int, words) -> int:
    """Where a well-known organisation's name ending at `end` begins when only a path of places and zones stands
    before it in the span (中国广东省广州市广州大学城|中山大学: the university, in the places a 位于 names before it)."""
    known, places, zones = _org_scanner().entries, _place_scanner().entries, lexicon.rules_toml("institutions.toml")["place_path_zones"]
    if text[start:end] in known:
        return start  # 上海交通大学: the whole is the name
    for k in range(start + 2, end - 1):
        if text[k:end] in known:
            pieces = [text[start + a : start + b] for a, b in words_of(text[start:k])]
            if len(pieces) >= 2 and all(p in places or p.rstrip("省市区县") in places or p in zones for p in pieces):
                return k
            if len(pieces) == 1 and pieces[0][-1] in "市省" and pieces[0][:-1] in places and text.startswith(pieces[0][:-1], k):
                return k  # 重庆市|重庆大学: the place written in full before the well-known name that begins with it
            if len(pieces) == 1 and all(o.type not in ("GovernmentBody", "University") for o in known[text[k:end]]) and any(p.kind == "city" and p.country != "CN" for p in places.get(pieces[0], ())):
                return k  # 华盛顿|卡托研究所: a foreign city where the institute is; not a country's body (法国国防部) nor a
                # Chinese city's own school or institute named after a known one (杭州电子科技大学)
            if _FOREIGN_STATE.fullmatch(text, start, k) and text[start:k] not in places and all(o.country not in _CHINESE_CODES and o.type != "GovernmentBody" for o in known[text[k:end]]):
                return k  # 田纳西州|橡树岭国家实验室: a foreign state where a well-known lab is, no part of its name
            break
    return start


def _campus_end(text: str, end: int) -> int:
    """Include a campus in brackets after a university: 中国地质大学（武汉）."""
    match = re.match(r"[（(]([\u4e00-\u9fff]{2,6})[)）]", text[end:])
    if match and match.group(1) in _place_scanner().entries:
        return end + match.end()
    return end


def suffix_candidates(text: str, words: list[tuple[int, int]]) -> list[Candidate]:
    found = []
    index = _suffix_index()
    rules = lexicon.institution_rules()
    skip_until = 0
    for i, ch in enumerate(text):
        if i < skip_until:
            continue
        for suffix in index.get(ch, ()):
            if not text.startswith(suffix.text, i):
                continue
            end = i + len(suffix.text)
            if end < len(text) and ((text[end] in suffix.after_not and not text.startswith(suffix.after_not_except, end)) or text.startswith(suffix.after_not_words, end)):
                continue
            # A rejected suffix also rules out the shorter suffixes inside it.
            skip_until = end
            level_owned = False
            after = text[end:].lstrip("”\"")
            if any(after.startswith(w) for w in rules.programme_words) and not _a_computing_centres_project(text, i, suffix.text, after):
                break
            if suffix.specific == "centre" and _centre_facility_after(after):
                break  # 韶关数据中心|集群, 某数据中心(一期)项目: a facility, not an institution
            if _address_after().match(text, end):
                break  # 北京科学院南路6号: a street named after a body, in an address
            if suffix.type == "Company" and text[i - 1 : i] in "）)" and (glossed := _glossed_before(text, i, words)) is not None:
                found.append(Candidate(glossed[0], glossed[1], "Company", "suffix", 6 + len(suffix.text), "", (("suffix_start", glossed[1]),)))
                break  # 谷歌（Google）公司: the company is the name before its gloss, the gloss its other name
            if suffix.specific == "place":
                start = _place_ending_at(text, i)
                level_owned = start is None
                if start is None:
                    start = _level_owner_start(text, i, suffix)
                if start is None and suffix.type == "GovernmentBody" and _level_government_owner().fullmatch(suffix.text) and _level_begins_word(text, i):
                    start = i  # 市委|政策研究室: the level's committee with an office of its own (bare, level_bodies refuses it below)
                if start is None:
                    if suffix.yields:
                        skip_until = i + 1  # 某研究院强磁场|科学中心: no place's museum; 中心 may still end a centre's name
                    break
                if suffix.type == "GovernmentBody":
                    start = _with_province_and_party(text, start)  # 江西省赣州市委, 中共上海市委
            elif suffix.specific == "factory" and (digits := re.search(r"(?<![0-9])[0-9]{2,4}$", text[max(0, i - 4) : i])):
                start = i - len(digits.group())  # 738厂: a factory named by its number
            else:
                start = left_boundary(text, i, words)
                while start < i and (text[start].isspace() or text[start] in _CLOSING_MARKS):
                    start += 1  # （1）美国…研究所: a list mark's closing bracket is not part of the name
                start = _strip_leading(text, start, i)
                glossed = _LATIN_ABBREVIATION.match(text, end) is not None or _FOUNDING_YEAR.match(text, end) is not None  # 金融担保保险公司（FGIC）, 科学研究高等理事会（1954年）: announced as a name
                stripped = _strip_country(text, start, i, suffix.type)
                if stripped > start and suffix.type != "GovernmentBody" and _type_by_field(text[stripped:i], suffix) == "GovernmentBody":
                    stripped = start  # 韩国|科学与工程基金会: a state's science foundation, its country part of its name as a body's is
                if not (glossed and (suffix.type == "Company" or (stripped > start and _specific_is_generic(text[stripped:i])))):
                    start = stripped  # 泰国科技研究所（TISTR）: the country is part of a glossed name that is generic without it
                start = _without_own_country(text, start, i, end, suffix.type)
                start = _past_open_bracket(text, start, i)
                while start < i and text[start].isspace():
                    start += 1
                if (mark := _LIST_MARK.match(text, start)) is not None and mark.end() < i:
                    start = mark.end()  # （一）北京中关村…示范区: a heading's or an item's number is no part of the name
                start = _field_list_start(text, start, i, words)
                if suffix.type == "University":
                    start = _after_acting_owner(text, start, i, end)
                start = _eponym_start(text, start, i, words)
                start = _known_name_across(text, start, i)
                start = _known_name_after_places(text, start, end, words)
                if text[start] in _one_char_stops() and text[start + 1 : end] in _org_scanner().entries:
                    start += 1  # 其中|以理|化学研究所: the segmentation glued a preposition to a known name
                if start < i and text[start - 1 : start + 1] in _split_stop_words():
                    start += 1  # 其|中国开金融有限责任公司: the segmentation read a stop word's last character into the name
                specific = text[start:i]
                if start > 0 and text[start - 1].isdigit() and text.startswith(_units_after_a_number(), start):
                    break  # 华为2012|实验室中央研究院: a unit word after a number begins no name (2012实验室 is the lab's)
                if rules.counted_kind.search(specific) and not glossed:
                    break  # 华为、中兴|两家|公司, 清华大学、北京大学|两所|大学: the suffix counts the names listed, it ends none
                if glossed and any(start <= m.end() <= start + 1 for m in _rule_pattern("counted_many").finditer(text, max(0, start - 8), start + 1)) and not _holds_known_name(specific.strip()) and not any(_is_verb_tag(word_tags().get(specific[a:b], "n")) for a, b in words_of(specific)):
                    break  # 15个|政策研究中心（PolicyCenters）: a kind counted by more than one, its English word glossed
                if _EXEMPLIFIED.match(text, end) and not glossed:
                    break  # 一是专题政策研究中心，如…: a kind, named by the examples that follow
                if rules.counted_after.match(text, end) and not glossed:
                    break  # 国家重点实验室1个、教育部工程研究中心1个: a kind, counted
                if (rules.counted_great.match(specific) or rules.counted_great.match(specific[_place_prefix(specific) :])) and not glossed:
                    break  # 四大工学院, 粤港澳大湾区|三大国际科技创新中心: the label of a group, not a name
                if specific.startswith(rules_toml_list("goal_modifiers")) and text[max(0, start - 6) : start].endswith(rules_toml_list("goal_verbs")) and not glossed:
                    break  # 成为|世界级光子科学研究中心, 打造|国际一流…研究院: what a place is to become, no body
                if any(w in specific for w in rules_toml_list("rank_words_inside")) and not glossed:
                    break  # 中国首个纯商业运营超算中心: the first of a kind, described, no name
                if _counted_places_class(text, start, specific, rules) and not glossed:
                    break  # 7个|湖北实验室, 七大|湖北实验室: a place's class of labs, counted
                if suffix.text in rules_toml_list("place_class_suffixes") and (owned := _without_generic_modifiers(specific.strip())) and (place := _place_prefix(owned)) and owned[place:] in rules_toml_list("place_class_levels") and not glossed:
                    break  # 浙江省实验室, 湖北实验室, 广东省级实验室: a province's system of labs, not one (之江实验室 is one)
                if rules.counted_great_end.search(specific + ("大" if suffix.text == "大学" and text.startswith("院", end) else "")) and not glossed:
                    break  # 工、农两学院, 北车两大集团公司, 三大|学院: the count of the names listed before it
                if _kinds_joined(specific, suffix.type):
                    break  # 石油和制药公司, 政府部门和保险公司: kinds joined by 和, not a name
                if _names_a_kind_of(specific, suffix.type):
                    break  # 研究型大学, 亚太地区创业型大学: a kind of university
                if _owners_kind(specific):
                    break  # 中国科学院不少|研究所, 中科院相关|研究所: some of the owner's units, not one
                level = _level_government_owner().match(specific) if suffix.type == "GovernmentBody" else None
                level_unit = level is not None and _level_begins_word(text, start) and (level.end() == len(specific) or _names_a_local_unit(specific, True))
                if level_unit and not level_body().match(text[start:end]):
                    pass  # 省|教育厅, 市委|组织部, 市委政策|研究室: the report's own province's or city's unit, its level for the place
                elif specific in rules_toml_list("level_academy_owners") and suffix.text in rules_toml_list("level_academy_suffixes") and _level_begins_word(text, start):
                    level_owned = True  # 省|科学院, 市|科学院: the report's own province's or city's academy of sciences
                elif (_specific_is_generic(specific) and not announced_by_abbreviation(text, end, specific) and not state_collection(text, start, i)) or (
                    (_described_kind(text, start, specific, suffix) and not glossed and not (suffix.specific == "centre" and _a_citys_branch_after(text, end)))
                    or _an_organisations_kind(specific, suffix)
                    or (_a_class_of_centres(specific, suffix) and not _a_citys_branch_after(text, end))
                ):
                    break  # 组建的超传输技术联盟（HTC）, 国家科研中心（CNRS，1939年）: a name glossed by its abbreviation is one however described or generic
                if suffix.type in ("Fund", "Company", "Park") and word_tags().get(specific, "").startswith("v") and specific not in _org_scanner().entries:
                    break  # 引导|基金, 投资|公司: a verb before the suffix; not a well-known name the dictionary reads as one (联想|公司)
                if suffix.specific == "field" and _is_place_name(specific) and not (suffix.type == "NationalLab" and _a_citys_name(specific)):
                    break  # 美国国家实验室: a country's labs; 广州国家实验室 is the city's one lab
                if suffix.specific == "proper" and not glossed and (_only_industry_words(specific) or _act_on_a_kind(specific) or (suffix.type == "Company" and suffix.text != "集团" and _a_citys_kind_of_company(specific))):
                    break
                if suffix.specific == "owned" and not glossed and not (_place_prefix(specific.strip()) or known_org_end(text, start, i) is not None):
                    break  # 产品质量检验所: a kind of inspection institute, named by no place nor owner
                if suffix.specific == "centre" and not glossed and not _names_a_centre(specific):
                    national = specific.rfind(_NATIONAL)
                    if national <= 0 or not _names_a_centre(specific[national:]) or all(a != start + national for a, _ in words):
                        break  # 小天体中心（MPC）: a centre glossed by its abbreviation is announced as a name
                    start, specific = start + national, specific[national:]  # 传送到|国家卫星气象中心: a national centre begins at 国家
                if glossed and suffix.specific in ("glossed", "local", "centre"):
                    start += _after_predicate(specific)  # 在能源部内创建一个类似|高级研究计划署（DARPA）
                    specific = text[start:i]
                if suffix.specific == "glossed" and not (glossed and len(specific.strip()) >= 3 and not _ends_in_technology(specific + suffix.text)):
                    break  # 空间任务规划建议组（SMPAG）, 国际小行星预警网（IAWN）; not 工作组, 物联网（IoT）
                if suffix.specific == "local" and not glossed and not _names_a_local_unit(specific, _level_begins_word(text, start)):
                    break  # the rule reads a bureau only with its place; the model may read others (科学研究与发展局)
                if suffix.specific == "investor":  # the investor's name is the word right before 资本 (引入|同华|资本)
                    last = ([specific[a:b] for a, b in words_of(specific)] or [""])[-1]
                    if not _investor_name(last):
                        break
                    start = i - len(last)
                elif _refuses_specific(suffix.specific, specific):
                    break
            if suffix.type == "University":
                end = _department_end(text, _campus_end(text, _branch_end(text, end, words)), words)  # 加州大学圣克鲁兹分校
            elif suffix.type == "GovernmentBody":
                if (unit := _body_unit_end(text, end, words)) > end:
                    found.append(Candidate(start, unit, _body_unit_type(text[end:unit]), "suffix", 6 + len(suffix.text), "", (("suffix_start", i),)))
                    break  # 中国气象局|发展规划院: the body's own institute, named with it
                end = _office_end(text, end, words)
            elif suffix.type in ("ResearchInstitute", "Company", "OtherOrganization", "EngineeringCenter", "StateKeyLab", "NationalEngineeringLab", "NationalLab", "Park"):
                end = _branch_end(text, end, words)  # 国家工业互联网研究院湖北分院, …公司北京分公司, …研究中心深圳分中心
            elif suffix.type == "Fund":
                end = _tranche_end(text, end)  # 某某产业投资基金|二期: the fund's second tranche, a fund of its own
            if suffix.type == "GovernmentBody" and ((level_body().match(text[start:end].strip()) and (not _level_begins_word(text, start) or _EACH_IN_CLAUSE.search(text, max(0, start - 12), start))) or _each_level().search(text, max(0, start - 4), start) or after_listed_levels(text, start)):
                break  # 各省、自治区、直辖市人民政府, 各省|统计局, 各省|市统计局, 有关省、自治区、|直辖市科技厅: a level's bodies, not one
            if text[start:end] in _place_scanner().entries:
                break  # 七国集团: a grouping of countries, written as a place, whatever its ending
            board = next((b for b in _owned_boards() if text.endswith(b, start, end)), None)
            if board is not None and _ends_with_suffix(_BRACKETED_TAIL.sub("", text[start : end - len(board)])):
                break  # 华盛顿大学|理事会, 某某国家重点实验室|学术委员会: the board of the body named before it, not a body of its own
            attrs = (("suffix_start", i),) + ((("level_owner", True),) if level_owned else ())
            found.append(Candidate(start, end, _type_by_field(text[start:i], suffix), "suffix", 6 + len(suffix.text), "", attrs))
            break
    return found


@lru_cache(maxsize=1)
def _owner_units() -> tuple[str, ...]:
    """The unit words that end an institution's name before a university's: the unit endings of two
    characters or more (not 会 of 一方面会) and the institutes' own (研究院, 实验室)."""
    rules = lexicon.institution_rules()
    return tuple(u for u in rules.unit_endings if len(u) >= 2) + tuple(lexicon.rules_toml("institutions.toml")["institute_endings"])


def _after_acting_owner(text: str, start: int, suffix_start: int, suffix_end: int) -> int:
    """Where a university's name begins when an institution's name and other words come before a
    well-known university's (复旦发展研究院充分发挥|复旦大学): at the well-known name, else `start`."""
    units = _owner_units()
    orgs = _org_scanner().entries
    after_unit = False
    for a, b in ((start + a, start + b) for a, b in words_of(text[start:suffix_start])):
        if after_unit and text[a:suffix_end] in orgs:
            return a
        if text[a:b].endswith(units):
            after_unit = True
    return start


def _glossed_before(text: str, i: int, words) -> tuple[int, int] | None:
    """(start, end) of the name written before a bracketed gloss that a company's suffix at `i` follows
    (谷歌（Google）公司, Facebook（脸书）公司), or None when the brackets hold more than a short name."""
    close = i - 1
    open_ = max(text.rfind("（", max(0, close - 24), close), text.rfind("(", max(0, close - 24), close))
    if open_ <= 0 or not _SHORT_GLOSS.fullmatch(text, open_ + 1, close):
        return None
    rules = lexicon.institution_rules()
    inside = text[open_ + 1 : close]
    if inside in _place_scanner().entries or inside in rules.legal_name_brackets:
        return None  # 腾讯科技（深圳）有限公司, 南京钢铁（集团）股份有限公司: the brackets are part of the company's legal name, no gloss
    if text.startswith(rules.legal_forms, i) and re.fullmatch(rules.legal_form_bracketed_place, inside):
        return None  # 景旺电子科技(龙川)有限公司: a county the place list lacks, inside the legal name
    start = _strip_leading(text, left_boundary(text, open_, words), open_)
    start = _strip_country(text, start, open_, "Company")
    name = text[start:open_].strip()
    if len(name) < 2 or _specific_is_generic(name) or _only_industry_words(name):
        return None
    return start + (len(text[start:open_]) - len(text[start:open_].lstrip())), open_


_SHORT_GLOSS = re.compile(r"[A-Za-z][A-Za-z0-9&.\- ]{0,20}|[一-鿿]{2,8}")
_FOUNDING_YEAR = re.compile(r"[（(]\s*(?:1[6-9]|20)[0-9]{2}\s*年?\s*[）)]")  # 工业与研究部（1974年）: a body listed with the year it was founded
_LATIN_ABBREVIATION = re.compile(r"\s*[（(]\s*[A-Z][A-Za-z0-9&\-]{1,12}\s*[）)，,、；;]")  # （OSRD）, （AEC，能源部的前身）


def announced_by_abbreviation(text: str, end: int, specific: str) -> bool:
    """Whether a name ending at `end` is announced by its Latin abbreviation in brackets (国家科研中心（CNRS，…）):
    then it is a name however generic the words before its suffix, if there are two characters of them.
    Read by the rule layer and where the model layer refuses generic heads."""
    return _LATIN_ABBREVIATION.match(text, end) is not None and len(specific.strip()) >= 2


_CLOSING_MARKS = frozenset("）)】］]」』》”’、，,；;：:。.")


def _eponym_start(text: str, start: int, i: int, words) -> int:
    """Where a name begins that is named after a person written with a middle dot (彼得·莫克|自由企业
    教育中心): at the person's name when only nouns lie between it and the suffix at `i`, else `start`."""
    eponym = next(reversed(list(_EPONYM.finditer(text, max(0, start - 16), start))), None)
    if eponym is None or any(not _CJK.match(ch) for ch in text[eponym.end() : i]):
        return start
    after_dot = eponym.start() + max(eponym.group().rfind(d) for d in _PERSON_DOTS) + 1
    between = [text[a:b] for a, b in words if after_dot <= a and b <= i]
    tags = [word_tags().get(w, "n") for w in between]
    if any(t in _not_in_name_tags() or (_is_verb_tag(t) and k < len(tags) - 1) for k, t in enumerate(tags)) or any((_is_verb_tag(t) or w in _owner_words()) and w in lexicon.institution_rules().stop_words for w, t in zip(between, tags)):
        return start  # 彼得·莫克|在|…中心, 李·汉密尔顿|担任|中心主任, 埃隆·马斯克|旗下|…公司; a verb right before the suffix names the field (…教育提升中心)
    return eponym.start()


@lru_cache(maxsize=1)
def _owner_words() -> frozenset[str]:
    """旗下, 下属: the words after an owner that a unit's name follows (`unit_of` in institutions.toml)."""
    return frozenset(lexicon.institution_rules().unit_of)


def _is_verb_tag(tag: str) -> bool:
    """Whether a jieba tag is a verb's, a verbal noun's (vn: 教育, 服务) aside."""
    return tag.startswith("v") and tag != "vn"


@lru_cache(maxsize=1)
def _not_in_name_tags() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("institutions.toml")["not_in_name_tags"])


_EPONYM = re.compile(rf"[\u4e00-\u9fff]{{1,6}}(?:[{_PERSON_DOTS}][\u4e00-\u9fff]{{1,8}})+")  # a transliterated person's name: 彼得·莫克


def _holds_an_organisation(words: str) -> bool:
    """Whether words hold a well-known organisation's name of two characters or more (上海|清华), not only places and zones
    (上海|张江|综合性国家科学中心 is a zone's designation)."""
    orgs = _org_scanner().entries
    return any(any(o.type != "Park" for o in orgs.get(words[i:j], ())) for i in range(len(words)) for j in range(i + 2, len(words) + 1))


def _names_a_centre(specific: str) -> bool:
    """Whether the words before 中心 name a working centre: a place, a well-known organisation or a
    parent university or institute (德克萨斯大学|安德森癌症中心), and a field right before 中心 or
    before the city that ends the name (国家超级计算济南中心)."""
    rules = lexicon.institution_rules()
    name = specific.strip()
    status = next((w for w in rules.centre_not_after if name.endswith(w)), None)
    owned = status is not None and _holds_an_organisation(name[: -len(status)])  # 上海|清华|国际创新中心: a university's centre, named so
    if not name or (status is not None and not owned and not (_centre_of_a_field(name[: -len(status)]) or _names_a_technology_centre(name[: -len(status)]))):
        return False  # 北京国际科技创新中心 is a city's status; 广东省半导体产业联合创新中心, 国家集成电路创新中心 are centres
    if status is not None:
        return True
    parts = re.split(f"[{_PERSON_DOTS}]", name)
    if _EPONYM.match(name) is not None and (len(parts[-1]) >= 4 or (len(parts) >= 3 and _EPONYM.fullmatch(name) is not None)):
        return True  # a centre named after a person (芭芭拉·米切尔教育提升中心, 约翰·冯·诺依曼中心) is a name whatever its field
    computing = next((w for w in rules_toml_list("computing_centre_fields") if name.endswith(w)), None)
    patron = name[: -len(computing)] if computing else ""
    if len(patron) >= 2 and (_place_prefix(patron) or (len(patron) >= 3 and all(ch in _transliteration_chars() for ch in patron))) and not any(
        w in patron for w in rules_toml_list("computing_centre_kinds")
    ):
        return True  # 莱布尼茨|超算中心, 无锡滨湖|超算中心: a computing centre named by its patron or its city
    places = _place_scanner().entries
    parents = lexicon.rules_toml("institutions.toml")["centre_parent_units"]
    owner = _holds_known_word(name) or any(0 < name.find(u) and len(name) - name.find(u) - len(u) >= 2 for u in parents)
    core = name
    city = next((name[-n:] for n in range(min(len(name) - 2, 6), 1, -1) if name[-n:] in places), None)
    region = next((w for w in rules_toml_list("centre_region_words") if name.endswith(w) and len(name) > len(w) + 2), None)
    if city:
        core = name[: -len(city)]
    elif region:
        core = name[: -len(region)]  # 国家技术转移|中部|中心: a national centre for a region, named by it
    if core.endswith(tuple(lexicon.rules_toml("institutions.toml")["organisation_centre_fields"])) and not _holds_an_organisation(core):
        return False  # 上海科创中心: a city's status; 浙江大学杭州国际科创中心 is the university's
    return (owner or name.startswith("国家")) and (core.endswith(rules.centre_fields) or (owner and _ends_in_technology(core) and not core.endswith(tuple(lexicon.rules_toml("institutions.toml")["centre_facility_technologies"]))))  # 美国国防部联合|人工智能|中心: a technology is a field too (not 华为大|数据中心, a facility)


@lru_cache(maxsize=1)
def _counted_within() -> re.Pattern[str]:
    """`counted_kind` anywhere, not only right before the name."""
    pattern = lexicon.institution_rules().counted_kind.pattern
    return re.compile(pattern.removesuffix("$").removesuffix("\\s*"))


def _known_org_spans(name: str) -> list[tuple[int, int]]:
    """(start, end) of every well-known organisation's name (two to eleven characters) inside `name`."""
    orgs = _org_scanner().entries
    return [(j, j + n) for j in range(len(name)) for n in range(2, min(12, len(name) - j) + 1) if name[j : j + n] in orgs]


@lru_cache(maxsize=1)
def _owner_kind_words() -> tuple[str, ...]:
    """`owner_kind_words` of institutions.toml, longest first."""
    return tuple(sorted(lexicon.rules_toml("institutions.toml")["owner_kind_words"], key=len, reverse=True))


def _owners_kind(specific: str) -> bool:
    """Whether the words before a suffix are a well-known owner's name and words of quantity only
    (`owner_kind_words`: 中国科学院|不少, 中科院|相关): some of the owner's units. The owner alone before the
    suffix names one (腾讯研究院), and so does the owner with a field (杜克大学|医|学院, 麦肯锡|全球|研究院)."""
    name = specific.strip()
    owner = max((e for _, e in _known_org_spans(name)), default=0)
    rest = name[owner:]  # after the last well-known name: the words before it may be a verb the model trims (组织|中科院…)
    words = _owner_kind_words()
    while rest and (word := next((w for w in words if rest.startswith(w)), None)) is not None:
        rest = rest[len(word) :]
    return owner > 0 and rest == "" and name[owner:] != ""


def _described_kind(text: str, start: int, specific: str, suffix) -> bool:
    """Whether the words before a suffix, starting at `start`, describe a kind rather than name one
    organisation: a person's lab (…院士…实验室), or words that no place, organisation or Latin name
    owns after a count (3个) or, for the suffixes of `described_types`, after 的 that follows no
    organisation or place (国际一流的工业研究院; not 总规模50亿元的…产业发展基金, a fund being set up,
    nor a national lab named by its field: 正在争创的量子信息科学国家实验室)."""
    rules = lexicon.institution_rules()
    if suffix.specific in ("zone", "designated_zone", "field"):
        return False
    if any(role in specific.replace(rules.postdoctoral, "") for role in rules.roles_in_name):
        return True  # not 博士后 (全国博士后管理委员会: the postdoctoral system's body)
    name = specific.strip()
    if any(not _CJK.match(ch) for ch in name) or _holds_known_name(name):
        return False
    before = text[max(0, start - 8) : start]
    if rules.counted_kind.search(before) or any(m.end() > start for m in _counted_within().finditer(text, max(0, start - 4), start + len(specific))):
        return True  # the words before the suffix may hold the count or its classifier (3|个农业…, 国内首个互联网…)
    if not before.endswith("的") or suffix.type not in rules.described_types:
        return False
    if name.startswith(_NATIONAL) and len(name) >= len(_NATIONAL) + 2:
        return False  # 行业唯一的|国家聚氨酯工程技术研究中心: the state's centre of a field, named so whatever describes it
    if word_tags().get(name, "")[:2] in ("nr", "ns", "nz", "nt"):
        return False  # …方面有显著优势的|阿里研究院, …问题的|凯南研究所, 较大的|中央党校图书馆: a proper name, not a description
    if len(name) >= 2 and name not in word_tags() and len(words_of(name)) == 1:
        return False  # 文翰湖畔的|季华实验室: one word the dictionary lacks, a proper name
    stem = text[max(0, start - 17) : start - 1]
    if stem.endswith(rules.unit_of):
        return False  # 某机构下属的社会技术研究开发中心: the unit of what precedes
    counties = lexicon.county_prefectures()  # 北京市海淀区的某研究院: one institute of that district, not a kind
    return not (any(_known_name(stem[-k:]) or stem[-k:] in counties for k in range(2, len(stem) + 1)) or _ends_with_suffix(stem))


def _refuses_specific(kind: str, specific: str) -> bool:
    """Whether the words before a suffix whose `specific` rule (institutions.toml) is `kind` name no one
    organisation: a zone, a lab, a factory or an investor that no place, organisation or proper name owns.
    Read where the rules find the name and again where the model trims its left edge."""
    check = _OWNED_BY.get(kind)
    return check is not None and not check(specific)


def _names_a_factory(specific: str) -> bool:
    """Whether the words before 厂 name one factory: its number (738), or a place's or an organisation's
    name with more after the owner's name (北京有线电, 上海无线电十三)."""
    name = specific.strip()
    if name.isdigit():
        return True
    places, orgs = _place_scanner().entries, _org_scanner().entries
    owner = next((name[:n] for n in range(min(len(name), 8), 1, -1) if name[:n] in places or name[:n] in orgs), "")
    return bool(owner) and len(name) - len(owner) >= 2 and name[-1] not in lexicon.rules_toml("institutions.toml")["factory_acts"]  # 在中国台湾|建厂: an act


def _investor_name(specific: str) -> bool:
    """Whether the words before 资本 are an investor's proper name (同华): two to four Chinese characters
    the dictionary knows only as a name, or not at all."""
    name = specific.strip()
    if not (2 <= len(name) <= 4 and all(_CJK.match(ch) for ch in name)):
        return False
    words = [name[s:e] for s, e in words_of(name)]
    return len(words) == 1 and word_tags().get(name, "nz")[:2] in ("nr", "ns", "nz", "nt")


def _one_common_noun(specific: str) -> bool:
    """Whether the words before a suffix are one common noun of the dictionary (样品 of 样品实验室): a kind, not a name."""
    rest = specific.strip()
    for modifier in lexicon.institution_rules().generic_modifiers_longest:
        if rest.startswith(modifier) and len(rest) > len(modifier):
            rest = rest[len(modifier) :]
            break
    return word_tags().get(rest, "") in ("n", "vn", "an")


def _names_a_zone(specific: str) -> bool:
    """Whether the words before 开发区 / 高新区 / 新区 / 示范区 name one zone: a city's, a county's or
    a proper name's (东湖高新区), not a province's or a region's zones, a kind of zone, or many."""
    rules = lexicon.institution_rules()
    name = specific.strip()
    if any(word in name for word in rules.zone_collective):
        return False
    rest = name
    while rest and (word := next((w for w in rules.zone_types if rest.endswith(w)), None)):
        rest = rest[: -len(word)]
    if not rest or _specific_is_generic(rest) or _only_industry_words(rest):
        return False
    entries = _place_scanner().entries
    owner = next((rest[-n:] for n in range(min(len(rest), 8), 1, -1) if rest[-n:] in entries), "")
    return not owner or not all(p.kind in ("province", "region", "country") for p in entries[owner])


def _names_a_designated_zone(specific: str) -> bool:
    """Whether the words before 示范区 name one: they begin with the zone's place (not a country's), a proper word or a
    well-known organisation (中关村国家自主创新示范区, 杨凌农业高新技术产业示范区, 山东半岛国家自主创新示范区); a goal
    or a sector made a 示范区 is a designation, no zone (共同富裕示范区, 农业现代化示范区, 中国特色社会主义先行示范区)."""
    name = specific.strip()
    # the first place or well-known name within the words the name's left edge has yet to lose (发挥好|山东半岛…)
    owners = [hit for hit in (next(_place_scanner().scan(name), None), next(_org_scanner().scan(name), None)) if hit is not None and hit[0] < 6]
    if owners:
        _, _, _, found = min(owners, key=lambda hit: (hit[0], -hit[1]))
        if all(getattr(x, "kind", None) == "country" for x in found):
            return False  # 中国特色社会主义先行示范区: a country's designation (a well-known organisation has no kind)
        return _names_a_zone(specific)  # 山东半岛国家自主创新示范区: a region's zone is named so too
    first = next((name[a:b] for a, b in words_of(name)), "")
    tag = word_tags().get(first)
    proper = ((tag is None and len(first) >= 2) or (tag or "")[:2] in ("ns", "nr", "nz", "nt")) and first not in rules_toml_list("zone_slogans")  # 杨凌 (a word the dictionary lacks), 浦东; not 改革开放
    return proper and _names_a_zone(specific)


def _names_an_alliance(specific: str) -> bool:
    """Whether the words before 联盟 name one alliance: a Latin-script name (AVS产业联盟), a place's or an
    organisation's name followed by no describing word (深圳市医疗器械行业专利联盟, not 北京典型专利联盟),
    or a field of its own (中国彩电专利联盟, 工业机器人专利联盟); not a kind: only the words of an
    alliance's kind (专利联盟, 产业技术创新战略联盟), describing words (国内专利联盟) or a type (实体型联盟)."""
    name = specific.strip()
    if re.search(r"[A-Za-z]", name):
        return True
    rules = lexicon.institution_rules()
    rest = name[_country_prefix(name) :]
    places, orgs = _place_scanner().entries, _org_scanner().entries
    owner = next((n for n in range(min(len(rest), 10), 1, -1) if rest[:n] in orgs or any(p.kind != "country" for p in places.get(rest[:n], ()))), 0)
    rest = rest[owner:]
    words = [rest[a:b] for a, b in words_of(rest)]
    describing = [(w in rules.generic_modifiers and w not in rules.alliance_kind_words) or (w.endswith("型") and all(x in rules.alliance_kind_words for x in words[k + 1 :])) for k, w in enumerate(words)]  # 实体型|联盟, 法人型专利|联盟; 服务型制造|联盟 names its field
    if (describing[:1] == [True]) if owner else any(describing):
        return False  # 北京|典型专利联盟, 国内专利联盟; 深圳市|医疗器械行业专利联盟 is the city's
    return bool(owner) or any(w not in rules.alliance_kind_words for w in words)


def _names_a_committee(specific: str) -> bool:
    """Whether the words before 党校 name the Party committee that runs it: (中共)中央, a place's 委
    (浙江省委, 中共广州市委) or the report's own level's (省委, 市); not 基层, 副省级 or a verb (服务党校)."""
    name = specific.strip()
    name = name[2:] if name.startswith("中共") else name
    return name == "中央" or (name.endswith("委") and _is_place_name(name[:-1])) or _level_government_owner().fullmatch(name) is not None  # 省委|党校, 市|党校: the report's own level


@lru_cache(maxsize=1)
def _technology_terms() -> frozenset[str]:
    return frozenset(n for t in lexicon.technologies() for n in (t.term, *t.aliases) if len(n) >= 3)


@cache
def _technology_words() -> frozenset[str]:
    """Every term and alias of the technology taxonomy, the two-character ones too (氢能, 量子)."""
    return frozenset(n for t in lexicon.technologies() for n in (t.term, *t.aliases) if len(n) >= 2)


def _ends_in_technology(name: str) -> bool:
    """Whether a name ends in a technology's term of three characters or more (工业互联网, 物联网)."""
    terms = _technology_terms()
    return any(name[k:] in terms for k in range(len(name) - 2))


@lru_cache(maxsize=1)
def _tranche() -> re.Pattern[str]:
    return re.compile(lexicon.rules_toml("institutions.toml")["fund_tranche"])


@lru_cache(maxsize=1)
def _brand_trades() -> tuple[str, ...]:
    return tuple(sorted(lexicon.rules_toml("institutions.toml")["brand_trades"], key=len, reverse=True))


def _brand_trade_end(text: str, end: int, doc: Doc) -> int:
    """Where a well-known company's business named by its trade word ends (京东|商城); `end` when none follows, or where
    the word runs on into another (腾讯|网络安全) or a legal tail follows (the suffix rules read that whole name)."""
    trade = next((w for w in _brand_trades() if text.startswith(w, end)), None)
    if trade is None:
        return end
    after = end + len(trade)
    if after < len(text) and _CJK.match(text[after]) and (after not in doc.user_data["word_ends"] or text.startswith(("公司", "有限", "股份", "集团"), after)):
        return end
    following = _indexed(doc.user_data["words"]).at_start.get(after)
    if following is not None and word_tags().get(text[after:following]) == "vn":
        return end  # 百度|网络|检索: the trade word of an activity, no company
    if following is not None and text[after:following] in rules_toml_list("brand_trade_not_before"):
        return end  # 国家电投|科技|水平, 国家电网公司|科技|创新: the company's science, what it has, no company of its trade
    return after


def _investor_ending(text: str, end: int, words) -> str:
    """The investor's word written right after a known name, a word of its own there (高瓴|创投; not 资本开支), or ""."""
    m = _rule_pattern("known_investor_ending").match(text, end)
    return m.group() if m is not None and _indexed(words).at_start.get(end) == m.end() else ""


def _tranche_end(text: str, end: int) -> int:
    """Where a fund's name ends when its tranche follows it (…基金|三期); `end` when none does."""
    m = _tranche().match(text, end)
    return m.end() if m else end


@lru_cache(maxsize=1)
def _units_after_a_number() -> tuple[str, ...]:
    return tuple(lexicon.rules_toml("institutions.toml")["units_after_a_number"])


@lru_cache(maxsize=1)
def _split_stop_words() -> frozenset[str]:
    """Two-character stop words whose second character the segmentation may read into the next name (其中|国…)."""
    return frozenset(lexicon.rules_toml("institutions.toml")["split_stop_words"])


@lru_cache(maxsize=1)
def _one_char_stops() -> frozenset[str]:
    return frozenset(w for w in lexicon.institution_rules().stop_words if len(w) == 1)


_PREDICATE_TAGS = ("v", "m", "r", "d", "u")


def _after_predicate(specific: str) -> int:
    """Where a name announced by its gloss begins in the words before its suffix: after the last verb,
    numeral, pronoun, adverb or particle (创建|一个|类似|高级研究计划署) that two words of the name follow."""
    tags = word_tags()
    pieces = words_of(specific)
    cut = 0
    for a, b in pieces[:-2]:  # the two words before the suffix are the name's field (繁荣创新中心)
        tag = tags.get(specific[a:b], "")
        if tag.startswith(_PREDICATE_TAGS) and tag != "vn":
            cut = b
    return cut


_LOCAL_OWNERS = ("city", "province", "prefecture", "county", "country")


def _names_a_local_unit(specific: str, level_owned: bool = False) -> bool:
    """Whether the words before a local unit's suffix (局) name one unit: a place (`_LOCAL_OWNERS`) and its field of two characters or more, ending in a word of two (广东省|药监局); not a common
    word that ends in the suffix (中国|布局, 美国当局), a predicate (某市|建设局) or a place alone. Where the level
    begins a word (`level_owned`), the report's own province's or city's level stands for the place (省|教育厅,
    市委|宣传部: `level_government_owner`); fields may be joined (人力资源和社会保障局)."""
    name = specific.strip()
    places = _place_scanner().entries
    owner = next((n for n in range(min(len(name), 8), 1, -1) if any(p.kind in _LOCAL_OWNERS for p in places.get(name[:n], ()))), 0)
    if not owner and level_owned and (level := _level_government_owner().match(name)):
        owner = level.end()
    state = next((w for w in lexicon.rules_toml("institutions.toml")["state_level_owner"] if name.startswith(w)), "")
    if not owner and state and len(name) - len(state) >= 2:
        owner = len(state)  # 国家|标准局, 中央|气象局: the state's bureau of a field
    rest = name[owner:]
    if not owner or len(rest) < 2 or not all(_CJK.match(ch) for ch in rest) or _specific_is_generic(rest):
        return False
    words = [rest[a:b] for a, b in words_of(rest)]
    tags = word_tags()
    function_word = [tags.get(w, "").startswith(("p", "u", "r", "m", "d")) or (tags.get(w, "").startswith("c") and k in (0, len(words) - 1)) for k, w in enumerate(words)]
    acts = tags.get(words[0], "").startswith("v") and tags.get(words[0], "") != "vn"  # a verb after the place is its predicate
    return len(words[-1]) >= 2 and not acts and not any(function_word)


@lru_cache(maxsize=1)
def _level_government_owner() -> re.Pattern[str]:
    """A level and its government or committee at a name's start (省|, 市委|, 市政府|): `level_government_owner`."""
    return re.compile(lexicon.rules_toml("institutions.toml")["level_government_owner"])


_EACH_IN_CLAUSE = re.compile(r"各[^，。；,;\n]{0,10}$")  # 各省、自治区、|直辖市人民政府: every level's body, a list after 各


def _level_begins_word(text: str, start: int) -> bool:
    """Whether a level written at `start` begins a word (after no character, a mark, or `level_owner_after`)."""
    before = text[start - 1 : start]
    return not before or not _CJK.match(before) or before in lexicon.rules_toml("institutions.toml")["level_owner_after"] or text.endswith(_acting_with()[0], 0, start)


def _names_a_department(specific: str) -> bool:
    """Whether the words before 系 name a university department by its discipline (化学工程|系, 计算机|系,
    物理学|系), not a word that ends in 系 (体|系, 关|系)."""
    name = specific.strip()
    endings = tuple(lexicon.rules_toml("institutions.toml")["discipline_endings"])
    return len(name) >= 2 and all(_CJK.match(ch) or ch in "与和及、" for ch in name) and name.endswith(endings)


def _names_a_technology_centre(specific: str) -> bool:
    """Whether the words before a centre's status word (创新中心) are 国家 and a technology of the
    taxonomy, give or take a couple of characters (国家集成电路, 国家智能传感器; not 国家技术), or 国家 and field words of their own
    (国家数字化设计与制造, 国家高速列车技术; `technology_centre_openers` and `technology_centre_classes` in institutions.toml)."""
    rules = lexicon.rules_toml("institutions.toml")
    opener, extra = rules["technology_centre_opener"], rules["technology_centre_extra"]
    name = specific.strip()
    if not name.startswith(opener):
        return False
    rest = name[len(opener) :]
    if any(t in rest and len(rest) - len(t) <= extra for t in _technology_terms()):
        return True
    rest = name[len(next(o for o in rules["technology_centre_openers"] if name.startswith(o))) :]
    rest = rest.removesuffix("技术") if len(rest) > 4 else rest
    low, high = rules["technology_centre_field_chars"]
    parts = re.split("[与及和]", rest)
    if not low <= len(rest) <= high or rest in rules["technology_centre_classes"] or any(len(p) < 2 for p in parts):
        return False
    stops = set(rules["stop_words"])
    return all(_CJK.match(ch) for ch in rest) and not _place_prefix(rest) and not any(
        w in stops or word_tags().get(w, "n")[:1] in "pcrmqu" for p in parts for a, b in words_of(p) for w in [p[a:b]]
    )  # 国家|数字化设计与制造|创新中心: fields of its own


def _names_an_international_body(specific: str) -> bool:
    """Whether the words before 组织 name one international organisation: an opener of
    `international_openers` and two characters or more of its own after it that are not a kind's
    words (欧洲安全与合作|组织; not 国际|组织, 国际非政府|组织)."""
    openers, kind_words = _international_rules()
    name = specific.strip()
    opener = next((o for o in openers if name.startswith(o)), None)
    if opener is None:
        return False
    rest = name[len(opener) :]
    return len(rest) >= 2 and rest not in kind_words


@lru_cache(maxsize=1)
def _international_rules() -> tuple[tuple[str, ...], frozenset[str]]:
    """`international_openers` (longest first) and `international_kind_words` of institutions.toml."""
    rules = lexicon.rules_toml("institutions.toml")
    return tuple(sorted(rules["international_openers"], key=len, reverse=True)), frozenset(rules["international_kind_words"])


@lru_cache(maxsize=1)
def _collection_rules() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`collection_kinds` (longest first) and `collection_openers` of institutions.toml."""
    rules = lexicon.rules_toml("institutions.toml")
    return tuple(sorted(rules["collection_kinds"], key=len, reverse=True)), tuple(rules["collection_openers"])


def _names_a_collection(specific: str) -> bool:
    """Whether the words before 图书馆, 档案馆 or 博物馆 name one: after an owning place's or organisation's
    name (a country's only with more words), words other than the kinds of library (`collection_kinds`:
    公共, 数字, 高校)."""
    name = specific.strip()
    kinds, openers = _collection_rules()
    places, orgs = _place_scanner().entries, _org_scanner().entries
    ends = {b for _, b in words_of(name)}
    tags = word_tags()
    owner = next((name[:n] for n in range(min(len(name), 8), 1, -1) if (name[:n] in places or name[:n] in orgs or tags.get(name[:n], "").startswith("nt")) and n in ends), "")
    rest = name[len(owner) :]
    if not owner and _ends_with_suffix(rest):
        return False  # 基层党校|图书馆, 副省级党校|图书馆: the library of a kind of school
    while (kind := next((k for k in kinds if rest.startswith(k)), None)) is not None:
        rest = rest[len(kind) :]
    if not rest:
        country = owner and any(p.kind == "country" for p in places.get(owner, ()))
        return bool(owner) and not country and len(name) == len(owner)  # 上海图书馆; not 美国图书馆, 上海公共图书馆
    if owner:
        return True  # 英国|国家图书馆: an owner's words may be generic ones
    if name in openers or (len(rest) <= 3 and tags.get(rest, "nz")[:2] in ("nz", "ns", "nr", "nt", "m")):
        return True  # 国家博物馆, 首都博物馆: the state's or the capital's; 三星堆博物馆: a proper word of its own
    return (name.startswith(openers) or len(rest) >= 4) and not _specific_is_generic(rest)  # 国会图书馆, 基督教民主政治档案馆; not 历史档案馆


_COLLECTIONS = ("图书馆", "博物馆", "档案馆")


def state_collection(text: str, start: int, suffix_start: int) -> bool:
    """Whether a library, a museum or an archive is named by a state's word alone (国家图书馆, 国家博物馆, 中央档案馆, 首都博物馆:
    `collection_openers`), a name though its word is generic elsewhere."""
    return text.startswith(_COLLECTIONS, suffix_start) and text[start:suffix_start].strip() in _collection_rules()[1]


def _names_a_palace_museum(specific: str) -> bool:
    """Whether the words before 博物院 name one: any words of its own, two characters or more, not a kind's (故宫博物院,
    南京博物院; 博物院 is a name's word, not a kind's)."""
    kinds, _ = _collection_rules()
    name = specific.strip()
    return len(name) >= 2 and all(_CJK.match(ch) for ch in name) and name not in kinds and not _specific_is_generic(name)


def _names_a_commission(specific: str) -> bool:
    """Whether the words before 委员会 name one: not when they are only the words of a body's own committees'
    work (评估|委员会, 审计|委员会, 管理|委员会 under a zone's name: a unit the text's body has), `committee_functions`
    in institutions.toml."""
    words = [specific[a:b] for a, b in words_of(specific.strip())]
    return not words or not all(w in _committee_functions() for w in words)


@lru_cache(maxsize=1)
def _committee_functions() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("institutions.toml")["committee_functions"])


def _begins_with_city(specific: str) -> bool:
    """Whether the words before a suffix begin with a city's or a county's name and have words of their own after it
    (包头|金属深加工|园区)."""
    name = specific.strip()
    entries = _place_scanner().entries
    return any(len(name) - n >= 2 and any(p.kind == "city" for p in entries.get(name[:n], ())) for n in range(2, min(len(name), 6) + 1))


def _names_an_exchange(specific: str) -> bool:
    """Whether the words before 交易所 name one exchange: a place's name and the field it trades (湖南|大数据交易所,
    华中|大数据交易所, 上海|证券交易所), or a proper name; not a field alone (大数据交易所, 数据交易所: the kind)."""
    name = specific.strip()
    entries = _place_scanner().entries
    if any(len(name) > n and entries.get(name[:n]) for n in range(2, min(len(name) - 1, 6) + 1)):
        return True
    return not _only_industry_words(name) and not _act_on_a_kind(name)


_OWNED_BY = {
    "exchange": _names_an_exchange,
    "commission": _names_a_commission,
    "collection": _names_a_collection,
    "palace_museum": _names_a_palace_museum,
    "discipline": _names_a_department,
    "committee": _names_a_committee,
    "alliance": _names_an_alliance,
    "zone": _names_a_zone,
    "city_first": _begins_with_city,
    "designated_zone": _names_a_designated_zone,
    "named": lambda specific: not _one_common_noun(specific),
    "factory": _names_a_factory,
    "investor": _investor_name,
    "international": _names_an_international_body,
}


def _strip_leading(text: str, start: int, stop: int) -> int:
    """Drop leading qualifiers written against a name (市级 in 市级战略性新兴产业引导基金)."""
    changed = True
    while changed:
        changed = False
        for word in lexicon.institution_rules().leading_strip:
            if text.startswith(word, start) and start + len(word) < stop:
                start += len(word)
                changed = True
                break
    return start


_FACULTY = re.compile(r"[\u4e00-\u9fff]{1,2}学部")


def _faculty_end(text: str, end: int, words) -> int | None:
    """Where a faculty written against a university ends (东京大学|工学部, 北京大学|医学部), at a word boundary."""
    return _unit_end_at_word(_FACULTY.match(text, end), text, words)


def _unit_end_at_word(m: re.Match[str] | None, text: str, words) -> int | None:
    """The end of a unit matched right after its owner's name, where a word of the segmentation or the text's
    Chinese ends there (not 工学部|门 read across a word); None otherwise."""
    if m is None or (m.end() < len(text) and m.end() not in _indexed(words).at_start and _CJK.match(text[m.end()])):
        return None
    return m.end()


_ACADEMY_ENDINGS = ("科学院", "工程院")
_DIVISION = re.compile(r"(?:[\u4e00-\u9fff]{2,6}(?:[-－][\u4e00-\u9fff]{2,6})?)?学部")


def _division_end(text: str, end: int, words) -> int | None:
    """Where an academy's division written against it ends (中国科学院|学部, 俄罗斯科学院|物理学-数学学部), at a word
    boundary and not before 委员 (学部委员: a member's title)."""
    m = _DIVISION.match(text, end)
    if m is None or text.startswith("委员", m.end()):
        return None
    between = text[end : m.end() - 2]
    stops, (titles, _) = lexicon.institution_rules().stop_words, _title_stops()
    if any(between[a:b] in stops or between[a:b] in titles for a, b in words_of(between)):
        return None  # 中国科学院|院长担任|学部主任: a post and a verb, no division's name
    return _unit_end_at_word(m, text, words)


def _department_end(text: str, end: int, words: list[tuple[int, int]]) -> int:
    """A department written against its university belongs to the name: 牛津大学化学系."""
    e = _indexed(words).at_start.get(end)
    if e is not None and 2 <= e - end <= 6 and text[end:e].endswith("系"):
        return e
    if text.startswith("图书馆", end):
        return end + 3  # 华东师范大学图书馆
    if (faculty := _faculty_end(text, end, words)) is not None:
        return faculty  # 东京大学工学部, 北京大学医学部: a faculty written against its university
    return end


def _school_unit_end(text: str, end: int, words) -> int:
    """The end of a university's department or office written against it (南京大学|气象系, 四川大学|发展规划处, 复旦大学|人事处:
    `school_unit` in institutions.toml): nouns of its own name, then 系 or 处, at a word's end or before its head's title
    (规划处|处长); `end` otherwise (not 处长, 处理, 系统, 工科院系)."""
    m = _rule_pattern("school_unit").match(text, end)
    if m is None:
        return end
    unit, at_start = m.end() - 1, _indexed(words).at_start
    if m.end() < len(text) and m.end() not in at_start and _CJK.match(text[m.end()]) and not text.startswith(tuple(lexicon.rules_toml("institutions.toml")["school_unit_heads"]), m.end()):
        return end  # the segmentation reads the unit word into the next one
    tags, stops, pos = word_tags(), lexicon.institution_rules().stop_words, end
    while pos < unit:
        e = at_start.get(pos)
        tag = tags.get(text[pos:e], "n") if e is not None else ""
        if e is None or not _CJK.match(text[pos]) or text[pos:e] in stops or tag[:1] not in ("n", "v") or tag in ("v", "vd", "vi"):
            return end
        if e > unit:  # 气象系 read as one word
            return m.end() if e == m.end() else end
        pos = e
    return m.end() if pos == unit else end


def _library_end(text: str, end: int, words) -> int:
    """The end of a library or another hall written against its academy or university, with a few nouns of its own name
    between (中国科学院|国家科学|图书馆, 中国科学院|仪器馆: `academy_halls` in institutions.toml): the unit named last, and the
    name as one."""
    found = [(at, hall) for hall in rules_toml_list("academy_halls") if (at := text.find(hall, end, end + 6 + len(hall))) >= 0]
    if not found:
        return end
    at, hall = min(found)
    tags, at_start, stops, pos = word_tags(), _indexed(words).at_start, lexicon.institution_rules().stop_words, end
    while pos < at:
        e = at_start.get(pos)
        if e is None or e > at or not _CJK.match(text[pos]) or tags.get(text[pos:e], "n")[:1] != "n" or text[pos:e] in stops:
            return end
        pos = e
    return at + len(hall)


def _body_unit_end(text: str, end: int, words) -> int:
    """Where a government body's own centre, academy or institute written against its name ends (中国地震局|分析预报中心):
    `body_unit_*` in institutions.toml; `end` when none does."""
    rules = lexicon.rules_toml("institutions.toml")
    at_start, tags, pos, field = _indexed(words).at_start, word_tags(), end, []
    if end == 0 or not _CJK.match(text[end - 1]):
        return end  # NSF|启动…中心: a Latin name acts
    while pos - end < rules["body_unit_chars"]:
        e = at_start.get(pos)
        if e is None or not _CJK.match(text[pos]):
            return end
        word = text[pos:e]
        ending = next((x for x in rules["body_unit_endings"] if word.endswith(x) and (len(x) > 1 or len(word) > 1)), None)
        if ending is not None and word.endswith(tuple(rules["body_unit_not_endings"])):
            return end
        if ending is not None and (field or len(word) > len(ending)) and text[e : e + 1] not in rules["body_unit_not_after"]:
            field.append(word[: len(word) - len(ending)])
            named = [w for w in field if w and w not in rules["body_unit_classes"]]
            return e if named and text[end:e] not in _org_scanner().entries else end
        if tags.get(word, "n") not in rules["body_unit_tags"] or word in rules["body_unit_stops"] or word in _org_scanner().entries:
            return end
        field.append(word)
        pos = e
    return end


def _body_unit_type(unit: str) -> str:
    """A body's unit is an institute where it is an academy's, an institute's or a centre of science (分析预报中心, 发展规划院); a
    centre of administration stays the body's kind (教育部|学位中心)."""
    rules = lexicon.rules_toml("institutions.toml")
    science = not unit.endswith("中心") or any(w in unit for w in rules["body_unit_science"])
    return "ResearchInstitute" if science else "GovernmentBody"


def _office_end(text: str, end: int, words) -> int:
    """An office written against its government body belongs to the name: 某某委员会管理科学部,
    联邦政府农业部 (`office_endings` in institutions.toml; words that are not verbs or particles)."""
    rules = lexicon.institution_rules()
    endings, particles = rules.office_endings, rules.office_particles
    at_start, tags = _indexed(words).at_start, word_tags()
    pos = end
    if text.startswith(rules.office_not_first, end):
        return end  # 国家能源局|有关司: an office left unnamed
    while pos - end < 8:
        e = at_start.get(pos)
        if e is None or not _CJK.match(text[pos]):
            return end
        tag = tags.get(text[pos:e], "n")
        if e - pos > 1 and text[e - 1] in particles and any(text.endswith(x, end, e - 1) for x in endings) and e - 1 - end >= 2:
            return e - 1  # the segmentation read a particle into the office's last word (科学部|在 as 部在)
        if pos - end >= 2 and (x := next((x for x in endings if text.startswith(x, pos) and text[pos + len(x) : e] in rules_toml_list("office_heads")), None)):
            return pos + len(x)  # 湖北省科技厅基础研究|处处长: the office's 处, then its head's title, read as one word
        if pos == end and e - pos >= 2 and at_start.get(e) == e + 1 and text[e] in rules_toml_list("office_short_endings") and _CJK.match(text[pos:e]):
            return e + 1  # 科技部|高新|司: an office's short name of two characters, whatever the segmentation tags them (round 35)
        joined = pos > end and text[pos:e] in rules.office_joiners  # 香港特区政府|政制及内地事务局: fields joined
        if ((tag in ("v", "vd", "vi", "ns", "f") or tag[:1] in "pcudmqr") and not joined) or text[pos:e] in _acting_with()[0]:
            return end  # 科技部|会同|财政部: one body acting with another, no office of it
        if any(text.endswith(x, end, e) for x in endings) and e - end >= 2:
            if text.endswith(tuple(rules_toml_list("office_not_endings")), end, e):
                return end  # 市场监管总局依法对英伟达|公司: a company's 司, no office of the body (round 35)
            if text[pos:e].endswith(_ministry_ending()) and text[pos : e - len(_ministry_ending())] in _ministry_not_fields():
                return end  # 美国商务部|全部: a word that ends in 部 (全部, 内部, 西部), no office
            orgs = _org_scanner().entries
            if text[end:e] in orgs or any(text[j:e] in orgs for j in _joiner_ends(text, end, e, rules.office_joiners)):
                return end  # 国家统计局|科学技术部, 某政府|政制及|财政部: a body of its own
            return e
        pos = e
    return end


def _joiner_ends(text: str, start: int, end: int, joiners: tuple[str, ...]) -> list[int]:
    """Where each joiner in text[start:end] ends (政制及|内地事务局)."""
    return [start + m.end() for j in joiners for m in re.finditer(re.escape(j), text[start:end])]


def _ministry_start(text: str, i: int) -> int | None:
    """Start of a foreign ministry named by its country and its fields before 部 at `i`
    (英国|商业、创新与技能|部, 德国|联邦|教育与研究|部), or None."""
    field_list, entries = _ministry_fields(), _place_scanner().entries
    for start in range(i - 3, max(-1, i - 30), -1):
        places = [p for n in range(2, 8) for p in entries.get(text[start : start + n], ()) if p.kind == "country" and p.country != "CN" and start + n < i]
        for place in places:
            name_end = start + next(n for n in range(7, 1, -1) if place in entries.get(text[start : start + n], ()))
            match = field_list.fullmatch(text, name_end, i)
            if match is None:
                continue
            fields = _ministry_field_words(match.group(1))
            if fields is None or any(_holds_known_name(f) or (_ends_with_suffix(f) and f not in _suffix_texts()) or f.endswith(_ministry_ending()) for f in fields):
                return None  # 美国能源部、农业部: two ministries, not one with a field 能源部
            verbs = [b for a, b in words_of(match.group(1)) if match.group(1)[a:b] in _event_verbs()]
            if verbs:  # 英国成立|科学和工业研究部: a clause; the ministry is named after its verb, without the country
                after = match.start(1) + verbs[-1]
                return after if i - after >= 2 and field_list.fullmatch(text, after, i) else None
            return start
    return None


@cache
def _ministry_ending() -> str:
    return lexicon.rules_toml("institutions.toml")["ministry_ending"]


@cache
def _ministry_not_fields() -> frozenset[str]:
    """Words before 部 that name a part of a country or a thing, not a field (西, 全, 俱乐: `ministry_not_fields`)."""
    return frozenset(lexicon.rules_toml("institutions.toml")["ministry_not_fields"])


def _listed_ministry_start(text: str, i: int, words: Words) -> int | None:
    """Start of a ministry named by its fields alone where the report lists it with the year it was
    founded (重组了科学研究部（1959年）、…、高等教育、研究与创新部（2017年）): after the previous item's
    bracket, the clause's punctuation or the last verb of an event or with 了 (重组了), or None where no
    fields are left (a field may be a verb: 创新)."""
    floor = max(0, i - 30)
    start = max(floor, *(text.rfind(ch, floor, i) + 1 for ch in "，。；：,;:\n（(）)"))
    start += len(text[start:i]) - len(text[start:i].lstrip("、 "))
    verbs = [b for a, b in words.within(start, i) if text[a:b] in _event_verbs() or (word_tags().get(text[a:b], "")[:1] == "v" and text[b : b + 1] in "了过")]
    if verbs:
        start = verbs[-1] + (1 if text[verbs[-1] : verbs[-1] + 1] == "了" else 0)
    match = _ministry_fields().fullmatch(text, start, i)
    if match is None or i - start < 2:
        return None
    fields = _ministry_field_words(match.group(1))
    if fields is None or any(_holds_known_name(f) or _only_countries(f) or _ends_with_suffix(f) for f in fields):
        return None
    return start


def _ministry_field_words(fields: str) -> list[str] | None:
    """A ministry's fields one by one (商业、创新与技能 → 商业, 创新, 技能), or None where the words name a part
    of a country or a thing, not fields (`ministry_not_fields`: 西, 全, 俱乐)."""
    if fields in _ministry_not_fields():
        return None
    return re.split(f"[{re.escape(lexicon.rules_toml('institutions.toml')['ministry_field_joiners'])}]", fields)


@lru_cache(maxsize=1)
def _ministry_fields() -> re.Pattern[str]:
    """A ministry's fields after its country (and 联邦/政府): two to six characters each, joined by `ministry_field_joiners`."""
    joiners = re.escape(lexicon.rules_toml("institutions.toml")["ministry_field_joiners"])
    between = "|".join(map(re.escape, lexicon.institution_rules().government_between))
    return re.compile(rf"(?:{between})?((?:[\u4e00-\u9fff]{{2,6}}[{joiners}])*[\u4e00-\u9fff]{{2,6}})")


@lru_cache(maxsize=1)
def _event_verbs() -> frozenset[str]:
    """The verbs of events (milestones.toml): a clause's, never a name's fields."""
    data = lexicon.rules_toml("milestones.toml")
    return frozenset(data["achievement_verbs"]) | frozenset(data["founding_verbs"]) | frozenset(lexicon.rules_toml("institutions.toml")["ministry_clause_verbs"])


@lru_cache(maxsize=1)
def _suffix_texts() -> frozenset[str]:
    return frozenset(s.text for s in lexicon.institution_rules().suffixes)


def _place_ending_at(text: str, pos: int) -> int | None:
    """Start of the longest place name that ends right at `pos` (美国 in 美国政府)."""
    entries = _place_scanner().entries
    for length in range(min(8, pos), 1, -1):
        if text[pos - length : pos] in entries:
            return pos - length
    return None


def _places_named(specific: str) -> list:
    """The places a name is, as written or without its 市 or 省 (广州市, 广东省)."""
    name = specific.strip()
    entries = _place_scanner().entries
    return entries.get(name) or (entries.get(name[:-1], []) if name[-1:] in "市省" else [])


def _is_place_name(specific: str) -> bool:
    return bool(_places_named(specific))


def _a_citys_name(name: str) -> bool:
    """Whether a name is a city's (广州, 广州市), not a country's or a province's."""
    return any(p.kind == "city" for p in _places_named(name))


def _only_countries(name: str) -> bool:
    """Whether a name is a country's (中国) or a run of one-character country names (中美, 中外 is not one)."""
    places = _place_scanner().entries
    if any(p.kind == "country" for p in places.get(name, ())):
        return True
    abbr = _country_abbreviations()
    return len(name) >= 2 and all(ch in abbr for ch in name)


def _counted_places_class(text: str, start: int, specific: str, rules) -> bool:
    """Whether the words before a suffix are only a place, counted (7个|湖北|实验室, 七大|湖北|实验室): a place's class of
    labs or centres, not one of them. The candidate may begin at the count's measure word (个|湖北)."""
    lead = re.match(r"\s*[个家所座只支大]?\s*", specific).end()
    rest, at = specific[lead:], start + lead
    if not rest or rest[_place_prefix(rest) :].strip():
        return False
    return rules.counted_kind.search(text, max(0, at - 6), at) is not None or rules.counted_great.match(text[max(0, at - 3) : at]) is not None


def _place_prefix(name: str) -> int:
    """The length of the place's name (a region's, a province's, a city's) a name begins with; 0 if none."""
    return next((k for k in range(min(len(name), 8), 1, -1) if name[:k] in _place_scanner().entries), 0)


def _country_prefix(name: str) -> int:
    """The length of the country's name (or run of one-character country names) a name begins with; 0 if none."""
    return next((k for k in range(min(len(name), 6), 1, -1) if _only_countries(name[:k])), 0)


def _a_citys_kind_of_company(specific: str) -> bool:
    """Whether a company's name is a city's or a province's name and a technology's only (北京|大模型公司, 深圳|人工智能公司),
    or industry words with a listing or a standing (郑州|科创板上市公司): a kind of company there, not one (中国移动通信公司, of a country, is a state company's name; 宁波新材料科技城 a park's).
    A province's or a city's group named so is its state group (贵州大数据集团: the caller leaves 集团 out)."""
    rest = specific.strip()
    place = next((k for k in range(min(len(rest) - 2, 6), 1, -1) if rest[:k] in _place_scanner().entries and not _only_countries(rest[:k])), 0)
    if not place:
        return False
    rest = rest[place:].lstrip()
    if rest in _technology_terms():
        return True
    standing = lexicon.rules_toml("institutions.toml")["place_company_standing"]
    return any(w in rest for w in standing) and _only_industry_words(rest)  # 郑州|科创板上市公司, 佛山|境内外上市公司: the city's listed companies


def _only_industry_words(specific: str) -> bool:
    """Whether the words before a company's or a fund's suffix are only industry words, kinds, or the
    countries it is of (互联网公司, 种子基金, 中国公司, 中美公司, 中国主要彩电集团)."""
    rest = specific.strip()
    if _only_countries(rest):
        return True
    rules = lexicon.institution_rules()
    country = _country_prefix(rest)
    if country and (rest[country:].lstrip().startswith(rules.generic_modifiers_longest) or _LATIN_KIND_START.match(rest[country:].lstrip())):
        rest = rest[country:].lstrip()  # 中国|主要彩电集团, 中国|AI创业公司 describe; 中国移动通信公司 is a state company's name
    generic = rules.generic_words_longest
    terms, fund_kinds = _technology_words(), rules_toml_list("fund_kind_words")
    stripped, by_field = [], False
    while rest:
        for word in generic:
            if rest.startswith(word):
                rest = rest[len(word) :].lstrip()
                stripped.append(word)
                break
        else:
            term = max((rest[:k] for k in range(2, len(rest) + 1) if rest[:k] in terms), key=len, default="")
            if not term:
                return False
            rest, by_field = rest[len(term) :].lstrip(), True  # 激光雷达公司, 人工智能企业, 量子科技上市公司: a kind by its technology
    return not (by_field and any(w in fund_kinds for w in stripped))  # 先进制造|产业投资|基金: a fund its field names is a name


@lru_cache(maxsize=None)
def rules_toml_list(key: str) -> tuple[str, ...]:
    """A list of institutions.toml, read once (the suffix reader asks for several per candidate)."""
    return tuple(lexicon.rules_toml("institutions.toml")[key])


_ACT_TAGS = ("v", "p", "d", "c")


def _act_on_a_kind(specific: str) -> bool:
    """Whether the words before a company's or a fund's suffix are verbs or function words, then only
    industry words (提升|保险公司, 可以联合|担保公司): an act on a kind of company, not a name."""
    pieces = words_of(specific)
    tags = word_tags()
    for k in range(1, len(pieces)):
        if not tags.get(specific[pieces[k - 1][0] : pieces[k - 1][1]], "").startswith(_ACT_TAGS):
            return False
        if _only_industry_words(specific[pieces[k][0] :]):
            return True
    return False


def _without_own_country(text: str, start: int, suffix_start: int, end: int, type_: str) -> int:
    """中国 written before a well-known Chinese university's, institute's or company's name that does not begin with it is the
    country, no part of the name (中国 + 国防科技大学, 中国 + 华为公司, as 中国 + 联想); 中国科学技术大学 keeps it. So is a Chinese
    city or province before a whole well-known name that does not begin with it (广州 + 中山大学, 北京 + 清华大学); 北京协和医学院,
    深圳清华大学研究院 and 桂林电子科技大学 keep theirs."""
    country = lexicon.rules_toml("institutions.toml")["own_country"]
    if type_ == "GovernmentBody":
        return start
    orgs = _org_scanner().entries
    if not text.startswith(country, start):
        return _without_own_place(text, start, end, orgs)
    rest = start + len(country)
    if text[start:end] in orgs or not (text[rest:end] in orgs or text[rest:suffix_start] in orgs) or rest >= suffix_start:
        return start
    return rest


def _without_own_place(text: str, start: int, end: int, orgs) -> int:
    """Where a name begins after the Chinese city or province written against it (`known_name_after_its_place`)."""
    if text[start:end] in orgs:
        return start
    return next((start + k for k in range(min(6, end - start - 2), 1, -1) if known_name_after_its_place(text[start : start + k], text[start + k : end])), start)


_EXCEPT_OPENED = re.compile(r"除(?:了)?[^，,。；;！？\n]{0,20}$")


def _excepted(text: str, start: int, end: int) -> bool:
    """Whether a place closes 除…外 (除北京和上海|外: the segmentation reads 海外 as one word), where 外 ends the phrase."""
    return text.startswith("外", end) and not _CJK.match(text[end + 1 : end + 2] or " ") and _EXCEPT_OPENED.search(text, max(0, start - 21), start) is not None


def known_name_after_its_place(place: str, rest: str) -> bool:
    """Whether `rest` is a well-known organisation's whole name written after a Chinese city or province `place` that its own name
    does not begin with (广州|中山大学; not 北京|协和医学院, whose name is 北京协和医学院)."""
    orgs = _org_scanner().entries
    if rest not in orgs or place + rest in orgs or not any(p.country == "CN" and p.kind in ("city", "province") for p in _place_scanner().entries.get(place, ())):
        return False
    return not any(o.name.startswith(place) or o.type == "Park" or _only_industry_words(_without_suffix(o.name)) for o in orgs[rest])  # 武汉东湖高新区: a zone is named with its city; 桂林|电子科技大学 is another school than 电子科技大学


def _strip_country(text: str, start: int, suffix_start: int, type_: str) -> int:
    """A foreign country before a university, institute or company is not part of its name (美国 + 微软公司);
    a nation's government body keeps it (美国国防部), and so does an association or society named by
    its field (美国心理学会), not one with a proper name of its own (美国 + 布鲁金斯学会)."""
    if type_ == "GovernmentBody" or _starts_with_known(text[start:suffix_start]):
        return start
    entries = _place_scanner().entries
    for k in range(min(8, suffix_start - start - 2), 1, -1):
        places = entries.get(text[start : start + k])
        if places and any(p.kind == "country" and p.country != "CN" for p in places):
            if type_ != "Company" and text.startswith(lexicon.institution_rules().country_kept_before, start + k):
                return start  # 瑞典皇家科学院: without its country the name names no one
            if type_ == "OtherOrganization" and not _proper_word_at(text, start + k, suffix_start):
                return start  # 美国心理学会: the American association of a field
            return start + k
    return start


def _proper_word_at(text: str, pos: int, limit: int) -> bool:
    """Whether the word at `pos` (before `limit`) is a proper name's: a transliteration of two or more
    sound characters (布鲁金斯) or a word the dictionary tags as a name."""
    piece = text[pos:limit]
    word = next((piece[a:b] for a, b in words_of(piece) if a == 0), piece)
    sounds = _transliteration_chars()
    return (len(word) >= 2 and all(ch in sounds for ch in word)) or word_tags().get(word, "")[:2] in ("nr", "ns", "nz")


def _field_list_start(text: str, start: int, i: int, words) -> int:
    """Where a name begins that lists its fields before its suffix at `i`, the last joined by 与/和/及
    (众议院科学、航天与技术委员会, 数据、系统和社会研究所): back over the 、-joined fields before `start`,
    each a few characters with no place's, organisation's or suffix's name in it, beginning where a name
    can (`_clear_start`); a first field may begin with a well-known owner's name, which ends the walk."""
    if start < 2 or text[start - 1] != "、" or not re.search("[与和及]", text[start:i]):
        return start
    new = start
    while new >= 2 and text[new - 1] == "、":
        item_start = left_boundary(text, new - 1, words, limit=10)
        item = text[item_start : new - 1]
        if not item or not all(_CJK.match(ch) for ch in item) or _ends_with_suffix(item) or item.endswith(lexicon.institution_rules().unit_endings) or not _clear_start(text, item_start, words):
            break  # …国际科技合作|基地、, 食品学部、: a field is a whole item, not the tail of another name or a unit
        if _starts_with_known(item):
            new = item_start
            break
        if len(item) > 6 or _holds_known_name(item):
            break
        new = item_start
    return new


def _clear_start(text: str, pos: int, words) -> bool:
    """Whether a list item can begin at `pos`: after a mark, a space or the text's start, or after a word
    that is never part of a name (组建了|众议院科学、…)."""
    if pos == 0 or not _CJK.match(text[pos - 1]):
        return True
    before = _indexed(words).at_end.get(pos)
    tag = word_tags().get(text[before:pos], "x") if before is not None else "x"
    return tag[:1] in ("p", "u", "c", "d", "r") or _is_verb_tag(tag)


def _starts_with_known(name: str) -> bool:
    """Whether a name begins with a well-known organisation's name (of three characters or more)."""
    orgs = _org_scanner().entries
    return any(name[:k] in orgs for k in range(3, min(len(name), 16) + 1))


_COUNT = re.compile(r"^(?:等)?\s*(?:共|计|合计)?\s*(?P<n>\d+)\s*(?P<unit>[个所家座])")


_BRACKETED_NOTE = re.compile(r"\s*[（(][0-9０-９.,%％]+[^（）()]{0,4}[）)]\s*")


def _without_notes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A list item without the counts written in brackets after names (军事科学研究院（53件）), split where a
    note is followed by a conjunction (…研究院（49件）和上海市农业科学院（23件）: two items)."""
    pieces, pos = [], start
    for note in _BRACKETED_NOTE.finditer(text, start, end):
        pieces.append((pos, note.start()))
        pos = note.end()
        if pos < end:
            if text[pos] not in "和与及":
                return [(start, end)]  # a note inside a name's words: the item stays whole
            pos += 1
    if not pieces:
        return [(start, end)]
    if pos < end:
        pieces.append((pos, end))
    return [p for p in pieces if p[1] > p[0]]


@lru_cache(maxsize=1)
def _joint_building_verbs() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("institutions.toml")["joint_building_verbs"])


_COUNTED_FIRST = "一二三四五六七八九十两双"
_DATE_BEFORE = re.compile(r"(?:[0-9０-９]\s*[年月日号])$")  # 2016年3月|台积电: a date right before a name
_RESEARCH_PARENT = re.compile(r"科学院|科院|研究所|研究院|研究中心|大学|学院")  # 中国科学院|水工研究室: a research body's office
_MEETING_ENDINGS = ("会议", "大会")
_MEETING_YEAR = re.compile(r"(?:19|20)[0-9]{2}年?$")  # 2024|…联席会议
_LATIN_CODE = re.compile(r"[A-Z]{1,3}[0-9]{1,4}")  # G60, S32: a code of capitals and figures


def _a_party_before(text: str, pos: int, word_before: str = "") -> bool:
    """Whether the verb at `pos` is a clause's: a place's or a well-known organisation's name ends at `pos` right
    after 与, 和, 同 or 跟, or as an item of a list of parties or a clause's first word (与长沙市|共建; 教育部、江苏省|共建;
    ，江苏省|共建), a party of two to four characters follows a verb of joining (联合|南航|共建), or an adverb stands before
    it (中国、埃及将|共建). `word_before` is the segmentation's word right before the verb."""
    places, orgs = _place_scanner().entries, _org_scanner().entries
    before = rules_toml_list("joint_building_party_before")
    for k in range(2, min(pos, 16) + 1):
        name = text[pos - k : pos]
        if (name in places or name in orgs) and (pos - k == 0 or text[pos - k - 1] in before):
            return True
    if any(text.endswith(w, 0, pos - len(word_before)) for w in rules_toml_list("joint_building_partners")) and 2 <= len(word_before) <= 4:
        return True  # 某所联合|南航|共建…实验室: a party the verb of joining names, known or not
    if word_before in rules_toml_list("joint_building_parties"):
        return True  # 双方|共建, 校企|共建: the parties named by their kinds
    if word_before and text.endswith(tuple(rules_toml_list("joint_building_party_endings")), 0, pos):
        opener = max(text.rfind(ch, 0, pos - len(word_before)) for ch in "，,。；;\n")
        if not any(ch in "的了在" for ch in text[opener + 1 : pos]):
            return True  # ，浙江省能源集团|共建…中心: an organisation opening the clause builds it, no relative clause's or place's word before it
    return word_tags().get(word_before, "") == "d"


@lru_cache(maxsize=1)
def _address_after() -> re.Pattern[str]:
    return re.compile(lexicon.rules_toml("institutions.toml")["address_after"])


@lru_cache(maxsize=1)
def _list_people_tails() -> tuple[str, ...]:
    return tuple(lexicon.rules_toml("institutions.toml")["list_people_tails"])


@lru_cache(maxsize=1)
def _list_government_endings() -> tuple[str, ...]:
    return tuple(lexicon.rules_toml("institutions.toml")["list_government_endings"])


@lru_cache(maxsize=1)
def _investor_endings() -> tuple[str, ...]:
    return tuple(lexicon.rules_toml("institutions.toml")["investor_endings"])


_ITEM_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[、.．]")


def list_candidates(text: str, words: list[tuple[int, int]]) -> list[Candidate]:
    """Items of enumerations `A、B、C 等 <type> N 个` (or `等共 N 个 <type>`), typed by the list."""
    rules = lexicon.institution_rules()
    found: list[Candidate] = []
    previous_end = 0  # a list ends with its 等 <type>: the next one begins after it (so each item is read once)
    for match in re.finditer("等", text):
        tail = text[match.end() : match.end() + 40]
        list_type, count, noun = _list_tail(tail, rules)
        if list_type is None:
            continue
        head_start = _clause_start(text, match.start(), previous_end)
        if (marker := _ITEM_NUMBER.match(text, head_start, match.start())) is not None:
            head_start = marker.end()  # 一、确认…公司等101家企业技术中心: the paragraph's own number, no item of the list
        previous_end = match.end()
        region = text[head_start : match.start()]
        items = [piece for s, e in _split_items(region, head_start) for piece in _without_notes(text, s, e)]
        if len(items) < 2:
            continue
        items[0] = (_first_item_start(text, *items[0], words, rules), items[0][1])
        parent = _shared_parent(text[items[0][0] : items[0][1]])
        list_id = f"L{match.start()}"
        items = [piece for s, e in items for piece in _known_pair(text, s, e)]
        if _fields_listed(text, items):
            continue  # 生物医学工程、数字、能源、碳中和等八个研究所: the fields of the institutes, not their names
        for k, (s, e) in enumerate(items):
            item = text[s:e]
            if not (2 <= len(item) <= 40) or any(_is_punct(ch) for ch in item):
                continue
            if _is_place_name(item) or item.endswith(_list_people_tails()) or any(item.endswith(w) for w in rules.programme_words):
                continue  # 大同市、…等50余家大学: a place among the bodies, and 运城市有关领导: people, typed by nothing of the list
            own = next((suf for suf in rules.suffixes if item.endswith(suf.text)), None)
            label = own.type if own is not None and own.specific != "centre" else list_type  # 中心 says less than the list's noun
            if own is None and list_type != "GovernmentBody" and item.endswith(_list_government_endings()):
                label = "GovernmentBody"  # 省发改委、…等20余家大学: a government body in a list of the bodies present
            if label == "Company" and item.endswith(_investor_endings()):
                label = "Fund"  # 麒麟创投、蔚然投资等公司: investors, as the guidelines type them
            attrs = [("list_id", list_id), ("list_type", list_type), ("list_noun", noun), ("stated_count", count), ("item_index", k), ("items", len(items))]
            if parent and k > 0 and not item.startswith(parent) and _shared_parent(item) is None:
                attrs.append(("parent", parent))
            found.append(Candidate(s, e, label, "list", 20, "", tuple(attrs)))
    return found


def _fields_listed(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether a counted list names fields, not bodies: no item ends in an institution's ending or is a known
    organisation's name, and half of them or more are common nouns or technology terms (数字、能源)."""
    names = [text[s:e] for s, e in items]
    if any(_ends_with_suffix(n) or _known_name(n) for n in names):
        return False
    common = sum(1 for n in names if word_tags().get(n, "")[:2] in ("n", "vn", "an") or n in _technology_terms())
    return 2 * common >= len(names)


def _known_pair(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A list item that is two well-known names joined by 和/与/及 (日本电气和东芝) as two items; else the item."""
    orgs = _org_scanner().entries
    for k in range(start + 2, end - 2):
        if text[k] in "和与及" and text[start:k] in orgs and text[k + 1 : end] in orgs:
            return [(start, k), (k + 1, end)]
    return [(start, end)]


_LIST_COUNT = re.compile(r"(?:(\d+)|[一二三四五六七八九十百两几数多]+)\s*(余|多)?\s*[个所家座]")  # 20个, 20余家, 十多家, 多家


def _list_tail(tail: str, rules) -> tuple[str | None, int | None, str]:
    body = tail.lstrip()
    body = re.sub(r"^(?:共|计|合计)\s*", "", body)
    count = None
    count_first = _LIST_COUNT.match(body)
    if count_first:
        count = int(count_first.group(1)) if count_first.group(1) and not count_first.group(2) else None  # 20余家, 多家: no exact count
        body = body[count_first.end() :]
    body = re.sub(r"^(?:下属的|所属的|下属|所属|在内的)", "", body)
    for list_type in rules.list_types:
        m = list_type.pattern.match(body)
        if m:
            noun = m.group(0)
            rest = body[m.end() :]
            if count is None:
                after = re.match(r"\s*(?:共|计)?\s*(\d+)\s*[个所家座]", rest)
                if after:
                    count = int(after.group(1))
            return list_type.type, count, noun
    return None, None, ""


def _clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the clause holding `pos` begins: after a full-width or ASCII mark (web pages write 指导下,徐工…),
    not after a thousands separator (1,574)."""
    i = pos
    while i > floor and text[i - 1] not in "，。；：:;！？!?\n" and not (text[i - 1] == "," and not (text[i - 2 : i - 1].isdigit() and text[i : i + 1].isdigit())):
        i -= 1
    return i


def _split_items(region: str, offset: int) -> list[tuple[int, int]]:
    items = []
    pos = 0
    for part in region.split("、"):
        s = offset + pos + (len(part) - len(part.lstrip()))
        e = offset + pos + len(part.rstrip())
        if e > s:
            items.append((s, e))
        pos += len(part) + 1
    return items


def _first_item_start(text: str, start: int, end: int, words, rules) -> int:
    """Where the first list item begins: after the last trigger or stop word before it (北京拥有 | 北京大学)."""
    item = text[start:end]
    orgs, word_starts = _org_scanner().entries, _indexed(words).at_start
    known = next((end - n for n in range(min(len(item), 12), 1, -1) if item[-n:] in orgs and end - n in word_starts), None)
    if known is not None and known > start:
        return known  # 同时|中国建筑、中国铁建…: a well-known name that ends the item and begins a word is the item
    best = -1
    for trigger in (*rules.list_triggers, *rules.stop_words):
        k = item.rfind(trigger)
        if k >= 0 and k + len(trigger) <= len(item) - 2:
            best = max(best, k + len(trigger))
    if best >= 0:
        return start + best
    if _ends_with_suffix(item):
        return start
    start = max(start, left_boundary(text, end, words))
    tags = word_tags()
    verbs = [start + b for a, b in words_of(text[start:end]) if tags.get(text[start + a : start + b], "") == "v" and start + b <= end - 2]
    return verbs[-1] if verbs else start  # 日本通产省组织|富士通、日立…: the verb that governs the list ends what precedes it


def _shared_parent(item: str) -> str | None:
    """The parent organisation a list's first item names before its own name (中国科学院 in 中国科学院物理研究所)."""
    if item in _org_scanner().entries:
        return None  # the item is itself a well-known name (复旦大学), not a parent + unit
    for org in lexicon.organisations():
        for name in (org.name, *org.aliases):
            if len(name) >= 2 and item.startswith(name) and len(item) > len(name) + 1:
                return name
    for suffix in ("科学院", "工程院", "大学", "集团"):
        k = item.find(suffix)
        if 0 < k and k + len(suffix) < len(item) - 1:
            return item[: k + len(suffix)]
    return None


def ht_institutions(doc: Doc) -> Doc:
    text, words, earlier = text_of(doc), doc.user_data["words"], doc.user_data.get("ht", [])
    known = {(c.start, c.end) for c in earlier if c.source == "known_org"}
    # a well-known organisation keeps the gazetteer's type where a suffix reads the same name (美国国立卫生研究院)
    by_suffix = [c for c in suffix_candidates(text, words) if (c.start, c.end) not in known or c.label in _LAB_LABELS]
    by_suffix += _paired_level_bodies(text, by_suffix)
    by_suffix += _place_led_legal_names(text, by_suffix)
    by_suffix += _cell_names(text, by_suffix)
    by_suffix = _zones_after_an_organisation(text, by_suffix, earlier)
    by_suffix = [_after_a_dateline(text, c) for c in by_suffix]
    _add(doc, _place_short_universities(text, earlier) + list_candidates(text, words) + by_suffix + _foreign_ministries(text, words) + _quoted_platforms(text) + _academy_short_institutes(text) + _known_orgs_short_institutes(text, earlier) + _place_short_institutes(text, earlier, words) + _source_firms(text) + _quoted_core_names(text) + _quoted_organisations(text) + _listed_companies(text, words) + _corner_quoted_companies(text) + _trade_named_companies(text) + _project_bearers(text) + _glossed_agencies(text, words) + _high_tech_short_names(text) + _carrier_branches(text) + _city_centre_lists(text))
    return doc


@lru_cache(maxsize=1)
def _dateline_bracket() -> re.Pattern[str]:
    return re.compile(lexicon.rules_toml("institutions.toml")["dateline_bracket"])


def _after_a_dateline(text: str, c: Candidate) -> Candidate:
    """A name the walk left began at a dateline's 电 and its reporter in brackets (电(曾玥)|清华大学: `dateline_bracket`) begins
    after them."""
    m = _dateline_bracket().match(text, c.start)
    return replace(c, start=m.end()) if m is not None and m.end() < c.end - 1 else c


def _zones_after_an_organisation(text: str, candidates: list[Candidate], earlier: list[Candidate]) -> list[Candidate]:
    """A zone written right after a well-known company that works there (兴业银行|贵安新区数据中心, 中国建设银行|贵州贵安新区: bank
    news, round 35): the zone begins after the company, which is its own name."""
    known_end = {c.start: c.end for c in earlier if c.source == "known_org" and c.label == "Company"}
    out = []
    for c in candidates:
        end = known_end.get(c.start)
        if c.label == "Park" and end is not None and c.end - end >= 4 and text[end] not in "(（":  # not 浪潮(亳州)云计算产业园, the company's
            c = replace(c, start=end)
        out.append(c)
    return out


@lru_cache(maxsize=1)
def _cell_rules() -> tuple[re.Pattern[str], int, tuple[str, ...]]:
    data = lexicon.rules_toml("institutions.toml")
    return re.compile(data["cell_separator"]), data["cell_name_max"], tuple(data["cell_name_suffixes"])


def _cell_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A lab's or an institute's name that fills a table's cell (… | 某某与CAE软件全国重点实验室 |: `cell_*` in institutions.toml):
    begun where the cell begins, whatever the walk left or the model would cut; the cell holds no mark and the row has a
    separator."""
    separator, longest, suffixes = _cell_rules()
    out = []
    for c in candidates:
        if not text.endswith(suffixes, c.start, c.end):
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        line_end = text.find("\n", c.end)
        line_end = len(text) if line_end < 0 else line_end
        before = list(separator.finditer(text, line_start, c.start))
        rest = c.end + len(text[c.end : line_end]) - len(text[c.end : line_end].lstrip(" "))
        if not before or not (separator.match(text, rest) or rest == line_end):
            continue
        start = before[-1].end()
        start += len(text[start : c.start]) - len(text[start : c.start].lstrip(" "))
        cell = text[start : c.start]
        if c.end - start <= longest and not any(_is_punct(ch) or ch.isspace() for ch in cell):
            out.append(replace(c, start=start, priority=c.priority + 1, attrs=(*c.attrs, ("cell_name", True))))
    return out


def _city_centre_lists(text: str) -> list[Candidate]:
    """Centres listed by their cities' names (无锡中心、天津中心、广州中心: `city_centre_list_*` in institutions.toml): each an
    institution where two or more stand joined, a Chinese city before each 中心."""
    data = lexicon.rules_toml("institutions.toml")
    joiners, after = tuple(sorted(data["city_centre_list_joiners"], key=len, reverse=True)), re.compile(data["city_centre_list_after"])
    items = []
    for m in re.finditer("中心", text):
        start = _place_ending_at(text, m.start())
        if start is None or not _a_chinese_citys_name(text[start : m.start()]) or not after.match(text, m.end()):
            continue
        items.append((start, m.end()))
    out, run = [], []
    for item in items:
        if run and text[run[-1][1] : item[0]] in joiners:
            run.append(item)
            continue
        if len(run) >= 2:
            out += run
        run = [item]
    if len(run) >= 2:
        out += run
    return [Candidate(a, b, "ResearchInstitute", "suffix", 9, "", (("suffix_start", b - 2), ("listed_by_city", True))) for a, b in out]


@lru_cache(maxsize=1)
def _carrier_pattern() -> re.Pattern[str]:
    data = lexicon.rules_toml("institutions.toml")
    return re.compile(rf"(?:{_alternation(data['carrier_words'])})(?=(?:{data['carrier_after']}))")


def _carrier_branches(text: str) -> list[Candidate]:
    """A province's or a city's branch of a telecom carrier (江苏移动, 甘肃电信: `carrier_words` in institutions.toml): the
    company, where the place is a Chinese province or city written right before the carrier's word."""
    entries, out = _place_scanner().entries, []
    for m in _carrier_pattern().finditer(text):
        start = _place_ending_at(text, m.start())
        if start is not None and any(p.kind in ("province", "city") for p in entries.get(text[start : m.start()], ())):
            out.append(Candidate(start, m.end(), "Company", "suffix", 7, "", (("suffix_start", m.start()),)))
    return out


_PAIRED_LEVEL_BODY = re.compile(r"(?P<level>[省市区县])(?:委|人民政府|政府)$")
_LEVEL_BODY_AFTER = re.compile(r"[省市区县](?:人民政府|政府|委)")


def _paired_level_bodies(text: str, found: list[Candidate]) -> list[Candidate]:
    """A place's party committee and its government written as a pair (深圳市委市政府, 江苏省委省政府): the
    second, bare, is the same place's body too."""
    out = []
    for c in found:
        level = _PAIRED_LEVEL_BODY.search(text, c.start, c.end) if c.label == "GovernmentBody" else None
        if level is None or c.end - c.start < 4:
            continue
        pair = _LEVEL_BODY_AFTER.match(text, c.end)
        if pair is not None and pair.group()[0] == level.group("level") and pair.group() != text[level.start() : c.end]:
            place = text[c.start : level.start()].removeprefix("中共")
            attrs = (("suffix_start", c.end + 1), ("level_owner", True), ("alias_of", place + pair.group()))  # the place's: 深圳市政府
            out.append(Candidate(c.end, pair.end(), "GovernmentBody", "suffix", c.priority, "", attrs))
    return out


@lru_cache(maxsize=1)
def _academy_short_pattern() -> tuple[re.Pattern[str], str, tuple[str, ...]]:
    rules = lexicon.rules_toml("institutions.toml")
    return re.compile(rules["academy_short_institute"]), rules["academy_short_not_in_field"], tuple(rules["academy_short_not_first"])


def _known_orgs_short_institutes(text: str, found: list[Candidate]) -> list[Candidate]:
    """A well-known organisation's institute by its short name right after the organisation's (中石油|经研院:
    `known_short_institute` in institutions.toml), the organisation's branch."""
    out = []
    for c in found:
        org = c.attr("org") if c.source == "known_org" else None
        if org is not None and (m := _rule_pattern("known_short_institute").match(text, c.end)) is not None:
            out.append(Candidate(c.start, m.end(), "ResearchInstitute", "suffix", 9, "", (("suffix_start", m.end() - 2), ("branch_of", org.name))))
    return out


@lru_cache(maxsize=1)
def _quoted_core() -> tuple[re.Pattern[str], dict[str, str]]:
    suffixes = lexicon.rules_toml("institutions.toml")["quoted_core_suffixes"]
    return re.compile(rf"“[^“”\n，。、]{{1,6}}”(?P<suffix>{_alternation(sorted(suffixes, key=len, reverse=True))})"), suffixes


def _quoted_core_names(text: str) -> list[Candidate]:
    """An institution named by its Chinese city or province and a quoted word (江门|“双碳”|实验室: `quoted_core_suffixes` in
    institutions.toml), one name, not the place and nothing."""
    pattern, suffixes = _quoted_core()
    out = []
    for m in pattern.finditer(text):
        start = _place_ending_at(text, m.start())
        if start is None or not any(p.kind in ("province", "city") and p.country == "CN" for p in _place_scanner().entries.get(text[start : m.start()], ())):
            continue
        out.append(Candidate(start, m.end(), suffixes[m.group("suffix")], "pattern", 9, "", (("suffix_start", m.start("suffix")),)))  # whole as written: no model trims it
    return out


def _source_firms(text: str) -> list[Candidate]:
    """A firm cited as the source of figures (据CINNO Research统计, 据智研咨询预测: `source_firm` in institutions.toml), a
    company; not a technology's or a kind's word (据GDP数据, 据管理咨询…)."""
    out = []
    for m in _rule_pattern("source_firm").finditer(text):
        name = m.group("name")
        if name in _technology_terms() or (not name.isascii() and (name[:-2] in word_tags() or _is_place_name(name[:-2]))):
            continue
        if name.isascii() and (name.isupper() and len(name) <= 3 or not _latin_boundary(text, m.start("name"), m.end("name"))):
            continue  # 据GDP|数据: an abbreviation of a measure, not a firm
        out.append(Candidate(m.start("name"), m.end("name"), "Company", "suffix", 7, "", (("suffix_start", m.end("name")),)))
    return out


def _place_short_universities(text: str, found: list[Candidate]) -> list[Candidate]:
    """A university by its Chinese city or province and its kind's short name (曲阜|师大, 东北|农大: `place_short_university` in
    institutions.toml), where no well-known name reads it already (华中师大)."""
    pattern = _rule_pattern("place_short_university")
    known = {c.start for c in found if c.source == "known_org"}
    out = []
    for c in found:
        place = c.attr("place") if c.label in ("City", "Province", "Region") and c.source == "gazetteer" else None
        if place is None or c.start in known or (m := pattern.match(text, c.end)) is None:
            continue
        out.append(Candidate(c.start, m.end(), "University", "suffix", 9, "", (("suffix_start", c.end),)))
    return out


def _place_short_institutes(text: str, found: list[Candidate], words) -> list[Candidate]:
    """An institute by its Chinese city or province and its field's short name (上海|药物所, 兰州|化物所, 福建|物构所: `place_short_institute` in
    institutions.toml): the field's words no function word, its first no verb, the institute's 所 ending a word."""
    pattern, (not_in_field, not_first) = _rule_pattern("place_short_institute"), _academy_short_pattern()[1:]
    at_start, tags = _indexed(words).at_start, word_tags()
    known = {(c.start, c.end) for c in found if c.source == "known_org"}
    out = []
    for c in found:
        place = c.attr("place") if c.label in ("City", "Province") and c.source == "gazetteer" else None  # 福建|物构所 too (round 35)
        if place is None or place.country != "CN" or (m := pattern.match(text, c.end)) is None or (c.start, m.end()) in known:
            continue
        field = m.group("field")
        if any(ch in not_in_field for ch in field) or field.startswith(not_first) or _is_place_name(field):
            continue
        first = text[c.end : at_start.get(c.end, c.end + 1)]
        if _is_verb_tag(tags.get(first, "n")) or (m.end() < len(text) and _CJK.match(text[m.end()]) and m.end() not in at_start and m.end() - 1 not in at_start):
            continue
        out.append(Candidate(c.start, m.end(), "ResearchInstitute", "suffix", 9, "", (("suffix_start", m.end() - 1),)))
    return out


def _academy_short_institutes(text: str) -> list[Candidate]:
    """An academy's institute by its short name, 所 for 研究所 (中科院大气物理所, 中科院地理科学与资源所在…):
    the academy's name and a field of words that are no function words (`academy_short_*` in
    institutions.toml)."""
    pattern, not_in_field, not_first = _academy_short_pattern()
    found = []
    for m in pattern.finditer(text):
        if any(ch in not_in_field for ch in m.group("field")) or m.group("field").startswith(not_first) or m.group("field").endswith("研究"):
            continue
        found.append(Candidate(m.start(), m.end(), "ResearchInstitute", "suffix", 9, "", (("suffix_start", m.end() - 1), ("branch_of", m.group("academy")))))
    return found


@lru_cache(maxsize=1)
def _platform_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`quoted_platform_*` of institutions.toml: a quoted name ending in a platform's head, and quoted
    names listed with 等 before one."""
    rules = lexicon.rules_toml("institutions.toml")
    heads = _alternation(rules["quoted_platform_heads"])
    return (
        re.compile(rf"“([^“”\n]{{2,30}}?(?:{heads}))”"),
        re.compile(rf"((?:“[^“”\n]{{2,16}}”、?)+){rules['quoted_platform_list']}[\u4e00-\u9fff]{{0,{rules['quoted_platform_gap']}}}(?:{heads})"),
    )


def _quoted_platforms(text: str) -> list[Candidate]:
    """Platforms named in quotation marks that hold a place's or a known organisation's name: one
    quoted whole (“大连市智库建设公共服务平台”), or quoted names listed before a platform's head
    (“对话苏州创新”“善治苏州”等决策咨询平台). A quoted phrase before 平台 without 等 describes one
    (“政学互动”平台)."""
    whole, listed = _platform_patterns()
    spans = [m.span(1) for m in whole.finditer(text)]
    for m in listed.finditer(text):
        spans += [(q.start(1) + m.start(1), q.end(1) + m.start(1)) for q in re.finditer(r"“([^“”]+)”", m.group(1))]
    return [Candidate(s, e, "Park", "quoted", 9, "", ()) for s, e in spans if _holds_known_name(text[s:e])]


_QUOTED_NAME = re.compile(r"“([^“”\n]{3,24})”")


def _ending_suffix(name: str, first: int = 0) -> lexicon.Suffix | None:
    """The longest institution suffix `name` ends in, beginning at `first` or later (`first=1`: a suffix with words before it)."""
    index = _suffix_index()
    return next((x for k in range(first, len(name)) for x in index.get(name[k], ()) if name[k:] == x.text), None)


@lru_cache(maxsize=1)
def _quoted_kind_specifics() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("institutions.toml")["quoted_kind_specifics"])


def _quoted_organisations(text: str) -> list[Candidate]:
    """An organisation named in quotation marks, whole, ending in an institution's suffix (“生产力委员会”,
    “中英大学工程教育与研究联盟”): the marks bound the name where the words alone would read a kind or
    stop at a conjunction; only for the heads of `quoted_name_suffixes`. Not a phrase: no punctuation, no word that never stands in a name (的, 是,
    numerals), no verb first (“建设世界一流大学”), and words of its own before the suffix."""
    rules = lexicon.institution_rules()
    tags = word_tags()
    out = []
    for m in _QUOTED_NAME.finditer(text):
        name = m.group(1)
        if not name.endswith(rules.quoted_name_suffixes) or any(_is_punct(ch) for ch in name):
            continue
        suffix = _ending_suffix(name)
        if suffix is None or len(name) - len(suffix.text) < 2:
            continue
        pieces = [name[a:b] for a, b in words_of(name)]
        if any(tags.get(w, "n") in rules.quoted_name_not_tags or w in rules.quoted_name_not_words for w in pieces) or _begins_with_verb(name) or _specific_is_generic(name[: -len(suffix.text)]):
            continue
        if name[: -len(suffix.text)] in _quoted_kind_specifics():
            continue  # 与某集团结为“战略联盟”: a kind of tie, no alliance's name
        out.append(Candidate(m.start(1), m.end(1), suffix.type, "quoted", 9, "", (("suffix_start", m.end(1) - len(suffix.text)),)))
    return out


_CORNER_QUOTED = re.compile(r"「([^「」\n]{3,12})」")


@lru_cache(maxsize=1)
def _project_bearer_pattern() -> re.Pattern[str]:
    data = lexicon.rules_toml("institutions.toml")
    return re.compile(rf"(?:{_alternation(data['project_heads'])})[（(](?P<name>[\u4e00-\u9fffA-Za-z·&]{{2,14}})[)）](?={data['project_bearer_after']})")


def _project_bearers(text: str) -> list[Candidate]:
    """The bodies that carry the projects of a list, each in brackets after its project's title (…芯片的研发及应用（中星微电子）、
    …服务器产业化（寒武纪）、…): where two such items stand in one sentence, each bracket names a company, or the body its suffix
    names; not a gloss (以下简称…, a Latin name: 人才项目（Career）)."""
    found = []
    items = list(_project_bearer_pattern().finditer(text))
    for k, m in enumerate(items):
        near = [o for o in items[max(0, k - 1) : k + 2] if o is not m and not _SENTENCE_MARK.search(text, min(o.end(), m.end()), max(o.start(), m.start()))]
        name = m.group("name")
        if not near or name.startswith(("简称", "以下", "下称")) or name.isascii():
            continue
        if name in _technology_terms() or name in _place_scanner().entries or word_tags().get(name, "") in _BEARER_NOT_TAGS:
            continue  # …技术（区块链）, …平台（北京）, …方案（草案）: a gloss, a place or a word, no body
        suffix = _ending_suffix(name, first=1)
        found.append(Candidate(m.start("name"), m.end("name"), suffix.type if suffix else "Company", "list", 6, "", (("listed", True),)))
    return found


_SENTENCE_MARK = re.compile(r"[。！？!?\n]")
_BEARER_NOT_TAGS = frozenset(["n", "v", "vn", "vd", "a", "ad", "an", "d", "m", "q", "r", "f", "s", "t", "p", "c", "u", "l", "i", "ns"])  # jieba's tags of ordinary words and places (软件, 试行); nz and nr may be names (搜狗, 美的)


_CAPITALS_GLOSS = re.compile(r"\s*[（(]\s*[A-Z]{2,8}\s*[）)]")


def _glossed_agencies(text: str, words) -> list[Candidate]:
    """An agency named 机构 that its Latin abbreviation announces right after (日本科技振兴机构（JST））: a government body,
    its name walked left as a suffix's is; not a kind (特殊目的机构（SPV）: `glossed_agency_not`)."""
    data = lexicon.rules_toml("institutions.toml")
    ending, kinds = data["glossed_agency_ending"], tuple(data["glossed_agency_not"])
    out = []
    for m in re.finditer(re.escape(ending), text):
        if _CAPITALS_GLOSS.match(text, m.end()) is None:
            continue  # 政府机构（Agency）: a word glossed, no abbreviation
        start = _strip_leading(text, left_boundary(text, m.start(), words), m.start())
        specific = text[start : m.start()]
        if len(specific) < 2 or specific.endswith(kinds) or _specific_is_generic(specific):
            continue
        out.append(Candidate(start, m.end(), "GovernmentBody", "suffix", 8, "", (("suffix_start", m.start()),)))
    return out


def _corner_quoted_companies(text: str) -> list[Candidate]:
    """A company's or an investor's short name in corner brackets, as industry news writes them (「臻格生物」宣布完成…):
    the name ends in a trade word (`corner_company_endings`, `corner_fund_endings` in institutions.toml)."""
    data = lexicon.rules_toml("institutions.toml")
    companies, funds = tuple(data["corner_company_endings"]), tuple(data["corner_fund_endings"])
    found = []
    for m in _CORNER_QUOTED.finditer(text):
        name = m.group(1)
        if any(_is_punct(ch) or ch.isspace() for ch in name):
            continue
        ending = next((e for e in (*companies, *funds) if name.endswith(e)), None)
        if ending is None:
            continue
        label = "Company" if ending in companies else "Fund"
        if len(name) - len(ending) >= 2 and not _specific_is_generic(name[: -len(ending)]) and name[: -len(ending)] not in _technology_terms():  # not 「人工智能科技」
            found.append(Candidate(m.start(1), m.end(1), label, "quoted", 9, "", (("suffix_start", m.end(1) - len(ending)), ("listed", True))))
    return found


@lru_cache(maxsize=1)
def stock_code() -> re.Pattern[str]:
    """A listed company's stock code (688185.SH, 2269.HK, BGNE.O: `stock_code` in institutions.toml)."""
    return re.compile(lexicon.rules_toml("institutions.toml")["stock_code"])


@lru_cache(maxsize=1)
def _bracketed_stock_code() -> re.Pattern[str]:
    rules = lexicon.rules_toml("institutions.toml")
    return re.compile(rf"[（(]\s*(?:(?:{stock_code().pattern}|{rules['stock_code_bare']})\s*[）)]|{rules['stock_code_priced']})")


@dataclass(frozen=True)
class _TradeNameRules:
    """The `trade_name_*` rules of institutions.toml, read once."""

    pattern: re.Pattern[str]  # a clause's start, a name, a trade word, a company's act after it
    fund_endings: tuple[str, ...]  # 资本, 创投 …: an investor's trade
    endings: tuple[str, ...]
    not_words: frozenset[str]  # 传统, 商业 …: sectors and kinds
    not_tags: frozenset[str]  # a common noun's tags
    not_tag_classes: str  # the first letters of tags of no name part
    kind_heads: re.Pattern[str]  # 公司, 企业: a company's kind written before its name


@lru_cache(maxsize=1)
def _trade_name_rules() -> _TradeNameRules:
    data = lexicon.rules_toml("institutions.toml")
    low, high = data["trade_name_chars"]
    before = re.escape(data["trade_name_before"])
    pattern = re.compile(
        rf"(?:^|(?<=[{before}]))(?P<name>[\u4e00-\u9fff]{{{low},{high}}}?)(?P<trade>{_alternation(data['trade_name_endings'])})(?=(?:{data['trade_name_gloss']})?(?:{_alternation(data['trade_name_acts'])}))", re.M
    )
    return _TradeNameRules(
        pattern, tuple(data["corner_fund_endings"]), tuple(data["trade_name_endings"]), frozenset(data["trade_name_not_words"]),
        frozenset(data["trade_name_not_tags"]), data["trade_name_not_tag_classes"], re.compile(_alternation(data["kind_company_heads"])),
    )


def _trade_named_companies(text: str) -> list[Candidate]:
    """A company named by a short name and its trade as the subject of a company's act (零壹空间完成A轮融资,
    沃森生物在玉溪举行…, 强脑科技（BrainCo）诞生于…: `trade_name_*` in institutions.toml): the name part is no common word, no place, no field
    of the technology list and no kind, and holds no trade word itself."""
    rules = _trade_name_rules()
    found = []
    for m in rules.pattern.finditer(text):
        if not _trade_name(m.group("name"), rules) or m.group() in _technology_terms():
            continue  # 微纳机器人: a field of the technology list, not a company
        label = "Fund" if m.group("trade").endswith(rules.fund_endings) else "Company"
        found.append(Candidate(m.start(), m.end(), label, "suffix", 5, "", (("suffix_start", m.start("trade")), ("trade_named", True))))
    return found


def _place_led_legal_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A company's registered name from the place's name a few characters before where the rules began it
    (湖北新日电动车有限公司: `place_led_*` in institutions.toml), when no stop word or mark stands between."""
    data = lexicon.rules_toml("institutions.toml")
    forms, gap = tuple(data["place_led_legal_forms"]), data["place_led_gap"]
    stops = lexicon.institution_rules().stop_words
    out = []
    for c in candidates:
        if c.label != "Company" or not text.endswith(forms, c.start, c.end) or _place_ending_at(text, c.start) is not None:
            continue
        for g in range(1, gap + 1):
            between = text[c.start - g : c.start]
            if c.start - g < 0 or not _CJK.match(between[0]) or any(w in between for w in stops):
                break
            start = _place_ending_at(text, c.start - g)
            if start is not None and any(p.kind in ("province", "city") for p in _place_scanner().entries.get(text[start : c.start - g], ())):
                out.append(replace(c, start=start))
                break
    return out


def _trade_name(name: str, rules: _TradeNameRules) -> bool:
    """Whether the words before a trade word name a company: none of them a common word, a place, a sector, a
    field or a kind, and no place or kind before a sector (中国|商业航天, 国内|汽车芯片)."""
    tags = word_tags()
    tag = tags.get(name, "nz")
    if (
        any(e in name for e in rules.endings)
        or name in rules.not_words
        or tag in rules.not_tags
        or tag[:1] in rules.not_tag_classes
        or any(tags.get(name[a:b], "x")[:1] in _NO_NAME_TAGS for a, b in words_of(name))
        or _is_place_name(name)
        or _place_ending_at(name, len(name)) is not None
        or name in _technology_terms()
        or _specific_is_generic(name)
        or _begins_with_verb(name)
        or name[0] in "一二三四五六七八九十两零〇"
        or (len(name) > 2 and tags.get(name[-2:], "x")[:1] == "v")  # 大力|发展|氢能: a verb before the trade word names no company
    ):
        return False
    generic = lexicon.institution_rules().generic_modifiers_longest
    for k in range(2, len(name) - 1):  # a place's or a kind's word before a sector's
        head, rest = name[:k], name[k:]
        if (_is_place_name(head) or head in generic) and (rest in rules.not_words or rest in _technology_terms() or tags.get(rest, "x") in ("n", "vn")):
            return False
    return True


def _listed_companies(text: str, words: Words) -> list[Candidate]:
    """A listed company named with its stock code in brackets (康希诺（688185.SH）: `stock_code` in institutions.toml):
    the words before the code, back to punctuation or a word that never stands in a name, eight characters at most."""
    found = []
    for m in _bracketed_stock_code().finditer(text):
        start = left_boundary(text, m.start(), words, limit=8)
        name = text[start : m.start()].strip()
        first = next((name[a:b] for a, b in words_of(name)), name)
        if len(name) >= 2 and not _specific_is_generic(name) and not _begins_with_verb(name) and not word_tags().get(first, "").startswith("r"):
            found.append(Candidate(m.start() - len(name), m.start(), "Company", "suffix", 7, "", (("suffix_start", m.start()), ("listed", True))))  # not 本公司
    return found


def _foreign_ministries(text: str, words: Words) -> list[Candidate]:
    """Foreign ministries named by their country and fields (`ministry_ending` in institutions.toml)."""
    data = lexicon.rules_toml("institutions.toml")
    ending, found = data["ministry_ending"], []
    for m in re.finditer(re.escape(ending), text):
        i, end = m.start(), m.end()
        if end < len(text) and text[end] in data["ministry_not_after"]:
            continue
        word = words.containing(i)
        if word is not None and text[word[0] : i] in _ministry_not_fields():
            continue  # the segmentation reads 部 into a word that is no field (全部, 西部, 俱乐部)
        start = _ministry_start(text, i)
        if start is None and _FOUNDING_YEAR.match(text, end):
            start = _listed_ministry_start(text, i, words)  # …（1974年）、研究与技术部（1981年）: a list of a country's ministries
        if start is not None:
            found.append(Candidate(start, end, "GovernmentBody", "suffix", 7, "", (("suffix_start", i), ("ministry_of", text[start:i]))))
    return found


# --- technologies -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _tech_scanner() -> _Scanner:
    scanner = _Scanner()
    for term in lexicon.technologies():
        for name in (term.term, *term.aliases):
            if len(name) >= 2:
                scanner.add(name, term)
    return scanner


def ht_technologies(doc: Doc) -> Doc:
    text = text_of(doc)
    rules = lexicon.rules_toml("technology.toml")
    generic_heads = set(rules["generic_heads"])
    field_re = re.compile("(?:" + "|".join(sorted(map(re.escape, rules["field_words"]), key=len, reverse=True)) + ")技术")
    found = []
    for start, end, name, terms in _tech_scanner().scan(text):
        if not _latin_boundary(text, start, end):
            continue
        if len(name) <= 2 and _CJK.match(name[0]) and not (start in doc.user_data["word_starts"] or end in doc.user_data["word_ends"]):
            continue
        if _CJK.match(name[0]) and start not in doc.user_data["word_starts"] and (inside := doc.user_data["words"].containing(start)) is not None and inside[0] < start < inside[1] < end and text[inside[1] : end] in _technology_words() and text[inside[0] : inside[1]] in word_tags():
            continue  # 加强|人工智能: the term's first character ends a dictionary word before it and the rest is a term, no 强人工智能
        exact = (start, end)
        if name in generic_heads:
            if any(t.start < start and t.end == end for t in found):
                continue  # the head of a longer term (芯片 in 类脑芯片)
            modified = _modifier_start(doc, start, rules)
            if modified is None:
                continue
            start = modified
        name_span = exact
        end = _technology_end(doc, end, rules)
        start = _alternative_start(text, start, doc.user_data["words"])
        if name_span == (start, end):
            found.append(Candidate(start, end, "Technology", "taxonomy", 4, f"tech:{terms[0].term}", (("tech", terms[0]),)))
        else:  # a narrower technology than the term it was found by: its own entity, under that term
            found.append(Candidate(start, end, "Technology", "taxonomy", 4, "", (("broader_term", terms[0]),)))
    for m in field_re.finditer(text):
        if m.start() in doc.user_data["word_starts"] and not any(c.start < m.start() < c.end for c in found):  # 新材料技术 is 新材料's, not 材料技术
            found.append(Candidate(m.start(), m.end(), "Technology", "field", 3, f"tech:{m.group(0)}"))
    _add(doc, found)
    return doc



def _technology_end(doc: Doc, end: int, rules) -> int:
    """Extend over a device character or an object word written against the term (量子计算机, 量子信息传输)."""
    text = text_of(doc)
    if end < len(text) and text[end] in rules["device_chars"] and (end + 1 == len(text) or end + 1 in doc.user_data["word_ends"] or not _CJK.match(text[end + 1 : end + 2] or "a")):
        return end + 1
    for word in sorted(rules["right_words"], key=len, reverse=True):
        if text.startswith(word, end) and end + len(word) in doc.user_data["word_ends"]:
            return end + len(word)
    return end


def _alternative_start(text: str, start: int, words: list[tuple[int, int]]) -> int:
    """"卷积 / 循环神经网络": alternatives written with a slash form one span."""
    m = re.search(r"\s*/\s*$", text[max(0, start - 4) : start])
    if not m:
        return start
    slash = start - len(m.group(0))
    s = _indexed(words).at_end.get(slash)
    if s is not None and 2 <= slash - s <= 4 and all(_CJK.match(ch) for ch in text[s:slash]):
        return s
    return start


def _modifier_start(doc: Doc, start: int, rules, words_left: int = 2) -> int | None:
    """Start of the modifier words written against a product-class head (群体 in 群体机器人), if any."""
    tags = word_tags()
    ends = doc.user_data["word_ends"]
    if start not in ends:
        return None
    s = ends[start]
    word = text_of(doc)[s:start]
    if not (2 <= len(word) <= 4) or not all(_CJK.match(ch) for ch in word):
        return None
    if word in rules["modifier_stops"] or word in lexicon.institution_rules().stop_words:
        return None
    if word in _place_scanner().entries:
        return None
    if tags.get(word, "x") not in rules["modifier_tags"]:
        return None
    further = _modifier_start(doc, s, rules, words_left - 1) if words_left > 1 else None
    return further if further is not None else s


# --- policies -----------------------------------------------------------------------------------

_TITLE = re.compile(r"《([^《》\n]{1,80})》")
_NO_NAME_TAGS = "pmqrdcu"  # jieba tags of words that never stand inside a programme's name


@dataclass(frozen=True)
class TitleRules:
    """policies.toml read once: endings (longest first) with their class, generic words (longest
    first), and the compiled patterns."""

    endings: tuple[tuple[str, str], ...]
    generic: tuple[str, ...]
    intro: frozenset[str]  # words that introduce a name (verbs) or end the list before it
    rules: dict = field(hash=False, compare=False)
    bare: re.Pattern[str] = field(hash=False, compare=False)
    coded: tuple[re.Pattern[str], ...] = field(hash=False, compare=False)
    quoted: re.Pattern[str] = field(hash=False, compare=False)  # “…计划”
    followed: re.Pattern[str] = field(hash=False, compare=False)  # “人才特区”战略
    ending_at_end: re.Pattern[str] = field(hash=False, compare=False)
    works: re.Pattern[str] = field(hash=False, compare=False)  # “…”专栏
    dated_names: tuple[tuple[re.Pattern[str], str], ...] = field(default=(), hash=False, compare=False)  # 中国制造2025
    any_quoted: re.Pattern[str] = field(default=re.compile(r"“([^“”\"\n]{2,20})[”\"]"), hash=False, compare=False)  # “中国制造2025” (OCR: “…")
    latin_programme: re.Pattern[str] | None = field(default=None, hash=False, compare=False)  # SciSIP计划
    glossed: re.Pattern[str] | None = field(default=None, hash=False, compare=False)  # 中国地磁卫星计划(Chinese …)
    congress_report: re.Pattern[str] | None = field(default=None, hash=False, compare=False)  # 十九大报告
    known_programmes: re.Pattern[str] | None = field(default=None, hash=False, compare=False)  # 火炬计划, 知识创新工程
    document_number: re.Pattern[str] | None = field(default=None, hash=False, compare=False)  # 国发〔2015〕71号
    numbered_programmes: re.Pattern[str] | None = field(default=None, hash=False, compare=False)  # 863、973…等项目
    quoted_ending_at_end: re.Pattern[str] | None = field(default=None, hash=False, compare=False)  # “…路线图”, “…行动”
    quoted_year_at_end: re.Pattern[str] | None = field(default=None, hash=False, compare=False)  # “…战略2014一2018”


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))


@lru_cache(maxsize=1)
def title_rules() -> TitleRules:
    rules = lexicon.rules_toml("policies.toml")
    endings = [(t, e["type"]) for e in rules["ending"] for t in e["text"]] + [(t, "context") for t in rules["context_endings"]]
    endings.sort(key=lambda te: -len(te[0]))
    unbracketed = _alternation(rules["unbracketed_endings"])
    quoted_endings = _alternation([*rules["unbracketed_endings"], *rules["quoted_endings"]])
    return TitleRules(
        tuple(endings),
        tuple(sorted(rules["unbracketed_generic"], key=len, reverse=True)),
        frozenset(rules["unbracketed_verbs"]) | frozenset(rules["list_joiners"]),
        rules,
        re.compile(_alternation([*rules["bare_endings"], *rules["state_endings"]])),
        tuple(re.compile(p) for p in rules["coded_names"]),
        re.compile(rf"[“\"「]([^“”\"「」\n]{{2,30}}?(?:{quoted_endings})(?:{rules['quoted_year']})?)[”\"」]"),  # corner brackets quote too (「2030启航计划」)
        re.compile(rf"[“\"「]([^“”\"「」\n]{{2,30}})[”\"」](?=({_alternation(rules['quoted_followers'])}))"),
        re.compile(rf"(?:{unbracketed})$"),
        re.compile(rf"“([^“”\n]{{2,40}})”(?={_alternation(rules['publication_followers'])})"),
        tuple((re.compile(d["pattern"]), d["type"]) for d in rules.get("dated_name", ())),
        latin_programme=re.compile(rules["latin_programme"]),
        glossed=re.compile(rf"(?:{_alternation(rules['glossed_endings'])})(?={rules['glossed_by']})|(?:{_alternation(rules['abbreviated_endings'])})(?={rules['abbreviated_by']})"),
        congress_report=re.compile(rules["congress_report"]),
        known_programmes=re.compile(rf"(?:{_alternation(rules['known_programmes'])}){rules['known_programme_tail']}"),
        document_number=re.compile(rules["document_number"]),
        numbered_programmes=re.compile(rules["numbered_programmes"]),
        quoted_ending_at_end=re.compile(rf"(?:{quoted_endings})$"),
        quoted_year_at_end=re.compile(rf"(?:{rules['quoted_year']})$"),
    )


_CLAUSE_MARK = re.compile(r"[，,；;。：:]")
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def head_kind(title: str) -> str | None:
    """The class a title's head noun gives it (Law, Plan, Programme, Strategy, Guideline, Agreement,
    Publication), "context" when the context decides, or None when no head noun is known."""
    core = _CJK_GAP.sub("", title.strip())  # 发展规 划: a PDF's line or column break inside the title
    for _ in range(2):
        core = re.sub(r"[（(][^（）()]*[)）]$", "", core).strip()
    core = re.sub(r"[”’\"]+$", "", core)
    core = re.sub(title_rules().rules["draft_marks"], "", core) or core  # 章程草案: a draft is of its head's kind
    dated = core
    core = re.sub(r"\s*[0-9]{4}(?:\s*[~～—–-]\s*[0-9]{4})?年?$", "", core).strip()  # …战略2030
    kind = next((kind for text, kind in title_rules().endings if core.endswith(text)), None)
    main = re.split(r"——|：|:", core, maxsplit=1)[0].strip()
    if main != core and kind == "Publication" and (first := head_kind(re.sub(title_rules().rules["numbered_part"], "", main))) not in (None, "context", "Publication"):
        return first  # 《…内容与格式准则第41号——科创板公司招股说明书》: a standard's part, named by what it governs
    if kind is None and main == core:
        # A name with a target year and no head noun is a plan (中国制造2025, 健康中国2030).
        return next((kind for pattern, kind in title_rules().dated_names if pattern.fullmatch(dated)), None)
    return head_kind(main) if kind is None and main != core else kind


def policy_kind(title: str) -> str | None:
    """The policy class a 《title》's head noun names, or None for a publication or a title without one."""
    kind = head_kind(title)
    return None if kind in (None, "context", "Publication") else kind


def title_kind(text: str, start: int, end: int) -> str:
    """The class of the title text[start:end] (inside 《》): its head noun's; where that is missing or
    ambiguous, a verb right before the title makes it a policy, and otherwise it is a Publication."""
    tr = title_rules()
    kind = head_kind(text[start:end])
    clause = text[max(0, start - 60) : start]
    clause = clause[max(clause.rfind(m) for m in "。；;\n") + 1 :]
    if any(cue in clause for cue in tr.rules["works_cues"]):
        return "Publication"  # 主要著作有《…》、《生物化学工程》: an author's books, whatever their head noun
    if re.match(tr.rules["periodical_after"], text[end + 1 : end + 16]):
        return "Publication"  # 《计算机工程》（1975年创刊…）: a periodical
    if kind not in (None, "context"):
        return kind
    if kind is None and re.match(tr.rules["authority_title"], text[start:end]):
        return "Policy"  # 《中共中央关于…的建议》: the central body's document, whatever its last word
    before = text[max(0, start - 9) : max(0, start - 1)].rstrip("了的 ")
    verbs = tr.rules["issue_verbs"] + tr.rules["policy_verbs"] if kind == "context" else tr.rules["policy_verbs"]
    after = text[end + 1 : end + 8]
    if kind is None and after.startswith(tuple(tr.rules["publication_after_title"])):
        return "Publication"  # 颁布《…》报告: the text calls it a report
    if kind is None and after.startswith(tuple(tr.rules["policy_after_title"])):
        return "Policy"  # 根据《…审核问答》等相关规定: the text calls it a rule
    if any(before.endswith(v) for v in verbs):
        return tr.rules["context_type"] if kind == "context" else "Policy"
    if kind is None and (head := next((h for h in tr.rules["head_after_title"] if after.startswith(h)), None)):
        return head_kind(head) or "Policy"  # 《宇宙憧憬(2015—2025)》规划: the head noun written after the title
    return "Publication"


def titles(text: str) -> list[tuple[int, int, str]]:
    """Each 《title》 of a text as (start, end) inside the marks and its class (a policy class or Publication)."""
    out = []
    for m in _TITLE.finditer(text):
        start, end = m.start(1), m.end(1)
        while start < end and text[start].isspace():
            start += 1  # 《 国家中长期…》: the title without the spaces inside its marks
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end, title_kind(text, start, end)))
    return out


def _a_countrys_own(specific: str) -> bool:
    """Whether a quoted name's specific part is a country's name and a word of one character or more that no generic
    word begins (中国|脑, 美国|脑): the country's programme of that field."""
    country = _country_prefix(specific)
    rest, generic = specific[country:], title_rules().generic
    while (g := next((g for g in generic if rest.startswith(g)), None)) is not None:
        rest = rest[len(g) :]
    return bool(country) and bool(rest)


def _generic(specific: str) -> bool:
    """Whether a name's specific part is generic words only, bar fewer than two characters (国家发展, 科技合作)."""
    rest, generic = specific, title_rules().generic
    while (g := next((g for g in generic if rest.startswith(g)), None)) is not None:
        rest = rest[len(g) :]
    return len(rest) < 2


def _pieces(start: int, end: int, words: Words) -> list[tuple[int, int]]:
    """The jieba words of [start, end), a word cut by either edge clipped to it (火炬 of 火炬计划)."""
    a = (words.containing(start) or (start,))[0]
    b = (words.containing(end) or (0, end))[1]
    return [(max(s, start), min(e, end)) for s, e in words.within(a, b) if min(e, end) > max(s, start)]


@lru_cache(maxsize=1)
def _roles_after_institutions() -> tuple[frozenset[str], tuple[str, ...]]:
    """`unbracketed_roles` of policies.toml, and the institution nouns after which they are a person's title."""
    return frozenset(title_rules().rules["unbracketed_roles"]), tuple(_institution_nouns())


def _name_start(text: str, start: int, end: int, words: Words, min_len: int) -> int | None:
    """Where the name whose specific part is text[start:end] begins, once the verbs that introduce
    it (实施…, 贯彻落实…) and the list before it (…和) are cut off; None when what is left is no
    name (too short, generic, or with function words, numerals or Latin letters)."""
    verbs, rules = title_rules().intro, title_rules().rules
    inner = _pieces(start, end, words)
    joined, conjunctions = rules["joined_name_words"], rules["joined_name_conjunctions"]
    phrase = {  # 研究和发展: a conjunction inside one phrase of the name, not a list before it
        inner[k] for k, (s, e) in enumerate(inner) if text[s:e] in conjunctions and 0 < k < len(inner) - 1 and text[slice(*inner[k - 1])] in joined and text[slice(*inner[k + 1])] in joined
    }
    last_verb = max((k for k, piece in enumerate(inner) if text[slice(*piece)] in verbs and piece not in phrase), default=-1)
    if last_verb >= 0:
        start, inner = inner[last_verb][1], inner[last_verb + 1 :]
    roles, nouns = _roles_after_institutions()
    after_title = max((k for k, (s, e) in enumerate(inner) if text[s:e] in roles and text.endswith(nouns, 0, s)), default=-1)
    if after_title >= 0:  # 某中心研究员|空间科学先导专项: a person's title after the institution, not the programme's words (研究员奖学金计划 is one)
        start, inner = inner[after_title][1], inner[after_title + 1 :]
    tags = word_tags()
    specific = text[start:end]
    if not inner or len(specific) < min_len or _generic(specific):
        return None
    if any((tags.get(text[s:e], "x")[:1] in _NO_NAME_TAGS or not _CJK.match(text[s])) and (s, e) not in phrase and not _LATIN_CODE.fullmatch(text[s:e]) for s, e in inner):
        return None  # (a route's code between the name's words is one of them: 共建G60上海松江科创走廊合作协议)
    return start


_TARGET_YEAR_AFTER = re.compile(r"\s?(?:19|20)[0-9]{2}")


@lru_cache(maxsize=1)
def _field_terms() -> frozenset[str]:
    """The technology list's terms and aliases: the fields a plan may be of."""
    return frozenset(n for t in lexicon.technologies() for n in (t.term, *t.aliases))


def _a_fields_kind(specific: str) -> bool:
    """Whether a bare name's words before its head noun are a field of the technology list and the
    field_kind_tails of policies.toml (纳米技术发展|计划, 纳米创新|战略): a kind of plan any country may have.
    国家 before the field makes it one state's (国家纳米技术计划), but not 国家级 (国家级量子计划: a level's kind)."""
    tails, rest = tuple(title_rules().rules["field_kind_tails"]), specific
    rest = rest[len(lead) :] if (lead := next((w for w in title_rules().rules["field_kind_leads"] if rest.startswith(w)), "")) else rest  # 国家级|量子
    while rest and (t := next((t for t in tails if rest.endswith(t) and len(rest) > len(t)), None)):
        rest = rest[: -len(t)]
    terms = _field_terms()
    return rest in terms or rest + "技术" in terms


def _without_words(text: str, words) -> str:
    """`text` without the listed words, longest first (深化战略合作 without 深化, 战略, 合作: nothing)."""
    for w in sorted(words, key=len, reverse=True):
        text = text.replace(w, "")
    return text


def _owned_name(name: str) -> bool:
    """Whether a name holds a known programme's, a place's or a well-known organisation's name (京津冀…)."""
    if title_rules().known_programmes.search(name):
        return True  # 国家创新驱动发展战略: a named national strategy
    return _holds_known_name(name)


def _bare_names(text: str, doc: Doc) -> list[Candidate]:
    """Names without quotation marks, found by their ending: 创新驱动发展战略, 粤港澳科技合作框架协议,
    and state programmes (国家重点研发计划)."""
    tr = title_rules()
    rules, words = tr.rules, doc.user_data["words"]
    state = set(rules["state_endings"]) - set(rules["bare_endings"])
    found = []
    for m in tr.bare.finditer(text):
        if m.end() < len(text) and _CJK.match(text[m.end()]) and m.end() not in doc.user_data["word_ends"]:
            continue
        if any(text.startswith(w, m.end()) for w in rules["bare_not_before"]):
            continue
        start = left_boundary(text, m.start(), words, limit=16)
        if start > 0 and text[start - 1] in "《“\"":
            continue
        start = _name_start(text, start, m.start(), words, 4)
        if start is None:
            continue
        if m.group(0) in state:
            prefix = next((p for p in rules["state_prefixes"] if text.startswith(p, start)), None)
            if prefix is None or _generic(text[start + len(prefix) : m.start()]):
                continue
        if text.endswith(tuple(rules["owned_heads"]), start, m.end()) and not _owned_name(text[start : m.end()]):
            continue  # 空间科学发展战略 describes; 京津冀协同发展战略 is one region's
        if text.endswith(tuple(rules["process_endings"]), start, m.start()) and not _owned_name(text[start : m.end()]):
            continue  # 产业多元化战略, 专利商业化战略: a strategy named by a process describes
        if m.group(0) in tr.rules["field_kind_heads"] and _a_fields_kind(text[start : m.start()]) and not _owned_name(text[start : m.end()]) and not _TARGET_YEAR_AFTER.match(text, m.end()):
            continue  # 作为纳米创新战略的领先者: a kind of strategy; 纳米技术行动计划2020 is one
        if lexicon.institution_rules().counted_great.match(text[start : m.start()]):
            continue  # 六大人才行动计划, 三大战略: the label of a group of plans, not one
        opener = next((w for w in rules["bare_agreement_built"] if text.endswith(w, 0, start)), None)
        if opener is not None:
            start -= len(opener)  # 共建|北京大学长三角光电科学研究院协议: the agreement is named by what is built, the verb with it
        built = text.startswith(tuple(rules["bare_agreement_built"]), start)
        if m.group(0) == rules["bare_plain_agreement"] and not built:
            continue  # 签署协议: a bare 协议 names only what the parties build together
        if head_kind(m.group(0)) == "Agreement" and not built and (
            any(w in text[start : m.start()] for w in rules["bare_agreement_party_words"])
            or text[start - 1 : start] in rules["bare_agreement_after"]
            or not _without_words(text[start : m.start()], rules["bare_agreement_generic_words"])
        ):
            continue  # 中国海洋大学与华为技术有限公司|战略合作协议, 深化战略合作协议: an agreement its parties or its kind describe, not a titled one
        found.append(Candidate(start, m.end(), "Policy", "pattern", 3, "", (("policy_kind", head_kind(m.group(0))),)))
    return found


@lru_cache(maxsize=1)
def _owned_plan_heads() -> re.Pattern[str]:
    return re.compile(_alternation(title_rules().rules["owned_plan_heads"]))


def _owned_plans(text: str, doc: Doc) -> list[Candidate]:
    """Plans and agreements a province or a city owns, named bare by its full name (江苏省新型研发机构培育行动计划):
    `owned_plan_*` in policies.toml."""
    rules, ends = title_rules().rules, doc.user_data["word_ends"]
    places = _place_scanner().entries
    after, inside, reach = tuple(rules["owned_plan_after"]), tuple(rules["owned_plan_not_inside"]), rules["owned_plan_max_chars"]
    found = []
    for m in _owned_plan_heads().finditer(text):
        if (m.end() < len(text) and _CJK.match(text[m.end()]) and m.end() not in ends) or (m.start() > 0 and text[m.start() - 1] in "《“\"「"):
            continue
        for start in range(m.start() - 5, max(0, m.start() - reach - 8) - 1, -1):  # the owner nearest the head first
            owner = next((text[start:e] for e in range(start + 3, min(start + 9, m.start())) if text[e - 1] in "省市区" and any(p.country == "CN" and p.level in ("province", "prefecture") and p.name == text[start:e] for p in places.get(text[start:e], ()))), None)
            if owner is None:
                continue
            if start > 0 and _CJK.match(text[start - 1]) and not text.endswith(after, 0, start):
                continue
            middle = text[start + len(owner) : m.start()]
            if len(middle) < 2 or not all(_CJK.match(ch) or ch.isdigit() for ch in middle) or any(w in middle for w in inside):
                continue
            if start > 0 and text[start - 1] in "《“\"「":
                continue
            found.append(Candidate(start, m.end(), "Policy", "pattern", 3, "", (("policy_kind", head_kind(m.group(0))),)))
            break
    return found


@lru_cache(maxsize=1)
def _place_agreement_heads() -> re.Pattern[str]:
    return re.compile(_alternation(title_rules().rules["place_agreement_heads"]))


_AGREEMENT_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z]{3,8}\s?$")


def _place_agreements(text: str, doc: Doc) -> list[Candidate]:
    """Agreements named bare by the place they were made in (巴黎协定, 京都议定书, 魁北克协定, 维也纳宣言): a
    place's whole name right before the head, where a word begins, and the head ending a word; or by their
    Latin acronym (RCEP协定, TRIPS协定)."""
    places, starts, ends = _place_scanner().entries, doc.user_data["word_starts"], doc.user_data["word_ends"]
    found = []
    for m in _place_agreement_heads().finditer(text):
        if m.end() < len(text) and _CJK.match(text[m.end()]) and m.end() not in ends:
            continue
        if (acronym := _AGREEMENT_ACRONYM.search(text, max(0, m.start() - 10), m.start())) is not None:
            found.append(Candidate(acronym.start(), m.end(), "Policy", "pattern", 3, "", (("policy_kind", "Agreement"),)))
            continue  # RCEP协定, TRIPS协定: an agreement by its Latin acronym
        start = next((m.start() - n for n in range(min(6, m.start()), 1, -1) if text[m.start() - n : m.start()] in places), None)
        if start is None or (start > 0 and text[start - 1] in "《“\"") or (start not in starts and start > 0 and _CJK.match(text[start - 1])):
            continue
        before = doc.user_data["words"].at_end.get(start)
        if start > 0 and _CJK.match(text[start - 1]) and before is not None and word_tags().get(text[before:start], "n")[:1] not in "vupc":
            continue  # 硬科技|西安宣言: a modifier before the place makes a longer name, not this one
        found.append(Candidate(start, m.end(), "Policy", "pattern", 3, "", (("policy_kind", "Agreement"),)))
    return found


@lru_cache(maxsize=1)
def _known_laws() -> re.Pattern[str]:
    rules = title_rules().rules
    return re.compile(rf"(?:{_alternation(rules['known_laws'])})(?![{rules['known_law_not_before']}])")


@dataclass(frozen=True)
class _IssuedRules:
    """The `issued_*` rules of policies.toml, compiled once."""

    pattern: re.Pattern[str]  # a verb, an adverb, and the name up to its head noun
    adverbs: tuple[str, ...]  # longest first
    actors: tuple[str, ...]
    agency: re.Pattern[str]  # an agency's Latin abbreviation, right before the verb
    endings: tuple[str, ...]  # longest first
    min_specific: int
    quoted: re.Pattern[str]  # 推出“…制度”: the same in quotation marks


_YEAR_BEFORE = re.compile(r"[于在]?(?:19|20)[0-9]{2}\s*年(?:起)?$")


@lru_cache(maxsize=1)
def _issued_rules() -> _IssuedRules:
    rules = title_rules().rules
    return _IssuedRules(
        re.compile(
            rf"(?:{_alternation(rules['issued_verbs'])})(?:{_alternation(rules['issued_adverbs'])})?"
            rf"([\u4e00-\u9fff][\u4e00-\u9fff与和及]{{1,15}}?(?:{_alternation(rules['issued_endings'])}))"
        ),
        tuple(sorted(rules["issued_adverbs"], key=len, reverse=True)),
        tuple(rules["issued_actors"]),
        re.compile(rules["issued_agency"]),
        tuple(sorted(rules["issued_endings"], key=len, reverse=True)),
        rules["issued_min_specific"],
        re.compile(
            rf"(?:{_alternation(rules['issued_verbs'])})(?:{_alternation(rules['issued_adverbs'])})?"
            rf"[“\"「]([\u4e00-\u9fff][^“”\"「」\n，,。；;：:]{{1,24}}?(?:{_alternation(rules['issued_endings'])}))[”\"」]"
        ),
    )


def _issuer_before(text: str, pos: int) -> bool:
    """Whether a country or a government body is written right before `pos`, adverbs and a year aside
    (法国又|推出, 日本政府于1983年|设立)."""
    rules = _issued_rules()
    changed = True
    while changed:
        changed = False
        if (year := _YEAR_BEFORE.search(text[max(0, pos - 8) : pos])) is not None:
            pos -= len(year.group())
            changed = True
        for adverb in rules.adverbs:
            if text.endswith(adverb, 0, pos):
                pos -= len(adverb)
                changed = True
                break
    return _country_start(text, pos, space=False) < pos or text.endswith(rules.actors, 0, pos) or rules.agency.search(text, max(0, pos - 8), pos) is not None


def _issued_names(text: str, doc: Doc) -> list[Candidate]:
    """Programmes, policies and systems named bare right after a government sets them up (法国政府出台|
    工业研究培训计划, 日本推出了|国立研究开发法人制度): the issuer makes the words a name, not a kind."""
    rules, issued = title_rules().rules, _issued_rules()
    words, ends = doc.user_data["words"], doc.user_data["word_ends"]
    found = []
    for m in issued.pattern.finditer(text):
        start, end = m.start(1), m.end(1)
        if not _issuer_before(text, m.start()) or text[start - 1 : start] in "《“\"":
            continue
        if end < len(text) and _CJK.match(text[end]) and end not in ends:
            continue
        if any(text.startswith(w, end) for w in rules["bare_not_before"]):
            continue
        head = next(h for h in issued.endings if text.endswith(h, start, end))
        if end - len(head) - start < issued.min_specific or _name_start(text, start, end - len(head), words, 4) != start:
            continue
        if head in rules["field_kind_heads"] and _a_fields_kind(text[start : end - len(head)]) and not _owned_name(text[start:end]):
            continue  # 中国制定|纳米技术发展计划较早: a kind of plan
        found.append(Candidate(start, end, "Policy", "pattern", 3, "", (("policy_kind", head_kind(text[start:end]) or "Programme"),)))
    for m in issued.quoted.finditer(text):  # 日本科学技术厅推出“创造性科学技术推进制度”: the marks bound the name
        start, end = m.start(1), m.end(1)
        head = next(h for h in issued.endings if text.endswith(h, start, end))
        if _issuer_before(text, m.start()) and end - len(head) - start >= issued.min_specific and not _generic(text[start : end - len(head)]):
            found.append(Candidate(start, end, "Policy", "quoted", 12, "", (("policy_kind", head_kind(text[start:end]) or "Programme"),)))
    return found


@lru_cache(maxsize=1)
def _issued_title_pattern() -> re.Pattern[str]:
    rules = title_rules().rules
    verbs = _alternation(rules["issued_title_verbs"])
    named = _alternation(rules["issued_title_named_heads"])
    body, first = rules["issued_title_body"], _alternation(rules["issued_title_first"])
    return re.compile(rf"(?:{verbs})了?(?P<t>{_issued_about()}|(?:{first}){body}{{4,38}}?的(?:{named}))(?={rules['issued_title_after']})")


def _issued_about() -> str:
    """The pattern of a title that begins with 关于 and ends in a document's head, a programme quoted inside it allowed."""
    rules = title_rules().rules
    return rf"关于(?:{rules['issued_title_body']}|{rules['issued_title_quoted']}){{4,40}}?的?(?:{_alternation(rules['issued_title_heads'])})"


@lru_cache(maxsize=1)
def _issued_title_listed() -> re.Pattern[str]:
    """A further title beginning with 关于 listed right after an issued one (…的决定、关于…的决定)."""
    rules = title_rules().rules
    return re.compile(rf"(?:{_alternation(rules['issued_title_list'])})(?P<t>{_issued_about()})(?={rules['issued_title_after']})")


@lru_cache(maxsize=1)
def _quoted_document_pattern() -> re.Pattern[str]:
    rules = title_rules().rules
    return re.compile(rf"“(?P<t>{rules['quoted_document_body']}的(?:{_alternation(rules['quoted_document_heads'])}))”")


def _issued_titles(text: str) -> list[Candidate]:
    """A document's title written without 《》 right after the verb that issues it, where it reads as one: it begins
    with 关于 (印发关于加快发展先进制造业集群的指导意见, and the titles listed after it that begin so), or begins with a
    title's verb and ends in 的 and a head only a document has (提出推动未来产业创新发展的实施意见; not 提出了加快发展的意见,
    出台了落实指导意见的实施方案); a title in quotation marks that ends in 的 and such a head (“…的意见”); and a title on a
    line of its own, its issuers before it (工业和信息化部关于公布…的通知)."""
    out = []
    for m in _issued_title_pattern().finditer(text):
        spans, end = [(m.start("t"), m.end("t"))], m.end("t")
        while listed := _issued_title_listed().match(text, end):
            spans.append((listed.start("t"), listed.end("t")))
            end = listed.end("t")
        out += [Candidate(s, e, "Policy", "pattern", 4, "", (("policy_kind", head_kind(text[s:e]) or "Guideline"),)) for s, e in spans]
    for m in _quoted_document_pattern().finditer(text):
        out.append(Candidate(m.start("t"), m.end("t"), "Policy", "quoted", 4, "", (("policy_kind", head_kind(m.group("t")) or "Guideline"),)))
    for m in _title_line_pattern().finditer(text):
        out.append(Candidate(m.start("t"), m.end("t"), "Policy", "title", 9, "", (("policy_kind", head_kind(m.group("t")) or "Guideline"),)))
    return out


@lru_cache(maxsize=1)
def _title_line_pattern() -> re.Pattern[str]:
    """A document's title on a line of its own: its issuers, then a title that begins with 关于 (`title_line_issuers`)."""
    issuers = title_rules().rules["title_line_issuers"]
    return re.compile(rf"^[ \t\u3000]*(?P<t>(?<![^\n])(?:[\u4e00-\u9fff]{issuers})?{_issued_about()})[ \t\u3000]*$", re.M)


def _known_law_names(text: str, doc: Doc) -> list[Candidate]:
    """The national laws by their short title without 《》 (公司法层面, 证券法所规定的), with a country written
    before them (美国宪法), where a word begins."""
    found = []
    for m in _known_laws().finditer(text):
        start = _country_start(text, m.start(), space=False)  # 美国宪法: the country's law
        if start == m.start() and m.group() in title_rules().rules["country_owned_laws"]:
            continue  # 在宪法中规定, 州的宪法: a constitution is one country's only with its country written
        if _begins_word(text, start, doc) and text[start - 1 : start] not in "《“\"":
            found.append(Candidate(start, m.end(), "Policy", "pattern", 4, "", (("policy_kind", "Law"),)))
    return found


def _known_programmes(text: str, doc: Doc) -> list[Candidate]:
    """The reform era's national programmes named bare (火炬计划, 知识创新工程), where a word begins."""
    tr = title_rules()
    classes = tuple(tr.rules["known_programme_classes"])
    words = doc.user_data["words"]
    found = []
    for m in tr.known_programmes.finditer(text):
        start = m.start()
        if not _begins_word(text, start, doc):
            continue
        if text[m.end() :].lstrip("”\"").startswith(tuple(tr.rules["known_programme_not_before"])):
            continue  # “两弹一星”精神, 两弹一星功勋奖章: the programme's spirit or medal, not the programme
        if m.group().endswith("战略") and text.startswith(tuple(tr.rules["bare_not_before"]), m.end()):
            continue  # 世界制造强国战略|目标: the strategy's name as a modifier, as for a bare …战略
        if m.group().endswith(classes) and text[start - 1 : start] in ("”", '"') and text.rfind("“", 0, start) > text.rfind("\n", 0, start):
            continue  # “干细胞与再生医学研究”|战略性先导科技专项: the quoted name is the programme, this its class
        if m.group().endswith(classes) and start > 0 and _CJK.match(text[start - 1]):
            field_start = _programme_left(text, start, words)
            if field_start < start and _name_start(text, field_start, start, words, 2) == field_start:
                start = field_start  # 空间科学|战略性先导科技专项
        # above a technology term of the same span: 探月工程 is the programme, 探月 the technology
        found.append(Candidate(start, m.end(), "Policy", "pattern", 5, "", (("policy_kind", head_kind(m.group()) or "Programme"),)))
    return found


def _programme_left(text: str, pos: int, words, limit: int = 24) -> int:
    """Where a programme's name ending at `pos` begins: left over Chinese words up to punctuation, Latin
    script, a word that never stands in a name (numerals, pronouns, adverbs, particles …) or a word that
    introduces one (实施, 启动 …). A programme's name may hold verbs (科技创新政策资助计划)."""
    words = _indexed(words)
    intro, tags = title_rules().intro, word_tags()
    floor = max(0, pos - limit)
    while pos > floor:
        s = words.at_end.get(pos, pos - 1)
        word = text[s:pos]
        if not _CJK.match(word[0]) or word in intro or tags.get(word, "x")[:1] in _NO_NAME_TAGS:
            break
        pos = s
    return pos


_GLOSSED_JOINERS = "与和及"


@lru_cache(maxsize=1)
def _programme_heads() -> tuple[str, ...]:
    """The head nouns of programmes (计划, 项目 …): a name ending in one is a name of its own, not a field joined to the next."""
    rules = title_rules().rules
    return tuple({*rules["glossed_endings"], *rules["abbreviated_endings"], *rules["unbracketed_endings"]})


def _glossed_names(text: str, doc: Doc) -> list[Candidate]:
    """Programmes named without quotation marks and glossed at once by their Latin name:
    中国地磁卫星计划(Chinese Geomagnetic Satellite), 磁层-电离层-热层耦合小卫星星座探测计划(…), and projects
    glossed by their abbreviation (人类前沿科学项目（HFSP）)."""
    words = doc.user_data["words"]
    found = []
    for m in title_rules().glossed.finditer(text):
        start = _programme_left(text, m.start(), words)
        while start > 1 and text[start - 1] == "-" and _CJK.match(text[start - 2]) and m.start() - start < 40:
            start = _programme_left(text, start - 1, words)
        joined = None  # 高性能计算与通信计划（HPCC）: one name joins two fields
        if start > 1 and text[start - 1] in _GLOSSED_JOINERS and _CJK.match(text[start - 2]) and not text.endswith(_programme_heads(), 0, start - 1):
            left = _programme_left(text, start - 1, words)
            joined = _name_start(text, left, start - 1, words, 2) if left < start - 1 else None
        first = text.find("-", start, m.start())
        first = m.start() if first < 0 else first
        start = _name_start(text, start, first, words, 2) if first > start else None
        start = joined if start is not None and joined is not None else start
        if start is None or m.start() - start < 4 or _generic(text[start : m.start()]):
            continue
        found.append(Candidate(start, m.end(), "Policy", "pattern", 3, "", (("policy_kind", "Programme"),)))
    return found


_ORDER_NUMBER = re.compile(r"[0-9０-９\s\-－—–第号]+")  # the number of an order or a law (第13539号, 102-194)


def _issuer_after_its_body(text: str, start: int, end: int, words, rules: dict) -> int:
    """The issuer's code of a document number read with the words before it: it begins after a body's full name
    (北京市科学技术委员会|京科发…) or a ministry's before a national code (科技部|国科发基…), and at a word's start where the code's
    reach ends inside a longer name; a code that begins with its ministry's short name keeps it (工信部联产业函…)."""
    bodies, ministries, national = tuple(rules["document_issuer_bodies"]), tuple(rules["document_issuer_ministries"]), rules["document_national_code"]
    inside = words.containing(start) if start > 0 and _CJK.match(text[start - 1]) else None
    pos = inside[1] if inside is not None else start
    for s, e in words.within(pos, end):
        if e < end and (text[s:e].endswith(bodies) or (text[s:e].endswith(ministries) and text.startswith(national, e))):
            pos = e
    return pos if pos < end else start


def _coded_names(text: str, doc: Doc) -> list[Candidate]:
    """Programmes named by a number or a plan period (863计划, 211工程, “十二五”规划) and documents cited
    by their number alone (国发〔2015〕71号文)."""
    tr = title_rules()
    words, tags = doc.user_data["words"], word_tags()
    breakers = set(tr.rules["coded_breakers"])
    found = []
    for pattern in tr.coded:
        for m in pattern.finditer(text):
            if m.start() > 0 and text[m.start() - 1] in "第一二三四五六七八九十百千零〇两":
                continue
            if "middle" in pattern.groupindex and m.group("middle"):
                s, e = m.span("middle")
                inner = [text[a:b] for a, b in _pieces(s, e, words)]
                if any(w in breakers or tags.get(w, "x")[:1] in _NO_NAME_TAGS + "f" for w in inner) or any(b in text[s:e] for b in breakers if len(b) > 1):
                    continue
            start, end = m.span("quoted") if "quoted" in pattern.groupindex and m.group("quoted") else m.span()
            if text[start] == "“" and "”" not in text[start:end]:
                start += 1  # “十五计划”: the marks go round the whole name, not its period
            if "middle" in pattern.groupindex:
                start = _plan_owner_start(text, start, words, tags)
            kind = head_kind(m.group(0)) or head_kind(_ORDER_NUMBER.sub("", m.group(0)))  # 行政命令13349: a law by its head
            found.append(Candidate(start, end, "Policy", "pattern", 4, "", (("policy_kind", kind or "Plan"),)))
    for m in tr.numbered_programmes.finditer(text):  # 中科院、863、973、核高基等项目, “973”课题
        found.append(Candidate(m.start("quoted"), m.end("quoted"), "Policy", "pattern", 4, "", (("policy_kind", "Programme"),)))
    for m in tr.latin_programme.finditer(text):
        name = m.group(0)[:-2].rstrip()
        after = words.at_start.get(m.end())
        if name in _org_scanner().entries or (after is not None and tags.get(text[m.end() : after], "")[:1] == "v" and not (name.isupper() and len(name) >= 3)):
            continue  # Google计划投资: a firm that plans; an unknown acronym's 计划 is its programme whatever follows (NSCI计划对比: round 35)
        found.append(Candidate(m.start(), m.end(), "Policy", "pattern", 4, "", (("policy_kind", "Programme"),)))
    not_issuer = tr.rules["document_number_not_issuer"]
    for m in tr.document_number.finditer(text):
        if re.search(r"》\s*[（(]\s*$", text[max(0, m.start() - 4) : m.start()]):
            continue  # 《…的通知》（国办发〔2017〕11号）: the number of the title before it
        issuer = m.group("issuer")
        start = m.start() + max((issuer.rfind(ch) + 1 for ch in not_issuer), default=0)
        if start == m.start():
            start = _issuer_after_its_body(text, start, m.end("issuer"), words, tr.rules)
        if m.end("issuer") - start >= 1:
            found.append(Candidate(start, m.end(), "Policy", "pattern", 4, "", ()))
    return found


@lru_cache(maxsize=1)
def _newspaper_endings() -> re.Pattern[str]:
    return re.compile(_alternation(title_rules().rules["newspaper_endings"]))


def _newspapers(text: str, doc: Doc) -> list[Candidate]:
    """Newspapers and journals named bare (人民日报, 来源：大连日报, 新民晚报讯, 测绘学报 2018年1期): the words of a place or a name
    before a newspaper's or a journal's ending (`newspaper_endings` in policies.toml) make a publication, whose place is no
    city of its own; not the press (人民日报社: an organisation)."""
    words, out = doc.user_data["words"], []
    rules = title_rules().rules
    press, glued, not_first = rules["newspaper_press"], tuple(rules["newspaper_glued_after"]), rules["newspaper_not_first"]
    for m in _newspaper_endings().finditer(text):
        if text.startswith(press, m.end()) or (m.end() < len(text) and _CJK.match(text[m.end()]) and m.end() not in doc.user_data["word_ends"] and not text.startswith(glued, m.end())):
            continue
        if (across := words.containing(m.start())) is not None and across[0] < m.start() < across[1] < m.end() and word_tags().get(text[across[0] : across[1]], "n")[:1] != "n":
            continue  # 进展情况及时|报我委: an adverb of the segmentation runs into the ending's first character (not 测绘学|报)
        start = left_boundary(text, m.start(), words, limit=6)
        head = text[start : m.start()]
        if 2 <= len(head) <= 6 and all(_CJK.match(ch) for ch in head) and head[0] not in not_first:
            out.append(Candidate(start, m.end(), "Publication", "pattern", 6, "", (("bracketed", False),)))
    return out


def _plan_owner_start(text: str, start: int, words: Words, tags: dict[str, str]) -> int:
    """Where a five-year plan named by its period begins when a place or the state owns it, with the plan's
    fields between them (天津市综合交通运输“十四五”规划, 国家“十三五”科技创新规划); `start` itself where no owner
    stands right before the plan's words (其综合交通运输“十四五”规划), or where the owner ends a list of owners
    that share the plan's name (国家、上海市及浦东新区“十三五”智慧城市规划: each has its own)."""
    rules = title_rules().rules
    owners, places = set(rules["state_prefixes"]), _place_scanner().entries
    field_tags, limit, joiners = tuple(rules["plan_owner_field_tags"]), rules["plan_owner_limit"], "".join(rules["list_joiners"])
    pos = start
    while pos > max(0, start - limit):
        first = words.at_end.get(pos)
        if first is None:
            return start
        word = text[first:pos]
        if word in owners or word in places:
            return start if first > 0 and text[first - 1] in joiners else first
        if word in rules["policy_verbs"] or not (tags.get(word, "").startswith(field_tags) or word in rules["plan_owner_field_verbs"]):
            return start
        pos = first
    return start


def _programme_lists(text: str, doc: Doc) -> list[Candidate]:
    """Two or more bare programmes listed with one head noun (博士后回归计划、青年研究者计划、优秀客座教授计划等):
    a list of names, each one's own; a list with any generic item (科技计划、人才计划) is a list of kinds."""
    rules = title_rules().rules
    words = doc.user_data["words"]
    joiners = sorted(rules["list_joiners"], key=len, reverse=True)
    out = []
    for head in rules["bare_list_heads"]:
        ends = [m.end() for m in re.finditer(re.escape(head), text)]
        k = 0
        while k < len(ends):
            chain = [ends[k]]
            while k + 1 < len(ends):
                joiner = next((j for j in joiners if text.startswith(j, chain[-1])), None)
                gap = text[chain[-1] + len(joiner) : ends[k + 1] - len(head)] if joiner else ""
                if not joiner or not (2 <= len(gap) <= 12) or not all(_CJK.match(ch) for ch in gap):
                    break
                chain.append(ends[k + 1])
                k += 1
            k += 1
            if len(chain) < 2:
                continue
            first = chain[0] - len(head)
            start = left_boundary(text, first, words, limit=12)
            items = [(_name_start(text, start, first, words, 2) if start < first else None, chain[0])]
            for prev, end in zip(chain, chain[1:]):
                joiner = next(j for j in joiners if text.startswith(j, prev))
                s = prev + len(joiner)
                items.append((_name_start(text, s, end - len(head), words, 2), end))
            if all(s is not None and text[s - 1 : s] not in "“\"《" for s, _ in items):
                out.extend(Candidate(s, e, "Policy", "pattern", 3, "", (("policy_kind", "Programme"),)) for s, e in items)
    return out


def _listed_programmes(text: str, doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Items of an enumeration beside a programme, sharing its head noun: 863计划、火炬计划和星火计划."""
    rules = title_rules().rules
    words = doc.user_data["words"]
    joiners = sorted(rules["list_joiners"], key=len, reverse=True)
    out = []
    for c in found:
        head = next((h for h in rules["list_heads"] if text.endswith(h, c.start, c.end)), None)
        if head is None or c.attr("policy_kind") != "Programme":
            continue
        pos = c.end + (1 if text[c.end : c.end + 1] in "”\"" else 0)
        while True:  # to the right: 、火炬计划 …
            joiner = next((j for j in joiners if text.startswith(j, pos)), None)
            h = text.find(head, pos + 1, pos + 12) if joiner else -1
            if h < 0 or _name_start(text, pos + len(joiner), h, words, 2) != pos + len(joiner):
                break
            out.append(Candidate(pos + len(joiner), h + len(head), "Policy", "pattern", 3, "", (("policy_kind", "Programme"),)))
            pos = h + len(head)
        end = c.start - (1 if c.start > 0 and text[c.start - 1] in "“\"" else 0)
        while True:  # to the left: 火炬计划、…
            joiner = next((j for j in joiners if text.endswith(j, 0, end)), None)
            if joiner is None or not text.endswith(head, 0, end - len(joiner)):
                break
            h = end - len(joiner) - len(head)
            start = left_boundary(text, h, words, limit=6)
            start = _name_start(text, start, h, words, 2) if start < h else None
            if start is None:
                break
            out.append(Candidate(start, h + len(head), "Policy", "pattern", 3, "", (("policy_kind", "Programme"),)))
            end = start
    return out


_HEADLINE_MARKS = re.compile(r"[《：:\s]")  # 原标题：《…》: the marks between a headline's cue and its title


@lru_cache(maxsize=1)
def _ranking_list() -> re.Pattern[str]:
    """A list's name (TOP500, 中国高等学校十大科技进展): `ranking_name` of aliases.toml."""
    return re.compile(lexicon.rules_toml("aliases.toml")["ranking_name"])


def ht_policies(doc: Doc) -> Doc:
    text = text_of(doc)
    tr = title_rules()
    found = []
    doc.user_data["titles"] = titled = titles(text)
    headline = tuple(tr.rules["headline_cues"])
    for start, end, kind in titled:
        if kind == "Publication" or _HEADLINE_MARKS.sub("", text[max(0, start - 8) : start]).endswith(headline):
            found.append(Candidate(start, end, "Publication", "title", 15, "", (("bracketed", True),)))
        else:
            found.append(Candidate(start, end, "Policy", "title", 15, "", (("policy_kind", kind), ("bracketed", True))))
    for m in tr.quoted.finditer(text):
        core = tr.quoted_year_at_end.sub("", m.group(1))
        specific = core[: tr.quoted_ending_at_end.search(core).start()]
        if _generic(specific) and not _a_countrys_own(specific):
            continue  # “人才计划”: a kind in quotation marks (not “中国脑计划”, a country's programme of a field)
        head = core[len(specific) :]
        least = tr.rules["quoted_min_specific_by_head"].get(head, tr.rules["quoted_min_specific"])
        if not tr.ending_at_end.search(core) and (len(specific) < least or _CLAUSE_MARK.search(core)):
            continue  # “城市规划”: a field; “加强…，建立健全…方案”: a clause said, under a head of quotation marks only
        if text.startswith(tuple(tr.rules["discipline_followers"]), m.end(1) + 1):
            continue  # 开设“探矿工程”专业: a discipline taught, no programme
        found.append(Candidate(m.start(1), m.end(1), "Policy", "quoted", 12, "", (("policy_kind", head_kind(m.group(1))),)))
    not_before = tuple(tr.rules["bare_not_before"])
    for m in tr.followed.finditer(text):
        if text.startswith(not_before, m.end(2)) and (m.group(2).startswith("的") or "、" in m.group(1) or _begins_with_verb(m.group(1))):
            continue  # “打基础、除空白”的战略目标, “建设某某强国”战略目标: a goal described, not named (but “三步走”战略目标)
        if m.group(1).endswith(tr.rules["quoted_kind_ending"]):
            continue  # “链主型”项目: a kind of project
        if _ranking_list().fullmatch(m.group(1)):
            continue  # “中国高等学校十大科技进展”项目名单: a yearly list, a publication (read by the aliases)
        if m.group(2) in tr.rules["project_followers"] and (text[: m.start(1) - 1].rstrip().endswith(tuple(tr.rules["project_done_before"])) or m.group(1).endswith(tuple(tr.rules["project_title_endings"]))):
            continue  # 某某等完成的“…技术及装置”项目, “某某关键技术”项目: a research project done, not a programme
        if not tr.ending_at_end.search(m.group(1)):
            kind = head_kind(m.group(2)) or "Plan"
            found.append(Candidate(m.start(1), m.end(1), "Policy", "quoted", 12, "", (("policy_kind", kind),)))
            found += [Candidate(a, b, "Policy", "quoted", 12, "", (("policy_kind", kind),)) for a, b in _quoted_items_before(text, m.start(1) - 1)]
    for m in _quoted_list_head().finditer(text):  # “中国制造2025”、“互联网+”和“大众创业”等战略: the items share the head
        if not text.startswith(not_before, m.end()) and (kind := head_kind(m.group(2))):
            found += [Candidate(a, b, "Policy", "quoted", 12, "", (("policy_kind", kind),)) for a, b in _quoted_items_before(text, m.end(1) + 1, with_last=True)]
    for m in tr.works.finditer(text):
        found.append(Candidate(m.start(1), m.end(1), "Publication", "quoted", 12, "", (("bracketed", False),)))
    for m in tr.any_quoted.finditer(text):  # a quoted name with a target year: “中国制造2025”
        kind = next((k for pattern, k in tr.dated_names if pattern.fullmatch(m.group(1))), None)
        if kind:
            found.append(Candidate(m.start(1), m.end(1), "Policy", "quoted", 12, "", (("policy_kind", kind),)))
    for m in tr.congress_report.finditer(text):  # 党的十九大报告
        found.append(Candidate(m.start(), m.end(), "Publication", "pattern", 5, "", (("bracketed", False),)))
    found += _newspapers(text, doc)
    found += _known_programmes(text, doc)
    found += _known_law_names(text, doc)
    found += _bare_names(text, doc)
    found += _owned_plans(text, doc)
    found += _place_agreements(text, doc)
    found += _issued_names(text, doc)
    found += _issued_titles(text)
    found += _glossed_names(text, doc)
    found += _coded_names(text, doc)
    found += _programme_lists(text, doc)
    found += _listed_programmes(text, doc, [c for c in found if c.label == "Policy" and c.source != "title"])
    epithet = _epithet_before()
    _add(doc, [c for c in found if not (c.source == "quoted" and epithet.search(text, max(0, c.start - 8), c.start))])  # 被誉为“可与长城媲美的伟大工程”: a praise, no programme
    return doc


@lru_cache(maxsize=1)
def _epithet_before() -> re.Pattern[str]:
    """The verbs of praise or naming before a quoted phrase that is an epithet (被誉为“…工程”): `epithet_verbs` in policies.toml."""
    return re.compile(rf"(?:{_alternation(title_rules().rules['epithet_verbs'])})\s*[“\"「‘]?$")


_QUOTED_ITEM = r"[“\"]([^“”\"\n，。；]{2,16})[”\"]"
_QUOTED_ITEM_BEFORE = re.compile(_QUOTED_ITEM + r"\s*(?:、|和|与|及|以及)\s*$")
_QUOTED_LAST_ITEM = re.compile(_QUOTED_ITEM + "$")


@lru_cache(maxsize=1)
def _quoted_list_head() -> re.Pattern[str]:
    """A quoted list's last item and 等 before a head the items share (`quoted_list_heads` in policies.toml)."""
    return re.compile(_QUOTED_ITEM + rf"等({_alternation(title_rules().rules['quoted_list_heads'])})")


def _quoted_items_before(text: str, end: int, with_last: bool = False) -> list[tuple[int, int]]:
    """The quoted names listed right before `end` that share one head (国家“走出去”和“一带一路”战略: `end` is where
    the last item's quotation opens), walking back over 、/和/与/及; `with_last` (“A”和“B”等战略: `end` is right
    after the last item's closing mark) takes that item too."""
    out = []
    if with_last:
        base = max(0, end - 20)
        m = _QUOTED_LAST_ITEM.search(text[base:end])
        if not m or _generic(m.group(1)):
            return out
        out.append((base + m.start(1), base + m.end(1)))
        end = base + m.start()
    while end > 0:
        base = max(0, end - 24)
        m = _QUOTED_ITEM_BEFORE.search(text[base:end])
        if not m or _generic(m.group(1)):
            break
        out.append((base + m.start(1), base + m.end(1)))
        end = base + m.start()
    return out


def _begins_with_verb(name: str) -> bool:
    """Whether a quoted phrase begins with a verb of the dictionary (建设|世界科技强国): a goal, not a name."""
    first_end = words_of(name).at_start.get(0)
    return first_end is not None and word_tags().get(name[:first_end], "")[:1] == "v"


# --- dates ----------------------------------------------------------------------------------------

_CJK_DIGIT = dict(zip("零〇○一二三四五六七八九", "000123456789"))


@lru_cache(maxsize=1)
def _date_patterns() -> list[tuple[str, re.Pattern[str]]]:
    rules = lexicon.rules_toml("dates.toml")
    order = ["full", "numeric", "year_month", "cjk_year_month", "year_fiscal", "decade", "year", "cjk_year", "early_year", "bare_year", "line_year", "month_day", "month"]
    return [(name, re.compile(rules[name])) for name in order]


def _cjk_number(text: str) -> int:
    """A month or a day written in Chinese numerals (八, 十二, 二十, 三十一)."""
    digits = "一二三四五六七八九"
    if "十" not in text:
        return digits.index(text) + 1
    tens, _, ones = text.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def ht_dates(doc: Doc) -> Doc:
    text = lexicon.fold_digits(text_of(doc))  # ２０１０年: full-width digits are digits
    found: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for rank, (name, pattern) in enumerate(_date_patterns()):
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            while start < end and text[start].isspace():
                start += 1
            if any(s < end and start < e for s, e in taken):
                continue
            groups = m.groupdict()
            if name == "cjk_year_month":
                year = int("".join(_CJK_DIGIT[c] for c in groups["y"]))
                month, day = _cjk_number(groups["m"]), _cjk_number(groups["d"]) if groups.get("d") else None
                precision = "day" if day else "month"  # 二〇一六年七月八日
            elif name == "cjk_year":
                year, month, day, precision = int("".join(_CJK_DIGIT[c] for c in groups["y"])), None, None, "year"
            elif name == "decade":
                year = (int(groups["c"]) - 1) * 100 + int(groups["dd"])
                month, day, precision = None, None, "decade"
            else:
                year = int(groups.get("y") or groups["y2"]) if groups.get("y") or groups.get("y2") else None  # y2: an early year opening its clause
                month = int(groups["m"]) if groups.get("m") else None
                day = int(groups["d"]) if groups.get("d") else None
                precision = "day" if day else "month" if month else "year"
            if name == "month" and not re.search(r"\d\s*月", text[max(0, start - 0) : end]):
                continue
            taken.append((start, end))
            found.append(
                Candidate(start, end, "Date", "date", 10 - rank, "", (("year", year), ("month", month), ("day", day), ("precision", precision), ("pattern", name)))
            )
    _add(doc, found)
    return doc


# --- persons -----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _person_patterns() -> tuple[re.Pattern[str], ...]:
    rules = lexicon.rules_toml("persons.toml")
    name = rf"{_surname()}[\u4e00-\u9fff]{{1,2}}"
    # after a role, a given name's second character is no adverb or preposition that follows it (市长许勤|在作…, 司长许倞|就…)
    # nor is it, alone, the given name's first (总书记|曾在|讲话: 曾 is a surname; 李向东 is a name)
    glued = rules['name_followers_glued']
    role_name = rf"{_surname()}(?:[{glued}](?![{glued}])[\u4e00-\u9fff]|(?![{glued}])[\u4e00-\u9fff](?:(?![{glued}])[\u4e00-\u9fff])?)"
    after = "|".join(sorted(map(re.escape, rules["roles_after"]), key=len, reverse=True))
    appointed = _alternation(rules["appointed_as"])
    before = _roles_before()
    foreign = rules["foreign_name"]
    latin = rules["latin_name"]
    name_end = rules["name_end"]
    titles = "|".join(sorted(map(re.escape, rules["titles"]), key=len, reverse=True))
    return (
        re.compile(rf"(?P<name>{name})(?=(?:{appointed})?(?:{after}))"),  # 施某某|任|校长
        re.compile(rf"(?:{titles})(?:{_alternation(rules['title_copulas'])})?(?P<name>[\u4e00-\u9fff]{{2,6}}?)(?=(?:{name_end}))"),
        re.compile(rf"(?:{before})(?:{_alternation(rules['role_partitives'])})?\s*(?:{rules['role_colon']}\s*)?(?P<name>{foreign}|{role_name}|{latin})(?={rules['role_name_followers']})"),
        re.compile(rf"(?P<name>{foreign})"),
    )


@cache
def _photo_credit() -> re.Pattern[str]:
    return re.compile(lexicon.rules_toml("persons.toml")["photo_credit"], re.M)


_BYLINE_MORE = re.compile(r"(?:[ \u3000]+|、)(?P<name>[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?=[ \u3000)）]))(?=[ \u3000)）、]|$)", re.M)  # a byline's next author, on its line
_INITIALS = re.compile(r"(?<![A-Za-z])(?:[A-Z][·．.]\s?)+")  # L·, J·V·


def _foreign_name(text: str, dot: int, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The transliterated name around a `·`, bounded by role words, verbs and punctuation."""
    rules = lexicon.rules_toml("persons.toml")
    stops = set(rules["roles_after"]) | set(rules["roles_before"]) | set(rules["name_stops"])
    words = _indexed(words)
    starts, ends = words.at_start, words.at_end
    left = dot
    while left > 0 and dot - left < 6:
        s = ends.get(left, left - 1)
        word = text[s:left]
        if not _CJK.match(word[0]) or word in stops or any(word.endswith(x) for x in stops if len(x) > 1):
            break
        left = s
    right = dot + 1
    while right < len(text) and right - dot <= 8:
        e = starts.get(right, right + 1)
        word = text[right:e]
        if len(word) == 1 and word in _PERSON_DOTS:
            right = e
            continue
        if _initial_between_dots(text, right):
            right += 1  # 斯图亚特·S·那格尔: a middle initial between two dots
            continue
        if not _CJK.match(word[0]) or word in stops or any(word.startswith(x) for x in stops if len(x) > 1):
            break
        sound = len(word) == 1 and word in _transliteration_chars()
        if sound and word_tags().get(word, "x")[:1] in "mq":
            right = e  # 詹姆斯·查德威|克|发现: a sound character that is also a measure word (克, 米) ends the name
            continue
        if right > dot + 1 and word_tags().get(word, "x")[:1] in "mqvdap" and not (sound and not _CJK.match(text[e : e + 1] or " ")):
            break  # after the first word of the family name, a verb, numeral or preposition ends it (路易·艾黎|于上世纪), not one sound character that ends the clause (麦克法|登。)
        right = e
    initials = _INITIALS.search(text, max(0, dot - 8), dot + 1)
    if initials is not None and initials.end() == dot + 1 and right > dot + 1:
        end = dot + 1
        while end < right and text[end] in _transliteration_chars():
            end += 1
        return (initials.start(), end) if end > dot + 1 else None  # L·欧拉, J·V·克莱因: initials and a family name
    if left == dot or right == dot + 1:
        return None
    if any(p.country == "CN" or p.kind != "city" for p in _place_scanner().entries.get(text[left:dot], ())):
        return None  # 武汉·中国光谷 is a place, not a person; 乔治·布什 is a person whatever town bears the given name
    sounds = _transliteration_chars()
    start = dot
    while start > left and text[start - 1] in sounds:
        start -= 1
    roles = [x for x in stops if len(x) > 1]
    start = max([p for p in range(start + 1, dot) if any(text.endswith(x, 0, p) for x in roles)], default=start)  # 主席|彼得·布朗
    if start not in starts and (inside := words.containing(start)) is not None and inside[1] < dot:
        first = starts.get(inside[1])
        if first is not None and first <= dot and word_tags().get(text[inside[1] : first], "")[:2] in ("nr", "ns") \
                and word_tags().get(text[inside[0] : inside[1]], "n")[:1] in "vadpcu":
            start = inside[1]  # 获得|彼得·莫克: the sound character 得 belongs to the verb before the name
    left = start
    end = dot + 1
    while end < right and (text[end] in sounds or (text[end] in _PERSON_DOTS and end > dot + 1) or _initial_between_dots(text, end)):
        end += 1
    pr = _person_rules()
    if any(text.startswith(w, end - 1) for w in pr.couple_words):
        end -= 1  # 罗伯特·巴斯|夫妇: 夫 is a sound character, 夫妇 a couple
    elif end - 1 > dot + 2 and word_tags().get(text[end - 1 : end + 1], "x")[:1] in ("p", "c"):
        end -= 1  # 詹姆斯·麦甘|根据: the last sound character begins a preposition or a conjunction
    elif end - 1 > dot + 2 and text[end - 1] in pr.trailing_prepositions and pr.time_after.match(text, end):
        end -= 1  # 路易·艾黎|于上世纪40年代: a preposition before a time, not the name's last sound
    if left == dot or end == dot + 1 or text[end - 1] in _PERSON_DOTS or pr.place_after_dotted.match(text, end):
        return None  # 圣·路易斯市: a dotted place
    return left, end


@cache
def _person_acts() -> re.Pattern[str]:
    """What a person does right after the name, where a name in the dictionary is read without a role
    (马克思指出, 华罗庚倡议, 康某所发现的): rules/persons.toml `acts_after`."""
    return re.compile(_alternation(lexicon.rules_toml("persons.toml")["acts_after"]))


@dataclass(frozen=True)
class _PersonRules:
    """The person patterns of rules/persons.toml that ht_persons reads in every block, compiled once."""

    not_in_names: frozenset[str]
    dated_act: re.Pattern[str]  # 牛顿在1687年|发表
    described_as: re.Pattern[str]  # 法拉第|（…发现者）
    after_organisation: re.Pattern[str]  # 农业部农垦司|刘某某等
    team_leader: re.Pattern[str]  # 北京大学|占某某|团队
    personal_roles_after: re.Pattern[str]  # roles_after but a team's or a company's: 相某某|研究员
    roles_before: re.Pattern[str]  # roles_before and titles: 副总理|回某某
    single_author_line: re.Pattern[str]
    affiliation_hint: re.Pattern[str]
    bio_line: re.Pattern[str]  # 查某: 中国科学院某某研究所…, 作者简介：李某（1980—）
    byline: re.Pattern[str]  # 撰文|何某某, ■艾某
    glossed_persons: tuple[re.Pattern[str], ...]  # 巴格瓦特（D.Bhagwat）, 史蒂夫·拉夫勒（SteveLafleur）
    couple_words: tuple[str, ...]  # 罗伯特·巴斯|夫妇
    trailing_prepositions: str  # 路易·艾黎|于上世纪: a preposition the segmentation read into the name's end …
    time_after: re.Pattern[str]  # … where a time follows it
    place_after_dotted: re.Pattern[str]  # 圣·路易斯|市
    appointed_as: tuple[str, ...]  # 施某某|任|校长, longest first
    cited_openers: str  # 如|孟某某等[33]: a character that may stand glued before a cited author
    measure_words: str  # 3项|中国博士后: a count's measure word after a number, no surname
    adverbs_after_name: str  # 龚某|还强调: an adverb the segmentation left glued to a bare name before a verb


@lru_cache(maxsize=1)
def _person_rules() -> _PersonRules:
    rules = lexicon.rules_toml("persons.toml")
    team = set(rules["team_roles"]) | set(rules["company_roles"])
    return _PersonRules(
        frozenset(rules["not_in_names"]),
        re.compile(rules["dated_act"]),
        re.compile(rules["described_as"]),
        re.compile(rf"(?P<name>{_surname()}[\u4e00-\u9fff]{{1,2}}?)(?:{_alternation(rules['after_organisation'])})"),
        re.compile(rules["team_leader"]),
        re.compile(_alternation([r for r in rules["roles_after"] if r not in team])),
        re.compile(_alternation(set(rules["roles_before"]) | set(rules["titles"]))),
        re.compile(rules["single_author_line"]),
        re.compile(rules["affiliation_hint"]),
        re.compile(rules["bio_line"]),
        re.compile(rules["byline"], re.M),
        (re.compile(rules["glossed_person"]), re.compile(rules["glossed_person_dotted"])),
        tuple(rules["couple_words"]),
        rules["trailing_prepositions"],
        re.compile(rules["time_after"]),
        re.compile(rules["place_after_dotted"]),
        tuple(sorted(rules["appointed_as"], key=len, reverse=True)),
        rules["cited_openers"],
        rules["measure_words"],
        rules["adverbs_after_name"],
    )


def _name_runs_on(text: str, end: int, words, not_in_names: frozenset[str]) -> bool:
    """Whether a name goes on past `end` as one character the segmentation cut off, the last of a longer
    name that a space or a mark ends (李鹏|飞 in a list of names; not 普京|还要求)."""
    nxt = words.at_start.get(end)
    if nxt != end + 1 or _CJK.match(text[end]) is None or text[end] in not_in_names or word_tags().get(text[end], "")[:1] in ("p", "u", "c"):
        return False  # 门捷列夫|于1907年: a preposition, a particle or a conjunction is no name's last character
    return end + 1 == len(text) or not _CJK.match(text[end + 1])


@lru_cache(maxsize=1)
def _well_known_leaders() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The leaders the genre names bare, and the words that make a leader's name an administration or a doctrine (persons.toml)."""
    rules = lexicon.rules_toml("persons.toml")
    return frozenset(rules["well_known_leaders"]), tuple(rules["administration_words"]), tuple(rules["doctrine_words"])


@lru_cache(maxsize=1)
def _well_known_figures() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The figures of the history of science named bare, and the words that make such a name an eponym (persons.toml)."""
    rules = lexicon.rules_toml("persons.toml")
    return re.compile(_alternation(rules["well_known_figures"])), tuple(rules["eponym_words"])


def _sounds_run_on(text: str, end: int, words, sounds) -> bool:
    """Whether a transliteration goes on past `end`: two sound characters follow and the word there is
    no dictionary word (康德|拉捷夫; not 门捷列夫|大力, 门捷列夫|于1907年)."""
    if len(text) < end + 2 or not all(ch in sounds for ch in text[end : end + 2]):
        return False
    nxt = words.at_start.get(end)
    word = text[end:nxt] if nxt else text[end : end + 1]
    return len(word) < 2 or word not in word_tags()


@lru_cache(maxsize=1)
def _regnal_names() -> re.Pattern[str]:
    """A transliterated name and a regnal number (persons.toml `regnal_name`): 彼得一世."""
    sounds = "".join(sorted(_transliteration_chars()))
    return re.compile(lexicon.rules_toml("persons.toml")["regnal_name"].format(sounds=re.escape(sounds)))


def _unknown_surname_names(text: str, doc: Doc):
    """Names of two or three characters right after a role (副总理回良玉) or right before one (相里斌研究员)
    whose surname is not a common one: (start, end, role), kept only where the model reads a person."""
    pr = _person_rules()
    not_in_names, roles_after, roles_before = pr.not_in_names, pr.personal_roles_after, pr.roles_before
    surname = _surname_re()
    starts, ends = doc.user_data["word_starts"], doc.user_data["word_ends"]

    def plausible(a: int, b: int) -> bool:
        name = text[a:b]
        return a >= 0 and b <= len(text) and all(_CJK.match(ch) for ch in name) and not any(ch in not_in_names for ch in name) and not surname.match(name) and not _known_name(name)

    for m in roles_after.finditer(text):
        for n in (3, 2):
            if plausible(m.start() - n, m.start()) and (m.start() - n in starts or not _CJK.match(text[m.start() - n - 1 : m.start() - n] or "，")):
                yield m.start() - n, m.start(), m.group()
    for m in roles_before.finditer(text):
        for n in (3, 2):
            if plausible(m.end(), m.end() + n) and m.end() + n in ends:
                yield m.end(), m.end() + n, m.group()


@cache
def _person_list_item() -> re.Pattern[str]:
    rules = lexicon.rules_toml("persons.toml")
    joiners = "|".join(map(re.escape, rules["list_joiners"]))
    return re.compile(rf"(?:{joiners})(?P<name>{_surname()}[\u4e00-\u9fff]{{1,2}}?)(?=(?:{rules['list_end']}))")


def _listed_persons(text: str, end: int, common, role: str | None) -> list[Candidate]:
    """The names listed after a name found by its role (航天员景某、刘某和王某), up to the list's end; they share the role."""
    out = []
    while (m := _person_list_item().match(text, end)) is not None:
        name = m.group("name")
        if word_tags().get(name) in common or _known_name(name):
            break
        out.append(Candidate(m.start("name"), m.end("name"), "Person", "person", 5, "", (("role", role),)))
        end = m.end("name")
    return out


@cache
def _persons_list_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rules = lexicon.rules_toml("persons.toml")
    return (
        re.compile(rules["persons_kind_after_list"]),
        re.compile(rules["persons_act_after"]),
        re.compile(rf"{_surname()}[\u4e00-\u9fff]{{1,2}}"),
    )


_LIST_ITEM_SPLIT = re.compile(r"、|和|与|及")
_LIST_BOUND = re.compile(r"[。，,；;：:！？!?\n（(“”\s]|由")


def _persons_listed(text: str, common) -> list[Candidate]:
    """Names listed before 等 and a word of persons (孙某某、周某某等院士) or, alone or listed, before a verb only persons
    do at a ceremony (周某某、陈某某分别致辞, 由金某某主持): `persons_kind_after_list` and `persons_act_*` in persons.toml.
    Before a word of persons the items are read back from the list's end while they are names; before an act every
    item must be one."""
    kind_after, act_after, name = _persons_list_patterns()
    out = []
    for closer, whole in ((kind_after, False), (act_after, True)):
        for m in closer.finditer(text):
            floor = max(0, m.start() - 60)
            start = max((b.end() for b in _LIST_BOUND.finditer(text, floor, m.start())), default=None)
            if start is None and floor > 0:
                continue  # no mark before the list within reach: not a list the rule can bound
            start = floor if start is None else start
            items, pos = [], start
            for piece in _LIST_ITEM_SPLIT.finditer(text, start, m.start()):
                items.append((pos, piece.start()))
                pos = piece.end()
            items.append((pos, m.start()))
            good = {(a, b) for a, b in items if name.fullmatch(text, a, b) and word_tags().get(text[a:b]) not in common and not _known_name(text[a:b]) and not _is_place_name(text[a:b])}
            if whole:
                if len(good) != len(items):
                    continue
                chosen = items
            else:
                chosen = []
                for item in reversed(items):
                    if item not in good:
                        break
                    chosen.append(item)
            out += [Candidate(a, b, "Person", "person", 5, "", (("role", "listed"),)) for a, b in chosen]
    return out


@cache
def _role_list_pattern() -> re.Pattern[str]:
    rules = lexicon.rules_toml("persons.toml")
    return re.compile(rf"(?:{_alternation([*rules['list_roles'], *rules['list_owners']])})(?P<list>[\u4e00-\u9fff]{{2,3}}(?:、[\u4e00-\u9fff]{{2,3}})+)(?={rules['role_list_end']})")


def _persons_after_a_role(text: str, common) -> list[Candidate]:
    """Names listed right after a role of persons (院士王某、胡某某、钮某某，…; 市领导夏某某、李某某…): every item of the list, where
    every item is a name (`list_roles`, `role_list_end` in persons.toml)."""
    name = _persons_list_patterns()[2]
    out = []
    for m in _role_list_pattern().finditer(text):
        items, pos = [], m.start("list")
        for piece in m.group("list").split("、"):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        if all(name.fullmatch(text, a, b) and word_tags().get(text[a:b]) not in common and not _known_name(text[a:b]) and not _is_place_name(text[a:b]) for a, b in items):
            out += [Candidate(a, b, "Person", "person", 5, "", (("role", "listed"),)) for a, b in items]
    return out


@cache
def _transliteration_chars() -> frozenset[str]:
    """Characters of transliterated foreign names: a `·` name is the run of them on each side of the dot."""
    return frozenset(lexicon.rules_toml("persons.toml")["transliteration_chars"])


_NUMERAL_BEFORE = re.compile(r"[0-9０-９一二三四五六七八九十两几百千万多数]$")


def _name_shaped(name: str) -> bool:
    """Whether a word the dictionary tags as a name looks like one: a surname first, or sounds of a transliteration only
    (the dictionary also tags set phrases nr: 大力支持|表示感谢 names no one)."""
    return _surname_re().match(name) is not None or all(ch in _transliteration_chars() or ch == "·" for ch in name)


def _a_measure_read_as_surname(text: str, cand: Candidate) -> bool:
    """Whether a name begins with a measure word right after a number (3项|中国博士后…, 5名|…): a count, not a surname."""
    return text[cand.start] in _person_rules().measure_words and _NUMERAL_BEFORE.search(text, max(0, cand.start - 1), cand.start) is not None


def unit_before_its_head(text: str, end: int) -> bool:
    """Whether the word ending at `end` is a unit followed by its head's title, which repeats its last character
    (高新司|司长, 规划处|副处长): a unit, whatever name the title would otherwise follow."""
    heads = lexicon.rules_toml("persons.toml")["unit_heads"]
    return end > 0 and any(text.startswith(h, end) and text[end - 1] == h.removeprefix("副")[0] for h in heads)


def ht_persons(doc: Doc) -> Doc:
    text = text_of(doc)
    words = doc.user_data["words"]
    found = []
    chinese, transliterated, with_role_before, _ = _person_patterns()
    rules = lexicon.rules_toml("persons.toml")
    common = common_word_tags()
    for m in transliterated.finditer(text):
        name = m.group("name")
        if _known_name(name) or word_tags().get(name, "nr")[:2] not in ("nr", "nz", "x") or not _may_follow_a_role(name) or "的" in name or name[0] in rules["not_in_names"]:
            continue  # 总理|府的预算: 的 is in no name; 总书记|在任时: no name begins with a preposition
        if len(name) > 4 and not all(ch in _transliteration_chars() for ch in name):
            continue  # 总统|梅德韦杰夫: a name longer than a Chinese one is a transliteration, of sound characters only
        pieces = [name[s:e] for s, e in words_of(name)]
        if (len(pieces) > 1 and all(word_tags().get(p) in common for p in pieces)) or name.endswith(tuple(rules["role_tails"])):
            continue  # 总统科学顾问: a title followed by ordinary words or another role, not a name
        found.append(Candidate(m.start("name"), m.end("name"), "Person", "person", 6, "", (("role_context", text[max(0, m.start("name") - 6) : m.start("name")]),)))
    after_roles = sorted(rules["roles_after"], key=len, reverse=True)
    before_roles = sorted(set(rules["roles_before"]) | set(rules["titles"]), key=len, reverse=True)

    def role_after(end: int) -> str | None:
        return next((r for r in after_roles if text.startswith(r, end) and r not in ("团队", "课题组", "研究团队", "等人")), None)

    def role_before(start: int) -> str | None:
        return next((r for r in before_roles if text.endswith(r, 0, start)), None)

    tags = word_tags()
    pr = _person_rules()
    not_in_names = pr.not_in_names
    appointed = pr.appointed_as
    for m in chinese.finditer(text):
        start, end = m.start("name"), m.end("name")
        if start not in doc.user_data["word_starts"] and not (start > 0 and _is_punct(text[start - 1])):
            continue
        if end - start > 2 and any(len(v) > 1 and text.startswith(v, end - 1) for v in appointed):
            end -= 1  # 欧拉|担任院长: the name does not take the verb's first character
        elif end - start == 3 and text[end - 1] in appointed and role_after(end):
            end -= 1  # 查谦|任院长: a one-character verb of appointment before the post is no part of the name
        elif end - start == 3 and role_after(end - 1):
            end -= 1  # 王某|总工程师: the name's last character begins the role (not 武钢总|工程师, a company's, below)
        verb = next((v for v in appointed if text.startswith(v, end)), "")
        name = text[start:end]
        if name in appointed or name in _org_scanner().entries:
            continue  # 曾任|所长: the verb of a post, not a name; 武钢|总工程师: a company's
        tag = tags.get(name, "nr")
        if tag == "ns" and name not in _place_scanner().entries:
            tag = "nr"  # 钟南山院士: the dictionary tags some persons' names as places no gazetteer holds
        if tag in common or "副" in name or any(ch in not_in_names for ch in name):
            continue  # 党委书记, 全球董事长, 各方面的研究团队: a common word or a function word before a role is not a name
        if any(name.endswith(q) for q in rules["post_qualifiers"]):
            continue  # 金某任|名誉|院长: 任 is the verb, 名誉 the post's
        if unit_before_its_head(text, end + len(verb)):
            continue  # 高新司|司长: the unit its head is named after, not a person
        if name[-1] in "女男" and not tags.get(name, "").startswith("nr"):
            continue  # 宁波女|博士: a gender before the role, not a given name
        found.append(Candidate(start, end, "Person", "person", 7, "", (("role", role_after(end + len(verb)) or role_before(start)),)))
    acts = _person_acts()
    dated, described = pr.dated_act, pr.described_as

    def acting(e: int) -> bool:  # 马克思指出, 牛顿在1687年发表, 法拉第（磁感应现象发现者）
        d = dated.match(text, e)
        return bool(acts.match(text, e) or (d and d.end() > e and acts.match(text, d.end())) or described.match(text, e))

    nr_words = [(s, e) for s, e in doc.user_data["words"] if 2 <= e - s <= 5 and tags.get(text[s:e], "")[:2] == "nr" and not _known_name(text[s:e])]
    acted = set()
    for s, e in doc.user_data["words"]:  # a name in jieba's dictionary before a role, whatever its surname (习近平总书记)
        if 2 <= e - s <= 4 and tags.get(text[s:e], "")[:2] == "nr" and role_after(e):
            found.append(Candidate(s, e, "Person", "person", 7, "", (("role", role_after(e)),)))
        elif 2 <= e - s <= 5 and tags.get(text[s:e], "")[:2] == "nr" and acting(e) and not _known_name(text[s:e]) and _name_shaped(text[s:e]):
            how = "described" if described.match(text, e) else "act"  # a description in brackets is not the model's to veto
            found.append(Candidate(s, e, "Person", "person", 5, "", (("role", None), ("found_by", how))))
            acted.add(s)
    for (s, e), (s2, _) in zip(nr_words, nr_words[1:]):  # 伽利略和牛顿开创的: a dictionary name joined to one that acts
        if s2 in acted and text[e:s2] in ("和", "与", "、", "及"):
            found.append(Candidate(s, e, "Person", "person", 5, "", (("role", None), ("found_by", "act"))))
    surname = _surname_re()
    for a in acts.finditer(text):  # 金某某负责…: a name the dictionary does not know, kept only where the model reads a person
        for n in (2, 3):
            start = a.start() - n
            name = text[start : a.start()]
            if start < 0 or not surname.match(name) or not all(_CJK.match(ch) for ch in name):
                continue
            if name not in tags and not _known_name(name) and _begins_word(text, start, doc):
                found.append(Candidate(start, a.start(), "Person", "person", 4, "", (("role", None), ("found_by", "act, model"))))
    after_org = pr.after_organisation
    for c in doc.user_data.get("ht", []):  # 农业部农垦司刘某某等: a name right after its organisation, kept where the model reads a person
        if c.label in INSTITUTION_LABELS and (m := after_org.match(text, c.end)) and not any(ch in not_in_names for ch in m.group("name")):
            found.append(Candidate(m.start("name"), m.end("name"), "Person", "person", 4, "", (("role", None), ("found_by", "act, model"))))
    for c in doc.user_data.get("ht", []):  # 王某某科学技术部部长⏎: a speaker's line, the name, the body and the title
        if c.label in INSTITUTION_LABELS and (m := _speaker_before(text, c.start)) and pr.roles_before.match(text, c.end):
            found.append(Candidate(m.start("name"), m.end("name"), "Person", "person", 6, "", (("role", None), ("found_by", "speaker"))))
    for c in doc.user_data.get("ht", []):  # 北京大学占某某团队: the gap between a team's institution and its team word
        if c.label in INSTITUTION_LABELS and (m := pr.team_leader.match(text, c.end)) and _leads_a_team(m.group("name"), pr.not_in_names):
            found.append(Candidate(m.start("name"), m.end("name"), "Person", "person", 6, "", (("role", None), ("found_by", "team"))))
    for start, end, role in _unknown_surname_names(text, doc):
        found.append(Candidate(start, end, "Person", "person", 4, "", (("role", role), ("found_by", "act, model"))))
    leaders, administration, doctrine = _well_known_leaders()
    for s, e in words:  # 特朗普上任以来: a leader the genre names bare; 奥巴马政府 is that leader's administration
        if text[s:e] in leaders and not _name_runs_on(text, e, words, pr.not_in_names) and not text.startswith(doctrine, e):
            after = next((w for w in administration if text.startswith(w, e)), None)
            if after is not None:  # with its country: 美国特朗普政府
                found.append(Candidate(_country_start(text, s, space=False), e + len(after), "GovernmentBody", "pattern", 8, ""))
            else:
                found.append(Candidate(s, e, "Person", "person", 6, "", (("role", None), ("found_by", "leader"))))
    figures, eponym = _well_known_figures()
    sounds = _transliteration_chars()
    for m in _regnal_names().finditer(text):  # 彼得一世, 亚历山大二世
        start = m.start()
        while start < m.end() - 4 and (text[start] in pr.not_in_names or text[start] in "年月日于"):
            start += 1  # 1725年2月8日|彼得一世, 由于|亚历山大二世: the sound table holds these too
        if not (start == m.start() and start and text[start - 1] in sounds):
            found.append(Candidate(start, m.end(), "Person", "person", 6, "", (("role", None), ("found_by", "figure"))))
    quotes = _Quotes(text)
    for m in figures.finditer(text):  # 在莱布尼兹的建议下, 如高斯、李比希…: a figure histories of science name bare
        s, e = m.span()
        before = text[s - 1 : s]
        if quotes.inside(s) or (before and (before in sounds or before.isdigit() or before in "·每")) or _sounds_run_on(text, e, words, sounds) or text.startswith(eponym, e) or _name_runs_on(text, e, words, pr.not_in_names):
            continue  # a quoted name (“罗蒙诺索夫院士”号), inside a longer name (康德|拉捷夫), a unit (5焦耳, 每瓦特), an eponym (牛顿定律, 费米子)
        if any(all(ch in sounds for ch in text[e : e + k]) and text.startswith(eponym, e + k) for k in (1, 2)):
            continue  # 哈伯|德模型: a longer name's eponym (the Hubbard model), not the figure
        if (gloss := _LATIN_GLOSS_AFTER.match(text, e)) is not None and text.startswith(eponym, gloss.end()):
            continue  # 普朗克（Planck）卫星: an eponym glossed between the name and its word
        found.append(Candidate(s, e, "Person", "person", 7, "", (("role", None), ("found_by", "figure"))))
    if (m := pr.bio_line.match(text)) and _surname_re().match(m.group("name")) and not _known_name(m.group("name")) and not _author_patterns()[2].match(text) and (len(m.group("name")) < 4 or m.group("name")[:2] in _compound_surnames()):  # 关键词：… is a label, not 关某某's biography
        found.append(Candidate(m.start("name"), m.end("name"), "Person", "author", 6, "", (("role", "author"),)))
    for m in _photo_credit().finditer(text):  # …项目。张某某 摄
        if _surname_re().match(m.group("name")) and not _known_name(m.group("name")) and word_tags().get(m.group("name")) not in common:
            found.append(Candidate(m.start("name"), m.end("name"), "Person", "author", 6, "", (("role", "photographer"),)))
    for m in pr.byline.finditer(text):
        if _surname_re().match(m.group("name")) and not _known_name(m.group("name")):
            found.append(Candidate(m.start("name"), m.end("name"), "Person", "author", 6, "", (("role", "author"),)))
            pos = m.end("name")
            while (more := _BYLINE_MORE.match(text, pos)) is not None:  # ■田某某 姚某某 刘某某: the line's other authors, space after space
                name = more.group("name")
                if not _surname_re().match(name) or _known_name(name) or word_tags().get(name, "nr")[:2] not in ("nr", "nz", "x"):
                    break
                found.append(Candidate(more.start("name"), more.end("name"), "Person", "author", 6, "", (("role", "author"),)))
                pos = more.end("name")
    if doc.user_data.get("front_matter"):
        found += _author_names(text, rules, doc.user_data.get("next_block", ""), doc.user_data.get("front_first", True))
    else:
        found += _authors_over_affiliations(text, doc.user_data.get("next_block", ""))
    glued = tuple(rules["speech_glued"])
    for m in with_role_before.finditer(text):
        if "·" in m.group("name") or not _may_follow_a_role(m.group("name")):
            continue
        end = m.end("name")
        if len(m.group("name")) == 3 and m.group("name").endswith(glued) and (end >= len(text) or _is_punct(text[end])):
            end -= 1  # 局长宋秋说。: the verb of saying, not a third character of the name
        found.append(Candidate(m.start("name"), end, "Person", "person", 6, "", (("role", role_before(m.start("name"))),)))
        found += _listed_persons(text, end, common, role_before(m.start("name")))
    found += _role_then_act(text, doc, tags)
    found += _persons_listed(text, common) + _persons_after_a_role(text, common)
    found += _credited_persons(text)
    for m in re.finditer(f"·|(?<=[\u4e00-\u9fff])[{_PERSON_DOTS}](?=[\u4e00-\u9fff])", text):  # 夏尔·戴高乐, 丹尼尔．索林
        if quotes.inside(m.start()) or (m.group() == "．" and _FIGURE_AFTER.match(text, m.end())):
            continue
        span = _foreign_name(text, m.start(), words)
        if span and text.startswith(_dotted_eponym_followers(), span[1]):
            continue  # 戈登·贝尔奖, 约翰·冯·诺依曼中心: a prize or a body named after the person
        if span:
            found.append(Candidate(span[0], span[1], "Person", "person", 5, "", (("role", role_after(span[1]) or role_before(span[0])),)))
    for m in _cited_chinese().finditer(text):  # 张某某等基于…: an author cited by name
        start, name = m.start("name"), m.group("name")
        if name[0] in "和与及" and len(name) >= 3 and text[start - 1 : start] not in ("", "，", "。"):
            start, name = start + 1, name[1:]  # 潘某某和章某[1]: the conjunction joins two authors
        if (start in doc.user_data["word_starts"] or (start > 0 and (_is_punct(text[start - 1]) or (text[start - 1] in pr.cited_openers and text[start - 1 : start + 1] not in tags))) or start == 0) and tags.get(name) not in common and not _known_name(name) \
                and _given_name_reads(name, tags) and not _NUMERAL_BEFORE.search(text, max(0, start - 2), start) and not _function_surname_phrase(name, tags, common):
            found.append(Candidate(start, m.end("name"), "Person", "cited", 5, "", (("role", "author"),)))
            found += _cited_list_before(text, start, tags, common)  # 于某、陈某某、高某某[9]: the list's other authors
    for m in (m for pattern in pr.glossed_persons for m in pattern.finditer(text)):  # 巴格瓦特（D.Bhagwat）
        cn_start = m.end("cn")
        while cn_start > m.start("cn") and (text[cn_start - 1] in sounds or text[cn_start - 1] in _NAME_DOTS or _initial_between_dots(text, cn_start - 1)):
            cn_start -= 1  # the transliteration is the run of its sound characters before the bracket (斯图亚特·S·那格尔: an initial between)
        while cn_start > m.start("cn") and (text[cn_start - 1] in _NAME_DOTS or (text[cn_start - 1].isascii() and text[cn_start - 1].isupper())):
            cn_start -= 1  # and its initials: J·V·克莱因
        while cn_start < m.end("cn") and text[cn_start] in _NAME_DOTS:
            cn_start += 1
        while cn_start < m.end("cn") and cn_start not in doc.user_data["word_starts"] and cn_start > 0 and _CJK.match(text[cn_start - 1]):
            cn_start += 1  # and begins a word: 主席|彼得·布朗, not 席彼得·布朗
        if text.startswith(_eponym_followers(), m.end()):
            continue  # 普朗克（Planck）卫星: a mission named after the person, not the person
        if cn_start < m.end("cn") and not _known_name(text[cn_start : m.end("cn")]):
            found.append(Candidate(cn_start, m.end("cn"), "Person", "person", 6, "", (("role", None), ("found_by", "described"))))
            found.append(Candidate(m.start("latin"), m.end("latin"), "Person", "person", 6, "", (("role", None), ("found_by", "described"))))
    for m in _cited_bare().finditer(text):  # 石某某对…进行了研究: a name no dictionary holds, at a clause's start
        bare = m.group("name")
        pieces = [bare[a:b] for a, b in words_of(bare)]
        common_piece = any(len(p) >= 2 and tags.get(p, "nr")[:2] not in ("nr", "nz", "ns") for p in pieces)  # 文章|还
        if tags.get(bare) is None and not _known_name(bare) and m.end() in doc.user_data["word_starts"] and not common_piece and not any(ch in pr.not_in_names for ch in bare) \
                and _given_name_reads(bare, tags):
            adverb = len(bare) == 3 and bare[-1] in pr.adverbs_after_name and tags.get(text[m.end() : m.end() + 2], "")[:1] == "v"
            found.append(Candidate(m.start("name"), m.end("name") - adverb, "Person", "cited", 4, "", (("role", "author"),)))  # 龚正|还强调
    for pattern in _cited_with_year():  # （魏某 等，2021；刘某，2020）, (Nambisan et al., 2017): an author cited by name and year
        for m in pattern.finditer(text):
            name = m.group("name")
            if not _known_name(name) and name not in _journal_titles() and (not _CJK.match(name[0]) or (_given_name_reads(name, tags) and not _holds_a_common_word(name))):
                found.append(Candidate(m.start("name"), m.end("name"), "Person", "cited", 5, "", (("role", "author"),)))
    for m in _cited_author().finditer(text):  # Polanyi[7]、Lee等[12]、Favaretto[从: an author cited by number
        name = m.group("name")
        if not _known_name(name) and name not in _journal_titles():
            found.append(Candidate(m.start("name"), m.end("name"), "Person", "cited", 5, "", (("role", "author"),)))
    for pattern in _latin_scholar():  # Bammer强调…, Lee 等对…, Lyall和King总结…, Snaith课题组, 教授EricBetzig
        for m in pattern.finditer(text):
            name = m.group("name")
            if not _known_name(name) and name not in _journal_titles() and re.split(r"[ -]", name)[-1] not in _latin_org_words():
                found.append(Candidate(m.start("name"), m.end("name"), "Person", "cited", 4, "", (("role", "author"),)))
    found = [c for c in found if not _a_verb_read_as_surname(text, c) and not _a_measure_read_as_surname(text, c)]
    found = [c for c in found if not _surname_and_role(text[c.start : c.end])]
    found = [_without_glued_adverb(text, c, tags) for c in found]
    facility = tuple(rules["facility_endings"])
    found = [c for c in found if not (c.end - c.start <= 3 and text.endswith(facility, c.start, c.end) and _CJK.match(text[c.start]))]  # 国家|基因库宣布: a facility
    _add(doc, _joined_at_a_dot(text, [_short_of_a_suffix(text, _without_copula(text, c, tags)) for c in found]))
    return doc


def _without_glued_adverb(text: str, c: Candidate, tags: dict[str, str]) -> Candidate:
    """A Chinese name of three or four characters whose last is an adverb no name ends in, before a verb (朱一明也|表示, 王某也|表示):
    the name is the characters before it."""
    adverbs = lexicon.rules_toml("persons.toml")["adverbs_never_ending_names"]
    if c.end - c.start in (3, 4) and _CJK.match(text[c.start]) and text[c.end - 1] in adverbs and tags.get(text[c.end : c.end + 2], "")[:1] == "v":
        return replace(c, end=c.end - 1)
    return c


@lru_cache(maxsize=1)
def _surname_and_role_pattern() -> re.Pattern[str]:
    rules = lexicon.rules_toml("persons.toml")
    roles = set(rules["roles_after"]) | set(rules["roles_before"]) | set(rules["titles"])
    return re.compile(rf"(?:{_surname()})(?:{_alternation(sorted(roles, key=len, reverse=True))})")


def _surname_and_role(name: str) -> bool:
    """Whether a name is a surname and a role only (黄校长, 李院士, 王书记): a way to address a person, no name (the guidelines
    span names without their titles)."""
    return len(name) <= 5 and _surname_and_role_pattern().fullmatch(name) is not None


@lru_cache(maxsize=1)
def _verb_surnames() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in lexicon.rules_toml("persons.toml")["verb_surnames"].items()}


def _a_verb_read_as_surname(text: str, c: Candidate) -> bool:
    """曾|任智源副院长, 现|任某某所长: a surname that is also a verb (任) right after the adverb it follows as a verb
    begins no name (`verb_surnames` in persons.toml)."""
    adverbs = _verb_surnames().get(text[c.start : c.start + 1])
    return bool(adverbs) and text.endswith(adverbs, 0, c.start)


def _speaker_before(text: str, start: int) -> re.Match[str] | None:
    """A name that opens a line right before a body's name (王某某|科学技术部部长, 张某某|全国政协委员)."""
    return _speaker_name().fullmatch(text, text.rfind("\n", 0, start) + 1, start)


@lru_cache(maxsize=1)
def _speaker_name() -> re.Pattern[str]:
    return re.compile(rf"\s*(?P<name>{_surname()}[\u4e00-\u9fff]{{1,2}})\s?")


def _leads_a_team(name: str, not_in_names: frozenset[str]) -> bool:
    """Whether the gap before a team word may be its leader's name: no function character, and no ordinary
    word (研究, 科研, 创新) at its start or as the whole, no technology; 和 ends given names (包信和), never begins one."""
    tags = word_tags()
    if name[0] in not_in_names or any(ch in not_in_names and ch != "和" for ch in name[1:]) or name in _technology_words():
        return False  # 中国科大|超算|团队: a technology's team (round 35), not its leader's
    return all(tags.get(piece, "nr")[:2] == "nr" for piece in {name, name[:2]})


def _initial_between_dots(text: str, pos: int) -> bool:
    """Whether text[pos] is a Latin initial written between two name dots (约翰·L·桑顿)."""
    return text[pos].isascii() and text[pos].isupper() and text[pos - 1 : pos] in _NAME_DOTS and text[pos + 1 : pos + 2] in _NAME_DOTS


def _joined_at_a_dot(text: str, found: list[Candidate]) -> list[Candidate]:
    """Two parts of one transliterated name read apart at a Latin initial (约翰|·|L·桑顿) are one name."""
    persons = sorted((c for c in found if c.label == "Person"), key=lambda c: c.start)
    out = list(found)
    for a, b in zip(persons, persons[1:]):
        if b.start == a.end + 1 and text[a.end] in _PERSON_DOTS and _LATIN.match(text[b.start]) and any(d in text[b.start : b.end] for d in _PERSON_DOTS):
            out.append(Candidate(a.start, b.end, "Person", "dotted", max(a.priority, b.priority) + 1, "", a.attrs))  # no ordinary word for the model to veto
    return out


def _short_of_a_suffix(text: str, c: Candidate) -> Candidate:
    """A transliterated name that runs into an organisation's suffix (康拉德·阿登纳基金|会: 基 and 金 are sound
    characters too) ends where the suffix begins: the organisation is named after the person."""
    name = text[c.start : c.end]
    if c.label != "Person" or not any(d in name for d in _PERSON_DOTS):
        return c
    for k in range(1, 3):
        if any(s.text.startswith(name[-k:]) and len(s.text) > k and text.startswith(s.text, c.end - k) for s in _suffix_index().get(name[-k], ())):
            return replace(c, end=c.end - k)
    return c


def _without_copula(text: str, c: Candidate, tags) -> Candidate:
    """A name that ends in 为 or 是 where the dictionary knows it without that character, and not with it,
    is the shorter name (以陈毅为主任: 陈毅; but 康有为)."""
    name = text[c.start : c.end]
    if c.label == "Person" and len(name) >= 3 and name[-1] in "为是" and tags.get(name[:-1], "")[:2] == "nr" and tags.get(name, "")[:2] != "nr":
        return replace(c, end=c.end - 1)
    return c


@lru_cache(maxsize=1)
def _author_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rules = lexicon.rules_toml("persons.toml")
    return re.compile(rules["author_line"]), re.compile(rules["author_name"]), re.compile(rules["front_end"])


def _author_names(text: str, rules: dict, following_block: str = "", first_block: bool = True) -> list[Candidate]:
    """The names on the author line under the title (聂某某 冀某某; 陈某；张某；陈某), before the abstract;
    a single author's name on a line of its own above an affiliation line."""
    line_re, name_re, end_re = _author_patterns()
    single, hint = _person_rules().single_author_line, _person_rules().affiliation_hint
    found, pos, seen = [], 0, 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line.strip():
            if end_re.match(line) or seen >= rules["front_lines"]:
                break
            seen += 1
            following = next((n for n in lines[k + 1 :] if n.strip()), following_block)
            if (seen > 1 or not first_block) and (m := single.match(line)) and _surname_re().match(m.group("name")) and not _holds_a_common_word(m.group("name")) and hint.search(following) and not end_re.match(following):
                found.append(Candidate(pos + m.start("name"), pos + m.end("name"), "Person", "author", 6, "", (("role", "author"),)))
            elif line_re.match(names_part := _before_affiliation(line, hint)):
                places, orgs = _place_scanner().entries, _org_scanner().entries
                every = [m for m in name_re.finditer(names_part) if m.group() not in orgs]
                if any(_holds_a_common_word(m.group()) and not _surname_re().match(m.group()) for m in every) and (not any(_surname_re().match(m.group()) for m in every) or len(every) == 2 and len(line) > 40):
                    pos += len(line) + 1
                    continue  # 新淝河 新引擎: a headline of two phrases, one of them a word and none begun by a surname, names no authors; nor does a paragraph's opening words (据了解,成渝|(…)…)
                names = [m for m in every if not _holds_a_common_word(m.group())]
                if len(names) >= 2:  # an author line: a name whose given name is a word (谢光强: 光强) is a name there
                    names = sorted(names + [m for m in every if m not in names and len(m.group()) <= 3 and _surname_re().match(m.group()) and not _holds_a_common_word(m.group()[:2])], key=lambda m: m.start())
                # a line of place names is no author line; on an author line, a name that is also a place's
                # (武夷山) is the author's where it begins with a surname
                persons = [m for m in names if m.group() not in places]
                if persons:
                    surname = _surname_re()
                    persons += [m for m in names if m.group() in places and surname.match(m.group())]
                for m in sorted(persons, key=lambda m: m.start()):
                    found.append(Candidate(pos + m.start(), pos + m.end(), "Person", "author", 6, "", (("role", "author"),)))
        pos += len(line) + 1
    return found


_NUMBERED_AFFILIATION = re.compile(r"\s*[（(]?[0-9０-９]{1,2}\s*[.．、)）]\s*\S")  # 1. 中国科学院…,北京,100029


def _authors_over_affiliations(text: str, following_block: str) -> list[Candidate]:
    """An author line below the front matter (a web page's journal header above the title pushes it down), read where the
    line after it is a numbered affiliation (周某某1,2 , 陈某某1 … ⏎ 1. 中国科学院某某研究所,北京,100029): two names or more, nearly
    all begun by a surname, none a place's or a known organisation's."""
    line_re, name_re, _ = _author_patterns()
    hint, surname = _person_rules().affiliation_hint, _surname_re()
    places, orgs = _place_scanner().entries, _org_scanner().entries
    found, pos = [], 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        body = line.rstrip()
        following = next((n for n in lines[k + 1 :] if n.strip()), following_block) if body and line_re.match(body) else ""
        if following and _NUMBERED_AFFILIATION.match(following) and hint.search(following):
            names = [m for m in name_re.finditer(body) if m.group() not in orgs and m.group() not in places]
            if len(names) >= 2 and 5 * sum(1 for m in names if surname.match(m.group())) >= 4 * len(names) and not any(_holds_a_common_word(m.group()) for m in names if not surname.match(m.group())):
                found += [Candidate(pos + m.start(), pos + m.end(), "Person", "author", 6, "", (("role", "author"),)) for m in names]
        pos += len(line) + 1
    return found


def _before_affiliation(line: str, hint: re.Pattern[str]) -> str:
    """An author line less the affiliations written after the names in brackets on the same line
    (刘某，王某某(中国科学院某某中心，北京100190); 胡某1,²，魏某1（1.中国科学院某某台，…)."""
    for m in re.finditer(r"[（(]", line):
        rest = line[m.start() :]
        if hint.search(rest) and m.start() > 0 and not re.match(r"[（(]\s*[0-9]?\s*[）)]", rest):
            return line[: m.start()].rstrip()
    return line


def _holds_a_common_word(name: str) -> bool:
    """Whether a name on an author-like line is, or holds, a word of two characters or more that the
    dictionary knows and does not tag as a name (作者, 成果|简介, 应运而生, 链式反应: a heading, no authors)."""
    tags = word_tags()
    return any(b - a >= 2 and tags.get(name[a:b], "nr")[:2] not in ("nr", "ns", "nz", "r") for a, b in words_of(name.replace(" ", "")))  # not 某某 of a placeholder


@cache
def _surname_re() -> re.Pattern[str]:
    return re.compile(_surname())


_NUMERAL_BEFORE = re.compile(r"[0-9０-９万亿千百十]\s?$|》$")  # 7423 欧元[12], 739亿卢比: a unit after a number; 《…》白皮书[1]: a title's kind
_NO_GIVEN_NAME_TAGS = ("d", "p", "c", "u")  # adverbs, prepositions, conjunctions, particles


@lru_cache(maxsize=1)
def _eponym_followers() -> tuple[str, ...]:
    """Words after a person's name that make it an eponym's or a doctrine's (persons.toml)."""
    rules = lexicon.rules_toml("persons.toml")
    return tuple(rules["doctrine_words"]) + tuple(rules["eponym_words"])


@lru_cache(maxsize=1)
def _dotted_eponym_followers() -> tuple[str, ...]:
    """The eponym words after a dotted name that make it a prize's, a law's or a body's: those of two
    characters or more (a single character more often begins an ordinary word after a name) and
    `dotted_eponym_words` of persons.toml (奖, 中心)."""
    extra = tuple(lexicon.rules_toml("persons.toml")["dotted_eponym_words"])
    return tuple(w for w in _eponym_followers() if len(w) >= 2) + extra


def _function_surname_phrase(name: str, tags, common) -> bool:
    """Whether a cited name is a function word that is also a surname and an ordinary word after it
    (达到很|高水平[8], 分布|时使用[11], 服务|于社会[9]): a phrase, not an author."""
    given = name[1:]
    return name[0] in _FUNCTION_SURNAMES and len(name) >= 3 and given[0] != given[-1] and tags.get(given) in common  # 高晶晶: a doubled given name


def _given_name_reads(name: str, tags) -> bool:
    """Whether what follows a cited author's surname may be a given name: not a one-character adverb,
    preposition, conjunction or particle (应|将研究…). (A two-character given name may well be a word: 李|力行.)"""
    m = _surname_re().match(name)
    given = name[m.end() :] if m else name[1:]
    tag = tags.get(given, "")
    if tag == "n" and given in _institution_nouns():
        return False  # 个人|向智库等…: the given name would be an institution's noun
    if tag == "m" and given[:1] in _COUNTING_NUMERALS:
        return False  # 断裂成|两段[11]: a count, not a given name
    return not (len(given) == 1 and tag[:1] in _NO_GIVEN_NAME_TAGS)


@cache
def _institution_nouns() -> frozenset[str]:
    """Nouns that end institutions' names or name their kinds (智库, 大学, 机构 …): no given name."""
    rules = lexicon.institution_rules()
    return frozenset(s.text for s in rules.suffixes) | frozenset(rules.unit_endings) | frozenset(lexicon.rules_toml("institutions.toml")["category_prefixes"])


@lru_cache(maxsize=1)
def _roles_before() -> str:
    """The roles written before a name (rules/persons.toml `roles_before`), as an alternation, longest first."""
    return _alternation(lexicon.rules_toml("persons.toml")["roles_before"])


@lru_cache(maxsize=1)
def _role_then_name() -> re.Pattern[str]:
    return re.compile(rf"(?:{_roles_before()})(?P<name>{_surname()}[\u4e00-\u9fff]{{1,2}})")


@lru_cache(maxsize=1)
def _tags_after_role_name() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("persons.toml")["tags_after_role_name"])


def _role_then_act(text: str, doc: Doc, tags) -> list[Candidate]:
    """A name after a role that the segmentation reads as a word of its own, followed by a verb (校长|邱勇|出席,
    董事会主席|马化腾|参加): the verb's word ends the name where no punctuation does. Not a dictionary word of
    another kind, nor a surname glued to a verb (院长|曾|任教授)."""
    starts = doc.user_data["word_starts"]
    out = []
    for m in _role_then_name().finditer(text):
        for end in (m.end("name"), m.end("name") - 1):
            start, name = m.start("name"), text[m.start("name") : end]
            if len(name) < 2 or starts.get(start) != end:
                continue  # the name is one word of the segmentation (邱勇, 马化腾), not a surname glued to a verb (曾|任教)
            nxt = starts.get(end)
            if nxt is None or tags.get(text[end:nxt], "")[:1] not in _tags_after_role_name():
                continue
            tag = tags.get(name)
            if (tag is not None and tag[:2] != "nr") or not _given_name_reads(name, tags) or _known_name(name) or not _may_follow_a_role(name):
                continue
            out.append(Candidate(start, end, "Person", "person", 6, "", (("role", "role"),)))
            break
    return out


def _may_follow_a_role(name: str) -> bool:
    """Whether a name written after a role may be one: not a conjunction with what follows (科学家|和学者,
    专家|和专家: the role was a kind of people) nor a verb's phrase (总书记|致信祝贺)."""
    if name[0] in "和与及":
        return False
    if len(name) == 2 and name[-1] in "区县镇" and word_tags().get(name, "")[:2] != "nr":
        return False  # 上海市长|宁区: a district the role's 市长 cut, not a person after the mayor
    if name[-1] in "了着过等的地得女男" and not word_tags().get(name, "").startswith("nr"):
        return False  # 科学家|曾说过, 访问学者|项目等, 主席|任命的, 毛主席|高兴地, 宁波女|博士: a verb's or a modifier's ending, not a given name
    pieces = words_of(name)
    if len(pieces) == 2 and pieces[0][1] == 1 and word_tags().get(name[:1], "")[:1] == "d" and _is_verb_tag(word_tags().get(name[1:], "")):
        return False  # 总书记|曾指出: an adverb and a verb
    first = pieces[0]
    return word_tags().get(name[first[0] : first[1]], "")[:1] != "v" or first[1] - first[0] < 2


@lru_cache(maxsize=1)
def _credit_pattern() -> re.Pattern[str]:
    rules = lexicon.rules_toml("persons.toml")
    joiners = re.escape(rules["credit_joiners"])
    return re.compile(rf"(?:(?:{_alternation(rules['credit_labels'])})\s*[:：]|(?P<unit>{rules['credit_unit_row']}))\s*((?:[\u4e00-\u9fff]{{2,4}}(?:[{joiners}]+|(?=[。；;）)“\n])|$))+)")


def _credited_persons(text: str) -> list[Candidate]:
    """Persons a label credits, listed after it (课题组成员：葛全胜、杨林生、金凤君): each item a surname
    and a given name (after three of them, any two or three characters that hold no dictionary word),
    none a known place's or organisation's name, up to the first item that is not."""
    found = []
    for m in _credit_pattern().finditer(text):
        listed, names = 0, len(m.groups())  # the names, after the label or the unit
        for item in re.finditer(r"[\u4e00-\u9fff]+", m.group(names)):
            name = item.group()
            if len(name) > 4 or _known_name(name) or not (_surname_re().match(name) or (listed >= 3 and len(name) <= 3 and not _holds_a_common_word(name))):
                break  # 封志明 after three names: a rarer surname in the same list
            if m.group("unit") and (len(name) > 3 or _holds_a_common_word(name)):
                break  # 某研究所：顾客本位、独自能力: a unit's row of words, no drafters
            listed += 1
            found.append(Candidate(m.start(names) + item.start(), m.start(names) + item.end(), "Person", "author", 6, "", (("role", "author"),)))
    return found


@lru_cache(maxsize=1)
def _compound_surnames() -> tuple[str, ...]:
    return tuple(lexicon.rules_toml("persons.toml")["compound_surnames"])


def _surname() -> str:
    """A regular expression of a common Chinese surname, compound ones first (rules/persons.toml)."""
    rules = lexicon.rules_toml("persons.toml")
    surnames = "".join(rules["surnames"].split())
    compound = "|".join(rules["compound_surnames"])
    return rf"(?:{compound}|[{surnames}])"


@lru_cache(maxsize=1)
def _cited_list() -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[，,；;。：:\s]))((?:{_surname()}[\u4e00-\u9fff]{{1,2}}、)+)$")


def _cited_list_before(text: str, start: int, tags, common) -> list[Candidate]:
    """The names listed with 、 right before a cited author, back to the clause's start (于某、陈某某、|高某某[9]);
    none unless every one reads as a name."""
    m = _cited_list().search(text, max(0, start - 40), start)
    if m is None:
        return []
    out, pos = [], m.start(1)
    for part in m.group(1).split("、")[:-1]:
        if not (_surname_re().match(part) and tags.get(part) not in common and not _known_name(part)):
            return []
        out.append(Candidate(pos, pos + len(part), "Person", "cited", 5, "", (("role", "author"),)))
        pos += len(part) + 1
    return out


@lru_cache(maxsize=1)
def _cited_chinese() -> re.Pattern[str]:
    """张某某等基于…, 李某某[3]指出…, 潘某某和章某[1]在…: an author cited by name, with 等 or a reference number."""
    after = _alternation(lexicon.rules_toml("persons.toml")["cited_chinese_after"])
    name = rf"{_surname()}[\u4e00-\u9fff]{{1,2}}?"
    verbs = _alternation([w for w in lexicon.rules_toml("persons.toml")["cited_chinese_after"] if w not in "[（("])
    # a reference mark, whole or as conversion left it: [3], [ , 5, 3]
    bracket, digits = r"\[[\d\-–,，]*\]?", r"\d{1,3}(?:[-–,，]\d{1,3})*\]?"
    year = r"[（(]\s*(?:1[89]|20)\d{2}[a-z]?\s*[）)]"  # 王某某（2017）指出: the author-year form of a citation
    adverbs = _alternation(lexicon.rules_toml("persons.toml")["cited_adverbs"])
    return re.compile(
        rf"(?P<name>{name})(?:等(?:人)?(?:{bracket}|{digits}|{year})?(?:{adverbs})?(?={after})|(?=\[\d)|{bracket}(?={after})|{digits}(?={verbs})|{year}(?:{adverbs})?(?={verbs})|(?=和{name}\[\d))"
    )


@lru_cache(maxsize=1)
def _cited_bare() -> re.Pattern[str]:
    after = _alternation(lexicon.rules_toml("persons.toml")["cited_bare_after"])
    return re.compile(rf"(?:^|(?<=[。；;，,：:\n]))(?P<name>{_surname()}[\u4e00-\u9fff]{{1,2}}?)(?={after})")


@lru_cache(maxsize=1)
def _cited_author() -> re.Pattern[str]:
    return re.compile(lexicon.rules_toml("persons.toml")["cited_author"])


@lru_cache(maxsize=1)
def _cited_with_year() -> tuple[re.Pattern[str], ...]:
    rules = lexicon.rules_toml("persons.toml")
    return tuple(re.compile(rules[key].format(surname=f"(?:{_surname()})")) for key in ("cited_year_chinese", "cited_year_latin"))


@lru_cache(maxsize=1)
def _latin_scholar() -> tuple[re.Pattern[str], ...]:
    rules = lexicon.rules_toml("persons.toml")
    return tuple(re.compile(rules[key]) for key in ("latin_scholar", "latin_scholar_joined", "latin_team_leader", "latin_after_role", "latin_dated"))


@lru_cache(maxsize=1)
def _latin_org_words() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("persons.toml")["latin_org_words"])


@lru_cache(maxsize=1)
def _journal_titles() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("persons.toml")["journal_titles"])


class _Quotes:
    """The “ and ” of a text, indexed once: whether a position lies inside an open quotation. A straight
    " closes one too: OCR mixes the marks (“全球领导力"项目), and an unclosed “ must not make the rest of
    the paragraph a quotation."""

    def __init__(self, text: str) -> None:
        self.opens = [m.start() for m in re.finditer("“", text)]
        self.closes = [m.start() for m in re.finditer('[”"]', text)]

    def inside(self, pos: int) -> bool:
        """A “ before `pos`, no ” between it and `pos`, and a ” at or after `pos`."""
        k = bisect_left(self.opens, pos)
        c = bisect_left(self.closes, pos)
        if k == 0 or c == len(self.closes):
            return False
        return c == 0 or self.closes[c - 1] < self.opens[k - 1]


# --- selection ------------------------------------------------------------------------------------------


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest, then highest-priority, non-overlapping candidates."""
    chosen: list[Candidate] = []
    # One byte per character, set where a chosen candidate lies: the overlap test
    # costs the candidate's length, not the number chosen so far.
    occupied = bytearray(max((c.end for c in candidates), default=0))
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if cand.end <= cand.start or occupied.find(1, cand.start, cand.end) >= 0:
            continue
        chosen.append(cand)
        occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(chosen, key=lambda c: c.start)


_EDGE_DASHES = "-‐‑‒–—―－_·"


def _ends_with_word(name: str, word: str) -> bool:
    """Whether the segmentation reads `word` as the last word of `name` (仁和药业|子公司, not 西门子|公司); the name
    is segmented only where it ends with the word's characters."""
    if not name.endswith(word):
        return False
    pieces = words_of(name)
    return bool(pieces) and name[pieces[-1][0] :] == word


def registered_place_length(name: str) -> int:
    """The length of the Chinese province's, city's or county's name (with its 省, 市 or 县) that begins a company's
    registered name (企业名称登记管理规定: 行政区划 + 字号 + 行业 + 组织形式), leaving two characters or more; else 0."""
    places = _place_scanner().entries
    for n in range(min(len(name) - 2, 7), 1, -1):
        if any(p.country == "CN" and p.kind in ("province", "city") for p in places.get(name[:n], ())):
            return n
    return 0


def _city_owned_companies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A company or an investor written right after a Chinese city's or province's name is named with it (天津|海光,
    上海|兆芯, 浙江|联通): the place begins the name, as the company's own registered name writes it, not a place of
    its own; not a name its own place leads already (锦州市|辽宁春光…股份有限公司), nor after the city's province (安徽省合肥市|本源…:
    an address)."""
    cities = {c.end: c for c in candidates if c.label in ("City", "Province") and c.attr("place") is not None and c.attr("place").country == "CN"}
    return [
        replace(c, start=cities[c.start].start, priority=c.priority + 1)
        for c in candidates
        if c.label in ("Company", "Fund") and c.start in cities and c.source in ("known_org", "suffix", "alias", "quoted")
        and not registered_place_length(text[c.start : c.end])
        and not _after_its_province(text, cities[c.start].start)
    ]


@lru_cache(maxsize=1)
def _glued_particles() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("institutions.toml")["glued_particles"])


@lru_cache(maxsize=1)
def _place_brand_rules() -> tuple[tuple[str, ...], frozenset[int], str]:
    rules = lexicon.rules_toml("institutions.toml")
    return tuple(sorted(rules["place_brand_cues"], key=len, reverse=True)), frozenset(rules["place_brand_lengths"]), rules["place_brand_not_endings"]


def _place_brand_companies(text: str, words: Words, candidates: list[Candidate]) -> list[Candidate]:
    """A company named by its Chinese city or province and a brand no dictionary knows (武汉|新芯成立于…, 徐州|博康实现…,
    武汉|太紫微KrF…: `place_brand_*` in institutions.toml): the place and the brand, where what follows is a company's act or
    a product's Latin code; not a district, a technology or a dictionary word after the place (a known brand the
    segmentation glued to the next word is read here too: 合肥|长鑫于)."""
    cues, lengths, not_endings = _place_brand_rules()
    indexed, tags = _indexed(words), word_tags()
    taken = {(c.start, c.end) for c in candidates if c.label in INSTITUTION_LABELS or c.label == "Person"}
    out = []
    for c in candidates:
        place = c.attr("place") if c.label in ("City", "Province") and c.source == "gazetteer" else None
        if place is None or place.country != "CN" or (end := indexed.at_start.get(c.end)) is None:
            continue
        brand = text[c.end : end]
        if len(brand) == 3 and brand[-1] in cues and brand[:-1] not in tags:
            brand, end = brand[:-1], end - 1  # 合肥|长鑫于|2016年: the segmentation glued a one-character cue to the brand
        if brand in rules_toml_list("place_centre_words") and not text.startswith(("中心", "机", "系统"), end):
            out.append(Candidate(c.start, end, "ResearchInstitute", "suffix", c.priority + 1, "", (("suffix_start", c.end),)))
            continue  # 无锡超算, 济南超算: the city's supercomputing centre, by its short name
        if len(brand) not in lengths or brand[-1] in not_endings or not all(_CJK.match(ch) for ch in brand) or brand in tags or _is_place_name(brand) or brand in _technology_words():
            continue
        if any(s < end and c.end < e for s, e in taken):
            continue
        listed = text[c.start - 1 : c.start] == "、" and text.startswith("等", end)  # 晶瑞电材、徐州|博康|等: an item of a list of names
        if not (listed or text.startswith(cues, end) or (end < len(text) and text[end].isascii() and text[end].isalpha())):
            continue
        out.append(Candidate(c.start, end, "Company", "suffix", c.priority + 1, "", (("suffix_start", end),)))
    return out


@lru_cache(maxsize=1)
def _appositive_rules() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rules = lexicon.rules_toml("institutions.toml")
    return tuple(sorted(rules["appositive_company_heads"], key=len, reverse=True)), tuple(sorted(rules["appositive_company_roles"], key=len, reverse=True))


_NAME_TAGS = ("nr", "ns", "nt", "nz", "j")


def _appositive_companies(text: str, words: Words, candidates: list[Candidate]) -> list[Candidate]:
    """Companies written after the noun of their kind or before a company's role and its holder (`appositive_company_*` in
    institutions.toml): 德国科技公司|默克|正式…, 开发区企业|安必平 and 默克|首席执行官|欧思明 (read as persons by their sound, or
    not at all) are the company, where the words before the noun are a kind's, a place's or a field's; 半导体设备公司|中微|
    董事长尹志尧 too. Not a person after a company's own name (华为公司|余承东) or a name's (某某公司|张三)."""
    heads, roles = _appositive_rules()
    cues, _, not_endings = _place_brand_rules()
    tags = word_tags()
    org_ends = {c.end for c in candidates if c.label in INSTITUTION_LABELS}
    company_ends = {c.end for c in candidates if c.label == "Company"}  # 华为|公司: the company's own name before the head (not 广州开发区|企业)
    place_ends = {c.end for c in candidates if c.label in _PLACE_LABEL.values() or c.label in ("Park", "Technology")}
    persons = {c.start: c for c in candidates if c.label == "Person"}
    taken = {(c.start, c.end) for c in candidates if c.label in INSTITUTION_LABELS}
    indexed = _indexed(words)

    def after_kind(start: int) -> bool:
        head = next((h for h in heads if text.endswith(h, 0, start)), None)
        if head is None or start in org_ends or start - len(head) in company_ends or start - len(head) <= 0:
            return False
        before = start - len(head)  # the word before the head is of a kind, a place or a field (德国科技|公司, 开发区|企业), not a name's (某某|公司)
        inside = indexed.containing(before)  # 科技公司 may be one word of the segmentation
        word = text[inside[0] if inside is not None else indexed.at_end.get(before, before - 1) : before]
        return before in place_ends or word in _technology_terms() or _is_place_name(word) or (bool(word) and _only_industry_words(word))

    def role_and_holder(end: int) -> bool:
        role = next((r for r in roles if text.startswith(r, end)), None)
        return role is not None and end + len(role) in persons

    out = []
    for c in candidates:  # 默克|首席执行官|欧思明: a person's reading of the company before its role's holder
        if c.label == "Person" and c.source in ("person", "model") and (c.start, c.end) not in taken and role_and_holder(c.end):
            out.append(Candidate(c.start, c.end, "Company", "suffix", c.priority + 2, "", (("suffix_start", c.end),)))
    head_ends = {at + len(h) for h in heads for at in _occurrences(text, h)}
    for start in sorted(head_ends & indexed.at_start.keys()):  # the words right after a noun of a kind, not every word
        end = indexed.at_start[start]
        person = persons.get(start)
        if person is not None and person.source in ("person", "model"):
            end = person.end
        name = text[start:end]
        if not 2 <= len(name) <= 4 or not (all(_CJK.match(ch) for ch in name) or name.isascii() and name.isalpha()) or (start, end) in taken:
            continue
        if name in tags and tags[name][:2] not in _NAME_TAGS and (person is None or person.end != end):
            continue  # 公司|执行|董事长, 企业|发展: a common word after the head
        if _is_place_name(name) or name in _technology_terms() or name[-1] in not_endings or not after_kind(start):
            continue
        if role_and_holder(end) or text.startswith(cues, end) or (person is not None and person.end == end):
            out.append(Candidate(start, end, "Company", "suffix", (person.priority if person is not None else 7) + 2, "", (("suffix_start", end),)))
    return out


def _occurrences(text: str, word: str):
    """The start of every occurrence of `word` in `text`, overlapping ones too."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _after_its_province(text: str, start: int) -> bool:
    """Whether a province's full name stands right before `start` (安徽省|合肥市…: an address, the city no part of a name)."""
    before = _place_ending_at(text, start)
    return before is not None and text[start - 1] == "省" and any(p.kind == "province" for p in _place_scanner().entries.get(text[before:start], ()))


def _parents_units(candidates: list[Candidate]) -> list[Candidate]:
    """A well-known organisation written right after its parent's name is named with it (中国科学院|深圳先进院, 中科院|深圳先进院:
    the unit's full name begins with the parent's), one mention of the unit, not two."""
    starts = {c.start: c for c in candidates if c.source == "known_org" and c.attr("org") is not None}
    out = []
    for parent in candidates:
        unit = starts.get(parent.end) if parent.source == "known_org" and parent.attr("org") is not None else None
        if unit is not None and unit.attr("org").name != parent.attr("org").name and unit.attr("org").name.startswith(parent.attr("org").name):
            out.append(replace(unit, start=parent.start, priority=unit.priority + 1))
    return out


def _without_edge_marks(text: str, c: Candidate) -> Candidate:
    """A name never begins or ends with a space or a dash, whichever reading cut it there (Sigma X| 科学家协会,
    企业智库---|阿里研究院)."""
    start, end = c.start, c.end
    while start < end and (text[start].isspace() or text[start] in _EDGE_DASHES):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_DASHES):
        end -= 1
    return c if (start, end) == (c.start, c.end) else replace(c, start=start, end=end)


def opaque_titles(text: str, titled: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int]]:
    """《…》 titles of publications (reports, papers, journals, books), marks included: nothing inside them is an entity but the title."""
    return [(s - 1, e + 1) for s, e, kind in (titles(text) if titled is None else titled) if kind == "Publication"]


def event_names(text: str, words) -> list[tuple[int, int]]:
    """The names of events (fairs, expos, conferences): from the opening quotation mark, or from where
    an institution's name would begin, to the event word (`event_endings` in institutions.toml)."""
    out = []
    for m in lexicon.institution_rules().event_ending.finditer(text):
        open_quote = max(text.rfind("“", 0, m.start()), text.rfind('"', 0, m.start()))
        if open_quote >= 0 and m.start() - open_quote <= 30 and not re.search(r"[”\n。]", text[open_quote + 1 : m.start()]):
            start = open_quote + 1
        else:
            start = _event_left(text, m.start(), words)
        if m.start() - start >= 2:
            out.append((start, m.end()))
    for ending in lexicon.rules_toml("institutions.toml")["place_event_endings"]:
        for m in re.finditer(re.escape(ending), text):
            place = _place_ending_at(text, m.start())
            if place is not None:
                out.append((place, m.end()))
    for ending in lexicon.institution_rules().quoted_event_endings:
        for m in re.finditer(rf"[“\"]([^”\"\n。]{{2,30}}?{re.escape(ending)})[”\"]|[“\"]([^”\"\n。]{{2,30}}?)[”\"](?={re.escape(ending)})", text):
            group = 1 if m.group(1) else 2  # “某地PX项目事件”, “某地雾霾抗生素无效”事件
            out.append((m.start(group), m.end(group)))
    return out


def thing_names(text: str, words, candidates) -> list[tuple[int, int]]:
    """The names of things an organisation's name begins (`thing_heads` in institutions.toml: 中央党校文库,
    中国共产党思想理论资源库, 谷歌文件系统, 中科院青年科学家奖): from the organisation
    over nouns to the head, which ends a word. The organisation named so is a modifier, not a mention."""
    indexed, tags = _indexed(words), word_tags()
    starts = {c.start for c in candidates if c.label in INSTITUTION_LABELS}
    ends = {c.end for c in candidates if c.label in INSTITUTION_LABELS}
    out = []
    for m in _thing_heads().finditer(text):
        if m.end() in ends:
            continue  # 国家重要野生植物种质|资源库: an institution's own ending (种质资源库), no thing's head
        if m.end() not in indexed.at_end and m.end() < len(text) and _CJK.match(text[m.end()]) and text[m.end()] not in "等和与及的":
            continue  # 奖|励, 指数|级: the head must end a word
        if (word := indexed.containing(m.start())) is not None and text[word[0] : word[1]] in _thing_head_not_words():
            continue  # 国防科工委|嘉奖: a word of praise or of awarding, no prize
        pos = m.start()
        while pos > 0 and m.start() - pos < 14:
            s = indexed.at_end.get(pos, pos - 1)
            word = text[s:pos]
            if not _CJK.match(word[0]) or tags.get(word, "n") in _not_in_name_tags() or _is_verb_tag(tags.get(word, "n")):
                break
            pos = s
        if any(k in starts for k in range(pos, m.start() - 1)):
            out.append((pos, m.end()))
    return out


@lru_cache(maxsize=1)
def _thing_head_not_words() -> frozenset[str]:
    return frozenset(lexicon.rules_toml("institutions.toml")["thing_head_not_words"])


@lru_cache(maxsize=1)
def _thing_heads() -> re.Pattern[str]:
    return re.compile(_alternation(sorted(lexicon.rules_toml("institutions.toml")["thing_heads"], key=len, reverse=True)))


def _event_left(text: str, pos: int, words, limit: int = 20) -> int:
    """Where an event's name ending at `pos` begins: left over words up to punctuation, a stop word, or a
    word that never stands in a name or is a verb (西安|先后|成功|举办|…大会, 贵阳|出席|…峰会)."""
    start = left_boundary(text, pos, words, limit)
    indexed, tags, intro = _indexed(words), word_tags(), lexicon.institution_rules().event_intro
    while pos > start:
        s = max(indexed.at_end.get(pos, pos - 1), start)
        word = text[s:pos]
        if (tags.get(word, "n")[:1] in _NO_NAME_TAGS and not word.startswith("第")) or word.endswith(intro):
            break  # 召开, and a word that ends in it (隆重召开: the dictionary's words are not always the verb alone)
        pos = s
    return pos


_COUNTED = re.compile(r"^[0-9一二三四五六七八九十两几数多]+[大个家所类]?")  # 六大|政治基金会: a count of a kind


def _a_listed_kind(text: str, cand: Candidate) -> bool:
    """Whether an institution's name, its boundaries settled, is a kind of body the genre lists or writes
    as a class (`class_list_kinds`: 社科院、党校行政学院、高校, 德国六大政治基金会), not a name."""
    if cand.label not in INSTITUTION_LABELS:
        return False
    return _COUNTED.sub("", text[cand.start : cand.end]) in _class_kinds()


@Language.component("ht_select")
def ht_select(doc: Doc) -> Doc:
    text = text_of(doc)
    things = thing_names(text, doc.user_data["words"], doc.user_data.get("ht", []))
    opaque = _disjoint(opaque_titles(text, doc.user_data.get("titles")) + event_names(text, doc.user_data["words"]) + things)  # in order and disjoint: only the last one starting at or before a candidate can hold it
    starts = [s for s, _ in opaque]

    def in_opaque(c: Candidate) -> bool:
        k = bisect_right(starts, c.start) - 1
        if k >= 0 and c.source == "known_org" and c.end == opaque[k][1]:
            return False  # (达沃斯)世界经济论坛: a well-known organisation that is also its event's name
        if k >= 0 and c.source == "alias" and (c.start - 1, c.end + 1) == opaque[k]:
            return False  # （以下简称《建议》）: a policy's short title, the policy wherever it is written so
        if k >= 0 and c.label == "Policy" and (c.start, c.end) == opaque[k]:
            return False  # 维也纳宣言: a declaration, the event's name and the agreement it made
        return k >= 0 and c.end <= opaque[k][1]

    candidates = _units_after_a_space(text, _known_types(_reshaped(text, [c for c in doc.user_data.get("ht", []) if (c.source == "title" or not in_opaque(c)) and not _a_listed_kind(text, c)])))
    candidates += _city_owned_companies(text, candidates)
    candidates += _place_brand_companies(text, doc.user_data["words"], candidates)
    candidates += _appositive_companies(text, doc.user_data["words"], candidates)
    candidates += _parents_units(candidates)
    chosen = select([_without_edge_marks(text, c) for c in candidates])
    doc.user_data["ht_selected"] = chosen
    spans = []
    for cand in chosen:
        span = doc.char_span(cand.start, cand.end, label=cand.label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.ents = _non_overlapping(spans)
    return doc


@dataclass(frozen=True)
class _ShapeRules:
    """The institution-shape rules of rules/institutions.toml that ht_select applies, compiled once."""

    misreads: re.Pattern[str]
    word_misreads: re.Pattern[str]  # 格局, 布局 …: words that end with a suffix's character, no name's end
    category: re.Pattern[str]  # (著名)智库 at a name's start
    categories: tuple[str, ...]
    category_rest: int
    joiners: tuple[str, ...]
    appositive: re.Pattern[str]  # 高等学府, 国营企业 …: an appositive's head before a name
    rank_heads: tuple[str, ...]  # 龙头企业 …: the head of a firm's rank, before any company's name
    pronoun_owners: str  # 我本该贵
    pronoun_units: str  # 校院所 …: after a pronoun owner, no name's first character
    completed: re.Pattern[str]  # 发挥好$: a verb and its complement before a name
    restarts: tuple[str, ...]  # 中国科学院 …: a name begins there, whatever the rules took before it
    designations: tuple[str, ...]  # 基地: the end of a designation written before a well-known name
    legal_form: re.Pattern[str]  # ^(集团|有限|公司 …)+$: a legal form alone
    subsidiary: str  # 子公司: a parent's subsidiary, as the name's last word


@lru_cache(maxsize=1)
def _shape_rules() -> _ShapeRules:
    rules = lexicon.rules_toml("institutions.toml")
    categories = rules["category_prefixes"]
    return _ShapeRules(
        re.compile("|".join(rules["suffix_misreads"])),
        re.compile(_alternation(rules["suffix_word_misreads"])),
        re.compile(f"(?:{_alternation(rules['category_modifiers'])})?(?:{_alternation(categories)})"),
        tuple(categories),
        rules["category_rest"],
        tuple(rules["bare_suffix_joiners"]),
        re.compile(_alternation(rules["appositive_heads"] + rules["rank_company_heads"])),
        tuple(rules["rank_company_heads"]),
        rules["pronoun_owners"],
        rules["pronoun_units"],
        re.compile(f"(?:{_alternation(rules['completed_verbs'])}){rules['completion']}$"),
        tuple(rules["name_restarts"]),
        tuple(rules["designation_endings"]),
        re.compile(rules["legal_form_only"]),
        rules["subsidiary_ending"],
    )


@lru_cache(maxsize=1)
def _bare_kinds() -> frozenset[str]:
    """Suffixes that alone name a kind of institution (大学, 研究所, 系), not a body (能源部 of 经济和能源部)."""
    return frozenset(s.text for s in lexicon.institution_rules().suffixes if s.type != "GovernmentBody")


def _before_a_known_name(name: str) -> int:
    """How many characters before a well-known name at the end of `name` are not part of it: one
    (协调好|雄安新区), or 0 (the whole is a known name, or holds none at its end)."""
    known = _org_scanner().entries
    return 1 if name not in known and _CJK.match(name[0]) and name[1:] in known else 0


def _two_of_a_kind(name: str, joiners: tuple[str, ...], kinds: frozenset[str]) -> int | None:
    """Where a conjunction joins two names that end in the same suffix (产业技术综合研究所和物质材料
    研究所), if one does: the end of the first. A name that joins a university and an institute into
    a joint lab's (某大学与某研究所联合实验室) ends in another suffix and is kept."""
    ending = max((k for k in kinds if name.endswith(k) and len(k) >= 2), key=len, default=None)
    if ending is None:
        return None
    for k, ch in enumerate(name):
        if ch in joiners and name.endswith(ending, 0, k) and k - len(ending) >= 2 and len(name) - k - 1 - len(ending) >= 2:
            return k
    return None


def _before_a_restart(prefix: str) -> bool:
    """Whether what stands before an academy's name in a name belongs to it: an organisation's name or a
    unit that ends there, a place's name alone (广州|中科院先进技术所), or a party's prefix (中共)."""
    orgs = _org_scanner().entries
    return prefix.endswith(("中共", "党组")) or prefix in _place_scanner().entries or _ends_with_suffix(prefix) or any(prefix[-n:] in orgs for n in range(2, len(prefix) + 1))


def _units_after_a_space(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A university or an academy and its unit written apart by one space, as affiliation lines do
    (中国矿业大学 管理学院, 北京师范大学 教育学部): one name, of the unit's type, where the unit is a bare
    unit (no place's or well-known organisation's name of its own: not 北京大学 清华大学)."""
    insts = [c for c in candidates if c.label in INSTITUTION_LABELS]
    longest_ending: dict[int, Candidate] = {}  # 杭州电子科技大学 over 电子科技大学, both ending before 计算机学院
    for c in insts:
        if c.end not in longest_ending or c.start < longest_ending[c.end].start:
            longest_ending[c.end] = c
    out = list(candidates)
    for b in sorted(insts, key=lambda c: c.start):
        a = longest_ending.get(b.start - 1)
        unit = text[b.start : b.end]
        if a is not None and text[a.end] in " \u3000" and text[a.start : a.end].endswith(_UNIT_OWNERS) and b.label in ("University", "ResearchInstitute") \
                and not _begins_with_known(unit) and unit not in _org_scanner().entries:
            out.append(Candidate(a.start, b.end, b.label, "suffix", max(a.priority, b.priority) + 1, "", (("suffix_start", b.attr("suffix_start") or b.start),)))
    return out


_UNIT_OWNERS = ("大学", "学院", "科学院", "社会科学院", "工程院")


def _kind_company_head(name: str, rest: int) -> int | None:
    """Where a company's kind written before its name ends (`kind_company_heads` in institutions.toml): the words
    before the head are kind words only (generic modifiers, then a field, a trade or a common noun), or a registered
    full name follows, and a place's or a well-known name begins after it."""
    rules = _trade_name_rules()
    for m in rules.kind_heads.finditer(name):
        if len(name) - m.end() < rest or m.start() == 0 or not _begins_with_known(name[m.end() :]):
            continue
        if _registered_name(name[m.end() :]):
            return m.end()  # 嵌入式CPU设计公司|苏州国芯科技股份有限公司: a place's registered company follows whatever kind it is said to be
        kind = _without_generic_modifiers(name[: m.start()])
        if not kind or kind in _technology_terms() or kind in rules.endings or word_tags().get(kind) in ("n", "vn"):
            return m.end()
    return None


_REGISTERED = re.compile(r"[\u4e00-\u9fff]{2,}(?:股份有限公司|有限责任公司|有限公司)$")


_SHORT_COMPANY = re.compile(r"[\u4e00-\u9fff]{2,8}(?:公司|集团)")  # 英利公司: a company's own words and its kind


def _registered_name(name: str) -> bool:
    """Whether a name is a registered company's full name, its own words and a legal form (某某智能股份有限公司)."""
    return _REGISTERED.fullmatch(name) is not None


def _begins_with_known(name: str) -> bool:
    """Whether a name begins with a place's or a well-known organisation's name (two to six characters)."""
    return any(_known_name(name[:k]) for k in range(2, min(len(name), 6) + 1))


@lru_cache(maxsize=1)
def _person_acting_inside() -> re.Pattern[str]:
    """A role, a name and a verb of acting for a body (主任胡某某代表…): no organisation's name holds them."""
    acting = _alternation(lexicon.rules_toml("persons.toml")["acting_for"])
    return re.compile(rf"(?:{_person_rules().roles_before.pattern})[\u4e00-\u9fff]{{2,3}}?(?:{acting})")


def _reshaped(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Institution candidates bounded as a reader bounds them, whatever rule found them: none ends
    inside a word that only holds a suffix's characters (两大学|科, 重庆大学|城); a name written twice
    with nothing between is two mentions (兰德公司兰德公司: a heading run into its paragraph); a
    category noun before a name is left out (智库|查塔姆研究所); a conjunction joined to a bare suffix
    is no name (创新网络与大学); nor is one character before a well-known name (好|雄安新区)."""
    rules = _shape_rules()
    misreads = [m.span() for m in rules.misreads.finditer(text)]
    misread_words = [m.span() for m in rules.word_misreads.finditer(text)]
    bare = _bare_kinds()
    described: set[tuple[int, int]] = set()
    out = []
    for c in candidates:
        if c.label not in INSTITUTION_LABELS:
            out.append(c)
            continue
        name = text[c.start : c.end]
        if c.source == "suffix" and not c.attr("level_owner") and (cut := _before_a_known_name(name)):
            c, name = replace(c, start=c.start + cut), name[cut:]  # 协调好|雄安新区
        if any(s < c.end < e for s, e in misreads) or any(s < c.end <= e for s, e in misread_words):
            continue
        if (acting := _person_acting_inside().search(name)) is not None:
            if acting.start() < 2 or not _ends_with_suffix(name[: acting.start()]):
                continue
            c, name = replace(c, end=c.start + acting.start()), name[: acting.start()]  # 某局办公室|主任胡某某代表某局: the office, then its head acting
        joined = max((name.rfind(j) for j in rules.joiners), default=-1)
        if joined > 0 and name[joined + 1 :] in bare and name[joined - 1 : joined + 1] not in word_tags():
            continue  # not 北京协和医院: 协和 is a word
        half = len(name) // 2
        if len(name) % 2 == 0 and half >= 4 and name[:half] == name[half:]:
            out += [replace(c, end=c.start + half), replace(c, start=c.start + half)]
            continue
        if (cut := _two_of_a_kind(name, rules.joiners, bare)) is not None:
            out += [replace(c, end=c.start + cut), replace(c, start=c.start + cut + 1)]
            continue
        if c.label == "ResearchInstitute" and name.endswith("研究室") and (not _RESEARCH_PARENT.search(name[:-3]) or "、" in name):
            continue  # 中共上海市委研究室, 北京研究室: a party's or a government's office (its own rules read it), not an academy's lab
        if c.label == "GovernmentBody" and name.endswith(_MEETING_ENDINGS) and _MEETING_YEAR.search(text, max(0, c.start - 5), c.start):
            continue  # 2024|长三角G60科创走廊联席会议在上海举行: a year's meeting, an event, not the standing body
        if c.label == "GovernmentBody" and (term := _term_before().search(text, max(0, c.start - 8), c.start)) and (place := _place_ending_at(text, term.start())) is not None:
            c, name = replace(c, start=place), text[place : c.end]  # 深圳市|第七届|人民代表大会常务委员会: a place's body in its term
        if c.label == "Company" and (cut := _city_before_a_province(name)):
            c, name = replace(c, start=c.start + cut), name[cut:]  # 锦州市|辽宁春光制药装备股份有限公司: a city's company, its registered name led by its province
        if c.label == "OtherOrganization" and (cuts := _glued_societies(name)):
            bounds = [0, *cuts, len(name)]
            out += [replace(c, start=c.start + a, end=c.start + b, label="OtherOrganization" if b == len(name) else c.label) for a, b in zip(bounds, bounds[1:])]
            continue  # 中国信息通信研究院|中国互联网协会|中国通信标准化协会: a white paper's publishers on its cover, written together
        if c.label == "GovernmentBody" and (cuts := _glued_bodies(name)):
            bounds = [0, *cuts, len(name)]
            out += [replace(c, start=c.start + a, end=c.start + b) for a, b in zip(bounds, bounds[1:])]
            continue  # 江苏省科学技术厅|上海市科学技术委员会|浙江省科学技术厅关于印发…: a joint notice's issuers, written together
        if (head := max(rules.appositive.finditer(name), key=lambda m: m.end(), default=None)) and len(name) - head.end() >= rules.category_rest and (_begins_with_known(name[head.end() :]) or _registered_name(name[head.end() :]) or (head.group() in rules.rank_heads and _SHORT_COMPANY.fullmatch(name[head.end() :]))):
            c, name = replace(c, start=c.start + head.end()), name[head.end() :]  # 高等学府|焦作工学院, 上市公司|某某智能股份有限公司
        elif (kind_end := _kind_company_head(name, rules.category_rest)) is not None:
            described.add((c.start, c.start + kind_end))
            c, name = replace(c, start=c.start + kind_end), name[kind_end:]  # 民营火箭公司|北京星际荣耀…
        if rules.legal_form.match(name) or (c.label == "Company" and _ends_with_word(name, rules.subsidiary)):
            continue  # 集团有限公司: a legal form, its name before it not read; 仁和药业子公司: a parent's subsidiary
        head, dot, tail = name.rpartition("·")
        if dot and tail in _org_scanner().entries and _ends_with_suffix(head):
            c, name = replace(c, start=c.start + len(head) + 1), tail  # 中子科学城·|松山湖材料实验室: two names, the dot between them
        if (k := max((name.find(r) for r in rules.restarts), default=-1)) > 0 and not _before_a_restart(name[:k]):
            c, name = replace(c, start=c.start + k), name[k:]  # 北京东皇城根|中国科学院应用物理研究所
        if (k := max((name.find(d) + len(d) for d in rules.designations if d in name), default=0)) and k < len(name) and _begins_with_known(name[k:]):
            c, name = replace(c, start=c.start + k), name[k:]  # 教育部人文社会科学重点研究基地|中国海洋大学海洋发展研究院: a designation, then the name
        if name[:1] in rules.pronoun_units and text[c.start - 1 : c.start] and text[c.start - 1] in rules.pronoun_owners and len(name) > 4:
            c, name = replace(c, start=c.start + 1), name[1:]  # 我|校|公路养护技术国家工程实验室
        if name.startswith("好") and rules.completed.search(text, max(0, c.start - 3), c.start + 1) and len(name) > 4:
            c, name = replace(c, start=c.start + 1), name[1:]  # 发挥好|山东半岛国家自主创新示范区
        lead = rules.category.match(name)
        if lead and len(name) - lead.end() >= rules.category_rest and not any(p in name[lead.end() :] for p in rules.categories):  # not 智库平台和智库联盟
            c = replace(c, start=c.start + lead.end())
        out.append(c)
    return [c for c in out if (c.start, c.end) not in described]  # 嵌入式CPU设计公司|苏州…: the kind cut off is no company of its own


def _a_computing_centres_project(text: str, i: int, suffix: str, after: str) -> bool:
    """Whether a computing centre's project is written after the centre's name (广州超级计算中心|项目进入建设阶段: round 35): the
    project builds the centre, which the text names (`computing_centre_fields`); a data centre's project stays a facility."""
    return suffix == "中心" and after.startswith("项目") and text.endswith(tuple(rules_toml_list("computing_centre_fields")), 0, i)


@lru_cache(maxsize=1)
def _centre_facility_pattern() -> re.Pattern[str]:
    data = lexicon.rules_toml("institutions.toml")
    return re.compile(rf"(?:{_alternation(data['facility_words'])})|(?:{data['phase_bracket']})\s*(?:{_alternation(data['programme_words'])})")


def _centre_facility_after(after: str) -> bool:
    """Whether what follows a centre's suffix makes it a facility or a zone (集群, 起步区, (一期)项目: `facility_words`)."""
    return _centre_facility_pattern().match(after) is not None


@lru_cache(maxsize=1)
def _term_before() -> re.Pattern[str]:
    """A body's term written between its place and its name (深圳市|第七届|人民代表大会常务委员会: `body_term` in institutions.toml)."""
    return re.compile(lexicon.rules_toml("institutions.toml")["body_term"] + "$")


def _city_before_a_province(name: str) -> int:
    """Where a company's registered name begins after the city a report wrote before it (锦州市|辽宁春光…股份有限公司) or after
    an address of a province and its city (安徽省合肥市|本源量子…股份有限公司): a registered name holds one place that leads it, and
    a province never follows a city there; 0 if none is so written."""
    entries = _place_scanner().entries
    for k in range(3, min(len(name) - 6, 9)):
        if name[k - 1] in "市县区" and any(p.kind == "city" for p in entries.get(name[:k], ())):
            if any(any(p.kind == "province" for p in entries.get(name[k:e], ())) for e in range(k + 2, min(len(name), k + 9))):
                return k
        if name[k - 1] == "省" and any(p.kind == "province" for p in entries.get(name[:k], ())):
            city = next((e for e in range(k + 3, min(len(name) - 6, k + 9)) if name[e - 1] == "市" and any(p.kind == "city" for p in entries.get(name[k:e], ()))), 0)
            if city:
                return city  # 安徽省合肥市|本源量子计算科技(合肥)股份有限公司: an address, then the registered name
    return 0


def _glued_societies(name: str) -> list[int]:
    """Where a well-known organisation's name ends and a national society's begins (中国信息通信研究院|中国互联网协会|
    中国通信标准化协会: a cover's publishers, round 35): the first piece a well-known name, each after it beginning with
    `society_openers` and ending in `society_endings` (institutions.toml); no unit after its parent (`society_not_after`)."""
    data = lexicon.rules_toml("institutions.toml")
    openers, endings, orgs = tuple(data["society_openers"]), tuple(data["society_endings"]), _org_scanner().entries
    parents = tuple(data["society_not_after"])
    cuts, last = [], 0
    for k in range(4, len(name) - 4):
        piece = name[last:k]
        if name.startswith(openers, k) and ((piece in orgs and not piece.endswith(parents)) or (last and piece.endswith(endings))):
            cuts.append(k)
            last = k
    pieces = [name[a:b] for a, b in zip([0, *cuts], [*cuts, len(name)])]
    return cuts if cuts and all(p.endswith(endings) for p in pieces[1:]) else []


def _glued_bodies(name: str) -> list[int]:
    """Where a government body's name ends and another's begins with its province's or city's full name
    (…科学技术厅|上海市科学技术委员会), as the issuers head a joint notice: each piece ends in a government
    body's suffix and every piece after the first begins with a place written with 省, 市 or 自治区."""
    entries, cuts, last = _place_scanner().entries, [], 0
    for k in range(2, len(name) - 3):
        place = next((name[k:e] for e in range(min(len(name), k + 9), k + 2, -1) if name[k:e] in entries and name[e - 1] in "省市区"), None)
        body = _ending_suffix(name[last:k])
        if place is None or body is None or body.type != "GovernmentBody" or k - last <= len(body.text):
            continue
        cuts.append(k)
        last = k
    if cuts and (tail := _ending_suffix(name[last:])) is not None and tail.type == "GovernmentBody":
        return cuts
    return []


_REFINED_TYPES = frozenset({"StateKeyLab", "NationalLab", "EngineeringCenter", "InternationalCooperationBase"})


def _known_types(candidates: list[Candidate]) -> list[Candidate]:
    """A name by its suffix that spans a well-known organisation's name takes the gazetteer's type
    (美国国立卫生研究院 is an agency, not an institute by its 研究院), unless the suffix refines it
    (阿贡国家实验室: a national lab, of the gazetteer's research institutes)."""
    known = {(c.start, c.end): c.label for c in candidates if c.source == "known_org"}
    if not known:
        return candidates
    return [
        replace(c, label=known[(c.start, c.end)])
        if c.source == "suffix" and known.get((c.start, c.end), c.label) != c.label and c.label not in _REFINED_TYPES
        else c
        for c in candidates
    ]


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, an overlapping one merged into the one before it."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _non_overlapping(spans):
    out, last = [], -1
    for span in sorted(spans, key=lambda s: s.start):
        if span.start >= last:
            out.append(span)
            last = span.end
    return out


def char_words(text: str) -> tuple[list[str], list[bool]]:
    """spaCy's character segmentation of `text` (words and trailing spaces), in linear time.

    Every non-space character is a word; a single space after one is its
    trailing space; any other run of whitespace is a word of its own. spaCy's
    `get_words_and_spaces` gives the same, but slices the rest of the text for
    every character, which is quadratic in a block's length.
    """
    words: list[str] = []
    spaces: list[bool] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            words.append(text[i:j])
            spaces.append(False)
            i = j
            continue
        words.append(text[i])
        i += 1
        spaces.append(i < n and text[i] == " ")
        if spaces[-1]:
            i += 1
    return words, spaces


# --- the rule components as spaCy factories: each one's config names the data files it reads ------------
# Rule files and the organisation and technology lists are in extract/rules/, the place
# gazetteers in extract/gazetteers/; rules/pipeline.cfg lists the settings.


def _reading(factory: str, component, **files):
    """`component`, once the files its config names are the ones it reads (its factory's defaults), each present.

    The components read their data through `lexicon`'s loaders, which the relations
    stage shares, so a setting names a file rather than switching it: the pipeline
    says what it reads (spaCy's `nlp.config` shows it), and another or a missing
    file fails when the pipeline is built, not halfway through a build."""
    expected = Language.get_factory_meta(factory).default_config
    for key, value in files.items():
        if value != expected[key]:
            raise ValueError(f"{factory}: {key} is {expected[key]!r}, the file the component reads through extract.lexicon (shared with the relations stage), not {value!r}")
        folder = GAZETTEER_DIR if key == "gazetteers" else lexicon.RULES
        for name in value if isinstance(value, list) else [value]:
            if not (folder / name).is_file():
                raise FileNotFoundError(f"{factory}: {folder / name} not found")
    return component


@Language.factory("ht_places", default_config={"rules": "places.toml", "gazetteers": ["cn_divisions.tsv", "world_places.tsv"]})
def make_places(nlp: Language, name: str, rules: str, gazetteers: list):
    return _reading("ht_places", ht_places, rules=rules, gazetteers=gazetteers)


@Language.factory("ht_orgs", default_config={"gazetteer": "organisations.tsv", "rules": "institutions.toml"})
def make_orgs(nlp: Language, name: str, gazetteer: str, rules: str):
    return _reading("ht_orgs", ht_orgs, gazetteer=gazetteer, rules=rules)


@Language.factory("ht_institutions", default_config={"rules": "institutions.toml", "gazetteer": "organisations.tsv"})
def make_institutions(nlp: Language, name: str, rules: str, gazetteer: str):
    return _reading("ht_institutions", ht_institutions, rules=rules, gazetteer=gazetteer)


@Language.factory("ht_technologies", default_config={"gazetteer": "technologies.tsv", "rules": "technology.toml"})
def make_technologies(nlp: Language, name: str, gazetteer: str, rules: str):
    return _reading("ht_technologies", ht_technologies, gazetteer=gazetteer, rules=rules)


@Language.factory("ht_policies", default_config={"rules": "policies.toml"})
def make_policies(nlp: Language, name: str, rules: str):
    return _reading("ht_policies", ht_policies, rules=rules)


@Language.factory("ht_dates", default_config={"rules": "dates.toml"})
def make_dates(nlp: Language, name: str, rules: str):
    return _reading("ht_dates", ht_dates, rules=rules)


@Language.factory("ht_persons", default_config={"rules": "persons.toml"})
def make_persons(nlp: Language, name: str, rules: str):
    return _reading("ht_persons", ht_persons, rules=rules)


class CharTokenizer:
    """The tokenizer of the pipeline: `char_words` made into a `Doc`."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = char_words(text)
        return Doc(self.vocab, words=words, spaces=spaces)


PIPELINE_CONFIG = lexicon.RULES / "pipeline.cfg"


@lru_cache(maxsize=4)
def pipeline(overrides: tuple[tuple[str, object], ...] = ()) -> Language:
    """The extraction pipeline: `spacy.blank("zh")` (character segmenter) and the components of `rules/pipeline.cfg`.

    `overrides` are dotted config settings (("components.ht_combine.layers", "rules"),), for ablations.
    """
    import spacy
    from spacy.util import load_config

    from . import affiliations, aliases, enumerations, statistical  # noqa: F401  (register their factories)

    config = load_config(PIPELINE_CONFIG, overrides=dict(overrides), interpolate=True)
    nlp = spacy.blank("zh")
    nlp.tokenizer = CharTokenizer(nlp.vocab)
    for name in config["nlp"]["pipeline"]:
        settings = dict(config["components"][name])
        nlp.add_pipe(settings.pop("factory"), name=name, config=settings)
    return nlp
