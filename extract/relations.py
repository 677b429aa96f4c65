"""The relations stage: mentions → resolved entities and the facts the text states about them.

`resolution.py` makes one entity per thing; each module of `facts/` makes one
kind of fact, every fact with the spans of text it rests on. They run in this
order, which is the order of the facts in the graph.
"""

from __future__ import annotations

from .facts.co_mentions import co_mention_facts
from .facts.lists import list_facts
from .facts.milestones import milestone_facts
from .facts.placement import placement_facts
from .facts.policies import policy_facts
from .facts.schemes import scheme_facts
from .facts.suborganizations import suborganization_facts
from .model import Document, Extraction, Fact, Mention
from .resolution import resolve


def relations(document: Document, mentions: tuple[Mention, ...], document_id: str = "doc", schemes: tuple | None = None) -> Extraction:
    """Entities and facts of one document; `schemes` are its `find_schemes` result when the caller already has it."""
    entities, mention_entity = resolve(document, mentions, document_id)
    facts: list[Fact] = []
    facts += suborganization_facts(entities, mentions, mention_entity)
    facts += placement_facts(document, entities, mentions, mention_entity)
    milestones, more = milestone_facts(document, mentions, mention_entity, entities, document_id)
    entities.update({e.id: e for e in milestones})
    facts += more
    facts += policy_facts(document, mentions, mention_entity, entities)
    facts += list_facts(mentions, mention_entity)
    facts += co_mention_facts(document, mentions, mention_entity, entities)
    facts += scheme_facts(document, entities, mentions, document_id, schemes)
    return Extraction(tuple(sorted(entities.values(), key=lambda e: e.id)), tuple(facts), mention_entity)
