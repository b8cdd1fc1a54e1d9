"""Nouns that head a description of a person or of a body of people, French and English.

Speaker attribution asks them whether « le porte-parole » or "the union" may speak;
entity recognition asks them what an apposition says a name is ("X, a retired
nurse," is a person, "X, a progressive group," a body). One list serves both.
"""

from __future__ import annotations

from collections.abc import Iterable

from tui.core.text import fold

_PERSON_FR = """ministre président présidente premier-ministre porte-parole maire mairesse adjoint
échevin échevine bourgmestre syndic syndique édile attaché attachée glaciologue pêcheur
pêcheuse armateur septuagénaire octogénaire quinquagénaire sexagénaire quadragénaire
trentenaire quarantenaire nonagénaire humanitaire colistier colistière supportrice
adjointe préfet préfète procureur procureure juge avocat avocate magistrat magistrate
député députée sénateur sénatrice élu élue conseiller conseillère secrétaire directeur
directrice dirigeant dirigeante responsable chef cheffe patron patronne fondateur
fondatrice pdg gérant gérante commissaire inspecteur inspectrice officier général
colonel capitaine commandant lieutenant soldat militaire policier policière gendarme
enquêteur enquêtrice expert experte analyste économiste chercheur chercheuse
scientifique spécialiste professeur professeure enseignant enseignante médecin docteur
infirmier infirmière chirurgien chirurgienne psychologue sociologue historien
historienne politologue juriste syndicaliste militant militante manifestant
manifestante habitant habitante riverain riveraine témoin victime survivant survivante
rescapé rescapée père mère fils fille frère sœur soeur mari épouse femme homme veuve
veuf parent grand-mère grand-père ami amie proche voisin voisine étudiant étudiante
élève lycéen lycéenne salarié salariée employé employée ouvrier ouvrière agriculteur
agricultrice éleveur éleveuse commerçant commerçante entraîneur entraîneuse
sélectionneur joueur joueuse athlète coach technicien technicienne arbitre pilote
candidat candidate diplomate ambassadeur ambassadrice émissaire envoyé envoyée
négociateur négociatrice chancelier chancelière roi reine prince princesse pape évêque
imam rabbin prêtre cardinal archevêque prélat nonce doyen doyenne navigateur navigatrice
vice-président vice-présidente auteur autrice
écrivain écrivaine réalisateur réalisatrice cinéaste acteur actrice chanteur chanteuse
artiste musicien musicienne journaliste reporter rédacteur rédactrice éditorialiste
chroniqueur chroniqueuse présentateur présentatrice interlocuteur interlocutrice
représentant représentante délégué déléguée créateur créatrice propriétaire
investisseur banquier banquière consultant consultante observateur observatrice
défenseur défenseure opposant opposante rebelle leader coordinateur coordinatrice
administrateur administratrice rapporteur rapporteure trésorier trésorière
organisateur organisatrice bénévole sauveteur sauveteuse pompier sapeur-pompier
secouriste urgentiste locataire client cliente usager usagère patient patiente
supporter supporteur intéressé intéressée suspect suspecte accusé accusée prévenu
prévenue plaignant plaignante requérant requérante chef-économiste économiste
gouverneur gouverneure sénateur souverain monarque dictateur leader cofondateur
cofondatrice numéro interprète traducteur traductrice guide fonctionnaire agent
agente ingénieur ingénieure architecte chauffeur cheffe-adjointe ex-président
ex-ministre chanoine pasteur abbé curé moine religieuse sœur héritier héritière
romancier romancière poète poétesse philosophe sportif sportive cycliste nageur
nageuse skieur skieuse boxeur champion championne vainqueur entrepreneur
entrepreneuse producteur productrice compositeur compositrice dessinateur
dessinatrice photographe metteur metteuse chorégraphe comédien comédienne humoriste animateur
animatrice buteur gardien attaquant milieu défenseur ailier sélectionneuse élue
parlementaire eurodéputé eurodéputée ministre-président vétéran retraité retraitée
chômeur chômeuse commandante procureur-adjoint otage détenu détenue prisonnier
prisonnière réfugié réfugiée migrant migrante
pédiatre psychiatre gériatre cardiologue neurologue oncologue cancérologue radiologue
anesthésiste généraliste kinésithérapeute vétérinaire pharmacien pharmacienne dentiste
sage-femme orthophoniste ostéopathe
praticien médiateur médiatrice kiné brancardier ambulancier douanier douanière sergent
adjudant caporal brigadier légionnaire parachutiste surveillant chauffeuse consommateur
consommatrice artisan artisane boulanger boulangère boucher bouchère pâtissier fromager
fromagère caviste sommelier barman serveuse restaurateur restauratrice cuisinier
hôtelier aubergiste intérimaire stagiaire apprenti apprentie viticulteur viticultrice
vigneron vigneronne maraîcher céréalier apiculteur apicultrice ostréiculteur
ostréicultrice horticulteur horticultrice arboriculteur arboricultrice paysan paysanne
fermier saisonnier vendangeur vendangeuse bûcheron bûcheronne berger bergère chasseur
chasseuse instituteur institutrice proviseur proviseure recteur rectrice éducateur
éducatrice universitaire géographe linguiste mathématicien physicien biologiste chimiste
climatologue géologue volcanologue sismologue astronome archéologue anthropologue
ethnologue démographe épidémiologiste virologue infectiologue toxicologue généticien
informaticien doctorant urbaniste paysagiste géomètre notaire huissier greffier
comptable actionnaire trader courtier courtière gréviste exilé sans-abri allocataire
bénéficiaire copropriétaire administré croyant croyante pèlerin pèlerine diacre
aumônier théologien nonne peintre sculpteur sculptrice danseur danseuse pianiste
violoniste guitariste batteur batteuse saxophoniste soliste rappeur rappeuse scénariste
dramaturge essayiste biographe documentariste illustrateur illustratrice commentateur
commentatrice polémiste mannequin styliste couturier designer coureur coureuse
boxeuse judoka karatéka escrimeur escrimeuse gymnaste patineur patineuse surfeur
surfeuse golfeur golfeuse rameur rameuse sprinteur sprinteuse marathonien triathlète
biathlète perchiste cavalier cavalière navigatrice skipper alpiniste grimpeur
grimpeuse footballeur footballeuse rugbyman handballeur handballeuse basketteur
basketteuse volleyeur volleyeuse tennisman meneur meneuse talonneur ouvreur buteuse
consul consule stratège lobbyiste bailleur orphelin orpheline époux compagne
compagnon oncle tante cousin cousine collègue résident pensionnaire nourrisson bébé
gamin gamine bambin dame quidam individu garagiste plombier électricien menuisier
charpentier mécanicien couvreur maçon serrurier chauffagiste carrossier coiffeur
coiffeuse fleuriste libraire épicier buraliste caissier vendeur vendeuse livreur
livreuse facteur factrice éboueur ripeur cheminot cheminote contrôleur contrôleuse
aiguilleur docker manutentionnaire magasinier cariste camionneur camionneuse coursier
steward hôtesse assistant assistante auxiliaire aide-soignant puéricultrice nounou
psychanalyste psychothérapeute thérapeute neurochirurgien gynécologue dermatologue
ophtalmologue ophtalmologiste addictologue nutritionniste diététicien podologue
ergothérapeute légiste plongeur plongeuse aviateur aviatrice astronaute spationaute
marin moniteur monitrice préparateur préparatrice sympathisant adhérent adhérente
partisan partisane détracteur détractrice dissident activiste écologiste féministe
condamné condamnée meurtrier meurtrière tueur tueuse agresseur assaillant terroriste
kamikaze djihadiste jihadiste braqueur braqueuse cambrioleur cambrioleuse voleur
voleuse trafiquant fugitif fugitive évadé complice juré jurée blessé internaute
auditeur auditrice visiteur visiteuse festivalier plaisancier abonné électeur
électrice citoyen citoyenne contribuable sous-préfet sous-préfète bâtonnier
bâtonnière commissaire-priseur expert-comptable auteure docteure assesseur assesseure
scrutatrice scrutateur""".split()

FIRM_TRADES = tuple(
    """coentreprise multinationale filiale papetier sidérurgiste pétrolier équipementier
    énergéticien laboratoire hébergeur concessionnaire""".split()
)
"""Nouns a company goes by in French copy (« le papetier », « la coentreprise »), the
person's trades that share them (« le transporteur ») left out."""

_BODY_FR = """gouvernement ministère centre préfecture mairie municipalité ville police gendarmerie
pompiers groupement parquet tribunal cour juridiction justice conseil commission comité assemblée
sénat parlement présidence armée état-major syndicat association fédération confédération ligue
entreprise société groupe compagnie firme banque constructeur assureur aménageur bailleur
opérateur fabricant club
équipe parti
mouvement coalition organisation ong agence institut université hôpital administration
direction autorité autorités régulateur diplomatie délégation ambassade consulat
opposition majorité campagne collectif fondation rédaction services secours enquêteurs
organisateurs exécutif chancellerie cabinet junte régime ministres députés sénateurs
procureurs juges avocats experts analystes militaires soldats policiers gendarmes
secouristes habitants riverains témoins manifestants syndicats élus dirigeants
responsables autorités chaîne journal quotidien hebdomadaire bureau service secrétariat
siège état église diocèse clergé rectorat académie inspection marine aviation garde
douane douanes gendarmes mutuelle caisse hôpitaux ordre barreau chambre radio télévision
magazine mensuel province wilaya canton région département métropole collectivité
intercommunalité zone organisme enseigne régie plateforme instance intersyndicale coordination
alliance""".split()

_PERSON_EN = """spokesman spokeswoman spokesperson minister president premier secretary mayor
governor senator congressman congresswoman representative lawmaker legislator
politician official officer chief executive director manager chairman chairwoman chair
founder co-founder head leader boss lawyer attorney prosecutor judge justice magistrate
detective inspector sheriff commissioner deputy aide adviser advisor analyst economist
expert researcher scientist professor teacher doctor physician nurse surgeon
psychologist historian activist campaigner protester protestor resident witness victim
survivor mother father son daughter brother sister husband wife widow widower parent
gran granny grandma grandad grandpa schoolboy schoolgirl pm taoiseach tanaiste
friend neighbour neighbor student pupil worker employee farmer owner coach player
captain striker goalkeeper midfielder defender referee driver pilot candidate diplomat
ambassador envoy negotiator chancellor king queen prince princess pope bishop imam rabbi
priest cardinal author writer filmmaker actor actress singer artist musician journalist
reporter editor columnist presenter host delegate strategist investor banker trader
consultant observer critic opponent rebel organiser organizer volunteer firefighter
paramedic tenant customer patient fan supporter voter citizen man woman boy girl
veteran soldier general colonel commander lieutenant sergeant agent ceo cfo coo
chairperson president-elect vice-president governor-general whistleblower
entrepreneur engineer architect planner pastor minister-designate nominee incumbent
challenger mp mep councillor councilor councilman councilwoman superintendent
principal dean provost tutor mentor lecturer partner girlfriend
boyfriend fiancé fiancée cousin uncle aunt nephew niece grandson granddaughter stepfather
stepmother headteacher headmaster headmistress nanny vicar chaplain trainer
plumber electrician carpenter mechanic baker butcher chef waiter waitress bartender
cashier clerk receptionist janitor miner trucker rancher grower winemaker medic
dentist pharmacist pediatrician paediatrician psychiatrist therapist counselor
counsellor caseworker trooper marshal warden inmate prisoner detainee defendant
plaintiff juror bailiff accountant auditor broker pollster lobbyist donor scholar
sociologist physicist biologist chemist epidemiologist virologist climatologist
geologist astronomer archaeologist curator librarian novelist poet playwright composer
producer photographer painter sculptor dancer comedian rapper quarterback pitcher
shareholder immigrant refugee alderman selectman supervisor administrator regent
trustee solicitor barrister counsel sailor airman hostage gunman shooter attacker
assailant robber thief burglar constable ranger lifeguard rescuer responder mourner
sibling spouse stepson stepdaughter toddler infant baby renter borrower buyer seller
landowner contractor builder farmworker laborer labourer staffer trainee apprentice
contestant winner finalist skater skier golfer boxer wrestler sprinter jockey umpire
groundskeeper caretaker midwife anaesthetist anesthesiologist radiologist oncologist
cardiologist neurologist neurosurgeon veterinarian vet pathologist coroner mortician
pundit commentator blogger podcaster influencer""".split()

_PUBLIC = """walker learner passenger commuter shopper motorist tourist villager caller viewer
listener reader bystander onlooker rider cyclist pedestrian diner guest visitor spectator
attendee homeowner landlord landlady shopkeeper vendor stallholder camper hiker climber
swimmer angler fisherman jogger runner parishioner worshipper occupant carer caregiver
pensioner retiree grandmother grandfather grandparent dad mum mom child teenager
youngster automobiliste passant passante promeneur promeneuse randonneur randonneuse
touriste vacancier vacancière voyageur voyageuse passager passagère piéton piétonne
motard conducteur conductrice habitué habituée paroissien paroissienne collégien
collégienne écolier écolière enfant adolescent adolescente garçon fillette spectateur
spectatrice campeur campeuse baigneur baigneuse joggeur joggeuse résidant résidante""".split()
"""Members of the public: people news quotes unnamed ("a dog walker", « un
automobiliste »); in the plural with a place ("shopkeepers in Easterby") they are a
crowd, never a body the place names."""

_BODY_EN = """government ministry department agency police council court commission committee
alliance coalition charity trust institute
parliament senate congress assembly administration campaign company firm group
corporation bank carrier operator maker manufacturer club team party movement coalition
organisation organization union federation league foundation institute university
hospital office authority authorities regulator prosecutors army military navy embassy
delegation opposition board network broadcaster newspaper cabinet regime junta
prosecution defence defense firefighters officials lawmakers analysts experts
residents witnesses protesters investigators organisers organizers police
inspectorate watchdog charity nonprofit airline retailer insurer utility
startup church diocese clergy customs chamber bar guard coastguard
pac collective cooperative consultancy publisher developer lender society
industry sector choir orchestra ensemble troupe school college academy museum library
gallery theatre
theater festival studio zoo guild district venture subsidiary consortium conglomerate chain
brand outlet division supermarket command directorate constabulary centre center""".split()


def _plurals(words: Iterable[str]) -> frozenset[str]:
    """The words, folded, with their regular plurals (s, x, -men, -ies)."""
    out: set[str] = set()
    for w in words:
        f = fold(w)
        out |= {f, f + "s", f + "x"}
        if f.endswith("man"):
            out.add(f[:-3] + "men")
        if f.endswith("y"):
            out.add(f[:-1] + "ies")
        if f.endswith("al"):
            out.add(f[:-2] + "aux")
    return frozenset(out)


REGULAR_FEMININES = (
    ("ien", "ienne"),
    ("ant", "ante"),
    ("ent", "ente"),
    ("é", "ée"),
    ("ier", "ière"),
)
"""Masculine endings of French role nouns and the feminine each regularly takes."""


def _feminines(words: Iterable[str]) -> list[str]:
    """The regular feminines of French role nouns (« gardien » → « gardienne »,
    « intervenant » → « intervenante », « délégué » → « déléguée »), for the lists
    that name only the masculine."""
    return [w[: -len(m)] + f for w in words for m, f in REGULAR_FEMININES if w.endswith(m)]


_PERSON_FR_BOTH = _PERSON_FR + _feminines(_PERSON_FR)
"""French person nouns and the regular feminines their list leaves out."""

PERSON_NOUNS = _plurals(_PERSON_FR_BOTH + _PERSON_EN + _PUBLIC)
"""Heads of noun phrases that describe a person (folded, with plurals)."""

BODY_NOUNS = _plurals(_BODY_FR + list(FIRM_TRADES) + _BODY_EN)
"""Heads of noun phrases that describe a body of people (folded, with plurals)."""

SINGULAR_ROLE_NOUNS = frozenset(
    fold(w)
    for w in _PERSON_FR_BOTH + _PERSON_EN + _PUBLIC + _BODY_FR + list(FIRM_TRADES) + _BODY_EN
)
"""Every role noun above, folded, in the singular only."""

PUBLIC_NOUNS = _plurals(_PUBLIC)
"""Members of the public (folded, with plurals)."""

EN_PERSON_HEADS = frozenset(fold(w) for w in _PERSON_EN + _PUBLIC)
"""English nouns whose phrase describes one person ("a retired nurse")."""

EN_BODY_HEADS = frozenset(fold(w) for w in _BODY_EN if not w.endswith("s"))
"""English nouns whose phrase describes one body ("a progressive group"); plurals
such as "officials" describe people, not a body."""
