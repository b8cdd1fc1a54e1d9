"""Recognise page furniture and signature lines in scraped article text.

Text copied from news sites keeps the page around the article: "Publicité",
"Lire aussi…" links, reading-time badges, share buttons. They are marked, never
removed (offsets into the text must stay exact), so the UI can dim or hide them.
Signature lines ("Avec l’AFP", "France 24 Europe", "(Reuters)") tell which outlet
or agency the text comes from.
"""

from __future__ import annotations

import re
from functools import cache

from tui.core.models import Span

_AP = "['’ʼ]"
# Link lists are short; anything longer is prose that happens to start the same way.
_MAX_FURNITURE_CHARS = 220


# The patterns are compiled on first use, not at import: the analysis imports this
# module for KNOWN_OUTLETS alone, and a warm start never reads a signature line.


@cache
def _furniture() -> re.Pattern[str]:
    return re.compile(_FURNITURE_PATTERN, re.IGNORECASE | re.VERBOSE)


_FURNITURE_PATTERN = rf"""^(?:
        publicit[ée] | advertisement (?:\s*[-–—:]\s*.*)? | skip\ advertisement | annonce
      | (?:[àa]\s+)?lire\ (?:aussi|[ée]galement|plus|la\ suite) .*
      | [àa]\ lire\ (?:dans|sur|aussi)\b .*
      | (?:voir|[ée]couter|regarder)\ aussi .* | [ée]couter\ (?:cet\ |l{_AP})article .*
      | (?:temps\ de\ )?lecture\s*:?\s*\d+\s*min(?:utes?)?\.?
      | \d+\s*(?:min|mn|minutes?)(?:\s+de\s+lecture|\s+read)?
      | (?:reading\ time|read\ time)\s*:?\s*\d+\s*min(?:utes?)?
      | read\ (?:more|also|next)\b .* | also\ read\b .* | related\s*: .*
      | listen\ to\ this\ article .* | share\ (?:this|on)\b .* | sign\ up\b .*
      | partager(?:\ (?:cet|l{_AP})article)?(?:\s+sur\s+\w+)? | partagez .*
      | abonnez[- ]vous\b .* | s{_AP}abonner\b .* | newsletter
      | (?:suivez|follow)\ (?:nous|us)\b .*
    )$"""


def is_furniture(line: str) -> bool:
    """Whether a stripped line is page furniture rather than article text."""
    return len(line) <= _MAX_FURNITURE_CHARS and _furniture().match(line) is not None


def furniture_spans(text: str, paragraphs: tuple[Span, ...]) -> tuple[Span, ...]:
    """Return the paragraph spans of ``text`` that are page furniture."""
    return tuple(
        p
        for p in paragraphs
        if p.end - p.start <= _MAX_FURNITURE_CHARS and is_furniture(text[p.start : p.end])
    )


# Outlets whose name appears alone on a signature line, possibly followed by a section
# ("France 24 Europe"). Matched on the start of short lines near the end of the text.
KNOWN_OUTLETS = (
    "France 24",
    "Franceinfo",
    "France Info",
    "RFI",
    "Le Monde",
    "Le Figaro",
    "Libération",
    "Le Parisien",
    "Les Échos",
    "Ouest-France",
    "20 Minutes",
    "BFMTV",
    "L'Express",
    "Le Point",
    "L'Obs",
    "TV5Monde",
    "Euronews",
    "Courrier international",
    "La Croix",
    "Le Temps",
    "RTBF",
    "Radio-Canada",
    "Associated Press",
    "The Associated Press",
    "BBC News",
    "BBC",
    "CNN",
    "Reuters",
    "Bloomberg",
    "The Guardian",
    "The New York Times",
    "The Washington Post",
    "Al Jazeera",
    "Deutsche Welle",
    "NPR",
    "Yonhap",
    "Kyodo",
)
_AGENCIES = r"AFP|Reuters|AP|Associated Press|Belga|ATS|DPA|EFE|ANSA|Yonhap|Kyodo|Xinhua|TASS"


@cache
def _outlet_line() -> re.Pattern[str]:
    names = "|".join(re.escape(o) for o in sorted(KNOWN_OUTLETS, key=len, reverse=True))
    return re.compile(rf"^(?P<name>{names})(?:\s+[A-ZÉ][\w-]*){{0,2}}\.?$")


@cache
def _signatures() -> tuple[re.Pattern[str], ...]:
    return (
        # "Avec l'AFP", "(avec AFP et Reuters)", "avec agences"
        re.compile(rf"^\(?\s*[Aa]vec\s+(?:l{_AP}\s*)?(?P<name>[A-Z][\w .&-]*?|agences)\s*\)?\.?$"),
        # "(Reuters)", "(AFP)"
        re.compile(rf"^\(\s*(?P<name>{_AGENCIES})\s*\)\.?$"),
        # "— AP", "- AFP"
        re.compile(rf"^[-–—]\s*(?P<name>{_AGENCIES})\.?$"),
        # "Source : Reuters", "Sources: AFP, AP"
        re.compile(r"^sources?\s*:\s*(?P<name>[^.:]{2,60}?)\.?$", re.IGNORECASE),
        # "By Jane Doe, Reuters", "Par Jean Dupont, AFP"
        re.compile(
            rf"^(?i:by|par)\s+[^,]{{2,80}},\s*(?P<name>{_AGENCIES}|[A-Z][\w .'-]{{1,40}})\.?$"
        ),
    )


@cache
def _dateline() -> re.Pattern[str]:
    """A wire dateline opening the text: "PARIS (Reuters) -", "Séoul (AFP) –"."""
    return re.compile(rf"^[A-ZÉ][\w .'’-]{{0,40}}\((?P<name>{_AGENCIES})\)\s*[-–—]")


_SIGNATURE_LINES = 4
_MAX_SIGNATURE_CHARS = 100


def find_source(text: str, paragraphs: tuple[Span, ...]) -> str | None:
    """Name the outlet or agency a signature line credits, or ``None``.

    The last few lines are read from the end, so a publisher line printed after an
    agency credit ("Avec l’AFP" then "France 24 Europe") names the publisher. A wire
    dateline at the very start is the fallback.
    """
    for span in reversed(paragraphs[-_SIGNATURE_LINES:]):
        line = text[span.start : span.end]
        if len(line) > _MAX_SIGNATURE_CHARS:
            continue
        name = signature_source(line)
        if name:
            return name
    if paragraphs:
        first = paragraphs[0]
        dateline = _dateline().match(text, first.start, min(first.end, first.start + 120))
        if dateline:
            return dateline.group("name")
    return None


def signature_source(line: str) -> str | None:
    """Return the outlet a single signature line credits, or ``None``."""
    line = " ".join(line.split())
    outlet = _outlet_line().match(line)
    if outlet:
        name = outlet.group("name")
        return name
    for pattern in _signatures():
        found = pattern.match(line)
        if found:
            name = found.group("name").strip(" .")
            if 1 < len(name) <= 60 and not is_furniture(line):
                return name
    return None


def non_content_spans(
    text: str, paragraphs: tuple[Span, ...], furniture: tuple[Span, ...]
) -> tuple[Span, ...]:
    """Furniture plus the signature lines that close the text, in text order.

    Neither is what the article reports: comparisons and entity extraction leave
    them out ("Avec l'AFP" names an agency, not a party to the story).
    """
    signatures = [
        span
        for span in paragraphs[-_SIGNATURE_LINES:]
        if span.end - span.start <= _MAX_SIGNATURE_CHARS
        and signature_source(text[span.start : span.end])
    ]
    return tuple(sorted({*furniture, *signatures}, key=lambda s: s.start))
