"""Small frozen records that the segmenter produces and the writers consume.

All `start`/`end` offsets index the *stored* document text (`Document.text`),
counted in Unicode code points (Python `str` indices, SQLite `substr` on TEXT);
for every record with a `text`, `document.text[start:end] == text`.
`source_start` offsets index `Document.source_text`, the decoded file with its
line ends normalised to LF, so any passage can be traced back to the file.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Span:
    """A run of stored text copied verbatim from the source text."""

    start: int
    end: int
    source_start: int

    @property
    def source_end(self) -> int:
        return self.source_start + (self.end - self.start)


@dataclass(frozen=True)
class Heading:
    """What a heading line says about its section."""

    kind: str  # cover, front, toc, part, chapter, appendix, section, subsection
    level: int
    number: str | None  # as normalised: "1.6" for the line "1. 6 …", "三" for "三、…"
    title_start: int  # offsets of the title within the stored text
    title_end: int
    style: str | None = None  # numbering style of a sub-heading


@dataclass(frozen=True)
class Block:
    """One block of the document in reading order: a paragraph, heading, caption, table …"""

    index: int
    kind: str
    start: int
    end: int
    text: str
    spans: tuple[Span, ...]
    label: str | None = None  # caption label ("6"), footnote label ("3", "①")
    title: str | None = None  # caption title
    heading: Heading | None = None

    @property
    def joined(self) -> int:
        """How many source pieces were re-joined into this block (2+ after a page break)."""
        return len(self.spans) if self.kind == "paragraph" else 1


@dataclass(frozen=True)
class Section:
    index: int
    parent: int | None
    level: int
    kind: str
    number: str | None
    title: str
    heading: str
    start: int  # the whole section, heading included
    end: int
    text: str
    heading_start: int
    heading_end: int
    title_start: int
    title_end: int
    block: int | None  # index of the heading block


@dataclass(frozen=True)
class Cell:
    row: int
    col: int
    start: int
    end: int
    text: str
    header: bool
    continues: tuple[int, int] | None  # (row, col) of the merged cell this empty cell continues
    row_label: str
    column_label: str


@dataclass(frozen=True)
class TableRow:
    row: int
    start: int
    end: int
    text: str
    header: bool


@dataclass(frozen=True)
class Table:
    index: int
    block: int
    start: int
    end: int
    text: str
    rows: tuple[TableRow, ...]
    cells: tuple[Cell, ...]
    header_rows: int
    n_cols: int
    caption_block: int | None


@dataclass(frozen=True)
class FootnoteRef:
    block: int
    start: int
    end: int
    text: str
    label: str
    footnote: int | None  # index into Document.footnotes


@dataclass(frozen=True)
class Footnote:
    index: int
    block: int
    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TocEntry:
    index: int
    start: int
    end: int
    text: str
    title: str
    title_start: int
    title_end: int
    kind: str | None
    level: int | None
    number: str | None
    page: int
    section: int | None  # index of the matching section


@dataclass(frozen=True)
class Diagnostic:
    level: str  # info, warning
    code: str
    message: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Document:
    text: str
    source_text: str
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    tables: tuple[Table, ...]
    footnotes: tuple[Footnote, ...]
    refs: tuple[FootnoteRef, ...]
    toc: tuple[TocEntry, ...]
    diagnostics: tuple[Diagnostic, ...]

    @property
    def spans(self) -> tuple[Span, ...]:
        return tuple(span for block in self.blocks for span in block.spans)

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def block_at(self, pos: int) -> Block:
        """The block that begins last at or before `pos` (blocks are in text order)."""
        i = bisect_right(self._block_starts, pos) - 1
        if i < 0:
            raise ValueError(f"offset {pos} lies before the first block")
        return self.blocks[i]


GROUPS = {
    "place": ("City", "Province", "Country", "Region"),
    "institution": (
        "University", "ResearchInstitute", "StateKeyLab", "NationalLab", "NationalEngineeringLab", "EngineeringCenter",
        "InternationalCooperationBase", "Company", "GovernmentBody", "Fund", "Park", "OtherOrganization",
    ),
    "policy": ("Policy",),
    "technology": ("Technology",),
    "date": ("Date",),
    "person": ("Person",),
}
INSTITUTION_GROUP = "institution"
# Titled works that are not policies: entities, but no group of the paper's gold.
OTHER_GROUPS = {"publication": ("Publication",)}
GROUP_OF = {label: group for group, labels in (GROUPS | OTHER_GROUPS).items() for label in labels}


class HasAttrs:
    """Read access to the `attrs` pairs that extraction records carry (small, frozen, ordered)."""

    attrs: tuple[tuple[str, object], ...]

    def attr(self, name: str, default=None):
        for key, value in self.attrs:
            if key == name:
                return value
        return default


@dataclass(frozen=True)
class Mention(HasAttrs):
    """A typed span of the stored text that names something (or dates something)."""

    index: int
    block: int
    start: int
    end: int
    text: str
    label: str  # fine type: City, StateKeyLab, Policy, Date …
    source: str  # the rule that found it: gazetteer, known_org, suffix, list, taxonomy, title, date, person …
    key: str = ""
    attrs: tuple[tuple[str, object], ...] = ()

    @property
    def group(self) -> str:
        return GROUP_OF.get(self.label, "other")


# --- what the relations stage makes of the mentions -------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """A passage a fact or an entity rests on: document offsets within one block."""

    block: int
    start: int
    end: int


@dataclass(frozen=True)
class GazetteerEntry:
    """Evidence of background knowledge: an entry of a general-knowledge list the tool ships, not a passage."""

    gazetteer: str  # the list, as a path in the repository: extract/rules/organisations.tsv
    entry: str  # the entry's key there: an organisation's name, a place's code
    label: str  # what the entry names

    @property
    def ref(self) -> str:
        from .ids import gazetteer_ref

        return gazetteer_ref(self.gazetteer, self.entry)


@dataclass(frozen=True)
class Entity(HasAttrs):
    """One resolved thing: its id (`ids.py`), type, labels and the mentions that name it."""

    id: str
    type: str
    label: str
    label_en: str | None
    aliases: tuple[str, ...]
    mentions: tuple[int, ...]
    attrs: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class Fact:
    """A statement about entities, with the passages (or the gazetteer entry) it rests on."""

    subject: str
    predicate: str
    object: str  # an entity id, or a literal for literal-valued predicates
    evidence: tuple[Evidence, ...]
    method: str = "text"  # text | name | sentence | list | affiliation | parenthesis | statement | possessive | capital | gazetteer | taxonomy | table
    literal: bool = False
    attrs: tuple[tuple[str, object], ...] = ()
    background: GazetteerEntry | None = None  # the evidence of a fact no passage states (method gazetteer)


@dataclass(frozen=True)
class Extraction:
    """One document's entities and facts, and which entity each mention names."""

    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    mention_entity: tuple[str | None, ...]  # entity id of each mention
