"""Reading and parsing the corpus: decoding, document structure (and, later, mentions)."""
