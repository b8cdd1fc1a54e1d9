"""A quotation inside another is a quotation of its own, with the speaker its frame names.

The speaker quoting themself gives the outer speaker; a name standing as the subject
of the verb of saying gives that name; a pronoun gives the person last named of its
gender unless the speaker spoke of someone unnamed in between; anyone else stays
unnamed. Words in marks that no verb introduces are a term. Invented names.
"""

from __future__ import annotations

from quote_text import cast

from tui.core.quotes.marks import inner_units

CAST = cast(
    ["Claire Dumas", "Hugo Lambert", "Samuel Pereira", "Inès Carvalho", "Paul Martin"],
    surnames=["Lambert", "Martin"],
    bodies=["Corvelec"],
)
ENGLISH = cast(
    ["Brenda Hollis", "Giles Pemberton-Wray", "Dale Kuchar", "Raymond Okafor", "Luis Pardo"],
    surnames=["Pemberton-Wray", "Okafor", "Pardo"],
    bodies=["Vandermolen"],
)


def _inner(found: list[tuple[str, str | None, str]], words: str) -> tuple[str | None, str]:
    [(speaker, kind)] = [(s, k) for text, s, k in found if text.startswith(words)]
    return speaker, kind


def test_inner_units_are_the_pairs_inside_an_outer_pair_on_one_line() -> None:
    text = "« Il m'a dit : “Viens.” Puis “rien” » et “dehors”.\n« a “b\nc” »"
    assert [text[s:e] for _, s, e, _ in inner_units(text)] == ["Viens.", "rien"]


def test_the_speaker_quoting_themself_speaks_the_inner_words() -> None:
    text = (
        "« Je lui ai dit ce matin : “Patron, ces chevilles ne tiendront pas.” Il m'a "
        "répondu qu'on n'avait pas le temps », a témoigné Samuel Pereira."
    )
    found = CAST.found(text)
    assert len(found) == 2
    assert _inner(found, "Patron") == ("Samuel Pereira", "speech")


def test_a_name_as_the_subject_of_the_verb_of_saying_speaks_the_inner_words() -> None:
    text = (
        "« C'était un mardi soir. Mon collègue Hugo Lambert m'a appelée en me disant : "
        "“Viens voir, il y a quelque chose de bizarre.” J'ai cru à une erreur », "
        "raconte Claire Dumas."
    )
    found = CAST.found(text)
    assert _inner(found, "Viens voir") == ("Hugo Lambert", "speech")
    assert found[0][1] == "Claire Dumas"


def test_a_body_naming_a_thing_gives_a_fragment_of_its_words() -> None:
    text = (
        "« Aujourd'hui, Corvelec parle de “réorganisation”. Nous, on appelle ça un plan "
        "social », dit Paul Martin."
    )
    assert _inner(CAST.found(text), "réorganisation") == ("Corvelec", "fragment")


def test_a_name_set_off_after_the_subject_speaks_the_inner_words() -> None:
    text = (
        "« Le directeur, Hugo Lambert, nous a dit : “Personne ne restera sur le "
        "carreau.” Trois mois plus tard, on apprend la fermeture », raconte Claire Dumas."
    )
    assert _inner(CAST.found(text), "Personne") == ("Hugo Lambert", "speech")


def test_a_name_repeating_words_in_the_imperfect_speaks_them() -> None:
    text = (
        "« Le commandant Hugo Lambert nous répétait : “Personne ne doit rester.” Alors "
        "nous obéissions », a lu Claire Dumas."
    )
    assert _inner(CAST.found(text), "Personne") == ("Hugo Lambert", "speech")


def test_someone_the_speaker_does_not_name_stays_unnamed() -> None:
    text = (
        "« Ma mère m'a dit : “Reviens à la maison.” Je ne tiendrai pas », souffle "
        "l'étudiante Inès Carvalho."
    )
    assert _inner(CAST.found(text), "Reviens") == (None, "speech")


def test_a_name_after_a_preposition_is_no_subject() -> None:
    text = "« Un ami de Hugo Lambert m'a dit : “Tout ira bien.” Je le crois », dit Paul Martin."
    assert _inner(CAST.found(text), "Tout ira") == (None, "speech")


def test_a_term_in_marks_that_no_verb_introduces_is_kind_other() -> None:
    text = "« Ce n'est pas du “théâtre social”, c'est du théâtre », estime Claire Dumas."
    assert _inner(CAST.found(text), "théâtre social") == (None, "other")


def test_english_self_quote_and_name_as_subject() -> None:
    text = (
        "“I said, ‘Well, you bought a house next to a hedge.’ He never forgave me,” "
        "Brenda Hollis told reporters. “Vandermolen says ‘no current plans.’ We want it "
        "in writing,” said Dale Kuchar."
    )
    found = ENGLISH.found(text, "en")
    assert _inner(found, "Well, you bought") == ("Brenda Hollis", "speech")
    assert _inner(found, "no current plans") == ("Vandermolen", "speech")


def test_a_pronoun_gives_the_man_named_before_who_is_not_the_speaker() -> None:
    text = (
        "Luis Pardo told the story of his first meeting with Raymond Okafor.\n\n"
        "“He looked at my budget and said, ‘Governor, this is either brilliant or "
        "insane.’ I told him that was the nicest thing anyone had said,” Mr. Pardo "
        "recalled."
    )
    assert _inner(ENGLISH.found(text, "en"), "Governor") == ("Raymond Okafor", "speech")


def test_a_pronoun_may_stand_for_a_name_of_no_known_gender() -> None:
    people = cast(["Ade Okonkwo", "Dmitri Volkov"], surnames=["Okonkwo", "Volkov"])
    text = (
        "Dmitri Volkov praised Ade Okonkwo after the final.\n\n"
        "“He told the lads, ‘I let you down.’ Nobody believed him,” Volkov said."
    )
    assert _inner(people.found(text, "en"), "I let you down") == ("Ade Okonkwo", "speech")


def test_a_description_set_off_after_the_name_is_that_person() -> None:
    text = (
        "Brenda Hollis lives next door to Giles Pemberton-Wray, 52, a financial consultant "
        "who moved in two years ago.\n\n"
        "“At one point he knocked on my door and said, ‘Your hedge is stealing my "
        "sunshine.’ I laughed,” Brenda Hollis said."
    )
    found = ENGLISH.found(text, "en")
    assert _inner(found, "Your hedge") == ("Giles Pemberton-Wray", "speech")


def test_a_pronoun_after_someone_unnamed_stays_unnamed() -> None:
    text = (
        "Luis Pardo spoke after Raymond Okafor left the stage.\n\n"
        "“I went home and told my husband I was finished. He said, ‘You say that every "
        "February.’ He was right,” Mr. Pardo said."
    )
    assert _inner(ENGLISH.found(text, "en"), "You say") == (None, "speech")


def test_words_quoted_as_a_citation_are_nobody_the_frame_names() -> None:
    text = (
        "“On Tuesday you told an audience in Leeds, and I quote, ‘no new taxes’. Is that "
        "still true?” asked Dale Kuchar."
    )
    assert _inner(ENGLISH.found(text, "en"), "no new taxes") == (None, "speech")


def test_management_in_a_speakers_words_is_the_company_named_last() -> None:
    text = (
        "Corvelec refuse de négocier.\n\n« La direction nous a dit “on verra après la "
        "saison”, mais la saison, c'est nous qui la faisons », lance Samuel Pereira."
    )
    assert _inner(CAST.found(text), "on verra") == ("Corvelec", "speech")


def test_a_quebec_mayor_in_a_speakers_words_is_the_one_named() -> None:
    text = (
        "La mairesse, Claire Dumas, a défendu le projet.\n\n« La mairesse nous dit "
        "“faites-nous confiance”. Mais rien n'a changé », a lancé Hugo Lambert."
    )
    assert _inner(CAST.found(text), "faites-nous") == ("Claire Dumas", "speech")


def test_words_the_speaker_was_told_are_not_their_own() -> None:
    text = (
        "\u2018I phoned the depot and was told, \u201cThe timetable is final,\u201d "
        "which nobody believed,\u2019 said Brenda Hollis."
    )
    found = ENGLISH.found(text, "en")
    assert _inner(found, "The timetable") == (None, "speech")
    assert found[0][1] == "Brenda Hollis"
