"""The text's technology schemes as SKOS concepts in schemes, mapped to each other, with technologies under them."""

from __future__ import annotations

from collections import defaultdict

from ..ids import entity_id, scheme_id
from ..model import Document, Entity, Evidence, Fact
from ..schemes import find_schemes
from . import first_evidence


def scheme_facts(document: Document, entities: dict[str, Entity], mentions, document_id: str, schemes: tuple | None = None) -> list[Fact]:
    """The technology schemes of the text as concepts in schemes, mapped to each other, with technologies under them."""
    facts: list[Fact] = []
    concept_ids: dict[tuple[str, str], str] = {}  # (scheme key, label) -> entity id
    domain_concepts: dict[str, list[tuple[str, str, Evidence]]] = defaultdict(list)  # domain -> (scheme, id, evidence)
    for scheme in find_schemes(document) if schemes is None else schemes:
        in_scheme = scheme_id(document_id, scheme.key)
        scheme_ev = Evidence(scheme.block, scheme.start, scheme.end)
        entities[in_scheme] = Entity(in_scheme, "TechnologyScheme", scheme.label, None, (), (), (("evidence", (scheme_ev,)), ("scheme_key", scheme.key)))
        for concept in scheme.concepts:
            ev = Evidence(concept.block, concept.start, concept.end)
            concept_id = entity_id("Technology", concept.label)
            old = entities.get(concept_id)
            if old is None:
                entities[concept_id] = Entity(concept_id, "Technology", concept.label, None, (), (), (("evidence", (ev,)), ("domain", concept.domain)))
            else:
                entities[concept_id] = Entity(old.id, "Technology", old.label, old.label_en, old.aliases, old.mentions, old.attrs + (("evidence", (ev,)),))
            concept_ids[(scheme.key, concept.label)] = concept_id
            facts.append(Fact(concept_id, "inScheme", in_scheme, (ev,), "text"))
            if concept.domain:
                domain_concepts[concept.domain].append((scheme.key, concept_id, ev))
    # Concepts of different schemes in one taxonomy area: broadMatch when one name holds the other, else closeMatch.
    for domain, members in domain_concepts.items():
        for i, (scheme_a, a, ev_a) in enumerate(members):
            for scheme_b, b, ev_b in members[i + 1 :]:
                if scheme_a == scheme_b or a == b:
                    continue
                label_a, label_b = entities[a].label, entities[b].label
                if label_a in label_b:
                    facts.append(Fact(a, "broadMatch", b, (ev_a, ev_b), "taxonomy"))
                elif label_b in label_a:
                    facts.append(Fact(b, "broadMatch", a, (ev_b, ev_a), "taxonomy"))
                else:
                    facts.append(Fact(a, "closeMatch", b, (ev_a, ev_b), "taxonomy"))
    # The technologies the text discusses, under the domain concept of their area.
    anchors = {d: next((cid for key, cid, _ in m if key == "domains"), m[0][1]) for d, m in domain_concepts.items()}
    concept_set = set(concept_ids.values())
    for entity in list(entities.values()):
        if entity.type != "Technology" or entity.id in concept_set or not entity.mentions:
            continue
        tech = entity.attr("domain")
        if not tech:
            broader_term = next((mentions[i].attr("broader_term") for i in entity.mentions if mentions[i].attr("broader_term")), None)
            tech = broader_term.domain if broader_term is not None else None
        if tech in anchors:
            facts.append(Fact(entity.id, "broader", anchors[tech], first_evidence(entity, mentions), "taxonomy"))
    return facts
