"""Speaker attribution on general patterns of French and English news writing.

Entities are given by hand so these tests measure attribution alone, whatever the
entity extractor finds; the corpus-level tests run the whole pipeline.
"""

from __future__ import annotations

import pytest
from quote_text import Cast, cast

from tui.core.models import Entity, Quote
from tui.core.quotes.extract import extract_quotes
from tui.core.quotes.speakers import join_particle_names

# A body known by its acronym.
_SIPRI = Cast({"Stockholm International Peace Research Institute": ("ORG", "SIPRI")})
_CAST = cast(
    [
        "Xi Jinping", "Joe Biden", "Bonnie Glaser", "Karine Jean-Pierre", "Elon Musk",
        "John Smith", "Siemon Wezeman", "Marie Dupont", "Dmitri Peskov", "Maria Lopez",
        # A first name and a surname split at a particle, as a weak extractor gives them.
        "Anna", "Berg", "Hélène", "Montfort",
    ],
    surnames=["Xi", "Biden", "Glaser", "Musk", "Smith", "Wezeman", "Dupont", "Lopez"],
    bodies=[
        "Xinhua", "German Marshall Fund", "White House", "Reuters", "Foreign Ministry",
        "Twitter", "Pentagon", "ministère des Affaires étrangères", "Élysée", "AFP",
        "Kremlin", "franceinfo",
    ],
    places=["China", "Paris", "France"],
).with_names(_SIPRI)  # fmt: skip


def _entities(text: str) -> list[Entity]:
    return _CAST.entities(text)


def _quotes(text: str, language: str) -> list[Quote]:
    found = extract_quotes(text, _entities(text), language=language)
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in _quotes(text, language)]


# -- English ---------------------------------------------------------------------

_ENGLISH = [
    # "he" is the last subject of a reporting verb; "according to" takes the name.
    (
        "Xi said the two countries should cooperate, according to China's state news "
        'agency Xinhua. "Planet Earth is big enough for the two countries," he said.',
        ["Xi Jinping"],
    ),
    ('The talks were "candid", according to China\'s state news agency Xinhua.', ["Xinhua"]),
    # The subject is the person; "of the Fund" only says where she works.
    (
        'Dr. Bonnie Glaser of the German Marshall Fund said the agreement was "a modest '
        'but meaningful step."',
        ["Bonnie Glaser"],
    ),
    ('"We\'re going to maintain high-level diplomacy," Biden told reporters.', ["Joe Biden"]),
    (
        'Bonnie Glaser spoke first. "It is fragile," said Ms. Glaser, adding that more was needed.',
        ["Bonnie Glaser"],
    ),
    ('John Smith, who leads the group, said: "We will stay."', ["John Smith"]),
    ('"We will stay," John Smith said in a statement.', ["John Smith"]),
    ('John Smith told Reuters: "We will stay."', ["John Smith"]),
    ('"We will stay," John Smith told Reuters on Monday.', ["John Smith"]),
    ('Elon Musk wrote on X (formerly Twitter): "We will stay."', ["Elon Musk"]),
    (
        'The sanctions are "unlawful", according to a statement from the Foreign Ministry.',
        ["Foreign Ministry"],
    ),
    ('"We will not comment," a spokesperson for the White House said.', ["White House"]),
    (
        '"We will not comment," a spokesperson for the White House, Karine Jean-Pierre, said.',
        ["Karine Jean-Pierre"],
    ),
    ('"No decision has been taken," the Pentagon said in a statement.', ["Pentagon"]),
    # A body that reports a meeting does not speak the next, unattributed, quotation.
    (
        "Joe Biden and Xi Jinping agreed to resume talks, the White House said.\n"
        '"This is progress."',
        [None],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), _ENGLISH)
def test_english_speakers(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text, "en") == speakers


# -- French ----------------------------------------------------------------------

_FRENCH = [
    (
        "Siemon Wezeman, du Stockholm International Peace Research Institute, a déclaré "
        "que « la Russie manque de munitions ».",
        ["Siemon Wezeman"],
    ),
    ("Marie Dupont est arrivée. « Nous resterons ici », a-t-elle précisé.", ["Marie Dupont"]),
    (
        "Les sanctions sont « illégales », selon un communiqué du ministère des Affaires "
        "étrangères.",
        ["ministère des Affaires étrangères"],
    ),
    ("Marie Dupont, qui dirige le parti, a déclaré : « Nous resterons. »", ["Marie Dupont"]),
    ("Marie Dupont a écrit sur X (ex-Twitter) : « Nous resterons. »", ["Marie Dupont"]),
    ("« Nous resterons », a dit Marie Dupont à l’AFP.", ["Marie Dupont"]),
    (
        "« Rien n’est décidé », a indiqué une porte-parole de l’Élysée.",
        ["Élysée"],
    ),
    (
        "« Rien n’est décidé », a indiqué le porte-parole du Kremlin, Dmitri Peskov.",
        ["Dmitri Peskov"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), _FRENCH)
def test_french_speakers(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text, "fr") == speakers


def test_pronoun_incise_without_antecedent_is_still_speech() -> None:
    [quote] = _quotes("« Nous resterons », a-t-il précisé.", "fr")
    assert (quote.speaker, quote.kind) == (None, "speech")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('A "new chapter" in US-China ties\nThe two leaders met on Monday.', "en"),
        ('The book "War and Peace" sold well.', "en"),
        ('Operation "Desert Storm" began in 1991.', "en"),
        ("Le film « Oppenheimer » a triomphé.", "fr"),
        ("Une « ligne rouge » pour Paris\nLes deux dirigeants se sont vus lundi.", "fr"),
    ],
)
def test_titles_and_headline_scare_quotes_are_other(text: str, language: str) -> None:
    [quote] = _quotes(text, language)
    assert (quote.speaker, quote.kind) == (None, "other")


# -- quotations continued over paragraphs -------------------------------------------


def test_continued_quotation_gives_one_span_per_paragraph() -> None:
    text = (
        "Marie Dupont a pris la parole.\n"
        "« La situation est grave. Nous devons agir.\n"
        "« Il n’y a plus de temps à perdre.\n"
        "« Chacun doit s’y mettre », a-t-elle conclu.\nFin."
    )
    found = _quotes(text, "fr")
    assert [q.text for q in found] == [
        "La situation est grave. Nous devons agir.",
        "Il n’y a plus de temps à perdre.",
        "Chacun doit s’y mettre",
    ]
    assert {q.speaker for q in found} == {"Marie Dupont"}
    assert all("\n" not in q.text and "«" not in q.text for q in found)


def test_continued_english_quotation_keeps_the_speaker_of_its_opening() -> None:
    text = 'John Smith said: "We are ready.\n"We will not wait for anyone." The meeting ended.'
    found = _quotes(text, "en")
    assert [q.text for q in found] == ["We are ready.", "We will not wait for anyone."]
    assert [q.speaker for q in found] == ["John Smith", "John Smith"]


def test_english_title_before_a_name_links_within_one_article() -> None:
    text = (
        "Kremlin spokesman Dmitri Peskov spoke on Monday.\n"
        '"No decision has been taken," the Kremlin spokesman said.'
    )
    assert _speakers(text, "en") == ["Dmitri Peskov"]


# -- general patterns: pronouns, appositions, participles, views, particles -----------

# A pronoun stands for the last person who was the subject of a sentence, whatever
# the verb, and not for a name in a complement or a subordinate clause.
_PRONOUN_TO_SUBJECT = [
    (
        "en",
        'Governor John Smith visited the flooded town on Monday. "We will rebuild '
        'every home," he said.',
        "John Smith",
    ),
    (
        "en",
        'Judge Maria Lopez questioned whether John Smith had acted alone. "That is the '
        'key point," she said.',
        "Maria Lopez",
    ),
    (
        "en",
        "The White House press secretary, Karine Jean-Pierre, met reporters on Friday. "
        '"We have nothing to add," she said.',
        "Karine Jean-Pierre",
    ),
    (
        "fr",
        "La sénatrice Marie Dupont a visité le chantier lundi. « Nous tiendrons les "
        "délais », a-t-elle assuré.",
        "Marie Dupont",
    ),
    (
        "fr",
        "La juge Marie Dupont a reçu Emmanuel Macron jeudi. « Le dossier avance », "
        "a-t-elle indiqué.",
        "Marie Dupont",
    ),
    (
        "fr",
        "La ministre des Armées, Marie Dupont, a présenté jeudi le budget.\n« Aucun "
        "programme ne sera abandonné », a-t-elle déclaré.",
        "Marie Dupont",
    ),
]


@pytest.mark.parametrize(("language", "text", "speaker"), _PRONOUN_TO_SUBJECT)
def test_pronoun_resolves_to_the_last_sentence_subject(
    language: str, text: str, speaker: str
) -> None:
    assert _speakers(text, language) == [speaker]


# The subject before a comma-set apposition or participial clause speaks, not a
# name inside that clause.
_SUBJECT_BEFORE_APPOSITION = [
    ("en", 'John Smith, representing the Pentagon, said the plan was "unworkable."'),
    ("en", 'John Smith, who met Joe Biden on Monday, said the plan was "unworkable."'),
    ("en", 'John Smith, a lawyer for the Pentagon, said the plan was "unworkable."'),
    ("fr", "Marie Dupont, représentant l’Élysée, a jugé l’accord « déséquilibré »."),
    ("fr", "Marie Dupont, de l’Élysée, a déclaré que l’accord était « déséquilibré »."),
    ("fr", "Marie Dupont, qui conseille l’Élysée, a qualifié l’accord de « déséquilibré »."),
]


@pytest.mark.parametrize(("language", "text"), _SUBJECT_BEFORE_APPOSITION)
def test_subject_before_an_apposition_is_the_speaker(language: str, text: str) -> None:
    [quote] = _quotes(text, language)
    assert quote.speaker in ("John Smith", "Marie Dupont")
    assert quote.kind == "fragment"


# A participial clause (adding that, ajoutant que) continues the main clause's speaker.
_PARTICIPLES = [
    (
        "fr",
        "« Nous sommes prêts », a déclaré Marie Dupont, ajoutant que la réforme serait « rapide ».",
    ),
    ("fr", "« Nous sommes prêts », a-t-elle déclaré, assurant que la réforme serait « rapide »."),
    ("en", '"We are ready," John Smith said, adding that the talks were "on track."'),
    ("en", '"We are ready," said John Smith, saying that the talks were "on track."'),
]


@pytest.mark.parametrize(("language", "text"), _PARTICIPLES)
def test_participial_clause_keeps_the_main_speaker(language: str, text: str) -> None:
    lead = "Marie Dupont est arrivée. " if "a-t-elle" in text else ""
    first, second = _quotes(lead + text, language)
    assert first.speaker in ("John Smith", "Marie Dupont")
    assert (second.speaker, second.kind) == (first.speaker, "fragment")


def test_role_apposition_subject_carries_to_the_incise_and_its_participle() -> None:
    text = (
        "La ministre de l’Intérieur, Marie Dupont, a annoncé dimanche soir sur franceinfo "
        "un nouveau plan, invoquant la sécurité.\n"
        "« Nous ne reculerons pas », a-t-elle déclaré, assurant que les moyens seraient "
        "« renforcés »."
    )
    found = _quotes(text, "fr")
    assert [(q.speaker, q.kind) for q in found] == [
        ("Marie Dupont", "speech"),
        ("Marie Dupont", "fragment"),
    ]


# « Pour X, … », « D'après X, … », "For X, …", "In X's view, …" open a sentence that
# gives X's view; only a person or a named body does that, so "For years, …" or a
# country attributes nothing.
_VIEWS = [
    ("fr", "Pour l’historienne Marie Dupont, cette crise marque « un tournant ».", "Marie Dupont"),
    ("fr", "Pour Marie Dupont, ancienne maire de Paris, c’est « un tournant ».", "Marie Dupont"),
    ("fr", "D’après Marie Dupont, cette crise marque « un tournant ».", "Marie Dupont"),
    ("fr", "Aux yeux de Marie Dupont, cette crise marque « un tournant ».", "Marie Dupont"),
    ("en", 'For John Smith, a veteran negotiator, the deal is "a trap."', "John Smith"),
    ("en", 'In John Smith\'s view, the deal is "a trap."', "John Smith"),
    ("en", 'In the view of Maria Lopez, the deal is "a trap."', "Maria Lopez"),
    ("fr", "Pour la France, c’est un « tournant ».", None),
    ("fr", "Pour l’AFP, le plan reste « inacceptable en l’état ».", "AFP"),
    ("en", 'For years, the town was "forgotten."', None),
]


@pytest.mark.parametrize(("language", "text", "speaker"), _VIEWS)
def test_sentence_opening_view_names_the_speaker(
    language: str, text: str, speaker: str | None
) -> None:
    [quote] = _quotes(text, language)
    assert quote.speaker == speaker
    assert quote.kind == ("fragment" if speaker else "other")


def test_name_split_at_a_particle_speaks_as_one_person() -> None:
    text = (
        '"We will strike again," said Anna van Berg, a union leader. The port is closed.\n'
        '"Nothing has changed," van Berg added.'
    )
    assert _speakers(text, "en") == ["Anna van Berg", "Anna van Berg"]
    text = "« Rien ne change », a dit Hélène de Montfort. « Rien », a ajouté Montfort."
    assert _speakers(text, "fr") == ["Hélène de Montfort", "Hélène de Montfort"]


def test_particle_joining_keeps_whole_names_and_complements() -> None:
    text = "Anna de Berg et Hélène de Paris, puis Marie Dupont de France."

    def ent(surface: str, label: str) -> Entity:
        start = text.index(surface)
        return Entity(start, start + len(surface), surface, label, surface)  # type: ignore[arg-type]

    ents = [
        ent("Anna de Berg", "PER"),
        ent("Hélène", "PER"),
        ent("Paris", "LOC"),
        ent("Marie Dupont", "PER"),
        ent("France", "LOC"),
    ]
    assert join_particle_names(text, ents) == ents


def test_particle_joining_takes_the_canonical_of_the_full_name() -> None:
    text = "Anna van Berg spoke. Later Anna van Berg left, and van Berg came back."
    first = text.index("Anna")
    second = text.index("Anna", first + 1)
    third = text.index("Berg", second + 10)
    ents = [
        Entity(first, first + 4, "Anna", "PER", "Anna"),
        Entity(first + 9, first + 13, "Berg", "PER", "Berg"),
        Entity(second, second + 13, "Anna van Berg", "PER", "A. van Berg"),
        Entity(third, third + 4, "Berg", "PER", "Berg"),
    ]
    joined = join_particle_names(text, ents)
    assert [(text[e.start : e.end], e.canonical) for e in joined] == [
        ("Anna van Berg", "A. van Berg"),
        ("Anna van Berg", "A. van Berg"),
        ("van Berg", "A. van Berg"),
    ]


def test_sentence_initial_particle_takes_the_resolved_full_name() -> None:
    text = "Von der Leyen added: “We expect action.”"
    ents = [
        Entity(0, 3, "Von", "PER", "Von"),
        Entity(8, 13, "Leyen", "PER", "Ursula von der Leyen"),
    ]
    [quote] = extract_quotes(text, ents, language="en")
    assert quote.speaker == "Ursula von der Leyen"


def test_words_some_people_use_are_not_given_to_the_sentence_subject() -> None:
    text = "Les experts ont critiqué ce que certains qualifient de « grande victoire »."
    assert _speakers(text, "fr") == [None]


# Common attributions that must keep working.
_COMMON = [
    ("en", '"We will stay," John Smith wrote on social media.', "John Smith"),
    ("en", 'John Smith wrote on social media that the plan was "dead".', "John Smith"),
    ("en", 'John Smith said in a statement that the plan was "dead".', "John Smith"),
    ("en", 'John Smith told Reuters the plan was "dead".', "John Smith"),
    # An unnamed spokesperson of an unnamed body: no speaker (its source is tested apart).
    ("en", '"No comment," a spokesperson for the ministry said.', None),
    ("fr", "« Il ne se représentera pas », a indiqué l’entourage de Marie Dupont.", "Marie Dupont"),
    ("fr", "« C’est une honte », a réagi Marie Dupont sur franceinfo.", "Marie Dupont"),
    (
        "fr",
        "Marie Dupont a annoncé jeudi un plan.\n« Il sera prêt », a-t-elle précisé.",
        "Marie Dupont",
    ),
]


@pytest.mark.parametrize(("language", "text", "speaker"), _COMMON)
def test_common_attributions(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language)[-1] == speaker
