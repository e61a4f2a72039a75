"""English vocabulary for finding participants: titles, honorifics, organisation heads,
list markers and the prepositions that attach a country or organisation to a name."""

TITLE_HEADS = frozenset({
    "minister", "president", "secretary", "chancellor", "king", "queen", "prince", "emir",
    "ambassador", "spokesperson", "spokesman", "spokeswoman", "director", "chief", "representative",
    "envoy", "commissioner", "counselor", "councillor", "senator", "governor", "mayor", "general",
    "lawyer", "coordinator", "mediator", "rapporteur", "leader", "chairman", "chairwoman", "chair",
    "ceo", "premier", "campaigner", "secretary-general", "under-secretary-general", "deputy",
    "head", "sheikh", "sultan", "monarch", "administrator", "advisor", "adviser", "vice-president",
    "negotiator", "delegate", "official", "prosecutor", "judge", "mp", "congressman",
    "congresswoman", "speaker", "pope",
})
"""Lemmas (or lower-case forms) of nouns that head a person's title."""

TITLE_PREFIXES = frozenset({
    "prime", "foreign", "deputy", "vice", "first", "acting", "interim", "shadow", "home", "high",
    "special", "chief", "senior", "executive", "defence", "defense", "finance", "interior", "trade",
    "health", "justice", "economy", "attorney", "assistant", "under", "lord", "crown", "general",
    "state", "national", "security", "alternate",
})
"""Words that open a title before its head ("Prime Minister", "Foreign Secretary")."""

DROPPED_PREFIXES = frozenset({"former", "late", "then"})
"""Words before a title that are not part of the role ("former President" gives "President")."""

HONORIFICS = frozenset({"h.e.", "excellency", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "his", "her"})
"""Forms of address, never part of a name or a role."""

ORIGIN_WORDS = frozenset({"of", "from"})
"""Prepositions tying a country or organisation to a name or title ("of Jordan", "of the UN")."""

TITLE_LINKS = frozenset({"of", "for", "and", "to"})
"""Words that continue a title ("Secretary of State", "Director General for Political Affairs")."""

LIST_MARKERS = frozenset({"including", "among"})
"""Words opening a list of named members of a group ("ministers, including A, B and C")."""

ORG_HEADS = frozenset({
    "organization", "organisation", "league", "union", "nations", "council", "commission",
    "ministry", "fund", "bank", "agency", "mission", "party", "committee", "assembly", "parliament",
    "court", "tribunal", "government", "authority", "front", "movement", "department", "office",
    "programme", "program", "alliance", "community", "federation", "association", "centre", "center",
    "institute", "service", "coalition", "forum", "secretariat", "nato", "kremlin", "army", "cabinet",
    "group", "senate", "congress", "house", "police", "bureau", "presidency", "g7", "g20", "unicef",
    "confederation",
})
"""Lemmas that head the name of an organisation ("Arab League", "Interior Ministry")."""

GOVERNMENT_BODIES = frozenset({"ministry", "government", "presidency", "army", "police", "office", "department"})
"""Organisation heads that belong to a state named by an adjective ("Saudi Interior Ministry")."""

DOCUMENT_HEADS = frozenset({"agreement", "treaty", "convention", "initiative", "plan", "act", "protocol", "resolution", "declaration", "charter", "pact", "action", "war", "crisis", "conflict"})
"""Words naming texts, plans or events rather than parties ("Free Trade Agreement", "Call to Action")."""

COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})
"""Nouns that give a name's country but not its role ("his French counterpart Jean-Yves Le Drian")."""

ROLE_COUNTRIES = {"secretary of state": "US", "federal councillor": "CH", "federal councilor": "CH"}
"""Titles, written whole, that only one state gives ("Secretary of State" alone is the US one)."""

COORDINATORS = frozenset({"and"})
"""Words joining two titles held by one person ("Foreign Minister and Alternate Prime Minister")."""
