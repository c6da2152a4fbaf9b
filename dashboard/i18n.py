"""Every UI label in Korean and English, in one table.

Organisation names are data and are never translated; only the words around
them are.  ``t`` reads the language from the session, so pages just call
``t("key")``.
"""

from __future__ import annotations

import streamlit as st

from aigraph.core.vocabulary import SYMMETRIC_TYPES
from aigraph.dashboard.safe import md

LANGUAGES = {"ko": "한국어", "en": "English"}
DEFAULT_LANGUAGE = "ko"

LABELS: dict[str, tuple[str, str]] = {
    # app shell
    "app_title": ("AI 산업 투자 지도", "AI Industry Investment Map"),
    "language": ("언어", "Language"),
    "store": ("저장소", "Store"),
    "page_overview": ("개요", "Overview"),
    "page_flows": ("투자 흐름", "Investment flows"),
    "page_network": ("네트워크", "Network"),
    "page_profile": ("기관 프로필", "Organisation profile"),
    "page_articles": ("기사", "Articles"),
    "page_console": ("Cypher 콘솔", "Cypher console"),
    "page_whats_new": ("새 소식", "What's new"),
    # store problems
    "store_unavailable": ("저장소를 열 수 없습니다", "The store cannot be opened"),
    "store_unavailable_help": (
        "`aigraph ingest 기사파일 --store 경로`로 그래프를 만든 뒤 `aigraph dashboard --store 경로`로 다시 여세요. "
        "Neo4j라면 서버가 실행 중인지, NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD가 맞는지 확인하세요.",
        "Build the graph with `aigraph ingest ARTICLES --store PATH`, then start `aigraph dashboard --store PATH`. "
        "For Neo4j, check that the server is running and NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD are right.",
    ),
    "store_empty": ("아직 수집된 기사가 없습니다", "No articles have been ingested yet"),
    "store_empty_help": (
        "`aigraph ingest 기사파일_또는_폴더 --store {store}`로 기사를 수집하면 이 화면이 채워집니다.",
        "Run `aigraph ingest FILE_OR_FOLDER --store {store}`; this page fills in once articles are ingested.",
    ),
    "query_failed": ("데이터를 읽지 못했습니다", "The data could not be read"),
    # overview
    "organisations": ("기관", "Organisations"),
    "people": ("인물", "People"),
    "articles": ("기사", "Articles"),
    "investments": ("투자", "Investments"),
    "total_krw": ("총 투자액 (원화)", "Total invested (KRW)"),
    "total_usd": ("총 투자액 (달러)", "Total invested (USD)"),
    "last_ingest": ("마지막 수집", "Last ingest"),
    "no_ingest_run": ("수집 기록 없음", "No ingest run recorded"),
    "last_article": ("최근 기사 수집 {when}", "latest article ingested {when}"),
    "top_investors": ("주요 투자 주체", "Top investors"),
    "top_recipients": ("주요 투자 대상", "Top recipients"),
    "org_types": ("기관 유형", "Organisation types"),
    "no_investments": ("투자 관계가 아직 없습니다.", "No investments yet."),
    "no_match": (
        "이 조건에 맞는 투자가 없습니다. 필터를 넓혀 보세요.",
        "Nothing matches these filters; widen them to see more.",
    ),
    "stated_part": ("{currency} 표기 {amount} ({n})", "{amount} as stated ({n})"),
    "converted_part": (
        "{amount} 환산 {value} ({n}, {years}년 환율)",
        "{amount} converted to {value} ({n}, {years} rates)",
    ),
    "unconverted_part": ("환율 없음 — 합계 제외: {amount} ({n})", "No FX rate — not in the total: {amount} ({n})"),
    "unpriced_part": ("금액 미상 {n}", "{n} without an amount"),
    "reports_differ_count": ("보도 엇갈림 {n}", "Reports differ: {n}"),
    # flows
    "currency": ("통화", "Currency"),
    "date_range": ("기간", "Date range"),
    "org_type_filter": ("기관 유형", "Organisation type"),
    "min_amount": ("최소 금액", "Minimum amount"),
    "search": ("검색 (기관·문장)", "Search (organisation or sentence)"),
    "sankey": ("투자 흐름 (투자 주체 → 대상)", "Flows (investor → recipient)"),
    "timeline": ("시기별 투자", "Investments over time"),
    "granularity": ("단위", "Granularity"),
    "by_month": ("월", "Month"),
    "by_year": ("연도", "Year"),
    "investment_table": ("투자 목록", "Investment list"),
    "pick_row": (
        "행을 선택하면 근거 문장과 기사를 볼 수 있습니다.",
        "Select a row to read the sentence and the article it comes from.",
    ),
    "matching": ("{n}건", "{n} investments"),
    "col_reports": ("보도 엇갈림", "Reports differ"),
    "reports_differ": ("⚠ 보도 엇갈림", "⚠ reports differ"),
    "other_report": ("다른 보도: {amount}{period} — {source}", "other report: {amount}{period} — {source}"),
    "period_suffix": (", {years}년간", ", over {years} years"),
    "max_amount": ("최대 금액", "Maximum amount"),
    "undated": ("날짜 없음", "undated"),
    "other": ("기타", "Other"),
    # columns
    "col_investor": ("투자 주체", "Investor"),
    "col_recipient": ("투자 대상", "Recipient"),
    "col_amount": ("금액", "Amount"),
    "col_period": ("기간(년)", "Period (years)"),
    "col_date": ("날짜", "Date"),
    "col_evidence": ("근거 문장", "Evidence"),
    "col_article": ("기사", "Article"),
    "col_type": ("유형", "Type"),
    "col_relation": ("관계", "Relation"),
    "col_other": ("상대 기관", "Counterpart"),
    "col_direction": ("방향", "Direction"),
    "col_source": ("주체", "Source"),
    "col_target": ("대상", "Target"),
    "col_title": ("제목", "Title"),
    "col_published": ("발행일", "Published"),
    "col_publisher": ("매체", "Publisher"),
    "col_facts": ("추출 사실", "Facts"),
    "col_link": ("링크", "Link"),
    "col_confidence": ("신뢰도", "Confidence"),
    "col_name": ("이름", "Name"),
    "col_score": ("중심성", "Centrality"),
    "outgoing": ("→ 나감", "→ out"),
    "incoming": ("← 들어옴", "← in"),
    "both_ways": ("↔ 양방향", "↔ both"),
    # network
    "relation_types": ("관계 유형", "Relation types"),
    "centre_org": ("중심 기관 (선택 시 2단계 이웃만)", "Centre organisation (its neighbourhood only)"),
    "all_orgs": ("모든 기관", "All organisations"),
    "all_org_types": ("모든 기관 유형", "All organisation types"),
    "max_nodes": ("표시할 기관 수 (최대)", "Organisations shown (at most)"),
    "search_placeholder": ("예: LG, 서울대 …", "e.g. LG, Seoul National University …"),
    "find_org_placeholder": ("예: 삼성전자, 카이스트 …", "e.g. Samsung Electronics, KAIST …"),
    "col_entities": ("개체", "Entities"),
    "hops": ("단계", "Hops"),
    "size_by": ("크기 기준", "Size by"),
    "colour_by": ("색 기준", "Colour by"),
    "by_type": ("기관 유형", "Organisation type"),
    "by_community": ("커뮤니티", "Community"),
    "community": ("커뮤니티", "Community"),
    "pagerank": ("페이지랭크", "PageRank"),
    "betweenness": ("매개 중심성", "Betweenness"),
    "degree": ("연결 수", "Degree"),
    "network_shown": (
        "{nodes}개 기관, {edges}개 관계 표시 (전체 {total}개 중 중심성 상위)",
        "{nodes} organisations and {edges} relations shown (top by centrality of {total})",
    ),
    "ego_capped": (
        "각 단계마다 앞 단계와 관계가 가장 많은 {k}개 기관까지만 펼쳤습니다.",
        "Each hop adds at most the {k} organisations with the most relations to the previous hop.",
    ),
    "most_central": ("중심 기관", "Most central"),
    "no_relations": ("선택한 조건에 맞는 관계가 없습니다.", "No relations match the selection."),
    # profile
    "find_org": ("기관 찾기 (한글·영문 이름 또는 별칭)", "Find an organisation (any Korean or English name or alias)"),
    "not_found": ("'{name}'에 해당하는 기관이 없습니다.", "No organisation is known as '{name}'."),
    "aliases": ("별칭", "Aliases"),
    "relations": ("관계", "Relations"),
    "events": ("사건 연표", "Timeline of events"),
    "founded": ("설립", "Founded"),
    "founded_source": ("설립 시점 근거(기사 {n}건):", "Founding date as {n} articles state it:"),
    "no_dated_events": ("날짜가 있는 사건이 없습니다.", "No dated events."),
    # articles
    "article_list": ("수집된 기사", "Ingested articles"),
    "article_language": ("기사 언어", "Article language"),
    "article_language_ko": ("한국어", "Korean"),
    "article_language_en": ("영어", "English"),
    "pick_article": ("기사 선택", "Choose an article"),
    "article_graph": ("이 기사의 그래프", "This article's graph"),
    "extracted_facts": ("추출된 사실", "Extracted facts"),
    "no_facts": ("이 기사에서 추출된 관계가 없습니다.", "No relations were extracted from this article."),
    # what's new
    "ingest_run": ("수집 실행", "Ingest run"),
    "all_runs": ("모든 실행", "All runs"),
    "all_types": ("모든 관계 유형", "All relation types"),
    "organisation_filter": ("기관", "Organisation"),
    "organisation_placeholder": ("기관 이름 일부", "part of a name"),
    "nothing_new": ("이 실행에서 추가되거나 바뀐 사실이 없습니다.", "This run added or changed no facts."),
    "facts_count": ("사실 {n}건", "{n} facts"),
    "show_more_facts": ("더 보기", "Show more"),
    "profile_latest": ("날짜가 가장 최근인 사실 {n}건을 보여 줍니다.", "Showing the {n} latest-dated facts."),
    "col_run_time": ("실행 시각", "Run time"),
    "col_change": ("변경", "Change"),
    "change_added": ("추가", "added"),
    "change_changed": ("근거 추가", "new evidence"),
    # console
    "console_help": (
        "읽기 전용 Cypher만 실행됩니다. CREATE·MERGE·SET·DELETE 등은 거부됩니다.",
        "Only read-only Cypher runs; CREATE, MERGE, SET, DELETE and the like are refused.",
    ),
    "examples": ("예제 쿼리", "Example queries"),
    "query": ("쿼리", "Query"),
    "run": ("실행", "Run"),
    "rows": ("{n}행", "{n} rows"),
    "download_csv": ("CSV 다운로드", "Download CSV"),
    "refused": ("거부됨", "Refused"),
    # errors from the graph layer, by their reason code (``GraphError.reason``); values are escaped by ``error_text``
    "error_write_clause": (
        "쓰기 구문 {clause}은(는) 실행하지 않습니다. 콘솔은 읽기 전용입니다 (그래프는 `aigraph ingest`로 바꿉니다).",
        "write clause {clause} refused: the console is read-only (change the graph with `aigraph ingest`).",
    ),
    "error_file_access": (
        "{keyword}은(는) 실행하지 않습니다. 콘솔은 그래프만 읽고 파일은 읽지 않습니다.",
        "{keyword} refused: the console reads the graph, not files.",
    ),
    "error_missing_parameters": (
        "쿼리 매개변수 {names}에 값이 없습니다. 값을 넣거나 매개변수를 빼세요.",
        "query parameter(s) {names} have no value: write a value in or leave the parameter out.",
    ),
    "error_database": (
        "데이터베이스가 쿼리를 거부했습니다. 데이터베이스의 메시지: {detail}",
        "the database rejected the query. Its message: {detail}",
    ),
    "error_dialect_function": (
        "이 저장소({store})에는 {function}() 함수가 없습니다. 대신 {instead}을(를) 쓰세요. 데이터베이스의 메시지: {detail}",
        "this store ({store}) has no {function}() function: write {instead} instead. The database's message: {detail}",
    ),
    "error_no_graph": (
        "{path}에 그래프가 없습니다. 먼저 `aigraph ingest`를 실행하거나 다른 --store를 지정하세요.",
        "no graph at {path}: run `aigraph ingest` first or pass another --store.",
    ),
    "error_no_directory": (
        "{path}을(를) 열 수 없습니다. 폴더 {directory}가 없습니다.",
        "cannot open {path}: folder {directory} does not exist.",
    ),
    "error_cannot_open": (
        "{path}을(를) 열 수 없습니다. 저장소의 메시지: {detail}",
        "cannot open {path}. The store's message: {detail}",
    ),
    "error_neo4j_credentials": (
        "{uri}의 Neo4j가 사용자 {user}의 인증 정보를 거부했습니다. NEO4J_USER / NEO4J_PASSWORD를 확인하세요.",
        "Neo4j at {uri} refused the credentials for user {user}: check NEO4J_USER / NEO4J_PASSWORD.",
    ),
    "error_neo4j_unreachable": (
        "{uri}의 Neo4j에 연결할 수 없습니다. 드라이버의 메시지: {detail}",
        "cannot reach Neo4j at {uri}. The driver's message: {detail}",
    ),
    "error_neo4j_no_database": (
        "{uri}의 Neo4j에 그런 데이터베이스가 없습니다. --database / NEO4J_DATABASE를 확인하세요.",
        "Neo4j at {uri} has no such database: check --database / NEO4J_DATABASE.",
    ),
    "error_schema_mismatch": (
        "{path}은(는) 그래프 스키마 {found}판으로 쓰였고, 이 aigraph는 {expected}판을 씁니다. 새 저장소에 다시 수집하세요.",
        "{path} holds graph schema version {found}; this aigraph writes version {expected}: ingest into a new store.",
    ),
    "error_other": ("오류 메시지: {detail}", "Error message: {detail}"),
    "example_largest_investments": ("금액이 큰 투자", "Largest investments"),
    "example_university_partners": ("대학과의 협력", "Partnerships with universities"),
    "example_ai_labs_established": ("설립된 연구소·기관", "Labs and organisations established"),
    "example_organisations_by_type": ("유형별 기관 수", "Organisations by type"),
    "example_recent_articles": ("최근 기사", "Recent articles"),
    # review (curation)
    "page_review": ("검토", "Review"),
    "review_read_only": (
        "읽기 전용입니다. 결정을 기록하려면 `aigraph dashboard --allow-curation`으로 여세요 (CLI: `aigraph curate`).",
        "Read-only. Start `aigraph dashboard --allow-curation` to record decisions here (CLI: `aigraph curate`).",
    ),
    "review_queue": ("검토할 항목", "To review"),
    "review_empty": ("지금은 검토할 항목이 없습니다.", "Nothing needs review right now."),
    "review_raw": ("추출 원본 보기", "Show raw extraction"),
    "review_raw_help": (
        "모든 차트와 합계를 분석가의 결정 전, 추출된 그대로 보여 줍니다 (거부된 사실 포함, 수정 전 값)",
        "Every chart and total as extracted, before analysts' decisions (rejected facts counted, values before edits)",
    ),
    "raw_banner": (
        "추출 원본: 거부·수정·추가 결정이 적용되지 않은 값입니다 (병합·이름 변경은 유지)",
        "Raw extraction: rejections, edits and added facts are not applied (merges and renames are kept)",
    ),
    "review_confirm": ("확인", "Confirm"),
    "review_reject": ("거부", "Reject"),
    "review_merge": ("{a} → {b} 병합", "Merge {a} into {b}"),
    "review_undo": ("되돌리기", "Undo"),
    "review_reason": ("이유", "Reason"),
    "review_reason_default": ("검토 화면에서 결정", "decided on the Review page"),
    "review_done": ("기록했습니다: {kind} {subject}", "Recorded: {kind} {subject}"),
    "review_failed": ("기록하지 못했습니다", "The decision could not be recorded"),
    "review_rejected": ("거부된 사실", "Rejected facts"),
    "review_edited": ("수정된 사실 (추출값)", "Edited facts (extracted values)"),
    "review_decisions": ("결정 기록", "Decisions"),
    "review_history": ("결정 이력", "Decision history"),
    "review_no_history": ("이 기관에 대한 결정이 없습니다.", "No decisions about this organisation."),
}

ORG_TYPE_LABELS: dict[str, tuple[str, str]] = {
    "Company": ("기업", "Company"),
    "BusinessGroup": ("기업집단", "Business group"),
    "ResearchLab": ("연구소", "Research lab"),
    "University": ("대학", "University"),
    "GovernmentAgency": ("정부기관", "Government agency"),
    "Investor": ("투자사", "Investor"),
    "Organization": ("기타 기관", "Other organisation"),
    "Person": ("인물", "Person"),
    "Technology": ("기술", "Technology"),
}

RELATION_LABELS: dict[str, tuple[str, str]] = {
    "ESTABLISHED": ("설립", "established"),
    "INVESTED_IN": ("투자", "invested in"),
    "PARTNERS_WITH": ("협력", "partners with"),
    "PARTICIPATES_IN": ("참여", "participates in"),
    "AFFILIATE_OF": ("계열사", "affiliate of"),
    "PART_OF": ("소속", "part of"),
    "SPUN_OFF_FROM": ("분사", "spun off from"),
    "ACQUIRED": ("인수", "acquired"),
    "WORKS_FOR": ("재직", "works for"),
    "RESEARCHES": ("연구", "researches"),
}


def lang() -> str:
    """The session's language code; the sidebar switch writes it."""
    chosen = st.session_state.get("lang")
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def _pick(pair: tuple[str, str]) -> str:
    return pair[0] if lang() == "ko" else pair[1]


# English singulars of labels that count something: "1 investment", not "1 investments".
SINGULAR_EN: dict[str, str] = {
    "matching": "{n} investment",
    "rows": "{n} row",
    "facts_count": "{n} fact",
    "founded_source": "Founding date as {n} article states it:",
}


def t(key: str, **values: object) -> str:
    """The label for ``key`` in the session's language, with ``{placeholders}`` filled (English singular for n=1)."""
    text = SINGULAR_EN[key] if lang() == "en" and values.get("n") == 1 and key in SINGULAR_EN else _pick(LABELS[key])
    return text.format(**values) if values else text


def error_text(exc: Exception) -> str:
    """An error from the graph layer in the session's language, as inert Markdown (names and paths escaped)."""
    key = f"error_{getattr(exc, 'reason', '')}"
    details = getattr(exc, "details", {})
    if key in LABELS:
        try:
            return t(key, **{k: md(v) for k, v in details.items()})
        except KeyError:  # a reason raised without every value its message names
            pass
    return t("error_other", detail=md(exc))


def org_type(name: str | None) -> str:
    return _pick(ORG_TYPE_LABELS.get(name or "Organization", ORG_TYPE_LABELS["Organization"]))


def relation(name: str) -> str:
    return _pick(RELATION_LABELS[name]) if name in RELATION_LABELS else name


def direction(stored: str, rel_type: str) -> str:
    """A profile row's direction: ``both`` for a symmetric relation (a partnership is stored from its lower id,
    so its stored direction says nothing), else out or in as stored."""
    if rel_type in {r.value for r in SYMMETRIC_TYPES}:
        return t("both_ways")
    return t("outgoing") if stored == "out" else t("incoming")
