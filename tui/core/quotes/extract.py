"""Quotations in news text: where they are, what kind they are, and who said them.

Three passes, each linear in the text. :mod:`tui.core.quotes.marks` pairs quotation marks
(French « », English “ ” and ‘ ’, German „ “, straight quotes, nested ‹ ›), keeps the
outermost pairs, carries a French quotation over a paragraph that reopens with «,
and splits a quotation broken by an incise (« …, a-t-il dit, … »). A quotation a
speaker quotes inside their own is a quotation too (:mod:`tui.core.quotes.nested`). Attribution then
reads only the sentence around each quotation with every quoted word masked out,
so the author's own words decide the speaker: an incise after the quotation, a
reporting verb before it, *selon*/*according to*, the sentence subject, a pronoun
resolved to the person last speaking or acting. Names come back as the canonical
form of the resolved entity list; descriptions (« le porte-parole du Kremlin »,
« l'agence ») are tied to a name the article gives them elsewhere.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from tui.core.entities.lexicon import TITLES
from tui.core.models import Entity, Quote, QuoteKind
from tui.core.quotes.addressed_guest import addressed_guest
from tui.core.quotes.cataphora import named_next
from tui.core.quotes.chains import share_along_chains
from tui.core.quotes.colon_lead import unnamed_writer
from tui.core.quotes.constraints import allowed_speaker, noun_kind
from tui.core.quotes.context import _Context, _Speaker
from tui.core.quotes.cues import _attribute, uttered_label
from tui.core.quotes.described import apposed_name, named_or_described
from tui.core.quotes.exchange import exchange_turn
from tui.core.quotes.headline_case import sentence_case_headline
from tui.core.quotes.host_sentence import _sentence_bounds
from tui.core.quotes.inner_incise import inner_incise_speaker
from tui.core.quotes.interview import interview_answers, question_and_answer
from tui.core.quotes.marks import paragraph_parts, units_and_inner
from tui.core.quotes.nested import nested_quotes
from tui.core.quotes.opening import (
    Attribution,
    in_headline,
    opening_from_body,
    said_in_body,
    words_key,
)
from tui.core.quotes.parsed import Parse, parsed_speakers
from tui.core.quotes.quoted_names import quotes_a_name
from tui.core.quotes.role_initials import with_role_initials
from tui.core.quotes.sentence_subject import main_clause_subject
from tui.core.quotes.spacing import joined_spacing
from tui.core.quotes.speaker_model import choose
from tui.core.quotes.speakers import RoleLinks
from tui.core.quotes.spelled_out import spelled_out
from tui.core.quotes.spoken_through import voice_through
from tui.core.quotes.stance import reports_stance
from tui.core.quotes.subjects import _linked_role, _subject_before
from tui.core.quotes.trial_parts import court_officer
from tui.core.quotes.unattributed import set_aside, unattributed
from tui.core.quotes.vocative import addressed_turn
from tui.core.standalone_names import titled_both_ways, titled_for_other_gender
from tui.core.text import fold

log = logging.getLogger("newsreader")


def extract_quotes(
    text: str,
    entities: Sequence[Entity],
    *,
    language: str,
    roles: RoleLinks | None = None,
    parse: Parse | None = None,
) -> list[Quote]:
    """Find every quotation in ``text`` with its kind and speaker.

    ``entities`` are the article's mentions with corpus-level ``canonical`` names;
    speakers are reported by those names, or by the describing noun phrase when the
    text attributes the words to someone it does not name. ``roles`` ties such
    phrases to names given elsewhere in the corpus, when the article itself does not.
    ``parse`` (French) parses the sentences holding quotations, and the subject of
    the reporting verb it finds wins over the rule cues (see ``parsed``).
    """
    spans, inner_marks = units_and_inner(text)
    if not spans:
        return []
    entities = with_role_initials(text, entities)  # "the CS said": the Cabinet Secretary
    reading, entities = sentence_case_headline(text, entities, language)
    reading = joined_spacing(_without_asides(reading), language)  # « l' OMS , qu' elle »
    ctx = _Context(reading, entities, spans, language)
    ctx.roles = roles
    ctx.subject_before, ctx.linked_role = _subject_before, _linked_role
    ctx.shared_subject = main_clause_subject  # the first verb's, for one after « et »
    parsed = _parsed(ctx, parse) if parse and language == "fr" else {}
    found = _attributions(ctx, parsed)
    quotes = spelled_out(_quotes(ctx, found))
    inner = nested_quotes(ctx, quotes, inner_marks)
    if inner:
        quotes = sorted(quotes + inner, key=lambda q: (q.start, -q.end))
    if reading is text:
        return quotes
    return [replace(q, text=text[q.start : q.end]) for q in quotes]  # the headline's case


_ASIDE = re.compile(
    r"\[\d{1,3}\]|\((?:[DRI]|Dem|Rep|Ind)[-–][A-Z][A-Za-z.]{1,12}(?: [A-Z][a-z.]+)?\)"
)
"""A wiki reference mark (« … » [1] .) or a party and state tag ("Sen. X (D-Vt.),")."""


def _without_asides(text: str) -> str:
    """``text`` with reference marks and party tags read as spaces, offsets unchanged:
    they stand between a quotation and its cue, or a name and its apposition."""
    if "[" not in text and "(" not in text:
        return text
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)


def _parsed(ctx: _Context, parse: Parse) -> dict[int, _Speaker]:
    """The parse's speakers; a parser that fails leaves the rules to decide alone."""
    try:
        return parsed_speakers(ctx, parse, _sentence_bounds)
    except Exception as exc:
        log.warning("speaker parse failed (%s: %s); rule cues only", type(exc).__name__, exc)
        return {}


_QUOTED_RELATIVE = re.compile(r"(?:qui|dont|who)\s")
"""Quoted words opening on a relative pronoun (« à sa grand-mère, « qui ne savait pas
lire » »): someone's own words about the noun before, never a name or a title."""

_AS_SUBJECT = frozenset(("pre", "post", "subject", "incise", "agent"))
"""The cues that find a speaker as the subject of the reporting verb."""


def _attributions(ctx: _Context, parsed: dict[int, _Speaker]) -> list[Attribution]:
    """Each quote's speaker and kind, from the parse, cues around it and the
    interview layout."""
    spans = ctx.spans
    answers = interview_answers(ctx)
    found: list[Attribution] = []
    titles: set[str] = set()  # capitalised words quoted as a name: quoted again, still one
    for k in range(len(spans)):
        words = ctx.text[spans[k][1] : spans[k][2]]
        labelled = _rating(ctx, k) or quotes_a_name(ctx, k) or words in titles
        if labelled:  # a name or term, unless lowercase words a source gives
            got = _sourced(ctx, k) if _lowercase(ctx, k) else uttered_label(ctx, k)
        else:
            got = _attribute(ctx, k)
        if got == (None, "other", "none") and words[:1].isupper():
            titles.add(words)
        stance = reports_stance(ctx, k) or _QUOTED_RELATIVE.match(ctx.text, spans[k][1])
        if got[2] == "subject" and got[1] == "fragment" and not stance:
            # The subject of a sentence that reports nobody's words quotes nothing.
            got = (None, "fragment", "none")
        who = parsed.get(k)
        if k in ctx.parsed_pronouns and got[2] != "none":
            who = None  # the rules resolve that pronoun later, knowing who spoke before
        if _may_override(ctx, who, got) and not _named_here(ctx, k, got[0], who):
            assert who is not None
            ctx.speakers.append(who)
            got = (who.name, got[1], got[2] if got[2] != "none" else "pre")
        named = apposed_name(ctx, k, got[0]) if got[2] in _AS_SUBJECT else None
        named = voice_through(ctx, k) if got[2] == "pre" and not named else named
        if named:
            got = (named, got[1], got[2])
            ctx.speakers.append(_Speaker(named, "PER", spans[k][3]))
        if got[2] in ("none", "post") and got[1] == "speech" and ctx.language == "fr":
            got = _inner_incise(ctx, k) or got  # « …, se rappelle le peintre X, 88 ans, … »
        if k in answers and got[2] == "none":
            # An answer with no cue of its own: a cue (« explique le directeur ») wins.
            got = (answers[k], "speech", "answer")
            ctx.speakers.append(_Speaker(answers[k], "PER", spans[k][1]))
        elif got[0] is None and (guest := addressed_guest(ctx, k)):
            # « Vous écrivez que « … » », « Vous parlez d'« … » »: the guest's own words.
            got = (guest, "fragment" if got[1] == "other" else got[1], "subject")
        if got[0] is not None and unnamed_writer(ctx, k):
            got = (None, got[1], "none")  # « lire le message d'un allocataire : « … » »
        found.append(got)
    question_and_answer(ctx, found)
    share_along_chains(ctx, found)
    return found


def _inner_incise(ctx: _Context, k: int) -> Attribution | None:
    """The speaker an incise inside the marks names, remembered as any incise's."""
    who = inner_incise_speaker(ctx, k)
    if who is None:
        return None
    ctx.speakers.append(who)
    return who.name, "speech", "post"


def _lowercase(ctx: _Context, k: int) -> bool:
    """Whether quotation ``k`` opens on a lowercase word: words, not a name or title."""
    return ctx.text[ctx.spans[k][1] : ctx.spans[k][1] + 1].islower()


def _sourced(ctx: _Context, k: int) -> Attribution:
    """A quotation the labels read as a name or term, unless its sentence gives it a
    source (« D'après lui, le titre profiterait d'un « effet soulagement » »): then
    the source's words, as any quotation under « selon » or "according to"."""
    pushed = len(ctx.speakers)
    got = _attribute(ctx, k)
    if got[2] in ("selon", "agent") and got[0]:
        return got  # « D'après lui… », "branded 'reckless' by X": X's words
    del ctx.speakers[pushed:]
    return None, "other", "none"


def _may_override(ctx: _Context, who: _Speaker | None, got: Attribution) -> bool:
    """Whether the parse's speaker replaces the rules' one: only a person, a body or
    a description of one, never for a title or label (kind other)."""
    if who is None or not who.name or got[1] == "other" or who.name == got[0]:
        return False
    if got[2] == "agent":
        return False  # the parse reads the participle's noun as its subject
    if who.label == "NP":
        if ctx.is_person(got[0]):
            return False  # the rules resolved the role to a person
        return noun_kind(who.name) is not None and not _set_off_after(ctx, who.at, got[0])
    if who.label == "ORG" and got[0] and noun_kind(got[0]) == "person":
        return False  # « a déclaré l'ancienne maire … au siège de son parti, le Mouvement X »
    if who.label == "PER" and ctx.is_person(got[0]) and _set_off_after(ctx, who.at, got[0]):
        return False  # « La porte-parole du ministre X, Anne Vidal, a assuré »: a second name
    return who.label in ("PER", "ORG") or who.name in ctx.linked_names


def _named_here(ctx: _Context, k: int, rules: str | None, parsed: _Speaker | None) -> bool:
    """Whether the rules' speaker is a person named before quotation ``k`` in its
    sentence while the parse's is named nowhere in it (a role the parse resolved
    from afar): « le psychiatre désigné par …, le docteur X, avait décrit « … » »."""
    if parsed is None or parsed.label != "PER" or not rules or not ctx.is_person(rules):
        return False
    open_mark, _, _, close_mark = ctx.spans[k]
    lo, _ = _sentence_bounds(ctx, open_mark, close_mark)
    here = {e.canonical for e in ctx.entities_in(lo, open_mark) if e.label == "PER"}
    return rules in here and parsed.name not in here


def _set_off_after(ctx: _Context, role_at: int, name: str | None) -> bool:
    """Whether ``name`` is set off by commas right after the role at ``role_at`` (« L'adjoint
    à la culture, Serge Pouget, a assuré… »): the name the parsed role stands for."""
    for e in ctx.entities_in(role_at, role_at + 120):
        if e.canonical == name and e.label in ("PER", "ORG"):
            gap = _ARTICLE_END.sub("", ctx.text[role_at : e.start])  # «, le Bloc citoyen, »
            after = ctx.text[e.end : e.end + 3].lstrip()
            apposed = gap.rstrip().endswith(",") and not _SENTENCE_MARKS.search(gap)
            return apposed and after[:1] == ","
    return False


_SENTENCE_MARKS = re.compile(r"[.!?«»“”\n]")
_ARTICLE_END = re.compile(r"(?:\b(?:le|la|les|the)\s+|\bl['’]\s*)$", re.IGNORECASE)


def _quotes(ctx: _Context, found: list[Attribution]) -> list[Quote]:
    """The quotes, speakers completed from context: the same words quoted elsewhere,
    a lead-in, a continued quotation, the other half of a broken quotation."""
    spans, text = ctx.spans, ctx.text
    found = set_aside(ctx, found)
    by_text: dict[str, str] = {}
    for k, (speaker, _, how) in enumerate(found):
        if speaker and how != "none":
            by_text.setdefault(words_key(text[spans[k][1] : spans[k][2]]), speaker)
    fuller = _fuller_names(ctx)
    names = {e.canonical for e in ctx.entities}
    people = {e.canonical for e in ctx.entities if e.label == "PER"}
    bodies = {e.text: e.canonical for e in ctx.entities if e.label == "ORG"}
    cued = [speaker if how != "none" else None for speaker, _, how in found]
    quotes: list[Quote] = []
    settled: list[str | None] = []
    turns: set[int] = set()
    for k, (open_mark, start, end, _) in enumerate(spans):
        speaker, kind, how = found[k]
        said = said_in_body(ctx, k, cued) if in_headline(ctx, open_mark) else None
        person_for_other = said in people and speaker not in people
        if said is not None and (how == "subject" or speaker not in names or person_for_other):
            # A headline's quoted words go to whoever says them in the body when the
            # headline names nobody (« selon le procureur », "its chief promises") or
            # a body or place for a person ("Agency boss grilled over portal 'nobody
            # can log into'"), though they read like a label there ("sees 'no rush'").
            speaker, how = said, how if how != "none" else "body"
            kind = "fragment" if kind == "other" else kind
        if k and spans[k - 1][0] == open_mark:
            # The second half of a quotation broken by an incise.
            last = quotes[-1]
            speaker, kind, how = last.speaker or last.source, last.kind, "incise"
        turn = exchange_turn(ctx, k, settled, turns) if how == "none" else None
        if turn is not None:
            speaker, kind = turn, "speech"  # the other party's turn in an exchange
            turns.add(k)
        elif how == "none" and kind != "other":
            before = _before(ctx, quotes, open_mark)
            speaker, kind = unattributed(ctx, k, found, by_text, before, settled)
        speaker = fuller.get(speaker, speaker) if speaker else speaker
        described = speaker
        if speaker not in ctx.linked_names:
            speaker = allowed_speaker(speaker, ctx.labels, subject=how in _AS_SUBJECT)
        names_here = names | ctx.linked_names
        speaker, source = named_or_described(ctx.text, speaker, kind, names_here, open_mark, bodies)
        ahead = named_next(ctx, open_mark, end, source or described) if speaker is None else None
        if ahead and kind != "other":
            speaker, source = ahead, None  # « La gardienne … « … ». Hope Solo, … »
        guessable = noun_kind(source or "") != "body" and not court_officer(source or "")
        if speaker is None and kind != "other" and guessable:
            # A learned last resort; a body the cue names (« a annoncé le conseil ») speaks,
            # and a court's officer nobody named (« l'avocate générale ») stays unnamed.
            speaker = choose(ctx, k, settled, cue=how != "none", described=source is not None)
        speaker = addressed_turn(ctx, k, settled, speaker, kind)  # « Non, monsieur le président. »
        settled.append(speaker)
        shown, source = _single_spaced(speaker), _single_spaced(source)
        for a, b, _ in paragraph_parts(text, start, end, open_mark):
            quotes.append(Quote(a, b, text[a:b], shown, kind, source))
    return opening_from_body(ctx, quotes, settled, found)


def _single_spaced(phrase: str | None) -> str | None:
    """A speaker or description as a reader sees it: the spaces a tokeniser left
    (« contrôleurs de  l'ACPR ») are one."""
    return " ".join(phrase.split()) if phrase and "  " in phrase else phrase


def _before(
    ctx: _Context, quotes: list[Quote], open_mark: int
) -> tuple[str | None, QuoteKind] | None:
    """The speaker and kind of the quotation this one may go on from: the last one,
    past a label quoted in the same paragraph ("…," said X, who kept his "buy" rating.
    "…")."""
    if not quotes:
        return None
    line = ctx.line_start(open_mark)
    last = quotes[-1]
    if last.kind == "other" and ctx.line_start(last.start) == line:
        last = next((q for q in reversed(quotes) if q.kind != "other"), last)
        if ctx.line_start(last.start) != line:
            last = quotes[-1]
    return last.speaker or last.source, last.kind


def _fuller_names(ctx: _Context) -> dict[str, str]:
    """One-word names the article also writes in full: ``Greyfield`` → *Greyfield Capital*,
    ``Pemberton-Wray`` → *Giles Pemberton-Wray*.

    Only when a single longer name starts with that word, so ``Kim`` next to two
    different Kims stays as it is.
    """
    longer: dict[str, set[str]] = {}
    mistitled = {  # only a lone surname can be titled for the other gender
        e.text
        for e in ctx.entities
        if " " not in e.text and titled_for_other_gender(ctx.text, e, ctx.entities)
    } | titled_both_ways(ctx.text, ctx.entities)  # "Mr Quinlan" beside "Mrs Quinlan"
    regnal = {e.text for e in ctx.entities if " " not in e.text and _titled(ctx.text, e.start)}
    for e in ctx.entities:
        words = e.canonical.split()
        if e.label in ("PER", "ORG") and len(words) > 1:
            if not (e.label == "PER" and words[0] in regnal):  # « le pape François »
                longer.setdefault(words[0], set()).add(e.canonical)
            if e.label == "PER":  # "Pemberton-Wray" → *Giles Pemberton-Wray*
                longer.setdefault(words[-1], set()).add(e.canonical)
    return {  # "Mrs. Okafor" beside Raymond Okafor stays herself
        word: next(iter(names))
        for word, names in longer.items()
        if len(names) == 1 and word not in mistitled
    }


def _titled(text: str, start: int) -> bool:
    """Whether a title stands right before a lone name (« le pape François », "King
    Charles"): the name is that person's, no given name of someone named in full."""
    words = text[max(0, start - 20) : start].split()
    return bool(words) and words[-1].lower() in TITLES


# Ratings analysts give a stock: words quoted as labels, not as anyone's speech.
_RATINGS = frozenset(
    """buy sell hold neutral overweight underweight outperform underperform accumulate
    reduce equal-weight achat vente conserver alléger renforcer""".split()
) | {"market perform", "sector perform", "strong buy", "peer perform", "equal weight"}
_RATING_CUES = re.compile(
    r"rating|rated|grad|recommend|stock|shares|coverage|price target|analyst"
    r"|recommandation|objectif de cours|titre|action|analyste",
    re.IGNORECASE,
)


def _rating(ctx: _Context, k: int) -> bool:
    """``downgraded the stock to "sell" from "hold"``: a rating is a label, kind other."""
    _, start, end, close_mark = ctx.spans[k]
    if fold(ctx.text[start:end]).strip(" .,") not in _RATINGS:
        return False
    lo = max(ctx.line_start(start), start - 200)
    hi = min(ctx.line_end(close_mark), close_mark + 120)
    return _RATING_CUES.search(ctx.text, lo, hi) is not None
