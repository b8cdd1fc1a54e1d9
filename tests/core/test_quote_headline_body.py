"""A headline's quoted words go to whoever says them in the body when the headline
names nobody (« selon le procureur », "its chief promises") or names a body for them; a
headline that names a person as its speaker keeps it. Invented names."""

from __future__ import annotations

from pipeline_quotes import rules_quotes, rules_speakers, trained_quotes


def _speakers(text: str, language: str = "fr") -> list[str | None]:
    return rules_speakers(text, language)


def test_a_headline_role_yields_to_the_body_speaker() -> None:
    text = (
        "Vol à Privas : « Ils avaient tout préparé », selon le procureur\n\n"
        "Deux hommes ont dérobé la caisse d'un tabac mercredi. « Ils avaient tout préparé. "
        "Rien n'a été laissé au hasard », a déclaré le procureur de la République, "
        "Julien Arcelin, jeudi.\n"
    )
    assert _speakers(text) == ["Julien Arcelin", "Julien Arcelin"]


def test_a_headline_naming_a_body_yields_to_the_person_saying_the_words() -> None:
    text = (
        "Harlen Bank holds rates, warns inflation is “not yet beaten”\n\n"
        "“Inflation is falling, but it is not yet beaten,” Governor Ruth Vale said.\n"
    )
    assert _speakers(text, "en") == ["Ruth Vale", "Ruth Vale"]


def test_a_headline_naming_its_speaker_keeps_it() -> None:
    text = (
        "Ruth Vale warns inflation is “not yet beaten”\n\n"
        "The bank held rates. “Inflation is falling, but it is not yet beaten,” its chief "
        "economist, Tom Arlen, said.\n"
    )
    assert _speakers(text, "en")[0] == "Ruth Vale"


def test_headline_words_a_body_quotation_holds_are_its_speakers() -> None:
    """« les secours « à court de tout » » over a body quotation whose speaker is found
    only from the quotation before it: the headline's words are quoted, no label."""
    text = (
        "Séisme : les secours « à court de tout » dans les Andes\n\n"
        "Le bilan s'est alourdi. « Nous acheminons l'eau à dos de mule », raconte Julián "
        "Cárdenas, coordinateur d'une ONG. « Les équipes sont à court de tout : couvertures, "
        "tentes. »\n"
    )
    quotes = rules_quotes(text, "fr")
    assert (quotes[0].speaker, quotes[0].kind) == ("Julián Cárdenas", "fragment")


def test_a_lead_description_yields_to_the_body_speaker_of_the_same_words() -> None:
    """The lead says who spoke by role only; the body names her with the same words."""
    text = (
        "Harriers sack coach after review\n\n"
        "The Tamsin Harriers have sacked their coach, with the club's chair saying the "
        'players had "stopped listening" to him.\n\n'
        "Moira Fenwick confirmed the decision on Monday. The review found the players had "
        '"stopped listening", Fenwick said.\n'
    )
    assert _speakers(text, "en") == ["Moira Fenwick", "Moira Fenwick"]


def test_a_lead_label_with_no_cue_stays_nobody_s() -> None:
    """Words the lead quotes with no cue are the writer's label, whoever the body
    quotes them from."""
    text = (
        "Court revives wage lawsuit\n\n"
        'A court ruled that so-called "no-poach" clauses in franchise deals may break the '
        "law.\n\n"
        '"These no-poach clauses kept wages down," said Ellen Vasko, who brought the case. '
        'She called the "no-poach" rule unfair.\n'
    )
    assert _speakers(text, "en")[0] is None


def test_a_one_word_headline_quotation_takes_its_body_speaker() -> None:
    text = (
        'Levy rejected as board warns of "painful" cuts\n\n'
        "Voters rejected the levy on Tuesday. The superintendent, Carla Menon, said the "
        'district would now have to make "painful" choices.\n'
    )
    assert _speakers(text, "en") == ["Carla Menon", "Carla Menon"]


def test_a_french_lead_role_yields_to_the_body_speaker() -> None:
    text = (
        "Grève à l'usine de Varlin\n\n"
        "La grève se durcit à Varlin, où la direction juge la situation « intenable », "
        "selon un responsable syndical.\n\n"
        "« La situation est intenable », a déclaré Hugo Mercadier, délégué CGT, jeudi.\n"
    )
    assert _speakers(text) == ["Hugo Mercadier", "Hugo Mercadier"]


def test_a_lead_body_does_not_yield_to_a_person_saying_the_same_words() -> None:
    """« la préfecture » is a body: a protester quoting its words later is not it."""
    text = (
        "Manifestation à Lorvan\n\n"
        "Le cortège a connu des « débordements » en fin d'après-midi, a indiqué la "
        "préfecture.\n\n"
        "« Il n'y a pas eu de débordements, seulement de la colère », a répondu Maxime "
        "Torrent, l'un des organisateurs.\n"
    )
    assert _speakers(text)[0] is None


def test_a_person_role_in_the_headline_is_never_the_body_the_headline_names() -> None:
    """« promet la présidente » after « Budget du Département »: the president, whom the
    body names, not the council she chairs."""
    text = (
        "Budget du Département : « Nous ne fermerons aucun collège », promet la présidente\n\n"
        "Vannes. Les élus du conseil départemental ont adopté lundi soir le budget. La "
        "présidente du Département, Maëlle Trégouët, a défendu un budget « de "
        "responsabilité » devant l'opposition.\n"
    )
    article = trained_quotes(text, text.split("\n")[0])
    assert article[0].speaker == "Maëlle Trégouët"


def test_a_headline_word_of_five_letters_goes_to_whoever_says_it_whole() -> None:
    text = (
        "Grève des cheminots : les syndicats prêts à « tenir »\n\n"
        "Un train sur trois circulait lundi. « On est prêts à tenir jusqu'aux vacances », "
        "a déclaré Julien Arcelin, délégué syndical.\n"
    )
    assert _speakers(text) == ["Julien Arcelin", "Julien Arcelin"]


def test_a_headline_word_inside_another_word_is_not_said_again() -> None:
    text = (
        "Grève des cheminots : les syndicats prêts à « tenir »\n\n"
        "Un train sur trois circulait lundi. « Il faut maintenir le service », a déclaré "
        "Julien Arcelin, délégué syndical.\n"
    )
    assert _speakers(text)[0] is None
