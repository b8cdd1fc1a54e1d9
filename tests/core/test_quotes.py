"""Quotation spans, kinds and speakers on short French and English news sentences."""

from __future__ import annotations

import pytest
from named_entities import locate_names

from tui.core.models import Entity
from tui.core.quote_marks import find_quote_spans
from tui.core.quotes import extract_quotes
from tui.core.speech_verbs import is_speech_verb, split_inverted

_NAMES = {
    "John Smith": ("PER", "John Smith"),
    "Smith": ("PER", "John Smith"),
    "Maria Lopez": ("PER", "Maria Lopez"),
    "Lopez": ("PER", "Maria Lopez"),
    "White House": ("ORG", "White House"),
    "Reuters": ("ORG", "Reuters"),
    "Kremlin": ("ORG", "Kremlin"),
    "Dmitri Peskov": ("PER", "Dmitri Peskov"),
    "Peskov": ("PER", "Dmitri Peskov"),
    "Paris": ("LOC", "Paris"),
    "France": ("LOC", "France"),
    "Marie Dupont": ("PER", "Marie Dupont"),
    "Dupont": ("PER", "Marie Dupont"),
    "AFP": ("ORG", "AFP"),
    "TASS": ("ORG", "TASS"),
    "Emmanuel Macron": ("PER", "Emmanuel Macron"),
    "Macron": ("PER", "Emmanuel Macron"),
    "Élysée": ("ORG", "Élysée"),
    "Oppenheimer": ("MISC", "Oppenheimer"),
    "Chan-il": ("MISC", "Chan-il"),
    "Institut coréen": ("ORG", "Institut coréen"),
}


def _entities(text: str) -> list[Entity]:
    return locate_names(text, _NAMES)


def _quotes(text: str, language: str = "fr") -> list[tuple[str, str | None, str]]:
    found = extract_quotes(text, _entities(text), language=language)
    for q in found:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.speaker, q.kind) for q in found]


# -- marks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a parlé d’une « grande victoire » hier.", ["grande victoire"]),
        ("Il a parlé d’une «\u00a0grande victoire\u00a0» hier.", ["grande victoire"]),
        ("Il a parlé d’une «\u202fgrande victoire\u202f» hier.", ["grande victoire"]),
        ("He called it “a disaster” on Monday.", ["a disaster"]),
        ("Er sagte „wir schaffen das“ gestern.", ["wir schaffen das"]),
        ('He said "no" and "never".', ["no", "never"]),
        ("« Il a dit ‹ jamais › hier », raconte-t-elle.", ["Il a dit ‹ jamais › hier"]),
        ("“He told me ‘not now’ twice,” she said.", ["He told me ‘not now’ twice,"]),
        ("‘We are ready,’ said the minister.", ["We are ready,"]),
        ("It’s the people’s choice, isn’t it? l’État, aujourd’hui.", []),
        ("Rock ’n’ roll and the ’90s.", []),
        ('A 5" screen and a "smart" phone.', ["smart"]),
        ("« Ouvert sans fin et « encore un » fermé.", ["encore un"]),
        ("Un » orphelin puis « vrai ».", ["vrai"]),
        ("« »  “ ” vides", []),
    ],
)
def test_marks_pair_into_outermost_spans(text: str, expected: list[str]) -> None:
    spans = find_quote_spans(text)
    assert [text[s:e] for _, s, e, _ in spans] == expected


def test_stray_closing_mark_after_a_closed_quote_is_skipped() -> None:
    text = "“Nous agirons”, a-t-il ajouté. ” a déclaré Blinken lors d’une interview."
    assert [q[0] for q in _quotes(text)] == ["Nous agirons"]


def test_french_quote_continued_over_a_paragraph_break_gives_one_span_per_part() -> None:
    text = (
        "« La situation est grave. Nous devons agir.\n"
        "« Il n’y a plus de temps à perdre », a insisté M. Macron.\nFin."
    )
    assert _quotes(text) == [
        ("La situation est grave. Nous devons agir.", "Emmanuel Macron", "speech"),
        ("Il n’y a plus de temps à perdre", "Emmanuel Macron", "speech"),
    ]


def test_unclosed_quote_at_paragraph_end_is_dropped() -> None:
    text = "« Ceci ne se ferme pas.\nLe paragraphe suivant parle d’autre chose « ici »."
    assert [q[0] for q in _quotes(text)] == ["ici"]


def test_incise_inside_the_marks_gives_two_spans_with_one_speaker() -> None:
    text = (
        "Marie Dupont était à Paris. "
        "« Nous ne céderons pas, a-t-elle ajouté, même sous la pression. »"
    )
    assert _quotes(text) == [
        ("Nous ne céderons pas", "Marie Dupont", "speech"),
        ("même sous la pression.", "Marie Dupont", "speech"),
    ]


# -- speakers and kinds ---------------------------------------------------------------

_FRENCH = [
    (
        "« Nous ne céderons pas », a déclaré Marie Dupont, la maire de Paris.",
        "Marie Dupont",
        "speech",
    ),
    (
        "Emmanuel Macron a assuré : « La France tiendra ses engagements. »",
        "Emmanuel Macron",
        "speech",
    ),
    (
        "Le porte-parole du Kremlin, Dmitri Peskov, a jugé ces propos « inacceptables ».",
        "Dmitri Peskov",
        "fragment",
    ),
    ("Dupont a qualifié la réforme de « catastrophe ».", "Marie Dupont", "fragment"),
    ("« Le bilan est lourd », a indiqué l’AFP, citant des sources locales.", "AFP", "speech"),
    ("« Les discussions se poursuivent », rapporte l’agence TASS.", "TASS", "speech"),
    ("« Les discussions continueront », a ajouté M. Peskov.", "Dmitri Peskov", "speech"),
    (
        "La visite durera « encore quelques jours », a annoncé le Kremlin jeudi.",
        "Kremlin",
        "speech",
    ),
    (
        "Les échanges porteront sur des « sujets sensibles », "
        "selon le porte-parole du Kremlin, Dmitri Peskov.",
        "Dmitri Peskov",
        "fragment",
    ),
    (
        "Dmitri Peskov a confirmé que Macron avait accepté « avec plaisir ».",
        "Dmitri Peskov",
        "fragment",
    ),
    ("Macron a dit voir des « perspectives » de coopération.", "Emmanuel Macron", "fragment"),
    (
        "Dmitri Peskov a déclaré que ce n’était « pas à l’ordre du jour », selon l’agence TASS.",
        "Dmitri Peskov",
        "fragment",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "kind"), _FRENCH)
def test_french_attribution(text: str, speaker: str, kind: str) -> None:
    [(_, got_speaker, got_kind)] = _quotes(text)
    assert (got_speaker, got_kind) == (speaker, kind)


_ENGLISH = [
    ('"We will not back down," said John Smith, the mayor of Paris.', "John Smith", "speech"),
    ('John Smith said: "The plan is dead."', "John Smith", "speech"),
    (
        'Maria Lopez told reporters that the deal was "a historic step" for France.',
        "Maria Lopez",
        "fragment",
    ),
    ('The economy is "in good shape", according to the White House.', "White House", "fragment"),
    ('"Nobody expected this," the White House said in a statement.', "White House", "speech"),
    ('"The talks were productive," Reuters reported, citing two officials.', "Reuters", "speech"),
    ('Lopez described the plan as "reckless and dangerous".', "Maria Lopez", "fragment"),
    (
        "‘This is unacceptable,’ said Maria Lopez. The minister’s office declined.",
        "Maria Lopez",
        "speech",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "kind"), _ENGLISH)
def test_english_attribution(text: str, speaker: str, kind: str) -> None:
    [(_, got_speaker, got_kind)] = _quotes(text, "en")
    assert (got_speaker, got_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The film “Oppenheimer” won seven awards.", "en"),
        ('The so-called "special military operation" began in 2022.', "en"),
        ("L’opération baptisée « Tempête du désert » a commencé en 1991.", "fr"),
        ("Le navire, surnommé « la Bête », a quitté le port.", "fr"),
    ],
)
def test_titles_and_names_are_other_without_speaker(text: str, language: str) -> None:
    [(_, speaker, kind)] = _quotes(text, language)
    assert (speaker, kind) == (None, "other")


def test_pronoun_after_quote_resolves_to_last_subject() -> None:
    text = "Le président Emmanuel Macron était à Paris. « C’est historique », a-t-il déclaré."
    assert _quotes(text)[0][1] == "Emmanuel Macron"


def test_pronoun_prefers_the_person_reported_speaking() -> None:
    text = (
        "« Nous agirons », a déclaré Emmanuel Macron.\n"
        "An Chan-il, un chercheur qui dirige l’Institut coréen, a déclaré à l’AFP que "
        "Paris s’y intéresse.\n« Cela compte », a-t-il ajouté."
    )
    assert [q[1] for q in _quotes(text)] == ["Emmanuel Macron", "Chan-il"]


def test_english_split_quote_and_continuation_keep_the_speaker() -> None:
    text = '"I\'m not sure," Lopez said, "but we\'ll see." Smith left. "Later."'
    found = _quotes(text, "en")
    assert found[0] == ("I'm not sure,", "Maria Lopez", "speech")
    assert found[1] == ("but we'll see.", "Maria Lopez", "speech")


def test_standalone_quote_after_a_quote_continues_its_speaker() -> None:
    text = '"We are worried," said John Smith on Monday. "Nobody should help them."'
    assert [q[1:] for q in _quotes(text, "en")] == [
        ("John Smith", "speech"),
        ("John Smith", "speech"),
    ]


def test_described_speaker_resolves_through_an_earlier_apposition() -> None:
    text = (
        "L’agence de presse officielle TASS a publié la nouvelle.\n"
        "« Les discussions se poursuivent », écrit l’agence."
    )
    assert _quotes(text)[0][1] == "TASS"


def test_generic_source_refers_to_the_last_organisation() -> None:
    text = "Le Kremlin a réagi jeudi. « Rien n’est décidé », a indiqué un communiqué."
    assert _quotes(text)[0][1] == "Kremlin"


def test_unnamed_speaker_falls_back_to_the_noun_phrase() -> None:
    text = "« Un missile a été tiré », ont indiqué les chefs d’état-major de l’armée."
    [(_, speaker, kind)] = _quotes(text)
    assert speaker == "chefs d’état-major de l’armée"
    assert kind == "speech"


def test_headline_repeating_a_body_quote_takes_its_speaker() -> None:
    text = (
        "« Toujours avec la France »\n"
        "Marie Dupont a promis que son parti serait « toujours avec la France »."
    )
    assert [q[1] for q in _quotes(text)] == ["Marie Dupont", "Marie Dupont"]


def test_quote_without_any_attribution_has_no_speaker() -> None:
    text = "La région vit un « tournant » historique."
    [(_, speaker, kind)] = _quotes(text)
    assert speaker is None
    assert kind == "other"


def test_speech_verb_strengths() -> None:
    assert is_speech_verb("déclaré", "fr")
    assert is_speech_verb("said", "en")
    assert not is_speech_verb("pense", "fr")
    assert is_speech_verb("pense", "fr", strong=False)
    assert not is_speech_verb("think", "en")
    assert is_speech_verb("think", "en", strong=False)
    assert not is_speech_verb("states", "en")
    assert split_inverted("ajoute-t-il") == ("ajoute", "il")
    assert split_inverted("dit-elle") == ("dit", "elle")
    assert split_inverted("Jong-un") is None


def test_french_nouns_are_told_from_the_verbs_they_fold_to() -> None:
    assert is_speech_verb("annoncé", "fr")
    assert is_speech_verb("critiqué", "fr")
    assert not is_speech_verb("annonce", "fr")
    assert not is_speech_verb("critique", "fr")
    assert is_speech_verb("adding", "en")
