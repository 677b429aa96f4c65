"""The mentions stage: every block of a segmented document → typed mentions with exact offsets."""

from __future__ import annotations

from .components import pipeline
from .model import Document, Mention

# Blocks whose text is read for mentions (not the TOC, not formulas).
READ_KINDS = frozenset({"paragraph", "heading", "title", "line", "table", "figure_caption", "table_caption", "footnote", "source_note"})


def mentions(document: Document) -> tuple[Mention, ...]:
    """Run the extraction pipeline over each block; offsets become document offsets."""
    nlp = pipeline()
    blocks = [b for b in document.blocks if b.kind in READ_KINDS]
    out: list[Mention] = []
    for block, doc in zip(blocks, nlp.pipe(b.text for b in blocks)):
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
