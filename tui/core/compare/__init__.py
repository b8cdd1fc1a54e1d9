"""Comparing two articles: sentence alignment, the comparison summary and its exports."""
