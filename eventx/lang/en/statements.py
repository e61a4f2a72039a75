"""English knowledge for statements: speech cues, speaker descriptions, quote marks."""

SPEECH_VERBS = frozenset(
    """
    say state stress note urge condemn welcome express agree promise reaffirm underscore
    emphasize emphasise warn declare announce add explain insist tell claim argue affirm
    reiterate highlight denounce praise thank acknowledge admit confirm deny recall suggest
    propose demand caution vow pledge assert maintain mention comment believe hope consider
    think accuse criticize criticise reject defend voice applaud commend regret deplore
    continue recommend refuse call describe predict remark reply respond write report concede
    """.split()
)
"""Lemmas of verbs that introduce what someone says, thinks or calls for."""

CUE_PHRASES = {
    "call": frozenset({"for", "on", "upon"}),
    "point": frozenset({"out"}),
}
"""Verbs that are cues only with one of these particles or objects ("called for")."""

OBJECT_CUES = {
    "draw": frozenset({"picture", "conclusion", "conclusions", "lesson", "lessons"}),
    "paint": frozenset({"picture"}),
}
"""Verbs that are cues only with one of these nouns as object, the noun being part of what is said ("painted a bleak picture of")."""

VERB_ENDINGS = (("ied", "y"), ("ed", "e"), ("ed", ""), ("es", ""), ("s", ""))
"""Endings of verb forms and the base ending replacing them, to read a cue the tagger mislemmatised or took for a noun ("stressed" → "stress")."""

POSITION_VERBS = frozenset({"discuss", "review", "address", "examine", "exchange"})
"""Verbs whose object is a topic unless it states a position ("discussed the need to")."""

POSITION_NOUNS = frozenset({"importance", "need", "necessity", "urgency"})
"""Nouns that make the object of a topic verb a position ("the importance of")."""

SOURCE_PREPOSITIONS = frozenset({"according to"})
"""Prepositions that attribute a clause to a source ("according to X")."""

OPINION_PREPOSITIONS: frozenset[str] = frozenset()
"""Prepositions that attribute a clause to a named source only at the start of a sentence."""

SUBJECT_PRONOUNS = {
    "he": (False, "Masc"),
    "she": (False, "Fem"),
    "they": (True, ""),
}
"""Third-person subject pronouns: (plural, gender)."""

FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})
"""Pronouns that speak from inside a quote or for the writer; never a reported speaker."""

GROUP_NOUNS = frozenset(
    {
        "participant", "minister", "leader", "party", "side", "delegation", "head", "counterpart",
        "representative", "member", "president", "official", "two", "three", "four", "both",
    }
)
"""Heads of plural descriptions that stand for every party of a meeting ("the two leaders")."""

TITLE_NOUNS = frozenset(
    {
        "minister", "president", "secretary", "secretary-general", "spokesperson", "spokesman",
        "spokeswoman", "chancellor", "premier", "king", "queen", "emir", "prince", "ambassador",
        "general", "commissioner", "director", "envoy", "chief", "representative", "adviser",
        "advisor", "rapporteur", "mayor", "governor", "official", "lawmaker", "diplomat", "chair",
        "chairman", "leader", "head",
    }
)
"""Heads of singular definite titles that name one participant ("the Secretary")."""

SOURCE_NOUNS = frozenset(
    {"source", "statement", "communique", "communiqué", "declaration", "text", "document", "resolution", "report", "letter", "readout", "release"}
)
"""Nouns for a written source that speaks ("the statement", "the resolution")."""

ORGANIZATION_NOUNS = frozenset(
    {
        "ministry", "government", "commission", "council", "presidency", "parliament", "assembly",
        "authority", "authorities", "army", "police", "party", "organization", "organisation",
        "agency", "committee", "embassy", "department", "office", "cabinet", "movement", "coalition",
        "union", "league", "opposition", "administration", "kremlin", "court", "group", "military",
    }
)
"""Heads of descriptions that name an organisation speaking ("the Saudi Interior Ministry")."""

BODY_KIND_NOUNS = frozenset({"party", "movement", "organization", "organisation", "coalition", "union", "league", "group"})
"""Kinds of body a description may name an organisation of unknown kind by ("the party" for "Sinn Féin")."""

INDEFINITE_DETERMINERS = frozenset({"a", "an", "some", "several", "many", "few", "no", "any"})
"""Determiners of vague speakers ("a resident", "several witnesses"), which are not sources."""

SUBORDINATORS = frozenset({"that", "whether", "if"})
"""Words that open a reported clause and are left out of its content."""

NEGATIONS = frozenset({"not", "n't", "never"})
"""Negation words; a negated cue ("did not say") reports nothing."""

ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "remind", "brief"})
"""Cues whose direct object is the person addressed, not what is said ("told reporters that")."""

PREPOSITIONAL_CUES = {
    "insist": frozenset({"on"}),
    "agree": frozenset({"on", "to"}),
    "comment": frozenset({"on"}),
}
"""Cues whose content is a prepositional phrase ("insisted on the need")."""

NAMING_VERBS = frozenset({"call", "name", "dub"})
"""Participles that give a description its name ("a group called X"), which names the speaker."""

COMPLEMENT_PREPOSITIONS = frozenset({"of"})
"""Prepositions of a noun's complement: a phrase they open after a comma still belongs to what is said ("the holding, in 2005, of a summit")."""

GERUND_MARKERS = frozenset({"by", "while"})
"""Words that open a participle clause about the speaker, which ends what is said ("welcomed the deal while stressing")."""

FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
"""Auxiliaries of a cue still to come ("will consider"), which reports nothing said yet."""

ANAPHORIC_HEADS = frozenset({"latter", "former"})
"""Heads of descriptions that point back to someone just named ("the latter"), resolved like a pronoun."""

PURPOSE_MARKERS: frozenset[str] = frozenset()
"""Words opening an infinitive of purpose whose cue is an aim, not something said; English "to" also
reports what was said ("went on to say"), so none is listed."""
