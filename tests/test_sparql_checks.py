"""graph/sparql.py: what a query may do, read as SPARQL's lexer reads it."""

from __future__ import annotations

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardtech_kg.errors import QueryError, QueryRefused, ReadOnly, UnknownPrefix
from hardtech_kg.graph import sparql
from hardtech_kg.ontology.ns import PREFIXES

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


def _literal(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


@settings(max_examples=200, deadline=None)
@given(value=text, word=st.sampled_from(["service", "SERVICE", "Service", "sErViCe"]))
def test_the_word_in_a_string_a_variable_a_name_or_a_comment_is_not_the_keyword(value, word):
    query = f"SELECT ?{word} WHERE {{ BIND({_literal(value + word)} AS ?{word}) ?s <urn:{word}> ex:{word} }} # {word}"
    assert sparql.check(query).form == "select"


@settings(max_examples=200, deadline=None)
@given(
    word=st.sampled_from(["service", "SERVICE", "Service", "sErViCe"]),
    before=st.sampled_from([" ", "\n", "\t", " . ", ".", " # note\n", "{"]),
    after=st.sampled_from([" ", "<", "\n", " SILENT ", " ?x "]),
)
def test_the_keyword_is_found_in_any_case_and_spacing(word, before, after):
    query = f"SELECT * WHERE {{ ?s ?p ?o{before}{word}{after}<http://127.0.0.1:9/> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryRefused, match="SERVICE"):
        sparql.check(query)


@pytest.mark.parametrize(
    "query",
    ["INSERT DATA { <a:a> <a:b> <a:c> }", "PREFIX x: <urn:x:>\nDELETE WHERE { ?s ?p ?o }", "load <http://x/>", "CLEAR ALL", "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"],
)
def test_updates_are_read_only(query):
    with pytest.raises(ReadOnly, match="read-only"):
        sparql.check(query)


def test_the_form_after_the_prologue():
    assert sparql.check("BASE <http://x/>\nPREFIX a: <urn:a:>\nPREFIX : <urn:b:>\nask {}").form == "ask"
    with pytest.raises(QueryError, match="line 2, column 1.*found 'SELEC'"):
        sparql.check("PREFIX a: <urn:a:>\nSELEC * {}")


def test_positions_count_characters_not_bytes():
    query = 'SELECT * WHERE { ?s ?p "武汉" ; ex:x ?o }'
    with pytest.raises(SyntaxError) as info:
        pyoxigraph.Store().query(query, prefixes=PREFIXES)
    error = sparql.explain(query, str(info.value), PREFIXES)
    assert isinstance(error, UnknownPrefix) and "line 1, column 31" in str(error)
    assert str(error).splitlines()[-1].index("^") == 2 + 30 + 2  # the caret under ex:, 武汉 being two columns wide


def test_missing_prologue_declares_what_the_query_uses_on_one_line():
    query = "PREFIX ht: <urn:mine:>\nSELECT * WHERE { ?s rdfs:label ?l ; ht:x ?y ; rdfs:comment ?c }"
    assert sparql.missing_prologue(query, PREFIXES) == f"PREFIX rdfs: <{PREFIXES['rdfs']}> "
