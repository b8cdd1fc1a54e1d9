"""Whole paragraphs: an English dev set read span for span, fresh French and English
paragraphs held to a precision and recall floor, and offsets that index the original text.

The dev-set paragraphs are written for these tests in the styles of English news copy
(wire, politics, business, sports, courts, world); each lists the PER, LOC and ORG spans
a reader would mark, in text order (MISC is not asserted: demonyms and events may be
tagged MISC or left out).
"""

from __future__ import annotations

import pytest
from named_entities import name_pairs, paragraph_scores

from tui.core.entities.extract import extract_entities
from tui.core.models import Entity

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


@pytest.mark.parametrize("name", sorted(DEV_SET))
def test_english_dev_paragraph_gives_every_span(name: str) -> None:
    text, expected = DEV_SET[name]
    assert name_pairs(text, "en") == expected


def test_english_offsets_index_the_original_text() -> None:
    for text, _ in DEV_SET.values():
        for e in extract_entities(text, language="en"):
            assert isinstance(e, Entity)
            assert text[e.start : e.end] == e.text


def test_french_offsets_index_the_original_text() -> None:
    text = "  «\u00a0Vladimir Poutine\u00a0» a dit qu’à Moscou…"
    for e in extract_entities(text, language="fr"):
        assert text[e.start : e.end] == e.text
        assert e.canonical


# Four French paragraphs written after the rules, in domains they were not written for
# (football, industry, courts, culture), scored before any rule was fitted to them. Some
# readings stay debatable (a ministry named by its street, a museum as place or body),
# so the set asserts an overall floor rather than every span.
FRESH_FR = {
    "football": (
        "Le Paris Saint-Germain s’est imposé 2-0 face à l’Olympique lyonnais samedi soir au "
        "Parc des Princes. Kylian Mbappé a ouvert le score avant la pause, puis Ousmane Dembélé "
        "a doublé la mise. « L’équipe a montré beaucoup de caractère », a estimé l’entraîneur "
        "Luis Enrique après la rencontre. Du côté lyonnais, Pierre Sage regrette un manque de "
        "réalisme. Le PSG compte désormais huit points d’avance en tête du championnat.",
        [
            ("Paris Saint-Germain", "ORG"),
            ("Olympique lyonnais", "ORG"),
            ("Parc des Princes", "LOC"),
            ("Kylian Mbappé", "PER"),
            ("Ousmane Dembélé", "PER"),
            ("Luis Enrique", "PER"),
            ("Pierre Sage", "PER"),
            ("PSG", "ORG"),
        ],
    ),
    "industrie": (
        "Le groupe Renault a annoncé jeudi la suppression de 2 000 postes en Europe, dont une "
        "partie dans son usine de Flins, dans les Yvelines. Son directeur général, Luca de Meo, "
        "a expliqué que le constructeur devait « accélérer » face à la concurrence chinoise. "
        "La CGT a appelé à la grève dès lundi. Le ministre de l’Industrie, Roland Lescure, a "
        "demandé des garanties pour les sous-traitants. De Meo doit être reçu à Bercy.",
        [
            ("Renault", "ORG"),
            ("Europe", "LOC"),
            ("Flins", "LOC"),
            ("Yvelines", "LOC"),
            ("Luca de Meo", "PER"),
            ("CGT", "ORG"),
            ("Roland Lescure", "PER"),
            ("De Meo", "PER"),
            ("Bercy", "ORG"),
        ],
    ),
    "justice": (
        "Le tribunal correctionnel de Marseille a condamné mardi l’ancien maire de Saint-Rémy, "
        "Jean-Pierre Dufour, à deux ans de prison avec sursis pour favoritisme. Son avocate, "
        "Me Claire Vasseur, a annoncé qu’elle ferait appel. L’enquête avait été ouverte par le "
        "Parquet national financier après un signalement de l’association Anticor. Selon la "
        "procureure, Dufour avait attribué plusieurs marchés publics à la société de son "
        "beau-frère. Condamné, l’élu du Rassemblement national a quitté la salle sans un mot.",
        [
            ("Marseille", "LOC"),
            ("Saint-Rémy", "LOC"),
            ("Jean-Pierre Dufour", "PER"),
            ("Claire Vasseur", "PER"),
            ("Parquet national financier", "ORG"),
            ("Anticor", "ORG"),
            ("Dufour", "PER"),
            ("Rassemblement national", "ORG"),
        ],
    ),
    "culture": (
        "Le Louvre accueillera à partir d’octobre une exposition consacrée à Claude Monet, en "
        "partenariat avec le Metropolitan Museum of Art de New York. Sa présidente, Laurence "
        "des Cars, y voit « un dialogue entre deux collections ». Des chercheurs du CNRS et de "
        "l’université de Strasbourg ont étudié la restauration des pigments. Une navette "
        "gratuite partira de la gare de Lyon, a indiqué l’adjoint à la culture, Karim Benali. "
        "Les Républicains ont critiqué le coût du projet. Musées et galeries attendent "
        "beaucoup de visiteurs.",
        [
            ("Louvre", "ORG"),
            ("Claude Monet", "PER"),
            ("Metropolitan Museum of Art", "ORG"),
            ("New York", "LOC"),
            ("Laurence des Cars", "PER"),
            ("CNRS", "ORG"),
            ("université de Strasbourg", "ORG"),
            ("gare de Lyon", "LOC"),
            ("Karim Benali", "PER"),
            ("Les Républicains", "ORG"),
        ],
    ),
}


def test_fresh_french_paragraphs_keep_their_floor() -> None:
    precision, recall = paragraph_scores(FRESH_FR, "fr")
    assert precision >= 0.88
    assert recall >= 0.88


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


def test_fresh_english_paragraphs_keep_their_floor() -> None:
    precision, recall = paragraph_scores(FRESH_EN, "en")
    assert precision >= 0.88
    assert recall >= 0.88
