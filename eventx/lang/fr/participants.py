"""French vocabulary for finding participants: titles, honorifics, organisation heads,
list markers and the prepositions that attach a country or organisation to a name."""

TITLE_HEADS = frozenset({
    "ministre", "vice-ministre", "président", "présidente", "vice-président", "vice-présidente",
    "secrétaire", "sous-secrétaire", "chancelier", "chancelière", "roi", "reine", "prince", "émir",
    "ambassadeur", "ambassadrice", "porte-parole", "directeur", "directrice", "chef", "cheffe", "représentant",
    "représentante", "envoyé", "envoyée", "commissaire", "haut-commissaire", "conseiller",
    "conseillère", "député", "députée", "sénateur", "sénatrice", "gouverneur", "maire", "général",
    "avocat", "avocate", "coordinateur", "coordonnateur", "médiateur", "rapporteur", "rapporteure",
    "dirigeant", "dirigeante", "leader", "délégué", "déléguée", "émissaire", "négociateur",
    "procureur", "juge", "patron", "présidente-directrice", "pdg", "premier", "première",
    "secrétaire-général", "monarque", "cheikh", "sultan", "parlementaire", "administrateur",
})
"""Lemmas (or lower-case forms) of nouns that head a person's title."""

TITLE_PREFIXES = frozenset({"premier", "première", "vice", "haut", "haute", "sous"})
"""Words that open a title before its head ("Premier ministre", "haute représentante")."""

DROPPED_PREFIXES = frozenset({"ancien", "ancienne", "ex", "feu"})
"""Words before a title that are not part of the role ("ancien président" gives "président")."""

HONORIFICS = frozenset({"m.", "mme", "mme.", "mlle", "mm.", "dr", "dr.", "me", "mgr", "m", "monsieur", "madame", "sa", "son"})
"""Forms of address, never part of a name or a role."""

ORIGIN_WORDS = frozenset({"de", "d'", "d’", "du", "des"})
"""Prepositions tying a country or organisation to a name or title ("d'Egypte", "de l'OCI")."""

TITLE_LINKS = frozenset({"de", "d'", "d’", "du", "des", "pour", "chargé", "chargée", "et", "aux", "à", "au"})
"""Words that continue a title ("ministre de l'Europe et des Affaires étrangères")."""

LIST_MARKERS = frozenset({"dont", "notamment", "parmi"})
"""Words opening a list of named members of a group ("les ministres ..., dont A, B et C")."""

ORG_HEADS = frozenset({
    "organisation", "ligue", "union", "nations", "conseil", "commission", "ministère", "fonds",
    "banque", "agence", "mission", "parti", "comité", "assemblée", "parlement", "cour", "tribunal",
    "gouvernement", "autorité", "front", "mouvement", "département", "office", "programme",
    "haut-commissariat", "alliance", "communauté", "fédération", "association", "centre", "institut",
    "service", "coalition", "forum", "secrétariat", "otan", "onu", "kremlin", "élysée", "armée",
    "cabinet", "groupe", "sénat", "congrès", "chambre", "police", "bureau", "présidence", "unicef",
})
"""Lemmas that head the name of an organisation ("Organisation de la coopération islamique")."""

GOVERNMENT_BODIES = frozenset({"ministère", "gouvernement", "présidence", "armée", "police", "diplomatie"})
"""Organisation heads that belong to a state named by an adjective ("ministère russe")."""

DOCUMENT_HEADS = frozenset({"accord", "traité", "convention", "initiative", "plan", "loi", "protocole", "résolution", "déclaration", "charte", "pacte", "programme", "conflit", "guerre", "crise"})
"""Words naming texts, plans or events rather than parties ("Initiative de paix arabe", "accords d'Évian")."""

COUNTERPART_WORDS = frozenset({"homologue", "homologues"})
"""Nouns that give a name's country but not its role ("son homologue français Jean-Yves Le Drian")."""

ROLE_COUNTRIES = {"conseiller fédéral": "CH", "conseillère fédérale": "CH"}
"""Titles, written whole, that only one state gives ("conseiller fédéral" is a Swiss minister;
Germany and Austria both have a "chancelier fédéral")."""

COORDINATORS = frozenset({"et"})
"""Words joining two titles held by one person ("Représentant spécial et Chef de la Mission")."""
