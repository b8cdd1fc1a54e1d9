"""A role of many words (« le secrétaire général du syndicat CGT des dockers du Havre,
X ») still ties to the name after it, so a shorter mention of the role later finds X;
« le chef de l'organisation X, qui déclare que « … » » gives the words to X, the name
the role ends on, not to another chief the article named before; a quoted relative
clause (« à sa grand-mère, « qui ne savait pas lire » ») is the subject's own words;
in « La CFDT du groupe X craint », the union heads the subject, not the group; and
« Le gardien, élu meilleur joueur, a dédié … » opens on its subject, not on an aside.

Invented people and bodies.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers


def test_a_long_role_is_found_again_by_its_shorter_form() -> None:
    body = (
        "« Nous ne les laisserons pas faire », a lancé le secrétaire général du syndicat "
        "CGT des dockers du Havre, Franck Lemarin, devant les grévistes.\n\n"
        "Jeudi soir, le secrétaire général de la CGT des dockers a déclaré : « Nous irons "
        "jusqu'au bout. »"
    )
    speakers = trained_article_speakers(body, title="Le Havre : grève des dockers")
    assert speakers == ["Franck Lemarin", "Franck Lemarin"]


def test_a_relative_after_a_role_and_its_name_is_the_name_s() -> None:
    body = (
        "Le 28 juillet, le chef du Front Nord, Abou Karim al-Sami, annonce la rupture de "
        "ses liens avec le commandement central. Il remercie aussi « les commandants pour "
        "avoir compris ». Ainsi, il semble bien que cette rupture ait été négociée avec le "
        "chef de l'organisation Ayman al-Rashid, qui déclare à ce propos que « vous pouvez "
        "sacrifier sans hésitation les liens »."
    )
    speakers = trained_article_speakers(body, title="Rupture au Front Nord")
    assert speakers == ["Abou Karim al-Sami", "Ayman al-Rashid"]


def test_a_quoted_relative_clause_is_the_subject_s_own_words() -> None:
    body = (
        "Leïla Mansour a dédié son prix à sa grand-mère, « qui ne savait pas lire mais "
        "racontait mieux que personne »."
    )
    assert trained_article_speakers(body, title="Prix Orsini") == ["Leïla Mansour"]


def test_a_quoted_name_in_such_a_sentence_stays_nobody_s() -> None:
    body = "Leïla Mansour a dédié son prix à l'association « Lire en Famille »."
    assert trained_article_speakers(body, title="Prix Orsini") == [None]


def test_a_body_right_after_the_determiner_heads_the_subject() -> None:
    body = (
        "Le groupe Bréval Alpenlait Europe naîtra en janvier. Les syndicats de salariés se "
        "montrent plus inquiets. La CFDT du groupe Bréval craint des « doublons » dans les "
        "fonctions support."
    )
    assert trained_article_speakers(body, title="Fusion laitière") == ["CFDT"]


def test_a_role_set_off_by_a_participle_is_the_subject() -> None:
    body = (
        "Les Lavallois ont renversé la rencontre grâce à leur gardien, Thomas Kerval, "
        "auteur de dix-neuf arrêts.\n\n"
        "Le gardien, élu meilleur joueur de la finale, a dédié la victoire à son père, "
        "« qui n'a raté aucun match depuis que j'ai six ans »."
    )
    assert trained_article_speakers(body, title="Laval gagne la Coupe") == ["Thomas Kerval"]


def test_a_time_set_off_before_a_participle_is_no_subject() -> None:
    body = (
        "Thomas Kerval a gardé les buts de Laval.\n\n"
        "Le lendemain, salué par la presse, le club a publié un « communiqué de victoire »."
    )
    assert trained_article_speakers(body, title="Laval gagne la Coupe") == [None]


def test_a_relative_after_the_role_keeps_its_nickname_nobody_s() -> None:
    body = (
        "Raymond Castel a été condamné mardi.\n\n"
        "Le prévenu, que les habitants du quartier surnommaient « le Baron », est resté "
        "impassible."
    )
    assert trained_article_speakers(body, title="Incendie à Marseille") == [None]
