"""A role under a possessive set off before a name ties the role to that name (« son
capitaine, X », "her counterpart, X"), so the role said again later is that person;
an official brought in as "another official" stays unnamed. Invented names."""

from __future__ import annotations

from pipeline_quotes import rules_speakers
from quote_text import cast


def test_a_possessive_role_before_a_name_is_that_person_s() -> None:
    text = (
        "Le Montpelliérain Diego Sarrat met 6 buts et son capitaine, Malo Guérin, réussit "
        "les 4 buts qu'il a tirés.\n\n"
        "En conférence de presse, le capitaine montpelliérain se dit fier de ses joueurs : "
        "« L'équipe s'est donné les moyens d'aller chercher cette victoire. »"
    )
    assert rules_speakers(text, "fr") == ["Malo Guérin"]


def test_an_english_possessive_role_before_a_name_is_that_person_s() -> None:
    text = (
        "Minister Ada Solvik signed for Aldmark. Her counterpart, Teodor Vance, signed for "
        "Kervia.\n\n"
        "“It ends a long chapter,” the counterpart said."
    )
    assert rules_speakers(text) == ["Teodor Vance"]


def test_another_official_then_the_official_is_nobody_named() -> None:
    text = (
        "Her counterpart, Teodor Vance, signed for Kervia.\n\n"
        "Another official involved in the talks said pressure had been decisive. The "
        "official, who asked not to be named, said: “The owners made it very clear.”"
    )
    assert rules_speakers(text) == [None]


def test_a_court_s_juridiction_is_a_body_not_its_president() -> None:
    text = (
        "Dans sa décision, lue par sa présidente, Hélène Varenne, la juridiction relève que "
        "le prévenu avait « fait le choix de différer des travaux »."
    )
    assert rules_speakers(text, "fr") != ["Hélène Varenne"]


def test_a_role_with_an_age_is_the_person_the_paragraph_is_about() -> None:
    text = (
        "Vols de gazole\n\n"
        "Quand Jean-Claude Farel a voulu démarrer son tracteur, mardi matin, le moteur a "
        "toussé deux fois. Pendant la nuit, quelqu'un avait siphonné la cuve. « C'est la "
        "deuxième fois depuis Noël », raconte l'éleveur de 58 ans."
    )
    assert rules_speakers(text, "fr") == ["Jean-Claude Farel"]


def test_the_municipality_is_the_city_named_before() -> None:
    text = (
        "La Ville de Marsan, qui s'était constituée partie civile, a salué la décision. « La "
        "Ville se constituera partie civile dans chaque dossier », a indiqué la municipalité."
    )
    assert cast(bodies=["Ville de Marsan"]).speakers(text, "fr") == ["Ville de Marsan"]


def test_a_rival_after_a_score_is_still_a_role_set_off() -> None:
    from tui.core.quotes.role_before import role_before

    text = "Elle obtient 55 % des voix, contre 40 % à son principal adversaire, Marc Ilunga. "
    assert role_before(text, text.index("Marc"), closing=True) == "principal adversaire"
    portfolio = "La ministre déléguée à l'Industrie, Anne Roc, a répondu."
    assert role_before(portfolio, portfolio.index("Anne")) == "ministre déléguée à l'Industrie"


def test_a_complement_after_a_name_is_no_role() -> None:
    from tui.core.quotes.role_after import role_after

    text = "Le décompte crédite la sortante, Anne Roc, de 55 % des voix, contre 40 %."
    end = text.index("Anne Roc") + len("Anne Roc")
    assert role_after(text, end) is None
    aside = "Anne Roc, porte-parole du collectif, a répondu."
    assert role_after(aside, len("Anne Roc")) == "porte-parole du collectif"
