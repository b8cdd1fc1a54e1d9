"""Rule-based named-entity extraction for French and English news.

One precompiled pattern finds runs of capitalised words joined by name particles
(``Corée du Nord``, ``Ursula von der Leyen``, ``Côte d’Ivoire``); each run is then
trimmed (elided articles, honorifics, sentence-initial common words, glued
neighbours such as ``UkraineLa``), split where a particle joins two unrelated names,
extended over the lowercase tail of an organisation (``Conseil de sécurité des
Nations unies``) and labelled from bundled lists and context cues. Python-level work
happens per capitalised run, never per character, which keeps the default engine fast.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tui.core.entities_lexicon import (
    AMBIGUOUS_MONTHS,
    AMBIGUOUS_ROLE_HEADS,
    CALENDAR_WORDS,
    COMPASS,
    CONTRACTIONS,
    CORPORATE_ROLES,
    DEMONYM_ENDINGS,
    HONORIFICS,
    LOC_CUES,
    LOC_HEADS,
    LOC_TAILS,
    ORG_ADJECTIVE_ENDINGS,
    ORG_LOWER_HEADS,
    ORG_NOUNS,
    ORG_OF_HEADS,
    ORG_TRIGGERS,
    PERSON_PARTICLES,
    PLACE_NAME_HEADS,
    PLACE_NOUNS,
    PORTFOLIO_HOLDERS,
    PORTFOLIO_TITLES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STATE_HEADS,
    TITLES,
)
from tui.core.gazetteer import (
    common_words,
    demonyms,
    given_names,
    known_label,
    lowercase_words,
    name_key,
    starts_known_name,
)
from tui.core.models import Entity, EntityLabel

_UP = "".join(chr(c) for c in (*range(0x41, 0x2000), *range(0x1E00, 0x1F00)) if chr(c).isupper())
_UP_CLASS = "[" + re.escape(_UP) + "]"
_SEP = "[ \u00a0\u202f]"
_WORD = rf"{_UP_CLASS}(?:\w|[-‐'’](?=\w))*"
_TOKEN = rf"(?:(?:{_UP_CLASS}\.){{2,}}|{_UP_CLASS}\.(?={_SEP}{_UP_CLASS})|{_WORD})"
_SPACED = (
    "de la|von der|van der|van den|de|du|des|von|van|der|den|di|da|dos|del|della|"
    "bin|ibn|ben|of the|of|for|on|and|et|y"
)
_GLUED = "de l[’']|d[’']|al-|el-"
_CONN = rf"(?:(?:{_SPACED}){_SEP}|(?:{_GLUED}))"
_CHUNK = re.compile(rf"{_TOKEN}(?:{_SEP}{_CONN}?{_TOKEN})*")
_PIECE = re.compile(rf"(?P<tok>{_TOKEN})|(?P<conn>{_SPACED}|{_GLUED})")
_ELISION = re.compile(r"^(?:[LlDdJjNnMmSsCcTt]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)[’']")
_POSSESSIVE = re.compile(r"[’'][sS]?$")
_GLUE_POINT = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")
_LOWER_WORD = re.compile(rf"{_SEP}([^\W\d_A-ZÀ-Þ][\w’'-]*)")
_PREP = re.compile(
    rf"{_SEP}(?:(de l[’']|d[’']|pour l[’']|sur l[’'])"
    rf"|(de la|de|du|des|aux|pour la|pour le|pour les|sur la|sur le|sur les|en){_SEP})"
)
_CAP_RUN = re.compile(rf"{_TOKEN}(?:{_SEP}{_TOKEN})*")
_LOC_HEAD_BEFORE = re.compile(
    rf"(?:^|(?<=\W))(\w+){_SEP}(?:(?:de la|du|des|de){_SEP}|de l[’']|d[’'])?$"
)
_NOUN_OF_BEFORE = re.compile(
    rf"([^\W\d_]+){_SEP}(?:(?:de la|du|des|de|of the|of){_SEP}|de l[’']|d[’'])\Z"
)
_OF_TAILS = (
    *(f"{w}{sep}" for w in ("de", "du", "des", "la", "of", "the") for sep in " \u00a0\u202f"),
    "’",
    "'",
)
# A news dateline: ALL-CAPS place, optional region and date, optional (Agency), a dash.
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ ][A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})"
    r"(?:,[ ](?P<region>[A-ZÀ-Þ][\w.'’-]*(?:[ ][A-ZÀ-Þ][\w.'’-]*){0,2}))?"
    r"(?:,?[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?"
    r"(?:[ ]\((?P<agency>[A-ZÀ-Þ][\w.&'’ -]{0,30})\))?"
    r"[ ]?[-–—]+[ ]",
    re.M,
)
# Endings of English plural and agent nouns that open sentences ("Investors", "Shares").
_PLURAL_NOUN = re.compile(r"(?:[^s]ers|ors|ists|ants|ents|ians|ions|ings|ies|ates|ives)$")
_SENTENCE_BREAK = frozenset('.!?…\n\r:;«“"([—–•')

_FUNCTION = frozenset(
    """le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs
    tout toute tous toutes chaque plusieurs certains certaines quelques aucun aucune
    notre nos votre vos mon ma mes qui que quoi dont où il elle ils elles on nous vous
    en à a et ou mais donc or ni car selon pour par sur avec sans dans chez vers
    the an this that these those his her its our their my your and or but of in on at
    to for with by from as is was are were""".split()
)
_JOIN_HEADS = (
    ORG_TRIGGERS
    | LOC_HEADS
    | PLACE_NAME_HEADS
    | frozenset(
        """république republic royaume kingdom émirats côte pays états district
    territoire territoires saint sainte san santa fort port grand grande""".split()
    )
)
_ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS
_EXTENDING_HEADS = ORG_TRIGGERS | STATE_HEADS
_LOWER_HEADS = LOC_HEADS | ORG_LOWER_HEADS
# A capitalised word standing alone that never names anything by itself.
_LONE_NON_NAMES = _FUNCTION | TITLES | HONORIFICS | CALENDAR_WORDS
_ENGLISH_CONNECTORS = frozenset({"of", "of the", "for", "on", "and"})
_MAX_EXTENSION = 4
_MAX_GROUP = 12


@dataclass(slots=True)
class _Piece:
    start: int
    end: int
    text: str
    is_token: bool


def extract_entities(text: str, *, language: str) -> list[Entity]:
    """Return the named-entity mentions of ``text``, sorted and never overlapping.

    ``language`` ("fr" or "en") only shifts priors; the rules cover both languages
    because news in either quotes names written the other way.
    """
    english = language == "en"
    found: list[tuple[int, int, str]] = []
    last_end = 0
    common = common_words()
    lowercase = lowercase_words()
    for match in _CHUNK.finditer(text):
        s, e = match.span()
        if s < last_end:
            continue
        word = match.group()
        if word.isalpha():  # a lone plain word: most are "Les", "The", "Monday"
            low = word.lower()
            known = known_label(word)
            if known is None:
                if (
                    low in _LONE_NON_NAMES
                    or _lone_demonym(word)
                    or (
                        (low in common or low in lowercase)
                        and _is_sentence_start(text, s)
                        and _plain_word_here(text, word, low, common)
                    )
                ):
                    continue
            elif _plain_known(text, s, word, known):
                found.append((s, e, known))
                last_end = e
                continue
        for start, end, label in _spans_of_chunk(text, s, e, english):
            if start >= last_end and end > start:
                found.append((start, end, label))
                last_end = end
    if "-" in text or "—" in text or "–" in text:
        found = _with_datelines(text, found)
    found = _harmonise(text, found)
    return [
        Entity(start=s, end=e, text=text[s:e], label=label, canonical=_local_canonical(text[s:e]))
        for s, e, label in found
    ]


def _plain_word_here(text: str, word: str, low: str, common: frozenset[str]) -> bool:
    """Whether a sentence-initial lone word is the ordinary word it spells.

    Short frequent words always are; a word from the larger dictionary list only
    when the article never writes it capitalised inside a sentence ("Clement said"
    after "Paul Clement" is still the lawyer) and it is not a given name.
    """
    if low in common:
        return True
    return (
        name_key(word) not in given_names()
        and not starts_known_name(word)
        and not _named_mid_sentence(text, word)
    )


def _lone_demonym(word: str) -> bool:
    """A nationality word alone describes rather than names ("European logistics")."""
    key = name_key(word)
    return key in demonyms() and key not in given_names()


def _plain_known(text: str, start: int, word: str, label: str) -> bool:
    """Whether a lone listed name keeps its listed label with no further rule to apply.

    Most mentions in news are such names ("Kremlin", "Paris", "OTAN"); taking them
    here skips the general path, which only matters for names that extend or that a
    preceding word may turn into something else.
    """
    if starts_known_name(word) or name_key(word) in _EXTENDING_HEADS:
        return False
    if label == "ORG":
        return not _after_portfolio_title(text, start)
    if label == "LOC":
        return _loc_head_before(text, start, heads=_LOWER_HEADS) is None
    return False


def _local_canonical(surface: str) -> str:
    return " ".join(surface.split())


def _spans_of_chunk(
    text: str, start: int, end: int, english: bool = False
) -> list[tuple[int, int, EntityLabel]]:
    pieces = _pieces(text, start, end)
    out: list[tuple[int, int, EntityLabel]] = []
    for group in _groups(pieces, english=english):
        for part, person, hint in _split_titles(group):
            span = _label_group(text, part, english=english, person=person, hint=hint)
            if span is not None:
                out.append(span)
    return out


def _with_datelines(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Label news datelines: "WOODSIDE, California (Reuters) -" is LOC, LOC, ORG."""
    spans: list[tuple[int, int, str]] = []
    for m in _DATELINE.finditer(text):
        place = m.group("place")
        if sum(c.isalpha() for c in place) < 2 or place.rstrip(".").lower() in CALENDAR_WORDS:
            continue
        spans.append((m.start("place"), m.end("place"), "LOC"))
        region = m.group("region")
        if region and region.rstrip(".").lower() not in CALENDAR_WORDS:
            spans.append((m.start("region"), m.end("region"), known_label(region) or "LOC"))
        agency = m.group("agency")
        if agency and agency.strip():
            a_start = m.start("agency") + len(agency) - len(agency.lstrip())
            spans.append((a_start, a_start + len(agency.strip()), "ORG"))
    if not spans:
        return found
    kept = [f for f in found if not any(f[0] < e and s < f[1] for s, e, _ in spans)]
    return sorted(kept + spans)


def _pieces(text: str, start: int, end: int) -> list[_Piece]:
    """Cut a capitalised run into tokens and connectors, mending glue and elision."""
    pieces: list[_Piece] = []
    for m in _PIECE.finditer(text, start, end):
        s, e = m.start(), m.end()
        if m.group("conn") is not None:
            pieces.append(_Piece(s, e, text[s:e], False))
            continue
        tok = text[s:e]
        elided = _ELISION.match(tok)
        if elided and len(tok) > elided.end():
            s += elided.end()
            tok = text[s:e]
            if not tok[0].isupper():  # "L’amitié": a common noun after an elided article
                pieces.append(_Piece(s, s, "", False))
                continue
        cut = _clitic_cut(tok)
        if cut:
            # "China's Foreign Ministry", "We're": the clitic ends the name.
            e = s + cut
            pieces.append(_Piece(s, e, text[s:e], True))
            pieces.append(_Piece(e, e, "", False))
            continue
        glue = _GLUE_POINT.search(tok)
        if glue is not None:
            left, right = tok[: glue.start()], tok[glue.start() :]
            head = right.split("-")[0].lower()
            if head in common_words() or known_label(left) is not None:
                pieces.append(_Piece(s, s + len(left), left, True))
                pieces.append(_Piece(s + len(left), s + len(left), "", False))
                continue
        if tok and tok[0].isalnum():
            pieces.append(_Piece(s, e, tok, True))
    return pieces


def _clitic_cut(tok: str) -> int:
    """Length of ``tok`` before an English possessive or contraction, 0 when none."""
    if "'" not in tok and "’" not in tok:
        return 0
    if tok.endswith(("n't", "n’t")):
        return max(len(tok) - 3, 0)
    if tok.endswith(CONTRACTIONS):
        return max(tok.rfind("'"), tok.rfind("’"), 0)
    poss = _POSSESSIVE.search(tok)
    return poss.start() if poss and poss.start() > 0 else 0


def _groups(pieces: list[_Piece], *, english: bool = False) -> list[list[_Piece]]:
    """Split tokens at connectors that join two separate names."""
    groups: list[list[_Piece]] = []
    current: list[_Piece] = []
    pending: _Piece | None = None
    for piece in pieces:
        if not piece.is_token:
            if not piece.text:  # a glued boundary always splits
                if current:
                    groups.append(current)
                current, pending = [], None
            else:
                pending = piece
            continue
        if len(current) >= _MAX_GROUP:  # no name is that long: keep the work linear
            groups.append(current)
            current, pending = [], None
        if current and pending is not None:
            if _keep_join(current, pending, piece, english=english):
                current.append(pending)
            else:
                groups.append(current)
                current = []
        current.append(piece)
        pending = None
    if current:
        groups.append(current)
    return groups


def _split_titles(group: list[_Piece]) -> list[tuple[list[_Piece], bool, EntityLabel | None]]:
    """Cut a title out of a group: "U.S. President Joe Biden" → "U.S." and "Joe Biden".

    Returns the parts to label, each with whether it is a person announced by the
    title and a fallback label (a company before "CEO"). A trailing title with no name
    after it ("Colorado Secretary") is dropped.
    """
    tokens = [i for i, p in enumerate(group) if p.is_token]
    if len(tokens) < 2 or not any(_role_key(group[i].text) in ROLE_HEADS for i in tokens):
        return [(group, False, None)]
    portfolio = _split_portfolio(group)
    if portfolio is not None:
        return portfolio
    keys = [_role_key(group[i].text) for i in tokens]
    head = -1
    for k in range(len(tokens) - 1, -1, -1):
        if keys[k] not in ROLE_HEADS:
            continue
        compound = k > 0 and tokens[k] - tokens[k - 1] == 1 and keys[k - 1] in _ROLE_WORDS
        if k + 1 < len(tokens) and not _names_follow(
            group, tokens[k + 1 :], keys[k], compound=compound
        ):
            continue
        head = k
        break
    if head < 0:
        return [(group, False, None)]
    first = head
    while first > 0 and (keys[first - 1] in ROLE_HEADS or keys[first - 1] in ROLE_MODIFIERS):
        if tokens[first] - tokens[first - 1] != 1:  # joined by "of": "Secretary of State"
            break
        first -= 1
    if head == len(tokens) - 1 and (
        first == 0
        or keys[head] in AMBIGUOUS_ROLE_HEADS
        or known_label(text_of(group[: tokens[first - 1] + 1])) is None
    ):
        # A title alone is dropped by the usual rules; "Julie Bishop" keeps its name.
        return [(group, False, None)]
    out: list[tuple[list[_Piece], bool, EntityLabel | None]] = []
    if first > 0:
        corporate = any(keys[k] in CORPORATE_ROLES for k in range(first, head + 1))
        out.append((group[: tokens[first - 1] + 1], False, "ORG" if corporate else None))
    if head + 1 < len(tokens):
        out.append((group[tokens[head + 1] :], True, None))
    return out


def _split_portfolio(
    group: list[_Piece],
) -> list[tuple[list[_Piece], bool, EntityLabel | None]] | None:
    """Cut "Secretary of Homeland Security Alejandro Mayorkas" to the person after it.

    The portfolio runs on until a given name, or else until the last two name words;
    a title with no name after it ("the Secretary of State said") names nobody.
    """
    at = next(
        (
            i
            for i in range(1, len(group) - 1)
            if not group[i].is_token
            and group[i].text.lower() in ("of", "of the")
            and _role_key(group[i - 1].text) in PORTFOLIO_TITLES
        ),
        None,
    )
    if at is None:
        return None
    lead = [p for p in group[:at] if p.is_token]
    before = [] if len(lead) < 2 else group[: group.index(lead[-1])]
    while before and _role_key(before[-1].text) in _ROLE_WORDS:
        before = before[:-1]  # "Deputy Secretary of State": all title
    out: list[tuple[list[_Piece], bool, EntityLabel | None]] = []
    if before and any(p.is_token for p in before):
        out.append((before, False, None))
    rest = [p for p in group[at + 1 :] if p.is_token]
    names = [i for i, p in enumerate(rest) if name_key(p.text.split("-")[0]) in given_names()]
    start = names[0] if names and names[0] > 0 else max(len(rest) - 2, 1)
    person = rest[start:]
    if len(rest) >= 2 and 1 <= len(person) <= 4 and all(_is_name_word(p.text) for p in person):
        out.append((group[group.index(person[0]) :], True, None))
    return out


def text_of(pieces: list[_Piece]) -> str:
    """The pieces joined as a name is written, for lookups."""
    return " ".join(p.text for p in pieces if p.text)


def _role_key(word: str) -> str:
    return word.lower()


def _names_follow(
    group: list[_Piece], rest: list[int], head_key: str, *, compound: bool = False
) -> bool:
    """Whether the tokens after a role head read as a person's name.

    An ambiguous head ("General") needs a given name after it, unless it closes a
    compound title ("Attorney General", "Chief Executive").
    """
    words = [group[i].text for i in rest]
    if len(words) > 4 or name_key(words[-1]) in ORG_TRIGGERS:
        return False
    if known_label(" ".join(words)) is not None:
        return False
    given = name_key(words[0].split("-")[0]) in given_names()
    if head_key in AMBIGUOUS_ROLE_HEADS and not compound:
        return given
    if given and words[-1][:1].isupper():
        return True  # "Minister Bruno Le Maire": a surname may also be a common word
    return all(
        _is_name_word(w) or _role_key(w) in ROLE_HEADS or (i > 0 and w.lower() in PERSON_PARTICLES)
        for i, w in enumerate(words)
    )


def _keep_join(left: list[_Piece], conn: _Piece, right: _Piece, *, english: bool = False) -> bool:
    c = conn.text.lower().replace("’", "'")
    if right.text.lower() in CALENDAR_WORDS:
        return False  # "Conservative Party on Tuesday"
    lead = next((p for p in left if p.text.lower() not in _FUNCTION), left[0])
    head = name_key(lead.text.split("-")[0])
    tail = name_key(left[-1].text)
    joined = " ".join(p.text for p in left) + " " + c + " " + right.text
    if known_label(joined) is not None:
        return True
    if c == "and":
        return False  # "Microsoft and Amazon"; listed names joined by "and" matched above
    if c in ("of", "of the") and _role_key(left[-1].text) in PORTFOLIO_TITLES:
        return True  # "Secretary of Homeland Security Alejandro Mayorkas": cut later
    if c in _ENGLISH_CONNECTORS:
        return head in _JOIN_HEADS or tail in ORG_TRIGGERS
    if c in ("et", "y"):
        return False
    if c.split()[0] in PERSON_PARTICLES - {"de", "du", "des", "d"} or c in ("al-", "el-"):
        return True
    # de, du, des, de la, de l', d'
    if name_key(right.text) in COMPASS or head in _JOIN_HEADS:
        return True
    alone = left[-1] is lead  # one name word, after any "Selon", "The"
    if (
        c == "de"
        and alone
        and (english or head in given_names())
        and _surname_after_particle(lead.text, right.text)
    ):
        return True  # "Marieke de Vries" in English copy, "Luca de Meo"
    return (
        alone
        and head in given_names()
        and right.text[:1].isupper()
        and known_label(right.text) is None
    )


def _surname_after_particle(first: str, surname: str) -> bool:
    """Whether "<first> de <surname>" reads as one person's name.

    Both sides must look like names nobody lists as a place or an organisation, and
    neither may be an ordinary word or a title ("Maire de Paris", "Port de Brest").
    """
    for word in (first, surname):
        key = name_key(word)
        if (
            not _is_name_word(word)
            or word.lower() in lowercase_words()
            or known_label(word) is not None
            or key in _JOIN_HEADS
            or key in _ROLE_WORDS
            or key in TITLES
        ):
            return False
    return True


def _label_group(
    text: str,
    group: list[_Piece],
    *,
    english: bool = False,
    person: bool = False,
    hint: EntityLabel | None = None,
) -> tuple[int, int, EntityLabel] | None:
    tokens = [p for p in group if p.is_token]
    per_cue = person
    start_of_sentence = _is_sentence_start(text, group[0].start)
    # Drop leading cue words: articles, titles, honorifics, demonyms, sentence starters.
    while tokens:
        first = tokens[0]
        low = first.text.lower()
        surface = _surface(text, tokens)
        if known_label(surface) is not None or (
            starts_known_name(surface) and _extend_known(text, first.start, tokens[-1].end)
        ):
            break  # "La France insoumise": the article belongs to the listed name
        if low in HONORIFICS or low + "." in HONORIFICS or low in TITLES:
            per_cue = True
        elif not (
            low in _FUNCTION
            or (start_of_sentence and low in common_words())
            or (len(tokens) > 1 and _is_demonym(low))
        ):
            break
        tokens = tokens[1:]
        start_of_sentence = False
    if not tokens:
        return None
    start, end = tokens[0].start, tokens[-1].end
    # Inner connectors may now dangle at the start; tokens keep the group order.
    first_key = name_key(tokens[0].text.split("-")[0])
    surface = text[start:end]
    label: EntityLabel | None = known_label(surface)  # type: ignore[assignment]
    if label in (None, "ORG") and _after_portfolio_title(text, start):
        # "ministre de la Défense Sergueï Choïgu": the portfolio is not a name.
        if len(tokens) == 1 or name_key(tokens[1].text.split("-")[0]) not in given_names():
            return None
        tokens = tokens[1:]
        start = tokens[0].start
        per_cue = True
        label = None
    if first_key in ORG_TRIGGERS | STATE_HEADS:
        # French organisations run on in lowercase ("Conseil national de sécurité").
        longer_end = end if english else _extend_organisation(text, end)
        if longer_end > end or label is None:
            end = longer_end
            default: EntityLabel = "LOC" if first_key in STATE_HEADS else "ORG"
            label = known_label(text[start:end]) or default  # type: ignore[assignment]
    if label in (None, "LOC", "ORG"):
        longer = _extend_known(text, start, end)
        if longer is not None:
            end, label = longer
    if label in (None, "LOC"):
        head = _loc_head_before(text, start)
        if head is not None:
            return head, end, "LOC"
        head = _loc_head_before(text, start, heads=ORG_LOWER_HEADS)
        if head is not None:
            return head, end, "ORG"  # "université de Kyoto"
    if label is None and len(tokens) > 1 and all(t.text.lower() in common_words() for t in tokens):
        return None
    if label is None:
        label = _guess_label(text, tokens, start, end, per_cue, start_of_sentence)
    if hint is not None and label in (None, "MISC"):
        label = hint
    if label is None:
        return None
    return start, end, label


def _surface(text: str, tokens: list[_Piece]) -> str:
    return text[tokens[0].start : tokens[-1].end]


def _guess_label(
    text: str,
    tokens: list[_Piece],
    start: int,
    end: int,
    per_cue: bool,
    start_of_sentence: bool,
) -> EntityLabel | None:
    surface = text[start:end]
    first = tokens[0].text
    first_key = name_key(first.split("-")[0])
    last_key = name_key(tokens[-1].text)
    if per_cue:
        return "PER"
    if len(tokens) >= 2 and last_key in ORG_TRIGGERS:
        return "ORG"  # "German Marshall Fund said": the head outweighs the verb
    if len(tokens) == 1 and _is_acronym(first):
        return None if _in_capitals_line(text, start, end) else "ORG"
    if end - start > 1 and _org_noun_near(text, start, end):
        return "ORG"  # "the Nikkei newspaper", "news agency WAM"
    if _title_before(text, start) or _apposition_after(text, end):
        return "PER"
    if len(tokens) >= 2 and first_key in given_names():
        return "PER"
    if len(tokens) >= 2 and last_key in ROLE_HEADS and last_key not in AMBIGUOUS_ROLE_HEADS:
        return "MISC"  # "Manhattan District Attorney": an office, not a person
    if last_key in ORG_TRIGGERS or any(name_key(t.text) in ORG_TRIGGERS for t in tokens[1:]):
        return "ORG"
    if _team_name(tokens):
        return "ORG"
    if first_key in LOC_HEADS or (len(tokens) >= 2 and first_key in PLACE_NAME_HEADS):
        return "LOC"
    if len(tokens) >= 2:
        if last_key in COMPASS or last_key in LOC_TAILS:
            return "LOC"  # "Fulton County", "Melbourne Park"
        if first_key in ORG_OF_HEADS and " of " in surface:
            return "ORG"  # "Port of Antwerp": the port authority
        if len(tokens) <= 4 and all(_is_name_word(t.text) for t in tokens):
            return "PER"
        return "MISC"
    low = surface.lower()
    if low in AMBIGUOUS_MONTHS and text[end : end + 3].lstrip()[:1].isdigit():
        return None  # "March 4"
    if start_of_sentence and _PLURAL_NOUN.search(low) and not _named_mid_sentence(text, surface):
        return None  # "Investors said": a common noun opening the sentence
    if low in CALENDAR_WORDS or (
        start_of_sentence and (low in common_words() or low.split("-")[0] in common_words())
    ):
        return None
    if (
        start_of_sentence
        and low in lowercase_words()
        and _plain_word_here(text, surface, low, common_words())
    ):
        return None  # "Nobody wins", "Budget : ..."
    if name_key(low) in COMPASS:
        return "LOC"
    if low.endswith(DEMONYM_ENDINGS) and _word_before(text, start) in _FUNCTION:
        return None
    if _lone_demonym(surface):
        return None
    if low in common_words() and len(surface) <= 3:
        return None
    if _word_before(text, start) in LOC_CUES and low not in common_words():
        return "LOC"
    if _place_noun_before(text, start):
        return "LOC"
    return "MISC"


def _team_name(tokens: list[_Piece]) -> bool:
    """A place then a plural nickname is a sports team ("New York Red Bulls")."""
    last = tokens[-1].text
    if len(tokens) < 2 or not last.endswith("s") or last.endswith("ss"):
        return False
    for cut in (1, 2):
        if len(tokens) > cut and known_label(" ".join(t.text for t in tokens[:-cut])) == "LOC":
            return True
    return False


def _in_capitals_line(text: str, start: int, end: int) -> bool:
    """Whether an all-caps word sits among other all-caps words (a shouted headline)."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    near = [w for w in (before[-1:] + after[:1]) if any(c.isalpha() for c in w)]
    return bool(near) and all(w.isupper() and len(w) > 1 for w in near)


def _org_noun_near(text: str, start: int, end: int) -> bool:
    after = text[end : end + 20].split()
    if after and after[0].strip(",.;:").lower() in ORG_NOUNS:
        return True
    return _word_before(text, start) in ORG_NOUNS


def _named_mid_sentence(text: str, word: str) -> bool:
    """Whether ``word`` also appears capitalised inside a sentence (then it is a name)."""
    pos = text.find(word)
    seen = 0
    while pos >= 0 and seen < 20:
        end = pos + len(word)
        whole = (pos == 0 or not text[pos - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        )
        if whole and not _is_sentence_start(text, pos):
            return True
        pos = text.find(word, end)
        seen += 1
    return False


def _noun_of_before(text: str, start: int) -> re.Match[str] | None:
    """Match "<noun> de " right before ``start``; a cheap tail test skips most calls."""
    if not text[max(0, start - 4) : start].endswith(_OF_TAILS):
        return None
    return _NOUN_OF_BEFORE.search(text, max(0, start - 40), start)


def _place_noun_before(text: str, start: int) -> bool:
    m = _noun_of_before(text, start)
    if m is None:
        return False
    before = text[max(0, m.start() - 20) : m.start()].split()
    return m.group(1).lower() in PLACE_NOUNS or (bool(before) and before[-1].lower() in PLACE_NOUNS)


def _after_portfolio_title(text: str, start: int) -> bool:
    m = _noun_of_before(text, start)
    if m is None:
        return False
    before = text[max(0, m.start() - 25) : m.start()].split()
    words = [m.group(1).lower(), *(w.lower() for w in before[-2:])]
    return any(w in PORTFOLIO_HOLDERS for w in words[:3])


def _is_demonym(low: str) -> bool:
    return low.endswith(DEMONYM_ENDINGS) and name_key(low) not in given_names()


def _is_name_word(tok: str) -> bool:
    """A capitalised word or an initial ("T."), not an acronym or a common word."""
    if len(tok) == 2 and tok.endswith("."):
        return True
    return tok[:1].isupper() and not tok.isupper() and tok.lower() not in common_words()


def _is_acronym(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    if not 2 <= len(letters) <= 8 or sum(c.isupper() for c in letters) < 2:
        return False
    return not set(tok) <= set("IVXLCDM")


def _word_before(text: str, start: int) -> str:
    window = text[max(0, start - 30) : start].rstrip(" \u00a0\u202f'’")
    i = len(window)
    while i > 0 and (window[i - 1].isalpha() or window[i - 1] in "-."):
        i -= 1
    return window[i:].lower()


def _title_before(text: str, start: int) -> bool:
    window = text[max(0, start - 40) : start].rstrip(" \u00a0\u202f,")
    words = window.split()
    return bool(words) and (
        words[-1].lower() in TITLES
        or words[-1].lower() in HONORIFICS
        or words[-1].lower() in ("said", "says", "told", "asked", "dit", "déclare", "affirme")
    )


def _apposition_after(text: str, end: int) -> bool:
    window = text[end : end + 40]
    if not window.startswith((",", " a ", " said", " says", " told")):
        return window.startswith((" a déclaré", " a affirmé", " a dit", " a expliqué"))
    if not window.startswith(","):
        return True
    words = window[1:].replace("’", " ").replace("'", " ").split()
    for word in words[:3]:
        if word.lower() in TITLES:
            return True
        if word.lower() not in _FUNCTION:
            return False
    return False


def _is_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \u00a0\u202f\t'’":
        if text[i] in "'’" and i > 0 and text[i - 1].isalpha():
            i -= 2  # an elided article ("L’Ukraine") still starts the sentence
            continue
        i -= 1
    if i >= 0 and text[i].isalpha() and i == start - 2 and text[start - 1] in "'’":
        i -= 1
    while i >= 0 and text[i] in " \u00a0\u202f\t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_BREAK or text[i] in "»”"


def _extend_organisation(text: str, end: int) -> int:
    """Extend an organisation head over its lowercase tail ("Conseil national de sécurité")."""
    pos = end
    for _ in range(_MAX_EXTENSION):
        adj = _LOWER_WORD.match(text, pos)
        if adj and _is_org_adjective(adj.group(1)):
            pos = adj.end()
            continue
        prep = _PREP.match(text, pos)
        if prep is None:
            break
        after = prep.end()
        caps = _CAP_RUN.match(text, after)
        if caps is not None:
            pos = caps.end()
            tail = _LOWER_WORD.match(text, pos)
            if tail and _is_org_adjective(tail.group(1)):
                pos = tail.end()
            continue
        noun = re.match(r"[^\W\d_]+(?:-[^\W\d_]+)*", text[after : after + 40])
        if noun is None or noun.group().lower() in _FUNCTION or len(noun.group()) < 3:
            break
        pos = after + noun.end()
    return pos


def _is_org_adjective(word: str) -> bool:
    low = word.lower()
    return low not in _FUNCTION and len(low) > 3 and low.endswith(ORG_ADJECTIVE_ENDINGS)


def _extend_known(text: str, start: int, end: int) -> tuple[int, EntityLabel] | None:
    """Take one or two following lowercase words when that makes a known name."""
    if not starts_known_name(text[start:end]):
        return None
    pos = end
    for _ in range(2):
        nxt = _LOWER_WORD.match(text, pos)
        if nxt is None:
            return None
        pos = nxt.end()
        label = known_label(text[start:pos])
        if label is not None:
            return pos, label  # type: ignore[return-value]
    return None


def _loc_head_before(text: str, start: int, heads: frozenset[str] = LOC_HEADS) -> int | None:
    """Return where a lowercase place head starts ("mer du Japon"), if one precedes."""
    window_start = max(0, start - 30)
    m = _LOC_HEAD_BEFORE.search(text[window_start:start])
    if m is None or m.group(1) not in heads:
        return None
    return window_start + m.start(1)


def _harmonise(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Give one label per surface within the article, and surname mentions their person."""
    if not found:
        return found
    found = _particle_surnames(text, found)
    person_tokens: set[str] = set()
    votes: dict[str, Counter[str]] = {}
    for s, e, label in found:
        key = name_key(text[s:e])
        votes.setdefault(key, Counter())[label] += 1
        if label == "PER":
            parts = key.split()
            if len(parts) >= 2:
                person_tokens.update(parts)
    out: list[tuple[int, int, str]] = []
    for s, e, label in _split_pairs(text, found, person_tokens):
        key = name_key(text[s:e])
        if known_label(text[s:e]) is None:
            if " " not in key and key in person_tokens:
                label = "PER"
            else:
                counts = votes[key]
                strong = [(n, lab) for lab, n in counts.items() if lab != "MISC"]
                if label == "MISC" and strong:
                    label = max(strong)[1]
        out.append((s, e, label))
    return out


def _particle_surnames(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Give a surname back its particle: "de Vries added" after "Marieke de Vries".

    The particle is lowercase mid-sentence, so the capitalised run starts after it;
    when the article names a person whose surname is that particle plus the word, the
    mention takes the particle in and becomes that person.
    """
    tails: dict[str, str] = {}
    for s, e, label in found:
        if label != "PER":
            continue
        words = text[s:e].split()
        for i in range(1, len(words) - 1):
            if words[i].islower() and words[i] in PERSON_PARTICLES:
                rest = words[i:]
                bare = [w for w in rest if not (w.islower() and w in PERSON_PARTICLES)]
                if len(bare) == 1 and rest[-1] == bare[0]:
                    tails[name_key(bare[0])] = " ".join(rest[:-1])
                break
    if not tails:
        return found
    out: list[tuple[int, int, str]] = []
    last_end = 0
    for s, e, label in found:
        particle = tails.get(name_key(text[s:e]))
        if particle is not None:
            lead = s - len(particle) - 1
            before = text[max(lead, 0) : s]
            if (
                lead >= last_end
                and before[:-1].lower() == particle
                and before[-1] in " \u00a0"
                and (lead == 0 or not text[lead - 1].isalnum())
            ):
                s, label = lead, "PER"
        out.append((s, e, label))
        last_end = e
    return out


def _split_pairs(
    text: str, found: list[tuple[int, int, str]], person_tokens: set[str]
) -> list[tuple[int, int, str]]:
    """Split hyphenated pairs of names ("Russie-RPDC", "Poutine-Kim") into their parts."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in found:
        surface = text[s:e]
        parts = surface.split("-")
        if (
            len(parts) == 2
            and " " not in surface
            and known_label(surface) is None
            and all(p[:1].isupper() for p in parts)
            and all(known_label(p) or name_key(p) in person_tokens for p in parts)
        ):
            cut = s + len(parts[0])
            for ps, pe, part in ((s, cut, parts[0]), (cut + 1, e, parts[1])):
                out.append((ps, pe, known_label(part) or "PER"))
            continue
        out.append((s, e, label))
    return out
