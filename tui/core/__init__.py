"""The pure analysis core: loading, entities, quotes, alignment, search, theme specs.

Nothing under this package imports Textual or Rich; a test enforces it.
"""
