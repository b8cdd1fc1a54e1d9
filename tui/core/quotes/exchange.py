"""Turns of an exchange: a question and its answer, quoted paragraph after paragraph.

Briefings, interviews and hearings are often written as an exchange: « “So will you
raise taxes?” Ms Holt asked. ¶ “Everything is on the table.” ¶ “That is no answer.” »
Each bare quoted paragraph there is a turn of the other party, not the last speaker
going on. The exchange opens on a turn whose own attribution asks or replies (asked,
replied, « demande », « rétorque ») or puts a question; it goes on while each new
paragraph is a bare quotation, and the other party is the last different speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.courtesy_titles import TITLE_GENDERS
from tui.core.quotes.context import _Context
from tui.core.quotes.defendant import defendant
from tui.core.quotes.introduced_before import acts
from tui.core.quotes.topic import topic_person
from tui.core.quotes.words import last_word_before

_EXCHANGE_VERBS = re.compile(
    r"(?<!\w)(?:asked|asks|replied|replies|responded|responds|retorted|countered|"
    r"pressed|interjected|shot back|demande|demandé|répond|répondu|rétorque|rétorqué|"
    r"relance|relancé|interroge|interrogé)(?!\w)",
    re.IGNORECASE,
)
_TAIL = 160
"""Longest attribution a turn may carry after its quotation (« Ms Holt asked. », a
name with its title and employer)."""
_REACH = 1500
"""How far back the other party may have last spoken."""


def exchange_turn(
    ctx: _Context, k: int, speakers: Sequence[str | None], turns: set[int]
) -> str | None:
    """The other party's name when quotation ``k`` answers in an exchange, else ``None``.

    ``speakers`` holds the speaker settled for each earlier quotation, ``turns`` the
    quotations already read as turns of an exchange.
    """
    if _intertitle(ctx, k):
        return None  # « Des traces de sang »: a heading the page sets between turns
    tail = _turn_before(ctx, k) if k >= 1 and _bare_paragraph(ctx, k) else None
    asker = speakers[k - 1] if tail is not None else None
    quoted = _words(ctx, k - 1)
    if tail is not None and quoted.endswith("?"):
        addressed = addressee(ctx, quoted)  # « …, monsieur Morvan ? » — the answer is his
        if addressed is not None and addressed != asker:
            return addressed
    if tail is not None and asker is None and quoted.endswith("?") and _EXCHANGE_VERBS.search(tail):
        return _put_to(ctx, k, speakers)  # « …? », a demandé un journaliste. ¶ « Oui… »
    if tail is None or asker is None:
        return None
    # A question standing as a paragraph of its own asks too (« Jeudi, la juge l'a
    # questionné. ¶ « Pourquoi … ? » ¶ « Pour le chantier. » »).
    bare_question = not tail.strip() and quoted.endswith("?") and _bare_paragraph(ctx, k - 1)
    asks = (
        bare_question
        or _challenges(quoted)
        or (bool(tail.strip()) and (quoted.endswith("?") or bool(_EXCHANGE_VERBS.search(tail))))
    )
    interviewer = _interviewer(ctx, ctx.spans[k - 1][0], asker)
    if interviewer is not None and not asks and k - 1 not in turns:
        return interviewer  # "X was asked by presenter Y whether…": Y's question next
    if not asks and k - 1 not in turns:
        return _asker_again(ctx, k, speakers)
    floor = ctx.spans[k][0] - _REACH
    spoken_of = _spoken_of(ctx, quoted)  # « … répondre à madame X ? »: not X who answers
    return _spoke_before(ctx, k, speakers, asker, spoken_of) or _other_person(
        ctx, asker, floor, ctx.spans[k - 1][0]
    )


_YOU_SAY = re.compile(
    r"(?:^|[.!?]\s+)(?:Vous|You)\s+(?:(?:nous|me|avez|have|had)\s+)?(?:dites|affirmez|prétendez"
    r"|soutenez|assurez|dit|affirmé|prétendu|say|said|claim|claimed|told)\b"
)
"""A turn putting the other party's own account to them (« Vous dites qu'il vous a
frappé … », "You say you were not there…"): the bare paragraph after it answers."""


def _challenges(quoted: str) -> bool:
    """Whether a turn puts the other party's own words to them, as a question does."""
    return _YOU_SAY.search(quoted) is not None


def _intertitle(ctx: _Context, k: int) -> bool:
    """Whether quotation ``k`` is a few words closing on no punctuation: a heading."""
    words = ctx.text[ctx.spans[k][1] : ctx.spans[k][2]].strip()
    return len(words.split()) <= _HEADING_WORDS and not words.endswith((".", "!", "?", "…"))


_HEADING_WORDS = 6


def _put_to(ctx: _Context, k: int, speakers: Sequence[str | None]) -> str | None:
    """Whom an unnamed asker's question ``k - 1`` is put to: the one person the
    paragraph before it makes act (« Le maire, X, cite une étude. ¶ « …? », lui a
    demandé un journaliste »), else who spoke last within reach."""
    open_mark = ctx.spans[k - 1][0]
    before = ctx.previous_paragraph(open_mark)
    acting = {
        e.canonical
        for e in ctx.entities_in(before, ctx.line_start(open_mark))
        if e.label == "PER" and not ctx.in_quote(e.start) and acts(ctx, e)
    }
    return acting.pop() if len(acting) == 1 else _spoke_before(ctx, k, speakers, None)


def _spoke_before(
    ctx: _Context,
    k: int,
    speakers: Sequence[str | None],
    asker: str | None,
    spoken_of: frozenset[str] = frozenset(),
) -> str | None:
    """The last speaker before the question ``k - 1`` other than ``asker``, within
    reach, and none the question speaks of."""
    floor = ctx.spans[k][0] - _REACH
    for j in range(k - 2, -1, -1):
        if ctx.spans[j][0] < floor:
            break
        if speakers[j] and speakers[j] != asker and speakers[j] not in spoken_of:
            return speakers[j]
    return None


def _words(ctx: _Context, k: int) -> str:
    """Quotation ``k``'s words without the punctuation closing them, so that a
    question ends on "?"."""
    return ctx.text[ctx.spans[k][1] : ctx.spans[k][2]].rstrip(' ,.»”"')


def _asker_again(ctx: _Context, k: int, speakers: Sequence[str | None]) -> str | None:
    """The one who asked, for a bare paragraph after the answer to their question
    ("“…?” she asked. ¶ “…,” he said. ¶ “That isn't what I asked.”")."""
    if k < 2 or _turn_before(ctx, k - 1) is None:
        return None
    asker, answerer = speakers[k - 2], speakers[k - 1]
    asked = _words(ctx, k - 2).endswith("?")
    tail = _tail(ctx, k - 2)
    if not (asked or _EXCHANGE_VERBS.search(tail)) or not asker or asker == answerer:
        return None
    return asker


_VOCATIVE = re.compile(
    r"\b(?:monsieur|madame|mademoiselle|maître|Mr|Mrs|Ms|Miss|Dr|Senator|Governor)\.?\s+"
    r"([A-ZÀ-Þ][\w'’-]+)",
    re.IGNORECASE,
)


_GOVERNING = frozenset(
    "a de d pour avec contre sur chez par to for with about against of by".split()
)
"""Prepositions before a title that make the name a complement, not a call."""


def addressee(ctx: _Context, question: str) -> str | None:
    """The person a question calls by name (« Où est cet argent, monsieur Morvan ? »);
    of two people with that surname, the one of the title's gender."""
    called = [m for m in _titled(question) if not _governed(question, m)]
    found = _named(ctx, called[0][1]) if called else set()
    title = called[0][0].split()[0].lower().rstrip(".") if called else ""
    gender = TITLE_GENDERS.get(title) or None  # « maître », "Dr": no gender
    if len(found) > 1 and gender is not None:
        found = {name for name in found if ctx.gender_of(name) == gender}
    return found.pop() if len(found) == 1 else None


def _spoken_of(ctx: _Context, question: str) -> frozenset[str]:
    """The people a question names after a preposition (« Que voulez-vous répondre à
    madame X ? »): spoken of, not to, so none of them answers."""
    return frozenset(
        n for m in _titled(question) if _governed(question, m) for n in _named(ctx, m[1])
    )


def _titled(question: str) -> list[re.Match[str]]:
    return [m for m in _VOCATIVE.finditer(question) if m.group(1)[0].isupper()]


def _governed(question: str, m: re.Match[str]) -> bool:
    return last_word_before(question, m.start()) in _GOVERNING


def _named(ctx: _Context, surname: str) -> set[str]:
    """The people the writer names (not the vocative itself) with ``surname``."""
    names = {e.canonical for e in ctx.entities if e.label == "PER" and not ctx.in_quote(e.start)}
    return {n for n in names if n.split()[-1] == surname}


_ASKED_BY = re.compile(r"\b(?:asked|interviewed|questioned|pressed)\s+by\b|\binterrogée?\s+par\b")


def _interviewer(ctx: _Context, at: int, asker: str) -> str | None:
    """The person an interview's opening names as asking (« X was asked by presenter Y »,
    « interrogée par Y »), in the paragraph before the exchange's first turn."""
    lo = ctx.previous_paragraph(at)
    m = _ASKED_BY.search(ctx.text, lo, at)
    if m is None:
        return None
    for e in ctx.entities_in(m.end(), min(at, m.end() + 60)):
        if e.label == "PER" and e.canonical != asker:
            return e.canonical
    return None


def _other_person(ctx: _Context, asker: str, floor: int, before: int) -> str | None:
    """The one on trial, else the person the article is about, else the last person
    named before the exchange, who is not the one asking: the defendant a judge
    questions, the guest of an interview, when they have not spoken yet."""
    for central in (defendant(ctx, "accusé", before), topic_person(ctx, before, None)):
        if central is not None and central != asker:
            return central
    for e in reversed(ctx.entities_in(max(floor, 0), before)):
        if e.label == "PER" and e.canonical != asker and not ctx.in_quote(e.start):
            return e.canonical
    return None


def _tail(ctx: _Context, k: int) -> str:
    close = ctx.spans[k][3]
    return ctx.text[close + 1 : ctx.line_end(close)]


def _bare_paragraph(ctx: _Context, k: int) -> bool:
    """Whether quotation ``k`` is a paragraph of its own, with nothing around it."""
    open_mark = ctx.spans[k][0]
    lead = ctx.text[ctx.line_start(open_mark) : open_mark]
    return not lead.strip() and not _tail(ctx, k).strip(" .!?»”\"'")


def _turn_before(ctx: _Context, k: int) -> str | None:
    """The attribution of the paragraph right before ``k`` when that paragraph is one
    turn: it opens on a quotation, or on a short lead-in ending in a colon before a
    question (« Le président la reprend : « … ? » »), and adds at most a short
    attribution between its quotations ("…," Mr Fenn replied. "…"); ``None`` when it
    is no turn."""
    spans, text = ctx.spans, ctx.text
    line = ctx.line_start(spans[k - 1][0])
    first = k - 1
    while first > 0 and spans[first - 1][0] >= line:
        first -= 1
    lead = text[line : spans[first][0]].strip()
    asked = lead.endswith(":") and _words(ctx, k - 1).endswith("?")
    opened = spans[k - 1][0]
    if lead and _challenges(text[opened + 1 : spans[k - 1][3]].lstrip()):
        # « Le récit se fissure. « Vous dites qu'il vous a frappé, reprend le président.
        # Pourtant … » »: the paragraph closes on one party's turn, put to the other
        first, lead = next(j for j in range(k) if spans[j][0] == opened), ""
    if (lead and not asked) or "\n" not in text[spans[k - 1][3] : spans[k][0]]:
        return None  # a turn opens on its words, or on who asks (« X la reprend : »)
    if ctx.line_end(spans[k - 1][3]) < ctx.line_start(spans[k][0]) - 2:
        return None  # a paragraph of the writer's between them
    between = [text[spans[j][3] + 1 : spans[j + 1][0]] for j in range(first, k - 1)]
    outside = " ".join([lead, *between, _tail(ctx, k - 1)]).strip()
    return outside if len(outside) <= _TAIL else None


def follow_up(ctx: _Context, k: int, found: Sequence[tuple[str | None, ...]]) -> str | None:
    """The asker again for a bare question right after the reply to their question in
    the same paragraph (« « …? » demande la juge. « … », répond le commerçant.
    « À tous les douze ? » »): the one who asked presses on."""
    if k < 2 or not _words(ctx, k).endswith("?"):
        return None
    line = ctx.line_start(ctx.spans[k][0])
    if ctx.spans[k - 2][0] < line or not _words(ctx, k - 2).endswith("?"):
        return None
    asker, answerer = found[k - 2][0], found[k - 1][0]
    replied = _EXCHANGE_VERBS.search(ctx.text, ctx.spans[k - 1][3], ctx.spans[k][0])
    return asker if replied and asker and answerer and asker != answerer else None
