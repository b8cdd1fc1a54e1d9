"""Closed word classes the entity extractor reasons with (French and English news).

Honorifics, titles and trigger words are cues rather than names: they decide a label
or the extent of a span but stay outside person spans. Kept apart from the extractor
so the rules read as rules and the vocabulary can grow on its own.
"""

from __future__ import annotations

from tui.core.text import fold


def _words(blob: str) -> frozenset[str]:
    """The words of ``blob`` as written and folded (accents off), for either lookup."""
    raw = blob.split()
    return frozenset(raw) | frozenset(fold(w) for w in raw)


# Written before a person's name and kept outside the span ("M. Macron", "Dr Smith").
HONORIFICS = _words("""m. mm. mme mme. mmes mlle mr mr. mrs mrs. ms ms. dr dr. pr pr. me mgr
    mgr. sir lord lady dame prof prof. sen. rep. gen. gov. st. saint ald ald. cllr cllr.
    miss deputy madam hon hon. honourable honorable comrade engr engr. alhaji alhaja datuk
    datin seri madame monsieur""")

# Roles that announce a person's name when written just before it.
TITLES = _words("""président présidente ministre porte-parole chancelier chancelière premier
    secrétaire sénateur sénatrice député députée maire juge général générale colonel
    capitaine amiral commandant lieutenant pape roi reine prince princesse cardinal
    évêque archevêque directeur directrice pdg patron patronne entraîneur sélectionneur
    joueur joueuse chanteur chanteuse acteur actrice écrivain écrivaine journaliste
    dirigeant dirigeante leader opposant opposante candidat candidate avocat avocate
    procureur procureure ambassadeur ambassadrice chef cheffe fondateur fondatrice
    analyste chercheur chercheuse expert experte professeur professeure docteur
    gouverneur émir cheikh ayatollah vice-président vice-présidente homologue
    président-directeur commissaire conseiller conseillère diplomate dictateur
    militant militante activiste économiste historien historienne politologue
    president minister spokesman spokeswoman spokesperson chancellor secretary senator
    governor mayor judge general colonel captain admiral commander pope king queen
    prince princess cardinal bishop director ceo chief leader candidate lawyer
    attorney prosecutor ambassador founder analyst researcher professor economist
    envoy lawmaker congressman congresswoman representative rep. sen. gov. coach
    premier chairman chairwoman councillor councilor councilman councilwoman alderman
    undersecretary under-secretary commissioner treasurer comptroller sheriff magistrate
    ombudsman conseiller conseillère adjoint adjointe rappeur rappeuse
    musicien musicienne guitariste pianiste sismologue épidémiologiste cardiologue
    sociologue climatologue virologue
    substitute forecaster meteorologist striker midfielder defender goalkeeper winger
    teammate cosmonaute astronaute cosmonaut astronaut speaker provost taoiseach tánaiste
    opposition counsel barrister solicitor""")

# Capitalised words that head the name of an organisation.
ORG_TRIGGERS = _words("""conseil ministère ministere institut université universite agence parti
    association banque fédération federation union organisation organization commission
    cour tribunal assemblée comité comite direction office fondation fonds front
    mouvement conférence syndicat flotte armée armee forces force haut-commissariat
    observatoire centre center centres centers société societe groupe compagnie académie academie
    collège college lycée école ecole hôpital hopital musée musee église eglise mission
    service services sénat senat parlement gouvernement bureau caisse chambre club
    confédération coalition consortium corps ligue brigade brigades garde police
    gendarmerie autorité autorite administration département departement secrétariat
    laboratoire laboratory programme fondation foundation institute university agency party
    ministry department council court committee bank federation commission corporation government
    company inc. inc ltd corp corp. co. group association society league movement
    organisation board authority inspectorate directorate office agency army navy forces
    guard police network
    times post journal news press tribune herald gazette daily fund trust alliance
    coalition commission institution endowment cooperative union unions airlines airways
    motors holdings bancorp technologies systems industries pharmaceuticals partners homes
    ventures laboratories labs llc plc ag gmbh nv assembly parliament congress
    senate chamber tribunal reserve exchange fc cf museum gallery orchestra library hospital
    school academy orchestre records studios pictures entertainment mutual guild collective
    forum syndicate consortium caucus choir chorus ensemble philharmonic order lodge campaign""")

# Capitalised role words that head a title written before a name ("Prime Minister",
# "Chief Justice", "CEO"): the title is cut off and what follows is the person.
ROLE_HEADS = _words("""member president president-elect vice-president minister secretary
    secretary-general director-general attorney-general commander-in-chief attorney
    chancellor senator governor mayor judge justice ceo cfo coo chairman chairwoman
    chairperson chair director ambassador envoy adviser advisor spokesman spokeswoman
    spokesperson king queen prince princess pope coach manager captain commissioner
    leader speaker representative congressman congresswoman lawmaker sheikh emir
    ayatollah cardinal archbishop bishop rabbi imam reverend general colonel lieutenant
    sergeant admiral commander marshal officer executive founder co-founder premier
    chief detective inspector superintendent constable garda striker midfielder defender
    goalkeeper quarterback pitcher referee councillor councilor councilman councilwoman alderman
    undersecretary under-secretary treasurer comptroller sheriff magistrate ombudsman
    solicitor-general surgeon-general inspector-general
    mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame
    lord lady rep rep. sen sen. gov gov. gen gen. lt lt. col col. sgt sgt. adm adm.
    capt capt. cmdr cmdr. maj maj. mp pm mla mpp msp supt supt. det det. insp insp.
    dci dcs dsupt cpl cpl. pte pte. rev rev.""")

# Role heads that are also ordinary parts of names ("General Motors", "Chief Keef"):
# they only cut a title when a known given name follows.
AMBIGUOUS_ROLE_HEADS = _words("""member general chief executive officer leader speaker director
    captain manager marshal lord lady king queen prince princess justice sir dame
    constable garda inspector bishop cardinal judge mayor chancellor coach pope""")

# Capitalised words that qualify a role inside a title ("Prime", "Foreign", "Deputy").
ROLE_MODIFIERS = _words("""prime vice deputy foreign defense defence finance interior
    justice health economy economic trade home attorney chief executive acting former
    interim state national security senior majority minority house senate assistant
    under first supreme crown grand associate managing general lieutenant head
    operating financial technology science education energy environment transport
    agriculture labor labour culture treasury exchequer shadow junior high solicitor
    district surgeon inspector advocate postmaster battalion division fire police
    staff station council board assembly""")

# Heads of business titles: what precedes them is the company ("Apple CEO Tim Cook").
CORPORATE_ROLES = _words("""ceo cfo coo chairman chairwoman chairperson founder co-founder
    executive director manager""")

# Lowercase nouns that, next to a name, say it is an organisation ("the Nikkei newspaper",
# "news agency WAM").
ORG_NOUNS = _words("""newspaper daily weekly magazine agency broadcaster network channel
    company firm group carrier airline automaker carmaker chipmaker lender bank insurer
    retailer startup conglomerate giant club team party outlet publisher miner
    producer maker operator association parti groupe journal quotidien hebdomadaire
    chaîne agence société entreprise constructeur banque syndicat ong opérateur
    fabricant assureur radio union charity watchdog regulator
    studio laboratoire bailleur distributeur distributor""")

# English contractions glued to a capitalised word ("We're", "It's", "Don't").
CONTRACTIONS = ("'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "n't", "n’t")

# Lowercase or capitalised words that head the name of a place ("mer du Japon").
LOC_HEADS = _words("""mer océan ocean golfe mont monts lac île îles ile iles détroit canal fleuve
    rivière riviere place rue avenue boulevard quai pont cap massif baie vallée vallee
    plaine plateau péninsule peninsule presqu'île
    river lake loch lough mount mountains island islands sea gulf bay street avenue
    square bridge valley""")

# Capitalised words that follow a place name and belong to it ("Corée du Nord").
COMPASS = _words("nord sud est ouest north south east west centre")

# Particles that join the parts of a person's name ("Ursula von der Leyen").
PERSON_PARTICLES = frozenset(
    "von van der den di da do del della dos das bin ben ibn al el le la de du".split()
)

# Words after which a capitalised word is usually a place ("à Pyongyang", "in Paris").
LOC_CUES = _words("à a en au aux vers depuis via in near from to at")

# Endings of nationality adjectives and demonyms ("Nord-Coréen", "Occidentaux", "Russians").
DEMONYM_ENDINGS = (
    "ien",
    "ienne",
    "iens",
    "iennes",
    "éen",
    "éenne",
    "éens",
    "éennes",
    "ais",
    "aise",
    "aises",
    "ois",
    "oise",
    "oises",
    "ains",
    "aines",
    "aux",
    "ans",
    "ese",
    "ish",
    "iques",
    "and",
    "ande",
    "ands",
    "andes",
    "esse",
    "esses",
    "ain",
    "aine",
    "aque",
    "aques",
)

# Lowercase adjectives that continue an organisation's name ("Parti socialiste").
ORG_ADJECTIVE_ENDINGS = (
    "al",
    "ale",
    "ales",
    "aux",
    "ien",
    "ienne",
    "iennes",
    "éen",
    "éenne",
    "ain",
    "aine",
    "ais",
    "aise",
    "ique",
    "iques",
    "iste",
    "istes",
    "el",
    "elle",
    "if",
    "ive",
    "ieur",
    "aire",
    "aires",
    "ieure",
    "ies",
    "ée",
    "ées",
    "é",
    "és",
    "ste",
    "que",
    "sse",
    "be",
    "ge",
)

# English titles whose "of ..." complement is a portfolio, written before the holder's
# name ("Secretary of Homeland Security Alejandro Mayorkas").
PORTFOLIO_TITLES = _words("""secretary undersecretary under-secretary minister commissioner
    ambassador director chancellor""")

# Last words of a multi-word place name ("Fulton County", "Melbourne Park", "Oak Street").
LOC_TAILS = _words("""county counties province oblast krai prefecture parish borough township
    park square street avenue road boulevard bridge island islands valley peninsula
    desert canyon airport harbour harbor stadium arena racecourse mountains hills ranges
    falls heights plains reef coast city bay beach gulf strait ranch creek reservoir state
    market""")

# Last words of a building's name: the place, even when it speaks for an office
# ("Kensington Palace said", "Rayburn House Office Building").
BUILDING_TAILS = _words("""palace castle hall building cathedral abbey tower towers""")

# Last words of English company names that carry no other organisation head
# ("Sequoia Capital", "Island Records", "Nimbus Labs").
ORG_TAILS = _words("""capital records labs laboratories holdings partners industries
    technologies pharmaceuticals airlines airways motors studios ventures telecom
    entertainment investments shipping markets logistics insurance
    electronics securities brands research systems therapeutics biosciences
    semiconductor semiconductors robotics analytics advisors advisers associates
    communications networks solutions bancorp petroleum chemicals aerospace
    rovers wanderers hotspur albion athletic rangers power energy utilities project
    lines water terminals foods services resources minerals mining metals
    properties developments brewing breweries distribution restructuring consulting
    consultancy accountants solicitors architects engineering construction contractors
    copper nickel lithium uranium aluminium aluminum zinc cobalt cement fertilisers works
    shipyard shipyards""")

# Letters written after a person's name for an honour or an office ("Amanda Pinto KC").
POSTNOMINALS = frozenset("KC QC SC BL MP MEP OBE CBE MBE".split())

# Adjectives written before the head of a French institution ("Haute Autorité de santé").
ORG_HEAD_ADJECTIVES = _words("haut haute")

# Corporate suffixes written with a final period that belongs to the name ("Pfizer Inc.").
CORPORATE_SUFFIXES = frozenset("Inc Corp Co Ltd Bhd Cie".split())

# Capitalised heads of a place name that runs on with "de" ("Parc des Princes").
PLACE_NAME_HEADS = _words("parc")

# First words of English place names: a run opening on one is a place, never a person,
# even as the subject of "said" ("Port Lenning said", "Fort Mallory", "Lake Orsa").
EN_PLACE_HEADS = _words("""port fort mount mt mt. lake loch lough cape saint st st. sainte san santa
    new north south east west upper lower great little""")

# First words of English organisation names: a run opening on one is a body, never a
# person, even as the subject of "said" ("Royal Mail said", "National Grid").
EN_ORG_HEADS = _words("royal national federal united international global imperial")

# Lowercase heads whose complement makes the name of an organisation ("université de Kyoto").
ORG_LOWER_HEADS = _words("université universite")

# Heads that make an organisation of "<head> of <place>" in English ("Port of Antwerp").
ORG_OF_HEADS = _words("port ports")

# Heads of a state's formal name, extended like an organisation but labelled LOC.
STATE_HEADS = _words("république republic royaume kingdom émirats principauté")

# Common nouns whose complement names a place ("la ville de Komsomolsk", "gare de Khassan").
PLACE_NOUNS = _words("""ville village commune région province cosmodrome base port aéroport gare
    usine maire mairie habitants près environs alentours route autoroute
    capitale quartier banlieue localité département préfecture île city town village region
    province capital suburb district port airport""")

# Job titles whose "of ..." complement is a portfolio, not a name ("ministre de la Défense").
PORTFOLIO_HOLDERS = _words("""ministre ministres secrétaire minister ministers secretary""")

# Days and months, capitalised mid-sentence in English and in French headlines.
CALENDAR_WORDS = _words(
    """lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril juin
    juillet août septembre octobre novembre décembre monday tuesday wednesday thursday
    friday saturday sunday january february april june july august september october
    november december jan jan. feb feb. apr apr. jun jun. jul jul. aug aug. sep sep.
    sept sept. oct oct. nov nov. dec dec. tue tues thu thurs"""
)

# Month names that are also ordinary names ("Theresa May", "Mars"): a date only before
# a day number.
AMBIGUOUS_MONTHS = _words("march mar mar. may mars mai")

# Common nouns after a name that say it is a place ("the Cité Soleil district").
PLACE_NOUNS_AFTER = _words("""district neighbourhood neighborhood township suburb province
    region county quartier""")

# Job nouns whose "at X" complement is an employer, not a place ("an analyst at Bernstein").
EMPLOYEE_NOUNS = _words("""analyst analysts economist economists strategist strategists
    researcher researchers professor lecturer partner partners director fellow scientist
    scientists trader traders engineer engineers executive executives manager
    lawyer lawyers solicitor solicitors attorney attorneys banker bankers""")

# Acronyms of common nouns, never names by themselves ("AI", "GDP", "PIB").
COMMON_ACRONYMS = frozenset(
    """AI IA GDP PIB CEO PDG TV DNA ADN HIV VIH IT PC VAT TVA SUV
    LGBT LGBTQ IPO OPA CO2 NFT URL GPS USB LED TGV TER RER MPs MEPs CEOs
    ONG NGO NGOs""".split()
)

# Lowercase particles inside a hyphenated French place name ("Saint-Priest-en-Jarez").
PLACE_PARTICLES = frozenset("sur sous en lès lez les le la de du des aux".split())

# Acronyms that head an organisation named after its place ("CHU de Rennes"), as written.
ORG_ACRONYM_HEADS = frozenset("CHU CHR CHRU IUT IEP CCI".split())

# Last words of a venue that may carry a hall number ("Carioca Arena 3").
NUMBERED_VENUES = _words("arena hall terminal")

# Words that open the name of a storm ("Hurricane Delphine", "Typhoon Haiyan"): the
# name that follows is the storm's, not a person's.
STORM_HEADS = _words("""hurricane typhoon cyclone storm ouragan typhon cyclone tempête tempete""")

# Compound tails glued to a place or company by a hyphen ("Texas-based", "Kremlin-backed"):
# the name stops before the hyphen.
HYPHEN_TAILS = ("-based", "-born", "-backed", "-led", "-owned", "-made", "-bound")
