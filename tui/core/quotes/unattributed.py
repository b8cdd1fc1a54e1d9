"""Speakers for quotations that no cue around them attributes.

A quotation with no reporting verb, incise or *selon* may still be somebody's: the
same words quoted with a speaker elsewhere in the article (a headline, an
intertitle), a sentence about one person handing over to it (« X a réagi : »), a
signature line under it, or the quotation just before it, which it continues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.models import QuoteKind
from tui.core.quotes.claimed_after import claimed_after
from tui.core.quotes.colon_lead import one_named_before_colon, reaction_of, unnamed_writer
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _after_preposition, _Context, _Tok
from tui.core.quotes.exchange import follow_up
from tui.core.quotes.headline_echo import body_echo
from tui.core.quotes.introduced_before import FIRST_PERSON, introduced_before
from tui.core.quotes.lead_description import described_lead
from tui.core.quotes.opening import Attribution, in_headline, words_key
from tui.core.quotes.opening_source import source_opener
from tui.core.quotes.paraphrase import paraphrased
from tui.core.quotes.reported_on import reported_before
from tui.core.quotes.sentence_subject import sentence_subject
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.stated_aim import stated_aim
from tui.core.quotes.topic_digest import topic_digest
from tui.core.quotes.words import inner_stop, real_sentence_end
from tui.core.text import fold


def set_aside(ctx: _Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` without the speakers the text does not support.

    A headline's quoted fragment takes the headline's subject only by default: the
    headline names who the story is about (« Poutine a « probablement approuvé »
    l'assassinat »), and the words are often a report's or a court's. Such a
    fragment keeps a speaker only when the body quotes the same words with one, or
    gives them again, with no cue, in the first person (:mod:`headline_echo`).
    A list of short quotations heading a paragraph with no cue (« A », « B » et « C ».
    Tels sont les mots…) quotes nobody in particular.
    """
    out = list(found)
    silent = [j for j, got in enumerate(found) if got[2] == "none" and got[1] == "speech"]
    for k, (speaker, kind, how) in enumerate(found):
        at = ctx.spans[k][0]
        headline = how == "subject" and kind != "speech" and in_headline(ctx, at)
        if not headline or _speaker_colon(ctx, at):
            continue
        echo = body_echo(ctx, k, silent) if speaker else None
        if echo is None:
            out[k] = (None, kind, "none")
        else:  # the body gives the headline's words whole, in the speaker's voice
            out[echo] = (speaker, "speech", "headline")
    for k in _scare_list(ctx, out):
        out[k] = (None, "fragment", "list")
    return out


def _speaker_colon(ctx: _Context, open_mark: int) -> bool:
    """« Paul Durand : la réforme « ira à son terme » »: a headline opening on a name
    and a colon gives that person's words, quoted or not."""
    colon = ctx.text.find(":", 0, open_mark)
    if colon < 0:
        return False
    first = ctx.entities_in(0, colon)
    return (
        bool(first)
        and first[0].label in ("PER", "ORG")
        and first[0].start == 0
        and (not ctx.text[first[0].end : colon].strip())
    )


_LIST_LINKS = frozenset(("", ",", "et", ", et", "ou", ", ou", "and", ", and", "or", ", or"))
"""What stands between two items of a list of quoted words."""


def _scare_list(ctx: _Context, found: list[Attribution]) -> list[int]:
    """Quotations in a run of three or more short ones joined by commas or *et*, none
    of which any cue attributes."""
    spans, text = ctx.spans, ctx.text
    out: list[int] = []
    run: list[int] = []
    for k in range(len(spans) + 1):
        if k < len(spans) and run and spans[k][0] != spans[k - 1][0]:
            between = text[spans[k - 1][3] + 1 : spans[k][0]].strip(" \u00a0\u202f\"'")
            if "\n" not in between and (
                " ".join(fold(between).replace(",", " , ").split()).replace(" ,", ",")
                in _LIST_LINKS
            ):
                run.append(k)
                continue
        short = all(len(text[spans[j][1] : spans[j][2]].split()) <= 6 for j in run)
        if len(run) >= 3 and short and all(found[j][2] == "none" for j in run):
            out.extend(run)
        run = [k]
    return out


def unattributed(
    ctx: _Context,
    k: int,
    found: list[Attribution],
    by_text: dict[str, str],
    before: tuple[str | None, QuoteKind] | None,
    settled: Sequence[str | None],
) -> tuple[str | None, QuoteKind]:
    """A speaker for a quote no cue attributes, else a fragment becomes kind other.

    ``before`` is the speaker (or the description of one) and kind settled for the
    quotation before this one, ``None`` for the first; ``settled`` holds the speaker
    settled for each earlier quotation.
    """
    _, start, end, _ = ctx.spans[k]
    kind = found[k][1]
    if before is not None and before[0] and _translation(ctx, k):
        return before
    if unnamed_writer(ctx, k):
        return None, kind  # « lire le message d'un allocataire : « … » »: unnamed
    alone = _own_line(ctx, k) or in_headline(ctx, start)
    speaker = _same_words(words_key(ctx.text[start:end]), by_text, part=alone)
    if speaker is None and kind == "speech":
        speaker = claimed_after(ctx, k) or _lead_in(ctx, k) or _signed(ctx, k)
        speaker = speaker or topic_digest(ctx, k, settled)
    elif speaker is None:
        speaker = _signed(ctx, k, closing=True) or claimed_after(ctx, k)
    if speaker is None and kind == "speech":
        speaker = paraphrased(ctx, k, found, settled, alone=_own_line(ctx, k))
    if speaker is None:
        speaker = follow_up(ctx, k, found) or _continued(
            ctx, k, found, before[0] if before else None
        )
    if speaker is None and kind == "speech":
        speaker = _first_person_after_narration(ctx, k, before[0] if before else None)
    if speaker is None and kind == "speech" and _own_line(ctx, k):
        speaker = introduced_before(ctx, k)
    elif speaker is None and kind == "speech" and _closes_paragraph(ctx, k):
        speaker = introduced_before(ctx, k, closing=True)
    if speaker is None and _whole_sentence_after(ctx, k, found):
        speaker, kind = found[k - 1][0], "speech"
    if speaker is None and kind == "fragment" and ctx.language == "fr":
        speaker = stated_aim(ctx, k)
    if speaker is None and kind == "fragment":
        speaker = reported_before(ctx, k)
    if speaker is None and kind == "fragment":
        kind = "other"
    return speaker, kind


def _signed(ctx: _Context, k: int, *, closing: bool = False) -> str | None:
    """A quotation set as its own paragraph, signed on the next line: « … » / « —
    Jeanne Morel, maire de la ville »: the person or body the signature names first.
    With ``closing``, words quoted at the very end of a paragraph of the writer's own
    are signed the same way (a pull quote the page set inside the text)."""
    close = ctx.spans[k][3]
    end = ctx.line_end(close)
    if ctx.text[close + 1 : end].strip(' .»”"') or (
        not closing and ctx.text[ctx.line_start(close) : ctx.spans[k][0]].strip()
    ):
        return None
    nxt = end + 1
    while nxt < len(ctx.text) and ctx.text[nxt] in " \t\r\n":
        nxt += 1
    if ctx.text[nxt : nxt + 1] not in ("—", "–", "-"):
        return None
    stop = ctx.line_end(nxt)
    line = ctx.text[nxt:stop]
    if closing and (line[0] == "-" or len(line.split()) > 12 or any(m in line for m in '"“«')):
        return None  # a list of points, not a signature
    names = ctx.entities_in(nxt, stop)
    first = names[0] if names else None
    if first is not None:
        return first.canonical if first.label in ("PER", "ORG") else None
    # « — Service de presse du festival »: a body or role the signature describes.
    signature = line[1:].split(",")[0].strip(" .")
    short = 0 < len(signature.split()) <= 6
    return signature if short and noun_kind(signature) is not None else None


def _same_words(key: str, by_text: dict[str, str], *, part: bool) -> str | None:
    """The speaker of the same words quoted elsewhere with one; with ``part`` (a
    headline or an intertitle), of a quotation holding these words or held in them.

    Words the writer picks out of a longer quotation inside a sentence of their own
    (« Rappelons que la « situation du pays » … ») are the writer's label for them.
    """
    if key in by_text or len(key) < 8 or not part:
        return by_text.get(key)
    for other, speaker in by_text.items():
        if len(other) >= 8 and (key in other or other in key):
            return speaker
    return None


def _closes_paragraph(ctx: _Context, k: int) -> bool:
    """Whether quotation ``k`` ends its paragraph, nothing but punctuation after it."""
    close = ctx.spans[k][3]
    return not ctx.text[close + 1 : ctx.line_end(close)].strip(" .…")


def _own_line(ctx: _Context, k: int) -> bool:
    """Whether quotation ``k`` stands alone on its line (an intertitle, a pull quote)."""
    open_mark, _, _, close_mark = ctx.spans[k]
    lead = ctx.text[ctx.line_start(open_mark) : open_mark]
    tail = ctx.text[close_mark + 1 : ctx.line_end(close_mark)]
    return not lead.strip() and not tail.strip(" .!?»”\"'")


def _lead_in(ctx: _Context, k: int) -> str | None:
    """A quotation standing alone after a sentence about one person: that person speaks.

    ``Asked about the decision, Pryce smiled. "I thought…"``, or the same sentence
    closing the paragraph before a quoted one (features set a scene, then quote).
    """
    open_mark = ctx.spans[k][0]
    line = ctx.line_start(open_mark)
    if ctx.text[line:open_mark].strip():
        lo, hi = line, open_mark  # the sentence before, in the same paragraph
    else:
        hi = line - 1
        while hi > 0 and ctx.text[hi - 1] in " \t\r\n":
            hi -= 1
        lo = ctx.line_start(hi)
        if hi <= 0 or open_mark - hi > 4:
            return None
    toks = ctx.tokens_between(max(lo, hi - 300), hi)
    if len(toks) < 3 or toks[-1].text not in (".", ":"):
        return None
    first = _clause_start(ctx, toks, len(toks) - 1)
    quoted = [i for i in range(first, len(toks)) if toks[i].text == "«Q»"]
    if quoted and quoted[-1] >= len(toks) - 3:
        return None  # the sentence ends on words of its own quotation
    if quoted and not _names_before(ctx, toks, first, quoted[0]):
        return None
    opener = source_opener(ctx, toks[first:-1])
    if opener is not None:
        return opener  # « Selon X, le profil a changé. « … » »: X's words go on
    who = sentence_subject(ctx, toks[first:-1])
    if who is None or who.label == "NP":
        # « La médiatrice reste prudente. », « La lycéenne, elle, a trouvé ceci : … »
        who = described_lead(ctx, toks[_past_colons(ctx, toks, first) : -1]) or who
    # A colon hands the floor to the sentence's subject, a body as well as a person.
    colon = toks[-1].text == ":"
    if colon and (who is None or who.label not in ("PER", "ORG")):
        lead = toks[first:-1]  # « Même constat pour X : », « Réaction de la CGT : »
        who = one_named_before_colon(ctx, lead) or reaction_of(ctx, lead)
    if who is None or who.label not in (("PER", "ORG") if colon else ("PER",)):
        return None
    reported = _reported_from(ctx, toks[first:-1], who.at) or hi
    relative = _relative_after(ctx, who.at, reported)  # "X, whose father, Y, died, said"
    if not colon and any(
        e.label == "PER"
        and e.canonical != who.name
        and not relative[0] <= e.start < relative[1]
        and (e.start < reported or _after_preposition(ctx, e.start))  # « écrit à X »
        for e in ctx.entities_in(toks[first].start, hi)
    ):
        return None  # ``Durand met Lenoir on Monday. "…"``: about two people, said by either
    return who.name


def _past_colons(ctx: _Context, toks: list[_Tok], first: int) -> int:
    """Where the sentence ending at ``toks[-1]`` starts when a colon inside it only
    opens what it lists (« a trouvé une solution : le covoiturage. »)."""
    while first > 1 and toks[first - 1].text == ":":
        first = _clause_start(ctx, toks, first - 1)
    return first


def _clause_start(ctx: _Context, toks: list[_Tok], end: int) -> int:
    """Where the clause ending at ``toks[end]`` starts: past the last stop before it
    that ends a clause ("Ms. Lindgren said of Gov. Lorraine Haskett.": one sentence)."""
    while end > 0 and not _ends_clause(ctx, toks, end - 1):
        end -= 1
    return end


def _ends_clause(ctx: _Context, toks: list[_Tok], i: int) -> bool:
    """Whether ``toks[i]`` closes a clause: a stop, or a quotation ending on its own
    full stop with a new sentence after it (« « … rien fait ? » Gérard X a baissé … »)."""
    tok = toks[i]
    if tok.text == "«Q»":
        inner = ctx.text[tok.start : tok.end].rstrip(" \u00a0\u202f»”\"'’")
        return inner.endswith((".", "!", "?", "…")) and toks[i + 1].text[:1].isupper()
    return tok.text in ".!?:;" and not inner_stop(ctx.text, tok)


def _reported_from(ctx: _Context, sentence: list[_Tok], subject_at: int) -> int | None:
    """Where the words the subject reports begin ("Whitley said Callum had saved"):
    the people named there are what is said, not who says it."""
    for t in sentence:
        if t.start > subject_at and t.text[0].islower() and is_speech_verb(t.text, ctx.language):
            return t.start
    return None


_RELATIVE = re.compile(r"[^,.;:!?«»\n]{0,40}?,\s+(?:whose|who|qui|dont)\b")


def _relative_after(ctx: _Context, subject_at: int, reported: int) -> tuple[int, int]:
    """The relative clause set off after the subject (« X, dont le père, Y, est mort, a
    dit »), up to the reporting verb: the people named there are what it says of X."""
    m = _RELATIVE.match(ctx.text, subject_at)
    return (m.end(), reported) if m is not None and m.end() < reported else (0, 0)


def _names_before(ctx: _Context, toks: list[_Tok], first: int, quote: int) -> bool:
    """Whether a person is named before the sentence's first quotation (« Sandrine X,
    tête de liste de « Y », a ouvert le feu »): the quoted name then only qualifies."""
    return any(
        (e := ctx.entity_at(t.start)) is not None and e.label == "PER" for t in toks[first:quote]
    )


def _continued(ctx: _Context, k: int, found: list[Attribution], before: str | None) -> str | None:
    """A quotation standing alone right after another one continues that speaker
    (``before``), when only that quotation's own incise stands between them
    (« … », a-t-il ajouté. « … »): a sentence of the writer's in between, or a
    new paragraph, may hand the floor to someone else."""
    if k == 0 or found[k][1] != "speech" or before is None:
        return None
    prev_close = ctx.spans[k - 1][3]
    here = ctx.spans[k][0]
    gap = ctx.text[prev_close + 1 : here]
    # A new paragraph may go on with the same voice when the last one ended on its
    # incise and the new one opens on the quotation.
    breaks = gap.count("\n")
    opens_paragraph = not gap[gap.rfind("\n") + 1 :].strip()
    if len(gap) > 250 or breaks > 2 or (breaks == 2 and not opens_paragraph):
        return None
    if _sentence_ends(ctx.text, prev_close, here) > 1:
        return None
    line_end = ctx.line_end(ctx.spans[k][3])
    line_start = ctx.line_start(here)
    if line_start == here and not re.search(r"[.!?…]", ctx.text[ctx.spans[k][2] - 1 : line_end]):
        return None  # a heading: it has no sentence punctuation
    return before


def _first_person_after_narration(ctx: _Context, k: int, before: str | None) -> str | None:
    """A quotation in the first person, in the paragraph of the one before it, past
    one sentence of the writer's that names nobody (« « … », raconte-t-il. La
    deuxième nuit a été la plus dure. « J'ai pensé à ma femme » »): the same voice."""
    if k == 0 or before is None:
        return None
    prev_close, here = ctx.spans[k - 1][3], ctx.spans[k][0]
    if "\n" in ctx.text[prev_close:here] or _sentence_ends(ctx.text, prev_close, here) > 2:
        return None
    words = ctx.text[ctx.spans[k][1] : ctx.spans[k][2]]
    if not FIRST_PERSON.search(words):
        return None
    people = [e for e in ctx.entities_in(prev_close, here) if e.label in ("PER", "ORG")]
    narration = [t.low for t in ctx.tokens_between(prev_close, here)]
    if people or any(w in _THIRD_PERSON for w in narration):
        return None  # someone else acts in between
    return before


_THIRD_PERSON = frozenset("il elle ils elles he she they".split())


def _sentence_ends(text: str, start: int, end: int) -> int:
    """How many sentences of the writer's end in ``text[start:end]``."""
    return sum(1 for m in _STOP.finditer(text, start, end) if real_sentence_end(text, m.start()))


_STOP = re.compile(r"[.!?…](?=\s)")


def _translation(ctx: _Context, k: int) -> bool:
    """« … » ( « … » ): quotation ``k`` translates the one right before it."""
    if k == 0:
        return False
    before = ctx.text[ctx.spans[k - 1][3] + 1 : ctx.spans[k][0]]
    after = ctx.text[ctx.spans[k][3] + 1 : ctx.spans[k][3] + 4]
    return before.strip() == "(" and after.strip().startswith(")")


def _whole_sentence_after(ctx: _Context, k: int, found) -> bool:
    """A short quoted sentence standing alone right after an attributed one, same paragraph.

    ``"It is a penalty," he said. "No complaints."``: too short to count as speech on its
    own, it still goes on with the same voice.
    """
    if k == 0 or not found[k - 1][0] or found[k - 1][2] == "none":
        return False
    open_mark, _, end, _ = ctx.spans[k]
    gap = ctx.text[ctx.spans[k - 1][3] + 1 : open_mark]
    if "\n" in gap or len(gap) > 120 or not gap.rstrip().endswith((".", "!", "?")):
        return False
    if _sentence_ends(ctx.text, ctx.spans[k - 1][3], open_mark) > 1:
        return False  # a sentence of the writer's between them
    return ctx.text[end - 1] in ".!?…"
