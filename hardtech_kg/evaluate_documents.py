"""The whole pipeline scored on real reports: entities, placements and milestones against document gold.

A folder such as `tests/gold/real/dev` is a corpus (documents and
`manifest.json`) with its gold in `gold/` (one JSON per document, made from
the text only; `tests/gold/real/GUIDELINES.md`). The folder is built with the
real build (every stage, as a user runs it) into a temporary folder, and
its database is compared with the gold:

* spans: the build's mentions, mapped back to offsets in the document file
  through `source_spans`, against the gold spans — exact boundaries, scored
  per kind (cities, institutions with their fine type, titled policies …);
* placements: `locatedIn` facts whose evidence is in the document (not the
  gazetteer's background knowledge) against the gold's (institution, place)
  pairs, by name;
* milestones: Milestone entities of the document (date and `involves`
  actors) against the gold's, a match being the same date and a shared actor.

Only the gold's scope is scored: table rows and captions are left out of both
sides.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .errors import HardtechError

INSTITUTIONS = (
    "University", "ResearchInstitute", "StateKeyLab", "NationalLab", "NationalEngineeringLab", "EngineeringCenter",
    "InternationalCooperationBase", "Company", "GovernmentBody", "Fund", "Park", "OtherOrganization",
)
# kind -> (gold types, predicted types, whether the fine type must agree)
SPAN_KINDS = {
    "city": (("City",), ("City",), False),
    "province": (("Province",), ("Province",), False),
    "institution": (INSTITUTIONS, INSTITUTIONS, True),
    "institution (any type)": (INSTITUTIONS, INSTITUTIONS, False),
    "policy": (("Policy",), ("Policy",), False),
    "person": (("Person",), ("Person",), False),
}
# The ontology's finer classes, as the annotation guidelines type them (tests/gold/real/GUIDELINES.md): a
# national lab that is no state key lab is a research institute, a 国家工程实验室 an engineering centre.
GUIDELINE_TYPE = {"NationalLab": "ResearchInstitute", "NationalEngineeringLab": "EngineeringCenter"}
CAPTION = re.compile(r"^\s*(?:附表|附图|图|表)\s*[0-9A-Za-z一二三四五六七八九十]")


@dataclass(frozen=True)
class Score:
    document: str
    kind: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class DocumentReport:
    scores: tuple[Score, ...]
    errors: tuple[tuple[str, str, str, str, str], ...]  # (document, kind, missed/spurious, text, context)

    def totals(self) -> dict[str, Score]:
        """Micro totals per kind over the documents."""
        sums: dict[str, Counter] = defaultdict(Counter)
        for s in self.scores:
            sums[s.kind].update(gold=s.gold, predicted=s.predicted, correct=s.correct)
        return {k: Score("all", k, c["gold"], c["predicted"], c["correct"]) for k, c in sums.items()}


def out_of_scope(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines the gold leaves out: table rows (a TAB) and captions."""
    ranges, pos = [], 0
    for line in text.split("\n"):
        if "\t" in line or CAPTION.match(line):
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def _normal(name: str) -> str:
    name = re.sub(r"\s+", "", name)
    return re.sub(r"(?<=..)[市省]$", "", name)


def load_gold(folder: Path) -> dict[str, dict]:
    gold_dir = folder / "gold"
    files = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []
    if not files:
        raise HardtechError(f"{gold_dir}: no gold files")
    return {g["document"]: g for g in (json.loads(f.read_text(encoding="utf-8")) for f in files)}


def evaluate_documents(folder: Path, out_dir: Path | None = None) -> DocumentReport:
    """Build `folder` (into `out_dir`, else a temporary folder) and score it against `folder/gold`."""
    from .build import build
    from .settings import Settings

    gold = load_gold(folder)
    if out_dir is None:
        with tempfile.TemporaryDirectory(prefix="hardtech-eval-") as tmp:
            build(Settings(corpus_dir=folder, out_dir=Path(tmp), cache=False))
            return score_build(Path(tmp) / "hardtech.db", gold, folder)
    build(Settings(corpus_dir=folder, out_dir=out_dir, cache=False))
    return score_build(out_dir / "hardtech.db", gold, folder)


def score_build(db_path: Path, gold: dict[str, dict], folder: Path) -> DocumentReport:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        scores: list[Score] = []
        errors: list[tuple[str, str, str, str, str]] = []
        for doc_id, g in sorted(gold.items()):
            text = (folder / g["file"]).read_text(encoding="utf-8")
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is None:
                raise HardtechError(f"gold names document {doc_id!r}, which the build of {folder} does not hold")
            predicted = _predicted_spans(conn, doc_id, text)
            for kind, (gold_types, predicted_types, typed) in SPAN_KINDS.items():
                gs = {(s["start"], s["end"], s["type"] if typed else "") for s in g["spans"] if s["type"] in gold_types}
                ps = {(s, e, GUIDELINE_TYPE.get(t, t) if typed else "") for s, e, t in predicted if t in predicted_types}
                scores.append(Score(doc_id, kind, len(gs), len(ps), len(gs & ps)))
                if kind in ("city", "province", "institution", "policy", "person"):
                    errors += [(doc_id, kind, "missed", text[s:e], _context(text, s, e)) for s, e, _ in sorted(gs - ps)]
                    errors += [(doc_id, kind, "spurious", text[s:e], _context(text, s, e)) for s, e, _ in sorted(ps - gs)]
            score, errs = _placements(conn, doc_id, g, text)
            scores.append(score)
            errors += errs
            score, errs = _milestones(conn, doc_id, g)
            scores.append(score)
            errors += errs
        return DocumentReport(tuple(scores), tuple(errors))
    finally:
        conn.close()


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 10) : end + 10].replace("\n", " ")


class _FileOffsets:
    """Stored-text offsets of one document mapped to offsets in its file, and the gold's scope."""

    def __init__(self, conn: sqlite3.Connection, doc_id: str, text: str) -> None:
        self.spans = conn.execute("SELECT start, end, source_start FROM source_spans WHERE document_id = ? ORDER BY start", [doc_id]).fetchall()
        self.starts = [s["start"] for s in self.spans]
        self.excluded = out_of_scope(text)

    def to_file(self, start: int, end: int) -> tuple[int, int] | None:
        """The file offsets of a stored span, or None if it crosses two source lines."""
        k = bisect_right(self.starts, start) - 1
        if k < 0 or end > self.spans[k]["end"]:
            return None
        first = self.spans[k]["source_start"] + start - self.spans[k]["start"]
        return first, first + (end - start)

    def in_scope(self, start: int) -> bool:
        return not any(a <= start < b for a, b in self.excluded)


def _predicted_spans(conn: sqlite3.Connection, doc_id: str, text: str) -> set[tuple[int, int, str]]:
    """The build's mentions in the document, as (start, end, type) in the document file's offsets, in scope."""
    offsets = _FileOffsets(conn, doc_id, text)
    out = set()
    for m in conn.execute("SELECT start, end, label, text FROM mentions WHERE document_id = ?", [doc_id]):
        found = offsets.to_file(m["start"], m["end"])
        if found is None or text[found[0] : found[1]] != m["text"] or not offsets.in_scope(found[0]):
            continue  # a mention across two source lines has no single place in the file
        out.add((*found, m["label"]))
    return out


def _names(conn: sqlite3.Connection, entity_id: str, doc_id: str) -> set[str]:
    row = conn.execute("SELECT label, aliases FROM entities WHERE id = ?", [entity_id]).fetchone()
    if row is None:
        return set()
    names = {row["label"], *json.loads(row["aliases"] or "[]")}
    names |= {r["text"] for r in conn.execute("SELECT DISTINCT text FROM mentions WHERE entity_id = ? AND document_id = ?", [entity_id, doc_id])}
    return {_normal(n) for n in names if n}


def _placements(conn: sqlite3.Connection, doc_id: str, g: dict, text: str):
    """What the gold places: an institution in a city or a province (河北雄安新区 → 河北), a city in a
    province, from a passage in scope."""
    gold_pairs = {(_normal(p["subject"]["text"]), _normal(p["place"])) for p in g.get("placements", [])}
    offsets = _FileOffsets(conn, doc_id, text)
    subject_types = ", ".join(f"'{t}'" for t in (*INSTITUTIONS, "City"))
    predicted = []
    for r in conn.execute(
        f"""SELECT r.subject_id, r.object_id, r.quote, r.start, r.end, o.label AS place, o.type AS place_type, s.type AS subject_type
            FROM relations r JOIN entities o ON o.id = r.object_id JOIN entities s ON s.id = r.subject_id
            WHERE r.predicate = 'locatedIn' AND r.document_id = ? AND r.method != 'gazetteer'
              AND o.type IN ('City', 'Province') AND s.type IN ({subject_types})""",
        [doc_id],
    ):
        if r["subject_type"] == "City" and r["place_type"] != "Province":
            continue  # a city in a province; an institution in a city or, as the gold places zones, a province
        found = offsets.to_file(r["start"], r["start"] + 1) if r["start"] is not None else None
        if found is not None and not offsets.in_scope(found[0]):
            continue
        predicted.append((_names(conn, r["subject_id"], doc_id), _normal(r["place"]), r["subject_id"], r["quote"] or ""))
    matched_gold, correct, errors = set(), 0, []
    for names, place, subject, quote in predicted:
        hit = next((pair for pair in gold_pairs if pair[1] == place and pair[0] in names and pair not in matched_gold), None)
        if hit is None:
            errors.append((doc_id, "placement", "spurious", f"{subject} → {place}", quote[:60]))
        else:
            matched_gold.add(hit)
            correct += 1
    errors += [(doc_id, "placement", "missed", f"{s} → {p}", "") for s, p in sorted(gold_pairs - matched_gold)]
    return Score(doc_id, "placement", len(gold_pairs), len(predicted), correct), errors


def _milestones(conn: sqlite3.Connection, doc_id: str, g: dict):
    gold = [(m["value"], {_normal(a["text"]) for a in m["actors"]}, m["date"]["text"]) for m in g.get("milestones", [])]
    predicted = []
    for row in conn.execute(
        """SELECT e.id, d.object_value AS date FROM entities e JOIN relations d ON d.subject_id = e.id AND d.predicate = 'date'
           WHERE e.type = 'Milestone' AND d.document_id = ?""",
        [doc_id],
    ):
        actors = set()
        for a in conn.execute("SELECT object_id FROM relations WHERE subject_id = ? AND predicate = 'involves' AND object_id IS NOT NULL", [row["id"]]):
            actors |= _names(conn, a["object_id"], doc_id)
        predicted.append((row["date"], actors, row["id"]))
    used, correct, errors = set(), 0, []
    for date, actors, entity in predicted:
        k = next((k for k, (value, gold_actors, _) in enumerate(gold) if k not in used and value == date and gold_actors & actors), None)
        if k is None:
            errors.append((doc_id, "milestone", "spurious", f"{date} {entity}", "、".join(sorted(actors))[:60]))
        else:
            used.add(k)
            correct += 1
    errors += [(doc_id, "milestone", "missed", f"{gold[k][0]} {gold[k][2]}", "、".join(sorted(gold[k][1]))) for k in range(len(gold)) if k not in used]
    return Score(doc_id, "milestone", len(gold), len(predicted), correct), errors


KINDS = [*SPAN_KINDS, "placement", "milestone"]


def format_document_report(report: DocumentReport) -> str:
    lines = [f"{'document':<36} {'kind':<22} {'gold':>5} {'found':>5} {'hits':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for s in sorted(report.scores, key=lambda s: (s.document, KINDS.index(s.kind))):
        lines.append(f"{s.document[:36]:<36} {s.kind:<22} {s.gold:>5} {s.predicted:>5} {s.correct:>5} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
    for kind, s in sorted(report.totals().items(), key=lambda kv: KINDS.index(kv[0])):
        lines.append(f"{'all documents':<36} {kind:<22} {s.gold:>5} {s.predicted:>5} {s.correct:>5} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
    return "\n".join(lines)
