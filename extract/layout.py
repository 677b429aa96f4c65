"""The layout rule set (`rules/structure.toml`) loaded into compiled, frozen form."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent / "rules"
DEFAULT_RULES = RULES_DIR / "structure.toml"


@dataclass(frozen=True)
class BlockRule:
    kind: str
    pattern: re.Pattern[str]
    max_chars: int | None
    needs_marker: bool


@dataclass(frozen=True)
class HeadingRule:
    kind: str
    level: int
    pattern: re.Pattern[str]
    numbering: str | None


@dataclass(frozen=True)
class SubheadingRule:
    style: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class LayoutRules:
    version: int
    terminators: frozenset[str]
    strip: str
    sentence_marks: frozenset[str]
    heading_max_chars: int
    heading_line_max_chars: int  # a line of a block no longer than this, without marks, heads the sentences below it
    join_min_chars: int
    clause_marks: frozenset[str]
    paired_marks: tuple[str, ...]
    within_block_min_chars: int
    parallel_prefix_chars: int
    skippable: frozenset[str]
    whole_lines: tuple[re.Pattern[str], ...]
    whole_lines_below: tuple[re.Pattern[str], ...]  # … and a lone author's name: no cut paragraph continues into them
    whole_lines_below_short: tuple[re.Pattern[str], ...]  # a dated item: no short cut paragraph continues into it
    dated_opening: re.Pattern[str] | None  # a dated news item: no paragraph continues into it …
    cut_endings: frozenset[str]  # … but one that ends in a word no sentence ends in
    labelled_line: re.Pattern[str] | None  # 大学校长：… ⏎⏎ 大学副校长：…: items of a list, each whole
    title_line: re.Pattern[str] | None  # a paragraph of one short line, a title and its subtitle (计算机事业摇篮：中国科学院…所)
    furniture: tuple[re.Pattern[str], ...]
    chronicle_year: re.Pattern[str] | None  # a year alone on its line above a dated item is a chronicle's heading, not a page number
    chronicle_item: re.Pattern[str] | None
    title_running_head: bool
    toc_headings: frozenset[str]
    toc_entry: re.Pattern[str]
    blocks: tuple[BlockRule, ...]
    footnote_marker: re.Pattern[str]
    headings: tuple[HeadingRule, ...]
    subheadings: tuple[SubheadingRule, ...]


def load_rules(path: Path | None = None) -> LayoutRules:
    """Load a layout rule file (the shipped one by default)."""
    return _load(str(path or DEFAULT_RULES))


@lru_cache(maxsize=8)
def _load(path: str) -> LayoutRules:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    text, join, furniture, toc = data["text"], data["join"], data["furniture"], data["toc"]
    return LayoutRules(
        version=data["version"],
        terminators=frozenset(text["terminators"]),
        strip=text["strip"],
        sentence_marks=frozenset(text["sentence_marks"]),
        heading_max_chars=text["heading_max_chars"],
        heading_line_max_chars=text["heading_line_max_chars"],
        join_min_chars=join["min_chars"],
        clause_marks=frozenset(join["clause_marks"]),
        paired_marks=tuple(join.get("paired_marks", ())),
        within_block_min_chars=join["within_block_min_chars"],
        parallel_prefix_chars=join["parallel_prefix_chars"],
        skippable=frozenset(join["skippable"]),
        whole_lines=tuple(re.compile(p) for p in join.get("whole_lines", ())),
        whole_lines_below=tuple(re.compile(p) for p in (*join.get("whole_lines", ()), *join.get("whole_lines_below", ()))),
        whole_lines_below_short=tuple(re.compile(p) for p in join.get("whole_lines_below_short", ())),
        dated_opening=re.compile(join["dated_opening"]) if join.get("dated_opening") else None,
        cut_endings=frozenset(join.get("cut_endings", "")),
        labelled_line=re.compile(join["labelled_line"]) if "labelled_line" in join else None,
        title_line=re.compile(join["title_line"]) if join.get("title_line") else None,
        furniture=tuple(re.compile(p) for p in furniture["patterns"]),
        chronicle_year=re.compile(furniture["chronicle_year"]) if furniture.get("chronicle_year") else None,
        chronicle_item=re.compile(furniture["chronicle_item"]) if furniture.get("chronicle_item") else None,
        title_running_head=furniture["title_running_head"],
        toc_headings=frozenset(_compact(h) for h in toc["headings"]),
        toc_entry=re.compile(toc["entry"]),
        blocks=tuple(
            BlockRule(b["kind"], re.compile(b["pattern"]), b.get("max_chars"), b.get("needs_marker", False))
            for b in data["block"]
        ),
        footnote_marker=re.compile(data["footnote_marker"]["pattern"]),
        headings=tuple(
            HeadingRule(h["kind"], h["level"], re.compile(h["pattern"]), h.get("numbering"))
            for h in data["heading"]
        ),
        subheadings=tuple(SubheadingRule(s["style"], re.compile(s["pattern"])) for s in data["subheading"]),
    )


def _compact(text: str) -> str:
    return "".join(text.split())
