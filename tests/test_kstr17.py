"""Korean structure and people, round 17: wordings of founding, spin-offs, units and hires that news uses beyond the
ones the rules were first written for — a founder's item in a career list, a unit spun off into a named company
("사업부를 Y로 분사", "부문을 계열사 Y로 독립시켰다"), a unit founded inside its owner ("X 산하에 Y가 신설됐다"), a
founder named with the article's company in any role ("P 창업주의 역할"), a hire whose former employer is a
three-word name, an adviser's commission (위촉) — and transliterated names Kiwi reads oddly ("앤드루 응", "얀 르쿤"),
a coined company name glued to Latin letters ("랜딩AI"), chief scientists' titles.  What must give nothing: plans,
denials, hypotheticals, a founder who is only met."""

import pytest
from ko_facts import facts

# --- a founder's item in a career list: founding, whenever it was (the list's other roles are not dated: left alone)


@pytest.mark.parametrize(
    "text",
    [
        "이번에 선임된 정석근 대표는 한빛전자 연구원, 가온소프트 부사장, 누리랩스 창업자 겸 대표 등을 역임했다.",
        "한빛전자 연구원, 누리랩스 공동창업자 등을 거친 정석근 대표가 새로 합류했다.",
    ],
)
def test_founder_in_a_career_list(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "정석근", "누리랩스") in got, sorted(got)
    assert ("ESTABLISHED", "정석근", "한빛전자") not in got


@pytest.mark.parametrize(
    "text",
    [
        "정석근 대표는 누리랩스 창업자와 만났다.",  # met, no career
        "정석근 대표는 누리랩스 창업자 등을 만나 의견을 들었다.",
        "정석근 대표는 누리랩스 창업자 등을 역임할 예정이다.",  # nothing held yet
    ],
)
def test_a_founder_met_or_to_come_is_no_career(text: str) -> None:
    assert ("ESTABLISHED", "정석근", "누리랩스") not in facts(text)


# --- a unit spun off into a company the sentence names in 로


@pytest.mark.parametrize(
    ("text", "parent", "child"),
    [
        ("SK텔레콤은 기업 간 거래 사업부를 누리솔루션으로 분사했다.", "SK텔레콤", "누리솔루션"),
        ("네이버는 클라우드 사업 부문을 계열사 누리클라우드로 독립시키며 역량을 집중했다.", "네이버", "누리클라우드"),
        ("한빛전자는 AI 사업부를 자회사 누리AI로 분사한다고 밝혔다.", "한빛전자", "누리AI"),
    ],
)
def test_unit_spun_off_into_a_named_company(text: str, parent: str, child: str) -> None:
    got = facts(text)
    assert ("SPUN_OFF_FROM", child, parent) in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "LG전자는 로봇 사업부를 누리로보틱스로 분사할 계획이다.",
        "LG전자는 로봇 사업부를 누리로보틱스로 분사하는 방안을 검토하고 있다.",
        "LG전자는 로봇 사업부를 누리로보틱스로 분사하지 않았다.",
        "만약 LG전자가 로봇 사업부를 누리로보틱스로 분사한다면 시장이 바뀔 것이다.",
    ],
)
def test_a_spin_off_planned_denied_or_supposed_gives_nothing(text: str) -> None:
    assert not any(k[0] == "SPUN_OFF_FROM" for k in facts(text)), facts(text)


# --- a unit founded inside its owner, told in the passive


@pytest.mark.parametrize(
    "text",
    [
        "카카오 산하에 AI 연구소 누리브레인이 신설됐다.",
        "이번 개편으로 카카오 산하에 누리브레인이 새로 출범했다.",
        "카카오 직속으로 누리브레인이 신설됐다.",
    ],
)
def test_unit_founded_inside_its_owner(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "카카오", "누리브레인") in got, sorted(got)
    assert ("PART_OF", "누리브레인", "카카오") in got, sorted(got)


def test_unit_to_be_founded_inside_gives_nothing() -> None:
    got = facts("카카오 산하에 AI 연구소 누리브레인이 신설될 예정이다.")
    assert not any(k[0] in ("ESTABLISHED", "PART_OF") for k in got), got


# --- a founder named with the article's company in any role


def test_founder_of_the_articles_company_in_the_genitive() -> None:
    got = facts("누리랩스는 이번 투자로 파트너를 확보했다. 특히 이번 투자에는 김한결 창업주의 역할이 컸다.")
    assert ("ESTABLISHED", "김한결", "누리랩스") in got, sorted(got)
    assert got[("WORKS_FOR", "김한결", "누리랩스")].get("title") == "창업주"


def test_another_title_in_the_genitive_places_nobody() -> None:
    got = facts("누리랩스는 이번 투자로 파트너를 확보했다. 특히 이번 투자에는 김한결 교수의 조언이 컸다.")
    assert not any(k[1] == "김한결" for k in got), got


# --- hires: a former employer of three words; an adviser commissioned


def test_hire_with_a_three_word_former_employer() -> None:
    got = facts("SK텔레콤은 정석근 전 네이버 클로바 CIC 대표를 글로벌AI테크 사업부장으로 영입했다.")
    assert got.get(("WORKS_FOR", "정석근", "SK텔레콤")) == {"title": "사업부장"}, sorted(got)


def test_adviser_commissioned() -> None:
    got = facts("LG전자는 박일평 전 LG사이언스파크 대표를 고문으로 위촉했다.")
    assert got.get(("WORKS_FOR", "박일평", "LG전자")) == {"title": "고문"}, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "LG전자는 박일평 전 LG사이언스파크 대표를 고문으로 위촉할 예정이다.",
        "LG전자는 박일평 전 LG사이언스파크 대표를 고문으로 위촉하는 방안을 검토하고 있다.",
    ],
)
def test_commission_to_come_gives_nothing(text: str) -> None:
    assert ("WORKS_FOR", "박일평", "LG전자") not in facts(text)


# --- transliterated names Kiwi reads oddly; a coined name glued to Latin letters; chief scientists


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        ("앤드루 응 랜딩AI 대표는 이날 강연했다.", "앤드루 응", "랜딩AI", "대표"),
        ("김민수 누리AI 대표는 이날 강연했다.", "김민수", "누리AI", "대표"),
        ("얀 르쿤 메타 수석AI과학자는 이날 강연했다.", "얀 르쿤", "메타", "수석AI과학자"),
        ("앤드루 응 랜딩AI 대표와 얀 르쿤 메타 최고AI과학자가 대담을 나눴다.", "얀 르쿤", "메타", "최고AI과학자"),
        ("앤드루 응 랜딩AI 대표와 얀 르쿤 메타 최고AI과학자가 대담을 나눴다.", "앤드루 응", "랜딩AI", "대표"),
        ("사티아 나델라 마이크로소프트 CEO, 앤디 재시 아마존 CEO 등이 참석했다.", "앤디 재시", "아마존", "CEO"),
    ],
)
def test_transliterated_people_with_their_employer(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, org), {}).get("title") == title, sorted(got)


def test_a_field_word_glued_to_latin_letters_is_no_employer() -> None:
    got = facts("김민수 생성AI 담당 교수는 이날 강연했다.")
    assert not any(k[0] == "WORKS_FOR" and k[2] == "생성AI" for k in got), got


# --- a legal entity's name right before the word 법인


@pytest.mark.parametrize(
    "text",
    ["한빛전자는 싱가포르에 누리랩스 법인을 세웠다.", "한빛전자는 지난달 누리랩스 현지법인을 설립했다."],
)
def test_name_before_the_word_for_a_legal_entity(text: str) -> None:
    assert ("ESTABLISHED", "한빛전자", "누리랩스") in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리랩스 법인을 설립할 계획이다.",
        "한빛전자는 누리랩스 연구소를 세웠다.",
    ],  # a plan; a unit of 누리랩스
)
def test_name_before_a_plan_or_a_unit_founds_no_such_company(text: str) -> None:
    assert ("ESTABLISHED", "한빛전자", "누리랩스") not in facts(text), facts(text)


# --- a kind of fund written as one word is no fund's name; the founder goes to the company the clause describes


def test_kind_of_fund_is_no_organisation() -> None:
    got = facts("스카이레이크인베스트먼트는 진대제 회장이 2006년 세운 사모펀드 운용사다.")
    assert got.get(("ESTABLISHED", "진대제", "스카이레이크인베스트먼트")) == {"date": "2006"}, sorted(got)
    assert not any("사모펀드" in k for k in got), got


# --- a business or lab named after a known organisation, between a foreign name and the title


@pytest.mark.parametrize(
    ("text", "person"),
    [("토머스 쿠리안 구글 클라우드 CEO는 말했다.", "토머스 쿠리안"), ("김민수 구글 클라우드 상무는 말했다.", "김민수")],
)
def test_person_with_a_business_named_after_a_known_organisation(text: str, person: str) -> None:
    got = facts(text)
    assert any(k[0] == "WORKS_FOR" and k[1] == person and k[2].startswith("구글") for k in got), sorted(got)


def test_a_place_after_a_known_organisation_is_no_business_of_it() -> None:
    got = facts("김민수 구글 서울 사장은 말했다.")
    assert not any(k[0] == "WORKS_FOR" and k[2] == "구글 서울" for k in got), got


# --- a founder written with a head's title and no organisation of their own heads what they founded


def test_titled_founder_heads_the_company_founded() -> None:
    got = facts("김민수 대표는 2015년 누리랩스를 창업한 뒤 투자를 유치했다.")
    assert got.get(("WORKS_FOR", "김민수", "누리랩스")) == {"title": "대표"}, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "김민수 교수는 2015년 누리랩스를 창업했다.",  # a professor's title is held elsewhere
        "김민수 전 대표는 2015년 누리랩스를 창업했다.",  # a past title
        "김민수 가온테크 대표는 신제품을 소개했다. 김 대표는 2015년 누리랩스를 창업했다.",  # placed at 가온테크
        "김민수 대표는 누리랩스를 창업할 계획이다.",  # a plan
    ],
)
def test_founder_whose_title_is_held_elsewhere_or_not_yet(text: str) -> None:
    assert ("WORKS_FOR", "김민수", "누리랩스") not in facts(text), facts(text)


# --- the first head named right after a founding heads the body founded


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 16일 AI 전담 자회사 누리AI를 설립했다고 밝혔다. 초대 대표에는 김민수 전 구글 연구원이 선임됐다.",
        "한빛전자는 자회사 누리AI를 세웠다. 초대 대표로는 김민수 부사장을 선임했다.",
        "한빛그룹은 AI 계열사 누리AI를 출범시켰다. 누리AI 대표에는 김민수 한빛전자 부사장이 내정됐다.",
    ],
)
def test_first_head_of_the_body_just_founded(text: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "김민수", "누리AI"), {}).get("title") == "대표", sorted(got)
    assert got.get(("WORKS_FOR", "김민수", "한빛전자"), {}).get("title") != "대표"


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 자회사 누리AI를 세웠다. 초대 대표로는 김민수 부사장이 거론된다.",  # a name floated
        "한빛그룹은 AI 계열사 누리AI를 출범시켰다. 누리AI 대표에는 김민수 부사장이 내정될 예정이다.",  # to come
        "한빛전자는 자회사 누리AI를 세웠다. 한편 가온테크 대표에는 김민수 부사장이 선임됐다.",  # another body
    ],
)
def test_no_first_head_floated_to_come_or_elsewhere(text: str) -> None:
    assert ("WORKS_FOR", "김민수", "누리AI") not in facts(text), facts(text)


# --- a unit founded, named in one word recognition does not read


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("한빛전자는 조직 개편을 단행했다. AI 연구를 총괄하는 가온AI센터를 신설했다.", "가온AI센터"),
        ("한빛전자는 지난달 누리AI랩을 설립했다.", "누리AI랩"),
    ],
)
def test_unit_word_founded(text: str, unit: str) -> None:
    assert ("ESTABLISHED", "한빛전자", unit) in facts(text), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 AI센터를 신설했다.",  # a field and a kind: no name
        "한빛전자는 데이터센터를 설립했다.",  # a facility
        "한빛전자는 가온AI센터를 신설할 계획이다.",
        "한빛전자는 가온AI센터를 신설하지 않았다.",
        "한빛전자는 가온AI센터를 방문했다.",
    ],
)
def test_no_unit_word_founded(text: str) -> None:
    assert not any(k[0] == "ESTABLISHED" for k in facts(text)), facts(text)


def test_co_founder_written_in_two_words() -> None:
    got = facts("김민수 누리랩스 공동 창업자는 말했다.")
    assert ("ESTABLISHED", "김민수", "누리랩스") in got, sorted(got)
