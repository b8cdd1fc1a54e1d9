"""The head of a subject speaks, not a name inside its complements: a person's
affiliation after "of", a list inside a relative clause, a name used as a modifier in
an apposition, the listener after "told". Invented names, given as entities.
"""

from __future__ import annotations

from pipeline_quotes import trained_quotes
from quote_text import cast

people = cast(
    ["Arvind Rao", "Tom Reddy", "Gerald Finch", "Pia Sorensen"],
    surnames=["Finch"],
    bodies=["Wetlands Collective", "Reuters", "Holm Brewing"],
    places=["Bavaria", "Belgium", "Poland"],
)


def test_a_person_of_a_body_speaks_not_the_body() -> None:
    text = (
        "Arvind Rao of the Wetlands Collective, who has mapped the lakes for years, said "
        "the order was a “template” for others."
    )
    assert people.speakers(text, "en") == ["Arvind Rao"]


def test_a_list_inside_a_relative_clause_holds_no_speaker() -> None:
    text = (
        "Holm Brewing, which owns breweries in Bavaria, Belgium and Poland, said the "
        "site would stay “independent in everything but ownership”."
    )
    assert people.speakers(text, "en") == ["Holm Brewing"]


def test_a_name_used_as_a_modifier_in_an_apposition_does_not_speak() -> None:
    text = (
        "Gerald Finch lost the vote. Councillor Tom Reddy, a longtime Finch supporter, "
        "described the result as “a fluke of turnout”."
    )
    assert people.speakers(text, "en") == ["Tom Reddy"]


def test_the_listener_after_told_is_never_the_speaker() -> None:
    text = "“We are not against dams,” the study’s lead author told Reuters."
    assert people.speakers(text, "en") == [None]


def test_a_role_word_may_precede_the_name_in_an_apposition() -> None:
    text = (
        "“We are not against dams,” the study’s lead author, hydrologist Pia Sorensen, "
        "told Reuters."
    )
    assert people.speakers(text, "en") == ["Pia Sorensen"]


def test_a_person_named_in_what_the_subject_reports_does_not_block_the_lead_in() -> None:
    text = (
        "Mrs Sorensen said Arvind Rao had been saving for driving lessons.\n\n"
        "“I just want them to do the right thing.”"
    )
    assert people.with_names(cast(["Pia Sorensen"], surnames=["Sorensen"])).speakers(
        text, "en"
    ) == ["Pia Sorensen"]


def test_a_lowercase_role_before_the_name_opens_the_subject() -> None:
    text = (
        "Consultant orthopaedic surgeon Dr Pia Sorensen, who works at the hospital, said "
        "the problem was beds.\n\n“I can do four hip replacements on a good day.”"
    )
    assert people.speakers(text, "en") == ["Pia Sorensen"]


def test_a_verb_before_the_name_makes_it_an_object() -> None:
    text = "Police arrested surgeon Pia Sorensen on Monday.\n\n“I can do four on a good day.”"
    assert people.speakers(text, "en") == [None]


def test_the_latter_is_the_person_named_last() -> None:
    text = "Pia Sorensen met Arvind Rao on Monday. The latter said the plan was “dead”."
    assert people.speakers(text, "en") == ["Arvind Rao"]


def test_a_relative_clause_with_commas_inside_leaves_the_name_before_it_as_subject() -> None:
    speakers = cast(
        ["Nkechi Obi", "Ruth Amadi"],
        bodies=["Ikeja General Hospital"],
        places=["Ikeja"],
    )
    text = (
        "Dr Nkechi Obi, who heads the agency, said the recall was “urgent”.\n\n"
        "Mrs Ruth Amadi, whose son fell ill at Ikeja General Hospital, Ikeja, on May 3, "
        "said she had bought the syrup nearby.\n\n"
        "“He had a small cough. Just a small cough,” she said."
    )
    assert speakers.speakers(text, "en") == ["Nkechi Obi", "Ruth Amadi"]


def test_a_name_set_off_inside_the_main_clause_is_no_subject() -> None:
    french = cast(["Claire Morvan", "Lucie"], surnames=["Morvan"])
    text = (
        "L'avocate générale a préconisé d'annuler la tutelle accordée à sa sœur, Lucie, "
        "et de la remplacer par une « double curatelle » confiée à une association."
    )
    assert french.speakers(text, "fr") == [None]


def test_an_opening_circumstance_is_still_passed_over() -> None:
    french = cast(["Claire Morvan"], surnames=["Morvan"])
    text = "Le jour où elle a été élue, Claire Morvan a promis une « ville apaisée »."
    assert french.speakers(text, "fr") == ["Claire Morvan"]


def test_the_main_clause_before_a_comma_keeps_its_subject() -> None:
    french = cast(bodies=["Office régional des examens"])
    text = (
        "L'Office régional des examens avait alors donné la même explication à cette "
        "baisse, « une année où nous n'avons repêché personne »."
    )
    assert french.speakers(text, "fr") == ["Office régional des examens"]


def test_words_quoted_of_a_passive_subject_are_not_its_own() -> None:
    french = cast(["Nora Vidal"], surnames=["Vidal"])
    text = (
        "Nora Vidal, 38 ans, caissière pendant dix ans dans une boutique à Osny, avait "
        "été licenciée pour « faute lourde » en mars, après avoir refusé de travailler "
        "le dimanche."
    )
    assert french.speakers(text, "fr") == [None]


def test_a_passive_subject_still_speaks_when_a_verb_of_saying_leads_to_the_words() -> None:
    french = cast(["Nora Vidal"], surnames=["Vidal"])
    text = "Licenciée en mars, Nora Vidal s'est dite « écœurée » par la décision."
    assert french.speakers(text, "fr") == ["Nora Vidal"]


def test_a_name_after_a_past_tense_is_its_object_not_a_role_holder() -> None:
    english = cast(["Nora Hale", "Tom Birch"], surnames=["Hale", "Birch"])
    text = (
        "Tom Birch, the prime minister, met the press. Nora Hale resigned on Monday.\n\n"
        "In a short letter, the prime minister thanked Mrs Hale for her work and said "
        "he was “sorry that she has chosen to leave”."
    )
    assert english.speakers(text, "en") != ["Nora Hale"]


def test_a_past_tense_ends_an_english_subject_phrase() -> None:
    english = cast(["Priya Menon"], surnames=["Menon"])
    text = (
        "Justice Priya Menon heard the case on Monday.\n\n"
        "The judge ordered the council to act and warned that “the deadline will not move”."
    )
    assert english.speakers(text, "en") == ["Priya Menon"]


def test_the_president_of_a_named_association_is_a_person_not_the_association() -> None:
    french = cast(["Gilles Morand"], surnames=["Morand"], bodies=["Vents du Causse"])
    text = (
        "Sur le chemin, Gilles Morand pointe l'horizon du doigt. « Les éoliennes seraient "
        "juste derrière », explique le président de l'association Vents du Causse."
    )
    assert french.speakers(text, "fr") != ["Vents du Causse"]


def test_a_spokesperson_still_speaks_for_the_body() -> None:
    french = cast(["Gilles Morand"], surnames=["Morand"], bodies=["Vents du Causse"])
    text = (
        "Gilles Morand a quitté la réunion. « Nous irons au tribunal », a indiqué une "
        "porte-parole de l'association Vents du Causse."
    )
    assert french.speakers(text, "fr") == ["Vents du Causse"]


def test_an_unnamed_body_announcing_the_words_speaks_them() -> None:
    """« L'armée annonce, dans un communiqué…, vouloir « … » »: the opening phrase is the
    main clause, and the body that announces is the one quoted."""
    french = cast(places=["Ostravie"])
    text = (
        "L'armée ostravienne annonce, dans un communiqué diffusé par la télévision "
        "publique, vouloir « rétablir l'ordre » dans le pays."
    )
    assert french.speakers(text, "fr") == ["armée ostravienne"]


def test_an_unnamed_court_condemning_on_a_charge_is_not_quoted() -> None:
    french = cast(["Yann Leroux"], surnames=["Leroux"])
    text = "Le tribunal a condamné Yann Leroux jeudi pour « homicide involontaire »."
    assert french.speakers(text, "fr") == [None]


def test_a_name_and_its_colleagues_speak_as_the_name() -> None:
    french = cast(["Claire Morvan"], surnames=["Morvan"])
    text = "Claire Morvan et ses collègues ont dénoncé un « recul sans précédent »."
    assert french.speakers(text, "fr") == ["Claire Morvan"]


def test_a_body_named_in_apposition_with_its_article_speaks() -> None:
    """« Le principal parti d'opposition, le Bloc citoyen, a dénoncé « … » »: the party
    named, whether the rules or the parse read the subject."""
    text = "Le principal parti d'opposition, le Front civique, a dénoncé le « mépris » du pouvoir."
    assert cast(bodies=["Front civique"]).speakers(text, "fr") == ["Front civique"]
    assert [q.speaker for q in trained_quotes(text, "Logement")] == ["Front civique"]


def test_a_list_of_names_going_on_an_opening_phrase_is_no_subject() -> None:
    """« Après les réactions de X, Y, Z et d'autres, le pape François « … » »: the names
    go on the opening phrase; the subject follows the list."""
    from pipeline_quotes import rules_speakers

    text = (
        "Attentat\n\nAprès les réactions de Paul Durand, Marie Lenoir, Jean Orsel et de "
        "divers autres élus, le pape François « s'associe à la douleur » .\n"
    )
    assert rules_speakers(text, "fr") == ["François"]
    text = (
        "Vote\n\nÀ la veille du vote, Paul Durand et Marie Lenoir, les deux candidats, "
        "ont jugé le plan « irréaliste » .\n"
    )
    assert rules_speakers(text, "fr") == ["Paul Durand"]  # a subject, no opening's list


def test_a_titled_given_name_is_not_someone_named_in_full() -> None:
    """« le pape François » beside François Hollande is the pope, not the president."""
    from pipeline_quotes import rules_speakers

    text = (
        "Attentat\n\nFrançois Hollande a réuni les ministres. « Je m'associe à la douleur "
        "», a déclaré le pape François.\n"
    )
    assert rules_speakers(text, "fr") == ["François"]


def test_a_name_set_off_after_a_role_and_its_participle_is_the_subject() -> None:
    """« Le ministre des Finances limogé, le libéral X, a dénoncé » in the trained engine:
    X, not the chancellor the role « ministre » could be read back to."""
    text = (
        "Le chancelier Markus Weber a annoncé la fin de la coalition. « Les électeurs "
        "doivent trancher », a-t-il ajouté.\n\nLe ministre des Finances limogé, le libéral "
        "Jan-Ole Petersen, a aussitôt dénoncé un « coup de force »."
    )
    speakers = [q.speaker for q in trained_quotes(text, "Coalition")]
    assert speakers == ["Markus Weber", "Jan-Ole Petersen"]


def test_the_pronoun_after_an_opening_phrase_speaks() -> None:
    """« Sur les réseaux sociaux, elle a promis … « … » »: not the opening phrase."""
    text = (
        "Crue\n\nLa ministre de la Santé, Hélène Marivaux, est attendue samedi. Sur les "
        "réseaux sociaux, elle a promis une aide « dans les meilleurs délais ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Crue")] == ["Hélène Marivaux"]


def test_l_interesse_is_the_person_named_last_of_its_gender() -> None:
    text = (
        "Club\n\nSelon une source proche du club, Patrick Dumaz devrait être prolongé. "
        "Interrogé à ce sujet, l'intéressé a botté en touche : « On parlera de ça en été. »\n\n"
        "La juge Anne Roy a cité Paul Durand. Interrogée, l'intéressée a écarté la question "
        ": « Rien à dire. »\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Club")] == ["Patrick Dumaz", "Anne Roy"]


def test_a_name_set_off_after_another_person_noun_is_that_person_s() -> None:
    """« a déclaré l'accusé …, en réponse aux questions de la présidente, X »: not X."""
    text = (
        "Assises\n\nLe procès s'est ouvert lundi. « Je n'ai jamais voulu sa mort », a déclaré "
        "l'accusé d'une voix tremblante, en réponse aux questions de la présidente de la cour, "
        "Anne Vercors.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Assises")] == [None]


def test_a_verb_saying_one_s_feelings_is_no_naming() -> None:
    """« et dit sa « disponibilité » »: « dit » before a possessive expresses, where
    « dit « le Gros » » names."""
    text = (
        "Syndicat\n\nAstrid Belan a salué l'élection et dit sa « disponibilité pour un "
        "dialogue ». Le braqueur, dit « le Gros », a été arrêté.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Syndicat")] == ["Astrid Belan", None]


def test_a_negated_stance_after_a_possessive_spokesperson_is_the_body_s() -> None:
    text = (
        "Caméras\n\nLa Ligue des droits de l'Homme (LDH) s'inquiète d'une « surveillance "
        "généralisée ». Sa porte-parole n'exclut pas « un recours devant le tribunal ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Caméras")] == [
        "Ligue des droits de l'Homme"
    ] * 2


def test_a_name_set_off_in_the_sentence_beats_a_role_resolved_from_afar() -> None:
    """« le psychiatre désigné par le juge, le docteur X, avait décrit « … » »: X, not
    the person of the sentence before."""
    text = (
        "Assises\n\nL'avocat de Denis Roy, Me Arnaud Ramel, a dénoncé la volonté de faire de "
        "son client « un monstre froid ».\n\nPlus tôt dans la journée, le psychiatre désigné "
        "par le juge d'instruction, le docteur Michel Fraip, avait décrit un accusé "
        "« impulsif ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Assises")] == [
        "Arnaud Ramel",
        "Michel Fraip",
    ]


def test_a_body_over_a_plural_place_speaks_as_its_description() -> None:
    """« la préfecture des Côtes-d'Armor indique que … « … » »: « des » is « de les »
    after the body noun, where the subject goes on."""
    text = (
        "Algues\n\nLa préfecture des Côtes-d'Armor indique que des concentrations « supérieures "
        "aux seuils d'alerte » ont été mesurées.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Algues")] == ["préfecture des Côtes-d'Armor"]
