"""Bodies met as sources, documents, epithets after a work's noun and credit lines.

Each article is invented; each test reads it with the rules' entities and with the
trained engine, as ``newsreader analyze`` does for French.
"""

from __future__ import annotations

from pipeline_quotes import rules_by_text, trained_quotes


def _both(text: str) -> tuple[dict[str, str | None], dict[str, tuple[str | None, str]]]:
    trained = {q.text: (q.speaker, q.kind) for q in trained_quotes(text, text.split("\n")[0])}
    return rules_by_text(text, "fr"), trained


def test_a_body_named_after_selon_is_what_l_organisme_means() -> None:
    text = (
        "Le club de voile Cap Horizon a annulé ses régates .\n\nLa vague de chaleur a atteint "
        "son pic mercredi , avec 42 °C relevés à Montclavel , selon Météo-Suisse . L'organisme "
        "a placé le département en vigilance rouge , un niveau « rarement atteint » , et "
        "prévoit « une baisse des températures samedi » ."
    )
    _, trained = _both(text)
    assert trained["une baisse des températures samedi"][0] == "Météo-Suisse"


def test_l_agence_is_the_agency_named_after_selon_not_the_charity_above() -> None:
    text = (
        "Le navire de l’association Cap Horizon a recueilli 90 personnes.\n\n"
        "Selon le Haut-Commissariat aux migrations du Levant, plus de 2 000 personnes ont "
        "disparu cette année. L’agence parle d’une « tragédie silencieuse » et appelle les "
        "États à « ouvrir des voies légales »."
    )
    _, trained = _both(text)
    agency = "Haut-Commissariat aux migrations du Levant"
    assert trained["tragédie silencieuse"][0] == agency
    assert trained["ouvrir des voies légales"][0] == agency


def test_words_describing_an_operation_are_quoted_not_its_name() -> None:
    text = (
        "Le navire de l’association Cap Horizon a recueilli 90 personnes au large. Parmi "
        "elles se trouvaient douze mineurs, selon l’association, qui évoque une opération "
        "« longue et très délicate ». Les pêcheurs ont lancé une opération « escargot » sur "
        "le port."
    )
    _, trained = _both(text)
    assert trained["longue et très délicate"] == ("Cap Horizon", "fragment")
    assert trained["escargot"] == (None, "other")  # a name of two words or one stays one


def test_headlines_credited_to_outlets_under_sources_quote_no_one() -> None:
    text = (
        "Les pompiers sont restés mobilisés toute la nuit.\n\nSources :\n"
        "« Incendie : la vallée sous la fumée » – Le Courrier des Cimes, 3 août 2016\n"
        '"Les Hauts-Vals évacués" – Radio Arlanc , 3 août 2016\n'
    )
    rules, trained = _both(text)
    for headline in ("Incendie : la vallée sous la fumée", "Les Hauts-Vals évacués"):
        assert rules[headline] is None
        assert trained[headline] == (None, "other")


def test_headlines_listed_under_sources_quote_no_one() -> None:
    inline = (
        "Les pompiers sont restés mobilisés.\n\nSources : « Le feu enfin fixé » – Le Courrier "
        "varois , 8 août 2016 ; « Mille évacués » – Radio Azur , 7 août 2016 .\n"
    )
    listed = (
        "La cour dispose de trois semaines.\n\nSources :\n\n« Législatives : le parti en "
        "tête selon les résultats »\n\n« L'opposition annonce des recours »\n"
    )
    for text in (inline, listed):
        rules, trained = _both(text)
        assert rules and all(speaker is None for speaker in rules.values())
        assert trained and all(got == (None, "other") for got in trained.values())
    alone = "Les pompiers sont restés mobilisés.\n\n« Nous ne lâcherons rien. »\n"
    assert _both(alone)[1]["Nous ne lâcherons rien."] == (None, "speech")


def test_a_signed_quotation_keeps_its_signature() -> None:
    rules, trained = _both("« Nous ne céderons rien » — Ruth Calder.\n")
    assert rules["Nous ne céderons rien"] == "Ruth Calder"
    assert trained["Nous ne céderons rien"] == ("Ruth Calder", "speech")


def test_la_jeune_femme_is_the_article_s_central_figure() -> None:
    text = (
        "Chloé Vantal en finale à Rio\n\n22 mai 2016 . – Chloé Vantal disputera les Jeux en "
        "août. La kayakiste a remporté dimanche la finale à Duisbourg, devançant la Hongroise "
        "Réka Solti et la Polonaise Ewa Marczak.\n\n« J’ai pensé à tous ceux qui m’ont aidée "
        "», a déclaré la jeune femme, en larmes, à l’arrivée."
    )
    rules, trained = _both(text)
    assert rules["J’ai pensé à tous ceux qui m’ont aidée"] == "Chloé Vantal"
    assert trained["J’ai pensé à tous ceux qui m’ont aidée"][0] == "Chloé Vantal"


def test_pour_qui_gives_the_words_to_its_antecedent() -> None:
    text = (
        "L'Union des marins a débloqué une aide , a indiqué une porte-parole de la Commission "
        "des pêches du Nord , pour qui l'aide est « prête à grandir si nécessaire » . Le "
        "député Paul Arnoux, pour qui la réforme reste « une erreur historique », votera contre."
    )
    _, trained = _both(text)
    assert trained["prête à grandir si nécessaire"][0] == "Commission des pêches du Nord"
    assert trained["une erreur historique"][0] == "Paul Arnoux"


def test_a_translation_after_soit_is_the_speaker_s() -> None:
    text = (
        "La ministre Alicia Ferrán a salué « une victoire » . « El agua no es una mercancía » , "
        "a-t-elle lancé devant ses partisans réunis à Montevideo , soit « L'eau n'est pas une "
        "marchandise » ."
    )
    rules, trained = _both(text)
    assert rules["L'eau n'est pas une marchandise"] == "Alicia Ferrán"
    assert trained["L'eau n'est pas une marchandise"] == ("Alicia Ferrán", "speech")


def test_par_la_nouvelle_names_no_one() -> None:
    text = (
        "Le coureur Pieter Valck est suspendu . Son avocate , Me Hilde Maes , a transmis une "
        "déclaration . Son entraîneur s'est dit « abasourdi » par la nouvelle ."
    )
    rules, trained = _both(text)
    assert rules["abasourdi"] is None
    assert trained["abasourdi"][0] is None


def test_the_officer_of_an_unnamed_body_is_nobody_named() -> None:
    text = (
        "Le président de la banque centrale, Reto Amsler, a défendu la mesure. Les caisses de "
        "pension se montrent plus critiques. « Chaque baisse érode un peu plus la rente des "
        "retraités », a réagi le responsable d'une grande caisse zurichoise."
    )
    rules, trained = _both(text)
    assert rules["Chaque baisse érode un peu plus la rente des retraités"] is None
    assert trained["Chaque baisse érode un peu plus la rente des retraités"][0] is None


def test_a_role_after_a_preposition_gives_the_apposed_name_no_gender() -> None:
    text = (
        "Interrogé par la présidente du tribunal , Bernard Lacombe , 58 ans , a reconnu des « "
        "erreurs » mais nié toute fraude . Selon la défense , une partie des vins venait bien "
        "de l'appellation . Les factures n' ont jamais été retrouvées . « Je n' ai jamais vendu "
        "un vin que je n' aurais pas bu » , a - t - il assuré ."
    )
    rules, trained = _both(text)
    said = "Je n' ai jamais vendu un vin que je n' aurais pas bu"
    assert rules[said] == "Bernard Lacombe"
    assert trained[said][0] == "Bernard Lacombe"


def test_leur_avocat_is_the_one_lawyer_the_article_names_later() -> None:
    text = (
        "Les frères Castan sont jugés pour fraude . « Mes clients n'ont jamais voulu tromper "
        "qui que ce soit » , a plaidé leur avocat dès l'ouverture des débats .\n\n"
        "Me Arnaud Lestier , qui défend les frères Castan , a dénoncé une « procédure à "
        "charge » ."
    )
    rules, trained = _both(text)
    said = "Mes clients n'ont jamais voulu tromper qui que ce soit"
    assert rules[said] == "Arnaud Lestier"
    assert trained[said][0] == "Arnaud Lestier"


def test_l_institution_is_the_body_not_the_person_quoted_before() -> None:
    text = (
        "La climatologue Ingrid Solvang a présenté le rapport . Elle a appelé les États à « "
        "agir vite » .\n\nL' Organisation météorologique mondiale (OMM) , qui a fourni des "
        "données , confirme ces tendances . « Les seize années les plus chaudes sont toutes "
        "récentes » , a rappelé l' institution dans un communiqué ."
    )
    rules, trained = _both(text)
    said = "Les seize années les plus chaudes sont toutes récentes"
    assert rules[said] != "Ingrid Solvang"
    assert trained[said][0] == "Organisation météorologique mondiale"


def test_son_avocate_is_a_woman_and_the_channel_she_spoke_to_is_not_her() -> None:
    text = (
        "Le capitaine , Stelios Karas , a été placé en garde à vue samedi matin . Son avocate ,"
        ' Dimitra Vlasi , a dénoncé une "précipitation" des autorités . "Mon client a suivi '
        'toutes les procédures", a-t-elle affirmé à la télévision publique ERT .'
    )
    rules, trained = _both(text)
    said = "Mon client a suivi toutes les procédures"
    assert rules[said] == "Dimitra Vlasi"
    assert trained[said][0] == "Dimitra Vlasi"
