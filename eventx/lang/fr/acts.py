"""French cues of PLOVER's verbal event categories, for coding what a statement does."""

ACT_BY_LEMMA = {
    **dict.fromkeys(
        "convenir approuver engager promettre accepter entériner consentir ratifier garantir".split(), "AGREE"
    ),
    **dict.fromkeys("exhorter exiger demander réclamer enjoindre presser sommer implorer".split(), "DEMAND"),
    **dict.fromkeys("rejeter refuser démentir nier récuser repousser opposer".split(), "REJECT"),
    **dict.fromkeys(
        "condamner dénoncer accuser critiquer déplorer fustiger blâmer reprocher stigmatiser "
        "vilipender".split(),
        "DISAPPROVE",
    ),
    **dict.fromkeys("menacer avertir".split(), "THREATEN"),
    **dict.fromkeys("saluer soutenir féliciter appuyer louer encourager".split(), "SUPPORT"),
}
"""Lemma of a cue verb -> category; verbs not listed are neutral statements."""

ACT_BY_PHRASE = {
    ("appeler", "à"): "DEMAND",
    ("inviter", "à"): "DEMAND",
    ("plaider", "pour"): "DEMAND",
    ("mettre", "garde"): "THREATEN",
    ("prononcer", "contre"): "DISAPPROVE",
    ("prononcer", "pour"): "SUPPORT",
}
"""(verb lemma, preposition or object word) -> category, for multi-word cues."""

ACT_BY_OBJECT = {
    **dict.fromkeys("soutien solidarité gratitude appui reconnaissance".split(), "SUPPORT"),
    **dict.fromkeys("condamnation indignation réprobation désapprobation".split(), "DISAPPROVE"),
    **dict.fromkeys("opposition rejet refus".split(), "REJECT"),
    **dict.fromkeys("engagement accord volonté disponibilité".split(), "AGREE"),
}
"""Noun expressed by a light verb ("ont exprimé leur soutien") -> category."""

LIGHT_VERBS = frozenset("exprimer réitérer réaffirmer manifester renouveler témoigner apporter affirmer".split())
"""Verbs whose category comes from their object noun."""

CONDITIONAL_THREATS = frozenset("avertir".split())
"""Verbs that threaten only when they announce consequences; otherwise a neutral statement."""

CONSEQUENCE_WORDS = frozenset(
    "si sinon faute conséquence conséquences représailles riposte sanction sanctions réponse "
    "force mesures prix payer".split()
)
"""Words in a complement that turn a warning into a threat."""

NEGATIONS = frozenset("pas jamais ne n' point guère aucunement nullement".split())
"""Words that negate the verb they modify."""

SECTORS = {
    "IGO": frozenset(
        "nations unies onu otan ue union européenne africaine ua ligue arabe oci asean osce opep "
        "conseil sécurité assemblée générale commission banque mondiale fmi oms unesco unicef hcr".split()
    ),
    "MIL": frozenset("armée militaire général troupes forces commandant colonel amiral marine défense".split()),
    "GOV": frozenset(
        "président premier ministre secrétaire ministère gouvernement chancelier roi reine ambassadeur "
        "porte-parole sénateur gouverneur maire cabinet kremlin élysée envoyé responsable "
        "responsables diplomate diplomatie".split()
    ),
}
"""Words of a role or name that place an actor in a sector (checked in this order)."""
