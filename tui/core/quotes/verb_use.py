"""Whether a word that can report speech is used as a verb where it stands.

« le dit », "the state", « l'accusé »: many verbs of saying are also nouns, and a
determiner, a possessive or an elided article before them says which.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tui.core.quotes.speech_verbs import AUXILIARIES, is_speech_verb
from tui.core.quotes.words import _BE, _NOUN_MARKERS, _REFLEXIVE


def verb_use(
    toks: Sequence[Any],
    i: int,
    language: str,
    *,
    strong: bool = True,
    leads_in: bool = False,
    opening: str = "",
) -> bool:
    """Whether ``toks[i]`` is a reporting verb here, not a noun (``the state``, ``son dit``).

    A determiner or a possessive (``China's``) right before the word makes it a noun.
    ``leads_in``: the tokens end where the quotation opens, and the verb must lead to it;
    ``opening`` is the quotation's first words, lowercased.
    """
    # « relève que », « décrit un « … » »
    bound = leads_in and _bound_verb(toks, i, language, opening)
    said = bound or is_speech_verb(toks[i].text, language, strong=strong) or _put_it(toks, i)
    if not said and not _finding(toks, i):
        return False
    if i == 0:
        return True
    before = toks[i - 1]
    prev = before.low
    if language == "fr" and pronominal_not_said(prev, toks[i].low):
        return False  # « l'enquête se poursuit », « la tendance se confirme »
    # A capitalised « Vos » or « Nos » before a verb is a surname, not a possessive.
    marker = prev in _NOUN_MARKERS and (before.text.islower() or prev in _EN_MARKERS)
    marker = marker or (prev in ("l'", "l’") and toks[i].low.endswith(("é", "ée")))  # l'accusé
    # « à l'origine de l'alerte »: after « de l' » or « à l' », a noun, not « l'alerte » verb
    marker = marker or (prev in ("l'", "l’") and i > 1 and toks[i - 2].low in ("de", "à"))
    marker = marker or prev.isdigit()  # "a 2022 report": a year or a count before a noun
    marker = marker or (language == "en" and prev == "a")  # "a report": French « a » is a verb
    # "the head of state", "a call for comment": after a preposition, a noun (but "by
    # saying": a gerund stays a verb).
    # French « on » is the pronoun: « on indique » is a verb.
    english_on = prev in _EN_PREPOSITIONS and (language == "en" or prev != "on")
    marker = marker or (english_on and not toks[i].low.endswith("ing"))
    # "the union's pay claim": a noun-like form after a possessive and its noun
    marker = marker or (
        i > 1 and toks[i - 2].low.endswith(("'s", "’s")) and toks[i].low in _EN_NOUN_FORMS
    )
    # "an earnings call", "a press statement": after "a" and a noun, a base form can
    # be no verb, since a singular subject would take the verb's -s.
    marker = marker or (_after_singular_nouns(toks, i) and toks[i].low in _EN_NOUN_FORMS)
    return not marker and not prev.endswith(("'s", "’s"))


def _after_singular_nouns(toks: Sequence[Any], i: int) -> bool:
    """Whether one or two nouns and "a" come right before ``toks[i]`` ("an earnings
    call", "a Senate staff report"): a base form there is no verb, since a singular
    subject would take the verb's -s."""
    if toks[i].low.endswith("s"):
        return False
    for back in (2, 3):
        if i < back or toks[i - back].low not in _EN_SINGULAR:
            continue
        between = toks[i - back + 1 : i]
        if back == 2 or all(t.text[:1].isalnum() and t.low not in _NOT_NOUNS for t in between):
            return True
    return False


_NOT_NOUNS = AUXILIARIES | frozenset("who that which and or but of not never also".split())
"""Words between "a" and a base form that leave it a verb ("a group of residents
report", "a spokesman will report")."""


# Reporting verbs whose pronominal form means something else: « se poursuivre »
# (go on), « se confirmer » (prove true), « se révéler » (turn out), « se rappeler »
# (remember), « s'annoncer » (look set to be), « se résumer » (come down to), « se
# lancer » (launch into)…
_NOT_SAID_REFLEXIVE = (
    "poursui",
    "confirm",
    "révél",
    "revel",
    "rappel",
    "annon",
    "résum",
    "resum",
    "précis",
    "precis",
    "conclu",
    "tranch",
    "signal",
    "rapport",
    "répond",
    "repond",
    "lanc",
)


def pronominal_not_said(prev: str, low: str) -> bool:
    """Whether ``low`` after ``prev`` is the pronominal form of a reporting verb that
    says nothing (« se poursuit », « se lancer »)."""
    return prev in _REFLEXIVE and low.startswith(_NOT_SAID_REFLEXIVE)


_EN_MARKERS = frozenset("the an this these those his her its their our my your".split())
_EN_SINGULAR = frozenset("a an another each every".split())
_EN_PREPOSITIONS = frozenset("of for in on by with from at into".split())
_EN_NOUN_FORMS = frozenset(
    """claim claims comment comments statement call calls warning appeal plea demand
    request response reply promise pledge vow remark answer threat complaint charge
    offer proposal note notice report""".split()
)


_FINDINGS = frozenset(
    """found finds ruled rules held holds alleged alleges determined concluded
    découvert découvre découvrent constaté constate constatent conclu conclut concluent
    établi établit établissent""".split()
)
_BARE_FINDINGS = frozenset("found ruled determined concluded estimated projected".split())
"""Past forms that are never nouns, so that they need no "that" to show a clause."""
_CLAUSE_VERBS = frozenset("is are was were will would could should may might has have had".split())
_CLAUSE_REACH = 8  # words from the verb to its complement clause's verb


def _finding(toks: Sequence[Any], i: int) -> bool:
    """ "The court ruled that…", "the review found that…", "prosecutors alleged that…",
    "the study concluded the scheme was…": a verb of finding before a clause reports
    what a court, a study or a party states. Without "that", the clause shows by its
    own verb ("found the cuts would be"); "police found the body of" reports nothing."""
    low = toks[i].low
    if (low not in _FINDINGS and low not in _BARE_FINDINGS) or i + 1 >= len(toks):
        return False
    if toks[i + 1].low in ("that", "que", "qu'", "qu’"):
        return True
    if low not in _BARE_FINDINGS:
        return False  # "rules", "holds": nouns as often as verbs
    for t in toks[i + 1 : i + 1 + _CLAUSE_REACH]:
        if t.low in _CLAUSE_VERBS:
            return True
        if not t.text[0].isalnum() and t.text not in ("'", "’", "-"):
            return False  # a mark, a quotation or a comma closes the object first
    return False


PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
"""The endings of French past participles of the first group (« publié », « rendues »)."""
_CLAUSE_OPENERS = frozenset((",", ";", ":", "que", "qu'", "qu’", "et", "mais"))


_IRREGULAR_PARTICIPLES = frozenset(
    """écrite écrites écrits décrite décrites décrits prédite prédites prédits dite dites
    dits promise promises promis admise admises lu lue lus lues relu relue relus relues
    reprise reprises""".split()
)
"""Participles of « écrire », « dire », « promettre », « lire »… that no present tense
shares (« des garanties écrites », « des courriels lus à l'audience »; « écrit » and
« dit » are also the present)."""


def bare_participle(toks: Sequence[Any], j: int, language: str, since: int = 0) -> bool:
    """A French past participle with no auxiliary before it since ``since`` (« estimée »,
    « cité »): it qualifies a noun; a clause needs a conjugated verb (« a estimé X »)."""
    low = toks[j].low
    if language != "fr" or not (low.endswith(PARTICIPLE_ENDINGS) or low in _IRREGULAR_PARTICIPLES):
        return False
    return not any(b.low in AUXILIARIES for b in toks[since:j])  # « a encore précisé »


def attributive_participle(toks: Sequence[Any], j: int, language: str) -> bool:
    """A participle set right after the noun it qualifies, in a clause with no auxiliary
    (« les dépassements relevés étaient »): an adjective, not the clause's verb."""
    if j == 0 or not toks[j - 1].text.isalpha() or not toks[j - 1].text.islower():
        return False
    if toks[j - 1].low in _BE or toks[j - 1].low.endswith("ment"):
        return False  # « sont relevés », « longuement évoqué »
    since = max((i + 1 for i in range(j) if toks[i].low in _CLAUSE_OPENERS), default=0)
    return j - since >= 2 and bare_participle(toks, j, language, since)


_OBJECT_BOUND = ("relev", "relèv", "décri")
"""Verbs that report words only when what is said follows them (« relève que »,
« décrit un « … » »); elsewhere they lift, raise or depict, so they are no strong
reporting verbs (:mod:`speech_verbs`) and count only before a quotation."""
_SAID_NEXT = frozenset(("que", "qu'", "qu’", ":"))


_OPENING_WORDS = re.compile(r"[\s«“\"‘']*([^\W\d_]+['’]?)\s*([^\W\d_]+['’]?)?")


def first_words(text: str, at: int) -> str:
    """The first two words, lowercased, of a quotation opening at ``at``, past its
    marks (an elided article keeps its apostrophe: « de l' »)."""
    m = _OPENING_WORDS.match(text, at)
    return " ".join(w.lower() for w in m.groups() if w) if m else ""


def _comes_under(words: Sequence[str]) -> bool:
    """« relever du », « relever de la »: to come under, which reports nothing
    (« relèvent « de la compétence des communes » »); « relève des irrégularités »,
    « relève de nombreuses … » note what they find."""
    if words[:1] == ["du"]:
        return True
    return words[:1] == ["de"] and len(words) > 1 and words[1] in ("la", "l'", "l’")


def _bound_verb(toks: Sequence[Any], i: int, language: str, opening: str) -> bool:
    """A verb of :data:`_OBJECT_BOUND` reporting the quotation it leads to."""
    word = toks[i].low
    if language != "fr":
        return False
    following = [t.low for t in toks[i + 1 : i + 3]] + opening.split()
    if word.startswith(("relev", "relèv")) and _comes_under(following):
        return False
    if word.startswith("appel"):  # « appelle à un « … » »: calls for it, never names it
        if i + 1 == len(toks) or toks[i + 1].low not in ("à", "au", "aux"):
            return False
    elif not word.startswith(_OBJECT_BOUND):
        return False
    return is_speech_verb(word, language, strong=False) and _object_follows(toks, i)


def _object_follows(toks: Sequence[Any], i: int) -> bool:
    """Whether a ``que`` or the quotation (the end of ``toks``) comes within a few words
    after ``toks[i]``."""
    for t in toks[i + 1 : i + 5]:
        if t.low in _SAID_NEXT or t.text == "«Q»":
            return True
        if t.text in ",;.!?":
            return False
    return len(toks) - i <= 4


def _put_it(toks: Sequence[Any], i: int) -> bool:
    """ "As X put it, "…"": the idiom reports words though "put" alone says nothing."""
    return toks[i].low in ("put", "puts") and i + 1 < len(toks) and toks[i + 1].low == "it"
