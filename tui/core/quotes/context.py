"""What attribution knows about one article: tokens with quotations masked, entities, descriptions.

:class:`_Context` is built once per article and answers the questions every
attribution rule asks: the tokens of a window with each quotation reduced to one
token, the entity at an offset, and the name a description (« le porte-parole du
Kremlin ») stands for elsewhere in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tui.core.courtesy_titles import ABBREVIATED_TITLES
from tui.core.models import Entity
from tui.core.quotes.constraints import genders, members_of, name_labels
from tui.core.quotes.particles import join_particle_names
from tui.core.quotes.pronoun_gender import first_name_gender, given_name_gender, said_genders
from tui.core.quotes.role_lookup import find_description
from tui.core.quotes.speakers import RoleLinks
from tui.core.quotes.tokens import _Tok, _window_tokens
from tui.core.quotes.words import (
    _DETERMINERS,
    _MARK_TOKENS,
    _PREPOSITIONS,
    _TOKEN,
)
from tui.core.text import fold


@dataclass(slots=True)
class _Speaker:
    """A resolved speaker and where the text names it (for later pronouns)."""

    name: str | None
    label: str
    at: int


def _no_subject(ctx: _Context, left: list[_Tok]) -> _Speaker | None:
    return None


def _no_role(ctx: _Context, phrase: str) -> str | None:
    return None


class _Context:
    """Everything attribution needs about one article, built once."""

    def __init__(self, text: str, entities: Sequence[Entity], spans, language: str):
        self.text = text
        self.language = "en" if language == "en" else "fr"
        inside = [e for e in entities if 0 <= e.start < e.end <= len(text)]
        self.entities = join_particle_names(text, inside)
        self.ent_starts = [e.start for e in self.entities]
        self.labels = name_labels(self.entities)
        self.spans = spans
        self.close_marks = [close for *_, close in spans]
        self.masked_ranges = [(s, e) for _, s, e, _ in spans]
        self.mask_starts = [s for s, _ in self.masked_ranges]
        self.speakers: list[_Speaker] = []
        self.judges: set[int] = set()  # speakers who only judged words (« jugés « … » par X »)
        self.subjects: dict[int, bool] = {}  # entity start -> stands as a subject
        self.reported: dict[int, _Speaker | None] = {}  # pronoun offset -> last reporter
        self.sentences: dict[int, list[list[_Tok]]] = {}  # pronoun offset -> sentences before
        self.roles: RoleLinks | None = None
        self.own_roles: RoleLinks | None = None
        self.people: list[tuple[int, str]] | None = None  # persons given a role
        self.role_heads: list[tuple[int, tuple[str, ...], str]] | None = None
        self.mention_counts: dict[str, int] | None = None  # read by the speaker model
        self.couples: list[tuple[Entity, Entity]] | None = None  # « X et Y Z »
        self.briefs: list[int] | None = None  # where a portfolio follows « ministre de »
        self.bounds: dict[tuple[int, int], tuple[int, int]] = {}  # marks -> sentence
        self.hosts: dict[int, tuple[list[_Tok], int | None]] = {}  # quote -> its sentence
        self._described: dict[tuple[str, int], tuple[str, str] | None] = {}
        self._genders: dict[str, str] | None = None
        self.linked_names: set[str] = set()  # names tied to a role phrase, maybe elsewhere
        self.parsed_pronouns: set[int] = set()  # quotations the parse gives to a pronoun
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        # Subject finding and pronoun resolution call each other (a pronoun may stand
        # for the subject of an earlier reporting verb, that subject may be a pronoun):
        # the subject finders are handed in here, so the two modules need not import
        # each other. ``extract_quotes`` sets them; the defaults find nothing.
        self.subject_before: Callable[[_Context, list[_Tok]], _Speaker | None] = _no_subject
        self.shared_subject: Callable[[_Context, list[_Tok]], _Speaker | None] = _no_subject
        self.linked_role: Callable[[_Context, str], str | None] = _no_role

    def closed_before(self, at: int) -> int:
        """How many quotations close before ``at`` (they come first in ``spans``)."""
        return bisect_left(self.close_marks, at)

    # -- paragraphs and tokens ------------------------------------------------
    def line_start(self, pos: int) -> int:
        """Offset of the first character of the line holding ``pos``."""
        i = bisect_left(self.newlines, pos) - 1
        return self.newlines[i] + 1 if i >= 0 else 0

    def line_end(self, pos: int) -> int:
        """Offset of the newline ending the line holding ``pos`` (or the text's end)."""
        i = bisect_left(self.newlines, pos)
        return self.newlines[i] if i < len(self.newlines) else len(self.text)

    def previous_paragraph(self, pos: int) -> int:
        """Start of the paragraph before the one holding ``pos``, over blank lines."""
        start = self.line_start(pos)
        while start > 0:
            start = self.line_start(start - 1)
            if self.text[start : self.line_end(start)].strip():
                break
        return start

    def narrated_paragraph_before(self, pos: int) -> int:
        """Start of the paragraph before the one holding ``pos``, past paragraphs that
        are a quotation throughout (« « Je travaille ici … » running on into the next
        paragraph's « »): they introduce nobody."""
        start = self.previous_paragraph(pos)
        while start > 0:
            last = start + len(self.text[start : self.line_end(start)].rstrip()) - 2
            i = bisect_right(self.mask_starts, start + 2) - 1
            if last <= start or i < 0 or not self.masked_ranges[i][0] <= start + 2 < last:
                break
            if self.masked_ranges[i][1] <= last:
                break  # two quotations with their verb between: someone introduced
            start = self.previous_paragraph(start)
        return start

    def tokens_between(self, start: int, end: int) -> list[_Tok]:
        """Tokens within ``[start, end)``, each quotation reduced to one ``«Q»`` token."""
        raw: list[_Tok] = []
        pos = max(0, start)
        i = bisect_right(self.mask_starts, pos) - 1
        if i >= 0 and self.masked_ranges[i][1] > pos:
            raw.append(_Tok(self.masked_ranges[i][0], self.masked_ranges[i][1], "«Q»", "«q»"))
            pos = self.masked_ranges[i][1]
        i += 1
        while pos < end:
            nxt = self.masked_ranges[i] if i < len(self.masked_ranges) else None
            if nxt is None or nxt[0] >= end:
                raw.extend(_window_tokens(self.text, pos, end))
                break
            raw.extend(_window_tokens(self.text, pos, nxt[0]))
            raw.append(_Tok(nxt[0], nxt[1], "«Q»", "«q»"))
            pos = max(pos, nxt[1])
            i += 1
        kept: list[_Tok] = []
        for t in raw:
            if t.text in _MARK_TOKENS:
                continue
            if t.text == "." and kept and kept[-1].low in ABBREVIATED_TITLES:
                kept.pop()  # ``M. Peskov``: the name is the entity, the title is noise
                continue
            if (
                kept
                and kept[-1].low in ABBREVIATED_TITLES
                and kept[-1].text[0].isupper()
                and t.text[0].isupper()
                and kept[-1].text != "M"
            ):
                kept.pop()  # ``Me Renard``, ``Dr Okafor``: a title without its period
            kept.append(t)
        return kept

    def gender_of(self, name: str) -> str | None:
        """``"m"``, ``"f"`` or ``None``: the gender the article marks ``name`` with."""
        if self._genders is None:
            # The article's marks (« Mme », « la ministre ») over its pronouns.
            said = said_genders(self.text, self.entities, self.language)
            self._genders = {**said, **genders(self.text, self.entities)}
        marked, given = self._genders.get(name), given_name_gender(name)
        if marked == "m" and given == "f":
            # « le capitaine Sandrine X », a title kept masculine for a woman, or « le
            # Premier ministre Hédi X », a man's name a woman bears elsewhere: either.
            return None
        if marked or given or " " in name:
            return marked or given  # marks, else the name
        return first_name_gender(self.text, self.entities, name)

    def learn_gender(self, name: str, gender: str) -> None:
        """Mark ``name`` with the gender of a pronoun the text used for them ("She
        argued …" after a woman the article marks no other way), unless already marked."""
        if self.gender_of(name) is None and self._genders is not None:
            self._genders[name] = gender

    # -- entities -------------------------------------------------------------
    def speaker_before(
        self, at: int, keep: Callable[[_Speaker], bool] | None = None
    ) -> _Speaker | None:
        """The speaker settled latest in the text before ``at`` (that ``keep`` accepts):
        a later pass has also met speakers further on, which do not count."""
        earlier = [s for s in self.speakers if s.at < at and (keep is None or keep(s))]
        return max(earlier, key=lambda s: s.at) if earlier else None

    def entity_at(self, pos: int) -> Entity | None:
        i = bisect_right(self.ent_starts, pos) - 1
        if i >= 0 and self.entities[i].start <= pos < self.entities[i].end:
            return self.entities[i]
        return None

    def entities_in(self, start: int, end: int) -> list[Entity]:
        i = bisect_left(self.ent_starts, start)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            if self.entities[i].end <= end:
                out.append(self.entities[i])
            i += 1
        return out

    def is_person(self, name: str | None) -> bool:
        """Whether ``name`` is the canonical name of a person the article names."""
        return name is not None and any(
            e.canonical == name and e.label == "PER" for e in self.entities
        )

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.mask_starts, pos) - 1
        return i >= 0 and self.masked_ranges[i][0] <= pos < self.masked_ranges[i][1]

    # -- descriptions ---------------------------------------------------------
    def lookup_description(self, desc: str, head: str, before: int) -> tuple[str, str] | None:
        """The name a description stands for, from an apposition elsewhere in the text.

        ``desc`` is the folded description without its article, ``head`` its first
        word as written. Appositions are ``le dirigeant nord-coréen Kim Jong-un``,
        ``le porte-parole du Kremlin, Dmitri Peskov`` and ``Sergueï Lavrov, le chef de
        la diplomatie russe,``; the latest one before ``before`` wins, else the first
        after it.
        """
        key = (desc, before // 4000)
        if key not in self._described:
            self._described[key] = find_description(self, desc, head, before)
        return self._described[key]

    def named_body(self, head: str, before: int) -> Entity | None:
        """The body a bare noun stands for: ``police`` → *Fairview Police Department*.

        Only a name of two words or more holding ``head`` counts; the latest one
        before ``before`` wins, else the first after it.
        """
        head = fold(head)
        found: Entity | None = None
        for e in self.entities:
            if e.label == "LOC" or self.in_quote(e.start):
                continue
            words = fold(e.canonical).replace("’", "'").split()
            if len(words) < 2 or head not in words or members_of(words, head):
                continue
            if e.start > before and found is not None:
                break
            found = e
            if e.start > before:
                break
        return found

    def recent_entity(
        self,
        before: int,
        labels: tuple[str, ...],
        keep: Callable[[Entity], bool] | None = None,
        governed: Callable[[Entity], bool] | None = None,
    ) -> Entity | None:
        """The last entity of ``labels`` named before ``before`` (within 4,000
        characters), outside quotations and not after a preposition unless
        ``governed`` accepts it there, that ``keep`` accepts when given."""
        i = bisect_left(self.ent_starts, before) - 1
        floor = before - 4000
        while i >= 0 and self.entities[i].start > floor:
            e = self.entities[i]
            if (
                e.label in labels
                and not self.in_quote(e.start)
                and (not _after_preposition(self, e.start) or (governed and governed(e)))
                and (keep is None or keep(e))
            ):
                return e
            i -= 1
        return None


def _possessive(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` is a possessive (``China's`` agency)."""
    return text.startswith(("'s", "’s"), end)


def _after_preposition(ctx: _Context, pos: int, *, past_noun: bool = False) -> bool:
    """Whether the word before ``pos`` (past any determiner) is a preposition; with
    ``past_noun``, also past one common noun and its article (« sur la radio X »),
    an agent's « par » excepted."""
    left = ctx.text[max(0, pos - 50) : pos]
    toks = _TOKEN.findall(left)
    _pop_determiners(toks)
    if len(toks) > 1 and toks[-1].isdigit():
        toks.pop()  # « Contactée par 20 Minutes »: a number opening the name
    noun = past_noun and len(toks) > 2 and toks[-1].isalpha() and toks[-1].islower()
    if noun and fold(toks[-1]) not in _PREPOSITIONS:
        toks.pop()
        _pop_determiners(toks)
        return bool(toks) and fold(toks[-1]) in _PREPOSITIONS - {"par", "by"}
    return bool(toks) and fold(toks[-1]) in _PREPOSITIONS


_VOICED_AFTER = re.compile(
    r"\b(?:chez|selon|d['’] ?après|according to)"
    r" (?:(?:un|le|une|la) (?:communiqué|rapport|texte|déclaration) (?:de|d['’] ?|du|des) ?)?"
    r"(?:l['’] ?|la |le |les |the )?$",
    re.IGNORECASE,
)


def voiced_after(ctx: _Context, pos: int) -> bool:
    """Whether the name at ``pos`` follows a preposition that makes it a source
    (« selon X », « d'après l'X », « chez X », « selon le communiqué de l'X »): a body
    that speaks, not one acted on."""
    return _VOICED_AFTER.search(ctx.text, max(0, pos - 40), pos) is not None


def _pop_determiners(toks: list[str]) -> None:
    while toks and fold(toks[-1]) in _DETERMINERS and fold(toks[-1]) not in ("des", "a"):
        toks.pop()
