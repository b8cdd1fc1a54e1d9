"""Quotations in news text: where they are, what kind they are, and who said them.

Three passes, each linear in the text. :mod:`tui.core.quote_marks` pairs quotation marks
(French « », English “ ” and ‘ ’, German „ “, straight quotes, nested ‹ ›), keeps the
outermost pairs, carries a French quotation over a paragraph that reopens with «,
and splits a quotation broken by an incise (« …, a-t-il dit, … »). Attribution then
reads only the sentence around each quotation with every quoted word masked out,
so the author's own words decide the speaker: an incise after the quotation, a
reporting verb before it, *selon*/*according to*, the sentence subject, a pronoun
resolved to the person last speaking or acting. Names come back as the canonical
form of the resolved entity list; descriptions (« le porte-parole du Kremlin »,
« l'agence ») are tied to a name the article gives them elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.models import Entity, Quote, QuoteKind
from tui.core.quote_marks import paragraph_parts, quote_units
from tui.core.speakers import RoleLinks, join_particle_names, role_links_in
from tui.core.speech_verbs import AUXILIARIES, is_speech_verb, split_inverted
from tui.core.text import fold

_WINDOW = 500  # characters of context read on each side of a quotation


def _fset(words: str) -> frozenset[str]:
    """A word set matching both the lowercase and the accent-folded spelling."""
    return frozenset(w.lower() for w in words.split()) | {fold(w) for w in words.split()}


# ---------------------------------------------------------------------------
# Attribution


_TOKEN = re.compile(
    r"(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\w)|\w+(?:[-'’]\w+)*|\S",
    re.IGNORECASE,
)
_SUBJECT_PRONOUNS = _fset("il elle ils elles he she they")
_PLURAL_PRONOUNS = _fset("ils elles they")
_PREPOSITIONS = _fset(
    """à a au aux de du des d' d’ avec par pour sur contre chez dans en entre vers
    devant derrière lors pendant depuis après avant sans sous selon malgré face
    to with of by for from against at in on about into onto during after before
    without under over"""
)
_DETERMINERS = _fset(
    """le la l' l’ les un une des son sa ses leur leurs ce cette ces the a an his her
    its their this that these those"""
)
_SKIP_WORDS = _fset(
    """également aussi ensuite encore déjà enfin alors notamment toutefois cependant
    pourtant lui elle lui-même elle-même eux quant côté part pour sa son de à ne n' n’
    y en pas jamais plus hier aujourd'hui aujourd’hui lundi mardi mercredi jeudi
    vendredi samedi dimanche matin soir midi dernier dernière prochain récemment
    publiquement officiellement finalement veille lendemain semaine week-end then
    also later earlier again previously recently publicly monday tuesday wednesday
    thursday friday saturday sunday
    yesterday today tonight night morning afternoon evening last on ,"""
) | {fold(w) for w in AUXILIARIES}
_CLAUSE_STOPS = _fset(
    """. ; : ! ? « » “ ” „ " ‹ › que qu' qu’ qui dont où mais car that which who
    whom whose but because"""
)
_SELON = re.compile(
    r"\b(?:selon|d['’]après|par la voix d(?:e|u|es|e l['’])|aux dires d(?:e|u|es)"
    r"|according to)\s+",
    re.IGNORECASE,
)
_OTHER_CUES = _fset(
    """baptisé baptisée baptisés baptisées surnommé surnommée surnommés surnommées
    intitulé intitulée intitulés intitulées nommé nommée dit dite dits dites appelé
    appelée opération operation film livre roman album série émission chanson
    titre slogan hashtag mot terme expression label so-called dubbed nicknamed titled
    entitled named called book novel song show series term word phrase"""
)
_SOURCE_NOUNS = _fset(
    """communiqué communiqués rapport texte document déclaration agence journal
    quotidien hebdomadaire chaîne média site ministère gouvernement présidence
    statement report agency newspaper paper daily outlet broadcaster network release
    ministry government"""
)
_STATEMENT_NOUNS = _fset(
    """communiqué communiqués rapport texte document déclaration message statement
    report release letter note"""
)
_SPOKES_NOUNS = _fset(
    """porte-parole représentant représentante spokesman spokeswoman spokesperson
    representative"""
)
_OF = _fset("de du des d' d’ of")
_ARTICLES = _fset("le la l' l’ les the")
_CONTRACTED = _fset("au aux")
_AUX = _fset(" ".join(AUXILIARIES))
_RELATIVES = _fset("qui dont où who which whose")
_PHRASE_ENDS = _fset("aux au to at in on during lors devant")
_HONORIFICS = _fset("m mm mme mmes mlle mr mrs ms dr pr me mgr")
_CONJUNCTIONS = _fset("et ou puis mais and or but then")
_HEADS_OF_PEOPLE = _fset("on certains some many others one nous we i je")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str


@dataclass(slots=True)
class _Speaker:
    """A resolved speaker and where the text names it (for later pronouns)."""

    name: str | None
    label: str
    at: int


class _Context:
    """Everything attribution needs about one article, built once."""

    def __init__(self, text: str, entities: Sequence[Entity], spans, language: str):
        self.text = text
        self.language = "en" if language == "en" else "fr"
        inside = [e for e in entities if 0 <= e.start < e.end <= len(text)]
        self.entities = join_particle_names(text, inside)
        self.ent_starts = [e.start for e in self.entities]
        self.spans = spans
        self.masked_ranges = [(s, e) for _, s, e, _ in spans]
        self.mask_starts = [s for s, _ in self.masked_ranges]
        self.speakers: list[_Speaker] = []
        self.subjects: dict[int, bool] = {}  # entity start -> stands as a subject
        self.reported: dict[int, _Speaker | None] = {}  # pronoun offset -> last reporter
        self.roles: RoleLinks | None = None
        self.own_roles: RoleLinks | None = None
        self._described: dict[tuple[str, int], tuple[str, str] | None] = {}
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    # -- paragraphs and tokens ------------------------------------------------
    def line_start(self, pos: int) -> int:
        """Offset of the first character of the line holding ``pos``."""
        i = bisect_left(self.newlines, pos) - 1
        return self.newlines[i] + 1 if i >= 0 else 0

    def line_end(self, pos: int) -> int:
        """Offset of the newline ending the line holding ``pos`` (or the text's end)."""
        i = bisect_left(self.newlines, pos)
        return self.newlines[i] if i < len(self.newlines) else len(self.text)

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
            if t.text == "." and kept and kept[-1].low in _HONORIFICS:
                kept.pop()  # ``M. Peskov``: the name is the entity, the title is noise
                continue
            kept.append(t)
        return kept

    # -- entities -------------------------------------------------------------
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
            self._described[key] = self._find_description(desc, head, before)
        return self._described[key]

    def _find_description(self, desc: str, head: str, before: int) -> tuple[str, str] | None:
        text = self.text
        lo, hi = max(0, before - 20_000), min(len(text), before + 2_000)
        pattern = re.compile(rf"(?<!\w){re.escape(head)}(?!\w)", re.IGNORECASE)
        best: tuple[str, str] | None = None
        for m in pattern.finditer(text, lo, hi):
            h = m.start()
            if self.in_quote(h):
                continue
            for ent in self._described_by(h):
                if ent[0] == desc or ent[0].startswith(desc + " "):
                    best = (ent[1], ent[2])
                    if h > before:
                        return best
        return best

    def _described_by(self, h: int) -> list[tuple[str, str, str]]:
        """``(description, canonical, label)`` for a role phrase starting at ``h``."""
        text = self.text
        out = []
        i = bisect_left(self.ent_starts, h)
        if i < len(self.entities):
            ent = self.entities[i]
            if ent.label in ("PER", "ORG") and ent.start - h <= 100:
                toks = _window_tokens(text, max(self.line_start(ent.start), h - 12), ent.start)
                comma = bool(toks) and toks[-1].text == ","
                if comma:
                    toks.pop()
                desc = _description_before(toks, self, comma=comma)
                if desc:
                    out.append((desc, ent.canonical, ent.label))
        if i > 0:
            ent = self.entities[i - 1]
            gap = text[ent.end : h]
            if ent.label in ("PER", "ORG") and len(gap) < 8 and _RIGHT_APPOSITION.match(gap):
                m = _ROLE_TEXT.match(text, h, min(len(text), h + 100))
                if m:
                    out.append((m.group(0).strip().lower(), ent.canonical, ent.label))
        return out

    def recent_entity(self, before: int, labels: tuple[str, ...]) -> Entity | None:
        i = bisect_left(self.ent_starts, before) - 1
        floor = before - 4000
        while i >= 0 and self.entities[i].start > floor:
            e = self.entities[i]
            if (
                e.label in labels
                and not self.in_quote(e.start)
                and not _after_preposition(self, e.start)
            ):
                return e
            i -= 1
        return None


_MARK_TOKENS = frozenset('«»“”„‹›"‘’')
_BREAK_TOKENS = frozenset([",", ".", ";", ":", "!", "?", "«Q»"])
_SUBORDINATORS = _fset("whether if that because when while que qu' qu’ si car quand lorsque")
_SENTENCE_STOPS = frozenset([".", ";", ":", "!", "?", "«Q»"])
_RIGHT_APPOSITION = re.compile(r"\s*,\s+(?:le|la|l['’]|les|the)\s*$", re.IGNORECASE)
_ROLE_TEXT = re.compile(r"[^,.;:«»“”\n]{3,80}?(?=,)")


_NOUN_MARKERS = _fset(
    """the an this these those his her its their our my your un une du au aux ce cet
    cette ces son sa ses notre votre nos vos leurs mon ma mes"""
)


def _verb_use(toks: list[_Tok], i: int, language: str, *, strong: bool = True) -> bool:
    """Whether ``toks[i]`` is a reporting verb here, not a noun (``the state``, ``son dit``).

    A determiner or a possessive (``China's``) right before the word makes it a noun.
    """
    if not is_speech_verb(toks[i].text, language, strong=strong):
        return False
    if i == 0:
        return True
    prev = toks[i - 1].low
    return prev not in _NOUN_MARKERS and not prev.endswith(("'s", "’s"))


def _window_tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Tokens of ``text[start:end]``, reading one character past ``end`` for elisions."""
    return [t for t in _tokens(text[start : end + 1], start) if t.end <= end]


def _tokens(s: str, base: int) -> list[_Tok]:
    return [
        _Tok(base + m.start(), base + m.end(), m.group(), m.group().lower())
        for m in _TOKEN.finditer(s)
    ]


def _possessive(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` is a possessive (``China's`` agency)."""
    return text.startswith(("'s", "’s"), end)


def _after_preposition(ctx: _Context, pos: int) -> bool:
    """Whether the word before ``pos`` (past any determiner) is a preposition."""
    left = ctx.text[max(0, pos - 40) : pos]
    toks = _TOKEN.findall(left)
    while toks and fold(toks[-1]) in _DETERMINERS and fold(toks[-1]) not in ("des", "a"):
        toks.pop()
    return bool(toks) and fold(toks[-1]) in _PREPOSITIONS


def _description_before(toks: list[_Tok], ctx: _Context, *, comma: bool) -> str | None:
    """The role noun phrase written just before a name (``le ministre russe de la Défense``).

    Walks left to the determiner that opens the phrase, through inner ``de la``/``of
    the`` complements. Right before the name (``au président russe Vladimir
    Poutine``) a contracted article opens the phrase too; across a comma only a plain
    article that no preposition governs does (``Selon le président russe, Kim…``
    describes nobody).
    """
    if not toks or toks[-1].low in _PREPOSITIONS:
        return None
    words: list[_Tok] = []
    i = len(toks) - 1
    while i >= 0 and len(words) <= 6:
        tok = toks[i]
        prev = toks[i - 1].low if i > 0 else ""
        if tok.low in _DETERMINERS or tok.low in _CONTRACTED:
            if prev in _OF and tok.low not in _CONTRACTED:
                words.append(tok)
                i -= 1
                continue
            if tok.low in _ARTICLES and not (comma and prev in _PREPOSITIONS):
                break
            if tok.low in _CONTRACTED and not comma:
                break
            return None
        if tok.low in _OF:
            words.append(tok)
            i -= 1
            continue
        bad = tok.low in _PREPOSITIONS or tok.low in _CLAUSE_STOPS or tok.low in _CONJUNCTIONS
        if bad or not tok.text[0].isalpha() or is_speech_verb(tok.text, ctx.language):
            return None
        if tok.low in _SKIP_WORDS:
            return None
        words.append(tok)
        i -= 1
    else:
        return None
    if not words or not words[-1].text[0].islower():
        return None
    return " ".join(t.low for t in reversed(words))


def extract_quotes(
    text: str, entities: Sequence[Entity], *, language: str, roles: RoleLinks | None = None
) -> list[Quote]:
    """Find every quotation in ``text`` with its kind and speaker.

    ``entities`` are the article's mentions with corpus-level ``canonical`` names;
    speakers are reported by those names, or by the describing noun phrase when the
    text attributes the words to someone it does not name. ``roles`` ties such
    phrases to names given elsewhere in the corpus, when the article itself does not.
    """
    spans = quote_units(text)
    if not spans:
        return []
    ctx = _Context(text, entities, spans, language)
    ctx.roles = roles
    found: list[tuple[str | None, str, str]] = [_attribute(ctx, k) for k in range(len(spans))]
    # Post-attribution shared by quotes chained in one sentence (« A » et « B », a dit X).
    for k in range(len(spans) - 2, -1, -1):
        if spans[k + 1][0] == spans[k][0]:
            continue
        if found[k][2] == "none" and found[k + 1][2] == "post":
            between = text[spans[k][3] + 1 : spans[k + 1][0]]
            if fold(between).strip(" ,") in ("", "et", "ou", "and", "or", "puis"):
                found[k] = (found[k + 1][0], "speech", "post")
    quotes: list[Quote] = []
    by_text: dict[str, str] = {}
    for k, (speaker, _, how) in enumerate(found):
        if speaker and how != "none":
            key = _words_key(text[spans[k][1] : spans[k][2]])
            by_text.setdefault(key, speaker)
    for k, (open_mark, start, end, _) in enumerate(spans):
        speaker, kind, how = found[k]
        if k and spans[k - 1][0] == open_mark:
            # The second half of a quotation broken by an incise.
            speaker, kind, how = quotes[-1].speaker, quotes[-1].kind, "incise"
        if how == "none" and kind != "other":
            speaker = _same_words(_words_key(text[start:end]), by_text)
            if speaker is None:
                speaker = _continued(ctx, k, found)
            if speaker is None and kind == "fragment":
                kind = "other"
        for a, b, _ in paragraph_parts(text, start, end, open_mark):
            quotes.append(Quote(a, b, text[a:b], speaker, kind))
    return quotes


def _words_key(s: str) -> str:
    """Case- and spacing-insensitive form of quoted words, for spotting repeats."""
    return " ".join(s.casefold().replace("’", "'").split())


def _same_words(key: str, by_text: dict[str, str]) -> str | None:
    """A headline or intertitle repeating words quoted, with a speaker, elsewhere."""
    if len(key) < 8:
        return by_text.get(key)
    for other, speaker in by_text.items():
        if len(other) >= 8 and (key in other or other in key):
            return speaker
    return None


def _continued(ctx: _Context, k: int, found) -> str | None:
    """A quotation standing alone right after another one continues that speaker."""
    if k == 0 or found[k][1] != "speech":
        return None
    prev_close = ctx.spans[k - 1][3]
    here = ctx.spans[k][0]
    gap = ctx.text[prev_close + 1 : here]
    if len(gap) > 250 or gap.count("\n") > 1:
        return None
    line_end = ctx.line_end(ctx.spans[k][3])
    tail = ctx.text[ctx.spans[k][2] : line_end].rstrip()
    line_start = ctx.line_start(here)
    if line_start == here and not re.search(r"[.!?…]", ctx.text[ctx.spans[k][2] - 1 : line_end]):
        return None  # a heading: it has no sentence punctuation
    del tail
    return found[k - 1][0]


def _sentence_bounds(ctx: _Context, open_mark: int, close_mark: int) -> tuple[int, int]:
    """The host sentence of a quotation, read with quoted words masked."""
    text = ctx.text
    lo = text.rfind("\n", max(0, open_mark - _WINDOW), open_mark) + 1
    lo = max(lo, open_mark - _WINDOW)
    hi = text.find("\n", close_mark, close_mark + _WINDOW)
    hi = min(len(text), close_mark + _WINDOW) if hi < 0 else hi
    start = lo
    for m in _SENT_END.finditer(text, lo, open_mark + 1):
        if not ctx.in_quote(m.start()) and _real_end(text, m.start()):
            start = m.end()
    end = hi
    for m in _SENT_END.finditer(text, close_mark + 1, hi):
        if not ctx.in_quote(m.start()) and _real_end(text, m.start()):
            end = m.start() + 1
            break
    return start, end


_SENT_END = re.compile(r"[.!?…](?=[\s»”\"’)]*\s+[A-ZÀ-Þ«“„\"0-9])")


def _real_end(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return True
    k = dot
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:dot]
    return not (len(word) == 1 or word.lower() in ("m", "mm", "mme", "mr", "mrs", "ms", "dr"))


def _attribute(ctx: _Context, k: int) -> tuple[str | None, str, str]:
    """Return ``(speaker, kind, how)`` for quotation ``k``; ``how`` names the cue used."""
    open_mark, start, end, close_mark = ctx.spans[k]
    s_start, s_end = _sentence_bounds(ctx, open_mark, close_mark)
    toks = ctx.tokens_between(s_start, s_end)
    qi = next((i for i, t in enumerate(toks) if t.start == start), None)
    if qi is None:
        return None, "other", "none"
    pre, post = toks[:qi], toks[qi + 1 :]
    pre_words = [t for t in pre if t.text[0].isalnum()]
    standalone = not pre_words or (pre and pre[-1].text == ":")
    # ``"A," he said, "B."``: the second part resumes the quoted speech.
    resumed = bool(pre) and pre[0].text == "«Q»" and pre[-1].text in ",:"
    kind_attr: QuoteKind = "speech" if standalone or resumed else "fragment"
    if pre and not standalone and pre[-1].low in _OTHER_CUES:
        return None, "other", "none"
    if len(pre) > 1 and pre[-1].low in _DETERMINERS and pre[-2].low in _OTHER_CUES:
        return None, "other", "none"

    # 1. An incise right after the quotation: « … », a déclaré X / ," he said.
    closes = ctx.text[end - 1] in ".!?…" or standalone
    who = _post_attribution(ctx, post, start, closes_sentence=closes)
    if who:
        return _remember(ctx, who, "speech", "post")
    # 2. A reporting verb before the quotation in the same sentence.
    who = _pre_attribution(ctx, pre)
    if who:
        return _remember(ctx, who, kind_attr, "pre")
    # 3. A sentence-final incise further on: …, a déclaré X.
    for i, t in enumerate(post):
        if t.text == "," and i + 1 < len(post):
            who = _post_attribution(ctx, post[i:], start)
            if who:
                return _remember(ctx, who, "speech", "post")
    # 4. selon X / according to X anywhere in the sentence.
    sentence = ctx.text[s_start:s_end]
    for m in _SELON.finditer(sentence):
        at = s_start + m.end()
        if ctx.in_quote(at):
            continue
        who = _noun_phrase_after(ctx, [t for t in toks if t.start >= at], start)
        if who:
            return _remember(ctx, who, kind_attr, "selon")
    # 5. « Pour X, … » / "For X, …" / "In X's view, …" opening the sentence.
    who = _opening_source(ctx, pre)
    if who:
        return _remember(ctx, who, kind_attr, "selon")
    # 6. The sentence subject, for words quoted inside the author's sentence.
    who = _sentence_subject(ctx, pre)
    if who:
        return _remember(ctx, who, kind_attr, "subject")
    long_enough = len(ctx.text[start:end].split()) >= 4
    kind: QuoteKind = "speech" if standalone and long_enough else "fragment"
    if not standalone and not long_enough:
        kind = "fragment"
    return None, kind, "none"


_OPENERS = re.compile(
    r"(?:pour|for|aux yeux d(?:e|u|es)|du point de vue d(?:e|u|es)"
    r"|in the (?:view|eyes|opinion) of)$",
    re.IGNORECASE,
)
_VIEW_NOUNS = _fset("view opinion eyes estimation judgment judgement")


def _opening_source(ctx: _Context, pre: list[_Tok]) -> _Speaker | None:
    """The person whose view a sentence gives: « Pour l'économiste X, … », "In X's view, …".

    Only at the head of the sentence and only for a person, so "For years, …" or
    « Pour la France, … » attribute nothing.
    """
    comma = next((i for i, t in enumerate(pre) if t.text == ","), None)
    if comma is None or comma < 2 or comma > 10:
        return None
    lead = pre[:comma]
    if lead[0].low == "in" and lead[-1].low in _VIEW_NOUNS:
        ent = ctx.entity_at(lead[1].start)
        if (
            ent is not None
            and ent.label == "PER"
            and _possessive(ctx.text, ent.end)
            and lead[-2].end == ent.end + 2
        ):
            return _Speaker(ent.canonical, ent.label, ent.start)
        return None
    for n in range(1, min(5, comma)):
        opener = ctx.text[lead[0].start : lead[n - 1].end]
        if _OPENERS.match(" ".join(opener.split())):
            who = _named_subject(ctx, lead[n:])
            if who is not None and who.label == "PER":
                return who
            return None
    return None


def _remember(ctx: _Context, who: _Speaker, kind: QuoteKind, how: str):
    if who.name:
        ctx.speakers.append(who)
    return who.name, kind, how


def _post_attribution(
    ctx: _Context, post: list[_Tok], quote_start: int, *, closes_sentence: bool = False
) -> _Speaker | None:
    """``, a déclaré X`` / ``, ajoute-t-il`` / ``," X said`` right after a quotation."""
    i = 0
    while i < len(post) and post[i].text in ",—–-":
        i += 1
    if i >= len(post):
        return None
    led_by_comma = i > 0
    lang = ctx.language
    limit = min(len(post), i + 10)
    before: list[_Tok] = []
    j = i - 1
    skip_to = -1
    while j + 1 < limit:
        j += 1
        if j < skip_to:
            continue
        t = post[j]
        if t.low in _CLAUSE_STOPS or t.text == "«Q»":
            return None
        inv = split_inverted(t.text)
        if inv and (inv[0] in AUXILIARIES or is_speech_verb(inv[0], lang, strong=False)):
            if inv[0] in AUXILIARIES:
                nxt = post[j + 1] if j + 1 < len(post) else None
                if nxt is None or not is_speech_verb(nxt.text, lang, strong=False):
                    return None
            # An incise whose pronoun finds no one still marks speech.
            return _pronoun(ctx, inv[1], t.start) or _Speaker(None, "NP", t.start)
        if _verb_use(post, j, lang, strong=False) and t.text[0].islower():
            subject = [b for b in before if b.low not in _SKIP_WORDS]
            if not subject:
                return _noun_phrase_after(ctx, post[j + 1 :], quote_start, inverted=True)
            shaped = _looks_like_subject(ctx, subject, before[0])
            if not (led_by_comma or closes_sentence) or not shaped:
                return None
            return _resolve_tokens(ctx, subject, quote_start)
        if t.text == ",":
            skip = _named_apposition(ctx, post, j)
            if skip is None:
                return None
            before.extend(post[j + 1 : skip])
            skip_to = skip + 1
            limit = min(len(post), limit + skip - j)
            continue
        before.append(t)
    return None


def _named_apposition(ctx: _Context, toks: list[_Tok], comma: int) -> int | None:
    """``, Karine Jean-Pierre,`` inside a subject: the index of the closing comma."""
    if comma + 1 >= len(toks):
        return None
    ent = ctx.entity_at(toks[comma + 1].start)
    if ent is None or ent.label != "PER":
        return None
    k = comma + 1
    while k < len(toks) and toks[k].start < ent.end:
        k += 1
    return k if k < len(toks) and toks[k].text == "," else None


def _looks_like_subject(ctx: _Context, toks: list[_Tok], lead: _Tok) -> bool:
    """A subject before an English-style incise: a pronoun, a name or a noun phrase.

    ``lead`` is the first word as written, before adverbs and articles were dropped
    (``a spokesperson for…``).
    """
    first = toks[0]
    if lead.low in ("a", "an") and ctx.language == "en" and len(toks) <= 8:
        return not any(t.low in _CONJUNCTIONS for t in toks)
    if len(toks) > 8 or any(t.low in _CONJUNCTIONS for t in toks):
        return False
    if first.low in _PREPOSITIONS and first.low not in ("a",):
        return False
    return (
        first.low in _SUBJECT_PRONOUNS
        or first.low in _DETERMINERS
        or ctx.entity_at(first.start) is not None
        or first.text[0].isupper()
    )


def _pre_attribution(ctx: _Context, pre: list[_Tok]) -> _Speaker | None:
    """The nearest strong reporting verb before the quotation, and its subject."""
    lang = ctx.language
    for vi in range(len(pre) - 1, -1, -1):
        t = pre[vi]
        if not t.text[0].islower() and vi > 0:
            continue
        inv = split_inverted(t.text)
        if inv and is_speech_verb(inv[0], lang):
            return _pronoun(ctx, inv[1], t.start)
        if not _verb_use(pre, vi, lang):
            continue
        left = pre[:vi]
        # A verb right after an earlier quotation is that quotation's incise.
        core = [x for x in left if x.low not in _SKIP_WORDS]
        inv = split_inverted(core[-1].text) if core else None
        if inv and inv[0] in _AUX:
            return _pronoun(ctx, inv[1], core[-1].start)
        if core and core[-1].text == "«Q»":
            after = _noun_phrase_after(ctx, pre[vi + 1 :], t.start, inverted=True)
            if after:
                return after
            continue
        who = _subject_before(ctx, left)
        if who:
            return who
        if core and core[-1].low in _HEADS_OF_PEOPLE:
            return None  # ``ce que certains qualifient de``: nobody named says it
    return None


def _sentence_subject(ctx: _Context, pre: list[_Tok]) -> _Speaker | None:
    """The subject of the author's sentence, when it is a person, a body or a pronoun."""
    toks = pre
    for i, t in enumerate(pre):
        if t.text == ",":
            head = [x for x in pre[:i] if x.text[0].isalnum()]
            if (
                head
                and ctx.entity_at(head[0].start) is None
                and head[0].low not in (_SUBJECT_PRONOUNS)
            ):
                toks = pre[i + 1 :]
            break
    for t in toks:
        if t.low in _SUBJECT_PRONOUNS:
            return _pronoun(ctx, t.low, t.start)
        ent = ctx.entity_at(t.start)
        if ent is not None:
            if ent.label in ("PER", "ORG") and not _after_preposition(ctx, ent.start):
                return _Speaker(ent.canonical, ent.label, ent.start)
            return None
        if t.low in _DETERMINERS:
            phrase = _noun_phrase_after(ctx, toks[toks.index(t) :], t.start)
            if phrase and phrase.label in ("PER", "ORG"):
                return phrase
            return None
        if t.low in _SKIP_WORDS:
            continue
        return None
    return None


def _subject_before(ctx: _Context, left: list[_Tok]) -> _Speaker | None:
    """Walk left from a verb over auxiliaries and adverbs to its subject."""
    j = len(left) - 1
    while j >= 0 and (left[j].low in _SKIP_WORDS and left[j].text != ","):
        j -= 1
    if j >= 0 and left[j].text == ",":
        # ``X, le porte-parole, a dit`` / ``le porte-parole, X, a dit`` / ``X, lui, a dit``
        k = j - 1
        while k >= 0 and left[k].text not in ",.;:!?":
            k -= 1
        segment = left[k + 1 : j]
        words = [x for x in segment if x.low not in _SKIP_WORDS]
        opener = words[0].low if words else ""
        if k >= 0 and left[k].text == "," and not _names_a_person(ctx, words):
            # ``X, representing the group Y, said``: the apposition describes X.
            who = _named_subject(ctx, left[:k])
            if who is not None:
                return who
        if words and opener not in _DETERMINERS and opener not in _RELATIVES:
            who = _resolve_tokens(ctx, segment, left[j].start, appositive=k >= 0)
            if who is not None:
                return who
        if k >= 0 and left[k].text == ",":
            return _subject_before(ctx, left[:k])
        return None
    if j < 0:
        return None
    t = left[j]
    if t.low in _SUBJECT_PRONOUNS:
        return _pronoun(ctx, t.low, t.start)
    if t.low in _CLAUSE_STOPS or t.low in _CONJUNCTIONS or t.text == "«Q»":
        return None
    k = j
    while k > 0 and left[k - 1].text != "," and left[k - 1].low not in _CLAUSE_STOPS:
        # ``of the Fund`` is a complement: the subject lies further left.
        governed = left[k - 1].low in _OF or left[k - 1].low in ("from", "at")
        if left[k].low in _DETERMINERS and ctx.entity_at(left[k].start) is None and not governed:
            break
        k -= 1
    return _resolve_tokens(ctx, left[k : j + 1], t.start)


def _names_a_person(ctx: _Context, words: list[_Tok]) -> bool:
    """Whether a comma-set segment names a person itself (``, Dmitri Peskov,``)."""
    for t in words:
        ent = ctx.entity_at(t.start)
        if ent is not None and ent.label == "PER" and not _after_preposition(ctx, ent.start):
            return True
    return False


def _named_subject(ctx: _Context, toks: list[_Tok]) -> _Speaker | None:
    """A person or body named at the end of a subject phrase, before a comma.

    ``Paul Clement`` / ``l'économiste Philippe Martin`` / ``Justice Elena Kagan``:
    titles, an article and role words may precede the name, but no preposition,
    verb or clause word, so the name is the phrase's head and not a complement.
    """
    i = len(toks)
    while i > 0 and toks[i - 1].text not in _BREAK_TOKENS and toks[i - 1].low not in _CLAUSE_STOPS:
        i -= 1
    part = toks[i:]
    if not part:
        return None
    ent = ctx.entity_at(part[-1].start)
    if ent is None or ent.label not in ("PER", "ORG") or ent.end != part[-1].end:
        return None
    head = [t for t in part if t.end <= ent.start]
    if len(head) > 6 or _possessive(ctx.text, ent.end):
        return None
    for n, t in enumerate(head):
        # ``le ministre de l'Économie Bruno Le Maire``: ``de`` inside the role only.
        inner_of = t.low in _OF and 0 < n < len(head) - 1
        if (t.low in _PREPOSITIONS and t.low != "a" and not inner_of) or t.low in _CONJUNCTIONS:
            return None
        if is_speech_verb(t.text, ctx.language) or not t.text[0].isalpha():
            return None
    return _Speaker(ent.canonical, ent.label, ent.start)


def _resolve_tokens(
    ctx: _Context, toks: list[_Tok], before: int, *, appositive: bool = False
) -> _Speaker | None:
    """Turn a subject's tokens into a speaker: a name, a described name, or the phrase."""
    toks = [t for t in toks if t.text not in ("«Q»",)]
    words = [t for t in toks if t.text[0].isalnum() or t.text[0] in "'’"]
    if not words:
        return None
    if len(words) == 1 and words[0].low in _SUBJECT_PRONOUNS:
        return _pronoun(ctx, words[0].low, words[0].start)
    if words[0].low in _HEADS_OF_PEOPLE:
        return None
    ents = ctx.entities_in(words[0].start, words[-1].end)
    free = [
        e
        for e in ents
        if (not _after_preposition(ctx, e.start) or e.start == words[0].start)
        and not _possessive(ctx.text, e.end)
    ]
    for group in (free, ents):
        for e in group:
            if e.label == "PER":
                return _Speaker(e.canonical, "PER", e.start)
    if any(t.low in _SPOKES_NOUNS for t in words):
        free = []  # "the Kremlin spokesman": a person speaking for the body
    named = [e for e in free if e.label == "MISC" and e.start == words[0].start]
    if named:
        return _Speaker(named[0].canonical, "MISC", named[0].start)
    if free:
        e = free[-1] if ctx.entity_at(words[0].start) is None else free[0]
        return _Speaker(e.canonical, e.label, e.start)
    # A description: strip the determiner and look for the name it stands for.
    body = words[1:] if words[0].low in _DETERMINERS else words
    if not body:
        return None
    desc = " ".join(t.low for t in body)
    named = ctx.lookup_description(desc, body[0].text, before)
    if named:
        return _Speaker(named[0], named[1], body[0].start)
    if body[0].low in _STATEMENT_NOUNS:
        # ``un communiqué du ministère`` / ``a statement from the Ministry``: the body.
        who = _complement(ctx, body, before, appositive=appositive)
        if who is not None:
            return who
    phrase = ctx.text[body[0].start : body[-1].end]
    spokes = any(t.low in _SPOKES_NOUNS for t in body)
    if spokes:
        linked = _linked_role(ctx, phrase)
        if linked:
            return _Speaker(linked, "PER", body[0].start)
        if ents:
            return _Speaker(ents[0].canonical, ents[0].label, body[0].start)
        who = _complement(ctx, body, before, appositive=appositive)
        if who is not None:
            return who
    if body[0].low in _SOURCE_NOUNS and len(body) == 1:
        org = ctx.recent_entity(body[0].start, ("ORG",))
        if org is not None:
            return _Speaker(org.canonical, "ORG", body[0].start)
    linked = None if spokes else _linked_role(ctx, phrase)
    if linked:
        return _Speaker(linked, "PER", body[0].start)
    if appositive:
        return None
    if len(body) > 8 or "\n" in phrase:
        return None
    return _Speaker(phrase, "NP", body[0].start)


def _complement(
    ctx: _Context, body: list[_Tok], before: int, *, appositive: bool
) -> _Speaker | None:
    """The ``of``/``from`` complement of ``statement from X`` / ``porte-parole de X``."""
    if len(body) < 3 or not (body[1].low in _OF or body[1].low in ("from", "for")):
        return None
    rest = body[2:]
    if rest[0].low in _DETERMINERS and len(rest) > 1:
        rest = rest[1:]
    ent = ctx.entity_at(rest[0].start)
    if ent is not None and ent.end >= rest[-1].end:
        return _Speaker(ent.canonical, ent.label, ent.start)
    return _resolve_tokens(ctx, rest, before, appositive=appositive)


def _linked_role(ctx: _Context, phrase: str) -> str | None:
    """The name this article, else the corpus, ties to a role phrase (see ``speakers``)."""
    if ctx.own_roles is None:
        ctx.own_roles = RoleLinks()
        for role, name in role_links_in(ctx.text, ctx.entities):
            ctx.own_roles.add(role, name)
    named = ctx.own_roles.lookup(phrase)
    if named is None and ctx.roles is not None:
        named = ctx.roles.lookup(phrase)
    return named


def _noun_phrase_after(
    ctx: _Context, toks: list[_Tok], before: int, *, inverted: bool = False
) -> _Speaker | None:
    """The subject written after an inverted verb (``a indiqué jeudi le porte-parole, X``).

    A name after a comma is taken as the phrase's apposition; after *selon*, only when
    the name closes the clause (``Selon l'agence, Kim a dit`` names Kim as a subject).
    """
    clause: list[_Tok] = []
    for i, t in enumerate(toks):
        if t.low in _CLAUSE_STOPS or t.text == "«Q»":
            break
        if t.text == ",":
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            ent = ctx.entity_at(nxt.start) if nxt else None
            if ent is None or ent.label != "PER" or not clause:
                break
            if not inverted:
                after = next((x for x in toks[i + 1 :] if x.start >= ent.end), None)
                if after is not None and after.text not in ",.;:":
                    break
        clause.append(t)
        if len(clause) > 14:
            break
    # Skip adverbs, then prepositional phrases, to the first determiner or name.
    i = 0
    while i < len(clause):
        t = clause[i]
        ent = ctx.entity_at(t.start)
        if t.low in _PREPOSITIONS and t.low != "a":
            i += 1
            while i < len(clause) and clause[i].low in _DETERMINERS:
                i += 1
            while i < len(clause) and (
                clause[i].text[0].islower()
                and clause[i].low not in _DETERMINERS
                and not clause[i].text.endswith(("'", "’"))
            ):
                i += 1
            if i < len(clause) and ctx.entity_at(clause[i].start) is not None:
                e = ctx.entity_at(clause[i].start)
                while i < len(clause) and clause[i].start < e.end:
                    i += 1
            continue
        if ent is not None or t.low in _DETERMINERS or t.low in _SUBJECT_PRONOUNS:
            break
        if t.low in _SKIP_WORDS or t.text[0].isdigit():
            i += 1
            continue
        if t.text[0].isupper():
            break
        i += 1
    rest = clause[i:]
    if not rest:
        return None
    # End the phrase at the next preposition that is not inside a name or a role.
    end = len(rest)
    for j in range(1, len(rest)):
        t = rest[j]
        if t.low in _PHRASE_ENDS and ctx.entity_at(t.start) is None:
            end = j
            break
    return _resolve_tokens(ctx, rest[:end], before)


def _pronoun(ctx: _Context, pron: str, at: int) -> _Speaker | None:
    """Resolve a subject pronoun to whoever last spoke or acted as a subject.

    Three candidates, the latest wins: the speaker of the last attributed quotation,
    the subject of the last reporting verb (``X a déclaré à l'AFP que…``), and the
    last name standing as a subject.
    """
    if pron == "on":
        return None
    plural = pron in _PLURAL_PRONOUNS
    labels = ("PER", "ORG", "LOC", "MISC", "NP") if plural else ("PER", "MISC", "NP")
    candidates: list[_Speaker] = []
    for sp in reversed(ctx.speakers):
        if sp.at < at and sp.label in labels and at - sp.at < 3000:
            candidates.append(sp)
            break
    if at not in ctx.reported:
        ctx.reported[at] = _reported_subject(ctx, at)
    reported = ctx.reported[at]
    if reported is not None and reported.label in labels:
        candidates.append(reported)
    recent = _recent_subject(ctx, at, ("PER", "ORG", "LOC") if plural else ("PER",))
    if recent is not None:
        candidates.append(recent)
    if not candidates:
        return None
    best = max(candidates, key=lambda c: c.at)
    return _Speaker(best.name, best.label, best.at)


def _reported_subject(ctx: _Context, at: int) -> _Speaker | None:
    """The subject of the last reporting verb in this or the previous paragraph."""
    lo = ctx.line_start(max(0, ctx.line_start(at) - 1))
    toks = ctx.tokens_between(max(lo, at - 600), at)
    for vi in range(len(toks) - 1, -1, -1):
        t = toks[vi]
        if not t.text[0].islower() or not _verb_use(toks, vi, ctx.language):
            continue
        s = vi
        while s > 0 and toks[s - 1].text not in ".!?":
            s -= 1
        left = toks[s:vi]
        core = [x for x in left if x.low not in _SKIP_WORDS]
        if not core or core[-1].low in _SUBJECT_PRONOUNS or core[-1].text == "«Q»":
            continue
        who = _subject_before(ctx, left)
        if who is not None:
            return _Speaker(who.name, who.label, t.start)
    return None


def _recent_subject(ctx: _Context, at: int, labels: tuple[str, ...]) -> _Speaker | None:
    """The last name before ``at`` that stands as a subject (not a complement)."""
    i = bisect_left(ctx.ent_starts, at) - 1
    floor = at - 1500
    while i >= 0 and ctx.entities[i].start > floor:
        e = ctx.entities[i]
        i -= 1
        if e.label not in labels or ctx.in_quote(e.start):
            continue
        subject = ctx.subjects.get(e.start)
        if subject is None:
            subject = ctx.subjects[e.start] = _stands_as_subject(ctx, e)
        if subject:
            return _Speaker(e.canonical, e.label, e.start)
    return None


def _stands_as_subject(ctx: _Context, e: Entity) -> bool:
    """Whether a mention opens its sentence, or a verb right before or after it acts."""
    before = _window_tokens(ctx.text, max(0, e.start - 30), e.start)
    after = _window_tokens(ctx.text, e.end, min(len(ctx.text), e.end + 30))
    prev = before[-1] if before else None
    nxt = after[0] if after else None
    if prev is not None and prev.low in _HONORIFICS | {"."} and len(before) > 1:
        prev = before[-2] if before[-1].text == "." else prev
    starts = prev is None or prev.text in ".!?:;" or ctx.text[prev.end : e.start].count("\n")
    verb_after = nxt is not None and (
        nxt.low in _AUX or is_speech_verb(nxt.text, ctx.language, strong=False)
    )
    if verb_after and prev is not None and prev.low in _SUBORDINATORS:
        verb_after = False  # ``asked whether Smith had…``: a subordinate subject
    verb_before = prev is not None and _verb_use(before, len(before) - 1, ctx.language)
    return bool(starts or verb_after or verb_before or _heads_sentence(ctx, e))


def _heads_sentence(ctx: _Context, e: Entity) -> bool:
    """Whether ``e`` is the subject of its sentence, whatever the verb.

    ``Justice Elena Kagan questioned…``, ``Le ministre de l'Économie, Bruno Le Maire,
    a annoncé…``, ``Lundi, la ministre Marie Dupont s'est rendue…``: from the sentence
    start, only titles, role words and comma-set phrases without a verb lead to the
    name, and a verb (any lowercase word that is not a link word) follows it, maybe
    past an apposition between commas.
    """
    lo = max(ctx.line_start(e.start), e.start - 160)
    toks = ctx.tokens_between(lo, e.start)
    i = len(toks)
    while i > 0 and toks[i - 1].text not in _SENTENCE_STOPS:
        i -= 1
    if i == 0 and lo != ctx.line_start(e.start):
        return False  # the sentence starts beyond the window: too long to judge
    lead = toks[i:]
    parts: list[list[_Tok]] = [[]]
    for t in lead:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) > 3 or any(len(p) > 7 for p in parts):
        return False
    for n, t in enumerate(lead):
        if t.text == "," or t.low in _SKIP_WORDS:
            continue
        if t.text == "«Q»" or t.low in _CLAUSE_STOPS or t.low in _CONJUNCTIONS:
            return False
        if t.low in _SUBORDINATORS:
            return False
        other = ctx.entity_at(t.start)
        if other is not None and other.label == "PER":
            return False  # ``Lopez asked whether Smith…``: the subject came first
        if t.text[0].islower() and is_speech_verb(t.text, ctx.language, strong=False):
            return False
        last = parts[-1]
        if last and n >= len(lead) - len(last) and t.low in _PREPOSITIONS:
            inner = t.low in _OF and n > len(lead) - len(last)
            if not inner and t.low != "a":
                return False  # ``in Paris``: a complement, not the subject
    after = ctx.tokens_between(e.end, min(ctx.line_end(e.end), e.end + 200))
    j = 0
    if after and after[0].text == "," and lead and lead[-1].text == ",":
        j = 1  # ``Le ministre, Bruno Le Maire, a annoncé``: the name is the apposition
    elif after and after[0].text == ",":
        j = 1
        while j < len(after) and after[j].text not in _BREAK_TOKENS and j < 14:
            j += 1
        if j >= len(after) or after[j].text != ",":
            return False
        j += 1
    while j < len(after) and after[j].low in _SKIP_WORDS and after[j].text != ",":
        j += 1
    if j >= len(after):
        return False
    verb = after[j]
    return (
        verb.text[0].isalpha()
        and verb.text[0].islower()
        and verb.low not in _PREPOSITIONS
        and verb.low not in _CLAUSE_STOPS
        and verb.low not in _CONJUNCTIONS
        and verb.low not in _DETERMINERS
    ) or verb.low in _AUX
