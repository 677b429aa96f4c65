"""`coMentionedWith`: entities named in one sentence, a weak link with a count and its sentences."""

from __future__ import annotations

from collections import defaultdict

from ..model import INSTITUTION_GROUP, Document, Evidence, Fact
from ..sentences import sentence_mentions


def co_mention_facts(document: Document, mentions, mention_entity, entities) -> list[Fact]:
    """Entities named in one sentence: a weak link with a count and up to three sentences as evidence."""
    pairs: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    by_block = defaultdict(list)
    for m in mentions:
        if m.group in ("place", INSTITUTION_GROUP, "technology", "person", "policy") and mention_entity[m.index]:
            by_block[m.block].append(m)
    for block in document.blocks:
        if block.kind not in ("paragraph",):
            continue
        for s, e, in_sentence in sentence_mentions(block, by_block.get(block.index, [])):
            ids = sorted({mention_entity[m.index] for m in in_sentence})
            if len(ids) > 12:
                continue
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    pairs[(a, b)].append(Evidence(block.index, s, e))
    return [
        Fact(a, "coMentionedWith", b, tuple(ev[:3]), "sentence", False, (("count", len(ev)),))
        for (a, b), ev in sorted(pairs.items())
    ]
