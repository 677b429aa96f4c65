"""The mentions stage: every block of a segmented document → typed mentions with exact offsets."""

from __future__ import annotations

import re

from . import lexicon
from .aliases import document_bodies, document_companies
from .components import pipeline
from .model import Document, Mention

# Blocks whose text is read for mentions (not the TOC, not formulas).
READ_KINDS = frozenset({"paragraph", "heading", "title", "line", "table", "figure_caption", "table_caption", "footnote", "source_note"})


def front_matter(document: Document) -> frozenset[int]:
    """The blocks under the title where a report names its authors: up to the abstract, the first
    heading, or `front_lines` blocks (rules/persons.toml), whichever comes first."""
    rules = lexicon.rules_toml("persons.toml")
    end = re.compile(rules["front_end"])
    front = set()
    for block in document.blocks[: rules["front_lines"]]:
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
    carried: list = document_companies(document.text) + document_bodies(document.text)  # names a block defines that later blocks use (ht_aliases); the blocks run in order
    for k, b in enumerate(blocks):
        doc = nlp.make_doc(b.text)
        doc.user_data["front_matter"] = b.index in front
        if b.index in front:  # a single author's line is read with the affiliation line after it, never as the title
            doc.user_data["front_first"] = k == 0
            doc.user_data["front_following"] = blocks[k + 1].text if k + 1 < len(blocks) else ""
        doc.user_data["carried_aliases"] = carried
        docs.append(doc)
    out: list[Mention] = []
    for block, doc in zip(blocks, nlp.pipe(docs)):
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
    return tuple(out)
