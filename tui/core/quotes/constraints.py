"""What may be a speaker, whichever engine or cue found it.

A reader trusts a quotation's speaker only if it is someone: a person or body the
article names (a PER or ORG entity), a pronoun resolved to one of those with the
right gender, number and animacy, or a noun phrase headed by a person or a body
noun (« le porte-parole », « la préfecture », "the campaign"). Anything else a cue
may pick up (an adverb, a verb, a place, « Dans un communiqué ») is no speaker at
all, and the quotation is left unattributed rather than wrongly attributed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from tui.core.courtesy_titles import TITLE_GENDERS
from tui.core.entities.role_nouns import BODY_NOUNS as BODY_NOUNS
from tui.core.entities.role_nouns import PERSON_NOUNS as PERSON_NOUNS
from tui.core.entities.role_nouns import PUBLIC_NOUNS as PUBLIC_NOUNS
from tui.core.entities.role_nouns import SINGULAR_ROLE_NOUNS as _SINGULAR
from tui.core.models import Entity
from tui.core.quotes.role_gender import EPICENE, GENDERED_NOUNS
from tui.core.text import fold

_LEADING = frozenset(
    fold(w)
    for w in """le la les l' l’ un une des du de d' d’ ce cet cette ces son sa ses leur leurs
    notre votre the a an this that these those his her its their our your several
    plusieurs certains certaines deux trois quatre cinq two three four five some many
    nouveau nouvelle nouvel ancien ancienne
    premier première jeune haut haute futur future former new top senior interim
    acting outgoing incoming then current actuel actuelle""".split()
)
_ENDS_CORE = frozenset(
    fold(w)
    for w in """de du des d' d’ of for from at in on with à au aux en pour chez sur par
    who which that qui que dont , ; : ( ) could would should will can may might must
    is are was were has have had did does do not be been being a ont est sont était
    étaient avait avaient sera seront serait ne pas n' n’ said says told dit déclaré
    et and or ou but mais""".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*['’]?|[,;:()]")


@lru_cache(maxsize=8192)
def phrase_core(phrase: str) -> tuple[str, ...]:
    """The folded words of a phrase's head group: leading determiners and pre-nominal
    adjectives dropped, cut at the first preposition, relative or comma."""
    words = [fold(w) for w in _WORD.findall(phrase)]
    i = 0
    while i < len(words) and words[i] in _LEADING:
        i += 1
    core: list[str] = []
    for w in words[i:]:
        if w in _ENDS_CORE or w.endswith(("'", "’")):
            break
        core.append(w)
    return tuple(core)


def _head(phrase: str) -> tuple[str, str] | None:
    """The head word of a description and what it names (``"person"`` or ``"body"``).

    French heads come first (« le porte-parole du Kremlin »), English ones last ("the
    Kremlin spokesman"); a core of three words or fewer is read whole ("chief
    executive officer"), a longer one only at its ends.
    """
    core = phrase_core(phrase)
    if not core or len(core) > 4:
        return None
    heads = (core[0], core[-1], *core[1:-1]) if len(core) <= 3 else (core[0], core[-1])
    for word in heads:
        # A compound not listed whole is read by its parts: « caisse-maladie », "co-founder".
        for part in (word, *_compound_parts(word)):
            if part in PERSON_NOUNS:
                return part, "person"
            if part in BODY_NOUNS:
                return part, "body"
    return None


def _compound_parts(word: str) -> tuple[str, ...]:
    """The first and last parts of a hyphenated word, where either may be its head."""
    parts = word.split("-")
    return (parts[0], parts[-1]) if len(parts) > 1 else ()


def noun_kind(phrase: str) -> str | None:
    """``"person"``, ``"body"`` or ``None``: what the head of a description names."""
    head = _head(phrase)
    return head[1] if head else None


def is_plural_phrase(phrase: str) -> bool:
    """A description of several (« les pompiers », "three engineers", "the organisers")."""
    words = [fold(w) for w in _WORD.findall(phrase)]
    if words and words[0] in _PLURAL_OPENERS:
        return True
    head = _head(phrase)
    if head is None:
        return False
    word = head[0]
    return (word.endswith(("s", "x")) and word[:-1] in _SINGULAR) or (
        word.endswith("men") and word[:-3] + "man" in _SINGULAR
    )


_PLURAL_OPENERS = frozenset(
    "les des ces leurs plusieurs certains certaines these those several some many two"
    " three four five deux trois quatre cinq".split()
)


def several_bodies(phrase: str) -> bool:
    """« les autorités turques », « les syndicats agricoles du département »: a plural
    body noun and no name, so several bodies and none the reader could look up."""
    core = phrase_core(phrase)
    plural = bool(core) and core[0].endswith(("s", "x")) and noun_kind(core[0]) == "body"
    return plural and not any(w[:1].isupper() for w in _WORD.findall(phrase))


def name_labels(entities: Sequence[Entity]) -> dict[str, frozenset[str]]:
    """The labels each canonical name carries, built once per article so that a
    speaker check costs a look-up rather than a pass over every entity."""
    labels: dict[str, set[str]] = {}
    for e in entities:
        labels.setdefault(e.canonical, set()).add(e.label)
    return {name: frozenset(found) for name, found in labels.items()}


def allowed_speaker(
    speaker: str | None,
    labels_of: Mapping[str, frozenset[str]],
    *,
    subject: bool = False,
) -> str | None:
    """``speaker`` if it may speak (a PER or ORG name, or a person or body noun
    phrase), else ``None``. ``labels_of`` maps each name of the article to its
    labels (:func:`name_labels`, built once per article).

    A place never speaks, with one exception news writing relies on: a state or
    capital standing as the subject of the reporting verb speaks for its government
    (« La Corée du Sud a averti », "Washington said"), so a LOC name found as the
    subject (``subject``) is kept. Found any other way (after *selon*, in a
    complement) it is dropped, as is any other kind of name (MISC).
    """
    if not speaker:
        return None
    labels = labels_of.get(speaker, frozenset())
    if labels:
        if labels & {"PER", "ORG"} or (subject and "LOC" in labels):
            return speaker
        return None
    words = {fold(w) for w in _WORD.findall(speaker) if w.islower()}
    if words & _VERBAL:
        return None  # "farmers could not be": a clause, not a description (« Grand Est » is a name)
    return speaker if noun_kind(speaker) is not None else None


_VERBAL = frozenset(
    fold(w)
    for w in """could would should will can may might must is are was were has have had
    did does do not be been being ont est sont était étaient avait avaient sera seront
    serait ne pas said says told dit déclaré""".split()
)


# -- gender, from what the article itself says ---------------------------------------

_ARTICLE_GENDER = {"le": "m", "un": "m", "du": "m", "au": "m", "la": "f", "une": "f"}
_GENDER_TOKEN = re.compile(r"[^\W\d_]+\.?(?:[-'’][^\W\d_]+)*|,")


def _gender_before(before: str) -> str | None:
    """The gender the words right before a name give it (« Mme », « la ministre … »)."""
    toks = [t.lower() for t in _GENDER_TOKEN.findall(before)][-6:]
    if toks and toks[-1] == ",":
        if _OPENING_AGENT.search(before):
            return None  # « Interrogé par la présidente, X »: X is the subject, not her
        toks.pop()
    if not toks or toks[-1] in _OF_WORDS:
        return None  # « la directrice sportive de X »: X completes her role, not his own
    if gender := TITLE_GENDERS.get(toks[-1].rstrip(".")):
        return gender
    for k, noun in enumerate(toks[-1:-4:-1]):  # « son frère cadet, Mathieu »: the noun
        if k and noun in ("son", "sa", "ses"):
            break  # « Son avocate, X »: the French possessive, not the English "son"
        kin = noun.split("-of-", 1)[0]  # "mother-of-two"
        if kin in GENDERED_NOUNS:
            return GENDERED_NOUNS[kin]
        if noun in _OF_WORDS or noun == ",":
            break
    for i in range(len(toks) - 2, -1, -1):
        if toks[i] == ",":
            return None
        if i and toks[i - 1] in _OF_WORDS:
            continue  # « le ministre de la Justice, X »: the article of a complement
        noun = fold(toks[i + 1])
        if toks[i] in _ARTICLE_GENDER and noun in PERSON_NOUNS and noun not in EPICENE:
            return _ARTICLE_GENDER[toks[i]]
    return None


_OF_WORDS = frozenset(("de", "d'", "d’", "of"))
_OPENING_AGENT = re.compile(
    r"(?:^|[.!?]\s+)[A-ZÀ-Ý][a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues|it|ite)\s+par\s+[^,.;:!?]+,\s*$"
)
"""A sentence opening on a participle and its agent: the name after the comma is the
sentence's subject, the agent someone else."""


def _gender_after(after: str) -> str | None:
    """The gender of an apposition right after a name (« X, la porte-parole, »)."""
    toks = [t.lower() for t in _GENDER_TOKEN.findall(after)][:3]
    if len(toks) == 3 and toks[0] == "," and toks[1] in _ARTICLE_GENDER:
        noun = fold(toks[2])
        return _ARTICLE_GENDER[toks[1]] if noun in PERSON_NOUNS and noun not in EPICENE else None
    return None


def genders(text: str, entities: Sequence[Entity]) -> dict[str, str]:
    """``canonical → "m" | "f"`` for the people the article marks for gender.

    The marks are the article's own: an honorific (« M. », « Mme », "Mrs"), an
    article before a person noun (« la ministre X », « X, le maire, ») or a gendered
    role noun ("spokeswoman X"). A name marked both ways is left out.
    """
    votes: dict[str, Counter[str]] = {}
    for e in entities:
        if e.label != "PER":
            continue
        marks = {
            _gender_before(text[max(0, e.start - 60) : e.start]),
            _gender_after(text[e.end : e.end + 40]),
        } - {None}
        if len(marks) == 1:
            votes.setdefault(e.canonical, Counter()).update(marks)  # type: ignore[arg-type]
    return {name: c.most_common(1)[0][0] for name, c in votes.items() if len(c) == 1}


PRONOUN_GENDER = {"il": "m", "he": "m", "elle": "f", "she": "f", "ils": "m", "elles": "f"}
"""The gender a subject pronoun refers to (French plurals are grammatical gender)."""

SINGULAR_PRONOUN_GENDER = {p: g for p, g in PRONOUN_GENDER.items() if p not in ("ils", "elles")}
"""The gender of a pronoun that stands for one person (« il », "she")."""


def nationality_word(word: str) -> bool:
    """A nationality word, folded (« italien », « belge »), listed or by its ending, as
    the entity rules read it: « l'Italien » describes a person as a role does."""
    from tui.core.entities.gazetteer import demonyms  # data loaded on first use only
    from tui.core.entities.shape import is_demonym

    return word in demonyms() or is_demonym(word)


def people_word(word: str) -> bool:
    """« Valaisan », « Vendéen »: a word naming someone by where they come from, read
    with its accents (the endings keep them) and without; a capitalised word in -an
    too (the nationality words leave that ending out)."""
    from tui.core.entities.gazetteer import known_label

    if known_label(word[:1].upper() + word[1:]) == "LOC":
        return False  # « le Valais », « le Soudan »: the place itself
    if nationality_word(fold(word)) or nationality_word(word.lower()):
        return True
    return word[:1].isupper() and _regional_in_an(fold(word))


@lru_cache(maxsize=4096)
def _regional_in_an(word: str) -> bool:
    """« valaisan », « persane »: a people's word in -an, which the entity rules leave
    out of their endings because so many places and names end so (« Soudan »,
    « Morgan »); read as one only when no place, given name or common word spells it."""
    from tui.core.entities import gazetteer as names

    if len(word) < 6 or not word.isalpha() or not word.endswith(_IN_AN):
        return False
    key = names.name_key(word)
    if word in names.common_words() or key in names.given_names():
        return False
    if key in names.world_given_names():
        return False
    return names.known_label(word.capitalize()) is None


_IN_AN = ("an", "ane", "anne", "ans", "anes", "annes")


@lru_cache(maxsize=4096)
def national_word(word: str) -> bool:
    """A nationality word of a country, folded (« français », « néerlandais », « belge »),
    not of a region or town (« aveyronnais », « limbourgeois »): a person may be both, so
    only two countries' words tell two people apart."""
    from tui.core.entities.lexicon import DEMONYM_ENDINGS
    from tui.core.name_aliases import country_words

    if not nationality_word(word):
        return False
    ending = max((e for e in DEMONYM_ENDINGS if word.endswith(e)), key=len, default="")
    stem = word[: len(word) - len(ending)]
    if not ending or len(stem) < 4:
        return True  # « belge », « russe »: listed, no ending to read a place from
    return any(w.startswith(stem) for w in country_words())


def members_of(words: list[str], head: str) -> bool:
    """Whether a name (its folded ``words``) holding ``head`` names a body of people
    who work in it (a "Hospital Workers Union" is no hospital): a word for people follows."""
    at = words.index(head) + 1 if head in words else len(words)
    return at < len(words) and noun_kind(words[at].strip("'’")) == "person"
