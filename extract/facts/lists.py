"""`listedAs`: an enumeration item keeps its list (the list's type noun and the count the text states)."""

from __future__ import annotations

from ..model import Evidence, Fact


def list_facts(mentions, mention_entity) -> list[Fact]:
    """Each enumeration item keeps its list: the list's type noun and the count the text states."""
    facts = []
    for m in mentions:
        if m.source == "list" and mention_entity[m.index]:
            facts.append(
                Fact(
                    mention_entity[m.index], "listedAs", m.attr("list_noun") or m.attr("list_type"), (Evidence(m.block, m.start, m.end),), "list", True,
                    (("list_id", f"{m.block}:{m.attr('list_id')}"), ("stated_count", m.attr("stated_count")), ("items", m.attr("items")), ("item_index", m.attr("item_index"))),
                )
            )
    return facts
