"""Whether a sentence reports anyone's words or stance at all.

A short quoted phrase inside the writer's own sentence is someone's words when the
sentence says so: its subject declares, judges, condemns, hails, opposes, expresses
something (« X juge les autres candidats « hypocrites » », « X condamne ce « crime » »).
When the sentence only says what its subject did or is (« X, célèbre pour ses « coups
de gueule » », « X est devenu un « héros » », « X mise sur ces jeux pour
« séduire » »), the marks are the writer's: a scare quote, a nickname, a term held at
arm's length, and nobody is quoted. The sentence subject is then no speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.quotes.context import _Context, _Tok
from tui.core.quotes.host_sentence import host_tokens
from tui.core.quotes.speech_verbs import (
    SPEECH_NOUNS,
    WORDS_MOSTLY_NOUNS,
    is_speech_verb,
    judging_kind,
)
from tui.core.quotes.verb_use import pronominal_not_said
from tui.core.text import fold

_FR_STANCE_STEMS = tuple(
    fold(s)
    for s in (
        "condamn approuv désapprouv oppos reproch fustig stigmatis blâm dénigr "
        "contest réfut rejet rejett refus défend soutien soutenu soutient revendiqu "
        "exig implor supplie suppli interpell indign insurg alarm émeu ému "
        "regrett remerci prôn préconis recommand conseill suggér suggèr "
        "applaud acclam encens louang glorifi vilipend ridiculis moqu "
        "plaid invoqu décri dépei qualifi jug interrog questionn trinqu souvien souvenu "
        "appel relev assum savour attend exclut exclure excluent excluai"
    ).split()
)
"""Stems of French verbs taking a stance toward something, beyond the speech
lexicon: condemning, approving, opposing, demanding, recommending, praising…"""

_EN_STANCE = frozenset(
    """condemn condemns condemned condemning praise praises praised praising hail
    hails hailed hailing oppose opposes opposed opposing urge urges urged urging
    demand demands demanded demanding criticise criticised criticize criticized
    slam slams slammed blast blasts blasted dismiss dismisses dismissed branding
    branded brand brands label labels labelled labeled labeling labelling calls called
    call calling deride
    derided decry decried welcome welcomes welcomed blame blames blamed blaming express
    expresses expressed expressing voice voices voiced lament laments lamented mock
    mocks mocked ridicule ridiculed denounce denounces denounced deplore deplores
    deplored applaud applauds applauded champion champions championed remind reminds
    reminded reminding lambast lambasts lambasted lambasting laud lauds lauded tout touts
    touted bemoan bemoans bemoaned regret regrets regretted remember remembers remembered
    characterize characterizes
    characterized characterise characterises characterised dub dubs dubbed scoffed brag
    brags bragged""".split()
)

REPORTING_PHRASES = re.compile(
    r"\b(?:fai\w*|fit|firent|font|fer(?:a|ai|on)\w*)\s+(?:part|état|etat|savoir)\b"
    r"|\b(?:mett\w*|met|mis|mit)\s+(?:[a-zé]+ment\s+|toutefois\s+|aussi\s+)?en\s+"
    r"(?:avant|garde|cause)\b"
    r"|\b(?:chiffr|évalu)\w*\s+(?:le|la|les|l'|l’|son|sa|ses|leurs?|à)\s"
    r"|\brend\w*\s+(?:un\s+)?hommage\b|\bpa(?:y|ys|id|ying)\s+tribute\b"
    r"|\b(?:hit|hits|hitting|lash\w*)\s+out\s+at\b|\b(?:took|tak\w+)\s+aim\s+at\b"
    r"|\brail(?:s|ed|ing)?\s+against\b"
    r"|\bs['’]en\s+(?:\w+\s+)?(?:pren\w*|pris\w*|prit)\s+(?:à|au|aux)\s"
    r"|\b(?:voi(?:t|ent)|vu|voyait|voyaient)\s+dans\b"
    r"|\by\s+(?:voi(?:t|ent)|voyait|voyaient|(?:a|ont|avait|avaient)\s+vu)\b"
    r"|\b(?:dans|par)\s+un\s+communiqué\b|\bin\s+a\s+(?:written\s+)?statement\b",
    re.IGNORECASE,
)
"""« faire part de », « faire état de », « faire savoir », « mettre en avant / en garde
/ en cause », « chiffrer le coût à », « rendre hommage à », "pay tribute to", "hit out at",
"took aim at", "railed against", « s'en prendre à », « voir dans », « y voir » (« y a
vu »), and a statement the sentence comes from (« dans un communiqué », "in a
statement")."""

PRESENTING = re.compile(
    r"\b(?:présent|consid[éè]r|décri|dépei)\w*\s+(?:[\w'’-]+\s+){0,6}?comme\b"
    r"|\b(?:portray|present|paint|pitch|cast|frame|depict|regard|view)\w*\s+"
    r"(?:[\w'’-]+\s+){0,6}?as\b",
    re.IGNORECASE,
)
"""Presenting something as what the quotation says (« présente le texte comme une
réforme « … » », « a décrit l'équipe comme un « … » », "pitched herself as "…""): a
stance of the subject's, though no verb before the quotation reports it on its own."""


_STATE_VERBS = frozenset(
    """est sont était étaient sera seront serait seraient reste restent demeure
    demeurent dit dite dits sent sentait montre montrait déclare déclarait
    is are was were remains felt feels""".split()
)
"""Verbs that set a quoted adjective on their subject as the subject's own account
(« X est « très inquiet » », « se dit « confiant » »); a determiner before the
quotation makes it an epithet instead (« est devenu un « héros » »)."""

_NOT_A_VERB_AFTER = frozenset(
    """le la l' l’ les un une des du de d' d’ au aux sa son ses leur leurs ce cette ces
    notre votre nos vos , the a an his her its their""".split()
)
"""Words after which a noun-like speech form (« critique », « demande ») is a noun."""


@lru_cache(maxsize=8192)
def stance_word(low: str, language: str) -> bool:
    """A word that reports a stance: a verb of saying or judging, or one of the stance
    verbs above (« dénonce », « invoque », "urged")."""
    if is_speech_verb(low, language) or judging_kind(low) is not None:
        return True
    if low not in WORDS_MOSTLY_NOUNS and is_speech_verb(low, language, strong=False):
        return True  # the broad lexicon; its noun-like forms are read in context
    if low in SPEECH_NOUNS:
        return True
    if language == "en":
        return low in _EN_STANCE
    w = fold(low)
    return len(w) > 3 and w.startswith(_FR_STANCE_STEMS)


def _verb_in_context(words: list, i: int, language: str) -> bool:
    """A noun-like speech form used as a verb: « il demande », « la société annonce »,
    not « la demande », « critique gastronomique » after a comma."""
    low = words[i].low
    if low not in WORDS_MOSTLY_NOUNS or words[i - 1].low in _NOT_A_VERB_AFTER:
        return False
    return is_speech_verb(low, language, strong=False) or judging_kind(low) is not None


def reports_stance(ctx: _Context, k: int) -> bool:
    """Whether quotation ``k``'s sentence, its quoted words aside, says that someone
    said, judged or took a stance."""
    toks, qi = host_tokens(ctx, k)
    if qi is None or speaks_as_i(ctx.text[ctx.spans[k][1] : ctx.spans[k][2]]):
        return True  # no host sentence read, or words of one's own (« avec mon sac »)
    before = toks[qi - 1].low if qi else ""
    if before in _STATE_VERBS or any(t.low == ":" for t in toks[:qi]):
        return True  # « X : la réforme « … » », « X est « très inquiet » »
    if _completes_tense(ctx, k, toks, qi):
        return True  # « X n'avait « jamais imaginé » »: the verb is in the quoted words
    words = [t for t in toks if not t.text.startswith("«")]
    if any(_stance_here(words, i, ctx.language) for i in range(len(words))):
        return True
    if any(_verb_in_context(words, i, ctx.language) for i in range(1, len(words))):
        return True
    if not words:
        return False
    return reporting_phrase(ctx.text, words[0].start, words[-1].end)


def _stance_here(words: list[_Tok], i: int, language: str) -> bool:
    """A stance word used as one: not a pronominal form that says nothing (« avant de
    se lancer »), nor a participle made an epithet by its article (« la redoutée »)."""
    low, prev = words[i].low, words[i - 1].low if i else ""
    if language == "fr" and pronominal_not_said(prev, low):
        return False
    if (
        prev in _NOT_A_VERB_AFTER
        and prev not in (",", "a")
        and low.endswith(("é", "ée", "és", "ées"))
    ):
        return False
    return stance_word(low, language)


_AUXILIARIES = {
    "fr": frozenset("a ai avons avez ont avait avaient aurait auraient aura auront".split()),
    "en": frozenset("has have had".split()),
}
"""Auxiliaries a quotation may complete: the quoted words hold the verb."""


def _completes_tense(ctx: _Context, k: int, toks: list[_Tok], qi: int) -> bool:
    """Whether the quotation at ``qi`` completes an auxiliary right before it (« n'avait
    « jamais imaginé » », "has "never been closer""): its words tell what the subject
    did or thought, in the subject's own terms (« il y a « un malaise » » excepted)."""
    if qi < 2 or toks[qi - 1].low not in _AUXILIARIES.get(ctx.language, frozenset()):
        return False
    first = ctx.text[ctx.spans[k][1] : ctx.spans[k][1] + 1]
    return toks[qi - 2].low != "y" and first.islower()


def reporting_phrase(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a reporting phrase of several words (« fait savoir »,
    « chiffre le coût à », « présente X comme »)."""
    found = REPORTING_PHRASES.search(text, lo, hi) or PRESENTING.search(text, lo, hi)
    return found is not None


_FIRST_PERSON_SINGULAR = re.compile(
    r"(?<![\w'’])(?i:je|moi|mon|ma|mes)(?![\w'’])|(?<![\w'’])(?i:j|m)['’]"
    r"|(?<![\w'’])(?:I|[Mm]y|[Mm]ine|[Mm]yself)(?![\w'’])"
)


def speaks_as_i(words: str) -> bool:
    """Whether quoted words speak in the first person singular (« avec mon ordinateur »,
    "my biggest mistake"): someone's own words, never a scare quote or a title."""
    return _FIRST_PERSON_SINGULAR.search(words) is not None
