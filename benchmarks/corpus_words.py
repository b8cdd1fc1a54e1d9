"""Word tables the synthetic benchmark corpus draws its articles from (corpus_gen.py).

Invented given names, surnames, places, bodies, titles, verbs and sentence parts, in
French and English; changing any of them changes the generated corpus, so
``GENERATOR_VERSION`` in corpus_gen.py goes up with them.
"""

from __future__ import annotations

FIRST_FR = (
    "Jean Marie Claire Pierre Sophie Laurent Isabelle Nicolas Nathalie Olivier Camille "
    "François Élodie Mathieu Aurélie Thomas Céline Julien Hélène Antoine Agnès Benoît "
    "Valérie Sébastien Delphine Emmanuel Anne Rachid Fatima Karim Léa Hugo Chloé Yannick"
).split()
LAST_FR = (
    "Martin Bernard Dubois Lefèvre Moreau Laurent Girard Mercier Fontaine Rousseau Blanc "
    "Guérin Chevalier Lambert Bonnet Faure André Garnier Perrin Renaud Lemaire Dumont "
    "Benali Haddad Lacroix Barbier Giraud Carpentier Marchand Roux Vasseur Delorme Texier"
).split()
FIRST_EN = (
    "John Mary James Patricia Robert Jennifer Michael Linda David Susan Richard Karen "
    "Daniel Emily Andrew Rachel Kevin Laura Brian Megan Thomas Hannah"
).split()
LAST_EN = (
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
    "Jackson White Harris Clark Lewis Walker Hall Young Allen Wright Scott"
).split()
LEADERS = (
    "Vladimir Poutine|Kim Jong Un|Joe Biden|Emmanuel Macron|Olaf Scholz|Xi Jinping|"
    "Volodymyr Zelensky|Recep Tayyip Erdogan|Narendra Modi|Giorgia Meloni|Pedro Sánchez|"
    "Luiz Inácio Lula da Silva|Cyril Ramaphosa|Fumio Kishida|Justin Trudeau|Sergueï Lavrov|"
    "Dmitri Peskov|Antony Blinken|Ursula von der Leyen|António Guterres|Rishi Sunak"
).split("|")
PLACES = (
    "Paris|Lyon|Marseille|Bordeaux|Lille|Toulouse|Nantes|Strasbourg|Moscou|Pékin|Washington|"
    "Berlin|Londres|Bruxelles|Genève|Kiev|Varsovie|Rome|Madrid|Tokyo|Séoul|Pyongyang|"
    "Vladivostok|New Delhi|Ankara|Le Caire|Dakar|Abidjan|Montréal|Québec|Alger|Tunis|Rabat|"
    "la Russie|la Chine|l'Ukraine|la Corée du Nord|les États-Unis|l'Allemagne|le Japon|"
    "la Turquie|le Brésil|l'Inde|le Sénégal|la Belgique|la Suisse|l'Italie|l'Espagne"
).split("|")
PLACES_EN = (
    "Paris|London|Washington|New York|Moscow|Beijing|Berlin|Brussels|Geneva|Kyiv|Tokyo|"
    "Seoul|Pyongyang|New Delhi|Ankara|Cairo|Ottawa|Sydney|Chicago|Boston|Russia|China|"
    "Ukraine|North Korea|the United States|Germany|Japan|Turkey|Brazil|India|France"
).split("|")
ORGS = (
    "l'ONU|l'OTAN|l'Union européenne|le Kremlin|la Maison Blanche|l'Élysée|Matignon|"
    "le FMI|la Banque mondiale|l'OMS|l'Unesco|Airbus|TotalEnergies|Renault|la SNCF|"
    "EDF|l'AFP|Reuters|l'agence KCNA|l'agence TASS|le Conseil de sécurité|"
    "la Commission européenne|la Banque centrale européenne|Amnesty International|"
    "Médecins sans frontières|la CGT|le Sénat|l'Assemblée nationale|Greenpeace"
).split("|")
ORGS_EN = (
    "the United Nations|NATO|the European Union|the Kremlin|the White House|the IMF|"
    "the World Bank|the WHO|Airbus|Boeing|Reuters|the Associated Press|the Pentagon|"
    "the State Department|Congress|the Senate|Amnesty International|Greenpeace|Google"
).split("|")
TITLES_FR = (
    "le ministre de l'Économie|la ministre des Affaires étrangères|le porte-parole du "
    "gouvernement|la présidente de la région|le maire|la directrice générale|le secrétaire "
    "général|l'économiste|le chercheur|la sénatrice|le député|la juge|le syndicaliste|"
    "l'avocate|le général|la diplomate|le procureur|la cheffe de la diplomatie"
).split("|")
TITLES_EN = (
    "Foreign Secretary|spokesman|economist|senator|mayor|chief executive|analyst|"
    "Secretary of State|professor|ambassador|general|lawyer|union leader"
).split("|")
VERBS_AFTER_FR = (
    "a déclaré|a affirmé|a estimé|a indiqué|a assuré|a souligné|a ajouté|a expliqué|"
    "a prévenu|a martelé|a confié|a reconnu|a rappelé|a insisté|a dénoncé|a annoncé"
).split("|")
VERBS_BEFORE_FR = (
    "a déclaré|a affirmé|a estimé|a assuré|a lancé|a expliqué|a averti|a répondu|a ajouté|a tranché"
).split("|")
VERBS_EN = "said|told reporters|added|warned|stated|explained|insisted|noted|argued".split("|")

SUBJECTS_FR = (
    "Le gouvernement|La délégation|Les négociateurs|Le Parlement|Les syndicats|"
    "Les observateurs|La commission|Le comité|Les experts|Les autorités locales|"
    "Les habitants|Les entreprises du secteur|Les partenaires européens|L'opposition|"
    "Les marchés|Les diplomates|Les enquêteurs|La police|Les manifestants|Les élus"
).split("|")
VERBS_FR = (
    "examiné|présenté|rejeté|confirmé|salué|relancé|critiqué|suspendu|réclamé|adopté|"
    "contesté|prolongé|soutenu|évoqué|dénoncé|reporté|accueilli|publié|négocié|financé"
).split("|")
OBJECTS_FR = (
    "le projet de réforme|un accord de coopération|les nouvelles sanctions|le budget "
    "prévu|un plan de relance|la proposition de loi|les mesures d'urgence|le calendrier "
    "des discussions|un rapport très attendu|les résultats de l'enquête|une aide "
    "financière|le programme d'investissement|les conditions du cessez-le-feu|la "
    "hausse des prix|le dispositif de contrôle|une série de rencontres|les chiffres "
    "du chômage|la stratégie énergétique|le texte du traité|un fonds de soutien"
).split("|")
TAILS_FR = (
    "dans la matinée|après plusieurs semaines de tensions|malgré les critiques|sans "
    "donner plus de détails|selon une source proche du dossier|à la surprise générale|"
    "lors d'une réunion à huis clos|au terme de longues discussions|pour la deuxième "
    "fois cette année|en attendant un vote définitif|dans un contexte tendu|"
    "avant la fin du mois|à quelques jours du sommet|face à la pression de la rue"
).split("|")
QUOTE_BODIES_FR = (
    "nous ne céderons pas|c'est une étape décisive pour notre pays|la situation reste "
    "très préoccupante|il faut aller plus vite et plus loin|nous sommes prêts à discuter "
    "avec tout le monde|ce n'est pas le moment de baisser la garde|les résultats parlent "
    "d'eux-mêmes|personne ne pouvait l'ignorer|nous attendons des actes et pas seulement "
    "des paroles|cette décision aura des conséquences durables|le dialogue reste la seule "
    "voie possible|nous avons tenu nos engagements|il y a encore beaucoup de travail|"
    "les citoyens méritent la vérité|c'est une question de confiance"
).split("|")
FRAGMENTS_FR = (
    "historique|inacceptable|une ligne rouge|sans précédent|un tournant|une provocation|"
    "des progrès notables|très constructif|une erreur stratégique|grande victoire"
).split("|")
SUBJECTS_EN = (
    "The government|Officials|Negotiators|Lawmakers|Analysts|The committee|Investors|"
    "Residents|The opposition|Diplomats|Investigators|Police|Protesters|Regulators"
).split("|")
VERBS_EN_MAIN = (
    "reviewed|presented|rejected|confirmed|welcomed|revived|criticised|suspended|"
    "demanded|adopted|challenged|extended|backed|discussed|postponed|published"
).split("|")
OBJECTS_EN = (
    "the reform plan|a cooperation agreement|new sanctions|the proposed budget|a "
    "stimulus package|the draft bill|emergency measures|the negotiation timetable|a "
    "long-awaited report|the findings of the inquiry|a financial aid package|the "
    "investment programme|the terms of the ceasefire|the energy strategy"
).split("|")
TAILS_EN = (
    "on Monday|after weeks of tension|despite criticism|without giving details|"
    "according to a source familiar with the matter|behind closed doors|"
    "after lengthy talks|for the second time this year|ahead of the summit"
).split("|")
QUOTE_BODIES_EN = (
    "we will not back down|this is a decisive moment|the situation remains deeply "
    "worrying|we need to move faster|we are ready to talk to anyone|nobody could have "
    "ignored it|we expect action, not words|this decision will have lasting consequences|"
    "dialogue remains the only way forward|we have kept our promises"
).split("|")
MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
MONTHS_EN = (
    "January February March April May June July August September October November December".split()
)
DAYS_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
