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
from dataclasses import dataclass

from tui.core.quotes import label_words as W
from tui.core.quotes.clause_shapes import before_object, names_subject, says_subject, what_called
from tui.core.quotes.compound_terms import compound_term, name_in_noun_phrase
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Tok
from tui.core.quotes.host_sentence import _sentence_bounds, host_tokens
from tui.core.quotes.speech_verbs import is_speech_verb, split_inverted
from tui.core.quotes.words import _MARK_TOKENS
from tui.core.text import fold

_MAX_LABEL_WORDS = 14


@dataclass(frozen=True, slots=True)
class _Site:
    """One quotation and the words of its host sentence on either side."""

    ctx: _Context
    k: int
    before: list[_Tok]
    after: list[_Tok]
    quoted: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.quoted)

    @property
    def capitalised(self) -> bool:
        return self.quoted[0][:1].isupper()


def label_reason(ctx: _Context, k: int) -> str | None:
    """Why quotation ``k`` is a label the writer's sentence names, or ``None``."""
    _, start, end, _ = ctx.spans[k]
    quoted = ctx.text[start:end].split()
    if not quoted or len(quoted) > _MAX_LABEL_WORDS:
        return None
    before, after = _sides(ctx, k)
    named = "in a noun phrase" if name_in_noun_phrase(quoted, before) else None
    if _incise(after, ctx.language):
        return named  # « du groupe « X », a dénoncé Y »: a name, then no incise
    site = _Site(ctx, k, before, after, quoted)
    for name, rule in _RULES:
        if rule(site):
            return name
    return named


def _sides(ctx: _Context, k: int) -> tuple[list[_Tok], list[_Tok]]:
    """The host sentence's words before the opening mark and after the closing one.

    Cut from the sentence's words the cues read too, when that cut reads exactly what
    reading each side on its own would; otherwise (a mark of two characters, a mark
    away from the quoted words, an apostrophe glued to a word) each side is read alone.
    """
    toks, qi = host_tokens(ctx, k)
    if qi is not None and _clean_cut(ctx, k):
        return toks[:qi], toks[qi + 1 :]
    open_mark, _, _, close_mark = ctx.spans[k]
    s_start, s_end = _sentence_bounds(ctx, open_mark, close_mark)
    return ctx.tokens_between(s_start, open_mark), ctx.tokens_between(close_mark + 1, s_end)


def _clean_cut(ctx: _Context, k: int) -> bool:
    """Whether the words before and after quotation ``k`` are those of its sentence
    on either side of its ``«Q»``: one mark character on each side with only spaces
    between it and the quoted words, no other quotation in between, and no token that
    could run from a word into the opening mark (``l’`` before a ``’``)."""
    text, (open_mark, start, end, close_mark) = ctx.text, ctx.spans[k]
    s_start, s_end = _sentence_bounds(ctx, open_mark, close_mark)
    if not s_start <= open_mark < close_mark < s_end:
        return False
    opener, closer = text[open_mark], text[close_mark]
    if opener not in _MARK_TOKENS or closer not in _MARK_TOKENS:
        return False
    if opener in "'’" and open_mark and _WORD.match(text, open_mark - 1):
        return False
    if not (
        _SPACES.fullmatch(text, open_mark + 1, start) and _SPACES.fullmatch(text, end, close_mark)
    ):
        return False
    ranges = ctx.masked_ranges
    return (k == 0 or ranges[k - 1][1] <= open_mark) and (
        k + 1 == len(ranges) or ranges[k + 1][0] > close_mark
    )


_WORD = re.compile(r"\w")
_SPACES = re.compile(r"\s*")


def _incise(after: list[_Tok], language: str) -> bool:
    """« …, a-t-il précisé », « …, a déclaré X », "…," she said: the words are reported.
    « …, a démissionné » is the writer's sentence going on."""
    if not after or after[0].text != ",":
        return False
    for tok in after[1:5]:
        inverted = split_inverted(tok.text)
        word = inverted[0] if inverted else tok.text
        if word != "a" and is_speech_verb(word, language, strong=False):
            return True
        if tok.text in (",", ".", ";", "«Q»"):
            return False
    return False


def _low(tok: _Tok) -> str:
    return fold(tok.text)


def _strip_fillers(site: _Site, before: list[_Tok], most: int = 3) -> list[_Tok]:
    """The words before the mark without the articles, « de » or colon just before it.
    Compared as written, in the article's language: « à » and « a » are no "a"."""
    fillers = W.FILLERS_EN if site.ctx.language == "en" else W.FILLERS_FR
    out = list(before)
    while out and most and out[-1].text.lower().replace("’", "'") in fillers:
        out.pop()
        most -= 1
    return out


def _phrase_before(words: list[_Tok], *phrases: tuple[str, ...]) -> bool:
    low = [_low(t) for t in words[-4:]]
    return any(tuple(low[-len(p) :]) == p for p in phrases)


def _named(site: _Site) -> bool:
    """« une zone surnommée « … » », « intitulé « … » », "dubbed "…"", « dite « … » »."""
    words = _strip_fillers(site, site.before)
    if not words:
        return False
    last = _low(words[-1])
    if last in W.NAMING:
        return True
    if last in W.NAMING_IF_PASSIVE and not _has_subject(words[:-1], site):
        return True
    return _phrase_before(words, ("sous", "le", "nom"), ("known",), ("so-called",))


def _has_subject(words: list[_Tok], site: _Site) -> bool:
    """Whether a subject or an auxiliary stands before the naming verb: « il a
    appelé « … » » reports a judgement, unless the quotation is a capitalised name."""
    words = before_object(words)  # « Sa cuisine, elle la dit « … » »
    if site.capitalised or not words:
        return False
    if words[-1].text == "«Q»" or _low(words[-1]) in W.SUBJECTS or what_called(words):
        return True  # "in what Norway's top diplomat called"
    last = words[-2] if len(words) > 1 else None
    return names_subject(site.ctx, words[-1], last) or says_subject(site.ctx, words)


def _name_noun(site: _Site) -> bool:
    """« le slogan « … » », « le doux surnom de : « … » », « pour thème cette année : « … » »."""
    for tok in reversed(_strip_fillers(site, site.before)[-3:]):
        if _low(tok) in W.NAME_NOUNS:
            return True
        if not tok.text[:1].isalpha() or not tok.text.islower():
            return False
    return False


def _work(site: _Site) -> bool:
    """« l'opération « Bouclier » », « le projet de « loi … » », « l'auteur de « … » ».

    A lower-case quotation right after a noun is most often the writer's adjective
    borrowed from someone (« une réforme « injuste » »), so a name or a title must
    be capitalised, or follow « de » (« le projet de « loi sur … » »).
    """
    quoted, before = site.quoted, site.before
    if W.FIRST_SECOND & {fold(w).strip(",.") for w in quoted} or quoted[-1].endswith("."):
        return False
    if before and before[-1].text == ":":
        return False  # « il a écrit dans le livre d'or : « … » »: a colon opens the words
    words = _strip_fillers(site, before, most=1)
    linked = len(words) < len(before) and _low(before[-1]) in ("de", "d'", "du")
    if not words or not (site.capitalised or (linked and _lower_title(site, words))):
        return False
    if _low(words[-1]) in W.MAKER_NOUNS:
        return site.capitalised and linked
    if _low(words[-1]) in W.WORK_NOUNS:
        return words[-1].text.islower()
    if len(words) < 2 or not site.capitalised or _low(words[-1]) in W.SUBJECTS:
        return False  # one word between: « le film américain « … » »
    between = words[-1]
    if not between.text.isalpha() or not between.text.islower():
        return False
    if is_speech_verb(between.text, site.ctx.language, strong=False):
        return False
    return _low(words[-2]) in W.WORK_NOUNS and words[-2].text.islower()


def _lower_title(site: _Site, words: list[_Tok]) -> bool:
    """A lower-case title after « de »: a phrase of three words or more, in a
    sentence with no reporting verb (« il a qualifié le plan de « … » » judges)."""
    if len(site.quoted) < 3:
        return False
    return not any(is_speech_verb(t.text, site.ctx.language) for t in words)


def _headed(site: _Site) -> bool:
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


def _charge(site: _Site) -> bool:
    """« mis en examen pour « … » », « poursuivi du chef de « … » », « soupçonné de
    « … » », "charged with "…"". « Il l'a accusé de « … » » reports the accuser."""
    words = _strip_fillers(site, site.before, most=2)
    if not words:
        return False
    link = _low(words[-1])
    if link in W.CHARGED and not (len(words) > 1 and _low(words[-2]) in W.HAVE):
        return True
    if link not in W.CHARGE_LINKS:
        return False
    return any(_low(t) in W.CHARGE_CUES for t in words[-12:-1])


def _sign(site: _Site) -> bool:
    """« une pancarte « … » », « aux cris de « … » », "a banner that read "…"".

    Between the sign and the quotation only a few words, no comma and no reporting
    verb but reading ones: « vêtu d'un tee-shirt, il a déclaré « … » » is speech.
    """
    words = site.before[-6:]
    low = [_low(t) for t in words]
    if _phrase_before(words, ("aux", "cris", "de"), ("au", "cri", "de")):
        return True
    at = max((i for i, w in enumerate(low) if w in W.SIGN_WORDS), default=None)
    if at is None:
        return False
    for tok, w in zip(words[at + 1 :], low[at + 1 :], strict=True):
        if tok.text in (",", ".", ";", "«Q»") or w in W.HAVE:
            return False
        if w not in _READING and is_speech_verb(tok.text, site.ctx.language):
            return False
    return True


_READING = W.words("disant proclamant lire lisait lit read reads reading saying")


def _considered(site: _Site) -> bool:
    """« il était considéré comme le « … » », "was seen as the "…"": a judgement
    nobody is named for. With an agent (« … par X ») the agent speaks."""
    words = list(site.before)
    if words and _low(words[-1]) in W.ARTICLES:
        words.pop()
    if len(words) < 2 or _low(words[-1]) not in W.AS_LINKS:
        return False
    if _low(words[-2]) not in W.CONSIDERED or not _passive(words[:-2]):
        return False
    verb = words[-2].text.lower()
    participle = verb.endswith(("ée", "ées", "ue", "ues", "ite", "ites"))
    if site.ctx.language == "fr" and verb.endswith(("e", "es", "ent")) and not participle:
        return False  # « que son président, X, qualifie de « … » »: present tense, X judges
    return not any(_low(t) in W.AGENT for t in site.after)


def _passive(words: list[_Tok]) -> bool:
    """A form of « être » / "be" (one adverb may follow it) or a comma before the
    participle: « était considéré », « , perçu ». "which Moreau described" is active."""
    if words and words[-1].text == ",":
        return True
    return any(_low(t) in W.BE for t in words[-2:])


def _title(site: _Site) -> bool:
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
    lead = _low(before[-1])
    if lead not in W.TITLE_LEADS and (lead in W.SUBJECTS or len(site.quoted) > 10):
        return False
    if any(_low(t) in _THAT for t in before[-3:]):
        return False  # « estimant que les « … » »: a clause someone's words complete
    strong = lead in W.TITLE_LEADS
    return not any(is_speech_verb(t.text, site.ctx.language, strong=strong) for t in before[-2:])


def _scare(site: _Site) -> bool:
    """A word or two the writer holds at a distance (« ce changement « cosmétique » »):
    lower case, inside a sentence with no reporting verb, no source and no name."""
    quoted = site.quoted
    if site.capitalised or len(quoted) > _SCARE_WORDS or _SCARE_STOPS.search(site.text):
        return False
    alpha = [t for t in site.before if t.text[:1].isalpha()]
    if len(alpha) < 2 or site.before[-1].text == ":":
        return False
    return _unreported(site)


def _unreported(site: _Site) -> bool:
    """A sentence with no reporting verb, no « selon », no pronoun or person noun
    for a subject and no person or body named outside quotation marks."""
    ctx = site.ctx
    toks = site.before + site.after
    if any(is_speech_verb(t.text, ctx.language, strong=False) for t in toks):
        return False
    if any(_low(t) in _SOURCES for t in toks) or _someone(site.before):
        return False
    lo = site.before[0].start if site.before else ctx.spans[site.k][0]
    hi = site.after[-1].end if site.after else ctx.spans[site.k][3]
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
        low = _low(tok)
        if low in W.PRONOUNS and not (low == "il" and nxt and _low(nxt) in _IMPERSONAL):
            return True
        if tok.text.islower() and noun_kind(tok.text) == "person":
            return True
    return False


def _gloss(site: _Site) -> bool:
    """« les convictions ( « … » ) »: words in parentheses gloss the writer's noun.
    (A translation of a quotation right before is settled by what that one is.)"""
    before = site.before
    if not before or before[-1].text != "(" or len(before) < 2 or before[-2].text == "«Q»":
        return False
    return not W.FIRST_SECOND & {fold(w).strip(",.!?") for w in site.quoted}


def _vote(site: _Site) -> bool:
    """« la victoire du « non » », « voter « oui » », "the "Leave" camp": a ballot's answer."""
    if " ".join(site.quoted).lower().strip(" .!") not in _BALLOT or not site.before:
        return False
    last = _low(site.before[-1])
    if any(is_speech_verb(t.text, site.ctx.language) for t in site.before[-3:]):
        return False  # « il a répondu par un « non » »: his answer
    return last in W.TITLE_LEADS or last.startswith(("vot", "camp"))


_BALLOT = frozenset("oui non yes no leave remain brexit".split())


Rule = Callable[[_Site], bool]
_RULES: tuple[tuple[str, Rule], ...] = (
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
