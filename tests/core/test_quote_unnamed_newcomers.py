"""Words of people the text leaves unnamed stay unattributed.

« …, souffle un ministre en quittant l'hémicycle »: an indefinite « un ministre » is
someone new, never the minister the article named before. « …, avant de lire le
message d'un allocataire : « … » »: the message's words are the unnamed writer's, not
the reader's. « La famille de la victime, elle, demande … « … », a-t-elle écrit »: the
family, a group nobody names, not the lawyer quoted before.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import trained_quotes

TITLE = "La motion de censure rejetée à six voix près"
TEXT = (
    f"{TITLE}\n\n"
    "À la tribune, la députée Claire Ventadour n'avait pas mâché ses mots. « Vous méprisez "
    "le Parlement », avait-elle tonné, avant de lire le message d'un allocataire de sa "
    "circonscription : « Je cherche du travail depuis un an et on me traite comme un "
    "fraudeur. »\n\n"
    "La ministre du Travail, Hélène Sarrazin, a salué un vote qui permet « d'avancer "
    "enfin ».\n\n"
    "Côté majorité, le soulagement domine. « Six voix, c'est une majorité. Mais elle tient "
    "avec du scotch », souffle un ministre en quittant l'hémicycle."
)


def _speakers() -> dict[str, str | None]:
    return {q.text: q.speaker for q in trained_quotes(TEXT, TITLE)}


def test_an_indefinite_role_is_a_newcomer_not_the_holder_named_before() -> None:
    found = _speakers()
    assert found["d'avancer enfin"] == "Hélène Sarrazin"
    assert found["Six voix, c'est une majorité. Mais elle tient avec du scotch"] is None


def test_a_message_of_an_unnamed_writer_is_not_the_readers() -> None:
    found = _speakers()
    assert found["Vous méprisez le Parlement"] == "Claire Ventadour"
    assert found["Je cherche du travail depuis un an et on me traite comme un fraudeur."] is None


FAMILY = (
    "L'avocate de la défense, Me Sandrine Jacquet, a plaidé la légitime défense. « Mon "
    "client a eu peur », a-t-elle soutenu.\n\n"
    "La famille de la victime, elle, demande que la justice fasse son travail. « Nous "
    "voulons la vérité, pas la vengeance », a-t-elle écrit dans un message transmis à "
    "notre rédaction."
)


def test_a_family_set_apart_as_the_subject_speaks_as_nobody_named() -> None:
    quotes = trained_quotes(f"Rixe mortelle à Vernex\n\n{FAMILY}\n", "Rixe mortelle à Vernex")
    assert [q.speaker for q in quotes] == ["Sandrine Jacquet", None]


FARMER = (
    "« On ne demande pas l'aumône, on demande un prix », lançait Marcel Dubuis depuis une "
    "remorque.\n\n"
    "Un peu à l'écart, un jeune agriculteur du Jorat, venu avec son père, craint "
    "d'appartenir à « la dernière génération ». « Mon père me dit de faire autre chose », "
    "confie-t-il."
)


def test_an_opening_phrase_on_un_peu_leaves_the_newcomer_after_it() -> None:
    quotes = trained_quotes(f"Les tracteurs à Morges\n\n{FARMER}\n", "Les tracteurs à Morges")
    found = {q.text: q.speaker for q in quotes}
    assert found["Mon père me dit de faire autre chose"] is None
