"""French knowledge for statements: speech cues, speaker descriptions, quote marks."""

SPEECH_VERBS = frozenset(
    """
    déclarer dire affirmer souligner estimer rappeler ajouter préciser annoncer appeler exhorter
    condamner dénoncer saluer féliciter exprimer promettre convenir approuver insister
    inquiéter indiquer expliquer assurer réaffirmer répéter confirmer prévenir avertir alerter
    plaider réclamer demander exiger proposer reconnaître regretter déplorer
    réprouver juger considérer penser croire admettre noter observer constater signaler
    souhaiter espérer raconter souvenir confier rétorquer répondre lancer insister marteler
    revendiquer refuser démentir nier accuser critiquer fustiger remercier féliciter encourager
    exhorter inviter prôner défendre proclamer concéder assurer reconnaitre
    réitérer plaider garantir menacer conclure écrire commenter décrire dévoiler
    """.split()
)
"""Lemmas of verbs that introduce what someone says, thinks or calls for."""

CUE_PHRASES = {
    "mettre": frozenset({"accent"}),
    "faire": frozenset({"part", "état", "savoir"}),
    "prendre": frozenset({"acte", "note"}),
    "lancer": frozenset({"appel"}),
    "tirer": frozenset({"sonnette"}),
    "donner": frozenset({"objectif"}),
}
"""Verbs that are cues only with one of these nouns as object ("mettre l'accent sur")."""

OBJECT_CUES = {
    "dresser": frozenset({"bilan", "constat", "tableau", "état"}),
    "tirer": frozenset({"bilan", "leçon", "leçons", "conclusion", "conclusions"}),
}
"""Verbs that are cues only with one of these nouns as object, the noun being part of what is said ("a dressé un bilan mitigé de")."""

VERB_ENDINGS = (
    ("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"), ("aient", "er"), ("ait", "er"),
    ("ent", "er"), ("es", "er"), ("e", "er"), ("ait", "aitre"), ("it", "ire"), ("is", "ir"), ("i", "ir"),
)
"""Endings of verb forms and the infinitive ending replacing them, to read a cue the tagger took for a noun or adjective ("félicités" → "féliciter")."""

POSITION_VERBS = frozenset({"discuter", "évoquer", "aborder", "examiner", "débattre", "échanger"})
"""Verbs whose object is a topic unless it states a position ("ont discuté de la nécessité de")."""

POSITION_NOUNS = frozenset({"importance", "nécessité", "besoin", "urgence", "nécessaire", "opportunité"})
"""Nouns that make the object of a topic verb a position ("la nécessité de")."""

SOURCE_PREPOSITIONS = frozenset({"selon", "d'après"})
"""Prepositions that attribute a clause to a source ("selon X", "d'après X")."""

OPINION_PREPOSITIONS = frozenset({"pour"})
"""Prepositions that attribute a clause to a named source only at the start of a sentence ("Pour X, ...")."""

SUBJECT_PRONOUNS = {
    "il": (False, "Masc"),
    "elle": (False, "Fem"),
    "ils": (True, "Masc"),
    "elles": (True, "Fem"),
    "-il": (False, "Masc"),
    "-elle": (False, "Fem"),
    "-ils": (True, "Masc"),
    "-elles": (True, "Fem"),
}
"""Third-person subject pronouns: (plural, gender)."""

FIRST_PERSON = frozenset({"je", "j'", "nous", "on", "-je", "-nous", "-on", "me", "moi"})
"""Pronouns that speak from inside a quote or for the writer; never a reported speaker."""

GROUP_NOUNS = frozenset(
    {
        "participant", "ministre", "dirigeant", "partie", "interlocuteur", "délégation", "chef",
        "responsable", "président", "représentant", "membre", "homologue", "leader", "pays",
        "deux", "trois", "quatre", "ensemble", "parties",
    }
)
"""Heads of plural descriptions that stand for every party of a meeting ("les participants")."""

TITLE_NOUNS = frozenset(
    {
        "ministre", "président", "présidente", "secrétaire", "porte-parole", "chancelier", "premier",
        "roi", "reine", "émir", "prince", "ambassadeur", "ambassadrice", "général", "commissaire",
        "directeur", "directrice", "envoyé", "chef", "haut-commissaire", "représentant", "conseiller",
        "rapporteur", "maire", "gouverneur", "patron", "dirigeant", "diplomate", "émissaire",
    }
)
"""Heads of singular definite titles that name one participant ("le secrétaire général")."""

SOURCE_NOUNS = frozenset(
    {
        "source", "communiqué", "déclaration", "texte", "document", "résolution", "rapport",
        "lettre", "note", "message", "information",
    }
)
"""Nouns for a written source that speaks ("le communiqué", "la source")."""

ORGANIZATION_NOUNS = frozenset(
    {
        "ministère", "gouvernement", "commission", "conseil", "présidence", "parlement", "assemblée",
        "autorité", "autorités", "armée", "police", "parti", "organisation", "agence", "comité",
        "ambassade", "département", "bureau", "cabinet", "collectif", "mouvement", "coalition",
        "union", "ligue", "office", "opposition", "élysée", "kremlin", "tribunal", "cour",
    }
)
"""Heads of descriptions that name an organisation speaking ("le ministère russe des Affaires étrangères")."""

BODY_KIND_NOUNS = frozenset({"parti", "mouvement", "organisation", "collectif", "coalition", "union", "ligue"})
"""Kinds of body a description may name an organisation of unknown kind by ("le parti" for "Europe Écologie Les Verts")."""

INDEFINITE_DETERMINERS = frozenset(
    {"un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "aucun", "aucune", "nombreux", "de"}
)
"""Determiners of vague speakers ("un habitant", "plusieurs témoins"), which are not sources."""

SUBORDINATORS = frozenset({"que", "qu'", "qu’", "si", "comme"})
"""Words that open a reported clause and are left out of its content."""

NEGATIONS = frozenset({"ne", "n'", "n’", "pas", "jamais"})
"""Negation words; a negated cue ("n'a pas dit") reports nothing."""

ADDRESSEE_VERBS: frozenset[str] = frozenset()
"""Cues whose direct object is the person addressed, not what is said ("told reporters that")."""

PREPOSITIONAL_CUES = {
    "appeler": frozenset({"à", "au", "aux"}),
    "exhorter": frozenset({"à", "au", "aux"}),
    "inviter": frozenset({"à", "au", "aux"}),
    "insister": frozenset({"sur"}),
    "plaider": frozenset({"pour"}),
    "réfléchir": frozenset({"sur"}),
    "revenir": frozenset({"sur"}),
    "part": frozenset({"de", "du", "des", "d'", "d’"}),
    "état": frozenset({"de", "du", "des", "d'", "d’"}),
    "acte": frozenset({"de", "du", "des", "d'", "d’"}),
    "note": frozenset({"de", "du", "des", "d'", "d’"}),
    "accent": frozenset({"sur"}),
}
"""Cues, and nouns of phrasal cues, whose content is a prepositional phrase ("a appelé au rejet", "a fait part de")."""

NAMING_VERBS = frozenset({"appeler", "nommer", "baptiser", "dénommer", "surnommer"})
"""Participles that give a description its name ("a group called X"), which names the speaker."""

COMPLEMENT_PREPOSITIONS = frozenset({"de", "d'", "d’", "du", "des"})
"""Prepositions of a noun's complement: a phrase they open after a comma still belongs to what is said ("la tenue, en 2005, d'un sommet")."""

GERUND_MARKERS = frozenset({"en"})
"""Words that open a participle clause about the speaker, which ends what is said ("a salué l'accord en soulignant", "y voyant")."""

FUTURE_AUXILIARIES: frozenset[str] = frozenset()
"""Auxiliaries of a cue still to come; French marks it on the verb itself ("dira"), which reports nothing said yet."""

ANAPHORIC_HEADS = frozenset({"dernier", "dernière", "derniers", "dernières"})
"""Heads of descriptions that point back to someone just named ("ces derniers", "ce dernier"), resolved like a pronoun."""

PURPOSE_MARKERS = frozenset({"pour", "afin"})
"""Words opening an infinitive of purpose ("pour plaider"): a cue there is an aim, not something said."""
