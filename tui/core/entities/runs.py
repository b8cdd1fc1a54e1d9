"""Candidate runs: capitalised words cut into tokens and grouped into names.

Mends elision ("l’Ukraine"), English clitics ("China's") and glued neighbours
("UkraineLa"), then splits a run where a particle joins two separate names.
"""

from __future__ import annotations

from tui.core.entities.gazetteer import (
    common_words,
    given_names,
    known_label,
    lowercase_words,
    name_key,
)
from tui.core.entities.lexicon import (
    CALENDAR_WORDS,
    COMPASS,
    CONTRACTIONS,
    CORPORATE_SUFFIXES,
    ORG_ACRONYM_HEADS,
    ORG_TAILS,
    ORG_TRIGGERS,
    PERSON_PARTICLES,
    PORTFOLIO_TITLES,
    TITLES,
)
from tui.core.entities.patterns import (
    ELISION,
    ENGLISH_CONNECTORS,
    FUNCTION,
    GLUE_POINT,
    JOIN_HEADS,
    MAX_GROUP,
    NAME_ELISION,
    PIECE,
    POSSESSIVE,
    ROLE_WORDS,
    Piece,
)
from tui.core.entities.shape import is_name_word
from tui.core.entities.titles import role_key


def cut_pieces(text: str, start: int, end: int) -> list[Piece]:
    """Cut a capitalised run into tokens and connectors, mending glue and elision."""
    pieces: list[Piece] = []
    for m in PIECE.finditer(text, start, end):
        s, e = m.start(), m.end()
        if m.group("conn") is not None:
            pieces.append(Piece(s, e, text[s:e], False))
            continue
        tok = text[s:e]
        quoted = "’" in tok or "'" in tok
        elided = ELISION.match(tok) if quoted else None  # it needs an apostrophe
        if elided and len(tok) > elided.end() and not NAME_ELISION.match(tok):
            s += elided.end()
            tok = text[s:e]
            if not tok[0].isupper():  # "L’amitié": a common noun after an elided article
                pieces.append(Piece(s, s, "", False))
                continue
        cut = _clitic_cut(tok) if quoted else 0
        if cut and _possessive_inside_name(text, s, tok[:cut], e, end):
            cut = 0
        if cut:
            # "China's Foreign Ministry", "We're": the clitic ends the name.
            e = s + cut
            pieces.append(Piece(s, e, text[s:e], True))
            pieces.append(Piece(e, e, "", False))
            continue
        glue = None if _no_inner_capital(tok) else GLUE_POINT.search(tok)
        if glue is not None:
            left, right = tok[: glue.start()], tok[glue.start() :]
            head = right.split("-")[0].lower()
            if head in common_words() or known_label(left) is not None:
                pieces.append(Piece(s, s + len(left), left, True))
                pieces.append(Piece(s + len(left), s + len(left), "", False))
                continue
        if tok and tok[0].isalnum():
            pieces.append(Piece(s, e, tok, True))
    return pieces


def _possessive_inside_name(text: str, start: int, owner: str, after: int, end: int) -> bool:
    """Whether a possessive belongs to an organisation's own name ("Sable County
    Sheriff's Office", "St. Brendan's Medical Center", "Fishermen's Association"):
    the owner is a common noun or a saint, and the words after it end on an
    organisation head; or a company suffix closes the name ("Pico's Subs Inc.").
    "China's Foreign Ministry" names a place first, so it is cut."""
    if not owner[:1].isupper():
        return False
    rest = text[after:end].split()[:4]
    if any(w.rstrip(".,") in _COMPANY_ENDINGS for w in rest):
        return True  # "Pico's Subs Inc.", "Domino's Pizza Ltd": a company's own name
    saint = text[max(start - 6, 0) : start].endswith(("St. ", "St ", "Saint "))
    low = owner.lower()
    # "Transport Workers' Union": a plural owner is a common noun when its singular is.
    common = low in lowercase_words() or (low.endswith("s") and low[:-1] in lowercase_words())
    if not saint and not common:
        return False
    rest = text[after:end].split()[:3]
    return any(w.lower() in ORG_TRIGGERS for w in rest)


_COMPANY_ENDINGS = frozenset((*CORPORATE_SUFFIXES, "LLC", "plc", "PLC", "Limited"))


def _no_inner_capital(tok: str) -> bool:
    """Whether no capital follows the first letter ("Paris"): then no glue point
    (a lowercase letter, then a capital) can be in ``tok``, and its search is skipped.
    ``×``, the one character of the pattern's capitals that is not a capital, never
    occurs in a token."""
    return tok[1:].islower()


def _clitic_cut(tok: str) -> int:
    """Length of ``tok`` before an English possessive or contraction, 0 when none."""
    if "'" not in tok and "’" not in tok:
        return 0
    if tok.endswith(("n't", "n’t")):
        return max(len(tok) - 3, 0)
    if tok.endswith(CONTRACTIONS):
        return max(tok.rfind("'"), tok.rfind("’"), 0)
    poss = POSSESSIVE.search(tok)
    return poss.start() if poss and poss.start() > 0 else 0


def group_pieces(pieces: list[Piece], *, english: bool = False) -> list[list[Piece]]:
    """Split tokens at connectors that join two separate names."""
    groups: list[list[Piece]] = []
    current: list[Piece] = []
    pending: Piece | None = None
    for index, piece in enumerate(pieces):
        if not piece.is_token:
            if not piece.text:  # a glued boundary always splits
                if current:
                    groups.append(current)
                current, pending = [], None
            else:
                pending = piece
            continue
        if len(current) >= MAX_GROUP:  # no name is that long: keep the work linear
            groups.append(current)
            current, pending = [], None
        if current and pending is not None:
            if _keep_join(current, pending, piece, english=english) or _and_joined(
                current, pending, pieces, index
            ):
                current.append(pending)
            else:
                groups.append(current)
                current = []
        current.append(piece)
        pending = None
    if current:
        groups.append(current)
    return groups


def _person_before(left: list[Piece]) -> bool:
    """Whether a run ends on a given name and a surname ("… Carla Jensen")."""
    if len(left) < 2 or not left[-1].is_token or left[-2].text.lower() in FUNCTION:
        return False
    return name_key(left[-2].text) in given_names()


def _keep_join(left: list[Piece], conn: Piece, right: Piece, *, english: bool = False) -> bool:
    c = conn.text.lower().replace("’", "'")
    if right.text.lower() in CALENDAR_WORDS:
        return False  # "Conservative Party on Tuesday"
    lead = next((p for p in left if p.text.lower() not in FUNCTION), left[0])
    head = name_key(lead.text.split("-")[0])
    tail = name_key(left[-1].text)
    joined = " ".join(p.text for p in left) + " " + c + " " + right.text
    if known_label(joined) is not None:
        return True
    if c == "&":
        return True  # "Johnson & Johnson", "Merck & Co."
    if c in ("and", "es"):
        return False  # "Microsoft and Amazon"; listed names joined by "and" matched above
    if c in ("of", "of the") and role_key(left[-1].text) in PORTFOLIO_TITLES:
        return True  # "Secretary of Homeland Security Alejandro Mayorkas": cut later
    if c in ENGLISH_CONNECTORS and _person_before(left) and tail not in ORG_TRIGGERS:
        return False  # "Senate Minority Leader Carla Jensen of Fresno": a person, a place
    if c in ENGLISH_CONNECTORS:
        return head in JOIN_HEADS or tail in ORG_TRIGGERS
    if c in ("et", "y"):
        return False
    if c == "do":
        # "André Corrêa do Lago", but not "What do Americans think".
        return is_name_word(left[-1].text) and left[-1].text.lower() not in common_words()
    if c.split()[0] in PERSON_PARTICLES - {"de", "du", "des", "d"} or c in ("al-", "el-"):
        return True
    # de, du, des, de la, de l', d'
    # "Royaume-Uni" is a whole name: "de l’Union européenne" after it names another.
    whole = "-" in lead.text and known_label(lead.text) is not None
    if (
        name_key(right.text) in COMPASS
        or (head in JOIN_HEADS and not whole)
        or lead.text in ORG_ACRONYM_HEADS
    ):
        return True
    alone = left[-1] is lead  # one name word, after any "Selon", "The"
    if (
        c == "de"
        and alone
        and (english or head in given_names())
        and _surname_after_particle(lead.text, right.text)
    ):
        return True  # "Marieke de Vries" in English copy, "Luca de Meo"
    return (
        alone
        and head in given_names()
        and right.text[:1].isupper()
        and known_label(right.text) is None
    )


_ORG_LAST_WORDS = ORG_TRIGGERS | ORG_TAILS
"""Last words of an organisation's name; built once, not per "and"."""


def _and_joined(left: list[Piece], conn: Piece, pieces: list[Piece], index: int) -> bool:
    """Whether "and" lies inside one organisation's name.

    It does when the words after it run on to an organisation head ("Food and Drug
    Administration", "Eli Lilly and Company") or when the left part is a head with
    its complement ("Department of Health and Human Services", "Centers for Disease
    Control and Prevention"). Two listed names either side stay apart.
    """
    last = name_key(left[-1].text)
    named = [p for p in left if p.text.lower() not in FUNCTION]
    if conn.text != "and" or last in ORG_TRIGGERS or (len(named) > 1 and last in ORG_TAILS):
        # "Island Records and Nimbus Labs": the left name is complete; a trade word
        # alone ("Securities and Exchange Commission") still opens the name.
        return False
    rest: list[Piece] = []
    for piece in pieces[index : index + MAX_GROUP]:
        if not piece.is_token:
            if piece.text not in ("of", "of the", "for", "for the", "&"):
                break  # "and", "on Tuesday" or a glued boundary ends the name
            continue
        rest.append(piece)
    if not rest or any(known_label(p.text) is not None for p in rest[:1]):
        return False
    listed = known_label(" ".join(p.text for p in left)) is not None
    if name_key(rest[-1].text) in _ORG_LAST_WORDS and not listed:
        return True
    lead = name_key(next((p.text for p in left if p.text.lower() not in FUNCTION), ""))
    inner = any(not p.is_token and p.text in ("of", "for", "for the") for p in left)
    return inner and lead in ORG_TRIGGERS and len(rest) <= 3


def _surname_after_particle(first: str, surname: str) -> bool:
    """Whether "<first> de <surname>" reads as one person's name.

    Both sides must look like names nobody lists as a place or an organisation, and
    neither may be an ordinary word or a title ("Maire de Paris", "Port de Brest").
    """
    for word in (first, surname):
        key = name_key(word)
        if (
            not is_name_word(word)
            or word.lower() in lowercase_words()
            or known_label(word) is not None
            or key in JOIN_HEADS
            or key in ROLE_WORDS
            or key in TITLES
        ):
            return False
    return True
