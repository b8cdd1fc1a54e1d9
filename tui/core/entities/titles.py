"""Titles written before a name: cut them off and keep the person after them.

"U.S. President Joe Biden" gives "U.S." and "Joe Biden"; a portfolio
("Secretary of Homeland Security") runs on until the holder's name.
"""

from __future__ import annotations

from tui.core.entities.gazetteer import (
    demonyms,
    given_name_genders,
    given_names,
    known_label,
    lowercase_words,
    name_key,
    world_given_names,
)
from tui.core.entities.lexicon import (
    AMBIGUOUS_ROLE_HEADS,
    CORPORATE_ROLES,
    ORG_TRIGGERS,
    PERSON_PARTICLES,
    PORTFOLIO_TITLES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
)
from tui.core.entities.patterns import ROLE_WORDS, Piece
from tui.core.entities.shape import is_demonym, is_name_word
from tui.core.models import EntityLabel


def split_titles(group: list[Piece]) -> list[tuple[list[Piece], bool, EntityLabel | None]]:
    """Cut a title out of a group: "U.S. President Joe Biden" → "U.S." and "Joe Biden".

    Returns the parts to label, each with whether it is a person announced by the
    title and a fallback label (a company before "CEO"). A trailing title with no name
    after it ("Colorado Secretary") is dropped.
    """
    tokens = [i for i, p in enumerate(group) if p.is_token]
    if len(tokens) < 2:
        return [(group, False, None)]
    if not any(role_key(group[i].text) in ROLE_HEADS for i in tokens):
        return _after_initials(group, tokens) or [(group, False, None)]
    portfolio = _split_portfolio(group)
    if portfolio is not None:
        return portfolio
    keys = [role_key(group[i].text) for i in tokens]
    head = -1
    for k in range(len(tokens) - 1, -1, -1):
        if keys[k] not in ROLE_HEADS:
            continue
        compound = k > 0 and tokens[k] - tokens[k - 1] == 1 and keys[k - 1] in ROLE_WORDS
        if k + 1 < len(tokens) and not _names_follow(
            group, tokens[k + 1 :], keys[k], compound=compound
        ):
            continue
        head = k
        break
    if head < 0 or _brief_follows(group, tokens[head]):
        return [(group, False, None)]
    first = head
    while first > 0 and (keys[first - 1] in ROLE_HEADS or keys[first - 1] in ROLE_MODIFIERS):
        if tokens[first] - tokens[first - 1] != 1:  # joined by "of": "Secretary of State"
            break
        first -= 1
    if head == len(tokens) - 1 and (
        first == 0
        or keys[head] in AMBIGUOUS_ROLE_HEADS
        or known_label(text_of(group[: tokens[first - 1] + 1])) is None
    ):
        # A title alone is dropped by the usual rules; "Julie Bishop" keeps its name.
        return [(group, False, None)]
    out: list[tuple[list[Piece], bool, EntityLabel | None]] = []
    if first > 0:
        corporate = any(keys[k] in CORPORATE_ROLES for k in range(first, head + 1))
        before = group[: tokens[first - 1] + 1]
        if not _portfolio_word(before):  # "Budget Director X": the brief, no body
            out.append((before, False, "ORG" if corporate else None))
    if head + 1 < len(tokens):
        out.append((group[tokens[head + 1] :], True, None))
    return out


def _after_initials(
    group: list[Piece], tokens: list[int]
) -> list[tuple[list[Piece], bool, EntityLabel | None]] | None:
    """ "Kiptoim Ward MCA David Lomuria": an office written in initials the lists do
    not hold, right before a given name and one or two more name words: the person
    starts at the given name; the initials name no one, the words before them may."""
    for k in range(len(tokens) - 2):
        initials = group[tokens[k]].text
        if not (2 <= len(initials) <= 5 and initials.isalpha() and initials.isupper()):
            continue
        rest = tokens[k + 1 :]
        if len(rest) > 3 or name_key(group[rest[0]].text) not in given_names():
            return None
        if not all(is_name_word(group[i].text) and not group[i].text.isupper() for i in rest):
            return None
        person = (group[rest[0] :], True, None)
        return [(group[: tokens[k - 1] + 1], False, None), person] if k else [person]
    return None


def _split_portfolio(
    group: list[Piece],
) -> list[tuple[list[Piece], bool, EntityLabel | None]] | None:
    """Cut "Secretary of Homeland Security Alejandro Mayorkas" to the person after it.

    The portfolio runs on until a given name, or else until the last two name words;
    a title with no name after it ("the Secretary of State said") names nobody.
    """
    at = next(
        (
            i
            for i in range(1, len(group) - 1)
            if not group[i].is_token
            and group[i].text.lower() in ("of", "of the")
            and role_key(group[i - 1].text) in PORTFOLIO_TITLES
        ),
        None,
    )
    if at is None:
        return None
    lead = [p for p in group[:at] if p.is_token]
    before = [] if len(lead) < 2 else group[: group.index(lead[-1])]
    while before and role_key(before[-1].text) in ROLE_WORDS:
        before = before[:-1]  # "Deputy Secretary of State": all title
    out: list[tuple[list[Piece], bool, EntityLabel | None]] = []
    if before and any(p.is_token for p in before):
        out.append((before, False, None))
    rest = [p for p in group[at + 1 :] if p.is_token]
    names = [i for i, p in enumerate(rest) if name_key(p.text.split("-")[0]) in given_names()]
    start = names[0] if names and names[0] > 0 else max(len(rest) - 2, 1)
    person = rest[start:]
    if not names and all(p.text.lower() in lowercase_words() for p in person):
        return out  # "Minister of Advanced Education, X,": the brief runs to the end
    if len(rest) >= 2 and 1 <= len(person) <= 4 and all(is_name_word(p.text) for p in person):
        out.append((group[group.index(person[0]) :], True, None))
    return out


def _brief_follows(group: list[Piece], head: int) -> bool:
    """Whether a lowercase "for" or "of" follows the title ("High Commissioner for
    Refugees", "Office of the Commissioner of Police"): the title and its brief name an
    office, not the person after them."""
    after = group[head + 1] if head + 1 < len(group) else None
    return after is not None and after.text in ("for", "of")


def text_of(pieces: list[Piece]) -> str:
    """The pieces joined as a name is written, for lookups."""
    return " ".join(p.text for p in pieces if p.text)


def role_key(word: str) -> str:
    return word.lower()


def _names_follow(
    group: list[Piece], rest: list[int], head_key: str, *, compound: bool = False
) -> bool:
    """Whether the tokens after a role head read as a person's name.

    An ambiguous head ("General") needs a given name after it, unless it closes a
    compound title ("Attorney General", "Chief Executive").
    """
    words = [group[i].text for i in rest]
    if len(words) > 4 or name_key(words[-1]) in ORG_TRIGGERS:
        return False
    if known_label(" ".join(words)) is not None:
        return False
    first = name_key(words[0].split("-")[0])
    # "Bega Valley Mayor Dominic Sheehy": a given name of any country after the title.
    given = first in given_names() or (len(words) >= 2 and first in world_given_names())
    # "Leader Grace Okonkwo": a given name that is also a word, before a surname
    given = given or (len(words) == 2 and first in given_name_genders() and is_name_word(words[1]))
    if head_key in AMBIGUOUS_ROLE_HEADS and not compound:
        # "Justice Harlan Beckett", "Justice R. Meenakshi Sundaram": a title only a
        # person bears, before a full name, whatever the given name.
        full = len(words) >= 2 and all(is_name_word(w) or _initial(w) for w in words)
        return given or (head_key in _PERSON_ONLY_TITLES and full)
    if given and words[-1][:1].isupper():
        return True  # "Minister Bruno Le Maire": a surname may also be a common word
    if plain_words(words):
        return False
    return all(
        is_name_word(w)
        or _initial(w)
        or role_key(w) in ROLE_HEADS
        or (i > 0 and w.lower() in PERSON_PARTICLES)
        for i, w in enumerate(words)
    )


_PERSON_ONLY_TITLES = frozenset("justice judge bishop cardinal pope inspector constable".split())
"""Ambiguous heads that, before a full name, are a title: no company is named so."""


def _initial(word: str) -> bool:
    """ "R.", "T.S.": a given name cut to its initials."""
    letters = word.replace(".", "")
    return word.endswith(".") and letters.isalpha() and letters.isupper() and len(letters) <= 3


def _portfolio_word(part: list[Piece]) -> bool:
    """Whether the words before a title are one common noun naming its brief ("Budget",
    "Transport", "Health"), not a body or place of its own."""
    words = [p for p in part if p.is_token]
    if len(words) != 1 or known_label(words[0].text) is not None:
        return False  # "Apple CEO": a listed company
    return words[0].text.lower() in lowercase_words()


def plain_words(words: list[str]) -> bool:
    """Whether the words after a title are two or more that a dictionary writes in
    lowercase, the first no given name: a title-case headline ("Governor Signs
    Budget"), not a person announced by the title."""
    return (
        len(words) >= 2
        and name_key(words[0].split("-")[0]) not in given_names()
        and all(w.lower() in lowercase_words() for w in words)
    )


_AFFILIATIONS = frozenset(
    """independent labour tory conservative liberal democratic democrat republican green
    greens socialist nationalist unionist gop snp dup""".split()
)
_MEMBER_TITLES = frozenset("mp td mla msp mep mk senator congressman congresswoman".split())


def affiliation_title(surface: str) -> bool:
    """Whether a run is a party or nationality before a member's title ("Independent
    TD", "Tory MP", "French MEP"): a description of someone, not their name."""
    words = surface.lower().split()
    return (
        len(words) >= 2
        and words[-1] in _MEMBER_TITLES
        and all(w in _AFFILIATIONS or is_demonym(w) or w in demonyms() for w in words[:-1])
    )


def title_only(surface: str) -> bool:
    """Whether a run of two words or more is all title ("Finance Minister", "Chief
    Justice"): a headline's "Finance Minister says" names a role, not a person."""
    words = surface.split()
    return len(words) >= 2 and all(role_key(w) in ROLE_WORDS for w in words)
