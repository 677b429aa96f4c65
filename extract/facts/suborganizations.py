"""`org:subOrganizationOf` where the name says so: 中国科学院物理研究所 → 中国科学院."""

from __future__ import annotations

from .. import lexicon
from ..ids import normal
from ..model import Entity, Fact
from ..resolution import TYPE_RANK
from . import first_evidence


def suborganization_facts(entities: dict[str, Entity], mentions, mention_entity) -> list[Fact]:
    """`org:subOrganizationOf` where the name says so: 中国科学院物理研究所 → 中国科学院."""
    orgs = {e.label: e for e in entities.values() if e.type in TYPE_RANK}
    known = {normal(o.name) for o in lexicon.organisations()}
    facts = []
    names = {*orgs, *known}
    for entity in orgs.values():
        label = entity.label
        for k in range(len(label) - 2, 1, -1):
            parent_name = label[:k]
            if parent_name in names:
                parent = orgs.get(parent_name)
                if parent is None:
                    continue
                ev = first_evidence(entity, mentions)
                facts.append(Fact(entity.id, "subOrganizationOf", parent.id, ev, "name"))
                break
    return facts
