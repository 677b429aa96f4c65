"""`hardtech-kg trace`: the shape of docs/design.md, city names in three forms, readable in 80 columns."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from hardtech_kg.cli import cli
from hardtech_kg.trace import trace

CITIES_WITH_STATED_COMPOSITE = 11


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("name", ["武汉", "武汉市", "Wuhan", "wuhan"])
def test_city_in_three_forms(built, name):
    assert trace(built, name)["city"] == "武汉"


def test_design_shape_for_wuhan(built):
    data = json.loads(run("trace", "武汉", "--out", str(built), "--json").output)
    assert {"city", "dataset", "composite", "dimensions", "domains", "findings"} <= set(data)
    assert data["composite"]["value"] == 35.03 and data["composite"]["rank"] == 7 and data["composite"]["status"] == "stated"
    assert abs(data["composite"]["computed"] - 35.0275) < 1e-9
    first = data["dimensions"][0]
    assert first["weight"] == 0.15 and first["value"] == 25.7 and first["rank"] == 2 and abs(first["contribution"] - 3.855) < 1e-9
    labs = next(i for i in first["indicators"] if i["number"] == 3)
    assert labs["named"] == 9 and labs["named_of_stated"] == "9 of 25 named"
    assert labs["value"] == 25 and labs["status"] == "stated" and "25" in labs["evidence"]["quote"]
    for inst in labs["institutions"]:
        assert inst["type"] == "StateKeyLab" and inst["label"] in inst["evidence"]["quote"]


def test_every_city_has_its_four_scores_and_a_computed_composite(built):
    import sqlite3

    cities = [r[0] for r in sqlite3.connect(built / "hardtech.db").execute("SELECT DISTINCT city FROM observations WHERE dataset_id LIKE '%-national'")]
    assert len(cities) == 36
    stated = 0
    for city in cities:
        data = trace(built, city)
        assert [d["rank"] is not None and d["value"] is not None for d in data["dimensions"]] == [True] * 4
        assert data["composite"]["computed"] is not None
        stated += data["composite"]["status"] == "stated"
    assert stated == CITIES_WITH_STATED_COMPOSITE


def test_unknown_city_lists_close_matches(built):
    result = run("trace", "武昌", "--out", str(built))
    assert result.exit_code == 1 and "close matches" in result.output and "武汉" in result.output


def test_text_trace_fits_80_columns(built):
    output = run("trace", "武汉", "--out", str(built)).output
    lines = output.splitlines()
    assert lines[0].startswith("武汉 (Wuhan), tier 3: composite 35.03") and len(lines) > 20
    import unicodedata

    width = max(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in lines)
    assert width <= 80


def test_global_index_observations_in_the_trace(built):
    data = trace(built, "广州")
    components = {d["component"] for d in data["domains"]}
    assert "composite" in components and len(components) == 8
    assert any(f["kind"] == "ranking_out_of_order" for f in data["findings"])
