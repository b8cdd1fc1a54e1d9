"""The analysis engine's identity, kept apart so cheap modules can name it.

Cached analyses are keyed by this name and version: bump the version whenever the
output of per-article analysis changes, and every cached article is analysed again.
"""

ENGINE_NAME = "rules"
ENGINE_VERSION = "15"
