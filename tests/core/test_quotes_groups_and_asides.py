"""Unnamed groups, asides around a subject, affiliations and words for a role.

Each article is invented; each test reads it with the trained engine, as
``newsreader analyze`` does for French, and where the rules engine reads the same
sentence the same way, with the rules too.
"""

from __future__ import annotations

from pipeline_quotes import rules_by_text, trained_quotes


def _trained(text: str) -> dict[str, tuple[str | None, str]]:
    return {q.text: (q.speaker, q.kind) for q in trained_quotes(text, text.split("\n")[0])}


def test_elle_after_l_entreprise_is_the_company_named_before() -> None:
    text = (
        "Des truites mortes ont été retrouvées en aval de l' usine Ferolys de Saint-Aubrac .\n\n"
        "L' entreprise a reconnu l' incident dans un communiqué publié lundi . Elle y évoque "
        "une « fuite ponctuelle sur une cuve » et assure que « tout a été fait pour "
        "contenir le rejet » ."
    )
    trained = _trained(text)
    assert trained["fuite ponctuelle sur une cuve"][0] == "Ferolys"
    assert trained["tout a été fait pour contenir le rejet"][0] == "Ferolys"


def test_elle_passes_over_a_body_named_as_her_affiliation() -> None:
    text = (
        "Co-auteure de l'étude, la géologue suisse Martine Oberholz , de l'université de "
        "Valdèze , a participé aux deux campagnes de 2014 et 2015. « Nous n'avions jamais vu "
        "une faille aussi active » , a-t-elle expliqué à la radio ."
    )
    trained = _trained(text)
    assert trained["Nous n'avions jamais vu une faille aussi active"][0] == "Martine Oberholz"


def test_elle_passes_over_a_body_complementing_a_noun() -> None:
    text = (
        "La nageuse Léa Corvatsch a battu le record de France. La sportive attend encore "
        "la sélection officielle de la Fédération alpine de natation , prévue en juin . "
        "« Je vais souffler deux semaines » , a-t-elle ajouté ."
    )
    assert _trained(text)["Je vais souffler deux semaines"][0] == "Léa Corvatsch"


def test_ils_after_an_unnamed_group_names_nobody() -> None:
    text = (
        "Le syndicat Rail Unitaire a appelé à la grève. « Nous tiendrons » , a-t-il fait "
        "savoir.\n\nÀ Gourdan , deux lycéennes attendaient depuis une heure un car de "
        "remplacement . « On nous prévient toujours trop tard » , ont-elles raconté ."
    )
    assert _trained(text)["On nous prévient toujours trop tard"][0] is None


def test_ils_after_a_body_still_finds_it() -> None:
    text = (
        "La Fédération des cheminots Sud-Rail a appelé à la grève. Des trains ont été "
        "supprimés . « On nous prévient au dernier moment » , ont-ils dénoncé ."
    )
    assert _trained(text)["On nous prévient au dernier moment"][0] == (
        "Fédération des cheminots Sud-Rail"
    )


def test_a_named_representative_after_a_posting_is_the_speaker() -> None:
    text = (
        "L'Agence sanitaire d'Orvanie redoute une épidémie . « L'eau manque partout » , a "
        "averti son représentant à Tessalit , le docteur Ismaël Kondé , qui annonce l'envoi "
        "de filtres ."
    )
    assert _trained(text)["L'eau manque partout"][0] == "Ismaël Kondé"


def test_la_confederation_is_the_confederation_named_before() -> None:
    text = (
        "La Confédération vellane des artisans s'est félicitée de la signature. La "
        "confédération estime dans un communiqué que « cet accord ouvre des marchés "
        "considérables »."
    )
    trained = _trained(text)
    assert trained["cet accord ouvre des marchés considérables"][0] == (
        "Confédération vellane des artisans"
    )


def test_l_homme_is_never_the_woman_quoted_before() -> None:
    text = (
        "La coureuse Anaïs Verdalle a gagné. « Je suis comblée », a-t-elle dit. Parmi les "
        "finisseurs, le doyen de l'épreuve, âgé de 80 ans, a bouclé la distance. « Je cours "
        "pour mes petits-enfants » , a confié le vieil homme, très applaudi."
    )
    trained = _trained(text)
    assert trained["Je suis comblée"][0] == "Anaïs Verdalle"
    assert trained["Je cours pour mes petits-enfants"][0] is None


def test_an_adverb_after_the_auxiliary_keeps_the_pronoun_subject() -> None:
    text = (
        "Le président du club, Jean-Marc Sorlhac, a parlé samedi. M. Sorlhac a reconnu "
        "plusieurs appels. Dimanche, il a même qualifié l'attitude des dirigeants d'en face "
        "d'« irrespectueuse »."
    )
    assert _trained(text)["irrespectueuse"] == ("Jean-Marc Sorlhac", "fragment")
    assert rules_by_text(text, "fr")["irrespectueuse"] == "Jean-Marc Sorlhac"


def test_words_said_in_a_language_before_an_audience_are_speech() -> None:
    text = (
        "Le député Joris Van Acker a déclaré en néerlandais devant la presse « Dit is geen "
        "hervorming, dit is diefstal »."
    )
    quoted = _trained(text)["Dit is geen hervorming, dit is diefstal"]
    assert quoted[0] == "Joris Van Acker"
    assert quoted[1] != "other"


def test_a_participle_after_the_quotation_is_no_incise() -> None:
    text = (
        "Le tribunal correctionnel de Namèche a condamné l'ancien échevin. Le procureur "
        "Yannick Delmotte a requis deux ans. Il avait aussi évoqué des courriels « accablants » "
        ", lus en partie devant le tribunal."
    )
    assert _trained(text)["accablants"] == ("Yannick Delmotte", "fragment")
    assert rules_by_text(text, "fr")["accablants"] == "Yannick Delmotte"


def test_a_participle_aside_after_a_name_keeps_the_name_as_speaker() -> None:
    text = (
        "Gérald Mauduit , évoquant une « chasse aux sorcières » , a rejeté jeudi toutes les "
        "accusations. Hélène Saubat, dénonçant une « dérive », a quitté la salle."
    )
    trained = _trained(text)
    assert trained["chasse aux sorcières"] == ("Gérald Mauduit", "fragment")
    assert trained["dérive"] == ("Hélène Saubat", "fragment")


def test_il_after_a_noun_described_by_a_participle_is_the_subject() -> None:
    text = (
        "L'évêque Anselme Morvillard a prononcé une homélie très commentée, dans laquelle "
        "il a fustigé une Europe « qui a peur de son ombre »."
    )
    assert _trained(text)["qui a peur de son ombre"] == ("Anselme Morvillard", "fragment")


def test_a_clergyman_and_an_officer_re_described() -> None:
    text = (
        "Le cardinal Anselme Morvillard a célébré la messe. Devant les fidèles, le prélat a "
        "appelé à une « hospitalité sans calcul ».\n\nLe ministre Paul Tréguer a parlé "
        "d'une mission « utile ». Le général Hervé Castagnol commande l'opération. Arrivé à "
        "Gao mardi , l'officier a passé deux jours auprès des unités . Il s'est ensuite rendu "
        "à Kidal . « Les premières patrouilles ont trouvé deux caches » , a-t-il précisé ."
    )
    trained = _trained(text)
    assert trained["hospitalité sans calcul"] == ("Anselme Morvillard", "fragment")
    assert trained["Les premières patrouilles ont trouvé deux caches"][0] == "Hervé Castagnol"


def test_se_souvient_an_unnamed_worker_names_nobody() -> None:
    text = (
        "La directrice des fouilles, Hélène Vasseur, a présenté le site. « C'est une première "
        "», a-t-elle expliqué.\n\n« Quand la pelle a touché le bronze, tout le monde s'est tu "
        "» , se souvient un ouvrier du chantier. « Le bruit était terrible », se souvient "
        "aussi Marc Olivet."
    )
    trained = _trained(text)
    assert trained["Quand la pelle a touché le bronze, tout le monde s'est tu"][0] is None
    assert trained["Le bruit était terrible"][0] == "Marc Olivet"


def test_il_after_someone_who_would_not_give_his_name_names_nobody() -> None:
    text = (
        "Le commissaire Étienne Morlaix a parlé. « Aucune piste n'est écartée » , a - t - il "
        "déclaré .\n\nLe gérant du café voisin, qui n'a pas voulu donner son nom, a vu les "
        "hommes ressortir. « Le plus jeune criait aux autres de se dépêcher » , explique - t "
        "- il ."
    )
    assert _trained(text)["Le plus jeune criait aux autres de se dépêcher"][0] is None


def test_an_adjective_after_a_body_noun_keeps_the_body_named_in_a_statement() -> None:
    text = (
        "Les syndicats sont partagés. Selon le communiqué de la Fédération des artisans "
        "vellans, la baisse de l'impôt « soutiendra la demande ». L'organisation patronale "
        "salue un texte « responsable » et demande une simplification."
    )
    trained = _trained(text)
    assert trained["soutiendra la demande"][0] == "Fédération des artisans vellans"
    assert trained["responsable"][0] == "Fédération des artisans vellans"


def test_l_association_is_the_body_the_text_called_so() -> None:
    text = (
        "L'association Rivages Sonores , qui organise chaque été le festival Les Nuits "
        "d'Arvor , a annoncé son annulation . Les groupes Iron Gulls et Pale Harbour devaient "
        "jouer .\n\nLe maire d'Arvor , Yann Le Goff , a dénoncé «\u00a0un gâchis\u00a0» . "
        "«\u00a0La commune avait proposé son aide\u00a0» , a-t-il assuré .\n\nLes billets "
        "seront remboursés «\u00a0sous trente jours\u00a0» , précise l'association sur son "
        "site internet. Ses responsables préparent une édition plus modeste."
    )
    assert _trained(text)["sous trente jours"][0] == "Rivages Sonores"


def test_headlines_credited_with_commas_under_sources_quote_no_one() -> None:
    text = (
        "Le maire a parlé.\n\nSources\n« Plus de 300 rescapés au large de Lampedusa » , "
        "Giornale del Porto , 18 mai 2016 .\n"
    )
    assert _trained(text)["Plus de 300 rescapés au large de Lampedusa"] == (None, "other")


def test_a_clause_after_a_work_s_noun_is_the_subject_s_words() -> None:
    text = (
        "Parmi les figurants, Lucien Bessière, 82 ans, ancien éleveur. Bessière, qui n'était "
        "pas retourné au cinéma depuis « La Grande Vadrouille », promet d'aller voir le film "
        "« même s'il faut descendre jusqu'à Figeac »."
    )
    trained = _trained(text)
    assert trained["La Grande Vadrouille"] == (None, "other")
    assert trained["même s'il faut descendre jusqu'à Figeac"][0] == "Lucien Bessière"


def test_a_general_secretary_is_still_the_unionist() -> None:
    text = (
        "La grève a été lancée par le Syndicat des aiguilleurs du ciel ( SAC ) . « Nous ne "
        "faisons pas grève contre les passagers » , a déclaré son secrétaire général , Rémi "
        "Astruc .\n\nSelon M. Astruc , le projet supprime deux centres . Le syndicaliste a "
        "qualifié ce plan de « dangereux » ."
    )
    assert _trained(text)["dangereux"] == ("Rémi Astruc", "fragment")


def test_words_judging_an_operation_are_the_judge_s() -> None:
    text = (
        "La maire de Castelroux, Hélène Barsac, a jugé l'opération « indispensable ». Le "
        "préfet a lancé l'opération « escargot » sur le port."
    )
    trained = _trained(text)
    assert trained["indispensable"] == ("Hélène Barsac", "fragment")
    assert trained["escargot"] == (None, "other")


def test_il_may_be_a_man_whose_given_name_women_bear_elsewhere() -> None:
    text = (
        "Le Premier ministre Hédi Ben Salah a présenté un gouvernement remanié . Devant la "
        "presse , il a décrit la nouvelle équipe comme un « gouvernement de combat » ."
    )
    assert _trained(text)["gouvernement de combat"] == ("Hédi Ben Salah", "fragment")


def test_elle_after_an_adverb_is_the_subject_not_the_paper_she_spoke_to() -> None:
    text = (
        "Leur porte-parole , la pédiatre Paula Arrieta , a accueilli la nouvelle avec émotion . "
        "Dans un entretien accordé jeudi au quotidien La Voz del Litoral , elle a toutefois "
        "averti que la lutte « n'était pas terminée » ."
    )
    assert _trained(text)["n'était pas terminée"][0] == "Paula Arrieta"


def test_the_player_is_never_the_player_s_agent() -> None:
    text = (
        "L'attaquant Samuel Okaba a marqué deux buts. L'agent du joueur, Florian Bastide, a "
        "parlé de son avenir.\n\n« Je veux rester ici », a dit le joueur."
    )
    assert _trained(text)["Je veux rester ici"][0] != "Florian Bastide"


def test_a_role_of_a_place_set_off_by_a_participle_is_the_subject() -> None:
    text = (
        "Le préfet a annoncé sa venue, et l'évêque de Lorvenne, Gaspard Millau, a écourté "
        "son voyage.\n\nLe recteur de la mosquée, Karim Bessaoud, est « bouleversé par la "
        "nouvelle. » L'évêque de Lorvenne, reçu à la préfecture, appelle chacun, « même "
        "les non-croyants, à se recueillir »."
    )
    words = "même les non-croyants, à se recueillir"
    assert _trained(text)[words][0] == "Gaspard Millau"
    assert rules_by_text(text, "fr")[words] == "Gaspard Millau"


def test_a_view_opening_the_sentence_outweighs_a_thing_as_subject() -> None:
    text = (
        "Un lézard inconnu a été décrit en Ardèche.\n\nPour Nadège Foulquier , cette "
        "trouvaille confirme que le plateau reste « un coffre dont on n'a ouvert que le "
        "couvercle » . Elle rappelle que la campagne a duré trois ans ."
    )
    words = "un coffre dont on n'a ouvert que le couvercle"
    assert _trained(text)[words][0] == "Nadège Foulquier"
    assert rules_by_text(text, "fr")[words] == "Nadège Foulquier"


def test_a_report_as_subject_keeps_its_words_without_a_view() -> None:
    text = "Le rapport publié lundi confirme que le plateau reste « un coffre fermé » ."
    assert _trained(text)["un coffre fermé"][0] is None


def test_a_party_judging_in_an_object_relative_stays_unnamed() -> None:
    text = (
        "Le Parti du progrès a déposé une loi, que la gauche juge « dangereuse » pour les libertés."
    )
    assert rules_by_text(text, "fr")["dangereuse"] is None


def test_a_company_set_off_after_selon_and_a_description_is_the_source() -> None:
    text = (
        "Le cargo a été dérouté vers le port . Ses marins sont « sains et saufs » , selon "
        "l'armateur , la société danoise Kvistgaard Shipping ."
    )
    assert _trained(text)["sains et saufs"][0] == "Kvistgaard Shipping"
