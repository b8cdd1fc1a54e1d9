"""Quotation marks the writer's own sentence sets around a label, not around speech.

News writing borrows names and words and marks them: a title after « intitulé » or
"titled", a work or an operation after its noun (« l'opération « … » », "the film
"…""), a legal charge (« mis en examen pour « … » »), the words of a placard, a
nickname, a slogan. Such marks quote nobody: the quotation is of kind ``other`` and
takes no speaker. Each rule reads the host sentence's words around the marks (other quoted
words masked); none fires when a reporting cue governs the quotation (an incise after
it, or a subject before « ce qu'il a appelé « … » »)."""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.core.quotes import label_words as W
from tui.core.quotes.clause_shapes import before_object, names_subject, says_subject, what_called
from tui.core.quotes.compound_terms import compound_term, name_in_noun_phrase
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Tok
from tui.core.quotes.label_site import (
    Site,
    folded,
    incise,
    phrase_before,
    said_before,
    sides,
    strip_fillers,
)
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.stance import reporting_phrase
from tui.core.text import fold

_MAX_LABEL_WORDS = 14


def label_reason(ctx: _Context, k: int) -> str | None:
    """Why quotation ``k`` is a label the writer's sentence names, or ``None``."""
    _, start, end, _ = ctx.spans[k]
    quoted = ctx.text[start:end].split()
    if not quoted or len(quoted) > _MAX_LABEL_WORDS:
        return None
    before, after = sides(ctx, k)
    named = "in a noun phrase" if name_in_noun_phrase(quoted, before) else None
    if incise(after, ctx.language):
        return named  # « du groupe « X », a dénoncé Y »: a name, then no incise
    if k and len(before) > 1 and before[-2].text == "«Q»" and folded(before[-1]) in _AND_OR:
        coordinated = label_reason(ctx, k - 1)  # « pour « vol » et « recel » »: both charges
        if coordinated is not None:
            return coordinated
    site = Site(ctx, k, before, after, quoted)
    for name, rule in _RULES:
        if rule(site):
            return name
    return named


def _named(site: Site) -> bool:
    """« une zone surnommée « … » », « intitulé « … » », "dubbed "…"", « dite « … » »."""
    words = strip_fillers(site, site.before)
    if not words:
        return False
    last = folded(words[-1])
    present = words[-1].low.endswith(("me", "ment", "se", "sent"))  # « surnomme », not « -é »
    if last in W.NAMING and not (present and _has_subject(words[:-1], site)):
        return True  # « qu'elle surnomme « … » » gives her own words
    if last in W.NAMING_IF_PASSIVE and not _has_subject(words[:-1], site):
        return True
    if phrase_before(words, ("sous", "le", "nom"), ("known",), ("so-called",)):
        return True
    raw = [folded(t) for t in site.before[-7:]]  # "what is known in antitrust law as the"
    return "as" in raw[-3:] and "known" in raw[: raw.index("as")]


_HAVE = frozenset("a ont avait avaient aura auront aurait auraient has have had".split())
"""« avoir » heading a compound past: the naming verb after it is active, not passive."""


def _has_subject(words: list[_Tok], site: Site) -> bool:
    """Whether a subject or an auxiliary stands before the naming verb: « il a
    appelé « … » » reports a judgement, unless the quotation is a capitalised name."""
    words = before_object(words)  # « Sa cuisine, elle la dit « … » »
    if words and folded(words[-1]) in _HAVE:
        return True  # « X a dit « … » », « il a appelé « … » »: a verb in the past
    if site.before and site.before[-1].text == ":" and len(site.quoted) > 2:
        return True  # « X dit : « … » »: a colon opens words said, never a nickname
    if site.capitalised or not words:
        return False
    if words[-1].text == "«Q»" or folded(words[-1]) in W.SUBJECTS or what_called(words):
        return True  # "in what Norway's top diplomat called"
    last = words[-2] if len(words) > 1 else None
    return names_subject(site.ctx, words[-1], last) or says_subject(site.ctx, words)


def _name_noun(site: Site) -> bool:
    """« le slogan « … » », « le doux surnom de : « … » », « pour thème cette année : « … » »."""
    for tok in reversed(strip_fillers(site, site.before)[-3:]):
        if folded(tok) in W.NAME_NOUNS:
            return True
        if not tok.text[:1].isalpha() or not tok.text.islower():
            return False
    return False


def _work(site: Site) -> bool:
    """« l'opération « Bouclier » », « le projet de « loi … » », « l'auteur de « … » ».

    A lower-case quotation right after a noun is most often the writer's adjective
    borrowed from someone (« une réforme « injuste » »), so a name or a title must
    be capitalised, or follow « de » (« le projet de « loi sur … » »).
    """
    quoted, before = site.quoted, site.before
    if W.FIRST_SECOND & {fold(w).strip(",.") for w in quoted} or quoted[-1].endswith("."):
        return False
    if _set_off(site):
        before = before[:-1]  # "a new television ad, "Kitchen Table," on the air"
    if before and before[-1].text == ":":
        return False  # « il a écrit dans le livre d'or : « … » »: a colon opens the words
    words = strip_fillers(site, before, most=1)
    linked = len(words) < len(before) and folded(before[-1]) in ("de", "d'", "du")
    if not words or not (site.capitalised or (linked and _lower_title(site, words))):
        return False
    if folded(words[-1]) in W.MAKER_NOUNS:
        return site.capitalised and linked
    if folded(words[-1]) in W.WORK_NOUNS:
        return words[-1].text.islower()
    if len(words) < 2 or not site.capitalised or folded(words[-1]) in W.SUBJECTS:
        return False  # one word between: « le film américain « … » »
    between = words[-1]
    if not between.text.isalpha() or not between.text.islower():
        return False
    if is_speech_verb(between.text, site.ctx.language, strong=False):
        return False
    return folded(words[-2]) in W.WORK_NOUNS and words[-2].text.islower()


def _set_off(site: Site) -> bool:
    """Whether commas set the capitalised quotation off as an apposition to the noun
    before it ("his book, "Standing Firm," sold out")."""
    if not site.capitalised or len(site.before) < 2 or site.before[-1].text != ",":
        return False
    return site.quoted[-1].endswith(",") or (bool(site.after) and site.after[0].text == ",")


def _lower_title(site: Site, words: list[_Tok]) -> bool:
    """A lower-case title after « de »: a phrase of three words or more, in a
    sentence with no reporting verb (« il a qualifié le plan de « … » » judges)."""
    if len(site.quoted) < 3:
        return False
    return not any(is_speech_verb(t.text, site.ctx.language) for t in words)


def _headed(site: Site) -> bool:
    """« la « loi Travail » », « le « prix Nobel de chimie » »: a name whose own head
    says what it names and whose next words name it. Lower case throughout (« un
    « accord d'armement naissant » ») it is a description, a label only in a sentence
    that reports and names nobody."""
    quoted = site.quoted
    if fold(quoted[0]) not in W.NAME_HEADS or len(quoted) > 6 or _SCARE_STOPS.search(site.text):
        return False
    if W.FIRST_SECOND & {fold(w) for w in quoted}:
        return False
    if any(is_speech_verb(t.text, site.ctx.language) for t in site.before[-3:]):
        return False
    return any(w[:1].isupper() for w in quoted[1:]) or _unreported(site)


def _charge(site: Site) -> bool:
    """« mis en examen pour « … » », « poursuivi du chef de « … » », « soupçonné de
    « … » », "charged with "…"". « Il l'a accusé de « … » » reports the accuser."""
    words = strip_fillers(site, site.before, most=2)
    if not words:
        return False
    link = folded(words[-1])
    before_link = folded(words[-2]) if len(words) > 1 else ""
    if link in W.CHARGED and before_link not in W.HAVE | _NOUN_ARTICLES:
        return True  # « un accusé « rigide » »: the defendant, a noun, no charge
    if link in _COUNTS and folded(site.before[-1]) == "of":
        return True  # "one count of "using a false instrument"": the charge's name
    if link not in W.CHARGE_LINKS:
        return False
    return any(folded(t) in W.CHARGE_CUES for t in words[-12:-1])


_COUNTS = frozenset(("count", "counts"))
_NOUN_ARTICLES = frozenset(
    ("un", "une", "l'", "l’", "le", "la", "les", "cet", "cette", "the", "an")
)


def _sign(site: Site) -> bool:
    """« une pancarte « … » », « aux cris de « … » », "a banner that read "…"".

    Between the sign and the quotation only a few words, no comma and no reporting
    verb but reading ones: « vêtu d'un tee-shirt, il a déclaré « … » » is speech.
    """
    words = site.before[-8:]
    low = [folded(t) for t in words]
    if phrase_before(words, ("aux", "cris", "de"), ("au", "cri", "de")):
        return True
    at = max((i for i, w in enumerate(low) if w in W.SIGN_WORDS), default=None)
    if at is None:
        return False
    if at and low[at - 1] in _BEFORE_A_VERB:
        return False  # "she would sign the bill "without delay"": the verb
    for tok, w in zip(words[at + 1 :], low[at + 1 :], strict=True):
        if tok.text in (",", ".", ";", "«Q»") or w in W.HAVE:
            return False
        if w not in _READING and is_speech_verb(tok.text, site.ctx.language):
            return False
    return True


_BEFORE_A_VERB = W.words("to would will must could can should may might not never he she they we i")
"""Words after which English "sign" is the verb, not a placard."""

_READING = W.words(
    "disant proclamant indiquant annonçant lire lisait lit read reads reading saying"
)


def _considered(site: Site) -> bool:
    """« il était considéré comme le « … » », "was seen as the "…"": a judgement
    nobody is named for. With an agent (« … par X ») the agent speaks."""
    words = list(site.before)
    if words and folded(words[-1]) in W.ARTICLES:
        words.pop()
    if len(words) < 2 or folded(words[-1]) not in W.AS_LINKS:
        return False
    if folded(words[-2]) not in W.CONSIDERED or not _passive(words[:-2]):
        return False
    verb = words[-2].text.lower()
    participle = verb.endswith(("ée", "ées", "ue", "ues", "ite", "ites"))
    if site.ctx.language == "fr" and verb.endswith(("e", "es", "ent")) and not participle:
        return False  # « que son président, X, qualifie de « … » »: present tense, X judges
    return not any(folded(t) in W.AGENT for t in site.after)


def _passive(words: list[_Tok]) -> bool:
    """A form of « être » / "be" (one adverb may follow it) or a comma before the
    participle: « était considéré », « , perçu ». "which Moreau described" is active."""
    if words and words[-1].text == ",":
        return True
    return any(folded(t) in W.BE for t in words[-2:])


def _title(site: Site) -> bool:
    """« dans « La Maison des quatre vents » », « a rejoint « Les Amis de la forêt » »:
    a capitalised phrase longer than a name, after a preposition, an article or a
    verb that reports nothing, and not speech (no first or second person, no full stop)."""
    if not site.capitalised or len(site.quoted) < 4 or site.quoted[-1].endswith((".", "!")):
        return False
    if W.FIRST_SECOND & {fold(w).strip(",.") for w in site.quoted}:
        return False
    before = site.before
    if not before or not before[-1].text.isalpha() or not before[-1].text.islower():
        return False
    lead = folded(before[-1])
    if lead not in W.TITLE_LEADS and (lead in W.SUBJECTS or len(site.quoted) > 10):
        return False
    if any(folded(t) in _THAT for t in before[-3:]):
        return False  # « estimant que les « … » »: a clause someone's words complete
    strong = lead in W.TITLE_LEADS
    if any(is_speech_verb(t.text, site.ctx.language, strong=strong) for t in before[-2:]):
        return False
    return not said_before(site)  # « a déclaré en néerlandais devant la presse « … » »


def _scare(site: Site) -> bool:
    """A word or two the writer holds at a distance (« ce changement « cosmétique » »):
    lower case, inside a sentence with no reporting verb, no source and no name."""
    quoted = site.quoted
    if site.capitalised or len(quoted) > _SCARE_WORDS or _SCARE_STOPS.search(site.text):
        return False
    alpha = [t for t in site.before if t.text[:1].isalpha()]
    if len(alpha) < 2 or site.before[-1].text == ":":
        return False
    return _unreported(site)


def _unreported(site: Site) -> bool:
    """A sentence with no reporting verb, no « selon », no pronoun or person noun
    for a subject and no person or body named outside quotation marks."""
    ctx = site.ctx
    toks = site.before + site.after
    if any(is_speech_verb(t.text, ctx.language, strong=False) for t in toks):
        return False
    if any(folded(t) in _SOURCES for t in toks) or _someone(site.before):
        return False
    lo = site.before[0].start if site.before else ctx.spans[site.k][0]
    hi = site.after[-1].end if site.after else ctx.spans[site.k][3]
    if reporting_phrase(ctx.text, lo, ctx.spans[site.k][0]):
        return False  # « La police a fait état de « perturbations » »
    return not any(
        e.label in ("PER", "ORG") and not ctx.in_quote(e.start) for e in ctx.entities_in(lo, hi)
    )


_THAT = W.words("que qu' qu that")
_SCARE_WORDS = 3
_SCARE_STOPS = re.compile(r"[.!?;:,]")
_SOURCES = W.words("selon d'après according")
_IMPERSONAL = W.words("s' y faut semble reste existe suffit")


def _someone(before: list[_Tok]) -> bool:
    """A person the sentence makes its subject without naming: a pronoun (« il » but
    the impersonal « il s'agit », « il y a ») or a person noun (« le ministre »)."""
    for tok, nxt in zip(before, [*before[1:], None], strict=True):
        low = folded(tok)
        if low in W.PRONOUNS and not (low == "il" and nxt and folded(nxt) in _IMPERSONAL):
            return True
        if tok.text.islower() and noun_kind(tok.text) == "person":
            return True
    return False


def _gloss(site: Site) -> bool:
    """« les convictions ( « … » ) »: words in parentheses gloss the writer's noun.
    (A translation of a quotation right before is settled by what that one is.)"""
    before = site.before
    if not before or before[-1].text != "(" or len(before) < 2 or before[-2].text == "«Q»":
        return False
    return not W.FIRST_SECOND & {fold(w).strip(",.!?") for w in site.quoted}


def _vote(site: Site) -> bool:
    """« la victoire du « non » », « voter « oui » », "the "Leave" camp": a ballot's answer."""
    if " ".join(site.quoted).lower().strip(" .!") not in _BALLOT or not site.before:
        return False
    last = folded(site.before[-1])
    if any(is_speech_verb(t.text, site.ctx.language) for t in site.before[-3:]):
        return False  # « il a répondu par un « non » »: his answer
    return last in W.TITLE_LEADS or last.startswith(("vot", "camp"))


_AND_OR = W.words("et ou and or")
_BALLOT = frozenset("oui non yes no leave remain brexit".split())


Rule = Callable[[Site], bool]


def _source_headline(site: Site) -> bool:
    """« « Séisme dans les Andes » – Diario del Ande, 21 juillet 2016 »: a line that
    credits an outlet with a headline under the article, or a headline alone on its line
    in a list under « Sources : », quotes no one."""
    ctx, (open_mark, _, _, close_mark) = site.ctx, site.ctx.spans[site.k]
    if not _CREDIT_LEAD.fullmatch(ctx.text, ctx.line_start(open_mark), open_mark):
        return False
    if _CREDIT_LINE.match(ctx.text, close_mark + 1) is not None:
        return True
    return _listed_under_sources(ctx.text, open_mark, close_mark)


def _listed_under_sources(text: str, open_mark: int, close_mark: int) -> bool:
    """Whether a quotation fills its line in a run of such lines under « Sources : »."""
    if _LINE_END.match(text, close_mark + 1) is None:
        return False
    lines = text[max(0, open_mark - 600) : open_mark].split("\n")[:-1]
    for line in reversed(lines):
        line = line.strip(" \t*•–—-")
        if _SOURCES_LINE.fullmatch(line):
            return True
        if line and not (line[:1] in _OPENERS and line[-1:] in _CLOSERS):
            return False
    return False


_CREDIT_LEAD = re.compile(r"[ \t*•–—-]*(?:(?i:sources?)[ \t]*:[ \t]*(?:[^\n]*;[ \t]*)?)?")
"""What may open a credit line before its quotation: a bullet, « Sources : », earlier
credits of the same line up to a semicolon."""
_CREDIT_LINE = re.compile(
    r"[ \t]*(?:[-–—:]|,(?=[ \t]*[A-ZÀ-Þ]))[ \t]*[^\n«»\"“”]{2,60}?,[ \t]*[^\n,]{0,24}"
    r"\b(?:1[89]|20)\d\d\b[ \t]*"
    r"(?:[.;]|\n|$)"
)
"""A dash or a comma, an outlet, a comma and a date closing the credit."""
_LINE_END = re.compile(r"[ \t.]*(?:\n|$)")
_SOURCES_LINE = re.compile(r"(?i:sources?)[ \t]*:?")
_OPENERS, _CLOSERS = '«"“', '»"”'


_RULES: tuple[tuple[str, Rule], ...] = (
    ("source headline", _source_headline),
    ("named", _named),
    ("name noun", _name_noun),
    ("charge", _charge),
    ("sign", _sign),
    ("work", _work),
    ("headed", _headed),
    ("gloss", _gloss),
    ("vote", _vote),
    ("considered", _considered),
    ("title", _title),
    ("scare", _scare),
    ("compound", lambda s: compound_term(s.quoted, s.before, s.after)),
)
