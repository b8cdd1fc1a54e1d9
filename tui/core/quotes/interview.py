"""Interviews: who answers in a question-and-answer piece.

An interview sets the interviewer's questions apart (a paragraph ending in "?", or a
``Q:`` line) and the guest's answers after them, often with no reporting verb at all;
the answers belong to the guest the piece introduces.
"""

from __future__ import annotations

import re
from collections import Counter

from tui.core.models import QuoteKind
from tui.core.quotes.context import _Context
from tui.core.text import fold


def interview_answers(ctx: _Context) -> dict[int, str]:
    """Quotations answering an interviewer's question, mapped to the interviewee.

    In a question-and-answer piece the questions stand unquoted, each in its own
    paragraph ending in "?", and the answer opens the next paragraph in quotation
    marks, usually with no reporting verb. With two such pairs or more, the answers
    belong to the person the article names most.
    """
    text = ctx.text
    out: list[int] = []
    for k, (open_mark, _, _, _) in enumerate(ctx.spans):
        line = ctx.line_start(open_mark)
        if text[line:open_mark].strip() or line == 0 or (k and ctx.spans[k - 1][0] == open_mark):
            continue
        prev_end = line - 1
        while prev_end > 0 and text[prev_end - 1] in " \t\r\n":
            prev_end -= 1
        if _asks(text[ctx.line_start(prev_end) : prev_end]):
            out.append(k)
    if len(out) < 2:
        return {}
    guest = interviewee(ctx, ctx.previous_paragraph(ctx.spans[out[0]][0]))
    return dict.fromkeys(out, guest) if guest else {}


_HEADING = 160
"""Longest paragraph read as the heading that introduces a question-and-answer piece."""


def interviewee(ctx: _Context, first_question: int) -> str | None:
    """The first person a heading before the first question names (« Trois questions
    à X, PDG de Y »), else the person the writer names most: names the guest says in
    the answers (« nos emplois à Thiers ») do not count."""
    intro = ctx.previous_paragraph(first_question)
    if first_question - intro < _HEADING:
        named = [e.canonical for e in ctx.entities_in(intro, first_question) if e.label == "PER"]
        named.sort(key=lambda name: " " not in name)  # a full name before a lone word
        if named:
            return named[0]
    counts = Counter(
        e.canonical for e in ctx.entities if e.label == "PER" and not ctx.in_quote(e.start)
    )
    return counts.most_common(1)[0][0] if counts else None


_QA_QUESTION = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.\u2013\u2014]", re.MULTILINE)
_QA_ANSWER = re.compile(r"^[ \t]*(?:A|R|Answer|Réponse)[ \t]*[:.\u2013\u2014]", re.MULTILINE)
_FIRST_PERSON = frozenset(("i", "we", "je", "j'", "j’", "nous"))


def question_and_answer(ctx: _Context, found: list[tuple[str | None, QuoteKind, str]]) -> None:
    """Give an interviewee what a ``Q:`` / ``A:`` piece has them say, in place.

    In an answer the guest speaks in the first person (``What I told the board was:
    "…"``), so an "I" standing as subject is the guest; outside an answer a bare
    "I" names nobody. The headline's unattributed quotation is the guest's too. A
    piece counts as such an interview with two questions and two answers or more.
    """
    text = ctx.text
    answers = [m.start() for m in _QA_ANSWER.finditer(text)]
    qa = len(answers) >= 2 and len(_QA_QUESTION.findall(text)) >= 2
    guest = None
    if qa:
        counts = Counter(
            e.canonical
            for e in ctx.entities
            if e.label == "PER" and fold(e.canonical) not in _FIRST_PERSON
        )
        guest = counts.most_common(1)[0][0] if counts else None
    paragraphs = _answer_paragraphs(ctx)
    starts = dict.fromkeys(answers, guest) | paragraphs
    for k, (speaker, kind, how) in enumerate(found):
        line = ctx.line_start(ctx.spans[k][0])
        if speaker is not None and _first_person(speaker):
            found[k] = (starts.get(line), kind, how)
        elif qa and line == 0 and speaker is None and kind != "other":
            found[k] = (guest, "speech", "answer" if guest else how)
        elif line == 0 and speaker is None and kind != "other":
            said = _answered_with(ctx, k, paragraphs)
            found[k] = (said, kind, "answer") if said else found[k]


def _answered_with(ctx: _Context, k: int, answers: dict[int, str | None]) -> str | None:
    """The guest whose answer holds headline quotation ``k`` word for word: an
    interview's title quotes its guest (« « L'école ne peut pas tout » » over an
    answer ending « … l'école ne peut pas tout. »)."""
    words = _plain(ctx.text[ctx.spans[k][1] : ctx.spans[k][2]])
    if len(words.split()) < 3:
        return None
    for start, guest in answers.items():
        if guest and words in _plain(ctx.text[start : ctx.line_end(start)]):
            return guest
    return None


def _plain(words: str) -> str:
    """Folded words (case, accents, apostrophes unified), one space apart: a title and
    the answer it quotes may differ in typography alone."""
    return " ".join(fold(words).split())


def _first_person(speaker: str) -> bool:
    """Whether the words the cues read as a subject are the writer's or guest's "I"
    (« et je lui ai dit : »)."""
    low = fold(speaker)
    return low in _FIRST_PERSON or any(w in _SINGULAR_I for w in low.replace("’", "' ").split())


_SINGULAR_I = frozenset(("je", "j'"))


_QUESTION_END = re.compile(r"\?[ \t\r]*\n")
_QUOTE_OPENERS = '«“„"‘‹'


def _asks(paragraph: str) -> bool:
    """Whether a paragraph is an interviewer's question: it ends in "?" and opens on
    no quotation mark."""
    body = paragraph.strip()
    return body.endswith("?") and body[:1] not in _QUOTE_OPENERS


def _answer_paragraphs(ctx: _Context) -> dict[int, str | None]:
    """The answers of a piece set as questions in paragraphs of their own, each ending
    in "?", and answers in the writer's type (« Que lui répondez-vous ? ¶ … je lui ai
    dit : « … » »), mapped to the guest: the "I" of an answer is the guest's. Two
    questions or more make such a piece."""
    text = ctx.text
    starts: list[int] = []
    if len(_QUESTION_END.findall(text)) < 2:
        return {}  # most articles: no question closes a paragraph
    at = text.find("\n")
    while at >= 0:
        end = text.find("\n", at + 1)
        nxt = end if end >= 0 else len(text)
        if _asks(text[at + 1 : nxt]):
            while nxt < len(text) and text[nxt] in " \t\r\n":
                nxt += 1
            if nxt < len(text) and text[nxt] not in _QUOTE_OPENERS:
                starts.append(nxt)
        at = end
    if len(starts) < 2:
        return {}
    guest = interviewee(ctx, ctx.previous_paragraph(starts[0]))
    return dict.fromkeys(starts, guest)
