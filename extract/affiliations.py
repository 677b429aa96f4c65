"""Affiliation lines: the whole unit before `<city> <postcode>` is one institution's name.

An author block's affiliation names a unit of an institution, then its city (after
its province, if written) and postal code: `（四川大学发展规划处成都610065）`, `四川大学—香港理工大学灾后重建与管理学院 成都 610207`.
The suffix rules see the institution at its head (四川大学) and stop there; a
reader takes the unit, from the first institution the run begins with up to the
city, as one name, typed by the unit named last (学院: University) or, when its
last word is an office of the parent (发展规划处), by the parent. The postcode
pattern and separators are the placement rules' (`rules/placements.toml`), the
characters that may join the parts of a unit's name are `affiliation_joiners`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .components import Candidate, _add, _reading, text_of
from .model import GROUPS

_INSTITUTION = frozenset(GROUPS["institution"])


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, str, str]:
    r = lexicon.rules_toml("placements.toml")
    return re.compile(rf"[{re.escape(r['affiliation_separators'])}]*{r['postcode']}"), r["affiliation_separators"], r["affiliation_joiners"]


def _name_char(ch: str, joiners: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in joiners


def _unit_type(name: str, parent_type: str) -> str:
    """The type of the unit a name ends with (…学院 University), else the parent's (…发展规划处)."""
    ending = next((s for s in lexicon.institution_rules().suffixes if name.endswith(s.text)), None)  # longest first
    return ending.type if ending is not None else parent_type


def affiliation_units(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A candidate for each affiliation unit longer than the institution the rules found at its head."""
    postcode, separators, joiners = _rules()
    institutions = sorted((c for c in candidates if c.label in _INSTITUTION), key=lambda c: c.start)
    provinces = {c.end: c.start for c in candidates if c.label == "Province"}
    out = []
    for city in candidates:
        if city.label != "City" or not postcode.match(text, city.end):
            continue
        end = city.start
        while end > 0 and text[end - 1] in separators:
            end -= 1
        if end in provinces:  # …管理学院|安徽|淮北 235000: the province begins the address, not the unit's name
            end = provinces[end]
            while end > 0 and text[end - 1] in separators:
                end -= 1
        start = end
        while start > 0 and _name_char(text[start - 1], joiners):
            start -= 1
        head = next((c for c in institutions if start <= c.start < end and c.end <= end), None)
        if head is None or head.end == end or any(c.start == head.start and c.end == end for c in institutions):
            continue
        name = text[head.start : end]
        out.append(Candidate(head.start, end, _unit_type(name, head.label), "affiliation", 5))
    return out


def ht_affiliations(doc: Doc) -> Doc:
    _add(doc, affiliation_units(text_of(doc), doc.user_data.get("ht", [])))
    return doc


@Language.factory("ht_affiliations", default_config={"rules": "placements.toml", "types": "institutions.toml"})
def make_affiliations(nlp: Language, name: str, rules: str, types: str):
    return _reading("ht_affiliations", ht_affiliations, rules=rules, types=types)
