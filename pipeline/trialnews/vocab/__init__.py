"""Vocabularies from maintained outside sources (drug names)."""
