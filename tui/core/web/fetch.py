"""Polite HTTP for fetching pages and feeds: bounded in time, size, redirects and connections.

Every request names the product in its User-Agent, waits at most a set time for the
whole response (not only between bytes, so a server that trickles cannot hold it),
reads at most a set number of bytes *after* decompression (a small gzip that inflates
to gigabytes stops at the cap), follows a few redirects only, and asks for a feed
again only if it changed (ETag / Last-Modified). Whatever goes wrong comes back as
:class:`FetchError` with a one-line reason, never as a traceback.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui import __version__

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"newsreader/{__version__} (terminal news reader; fetches on a user's request)"

_REFUSED_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")
_REFUSED_EXACT = {"application/octet-stream", "application/gzip", "application/x-gzip"}


class FetchError(Exception):
    """A request that gave nothing usable; the message is the one-line reason."""


@dataclass(frozen=True, slots=True)
class Policy:
    """How politely to fetch: time per response, bytes per response, redirects, connections."""

    timeout: float = 15.0
    max_bytes: int = 8 * 1024 * 1024
    max_redirects: int = 5
    connections: int = 4


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response: the final URL, its body and what the headers say about it.

    ``not_modified`` is a 304: the feed has not changed since the stored validators.
    """

    url: str
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


class Fetcher:
    """One HTTP client shared by the worker threads (httpx clients are thread-safe)."""

    def __init__(self, policy: Policy | None = None) -> None:
        import httpx

        self.policy = policy or Policy()
        limit = self.policy.connections
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.policy.timeout),
            limits=httpx.Limits(max_connections=limit, max_keepalive_connections=limit),
            follow_redirects=True,
            max_redirects=self.policy.max_redirects,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, etag: str | None = None, modified: str | None = None) -> Fetched:
        """Fetch ``url``; conditional when validators from an earlier fetch are given."""
        import httpx

        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                return self._read(response)
        except FetchError:
            raise
        except httpx.TimeoutException as exc:
            raise FetchError(f"no answer within {self.policy.timeout:g} s") from exc
        except httpx.TooManyRedirects as exc:
            raise FetchError(
                f"more than {self.policy.max_redirects} redirects (a redirect loop?)"
            ) from exc
        except httpx.DecodingError as exc:
            raise FetchError("the compressed response is corrupt") from exc
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError(f"not a usable address ({_short(exc)})") from exc
        except httpx.ConnectError as exc:
            raise FetchError(_connect_reason(exc)) from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"the connection failed ({_short(exc)})") from exc

    def _read(self, response: httpx.Response) -> Fetched:
        if response.status_code == 304:
            return Fetched(str(response.url), not_modified=True)
        if response.status_code >= 400:
            phrase = response.reason_phrase or "error"
            raise FetchError(f"HTTP {response.status_code} {phrase}")
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type.startswith(_REFUSED_TYPES) or content_type in _REFUSED_EXACT:
            raise FetchError(f"not a web page or a feed ({content_type})")
        cap = self.policy.max_bytes
        declared = response.headers.get("content-length", "")
        if (
            declared.isdigit()
            and int(declared) > cap
            and not response.headers.get("content-encoding")
        ):
            raise FetchError(f"too large ({_size(int(declared))}; the limit is {_size(cap)})")
        deadline = time.monotonic() + self.policy.timeout
        body = bytearray()
        for chunk in response.iter_bytes():  # decompressed: the cap bounds the inflated size
            body += chunk
            if len(body) > cap:
                raise FetchError(f"too large (over {_size(cap)} once decompressed)")
            if time.monotonic() > deadline:
                raise FetchError(f"too slow (not complete within {self.policy.timeout:g} s)")
        return Fetched(
            url=str(response.url),
            body=bytes(body),
            content_type=content_type,
            charset=response.charset_encoding,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )


def _connect_reason(exc: Exception) -> str:
    text = _short(exc)
    if "SSL" in text or "CERTIFICATE" in text.upper() or "TLS" in text:
        return f"TLS error ({text})"
    if "Name or service not known" in text or "nodename" in text or "getaddrinfo" in text:
        return "unknown host (or offline)"
    return f"cannot connect ({text})"


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__


def _size(n: int) -> str:
    mb = 1024 * 1024
    return f"{n / mb:.0f} MB" if n >= mb else f"{max(1, n // 1024)} KB"
