"""hardtech-kg: a knowledge graph and document corpus for Chinese hard-tech policy reports."""

__version__ = "0.1.0"
