"""The closed word classes quotation attribution reads, in French and English.

Determiners, prepositions, pronouns, clause words, cue nouns (« communiqué », "spokesman")
and the patterns of *selon*/*according to*: one place for the vocabulary, so the
attribution modules hold only rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tui.core.courtesy_titles import ABBREVIATED_TITLES
from tui.core.entities.role_nouns import FIRM_TRADES
from tui.core.entities.shape import party_tag
from tui.core.quotes.speech_verbs import AUXILIARIES
from tui.core.text import fold

_WINDOW = 500  # characters of context read on each side of a quotation


def _fset(words: str) -> frozenset[str]:
    """A word set matching both the lowercase and the accent-folded spelling."""
    return frozenset(w.lower() for w in words.split()) | {fold(w) for w in words.split()}


ELIDED_WORDS = r"[cdjlmnst]|qu|jusqu|lorsqu|puisqu"
"""French words that drop their vowel before another (« l'OMS », « qu'elle »), as a
regular-expression alternation: each is a token of its own."""

# Numbers keep their commas (1,300; 2,5); « par ailleurs » is one adverb, not an agent.
_TOKEN = re.compile(
    rf"par ailleurs\b|(?:{ELIDED_WORDS})['’](?=\w)|\d+(?:[.,]\d+)+|\w+(?:[-'’]\w+)*|\S",
    re.IGNORECASE,
)


_SUBJECT_PRONOUNS = _fset("il elle ils elles he she they")


_PLURAL_PRONOUNS = _fset("ils elles they")


_PREPOSITIONS = _fset(
    """à a au aux de du des d' d’ avec par pour sur contre chez dans en entre vers
    devant derrière lors pendant depuis après avant sans sous selon malgré face
    to with of by for from against at in on about into onto during after before
    without under over near outside inside around across behind beside within près"""
)


_DETERMINERS = _fset(
    """le la l' l’ les un une des son sa ses leur leurs ce cet cette ces the a an his her
    its their this that these those"""
)


_SKIP_WORDS = _fset(
    """également aussi puis ensuite encore déjà enfin alors notamment toutefois cependant même
    ainsi donc néanmoins désormais aussitôt immédiatement ailleurs
    pourtant lui elle lui-même elle-même eux quant côté part pour sa son de à ne n' n’
    y en pas jamais plus hier aujourd'hui aujourd’hui lundi mardi mercredi jeudi
    vendredi samedi dimanche matin soir midi dernier dernière prochain récemment
    publiquement officiellement finalement veille lendemain semaine week-end then
    also later earlier again previously recently publicly monday tuesday wednesday
    thursday friday saturday sunday
    yesterday today tonight night morning afternoon evening last on , se s' s’
    repeatedly often always never already long frequently consistently privately now still
    openly separately subsequently initially originally reportedly souvent toujours
    longtemps nevertheless nonetheless however meanwhile instead likewise similarly
    once twice lately ultimately eventually quickly promptly swiftly briefly simply
    flatly bluntly angrily quietly firmly strongly sharply famously pointedly bitterly
    candidly frankly tersely curtly wryly sèchement fermement vivement vertement
    fortement clairement franchement simplement brièvement longuement ouvertement"""
) | {fold(w) for w in (*AUXILIARIES, "par ailleurs")}


_CLAUSE_STOPS = _fset(
    """. ; : ! ? « » “ ” „ " ‹ › que qu' qu’ qui dont où mais car that which who
    whom whose but because"""
)


_SELON = re.compile(
    r"\b(?:selon|d['’]après|par la voix d(?:e|u|es|e l['’])|aux dires d(?:e|u|es)"
    r"|according to)\s+",
    re.IGNORECASE,
)


_SELON_PRONOUNS = {
    "lui": "il",
    "elle": "elle",
    "eux": "ils",
    "elles": "elles",
    "him": "he",
    "her": "she",
    "them": "they",
}


_OTHER_CUES = _fset(
    """baptisé baptisée baptisés baptisées surnommé surnommée surnommés surnommées
    intitulé intitulée intitulés intitulées nommé nommée dit dite dits dites appelé
    appelée opération operation film livre roman album série émission chanson
    titre slogan hashtag mot terme expression label so-called dubbed nicknamed titled
    entitled named called book novel song show series term word phrase"""
)


_SOURCE_NOUNS = _fset(
    """communiqué communiqués rapport texte document déclaration agence journal
    quotidien hebdomadaire chaîne média site ministère gouvernement présidence
    statement report agency newspaper paper daily outlet broadcaster network release
    ministry government fondation association syndicat fédération entreprise société
    groupe compagnie company firm group union foundation federation club organisation
    direction juges juridiction magistrats charity utility trust bank airline retailer
    operator insurer manufacturer carmaker regulator watchdog university hospital museum
    festival plateforme enseigne opérateur constructeur fabricant assureur banque
    mutuelle université hôpital musée établissement parti party bailleur collectif"""
) | _fset(" ".join(FIRM_TRADES))


ISSUED_PAPERS = "lettre courrier courriel décret arrêté ordonnance jugement délibération"
"""French papers a body issues and news quotes as speaking for it: statements and
documents alike (:data:`_STATEMENT_NOUNS`, ``documents.DOCUMENT_NOUNS``)."""

_STATEMENT_NOUNS = _fset(
    """communiqué communiqués rapport texte document déclaration message statement
    report release letter note ruling filing dires article éditorial editorial """
    + ISSUED_PAPERS
)


TO_VERBS = frozenset("used going continued continues went tried tries wanted wants had".split())
"""English verbs that lead a reporting verb with "to" and share its subject."""

LEADING_VERBS = frozenset(
    fold(w)
    for w in """préfère préfèrent préférait préféraient veut veulent voulait voulaient
    entend entendent entendait comptait compte comptent""".split()
)
"""French verbs that lead a bare infinitive of saying and share its subject (« préfère
parler de », « veut rappeler »)."""


_SPOKES_NOUNS = _fset(
    """porte-parole représentant représentante spokesman spokeswoman spokesperson
    representative"""
)


_OF = _fset("de du des d' d’ of")

OF_ARTICLE = r"de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|d['’]\s*"
"""« de » and the article it carries (« de la », « de l' », « du », « des », « d' »)."""
OF_BEFORE = re.compile(rf"\b(?:{OF_ARTICLE}|de\s+)$")
"""« de » with or without its article, ending the text before a name."""
BODY_BEFORE_PLACE = re.compile(
    r"(?:\b(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’]\s*))?([a-zà-ÿ-]+)\s+"
    rf"(?:{OF_ARTICLE}|de\s+)$"
)
"""A noun and the « de » that ties it to the place named next (« la préfecture du »):
the noun, when it names a body, governs the place (group 1)."""


_ARTICLES = _fset("le la l' l’ les the")


_CONTRACTED = _fset("au aux")


_AUX = _fset(" ".join(AUXILIARIES))


_RELATIVES = _fset("qui dont où who which whose")


_PHRASE_ENDS = _fset("aux au to at in on during lors devant dans pendant depuis while sur via")


_CONJUNCTIONS = _fset("et ou puis mais and or but then")


_HEADS_OF_PEOPLE = _fset("on certains some many others one nous we i je")


_MARK_TOKENS = frozenset("«»“”„‹›\"‘’'`")


_BREAK_TOKENS = frozenset([",", ".", ";", ":", "!", "?", "«Q»"])


_SUBORDINATORS = _fset("whether if that because when while que qu' qu’ si car quand lorsque")


_SENTENCE_STOPS = frozenset([".", ";", ":", "!", "?", "«Q»"])


_RIGHT_APPOSITION = re.compile(r"\s*,\s+(?:le|la|l['’]|les|the|a|an|un|une)\s*$", re.IGNORECASE)


_ROLE_TEXT = re.compile(r"[^,.;:«»“”\n]{3,80}?(?=,)")


_NOUN_MARKERS = _fset(
    """the an this these those his her its their our my your un une du au aux ce cet
    cette ces son sa ses notre votre nos vos leurs mon ma mes"""
)


SENTENCE_PUNCT = re.compile(r"[.!?](?=\s)")
"""A full stop, exclamation or question mark before a space: where a sentence may end."""

_STOP_AND_SPACE = re.compile(r"[.!?…]\s+")


def last_sentence(text: str) -> str:
    """The last sentence of ``text`` (its trailing spaces dropped): what the writer said
    right before a quotation that follows."""
    return _STOP_AND_SPACE.split(text.rstrip())[-1]


_SENT_END = re.compile(r"[.!?…](?=[\s»”\"’)]*\s+(?:[A-ZÀ-Þ«“„\"0-9‘]|''|``|'(?=[A-ZÀ-Þ])))")


SINGULAR_DEFINITE = frozenset(("le", "la", "l'", "l’", "the"))
"""Articles that open a description of one person or thing already known."""

SINGULAR_POSSESSIVES = frozenset("son sa leur his her their".split())
"""People's possessives before one thing or person owned: « leur avocat »."""
POSSESSIVES = SINGULAR_POSSESSIVES | frozenset("ses leurs its".split())
"""Possessive determiners: « ses collègues », "her co-authors"."""

NUMBER_WORDS = frozenset(
    """deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente
    quarante cinquante cent mille two three four five six seven eight nine ten dozen
    hundred""".split()
)
"""Numbers written as words: what they count is a thing or a crowd, no one named."""

_LETTERS = re.compile(r"[^\W\d_]+")


def last_word_before(text: str, at: int, reach: int = 30) -> str:
    """The folded word of letters written last before offset ``at`` (``""`` if none)."""
    words = _LETTERS.findall(text, max(0, at - reach), at)
    return fold(words[-1]) if words else ""


_BE = _fset(
    """est sont sera seront serait seraient était étaient été fut furent soit soient
    être étant is are was were been be being"""
)
_REFLEXIVE = _fset("se s' s’")
"""Reflexive pronouns: « s'est déclarée » is active, « se poursuit » no saying."""
NEGATION = _fset("ne n' n’")
REFLEXIVE_OR_NEGATION = _REFLEXIVE | NEGATION
"""Clitics between a subject and its auxiliary (« X, ne s'est pas … »)."""


def passive_voice(toks: Sequence[Any], i: int) -> bool:
    """Whether the participle ``toks[i]`` follows a form of « être » / "be": « l'état
    de catastrophe sera reconnu », "it was announced". Its subject is what is reported
    on, not who reports; « elle s'est déclarée » stays active, and so does « l'Agence
    … Grand Est assure » (a capital is a name's, no « est »)."""
    if toks[i - 1].low not in _BE or not toks[i - 1].text.islower():
        return False
    return i < 2 or toks[i - 2].low not in _REFLEXIVE


def real_sentence_end(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends a sentence: not after a title, an
    honorific or an initial."""
    if text[dot] != ".":
        return True
    k, floor = dot, max(0, dot - 4)
    while k > floor and text[k - 1].isalpha():
        k -= 1
    if dot - k == 4:
        return True  # four letters or more (lowercasing never shortens): no title, no initial
    word = text[k:dot]
    if word[:1].isupper() and word.lower() in _TITLE_ABBREVIATIONS:
        return False  # "St. Brendan's", "Sen. Ortiz", "Oct. 31": the phrase goes on
    return not (len(word) == 1 or word.lower() in ("m", "mm", "mme", "mr", "mrs", "ms", "dr"))


def inner_stop(text: str, tok: Any) -> bool:
    """Whether the token ``tok`` is a full stop inside a sentence ("Sen. Ortiz", "M. Durand"),
    which phrases read past."""
    return bool(tok.text == "." and not real_sentence_end(text, tok.start))


_TITLE_ABBREVIATIONS = frozenset(
    "st ste mt ft sen rep gov gen lt col sgt capt cmdr adm ald cllr pr me no hon"
    " jan feb aug sept oct nov dec janv févr fév déc".split()
)


AS_WORDS = frozenset(("comme", "as"))
"""What presents something as the quoted words (« présentée comme « … » », "regarded
as "…"")."""


def without_brackets(toks: Sequence[Any]) -> list[Any]:
    """The tokens outside parentheses: a party tag or an age in brackets is no subject,
    nor a party tag set off by commas ("Sen. Ann Ruiz, D-N.M., said")."""
    if any(party_tag(t.text) for t in toks):
        toks = _without_party_tags(toks)
    if all(t.text not in ("(", ")") for t in toks):
        return list(toks)  # most phrases hold no brackets; an unclosed one ends the phrase
    out: list[Any] = []
    depth = 0
    for t in toks:
        depth += t.text == "("
        if depth == 0:
            out.append(t)
        depth -= depth > 0 and t.text == ")"
    return out


def _without_party_tags(toks: Sequence[Any]) -> list[Any]:
    """``toks`` without a comma-set party tag, its full stop and its closing comma; and
    without its opening comma too when a verb follows ("Ann Ruiz, D-N.M., said")."""
    out: list[Any] = []
    skip = closed = False
    for t in toks:
        if party_tag(t.text) and out and out[-1].text == ",":
            skip = True
            continue
        if skip and (t.text in (".", ",") or (len(t.text) == 1 and t.text.isupper())):
            skip = t.text != ","  # "D-N.Y.,": the state's letters, up to the comma
            closed = not skip
            continue
        if closed and t.text[:1].islower() and out and out[-1].text == ",":
            out.pop()
        skip = closed = False
        out.append(t)
    return out


_INFINITIVE_MARKERS = frozenset(("de", "d'", "d’", "à", "pour"))  # unfolded: « a » is a verb
"""Words after which a French verb is an infinitive, with no subject of its own."""
INDEFINITE_ARTICLES = frozenset("un une des a an".split())
_INDEFINITE = INDEFINITE_ARTICLES | frozenset("one some certains plusieurs".split())
"""Articles that introduce someone the article does not identify."""
_JOINS = frozenset(("et", "and", "but", "mais"))
"""Conjunctions after which a second verb shares the first verb's subject."""


def completes_a_noun(text: str, start: int) -> bool:
    """Whether the name at ``start`` completes a noun naming a thing, one space after
    it (« l'affaire X », « la rue X »; not a headline above): the person does nothing."""
    joined = text[start - 1 : start] == " " and text[start - 2 : start - 1].isalpha()
    return joined and last_word_before(text, start) in _NAMED_AFTER


_NAMED_AFTER = frozenset(
    """affaire affaires proces dossier cas scandale loi plan rue avenue boulevard place
    stade fondation musee prix gouvernement cabinet ere methode doctrine case trial""".split()
)
"""Nouns a person's name completes without describing that person."""


def english_past(tok: Any) -> bool:
    """A lowercase English past tense or participle ("thanked", "ordered")."""
    return tok.text.islower() and len(tok.low) > 4 and tok.low.endswith("ed")


def verb_before_titles(tok: Any, words: Sequence[Any]) -> bool:
    """An English past tense with only titles between it and a name ("thanked Mrs")."""
    return english_past(tok) and all(w.low.rstrip(".") in ABBREVIATED_TITLES for w in words)


REPLY = re.compile(
    r"\b(?:répond\w*|rétorqu\w*|répliqu\w*|repli\w*|repl(?:y|ied|ies)|retort\w*|"
    r"counter(?:s|ed)?|respond\w*|shot back|fired back|hit back)\b",
    re.IGNORECASE,
)
"""Verbs of reply (« a rétorqué », "responded", "shot back"): their speaker is not the
one answered."""


def is_reply(cue: str) -> bool:
    """Whether the words of a cue hold a verb of reply."""
    return REPLY.search(cue) is not None


ORGAN_NOUNS = frozenset("direction management présidence presidency".split())
"""Nouns of the organ that runs a body and speaks for it (« la direction du groupe »)."""
