"""A bare source noun (« l'organisation », « les juges ») is the body the article named.

Invented bodies and people; entities are given and the rules engine judges.
"""

from __future__ import annotations

from pipeline_quotes import trained_quotes
from quote_text import cast

CAST = cast(
    ["Paul Verdier"],
    bodies=["Fédération des pêcheurs", "tribunal administratif de Lorvenne", "Veltronic"],
)


def test_the_organisation_is_the_body_named_before() -> None:
    text = (
        "La Fédération des pêcheurs juge le plan trop tardif. « Les rivières ne peuvent "
        "plus attendre », prévient l'organisation dans un communiqué."
    )
    assert CAST.speakers(text) == ["Fédération des pêcheurs"]


def test_judges_speak_for_the_court_not_the_company_on_trial() -> None:
    text = (
        "Le tribunal administratif de Lorvenne a rejeté jeudi le recours de la commune. "
        "Veltronic, qui exploite le site, se réjouit. « Le permis a été délivré selon les "
        "règles », écrivent les juges."
    )
    assert CAST.speakers(text) == ["tribunal administratif de Lorvenne"]


def test_a_charity_or_a_utility_is_the_body_named_before() -> None:
    bodies = cast(["Paul Verdier"], bodies=["Harrow Lane Trust", "Kelvale Water"])
    text = (
        "Harrow Lane Trust lost £2m to the fraud. The charity said in a statement that it "
        'had "rebuilt its finances" since.\n\nKelvale Water sent tankers on Monday. The '
        'utility said it was "prioritising hospitals".'
    )
    assert bodies.speakers(text, "en") == ["Harrow Lane Trust", "Kelvale Water"]


def test_the_hospital_is_the_body_whose_name_holds_the_word() -> None:
    bodies = cast(["Paul Verdier"], bodies=["Grand Hôpital de Lorvenne", "Syndicat des soignants"])
    text = (
        "Le Grand Hôpital de Lorvenne ferme ses urgences la nuit. Le Syndicat des "
        "soignants dénonce la mesure. En attendant, l'hôpital demande aux patients de "
        "se tourner, « pour les situations non urgentes », vers leur médecin."
    )
    assert bodies.speakers(text)[-1] == "Grand Hôpital de Lorvenne"


def test_fait_valoir_is_an_incise() -> None:
    text = (
        "La Fédération des pêcheurs a réuni ses membres. « Les rivières ne peuvent plus "
        "attendre », fait valoir l'organisation."
    )
    assert CAST.speakers(text) == ["Fédération des pêcheurs"]


def test_a_description_is_the_one_body_whose_name_holds_it() -> None:
    bodies = cast(["Paul Verdier"], bodies=["Independent Harbour Inspectorate"])
    text = (
        "The Independent Harbour Inspectorate visited the docks. In its report, the "
        'inspectorate said the cranes were "unsafe at any speed".'
    )
    assert bodies.speakers(text, "en") == ["Independent Harbour Inspectorate"]


def test_a_verb_after_a_body_noun_is_no_nationality() -> None:
    from tui.core.quotes.described import body_named_before

    text = "L'armée turque a bombardé. L'ordre évoque un « maillage fragilisé ». L'armée a démenti."
    assert body_named_before(text, "ordre", text.index("maillage")) is None
    assert body_named_before(text, "armée", len(text)) == "armée turque"


def test_the_company_is_no_union_named_since() -> None:
    """« l'entreprise », « le groupe » pass over the union quoted in between."""
    bodies = cast(["Paul Verdier"], bodies=["Corvanel", "CGT"])
    text = (
        "Corvanel a annoncé la fermeture de son site. La CGT dénonce un « plan social "
        "déguisé ». « Le site souffre d'une surcapacité durable », précise l'entreprise."
    )
    assert bodies.speakers(text, "fr")[-1] == "Corvanel"


def test_the_group_is_the_body_introduced_with_that_noun() -> None:
    """« le groupe industriel Ardeval » then « le groupe »: Ardeval, not a body since."""
    bodies = cast(["Paul Verdier"], bodies=["Ardeval", "Veltronic"])
    text = (
        "Le groupe industriel Ardeval ferme son usine. Veltronic reprend une partie du site. "
        "« Nous accompagnerons chaque salarié », assure le groupe."
    )
    assert bodies.speakers(text, "fr")[-1] == "Ardeval"


def test_the_company_whose_direction_was_named_is_the_company() -> None:
    firms = cast(bodies=["Union des cheminots", "Rails du Sud"])
    text = (
        "L'Union des cheminots appelle à la grève. La direction de Rails du Sud conteste "
        "ces chiffres. « Chaque agent se verra proposer un poste », précise l'entreprise."
    )
    assert firms.speakers(text) == ["Rails du Sud"]


def test_a_capitalised_local_authority_is_the_council_the_article_named() -> None:
    text = (
        "La Région Hauts-de-France a réduit le nombre de cars sur la ligne.\n\n"
        "Dans un communiqué publié mercredi, la Région indique que les horaires pourraient "
        "être « ajustés »."
    )
    region = cast(places=["Région Hauts-de-France"])  # the model reads it as a place
    assert region.speakers(text, "fr") == ["Région Hauts-de-France"]


def test_the_text_is_not_the_agency_of_the_dateline_nor_a_ministers_brief() -> None:
    """« PARIS, 2 septembre (AFP) - … ministre de l'Intérieur … précise le texte »: the
    agency only reports, and the brief is no body that wrote the text."""
    people = cast(["Paul Verdier"], bodies=["AFP", "Intérieur"], places=["PARIS"])
    text = (
        "PARIS, 2 septembre (AFP) - Paul Verdier a été nommé mardi ministre de "
        "l'Intérieur, a annoncé l'exécutif dans un communiqué.\n\n"
        "« Ce choix traduit une volonté d'apaisement », précise le texte."
    )
    assert people.speakers(text) == [None]


def test_someone_placed_at_a_body_is_not_the_body() -> None:
    """« un conducteur présent à l'AG »: an unnamed driver, not the assembly."""
    people = cast(bodies=["AG"])
    text = (
        "Les grévistes ont voté la reconduction. « Ça a voté à main levée », rapporte un "
        "conducteur présent à l'AG, qui a souhaité rester anonyme."
    )
    assert people.speakers(text) == [None]


def test_judges_speak_for_a_court_named_only_by_its_kind_and_seat() -> None:
    """The model found no name in « Le tribunal administratif de Saint-Brac »: the court
    still speaks for « les juges », under that description."""
    people = cast(["Paul Verdier"], places=["Saint-Brac"])
    text = (
        "Le tribunal administratif de Saint-Brac a rejeté mardi le recours de Paul "
        "Verdier.\n\n« Les irrégularités invoquées n'ont pas altéré le scrutin », écrivent "
        "les juges dans leur décision."
    )
    assert people.speakers(text) == ["tribunal administratif de Saint-Brac"]


def test_a_generic_body_noun_is_the_body_just_named() -> None:
    """« Interrogé, le Service public X indique … « … », précise l'administration »."""
    people = cast(bodies=["Service public de Lorvenne"])
    text = (
        "Interrogé, le Service public de Lorvenne indique qu'une étude est « en cours ». "
        "« Des mesures seront proposées d'ici la fin de l'année », précise l'administration."
    )
    assert people.speakers(text) == ["Service public de Lorvenne", "Service public de Lorvenne"]


def test_an_unnamed_staff_member_before_a_relative_speaks_for_herself() -> None:
    """« Une infirmière de l'urgence de l'Hôpital X, qui a requis l'anonymat, décrit … »:
    the relative stands for the nurse, not for the hospital she works at."""
    from pipeline_quotes import rules_speakers

    text = (
        "Urgences\n\nUne infirmière de l'urgence de l'Hôpital régional de Saint-Jérôme, qui "
        "a requis l'anonymat, décrit des quarts de travail « qui s'étirent jusqu'à 16 "
        "heures ».\n"
    )
    assert rules_speakers(text, "fr") == [None]


def test_a_route_the_company_runs_is_not_the_company() -> None:
    routes = cast(bodies=["Rail Sud Voyageurs", "Nîmes-Alès"])
    text = (
        "Pour mercredi, Rail Sud Voyageurs annonce un trafic très perturbé, avec des cars "
        "sur la ligne Nîmes-Alès. L'entreprise invite les voyageurs à « reporter leurs "
        "déplacements » et rappelle que les billets sont remboursables."
    )
    assert routes.speakers(text) == ["Rail Sud Voyageurs"]


def test_a_union_is_the_body_its_spokesman_speaks_for_never_the_ministry() -> None:
    """« porte-parole de la Confédération X. Le ministère … Le syndicat, minoritaire, … »:
    the union, named after its spokesman's noun, and no description with the apposition."""
    text = (
        "Le ministère de l'Élevage a annoncé des abattages.\n\n"
        "« On attend depuis des mois », assure Mathieu Dubreuil, porte-parole de la "
        "Confédération rurale des Landes. Le syndicat, minoritaire dans le département, "
        "réclame la fin du « tout-abattage »."
    )
    quotes = trained_quotes(text, "Grippe aviaire")
    assert [q.speaker for q in quotes] == ["Mathieu Dubreuil", "Confédération rurale des Landes"]


def test_an_adjective_set_off_after_the_noun_stays_out_of_the_description() -> None:
    text = "Le syndicat, minoritaire dans le département, réclame la fin du « tout-abattage »."
    [quote] = trained_quotes(text, "Grippe aviaire")
    assert (quote.speaker, quote.source) == (None, "syndicat")


def test_the_final_communique_speaks_for_the_body_that_issued_it() -> None:
    text = (
        "Réunis à Abuja, les chefs d'État de l'Union ouest-africaine des marchés (UOAM) "
        "ont reporté le lancement de la monnaie unique. Le communiqué final évoque "
        "désormais un horizon « réaliste » de 2032."
    )
    [quote] = trained_quotes(text, "Monnaie unique")
    assert quote.speaker == "Union ouest-africaine des marchés"


def test_a_maker_counted_among_a_fleet_is_no_company_that_speaks() -> None:
    """« cinq Airbus A321 et un Boeing 737 »: the aircraft, not the firm the article is
    about, which « la compagnie » goes back to."""
    text = (
        "Air Lorvenne en liquidation\n\nLe tribunal a prononcé la liquidation d'Air "
        "Lorvenne. La compagnie exploitait cinq Airbus A321 et un Boeing 737-500.\n\n"
        "La compagnie annonce qu'elle remboursera ses clients « dans les plus brefs délais »."
    )
    quotes = trained_quotes(text, "Air Lorvenne en liquidation")
    assert [q.speaker for q in quotes] == ["Air Lorvenne"]


def test_the_party_is_the_body_named_before() -> None:
    people = cast(["Awa Koné"], bodies=["Rassemblement civique"])
    text = (
        "Le Rassemblement civique dénonce des fraudes. « Nous avons des preuves », "
        "affirme le parti. Awa Koné, sa candidate, a annoncé un recours."
    )
    assert people.speakers(text, "fr") == ["Rassemblement civique"]


def test_the_english_party_is_the_body_named_before() -> None:
    people = cast(["Ann Veller"], bodies=["Civic Front"])
    text = (
        "The Civic Front rejected the count. “We have the evidence,” the party said. "
        "Ann Veller, its candidate, will appeal."
    )
    assert people.speakers(text, "en") == ["Civic Front"]


def test_the_landlord_is_the_body_named_before() -> None:
    people = cast(["Paul Verdier"], bodies=["Vellac Habitat"])
    text = (
        "Le bailleur, Vellac Habitat, a annoncé le relogement de la famille. « Les travaux "
        "démarreront lundi », a fait savoir le bailleur dans un communiqué."
    )
    assert people.speakers(text, "fr") == ["Vellac Habitat"]


def test_a_trade_noun_of_firms_stands_for_the_company_named_before() -> None:
    """« le papetier invoque « … » » after « la papeterie Novacell »: the company."""
    text = (
        "Papeterie\n\nLa papeterie Novacell de Raon fermera en juin. Dans un communiqué, le "
        "papetier invoque « une surcapacité structurelle du marché ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Papeterie")] == ["Novacell"]


def test_a_newspaper_named_by_its_title_in_quotation_marks_speaks() -> None:
    """« Le quotidien « La Voz Austral » a salué « … » »: the paper, whose title is no
    quotation of anyone."""
    text = (
        "Cannes\n\nEn Argentine, la victoire a été saluée. Le quotidien « La Voz Austral » a "
        "salué « la consécration d'une cinéaste obstinée ».\n"
    )
    quotes = trained_quotes(text, "Cannes")
    assert [q.speaker for q in quotes] == [None, "Voz Austral"]


def test_the_management_a_striker_quotes_is_the_firm_not_the_union_on_strike() -> None:
    from pipeline_quotes import trained_article_speakers

    body = (
        "Aucun navire de la Compagnie fluviale du Lez (CFL) n'a quitté le quai mardi, à "
        "l'appel de l'Unione di i Battellieri (UDB), majoritaire parmi les équipages.\n\n"
        "Sur le quai, Yann Le Goff, secrétaire général de l'UDB, ne décolère pas. « La "
        "direction nous a répondu “on verra en septembre”, mais c'est nous qui faisons "
        "tourner les bateaux », lance le syndicaliste."
    )
    speakers = trained_article_speakers(body, "Grève sur le Lez")
    assert speakers == ["Yann Le Goff", "Compagnie fluviale du Lez"]


COUNCILS = cast(
    ["Paul Verdier"],
    bodies=["conseil départemental de la Lorvenne", "conseil régional d'Orvanne"],
)


def test_the_department_speaks_as_the_council_the_article_named() -> None:
    text = (
        "Le maire dit avoir alerté le conseil départemental de la Lorvenne. Le "
        "département conteste toute négligence. « Le pont a été inspecté en mars », a "
        "indiqué le département dans un communiqué."
    )
    assert COUNCILS.speakers(text) == ["conseil départemental de la Lorvenne"]


def test_the_region_speaks_as_its_council() -> None:
    text = (
        "Le conseil régional d'Orvanne a voté son budget. « Nous tenons nos engagements », "
        "a indiqué la région."
    )
    assert COUNCILS.speakers(text) == ["conseil régional d'Orvanne"]


def test_the_department_unnamed_is_never_a_person_named_before() -> None:
    text = (
        "Le maire a reçu Paul Verdier dans l'après-midi. « Le pont a été inspecté en "
        "mars », a indiqué le département."
    )
    assert COUNCILS.speakers(text) == [None]


def test_the_hospital_is_the_hospital_centre_named_before() -> None:
    hospitals = cast(["Paul Verdier"], bodies=["centre hospitalier de Morlaix", "Veltronic"])
    text = (
        "Le centre hospitalier de Morlaix a fermé ses urgences la nuit. Veltronic, son "
        "prestataire, se tait. « Nous manquons de médecins », a expliqué l'hôpital."
    )
    assert hospitals.speakers(text) == ["centre hospitalier de Morlaix"]


def test_the_collective_is_the_group_named_before() -> None:
    groups = cast(["Paul Verdier"], bodies=["Stop Béton Lorvenne"])
    text = (
        "Devant la mairie, des militants du collectif Stop Béton Lorvenne brandissaient "
        "des pancartes. Le collectif a salué « un premier pas » et demande un calendrier."
    )
    assert groups.speakers(text) == ["Stop Béton Lorvenne"]


def test_the_collective_no_one_named_is_not_the_last_body() -> None:
    groups = cast(["Paul Verdier"], bodies=["Association des maires du Causse"])
    text = (
        "L'Association des maires du Causse a dénoncé les menaces. Le collectif opposé "
        "au projet, baptisé « Vents du Causse », assure n'avoir « rien à voir » avec elles."
    )
    assert groups.speakers(text)[-1] is None
