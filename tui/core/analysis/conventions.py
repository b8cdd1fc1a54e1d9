"""The conventions a statistical recogniser's spans are held to before anyone sees them.

A model trained on annotated news learns the labels; what it cannot know are the
house conventions every engine shares: a title or honorific stays outside a person's
span (« le ministre Paul Durand » → « Paul Durand »), an elided article is not part of
a name (« l'Espagne » → « Espagne »), a nationality word alone describes rather than
names, and furniture or a signature line ("Avec l'AFP") never brings an entity into
the story. News agencies, outlets and seats of power (« le Kremlin ») are
organisations, a name a place noun announces (« la ville de X ») is a place, one an
epidemic noun announces (« la pandémie de X ») an illness, not a person, a place
name runs on through its elision (« Komsomolsk-sur-l’Amour »), and a name the article
gives keeps its label wherever it comes back (« Kim » after « Kim Jong-un »). These
are conventions, never a default label: nothing here turns an unknown word into an
entity without a cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from tui.core.analysis.context_labels import label_by_context, relabelled
from tui.core.corpus.furniture import KNOWN_OUTLETS
from tui.core.entities.broadcasters import BROADCASTERS
from tui.core.entities.gazetteer import known_label
from tui.core.entities.nameless import names_nobody
from tui.core.entities.office_spans import past_office
from tui.core.entities.patterns import DATELINE
from tui.core.entities.seats import SEATS_OF_POWER
from tui.core.models import Entity
from tui.core.name_aliases import is_listed_place

Span = tuple[int, int, str]

NEWS_AGENCIES = (
    "AFP",
    "Agence France-Presse",
    "Reuters",
    "Associated Press",
    "Belga",
    "DPA",
    "EFE",
    "ANSA",
    "Yonhap",
    "Kyodo",
    "Xinhua",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "KCNA",
    "Anadolu",
    "Bloomberg",
)
"""Wire agencies: an organisation wherever the text names one ("a déclaré à l'AFP")."""


PLACE_NOUNS = (
    "ville",
    "village",
    "commune",
    "localité",
    "bourg",
    "quartier",
    "banlieue",
    "capitale",
    "région",
    "province",
    "district",
    "comté",
    "île",
    "port",
    "aéroport",
    "cosmodrome",
    "base aérienne",
    "base navale",
)
"""Nouns that say the name after them (« la ville de X ») is a place."""

_BYLINE_PLACE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,3})\.[ \t]+(?:Par|By)[ \t]+"
    r"[A-ZÀ-Þ]",
    re.M,
)
"""A place opening the byline line (« Haguenau. Par Anne Roy »), where it is dated from."""

_PLACE_CUE = re.compile(
    r"(?<![\w-])(?i:" + "|".join(PLACE_NOUNS) + r")s?\s+(?:de\s+|d['’])"
    r"([A-ZÀ-Ý][^\W\d_]+(?:[-‐](?:[^\W\d_]+|[ld]['’][^\W\d_]+))*)",
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'])(?:[A-Z](?=[\w-]*[a-z])[\w-]* )+$")
"""Capitalised words right before an organisation's span: all of one name with it."""
_ELIDED_TAIL = re.compile(r"[-‐][ldLD]$")
_ELIDED_NEXT = re.compile(r"['’][^\W\d_]+(?:[-‐][^\W\d_]+)*")

_MINISTRY_BEFORE = re.compile(
    r"(?<![\w'’])minist[èe]re(?:\s+[a-zà-ÿ][\w-]*){1,2}?"
    r"\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+)$"
)
"""A ministry's noun, its country's adjective and « de » right before the portfolio the
model took for the whole organisation: all of one name. Without the adjective the
portfolio alone stays the ministry's name, as after « le ministre de »."""
_OPEN_TAIL = re.compile(r"\s(?:du|de|des|de la|de l['’]|d['’])$")
"""A name does not end on « du », « de la », « d' »: the model stopped one entity short."""


@cache
def _outlets() -> re.Pattern[str]:
    names = {*NEWS_AGENCIES, *KNOWN_OUTLETS, *SEATS_OF_POWER, *BROADCASTERS}
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w+-])")


def _begins_before(text: str, start: int) -> int | None:
    """Where an organisation's name begins when the model began it late: at the
    capitalised words right before it ("Stockholm International Peace" + "Research
    Institute"), or at a ministry's noun (« ministère zambien de la » + « Santé »)."""
    m = _CAPITALISED_BEFORE.search(text, max(0, start - 80), start)
    m = m or _MINISTRY_BEFORE.search(text, max(0, start - 60), start)
    return m.start() if m else None


def complete_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """Join a span left open on a preposition to the entity right after it (« Flotte
    russe du » + « Pacifique »), run an organisation on over the capitalised words
    right before it, label every named agency, outlet, broadcaster or seat of power ORG
    (whole, over what the model found inside it: « France » in « France 2 »), and a
    name a place noun announces (« la ville de X ») LOC."""
    joined: list[Span] = []
    for start, end, label in sorted(spans):
        if label == "ORG" and (begins := _begins_before(text, start)) is not None:
            start = begins
            while joined and joined[-1][1] > start:
                start = min(start, joined.pop()[0])
        if joined and _OPEN_TAIL.search(text, joined[-1][0], joined[-1][1]):
            prev_start, prev_end, prev_label = joined[-1]
            if text[prev_end:start].strip() == "" and start - prev_end <= 1:
                joined[-1] = (prev_start, end, prev_label)
                continue
        joined.append((start, end, label))
    for match in _outlets().finditer(text):
        s, e = match.span()
        inside = [x for x in joined if x[0] < e and s < x[1]]
        if all(s <= js and je <= e for js, je, _ in inside):  # « France » in « France 2 »
            joined = [x for x in joined if x not in inside] + [(s, e, "ORG")]
    for match in _PLACE_CUE.finditer(text):
        s, e = match.span(1)
        if all(e <= js or je <= s for js, je, _ in joined):
            joined.append((s, e, "LOC"))
    places = {m.span("place") for m in DATELINE.finditer(text)}  # « PARIS, 2 septembre (AFP) »
    places |= {m.span("place") for m in _BYLINE_PLACE.finditer(text)}  # « Haguenau. Par X »
    for s, e in places:
        if all(e <= js or je <= s for js, je, _ in joined) and _dateline_place(text[s:e]):
            joined.append((s, e, "LOC"))  # the recogniser missed it, in capitals
    return sorted((s, e, "LOC") if (s, e) in places else (s, e, lab) for s, e, lab in joined)


def _dateline_place(surface: str) -> bool:
    """A dateline's capitals name a listed place (« PARIS », « SÉOUL »), not a rubric
    set the same way (« EXCLUSIF — », « ANALYSE — »)."""
    return known_label(surface) == "LOC" or is_listed_place(surface)


def apply_conventions(text: str, spans: Sequence[tuple[int, int, str]]) -> list[Entity]:
    """Trim spans to the name alone and drop what is left without one; no overlaps."""
    from tui.core.analysis.engine_spacy import (
        _is_name,
        _pieces,
        _trim,
        _whole_words,
    )
    from tui.core.analysis.sentence_openers import skip_sentence_opener
    from tui.core.entities.described_bodies import with_described_bodies
    from tui.core.entities.firm_takeups import firm_takeups

    spans, spelled, firms, titles = _written_forms(text, spans)
    out: list[Entity] = []
    places: set[str] = set()
    last_end = 0
    completed, described = with_described_bodies(text, complete_spans(text, spans))
    spelled |= described  # « l'armée syrienne », « le ministère de l'Intérieur »
    taken_up = firm_takeups(text, completed)  # « l'entreprise » as a subject, if any
    for start, end, label in completed:
        start = _spelled_start(text, start, end, spelled)  # « La direction … (DAP) »
        if (start, end) in spelled and start >= last_end:  # a name even in lowercase
            name = text[start:end]
            canonical = titles.get((start, end, label)) or " ".join(name.split())
            out.append(Entity(start, end, name, "LOC" if label == "LOC" else "ORG", canonical))
            last_end = end
            continue
        for piece, e in _pieces(text, *_through_elision(text, *_whole_words(text, start, end))):
            s, e = _trim(text, piece, e)
            s = skip_sentence_opener(text, s, e, person=label == "PER")
            s = _with_particle(text, piece, s) if label == "PER" else s
            s, kind = past_office(text, s, e, label)  # « la préfète du Gard »: the Gard
            if e <= s or s < last_end or not _is_name(text[s:e]):
                continue
            surface = text[s:e]
            if names_nobody(text, s, surface, label):
                continue
            final, firm = label_by_context(text, s, e, kind, taken_up)
            if firm:
                firms.add(surface)  # even when the model said so: its repeats follow
            elif kind == "PER" and final == "LOC":
                places.add(surface)  # « le port de X », then « à X »: a place there too
            out.append(Entity(s, e, surface, final, " ".join(surface.split())))
            last_end = e
    return repeat_names(text, _surnames_of_people(relabelled(out, firms, places)))


def _written_forms(
    text: str, spans: Sequence[Span]
) -> tuple[list[Span], set[tuple[int, int]], set[str], dict[Span, str]]:
    """The spans with the names the text spells out around them: the spans, those kept
    even in lower case, the firms' short forms, and the canonical names of titles."""
    from tui.core.entities.aged_people import aged_people
    from tui.core.entities.announced_firms import with_announced_firms
    from tui.core.entities.article_names import with_article_names
    from tui.core.entities.expansions import with_expansions, with_short_forms
    from tui.core.entities.field_bodies import with_field_bodies
    from tui.core.entities.ministries import with_portfolios
    from tui.core.entities.urban_places import with_urban_places

    spans = _within_lines(text, spans)  # « Éducation\n\nPARIS »: two names, two lines
    spans = with_announced_firms(text, spans)  # « le groupe Sorelec », « l'usine X de Y »
    spans = [*spans, *aged_people(text, spans)]  # « Monique, 61 ans, », unmarked
    spans, spelled = with_expansions(text, spans)  # « les Producteurs … (PPAQ) »
    spans, firms = with_short_forms(text, spans)  # « la Mission … au Mali (Minusma) »
    spans, fielded = with_field_bodies(text, spans)  # « Affaires mondiales Canada »
    spans, titles = with_article_names(text, spans)  # « Le Canard enchaîné »
    spans, placed = with_urban_places(text, spans)  # « la place de la République »
    spans, portfolios = with_portfolios(text, spans)  # « le ministre de l'Intérieur »
    spelled |= fielded | placed | portfolios | {(s, e) for s, e, _ in titles}
    return spans, spelled, firms, titles


_OPENING_ARTICLE = re.compile(r"(?:La|Le|Les|The)\s+|L['’]")


def _spelled_start(text: str, start: int, end: int, spelled: set[tuple[int, int]]) -> int:
    """Where a name spelled out in lowercase starts, when the capitals before it ran it
    onto the article opening its sentence (« La direction de l'administration
    pénitentiaire (DAP) »): the article is no part of the name."""
    article = _OPENING_ARTICLE.match(text, start)
    return article.end() if article is not None and (article.end(), end) in spelled else start


def _within_lines(text: str, spans: Sequence[Span]) -> list[Span]:
    """Each span cut where a line breaks it: a headline's last word and the dateline
    under it are two names, and the dateline's place is then seen as one."""
    from tui.core.analysis.engine_spacy import _pieces

    return [(a, b, label) for s, e, label in spans for a, b in _pieces(text, s, e) if b > a]


_PARTICLE_BEFORE = re.compile(r"(?:^|(?<=\s))(?:de|du|des|van|von|van der|van den|di|da|del)\s+$")
"""A lowercase particle a family name opens on (« de Gaulle », « van Gogh »)."""


def _with_particle(text: str, piece: int, s: int) -> int:
    """Where a person's name starts once the lowercase particle the recogniser kept in
    it (« le général de Gaulle ») is given back, unless a given name follows it: « de
    Jean Dupont » is a preposition before the name."""
    from tui.core.entities.gazetteer import given_names, name_key

    particle = _PARTICLE_BEFORE.search(text, piece, s)
    if particle is None or s >= len(text):
        return s
    word = text[s:].split(maxsplit=1)[0]
    return s if name_key(word) in given_names() else particle.start()


def _through_elision(text: str, start: int, end: int) -> tuple[int, int]:
    """A place name goes on through an elided article (« Komsomolsk-sur-l’Amour »)."""
    if _ELIDED_TAIL.search(text, start, end) and (tail := _ELIDED_NEXT.match(text, end)):
        return start, tail.end()
    return start, end


def _surnames_of_people(entities: list[Entity]) -> list[Entity]:
    """« Yoshinori Ohsumi … Ohsumi a déclaré »: a lone word the article also gives as a
    person's surname is that person, not the place the recogniser took it for; a
    listed place (« Paris » after « Jean Paris ») stays one. A body may bear its
    founder's name (« Bouygues »), so an organisation keeps its label."""
    from tui.core.entities.gazetteer import known_label

    surnames = {
        e.text.split()[-1] for e in entities if e.label == "PER" and len(e.text.split()) > 1
    }
    return [
        replace(e, label="PER")
        if e.label == "LOC" and e.text in surnames and known_label(e.text) is None
        else e
        for e in entities
    ]


def repeat_names(text: str, entities: list[Entity]) -> list[Entity]:
    """The unmarked repeats of the names the model found, with their labels (see
    :mod:`tui.core.entities.repeats`)."""
    from tui.core.entities.repeats import with_repeated_names

    given = [(e.start, e.end, e.label) for e in entities]
    spans = with_repeated_names(text, given)
    if spans == sorted(given):
        return entities
    known = {(e.start, e.end): e for e in entities}
    return [
        known.get((s, e)) or Entity(s, e, text[s:e], label, text[s:e])  # type: ignore[arg-type]
        for s, e, label in spans
    ]
