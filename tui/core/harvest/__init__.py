"""Fetch the news where it lives into a folder of Markdown articles (``newsreader fetch``).

Built on :mod:`tui.core.web` (parsing pages, feeds and lists; polite HTTP) and on the
corpus package (reading the files the user names, the front matter of saved articles).
"""
