"""A document quoted as if it spoke is its issuer's: the body named where the text
brings the document in ("a Harwell Water notice … The notice said"), after its noun
("the report from X, released on Tuesday,"), in a clause ("The report, published by
the university,") or as the subject who delivered it ("X said in a statement"). With
no issuer written, the document speaks for nobody. Invented names.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(
    ["Rowan Teale", "Mirela Dancu"],
    surnames=["Teale", "Dancu"],
    bodies=["Harwell Water", "Kelbridge University", "Environment Tarvia", "Brassfield Mining"],
)


def test_a_bare_notice_is_the_one_a_body_issued_before() -> None:
    text = (
        "The closure was announced in a one-paragraph Harwell Water notice late Friday. "
        'The notice said only that the works would "take as long as they take".'
    )
    assert CAST.speakers(text, "en") == ["Harwell Water"]


def test_a_report_published_by_a_body_noun_is_that_body() -> None:
    text = (
        "Kelbridge University will repay part of the grant.\n\n"
        "The report, published by the university on Tuesday, concluded that Rowan "
        "Teale had acted 'recklessly' in altering images."
    )
    assert CAST.speakers(text, "en") == ["Kelbridge University"]


def test_a_report_from_a_body_set_off_by_a_clause_is_that_body() -> None:
    text = (
        "Nitrate levels keep rising.\n\n"
        "The annual state of the environment report from Environment Tarvia, released "
        'on Tuesday, said the trend was "statistically robust".'
    )
    assert CAST.speakers(text, "en") == ["Environment Tarvia"]


def test_a_notice_nobody_issued_speaks_for_nobody() -> None:
    text = (
        "Residents woke to find the pool closed.\n\n"
        'A notice on the gate said the pool would "reopen in due course".\n\n'
        'Later the notice said the works were "on schedule".'
    )
    assert CAST.speakers(text, "en") == [None, None]


def test_the_statement_is_theirs_who_said_it_in_a_statement() -> None:
    text = (
        "The branch will close in June.\n\n"
        "Dancu, who was not at the meeting, said in a statement on Monday that the "
        "choice had been hard.\n\n"
        '"We cannot keep every door open," the statement said.'
    )
    assert CAST.speakers(text, "en") == ["Mirela Dancu"]


def test_a_statement_opened_by_in_a_statement_is_the_subjects() -> None:
    text = (
        "In a statement, Brassfield Mining said it regretted the spill.\n\n"
        '"We accept full responsibility," the statement said.'
    )
    assert CAST.speakers(text, "en") == ["Brassfield Mining"]


def test_a_name_that_only_modifies_the_subject_delivers_nothing() -> None:
    text = (
        "Teale voters will get a second ballot, the two parties said in a joint "
        "statement.\n\n"
        'The deal is "a step change", according to the statement.'
    )
    assert CAST.speakers(text, "en") == [None]


def test_un_rapport_publie_par_un_organisme_est_le_sien() -> None:
    text = (
        "C'est le constat dressé par Harwell Water (HW) dans un rapport publié mercredi.\n\n"
        "« Le réseau vieillit », écrivent les auteurs du rapport."
    )
    assert CAST.speakers(text, "fr") == ["Harwell Water"]


def test_a_title_before_the_subject_who_delivered_it_is_read_past() -> None:
    text = (
        "Harwell Water will appeal, the utility said on Friday.\n\n"
        "Chairwoman Mirela Dancu said in a statement on Thursday that the ruling was "
        "narrow.\n\n"
        '"We will respect the court, and we will appeal," the statement said.'
    )
    assert CAST.speakers(text, "en") == ["Mirela Dancu"]


def test_a_body_nouns_statement_is_the_body_named_before() -> None:
    text = (
        "Brassfield Mining will close two pits. The company’s trading statement said the "
        "pits had “not delivered acceptable returns”."
    )
    assert CAST.speakers(text, "en") == ["Brassfield Mining"]


def test_a_report_a_which_clause_takes_up_is_its_issuers() -> None:
    text = (
        "Critics point to a 2022 report by Environment Tarvia, which found the scheme had "
        '"not been shown to reduce spills."'
    )
    assert CAST.speakers(text, "en") == ["Environment Tarvia"]


def test_conclusions_adopted_by_a_body_are_its_words() -> None:
    text = (
        "The summit’s written conclusions, adopted by Environment Tarvia with one member "
        "abstaining, said the bloc “must take greater responsibility”."
    )
    assert CAST.speakers(text, "en") == ["Environment Tarvia"]


def test_the_text_speaks_for_the_body_that_issued_the_decree() -> None:
    from pipeline_quotes import trained_article_speakers

    body = (
        "Un arrêté de la préfecture du Gard interdit la baignade au lac. Le texte "
        "évoque un « risque sanitaire majeur » pour les nageurs."
    )
    assert trained_article_speakers(body, "Baignade interdite") == ["préfecture du Gard"]


def test_the_text_of_a_release_is_its_senders() -> None:
    from pipeline_quotes import trained_article_speakers

    body = (
        "Dans un communiqué publié jeudi, la préfecture du Gard indique que l'eau est "
        "« impropre à la consommation ». « Il est déconseillé de boire l'eau du "
        "robinet », précise le texte."
    )
    speakers = trained_article_speakers(body, "Eau du robinet")
    assert speakers == ["préfecture du Gard", "préfecture du Gard"]


def test_a_datelines_city_did_not_issue_the_release() -> None:
    from pipeline_quotes import trained_article_speakers

    body = (
        "LYON, 4 mars (AFP) - Le recteur a été remplacé lundi, a annoncé le gouvernement "
        "dans un communiqué publié dans la matinée.\n\n« Ce départ ouvre une nouvelle "
        "étape pour l'académie », précise le communiqué."
    )
    assert trained_article_speakers(body, "Nouveau recteur") == [None]
