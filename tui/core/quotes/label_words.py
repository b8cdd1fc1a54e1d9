"""The words that tell a quotation is a label: naming verbs, nouns of works, charges, signs.

French and English news vocabulary, folded (accents and case removed) so a word
matches however it is written. :mod:`tui.core.quotes.labels` reads them.
"""

from __future__ import annotations

from tui.core.quotes.speech_verbs import AUXILIARIES
from tui.core.text import fold


def words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Participles and verbs that name what follows (« une zone surnommée « … » »).
# The first set names whoever uses it; the second also reports a judgement when a
# subject uses it (« ce qu'il appelle « … » », "what she called "…"").
NAMING = words(
    """intitulé intitulée intitulés intitulées baptisé baptisée baptisés baptisées
    rebaptisé rebaptisée surnommé surnommée surnommés surnommées dénommé dénommée
    dénommés dénommées renommé renommée prénommé prénommée titré titrée titled
    entitled nicknamed renamed codenamed élu élue sacré sacrée couronné couronnée"""
)
NAMING_IF_PASSIVE = words(
    """appelé appelée appelés appelées nommé nommée nommés nommées dit dite dits
    dites called dubbed named labelled labeled branded"""
)
# Nouns that introduce a name or a title (« le slogan « … » », "the hashtag "…"").
NAME_NOUNS = words(
    """surnom surnoms sobriquet pseudonyme pseudo nom noms appellation dénomination
    acronyme sigle slogan slogans devise mot-dièse hashtag mot-clé mot-clef intitulé
    titre thème label étiquette nickname name codename slogan motto hashtag title
    moniker statut status"""
)
# Nouns of works, events, operations, plans, laws, movements, bodies and products:
# a quotation right after one is its name (« l'opération « … » », "the film "…"").
WORK_NOUNS = words(
    """opération opérations plan plans loi lois projet programme programmes dispositif
    réforme pacte charte accord traité décret amendement directive mouvement
    mouvements collectif collectifs parti groupe groupuscule association organisation
    coalition alliance liste front brigade unité réseau campagne campagnes
    manifestation marche rassemblement journée journées nuit semaine festival concours
    prix trophée coupe championnat tournoi course rallye équipe club film films
    téléfilm documentaire émission émissions série feuilleton livre livres roman romans
    ouvrage ouvrages essai recueil album albums chanson chansons single disque spectacle
    pièce opéra comédie exposition journal magazine revue rubrique chronique blog site
    application appli logiciel jeu marque modèle produit label enquête affaire mission
    sonde navire bateau vaisseau quartier cité zone camp portail tableau œuvre statue
    hymne tube tribune pétition manifeste spot clip publicité vidéo podcast rapport étude
    operation plan bill act law scheme programme program initiative reform pact treaty
    accord movement group party coalition alliance list campaign march rally festival
    contest award prize cup film movie documentary show series sitcom book novel memoir
    essay album song single play musical exhibition magazine column blog website app
    game brand model product mission project anthem petition
    manifesto ad ads advert advertisement commercial video podcast clip report study"""
)
# Heads of a name quoted whole (« le « plan vélo » », « le « prix Nobel d'économie » »).
NAME_HEADS = words(
    """opération plan loi pacte prix trophée coupe festival accord traité charte label
    mouvement collectif parti réseau operation act bill prize award cup pact treaty
    charter"""
)
# People who made a work: « l'auteur de « … » », "the director of "…"".
MAKER_NOUNS = words(
    """auteur auteure autrice réalisateur réalisatrice interprète créateur créatrice
    scénariste compositeur compositrice chanteur chanteuse star vedette héros héroïne
    author director creator writer star composer singer producer"""
)
# A placard, a banner, a sign, a shirt, a chant: the words written or chanted on it.
SIGN_WORDS = words(
    """pancarte pancartes banderole banderoles affiche affiches affichette affichettes
    écriteau écriteaux panneau panneaux calicot calicots tee-shirt tee-shirts t-shirt
    t-shirts maillot maillots inscription inscriptions graffiti graffitis tag tags
    pochoir autocollant autocollants badge badges bannière bannières scandant scandaient
    scandait scandé scandés scandèrent placard placards banner banners sign signs
    poster posters shirt shirts chanting chanted chant chants"""
)
# Words that say a legal charge is meant: « mis en examen pour « … » ».
CHARGE_CUES = words(
    """examen condamné condamnée condamnés condamnées condamnation poursuivi poursuivie
    poursuivis poursuivies poursuites accusé accusée accusés accusées inculpé inculpée
    inculpés inculpées inculpation soupçonné soupçonnée soupçonnés soupçonnées suspecté
    suspectée jugé jugée jugés jugées écroué écrouée écroués détention garde plainte
    plaintes enquête information interpellé interpellée arrêté arrêtée arrêtés
    coupable coupables procès mandat peine chef chefs incarcéré incarcérée charged
    convicted accused indicted arrested guilty charges charge suspicion sentenced
    trial investigation prosecuted jailed detained"""
)
CHARGE_LINKS = words("pour for with chef chefs faits")
# Participles naming a charge they are followed by (« soupçonné de « … » »).
CHARGED = words(
    """accusé accusée accusés accusées soupçonné soupçonnée soupçonnés soupçonnées
    suspecté suspectée suspectés inculpé inculpée inculpés coupable coupables
    accused suspected convicted guilty"""
)
HAVE = words("a ont avait avaient aurait auraient avoir ayant has have had having")
# Articles, « de » and a colon between a cue and its quotation, as written (lower
# case, straight apostrophe). « d' » and « l' » stand alone as "d" and "l" when a
# quotation mark follows them.
FILLERS_FR = frozenset("le la l l' les un une des du de d d' :".split())
FILLERS_EN = frozenset("the a an as of :".split())
SUBJECTS = words(
    """il elle ils elles on je j' nous vous qu' que qui he she they we i you who that
    it"""
) | words(" ".join(AUXILIARIES))
FIRST_SECOND = words("je j' nous vous tu me m' moi i we you my our me us")
# Prepositions and articles before a capitalised title (« dans « … » », « le « … » »).
TITLE_LEADS = words(
    """de d' du des dans à au aux sur en avec le la l' les un une in on of from the a
    an with"""
)
# Judging participles that name without a speaker when no agent follows: « il était
# considéré comme le « … » », "was seen as the "…"".
CONSIDERED = words(
    """considéré considérée considérés considérées qualifié qualifiée qualifiés
    qualifiées présenté présentée présentés présentées décrit décrite décrits décrites
    perçu perçue perçus perçues vu vue vus vues surnommé surnommée regardé regardée
    considered described seen regarded viewed portrayed billed touted"""
)
AS_LINKS = words("comme de d' as")
BE = words(
    """est sont était étaient été être sera seront serait seraient fut furent soit
    is are was were been be being"""
)
ARTICLES = words("le la l' les un une des du the a an")
AGENT = words("par by")
PRONOUNS = words("il elle ils elles he she they")
