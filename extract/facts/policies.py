"""A policy's issuer and date, where its sentence says so ("2019年7月，欧盟发布《…》"), and the technologies it concerns."""

from __future__ import annotations

import re
from collections import defaultdict

from .. import lexicon
from ..dates import stated_as_target
from ..model import INSTITUTION_GROUP, Document, Evidence, Fact, Mention
from ..sentences import sentence_mentions


def date_value(m: Mention, year_hint: int | None) -> tuple[str, str] | None:
    """(lexical value, precision) of a date mention; month-only dates take `year_hint`."""
    year, month, day = m.attr("year") or year_hint, m.attr("month"), m.attr("day")
    if year is None:
        return None
    if day and month:
        return f"{year:04d}-{month:02d}-{day:02d}", "day"
    if month:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", "year"



def policy_facts(document: Document, mentions, mention_entity, entities) -> list[Fact]:
    """Issuers and date of a policy when its sentence says so: "2019年7月，欧盟发布《…》"; bodies listed before the
    verb issued it together ("工信部、国家发改委、财政部联合发布《…》")."""
    verbs = lexicon.rules_toml("policies.toml")["issue_verbs"]
    verb_re = re.compile("|".join(map(re.escape, verbs)))
    joiner = re.compile(lexicon.rules_toml("policies.toml")["co_issuer_joiner"])
    facts = []
    by_block = defaultdict(list)
    for m in mentions:
        by_block[m.block].append(m)
    for block in document.blocks:
        year_hint = None
        for s, e, in_sentence in sentence_mentions(block, by_block.get(block.index, [])):
            anchors = [m for m in in_sentence if m.label == "Date" and m.attr("year") and not stated_as_target(document.text, m.start)]
            for p in (m for m in in_sentence if m.group == "policy" and mention_entity[m.index]):
                year_hint = next((m.attr("year") for m in reversed(anchors) if m.end <= p.start), year_hint)  # not a later target's (到2028年)
                policy = mention_entity[p.index]
                issuers = [m for m in in_sentence if m.end <= p.start and m.group in (INSTITUTION_GROUP, "place") and mention_entity[m.index]]
                if issuers:
                    issuer = issuers[-1]
                    between = document.text[issuer.end : p.start]
                    if verb_re.search(between) and len(between) <= 20:
                        chain = [issuer]  # 工信部、国家发改委、财政部联合发布《…》: every body of the list issued it
                        for m in reversed(issuers[:-1]):
                            if not joiner.fullmatch(document.text, m.end, chain[-1].start):
                                break
                            chain.append(m)
                        end = p.end + 1 if document.text[p.end : p.end + 1] == "》" else p.end
                        for m in reversed(chain):
                            facts.append(Fact(policy, "issuedBy", mention_entity[m.index], (Evidence(block.index, m.start, end),)))
                dates = [m for m in in_sentence if m.label == "Date" and m.end <= p.start]
                dates = [d for d in dates if p.start - d.end <= 4 or verb_re.search(document.text[d.end : p.start])]
                if dates:
                    value = date_value(dates[-1], year_hint)
                    if value:
                        facts.append(Fact(policy, "date", value[0], (Evidence(block.index, dates[-1].start, dates[-1].end),), "text", True, (("precision", value[1]),)))
                for m in in_sentence:
                    if m.group == "technology" and mention_entity[m.index]:
                        facts.append(Fact(policy, "concerns", mention_entity[m.index], (Evidence(block.index, s, e),)))
            year_hint = anchors[-1].attr("year") if anchors else year_hint
    return facts
