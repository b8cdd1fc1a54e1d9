"""A role introduced with a participle complement (« L’adjoint chargé des mobilités,
X, ») is a role, and « a ajouté l’élu » then re-describes X, quoted just before in the
same paragraph. Invented names."""

from __future__ import annotations

from pipeline_quotes import article_quotes, rules_speakers, trained_quotes

from tui.core.quotes.role_before import _role_walk


def test_a_participle_complement_stays_in_the_role() -> None:
    assert _role_walk("L’adjoint chargé des mobilités, ") == "adjoint chargé des mobilités"
    assert _role_walk("la ministre déléguée aux Sports, ") == "ministre déléguée aux Sports"


def test_a_role_after_a_persons_quotes_is_that_person() -> None:
    text = (
        "Conseil\n\nLa maire, Odile Fresnel, a défendu le projet. « La concertation a duré "
        "quatorze mois », a-t-elle rappelé.\n\nL’adjoint chargé des mobilités, Yanis Corbel, "
        "a défendu le projet. « Ce n’est pas la fin de la voiture », a-t-il résumé. « Les "
        "commerces en profiteront », a ajouté l’élu.\n"
    )
    quotes = trained_quotes(text, "Conseil")
    speakers = {q.text: q.speaker for q in quotes}
    assert speakers["Les commerces en profiteront"] == "Yanis Corbel"


def test_a_bare_role_is_the_one_person_introduced_with_that_role() -> None:
    text = (
        "Piscine\n\nL’échevine des Sports, Lina Ferrer, a tenté de rassurer les clubs.\n\n"
        "Pour le conseiller communal Joris Maes, la majorité « savait depuis 2019 » que le "
        "bâtiment était vétuste.\n\nInterpellée sur ce point, l’échevine s’est justifiée : "
        "« Le document contient des informations sensibles. »\n"
    )
    quotes = trained_quotes(text, "Piscine")
    speakers = {q.text: q.speaker for q in quotes}
    assert speakers["Le document contient des informations sensibles."] == "Lina Ferrer"


def test_a_portfolio_inside_a_role_is_not_the_one_it_names() -> None:
    text = (
        "Urgences\n\nQUÉBEC — Le ministre de la Santé, Luc Brassard-Roy, a promis des "
        "résultats.\n\nLe ministre a répliqué en accusant l'opposition d'avoir « laissé "
        "filer » le recrutement.\n"
    )
    quotes = trained_quotes(text, "Urgences")
    assert [q.speaker for q in quotes] == ["Luc Brassard-Roy"]


def test_the_person_set_off_after_a_role_of_a_body_speaks() -> None:
    text = (
        "Assemblée\n\nLe président du groupe Les Républicains, Olivier Marchal, a aussitôt "
        "dénoncé un « passage en force ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Assemblée")] == ["Olivier Marchal"]


def test_a_feminine_role_is_never_a_man() -> None:
    text = (
        "Sénat\n\nLe rapporteur du texte, Jean-Michel Portal, a critiqué le volet financier. "
        "« Le gouvernement garde l'argent », a estimé le rapporteur.\n\n"
        "La ministre de la Cohésion des territoires, Églantine Roussel, n'a pas caché sa "
        "déception. « Je regrette ce choix », a réagi la ministre dans un communiqué.\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Sénat")]
    assert speakers == ["Jean-Michel Portal", "Églantine Roussel"]


def test_a_role_after_the_paragraph_s_subject_is_that_person() -> None:
    text = (
        "Débat\n\nLe maire sortant, Hervé Le Goff, a ouvert la soirée. La journaliste "
        "Morgane Quéré a posé les questions.\n\n"
        "D'ici là, M. Patrice Guérin entend poursuivre son porte-à-porte. « Le vrai débat "
        "aura lieu dans les urnes », a conclu le candidat.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Débat")] == ["Patrice Guérin"]


def test_a_masculine_role_with_a_feminine_form_is_never_a_woman() -> None:
    text = (
        "Débat\n\nLa journaliste Morgane Quérec animait la soirée. « Est-ce un échec ? », "
        "a-t-elle demandé. Gwenaëlle Kerval, qui brigue un second mandat, a contesté le terme. "
        "« Un échec, non », a répondu l'élue divers gauche.\n\n"
        "Son principal adversaire, Loïc Tanvez, n'a pas laissé passer l'occasion. « Vous avez "
        "construit là où personne ne veut habiter », a attaqué le conseiller régional.\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Débat")]
    assert speakers == ["Morgane Quérec", "Gwenaëlle Kerval", "Loïc Tanvez"]


def test_a_role_past_a_quoted_bystander_is_the_person_the_headline_names() -> None:
    text = (
        "À Lyon, Sophie Marchal-Roy veut « rendre la France à ceux qui la font tourner »\n\n"
        "LYON – Ils étaient 6 000 pour le premier meeting de Sophie Marchal-Roy.\n\n"
        "Au premier rang, Martine Gaudin, aide-soignante, était venue en car. « Elle parle de "
        "nous », confiait-elle.\n\n"
        "Pendant une heure, l'ancienne ministre de l'Industrie a déroulé un discours centré "
        "sur le travail. « Depuis des années, on explique aux Français qu'ils doivent faire "
        "un effort », a-t-elle lancé.\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Meeting")]
    assert speakers[-1] == "Sophie Marchal-Roy"


def test_a_role_met_unnamed_as_a_bystander_is_nobody_named() -> None:
    text = (
        "Procès Le Gall : vingt ans requis\n\n"
        "Didier Le Gall nie les faits. Didier Le Gall a parlé longuement.\n\n"
        "Invité par le président de la cour à prendre la parole en dernier, Didier Le Gall "
        "s'est levé. « Je n'ai pas tué Yannick. »\n\n"
        "« La cour se retire pour délibérer », a annoncé le président, peu avant 18 heures.\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Procès")]
    assert speakers[-1] is None


def test_a_minister_s_portfolio_never_speaks_and_a_call_to_act_is_speech() -> None:
    text = (
        "Le ministre de l'Agriculture chahuté, promet un « fonds d'urgence »\n\n"
        "Auch (AFP) - Le ministre de l'Agriculture, Philippe Aubertin, a annoncé un « fonds "
        "d'urgence » de 40 millions d'euros.\n\n"
        "Le vice-président de la Région, Jean-Luc Mazars, a appelé « les deux parties à se "
        "remettre autour de la table ».\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Gers")]
    assert speakers == ["Philippe Aubertin", "Philippe Aubertin", "Jean-Luc Mazars"]


def test_a_role_set_off_after_chez_and_closing_its_sentence_ties_the_name() -> None:
    text = (
        "Rugby\n\nMême discours chez le capitaine, Mathieu Dupuy-Sarrat. « Il faut qu'on se "
        "regarde dans les yeux », a estimé le troisième-ligne.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Rugby")] == ["Mathieu Dupuy-Sarrat"]


def test_a_person_role_qualified_by_a_body_is_the_person_who_holds_it() -> None:
    text = (
        "Usine\n\nDidier Schwartzer, délégué CGT du site, dénonce la fermeture. Une assemblée "
        "est prévue jeudi. Le délégué CGT prévient : « On ne signera rien. »\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Usine")] == ["Didier Schwartzer"]


def test_a_verb_after_et_shares_the_first_verb_s_named_subject() -> None:
    text = (
        "Incendie\n\nLe parquet de Draguignan a ouvert une enquête et indique, dans un "
        "communiqué, que les constatations « orientent vers une origine accidentelle ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Incendie")] == ["parquet de Draguignan"]


def test_a_relative_after_a_named_person_s_role_is_that_person_s() -> None:
    text = (
        "Eau\n\n« Les retenues ne créent pas d'eau », a réagi auprès de l'AFP Hélène Vigourel, "
        "présidente de l'association Garonne Vivante, qui appelle à « sortir du "
        "tout-irrigation ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Eau")] == ["Hélène Vigourel"] * 2


def test_a_quotation_after_a_sentence_about_a_person_holding_a_list_name_is_hers() -> None:
    text = (
        "Halle\n\nEn face, Sandrine Fargeot, tête de liste de « Montrevel Autrement », a "
        "ouvert le feu. « Vous bradez le patrimoine des Montrevelois à un promoteur. »\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Halle")][-1] == "Sandrine Fargeot"


def test_a_role_after_the_one_person_the_paragraph_names_is_that_person() -> None:
    text = (
        "Budget\n\nLa maire, Odile Fresnel, a défendu la hausse des impôts.\n\n"
        "Un argument qui n'a pas convaincu Yanis Corbel. « On nous dit qu'il n'y a pas "
        "d'argent, mais on en trouve pour la piscine », a ironisé le conseiller "
        "d'opposition.\n"
    )
    speakers = {q.text: q.speaker for q in trained_quotes(text, "Budget")}
    assert (
        speakers["On nous dit qu'il n'y a pas d'argent, mais on en trouve pour la piscine"]
        == "Yanis Corbel"
    )


def test_an_office_named_another_way_is_not_the_paragraphs_person() -> None:
    text = (
        "Séance\n\nLa députée Lina Ferrer a défendu la motion.\n\nDans sa réponse, le chef "
        "du gouvernement a dénoncé « le cirque » de l'opposition. « Ce cirque ne sert "
        "personne », a-t-il ajouté.\n"
    )
    speakers = {q.text: q.speaker for q in trained_quotes(text, "Séance")}
    assert speakers["Ce cirque ne sert personne"] != "Lina Ferrer"


def test_a_role_set_off_by_commas_after_a_preposition_ties_the_name() -> None:
    text = (
        "Procès\n\nLe prévenu secoue la tête. Invité à répondre par la présidente, Lina "
        "Ferrer, il conteste tout.\n\nLes photos montrent des fils à nu. « Vous trouvez "
        "que c'est un logement décent ? », demande la présidente.\n"
    )
    speakers = {q.text: q.speaker for q in trained_quotes(text, "Procès")}
    assert speakers["Vous trouvez que c'est un logement décent ?"] == "Lina Ferrer"


def test_a_circumstance_of_time_after_a_role_ends_it() -> None:
    """« a déclaré le prévenu dès l'ouverture des débats »: the role is « le prévenu »."""
    text = (
        "Procès en appel\n\nOlivier Dessaix comparaît depuis lundi devant la cour d'appel de "
        "Lorvenne pour une escroquerie de neuf millions d'euros.\n\n« J'ai été dépassé par "
        "mon propre système », a déclaré le prévenu dès l'ouverture des débats.\n"
    )
    [quote] = trained_quotes(text, "Procès en appel")
    assert quote.speaker == "Olivier Dessaix"


def test_a_pronoun_after_a_role_is_the_one_person_the_paragraph_names() -> None:
    """« X monte à la tribune. Le premier ministre sait… « … », lance-t-il »: X."""
    text = (
        "Censure\n\nIl est 16 heures quand Aurélien Mauduit monte à la tribune. Le premier "
        "ministre sait que le compte n'y est pas, et il le laisse entendre. « Vous ne "
        "renverserez pas les chiffres », lance-t-il aux bancs de la gauche.\n"
    )
    [quote] = trained_quotes(text, "Censure")
    assert quote.speaker == "Aurélien Mauduit"


def test_a_person_noun_is_the_one_person_the_article_names() -> None:
    """« X ouvre la voie… ¶ « … », précise la chercheuse »: the one person named."""
    text = (
        "Glacier\n\nIl faut deux heures de marche. Inès Barthoud ouvre la voie, le matériel "
        "sur le dos.\n\nLes chiffres publiés mardi sont sans appel. « Nous avons mesuré des "
        "pertes de trois mètres en un seul été », précise la chercheuse.\n"
    )
    [quote] = trained_quotes(text, "Glacier")
    assert quote.speaker == "Inès Barthoud"


def test_a_document_is_never_the_one_person_named() -> None:
    """« le rapport » or « the paper » is no person, however few the article names."""
    text = (
        "Sleep\n\nProfessor Lena Hartwell led the trial at four schools.\n\nPupils slept "
        "longer. The paper says the gain was “most pronounced among heavy users”.\n"
    )
    speakers = {q.text: q.speaker for q in trained_quotes(text, "Sleep")}
    assert speakers.get("most pronounced among heavy users") != "Lena Hartwell"


def test_a_long_role_with_its_brief_is_still_a_role() -> None:
    """« L'adjointe au maire chargée de la tranquillité publique, X, »: nine words."""
    assert (
        _role_walk("L'adjointe au maire chargée de la tranquillité publique, ")
        == "adjointe au maire chargée de la tranquillité publique"
    )


def test_a_description_after_two_opening_phrases_is_the_pronoun_s_antecedent() -> None:
    text = (
        "Le chancelier Markus Brandt a annoncé la fin de sa coalition. Le chef de "
        "l'opposition, Hendrik Alber, a réclamé un vote de confiance.\n\n"
        "Devant les députés de son groupe, réunis à huis clos jeudi matin, le chancelier a "
        "tenté de reprendre la main. « Je ne laisserai pas ce pays glisser vers "
        "l'immobilisme », a-t-il lancé."
    )
    assert rules_speakers(text, "fr")[-1] == "Markus Brandt"


def test_an_office_with_its_field_re_describes_the_one_person_named() -> None:
    """ "The former secretary of state said": the office is "secretary", its field
    "of state" no complement naming someone else."""
    text = 'Mara Quinn spoke in Iowa. The former secretary of state said she was "ready."'
    assert rules_speakers(text) == ["Mara Quinn"]
    other = 'Jane Dole, 17, died on Friday. The mother of the victim said it was "senseless."'
    assert rules_speakers(other) == [None]


def test_a_portfolio_named_in_a_headline_issues_no_statement() -> None:
    text = (
        "Remaniement : l'ancienne rectrice Marion Castaing nommée à l'Éducation\n\n"
        "PARIS (AFP) - Marion Castaing a été nommée mardi ministre de l'Éducation, a "
        "annoncé l'exécutif dans un communiqué.\n\n"
        "« Ce choix marque la volonté d'apaiser les relations avec les enseignants », "
        "précise le texte.\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Remaniement")]
    assert speakers == [None]


def test_an_epithet_no_one_holds_is_the_sentence_subject_before_it() -> None:
    """ "the businessman" after "Hargen shrugged." is Hargen, though a senator spoke
    before and Hargen was introduced as a nominee."""
    body = (
        "Republican nominee Dale Hargen accused his rival of “selling out the worker.”\n\n"
        "Sen. Mark Tolby declined to attend the rally. “I'm focused on my own race,” "
        "Tolby told reporters.\n\nAsked about Tolby's absence, Hargen shrugged. “That's "
        "his choice,” the New York businessman said."
    )
    assert article_quotes(body)[-1].speaker == "Dale Hargen"


def test_an_epithet_stays_open_when_the_sentence_names_another_person() -> None:
    """« X a lu une lettre de Y. « … », avait écrit la fillette »: X or Y, so not X."""
    text = (
        "L’enseignante Sophie Marec a pris la parole devant l’école.\n\nPour finir, Sophie "
        "Marec a lu une lettre rédigée par Elina Dosti. « Je veux rester ici », avait "
        "écrit la fillette.\n"
    )
    quotes = trained_quotes(text, "École")
    assert quotes[-1].speaker != "Sophie Marec"


def test_a_delegated_minister_with_her_brief_is_the_one_just_quoted() -> None:
    text = (
        "Recours\n\n« On nous a volé cette élection », a lancé Mme Awa Koné. L'ancienne "
        "ministre déléguée à la Solidarité, 46 ans, a annoncé un recours. Elle a appelé "
        "ses militants au « calme ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Recours")] == ["Awa Koné", "Awa Koné"]
