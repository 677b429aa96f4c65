"""Short names a report defines for itself: `中国科学院某某研究所（以下简称“某所”）`.

The genre names an institution or a plan once in full, announces in brackets the
short name it will use, and from then on writes only that. `ht_aliases` finds
the announcement right after a name the other components found, and marks the
short name there and at each later occurrence (a two-character one only where it begins a word), with the full
name's type and an `alias_of` attribute that entity resolution follows. The
pattern is data (`rules/aliases.toml`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .components import Candidate, _add, _reading, text_of
from .model import GROUP_OF


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], frozenset[str]]:
    data = lexicon.rules_toml("aliases.toml")
    return re.compile(data["definition"]), frozenset(data["groups"])


def defined_aliases(text: str, candidates: list[Candidate], word_starts) -> list[Candidate]:
    """The short names announced after a name in `candidates`, where announced and wherever they recur later."""
    definition, groups = _rules()
    by_end: dict[int, Candidate] = {}
    for cand in candidates:
        if GROUP_OF.get(cand.label) in groups and (cand.end not in by_end or cand.end - cand.start > by_end[cand.end].end - by_end[cand.end].start):
            by_end[cand.end] = cand
    found = []
    for end, full in sorted(by_end.items()):
        m = definition.match(text, end)
        if not m:
            continue
        alias = m.group("alias")
        attrs = tuple((k, v) for k, v in full.attrs if k == "org") + (("alias_of", text[full.start : full.end]),)
        found.append(Candidate(m.start("alias"), m.end("alias"), full.label, "alias", full.priority + 1, full.key, attrs))
        pos = text.find(alias, m.end())
        while pos != -1:
            if len(alias) > 2 or pos in word_starts or not ("\u3400" <= text[pos - 1] <= "\u9fff"):
                found.append(Candidate(pos, pos + len(alias), full.label, "alias", full.priority + 1, full.key, attrs))
            pos = text.find(alias, pos + len(alias))
    return found


def ht_aliases(doc: Doc) -> Doc:
    _add(doc, defined_aliases(text_of(doc), doc.user_data.get("ht", []), doc.user_data["word_starts"]))
    return doc


@Language.factory("ht_aliases", default_config={"rules": "aliases.toml"})
def make_aliases(nlp: Language, name: str, rules: str):
    return _reading("ht_aliases", ht_aliases, rules=rules)
