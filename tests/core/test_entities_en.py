"""English news dev set: wire, politics, business, sports and courts paragraphs.

The paragraphs are written for these tests in the styles of English news copy;
each lists the PER, LOC and ORG spans a reader would mark, in text order (MISC is
not asserted: demonyms and events may be tagged MISC or left out).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tui.core.entities import extract_entities
from tui.core.models import Entity
from tui.core.names import resolve_names

DEV_SET = {
    "wire": (
        (
            "WOODSIDE, California (Reuters) - U.S. President Joe Biden and Chinese "
            "President Xi Jinping agreed on Wednesday to resume military talks, the White "
            "House said. Biden told reporters at the Filoli estate that the meeting had "
            "been productive. We're not looking for conflict, he said. China's Foreign "
            "Ministry said Beijing wanted stable ties with Washington."
        ),
        [
            ("WOODSIDE", "LOC"),
            ("California", "LOC"),
            ("Reuters", "ORG"),
            ("U.S.", "LOC"),
            ("Joe Biden", "PER"),
            ("Xi Jinping", "PER"),
            ("White House", "ORG"),
            ("Biden", "PER"),
            ("China", "LOC"),
            ("Foreign Ministry", "ORG"),
            ("Beijing", "LOC"),
            ("Washington", "LOC"),
        ],
    ),
    "politics": (
        (
            "LONDON (AP) — Prime Minister Rishi Sunak faced a revolt in the Conservative "
            "Party on Tuesday after Home Secretary Suella Braverman criticised the "
            "Metropolitan Police. Mr. Sunak said in Parliament that he retained full "
            "confidence in her. Labour leader Keir Starmer called the situation chaotic. In "
            "Berlin, Chancellor Olaf Scholz met French President Emmanuel Macron, while "
            "Sen. Bernie Sanders of Vermont urged the United Nations to act."
        ),
        [
            ("LONDON", "LOC"),
            ("AP", "ORG"),
            ("Rishi Sunak", "PER"),
            ("Conservative Party", "ORG"),
            ("Suella Braverman", "PER"),
            ("Metropolitan Police", "ORG"),
            ("Sunak", "PER"),
            ("Parliament", "ORG"),
            ("Labour", "ORG"),
            ("Keir Starmer", "PER"),
            ("Berlin", "LOC"),
            ("Olaf Scholz", "PER"),
            ("Emmanuel Macron", "PER"),
            ("Bernie Sanders", "PER"),
            ("Vermont", "LOC"),
            ("United Nations", "ORG"),
        ],
    ),
    "business": (
        (
            "SAN FRANCISCO, Jan 12 (Reuters) - Shares of Nvidia Corp rose 4% on Friday "
            "after the chipmaker's chief executive, Jensen Huang, said demand from "
            "Microsoft and Amazon remained strong. Goldman Sachs analysts raised their "
            "target. Apple CEO Tim Cook is due to visit Tokyo and Seoul next month, "
            "according to the Nikkei newspaper. The European Central Bank kept rates "
            "unchanged."
        ),
        [
            ("SAN FRANCISCO", "LOC"),
            ("Reuters", "ORG"),
            ("Nvidia Corp", "ORG"),
            ("Jensen Huang", "PER"),
            ("Microsoft", "ORG"),
            ("Amazon", "ORG"),
            ("Goldman Sachs", "ORG"),
            ("Apple", "ORG"),
            ("Tim Cook", "PER"),
            ("Tokyo", "LOC"),
            ("Seoul", "LOC"),
            ("Nikkei", "ORG"),
            ("European Central Bank", "ORG"),
        ],
    ),
    "sports": (
        (
            "Lionel Messi scored twice as Inter Miami beat the New York Red Bulls 3-1 on "
            "Saturday. Coach Gerardo Martino praised the forward. It was the club's third "
            "straight win. In Madrid, Real Madrid midfielder Jude Bellingham was named "
            "player of the month by La Liga, and Manchester City manager Pep Guardiola said "
            "Erling Haaland would miss the trip to Copenhagen."
        ),
        [
            ("Lionel Messi", "PER"),
            ("Inter Miami", "ORG"),
            ("New York Red Bulls", "ORG"),
            ("Gerardo Martino", "PER"),
            ("Madrid", "LOC"),
            ("Real Madrid", "ORG"),
            ("Jude Bellingham", "PER"),
            ("La Liga", "ORG"),
            ("Manchester City", "ORG"),
            ("Pep Guardiola", "PER"),
            ("Erling Haaland", "PER"),
            ("Copenhagen", "LOC"),
        ],
    ),
    "courts": (
        (
            "WASHINGTON, March 4 (Reuters) - The U.S. Supreme Court on Monday ruled that "
            "Colorado could not bar Donald Trump from the ballot. Chief Justice John "
            "Roberts wrote for the majority. That's a victory for democracy, Trump wrote. "
            "There was no immediate comment from the Colorado Secretary of State, Jena "
            "Griswold. A federal judge in Manhattan, Lewis Kaplan, said the Justice "
            "Department had until April."
        ),
        [
            ("WASHINGTON", "LOC"),
            ("Reuters", "ORG"),
            ("U.S. Supreme Court", "ORG"),
            ("Colorado", "LOC"),
            ("Donald Trump", "PER"),
            ("John Roberts", "PER"),
            ("Trump", "PER"),
            ("Colorado", "LOC"),
            ("Jena Griswold", "PER"),
            ("Manhattan", "LOC"),
            ("Lewis Kaplan", "PER"),
            ("Justice Department", "ORG"),
        ],
    ),
    "world": (
        (
            "Syrian President Bashar al-Assad arrived in Abu Dhabi on Sunday, the state "
            "news agency WAM said. The German Marshall Fund said Planet Earth needed more "
            "ambition. Jean-Luc Mélenchon, the French leftist, flew to Buenos Aires. Ms. "
            "Ardern, New Zealand's former leader, spoke at Harvard University, and Dr. "
            "Anthony Fauci addressed the World Health Organization in Geneva."
        ),
        [
            ("Bashar al-Assad", "PER"),
            ("Abu Dhabi", "LOC"),
            ("WAM", "ORG"),
            ("German Marshall Fund", "ORG"),
            ("Planet Earth", "LOC"),
            ("Jean-Luc Mélenchon", "PER"),
            ("Buenos Aires", "LOC"),
            ("Ardern", "PER"),
            ("New Zealand", "LOC"),
            ("Harvard University", "ORG"),
            ("Anthony Fauci", "PER"),
            ("World Health Organization", "ORG"),
            ("Geneva", "LOC"),
        ],
    ),
}


def named(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in extract_entities(text, language="en") if e.label != "MISC"]


@pytest.mark.parametrize("name", sorted(DEV_SET))
def test_dev_paragraph(name: str) -> None:
    text, expected = DEV_SET[name]
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. President Joe Biden spoke.", [("U.S.", "LOC"), ("Joe Biden", "PER")]),
        ("Prime Minister Rishi Sunak left.", [("Rishi Sunak", "PER")]),
        ("Chief Executive Andy Jassy said so.", [("Andy Jassy", "PER")]),
        ("Attorney General Merrick Garland spoke.", [("Merrick Garland", "PER")]),
        ("Mr. Sunak and Dr. Jane Goodall met.", [("Sunak", "PER"), ("Jane Goodall", "PER")]),
        ("Apple CEO Tim Cook flew in.", [("Apple", "ORG"), ("Tim Cook", "PER")]),
        ("Shares of General Motors fell.", [("General Motors", "ORG")]),
        ("Julie Bishop spoke on Friday.", [("Julie Bishop", "PER")]),
    ],
)
def test_titles_stay_outside_person_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's Foreign Ministry said.", [("China", "LOC"), ("Foreign Ministry", "ORG")]),
        ("He met the United Nations envoy.", [("United Nations", "ORG")]),
        ("It's late. We're ready. That's all. There was rain.", []),
        ("Investors sold. Lawmakers objected, analysts said.", []),
        ("The Conservative Party on Tuesday voted.", [("Conservative Party", "ORG")]),
        ("Microsoft and Amazon rose.", [("Microsoft", "ORG"), ("Amazon", "ORG")]),
        ("The deadline is March 4 in Ohio.", [("Ohio", "LOC")]),
        ("Theresa May spoke in May.", [("Theresa May", "PER")]),
        ("the state news agency WAM said", [("WAM", "ORG")]),
        ("according to the Nikkei newspaper", [("Nikkei", "ORG")]),
    ],
)
def test_english_function_words_and_possessives(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KYIV, Ukraine (AP) — Russian forces shelled the city.",
            [("KYIV", "LOC"), ("Ukraine", "LOC"), ("AP", "ORG")],
        ),
        ("LONDON (Reuters) - Prices rose.", [("LONDON", "LOC"), ("Reuters", "ORG")]),
        (
            "SAN FRANCISCO, Jan 12 (Reuters) - Shares rose.",
            [("SAN FRANCISCO", "LOC"), ("Reuters", "ORG")],
        ),
        ("PARIS - The talks ended.", [("PARIS", "LOC")]),
    ],
)
def test_datelines(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian President Bashar al-Assad arrived.", [("Bashar al-Assad", "PER")]),
        (
            "Jean-Luc Mélenchon flew to Abu Dhabi.",
            [("Jean-Luc Mélenchon", "PER"), ("Abu Dhabi", "LOC")],
        ),
        (
            "Voters in Vermont, Montana and West Virginia",
            [("Vermont", "LOC"), ("Montana", "LOC"), ("West Virginia", "LOC")],
        ),
        (
            "The Los Angeles Lakers won in Denver.",
            [("Los Angeles Lakers", "ORG"), ("Denver", "LOC")],
        ),
    ],
)
def test_places_and_hyphenated_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


def test_surname_resolves_after_a_titled_full_name() -> None:
    text = "U.S. President Joe Biden spoke on Monday. Biden said the talks went well."
    resolved, _ = resolve_names({"a": extract_entities(text, language="en")})
    by_text = {e.text: e for e in resolved["a"]}
    assert by_text["Biden"].canonical == "Joe Biden"
    assert by_text["Biden"].label == "PER"


def test_offsets_index_the_original_text() -> None:
    for text, _ in DEV_SET.values():
        for e in extract_entities(text, language="en"):
            assert isinstance(e, Entity)
            assert text[e.start : e.end] == e.text


# Four paragraphs written after the rules above, in domains they were not written for
# (sport, markets, courts, science), scored before any rule was fitted to them. A few
# readings stay debatable or missed (a sports body named after a country, a company
# after "Shares in"), so the set asserts an overall floor rather than every span.
FRESH_EN = {
    "tennis": (
        "Aryna Sabalenka retained her title at Melbourne Park on Saturday, beating Zheng "
        "Qinwen in straight sets. The Belarusian, coached by Anton Dubrov, has not dropped "
        "a set all tournament. Tennis Australia chief executive Craig Tiley said ticket "
        "sales had broken records. Zheng, 21, became the first Chinese finalist since Li Na "
        "won in 2014. Next up for both players is a tournament in Doha.",
        [
            ("Aryna Sabalenka", "PER"),
            ("Melbourne Park", "LOC"),
            ("Zheng Qinwen", "PER"),
            ("Anton Dubrov", "PER"),
            ("Tennis Australia", "ORG"),
            ("Craig Tiley", "PER"),
            ("Zheng", "PER"),
            ("Li Na", "PER"),
            ("Doha", "LOC"),
        ],
    ),
    "markets": (
        "Shares in Unilever rose 3% in London on Thursday after the consumer goods group said "
        "it would cut 7,500 jobs. Chief Executive Hein Schumacher told analysts the plan would "
        "save about 800 million euros. The Bank of England is expected to hold rates next week, "
        "while Deutsche Bank economist Sanjay Raja said inflation would fall faster than "
        "expected. Investors also welcomed plans to list the ice cream unit in Amsterdam.",
        [
            ("Unilever", "ORG"),
            ("London", "LOC"),
            ("Hein Schumacher", "PER"),
            ("Bank of England", "ORG"),
            ("Deutsche Bank", "ORG"),
            ("Sanjay Raja", "PER"),
            ("Amsterdam", "LOC"),
        ],
    ),
    "trial": (
        "A judge in Atlanta on Tuesday rejected a request by Fulton County District Attorney "
        "Fani Willis to delay the trial. Judge Scott McAfee wrote that the defense had raised "
        "legitimate concerns. Lawyers for Mark Meadows, the former White House chief of staff, "
        "argued that the case belonged in federal court. The Georgia Supreme Court will hear a "
        "separate appeal in May, said Joana dos Santos, a spokeswoman for the court. Meadows "
        "has pleaded not guilty.",
        [
            ("Atlanta", "LOC"),
            ("Fulton County", "LOC"),
            ("Fani Willis", "PER"),
            ("Scott McAfee", "PER"),
            ("Mark Meadows", "PER"),
            ("White House", "ORG"),
            ("Georgia Supreme Court", "ORG"),
            ("Joana dos Santos", "PER"),
            ("Meadows", "PER"),
        ],
    ),
    "science": (
        "Researchers at the University of Edinburgh have found that a common garden plant can "
        "absorb heavy metals from polluted soil, according to a study published on Wednesday. "
        "The team, led by Professor Aisha Okafor, tested the plant at former mining sites in "
        "Cornwall and Wales. Okafor said it grows almost anywhere. The work was funded by the "
        "Natural Environment Research Council and the Wellcome Trust. Councillor Tom Price said "
        "Swansea residents had asked for similar trials. Plants absorb metals slowly, "
        "experts warned.",
        [
            ("University of Edinburgh", "ORG"),
            ("Aisha Okafor", "PER"),
            ("Cornwall", "LOC"),
            ("Wales", "LOC"),
            ("Okafor", "PER"),
            ("Natural Environment Research Council", "ORG"),
            ("Wellcome Trust", "ORG"),
            ("Tom Price", "PER"),
            ("Swansea", "LOC"),
        ],
    ),
}


def matched(expected: list[tuple[str, str]], got: list[tuple[str, str]]) -> int:
    return sum((Counter(expected) & Counter(got)).values())


def test_fresh_paragraphs_keep_their_floor() -> None:
    hits = predicted = gold = 0
    for text, expected in FRESH_EN.values():
        got = named(text)
        hits += matched(expected, got)
        predicted += len(got)
        gold += len(expected)
    assert hits / predicted >= 0.88
    assert hits / gold >= 0.88


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Texas Solicitor General Aaron Nielson argued the case.",
            [("Texas", "LOC"), ("Aaron Nielson", "PER")],
        ),
        (
            "Cook County District Attorney Kim Foxx declined.",
            [("Cook County", "LOC"), ("Kim Foxx", "PER")],
        ),
        (
            "Secretary of Homeland Security Alejandro Mayorkas testified.",
            [("Alejandro Mayorkas", "PER")],
        ),
        ("Deputy Secretary of State Kurt Campbell flew in.", [("Kurt Campbell", "PER")]),
        ("The Secretary of State said nothing.", []),
        (
            "Commissioner Margrethe Vestager met Chairwoman Lina Khan.",
            [("Margrethe Vestager", "PER"), ("Lina Khan", "PER")],
        ),
        ("Economy Minister Bruno Le Maire left.", [("Bruno Le Maire", "PER")]),
        ("Councillor Tom Price objected.", [("Tom Price", "PER")]),
        (
            "Surgeon General Vivek Murthy and Judge Tanya Chutkan spoke.",
            [("Vivek Murthy", "PER"), ("Tanya Chutkan", "PER")],
        ),
    ],
)
def test_titles_before_names_stay_outside(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks, said Annelies de Jong, had failed.", [("Annelies de Jong", "PER")]),
        (
            "Ursula von der Leyen met Vincent van Gogh experts.",
            [
                ("Ursula von der Leyen", "PER"),
                ("Vincent van Gogh", "PER"),
            ],
        ),
        ("Luiz Inácio Lula da Silva arrived.", [("Luiz Inácio Lula da Silva", "PER")]),
        (
            "Pieter de Boer spoke first. Later de Boer added a caveat. De Boer left.",
            [("Pieter de Boer", "PER"), ("de Boer", "PER"), ("De Boer", "PER")],
        ),
        (
            "Ursula von der Leyen spoke; von der Leyen then left.",
            [("Ursula von der Leyen", "PER"), ("von der Leyen", "PER")],
        ),
    ],
)
def test_lowercase_particles_stay_in_person_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert named(text) == expected


def test_particle_surname_resolves_to_the_full_name() -> None:
    text = "Pieter de Boer spoke first. Later de Boer added a caveat."
    resolved, corpus = resolve_names({"a": extract_entities(text, language="en")})
    assert {e.canonical for e in resolved["a"]} == {"Pieter de Boer"}
    assert [c.mentions for c in corpus if c.canonical == "Pieter de Boer"] == [2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Port of Antwerp Authority said.", [("Port of Antwerp Authority", "ORG")]),
        ("Ships queued at the Port of Hamburg.", [("Port of Hamburg", "ORG")]),
        ("The Bank of England held rates.", [("Bank of England", "ORG")]),
        ("The Department of Justice appealed.", [("Department of Justice", "ORG")]),
        ("It hangs in the Metropolitan Museum of Art.", [("Metropolitan Museum of Art", "ORG")]),
        ("She flew to Port of Spain.", [("Port of Spain", "LOC")]),
    ],
)
def test_of_joins_inside_organisation_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Republican Party met. Labour and the Conservatives argued.",
            [
                ("Republican Party", "ORG"),
                ("Labour", "ORG"),
                ("Conservatives", "ORG"),
            ],
        ),
        ("Democrats in Ohio objected.", [("Democrats", "ORG"), ("Ohio", "LOC")]),
    ],
)
def test_parties_are_organisations(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers walked out.",
        "Nobody wins from that.",
        "Supply chains are fragile.",
        "Freight rates rose again.",
        "Analysts see a wake-up call for European logistics.",
        "The Chinese finalist won. Russians and Canadians cheered.",
    ],
)
def test_sentence_initial_common_words_and_demonyms_are_not_entities(text: str) -> None:
    assert extract_entities(text, language="en") == []


def test_a_common_word_used_as_a_name_mid_text_is_kept() -> None:
    text = "The lawyer Paul Clement argued. Clement said the law was wrong."
    assert named(text) == [("Paul Clement", "PER"), ("Clement", "PER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal was approved by the Nordic Trade Council (NTC). Later the NTC board met.",
            [("Nordic Trade Council", "ORG"), ("NTC", "ORG"), ("NTC", "ORG")],
        ),
        (
            "Leaders of the Andean Union (AU) met. An AU Commission report followed.",
            [("Andean Union", "ORG"), ("AU", "ORG"), ("AU Commission", "ORG")],
        ),
    ],
)
def test_an_acronym_defined_in_parentheses_keeps_its_label(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials of the Rugby Federation spoke.", [("Rugby Federation", "ORG")]),
        ("She lives in the Kibera district.", [("Kibera", "LOC")]),
        ("Fans packed the Allianz Arena on Sunday.", [("Allianz Arena", "LOC")]),
        ("Crowds filled the Lusail Stadium.", [("Lusail Stadium", "LOC")]),
        ("She is an economist at Rabobank.", [("Rabobank", "ORG")]),
        ("He said AI would change search.", []),
        ("Flights to Dar es Salaam resumed.", [("Dar es Salaam", "LOC")]),
        ("The winger Son Min-jae scored twice.", [("Son Min-jae", "PER")]),
        ("Referee Michael Oliver booked him.", [("Michael Oliver", "PER")]),
    ],
)
def test_general_news_patterns(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


def test_a_company_short_name_follows_its_full_name() -> None:
    text = "Quantafy Holdings posted a loss. Shares of Quantafy fell."
    assert named(text) == [("Quantafy Holdings", "ORG"), ("Quantafy", "ORG")]


def test_a_club_short_name_follows_its_listed_name() -> None:
    text = "Crystal Palace won. The win lifts Palace to fifth."
    assert named(text) == [("Crystal Palace", "ORG"), ("Palace", "ORG")]


def test_two_dictionary_words_are_not_a_person() -> None:
    assert [s for s in named("The show Broken Ladder aired.") if s[1] == "PER"] == []
