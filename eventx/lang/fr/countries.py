"""French country adjectives, demonyms, name variants and major cities.

Country names themselves come from babel; these tables add what babel lacks:
adjectives ("syrien"), variants without accents or articles ("Etats-Unis"),
and cities that stand for or locate a country ("Moscou").
"""

ADJECTIVES = {
    "afghan": "AF", "albanais": "AL", "algérien": "DZ", "allemand": "DE", "américain": "US",
    "angolais": "AO", "argentin": "AR", "arménien": "AM", "australien": "AU", "autrichien": "AT",
    "azerbaïdjanais": "AZ", "bahreïni": "BH", "bangladais": "BD", "belge": "BE", "biélorusse": "BY",
    "birman": "MM", "bolivien": "BO", "bosnien": "BA", "brésilien": "BR", "britannique": "GB",
    "bulgare": "BG", "burkinabè": "BF", "burundais": "BI", "cambodgien": "KH", "camerounais": "CM",
    "canadien": "CA", "centrafricain": "CF", "chilien": "CL", "chinois": "CN", "chypriote": "CY",
    "colombien": "CO", "congolais": "CD", "coréen": "KR", "sud-coréen": "KR", "nord-coréen": "KP",
    "croate": "HR", "cubain": "CU", "danois": "DK", "égyptien": "EG", "émirati": "AE",
    "équatorien": "EC", "érythréen": "ER", "espagnol": "ES", "estonien": "EE", "éthiopien": "ET",
    "finlandais": "FI", "français": "FR", "gabonais": "GA", "géorgien": "GE", "ghanéen": "GH",
    "grec": "GR", "grecque": "GR", "guinéen": "GN", "haïtien": "HT", "hongrois": "HU", "indien": "IN",
    "indonésien": "ID", "irakien": "IQ", "iranien": "IR", "irlandais": "IE", "islandais": "IS",
    "israélien": "IL", "italien": "IT", "ivoirien": "CI", "jamaïcain": "JM", "japonais": "JP",
    "jordanien": "JO", "kazakh": "KZ", "kényan": "KE", "koweïtien": "KW", "letton": "LV",
    "libanais": "LB", "libérien": "LR", "libyen": "LY", "lituanien": "LT", "luxembourgeois": "LU",
    "macédonien": "MK", "malgache": "MG", "malien": "ML", "malaisien": "MY", "marocain": "MA",
    "mauritanien": "MR", "mexicain": "MX", "moldave": "MD", "mongol": "MN", "monténégrin": "ME",
    "mozambicain": "MZ", "namibien": "NA", "néerlandais": "NL", "népalais": "NP", "nigérian": "NG",
    "nigérien": "NE", "norvégien": "NO", "néo-zélandais": "NZ", "omanais": "OM", "ougandais": "UG",
    "ouzbek": "UZ", "pakistanais": "PK", "palestinien": "PS", "panaméen": "PA", "paraguayen": "PY",
    "péruvien": "PE", "philippin": "PH", "polonais": "PL", "portugais": "PT", "qatari": "QA",
    "qatarien": "QA", "roumain": "RO", "russe": "RU", "rwandais": "RW", "saoudien": "SA",
    "sénégalais": "SN", "serbe": "RS", "singapourien": "SG", "slovaque": "SK", "slovène": "SI",
    "somalien": "SO", "soudanais": "SD", "sud-africain": "ZA", "sud-soudanais": "SS",
    "sri-lankais": "LK", "suédois": "SE", "suisse": "CH", "syrien": "SY", "tadjik": "TJ",
    "taïwanais": "TW", "tanzanien": "TZ", "tchadien": "TD", "tchèque": "CZ", "thaïlandais": "TH",
    "togolais": "TG", "tunisien": "TN", "turc": "TR", "turque": "TR", "turkmène": "TM",
    "ukrainien": "UA", "uruguayen": "UY", "vénézuélien": "VE", "vietnamien": "VN", "yéménite": "YE",
    "zambien": "ZM", "zimbabwéen": "ZW", "béninois": "BJ", "nigerian": "NG",
}
"""Country adjectives and demonyms (masculine singular; inflected forms are derived) to ISO codes."""

INFLECTION_ENDINGS = (("ennes", "en"), ("enne", "en"), ("es", ""), ("e", ""), ("s", ""))
"""Feminine and plural endings, with what replaces them to give the masculine singular."""

VARIANTS = {
    "etats-unis": "US", "états-unis d'amérique": "US", "usa": "US", "amérique": "US",
    "royaume-uni": "GB", "grande-bretagne": "GB", "angleterre": "GB", "russie": "RU",
    "fédération de russie": "RU", "palestine": "PS", "état de palestine": "PS", "corée du sud": "KR",
    "corée du nord": "KP", "république démocratique du congo": "CD", "rdc": "CD", "taïwan": "TW",
    "chine continentale": "CN", "république populaire de chine": "CN", "république de chine": "TW",
    "syrie": "SY", "iran": "IR", "vatican": "VA", "saint-siège": "VA", "côte d'ivoire": "CI",
    "émirats arabes unis": "AE", "émirats": "AE", "pays-bas": "NL", "hollande": "NL",
    "arabie saoudite": "SA", "birmanie": "MM", "macédoine": "MK", "moldavie": "MD",
    "république tchèque": "CZ", "tchéquie": "CZ", "confédération suisse": "CH",
}
"""Common written forms of country names that babel's French list does not give."""

CITIES = {
    "moscou": "RU", "saint-pétersbourg": "RU", "riyad": "SA", "djeddah": "SA", "le caire": "EG",
    "caire": "EG", "jakarta": "ID", "amman": "JO", "ramallah": "PS", "gaza": "PS", "jérusalem": "IL",
    "tel aviv": "IL", "paris": "FR", "lyon": "FR", "marseille": "FR", "londres": "GB", "berlin": "DE",
    "bonn": "DE", "munich": "DE", "bruxelles": "BE", "genève": "CH", "berne": "CH", "zurich": "CH",
    "davos": "CH", "lausanne": "CH", "rome": "IT", "madrid": "ES", "lisbonne": "PT", "vienne": "AT",
    "varsovie": "PL", "prague": "CZ", "budapest": "HU", "athènes": "GR", "stockholm": "SE",
    "oslo": "NO", "copenhague": "DK", "helsinki": "FI", "la haye": "NL", "amsterdam": "NL",
    "luxembourg": "LU", "dublin": "IE", "washington": "US", "new york": "US", "ottawa": "CA",
    "montréal": "CA", "québec": "CA", "pékin": "CN", "beijing": "CN", "shanghai": "CN",
    "tokyo": "JP", "séoul": "KR", "pyongyang": "KP", "new delhi": "IN", "delhi": "IN",
    "islamabad": "PK", "kaboul": "AF", "téhéran": "IR", "bagdad": "IQ", "damas": "SY",
    "beyrouth": "LB", "ankara": "TR", "istanbul": "TR", "kiev": "UA", "kyiv": "UA", "minsk": "BY",
    "tbilissi": "GE", "erevan": "AM", "bakou": "AZ", "astana": "KZ", "doha": "QA", "abou dhabi": "AE",
    "dubaï": "AE", "koweït": "KW", "mascate": "OM", "manama": "BH", "sanaa": "YE", "alger": "DZ",
    "oran": "DZ", "tunis": "TN", "rabat": "MA", "tripoli": "LY", "khartoum": "SD", "addis-abeba": "ET",
    "addis abeba": "ET", "nairobi": "KE", "dakar": "SN", "bamako": "ML", "ouagadougou": "BF",
    "ougadougou": "BF", "niamey": "NE", "abidjan": "CI", "abuja": "NG", "lagos": "NG", "kinshasa": "CD",
    "mogadiscio": "SO", "pretoria": "ZA", "johannesburg": "ZA", "le cap": "ZA", "brasilia": "BR",
    "buenos aires": "AR", "mexico": "MX", "bogota": "CO", "caracas": "VE", "la havane": "CU",
    "lima": "PE", "santiago": "CL", "canberra": "AU", "sydney": "AU", "wellington": "NZ",
    "bangkok": "TH", "hanoï": "VN", "manille": "PH", "kuala lumpur": "MY", "singapour": "SG",
    "taipei": "TW", "bucarest": "RO", "sofia": "BG", "belgrade": "RS", "zagreb": "HR",
    "ljubljana": "SI", "bratislava": "SK", "vilnius": "LT", "riga": "LV", "tallinn": "EE",
    "strasbourg": "FR", "bâle": "CH", "la valette": "MT", "nicosie": "CY", "charm el-cheikh": "EG",
}
"""Capitals and other cities often named as meeting places, to ISO codes of their country."""
