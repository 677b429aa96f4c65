"""A synthetic corpus of N altered copies of the shipped white paper, for scaling benchmarks.

Copy 0 is the paper as shipped; copy k (k ≥ 1) is the paper with, deterministically
for k, its cities, institutions and numbers changed, so that no copy's entities,
facts or observations collapse into another's by deduplication. The changes are
general patterns, not a list of the paper's names:

* **cities** — every prefecture-level city (or municipality) of the project's
  gazetteer that the text names with 市 (武汉市 …) is replaced everywhere in the
  text by another gazetteer city that the paper does not name, chosen by a
  generator seeded with k (one distinct city per city within a copy);
* **institutions** — in every name ending in 大学, 研究所, 研究院, 实验室
  (国家重点实验室, 重点实验室) or 公司 (有限公司, 股份有限公司 …) the character
  just before the suffix is replaced by one from a pool of name characters,
  by a function of the character and k, so one name is renamed the same way
  throughout a copy and differently in every other copy (less than `len(POOL)` apart);
* **numbers** — decimals (25.7, 85.71%) that do not start a line (section
  numbers such as 1.1 do) get k added to their fractional digits, and integers of
  two or more digits followed by a counter (25 个, 2763 家, 17 项, 85%) that are
  not years get k added to their last digit; the number of digits never changes.

Headings, the table of contents, table layout, page furniture and the running
head (the title) are kept, so every copy segments like the paper does and is the
same genre. Each copy is its own file with a manifest entry (title as the paper's,
since running heads equal to the title are dropped; sha256 of the copy).

    python benchmarks/corpus_gen.py N OUT_DIR
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAPER = ROOT / "corpus" / "hardtech-whitepaper-2019.txt"
MANIFEST = ROOT / "corpus" / "manifest.json"
GAZETTEER = ROOT / "extract" / "gazetteers" / "cn_divisions.tsv"

# Characters common in Chinese organisation names; none is a connective, a
# counter, a suffix character or a place-type character (和 与 及 等 个 家 学 所 室 院 司 市 省 国).
POOL = "".join(dict.fromkeys(
    "安宝北滨昌辰成川春达德东方丰峰福富港广海汉合恒红宏华环辉惠吉嘉江金锦京晶九聚凯康科蓝乐立"
    "利联良林龙隆明南宁鹏平启千清庆瑞润森山盛顺泰天通同万威维伟文新鑫星兴旭亚阳耀益银英永宇元"
    "远长正志众洲卓紫博诚创鼎飞光航弘洪虹佳建杰捷景骏坤朗力联路茂美敏鸣宁融锐尚胜世硕思拓唯"
))
SUFFIX = re.compile(r"([\u4e00-\u9fff])(国家重点实验室|重点实验室|实验室|研究所|研究院|大学|股份有限公司|有限责任公司|有限公司|集团公司|公司)")
NOT_NAME = set("的和与及等在为是了从由向对把被将其该各此中国大")
DECIMAL = re.compile(r"(?<![\d.])(\d+)\.(\d+)(?![\d.])")
COUNTED = re.compile(r"(?<![\d.])(\d{2,})(?![\d.])(?=\s?[个家件项名人位所座次亿万千百台颗篇%％])")
YEAR = re.compile(r"(19|20)\d\d")


def gazetteer_cities() -> list[str]:
    """Short names of the gazetteer's prefecture-level cities and municipalities, in adcode order."""
    with GAZETTEER.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    names = [r["short"] for r in rows if r["name"].endswith("市") and r["level"] in ("prefecture", "province") and len(r["short"]) >= 2]
    return list(dict.fromkeys(names))


def city_map(text: str, k: int, cities: list[str]) -> dict[str, str]:
    """The cities the text names with 市, each mapped to a city the text does not name."""
    named = sorted(c for c in cities if f"{c}市" in text)
    free = [c for c in cities if c not in text]
    chosen = random.Random(f"hardtech-bench-cities-{k}").sample(free, len(named))
    return dict(zip(named, chosen))


def rename_cities(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    pattern = re.compile("|".join(re.escape(c) for c in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def rename_institutions(text: str, k: int) -> str:
    def swap(m: re.Match) -> str:
        c, suffix = m.group(1), m.group(2)
        if c in NOT_NAME:
            return m.group(0)
        new = POOL[(ord(c) + k) % len(POOL)]
        return (new if new != c else POOL[(ord(c) + k + 1) % len(POOL)]) + suffix

    return SUFFIX.sub(swap, text)


def _line_start(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    return not text[start:pos].strip()


def shift_digits(digits: str, k: int) -> str:
    """Add k to the number the digits spell, modulo 10**len, keeping their count (and a non-zero lead)."""
    width = len(digits)
    value = (int(digits) + k) % 10**width
    out = f"{value:0{width}d}"
    if width > 1 and digits[0] != "0" and out[0] == "0":
        out = digits[0] + out[1:]
    return out


def alter_numbers(text: str, k: int) -> str:
    def decimal(m: re.Match) -> str:
        if _line_start(text, m.start()):
            return m.group(0)
        return f"{m.group(1)}.{shift_digits(m.group(2), k)}"

    def counted(m: re.Match) -> str:
        digits = m.group(1)
        if (len(digits) == 4 and YEAR.fullmatch(digits)) or _line_start(text, m.start()):
            return digits
        return digits[:-1] + str((int(digits[-1]) + k) % 10)

    text = DECIMAL.sub(decimal, text)
    # second pass sees the decimals already changed; it only touches integers.
    return COUNTED.sub(counted, text)


def altered_copy(text: str, k: int, cities: list[str] | None = None) -> str:
    """Copy k of the paper: 0 is the paper itself."""
    if k == 0:
        return text
    cities = gazetteer_cities() if cities is None else cities
    text = rename_cities(text, city_map(text, k, cities))
    text = rename_institutions(text, k)
    return alter_numbers(text, k)


def generate(n: int, out_dir: Path, paper: Path = PAPER) -> Path:
    """Write N copies and their manifest into out_dir (emptied of earlier copies first)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("paper-*.txt"):
        old.unlink()
    text = paper.read_text(encoding="utf-8")
    base = json.loads(MANIFEST.read_text(encoding="utf-8"))["documents"][0]
    cities = gazetteer_cities()
    entries = []
    for k in range(n):
        copy = altered_copy(text, k, cities)
        data = copy.encode("utf-8")
        name = f"paper-{k:03d}.txt"
        (out_dir / name).write_bytes(data)
        entry = dict(base, file=name, sha256=hashlib.sha256(data).hexdigest())
        if k:
            entry["source"] = f"benchmarks/corpus_gen.py: copy {k} of {paper.name} with cities, institutions and numbers altered"
        entries.append(entry)
    (out_dir / "manifest.json").write_text(json.dumps({"manifest_version": 1, "documents": entries}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    generate(args.n, args.out)
    print(f"{args.n} copies in {args.out}")


if __name__ == "__main__":
    main()
