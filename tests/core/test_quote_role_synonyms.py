"""A role re-described by another word (« l'édile » for the mayor, « la magistrate »
for the presiding judge, "the lawmaker" for a senator) is the person introduced with
the first role; « le prévenu » is the one person the article puts on trial.

Invented people; entities are given and the rules engine judges.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes, rules_speakers, trained_quotes
from quote_text import cast

CAST = cast(
    ["Gérald Montaubin", "Nadia Fercoq", "Lucas Tavernier", "Maëlle Prigent"],
    surnames=["Montaubin", "Fercoq", "Tavernier", "Prigent"],
)


def test_the_edile_is_the_mayor_introduced_before() -> None:
    text = (
        "« Le marché couvert coûte trop cher », a défendu le maire, Gérald Montaubin.\n\n"
        "En face, Nadia Fercoq a ouvert le feu. « Vous vendez la commune. »\n\n"
        "« Je ne vends rien du tout », a rétorqué l'édile.\n"
    )
    assert CAST.speakers(text)[-1] == "Gérald Montaubin"


def test_the_magistrate_is_the_presiding_judge() -> None:
    text = (
        "À la barre, la présidente, Maëlle Prigent, reprend le dossier.\n\n"
        "« Vous saviez que la toiture était saine ? », demande la magistrate.\n"
    )
    assert CAST.speakers(text) == ["Maëlle Prigent"]


def test_the_defendant_is_the_one_person_on_trial() -> None:
    text = (
        "Lucas Tavernier, 41 ans, vendait des panneaux solaires qui ne produisaient rien. "
        "Mardi, il comparaissait devant le tribunal correctionnel.\n\n"
        "À la barre, la présidente, Maëlle Prigent, l'interroge.\n\n"
        "« Je croyais au produit », répond le prévenu.\n"
    )
    assert CAST.speakers(text) == ["Lucas Tavernier"]


def test_no_defendant_when_nobody_is_said_to_be_tried() -> None:
    text = (
        "Lucas Tavernier, 41 ans, vendait des panneaux solaires. Son voisin, Gérald "
        "Montaubin, en a acheté deux.\n\n« Je croyais au produit », répond le prévenu.\n"
    )
    assert CAST.speakers(text) == [None]


def test_the_lawmaker_is_the_senator_introduced_before() -> None:
    people = cast(["Dana Whitcombe", "Paul Ostrander"], surnames=["Whitcombe", "Ostrander"])
    text = (
        "The senator, Dana Whitcombe, pushed the bill through committee on Tuesday. Paul "
        "Ostrander, who runs the county's water board, watched from the gallery.\n\n"
        '"This is not the end of the fight," the lawmaker said.\n'
    )
    assert people.speakers(text, "en") == ["Dana Whitcombe"]


def test_the_accused_is_not_the_victim_named_in_the_charge() -> None:
    text = (
        "Au deuxième jour de son procès, Lucas Tavernier, 41 ans, a maintenu sa version. "
        "Il est accusé du meurtre de son beau-frère, Gérald Montaubin.\n\n"
        "« Je ne l'ai pas poussé », a répété l'accusé.\n"
    )
    assert CAST.speakers(text) == ["Lucas Tavernier"]


def test_a_name_set_off_after_a_parsed_role_speaks() -> None:
    from pipeline_quotes import trained_quotes

    text = (
        "Festival\n\nL'adjoint à la culture de Millau, Serge Poujol, a assuré que la ville "
        "resterait « aux côtés du festival ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Festival")] == ["Serge Poujol"]


def test_the_representative_of_the_state_is_the_prefect_the_article_named() -> None:
    people = cast(["Hélène Vasseur", "Jacques Morlet"], surnames=["Vasseur"], bodies=["État"])
    text = (
        "La sous-préfète de Millau, Hélène Vasseur, s'est rendue sur place. Jacques Morlet, "
        "l'organisateur, l'attendait.\n\n"
        "« On ne pouvait pas garantir la sécurité du public », explique la représentante "
        "de l'État.\n"
    )
    assert people.speakers(text) == ["Hélène Vasseur"]


def test_a_long_role_set_after_a_name_still_introduces_it() -> None:
    text = (
        "Une étude a été menée par Nadia Fercoq, professeure de médecine au centre "
        "hospitalier universitaire de la ville, et par Lucas Tavernier, infirmier.\n\n"
        "« Il faut rester prudent », a déclaré la professeure."
    )
    assert CAST.speakers(text) == ["Nadia Fercoq"]


def test_the_head_of_government_is_the_chancellor_introduced_before() -> None:
    """« le chef du gouvernement » after « Le chancelier allemand X »: X heads it."""
    text = (
        "Coalition\n\nLe chancelier allemand Lucas Tavernier a annoncé la fin de sa "
        "coalition. Nadia Fercoq, sa ministre, a démissionné.\n\n« Les électeurs doivent "
        "trancher », a déclaré le chef du gouvernement social-démocrate.\n"
    )
    assert CAST.speakers(text)[-1] == "Lucas Tavernier"


def test_the_researcher_is_the_scholar_introduced_before() -> None:
    """« le chercheur » re-describes the sociologist, not the mother quoted since."""
    text = (
        "Lucas Tavernier, sociologue à l'université de Rennes, suit le dossier depuis dix "
        "ans. « Le problème n'est pas nouveau », dit-il.\n\n"
        "Nadia Fercoq, mère de trois enfants, attend une réponse. « Personne ne nous "
        "rappelle », regrette-t-elle.\n\n"
        "Le chercheur plaide pour une réforme complète, votée avant l'été et appliquée "
        "partout. « On répare des fuites sans jamais changer les tuyaux. »\n"
    )
    assert CAST.speakers(text) == ["Lucas Tavernier", "Nadia Fercoq", "Lucas Tavernier"]


def test_the_researcher_is_nobody_when_no_scholar_was_introduced() -> None:
    text = (
        "Nadia Fercoq, mère de trois enfants, attend une réponse. « Personne ne nous "
        "rappelle », regrette-t-elle.\n\n"
        "« Les familles paient le retard », affirme un chercheur de l'université.\n"
    )
    assert CAST.speakers(text)[-1] is None


def test_the_chair_is_the_one_a_passive_says_chaired_the_panel() -> None:
    """ "The panel was chaired by Dr X" makes X "the chair"; and a quotation in single
    British marks after "She said …." opens a sentence of its own."""
    people = cast(["Ingrid Halvard", "Tom Brisk"], surnames=["Halvard", "Brisk"])
    text = (
        "The inquiry panel was chaired by Dr Ingrid Halvard, an integrity specialist. "
        "Tom Brisk, the professor under review, declined to comment.\n\n"
        "‘We did not rely on any single piece of evidence,’ Dr Halvard said.\n\n"
        "She said the panel had found the same image in two papers. ‘That is not a "
        "formatting slip,’ the chair said.\n"
    )
    found = people.found(text, "en")
    assert [speaker for _, speaker, _ in found] == ["Ingrid Halvard", "Ingrid Halvard"]
    assert found[-1][2] == "speech"


def test_a_relative_clause_of_leading_gives_the_role() -> None:
    """« X, qui commande la brigade » makes X « la commandante »: her later words are
    hers, not those of the last woman quoted; "Y, who chairs the group" is "the chair"."""
    text = (
        "Vols de matériel agricole\n\n« Les hangars visés sont tous isolés », constate le "
        "lieutenant Claire Motte, qui commande la brigade de Lanvéoc.\n\nJacques Le Bihan, "
        "éleveur, a perdu deux boîtiers. « Ils sont repartis en cinq minutes », raconte-t-il."
        "\n\nConseillère municipale, Anne Kerlo juge les caméras « inutiles ». « On ne "
        "surveille pas un champ », fait-elle remarquer.\n\nEn attendant, la commandante de "
        "brigade appelle à la vigilance. « Tout signalement compte », insiste-t-elle.\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Vols de matériel agricole")]
    assert speakers[-1] == "Claire Motte"
    people = cast(["Marc Tessier", "Ann Cole"], surnames=["Tessier", "Cole"])
    english = (
        "Marc Tessier, who chairs the Elmwood residents' group, wrote to the council.\n\n"
        "Ann Cole, a neighbour, called the road dangerous.\n\n"
        '"We will not give up," the chair said.\n'
    )
    assert people.speakers(english, "en") == ["Marc Tessier"]


def test_a_hearing_answer_to_monsieur_le_president_is_the_defendants() -> None:
    """The mayor « s'est défendu d'emblée l'élu » (whose son-in-law is « l'époux de la
    fille du maire », no mayor himself); the presiding judge asks; « …, monsieur le
    président. » answers him, so the mayor says it."""
    people = cast(
        ["Gérald Montaubin", "Lucas Tavernier", "Maëlle Prigent"],
        surnames=["Montaubin", "Tavernier", "Prigent"],
    )
    text = (
        "Gérald Montaubin, maire de la commune depuis 2008, comparaissait mardi.\n\n"
        "La commune a confié ses travaux à la société de Lucas Tavernier, l'époux de la "
        "fille du maire.\n\n"
        "« Je n'ai rien caché », s'est défendu d'emblée l'élu, costume gris.\n\n"
        "La présidente du tribunal, Maëlle Prigent, l'a vite ramené aux faits.\n\n"
        "« Votre gendre était le seul candidat. Vous ne trouvez pas ça curieux ? »\n\n"
        "« Il n'y a pas cinquante entreprises ici, madame la présidente. »\n"
    )
    assert CAST.with_names(people).speakers(text) == [
        "Gérald Montaubin",
        "Maëlle Prigent",
        "Gérald Montaubin",
    ]


def test_a_deputy_role_is_never_the_principal() -> None:
    """ "the deputy mayor" is the mayor's deputy the article named, not the mayor."""
    body = (
        "Mayor Gerald Lemon and his deputy, Nadia Benali, presented the plan. "
        '"This neighbourhood deserves it," the deputy mayor said.'
    )
    assert [q.speaker for q in article_quotes(body, "en")] == ["Nadia Benali"]


def test_le_nouveau_president_est_celui_qui_vient_d_etre_elu() -> None:
    """« X a été élu président » ties the role to X, and « a » is no article there."""
    text = (
        "Club\n\nJacques Fontaine a été élu président du club. Il succède à Michel Roux, qui "
        "avait démissionné en mars. « Je veux redonner de la fierté aux supporters », a "
        "déclaré le nouveau président."
    )
    assert [q.speaker for q in trained_quotes(text, "Club")] == ["Jacques Fontaine"]


def test_the_new_president_is_the_one_just_elected() -> None:
    body = (
        "Jack Fountain was elected club president. He replaces Michael Ross, who resigned in "
        'March. "I want to restore the supporters\' pride," the new president said.'
    )
    assert [q.speaker for q in article_quotes(body, "en")] == ["Jack Fountain"]


def test_a_court_officer_nobody_was_introduced_as_is_nobody() -> None:
    """« la procureure avait dénoncé des « … » » with no prosecutor named: not the
    spokeswoman quoted last."""
    text = (
        "Procès\n\n« C'est un jugement historique », a déclaré Farida Benali, porte-parole "
        "du collectif.\n\nÀ l'audience, la procureure avait dénoncé des « négligences en "
        "cascade »."
    )
    assert [q.speaker for q in trained_quotes(text, "Procès")] == ["Farida Benali", None]


def test_elle_after_a_court_officer_nobody_named_is_nobody() -> None:
    """« L'avocate générale … « … », a-t-elle lancé » with no such officer named: not the
    expert who spoke in the paragraph before."""
    text = (
        "Procès\n\n« Ce type de lésion suppose un second choc », a expliqué le médecin "
        "légiste Claire Vasseur.\n\nL'avocate générale n'a pas attendu ses réquisitions. "
        "« Un escalier ne fracture pas un crâne deux fois », a-t-elle lancé à l'accusé."
    )
    assert [q.speaker for q in trained_quotes(text, "Procès")] == ["Claire Vasseur", None]


def test_a_court_officer_introduced_with_the_role_is_that_person() -> None:
    text = (
        "Procès\n\nLa procureure, Anne Leroux, a requis cinq ans. « Les faits sont graves », "
        "a déclaré Farida Benali, porte-parole du collectif.\n\nÀ l'audience, la procureure "
        "avait dénoncé des « négligences en cascade »."
    )
    assert [q.speaker for q in trained_quotes(text, "Procès")] == ["Farida Benali", "Anne Leroux"]


def test_the_head_of_state_is_the_president_of_the_republic() -> None:
    """« le chef de l'État » and « le locataire de l'Élysée » stand for the president
    the article named, though others speak between."""
    text = (
        "Retraites\n\nLe président de la République, Gérald Montaubin, a tenu bon mardi. "
        "« Nous ne reculerons pas », a déclaré le chef de l'État.\n\n"
        "La syndicaliste Nadia Fercoq dénonce « un passage en force ».\n\n"
        "Le locataire de l'Élysée a promis d'« écouter » les syndicats. « La porte reste "
        "ouverte », a-t-il assuré.\n"
    )
    assert CAST.speakers(text) == [
        "Gérald Montaubin",
        "Nadia Fercoq",
        "Gérald Montaubin",
        "Gérald Montaubin",
    ]


def test_a_president_of_the_senate_is_not_the_head_of_state() -> None:
    text = (
        "Sénat\n\nLe président du Sénat, Lucas Tavernier, a reçu les maires mardi.\n\n"
        "« Le texte sera voté », a promis le chef de l'État dans la soirée.\n"
    )
    assert CAST.speakers(text)[-1] != "Lucas Tavernier"


def test_the_head_of_state_speaking_somewhere_is_still_the_president() -> None:
    """With the parse, « le chef de l'État à Tours » is the head of state, in Tours."""
    text = (
        "Le président de la République, Serge Poujol, a tenu bon mardi. « Nous ne "
        "reculerons pas », a déclaré le chef de l'État à Tours. La syndicaliste Farida "
        "Benali dénonce « un passage en force ».\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Retraites")] == [
        "Serge Poujol",
        "Farida Benali",
    ]


def test_a_nationality_is_never_a_person_introduced_with_another() -> None:
    """« le Belge X » is never « l'Italien »."""
    text = (
        "Match\n\n« On a manqué de maîtrise », a regretté Lucas Tavernier.\n\n"
        "Le Belge Gérald Montaubin, lui, était ravi. « Quel match ! », a lancé le Belge.\n\n"
        "« On reviendra », a promis l'Italien.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Match")][-1] != "Gérald Montaubin"


def test_a_regional_word_may_describe_a_person_of_a_nationality() -> None:
    """« le Français X » may be « l'Aveyronnais »: a region's people hold a nationality."""
    text = (
        "Course\n\nLucas Tavernier a gagné devant le Français Gérald Montaubin.\n\n"
        "Mais l'arrivée a laissé un goût amer à Gérald Montaubin. Il estime avoir été "
        "gêné. « On ne fait pas ça », s'est emporté l'Aveyronnais.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Course")] == ["Gérald Montaubin"]


def test_a_role_written_as_a_false_title_is_its_holders() -> None:
    text = (
        "Match\n\nVellby City won 3-1, easing the pressure on manager Tom Harrow after four "
        "defeats. The visitors lost midfielder Jon Pell to a red card.\n\n"
        "The Vellby manager admitted he had thought of changing his system. “I trusted "
        "them,” he said.\n"
    )
    assert rules_speakers(text) == ["Tom Harrow"]


def test_a_victim_named_in_the_headline_is_not_the_accused() -> None:
    text = (
        "Aux assises, Lucas Tavernier face à la mort de Gérald Montaubin\n\n"
        "Il se tient droit dans le box. Lucas Tavernier, 34 ans, comparaît depuis lundi.\n\n"
        "Long silence. « J'avais peur », finit par répondre l'accusé.\n"
    )
    assert CAST.speakers(text) == ["Lucas Tavernier"]


def test_the_opponent_is_the_rival_a_race_named() -> None:
    from pipeline_quotes import trained_article_speakers

    body = (
        "La présidente sortante, Anne Morel, revendique la victoire avec 55 % des voix. "
        "Son principal adversaire, Marc Diallo, rejette ces chiffres.\n\n"
        "« Le peuple a parlé, et il a parlé clairement », a répété jeudi Anne Morel devant "
        "ses partisans.\n\n"
        "L'opposant, 52 ans, parle d'un scrutin « truqué » dans trois régions."
    )
    speakers = trained_article_speakers(body, "Élection au Bénin")
    assert speakers == ["Anne Morel", "Marc Diallo"]


def test_a_ranking_adjective_is_no_role() -> None:
    from tui.core.quotes.speakers import role_key

    assert role_key("principal adversaire") == ("adversaire",)
    assert role_key("the principal") == ("principal",)


def test_a_rival_may_also_hold_an_office() -> None:
    from pipeline_quotes import trained_article_speakers

    body = (
        "La maire sortante, Anne Morel, défend son bilan.\n\n"
        "Son principal adversaire, Marc Diallo, n'a pas laissé passer l'occasion. « Vous "
        "avez promis des crèches, vous avez livré des parkings », a attaqué le conseiller "
        "départemental, qui conduit une liste d'union."
    )
    assert trained_article_speakers(body, "Municipales") == ["Marc Diallo"]
