"""Words that say how a news sentence is built or sourced, not what it reports.

Alignment leaves them out when it weighs what two sentences have in common.
"""

from __future__ import annotations

# French and English function words: they say how a sentence is built, not what it
# reports, so two sentences sharing only these are not about the same thing.
FUNCTION_WORDS = frozenset(
    """
    a à ai aie ait as au aux avec avait avaient avoir ayant c ca ce ceci cela celle
    celles celui ces cet cette ceux chez ci comme d dans de des deja depuis dont du
    elle elles en encore entre est et etaient etait ete etre eu eux fait faire il ils
    j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni nos notre
    nous on ont or ou par pas peu peut plus pour pourrait qu que quel quelle quelles
    quels qui s sa sans se selon ses si son sont sous sur t ta te tes toi ton tous
    tout toute toutes tres tu un une unes uns vers vos votre vous y aussi alors apres
    avant ainsi donc lors quand bien sera serait seront sera etc ni non oui puis
    the an and or but if of to in on at by for with from as is are was were be been
    being it its this that these those he she they them his her their we our you
    your i me my not no so than then there here which who whom whose what when where
    why how also has have had do does did will would can could should may might must
    into over under about after before while said says
    """.split()
)

# Stems of reporting verbs and newsroom words: two sentences that share only these
# and names ("a déclaré le porte-parole du Kremlin, Dmitri Peskov") report nothing alike.
REPORTING_STEMS = frozenset(
    """
    declar annonc indiqu ajoute affirm precis soulig expliq confir rappor estime
    agence agences presse medias media source sources porte parole journa
    announ added stated report agency press spokes statem told
    """.split()
)
