"""English knowledge for reading figures: number words, scales, hedges, currencies, units and cues.

The figures extractor and `eventx.normalize.numbers` read these tables; every
word is lower case unless it is a symbol or a code.
"""

DECIMAL_SEPARATOR = "."
"""Separator between the integer part and the decimals ("1.5")."""

GROUP_SEPARATORS = frozenset({",", " ", "\u00a0", "\u202f"})
"""Separators between groups of three digits ("12,000")."""

NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand".split()
)
"""Words text2num reads as parts of a cardinal number."""

NUMBER_JOINERS = frozenset({"and"})
"""Words allowed between two number words ("one hundred and five")."""

ONE_WORDS = frozenset({"one"})
"""Words for one, a figure only when they clearly count ("one kidnapper was killed")."""

ARTICLE_ONE = frozenset({"a", "an"})
"""Articles read as one before a scale word ("a hundred", "a million")."""

SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
}
"""Scale words after a number and their multipliers ("1.2 billion", "3 bn")."""

SCALE_LINKS = frozenset({"of"})
"""Words between a scale and what it counts ("millions of people")."""

PERCENT_WORDS = frozenset({"%", "percent", "percents", "per cent", "pct", "percentage points", "percentage point"})
"""Ways of writing per cent after a number."""

CURRENCY_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "us $": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "c$": "CAD",
    "c $": "CAD",
    "hk $": "HKD",
    "u.s $": "USD",
    "u.s. $": "USD",
    "a$": "AUD",
    "hk$": "HKD",
    "₹": "INR",
    "₽": "RUB",
    "₪": "ILS",
    "rmb": "CNY",
}
"""Currency signs, before or after the number, and their ISO 4217 codes."""

CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "rupee": "INR",
    "rupees": "INR",
    "swiss francs": "CHF",
    "cfa francs": "XOF",
    "shekel": "ILS",
    "shekels": "ILS",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
}
"""Currency names after the number ("5 billion dollars") and their ISO 4217 codes."""

UNITS = {
    "km/h": "km/h",
    "kph": "km/h",
    "mph": "mph",
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "mile": "mi",
    "miles": "mi",
    "m": "m",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "feet": "ft",
    "ft": "ft",
    "cm": "cm",
    "mm": "mm",
    "km2": "km²",
    "km²": "km²",
    "square kilometres": "km²",
    "square kilometers": "km²",
    "square miles": "sq mi",
    "hectare": "ha",
    "hectares": "ha",
    "acres": "acres",
    "°c": "°C",
    "° c": "°C",
    "°f": "°F",
    "degrees celsius": "°C",
    "degrees": "°",
    "kg": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "tonne": "t",
    "tonnes": "t",
    "tons": "t",
    "litres": "l",
    "liters": "l",
    "gallons": "gal",
    "barrel": "barrels",
    "barrels": "barrels",
    "mw": "MW",
    "megawatts": "MW",
    "gw": "GW",
    "gigawatts": "GW",
    "kwh": "kWh",
    "twh": "TWh",
    "knots": "kn",
}
"""Units of measure after a number, and the unit recorded."""

TIME_WORDS = frozenset(
    "day days night nights hour hours hr hrs h minute minutes min mins second seconds week weeks month months "
    "year years yr yrs decade decades century centuries quarter quarters millennium millennia "
    "am pm a.m. p.m. o'clock gmt utc".split()
)
"""Words after a number that make it a duration, an age or a time of day, not a figure."""

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. jan feb mar apr jun jul aug sep sept oct nov dec"
    .split()
)
"""Month names: a number beside one is a date."""

LABEL_WORDS = frozenset(
    "resolution resolutions article articles paragraph paragraphs page pages chapter number no. no nos. "
    "flight room item section title annex protocol decree law session edition rank level phase category "
    "group line route highway volume chamber season version act clause rule amendment sub-paragraph "
    "platform gate terminal ward district zone".split()
)
"""Nouns followed by a number that names or numbers something ("resolution 2334", "Article 5")."""

DEFINITE_WORDS = frozenset("the these those their its our his her my your all".split())
"""Words before a small number that refer to parties already named ("the two leaders", "all three")."""

PARTITIVE_LINKS = frozenset({"of the", "out of", "of"})
"""Words between a part and its whole ("22 of the 27 governments"): the whole is not a figure."""

NOT_COUNTED = frozenset("member members times".split())
"""Nouns a number sizes or repeats rather than counts ("15 members", "three times")."""

HEDGES = {
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "a minimum of": "at_least",
    "a minimum": "at_least",
    "nearly": "approx",
    "almost": "approx",
    "about": "approx",
    "around": "approx",
    "some": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "close to": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "the order of": "approx",
    "an approximate": "approx",
    "circa": "approx",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "up to": "at_most",
    "at most": "at_most",
    "a maximum of": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
}
"""Hedges written before a number and the qualifier each gives."""

POST_HEDGES = {
    "or more": "at_least",
    "at least": "at_least",
    "or so": "approx",
    "or less": "at_most",
    "at most": "at_most",
}
"""Hedges written just after a number ("50 or more")."""

RANGE_OPENERS = {"between": frozenset({"and"}), "from": frozenset({"to"})}
"""A word before the first number of a range and the words that may link it to the second."""

RANGE_LINKS = frozenset({"to", "-", "–"})
"""Words between two numbers that make them a range without an opener ("40 to 50")."""

CATEGORY_NOUNS = {
    "deaths": frozenset("dead deaths death fatalities fatality killed bodies".split()),
    "injuries": frozenset("injured wounded injuries casualties".split()),
    "displaced": frozenset(
        "displaced refugees refugee evacuees evacuee migrants migrant asylee asylees asylum-seekers "
        "homeless".split()
    ),
    "detained": frozenset("hostages hostage prisoners prisoner detainees detainee captives captive".split()),
}
"""Nouns that say by themselves what a count is ("2,000 dead", "300 refugees")."""

CATEGORY_LEMMAS = {
    "deaths": frozenset("kill die perish execute massacre murder slay trample dead".split()),
    "injuries": frozenset("injure wound hurt".split()),
    "displaced": frozenset("displace flee evacuate uproot".split()),
    "detained": frozenset("arrest detain kidnap abduct capture imprison jail seize hold_hostage".split()),
}
"""Verbs and participles whose subject or object is what a count counts ("were killed", "people displaced")."""

CATEGORY_VERB_OBJECTS = {("claim", "life"): "deaths", ("take", "life"): "deaths", ("lose", "life"): "deaths",
                         ("leave", "home"): "displaced", ("flee", "home"): "displaced"}
"""A verb and its object that together give the category of a count ("claimed the lives of 20 people")."""

PEOPLE_NOUNS = frozenset(
    "people persons person individuals residents inhabitants civilians soldiers troops servicemen police "
    "policemen officers protesters demonstrators children women men ministers citizens voters electors "
    "delegates participants employees workers students pupils doctors journalists actors pilgrims fighters "
    "militants rebels tourists passengers officials agents peacekeepers personnel leaders lawmakers legislators "
    "deputies senators observers experts volunteers patients victims survivors adults minors youths diplomats "
    "representatives judges lawyers firefighters rescuers sailors pilots priests worshippers muslims christians "
    "jews farmers nationals fans spectators players athletes strikers opponents supporters staff crew "
    "guards forces hopefuls others suspects suspect villagers miners nurses teachers babies girls boys infants "
    "fishermen migrants humanitarians inmates settlers colonists".split()
)
"""Nouns for people: a count of them is `people` when nothing says deaths, injuries and so on."""

AGE_WORDS = frozenset("aged age ages".split())
"""Words before a number that make it an age ("aged 25")."""

SINGULAR_ARTICLES = frozenset({"a", "an"})
"""Indefinite articles: a number right after one names a model or a thing ("a 747"), it counts nothing."""

DATE_LINKS = frozenset({"and", "to", "-", "–"})
"""Words between two days of one month ("9 and 10 March")."""

ONE_WORDS_ARE_ARTICLES = False
""""one" is a numeral: it counts a person killed, hurt, displaced or held ("one kidnapper was killed")."""
