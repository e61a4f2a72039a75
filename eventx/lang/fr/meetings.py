"""French meeting vocabulary: trigger verbs and nouns with the kind of meeting they report,
and the words that introduce participants, hosts, places, dates and topics."""

TRIGGER_VERBS = {
    "rencontrer": "meeting", "réunir": "meeting", "entretenir": "talks", "recevoir": "meeting",
    "accueillir": "meeting", "visiter": "visit", "retrouver": "meeting", "discuter": "talks",
    "négocier": "talks", "téléphoner": "call", "déjeuner": "meeting", "dîner": "meeting",
}
"""Verb lemmas reporting a meeting ("a rencontré", "s'est entretenu avec", "a reçu")."""

TRIGGER_NOUNS = {
    "réunion": "meeting", "rencontre": "meeting", "entrevue": "meeting", "entretien": "talks",
    "entretiens": "talks", "pourparlers": "talks", "négociation": "talks", "négociations": "talks",
    "sommet": "summit", "visite": "visit", "conférence": "conference", "appel": "call",
    "conversation": "call", "dîner": "meeting", "déjeuner": "meeting", "consultation": "talks",
    "séance": "meeting", "tête-à-tête": "meeting",
}
"""Noun lemmas naming a meeting ("une réunion", "le sommet", "sa visite")."""

CALL_MARKERS = frozenset({"téléphonique", "téléphone", "visioconférence", "vidéoconférence", "téléphoniquement"})
"""Words that make a meeting a call ("entretien téléphonique", "par téléphone")."""

NOT_MEETING_NEXT = frozenset({"presse", "ministériel"})
"""Words after a trigger noun that make it something else ("conférence de presse")."""

HOST_VERBS = frozenset({"recevoir", "accueillir", "inviter", "présider"})
"""Verbs whose subject hosts the meeting."""

SUPPORT_VERBS = frozenset({"tenir", "avoir", "organiser", "présider", "participer", "prendre", "effectuer", "rendre", "mener", "engager", "devoir", "pouvoir", "vouloir"})
"""Verbs that carry a trigger noun ("a tenu une réunion", "effectue une visite"), modals included
for the infinitive triggers the tagger reads as nouns ("devait déjeuner avec")."""

HOLD_VERBS = frozenset({"tenir", "organiser", "présider", "accueillir", "recevoir"})
"""Verbs whose subject hosts a meeting held in its own country."""

WITH_WORDS = frozenset({"avec", "entre", "auprès"})
"""Prepositions introducing the other participants."""

AGENT_WORDS = frozenset({"par"})
"""Preposition introducing the agent of a passive ("reçu par X")."""

PLACE_WORDS = frozenset({"à", "en", "au", "aux", "dans"})
"""Prepositions introducing where a meeting takes place."""

TOPIC_WORDS = frozenset({"sur", "concernant"})
"""Prepositions introducing what a meeting is about."""

TOPIC_VERBS = frozenset({"discuter", "évoquer", "aborder", "examiner", "parler"})
"""Verbs whose object or "de" complement is the meeting's topic."""

NEGATIONS = frozenset({"pas", "jamais", "ni"})
"""Words that deny the meeting took place."""

REFLEXIVE_WORDS = frozenset({"se", "s'", "s’"})
"""Reflexive pronouns marking "s'entretenir", "se réunir"."""

RELATIVE_DATES = frozenset({"aujourd'hui", "aujourd’hui", "hier", "avant-hier", "demain", "ce matin", "hier soir", "cette semaine", "la semaine dernière", "la semaine prochaine"})
"""Relative date expressions, resolved against the publication date."""

DATE_ARTICLE = "le "
"""What may precede a day number in a date ("le 21 novembre"), left out of the expression."""

LIST_LINKS = frozenset({"ainsi", "que", "dont", "notamment", "et", "ou"})
"""Words that continue a list of participants ("A, B, ainsi que C")."""

PERSONAL_PRONOUNS = frozenset({"il", "elle", "son", "sa", "ses", "lui"})
"""Pronouns standing for one person named earlier ("il a rencontré", "sa visite")."""

REFLEXIVE_TRIGGERS = frozenset({"entretenir"})
"""Trigger verbs that report a meeting only in their reflexive form ("s'entretenir", not "entretenir des liens")."""

INVITATION_WORDS = frozenset({"invitation", "initiative"})
"""Nouns whose complement names the host ("sur invitation du Premier ministre")."""

DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
"""Determiners by which a trigger noun refers back to a meeting already reported ("Ce dîner")."""

GROUP_NOUNS = frozenset({"délégation", "homologue", "dirigeant", "responsable", "membre", "représentant", "partie", "interlocuteur", "émissaire", "chef"})
"""Nouns for people or groups that can be met or received as objects ("a reçu une délégation")."""

DEFINITE_ARTICLES = frozenset({"le", "la", "l'", "l’", "les"})
"""Articles by which a trigger noun naming at most one party refers to a meeting just reported ("L'entretien avec X")."""

JOIN_VERBS = frozenset({"participer", "assister", "représenter", "joindre", "rejoindre"})
"""Verbs whose subjects took part in a meeting reported just before ("étaient également représentés")."""

PASSIVE_JOIN_VERBS = frozenset({"représenter"})
"""Joining verbs that say so only in the passive ("X était représenté", not "X représente Y")."""

EXPECTED_VISIT_VERBS = frozenset({"attendre"})
"""Verbs that report a coming visit when passive with a place ("est attendu à Alger")."""

DAY_RANGE_WORDS = frozenset({"et", "au", "-", "–"})
"""Words joining the days of a multi-day date ("les 9 et 10 mars"), dated by the first day."""

NOT_MEETING_AFTER = {"appel": frozenset({"à", "au", "aux"})}
"""Trigger lemmas with the next words that make them something else ("un appel à la retenue")."""

PASSIVE_AUXILIARIES = frozenset({"être"})
"""Auxiliary lemmas that, with a past participle, make a passive ("est attendu")."""

MONTH_ALONE_IS_DATE = True
"""Whether a month named alone is a date ("le sommet de novembre"): French months are lower-case words no other."""

REGION_QUALIFIERS = frozenset({"continentale", "continental", "occidentale", "occidental", "orientale", "oriental", "méridionale", "méridional", "septentrionale", "septentrional", "centrale", "central", "insulaire"})
"""Adjectives that, written beside a place name, name a region of it ("Chine continentale", "Europe occidentale")."""

INTERVIEW_NOUNS = frozenset({"entretien", "entrevue", "interview"})
"""Talk nouns that also name an interview given to the press ("lors d'un entretien avec la rédaction")."""

OUTLET_CASES = frozenset({"à", "au", "aux"})
"""Prepositions before the outlet words are said to ("a déclaré à ONU Info")."""
