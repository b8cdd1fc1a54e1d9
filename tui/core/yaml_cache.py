"""YAML files parsed once per change: their documents kept as JSON, keyed by file stamp.

Importing PyYAML and parsing the bundled themes costs a noticeable part of the
reader's start, for files that almost never change. Their parsed documents (plain
mappings of strings, numbers and booleans) are kept in one small JSON file in the
cache directory, each under its path with the file's size and times; a start whose
files are unchanged reads that file and never imports PyYAML. A YAML error is kept
too, so a broken file is reported the same way without parsing it again.

The cache only ever saves time: a document JSON cannot hold exactly (dates, keys
that are not strings, anchors that refer to themselves) is not kept, an entry whose
stamp differs is parsed again, and a cache file that cannot be read or written is
ignored.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tui.core.yamlfile import YamlProblem, load_yaml

#: Bumped when the entries' layout changes; entries of another version are ignored.
_VERSION = 1


def _stamp(path: Path) -> list[int]:
    """What tells an edited file from the one that was parsed (``OSError`` if gone)."""
    info = path.stat()
    return [info.st_mtime_ns, info.st_ctime_ns, info.st_size]


def _keepable(document: Any) -> bool:
    """Whether JSON gives ``document`` back exactly (so the cache changes nothing)."""
    try:
        return json.loads(json.dumps(document)) == document
    except (TypeError, ValueError, RecursionError):
        return False


class YamlDocuments:
    """Parsed YAML files, served from the JSON cache at ``cache`` when unchanged.

    Call :meth:`save` once done: new or changed entries are written then, and entries
    of files that no longer exist are dropped. ``cache=None`` parses every time.
    """

    def __init__(self, cache: Path | None) -> None:
        self.cache = cache
        self._entries: dict[str, dict[str, Any]] = self._read(cache)
        self._changed = False

    @staticmethod
    def _read(cache: Path | None) -> dict[str, dict[str, Any]]:
        if cache is None:
            return {}
        try:
            stored = json.loads(cache.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            return {}
        if not isinstance(stored, dict) or stored.get("version") != _VERSION:
            return {}
        entries = stored.get("files")
        if not isinstance(entries, dict):
            return {}
        return {k: v for k, v in entries.items() if isinstance(v, dict)}

    def load(self, path: Path) -> Any:
        """The document in ``path``.

        Raises:
            OSError, UnicodeDecodeError: when the file cannot be read.
            YamlProblem: when it is not valid YAML (from the cache or a fresh parse).
        """
        key = str(path.absolute())
        stamp = _stamp(path)
        entry = self._entries.get(key)
        if entry is not None and entry.get("stamp") == stamp:
            if "problem" in entry:
                raise YamlProblem(str(entry["problem"]))
            if "document" in entry:
                return entry["document"]
        raw = path.read_text(encoding="utf-8")
        try:
            document = load_yaml(raw)
        except YamlProblem as problem:
            self._keep(key, {"stamp": stamp, "problem": str(problem)})
            raise
        if _keepable(document):
            self._keep(key, {"stamp": stamp, "document": document})
        return document

    def _keep(self, key: str, entry: dict[str, Any]) -> None:
        self._entries[key] = entry
        self._changed = True

    def save(self) -> None:
        """Write the cache if anything new was parsed; failing to write is harmless."""
        if self.cache is None or not self._changed:
            return
        entries = {k: v for k, v in self._entries.items() if os.path.exists(k)}
        text = json.dumps({"version": _VERSION, "files": entries})
        try:
            self.cache.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.cache.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(text)
                os.replace(temporary, self.cache)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            return
        self._changed = False
