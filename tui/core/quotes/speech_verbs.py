"""Speech verbs: which words tell that someone said or wrote something.

Two strengths. The broad lexicons shipped in ``data/`` (thousands of French forms,
hundreds of English ones) include verbs such as *savoir*, *trouver* or *think* that
only mean "said" in an incise right after a quotation (« … », pense-t-il). Before a
quotation, or in the middle of the author's own sentence, only unambiguous reporting
verbs count; those are the *strong* forms built here.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from tui.core.quotes.incise_verbs import incise_forms
from tui.core.text import fold

# French reporting verbs, by the stem every lexicon form of the verb starts with.
_FR_STRONG_STEMS = (
    "accus affirm ajout alert annon assur avert averti confi confirm conclu commen "
    "critiqué declar déclar démen denon dénon déplor écri ecri estim évoqu evoqu exhort "
    "expliqu félicit indiqu inquiét insist martel menac mentionn parl plaid poursui "
    "précis precis prédi proclam promi promet qualifi racont rapport rappel réag reag "
    "réclam reconn regrett réjou répliqu répond repond résum rétorqu révél salu signal "
    "soulign souhait témoign tranch tweet vant ironis nuanc observ constat demand "
    "protest admi admet préven prévi prévien"
).split()

# Irregular or short forms a stem cannot catch safely.
_FR_STRONG_EXTRA = frozenset(
    """dit dite dites dits dire disait disaient disent dira diront dirait diraient
    déclare déclarent nie nient nié niée promis promise promettent admis admise
    prévenu prévenue reconnu reconnue conclu répondu réagi averti écrivait écrivent
    requis requiert requièrent requérait dément démentent démentait démenti démentie
    pointé pointée""".split()
)

# Forms that are more often nouns or adjectives than verbs in running text.
_FR_NOT_VERBS = frozenset(
    """note notes critique critiques rapport rapports appel appels juge juges
    demande demandes promesse souhait souhaits signal signale constat observateur
    observateurs témoin témoins proclamation annonce annonces menace menaces
    précision précisions conclusion conclusions réaction réactions""".split()
)

WORDS_MOSTLY_NOUNS = _FR_NOT_VERBS
"""Speech-verb forms more often nouns in running text (« critique », « annonce »)."""

_EN_STRONG = frozenset(
    """say says said saying tell tells told add adds added write writes wrote written
    state stated declare declares declared explain explains explained insist insists
    insisted warn warns warned argue argues argued claim claimed announce announces
    announced note noted ask asks asked reply replies replied respond responded stress
    stresses stressed urge urges urged acknowledge acknowledged admit admits admitted
    confirm confirms confirmed describe describes described call calls called suggest
    suggests suggested predict predicted tweet tweeted post posted recall recalled
    caution cautioned concede conceded complain complained boast boasted vow vowed
    pledge pledged promise promised remark remarked observe observed report reported
    continue continued conclude concluded maintain maintained contend contended counter
    countered quip quipped joke joked lament lamented emphasise emphasised emphasize
    emphasized reiterate reiterated testify testified indicate indicated mention
    mentioned comment commented deny denied dismiss dismissed praise praised criticise
    criticised criticize criticized accuse accused decry decried hail hailed label
    labelled labeled brand branded term termed assert asserted assure assured reassure
    reassured exclaim exclaimed proclaim proclaimed recount recounted tells adding
    noting explaining arguing insisting stressing claiming asserting instruct instructs
    instructed implore implored beg begged recalls recounts concedes quips jokes
    exclaims reiterates observing warning telling acknowledging admitting conceding
    describing suggesting predicting cautioning complaining maintaining contending
    lamenting emphasising emphasizing reiterating declaring stating announcing confirming
    urging vowing pledging remarking recalling accusing denying shout shouts shouted
    shouting yell yells yelled yelling scream screams screamed screaming whisper
    whispers whispered whispering mutter mutters muttered muttering chant chants
    chanted chanting cautions counters maintains contends""".split()
)

# Verbs that say "said" only right after a quotation ('"…," he shot back', '"…," she
# snapped', '"…," she muses', '"…," the judge interrupted'), missing from the English
# lexicon.
_EN_INCISE = frozenset(
    """retort retorts retorted snap snaps snapped shot fired muse muses mused interrupted
    interrupts interjected interjects chimed pressed quizzed""".split()
)


EN_AUXILIARIES = frozenset("has have had is was were will would should could may might".split())
"""Heads of English compound tenses."""

FRENCH_PAST_AUXILIARIES = frozenset("a ont avait avaient est sont était étaient".split())
"""The forms of « avoir » and « être » that head a compound past (« a préconisé »)."""

AUXILIARIES = (
    EN_AUXILIARIES
    | FRENCH_PAST_AUXILIARIES
    | frozenset("""aurait auraient aura auront s' se s’ va vont vient viennent venait""".split())
)
"""Heads of compound tenses in either language (French first: « a », « est », « va »)."""


@lru_cache(maxsize=4)
def _lexicon(language: str) -> frozenset[str]:
    """Every form in the bundled lexicon for ``language``, folded."""
    name = "en_quote_verb_list.txt" if language == "en" else "fr_quote_verb_list.txt"
    raw = resources.files("tui.core.data").joinpath(name).read_text(encoding="utf-8")
    forms = frozenset(fold(line.strip()) for line in raw.splitlines() if line.strip())
    return forms | _EN_INCISE if language == "en" else forms | incise_forms()


@lru_cache(maxsize=4)
def _strong(language: str) -> frozenset[str]:
    """Unambiguous reporting forms for ``language``, folded."""
    if language == "en":
        return frozenset(fold(w) for w in _EN_STRONG)
    stems = tuple(fold(s) for s in _FR_STRONG_STEMS)
    forms = {w for w in _lexicon("fr") if w.startswith(stems)}
    forms |= {fold(w) for w in _FR_STRONG_EXTRA}
    # Forms missing from the lexicon for verbs that report words in the news.
    stems_added = "qualifi parl vant martel exhort menac salu alert repet invoqu".split()
    voice = ("cri", "hurl", "murmur", "chuchot", "scand", "vocifer", "beugl")  # « a crié « … » »
    censure = ("fustig", "tanc", "cingl", "raill", "epingl", "etrill", "brocard", "egratign")
    finite = ("é", "ée", "és", "ées", "e", "ent", "ait", "aient")
    for stem in (*stems_added, *voice, *censure):
        forms |= {stem + end for end in (*finite, "er")}
        forms |= {fold(stem + end) for end in finite[:4]}
    # « a prononcé son « … » »; not the infinitive of « refuse de se prononcer »
    forms |= {fold("prononc" + end) for end in finite}
    return frozenset(forms)


def is_speech_verb(word: str, language: str, *, strong: bool = True, as_verb: bool = False) -> bool:
    """Tell whether ``word`` reports speech; ``strong=False`` accepts the broad lexicon.

    ``language`` is an ISO code; anything but ``"en"`` is treated as French, the
    product's first language. Both lexicons are consulted for strong forms so an
    English quotation inside a French article (or the reverse) is still attributed.
    ``as_verb``: a parse tagged the word a verb, so forms more often nouns
    (« demande », « critique ») count, and so does a present participle
    (« qualifiant ») of a strong verb.
    """
    w = fold(word)
    lang = "en" if language == "en" else "fr"
    if as_verb and w in ("disant", "ecrivant", "repondant"):
        return True  # irregular participles of « dire », « écrire », « répondre »
    if as_verb and lang == "fr" and w.endswith("ant") and w not in _lexicon("fr"):
        w = _participle_base(w)
    # French nouns are checked as written: « annonce » is a noun, « annoncé » the verb.
    noun = not as_verb and word.lower() in _FR_NOT_VERBS
    french = w in _strong("fr") and not noun
    if french or w in _strong("en"):
        return True
    if strong:
        return False
    return w in _lexicon(lang)


def _participle_base(w: str) -> str:
    """The present of a folded present participle: « qualifiant » -> « qualifie »,
    « fustigeant » -> « fustige », « menaçant » -> « menace »."""
    if w.endswith("cant"):
        return w[:-4] + "ce"
    if w.endswith("eant"):
        return w[:-4] + "e"
    return w[:-3] + "e"


# Verbs that report words only as the governor of a quoted complement, which a
# parse shows and word order does not: thinking and judging (« X pensait que … « … » »,
# « X juge « … » la mesure »), expressing, thanking, encouraging, and calling on
# someone (« X appelle à « … » », only with « à »: « appeler » alone names). An
# invitation is an act the source reports, not words: « inviter » is not here.
_FR_JUDGING_STEMS = (
    "pens croi croy jug consid espér craign craint remerci décri exprim encourag".split()
)
_FR_CALLING_STEMS = "appel incit".split()
_VERB_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "ant", "er")


@lru_cache(maxsize=1)
def _judging() -> dict[str, str]:
    """``{folded form: "judge" | "call"}`` for the verbs above."""
    out: dict[str, str] = {}
    for kind, stems in (("judge", _FR_JUDGING_STEMS), ("call", _FR_CALLING_STEMS)):
        folded = tuple(fold(s) for s in stems)
        out.update((w, kind) for w in _lexicon("fr") if w.startswith(folded))
        for stem in folded:
            out.update((stem + end, kind) for end in _VERB_ENDINGS if stem[-1] != end[0])
    # « appelle », « appellent »: the doubled consonant of « appeler ».
    out.update((w, "call") for w in ("appelle", "appellent", "appellera", "appellerait"))
    return out


def judging_kind(word: str) -> str | None:
    """``"judge"``, ``"call"`` or ``None``: how a verb the parse shows governing a
    quotation reports it (see the stems above); ``None`` for every other word."""
    return _judging().get(fold(word))


# Nouns naming someone's words: « la réaction de X … : « … » » hands X the floor.
SPEECH_NOUNS = frozenset(
    """réaction réactions réponse réponses réplique propos parole paroles mot mots
    message messages commentaire commentaires explication explications verdict
    constat""".split()
)


def split_inverted(word: str) -> tuple[str, str] | None:
    """Split an inverted form such as ``ajoute-t-il`` or ``dit-elle`` into verb and pronoun."""
    if "-" not in word:
        return None
    w = fold(word)
    for pron in ("ils", "elles", "il", "elle", "on"):
        for joint in ("-t-", "-"):
            tail = joint + pron
            if w.endswith(tail) and len(w) > len(tail):
                return w[: -len(tail)], pron
    return None
