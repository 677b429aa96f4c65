"""Every id and IRI the project mints, in one place, so that each is written one way.

Here in `extract/` rather than at the top of the package: the extraction stages
mint the entity ids, and `graph/` (and the app above it) already import
`extract`, never the reverse, so this is the lowest layer all of them can reach.
An IRI is `id:` + an id (`ID` of `ontology.ns`), so the IRI functions are here
too; no caller types an id's or an IRI's pattern of its own.

The forms (`doc` the document id, safe in IRIs as `corpus` makes it):

    entity        <type path>/<slug of its name>   city/武汉, org/中国科学院, tech/人工智能
    local entity  <entity id>@<doc>                 org/省教育厅@<doc>: a body named by its level only
    milestone     milestone/<doc>-<offset>         scheme  scheme/<doc>-<key>
    index         index/<doc>-<key>                dimension  dimension/<doc>-<slug of name>
    indicator     indicator/<doc>-<number>         factor  factor/<doc>-<slug of name>
    observation   <dataset>/<city>/<component>[/…]  (its key; row id <doc>/<key>)
    IRIs          id:doc/<doc>, id:<entity id>, id:ev/<doc>/<start>-<end>, id:obs/<doc>/<key>,
                  id:finding/<doc>/<index>-<k>, id:st/<sha1 of the statement>[:16],
                  id:gazetteer/<list>/<slug of key>

A document id is its own slug (`document_id` keeps only characters `slug`
keeps), so `<doc>` reads the same whether a caller slugs it or not.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from rdflib import URIRef

from hardtech_kg.ontology.ns import ID

from .lexicon import fold_numeral_zero, fold_traditional

# --- names and slugs ------------------------------------------------------------------------------


def normal(text: str) -> str:
    """A name as compared: width-folded, Traditional script as Simplified (貝爾實驗室 is 贝尔实验室), spaces between CJK
    characters removed, a numeral's zero as 〇 (七○二所 is 七〇二所); ids are made from this form."""
    text = fold_numeral_zero(fold_traditional(unicodedata.normalize("NFKC", text))).strip()
    return re.sub(r"(?<=[\u3400-\u9fff])\s+|\s+(?=[\u3400-\u9fff])", "", text)


_IRI_UNSAFE = re.compile(r'[\s/\\?#%&+<>"{}|^`\[\]]+')


def slug(text: str) -> str:
    """The part of an entity IRI after its type: the name, with IRI-unsafe characters replaced."""
    text = _IRI_UNSAFE.sub("-", normal(text))
    return text.strip("-") or "x"


def document_id(path: Path) -> str:
    """A stable id from the file name: lower case, safe in URLs and IRIs, Traditional characters as Simplified (鎦 as
    镏, as `slug` reads them), so that slugging it leaves it as it is."""
    stem = re.sub(r"[^0-9A-Za-z\u4e00-\u9fff._-]+", "-", fold_traditional(path.stem)).strip("-").lower()
    return stem or "document"


def distinct_document_id(doc_id: str, path: Path) -> str:
    """The id of a second file whose name gives an id already taken: the id and a hash of the file name."""
    return f"{doc_id}-{hashlib.sha256(path.name.encode()).hexdigest()[:6]}"


# --- entity ids -------------------------------------------------------------------------------------

TYPE_PATH = {
    "City": "city", "Province": "province", "Country": "country", "Region": "region",
    "University": "org", "ResearchInstitute": "org", "StateKeyLab": "lab", "NationalLab": "lab",
    "NationalEngineeringLab": "lab", "EngineeringCenter": "org", "InternationalCooperationBase": "org",
    "Company": "org", "GovernmentBody": "org", "Fund": "org", "Park": "org", "OtherOrganization": "org",
    "Policy": "policy", "Publication": "publication", "Technology": "tech", "Person": "person", "Milestone": "milestone",
}


def entity_id(type_: str, name: str) -> str:
    """A resolved entity's id: its type's path and its name (a country's or region's: its code)."""
    return f"{TYPE_PATH.get(type_, 'thing')}/{slug(name)}"


def local_entity_id(type_: str, name: str, document_id: str) -> str:
    """The id of a body a document names by its level only (省教育厅): its name, scoped to the document."""
    return f"{entity_id(type_, name)}@{document_id}"


def milestone_id(document_id: str, start: int) -> str:
    """A milestone: the document and the offset of its date."""
    return f"milestone/{slug(document_id)}-{start}"


def scheme_id(document_id: str, key: str) -> str:
    return f"scheme/{slug(document_id)}-{key}"


def index_id(document_id: str, key: str) -> str:
    return f"index/{slug(document_id)}-{key}"


def dimension_id(document_id: str, name: str) -> str:
    return f"dimension/{slug(document_id)}-{slug(name)}"


def indicator_id(document_id: str, number: int | str) -> str:
    return f"indicator/{slug(document_id)}-{number}"


def factor_id(document_id: str, name: str) -> str:
    return f"factor/{slug(document_id)}-{slug(name)}"


def observation_key(dataset: str, city: str, component: str, *more: str) -> str:
    """An observation's key within its document: dataset/city/component, then what sets it apart (computed, a year)."""
    return "/".join((dataset, city, component, *more))


def observation_row_id(document_id: str, key: str) -> str:
    """An observation's id in the database (its key within the document)."""
    return f"{document_id}/{key}"


def finding_row_id(document_id: str, index_key: str, k: int) -> str:
    return f"{document_id}/finding/{index_key}-{k}"


def gazetteer_ref(gazetteer: str, entry: str) -> str:
    """A gazetteer entry as a reference: the list's path and the entry's key (extract/rules/organisations.tsv#英特尔)."""
    return f"{gazetteer}#{entry}"


# --- IRIs --------------------------------------------------------------------------------------------


def document_iri(document_id: str) -> URIRef:
    return ID[f"doc/{document_id}"]


def entity_iri(entity_id: str) -> URIRef:
    return ID[entity_id]


def evidence_iri(document_id: str, start: int, end: int) -> URIRef:
    return ID[f"ev/{document_id}/{start}-{end}"]


# Every evidence IRI begins with this (`graph.to_rdf` tells evidence from other sources by it).
EVIDENCE_IRI_PREFIX = str(ID["ev/"])


def gazetteer_entry_iri(gazetteer: str, entry: str) -> URIRef:
    """id:gazetteer/<list>/<key>, e.g. id:gazetteer/organisations/英特尔."""
    name = gazetteer.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return ID[f"gazetteer/{name}/{slug(entry)}"]


def observation_iri(document_id: str, key: str) -> URIRef:
    return ID[f"obs/{document_id}/{key}"]


def finding_iri(document_id: str, index_key: str, k: int) -> URIRef:
    return ID[f"finding/{document_id}/{index_key}-{k}"]


def statement_iri(subject: str, predicate: str, object_: str, method: str) -> URIRef:
    """The `ht:Statement` node of a fact: a digest of what it states and how it was found."""
    digest = hashlib.sha1(f"{subject}|{predicate}|{object_}|{method}".encode()).hexdigest()[:16]
    return ID[f"st/{digest}"]
