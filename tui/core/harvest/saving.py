"""Save fetched articles as Markdown files with front matter, each article once.

A saved article is an ordinary ``.md`` file (YAML front matter: title, source, date,
url, author, language), so a fetched corpus reads offline and works with every other
command. An article is new unless the folder already holds one with the same
canonical URL or the same text: a story reached through two feeds, or fetched again
tomorrow, is saved once. File names are a slug of the title plus a short hash, made
of safe characters only, so nothing a page says can place a file outside the folder.
Per-feed validators (ETag, Last-Modified) are kept in a hidden file of the folder, so
the next fetch asks only for what changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from tui.core.corpus.frontmatter import split_front_matter

STATE_FILE = ".newsreader-feeds.json"
FRONT_MATTER_KEYS = ("title", "source", "date", "url", "author", "language")
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|xtor|at_medium|at_campaign)$")
_SLUG_CHARS = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Found:
    """An article ready to save: its text and front-matter values."""

    text: str
    meta: dict[str, str]


def canonical_url(url: str) -> str:
    """``url`` without what varies between links to the same article: the fragment,
    tracking parameters, the case of the host, a trailing slash."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def content_hash(text: str) -> str:
    """A hash of the words of ``text``: the same article with other spacing matches."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()


def slug(title: str, limit: int = 60) -> str:
    """A file-name-safe form of ``title``: ASCII letters, digits and dashes only."""
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = _SLUG_CHARS.sub("-", folded.lower()).strip("-")
    return words[:limit].rstrip("-") or "article"


class ArticleFolder:
    """The folder fetched articles are saved in, and what it already holds."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._root = folder.resolve()
        self._urls: set[str] = set()
        self._hashes: set[str] = set()
        self.warnings: list[str] = []
        self.saved = 0
        """How many articles this object saved: a watcher can tell new ones arrived."""
        self._scan()
        self.validators = self._read_state()

    def _scan(self) -> None:
        """Learn the URLs and texts of the Markdown files already in the folder."""
        for path in sorted(self.folder.glob("*.md")):
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            front = split_front_matter(text)
            if front.meta.get("url"):
                self._urls.add(canonical_url(front.meta["url"]))
            self._hashes.add(content_hash(front.body))

    def knows(self, url: str | None) -> bool:
        """Whether an article from ``url`` is already saved (no need to fetch it)."""
        return bool(url) and canonical_url(url or "") in self._urls

    def save(self, found: Found) -> Path | None:
        """Write ``found`` as a new Markdown file; ``None`` when it is already here."""
        url = found.meta.get("url")
        digest = content_hash(found.text)
        if (url and canonical_url(url) in self._urls) or digest in self._hashes:
            return None
        name = f"{slug(found.meta.get('title') or '')}-{digest[:8]}.md"
        path = self.folder / name
        if path.resolve().parent != self._root:  # cannot happen with a slug; checked anyway
            raise ValueError(f"refusing to write outside {self.folder}: {name!r}")
        meta = {key: found.meta[key] for key in FRONT_MATTER_KEYS if found.meta.get(key)}
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
        try:
            with open(path, "x", encoding="utf-8") as handle:
                handle.write(f"---\n{front}---\n\n{found.text.rstrip()}\n")
        except FileExistsError:  # the same title and text hash: the same article
            return None
        if url:
            self._urls.add(canonical_url(url))
        self._hashes.add(digest)
        self.saved += 1
        return path

    def _read_state(self) -> dict[str, dict[str, str]]:
        path = self.folder / STATE_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            self.warnings.append(f"{path.name} unreadable, every feed fetched in full ({exc})")
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            str(url): {k: str(v) for k, v in entry.items() if k in {"etag", "last_modified"}}
            for url, entry in data.items()
            if isinstance(entry, dict)
        }

    def keep_validators(self) -> None:
        """Store the feeds' ETag and Last-Modified for the next fetch (atomically)."""
        path = self.folder / STATE_FILE
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(self.validators, indent=1, sort_keys=True), "utf-8")
        os.replace(temporary, path)
