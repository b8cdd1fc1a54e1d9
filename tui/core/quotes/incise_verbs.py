"""French verbs of the press incise that the bundled lexicon lacks.

« … », souffle-t-elle / glisse un proche / s'agace le maire / renchérit-il: French
news varies the verb after a quotation far more than any list of "verbs of saying"
records. These are conjugated here (regular patterns, the forms an incise takes:
present, past participle, imperfect, simple past) rather than listed form by form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.text import fold

_ER_VERBS = (
    "souffler glisser agacer emporter tempérer abonder détailler développer indigner "
    "inquiéter féliciter interroger compléter embrayer plaisanter rigoler amuser exclamer "
    "écrier murmurer chuchoter grincer pester tempêter râler soupirer lâcher lancer "
    "regretter résumer enchaîner conseiller tacler railler persifler certifier"
).split()
_IR_VERBS = "renchérir avertir rugir".split()
_RE_VERBS = "défendre".split()  # « s'est défendu l'élu », « se défend-il »
_IRREGULAR = "souvient souviennent souvenu souvenue souvenait souvenaient souvint".split()
"""« se souvient un ouvrier »: the forms of « se souvenir » an incise takes."""
_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "ant", "a", "èrent")
_IR_ENDINGS = ("it", "issent", "i", "ie", "is", "issait", "issaient", "issant")
_RE_ENDINGS = ("", "s", "ent", "u", "ue", "us", "ues", "ait", "aient", "ant", "it")


@lru_cache(maxsize=1)
def incise_forms() -> frozenset[str]:
    """Folded forms of the verbs above, as the lexicon stores them."""
    forms: set[str] = set()
    for verb in _ER_VERBS:
        stem = verb[:-2]
        forms.update(stem + end for end in _ER_ENDINGS)
        # « tempère », « inquiète »: the last é of the stem opens before a silent ending.
        cut = stem.rfind("é")
        if cut >= 0:
            open_stem = stem[:cut] + "è" + stem[cut + 1 :]
            forms.update(open_stem + end for end in ("e", "es", "ent"))
    for verbs, endings in ((_IR_VERBS, _IR_ENDINGS), (_RE_VERBS, _RE_ENDINGS)):
        for verb in verbs:
            forms.update(verb[:-2] + end for end in endings)
    return frozenset(fold(f) for f in (*forms, *_IRREGULAR))


_PARTICIPLE = re.compile(r"[a-zàâçéèêëîïôûùüœ]{3,}(?:é|ée|és|ées|i|ie|is|it|u|ue)")
_AUX_FORMS = frozenset(("a", "avait", "ont", "avaient", "aura"))
THIRD_PERSON_OBJECTS = frozenset("l' l’ lui leur les la le".split())
"""Object pronouns of the third person (« elle la dit », « il lui a répondu »)."""
OBJECT_CLITICS = THIRD_PERSON_OBJECTS | frozenset("m' m’ t' t’ nous vous".split())
"""Object pronouns an incise may open on (« …, l'avait interpellée X »)."""


def by_form(word: str, following: str) -> bool:
    """Whether a French incise opens here by its form alone, right after the comma that
    closes a quotation: an inverted pronoun (« insiste-t-elle »), or an auxiliary and a
    participle (« a attaqué Me X », « a-t-il insisté »). In that place the inversion
    itself says the words are reported, whatever the verb."""
    low = word.lower()
    if low.endswith(("-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles", "-t-on")):
        head = low.split("-")[0]
        return head not in _AUX_FORMS or bool(_PARTICIPLE.fullmatch(following))
    return low in _AUX_FORMS and bool(_PARTICIPLE.fullmatch(following))
