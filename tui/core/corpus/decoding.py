"""Turn the bytes of an input file into text, or say why it is not text.

News saved from the web arrives in whatever encoding the page or the editor used. UTF-8
is tried first; anything else is decoded with a guessed legacy encoding and flagged so
the reader knows characters may be wrong. Binary and empty files are refused with a
reason rather than shown as noise.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.corpus.language import detect_language

# How much of a file is inspected to decide whether it is binary or to guess its encoding.
_SAMPLE = 64 * 1024
# Bytes that do not occur in text: C0 controls except tab, newlines, form feed and ESC.
_TEXT_CONTROLS = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in _TEXT_CONTROLS) + b"\x7f"
_NON_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
# Above this share of control bytes a file is treated as binary.
_MAX_CONTROL_RATIO = 0.10
# Legacy encodings worth trying when UTF-8 fails, most likely first for news text.
_FALLBACKS = ("cp1252", "latin-1")

_UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


class NotText(ValueError):
    """Raised when a file cannot be read as an article; the message is the reason."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and a warning when it was a guess."""

    text: str
    encoding: str
    warning: str | None = None


def decode_bytes(data: bytes) -> Decoded:
    """Decode file content, refusing binary and empty data with :class:`NotText`.

    A UTF-8 byte-order mark is dropped (editors add it, readers never want it). UTF-16
    with a byte-order mark is accepted. Anything else that is not UTF-8 is decoded with
    the encoding charset-normalizer guesses from a sample, falling back to cp1252 and
    latin-1, and the result carries a warning.
    """
    for bom, codec in _UTF16_BOMS.items():
        if data.startswith(bom):
            return _decode_utf16(data[len(bom) :], codec)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    _refuse_binary(data)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    encoding, text = _decode_legacy(data)
    warning = f"not valid UTF-8; decoded as {encoding} (some characters may be wrong)"
    return _checked(Decoded(text, encoding, warning))


def _decode_utf16(body: bytes, codec: str) -> Decoded:
    """UTF-16 after its byte-order mark; a file cut short by a byte, or holding a broken
    surrogate pair, is still text: the damage is replaced and flagged."""
    odd = len(body) % 2
    try:
        return _checked(Decoded(body[: len(body) - odd].decode(codec), codec, _odd_warning(odd)))
    except UnicodeDecodeError:
        text = body.decode(codec, errors="replace")
    warning = f"damaged {codec.upper()}; unreadable characters replaced"
    return _checked(Decoded(text, codec, warning))


def _odd_warning(odd: int) -> str | None:
    return "UTF-16 with an odd number of bytes; the last byte was dropped" if odd else None


def _refuse_binary(data: bytes) -> None:
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise NotText("binary file (contains NUL bytes)")
    if sample:
        controls = len(sample.translate(None, _NON_CONTROL))
        if controls / len(sample) > _MAX_CONTROL_RATIO:
            raise NotText("binary file (too many control bytes)")


def _checked(decoded: Decoded) -> Decoded:
    if not decoded.text or decoded.text.isspace():
        raise NotText("empty file")
    return decoded


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with the best guess that decodes them without error."""
    sample = data[:_SAMPLE]
    # French and English news in a legacy encoding is nearly always cp1252; trust that
    # over a statistical guess, which confuses it with cp1250 (è would become č).
    western = detect_language(sample.decode("cp1252", "replace")) in {"fr", "en"}
    for encoding in (None if western else _guess(sample), *_FALLBACKS):
        if not encoding:
            continue
        try:
            return encoding, data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return "latin-1", data.decode("latin-1")  # every byte sequence is valid latin-1


def _guess(sample: bytes) -> str | None:
    """Ask charset-normalizer for the sample's encoding; ``None`` when it has no idea.

    Latin-1 guesses become cp1252, the superset browsers and editors actually write
    (curly quotes and dashes live in its 0x80-0x9F range).
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - declared dependency, kept optional here
        return None
    best = from_bytes(sample).best()
    if best is None:
        return None
    encoding = best.encoding.lower().replace("-", "_")
    if encoding in _WESTERN:
        return "cp1252"
    return best.encoding


_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_1", "ascii"})
