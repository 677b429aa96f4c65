"""The facts the relations stage states about resolved entities, one module per kind of fact.

Each module is a function of the document, its mentions and entities that
returns `Fact`s with the spans of text they rest on; `relations.relations`
calls them in order. A fact the text does not support is not made.
"""

from __future__ import annotations

from ..model import Entity, Evidence


def first_evidence(entity: Entity, mentions) -> tuple[Evidence, ...]:
    """The span of an entity's first mention."""
    m = mentions[entity.mentions[0]]
    return (Evidence(m.block, m.start, m.end),)
