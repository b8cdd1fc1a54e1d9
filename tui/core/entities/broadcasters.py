"""Radio and television channels whose names hold a place or a common word.

« France 2 », « Radio France internationale », « Europe 1 »: a recogniser reads the
place inside and labels it, or stops short. A channel is an organisation wherever the
text names it, like a news agency or a newspaper, and its name is taken whole.
Both engines read this one list: the trained engine's conventions, and the rules
engine through the gazetteer's listed organisations.
"""

from __future__ import annotations

BROADCASTERS = (
    "France 2",
    "France 3",
    "France 4",
    "France 5",
    "France Ô",
    "France Inter",
    "France Culture",
    "France Musique",
    "France Bleu",
    "France Télévisions",
    "France Médias Monde",
    "Radio France",
    "Radio France internationale",
    "Radio-Canada",
    "Télé-Québec",
    "Europe 1",
    "RTL",
    "RMC",
    "TF1",
    "LCI",
    "Canal+",
    "CNews",
    "iTélé",
    "i-Télé",
    "I-Télé",
    "Arte",
    "Public Sénat",
    "LCP",
    "Sud Radio",
    "Radio Courtoisie",
    "Radio Okapi",
    "RTS",
    "Sky News",
    "ITV",
    "Channel 4",
    "ABC News",
    "CBS News",
    "NBC News",
    "Fox News",
    "MSNBC",
    "Voice of America",
    "Radio Free Europe",
)
"""Channels by the names they broadcast under (the agencies and newspapers are in
:mod:`tui.core.analysis.conventions` and the article names list)."""
