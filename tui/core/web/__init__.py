"""Articles from the web: saved pages, RSS and Atom feeds, OPML lists, and fetching them.

Pure like the rest of the core: extraction, parsing, the HTTP client and the saving of
fetched articles are here; the ``fetch`` command and the reader only drive them.
"""
