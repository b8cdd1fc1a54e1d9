"""Where a quotation's speaker is written: the cues around it, in order of trust.

An incise after the quotation, a passive's agent after it, "what X called" before
it, a reporting verb before it, a sentence-final incise, *selon*/*according to*, an
opening « Pour X, … », the subject of an object relative (« un texte que X juge »),
then the sentence subject. Each cue hands the words it found to
:mod:`tui.core.quotes.subjects`.
"""

from __future__ import annotations

from tui.core.models import QuoteKind
from tui.core.quotes.according_to import according_source, relative_source, set_off_source
from tui.core.quotes.clause_shapes import (
    as_said,
    gerund_of_manner,
    hanging_participle,
    incise_follows,
    listener_told,
    what_namer,
    with_participle,
)
from tui.core.quotes.colon_lead import person_set_before
from tui.core.quotes.context import _after_preposition, _Context, _Speaker, _Tok
from tui.core.quotes.documents import read_there
from tui.core.quotes.host_sentence import _sentence_bounds, host_tokens
from tui.core.quotes.inverted import (
    incise_subject,
    inverted_subject,
    noun_phrase_after,
)
from tui.core.quotes.label_cue import label_cue
from tui.core.quotes.object_relative import object_relative_subject
from tui.core.quotes.opening_source import opening_source, view_over_thing
from tui.core.quotes.owned_subject import owned_subject
from tui.core.quotes.participle_clause import clause_start, participle_subject
from tui.core.quotes.post_cues import post_attribution
from tui.core.quotes.pronouns import _pronoun
from tui.core.quotes.sentence_openers import opening_clause_holds, participle_aside_holds
from tui.core.quotes.sentence_subject import main_clause_subject, sentence_subject
from tui.core.quotes.speech_verbs import is_speech_verb, split_inverted
from tui.core.quotes.stance import PRESENTING, speaks_as_i
from tui.core.quotes.stance import REPORTING_PHRASES as _REPORTING_PHRASES
from tui.core.quotes.subject_names import titled_publication
from tui.core.quotes.subjects import _subject_before
from tui.core.quotes.trailing_agent import trailing_agent, uttered_by
from tui.core.quotes.verb_use import attributive_participle, bare_participle, first_words, verb_use
from tui.core.quotes.words import (
    _AUX,
    _HEADS_OF_PEOPLE,
    _PREPOSITIONS,
    _REFLEXIVE,
    _SKIP_WORDS,
    _SUBJECT_PRONOUNS,
    REFLEXIVE_OR_NEGATION,
    passive_voice,
)


def _attribute(ctx: _Context, k: int) -> tuple[str | None, QuoteKind, str]:
    """Return ``(speaker, kind, how)`` for quotation ``k``; ``how`` names the cue used."""
    open_mark, start, end, close_mark = ctx.spans[k]
    s_start, s_end = _sentence_bounds(ctx, open_mark, close_mark)
    toks, qi = host_tokens(ctx, k)
    if qi is None:
        return None, "other", "none"
    pre, post = toks[:qi], toks[qi + 1 :]
    standalone = not any(t.text[0].isalnum() for t in pre) or (bool(pre) and pre[-1].text == ":")
    resumed = bool(pre) and pre[0].text == "«Q»" and pre[-1].text in ",:"  # ``"A," he said, "B."``
    kind_attr: QuoteKind = "speech" if standalone or resumed else "fragment"
    if not standalone and (read := read_there(ctx, pre)) is not None:
        return _remember(ctx, read, kind_attr, "selon")  # « Un rapport … On y lit que « … » »
    if not standalone and label_cue(ctx, pre, ctx.text[start:end].strip()):
        return _uttered(ctx, post, start)

    led_in = not standalone or (bool(pre) and pre[-1].text == ":")  # X said: "…." Y did
    own = led_in and _ends_own_sentence(ctx, start, end, close_mark)
    if own or opening_clause_holds(ctx, pre) or participle_aside_holds(ctx, pre):
        post = []  # ``X called it "a betrayal." Its chairman said…``, "When X called it…,"
    # 1. An incise right after the quotation: « … », a déclaré X / ," he said.
    closes = ctx.text[end - 1] in ".!?…" or standalone or incise_follows(ctx, end, post)
    who = post_attribution(ctx, post, start, closes_sentence=closes, direct=True)
    if who:
        return _remember(ctx, who, "speech", "post")
    # 2. A reporting verb before the quotation in the same sentence (its agent after).
    if who := trailing_agent(ctx, pre, post, start):
        return _remember(ctx, who, kind_attr, "agent")  # « jugée « … » par X »
    if (who := relative_source(ctx, pre, start) or set_off_source(ctx, pre, start)) is not None:
        return _remember(ctx, who, kind_attr, "selon")  # « une étude … selon laquelle « … » »
    if (named_by := _namer(ctx, pre, kind_attr)) is not None:
        return named_by  # "accusing X of what Y branded "…"": Y's words, not the accuser's
    who = view_over_thing(ctx, pre, _phrase_subject(ctx, pre) or _pre_attribution(ctx, pre))
    if who is not None and who.name is None:  # "According to X, it had been warned "…""
        named = _source_person(ctx, toks, (s_start, s_end), start, kind_attr)
        if named is not None:
            return named
    if who:
        return _remember(ctx, who, kind_attr, "pre")
    if who := _later_incise(ctx, post, start, end):  # 3. « …, a déclaré X » further on
        return _remember(ctx, who, "speech", "post")
    # 4. selon X / according to X anywhere in the sentence.
    found = _according_to(ctx, toks, (s_start, s_end), start, kind_attr)
    if found is not None:
        return found
    # 5. « Pour X, … » / "For X, …" / "In X's view, …" opening the sentence.
    if who := opening_source(ctx, pre):
        return _remember(ctx, who, kind_attr, "selon")
    # 6. The subject of a relative or of the sentence, for words quoted inside the
    # author's sentence.
    if who := object_relative_subject(ctx, pre):  # « un texte que X juge « … » »
        return _remember(ctx, who, kind_attr, "pre")
    if who := _own_sentence_subject(ctx, pre, kind_attr, standalone, ctx.text[start:end]):
        return _remember(ctx, who, kind_attr, "subject")
    return None, _uncued_kind(ctx, pre, (start, end), standalone), "none"


def _later_incise(ctx: _Context, post: list[_Tok], start: int, end: int) -> _Speaker | None:
    """A sentence-final incise past a comma after the quotation (« « … » pour l'avenir,
    a déclaré X »), unless the quotation closed its sentence and the next one began."""
    closed = ctx.text[end - 1] in ".!?…" and bool(post) and post[0].text[:1].isupper()
    for i, t in enumerate([] if closed else post):
        if t.text == "," and i + 1 < len(post):
            who = post_attribution(ctx, post[i:], start)
            if who:
                return who
    return None


def _uncued_kind(
    ctx: _Context, pre: list[_Tok], span: tuple[int, int], standalone: bool
) -> QuoteKind:
    """A quotation no cue attributes is speech when it stands alone and says enough:
    four words, a whole sentence, or a short sentence a colon hands over."""
    start, end = span
    words = ctx.text[start:end].strip()
    long_enough = len(words.split()) >= 4 or _said_after_colon(ctx, pre, start, end)
    long_enough = long_enough or _closed_sentence(words)
    return "speech" if standalone and long_enough else "fragment"


def _namer(
    ctx: _Context, pre: list[_Tok], kind: QuoteKind
) -> tuple[str | None, QuoteKind, str] | None:
    """ "what he called “…”": the namer's words, or nobody's when the pronoun
    resolves to no one; ``None`` when no such clause leads to the quotation."""
    verb = what_namer(pre)
    if verb is None:
        return None
    pronoun = pre[verb - 1].low in _SUBJECT_PRONOUNS
    if pronoun and ctx.language == "fr":
        return None  # « dénonçant ce qu'elle appelle »: the sentence's subject, found later
    opens = max(i for i in range(verb) if pre[i].low in _NAMER_OPENERS)
    who = _subject_before(ctx, pre[opens + 1 : verb])  # "what the industry calls"
    return _remember(ctx, who, kind, "subject") if who else (None, kind, "none")


_NAMER_OPENERS = frozenset(("what", "que", "qu'", "qu’"))
"""The words opening a naming clause ("what", « ce que »): its own subject follows."""


def _closed_sentence(words: str, ends: tuple[str, ...] = (".", "?", "…")) -> bool:
    """Words quoted as a whole sentence of their own, capital to full stop ("We're not
    done.", « Pardon. »): spoken, however few; an exclamation may be a slogan ("Save the
    pool!")."""
    return bool(words) and words[:1].isupper() and words.endswith(ends)


def _said_after_colon(ctx: _Context, pre: list[_Tok], start: int, end: int) -> bool:
    """A short whole sentence a colon hands over (« Réaction de la CGT : « C'est une
    provocation. » »): spoken words, however few."""
    words = ctx.text[start:end].strip()
    return bool(pre) and pre[-1].text == ":" and _closed_sentence(words, (".", "!", "?", "…"))


def _source_person(
    ctx: _Context, toks: list[_Tok], bounds: tuple[int, int], start: int, kind: QuoteKind
) -> tuple[str | None, QuoteKind, str] | None:
    """The person an « according to » of the sentence names, when a passive verb
    before the quotation names nobody."""
    pushed = len(ctx.speakers)
    named = _according_to(ctx, toks, bounds, start, kind)
    if named is not None and ctx.is_person(named[0]):
        return named
    del ctx.speakers[pushed:]
    return None


def _according_to(
    ctx: _Context, toks: list[_Tok], bounds: tuple[int, int], start: int, kind: QuoteKind
) -> tuple[str | None, QuoteKind, str] | None:
    """The source a « selon X » / "according to X" in the sentence names, if any;
    ``None`` when the sentence has no such phrase."""
    who = according_source(ctx, toks, bounds, start)
    return _remember(ctx, who, kind, "selon") if who is not None else None


def _ends_own_sentence(ctx: _Context, start: int, end: int, close_mark: int) -> bool:
    """Whether quoted words closing on a full stop end the author's sentence too.

    ``The union called the closures "a betrayal." Its chairman said…``: the period
    inside the marks ends the sentence, so words after it belong to the next one.
    """
    if ctx.text[end - 1] not in ".!?" or end - start < 2:
        return False
    width = 2 if ctx.text.startswith("''", close_mark) else 1  # ``''`` is one mark
    after = ctx.text[close_mark + width : close_mark + width + 3]
    return len(after) >= 2 and after[0] == " " and after[1].isupper()


def uttered_label(ctx: _Context, k: int) -> tuple[str | None, QuoteKind, str]:
    """A phrase or slogan the text hands to whoever uttered it (« la formule « … »
    prononcée par le ministre », « le slogan « … », lancé par X ») is that agent's;
    any other name or label is no one's words."""
    toks, qi = host_tokens(ctx, k)
    return (
        _uttered(ctx, toks[qi + 1 :], ctx.spans[k][1])
        if qi is not None
        else (None, "other", "none")
    )


def _uttered(ctx: _Context, post: list[_Tok], start: int) -> tuple[str | None, QuoteKind, str]:
    """:func:`uttered_label` on the words after the quotation, already read."""
    if (who := uttered_by(ctx, post, start)) is not None:
        return _remember(ctx, who, "fragment", "uttered")
    return None, "other", "none"


def _remember(
    ctx: _Context, who: _Speaker, kind: QuoteKind, how: str
) -> tuple[str | None, QuoteKind, str]:
    if who.label == "LOC" and _after_preposition(ctx, who.at):
        # ``X of the Institute in Port Lenning said``: a place in a complement, not
        # the state speaking.
        return None, kind, how
    if who.name:
        if how == "agent" and kind != "speech":
            ctx.judges.add(len(ctx.speakers))  # « des propos jugés « vagues » par X »
        ctx.speakers.append(who)
    return who.name, kind, how


def _agent(ctx: _Context, after_verb: list[_Tok], before: int) -> _Speaker | None:
    """The person or body a passive verb's « par » / "by" names before the quotation."""
    at = next((i for i, t in enumerate(after_verb) if t.low in ("by", "par")), None)
    if at is None:
        return None
    who = noun_phrase_after(ctx, after_verb[at + 1 :], before, inverted=True)
    return who if who is not None and who.label in ("PER", "ORG") else None


_INFINITIVE_BE = frozenset(("être", "étant", "be", "being"))


def _incise_between(pre: list[_Tok], vi: int, lang: str, verb: str | None = None) -> bool:
    """Whether ``pre[vi]`` (or its ``verb``, split from an inverted pronoun) is an incise
    verb of any strength right after a quotation (« « … », peste l'éleveur, « … » »), so
    the quotation that follows goes on with the same speaker."""
    if not is_speech_verb(verb or pre[vi].text, lang, strong=False):
        return False
    core = _core(pre[:vi])
    return bool(core) and core[-1].text == "«Q»"


def _core(left: list[_Tok]) -> list[_Tok]:
    """The words before a verb without fillers and reflexive pronouns: what is left to
    say whether the verb follows a quotation, an auxiliary or a subject."""
    return [x for x in left if x.low not in _SKIP_WORDS and x.low not in _REFLEXIVE]


def _pre_attribution(ctx: _Context, pre: list[_Tok]) -> _Speaker | None:
    """The nearest strong reporting verb before the quotation, and its subject."""
    lang, opening = ctx.language, (first_words(ctx.text, pre[-1].end) if pre else "")
    passive: _Speaker | None = None
    owned: _Speaker | None = None
    start = clause_start(pre)  # "X …, while Z kept calling it": not X's
    for vi in range(len(pre) - 1, start - 1, -1):
        t = pre[vi]
        if not t.text[0].islower() and vi > 0:
            continue
        inv = split_inverted(t.text)
        if inv and (is_speech_verb(inv[0], lang) or _incise_between(pre, vi, lang, inv[0])):
            return _pronoun(ctx, inv[1], t.start)  # « « … », peste-t-il, « … » »
        as_it_says = as_said(pre, vi) and verb_use(pre, vi, lang)  # « comme l'indique X : »
        if as_it_says and (who := inverted_subject(ctx, pre[vi + 1 :], t.start)):
            return who
        if (absolute := with_participle(ctx, pre, vi)) is not None:
            return absolute
        if hanging_participle(ctx, pre, vi) or gerund_of_manner(ctx, pre, vi):
            # "…, telling reporters that", « …, invoquant »: the main clause's subject.
            who = main_clause_subject(ctx, pre[: vi - 1]) or incise_subject(ctx, pre[: vi - 1])
            if who:
                return who
            continue
        said = _leads_to_quotation(pre, vi, lang, opening)
        if not said or attributive_participle(pre, vi, lang):
            continue  # « les dépassements relevés »: an adjective
        if vi and (passive_voice(pre, vi) or listener_told(pre, vi)):
            # « X a été qualifié de « … » »: X is described; an active verb before may
            # still report the words, else nobody the sentence names does.
            if pre[vi - 1].low not in _INFINITIVE_BE:  # « appelle à être déclaré »
                agent = _agent(ctx, pre[vi + 1 :], t.start)
                if agent is not None:
                    return agent  # "X was accused by Y of "…"": Y said it
                passive = passive or _Speaker(None, "NP", t.start)
            continue
        left = pre[:vi]
        # A verb right after an earlier quotation is that quotation's incise.
        core = _core(left)
        inv = split_inverted(core[-1].text) if core else None
        if inv and inv[0] in _AUX:
            return _pronoun(ctx, inv[1], core[-1].start)
        if core and core[-1].text == "«Q»":
            if (after := _after_quotation(ctx, pre, vi, core)) is not None:
                return after
            continue
        who = _subject_before(ctx, left)
        if who and who.label == "NP" and owned_subject(left):
            owned = owned or who  # "X said its board had concluded": X reports it
            continue
        if who:
            return who
        if core and core[-1].low in _HEADS_OF_PEOPLE:
            return None  # ``ce que certains qualifient de``: nobody named says it
        if _quantified(core):
            return None  # "though several members of his caucus have said": none named
    return passive or owned or participle_subject(ctx, pre, start)


_PHRASE_REACH = 6
"""How many words before the quotation a reporting phrase may open (« y voit un »)."""
_PHRASE_CLITICS = REFLEXIVE_OR_NEGATION | {"y", "en"}


def _phrase_subject(ctx: _Context, pre: list[_Tok]) -> _Speaker | None:
    """The subject of a reporting phrase of several words just before the quotation
    (« qui y voit », « qui s'en prend à »), which no single verb of saying marks."""
    if len(pre) < 3:
        return None
    lo = pre[max(0, len(pre) - _PHRASE_REACH)].start
    found = list(_REPORTING_PHRASES.finditer(ctx.text, lo, pre[-1].end))
    # "regards it as "…""; « présente X comme » is left to the sentence subject's stance.
    english = ctx.language == "en"
    presents = list(PRESENTING.finditer(ctx.text, lo, pre[-1].end)) if english else []
    if not found and not presents:
        return None
    last = max(m.start() for m in found + presents)
    k = next(i for i, t in enumerate(pre) if t.end > last)
    if not found and any(t.low in ("that", "which") for t in pre[:k]):
        return None  # "a plan that X regards as": the relative's subject
    while k > 0 and pre[k - 1].low in _PHRASE_CLITICS:
        k -= 1
    who = _subject_before(ctx, pre[:k]) if k > 0 else None
    return who if who is not None and who.label in ("PER", "ORG") else None


def _own_sentence_subject(
    ctx: _Context, pre: list[_Tok], kind: QuoteKind, standalone: bool, words: str
) -> _Speaker | None:
    """The subject of the sentence holding the quotation; after a colon, the person
    a body only qualifies (« Même constat pour X, délégué CGT : »)."""
    colon = standalone and bool(pre)
    voiced = speaks_as_i(words)  # « avec mon ordinateur »: someone's own words
    who = sentence_subject(ctx, pre, fragment=kind == "fragment" and not voiced)
    if who and who.label == "ORG" and colon and pre[-1].text == ":":
        return person_set_before(ctx, pre, who) or who
    return who


def _after_quotation(ctx: _Context, pre: list[_Tok], vi: int, core: list[_Tok]) -> _Speaker | None:
    """The speaker of a verb right after a quotation: the publication it titles (« Le
    quotidien « X » juge … »), else the subject inverted after the verb of the
    quotation's incise, unless the verb is a bare participle (« estimée à 52 % par X »)."""
    governed = len(core) > 3 and core[-4].low in _PREPOSITIONS and core[-4].low != "a"
    if not governed and (paper := titled_publication(ctx, core[-3:-1])) is not None:
        return paper  # not « interrogé par la revue « X » estime »: the paper asked
    if bare_participle(pre, vi, ctx.language, since=pre.index(core[-1])):
        return None
    return inverted_subject(ctx, pre[vi + 1 :], pre[vi].start)


def _leads_to_quotation(pre: list[_Tok], vi: int, lang: str, opening: str) -> bool:
    """Whether the verb ``pre[vi]`` reports the quotation ``pre`` leads to, given the
    quotation's first words ``opening`` (« relèvent « de la compétence … » » reports
    nothing)."""
    return verb_use(pre, vi, lang, leads_in=True, opening=opening) or _incise_between(pre, vi, lang)


def _quantified(core: list[_Tok]) -> bool:
    """Whether the clause before a verb opens on a quantifier (« plusieurs élus »,
    "several members of his caucus"): its subject is people nobody names."""
    start = max((n + 1 for n, t in enumerate(core) if t.low in _CLAUSE_OPENERS), default=0)
    return start < len(core) and core[start].low in _QUANTIFIERS


_CLAUSE_OPENERS = frozenset(", though although while but and whereas tandis mais".split())
_QUANTIFIERS = frozenset(
    "several some many most few numerous plusieurs certains certaines nombre".split()
)
