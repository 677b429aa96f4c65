"""Writing what was extracted: the SQLite database (and, later, the RDF graph)."""
