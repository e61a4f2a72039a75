"""English country adjectives, demonyms, name variants and major cities.

Country names themselves come from babel; these tables add adjectives
("Syrian"), demonyms, variants ("U.S.", "Britain") and cities that stand for
or locate a country ("Moscow").
"""

ADJECTIVES = {
    "afghan": "AF", "albanian": "AL", "algerian": "DZ", "german": "DE", "american": "US",
    "angolan": "AO", "argentine": "AR", "argentinian": "AR", "armenian": "AM", "australian": "AU",
    "austrian": "AT", "azerbaijani": "AZ", "bahraini": "BH", "bangladeshi": "BD", "belgian": "BE",
    "belarusian": "BY", "bolivian": "BO", "bosnian": "BA", "brazilian": "BR", "british": "GB",
    "briton": "GB", "bulgarian": "BG", "burundian": "BI", "cambodian": "KH", "cameroonian": "CM",
    "canadian": "CA", "chilean": "CL", "chinese": "CN", "cypriot": "CY", "colombian": "CO",
    "congolese": "CD", "korean": "KR", "south korean": "KR", "north korean": "KP", "croatian": "HR",
    "cuban": "CU", "czech": "CZ", "danish": "DK", "dutch": "NL", "egyptian": "EG", "emirati": "AE",
    "ecuadorian": "EC", "eritrean": "ER", "spanish": "ES", "estonian": "EE", "ethiopian": "ET",
    "finnish": "FI", "french": "FR", "georgian": "GE", "ghanaian": "GH", "greek": "GR",
    "haitian": "HT", "hungarian": "HU", "indian": "IN", "indonesian": "ID", "iraqi": "IQ",
    "iranian": "IR", "irish": "IE", "icelandic": "IS", "israeli": "IL", "italian": "IT",
    "ivorian": "CI", "jamaican": "JM", "japanese": "JP", "jordanian": "JO", "kazakh": "KZ",
    "kenyan": "KE", "kuwaiti": "KW", "latvian": "LV", "lebanese": "LB", "liberian": "LR",
    "libyan": "LY", "lithuanian": "LT", "luxembourgish": "LU", "macedonian": "MK", "malagasy": "MG",
    "malian": "ML", "malaysian": "MY", "moroccan": "MA", "mauritanian": "MR", "mexican": "MX",
    "moldovan": "MD", "mongolian": "MN", "montenegrin": "ME", "mozambican": "MZ", "namibian": "NA",
    "nepalese": "NP", "nigerian": "NG", "nigerien": "NE", "norwegian": "NO", "omani": "OM",
    "ugandan": "UG", "uzbek": "UZ", "pakistani": "PK", "palestinian": "PS", "panamanian": "PA",
    "paraguayan": "PY", "peruvian": "PE", "filipino": "PH", "philippine": "PH", "polish": "PL",
    "portuguese": "PT", "qatari": "QA", "romanian": "RO", "russian": "RU", "rwandan": "RW",
    "saudi": "SA", "senegalese": "SN", "serbian": "RS", "singaporean": "SG", "slovak": "SK",
    "slovenian": "SI", "somali": "SO", "sudanese": "SD", "south african": "ZA",
    "south sudanese": "SS", "sri lankan": "LK", "swedish": "SE", "swiss": "CH", "syrian": "SY",
    "tajik": "TJ", "taiwanese": "TW", "tanzanian": "TZ", "chadian": "TD", "thai": "TH",
    "togolese": "TG", "tunisian": "TN", "turkish": "TR", "turkmen": "TM", "ukrainian": "UA",
    "uruguayan": "UY", "venezuelan": "VE", "vietnamese": "VN", "yemeni": "YE", "zambian": "ZM",
    "zimbabwean": "ZW", "new zealand": "NZ", "u.s.": "US", "us": "US", "u.k.": "GB", "uk": "GB",
    "swede": "SE", "dane": "DK", "finn": "FI", "pole": "PL", "turk": "TR", "scot": "GB",
}
"""Country adjectives and demonyms (singular; plurals are derived) to ISO codes."""

INFLECTION_ENDINGS = (("s", ""),)
"""Plural endings, with what replaces them to give the singular."""

VARIANTS = {
    "united states of america": "US", "u.s.": "US", "u.s.a.": "US", "usa": "US", "america": "US",
    "britain": "GB", "great britain": "GB", "england": "GB", "uk": "GB", "u.k.": "GB",
    "russian federation": "RU", "palestine": "PS", "state of palestine": "PS", "south korea": "KR",
    "north korea": "KP", "drc": "CD", "democratic republic of the congo": "CD", "taiwan": "TW",
    "mainland china": "CN", "people's republic of china": "CN", "syria": "SY", "iran": "IR",
    "vatican": "VA", "holy see": "VA", "ivory coast": "CI", "uae": "AE", "emirates": "AE",
    "the netherlands": "NL", "holland": "NL", "burma": "MM", "czech republic": "CZ",
    "swiss confederation": "CH", "the gambia": "GM",
}
"""Common written forms of country names that babel's English list does not give."""

CITIES = {
    "moscow": "RU", "st. petersburg": "RU", "riyadh": "SA", "jeddah": "SA", "cairo": "EG",
    "jakarta": "ID", "amman": "JO", "ramallah": "PS", "gaza": "PS", "jerusalem": "IL",
    "tel aviv": "IL", "paris": "FR", "paris-saclay": "FR", "lyon": "FR", "marseille": "FR",
    "london": "GB", "berlin": "DE", "bonn": "DE", "munich": "DE", "brussels": "BE", "geneva": "CH",
    "bern": "CH", "berne": "CH", "zurich": "CH", "davos": "CH", "lausanne": "CH", "rome": "IT",
    "madrid": "ES", "lisbon": "PT", "vienna": "AT", "warsaw": "PL", "prague": "CZ",
    "budapest": "HU", "athens": "GR", "stockholm": "SE", "oslo": "NO", "copenhagen": "DK",
    "helsinki": "FI", "the hague": "NL", "amsterdam": "NL", "luxembourg": "LU", "dublin": "IE",
    "washington": "US", "washington, d.c.": "US", "new york": "US", "white house": "US",
    "camp david": "US", "ottawa": "CA", "montreal": "CA", "quebec": "CA", "toronto": "CA",
    "charlevoix": "CA", "beijing": "CN", "shanghai": "CN", "tokyo": "JP", "seoul": "KR",
    "pyongyang": "KP", "new delhi": "IN", "delhi": "IN", "islamabad": "PK", "kabul": "AF",
    "tehran": "IR", "baghdad": "IQ", "damascus": "SY", "beirut": "LB", "ankara": "TR",
    "istanbul": "TR", "kyiv": "UA", "kiev": "UA", "minsk": "BY", "tbilisi": "GE", "yerevan": "AM",
    "baku": "AZ", "astana": "KZ", "doha": "QA", "abu dhabi": "AE", "dubai": "AE",
    "kuwait city": "KW", "muscat": "OM", "manama": "BH", "sanaa": "YE", "algiers": "DZ",
    "tunis": "TN", "rabat": "MA", "tripoli": "LY", "khartoum": "SD", "addis ababa": "ET",
    "nairobi": "KE", "dakar": "SN", "bamako": "ML", "ouagadougou": "BF", "niamey": "NE",
    "abidjan": "CI", "abuja": "NG", "lagos": "NG", "kinshasa": "CD", "mogadishu": "SO",
    "pretoria": "ZA", "johannesburg": "ZA", "cape town": "ZA", "brasilia": "BR",
    "buenos aires": "AR", "mexico city": "MX", "bogota": "CO", "caracas": "VE", "havana": "CU",
    "lima": "PE", "santiago": "CL", "canberra": "AU", "sydney": "AU", "wellington": "NZ",
    "bangkok": "TH", "hanoi": "VN", "manila": "PH", "kuala lumpur": "MY", "singapore": "SG",
    "taipei": "TW", "bucharest": "RO", "sofia": "BG", "belgrade": "RS", "zagreb": "HR",
    "ljubljana": "SI", "bratislava": "SK", "vilnius": "LT", "riga": "LV", "tallinn": "EE",
    "strasbourg": "FR", "basel": "CH", "valletta": "MT", "nicosia": "CY", "sharm el-sheikh": "EG",
    "kremlin": "RU", "downing street": "GB",
}
"""Capitals and other cities often named as meeting places, to ISO codes of their country."""
