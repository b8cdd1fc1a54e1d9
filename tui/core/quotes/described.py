"""Whether a described speaker names someone, and whom.

A quote's speaker may be a description (« le porte-parole », « la préfecture »).
Most name nobody, and the quote keeps them only as its ``source``; a few name a
body as surely as a name would: a nationality or a place pins it down (« l'armée
malienne », « la mairie de Lorvenne »), the text capitalises it as an institution
(« la Mairie », « l'Église »), or it repeats a body the text named that way.
"""

from __future__ import annotations

import re

from tui.core.models import Entity
from tui.core.quotes.body_forms import full_body_form
from tui.core.quotes.constraints import (
    _LEADING,
    _SINGULAR,
    _WORD,
    PERSON_NOUNS,
    PUBLIC_NOUNS,
    _head,
    noun_kind,
    phrase_core,
    several_bodies,
)
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.source_body import name_holding, paragraph_body
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.subject_names import PLURAL_AFTER
from tui.core.quotes.town_body import town_body
from tui.core.quotes.words import _AUX, _DETERMINERS, _SENT_END
from tui.core.text import fold

_NATIONAL_ENDINGS = (
    "ais", "aise", "ois", "oise", "ien", "ienne", "éen", "éenne", "ain", "aine", "and",
    "ande", "que", "ol", "ole",
)  # fmt: skip
"""French national adjectives (« français », « chinoise », « malien », « turque »)."""
_NOT_NATIONAL = frozenset(
    fold(w)
    for w in """mais jamais frais fois mois rien bien ancien ancienne quotidien humain
    humaine prochain prochaine certain certaine urbain urbaine semaine lointain grand
    quand souverain souveraine""".split()
)
_ELIDED = re.compile(r"^\s*[lLdD]['’]")
_ELIDED_WORD = re.compile(r"^[lLdD]['’](?=[A-ZÀ-Þ])")
_SERVICES = frozenset(fold(w) for w in "pompiers sapeurs-pompiers secouristes".split())
"""Plural nouns of people that name a public service as a body (« les pompiers de
Lorvenne »), unlike a group of people (« les habitants de Lorvenne »)."""


_ADJECTIVES = frozenset(("general", "generale"))
"""Person nouns that also qualify a body's noun (« le parquet général »)."""


def names_a_body(phrase: str) -> bool:
    """Whether a description of a body is tied to a name, so it names that body.

    « l'armée malienne », « la diplomatie chinoise », "the Finch campaign", « les
    chefs d'état-major de Séoul », « les pompiers de Lorvenne »: a nationality or a
    proper name pins the body down, as a name would. « le gouvernement », « la
    police », "the campaign" name nobody, and neither does a description of one
    person (« un responsable syrien », "a police spokesman").
    """
    phrase = _ELIDED.sub("", phrase)
    tail = _WORD.findall(phrase)[-2:]
    plural = len(tail) == 2 and tail[0][:1].isupper() and PLURAL_AFTER.match(" " + tail[1])
    if (plural and noun_kind(tail[1]) == "person") or several_bodies(phrase):
        return False  # "Haskett aides": people; « les autorités turques »: several bodies
    core = phrase_core(phrase)
    people = [w for w in core if w in _SINGULAR and w in PERSON_NOUNS and w not in _SERVICES]
    if people and core[0] not in people and people[0] in _ADJECTIVES:
        people = []  # « le parquet général de Liège »: « général » qualifies the body
    if noun_kind(phrase) is None or people or any(w in PUBLIC_NOUNS for w in core):
        return False  # one person, or a crowd ("shopkeepers in Easterby")
    from tui.core.entities.gazetteer import demonyms  # data loaded on first use only

    words = [_ELIDED_WORD.sub("", w) for w in _WORD.findall(phrase)]  # « d'Orlando »
    for i, word in enumerate(words):
        low = fold(word)
        generic = low in ("etat", "state")  # « les services de l'État »: no one body
        if word[:1].isupper() and low not in _LEADING and not generic and (i > 0 or len(words) > 1):
            return True  # « Service de presse », "Finch campaign", « … de Séoul »
        if noun_kind(word) is None and _national(word, low, demonyms()):
            return True
    return False


def _national(word: str, low: str, demonyms: frozenset[str]) -> bool:
    """A nationality adjective written in lower case (« malienne », "french")."""
    if not word.islower() or low in _NOT_NATIONAL or low.endswith("ique"):
        return False
    if is_speech_verb(word, "fr", strong=False):
        return False  # « l'ordre évoque »: the verb after the noun, not a nationality
    return low in demonyms or (len(low) > 4 and low.rstrip("s").endswith(_NATIONAL_ENDINGS))


def body_named_before(text: str, phrase: str, end: int) -> str | None:
    """The body a bare description (« l'armée ») stands for when the text, before
    ``end``, named it with a nationality or a place (« l'armée turque », « la mairie
    de Paris »): the nearest such mention."""
    head = _head(phrase)
    words = [fold(w) for w in _WORD.findall(_ELIDED.sub("", phrase))]
    if head is None or head[1] != "body" or len([w for w in words if w not in _LEADING]) != 1:
        return None  # « le conseil de prud'hommes » is for full_body_form
    from tui.core.entities.gazetteer import demonyms  # data loaded on first use only

    word = re.escape(re.split("['’]", _WORD.findall(phrase)[-1])[-1])
    found = None
    for m in re.finditer(rf"\b(?i:{word})(?:{_OF_PLACE}|\s+([^\W\d_]+))", text[:end]):
        adjective = m.group(1)
        if adjective is None or _national(adjective, fold(adjective), demonyms()):
            found = m.group(0).strip()
    return found


_OF_PLACE = r"\s+(?:de|du|d['’]|of)\s*(?:la\s+|l['’])?(?:[A-ZÀ-Ý][^\W\d_]+[-\s]?)+"


def named_or_described(
    text: str,
    speaker: str | None,
    kind: str,
    names: set[str],
    at: int,
    bodies: dict[str, str] | None = None,
) -> tuple[str | None, str | None]:
    """``(speaker, source)`` of a quote at ``at``: a name of the article (or one a role
    links to) is the speaker; a description no name resolves (« le porte-parole »)
    is only the source, so the reader learns who spoke without taking it for a name.
    ``bodies`` maps each organisation's written name to its canonical one.

    A body the description pins down (« l'armée turque », or « l'armée » after the
    text named it so) is named. A title or slogan (kind other) quotes nobody.
    """
    if speaker is None or kind == "other":
        return None, None
    if speaker in names or names_a_body(speaker):
        return speaker, None
    named = _institution(text, speaker, names) or body_named_before(text, speaker, at)
    named = named or name_holding(speaker, bodies or {}) or full_body_form(text, speaker, at)
    return (named, None) if named else (None, speaker)


def _institution(text: str, phrase: str, names: set[str]) -> str | None:
    """« la Mairie », « l'Église », « l'autorité »: a body noun the text capitalises
    after an article names its institution (the noun opening a sentence would prove
    nothing). The one name of the article that word heads (« Autorité de régulation
    de la publicité »), else the capitalised word; ``None`` when not capitalised."""
    if " " in phrase or noun_kind(phrase) != "body":
        return None
    name = phrase[:1].upper() + phrase[1:]
    if not re.search(rf"\b(?:[Ll]a|[Ll]es?|[Ll]['’]) ?{re.escape(name)}\b", text):
        return None
    if fold(name) in _NOT_HEADS:
        return name
    headed = {n for n in names if len(n.split()) > 1 and fold(n.split()[0]) == fold(name)}
    return headed.pop() if len(headed) == 1 else name


_APPOSITION_GAP = 90
"""At most this many characters between a role's head and the name set after it."""


def apposed_name(ctx: _Context, k: int, phrase: str | None) -> str | None:
    """The person a role after quotation ``k`` introduces: « …», a déclaré le
    ministre des Transports, Paul Durand. » → Paul Durand.

    The role phrase must stand in the sentence after the closing mark, and the name
    follow it after a comma, closing the sentence or set off by another comma.
    """
    if not phrase:
        return None
    text, close = ctx.text, ctx.spans[k][3]
    hi = min(ctx.line_end(close), close + 300)
    stop = re.compile(r"[.!?…«»“”]")
    cut = stop.search(text, close + 1, hi)
    hi = cut.start() if cut else hi
    at = text.find(phrase, close + 1, hi)
    if at < 0:
        return None
    named = any(e.canonical == phrase for e in ctx.entities)
    if named and not _VOICE_OF.search(text, max(close + 1, at - 40), at):
        return None  # a name already, not the body a named spokesperson speaks for
    for e in ctx.entities_in(at + len(phrase), hi):
        if e.label != "PER" or text[e.start - 1] == "(":
            continue  # « le directeur de cabinet du président du Syctom, … », « (Basarnas) »
        gap = text[at + len(phrase) : e.start]
        if len(gap) > _APPOSITION_GAP or not (gap.rstrip().endswith(",") or _retitled(gap)):
            return None
        if _CLAUSE_LINK.search(gap):
            return None  # « a réagi le parti…, tandis que sa tête de liste, X, … »: another clause
        if not _retitled(gap) and any(noun_kind(w) == "person" for w in _WORDS.findall(gap)):
            return None  # « …, en réponse à la présidente de la cour, X »: hers
        tail = text[e.end : hi].strip()
        return e.canonical if not tail or tail.startswith(",") else None
    return None


_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CLAUSE_LINK = re.compile(r"\b(?:que|qu['’]|qui|tandis|alors|mais|lorsque|quand|while|whereas)\b")

_VOICE_OF = re.compile(
    r"(?i:porte-parole|spokes(?:man|woman|person)|représentante?|directeur|directrice)\s+"
    r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+(?:the\s+)?)$"
)
"""« le porte-parole de l'agence X, Y »: the body is named for its voice, Y."""

_RETITLED = re.compile(r"\s*,\s*(?:le|la|l['’])\s*(?P<noun>[^\W\d_]+)[^,;:.!?«»“”]{0,40}\s$")
"""« …, la sénatrice du Calvados X »: a second role, with its title, right before the name."""


def _retitled(gap: str) -> bool:
    m = _RETITLED.fullmatch(gap)
    return m is not None and noun_kind(m.group("noun")) == "person"


_GOVERNED = re.compile(
    r"(?:\b(?:de|du|des|à|au|aux|of)\s+(?:la\s+|les\s+|l['’]\s*|the\s+(?:[a-z]+\s+)?)?"
    r"|\bd['’]\s*)$",
    re.IGNORECASE,
)
"""« de l'Union », "of the (state) Senate": what a complement's name comes after."""


def governed_name(text: str, start: int) -> bool:
    """Whether a name starting at ``start`` follows « de », « du », « à l' »: a
    complement (« le président de l' Union »), spaced apostrophes included."""
    return _GOVERNED.search(text, max(0, start - 24), start) is not None


def verb_after_head(ctx: _Context, words: list[_Tok]) -> int | None:
    """Where a French description's verb starts, if it runs on into one: « l'association
    a décidé de lancer un » is « l'association ». A phrase read as a sentence's
    subject runs on into its predicate; an auxiliary or a reporting verb after the
    head noun ends it, unless a name holds it (« Le Canard enchaîné »)."""
    if ctx.language != "fr" or len(words) < 3 or words[0].low not in _DETERMINERS:
        return None
    return next(
        (
            i
            for i in range(2, len(words))
            if ends_subject(words[i], "fr") and not _inside_name(ctx, words[i])
        ),
        None,
    )


def _inside_name(ctx: _Context, t: _Tok) -> bool:
    around = ctx.entity_at(t.start)
    return around is not None and around.start < t.start


def ends_subject(t: _Tok, language: str) -> bool:
    """Whether ``t`` is the verb a subject phrase runs into: saying, or a French auxiliary."""
    if language == "en":  # English "a" is an article, not the auxiliary « a »
        return t.text[:1].islower() and is_speech_verb(t.text, "en", strong=False)
    return t.text.islower() and (t.low in _AUX or is_speech_verb(t.text, "fr", strong=False))


_NOT_HEADS = frozenset(("etat", "state"))
"""Body nouns too general to stand for the name they head (« l'État » is not
« État islamique »)."""


_BODY_SYNONYMS = {
    "force": "police",
    "constabulary": "police",
    "municipalite": "ville",  # « la municipalité » after « la Ville de Marseille »
}


def bare_body(ctx: _Context, noun: _Tok, *, named: bool) -> Entity | None:
    """The body a bare noun refers back to: ``the department said`` is the body the
    article named before with that word (when ``named``, the noun may stand anywhere
    in the name: *Fairview Police Department*), else the name that word heads, else
    a body named with that word further on."""
    word = _BODY_SYNONYMS.get(fold(noun.low), noun.low)  # "the force": the police named before
    org = ctx.named_body(word, noun.start) if named or word != noun.low else None
    if org is not None and org.start < noun.start:
        return paragraph_body(ctx, noun.start, org)
    headed = paragraph_body(ctx, noun.start, headed_body(ctx, noun.text, noun.start))
    return headed or org or town_body(ctx, word, noun.start)


def tail_body(ctx: _Context, words: list[_Tok], body: list[_Tok]) -> Entity | None:
    """The body an English definite description ends the name of: "the institute" after
    *Alpine Cryosphere Institute*, "the health department" after *Tamsin County Health
    Department*, "the sheriff's office" after *Sable County Sheriff's Office*. English
    names end on their head noun, so the description is the end of the name; the
    latest such organisation named before wins."""
    if ctx.language != "en" or words[0].low != "the" or not 0 < len(body) <= 3:
        return None
    phrase = fold(ctx.text[body[0].start : body[-1].end]).replace("’", "'")
    if noun_kind(body[-1].text) != "body":
        return None
    found = None
    for e in ctx.entities:
        if e.start >= body[0].start:
            break
        name = fold(e.canonical).replace("’", "'")
        if e.label == "ORG" and name.endswith(" " + phrase) and not ctx.in_quote(e.start):
            found = e
    return found


def headed_body(ctx: _Context, noun: str, before: int) -> Entity | None:
    """The body a bare definite noun refers back to: the latest organisation named
    before ``before`` whose name that noun heads (« l'autorité » after « l'Autorité
    de la concurrence », « la radio » after « Radio Orbis »)."""
    low = fold(noun)
    # « la Région » after « la Région Hauts-de-France »: a local authority written with
    # its capital is the council, whatever label its name took as a place.
    council = noun[:1].isupper() and low in _AUTHORITIES
    if low in _NOT_HEADS or (noun_kind(noun) != "body" and not council):
        return None
    found = None
    for e in ctx.entities:
        if e.start >= before:
            break
        words = e.canonical.split()
        if (
            (e.label == "ORG" or council)
            and len(words) > 1
            and fold(words[0]) == low
            and not ctx.in_quote(e.start)
        ):
            found = e
    return found


_AUTHORITIES = frozenset(("region", "departement", "metropole", "agglomeration"))


def org_in_sentence(ctx: _Context, at: int) -> Entity | None:
    """The last organisation named earlier in the sentence holding ``at``, outside
    quotations: « Pour L'Opinion, il s'agit d'une « … » que le journal estime … »."""
    lo = ctx.line_start(at)
    for m in _SENT_END.finditer(ctx.text, lo, at):
        if not ctx.in_quote(m.start()):
            lo = m.end()
    found = None
    for e in ctx.entities_in(lo, at):
        if e.label == "ORG" and not ctx.in_quote(e.start):
            found = e
    return found


def referred_back(
    ctx: _Context, described: tuple[str, str], at: int, before: int
) -> tuple[str, str]:
    """« le journal » refers back: a name the text ties to it only later yields to an
    organisation this sentence named before it."""
    if any(e.canonical == described[0] and e.start < before for e in ctx.entities):
        return described
    org = org_in_sentence(ctx, at)
    return (org.canonical, org.label) if org else described


def spoken_before(ctx: _Context, head: str, at: int | None = None) -> str | None:
    """The description of an earlier speaker with the same head noun, if any; given
    ``at``, else the campaign or administration last named after a person before it
    ("The Okafor campaign said… the campaign said" → "Okafor campaign")."""
    for sp in reversed(ctx.speakers):
        if sp.label == "NP" and sp.name and fold(sp.name).split()[-1] == fold(head):
            return sp.name
    if at is None or head not in _NAMED_AFTER_PEOPLE:
        return None
    named = None
    for m in _PERSONS_BODY.finditer(ctx.text, max(0, at - 1500), at):
        if m.group(2) == head and m.group(1) not in ("The", "A", "His", "Her", "Its", "Their"):
            named = f"{m.group(1)} {head}"
    return named


_NAMED_AFTER_PEOPLE = frozenset(("campaign", "administration"))
_PERSONS_BODY = re.compile(r"\b([A-Z][\w'’-]+?)(?:['’]s)?\s+(campaign|administration)\b")


def placed_body(ctx: _Context, words: list[_Tok], ents: list[Entity]) -> _Speaker | None:
    """A body noun pinned down by the place it serves (« la police d'Orlando », « le
    groupement de gendarmerie de l'Ardèche », "the Riverside fire department"): the
    description speaks, as a name would; the place alone never does."""
    places = [e for e in ents if e.label == "LOC"]
    if not places:
        return None
    lead = 1 if words[0].low in _DETERMINERS else 0
    if len(words) <= lead:
        return None
    phrase = ctx.text[words[lead].start : places[-1].end]
    if noun_kind(phrase) != "body" or not names_a_body(phrase):
        return None
    return _Speaker(phrase, "NP", words[lead].start)
