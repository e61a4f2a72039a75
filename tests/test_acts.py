"""Event coding: the PLOVER category of a statement from its cue and complement, in both languages."""

from __future__ import annotations

import pytest

from eventx.acts import code_act

pytestmark = pytest.mark.model

CASES = [
    # (lang, sentence, cue, act, target)
    ("en", "Russia condemned the attack on the embassy.", "condemned", "DISAPPROVE", "the attack"),
    ("en", "The opposition denounced the government's decision.", "denounced", "DISAPPROVE", "the government's decision"),
    ("en", "The attack was condemned by France.", "condemned", "DISAPPROVE", "The attack"),
    ("en", "China did not condemn the invasion.", "condemn", "STATEMENT", None),
    ("en", "Germany refused to condemn Israel.", "refused", "REJECT", "Israel"),
    ("en", "The minister said the government rejected the plan.", "said", "REJECT", "the plan"),
    ("en", "Iran denied the accusations.", "denied", "REJECT", "the accusations"),
    ("en", "Obama urged Iran to stop enrichment.", "urged", "DEMAND", "Iran"),
    ("en", "The EU called on Turkey to respect the ceasefire.", "called", "DEMAND", "Turkey"),
    ("en", "The council demanded an immediate ceasefire.", "demanded", "DEMAND", "an immediate ceasefire"),
    ("en", "Merkel welcomed the agreement.", "welcomed", "SUPPORT", "the agreement"),
    ("en", "The ministers expressed support for the talks.", "expressed", "SUPPORT", "the talks"),
    ("en", "The two leaders agreed to hold new talks.", "agreed", "AGREE", "new talks"),
    ("en", "Serbia did not agree to the proposal.", "agree", "REJECT", "the proposal"),
    ("en", "Putin warned that any attack would have serious consequences.", "warned", "THREATEN", None),
    ("en", "Putin warned that the winter would be cold.", "warned", "STATEMENT", None),
    ("en", "The spokesman said the talks were useful.", "said", "STATEMENT", None),
    ("fr", "La France a condamné l'attaque.", "condamné", "DISAPPROVE", "l'attaque"),
    ("fr", "La Russie n'a pas condamné l'attaque.", "condamné", "STATEMENT", None),
    ("fr", "Le ministre a appelé les parties à la retenue.", "appelé", "DEMAND", "les parties"),
    ("fr", "Le Conseil a exigé la libération des otages.", "exigé", "DEMAND", "la libération"),
    ("fr", "Les participants ont exprimé leur soutien à la Palestine.", "exprimé", "SUPPORT", "Palestine"),
    ("fr", "Le président a salué l'accord.", "salué", "SUPPORT", "l'accord"),
    ("fr", "Le président a menacé l'Iran de sanctions.", "menacé", "THREATEN", "Iran"),
    ("fr", "Les ministres ont convenu de coordonner leurs actions.", "convenu", "AGREE", "leurs actions"),
    ("fr", "Il a déclaré que la Russie rejetait ce plan.", "déclaré", "REJECT", "ce plan"),
    ("fr", "Le gouvernement a démenti ces informations.", "démenti", "REJECT", "ces informations"),
    ("fr", "Le ministre a souligné l'importance du dialogue.", "souligné", "STATEMENT", None),
]


@pytest.mark.parametrize(("lang", "sentence", "cue", "act", "target"), CASES, ids=[c[1][:40] for c in CASES])
def test_statement_act_and_target_from_cue_and_complement(parse, lang, sentence, cue, act, target):
    doc = parse(sentence, lang)
    start = sentence.index(cue)
    content = doc.span(start + len(cue) + 1, len(sentence) - 1)
    coded, aimed_at = code_act(doc, doc.span(start, start + len(cue)), content)
    assert coded == act
    assert (aimed_at.text if aimed_at else None) == target
    if aimed_at is not None:
        assert sentence[aimed_at.start : aimed_at.end] == aimed_at.text


@pytest.mark.parametrize(
    ("lang", "text", "act", "source_country"),
    [
        pytest.param("en", '"We condemn this attack in the strongest terms," the French foreign minister said.', "DISAPPROVE", "FR", id="en-quote"),
        pytest.param("fr", "« Nous condamnons fermement cette attaque », a déclaré le ministre russe.", "DISAPPROVE", "RU", id="fr-quote"),
        pytest.param("en", "Hungarian and Romanian officials criticized the decision.", "DISAPPROVE", "HU", id="en-compound-actor"),
    ],
)
def test_act_of_reported_speech_reaches_the_plover_records(lang, text, act, source_country):
    import eventx

    records = eventx.extract(text, lang=lang).to_plover()
    assert [r.event for r in records][:1] == [act]
    assert records[0].source.country == source_country
    assert all(text[r.start : r.end] == r.eventText for r in records)
