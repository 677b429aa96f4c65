"""Technology schemes found in the text: SKOS concept schemes, mapped to each other.

Reports of the genre organise technology three ways, and each is read from the
text, not typed in: an enumeration of domains ("硬科技八大领域，涵盖 A、B、…"),
the chapters of a part whose titles are field names (人工智能, 航空领域, 新材料 …),
and sibling sections that differ only in their field ("3.1 信息技术领域硬科技创新
指数", "3.2 芯片及硬件领域硬科技创新指数" …). Concepts of different schemes are
mapped (`skos:closeMatch`, or `skos:broadMatch` when one name contains the other:
航空 → 航空航天) when they fall in the same area of the technology taxonomy, and
the technologies the text discusses are placed under the concepts of their area.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .model import Document

ENUMERATION = re.compile(r"(?P<n>[一二三四五六七八九十两\d]{1,4})大(?P<noun>领域|方向|产业|技术领域)[，,]?\s*(?:涵盖|包括|即|分别是|为|是)[：:]?(?P<items>[^。；\n]+)")
FIELD_SUFFIXES = ("领域", "产业", "行业")
MIN_FIELD_CHAPTERS = 5


@dataclass(frozen=True)
class Concept:
    label: str
    block: int
    start: int
    end: int
    domain: str | None


@dataclass(frozen=True)
class Scheme:
    key: str  # domains | fields | index_domains
    label: str
    block: int
    start: int
    end: int
    concepts: tuple[Concept, ...]


def find_schemes(document: Document) -> tuple[Scheme, ...]:
    schemes = [s for s in (_enumerated(document), _field_chapters(document), _index_sections(document)) if s]
    return tuple(schemes)


def _enumerated(document: Document) -> Scheme | None:
    for block in document.blocks:
        if block.kind != "paragraph":
            continue
        for m in ENUMERATION.finditer(block.text):
            items = m.group("items")
            concepts, pos = [], m.start("items")
            for part in items.split("、"):
                label = part.strip().rstrip("等")
                start = block.start + pos + part.find(label) if label else 0
                if 2 <= len(label) <= 8:
                    concepts.append(Concept(label, block.index, start, start + len(label), domain_of(label)))
                pos += len(part) + 1
            if len(concepts) >= 4:
                clause = max(block.text.rfind(p, 0, m.start()) for p in "，。；,") + 1
                label = block.text[clause : m.end("noun")]
                return Scheme("domains", label, block.index, block.start + clause, block.start + m.end(), tuple(concepts))
    return None


def _field_chapters(document: Document) -> Scheme | None:
    """The part whose chapters are named by a field (人工智能, 航空领域 …)."""
    sections = document.sections
    for part in (s for s in sections if s.kind == "part"):
        chapters = [s for s in sections if s.parent == part.index and s.kind == "chapter"]
        fields = [c for c in chapters if len(c.title) <= 6 and not re.search(r"[\d，,、：:“”]", c.title)]
        if len(fields) >= MIN_FIELD_CHAPTERS:
            concepts = []
            for c in fields:
                label = c.title
                for suffix in FIELD_SUFFIXES:
                    if label.endswith(suffix) and len(label) > len(suffix) + 1:
                        label = label[: -len(suffix)]
                concepts.append(Concept(label, c.block, c.title_start, c.title_start + len(label), domain_of(label)))
            return Scheme("fields", part.title, part.block, part.heading_start, part.heading_end, tuple(concepts))
    return None


def _index_sections(document: Document) -> Scheme | None:
    """Sibling sections named '<field>领域<same words>' (the domains of an index)."""
    by_parent: dict[int | None, list] = {}
    for s in document.sections:
        if s.kind == "section":
            by_parent.setdefault(s.parent, []).append(s)
    for parent, siblings in by_parent.items():
        if len(siblings) < 4:
            continue
        suffix = _common_suffix([s.title for s in siblings])
        if len(suffix) < 4 or not any(suffix.startswith(x) for x in FIELD_SUFFIXES):
            continue
        concepts = [
            Concept(s.title[: -len(suffix)], s.block, s.title_start, s.title_start + len(s.title) - len(suffix), domain_of(s.title[: -len(suffix)]))
            for s in siblings
            if len(s.title) > len(suffix) + 1
        ]
        head = document.sections[parent] if parent is not None else siblings[0]
        return Scheme("index_domains", head.title, head.block, head.heading_start, head.heading_end, tuple(concepts))
    return None


def _common_suffix(titles: list[str]) -> str:
    suffix = titles[0]
    for title in titles[1:]:
        while suffix and not title.endswith(suffix):
            suffix = suffix[1:]
    return suffix


def domain_of(label: str) -> str | None:
    """The taxonomy area a field name belongs to: by the term, its parts, or a shared core with a top-level field."""
    terms = {t.term: t for t in lexicon.technologies()}
    aliases = {a: t for t in lexicon.technologies() for a in t.aliases}
    candidates = [label, *re.split(r"[及与和]", label)]
    for name in candidates:
        for variant in (name, name.removesuffix("技术"), name.removesuffix("领域")):
            term = terms.get(variant) or aliases.get(variant)
            if term is not None and term.domain:
                return term.domain
    tops = [t for t in lexicon.technologies() if not t.broader and t.domain]
    best, best_len = None, 1
    for top in tops:
        for name in candidates:
            core = re.sub(r"(技术|领域|产业|行业)$", "", name)
            common = _longest_common(core, top.term)
            if len(common) > best_len:
                best, best_len = top.domain, len(common)
    return best


def _longest_common(a: str, b: str) -> str:
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best
