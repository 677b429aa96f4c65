"""Ablation of the extraction layers: rules only, model only, both.

Scores the mentions of each setting of `ht_combine.layers` (and `ht_model`)
on the real reports' gold (`tests/gold/real/dev`, `…/heldout`: span kinds
city, institution (typed), person, as `hardtech-kg eval --documents` scores
them) and on the white paper's gold (`hardtech-kg eval`, dev and held-out).
Only totals are printed: the held-out folders are reported, never tuned on.

    .venv/bin/python tools/ablation.py [--layers rules,model,both] [--markdown]
"""

from __future__ import annotations

import argparse
import sys
import time
from bisect import bisect_right
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = {
    "rules": (("components.ht_model.model", "none"), ("components.ht_combine.layers", "rules")),
    "model": (("components.ht_model.scope", "all"), ("components.ht_combine.layers", "model")),
    "both": (),
    "both-all-lines": (("components.ht_model.scope", "all"),),
}
REAL_KINDS = ("city", "institution", "person")
PAPER_KINDS = ("place", "institution", "person")


def use_layers(name: str) -> None:
    """Make the mentions stage run the pipeline with the settings of `name`."""
    from hardtech_kg.extract import components, mentions

    overrides = SETTINGS[name]
    mentions.pipeline = lambda: components.pipeline(overrides)


def real_scores(folder: Path, errors: list | None = None) -> dict[str, tuple[int, int, int]]:
    """(gold, predicted, correct) per span kind over the documents of `folder`, as `eval --documents` counts spans.

    `errors`, if given, receives (kind, "missed"/"spurious", text, context): for the dev folder only.
    """
    from hardtech_kg.evaluate_documents import SPAN_KINDS, load_gold, out_of_scope
    from hardtech_kg.extract import mentions
    from hardtech_kg.extract.corpus import load_corpus
    from hardtech_kg.extract.layout import load_rules
    from hardtech_kg.extract.segment import segment

    gold = load_gold(folder)
    sources, _ = load_corpus(folder)
    rules = load_rules()
    totals = {k: [0, 0, 0] for k in REAL_KINDS}
    for source in sources:
        g = gold.get(source.id)
        if g is None:
            continue
        text = (folder / g["file"]).read_text(encoding="utf-8")
        document = segment(source.text, rules, source.metadata.get("title"))
        spans = document.spans
        starts = [s.start for s in spans]
        excluded = out_of_scope(text)
        predicted = set()
        for m in mentions.mentions(document):
            k = bisect_right(starts, m.start) - 1
            if k < 0 or m.end > spans[k].end:
                continue
            start = spans[k].source_start + m.start - spans[k].start
            end = start + m.end - m.start
            if text[start:end] == m.text and not any(a <= start < b for a, b in excluded):
                predicted.add((start, end, m.label))
        for kind in REAL_KINDS:
            gold_types, predicted_types, typed = SPAN_KINDS[kind]
            gs = {(s["start"], s["end"], s["type"] if typed else "") for s in g["spans"] if s["type"] in gold_types}
            ps = {(s, e, t if typed else "") for s, e, t in predicted if t in predicted_types}
            for i, n in enumerate((len(gs), len(ps), len(gs & ps))):
                totals[kind][i] += n
            if errors is not None:
                for what, found in (("missed", gs - ps), ("spurious", ps - gs)):
                    errors += [(kind, what, text[s:e], text[max(0, s - 12) : e + 12].replace("\n", " ")) for s, e, _ in sorted(found)]
    return {k: tuple(v) for k, v in totals.items()}


def paper_scores(gold_dir: Path) -> dict[str, tuple[int, int, int]]:
    from hardtech_kg.evaluate import evaluate

    report = evaluate(ROOT / "corpus", gold_dir)
    by_group = report.by_group()
    return {k: (by_group[k].gold, by_group[k].predicted, by_group[k].correct) for k in PAPER_KINDS}


def _f(gold: int, predicted: int, correct: int) -> str:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.2f} / {r:.2f} / **{f:.2f}**"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", default="rules,model,both")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    rows = []
    for name in args.layers.split(","):
        use_layers(name)
        mark = time.perf_counter()
        columns = {
            "real dev": real_scores(ROOT / "tests/gold/real/dev"),
            "real held-out": real_scores(ROOT / "tests/gold/real/heldout"),
            "paper dev": paper_scores(ROOT / "tests/gold"),
            "paper held-out": paper_scores(ROOT / "tests/gold/heldout"),
        }
        print(f"{name}: {time.perf_counter() - mark:.1f} s", file=sys.stderr)
        for column, scores in columns.items():
            for kind, counts in scores.items():
                rows.append((column, kind, name, counts))
    layers = args.layers.split(",")
    print("| gold | kind | " + " | ".join(f"{n} P / R / F1" for n in layers) + " |")
    print("| --- | --- | " + " | ".join("---" for _ in layers) + " |")
    seen = []
    for column, kind, _, _ in rows:
        if (column, kind) not in seen:
            seen.append((column, kind))
    for column, kind in seen:
        cells = [_f(*counts) for c, k, n, counts in rows if (c, k) == (column, kind)]
        print(f"| {column} | {kind} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
