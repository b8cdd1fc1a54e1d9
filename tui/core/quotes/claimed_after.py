"""« … » Les mots sont de X. / « … » Ce constat est celui de X. / « … » C'est ce
qu'a déclaré X. / "…" That warning came from X.

French news sometimes opens a paragraph on bare quoted words and says whose they are
in the very next sentence, and English feature writing does the same ("That appeal
came from the head of the mission, Ms X", "That was the assessment of X"). That
sentence names the speaker in a fixed turn: the words (« les mots », « ce constat »,
« ces propos ») are someone's or drawn up by someone, « c'est ce qu'a dit » someone,
« l'auteur de cette phrase » or « celui qui parle ainsi » is someone, « s'appelle »
someone, or the warning « vient de » someone. The speaker is the person or body
named right after the turn; in English, the person a role there leads to, before a
body the role belongs to.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context
from tui.core.quotes.words import OF_ARTICLE, real_sentence_end

_CLAIMED = re.compile(
    r"\s*(?:(?:Les|Ces|Ce|Cette|Le|La)\s+(?:mots?|propos|paroles?|phrases?|constat|"
    r"confidences?|témoignage|analyse|message|aveu|cri|formule)\s+(?:sont|est|était|"
    r"étaient|sera)\s+(?:(?:celui|celle|ceux|celles)\s+)?(?:de\s+la\s+|de\s+l['’]|du\s+"
    r"|des\s+|de\s+|d['’])"
    r"|C['’]est\s+(?:en\s+tout\s+cas\s+)?ce\s+qu['’](?:a|ont|avait|avaient)\s+\w+\s+"
    r"|(?:Le|Ce)\s+(?:constat|propos|témoignage)\s+est\s+(?:dressé|tenu|signé|livré)\s+par\s+"
    r"|L['’]auteure?\s+de\s+(?:ces|cette|ce)\s+(?:mots|propos|lignes|phrase|formule|"
    r"confidence)s?\s*,\s*"
    r"|(?:Celui|Celle)\s+qui\s+(?:parle|s['’]exprime|témoigne)\s+(?:ainsi\s*)?"
    r"(?:,[^,.«»\n]{1,80},\s*)?(?:est|s['’]appelle|se\s+nomme|se\s+prénomme)\s+"
    r"|(?:Cette|La|L['’]|Cet|Ce|Le)\s*(?:mise\s+en\s+garde|avertissement|appel|"
    r"phrase|remarque|prédiction|promesse|aveu|conseil)\s+(?:vient|venait|émane|"
    rf"émanait)\s+(?:{OF_ARTICLE}|de\s+)"
    r"|(?:That|The|This|Those|These)\s+(?:advice|warning|appeal|line|lines|prediction|"
    r"words|remarks?|comments?|assessment|verdict|message|plea|quote|promise|admission|"
    r"statement)\s+(?:came|comes|was|is|were|are)\s+from\s+"
    r"|(?:Those|These|They)\s+(?:were|are)\s+the\s+words\s+of\s+"
    r"|Ce\s+sont\s+(?:là\s+)?les\s+(?:mots|propos|paroles)\s+(?:de\s+la\s+|de\s+l['’]|du\s+"
    r"|des\s+|de\s+|d['’])"
    r"|(?:That|This)\s+(?:was|is)\s+the\s+(?:assessment|view|verdict|message|warning|"
    r"advice|conclusion|account|reaction|diagnosis)\s+of\s+"
    r"|So\s+(?:said|says)\s+)"
)


# « … » À la barre, X a répété la phrase: the next sentence's subject says the words
# again, naming them by what they are.
_REPEATED = re.compile(
    r"\b(?:a|avait|ont|avaient)\s+(?:répété|redit|martelé|prononcé|lâché|glissé)\s+"
    r"(?:la|cette|ces|ses|sa)\s+(?:phrase|mots|formule|paroles)\b"
)


def claimed_after(ctx: _Context, k: int) -> str | None:
    """The speaker the sentence right after quotation ``k`` names, or ``None``."""
    close = ctx.spans[k][3]
    ended = _SENTENCE_END.match(ctx.text, close + 1)  # « … touristique » . C'est…
    after = ended.end() if ended else close + 1
    m = _CLAIMED.match(ctx.text, after, min(len(ctx.text), after + 160))
    if m is None:
        return _repeated_by(ctx, close) or _named_next(ctx, k)
    at = m.end()
    if ctx.language == "en" and (person := _person_named_in(ctx, at)) is not None:
        return person  # "That appeal came from the head of the X mission, Ms Y": Y
    for e in ctx.entities_in(at, at + 120):
        if e.label in ("PER", "ORG"):
            # « C'est ce qu'a annoncé aujourd'hui le président de la Région X »
            gap = ctx.text[at : e.start]
            return e.canonical if len(gap.split()) <= 7 and "." not in gap else None
    return None


_SENTENCE_END = re.compile(r"[ \u00a0]*[.!?…]?")


def _person_named_in(ctx: _Context, at: int) -> str | None:
    """The first person the words after ``at`` name before the sentence ends: the
    one a role there stands for ("the region's medical officer, Dr. X")."""
    for e in ctx.entities_in(at, at + 160):
        dots = (i for i in range(at, e.start) if ctx.text[i] in ".!?")
        if any(real_sentence_end(ctx.text, i) for i in dots):
            return None  # "Dr." goes on, a full stop ends the sentence
        if e.label == "PER":
            return e.canonical
    return None


def _repeated_by(ctx: _Context, close: int) -> str | None:
    """The person the next sentence makes say the words again (« X a répété la
    phrase »): the last person named before that verb, outside a complement."""
    end = ctx.text.find(".", close + 1, close + 300)
    m = _REPEATED.search(ctx.text, close + 1, end if end > 0 else close + 300)
    if m is None:
        return None
    people = [e for e in ctx.entities_in(close + 1, m.start()) if e.label == "PER"]
    return people[-1].canonical if people else None


def _named_next(ctx: _Context, k: int) -> str | None:
    """« « On attendait ce vote depuis six ans. » Annie X, directrice de …, savoure »: a
    whole quoted sentence opening its paragraph, and the next sentence opening on a
    person's name, set off by a comma: the quotation is hers. The next paragraph may
    name her too, when it opens on her owning the words ("X said this to me …")."""
    open_mark, start, end, close = ctx.spans[k]
    if ctx.text[ctx.line_start(open_mark) : open_mark].strip():
        return None
    if not ctx.text[start:end].rstrip().endswith((".", "!", "?", "…")):
        return None
    at = close + 1
    while at < len(ctx.text) and ctx.text[at] in " \u00a0\u202f":
        at += 1
    if ctx.text[at : at + 1] == "\n":  # « … » ¶ "X said this to me while …"
        while at < len(ctx.text) and ctx.text[at].isspace():
            at += 1
        named = ctx.entity_at(at)
        if named is None or named.label != "PER" or not _SAID_THIS.match(ctx.text, named.end):
            return None
        return named.canonical
    named = ctx.entity_at(at)
    if named is None or named.label != "PER" or named.start != at:
        return None
    return named.canonical if ctx.text[named.end : named.end + 1] == "," else None


_SAID_THIS = re.compile(r"\s+(?:said|told\s+(?:me|us|him|her))\s+(?:this|that|so)\b")
"""A person opening the next paragraph by owning the words just quoted ("X said this
to me while standing in her kitchen")."""
