"""Quotations: quotation marks, the kind of each quote and who spoke it."""
