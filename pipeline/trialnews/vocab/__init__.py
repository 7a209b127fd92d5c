"""Vocabularies from maintained outside sources (drug names, disease names)."""
