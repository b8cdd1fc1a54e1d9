"""Who a role under a definite article stands for: « a confié la cinéaste », "the
coach said".

News re-describes a person it has introduced. The role is the one person introduced
with it, or with any role, or quoted in the paragraph, and never someone it cannot
be: a feminine role (« la ministre », « l'élue ») is never a man, a counsel's role
is the lawyer named last.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from tui.core.models import Entity
from tui.core.quotes.antecedents import COUPLE_NOUNS, GROUP_NOUNS, last_couple
from tui.core.quotes.carried_on import carries_on, last_speaker
from tui.core.quotes.constraints import noun_kind, people_word
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.defendant import defendant
from tui.core.quotes.party_roles import of_another_party, party_member
from tui.core.quotes.pronouns import _INSTITUTIONS, _recent_subject
from tui.core.quotes.role_fit import held_otherwise
from tui.core.quotes.role_gender import feminine_role, masculine_role
from tui.core.quotes.role_holders import introduced_as
from tui.core.quotes.speakers import described_people, names_an_office
from tui.core.quotes.topic import OPENING_MARKS, central_figure, lone_figure, only_person_named
from tui.core.quotes.trial_parts import OFFICERS, court_officer, party
from tui.core.quotes.unnamed_intro import introduced_unnamed, met_unnamed
from tui.core.quotes.words import (
    SENTENCE_PUNCT,
    SINGULAR_DEFINITE,
    SINGULAR_POSSESSIVES,
    is_reply,
    last_word_before,
)
from tui.core.text import fold

_LAWYER = re.compile(r"\bavocate?s?\b|\bMe\s+[A-ZÀ-Þ]")
_LAWYER_BEFORE = re.compile(
    r"(?:\bavocate?(?:\s+|(?:\s+[^\s,.;:]+){1,5}\s*,\s*)|\bMe\s+)$", re.IGNORECASE
)


def _counsel(ctx: _Context, body: list[_Tok]) -> bool:
    """A bare « le conseil » or « l'avocate » in a story about lawyers: the last one named.

    French court reporting re-describes a lawyer as « le conseil » (« a déclaré le
    conseil »); a council always comes with its complement (« le conseil municipal »).
    """
    lawyer = body[0].low in ("conseil", "avocat", "avocate", "lawyer", "attorney")
    return len(body) == 1 and lawyer and _LAWYER.search(ctx.text) is not None


def _last_lawyer(ctx: _Context, before: int) -> _Speaker | None:
    """The last person named as a lawyer (« Me X », « l'avocat …, X ») before ``before``,
    else the one lawyer the article names further on (« a plaidé leur avocat. … Me X,
    qui défend les prévenus, … »)."""
    i = bisect_left(ctx.ent_starts, before) - 1
    while i >= 0 and ctx.entities[i].start > before - 2000:
        if _named_lawyer(ctx, ctx.entities[i]):
            return _Speaker(ctx.entities[i].canonical, "PER", before)
        i -= 1
    after = ctx.entities[bisect_right(ctx.ent_starts, before) :]
    later = {e.canonical for e in after if _named_lawyer(ctx, e)}
    return _Speaker(later.pop(), "PER", before) if len(later) == 1 else None


def _named_lawyer(ctx: _Context, e: Entity) -> bool:
    """Whether mention ``e`` names a lawyer: « l'avocat de la famille, X », « Me X »,
    the role right before the name, not « l'avocate générale a requis … la tutelle de
    X » nor « l'avocat des parents Lambert » (the name is the client there)."""
    if e.label != "PER" or ctx.in_quote(e.start):
        return False
    lead = ctx.text[max(0, e.start - 60) : e.start]
    return bool(_LAWYER.search(lead[-4:] + " ") or _LAWYER_BEFORE.search(lead))


def _answered(ctx: _Context, line: int, at: int) -> str | None:
    """Who a reply answers: the last speaker, or (before speakers are settled, as the
    parse reads) the last person the paragraph names before the reply."""
    if ctx.speakers:
        return ctx.speakers[-1].name
    named = [e for e in ctx.entities_in(line, at) if e.label == "PER" and not ctx.in_quote(e.start)]
    return named[-1].canonical if named else None


def _quoted_in_paragraph(ctx: _Context, line: int, at: int) -> _Speaker | None:
    """The person who spoke last before ``at``, when it was in the paragraph opening at
    ``line`` (a later pass knows speakers further on: they do not count)."""
    last = ctx.speaker_before(at)
    if last is None or last.label != "PER" or last.at < line:
        return None
    return _Speaker(last.name, last.label, at)


def _anaphoric_role(ctx: _Context, det: _Tok, body: list[_Tok], before: int) -> _Speaker | None:
    """The person a bare definite role stands for (« a confié la cinéaste », "the coach said").

    News re-describes a person it has introduced: « la réalisatrice Maude Tremblay »
    becomes « la cinéaste », « Franck Haise, l'entraîneur » becomes « le technicien ».
    When the article has introduced exactly one person with a role so far, the role
    is that person; otherwise the last person quoted in the same paragraph, unless
    the verb marks a reply. Bodies (« la mairie ») and plurals stay unnamed;
    demonstratives (« cette mère ») are :mod:`tui.core.quotes.demonstratives`' work.
    """
    if det.low in SINGULAR_POSSESSIVES and _counsel(ctx, body):
        return _last_lawyer(ctx, det.start)  # « a plaidé leur avocat »
    if det.low not in SINGULAR_DEFINITE or (len(body) == 1 and fold(body[0].text) in _CURRENT):
        return None  # « par la nouvelle »: the news, an adjective standing alone
    body, head = _headed(ctx, _past_place(ctx, body))
    if head in COUPLE_NOUNS:
        return last_couple(ctx, det.start)  # « le couple »: the two named together
    if head in GROUP_NOUNS or head in ("un", "une") or (head == "critique" and det.low == "la"):
        return None  # « la famille », « la critique », « l'un d'eux »: a group, or one of it
    if introduced_unnamed(ctx, head, det.start):
        return None  # "a senior official … the official said": the unnamed one again
    if _counsel(ctx, body):
        return _last_lawyer(ctx, det.start)
    noun = body[-1 if ctx.language == "en" else 0].text
    phrase = " ".join(t.text for t in body)
    # "the campaign", "the ruling", "the guide": no person; « le guide » is one.
    french_person = ctx.language == "fr" and noun_kind(noun) == "person"
    document = not french_person and (fold(noun) in _INSTITUTIONS or _draft(body))
    if document or _kind(ctx, body) == "body" or names_an_office(phrase):
        return None
    if body[-1].low.endswith(("s", "x")) and ctx.language == "en":
        return None
    if not all(_role_word(t.text) for t in body):
        return None
    named = ctx.entity_at(body[0].start)
    demonym = len(body) == 1 and people_word(body[0].text)  # « le Valaisan »
    if named is not None and named.label != "PER" and not demonym:
        return None  # « la CGT majoritaire »: a body qualified, no role
    gender = _role_gender(ctx, det, noun)
    member = party_member(ctx, body, det.start)  # "the Democratic nominee"
    if member is not None:
        return member
    tried = defendant(ctx, head, det.start)
    if tried is not None and _fits(ctx, gender, tried):
        return _Speaker(tried, "PER", det.start)  # « le prévenu »: the one on trial
    # « l'avocat de M. X »: whoever the role is, never the person it is related to.
    inside = {e.canonical for e in ctx.entities_in(body[0].start, body[-1].end)}
    return _role_holder(
        ctx,
        det,
        body,
        head,
        lambda name: (
            _fits(ctx, gender, name)
            and not held_otherwise(ctx, name, head, body)
            and not of_another_party(ctx, name, body, det.start)
            and name not in inside
        ),
        gender,
    )


_CURRENT = frozenset(fold(w) for w in "nouveau nouvel nouvelle actuel actuelle".split())
"""French adjectives before a role that keep its holder: the one in office now."""

_AGED = frozenset(fold(w) for w in "jeune vieil vieille vieux".split())
"""Age before a person noun (« la jeune femme »): the noun heads the role."""
_KEEP_THE_HEAD = _CURRENT | _AGED

_PLAIN_PERSON = frozenset(fold(w) for w in "femme homme fille garçon".split())
"""Person nouns that are no role: the article's central figure, not one of those it
introduced with a role."""

_SECONDS = frozenset(("deputy", "vice", "assistant", "associate"))
"""Words that make a role another's second: "the deputy mayor" is the deputy, never
the mayor the article named."""


def _draft(body: list[_Tok]) -> bool:
    """« le projet de texte », « la version du rapport »: a thing made of a document,
    which speaks for nobody unless its issuer is named."""
    return (
        len(body) > 2
        and body[1].low in ("de", "du", "d'", "d’")
        and fold(body[-1].text) in _INSTITUTIONS
    )


def _headed(ctx: _Context, body: list[_Tok]) -> tuple[list[_Tok], str]:
    """The role past the adjectives that keep its holder, and its head word (folded):
    the first in French, the last in English, a deputy's word in either."""
    if ctx.language == "fr" and len(body) > 1 and fold(body[0].text) in _KEEP_THE_HEAD:
        body = body[1:]  # « le nouveau président » is the president, newly in office
    head = fold(body[-1].text if ctx.language == "en" else body[0].text)
    return body, next((fold(t.text) for t in body[:-1] if fold(t.text) in _SECONDS), head)


def _past_place(ctx: _Context, body: list[_Tok]) -> list[_Tok]:
    """An English role without the place that opens it: "the Limerick deputy" is the
    deputy the article introduced, from wherever she sits."""
    named = ctx.entity_at(body[0].start) if ctx.language == "en" else None
    if named is None or named.label != "LOC" or named.end >= body[-1].end:
        return body
    return [t for t in body if t.start >= named.end]


def _role_word(word: str) -> bool:
    """A word a role may hold: letters, a hyphen, an elision (« d'opposition ») or an
    age (« l'exploitant de 58 ans »); punctuation ends the role."""
    return word.isalpha() or "-" in word or word.isdigit() or word.rstrip("'’").isalpha()


def _role_gender(ctx: _Context, det: _Tok, noun: str) -> str | None:
    """The gender a role's article and noun give its holder (« la ministre »: f)."""
    if feminine_role(det.low, noun, ctx.language):
        return "f"
    return "m" if masculine_role(det.low, noun, ctx.language) else None


def _fits(ctx: _Context, gender: str | None, name: str | None) -> bool:
    """Whether ``name`` may hold a role of ``gender``: « la ministre » is never a man,
    « le conseiller » never a woman."""
    return gender is None or name is None or ctx.gender_of(name) in (None, gender)


def _role_holder(
    ctx: _Context,
    det: _Tok,
    body: list[_Tok],
    head: str,
    fits: Callable[[str | None], bool],
    gender: str | None,
) -> _Speaker | None:
    """The one person introduced with this role, the paragraph's subject, the one
    person introduced with a role at all or in the paragraph, or quoted in it, who
    ``fits`` the role; else the article's central figure."""
    same_role = introduced_as(ctx, head, det.start, bare=len(body) == 1)
    if same_role is not None and fits(same_role):  # « l'échevine » after « L'échevine, X »
        return _Speaker(same_role, "PER", det.start)
    if met_unnamed(ctx, head, det.start):
        return None  # « Invité par le président de la cour… », then « le président »
    if party(head) in OFFICERS or court_officer(" ".join(t.text for t in body)):
        return None  # « la procureure avait dénoncé … »: none introduced so, none named
    line = ctx.line_start(det.start)
    if carries_on(ctx, det.start, body[-1].end):
        if not ctx.speakers:
            return None  # read before speakers are settled (the parse): the rules decide
        went_on = last_speaker(ctx, det.start)
        if went_on is not None and fits(went_on):  # « « … », poursuit le voisin »: him
            return _Speaker(went_on, "PER", det.start)
    replies = is_reply(ctx.text[max(0, det.start - 30) : det.start])
    subject = _paragraph_subject(ctx, det.start, line, head, replies=replies, gender=gender)
    if subject is not None and fits(subject):
        return _Speaker(subject, "PER", det.start)
    alone = None if replies else only_person_named(ctx, line, det.start)
    if alone is not None and fits(alone):
        return _Speaker(alone, "PER", det.start)  # « X … « … », ironise l'élu »
    if ctx.people is None:
        ctx.people = described_people(ctx.text, ctx.entities)
    last = _answered(ctx, line, det.start) if replies else None
    known = {name for at, name in ctx.people if at < det.start}
    if len(known) == 1 and fits(next(iter(known))) and last not in known:
        return _Speaker(next(iter(known)), "PER", det.start)
    # « le député X avait tenté… « … », a lancé l'élu »: the one person this paragraph,
    # else the one before, introduced with a role.
    # A person quoted earlier in this paragraph comes before one of the paragraph above.
    quoted_here = None if replies else _quoted_in_paragraph(ctx, line, det.start)
    for lo in (line, ctx.narrated_paragraph_before(det.start)):
        here = {n for at, n in ctx.people if lo <= at < det.start and fits(n) and n != last}
        if len(here) == 1:
            return _Speaker(next(iter(here)), "PER", det.start)
        if here:  # several introduced with a role: the one the article is about, if any
            return _central_among(ctx, det, body, head, here)
        if lo == line and quoted_here is not None and fits(quoted_here.name):
            return quoted_here
    if replies:
        return None
    central = central_figure(ctx, det, body)
    if central is not None:
        return central if fits(central.name) else None
    if _kind(ctx, body) != "person":
        return None  # "the paper says": a document, never the one person named
    only = lone_figure(ctx, det.start)  # « X ouvre la voie… », then « la chercheuse »
    return _Speaker(only, "PER", det.start) if only is not None and fits(only) else None


def _central_among(
    ctx: _Context, det: _Tok, body: list[_Tok], head: str, introduced: set[str]
) -> _Speaker | None:
    """The central figure, when one of those ``introduced`` with a role or when the
    noun is no role at all (« la jeune femme »)."""
    central = central_figure(ctx, det, body)
    if central is None or not (head in _PLAIN_PERSON or central.name in introduced):
        return None
    return central


def _kind(ctx: _Context, body: list[_Tok]) -> str | None:
    """What a role phrase names, read from its head: English puts it last ("the
    opposition leader" is a person, not the opposition; "the campaign now" a body)."""
    if ctx.language == "en":
        kinds = (noun_kind(t.text) for t in reversed(body))
        return next((kind for kind in kinds if kind is not None), None)
    return noun_kind(" ".join(t.text for t in body))


def paragraph_role_holder(ctx: _Context, det: _Tok, body: list[_Tok]) -> _Speaker | None:
    """The person a longer role with the body it serves re-describes (« « … », a
    estimé l'entraîneur de Loire Handball » after « X savourait … »): only the
    paragraph's own subject, of the role's gender, and never for a reply."""
    if det.low not in SINGULAR_DEFINITE or is_reply(ctx.text[max(0, det.start - 30) : det.start]):
        return None
    head = fold(body[0].text)
    if party(head) in OFFICERS or names_an_office(" ".join(t.text for t in body)):
        return None  # « le représentant du parquet », « la ministre de l'Éducation »
    gender = _role_gender(ctx, det, body[0].text)
    line = ctx.line_start(det.start)
    name = _paragraph_subject(ctx, det.start, line, head, replies=False, gender=gender)
    if name is None:  # « Pour X, président de … , « … » », then « le président de l'agglo »
        same = introduced_as(ctx, head, det.start, bare=False)
        recent = ctx.entities_in(ctx.previous_paragraph(det.start), det.start)
        name = same if any(e.canonical == same for e in recent) else None
    inside = {e.canonical for e in ctx.entities_in(body[0].start, body[-1].end)}
    if name is None or name in inside or not _fits(ctx, gender, name):
        return None
    return _Speaker(name, "PER", det.start)


_OF_WORDS = frozenset(("de", "du", "des", "d", "of", "par", "by"))


def _paragraph_subject(
    ctx: _Context, at: int, line: int, head: str, *, replies: bool, gender: str | None
) -> str | None:
    """The person of the role's ``gender`` standing last as a subject in this paragraph
    (« X assume… « … », prévient l'élue »), unless X holds another role (« le ministre
    X » is not « le député ») or, for a reply, is the one who asked."""
    subject = _recent_subject(ctx, at, ("PER",), gender)
    if ctx.text[line : line + 1] in OPENING_MARKS:
        # "X told the Dáil… ¶ “…,” the minister said": the paragraph before, when it is
        # about one person only.
        line = ctx.previous_paragraph(at)
        people = {e.canonical for e in ctx.entities_in(line, at) if e.label == "PER"}
        if len(people) > 1:
            return None
    if subject is None or subject.at < line or subject.name is None:
        return None
    if last_word_before(ctx.text, subject.at) in _OF_WORDS:
        return None  # « La victoire de X a surpris »: X completes the subject
    if replies and ctx.speakers and ctx.speakers[-1].name == subject.name:
        return None
    roles = {key for _, key, name in ctx.role_heads or () if name == subject.name}
    if not roles or (head,) in roles:
        return subject.name
    # "Hargrove shrugged. “…,” the businessman said": a word no one's role, for the
    # one person the sentence is about; « X a lu une lettre de Y » leaves it open.
    held = any(key == (head,) for _, key, _ in ctx.role_heads or ())
    if held or not _opens_clause(ctx.text, subject.at) or _named_after(ctx, subject, at):
        return None  # « Le dossier X revient … »: the file is the subject, not X
    return subject.name


def _opens_clause(text: str, at: int) -> bool:
    """Whether a name at ``at`` stands first in its clause (after a sentence end, a
    paragraph break or a comma), so it is the subject itself and no noun's complement."""
    before = text[max(0, at - 3) : at].rstrip(" ")
    return not before or before[-1] in ".!?,;:\n»”"


def _named_after(ctx: _Context, subject: _Speaker, at: int) -> bool:
    """Whether the subject's sentence names another person after it."""
    end = _SENTENCE_END.search(ctx.text, subject.at, at)
    people = ctx.entities_in(subject.at, end.start() if end else at)
    return any(e.label == "PER" and e.canonical != subject.name for e in people)


_SENTENCE_END = re.compile(SENTENCE_PUNCT.pattern + r"|[«“\"]")
"""A sentence's end, or a quotation opening: the subject's own words stop there."""
