"""`hardtech-kg sparql`: formats, stdin, predeclared prefixes, clear errors."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from hardtech_kg.cli import cli

QUERY = 'SELECT ?lab WHERE { ?lab a ht:StateKeyLab ; ht:locatedIn/rdfs:label "武汉"@zh } ORDER BY ?lab'


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_json_is_sparql_results_json(built):
    result = run("sparql", QUERY, "--out", str(built), "--format", "json")
    data = json.loads(result.output)
    assert data["head"]["vars"] == ["lab"]
    assert len(data["results"]["bindings"]) >= 9
    assert all(b["lab"]["type"] == "uri" for b in data["results"]["bindings"])


def test_csv_and_table_and_stdin(built):
    result = run("sparql", "-", "--out", str(built), "--format", "csv", input=QUERY)
    table = list(csv.reader(io.StringIO(result.output)))
    assert table[0] == ["lab"] and len(table) >= 10
    result = run("sparql", QUERY, "--out", str(built))
    assert "rows)" in result.output and "id:lab/" in result.output


def test_ask(built):
    result = run("sparql", 'ASK { ?c a ht:City ; rdfs:label "武汉"@zh }', "--out", str(built), "--format", "json")
    assert json.loads(result.output)["boolean"] is True


def test_malformed_query_is_a_clear_error(built):
    result = run("sparql", "SELECT WHERE {", "--out", str(built))
    assert result.exit_code == 1 and "malformed query" in result.output


def test_query_without_a_build(tmp_path):
    result = run("sparql", QUERY, "--out", str(tmp_path))
    assert result.exit_code == 1 and "run `hardtech-kg build` first" in result.output
