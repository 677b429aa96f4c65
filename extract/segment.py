"""Source text → the stored document: blocks in reading order, sections, tables, footnotes, TOC.

The text of a PDF-extracted report is cut by page breaks, interleaved with
running heads and placeholder lines, and laid out with blank lines and tabs.
`segment` reads it line by line under the layout rules (`rules/structure.toml`),
drops the furniture, re-joins paragraphs that a page break cut (moving any
caption or footnote that fell between the halves after the paragraph), and
writes the result as the *stored text*: blocks separated by blank lines, every
block a verbatim copy of source lines. Every offset of every record refers to
that stored text, and every block keeps the map back to the source.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from .layout import LayoutRules, load_rules
from .model import (
    Block,
    Cell,
    Diagnostic,
    Document,
    Footnote,
    FootnoteRef,
    Heading,
    Section,
    Span,
    Table,
    TableRow,
    TocEntry,
)

_CJK_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMERIC_CELL = re.compile(r"^[-+−]?\s*\d[\d,，.．\s]*%?(\s*[（(]\d{4}[)）])?$")
_LINE_BREAKS = re.compile(r"\r\n|[\r\f\v\u2028\u2029\x85]")
STRUCTURAL = ("front", "part", "chapter", "appendix", "section")


def number_value(text: str) -> int | None:
    """Value of an Arabic, circled (①) or Chinese (十二) numeral; None if it is not one."""
    text = text.strip()
    if text.isascii() and text.isdigit():
        return int(text)
    if len(text) == 1 and "①" <= text <= "⑳":
        return ord(text) - ord("①") + 1
    total = current = 0
    for ch in text:
        if ch in _CJK_DIGITS:
            current = _CJK_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current if text else None


def normalise_newlines(text: str) -> str:
    """The source text as stored: BOM removed and every line end an LF."""
    return _LINE_BREAKS.sub("\n", text.lstrip("\ufeff"))


class _Shape(NamedTuple):
    """A heading line as recognised: what it is and where its title lies within the line."""

    kind: str
    level: int
    number: str | None
    title_offset: int
    title_length: int
    style: str | None = None


@dataclass
class _Line:
    text: str
    source_start: int
    raw: int  # index of the blank-line-delimited block it came from


@dataclass
class _Unit:
    kind: str
    lines: list[_Line]
    raw: int
    label: str | None = None
    title: str | None = None
    heading: _Shape | None = None

    @property
    def text(self) -> str:
        if self.kind in ("table", "toc"):
            return "\n".join(line.text for line in self.lines)
        return "".join(line.text for line in self.lines)


@dataclass
class _Outline:
    """Numbering state used to accept or demote heading candidates."""

    rules: LayoutRules
    part: int | None = None
    chapter: int = 0
    minor: int = 0
    major: int | None = None
    base: int = 0
    stack: list[str] = field(default_factory=list)
    last: dict[str, int] = field(default_factory=dict)

    def heading(self, text: str) -> _Shape | None:
        rules = self.rules
        if len(text) > rules.heading_max_chars or any(ch in rules.sentence_marks for ch in text) or "\t" in text:
            return None
        for rule in rules.headings:
            match = rule.pattern.match(text)
            if match and (number := self._accept(rule.kind, match)) is not False:
                start, end = _title_span(match, text)
                level = len(match.group("num")) if rule.numbering == "hashes" else rule.level
                self.base = level
                self.stack.clear()
                self.last.clear()
                return _Shape(rule.kind, level, None if rule.numbering == "hashes" else number, start, end - start)
        for sub in rules.subheadings:
            match = sub.pattern.match(text)
            if match and (level := self._accept_sub(sub.style, match)) is not None:
                start, end = _title_span(match, text)
                return _Shape("subsection", level, match.group("num"), start, end - start, sub.style)
        return None

    def _accept(self, kind: str, match: re.Match[str]) -> str | None | bool:
        groups = match.groupdict()
        if kind == "markdown":
            return None
        if kind == "front":
            self.part, self.chapter, self.minor, self.major = None, 0, 0, None
            return None
        if kind == "appendix":
            self.minor, self.major = 0, None
            return groups.get("num") or None
        value = number_value(groups.get("num") or "")
        if value is None:
            return False
        if kind == "part":
            if self.part is not None and not self.part < value <= self.part + 2:
                return False
            self.part, self.chapter, self.minor, self.major = value, 0, 0, None
            return groups["num"]
        if kind == "chapter":
            if not self.chapter < value <= self.chapter + 2:
                return False
            self.chapter, self.minor, self.major = value, 0, None
            return groups["num"]
        if kind == "section":
            major = int(groups["major"])
            if self.chapter:
                ok = major == self.chapter and self.minor < value <= self.minor + 2
            else:
                ok = (
                    self.major is None
                    or (major == self.major and self.minor < value <= self.minor + 2)
                    or (major == self.major + 1 and value == 1)
                )
            if not ok:
                return False
            self.major, self.minor = major, value
            return f"{major}.{value}"
        return False

    def _accept_sub(self, style: str, match: re.Match[str]) -> int | None:
        value = number_value(match.group("num"))
        if value is None:
            return None
        if style in self.stack:
            depth = self.stack.index(style)
            if value != self.last.get(style, 0) + 1:
                return None
            for deeper in self.stack[depth + 1 :]:
                self.last.pop(deeper, None)
            del self.stack[depth + 1 :]
        else:
            if value != 1:
                return None
            self.stack.append(style)
            depth = len(self.stack) - 1
        self.last[style] = value
        return self.base + depth + 1


def _title_span(match: re.Match[str], text: str) -> tuple[int, int]:
    if "title" in match.groupdict() and match.group("title"):
        return match.start("title"), match.end("title")
    return 0, len(text)


def _compact(text: str) -> str:
    return "".join(text.split())


def shape_of_heading(text: str, rules: LayoutRules) -> tuple[str, int, str | None, int, int] | None:
    """Kind, level, number and title span of a structural heading, without numbering checks (for TOC lines)."""
    for rule in rules.headings:
        match = rule.pattern.match(text)
        if match:
            start, end = _title_span(match, text)
            groups = match.groupdict()
            number = groups.get("num") or None
            if rule.kind == "section":
                number = f"{int(groups['major'])}.{int(groups['num'])}"
            return rule.kind, rule.level, number, start, end
    return None


def segment(source: str, rules: LayoutRules | None = None, title: str | None = None) -> Document:
    """Parse a decoded document into its stored text and structure (a pure function)."""
    rules = rules or load_rules()
    source_text = normalise_newlines(source)
    raw_blocks = _raw_blocks(source_text, rules)
    units, dropped = _units(raw_blocks, rules, title)
    units = _join_within_blocks(units, rules)
    units = _join_across_pages(units, rules)
    document = _assemble(source_text, units, rules)
    if dropped:
        examples = ", ".join(sorted({repr(line.text) for line in dropped})[:5])
        note = Diagnostic("info", "furniture_dropped", f"{len(dropped)} running heads or page numbers dropped: {examples}")
        document = replace(document, diagnostics=document.diagnostics + (note,))
    return document


def _raw_blocks(source_text: str, rules: LayoutRules) -> list[list[_Line]]:
    """Lines with their source offsets, grouped into blank-line-delimited blocks.

    Whitespace-only lines (placeholders for figures) count as blank."""
    raw_blocks: list[list[_Line]] = []
    current: list[_Line] = []
    offset = 0
    for raw_line in source_text.split("\n"):
        stripped = raw_line.lstrip(rules.strip)
        lead = len(raw_line) - len(stripped)
        stripped = stripped.rstrip(rules.strip)
        if stripped.strip():
            current.append(_Line(stripped, offset + lead, len(raw_blocks)))
        elif current:
            raw_blocks.append(current)
            current = []
        offset += len(raw_line) + 1
    if current:
        raw_blocks.append(current)
    return raw_blocks


def _units(raw_blocks: list[list[_Line]], rules: LayoutRules, title: str | None) -> tuple[list[_Unit], list[_Line]]:
    """Classify every line (or whole table/TOC block); return the units and the dropped furniture."""
    outline = _Outline(rules)
    running_heads = _running_heads(raw_blocks, title) if rules.title_running_head else set()
    pending_markers: dict[str, int] = {}
    units: list[_Unit] = []
    dropped: list[_Line] = []
    toc: _Unit | None = None
    first_line = True
    for raw_index, block in enumerate(raw_blocks):
        if toc is not None:
            if all(rules.toc_entry.match(line.text) for line in block):
                toc.lines.extend(block)
                continue
            toc = None
        if _compact(block[0].text) in rules.toc_headings and all(rules.toc_entry.match(l.text) for l in block[1:]):
            toc = _Unit("toc", list(block), raw_index)
            units.append(toc)
            continue
        mostly_rows = len(block) >= 2 and sum("\t" in line.text for line in block) * 2 >= len(block)
        if mostly_rows and not any("\t" not in line.text and "。" in line.text for line in block):
            units.append(_Unit("table", list(block), raw_index))
            continue
        standalone = len(block) == 1
        rows: list[_Line] = []  # a block of prose with tables in it (no blank lines between them): each run of rows is a table
        for k, line in enumerate(block):
            if "\t" in line.text and not standalone:
                rows.append(line)
                if k + 1 < len(block) and "\t" in block[k + 1].text:
                    continue
                run, rows = rows, []
                if len(run) >= 2 or mostly_rows:
                    units.append(_Unit("table", run, raw_index))
                    continue
            following = raw_blocks[raw_index + 1][0].text if raw_index + 1 < len(raw_blocks) else ""
            kept_year = standalone and _chronicle_year(line.text, following, rules)
            unit = _classify(line, standalone and not kept_year, rules, outline, running_heads, pending_markers, first_line)
            first_line = False
            if unit is None:
                dropped.append(line)
                continue
            if unit.kind not in ("footnote",):
                for match in rules.footnote_marker.finditer(line.text):
                    label = match.group("num") or match.group("circled")
                    pending_markers[label] = pending_markers.get(label, 0) + 1
            if unit.kind == "line" and not standalone:
                unit.kind = "paragraph" if len(line.text) >= rules.within_block_min_chars or _whole_sentence_line(block, k, rules) else "line"
            units.append(unit)
    if units and units[0].kind in ("paragraph", "line"):
        first = units[0].text
        if len(first) <= rules.heading_max_chars and not any(ch in rules.sentence_marks for ch in first):
            units[0].kind = "title"
    return units, dropped


def _running_heads(raw_blocks: list[list[_Line]], title: str | None) -> set[str]:
    """Compact forms of the document title that, standing alone later on, are running heads."""
    heads: set[str] = set()
    candidates = [title] if title else []
    if raw_blocks:
        candidates.append(raw_blocks[0][0].text)
    for candidate in candidates:
        compact = _compact(candidate or "")
        if len(compact) >= 4:
            heads.add(compact)
            heads.add(re.sub(r"^\d{4}年?", "", compact))
    heads.discard("")
    return heads


def _chronicle_year(text: str, following: str, rules: LayoutRules) -> bool:
    """Whether a line is a chronicle's year heading (1956 above 10月8日，…), kept where a page number would go."""
    return rules.chronicle_year is not None and rules.chronicle_item is not None and rules.chronicle_year.match(text) is not None and rules.chronicle_item.match(following) is not None


def _classify(
    line: _Line,
    standalone: bool,
    rules: LayoutRules,
    outline: _Outline,
    running_heads: set[str],
    pending_markers: dict[str, int],
    first_line: bool,
) -> _Unit | None:
    text = line.text
    if standalone and not first_line:
        if any(p.match(text) for p in rules.furniture) or _compact(text) in running_heads:
            return None
    for rule in rules.blocks:
        if rule.max_chars is not None and len(text) > rule.max_chars:
            continue
        match = rule.pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        label = groups.get("label")
        if rule.needs_marker:
            if not pending_markers.get(label or ""):
                continue
        if rule.kind == "footnote" and label:
            pending_markers.pop(label, None)
        unit = _Unit(rule.kind, [line], line.raw, label=label)
        if "title" in groups:
            unit.title = groups["title"] or ""
        return unit
    heading = outline.heading(text)
    if heading is not None:
        return _Unit("heading", [line], line.raw, heading=heading)
    return _Unit("paragraph" if standalone else "line", [line], line.raw)


def _whole_sentence_line(block: list[_Line], k: int, rules: LayoutRules) -> bool:
    """A short line that ends a sentence after a line that ended one too (a chronology's `1993年，…上市。` one per
    line, a text file with single line breaks) is a paragraph of its own, not a piece of a wrapped one."""
    text = block[k].text.rstrip()
    if not text or text[-1] not in rules.sentence_marks:
        return False
    if k == 0 or _ends_sentence(block[k - 1].text.rstrip(), rules):
        return True
    above = block[k - 1].text.strip()
    # under a heading line, a sentence of its own is longer than the heading and has clauses; the short end of a
    # wrapped sentence (这一段被排版 ⏎ 切成了两行。) has neither
    return _heading_line(above, rules) and len(text.strip()) > len(above) and any(ch in rules.clause_marks for ch in text)


def _heading_line(text: str, rules: LayoutRules) -> bool:
    """A short line without any mark of a sentence or a clause (国立武汉大学医学院, 历史沿革): a heading over the lines
    below, which are sentences of their own."""
    return 0 < len(text) <= rules.heading_line_max_chars and not any(ch in rules.sentence_marks or ch in rules.clause_marks for ch in text)


def _parallel(line: str, following: str, rules: LayoutRules) -> bool:
    """Whether two lines begin alike, as the items of a list one to a line do (not a wrapped paragraph's halves)."""
    n = rules.parallel_prefix_chars
    return len(line) >= n and len(following) >= n and line.lstrip()[:n] == following.lstrip()[:n]


def _ends_sentence(text: str, rules: LayoutRules) -> bool:
    return bool(text) and text[-1] in rules.terminators


def _join_within_blocks(units: list[_Unit], rules: LayoutRules) -> list[_Unit]:
    """Lines of one block that continue each other (a page break with no blank line) become one paragraph."""
    out: list[_Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.raw == unit.raw
            and prev.kind in ("paragraph", "line")
            and unit.kind in ("paragraph", "line")
            and len(prev.lines[-1].text) >= rules.within_block_min_chars
            and not _ends_sentence(prev.lines[-1].text, rules)
            and not _parallel(prev.lines[-1].text, unit.text, rules)
        ):
            prev.lines.extend(unit.lines)
            prev.kind = "paragraph"
            continue
        out.append(unit)
    return out


def _join_across_pages(units: list[_Unit], rules: LayoutRules) -> list[_Unit]:
    """Re-join paragraphs cut by a page break; captions or notes between the halves move after."""
    out: list[_Unit] = []
    i = 0
    while i < len(units):
        unit = units[i]
        i += 1
        moved: list[_Unit] = []
        open_pairs = _open_pairs(unit.lines, rules)
        while unit.kind == "paragraph" and _lines_cut(unit.lines, rules):
            j = i
            while j < len(units) and units[j].kind in rules.skippable:
                j += 1
            if j >= len(units) or units[j].kind != "paragraph" or any(p.search(units[j].lines[0].text) for p in rules.whole_lines_below):
                break  # 从智囊、软科学到智库的理论与实践 ⏎ 李某某: an author's line continues no paragraph
            if _short(unit.lines, rules) and any(p.search(units[j].lines[0].text) for p in rules.whole_lines_below_short):
                break  # “北京卷王”，书香大区 ⏎ 2019年9月18日，…: a heading without its mark above a dated item
            if rules.dated_opening is not None and rules.dated_opening.search(units[j].lines[0].text) and unit.lines[-1].text[-1:] not in rules.cut_endings and not open_pairs:
                break  # …高技术司司长 ⏎ 2023年3月,中共中央、国务院印发…: a news item of its own (not inside an open 《 or “)
            open_pairs += _open_pairs(units[j].lines, rules)
            if rules.labelled_line is not None and rules.labelled_line.match(unit.lines[0].text) and rules.labelled_line.match(units[j].lines[0].text):
                break  # 大学董事长：王某教授，现任… ⏎⏎ 大学副董事长：…: items of a list, each a label and what it labels
            moved.extend(units[i:j])
            unit.lines.extend(units[j].lines)
            i = j + 1
        out.append(unit)
        out.extend(moved)
    return out


def _open_pairs(lines: list[_Line], rules: LayoutRules) -> int:
    """How many more paired marks the lines open than they close (《 without 》, “ without ”)."""
    return sum(line.text.count(pair[0]) - line.text.count(pair[1]) for line in lines for pair in rules.paired_marks)


def _short(lines: list[_Line], rules: LayoutRules) -> bool:
    total = 0
    for line in lines:
        total += len(line.text)
        if total >= rules.join_min_chars:
            return False
    return True


def _is_cut(text: str, rules: LayoutRules) -> bool:
    if _ends_sentence(text, rules):
        return False
    if len(text) >= rules.join_min_chars:
        return True
    return any(text.count(pair[0]) > text.count(pair[1]) for pair in rules.paired_marks) or any(ch in rules.clause_marks for ch in text)


def _lines_cut(lines: list[_Line], rules: LayoutRules) -> bool:
    """`_is_cut` of the paragraph the lines make, reading no more of a long paragraph than its last line and first few.

    (A paragraph that keeps growing is tested after every join: joining and
    reading all of it each time would be quadratic in its length.)"""
    if _ends_sentence(lines[-1].text, rules) or any(p.search(lines[-1].text) for p in rules.whole_lines):
        return False
    if len(lines) == 1 and rules.title_line is not None and rules.title_line.fullmatch(lines[0].text):
        return False  # 计算机事业摇篮：中国科学院计算技术研究所 ⏎⏎ 中国科学院计算技术研究所…: a title, not a cut paragraph
    head = ""
    for line in lines:
        head += line.text
        if len(head) >= rules.join_min_chars:
            return True
    return _is_cut(head, rules)


def _assemble(source_text: str, units: list[_Unit], rules: LayoutRules) -> Document:
    pieces: list[str] = []
    blocks: list[Block] = []
    pos = 0
    prev_raw: int | None = None
    for index, unit in enumerate(units):
        if blocks:
            sep = "\n" if unit.raw == prev_raw and unit.kind not in ("table", "toc") else "\n\n"
            pieces.append(sep)
            pos += len(sep)
        prev_raw = unit.raw
        start = pos
        spans: list[Span] = []
        glue = "\n" if unit.kind in ("table", "toc") else ""
        for k, line in enumerate(unit.lines):
            if k and glue:
                pieces.append(glue)
                pos += len(glue)
            spans.append(Span(pos, pos + len(line.text), line.source_start))
            pieces.append(line.text)
            pos += len(line.text)
        text = unit.text
        heading = None
        if unit.heading is not None:
            shape = unit.heading
            title_start = start + shape.title_offset
            heading = Heading(shape.kind, shape.level, shape.number, title_start, title_start + shape.title_length, shape.style)
        elif unit.kind == "toc":
            first = unit.lines[0].text
            heading = Heading("toc", 1, None, start, start + len(first))
        blocks.append(Block(index, unit.kind, start, pos, text, tuple(spans), unit.label, unit.title, heading))
    text = "".join(pieces)
    sections = _sections(text, blocks, rules)
    tables = _tables(blocks)
    footnotes, refs, diagnostics = _footnotes(blocks, rules)
    toc, toc_diagnostics = _toc(blocks, sections, rules)
    diagnostics.extend(toc_diagnostics)
    joined = [b for b in blocks if b.joined > 1]
    diagnostics.append(
        Diagnostic("info", "paragraphs_rejoined", f"{len(joined)} paragraphs re-joined across page breaks")
    )
    return Document(
        text=text,
        source_text=source_text,
        blocks=tuple(blocks),
        sections=tuple(sections),
        tables=tuple(tables),
        footnotes=tuple(footnotes),
        refs=tuple(refs),
        toc=tuple(toc),
        diagnostics=tuple(diagnostics),
    )


def _sections(text: str, blocks: list[Block], rules: LayoutRules) -> list[Section]:
    heads: list[tuple[int, Heading, int | None]] = []  # (start, heading, block index)
    if blocks and blocks[0].heading is None:
        first = blocks[0]
        if first.kind == "title":
            heads.append((first.start, Heading("cover", 1, None, first.start, first.end), first.index))
        else:
            heads.append((first.start, Heading("cover", 1, None, first.start, first.start), None))
    heads.extend((b.start, b.heading, b.index) for b in blocks if b.heading is not None)
    block_ends = [b.end for b in blocks]
    block_starts = [b.start for b in blocks]
    sections: list[Section] = []
    stack: list[int] = []
    for i, (start, heading, block_index) in enumerate(heads):
        next_start = len(text) + 2
        for later_start, later, _ in heads[i + 1 :]:
            if later.level <= heading.level:
                next_start = later_start
                break
        end = max((e for s, e in zip(block_starts, block_ends) if start <= s < next_start), default=start)
        while stack and sections[stack[-1]].level >= heading.level:
            stack.pop()
        parent = stack[-1] if stack else None
        # A TOC's heading is its first line; a cover's is its title block (if any).
        heading_end = heading.title_end if heading.kind in ("toc", "cover") else blocks[block_index].end
        sections.append(
            Section(
                index=len(sections),
                parent=parent,
                level=heading.level,
                kind=heading.kind,
                number=heading.number,
                title=text[heading.title_start : heading.title_end],
                heading=text[start:heading_end],
                start=start,
                end=end,
                text=text[start:end],
                heading_start=start,
                heading_end=heading_end,
                title_start=heading.title_start,
                title_end=heading.title_end,
                block=block_index,
            )
        )
        stack.append(len(sections) - 1)
    return sections


def section_of_blocks(document: Document) -> list[int | None]:
    """For each block, the index of the innermost section that holds it."""
    result: list[int | None] = []
    stack: list[Section] = []
    pending = list(document.sections)
    k = 0
    for block in document.blocks:
        while k < len(pending) and pending[k].start <= block.start:
            section = pending[k]
            while stack and stack[-1].level >= section.level:
                stack.pop()
            stack.append(section)
            k += 1
        while stack and not (stack[-1].start <= block.start < max(stack[-1].end, stack[-1].start + 1)):
            stack.pop()
        result.append(stack[-1].index if stack else None)
    return result


def _tables(blocks: list[Block]) -> list[Table]:
    tables: list[Table] = []
    for block in blocks:
        if block.kind != "table":
            continue
        row_texts = block.text.split("\n")
        grid: list[list[tuple[int, int, str]]] = []
        rows: list[tuple[int, int, str]] = []
        pos = block.start
        for row_text in row_texts:
            rows.append((pos, pos + len(row_text), row_text))
            cells = []
            cpos = pos
            for cell_text in row_text.split("\t"):
                cells.append((cpos, cpos + len(cell_text), cell_text))
                cpos += len(cell_text) + 1
            grid.append(cells)
            pos += len(row_text) + 1
        header_rows = 0
        for cells in grid[: min(3, len(grid) - 1)]:
            if any(_NUMERIC_CELL.match(c[2].strip()) for c in cells if c[2].strip()):
                break
            header_rows += 1
        n_cols = max(len(cells) for cells in grid)
        continues: dict[tuple[int, int], tuple[int, int]] = {}

        def origin(r: int, c: int) -> tuple[int, int]:
            return continues.get((r, c), (r, c))

        for r, cells in enumerate(grid):
            for c, (_, _, cell_text) in enumerate(cells):
                if cell_text.strip():
                    continue
                # An empty header cell right of a label spans with it; an empty first
                # cell of a data row continues the merged cell above it.
                neighbour = origin(r, c - 1) if r < header_rows and c > 0 else None
                if r > header_rows and c == 0:
                    neighbour = origin(r - 1, 0)
                if neighbour is not None and grid[neighbour[0]][neighbour[1]][2].strip():
                    continues[(r, c)] = neighbour

        def effective(r: int, c: int) -> str:
            if c >= len(grid[r]):
                return ""
            r0, c0 = origin(r, c)
            return grid[r0][c0][2].strip()
        column_labels = [
            " / ".join(dict.fromkeys(t for t in (effective(r, c) for r in range(header_rows)) if t))
            for c in range(n_cols)
        ]
        cells_out: list[Cell] = []
        for r, cells in enumerate(grid):
            row_label = effective(r, 0) if r >= header_rows else ""
            for c, (start, end, cell_text) in enumerate(cells):
                cells_out.append(
                    Cell(r, c, start, end, cell_text, r < header_rows, continues.get((r, c)), row_label, column_labels[c])
                )
        caption = blocks[block.index - 1] if block.index > 0 else None
        tables.append(
            Table(
                index=len(tables),
                block=block.index,
                start=block.start,
                end=block.end,
                text=block.text,
                rows=tuple(TableRow(r, s, e, t, r < header_rows) for r, (s, e, t) in enumerate(rows)),
                cells=tuple(cells_out),
                header_rows=header_rows,
                n_cols=n_cols,
                caption_block=caption.index if caption and caption.kind.endswith("caption") else None,
            )
        )
    return tables


def _footnotes(blocks: list[Block], rules: LayoutRules) -> tuple[list[Footnote], list[FootnoteRef], list[Diagnostic]]:
    footnotes: list[Footnote] = []
    raw_refs: list[list] = []
    for block in blocks:
        if block.kind == "footnote":
            footnotes.append(Footnote(len(footnotes), block.index, block.label or "", block.start, block.end, block.text))
            for ref in raw_refs:
                if ref[4] == block.label and ref[5] is None:
                    ref[5] = len(footnotes) - 1
            continue
        if block.kind == "toc":
            continue
        for match in rules.footnote_marker.finditer(block.text):
            label = match.group("num") or match.group("circled")
            raw_refs.append([block.index, block.start + match.start(), block.start + match.end(), match.group(0), label, None])
    refs = [FootnoteRef(*ref) for ref in raw_refs]
    diagnostics = [
        Diagnostic("warning", "footnote_marker_unresolved", f"footnote marker {ref.text} has no note", ref.start, ref.end)
        for ref in refs
        if ref.footnote is None
    ]
    used = {ref.footnote for ref in refs}
    diagnostics.extend(
        Diagnostic("warning", "footnote_unreferenced", f"note {note.label} has no marker in the text", note.start, note.end)
        for note in footnotes
        if note.index not in used
    )
    return footnotes, refs, diagnostics


def _toc(blocks: list[Block], sections: list[Section], rules: LayoutRules) -> tuple[list[TocEntry], list[Diagnostic]]:
    entries: list[TocEntry] = []
    for block in blocks:
        if block.kind != "toc":
            continue
        pos = block.start
        for k, line in enumerate(block.text.split("\n")):
            match = rules.toc_entry.match(line) if k else None
            if match:
                title = match.group("title").rstrip()
                shape = shape_of_heading(title, rules)
                kind, level, number = (shape[0], shape[1], shape[2]) if shape else (None, None, None)
                t_start, t_end = (shape[3], shape[4]) if shape else (0, len(title))
                entries.append(
                    TocEntry(
                        index=len(entries),
                        start=pos,
                        end=pos + len(line),
                        text=line,
                        title=title[t_start:t_end],
                        title_start=pos + t_start,
                        title_end=pos + t_end,
                        kind=kind,
                        level=level,
                        number=number,
                        page=int(match.group("page")),
                        section=None,
                    )
                )
            pos += len(line) + 1
    return _match_toc(entries, sections)


def _match_toc(entries: list[TocEntry], sections: list[Section]) -> tuple[list[TocEntry], list[Diagnostic]]:
    """Match TOC lines to parsed sections in order and check that each sits under the right parent."""
    diagnostics: list[Diagnostic] = []
    structural = [s for s in sections if s.kind in STRUCTURAL and s.kind != "front"]
    if not entries:
        return entries, diagnostics
    matched: list[TocEntry] = []
    pointer = 0
    section_of_entry: dict[int, int] = {}
    parents: list[TocEntry] = []
    for entry in entries:
        found = None
        for k in range(pointer, len(structural)):
            section = structural[k]
            if section.kind == entry.kind and section.number == entry.number and _same_title(section.title, entry.title):
                found = k
                break
        while parents and (parents[-1].level or 0) >= (entry.level or 0):
            parents.pop()
        if found is None:
            diagnostics.append(
                Diagnostic("warning", "toc_entry_without_section", f"TOC line {entry.text!r} has no section in the text", entry.start, entry.end)
            )
            matched.append(entry)
        else:
            section = structural[found]
            pointer = found + 1
            section_of_entry[entry.index] = section.index
            expected_parent = section_of_entry.get(parents[-1].index) if parents else None
            if parents and section.parent != expected_parent:
                diagnostics.append(
                    Diagnostic("warning", "toc_parent_mismatch", f"section {section.heading!r} is not under the parent the TOC gives it", section.heading_start, section.heading_end)
                )
            if _title_key(section.title) != _title_key(entry.title):
                diagnostics.append(
                    Diagnostic("info", "toc_title_differs", f"TOC says {entry.title!r}, the text says {section.title!r}", entry.title_start, entry.title_end)
                )
            matched.append(_with_section(entry, section.index))
        parents.append(entry)
    covered = set(section_of_entry.values())
    for section in structural:
        if section.index not in covered:
            diagnostics.append(
                Diagnostic("warning", "section_not_in_toc", f"section {section.heading!r} is not in the TOC", section.heading_start, section.heading_end)
            )
    diagnostics.append(
        Diagnostic("info", "toc_check", f"{len(section_of_entry)} of {len(entries)} TOC entries matched; {len(structural) - len(covered)} numbered sections missing from the TOC")
    )
    return matched, diagnostics


def _title_key(text: str) -> str:
    """A title as compared with its TOC line: width-folded (C₁₈ = C18), without spaces or punctuation."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


def _same_title(a: str, b: str) -> bool:
    """The TOC and the body may word a title slightly differently; the numbers already agree."""
    a, b = _title_key(a), _title_key(b)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def _with_section(entry: TocEntry, section: int) -> TocEntry:
    return replace(entry, section=section)
