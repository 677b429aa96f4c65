"""What the project accepts as a SPARQL query, and errors a person can act on.

Every way in — `hardtech-kg sparql`, `/sparql` over HTTP, the query editor —
checks a query here before it runs, so all of them refuse the same things with
the same words:

* an update (INSERT, DELETE, LOAD, CLEAR …): the graph is read-only;
* `SERVICE`: a query never makes the server contact another host;
* a prefix that is neither declared nor predeclared: named, with the list of
  predeclared ones.

The checks read the query as SPARQL's own lexer does (the terminals of the
SPARQL 1.1 grammar, §19.8), so `SERVICE` inside a string, an IRI, a comment, a
variable or a prefixed name is not taken for the keyword, and the keyword is
found in any letter case and spacing. Syntax errors from Oxigraph are restated
with the user's own line and column (the predeclared prefixes are passed to the
parser, never pasted in front of the query) and the line shown with a caret.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hardtech_kg.errors import QueryError, QueryRefused, ReadOnly, UnknownPrefix

# --- the lexer ---------------------------------------------------------------------------------------

_PN_CHARS_BASE = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + r"\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_PN_PREFIX = rf"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PN_LOCAL = rf"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"

# Order matters where two terminals start alike: the longest, most specific first.
_TOKENS = [
    ("ws", r"[ \t\r\n]+"),
    ("comment", r"#[^\r\n]*"),
    ("iri", r"<[^<>\"{}|^`\\\x00-\x20]*>"),
    ("string", r"'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"),
    ("string", r'"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""'),
    ("string", r"'(?:[^'\\\n\r]|\\.)*'"),
    ("string", r'"(?:[^"\\\n\r]|\\.)*"'),
    ("bnode", rf"_:[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"),
    ("pname", rf"(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?"),
    ("var", rf"[?$][{_PN_CHARS_U}0-9][{_PN_CHARS_U}0-9\u00B7\u0300-\u036F\u203F-\u2040]*"),
    ("langtag", r"@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*"),
    ("number", r"[+-]?(?:[0-9]+\.?[0-9]*(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)"),
    ("name", r"[A-Za-z_][A-Za-z0-9_]*"),
    ("punct", r"\^\^|\|\||&&|!=|<=|>=|[{}()\[\].,;*+\-/=<>!|^?$@]"),
]
_LEXER = re.compile("|".join(f"(?P<{kind}{k}>{pattern})" for k, (kind, pattern) in enumerate(_TOKENS)))

QUERY_FORMS = ("select", "construct", "describe", "ask")
UPDATE_VERBS = ("insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add", "with")


@dataclass(frozen=True)
class Token:
    kind: str  # iri, string, bnode, pname, var, langtag, number, name, punct, junk
    text: str
    start: int  # offset into the query text


def tokens(query: str) -> list[Token]:
    """The query's tokens without spaces and comments; a character no terminal starts with is `junk`."""
    out: list[Token] = []
    pos = 0
    while pos < len(query):
        match = _LEXER.match(query, pos)
        if match is None or match.end() == pos:
            out.append(Token("junk", query[pos], pos))
            pos += 1
            continue
        kind = re.sub(r"\d+$", "", match.lastgroup or "")
        if kind not in ("ws", "comment"):
            out.append(Token(kind, match.group(), pos))
        pos = match.end()
    return out


# --- what a query is -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """A query that may run: its form (select, construct, describe or ask) and its tokens."""

    form: str
    tokens: tuple[Token, ...]

    @property
    def names_dataset(self) -> bool:
        """Whether the query has FROM or FROM NAMED (the keyword occurs nowhere else in a query)."""
        return any(t.kind == "name" and t.text.lower() == "from" for t in self.tokens)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset, columns counted in characters."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _where(text: str, offset: int) -> str:
    line, column = position(text, offset)
    return f"line {line}, column {column}"


def form(query: str) -> Checked:
    """The query's form (select, construct, describe or ask) and tokens; updates refused as read-only.

    A query whose form cannot be told (`SELEC …`) is refused with what may begin a query.
    """
    toks = tokens(query)
    k = 0
    # The prologue: BASE <iri> and PREFIX p: <iri>, in any number and order.
    while k < len(toks) and toks[k].kind == "name" and toks[k].text.lower() in ("base", "prefix"):
        k += 3 if toks[k].text.lower() == "prefix" else 2
    first = toks[k] if k < len(toks) else None
    word = first.text.lower() if first is not None and first.kind == "name" else ""
    if word in UPDATE_VERBS:
        raise ReadOnly(f"the graph is read-only: SPARQL Update ({first.text.upper()} at {_where(query, first.start)}) is not accepted")
    if word not in QUERY_FORMS:
        where = _where(query, first.start) if first is not None else "the end of the query"
        found = f"found {first.text!r}" if first is not None else "found nothing"
        raise QueryError(
            f"malformed query: at {where}: a query begins with SELECT, CONSTRUCT, DESCRIBE or ASK (after any PREFIX and BASE); {found}"
            + _caret(query, first.start if first is not None else len(query))
        )
    return Checked(word, tuple(toks))


def check(query: str) -> Checked:
    """`form`, and SERVICE refused: what must hold before a query runs on this project's graph."""
    checked = form(query)
    for tok in checked.tokens:
        if tok.kind == "name" and tok.text.lower() == "service":
            raise QueryRefused(
                f"SERVICE (at {_where(query, tok.start)}) is not allowed: queries run on this graph only and never contact another endpoint"
            )
    return checked


def used_prefixes(query: str) -> list[Token]:
    """The prefixed names of the query outside its PREFIX declarations, in order."""
    toks = tokens(query)
    return [t for k, t in enumerate(toks) if t.kind == "pname" and not (k and toks[k - 1].kind == "name" and toks[k - 1].text.lower() == "prefix")]


def missing_prologue(query: str, predeclared: dict[str, str]) -> str:
    """PREFIX declarations, on one line, for the predeclared prefixes the query uses without declaring.

    For endpoints that do not predeclare them: on one line, so the query keeps its line numbers.
    """
    checked_declared = {t.text.split(":", 1)[0] for t in _declarations(query)}
    needed = []
    for tok in used_prefixes(query):
        prefix = tok.text.split(":", 1)[0]
        if prefix in predeclared and prefix not in checked_declared and prefix not in needed:
            needed.append(prefix)
    return "".join(f"PREFIX {p}: <{predeclared[p]}> " for p in needed)


def _declarations(query: str) -> list[Token]:
    toks = tokens(query)
    return [toks[k + 1] for k in range(len(toks) - 1) if toks[k].kind == "name" and toks[k].text.lower() == "prefix" and toks[k + 1].kind == "pname"]


# --- errors from the parser ------------------------------------------------------------------------------

_OXIGRAPH_ERROR = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
# Oxigraph lists the characters it could have read as bracketed classes: noise to a reader.
_CHAR_CLASS = re.compile(r"\[[^\[\]]*\]")


def explain(query: str, message: str, predeclared: dict[str, str]) -> QueryError:
    """Oxigraph's syntax error restated: an unknown prefix named, positions in the user's text, the line shown.

    Oxigraph's parser reports where its furthest attempt failed, which after
    backtracking can be the end of the query; rdflib's parser, asked only once
    Oxigraph has refused the query, often stops earlier, at the construct that
    cannot be read. The earlier of the two is reported.
    """
    declared = {t.text.split(":", 1)[0] for t in _declarations(query)}
    for tok in used_prefixes(query):
        prefix = tok.text.split(":", 1)[0]
        if prefix not in declared and prefix not in predeclared:
            known = ", ".join(f"{p}:" for p in predeclared)
            return UnknownPrefix(
                f"malformed query: unknown prefix {prefix}: at {_where(query, tok.start)}; declare it "
                f"(PREFIX {prefix}: <…>) or use a predeclared one: {known}" + _caret(query, tok.start)
            )
    unclosed = _unclosed(query)
    if unclosed is not None:
        what, offset = unclosed
        return QueryError(f"malformed query: {what} at {_where(query, offset)} is not closed" + _caret(query, offset))
    match = _OXIGRAPH_ERROR.match(message)
    if match is None:
        return QueryError(f"malformed query: {message}")
    line, column, rest = int(match.group(1)), int(match.group(2)), match.group(3)
    offset = _offset(query, line, column)
    earlier = _rdflib_offset(query, predeclared)
    if earlier is not None and earlier < offset:
        return QueryError(f"malformed query: at {_where(query, earlier)}: cannot read on from {_near(query, earlier)}" + _caret(query, earlier))
    return QueryError(f"malformed query: at line {line}, column {column}: {_found(query, offset)}{_expected(rest)}" + _caret(query, offset))


def _rdflib_offset(query: str, predeclared: dict[str, str]) -> int | None:
    """Where rdflib's SPARQL parser stops reading the query, or None if it reads it."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(query)
    except ParseException as exc:
        return exc.loc
    except Exception:  # noqa: BLE001 - a second opinion only: any other failure gives none
        return None
    return None


def _near(query: str, offset: int) -> str:
    end = query.find("\n", offset)
    text = query[offset : end if end >= 0 else len(query)].strip()
    return repr(text if len(text) <= 40 else text[:39] + "…")


_CLOSERS = {"{": "}", "(": ")", "[": "]"}


def _unclosed(query: str) -> tuple[str, int] | None:
    """A string or bracket the query opens and never closes: the usual cause of a parse error at its end."""
    stack: list[Token] = []
    for tok in tokens(query):
        if tok.kind == "junk" and tok.text in "\"'":
            return "the string opened", tok.start
        if tok.text in _CLOSERS:
            stack.append(tok)
        elif tok.text in _CLOSERS.values():
            if not stack:
                return None
            if _CLOSERS[stack[-1].text] != tok.text:
                return f"the {stack[-1].text} opened", stack[-1].start
            stack.pop()
    return (f"the {stack[-1].text} opened", stack[-1].start) if stack else None


def _expected(rest: str) -> str:
    rest = " ".join(rest.split())
    if not rest.startswith("expected"):
        return rest
    items = [i.strip() for i in _CHAR_CLASS.sub("", rest[len("expected") :].removeprefix(" one of")).split(",")]
    items = [i for i in items if i and i != "Prefix not found"]
    if len(items) > 8:
        items = items[:8] + ["…"]
    return ("expected " + ", ".join(items)) if items else "unexpected input"


def _found(query: str, offset: int) -> str:
    tok = next((t for t in tokens(query[offset:])), None)
    return f"unexpected {tok.text[:30]!r}; " if tok is not None else "at the end of the query, "


def _offset(query: str, line: int, column: int) -> int:
    start = 0
    for _ in range(line - 1):
        nl = query.find("\n", start)
        if nl < 0:
            return len(query)
        start = nl + 1
    return min(start + column - 1, len(query))


def _caret(query: str, offset: int) -> str:
    """The line of the offset with a caret under it (wide CJK characters count two columns)."""
    import unicodedata

    line_start = query.rfind("\n", 0, offset) + 1
    line_end = query.find("\n", offset)
    line = query[line_start : line_end if line_end >= 0 else len(query)].rstrip("\r")
    if len(line) > 200:
        return ""
    pad = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line[: offset - line_start])
    return f"\n  {line}\n  {' ' * pad}^"
