"""Corpus search: the index of titles, names, quotes and sentences, and fuzzy matching."""
