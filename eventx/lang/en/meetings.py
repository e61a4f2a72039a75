"""English meeting vocabulary: trigger verbs and nouns with the kind of meeting they report,
and the words that introduce participants, hosts, places, dates and topics."""

TRIGGER_VERBS = {
    "meet": "meeting", "host": "meeting", "receive": "meeting", "welcome": "meeting",
    "visit": "visit", "speak": "call", "talk": "talks", "confer": "talks", "negotiate": "talks",
    "call": "call", "phone": "call", "telephone": "call", "convene": "meeting", "dine": "meeting",
}
"""Verb lemmas reporting a meeting ("met with", "hosted", "spoke by phone")."""

TRIGGER_NOUNS = {
    "meeting": "meeting", "talk": "talks", "talks": "talks", "summit": "summit", "visit": "visit",
    "conference": "conference", "call": "call", "conversation": "call", "negotiation": "talks",
    "negotiations": "talks", "dinner": "meeting", "lunch": "meeting", "session": "meeting",
    "consultation": "talks", "trip": "visit",
}
"""Noun lemmas naming a meeting ("a meeting", "the summit", "his visit")."""

CALL_MARKERS = frozenset({"phone", "telephone", "video", "call", "videoconference"})
"""Words that make a meeting a call ("spoke by phone", "telephone call")."""

NOT_MEETING_NEXT = frozenset({"press", "news"})
"""Words next to a trigger noun that make it something else ("press conference")."""

HOST_VERBS = frozenset({"host", "receive", "welcome", "invite", "chair"})
"""Verbs whose subject hosts the meeting."""

SUPPORT_VERBS = frozenset({"hold", "have", "host", "chair", "attend", "pay", "make", "conduct", "begin"})
"""Verbs that carry a trigger noun ("held talks", "paid a visit")."""

HOLD_VERBS = frozenset({"hold", "host", "chair", "receive", "welcome"})
"""Verbs whose subject hosts a meeting held in its own country."""

WITH_WORDS = frozenset({"with", "between", "to"})
"""Prepositions introducing the other participants ("met with", "spoke to")."""

AGENT_WORDS = frozenset({"by"})
"""Preposition introducing the agent of a passive ("received by X")."""

PLACE_WORDS = frozenset({"in", "at", "to"})
"""Prepositions introducing where a meeting takes place."""

TOPIC_WORDS = frozenset({"on", "about", "regarding", "concerning"})
"""Prepositions introducing what a meeting is about."""

TOPIC_VERBS = frozenset({"discuss", "address", "review", "focus"})
"""Verbs whose object is the meeting's topic."""

NEGATIONS = frozenset({"not", "never", "n't"})
"""Words that deny the meeting took place."""

REFLEXIVE_WORDS = frozenset()
"""Reflexive pronouns (none in English)."""

RELATIVE_DATES = frozenset({"today", "yesterday", "tomorrow", "this morning", "last night", "last week", "this week", "next week", "earlier today"})
"""Relative date expressions, resolved against the publication date."""

DATE_ARTICLE = "the "
"""What may precede a day number in a date ("the 21st"), left out of the expression."""

LIST_LINKS = frozenset({"as", "well", "including", "and", "or"})
"""Words that continue a list of participants ("A, B, as well as C")."""

PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her"})
"""Pronouns standing for one person named earlier ("he met", "her visit")."""

REFLEXIVE_TRIGGERS = frozenset()
"""Trigger verbs that report a meeting only in their reflexive form (none in English)."""

INVITATION_WORDS = frozenset({"invitation"})
"""Nouns whose complement names the host ("at the invitation of the Prime Minister")."""

DEMONSTRATIVES = frozenset({"this", "that", "these"})
"""Determiners by which a trigger noun refers back to a meeting already reported ("This meeting")."""

GROUP_NOUNS = frozenset({"delegation", "counterpart", "counterparts", "leader", "leaders", "official", "officials", "member", "members", "representative", "representatives", "envoy", "party", "parties"})
"""Nouns for people or groups that can be met or received as objects ("received a delegation")."""

DEFINITE_ARTICLES = frozenset({"the"})
"""Articles by which a trigger noun naming at most one party refers to a meeting just reported ("the meeting")."""

JOIN_VERBS = frozenset({"attend", "participate", "join", "represent"})
"""Verbs whose subjects took part in a meeting reported just before ("X also attended")."""

PASSIVE_JOIN_VERBS = frozenset({"represent"})
"""Joining verbs that say so only in the passive ("X was represented", not "X represents Y")."""

EXPECTED_VISIT_VERBS = frozenset({"expect"})
"""Verbs that report a coming visit when passive with a place ("is expected in Moscow")."""

DAY_RANGE_WORDS = frozenset({"and", "to", "-", "–"})
"""Words joining the days of a multi-day date ("8 and 9 June"), dated by the first day."""

NOT_MEETING_AFTER = {"call": frozenset({"for", "on", "upon", "off"})}
"""Trigger lemmas with the next words that make them something else ("calling for a ceasefire")."""

PASSIVE_AUXILIARIES = frozenset({"be"})
"""Auxiliary lemmas that, with a past participle, make a passive ("is expected")."""

MONTH_ALONE_IS_DATE = False
"""Whether a month named alone is a date: not in English, where "May" and "March" are also a name and a verb."""

REGION_QUALIFIERS = frozenset({"mainland", "western", "eastern", "northern", "southern", "central", "north-western", "north-eastern", "south-western", "south-eastern"})
"""Adjectives that, written beside a place name, name a region of it ("mainland China", "northern Syria")."""

INTERVIEW_NOUNS = frozenset({"interview"})
"""Talk nouns that also name an interview given to the press."""

OUTLET_CASES = frozenset({"to"})
"""Prepositions before the outlet words are said to ("said to the BBC")."""
