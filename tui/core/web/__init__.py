"""The web's formats: saved pages, RSS and Atom feeds, OPML lists, and polite HTTP.

Pure like the rest of the core, and below the corpus package: nothing here knows
about articles or files. The corpus loader reads pages and feeds through it, and
:mod:`tui.core.harvest` fetches with it.
"""
