"""newsreader: a terminal reader for comparing news coverage."""

__version__ = "0.1.0"
