"""Which person an article introduced with a role, so a later bare role is theirs.

"Justice R. Sundaram … The judge was not persuaded": the article ties a role to a
name once (:func:`role_heads_of`), and a later description
headed by that role, or by a word news uses for it (« l'édile » for the mayor, "the
judge" for a justice), stands for the one person introduced so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.entities.patterns import DATELINE
from tui.core.models import Entity
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _after_preposition, _Context
from tui.core.quotes.offices import another_office
from tui.core.quotes.speakers import role_key, role_links_in
from tui.core.quotes.words import SENTENCE_PUNCT
from tui.core.text import fold


def introduced_as(ctx: _Context, head: str, before: int, *, bare: bool = True) -> str | None:
    """The one person the article introduced before ``before`` with a role headed by
    ``head`` (folded), whatever its complement. Only a ``bare`` role (« le dirigeant »)
    stands for a synonym's holder: « le dirigeant nord-coréen » is no Russian president."""
    heads = {(head,), *((h,) for h in (SAME_PERSON.get(head, ()) if bare else ()))}
    if head == "premier" and ctx.text[before : before + 40].lower().find("magistrat") >= 0:
        heads |= {(h,) for h in SAME_PERSON["edile"]}  # « le premier magistrat »: the mayor
    names = {name for at, key, name in role_heads(ctx) if at < before and key in heads}
    return next(iter(names)) if len(names) == 1 else None


def roles_of(ctx: _Context, name: str) -> set[tuple[str, ...]]:
    """The roles the article introduced ``name`` with (« la présidente », « le Belge »)."""
    return {key for _, key, who in role_heads(ctx) if who == name and key}


def role_heads(ctx: _Context) -> list[tuple[int, tuple[str, ...], str]]:
    """The roles the article ties to people, read once per article."""
    if ctx.role_heads is None:
        ctx.role_heads = role_heads_of(ctx.text, ctx.entities)
        if ctx.language == "fr":
            ctx.role_heads += fronted_roles(ctx)
        ctx.role_heads += headline_roles(ctx)
        if ctx.language == "fr":
            ctx.role_heads += roles_named_next(ctx)
    return ctx.role_heads


_HEADLINE_ROLE = re.compile(r"\b(?:le|la|l['’]|the)\s*([^\W\d_][\w-]*)", re.IGNORECASE)
_DATELINE = re.compile(r"[A-ZÀ-Þ][\w' -]{1,40}(?:\s*\([^)]{1,30}\))?\s*(?:[.—–]|--)\s+")
"""A place (and agency) before a full stop or a dash, in any case; the wire style in
capitals with its date is :data:`tui.core.entities.patterns.DATELINE`."""


def headline_roles(ctx: _Context) -> list[tuple[int, tuple[str, ...], str]]:
    """« … requis contre le gérant d'une société » over a lead that opens on « Paul
    Roc, 41 ans, comparaissait … »: a headline describes by role, with no name,
    the person the first paragraph then names as its subject."""
    title_end = ctx.text.find("\n")
    if title_end <= 0 or any(e.label == "PER" and e.start < title_end for e in ctx.entities):
        return []
    lead = next((e for e in ctx.entities if e.start > title_end and e.label == "PER"), None)
    if lead is None or not _opens_lead(ctx, title_end, lead):
        return []
    title = ctx.text[:title_end]
    heads = {fold(m[1]) for m in _HEADLINE_ROLE.finditer(title) if noun_kind(m[1]) == "person"}
    return [(0, (head,), lead.canonical) for head in sorted(heads)]


def _opens_lead(ctx: _Context, title_end: int, lead: Entity) -> bool:
    """Whether ``lead`` opens a sentence of the first paragraph after the title (past
    a dateline): « Il a gardé les mains croisées… Paul Roc, 41 ans, comparaissait »."""
    start = title_end
    while start < len(ctx.text) and ctx.text[start].isspace():
        start += 1
    if ctx.line_start(lead.start) != start:
        return False
    dateline = DATELINE.match(ctx.text, start, lead.start) or _DATELINE.match(
        ctx.text, start, lead.start
    )  # « LIÈGE, 22 mai (Belga) - », or « Bastia. » in any case
    if lead.start == (dateline.end() if dateline else start):
        return True
    return ctx.text[start : lead.start].rstrip().endswith((".", "!", "?"))


_FRONTED = re.compile(
    r"(?:^|(?<=[.!?»]\s))(?:(?:Ancien|Ancienne|Jeune)\s+)?([A-ZÀ-Þ][a-zà-ÿ-]+)"
    r"[^,.;:!?«»\n]{0,80},\s+(il|elle)\s",
    re.MULTILINE,
)
"""« Guide de montagne à Evolène, il accompagne … »: a sentence that opens on a role
set before its subject pronoun."""


_BARE_ROLE_ACTS = re.compile(
    r"(?<![\w'’])(le|la)\s+([a-zà-ÿ-]+)"
    r"(?:\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?[\w'’-]+(?:\s+[a-zà-ÿ-]+)?)?"
    r"\s+(?:a|avait|aura|est|était|s['’]est)\s",
    re.IGNORECASE,
)
"""« le maire a défendu », « la ministre de l'Éducation nationale a reconnu »: a role
acting, bare or with the body or brief it serves."""


def roles_named_next(ctx: _Context) -> list[tuple[int, tuple[str, ...], str]]:
    """« Dès l'ouverture des débats, le maire a défendu un équipement « … ». Paul Roc,
    élu depuis 2014, a rappelé … »: a role acting in a sentence that names nobody (bare,
    or with its body or brief), and the person the next sentence opens on, of no other
    gender nor role, is it."""
    out: list[tuple[int, tuple[str, ...], str]] = []
    for m in _BARE_ROLE_ACTS.finditer(ctx.text):
        head = fold(m[2])
        if noun_kind(head) != "person" or ctx.in_quote(m.start()):
            continue
        nxt = _opening_next(ctx, m.start(), m.end())
        if nxt is None:
            continue
        gender = "f" if m[1].lower() == "la" else "m"
        theirs = {k[0] for k in roles_of(ctx, nxt.canonical) if k}
        agrees = not theirs or any(re_describes(head, t) for t in theirs)  # « élu », « maire »
        if ctx.gender_of(nxt.canonical) in (None, gender) and agrees:
            out.append((nxt.start, (head,), nxt.canonical))
    return out


_QUOTE_OPENS = frozenset('«“‘"')


def _opening_next(ctx: _Context, start: int, end: int) -> Entity | None:
    """The person the sentence after the one at ``start`` opens on, in its paragraph,
    when that sentence names nobody; past one sentence that opens on a quotation (the
    role's own words, « « … », a-t-elle déclaré. X a aussi … »)."""
    line_end = ctx.line_end(start)
    for _ in range(2):
        stops = SENTENCE_PUNCT.finditer(ctx.text, end, line_end)
        stop = next((e for e in stops if not ctx.in_quote(e.start())), None)
        if stop is None or any(e.label == "PER" for e in ctx.entities_in(start, stop.start())):
            return None
        rest = ctx.text[stop.end() : line_end]
        at = stop.end() + len(rest) - len(rest.lstrip())
        if ctx.text[at : at + 1] not in _QUOTE_OPENS:
            nxt = ctx.entity_at(at)
            return nxt if nxt is not None and nxt.label == "PER" else None
        end = at + 1
    return None


def fronted_roles(ctx: _Context) -> list[tuple[int, tuple[str, ...], str]]:
    """Roles French news gives a person it just named, fronted before « il » or
    « elle » (« Pédiatre dans un hôpital de Bretagne, elle préside … »): the role is
    the last person named before it, in this paragraph or the one above, whom the
    pronoun may stand for and no preposition governs (« au micro de X » is not her)."""
    out: list[tuple[int, tuple[str, ...], str]] = []
    for m in _FRONTED.finditer(ctx.text):
        if noun_kind(m[1]) != "person" or ctx.in_quote(m.start()):
            continue
        gender = "f" if m[2] == "elle" else "m"
        named = [
            e
            for e in ctx.entities_in(ctx.previous_paragraph(m.start()), m.start())
            if e.label == "PER"
            and not ctx.in_quote(e.start)
            and not _after_preposition(ctx, e.start)
        ]
        if named and ctx.gender_of(named[-1].canonical) in (None, gender):
            out.append((m.start(), (fold(m[1]),), named[-1].canonical))
    return out


def role_heads_of(text: str, entities: Sequence[Entity]) -> list[tuple[int, tuple[str, ...], str]]:
    """``(offset, head word of the role, canonical)`` for every role the text ties to a
    person: what a later bare role (« la magistrate ») may re-describe. The head is the
    first word (« ministre de l'Économie »), and also the last when that one names a
    person (English "prime minister")."""
    out = []
    for e in entities:
        if e.label != "PER":
            continue
        for role, _ in role_links_in(text, [e]):
            key = role_key(role)
            # « le maire adjoint » is not « le maire »: the two words are the office
            out.append((e.start, key[:2] if another_office(key) else key[:1], e.canonical))
            governed = _GOVERNED_LAST.search(role) is not None  # « l'époux de … du maire »
            if len(key) > 1 and noun_kind(key[-1]) == "person" and not governed:
                out.append((e.start, key[-1:], e.canonical))  # "Prime Minister X"
        second = _SECOND_ROLE.match(text, e.end)
        if second is not None and all(noun_kind(w) == "person" for w in second.groups()):
            out.append((e.start, (fold(second[2]),), e.canonical))  # « …, maire … et président de »
        led = _LED_BY.search(text, max(0, e.start - 40), e.start)
        if led is not None:  # "The panel was chaired by Dr X": X is "the chair"
            out.extend((e.start, (head,), e.canonical) for head in _LED_ROLES[fold(led[1])])
        leads = _WHO_LEADS.match(text, e.end)
        if leads is not None:  # « X, qui commande la compagnie »: X is « la commandante »
            out.extend((e.start, (head,), e.canonical) for head in _LEADS_ROLES[fold(leads[1])])
        elected = _ELECTED.match(text, e.end)
        if elected is not None and noun_kind(elected["role"]) == "person":
            out.append((e.start, (fold(elected["role"]),), e.canonical))  # « X a été élu maire »
    return out


_ELECTED = re.compile(
    r"\s+(?:a\s+été|avait\s+été|vient\s+d['’]être|has\s+been|was|had\s+been)\s+"
    r"(?:élue?|nommée?|désignée?|elected|appointed|named|chosen\s+as|installed\s+as)\s+"
    r"(?:(?:the|new|le|la|l['’]|nouveau|nouvelle)\s*)*"
    r"(?:(?P<en>(?:[a-z-]+\s+){0,2}?)(?P<role>[a-zà-ÿ-]+)(?=\s+(?:of|for|at|on|in|de|du|des|d['’])\b|[,.;]))"
)
"""« X a été élu président du club », "X was elected club president": X holds the
role. The role word is the one before its complement or the clause's end."""


_SECOND_ROLE = re.compile(
    r",\s+(?:(?:le|la|l['’]|an?|the)\s*)?([a-zà-ÿ-]+)\s(?:[^,.;:!?«»()\n]{1,100}?\s)?(?:et|and)\s+"
    r"(?:(?:le|la|l['’]|the)\s*)?([a-zà-ÿ-]+)\s+(?:de|du|des|d['’]|of)\s"
)
"""« X, maire d'une commune de l'Indre et président de l'association Y », "X, a
cardiologist and professor of medicine at Y": a second role joined to the first."""

_GOVERNED_LAST = re.compile(r"(?i)\b(?:de|du|des|d['’]|au|aux|à|of|for|to)\s")
"""A link that makes a role's last word its complement (« l'avocat du maire »)."""

_LED_BY = re.compile(
    r"\b(chaired|headed|presided|présidée?s?|dirigée?s?)\s+(?:over\s+)?(?:by|par)\s+"
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Me|Mme|M)\.?\s+)?$",
    re.IGNORECASE,
)
_LED_ROLES = {
    "chaired": ("chair", "chairman", "chairwoman"),
    "headed": ("head",),
    "presided": ("chair", "president"),
    **{form: ("president", "presidente") for form in ("presidee", "presidees", "presides")},
    "preside": ("president", "presidente"),
    **{form: ("directeur", "directrice") for form in ("dirige", "dirigee", "diriges", "dirigees")},
}
"""Roles a passive "chaired by" / « présidée par » gives the agent, folded."""


_LEADING_VERBS = (
    ("commande commandait", "commandant commandante"),
    ("dirige dirigeait", "directeur directrice dirigeant dirigeante"),
    ("préside présidait", "president presidente"),
    ("gère gérait", "gerant gerante"),
    ("entraîne entraînait", "entraineur entraineuse"),
    ("coordonne coordonnait", "coordinateur coordinatrice"),
    ("anime animait", "animateur animatrice"),
    ("chairs chaired", "chair chairman chairwoman"),
    ("heads headed", "head"),
    ("coaches coached", "coach"),
    ("manages managed", "manager"),
    ("directs directed", "director"),
)
"""Verbs of leading and the roles they give (folded): « X, qui dirige l'école » is
« la directrice », "X, who chairs the board" is "the chair"."""
_LEADS_ROLES = {
    fold(verb): tuple(roles.split()) for verbs, roles in _LEADING_VERBS for verb in verbs.split()
}
_WHO_LEADS = re.compile(
    r"(?:,[^,.;:!?«»()\n]{1,60})?,\s+(?:qui|who)\s+(?:(?:now|currently|also|aussi)\s+)?("
    + "|".join(verb for verbs, _ in _LEADING_VERBS for verb in verbs.split())
    + r")\s",
    re.IGNORECASE,
)
"""A relative clause of leading after a name, past one apposition."""


LAWMAKERS = "senator representative congressman congresswoman mp legislator assemblyman"
_SCHOLARS = """sociologue politologue economiste historien historienne geographe demographe
    physicien physicienne biologiste climatologue epidemiologiste virologue statisticien
    statisticienne anthropologue linguiste philosophe psychologue professeur professeure
    universitaire chercheur chercheuse scientifique"""
_SCHOLARS_EN = """sociologist economist historian scientist professor demographer epidemiologist
    virologist climatologist physicist biologist anthropologist psychologist lecturer
    researcher academic"""
_ARTISTS = """chanteur chanteuse musicien musicienne peintre sculpteur sculptrice rappeur
rappeuse compositeur compositrice plasticien plasticienne"""
"""Trades « l'artiste » re-describes."""

SAME_PERSON: dict[str, tuple[str, ...]] = {
    head: tuple(heads.split())
    for head, heads in {
        "edile": "maire bourgmestre syndic",
        "magistrat": "juge president procureur substitut",
        "magistrate": "juge presidente procureure substitute",
        "elu": "maire adjoint conseiller depute senateur edile president",
        "elue": "maire adjointe conseillere deputee senatrice edile presidente",
        "parlementaire": "depute deputee senateur senatrice",
        "technicien": "entraineur selectionneur coach manager",
        "cineaste": "realisateur realisatrice",
        "dirigeant": "president directeur patron pdg fondateur gerant",
        "dirigeante": "presidente directrice patronne pdg fondatrice gerante",
        "patron": "president directeur pdg fondateur gerant",
        "patronne": "presidente directrice pdg fondatrice gerante",
        "praticien": "medecin docteur chirurgien legiste",
        "praticienne": "medecin docteure chirurgienne legiste",
        "entraineur": "technicien selectionneur coach manager",
        "entraineuse": "technicienne selectionneuse coach",
        "executive": "ceo chairman chairwoman president founder",
        "boss": "ceo chairman chairwoman president founder owner manager",
        "romancier": "ecrivain auteur",
        "romanciere": "ecrivaine autrice auteure",
        "diplomate": "ambassadeur ambassadrice mediateur mediatrice envoye envoyee emissaire",
        "syndicaliste": "delegue representant",  # « le syndicaliste » is no « déléguée »
        "artiste": _ARTISTS,
        "opposant": "adversaire rival challenger",
        "opposante": "adversaire rivale challengeuse",
        "challenger": "rival opponent",
        "comedien": "acteur",
        "comedienne": "actrice",
        "lawmaker": LAWMAKERS,
        "legislator": LAWMAKERS,
        "skipper": "captain",
        "pm": "prime",
        "judge": "justice",
        "chercheur": _SCHOLARS,
        "chercheuse": _SCHOLARS,
        "universitaire": _SCHOLARS,
        "scientifique": _SCHOLARS,
        "officier": "general generale colonel commandant capitaine lieutenant amiral",
        "officer": "general colonel captain lieutenant admiral commander",
        "militaire": "general generale colonel commandant capitaine lieutenant amiral soldat",
        "prelat": "cardinal eveque archeveque nonce",
        "souverain": "roi monarque",
        "souveraine": "reine monarque",
        "monarque": "roi reine",
        "researcher": _SCHOLARS_EN,
        "academic": _SCHOLARS_EN,
        "scholar": _SCHOLARS_EN,
    }.items()
}
"""Words news uses for a role it named another way: « l'édile » is the mayor the
article introduced, « la magistrate » its judge or prosecutor, "the lawmaker" its
senator."""


def re_describes(one: str, other: str) -> bool:
    """Whether two role words (folded) may name one person: the same word, or one a
    word news uses for the other (« l'élu » for « le maire »)."""
    return one == other or other in SAME_PERSON.get(one, ()) or one in SAME_PERSON.get(other, ())
