"""The same paper in other words gives the same observations and findings.

Each copy below keeps every fact of the paper and changes only its wording: the
header words of the score tables, the phrase that introduces each domain's ranked
list (or no phrase: the domain then comes from the heading), the way a profile
states a city's composite and dimension scores (Chinese-numeral ranks, the rank
before the score, a city without 市), the weights sentence (pairwise, a parallel
list, in table order) and the tier sentences (other nouns, other verbs, the
cities after the tier). Each copy is built like the paper, and its
`observations` and `findings` tables must equal the paper's row for row, ids
and offsets aside.
"""

from __future__ import annotations

import itertools
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from hardtech_kg.build import build
from hardtech_kg.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAPER = "hardtech-whitepaper-2019.txt"

CJK = r"[\u4e00-\u9fff]"
DIGITS = "〇一二三四五六七八九"


def chinese(n: int) -> str:
    """7 → 七, 12 → 十二, 34 → 三十四."""
    if n < 10:
        return DIGITS[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[units] if units else "")


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def sub(text: str, pattern: str, repl, count: int) -> str:
    """A regex substitution that must change exactly `count` places (so an edit cannot silently miss)."""
    result, n = re.subn(pattern, repl, text)
    assert n == count, (pattern, n)
    return result


SCORE_HEADER = "\t得分\t排名\t得分\t排名\t得分\t排名\t得分\t排名"
DIMENSION_HEADER = "\t创新基础\t\t创新投入\t\t创新产出\t\t创新环境\t"
GLOBAL_HEADER = "综合指数排名\t城市\t国别\t综合指数得分"
WEIGHTS = "产业创新基础和产业创新环境各 15%，产业创新投入和产业创新产出各 35%。"
TOP_LIST = r"(2019\s*年度，)(?P<domain>[^，。]+?)领域的创新指数\s*TOP10\s*分别为："
PROFILE = rf"(?P<city>{CJK}{{2,4}})市产业创新综合能力水平指数为 (?P<v>[\d.]+)，居所有主要城市第 (?P<r>\d+) 位。"
PROFILE_DIMENSION = r"产业创新(?P<dim>基础|投入|产出|环境)指数得分 (?P<v>[\d.]+)，居第 (?P<r>\d+) 位(?P<end>[；。])"
OVERVIEW_BEIJING = "北京市产业创新综合能力指数得分为 86.59，在 36 个城市中遥遥领先，属于创新发展的第一梯队。"
OVERVIEW_TWO = "上海市和深圳市产业创新综合能力指数分别为 51.86 和 50.99，分列第 2 和第 3 位，属于创新发展的第二梯队。"
OVERVIEW_THIRD = "西安市、广州市、杭州市、武汉市、南京市和天津市这 6 个城市产业创新综合能力指数在 30 分以上，属于创新发展的第三梯队。"
OVERVIEW_FOURTH = "合肥市、长沙市、成都市、厦门市、青岛市和宁波市这 6 个城市产业创新综合能力指数在 20 分以上，属于创新发展的第四梯队。"
OVERVIEW_REST = "其余 21 个城市属于创新发展的第五梯队。"


def headers_and_lists(text: str) -> str:
    """指数/位次 headers; lists introduced by "排名前10的城市为"; "X市综合指数得分为 V，排名第N"; weights as a parallel list; 层级 tiers."""
    text = replace_once(text, SCORE_HEADER, "\t指数\t位次\t指数\t位次\t指数\t位次\t指数\t位次")
    text = replace_once(text, GLOBAL_HEADER, "位次\t城市\t国别\t综合指数")
    intros = itertools.cycle(["创新指数排名前10的城市为", "的创新指数前十名依次为：", "创新指数排名前十位的城市分别是", "创新指数居前十的城市依次是："])
    text = sub(text, TOP_LIST, lambda m: f"{m[1]}{m['domain']}领域{next(intros)}", 7)
    text = sub(text, PROFILE, r"\g<city>市综合指数得分为 \g<v>，排名第\g<r>。", 11)
    text = sub(text, PROFILE_DIMENSION, r"创新\g<dim>得分为 \g<v>，位次为 \g<r>\g<end>", 44)
    text = replace_once(text, WEIGHTS, "产业创新基础、产业创新投入、产业创新产出、产业创新环境的权重分别为 15%、35%、35%、15%。")
    text = replace_once(text, OVERVIEW_BEIJING, "北京市综合得分 86.59，在 36 个城市中遥遥领先，跻身创新发展的第一层级。")
    text = replace_once(text, OVERVIEW_TWO, "上海市、深圳市的综合指数分别是 51.86、50.99，分别位列第二、第三，同处第二层级。")
    text = replace_once(text, OVERVIEW_THIRD, "西安市、广州市、杭州市、武汉市、南京市和天津市这 6 个城市综合指数在 30 分以上，进入第三层级。")
    text = replace_once(text, OVERVIEW_FOURTH, "合肥市、长沙市、成都市、厦门市、青岛市和宁波市这 6 个城市综合指数在 20 分以上，进入第四层级。")
    return replace_once(text, OVERVIEW_REST, "余下二十一个城市归入第五层级。")


def headings_and_numerals(text: str) -> str:
    """分值/名次 headers with 城市 in the corner; lists under their heading only ("前十名依次是"); cities without 市,
    Chinese-numeral ranks; weights in the table's order; 方阵 tiers."""
    text = replace_once(text, SCORE_HEADER, "\t分值\t名次\t分值\t名次\t分值\t名次\t分值\t名次")
    text = replace_once(text, DIMENSION_HEADER, "城市" + DIMENSION_HEADER)
    text = replace_once(text, GLOBAL_HEADER, "排序\t城市\t国别\t评分")
    text = sub(text, TOP_LIST, r"\1前十名依次是：", 7)
    text = sub(text, PROFILE, lambda m: f"{m['city']}的产业创新综合能力水平指数为{m['v']}，居第{m['r']}位。", 11)
    text = sub(text, PROFILE_DIMENSION, lambda m: f"创新{m['dim']}指数为 {m['v']}，位列第{chinese(int(m['r']))}{m['end']}", 44)
    text = replace_once(text, "确定为：" + WEIGHTS, "确定，四个一级指标按表 1 的顺序，权重依次为 15%、35%、35%、15%。")
    text = replace_once(text, OVERVIEW_BEIJING, "北京的产业创新综合能力指数得分为 86.59，在 36 个城市中遥遥领先，位列第一方阵。")
    text = replace_once(text, OVERVIEW_TWO, "上海和深圳综合指数分别为 51.86 和 50.99，分列第二和第三位，同属第二方阵。")
    text = replace_once(text, OVERVIEW_THIRD, "西安、广州、杭州、武汉、南京和天津这 6 个城市综合指数在 30 分以上，处于第三方阵。")
    text = replace_once(text, OVERVIEW_FOURTH, "合肥、长沙、成都、厦门、青岛和宁波这 6 个城市综合指数在 20 分以上，处于第四方阵。")
    return replace_once(text, OVERVIEW_REST, "其他 21 个城市则处于第五方阵。")


def one_header_row_and_bare_scores(text: str) -> str:
    """One header row of combined labels (创新基础评分 | 创新基础排序); lists as "name score" items; the rank before
    the score and several dimensions in one sentence; weights pairwise with 均; cities after their tier (阵营)."""
    text = replace_once(
        text,
        DIMENSION_HEADER + "\n" + SCORE_HEADER,
        "城市\t创新基础评分\t创新基础排序\t创新投入评分\t创新投入排序\t创新产出评分\t创新产出排序\t创新环境评分\t创新环境排序",
    )
    text = replace_once(text, GLOBAL_HEADER, "名次\t城市\t国别\t得分")
    text = sub(text, TOP_LIST, r"\1\g<domain>领域创新指数位居前十的城市是", 7)

    def bare(m: re.Match[str]) -> str:  # "纽约（82.03）、东京（81.75）…" → "纽约 82.03、东京 81.75…"
        return re.sub(rf"({CJK}+)（([\d.]+)）", r"\1 \2", m.group(0))

    text = sub(text, r"位居前十的城市是[^。]+。", bare, 7)
    text = sub(
        text, PROFILE, lambda m: f"在所有主要城市中，{m['city']}市排名第{chinese(int(m['r']))}，综合指数为 {m['v']}。", 11
    )
    dims = r"其中产业创新基础指数得分 ([\d.]+)，居第 (\d+) 位；产业创新投入指数得分 ([\d.]+)，居第 (\d+) 位；产业创新产出指数得分 ([\d.]+)，居第 (\d+) 位；产业创新环境指数得分 ([\d.]+)，居第 (\d+) 位。"
    text = sub(
        text,
        dims,
        lambda m: f"其中，产业创新基础、产业创新投入、产业创新产出和产业创新环境指数分别为 {m[1]}、{m[3]}、{m[5]}、{m[7]}，分别居第{m[2]}、{m[4]}、{m[6]}、{m[8]}位。",
        11,
    )
    text = replace_once(text, WEIGHTS, "产业创新基础与产业创新环境的权重均为15%，产业创新投入与产业创新产出的权重均为35%。")
    text = replace_once(text, OVERVIEW_BEIJING, "北京市产业创新综合能力指数得分为 86.59，在 36 个城市中遥遥领先，独自构成第一阵营。")
    text = replace_once(text, OVERVIEW_TWO, "第二阵营包括上海市和深圳市，两市产业创新综合能力指数分别为 51.86 和 50.99，分列第 2 和第 3 位。")
    text = replace_once(text, OVERVIEW_THIRD, "第三阵营包括西安市、广州市、杭州市、武汉市、南京市和天津市，这 6 个城市综合指数在 30 分以上。")
    text = replace_once(text, OVERVIEW_FOURTH, "第四阵营有合肥市、长沙市、成都市、厦门市、青岛市和宁波市，这 6 个城市综合指数在 20 分以上。")
    return replace_once(text, OVERVIEW_REST, "剩余的二十一个城市构成第五阵营。")


REWORDINGS = {
    "headers_and_lists": headers_and_lists,
    "headings_and_numerals": headings_and_numerals,
    "one_header_row_and_bare_scores": one_header_row_and_bare_scores,
}

OBSERVATION_COLUMNS = "dataset_id, city_id, city, component_id, component, value_text, rank, status, tier, computed_from, note"


def rows(out: Path) -> tuple[list[tuple], list[tuple]]:
    conn = sqlite3.connect(out / "hardtech.db")
    try:
        observations = sorted(conn.execute(f"SELECT {OBSERVATION_COLUMNS} FROM observations").fetchall(), key=repr)
        findings = sorted(conn.execute("SELECT kind, message, about FROM findings").fetchall(), key=repr)
    finally:
        conn.close()
    return observations, findings


@pytest.fixture(scope="module")
def original(built):
    return rows(built)


@pytest.fixture(scope="module", params=sorted(REWORDINGS))
def reworded(request, tmp_path_factory):
    corpus = tmp_path_factory.mktemp(request.param) / "corpus"
    shutil.copytree(CORPUS, corpus)
    paper = corpus / PAPER
    paper.write_text(REWORDINGS[request.param](paper.read_text(encoding="utf-8")), encoding="utf-8")
    out = corpus.parent / "build"
    build(Settings(corpus_dir=corpus, out_dir=out))
    return request.param, rows(out)


def test_the_rewordings_change_the_wording(paper_text):
    for name, reword in REWORDINGS.items():
        text = reword(paper_text)
        assert "TOP10 分别为" not in text and "TOP10分别为" not in text, name
        assert "居所有主要城市第" not in text and "各 15%" not in text, name
        assert SCORE_HEADER not in text and GLOBAL_HEADER not in text, name


def test_a_reworded_copy_gives_exactly_the_papers_observations(original, reworded):
    name, (observations, _) = reworded
    expected = original[0]
    assert len(observations) == len(expected), name
    missing = [r for r in expected if r not in observations]
    extra = [r for r in observations if r not in expected]
    assert not missing and not extra, (name, missing[:5], extra[:5])


def test_a_reworded_copy_gives_the_papers_findings(original, reworded):
    name, (_, findings) = reworded
    assert findings == original[1], name


def test_the_paper_still_gives_its_observations(original):
    observations, findings = original
    by_status: dict[tuple[str, str], int] = {}
    for dataset, *_, status, _tier, _from, _note in observations:
        key = (dataset.rsplit("-", 1)[-1], status)
        by_status[key] = by_status.get(key, 0) + 1
    assert by_status == {("national", "stated"): 232, ("national", "computed"): 36, ("global", "stated"): 92}
    kinds = sorted(kind for kind, _, _ in findings)
    assert kinds.count("ranking_out_of_order") == 1 and kinds.count("threshold_mismatch") == 1
