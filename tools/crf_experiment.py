"""Would a character CRF trained here help the institution boundaries? Cross-validated over the dev reports.

Issue 11 allows a statistical layer "that you train here and ship small". This measures one before
anyone builds it: a linear-chain CRF (python-crfsuite) over the characters of the real dev reports,
with the features the rule layer already has (characters and bigrams, jieba's words and tags,
gazetteer and suffix matches), trained on four fifths of the reports and scored on the fifth, by
document, five times. It reports untyped institution spans (the `institution (any type)` kind of
`eval --documents`, in scope) for the pipeline as built, the CRF alone, the pipeline with the CRF's
spans where the pipeline has none, and the pipeline with the spans the CRF does not touch dropped.
Only dev reports are read; the held-out folder is never trained on or scored here.

    .venv/bin/pip install -e ".[bench]"   # python-crfsuite
    .venv/bin/python tools/crf_experiment.py [--folds 5] [--iterations 150]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "gold" / "real" / "dev"


def char_class(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "C"
    if ch.isascii() and ch.isalpha():
        return "L"
    return "D" if ch.isdigit() else ("S" if ch.isspace() else "P")


def features(text: str) -> list[list[str]]:
    """One feature list per character: the character and its neighbours, jieba's word position and
    tag, and whether a well-known organisation, a place or an institution suffix covers it."""
    from hardtech_kg.extract import lexicon
    from hardtech_kg.extract.components import _org_scanner, _place_scanner, word_tags, words_of

    n = len(text)
    bmes, tag, org, place, suffix = ["S"] * n, [""] * n, [""] * n, [""] * n, [""] * n
    for a, b in words_of(text):
        t = word_tags().get(text[a:b], "x")[:2]
        for k in range(a, b):
            bmes[k] = "S" if b - a == 1 else ("B" if k == a else ("E" if k == b - 1 else "M"))
            tag[k] = t
    for marks, scanner in ((org, _org_scanner()), (place, _place_scanner())):
        for s, e, _name, _entries in scanner.scan(text):
            for k in range(s, e):
                marks[k] = "B" if k == s else ("E" if k == e - 1 else "I")
    suffixes = sorted({s.text for s in lexicon.institution_rules().suffixes}, key=len, reverse=True)
    for i in range(n):
        hit = next((s for s in suffixes if text.startswith(s, i)), None)
        if hit:
            for k in range(i, i + len(hit)):
                suffix[k] = "E" if k == i + len(hit) - 1 else "I"

    def at(seq, k, pad="#"):
        return seq[k] if 0 <= k < n else pad

    return [
        [
            "bias", "c=" + text[i], "c-1=" + at(text, i - 1), "c+1=" + at(text, i + 1), "c-2=" + at(text, i - 2),
            "c+2=" + at(text, i + 2), "bg-1=" + at(text, i - 1) + text[i], "bg+1=" + text[i] + at(text, i + 1),
            "cls=" + char_class(text[i]), "cls-1=" + char_class(at(text, i - 1)), "cls+1=" + char_class(at(text, i + 1)),
            "w=" + bmes[i], "wt=" + tag[i], "wt-1=" + at(tag, i - 1), "wt+1=" + at(tag, i + 1),
            "org=" + org[i], "place=" + place[i], "suf=" + suffix[i],
            "suf+1=" + at(suffix, i + 1), "suf+2=" + at(suffix, i + 2), "suf+3=" + at(suffix, i + 3),
        ]
        for i in range(n)
    ]


def bio(n: int, spans) -> list[str]:
    y = ["O"] * n
    for s, e in spans:
        y[s : e] = ["B"] + ["I"] * (e - s - 1)
    return y


def spans_of(tags: list[str]) -> set[tuple[int, int]]:
    out, start = set(), None
    for i, t in enumerate([*tags, "O"]):
        if t in ("B", "O") and start is not None:
            out.add((start, i))
            start = None
        if t == "B" or (t == "I" and start is None):
            start = i
    return out


def score(gold: set, found: set) -> tuple[int, int, int]:
    return len(gold), len(found), len(gold & found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--iterations", type=int, default=150)
    args = parser.parse_args()
    try:
        import pycrfsuite
    except ImportError:
        print("python-crfsuite is not installed: .venv/bin/pip install -e '.[bench]'", file=sys.stderr)
        return 2
    from hardtech_kg.evaluate_documents import _predicted_spans, evaluate_documents, load_gold, out_of_scope
    from hardtech_kg.extract.model import GROUPS

    institutions = set(GROUPS["institution"])
    started = time.time()
    gold = load_gold(DEV)
    with tempfile.TemporaryDirectory(prefix="hardtech-crf-") as tmp:
        evaluate_documents(DEV, Path(tmp))
        conn = sqlite3.connect(f"file:{Path(tmp) / 'hardtech.db'}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        docs = {}
        for doc_id, g in sorted(gold.items()):
            text = (DEV / g["file"]).read_text(encoding="utf-8")
            excluded = out_of_scope(text)
            in_scope = lambda s, ex=excluded: not any(a <= s < b for a, b in ex)  # noqa: E731
            docs[doc_id] = {
                "text": text, "in_scope": in_scope, "X": features(text),
                "gold": {(s["start"], s["end"]) for s in g["spans"] if s["type"] in institutions},
                "pipeline": {(s, e) for s, e, t in _predicted_spans(conn, doc_id, text) if t in institutions},
            }
        conn.close()
        ids = sorted(docs)
        random.Random(7).shuffle(ids)
        totals = {k: [0, 0, 0] for k in ("pipeline", "crf", "pipeline + crf gaps", "pipeline, crf veto")}
        for k in range(args.folds):
            test = ids[k :: args.folds]
            trainer = pycrfsuite.Trainer(verbose=False)
            for d in ids:
                if d not in test:
                    trainer.append(docs[d]["X"], bio(len(docs[d]["text"]), docs[d]["gold"]))
            trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": args.iterations, "feature.possible_transitions": True})
            model = Path(tmp) / f"fold{k}.crfsuite"
            trainer.train(str(model))
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            for d in test:
                doc = docs[d]
                keep = doc["in_scope"]
                g = {sp for sp in doc["gold"] if keep(sp[0])}
                p = {sp for sp in doc["pipeline"] if keep(sp[0])}
                crf = {sp for sp in spans_of(tagger.tag(doc["X"])) if keep(sp[0]) and sp[1] - sp[0] >= 2}
                taken = {i for s, e in p for i in range(s, e)}
                touched = {i for s, e in crf for i in range(s, e)}
                runs = {
                    "pipeline": p,
                    "crf": crf,
                    "pipeline + crf gaps": p | {sp for sp in crf if not taken & set(range(*sp))},
                    "pipeline, crf veto": {sp for sp in p if touched & set(range(*sp))},
                }
                for name, found in runs.items():
                    totals[name] = [a + b for a, b in zip(totals[name], score(g, found))]
    print(f"{len(ids)} dev reports, {args.folds}-fold cross-validation by document, {time.time() - started:.0f} s")
    print("| run | gold | found | hits | P | R | F1 |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, (g, f, h) in totals.items():
        p, r = (h / f if f else 1.0), (h / g if g else 1.0)
        print(f"| {name} | {g} | {f} | {h} | {p:.3f} | {r:.3f} | {2 * p * r / (p + r) if p + r else 0:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
