"""Quotations a speaker quotes: the words inside another quotation's marks.

« Mon collègue m'a appelée en me disant : “Viens voir.” », "He looked at the budget
and said, ‘This is brilliant.’": the inner words are a quotation of their own, and
the speaker's own words say whose. Only what the frame states is taken:

* the speaker quoting themself (« Je lui ai dit : “…” », "I said, ‘…’") gives the
  outer quotation's speaker;
* a name standing as the subject of the verb (« M. Garnier nous a dit : “…” »,
  "Vandermolen says ‘…’", « Corvelec parle de “…” ») gives that name;
* a body noun (« La direction nous a dit “…” ») gives the organisation it stands for:
  the company named last for « la direction », the union for « le syndicat »;
* a pronoun (« Il m'a dit », "He said") gives the person last named of its gender,
  unless the speaker spoke of someone unnamed in between (« Ma mère … Elle m'a dit »);
* anyone else (« Ma mère m'a dit », "a woman told me") stays unnamed: the people a
  speaker knows are rarely named in the article.

Words in marks that no verb introduces (« du “théâtre social” », "our ‘Winter
Ready’ plan") are a term the speaker uses, kind ``other``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from tui.core.models import Entity, Quote, QuoteKind
from tui.core.quotes.constraints import (
    PERSON_NOUNS,
    SINGULAR_PRONOUN_GENDER,
    allowed_speaker,
    noun_kind,
)
from tui.core.quotes.context import _after_preposition, _Context, _Tok
from tui.core.quotes.marks import Unit
from tui.core.quotes.role_holders import introduced_as
from tui.core.quotes.source_body import last_firm, source_body
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.words import SINGULAR_DEFINITE
from tui.core.text import fold

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*['’]?|[,;:]")
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")
_FRAME_REACH = 300
"""How far back the words leading to an inner mark are read: one sentence's worth."""

_FIRST_PERSON = frozenset("je j' j’ i".split())
_SKIPPED = frozenset(
    fold(w)
    for w in """me m' m’ te t' t’ se s' s’ nous vous lui leur y en ne n' n’ pas plus
    jamais toujours souvent alors encore aussi même déjà simplement juste bien a ai as
    avons avez ont avait avais avaient était est été eu aurait then just also once
    always often simply never has have had was is would will did do does to us him
    her them""".split()
)
"""Clitics, auxiliaries and adverbs between a subject and its verb of saying."""

_NAMING = frozenset(
    fold(w)
    for w in """appelle appellent appelait appelé appelée appeler traité traitée traités
    traite traitait qualifié qualifiée qualifie qualifiait parle parlé parlait parlent
    call calls called calling describe describes described describing label labels
    labelled labeled brand brands branded""".split()
)
"""Verbs that name a thing in someone's words (« parle de “réorganisation” »)."""

_NAMING_TAIL = frozenset(
    fold(w)
    for w in "de d' d’ du des ça cela une un le la les it this that a an the as them".split()
)
_JOINING = frozenset(("and", "et", "puis", "then"))
_REACH = 8
"""How many words may follow the verb of saying before the marks (« a dit à trois
heures du matin : »)."""

_ANTECEDENT_REACH = 600
"""How far before the speaker's paragraph a pronoun's antecedent may be named (and at
most four times that before the pronoun, however long the paragraph)."""
_APPOSED = re.compile(
    r"^\s*,(?:\s*\d+\s*,)?\s*(?:[^,.;:!?«»“”]{1,60},|(?:a|an|un|une)\s[^.;:!?«»“”]{0,100})"
)
"""The description set off right after a name (", 52, a financial consultant who …"):
that person, no one else."""
_OPENER_REACH = 6
"""How many words into its clause a coordinated verb's subject may stand ("Last year
the PM came here and said")."""
_ONE_UNNAMED = frozenset(
    fold(w) for w in "mon ma notre ton ta votre son sa un une my our your his her a an".split()
)
"""Determiners before a person the speaker does not name (« ma mère », "a woman")."""
_SOMEONE = frozenset(
    fold(w)
    for w in "homme femme dame type individu inconnu inconnue man woman guy lady stranger".split()
)
"""Nouns for someone unnamed, whatever the determiner (« l'homme au pistolet »)."""
_WORD = re.compile(r"[^\W\d_]+")
_CITING = re.compile(r"\b(?:je cite|I quote|and I quote)\W*$", re.IGNORECASE)

Subject = Entity | str | tuple[int, str] | None
"""Who a frame's verb has for subject: a name, ``"self"`` (the speaker), a pronoun
(where it stands and its gender), or nobody the frame gives."""


def nested_quotes(ctx: _Context, quotes: Sequence[Quote], inner: Sequence[Unit]) -> list[Quote]:
    """The quotations ``inner`` (:func:`~tui.core.quotes.marks.inner_units`) inside the
    marks of ``quotes``, each with the speaker its frame gives."""
    text = ctx.text
    starts = [q.start for q in quotes]
    found: list[Quote] = []
    for open_mark, start, end, _ in inner:
        at = bisect_right(starts, open_mark) - 1
        outer = quotes[at] if at >= 0 else None
        if outer is None or outer.end < end:
            continue  # marks inside an incise, between a quotation's halves
        frame = _frame(text, outer.start, open_mark)
        speaker, source, kind = _who(ctx, frame, outer)
        found.append(Quote(start, end, text[start:end], speaker, kind, source))
    return found


def _frame(text: str, outer_start: int, open_mark: int) -> tuple[int, int]:
    """The words of the outer speaker's sentence that lead to the inner mark."""
    lo = max(outer_start, open_mark - _FRAME_REACH)
    last = lo
    for m in _SENTENCE_END.finditer(text, lo, open_mark):
        last = m.end()
    return last, open_mark


def _who(
    ctx: _Context, frame: tuple[int, int], outer: Quote
) -> tuple[str | None, str | None, QuoteKind]:
    """Speaker, description and kind of an inner quotation from its frame."""
    text, language = ctx.text, ctx.language
    lo, hi = frame
    if _CITING.search(text, lo, hi):
        return None, None, "speech"  # "and I quote, ‘…’": someone else's words
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]
    while tokens and tokens[-1][1] in ",:;":
        tokens.pop()
    verb_at, kind = _verb(tokens, language)
    if verb_at is None:
        return None, None, "other"
    if _told_passive(tokens, verb_at):
        return None, None, kind  # "I rang the board and was told, ‘…’": not the speaker's
    subject = _subject(tokens[:verb_at], ctx)
    if subject == "self":
        return outer.speaker, outer.source, kind
    if isinstance(subject, tuple):
        subject = _antecedent(ctx, outer, *subject)
    if isinstance(subject, Entity):
        return allowed_speaker(subject.canonical, ctx.labels, subject=True), None, kind
    return None, None, kind


_PASSIVE_BE = frozenset("was were been being is are am".split())
_TOLD = frozenset("told informed warned assured advised".split())


def _told_passive(tokens: list[tuple[int, str]], verb_at: int) -> bool:
    """Whether the verb introducing the inner words is a passive of telling ("was
    told"): the outer speaker heard them from someone else."""
    if verb_at == 0 or tokens[verb_at][1].lower() not in _TOLD:
        return False
    return tokens[verb_at - 1][1].lower() in _PASSIVE_BE


def _verb(tokens: list[tuple[int, str]], language: str) -> tuple[int | None, QuoteKind]:
    """Where the verb introducing the inner words stands, and the kind it gives them:
    speech after a verb of saying near the frame's end (« m'a dit ce matin : »),
    fragment right after a naming verb (« parle de », "calls it")."""
    for back in range(1, min(4, len(tokens)) + 1):
        word = fold(tokens[-back][1])
        if word in _NAMING:
            return len(tokens) - back, "fragment"
        if word not in _NAMING_TAIL:
            break
    for back in range(1, min(_REACH, len(tokens)) + 1):
        if is_speech_verb(tokens[-back][1], language, strong=False, as_verb=True):
            return len(tokens) - back, "speech"
    return None, "other"


def _subject(tokens: list[tuple[int, str]], ctx: _Context) -> Subject:
    """The subject before the verb: ``"self"`` for the first person, a named entity,
    else ``None``. Clitics, auxiliaries, adverbs and verb forms are passed over (« m'a
    appelée en me disant »); any other word ends the search with no subject."""
    for index in range(len(tokens) - 1, -1, -1):
        at, word = tokens[index]
        folded = fold(word)
        found, subject = _subject_word(ctx, at, word)
        if found and isinstance(subject, Entity):
            governed = _after_preposition(ctx, subject.start)
            return subject if subject.label in ("PER", "ORG") and not governed else None
        if found:
            return subject
        if folded in PERSON_NOUNS and index > 0 and fold(tokens[index - 1][1]) in SINGULAR_DEFINITE:
            return _described(ctx, tokens[: index + 1])  # « Le ministre nous dit “…” »
        if folded in _SKIPPED or _verb_form(folded):
            continue
        if folded in _JOINING:
            return _clause_opener(tokens[:index], ctx)  # "He looked at it and said"
        if word == ",":
            return _apposed(tokens[:index], ctx)  # « Le directeur, Marc Olivier, nous a dit »
        return _described(ctx, tokens[: index + 1])
    return None


_DESCRIPTION_REACH = 5
"""How many words a described subject in a speaker's words may run to (« the Finance
Minister », « le ministre du Logement »)."""


def _described(ctx: _Context, tokens: list[tuple[int, str]]) -> Entity | None:
    """The person a definite description ending ``tokens`` stands for when the article
    ties a name to that role (« Le ministre nous dit “…” » after « le ministre du
    Logement, X »; "the minister looked me in the eye and said"). A role the article
    ties to nobody ("the Prime Minister" of an article that never names one) stays
    unnamed: the speaker's words are no place to guess."""
    for d in range(len(tokens) - 2, max(-1, len(tokens) - 2 - _DESCRIPTION_REACH), -1):
        if fold(tokens[d][1]) not in SINGULAR_DEFINITE:
            continue
        body = [w for _, w in tokens[d + 1 :]]
        at = tokens[d][0]
        kind = noun_kind(" ".join(body))
        if kind == "body":
            return _body_meant(ctx, body[0], at)  # « La direction nous a dit “…” »
        if kind != "person":
            return None
        named = ctx.lookup_description(" ".join(fold(w) for w in body), body[0], at)
        head = fold(body[-1] if ctx.language == "en" else body[0])
        # English heads come last and say little alone ("the Prime Minister" is no
        # transport minister): a bare role only matches the one introduced with it.
        alone = len(body) == 1 or ctx.language != "en"
        name = named[0] if named is not None else introduced_as(ctx, head, at) if alone else None
        return next((e for e in ctx.entities if e.canonical == name and e.label == "PER"), None)
    return None


def _body_meant(ctx: _Context, noun: str, at: int) -> Entity | None:
    """The organisation a body noun in a speaker's words stands for: « la direction »
    is the company the article named last, « le syndicat » the union."""
    if fold(noun) in _MANAGEMENT:
        return last_firm(ctx, at)
    return source_body(ctx, _Tok(at, at + len(noun), noun, noun.lower()))


_MANAGEMENT = frozenset(("direction", "management"))


def _apposed(tokens: list[tuple[int, str]], ctx: _Context) -> Entity | None:
    """A person set off by commas right before the verb: the subject's own name."""
    if not tokens:
        return None
    named = ctx.entity_at(tokens[-1][0])
    if named is None or named.label != "PER":
        return None
    before = [w for position, w in tokens if position < named.start]
    return named if len(before) > 1 and before[-1] == "," else None


def _clause_opener(tokens: list[tuple[int, str]], ctx: _Context) -> Subject:
    """The subject of the clause a coordinated verb of saying shares: the first
    pronoun or name among its opening words ("At one point he grabbed my arm and said")."""
    commas = [k for k, (_, word) in enumerate(tokens) if word in ",;:"]
    first = commas[-1] + 1 if commas else 0
    for at, word in tokens[first : first + _OPENER_REACH]:
        found, subject = _subject_word(ctx, at, word)
        if found:
            named = isinstance(subject, Entity) and subject.label not in ("PER", "ORG")
            return None if named else subject
    opening = tokens[first : first + _OPENER_REACH]
    for k, (_, word) in enumerate(opening[1:], start=1):
        if fold(word) in PERSON_NOUNS:  # "the minister looked me in the eye and said"
            return _described(ctx, opening[: k + 1])
    return None


def _subject_word(ctx: _Context, at: int, word: str) -> tuple[bool, Subject]:
    """Whether the word at ``at`` may be a subject (a pronoun or a name), and which."""
    person = _person_pronoun(word)
    if person is not None:
        return True, "self" if person == "self" else (at, person)
    named = ctx.entity_at(at)
    return named is not None, named


def _person_pronoun(word: str) -> str | None:
    """``"self"`` for « je », "I" (and "I’m"), the gender of « il », "she"…, else ``None``."""
    folded = fold(word)
    bare = folded.rstrip("'’")  # "He’d", "I’m"
    if folded in _FIRST_PERSON or bare == "i":
        return "self"
    return SINGULAR_PRONOUN_GENDER.get(bare)


def _antecedent(ctx: _Context, outer: Quote, at: int, gender: str) -> Entity | None:
    """The person a pronoun in the speaker's words stands for: the last one named
    before it, of its gender or of none the article marks, other than the speaker,
    with no unnamed person (« ma mère », "my husband") spoken of in between."""
    lo = max(0, ctx.line_start(outer.start) - _ANTECEDENT_REACH, at - 4 * _ANTECEDENT_REACH)
    for e in reversed(ctx.entities_in(lo, at)):
        if e.label != "PER" or e.canonical == outer.speaker:
            continue
        between = _APPOSED.sub("", ctx.text[e.end : at], count=1)  # ", a retired consultant,"
        unnamed = _unnamed_person(between)
        return None if unnamed or ctx.gender_of(e.canonical) not in (gender, None) else e
    return None


def _unnamed_person(words: str) -> bool:
    """Whether ``words`` speak of one person they do not name: « ma mère », « un
    fonctionnaire », "my husband", "a woman"."""
    folded = [fold(w) for w in _WORD.findall(words)]
    if _SOMEONE & set(folded):
        return True  # « l'homme au pistolet », "the woman"
    for k, word in enumerate(folded[:-1]):
        if word in _ONE_UNNAMED:
            following = folded[k + 1 : k + 3]
            if any(w in PERSON_NOUNS and not w.endswith("s") for w in following):
                return True
    return False


def _verb_form(word: str) -> bool:
    """A participle or conjugated form on the way back to the subject (« appelée »)."""
    return word.endswith(("e", "ee", "es", "ait", "ant", "ed")) and len(word) > 3
