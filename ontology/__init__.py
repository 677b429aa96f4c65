"""The hardtech-kg ontology and SHACL shapes (Turtle files beside this module)."""
