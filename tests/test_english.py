"""English extraction: language dispatch, money and time, every relation pattern, hedges, and one
node per company across Korean and English articles.  Every sentence here is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from aigraph.core.vocabulary import RelationType as R
from aigraph.ingest.contract import Document, ExtractionResult
from aigraph.ingest.link import identity_keys
from aigraph.ingest.pipeline import Extractor
from aigraph.ingest.pipeline.language import detect_language
from aigraph.ingest.pipeline.normalise import money_properties_en, parse_money_en, parse_period_en, resolve_date_en

PUBLISHED = date(2024, 5, 15)  # a Wednesday


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def extract(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(Document(id="t", text=text, published=PUBLISHED))


def facts(result: ExtractionResult) -> set[tuple[str, str, str]]:
    """(type, source names, target names) with every name and alias, for readable assertions."""
    names = {e.id: {e.name, *e.aliases} for e in result.entities}
    return {(r.type.value, s, t) for r in result.relations for s in names[r.source] for t in names[r.target]}


def props(result: ExtractionResult, rtype: R) -> list[dict]:
    return [r.properties for r in result.relations if r.type is rtype]


# -- language ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Microsoft will invest $10 billion in OpenAI over several years, the companies said.", "en"),
        (
            "Samsung Electronics (삼성전자) and SK hynix (SK하이닉스) both reported higher memory prices this quarter.",
            "en",
        ),
        ("삼성전자는 Samsung AI Forum에서 OpenAI, Google DeepMind 연구자들과 함께 새 모델을 공개했다고 밝혔다.", "ko"),
        ("네이버는 NVIDIA, Microsoft, Amazon Web Services, Google Cloud와 Sovereign AI 협력을 발표했다.", "ko"),
        ("Die Deutsche Telekom hat gemeinsam mit mehreren Partnern eine neue Allianz für KI gegründet.", "de"),
        ("La société a annoncé un nouvel investissement dans les puces pour les centres de données.", "fr"),
        ("ソフトバンクグループは新しい合弁会社を設立すると発表した。", "ja"),
        ("Quillon CEO Marta Vidal resigns", "en"),  # a headline: no function word at all
        ("Orvane names Tessa Lindqvist chief technology officer", "en"),
        ("Quillon: Marta Vidal nueva consejera delegada de la empresa", "es"),
        # a capitalised word inside a sentence belongs to a name, not to the language around it
        ("Ananya Das joined Veltrix Bio.", "en"),
        ("Rafael De La Cruz leads Norvik Labs.", "en"),
        ("Das Unternehmen hat eine neue Allianz gegründet.", "de"),
    ],
)
def test_language_is_detected_from_the_text(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_too_little_text_keeps_the_declared_language() -> None:
    assert detect_language("OK", declared="ko") == "ko"


def test_a_long_latin_text_without_function_words_stays_undetermined() -> None:
    listing = " ".join(f"Vendor{chr(65 + i % 26)}x Product{chr(65 + i % 26)}y" for i in range(20))
    assert detect_language(listing) == "und"


def test_other_languages_yield_nothing_and_say_so(extractor: Extractor) -> None:
    result = extract(
        extractor, "Die Deutsche Telekom investiert zehn Milliarden Euro in die Entwicklung von KI für Europa."
    )
    assert result.article.language == "de"
    assert result.entities == [] and result.relations == []
    assert len(result.notes) == 1 and "not supported" in result.notes[0]


def test_english_text_is_not_read_by_the_korean_pipeline(extractor: Extractor) -> None:
    result = extract(
        extractor, "Microsoft will invest $10 billion in OpenAI over several years, the companies said on Monday."
    )
    assert result.article.language == "en"
    assert not any("billion" in e.name or "companies" in e.name for e in result.entities)
    assert ("INVESTED_IN", "Microsoft", "OpenAI") in facts(result)


# -- money and time ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("$10 billion", 10e9, "USD"),
        ("US$1.7bn", 1.7e9, "USD"),
        ("₩2 trillion", 2e12, "KRW"),
        ("€500 million", 5e8, "EUR"),
        ("10 billion won", 1e10, "KRW"),
        ("USD 60 million", 6e7, "USD"),
        ("9 billion U.S. dollars", 9e9, "USD"),
        ("22.8 trillion-won", 2.28e13, "KRW"),
        ("¥130 billion", 1.3e11, "JPY"),
        ("1.5 billion euros", 1.5e9, "EUR"),
        ("$1 bln", 1e9, "USD"),
        ("3 bln won", 3e9, "KRW"),
        ("2.5 trn won", 2.5e12, "KRW"),
    ],
)
def test_english_money(text: str, amount: float, currency: str) -> None:
    [money] = parse_money_en(f"The firm will spend {text} on it.")
    assert money.amount == pytest.approx(amount) and money.currency == currency


def test_rate_times_period_and_end_year() -> None:
    p = money_properties_en("will invest $2.5 billion a year for four years in AI chips through 2030", PUBLISHED, {})
    assert p["annual_amount"] == 2.5e9 and p["period_years"] == 4 and p["amount"] == 1e10
    assert p["end_date"] == "2030-12-31"


def test_periods_and_conversions_in_parentheses() -> None:
    assert parse_period_en("over five years").years == 5
    assert parse_period_en("by 2026").end_date == date(2026, 12, 31)
    span = parse_period_en("from 2020 to 2029")
    assert span.years is None and span.start_date == date(2020, 1, 1), "a span of years is not a stated duration"
    p = money_properties_en("investing €1.3 billion ($1.5 billion) in the startup", PUBLISHED, {})
    assert (p["amount"], p["currency"]) == (1.3e9, "EUR")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the company said on Monday", "2024-05-13"),
        ("said Tuesday", "2024-05-14"),
        ("last week", "2024-05-08"),
        ("next year", "2025"),
        ("last month", "2024-04"),
        ("in March 2023", "2023-03"),
        ("on July 28, 2022", "2022-07-28"),
        ("founded in 2017", "2017"),
        ("next Monday", "2024-05-20"),
    ],
)
def test_english_dates_against_the_article_date(text: str, expected: str) -> None:
    assert resolve_date_en(text, PUBLISHED) == expected


# -- relation patterns ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hanbit Systems will invest $300 million in Corvid Robotics, the company said on Monday.",
            ("INVESTED_IN", "Hanbit Systems", "Corvid Robotics"),
        ),
        (
            "Upstage raised $40 million in a Series B round led by Samsung Ventures, with participation from Naver and KT.",
            ("INVESTED_IN", "Samsung Ventures", "Upstage"),
        ),
        (
            "Upstage raised $40 million in a Series B round led by Samsung Ventures, with participation from Naver and KT.",
            ("INVESTED_IN", "KT", "Upstage"),
        ),
        (
            "Orbis Semiconductor acquired Pallas Micro for $1.2 billion last year.",
            ("ACQUIRED", "Orbis Semiconductor", "Pallas Micro"),
        ),
        (
            "Naver and Hanbit Systems signed an MOU to jointly develop language models.",
            ("PARTNERS_WITH", "Naver", "Hanbit Systems"),
        ),
        ("Kakao partnered with Orbis Semiconductor on AI chips.", ("PARTNERS_WITH", "Kakao", "Orbis Semiconductor")),
        (
            "LG Electronics established the Vela AI Lab in Toronto in 2022.",
            ("ESTABLISHED", "LG Electronics", "Vela AI Lab"),
        ),
        ("Naver Cloud, a unit of Naver, will host the models.", ("PART_OF", "Naver Cloud", "Naver")),
        (
            "Pallas Micro is a subsidiary of Orbis Semiconductor.",
            ("AFFILIATE_OF", "Pallas Micro", "Orbis Semiconductor"),
        ),
        (
            "IBM spun off its infrastructure unit into a new company called Kyndryl last month.",
            ("SPUN_OFF_FROM", "Kyndryl", "IBM"),
        ),
        (
            "Park Ji-hoon, chief executive of Upstage, said the models are ready.",
            ("WORKS_FOR", "Park Ji-hoon", "Upstage"),
        ),
        ("Upstage CEO Kim Sung-hoon met investors in Seoul on Monday.", ("WORKS_FOR", "Kim Sung-hoon", "Upstage")),
        (
            "Samsung Electronics joined the Open Chip Alliance last week.",
            ("PARTICIPATES_IN", "Samsung Electronics", "Open Chip Alliance"),
        ),
        (
            "Samsung Electronics will invest $20 billion in AI chips through 2030.",
            ("INVESTED_IN", "Samsung Electronics", "AI chips"),
        ),
        (
            "Hanbit Systems, Orbis Semiconductor and Kakao have formed the Seoul AI Alliance.",
            ("PARTICIPATES_IN", "Kakao", "Seoul AI Alliance"),
        ),
        ("Habana Labs was acquired by Intel in 2019 for $2 billion.", ("ACQUIRED", "Intel", "Habana Labs")),
        (
            "With the deal, Samsung Electronics becomes the largest shareholder of Rebellions.",
            ("INVESTED_IN", "Samsung Electronics", "Rebellions"),
        ),
        (
            "Samsung Electronics will raise its stake in Rebellions to 35 percent, securing management rights.",
            ("ACQUIRED", "Samsung Electronics", "Rebellions"),
        ),
        (
            "SEOUL, May 2 (Yonhap) -- Upstage said it has secured $72 million in Series B funding. "
            "The round was led by SK Networks, with participation from KT.",
            ("INVESTED_IN", "KT", "Upstage"),
        ),
        ("Upstage, which is backed by KT, opened an office in Tokyo.", ("INVESTED_IN", "KT", "Upstage")),
        ("SoftBank backed Upstage in 2021.", ("INVESTED_IN", "SoftBank", "Upstage")),
        ("Kakao Brain was spun out of Kakao in 2017.", ("SPUN_OFF_FROM", "Kakao Brain", "Kakao")),
        ("Lisa Su, AMD's chief executive, attended the event.", ("WORKS_FOR", "Lisa Su", "AMD")),
        ("Kim Sung-hoon, who is CEO of Upstage, said the model is ready.", ("WORKS_FOR", "Kim Sung-hoon", "Upstage")),
        (
            "Upstage raised $72 million. The company's CEO Kim Sung-hoon said the money will fund growth.",
            ("WORKS_FOR", "Kim Sung-hoon", "Upstage"),
        ),
        (
            "Minister of Science and ICT Kim Min-jun announced the plan.",
            ("WORKS_FOR", "Kim Min-jun", "Ministry of Science and ICT"),
        ),
        ("LG AI Research is a member of the AI Alliance.", ("PARTICIPATES_IN", "LG AI Research", "AI Alliance")),
        (
            "The Stargate Project is a joint venture of OpenAI, SoftBank and Oracle.",
            ("ESTABLISHED", "Oracle", "Stargate Project"),
        ),
        (
            "The K-Robot Alliance comprises Samsung Electronics, LG Electronics and Doosan Robotics.",
            ("PARTICIPATES_IN", "Doosan Robotics", "K-Robot Alliance"),
        ),
        (
            "SK Telecom is part of the Global Telco AI Alliance.",
            ("PARTICIPATES_IN", "SK Telecom", "Global Telco AI Alliance"),
        ),
        (
            "Microsoft, which invested $16 million in Mistral AI in February, did not join the latest round.",
            ("INVESTED_IN", "Microsoft", "Mistral AI"),
        ),
    ],
)
def test_each_pattern_gives_its_relation(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(extract(extractor, text))


def test_founder_and_title_in_apposition(extractor: Extractor) -> None:
    result = extract(extractor, "Han Seo-yeon, the co-founder and CEO of Lumen Data, spoke at the event.")
    assert ("ESTABLISHED", "Han Seo-yeon", "Lumen Data") in facts(result)
    assert props(result, R.WORKS_FOR) == [{"title": "CEO"}]


def test_a_minority_stake_is_an_investment_and_control_is_an_acquisition(extractor: Extractor) -> None:
    minority = extract(extractor, "Orbis Semiconductor acquired a 15% stake in Pallas Micro for $80 million.")
    assert ("INVESTED_IN", "Orbis Semiconductor", "Pallas Micro") in facts(minority)
    assert not props(minority, R.ACQUIRED)
    control = extract(extractor, "Orbis Semiconductor acquired a controlling stake in Pallas Micro.")
    assert ("ACQUIRED", "Orbis Semiconductor", "Pallas Micro") in facts(control)


@pytest.mark.parametrize(
    "text",
    [
        "Hanbit Systems is in talks to invest $300 million in Corvid Robotics.",
        "Hanbit Systems is considering investing $300 million in Corvid Robotics.",
        "Hanbit Systems could invest $300 million in Corvid Robotics next year.",
        "Hanbit Systems would acquire Pallas Micro if regulators approve the deal.",
        "Hanbit Systems did not invest in Corvid Robotics.",
        "Orbis Semiconductor denied that it plans to acquire Pallas Micro.",
        "Hanbit Systems is considering establishing a research lab called Vela AI Lab.",
        "“We may invest in Corvid Robotics,” a Hanbit Systems executive said.",
        "Hanbit Systems reportedly invested $300 million in Corvid Robotics, according to people familiar with the matter.",
        "Hanbit Systems said it has no plans to acquire Pallas Micro.",
        "Hanbit Systems ruled out an acquisition of Pallas Micro.",
        "Orbis Semiconductor agreed to buy Pallas Micro for $4 billion, but the deal was later abandoned.",
        "Samsung Electronics signed a $16.5 billion contract to supply chips to Tesla through 2033.",
        "Honda Motor Co., Fujitsu Ltd. and Canon Inc. are eyeing stakes in Rapidus.",
        "The global AI market is expected to reach $500 billion by 2027, according to IDC.",
        "Kyocera is investing in Rapidus, it was learned Friday.",
        "Orbis Semiconductor will acquire Pallas Micro, according to local media reports.",
    ],
)
def test_hedged_denied_and_hypothetical_statements_are_not_facts(extractor: Extractor, text: str) -> None:
    result = extract(extractor, text)
    assert not [r for r in result.relations if r.type in (R.INVESTED_IN, R.ACQUIRED, R.ESTABLISHED, R.PARTNERS_WITH)]


def test_names_modifying_a_noun_are_not_founders(extractor: Extractor) -> None:
    result = extract(extractor, "Mistral AI was founded in 2023 by former Meta and Google DeepMind researchers.")
    assert not props(result, R.ESTABLISHED)


def test_a_short_form_joins_its_registry_name(extractor: Extractor) -> None:
    result = extract(extractor, "Mistral AI raised money this year. Mistral competes with OpenAI.")
    assert sum(1 for e in result.entities if "Mistral AI" in {e.name, *e.aliases}) == 1
    assert not [e for e in result.entities if e.name == "Mistral"]


def test_outlets_are_credits_not_entities(extractor: Extractor) -> None:
    result = extract(extractor, "Orbis Semiconductor acquired Pallas Micro, Reuters reported, citing Bloomberg.")
    assert not {"Reuters", "Bloomberg"} & {e.name for e in result.entities}


# -- one node per company across languages -------------------------------------------------------


def test_corporate_suffixes_are_set_aside_for_identity() -> None:
    assert identity_keys("Kyocera Corp.") & identity_keys("Kyocera")
    assert not identity_keys("Hyundai Motor Group") & identity_keys("Hyundai Motor"), "a group is not its flagship"


def test_registry_names_meet_across_languages(extractor: Extractor) -> None:
    english = extract(extractor, "SK hynix Inc. will invest $1 billion in Naver Corp. next year.")
    korean = extract(extractor, "SK하이닉스는 네이버에 1조원을 투자한다고 밝혔다.")
    assert {e.name for e in english.entities} >= {"SK하이닉스", "네이버"}
    assert {e.name for e in korean.entities} >= {"SK하이닉스", "네이버"}


def test_a_korean_and_an_english_article_make_one_fact_with_two_evidence_items(store) -> None:
    from aigraph.ingest.runner import ingest

    korean = Document(
        id="ko-deal",
        published=PUBLISHED,
        text="삼성전자는 로봇 개발업체 레인보우로보틱스(Rainbow Robotics)에 868억원을 투자했다고 14일 밝혔다.",
    )
    english = Document(
        id="en-deal",
        published=PUBLISHED,
        text="Samsung Electronics Co. said on Tuesday it has invested 86.8 billion won in Rainbow Robotics, a Korean robot developer.",
    )
    ingest([korean], store)
    ingest([english], store)
    rows = store.query(
        "MATCH (a:Organization)-[r:INVESTED_IN]->(b:Organization) RETURN a.name, b.name, r.articles"
    ).rows
    assert len(rows) == 1, rows
    investor, recipient, articles = rows[0]
    assert (investor, recipient) == ("삼성전자", "레인보우로보틱스")
    assert sorted(articles) == ["en-deal", "ko-deal"]
    names = [r[0] for r in store.query("MATCH (o:Organization) RETURN o.name").rows]
    assert sorted(names) == ["레인보우로보틱스", "삼성전자"]


def test_duplicates_propose_korean_english_pairs_that_sound_alike() -> None:
    from aigraph.ingest.pipeline.resolve import likely_duplicates

    pairs = likely_duplicates(
        [
            ("레인보우로보틱스", "Company"),
            ("Rainbow Robotics", "Company"),
            ("텐스토렌트", "Company"),
            ("Tenstorrent", "Company"),
            ("카카오", "Company"),
            ("Naver", "Company"),
        ]
    )
    found = {(a, b) for a, b, why in pairs if why == "transliteration"}
    assert found == {("Rainbow Robotics", "레인보우로보틱스"), ("Tenstorrent", "텐스토렌트")}


def test_amount_period_and_currency_code_read_from_won(extractor: Extractor) -> None:
    result = extract(extractor, "Naver will invest 2 trillion won in Upstage over the next five years.")
    [p] = props(result, R.INVESTED_IN)
    assert (p["amount"], p["currency"], p["period_years"]) == (2e12, "KRW", 5)
    assert result.relations[0].evidence.text.endswith("2 trillion won in Upstage over the next five years."), (
        "evidence is the original text"
    )


def test_ingest_reports_an_unsupported_language_in_one_line(tmp_path) -> None:
    from aigraph.graph.stores.ladybug_store import LadybugStore
    from aigraph.ingest.runner import ingest

    german = Document(
        id="de-1", text="Die Deutsche Telekom investiert zehn Milliarden Euro in die Entwicklung von KI für Europa."
    )
    with LadybugStore(tmp_path / "g.lbug") as store:
        report = ingest([german], store)
        nodes = store.query("MATCH (o:Organization) RETURN count(o)").rows[0][0]
    assert nodes == 0
    assert [w for w in report.warnings if "de-1" in w and "not supported" in w] and len(report.warnings) == 1


def test_the_known_words_are_the_vocabulary_as_loaded_not_what_articles_added() -> None:
    from aigraph.ingest.pipeline.english.model import known_words, load_nlp

    nlp = load_nlp()
    before = known_words(nlp)
    nlp("Zyxqorvane acquired Plimbetrix for $3 million.")
    assert "zyxqorvane" in nlp.vocab.strings  # spaCy keeps what it read ...
    assert known_words(nlp) == before and "zyxqorvane" not in before  # ... the common words do not


@pytest.mark.parametrize("name", ["Korvane Growth Program", "K-Bridge Project", "Open Model Initiative"])
def test_a_programme_is_an_organisation_not_a_company(extractor: Extractor, name: str) -> None:
    result = extract(extractor, f"Pravin Labs was selected for the {name}, the ministry said on Monday.")
    assert {(e.name, e.type.value) for e in result.entities if e.name == name} == {(name, "Organization")}


def test_a_name_ending_in_an_industry_word_is_a_company_not_a_person(extractor: Extractor) -> None:
    result = extract(extractor, "Hanbit Telecom and Korvane Telecom launched a shared AI model on Monday.")
    assert {(e.name, e.type.value) for e in result.entities} >= {
        ("Hanbit Telecom", "Company"),
        ("Korvane Telecom", "Company"),
    }


def test_a_dash_separates_a_body_from_its_listed_members(extractor: Extractor) -> None:
    result = extract(
        extractor,
        "Members of the Open Telco AI Alliance — Hanbit Telecom, Morrow Mobile and Korvane Telecom — agreed to "
        "build a shared model.",
    )
    assert {"Open Telco AI Alliance", "Hanbit Telecom"} <= {e.name for e in result.entities}
    assert ("PARTICIPATES_IN", "Hanbit Telecom", "Open Telco AI Alliance") in facts(result)
