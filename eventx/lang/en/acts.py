"""English cues of PLOVER's verbal event categories, for coding what a statement does."""

ACT_BY_LEMMA = {
    **dict.fromkeys(
        "agree accept approve promise commit pledge vow endorse consent ratify guarantee".split(), "AGREE"
    ),
    **dict.fromkeys("demand urge ask request press appeal exhort implore insist".split(), "DEMAND"),
    **dict.fromkeys("reject refuse deny decline dismiss rebuff repudiate veto oppose".split(), "REJECT"),
    **dict.fromkeys(
        "condemn criticise criticize accuse denounce blame deplore decry censure rebuke slam castigate "
        "lambaste chide".split(),
        "DISAPPROVE",
    ),
    **dict.fromkeys("threaten warn".split(), "THREATEN"),
    **dict.fromkeys(
        "welcome praise support commend applaud hail back salute congratulate laud encourage".split(), "SUPPORT"
    ),
}
"""Lemma of a cue verb -> category; verbs not listed are neutral statements."""

ACT_BY_PHRASE = {
    ("call", "for"): "DEMAND",
    ("call", "on"): "DEMAND",
    ("call", "upon"): "DEMAND",
    ("stand", "with"): "SUPPORT",
    ("speak", "against"): "DISAPPROVE",
    ("push", "for"): "DEMAND",
}
"""(verb lemma, particle or preposition) -> category, for phrasal cues."""

ACT_BY_OBJECT = {
    **dict.fromkeys("support solidarity gratitude appreciation backing".split(), "SUPPORT"),
    **dict.fromkeys("condemnation outrage indignation disapproval".split(), "DISAPPROVE"),
    **dict.fromkeys("opposition rejection".split(), "REJECT"),
    **dict.fromkeys("commitment agreement readiness willingness".split(), "AGREE"),
}
"""Noun expressed by a light verb ("expressed support", "voiced outrage") -> category."""

LIGHT_VERBS = frozenset("express voice reiterate reaffirm convey extend offer renew declare state".split())
"""Verbs whose category comes from their object noun."""

CONDITIONAL_THREATS = frozenset("warn".split())
"""Verbs that threaten only when they announce consequences; otherwise a neutral statement."""

CONSEQUENCE_WORDS = frozenset(
    "if unless otherwise consequence consequences retaliation retaliate sanction sanctions response "
    "respond force action measures price pay".split()
)
"""Words in a complement that turn a warning into a threat."""

NEGATIONS = frozenset("not n't never no neither nor".split())
"""Words that negate the verb they modify."""

SECTORS = {
    "IGO": frozenset(
        "united nations un nato eu european union african union au arab league oic asean osce opec "
        "security council general assembly commission world bank imf who unesco unicef unhcr".split()
    ),
    "MIL": frozenset("army military general troops forces commander colonel admiral navy defence defense".split()),
    "GOV": frozenset(
        "president prime minister secretary ministry government foreign chancellor king queen ambassador "
        "spokesperson spokesman spokeswoman senator governor mayor cabinet state department kremlin "
        "white house envoy official officials premier".split()
    ),
}
"""Words of a role or name that place an actor in a sector (checked in this order)."""
