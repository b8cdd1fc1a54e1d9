"""What an initialism names: a body, or nothing at all.

News writes many common nouns short: « un CDD », « le PIB », « le JT », « (NDLR) »,
"GDP", "a DVD". Those are words of the language, like « contrat » or
« journal », and name nobody, whatever label a recogniser gives them. An initialism
a recogniser reads as a place is rarely one unless it is a known place's (« RDC »,
« URSS »): unknown capitals are bodies (« les FARDC », « la FFTri »), and the
recogniser only took them for places from where they stand (« en », « à »).
"""

from __future__ import annotations

from tui.core.entities.gazetteer import known_label
from tui.core.entities.shape import is_acronym

COMMON_INITIALISMS = frozenset(
    # French: contracts, money, transport, housing, health, media, school, work
    "ndlr cdd cdi smic rmi pib tva ttc ht isf ir csg hlm sdf pme tpe eti "
    "ter tgv rer vtc suv 4x4 jt tnt dvd cd hd sms mms qg pv rtt cv bac bts dut "
    "btp ogm ivg pma gpa vih sida avc adn arn ehpad cmu "
    "qcm ong pdf gps wifi usb ovni rib iban "
    # English
    "gdp vat dna rna hiv aids mri faq diy gps tv pc ufo atm id ipo "
    "hq nb aka asap".split()
)
"""Common nouns as news writes them short, lowercased."""


def common_initialism(surface: str) -> bool:
    """« un CDD », « le PIB », "GDP": a common noun written short, never a name."""
    return surface.lower() in COMMON_INITIALISMS


def body_initialism(surface: str) -> bool:
    """Capitals of three letters or more that no list holds as a place: the initials of
    a body (« FARDC », « FFTri »), whatever place a recogniser made of them."""
    letters = sum(c.isalpha() for c in surface)
    return (
        " " not in surface
        and letters >= 3
        and is_acronym(surface)
        and known_label(surface) != "LOC"
    )
