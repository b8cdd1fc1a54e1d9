"""« Ce dernier », « Cette dernière » opening a sentence take up the person named last
before them, of their gender: that person is then the subject a later pronoun or a
colon's lead-in stands for, not the subject of the sentence before. « l'un d'eux »
is one of a group, never a role a named person holds. A call's quoted words say whom
it is to and what for (« chacun à la retenue »): the caller's words. Invented names."""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Marc Delorme", "Paul Morin", "Anne Roy", "Laure Vidal"])


def test_the_pronoun_after_ce_dernier_is_the_person_taken_up() -> None:
    text = (
        "Marc Delorme a reçu Paul Morin mardi. Ce dernier rejette le plan. "
        "« Il faut tout reprendre », estime-t-il."
    )
    assert CAST.speakers(text, "fr") == ["Paul Morin"]


def test_cette_derniere_before_a_colon_hands_her_the_floor() -> None:
    text = (
        "Le maire, Marc Delorme, a rencontré la directrice de l'école, Anne Roy. "
        "Cette dernière lui a dit : « Nous manquons de tout. »"
    )
    assert CAST.speakers(text, "fr") == ["Anne Roy"]


def test_the_pronoun_without_a_demonstrative_keeps_the_subject() -> None:
    text = "Marc Delorme a reçu Paul Morin mardi. « Il faut tout reprendre », estime-t-il."
    assert CAST.speakers(text, "fr") == ["Marc Delorme"]


def test_one_of_a_group_is_no_role_holder() -> None:
    text = (
        "Son conseil, Me Laure Vidal, fera appel. Des commerçants étaient venus. "
        "« On a tous installé des caméras », glisse l'un d'eux."
    )
    assert CAST.speakers(text, "fr") == [None]


def test_whom_a_call_is_to_and_what_for_are_the_caller_s_words() -> None:
    text = "La porte-parole, Anne Roy, a appelé « chacun à la retenue »."
    assert CAST.speakers(text, "fr") == ["Anne Roy"]
