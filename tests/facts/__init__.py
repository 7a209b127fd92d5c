"""Fact tests, one module per kind of fact (``trialnews.facts.<kind>``)."""
