"""Statements: reported speech, source phrases and direct quotes, with their speakers."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from eventx.document import Document
from eventx.drafts import StatementDraft
from eventx.extractors.statements import STATEMENTS_RULES_V1, _inflected_cues, extract_statements
from eventx.lang import data
from eventx.pipeline import Findings
from eventx.testing import make_document

SEED_PARTICIPANTS = {
    "Sergey Lavrov",
    "Faisal bin Farhan Al Saud",
    "Sameh Shoukri",
    "Retno Marsudi",
    "Ayman Safadi",
    "Riyad al-Maliki",
    "Hissein Brahim Taha",
}


def _reported_speech_document() -> Document:
    """'Lavrov a déclaré que la paix est possible.' with its French parse written by hand."""
    return make_document(
        "Lavrov a déclaré que la paix est possible.",
        heads=[2, 2, 2, 7, 5, 7, 7, 2, 2],
        deps=["nsubj", "aux:tense", "root", "mark", "det", "nsubj", "cop", "ccomp", "punct"],
        pos=["PROPN", "AUX", "VERB", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        lemmas=["Lavrov", "avoir", "déclarer", "que", "le", "paix", "être", "possible", "."],
        ents={"Lavrov": "PER"},
    )


def _statements(doc: Document) -> list[StatementDraft]:
    """The statement drafts of a document, with nothing found before."""
    return list(extract_statements(doc, Findings()))


def test_statements_extractor_is_registered_after_mentions_and_meetings() -> None:
    assert STATEMENTS_RULES_V1.name == "statements.rules.v1"
    assert STATEMENTS_RULES_V1.requires == ("mentions", "meetings")


def test_statements_reported_clause_without_subordinator() -> None:
    [statement] = _statements(_reported_speech_document())
    assert statement.content.text == "la paix est possible"
    assert statement.mode == "indirect"
    assert statement.cue is not None and statement.cue.text == "a déclaré"
    assert statement.speaker is not None
    assert [m.span.text for m in statement.speaker.mentions] == ["Lavrov"]
    assert statement.speaker.mentions[0].kind == "person"


def test_statements_negated_cue_reports_nothing() -> None:
    doc = make_document(
        "Lavrov ne déclara pas que la paix est possible.",
        heads=[2, 2, 2, 2, 8, 6, 8, 8, 2, 2],
        deps=["nsubj", "advmod", "root", "advmod", "mark", "det", "nsubj", "cop", "ccomp", "punct"],
        pos=["PROPN", "ADV", "VERB", "ADV", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        lemmas=["Lavrov", "ne", "déclarer", "pas", "que", "le", "paix", "être", "possible", "."],
        ents={"Lavrov": "PER"},
    )
    assert _statements(doc) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("« Une phrase jamais fermée, dit-il", id="unclosed-guillemet"),
        pytest.param('He said "yes. And " then "', id="odd-straight-quotes"),
        pytest.param("» fermé « ouvert\n\n« autre paragraphe", id="reversed-marks"),
        pytest.param("“ ” „ “ ‹ › « »", id="empty-quotes"),
    ],
)
def test_statements_stray_quote_marks_never_crash(text: str) -> None:
    for statement in _statements(make_document(text)):
        assert text[statement.content.start : statement.content.end] == statement.content.text


@given(st.text(alphabet=st.sampled_from(list("ab «»“”\"„‹›.,:\n")), max_size=60))
@example('"a" b. "')
def test_statements_spans_always_match_the_text(text: str) -> None:
    doc = make_document(text)
    for statement in _statements(doc):
        for span in (statement.content, statement.cue, statement.speaker.span if statement.speaker else None):
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert 0 <= statement.confidence <= 1
        assert statement.extractor == "statements.rules.v1"


@pytest.mark.model
def test_statements_seed_group_speakers_are_the_meeting_participants(fr_pipeline, seed_text) -> None:
    result = fr_pipeline(seed_text)
    groups = [s for s in result.statements if s.speaker_mention and s.speaker_mention.text.lower() in {"ils", "les participants"}]
    assert len(groups) >= 6
    for statement in groups:
        assert {p.name for p in statement.speakers} == SEED_PARTICIPANTS


@pytest.mark.model
def test_statements_seed_source_and_la_source_are_the_ministry(fr_pipeline, seed_text) -> None:
    result = fr_pipeline(seed_text)
    by_cue = {}
    for statement in result.statements:
        if statement.cue is not None:
            by_cue.setdefault(statement.cue.text.lower(), statement)
    according = by_cue["selon"]
    assert according.speaker_mention is not None and "communiqué" in according.speaker_mention.text
    assert [p.name for p in according.speakers] == ["ministère russe des Affaires étrangères"]
    source = by_cue["précise"]
    assert source.speaker_mention is not None and source.speaker_mention.text == "la source"
    assert source.content.text.startswith("Ces négociations")
    assert [p.name for p in source.speakers] == ["ministère russe des Affaires étrangères"]


@pytest.mark.model
def test_statements_seed_journalist_sentences_are_not_statements(fr_pipeline, seed_text) -> None:
    result = fr_pipeline(seed_text)
    contents = " ".join(s.content.text for s in result.statements)
    assert "Cette escalade sans précédent" not in contents
    assert "La Russie se positionne" not in contents


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "content", "speaker", "mode"),
    [
        pytest.param(
            "fr",
            "« Nous sommes confrontés à une crise mondiale », a déclaré António Guterres.",
            "Nous sommes confrontés à une crise mondiale",
            "António Guterres",
            "direct",
            id="fr-quote-then-inverted-cue",
        ),
        pytest.param(
            "fr",
            "Ces négociations devraient aboutir à un accord durable, a souligné Sergueï Lavrov.",
            "Ces négociations devraient aboutir à un accord durable",
            "Sergueï Lavrov",
            "indirect",
            id="fr-incise-inverted-subject",
        ),
        pytest.param(
            "fr",
            "Selon le ministère russe des Affaires étrangères, la réunion a été constructive.",
            "la réunion a été constructive",
            "ministère russe des Affaires étrangères",
            "indirect",
            id="fr-selon",
        ),
        pytest.param(
            "fr",
            "Pour Jérémie Zimmermann, « Ce vote est une immense victoire ! »",
            "Ce vote est une immense victoire !",
            "Jérémie Zimmermann",
            "direct",
            id="fr-pour-x-then-quote",
        ),
        pytest.param(
            "fr",
            "Angela Merkel s'est félicitée du résultat du scrutin.",
            "du résultat du scrutin",
            "Angela Merkel",
            "indirect",
            id="fr-participle-tagged-as-noun",
        ),
        pytest.param(
            "fr",
            "Arnaud Montebourg reconnait qu'il faut rééquilibrer le parc.",
            "il faut rééquilibrer le parc",
            "Arnaud Montebourg",
            "indirect",
            id="fr-mislemmatised-cue",
        ),
        pytest.param(
            "fr",
            "Amnesty International a fait part mardi matin de sa profonde inquiétude après ces arrestations.",
            "de sa profonde inquiétude",
            "Amnesty International",
            "indirect",
            id="fr-phrasal-cue-noun-hung-elsewhere",
        ),
        pytest.param(
            "fr",
            "Le ministre malien Abdoulaye Diop a dressé un bilan sévère de la situation sécuritaire.",
            "un bilan sévère de la situation sécuritaire",
            "Abdoulaye Diop",
            "indirect",
            id="fr-object-cue-keeps-its-noun",
        ),
        pytest.param(
            "fr",
            "« Nous ne céderons pas sur ce point » déclare au journal Jean Dupont.",
            "Nous ne céderons pas sur ce point",
            "Jean Dupont",
            "direct",
            id="fr-quote-then-cue-then-addressee-and-name",
        ),
        pytest.param(
            "fr",
            "Angela Merkel : « L'Europe doit rester unie face à la crise »",
            "L'Europe doit rester unie face à la crise",
            "Angela Merkel",
            "direct",
            id="fr-headline-name-colon-quote",
        ),
        pytest.param(
            "fr",
            "Le Parti socialiste, arrivé en tête dimanche, a refusé de former une coalition avec la droite.",
            "de former une coalition avec la droite",
            "Parti socialiste",
            "indirect",
            id="fr-subject-of-a-fronted-participle",
        ),
        pytest.param(
            "fr",
            "Le président Emmanuel Macron a annoncé la dissolution de l'Assemblée, après la défaite de son camp aux européennes.",
            "la dissolution de l'Assemblée",
            "Emmanuel Macron",
            "indirect",
            id="fr-trailing-adverbial-left-out",
        ),
        pytest.param(
            "fr",
            "Cette visite avait suscité une certaine irritation, le Premier ministre, Frank Hsieh, ayant estimé que la situation était grave.",
            "la situation était grave",
            "Frank Hsieh",
            "indirect",
            id="fr-name-before-a-perfect-participle",
        ),
        pytest.param(
            "fr",
            "La Commission européenne a salué la création du nouveau gouvernement y voyant un signe de détermination.",
            "la création du nouveau gouvernement",
            "Commission européenne",
            "indirect",
            id="fr-participle-clause-ends-the-content",
        ),
        pytest.param(
            "en",
            "A group called the Movement for Democratic Change says that the vote was rigged.",
            "the vote was rigged",
            "Movement for Democratic Change",
            "indirect",
            id="en-group-called-name",
        ),
        pytest.param(
            "en",
            "Ban Ki-moon called for both sides to end the fighting.",
            "for both sides to end the fighting",
            "Ban Ki-moon",
            "indirect",
            id="en-called-for-clause",
        ),
        pytest.param(
            "en",
            '"We work closely together," Carl Bildt said.',
            "We work closely together,",
            "Carl Bildt",
            "direct",
            id="en-quote-then-cue",
        ),
        pytest.param(
            "en",
            "Angela Merkel stated that Georgia's territorial integrity has to be respected.",
            "Georgia's territorial integrity has to be respected",
            "Angela Merkel",
            "indirect",
            id="en-that-clause",
        ),
        pytest.param(
            "en",
            "According to the Saudi Interior Ministry, over 345 pilgrims have been killed in a stampede.",
            "over 345 pilgrims have been killed in a stampede",
            "Saudi Interior Ministry",
            "indirect",
            id="en-according-to",
        ),
    ],
)
def test_statements_content_and_named_speaker(parse, lang, text, content, speaker, mode) -> None:
    doc = parse(text, lang)
    [statement] = _statements(doc)
    assert statement.content.text.rstrip(",") == content.rstrip(",")
    assert statement.mode == mode
    assert statement.speaker is not None
    assert speaker in {m.span.text for m in statement.speaker.mentions}


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("fr", "Selon des sources, le ministre va démissionner.", id="fr-vague-des-sources"),
        pytest.param("en", "Sources say that the minister will resign.", id="en-vague-bare-sources"),
        pytest.param("fr", "Le ministre dira que la paix est possible.", id="fr-future-tense"),
        pytest.param("en", "The government will provide a reminder and consider extensions.", id="en-will-shared-by-conjuncts"),
        pytest.param("fr", "Le gouvernement multiplie les voyages et les déclarations pour plaider la cause du pays.", id="fr-purpose-pour-plaider"),
        pytest.param("fr", "La délégation est venue afin de réclamer des armes.", id="fr-purpose-afin-de-reclamer"),
    ],
)
def test_statements_vague_sources_cues_still_to_come_or_only_aimed_at_report_nothing(parse, lang, text) -> None:
    assert _statements(parse(text, lang)) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "written", "plural"),
    [
        pytest.param("fr", "Le PS a signé un accord avec les écologistes. Ces derniers souhaitent une sortie du nucléaire.", "Ces derniers", True, id="fr-ces-derniers"),
        pytest.param("en", "Brown met Bush. The latter said that the bond was strong.", "The latter", False, id="en-the-latter"),
    ],
)
def test_statements_anaphoric_description_speaks_like_a_pronoun(parse, lang, text, written, plural) -> None:
    [statement] = _statements(parse(text, lang))
    assert statement.speaker is not None
    assert statement.speaker.kind == "pronoun"
    assert statement.speaker.span.text == written
    assert statement.speaker.plural is plural


@pytest.mark.model
def test_statements_reportedly_said_is_still_a_statement(parse) -> None:
    [statement] = _statements(parse("Le ministre Jean Dupont aurait déclaré que la paix est possible.", "fr"))
    assert statement.content.text == "la paix est possible"


@pytest.mark.model
def test_statements_quote_ending_the_reported_clause_is_not_a_second_statement(parse) -> None:
    doc = parse("Les autorités ont décrit l'incendie comme étant le « plus grave de la décennie ».", "fr")
    [statement] = _statements(doc)
    assert statement.cue is not None and statement.cue.text == "ont décrit"
    assert statement.content.text.startswith("l'incendie")


@pytest.mark.model
def test_statements_quotes_before_an_inverted_cue_form_one_statement(parse) -> None:
    doc = parse(
        "« Avec la hausse continue de la demande, même en gardant nos centrales », "
        "la question est de savoir « si nous allons encore investir » affirme-t-il.",
        "fr",
    )
    [statement] = _statements(doc)
    assert statement.mode == "direct"
    assert statement.content.text.startswith("Avec la hausse")
    assert statement.content.text.endswith("encore investir")
    assert statement.speaker is not None and statement.speaker.kind == "pronoun"


@pytest.mark.model
def test_statements_coordinated_objects_stay_in_the_content(parse) -> None:
    doc = parse(
        "Cet après-midi, au cours d'une réunion présidée par M. Barack Obama, et à laquelle ont pris part vingt chefs "
        "d'État, le Conseil de sécurité a condamné le terrorisme, la « violence aveugle » et le recrutement de "
        "combattants étrangers, en exigeant de ceux-ci qu'ils désarment.",
        "fr",
    )
    condemned = next(s for s in _statements(doc) if s.cue is not None and s.cue.text == "a condamné")
    assert condemned.content.text.startswith("le terrorisme")
    assert condemned.content.text.endswith("combattants étrangers")


@pytest.mark.model
def test_statements_two_cues_in_one_sentence_give_two_statements(parse) -> None:
    doc = parse(
        "Le Conseil a condamné l'extrémisme violent et le terrorisme, en exigeant des combattants qu'ils désarment.",
        "fr",
    )
    statements = _statements(doc)
    assert len(statements) == 2
    assert "exigeant" not in statements[0].content.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "written", "speaker"),
    [
        pytest.param(
            "en",
            "Gordon Brown met George Bush in Washington. He said that the bond between the two countries was getting stronger.",
            "He",
            "Gordon Brown",
            id="en-he-after-named-speaker",
        ),
        pytest.param(
            "fr",
            "Arnaud Montebourg a déclaré que le nucléaire est une filière d'avenir. Il a ajouté que le parc doit être rééquilibré.",
            "Il",
            "Arnaud Montebourg",
            id="fr-il-follows-last-speaker",
        ),
        pytest.param(
            "fr",
            "Autre avocat d'Yvan Colonna, Gilles Simeoni a appris la nouvelle en voiture. Très ému, il confie au Figaro que « nous aurions dû plaider ensemble ».",
            "il",
            "Gilles Simeoni",
            id="fr-il-takes-up-the-subject-not-the-first-name",
        ),
        pytest.param(
            "en",
            "A lawyer for Yvan Colonna, Gilles Simeoni heard the news in his car. He told Le Figaro that they should have pleaded together.",
            "He",
            "Gilles Simeoni",
            id="en-he-takes-up-the-subject-not-the-first-name",
        ),
        pytest.param(
            "fr",
            "Europe Écologie Les Verts a fait part de son étonnement. Le parti écologiste pense qu'il s'agit de propos isolés. "
            "Le PS a signé un accord avec EELV.",
            "Le parti écologiste",
            "Europe Écologie Les Verts",
            id="fr-le-parti-is-the-party-named-before",
        ),
        pytest.param(
            "en",
            "The Labour Party criticised the plan on Monday. The party said that the vote was unfair.",
            "The party",
            "Labour Party",
            id="en-the-party-is-the-party-named-before",
        ),
    ],
)
def test_statements_anaphor_resolved_to_antecedent(lang, text, written, speaker, fr_pipeline, en_pipeline) -> None:
    result = {"fr": fr_pipeline, "en": en_pipeline}[lang](text)
    [anaphor] = [s for s in result.statements if s.speaker_mention and s.speaker_mention.text == written]
    assert [p.name for p in anaphor.speakers] == [speaker]
    assert speaker in {p.name for p in result.participants}
    assert written not in {p.name for p in result.participants}


def _cue_by_endings(lang: str, form: str) -> str | None:
    """The cue lemma an inflected form gives when the language's endings are tried in order."""
    lex = data(lang, "statements")
    cues = set(lex.SPEECH_VERBS) | set(lex.CUE_PHRASES) | set(lex.OBJECT_CUES)
    for ending, replacement in lex.VERB_ENDINGS:
        if form.endswith(ending) and form[: len(form) - len(ending)] + replacement in cues:
            return form[: len(form) - len(ending)] + replacement
    return None


@given(st.data())
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_statements_inflected_cue_table_reads_like_the_endings(lang, drawn) -> None:
    lex = data(lang, "statements")
    lemma = drawn.draw(st.sampled_from(sorted(set(lex.SPEECH_VERBS) | set(lex.CUE_PHRASES))))
    ending, replacement = drawn.draw(st.sampled_from(lex.VERB_ENDINGS))
    stem = lemma[: len(lemma) - len(replacement)] if lemma.endswith(replacement) else lemma
    form = stem + ending
    assert _inflected_cues(lang).get(form) == _cue_by_endings(lang, form)


@pytest.mark.model
@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        pytest.param("fr", "Les autorités locales ont indiqué que la route restait fermée.", "Les autorités locales", id="fr-autorites-locales"),
        pytest.param("en", "The local authorities said that the road remained closed.", "The local authorities", id="en-local-authorities"),
    ],
)
def test_statements_unnamed_plural_body_speaks_without_becoming_a_participant(lang, text, written, fr_pipeline, en_pipeline) -> None:
    result = {"fr": fr_pipeline, "en": en_pipeline}[lang](text)
    [statement] = result.statements
    assert statement.speaker_mention is not None and statement.speaker_mention.text == written
    assert statement.speakers == []
    assert result.participants == []

