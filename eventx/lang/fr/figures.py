"""French knowledge for reading figures: number words, scales, hedges, currencies, units and cues.

The figures extractor and `eventx.normalize.numbers` read these tables; every
word is lower case unless it is a symbol or a code.
"""

DECIMAL_SEPARATOR = ","
"""Separator between the integer part and the decimals ("2,5")."""

GROUP_SEPARATORS = frozenset({" ", "\u00a0", "\u202f", "."})
"""Separators between groups of three digits ("12 000", "12.000")."""

NUMBER_WORDS = frozenset(
    "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt vingts trente quarante cinquante soixante septante huitante octante "
    "nonante cent cents mille".split()
)
"""Words text2num reads as parts of a cardinal number."""

NUMBER_JOINERS = frozenset({"et"})
"""Words allowed between two number words ("vingt et un")."""

ONE_WORDS = frozenset({"un", "une"})
"""Words for one that are also articles: a figure only when they clearly count."""

SCALES = {
    "mille": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e12,
    "billions": 1e12,
    "md": 1e9,
    "mds": 1e9,
    "mrd": 1e9,
    "mrds": 1e9,
}
"""Scale words after a number and their multipliers ("2,5 millions")."""

SCALE_LINKS = frozenset({"de", "d'", "d’"})
"""Words between a scale and what it counts ("8 millions de foyers", "2 milliards d'euros")."""

PERCENT_WORDS = frozenset({"%", "pour cent", "pourcent", "pourcents", "pour 100", "p. 100", "p.100"})
"""Ways of writing per cent after a number."""

CURRENCY_SYMBOLS = {
    "€": "EUR",
    "$": "USD",
    "us$": "USD",
    "$us": "USD",
    "$ us": "USD",
    "$ usd": "USD",
    "$ c": "CAD",
    "$ can": "CAD",
    "£": "GBP",
    "¥": "JPY",
    "fcfa": "XOF",
}
"""Currency signs, before or after the number, and their ISO 4217 codes."""

CURRENCY_WORDS = {
    "euro": "EUR",
    "euros": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "dollar américain": "USD",
    "dollars américains": "USD",
    "dollar canadien": "CAD",
    "dollars canadiens": "CAD",
    "dollar australien": "AUD",
    "dollars australiens": "AUD",
    "franc cfa": "XOF",
    "francs cfa": "XOF",
    "franc suisse": "CHF",
    "francs suisses": "CHF",
    "livre sterling": "GBP",
    "livres sterling": "GBP",
    "yen": "JPY",
    "yens": "JPY",
    "yuan": "CNY",
    "yuans": "CNY",
    "rouble": "RUB",
    "roubles": "RUB",
    "roupie": "INR",
    "roupies": "INR",
    "dirham": "MAD",
    "dirhams": "MAD",
    "dinar": "DZD",
    "dinars": "DZD",
    "shekel": "ILS",
    "shekels": "ILS",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
}
"""Currency names after the number ("2 milliards d'euros") and their ISO 4217 codes."""

UNITS = {
    "km/h": "km/h",
    "km": "km",
    "kilomètre": "km",
    "kilomètres": "km",
    "m": "m",
    "mètre": "m",
    "mètres": "m",
    "cm": "cm",
    "mm": "mm",
    "millimètres": "mm",
    "centimètres": "cm",
    "km2": "km²",
    "km²": "km²",
    "kilomètres carrés": "km²",
    "m2": "m²",
    "m²": "m²",
    "mètres carrés": "m²",
    "hectare": "ha",
    "hectares": "ha",
    "ha": "ha",
    "°c": "°C",
    "° c": "°C",
    "°": "°",
    "degrés celsius": "°C",
    "degré celsius": "°C",
    "degrés": "°",
    "kg": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "kilogrammes": "kg",
    "tonne": "t",
    "tonnes": "t",
    "t": "t",
    "litre": "l",
    "litres": "l",
    "baril": "barrels",
    "barils": "barrels",
    "mw": "MW",
    "mégawatts": "MW",
    "gw": "GW",
    "gigawatts": "GW",
    "kwh": "kWh",
    "twh": "TWh",
    "nœuds": "kn",
}
"""Units of measure after a number, and the unit recorded."""

TIME_WORDS = frozenset(
    "jour jours journée journées nuit nuits heure heures h min minute minutes seconde secondes semaine semaines "
    "mois an ans année années siècle siècles décennie décennies trimestre trimestres semestre semestres "
    "millénaire millénaires cest cet utc gmt".split()
)
"""Words after a number that make it a duration, an age or a time of day, not a figure."""

MONTHS = frozenset(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "janv. févr. avr. juil. sept. oct. nov. déc.".split()
)
"""Month names: a number beside one is a date."""

LABEL_WORDS = frozenset(
    "résolution résolutions article articles paragraphe paragraphes alinéa page pages chapitre numéro n° no "
    "vol salle point section titre annexe protocole décret loi séance session édition rang niveau phase "
    "catégorie groupe ligne route autoroute tome volume chambre saison version acte".split()
)
"""Nouns followed by a number that names or numbers something ("résolution 1559", "article 5")."""

DEFINITE_WORDS = frozenset("les des aux ces leurs nos vos ses mes tes tous toutes".split())
"""Words before a small number that refer to parties already named ("les deux parties", "tous deux")."""

PARTITIVE_LINKS = frozenset({"des", "d'entre", "sur"})
"""Words between a part and its whole ("22 des 27 gouvernements"): the whole is not a figure."""

NOT_COUNTED = frozenset("membre membres fois reprises".split())
"""Nouns a number sizes or repeats rather than counts ("38 membres", "trois fois")."""

HEDGES = {
    "plus de": "more_than",
    "plus d'": "more_than",
    "plus d’": "more_than",
    "au-delà de": "more_than",
    "au delà de": "more_than",
    "davantage de": "more_than",
    "au moins": "at_least",
    "pas moins de": "at_least",
    "pas moins d'": "at_least",
    "pas moins": "at_least",
    "au minimum": "at_least",
    "un minimum de": "at_least",
    "près de": "approx",
    "environ": "approx",
    "quelque": "approx",
    "à peu près": "approx",
    "approximativement": "approx",
    "autour de": "approx",
    "presque": "approx",
    "quasiment": "approx",
    "pratiquement": "approx",
    "de l'ordre de": "approx",
    "estimé à": "approx",
    "estimés à": "approx",
    "estimée à": "approx",
    "estimées à": "approx",
    "moins de": "less_than",
    "moins d'": "less_than",
    "en dessous de": "less_than",
    "en deçà de": "less_than",
    "sous les": "less_than",
    "jusqu'à": "at_most",
    "jusqu’à": "at_most",
    "au plus": "at_most",
    "au maximum": "at_most",
    "un maximum de": "at_most",
    "pas plus de": "at_most",
}
"""Hedges written before a number and the qualifier each gives."""

POST_HEDGES = {
    "environ": "approx",
    "au moins": "at_least",
    "ou plus": "at_least",
    "au maximum": "at_most",
    "au plus": "at_most",
}
"""Hedges written just after a number ("105 km/h environ")."""

RANGE_OPENERS = {"entre": frozenset({"et"}), "de": frozenset({"à"}), "d'": frozenset({"à"})}
"""A word before the first number of a range and the words that may link it to the second."""

RANGE_LINKS = frozenset({"à", "-", "–"})
"""Words between two numbers that make them a range without an opener ("40 à 50")."""

CATEGORY_NOUNS = {
    "deaths": frozenset("mort morts décès tué tués tuée tuées".split()),
    "injuries": frozenset("blessé blessés blessée blessées".split()),
    "displaced": frozenset(
        "déplacé déplacés déplacée déplacées réfugié réfugiés réfugiée réfugiées évacué évacués "
        "migrant migrants exilé exilés sans-abri demandeur demandeurs".split()
    ),
    "detained": frozenset(
        "otage otages prisonnier prisonniers détenu détenus détenue détenues captif captifs "
        "interpellé interpellés".split()
    ),
}
"""Nouns that say by themselves what a count is ("39 morts", "2 000 blessés")."""

CATEGORY_LEMMAS = {
    "deaths": frozenset("tuer mourir périr décéder succomber abattre exécuter massacrer assassiner mort".split()),
    "injuries": frozenset("blesser".split()),
    "displaced": frozenset("déplacer fuir évacuer exiler réfugier déraciner".split()),
    "detained": frozenset("arrêter détenir interpeller emprisonner incarcérer enlever kidnapper capturer "
                          "kidnappé séquestrer".split()),
}
"""Verbs and participles whose subject or object is what a count counts ("ont été tués", "personnes déplacées")."""

CATEGORY_VERB_OBJECTS = {("coûter", "vie"): "deaths", ("perdre", "vie"): "deaths", ("faire", "mort"): "deaths",
                         ("faire", "victime"): "deaths", ("faire", "blessé"): "injuries",
                         ("quitter", "foyer"): "displaced", ("quitter", "domicile"): "displaced",
                         ("fuir", "foyer"): "displaced"}
"""A verb and its object that together give the category of a count ("a coûté la vie à 20 personnes")."""

PEOPLE_NOUNS = frozenset(
    "personne personnes gens individu individus habitant habitants civil civils soldat soldats militaire militaires "
    "policier policiers gendarme gendarmes manifestant manifestants enfant enfants femme femmes homme hommes "
    "ministre ministres secrétaire secrétaires vice-ministre vice-ministres vices-ministres citoyen citoyens "
    "électeur électeurs délégué délégués participant participants employé employés salarié salariés "
    "travailleur travailleurs ouvrier ouvriers étudiant étudiants élève élèves médecin médecins journaliste "
    "journalistes comédien comédiens acteur acteurs pèlerin pèlerins combattant combattants rebelle rebelles "
    "touriste touristes passager passagers fonctionnaire fonctionnaires agent agents casque casques chef chefs "
    "dirigeant dirigeants député députés sénateur sénateurs élu élus observateur observateurs expert experts "
    "volontaire volontaires bénévole bénévoles patient patients survivant survivants victime victimes "
    "adulte adultes mineur mineurs jeune jeunes militant militants personnel "
    "diplomate diplomates représentant représentants juge juges avocat avocats pompier pompiers secouriste "
    "secouristes officier officiers marin marins pilote pilotes prêtre prêtres fidèle fidèles musulman musulmans "
    "chrétien chrétiens juif juifs agriculteur agriculteurs paysan paysans immigré immigrés ressortissant "
    "ressortissants supporter supporters spectateur spectateurs joueur joueurs athlète athlètes "
    "grévistes gréviste opposant opposants partisan partisans autres suspect suspects villageois infirmiers "
    "infirmières enseignants bébés filles garçons nourrissons pêcheurs humanitaires colons".split()
)
"""Nouns for people: a count of them is `people` when nothing says deaths, injuries and so on."""

AGE_WORDS = frozenset("âgé âgée âgés âgées".split())
"""Words before a number that make it an age ("âgé de 25")."""

SINGULAR_ARTICLES = frozenset({"un", "une"})
"""Indefinite articles: a number right after one names a model or a thing ("une 2 CV"), it counts nothing."""

DATE_LINKS = frozenset({"et", "au", "à", "-", "–"})
"""Words between two days of one month ("les 9 et 10 mars", "du 9 au 10 mars")."""

ONE_WORDS_ARE_ARTICLES = True
""""un"/"une" are also the indefinite article: they count only as one item of a list of counts."""

ARTICLE_ONE = frozenset()
"""Articles read as one before a scale word: none in French, which writes "un million", "cent"."""
