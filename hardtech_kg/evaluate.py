"""Precision, recall and F1 of the extracted mentions against hand-checked gold annotation.

Gold files (`tests/gold/*.json`) list paragraphs by their exact text with typed
spans (offsets into the paragraph). The paragraphs are found in the segmented
document by text, the pipeline's mentions in them are compared span by span:
a hit is the same start, end and type group (place, institution, policy,
technology, date, person); the fine type (City, StateKeyLab …) is reported as
a separate accuracy over the hits.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from hardtech_kg.extract.corpus import load_corpus
from hardtech_kg.extract.layout import load_rules
from hardtech_kg.extract.mentions import mentions as find_mentions
from hardtech_kg.extract.model import GROUP_OF, GROUPS
from hardtech_kg.extract.segment import segment

from .errors import HardtechError


@dataclass(frozen=True)
class Score:
    group: str
    gold: int
    predicted: int
    correct: int
    type_correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    scores: tuple[Score, ...]
    paragraphs: int
    missing_paragraphs: tuple[str, ...]
    errors: tuple[tuple[str, str, str, str], ...]  # (kind fp/fn, group, text, context)

    def by_group(self) -> dict[str, Score]:
        return {s.group: s for s in self.scores}


def load_gold(gold_dir: Path) -> list[dict]:
    """Every gold file of the folder (JSON with "document" and "paragraphs"; other JSON is ignored)."""
    gold = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(gold_dir.glob("*.json"))]
    gold = [g for g in gold if isinstance(g, dict) and "paragraphs" in g and "document" in g]
    if not gold:
        raise HardtechError(f"{gold_dir}: no gold files (*.json with document and paragraphs)")
    return gold


def evaluate(corpus_dir: Path, gold_dir: Path) -> Report:
    sources, _ = load_corpus(corpus_dir)
    gold_files = load_gold(gold_dir)
    rules = load_rules()
    documents = {}
    for source in sources:
        document = segment(source.text, rules, source.metadata.get("title"))
        documents[source.id] = (document, find_mentions(document))
    gold_spans: set[tuple[str, int, int, int, str]] = set()
    gold_types: dict[tuple, str] = {}
    predicted: set[tuple[str, int, int, int, str]] = set()
    predicted_types: dict[tuple, str] = {}
    missing, contexts = [], {}
    count = 0
    for gold in gold_files:
        doc_id = gold["document"]
        if doc_id not in documents:
            raise HardtechError(f"gold names document {doc_id!r}, which is not in the corpus")
        document, found = documents[doc_id]
        by_text = {}
        for block in document.blocks:
            by_text.setdefault(block.text, block)
        for paragraph in gold["paragraphs"]:
            block = by_text.get(paragraph["text"])
            if block is None:
                missing.append(paragraph["text"][:40])
                continue
            count += 1
            contexts[(doc_id, block.index)] = block.text
            for span in paragraph["spans"]:
                group = GROUP_OF.get(span["type"], "other")
                key = (doc_id, block.index, span["start"], span["end"], group)
                gold_spans.add(key)
                gold_types[key] = span["type"]
            for m in found:
                if m.block == block.index and m.group in GROUPS:
                    key = (doc_id, block.index, m.start - block.start, m.end - block.start, m.group)
                    predicted.add(key)
                    predicted_types[key] = m.label
    scores = []
    for group in GROUPS:
        g = {k for k in gold_spans if k[4] == group}
        p = {k for k in predicted if k[4] == group}
        hits = g & p
        typed = sum(1 for k in hits if gold_types[k] == predicted_types[k])
        scores.append(Score(group, len(g), len(p), len(hits), typed))
    errors = []
    for kind, keys in (("missed", gold_spans - predicted), ("spurious", predicted - gold_spans)):
        for k in sorted(keys):
            text = contexts[(k[0], k[1])]
            errors.append((kind, k[4], text[k[2] : k[3]], text[max(0, k[2] - 8) : k[3] + 8]))
    return Report(tuple(scores), count, tuple(missing), tuple(errors))


def format_report(report: Report) -> str:
    lines = [f"{'type':<12} {'gold':>5} {'found':>5} {'hits':>5} {'P':>6} {'R':>6} {'F1':>6} {'type acc':>8}"]
    for s in report.scores:
        acc = s.type_correct / s.correct if s.correct else 0.0
        lines.append(f"{s.group:<12} {s.gold:>5} {s.predicted:>5} {s.correct:>5} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {acc:>8.3f}")
    total = Counter()
    for s in report.scores:
        total.update(gold=s.gold, predicted=s.predicted, correct=s.correct)
    micro = Score("all", total["gold"], total["predicted"], total["correct"], 0)
    lines.append(f"{'all (micro)':<12} {micro.gold:>5} {micro.predicted:>5} {micro.correct:>5} {micro.precision:>6.3f} {micro.recall:>6.3f} {micro.f1:>6.3f}")
    lines.append(f"{report.paragraphs} gold paragraphs matched" + (f"; {len(report.missing_paragraphs)} not found in the corpus" if report.missing_paragraphs else ""))
    return "\n".join(lines)
