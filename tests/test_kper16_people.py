"""Korean people, round 16: more of the ways news writes a person with an organisation — a gloss that names the
body's other name before its head, "(이상 ORG)" after a list of people, "ORG 공동대표 A·B", "P가 T로 있는 ORG",
"P 대표가 이끄는 AI 스타트업 ORG", an age between a name and its organisation, the founder named in a relative
clause before the company, a quote closed by "P 대표의 설명이다" — and what must give nothing: a candidate for a
head's post, a hedged appointment, a denial.  Also terms in science news that the tagger calls people."""

from datetime import date

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document

# (text, person, organisation, title)
WORKS_FOR = [
    # the body's other name, then its head, in the gloss after it; another item after the name
    ("캠코(한국자산관리공사, 사장 문성호)는 15일 간담회를 개최했다.", "문성호", "캠코", "사장"),
    ("캠코(한국자산관리공사, 사장 문성호)는 15일 간담회를 개최했다.", "문성호", "한국자산관리공사", "사장"),
    ("누리치킨(한빛식품, 대표이사 현도윤)은 이날 행사를 진행했다.", "현도윤", "누리치킨", "대표이사"),
    ("한빛교육협의회(회장 김승우, 이하 ‘협의회’)는 정기총회를 열었다.", "김승우", "한빛교육협의회", "회장"),
    # "이상 ORG" glosses everyone listed before it
    ("김하늘 대표와 박서준 부사장(이상 누리로보틱스)이 참석했다.", "김하늘", "누리로보틱스", "대표"),
    ("김하늘 대표와 박서준 부사장(이상 누리로보틱스)이 참석했다.", "박서준", "누리로보틱스", "부사장"),
    ("우하람(21)과 김영남(23·이상 한빛체육공단)은 결승에 올랐다.", "우하람", "한빛체육공단", ""),
    # co-heads written after one title
    ("누리로보틱스 공동대표 김하늘·박서준은 이날 신제품을 공개했다.", "박서준", "누리로보틱스", "공동대표"),
    ("누리로보틱스의 공동대표인 김하늘·박서준 씨는 신제품을 공개했다.", "박서준", "누리로보틱스", "공동대표"),
    # the post the person holds there, in a relative clause on the organisation; a kind word before it
    ("김민호 씨가 대표이사로 있는 요식업 기업 누리푸드는 지원책을 발표했다.", "김민호", "누리푸드", "대표이사"),
    ("김민호 대표가 이끄는 AI 스타트업 누리로보틱스는 매출 100억원을 달성했다.", "김민호", "누리로보틱스", "대표"),
    # an age (and a photo note) between the name and its organisation
    ("김민호(45) 누리로보틱스 대표는 “투자를 늘리겠다”고 말했다.", "김민호", "누리로보틱스", "대표"),
    ("김민호(45·사진) 누리로보틱스 대표는 간담회를 열었다.", "김민호", "누리로보틱스", "대표"),
    # the founder, titled, in a relative clause before the company
    ("김성훈 대표가 2020년 설립한 업스테이지는 신모델을 공개했다.", "김성훈", "업스테이지", "대표"),
    # a quote closed by its speaker, in the sentence after one about the company
    ("업스테이지는 신모델을 공개했다. 올해 흑자를 낸다는 게 김성훈 대표의 설명이다.", "김성훈", "업스테이지", "대표"),
]


@pytest.mark.parametrize(("text", "person", "org", "title"), WORKS_FOR)
def test_works_for(text: str, person: str, org: str, title: str) -> None:
    got = facts(text)
    assert ("WORKS_FOR", person, org) in got, sorted(got)
    assert got[("WORKS_FOR", person, org)].get("title", "") == title
    assert not got[("WORKS_FOR", person, org)].get("former")


NO_WORKS_FOR = [
    # a candidate for the head's post, not appointed
    ("누리로보틱스 대표 후보 김민호 씨는 이날 면접을 봤다.", "김민호", "누리로보틱스"),
    ("누리로보틱스 차기 대표 후보인 김민호 부사장은 면접을 봤다.", "김민호", "누리로보틱스"),
    # an appointment to come, or a denied one
    ("김민호 부사장은 누리로보틱스 대표로 선임될 예정이다.", "김민호", "누리로보틱스"),
    ("김민호 씨는 누리로보틱스 대표로 내정될 것으로 알려졌다.", "김민호", "누리로보틱스"),
    ("누리로보틱스는 김민호 부사장이 대표로 선임됐다는 보도를 부인했다.", "김민호", "누리로보틱스"),
    # "이상" that glosses no organisation of the people before it ("(이상 3명)")
    ("김하늘 대표와 박서준 부사장(이상 3명)이 누리로보틱스를 찾았다.", "김하늘", "누리로보틱스"),
    # a person listed with 와 after a title-first name keeps their own place: no title shared
    ("누리로보틱스 대표 김하늘과 박서준 씨가 만났다.", "박서준", "누리로보틱스"),
    # a verb phrase between the leader and the organisation: the organisation is another's
    ("김민호 대표가 이끄는 회사가 투자한 누리로보틱스는 상장했다.", "김민호", "누리로보틱스"),
]


@pytest.mark.parametrize(("text", "person", "org"), NO_WORKS_FOR)
def test_no_works_for(text: str, person: str, org: str) -> None:
    assert ("WORKS_FOR", person, org) not in facts(text)


def test_a_party_candidate_is_still_its_member() -> None:
    """ "비례대표 후보": the candidacy is for a seat, not the party's head; the learned pairs may still read it."""
    got = facts("정의당 비례대표 후보 김민호 씨는 이날 출마를 선언했다.")
    assert ("WORKS_FOR", "김민호", "정의당") in got


def _people(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text, published=date(2024, 6, 15)))
    return {e.name for e in result.entities if e.type.value == "Person"}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("소두증은 태아의 뇌가 다 자라지 않아 머리가 작은 질환이다.", "소두증"),
        ("연구진은 개구리의 유전체를 해독했다.", "유전체"),
        ("5체의 고인골이 세계 최초로 발굴됐다.", "고인골"),
        ("메타물질은 음파, 지진파 메타물질로 구분할 수 있다.", "지진파"),
        ("이 효소는 유비퀴틴 프로테아좀 시스템을 구성한다.", "유비퀴틴 프로테아좀"),
        ("원숭이들은 세라다 카피바라 국립공원에 산다.", "세라다 카피바라"),
    ],
)
def test_terms_are_no_people(text: str, term: str) -> None:
    assert term not in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("오명돈 서울대병원 교수는 “결과가 놀랍다”고 말했다.", "오명돈"),
        ("데이비드 휴벨과 토어스텐 비젤은 1981년 노벨상을 받았다.", "데이비드 휴벨"),
        ("김연아의 후계자를 꿈꾸는 선수들이 많다.", "김연아"),
        ("연구를 진행한 마이클 다이아몬드 교수도 “결과가 다를 수 있다”고 말했다.", "마이클 다이아몬드"),
    ],
)
def test_people_stay_people(text: str, name: str) -> None:
    assert name in _people(text)


def test_founder_and_chief_executive_in_one_phrase() -> None:
    """ "ORG의 창업자이자 CEO인 P": P heads ORG as CEO and founded it."""
    got = facts("업스테이지의 창업자이자 CEO인 김성훈 씨는 이날 신모델을 발표했다.")
    assert got[("WORKS_FOR", "김성훈", "업스테이지")] == {"title": "CEO"}
    assert ("ESTABLISHED", "김성훈", "업스테이지") in got


def test_a_describing_word_before_a_name_is_no_person() -> None:
    """ "한빛전자 연구진 김민수 박사": 연구진 (researchers) describes 김민수; no person "연구진" working for a "김민수"."""
    got = facts("한빛전자 연구진 김민수 박사는 이날 논문을 발표했다.")
    assert not any("연구진" in (k[1], k[2]) for k in got), sorted(got)
    assert ("WORKS_FOR", "김민수", "한빛전자") in got


@pytest.mark.parametrize("title", ["VP", "SVP", "EVP", "CMO"])
def test_english_titles_written_in_korean_news(title: str) -> None:
    got = facts(f"김민수 누리랩스 {title}는 이날 신제품을 발표했다.")
    assert got[("WORKS_FOR", "김민수", "누리랩스")] == {"title": title}


def test_a_company_and_its_branch_before_a_titled_name_are_no_person() -> None:
    """ "누리랩스 한국지사 김민수 대표": the words before the Korean name are its employer, not a foreign name."""
    got = facts("누리랩스 한국지사 김민수 대표는 이날 신제품을 발표했다.")
    assert ("WORKS_FOR", "김민수", "누리랩스") in got, sorted(got)
    assert "누리랩스 한국지사" not in _people("누리랩스 한국지사 김민수 대표는 이날 신제품을 발표했다.")
