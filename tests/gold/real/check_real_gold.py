"""Check gold files of the real reports (see GUIDELINES.md); or locate a string's offsets.

    python tests/gold/real/check_real_gold.py tests/gold/real/*/gold/*.json
    python tests/gold/real/check_real_gold.py --doc tests/gold/real/dev/X.txt --locate 北京 [--nth 2]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {
    "City", "Province", "University", "ResearchInstitute", "StateKeyLab", "EngineeringCenter", "Company",
    "GovernmentBody", "Fund", "Park", "OtherOrganization", "Person", "Policy", "Publication",
}
ACTOR_TYPES = TYPES - {"City", "Province", "Policy", "Publication"}
BASES = {"affiliation", "parenthesis", "statement", "possessive", "list", "name"}
PRECISIONS = {"year", "month", "day", "decade"}
CAPTION = re.compile(r"^\s*(?:附表|附图|图|表)\s*[0-9A-Za-z一二三四五六七八九十]")


def out_of_scope(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that are out of scope: table rows and captions."""
    ranges, pos = [], 0
    for line in text.split("\n"):
        if "\t" in line or CAPTION.match(line):
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def document_of(gold_path: Path) -> Path:
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    return gold_path.parent.parent / data["file"]


def check(gold_path: Path) -> list[str]:
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    text = document_of(gold_path).read_text(encoding="utf-8")
    excluded = out_of_scope(text)
    problems = []

    def span_ok(span: dict, where: str, types: set[str] | None = None) -> bool:
        s, e = span.get("start"), span.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            problems.append(f"{where}: bad offsets {s}–{e}")
            return False
        if "text" in span and text[s:e] != span["text"]:
            problems.append(f"{where}: text[{s}:{e}] is {text[s:e]!r}, not {span['text']!r}")
            return False
        if any(a <= s < b or a < e <= b for a, b in excluded):
            problems.append(f"{where}: {text[s:e]!r} lies in a table row or caption (out of scope)")
        if types is not None and span.get("type") not in types:
            problems.append(f"{where}: type {span.get('type')!r} is not one of {sorted(types)}")
        return True

    spans = sorted(data.get("spans", []), key=lambda x: (x["start"], x["end"]))
    keys = set()
    for k, span in enumerate(spans):
        span_ok(span, f"span {span.get('text')!r}", TYPES)
        keys.add((span["start"], span["end"]))
        if k and span["start"] < spans[k - 1]["end"]:
            problems.append(f"spans overlap: {spans[k - 1]['text']!r} and {span['text']!r}")
    for k, m in enumerate(data.get("milestones", [])):
        where = f"milestone {k} ({m.get('date', {}).get('text')!r})"
        span_ok(m.get("date", {}), where + " date")
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(m.get("value", ""))):
            problems.append(f"{where}: value {m.get('value')!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if m.get("precision") not in PRECISIONS:
            problems.append(f"{where}: precision {m.get('precision')!r}")
        if not m.get("actors"):
            problems.append(f"{where}: no actor")
        sentence = m.get("sentence", {})
        span_ok(sentence, where + " sentence")
        for actor in m.get("actors", []):
            span_ok(actor, where + f" actor {actor.get('text')!r}")
            if (actor.get("start"), actor.get("end")) not in keys:
                problems.append(f"{where}: actor {actor.get('text')!r} is not an annotated span")
            elif next(s for s in spans if (s["start"], s["end"]) == (actor["start"], actor["end"]))["type"] not in ACTOR_TYPES:
                problems.append(f"{where}: actor {actor.get('text')!r} is not of an actor type")
            if sentence and not (sentence.get("start", 0) <= actor.get("start", -1) < sentence.get("end", 0)):
                problems.append(f"{where}: actor {actor.get('text')!r} is outside the sentence")
    pairs = Counter()
    for k, p in enumerate(data.get("placements", [])):
        where = f"placement {k} ({p.get('subject', {}).get('text')!r} → {p.get('place')!r})"
        span_ok(p.get("subject", {}), where + " subject")
        span_ok(p.get("evidence", {}), where + " evidence")
        if (p.get("subject", {}).get("start"), p.get("subject", {}).get("end")) not in keys:
            problems.append(f"{where}: the subject is not an annotated span")
        if p.get("basis") not in BASES:
            problems.append(f"{where}: basis {p.get('basis')!r}")
        if not p.get("place") or p["place"].endswith(("市", "省")):
            problems.append(f"{where}: place must be a short name without 市/省")
        pairs[(p.get("subject", {}).get("text"), p.get("place"))] += 1
    problems += [f"placement {pair} given {n} times" for pair, n in pairs.items() if n > 1]
    return problems


def summary(gold_path: Path) -> str:
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    counts = Counter(s["type"] for s in data.get("spans", []))
    parts = ", ".join(f"{t} {n}" for t, n in sorted(counts.items()))
    return f"{gold_path.name}: {parts}; milestones {len(data.get('milestones', []))}; placements {len(data.get('placements', []))}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--doc", type=Path, help="with --locate: the document file")
    parser.add_argument("--locate", help="print the offsets of this string in --doc")
    parser.add_argument("--nth", type=int, default=0, help="with --locate: which occurrence (0 = all)")
    args = parser.parse_args(argv)
    if args.locate:
        text = args.doc.read_text(encoding="utf-8")
        found = [m.start() for m in re.finditer(re.escape(args.locate), text)]
        for k, start in enumerate(found, 1):
            if args.nth in (0, k):
                line = text.count("\n", 0, start) + 1
                print(f"#{k} start {start} end {start + len(args.locate)} line {line}: …{text[max(0, start - 15):start + len(args.locate) + 15]!r}…")
        return 0 if found else 1
    files = args.files or sorted(HERE.glob("*/gold/*.json"))
    bad = 0
    for f in files:
        problems = check(f)
        print(summary(f))
        for p in problems:
            print(f"  {p}")
        bad += len(problems)
    print("ok" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
