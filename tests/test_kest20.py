"""Korean founding, round 20: wordings news uses for who founded an organisation beyond the ones the rules were
tuned on — a founder described by a clause of founding and then running ("Y를 창업해 운영 중인 P 대표"), two roles
joined by 겸 ("ORG 공동창업자 겸 CEO인 P"), co-founders listed by "·" with a title after the last name, the founding
date before "이래" ("2017년 설립된 이래"), and what must give nothing: a founding denied ("X가 설립한 회사가
아니다"), a product launched ("AI 플랫폼 Y를 출범했다"), "신설 법인" describing the body named next, plans,
hedges, moves and event openings.  Every sentence is composed for these tests (invented organisations)."""

from __future__ import annotations

from datetime import date

import pytest
from ko_facts import extractor, facts

from aigraph.ingest.contract import Document


def founded(text: str) -> dict[str, str]:
    """Organisation name -> the founding date extracted for it."""
    result = extractor().extract(Document(id="t", text=text, published=date(2024, 6, 15)))
    return {e.name: e.founded.date for e in result.entities if e.founded is not None}


def established(text: str) -> set[tuple[str, str]]:
    return {(s, t) for (kind, s, t) in facts(text) if kind == "ESTABLISHED"}


# --- "Y를 창업해 운영 중인 P 대표": founded, then run or led, said as one relative clause


@pytest.mark.parametrize(
    ("text", "founder", "org"),
    [
        ("가람테크를 창업해 운영 중인 하준호 대표는 투자 유치에 성공했다.", "하준호", "가람테크"),
        ("가람테크를 설립해 이끌고 있는 하준호 대표는 상장을 준비하고 있다.", "하준호", "가람테크"),
        ("한빛전자는 누리랩스를 창업해 이끄는 이서연 대표를 영입했다.", "이서연", "누리랩스"),
    ],
)
def test_founded_and_run(text: str, founder: str, org: str) -> None:
    assert (founder, org) in established(text), sorted(facts(text))


# --- "ORG 공동창업자 겸 CEO인 P", "ORG 공동 창업자 P1·P2 대표"


@pytest.mark.parametrize(
    "text",
    [
        "가람테크 공동창업자 겸 최고경영자인 하준호 대표가 기조연설을 했다.",
        "가람테크 창업자 겸 대표인 하준호 씨가 기조연설을 했다.",
    ],
)
def test_founder_and_head(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "하준호", "가람테크") in got, sorted(got)
    assert ("WORKS_FOR", "하준호", "가람테크") in got, sorted(got)


def test_co_founders_listed() -> None:
    got = established("누리랩스 공동 창업자 이서연·박민재 대표는 해외 진출 계획을 밝혔다.")
    assert {("이서연", "누리랩스"), ("박민재", "누리랩스")} <= got, sorted(got)


def test_listed_heads_are_no_founders() -> None:
    got = facts("누리로보틱스 공동대표 김하늘·박서준 대표는 해외 진출 계획을 밝혔다.")
    assert not any(k[0] == "ESTABLISHED" for k in got), sorted(got)


# --- "X는 2017년 설립된 이래": the founding date before the time since


@pytest.mark.parametrize(
    ("text", "name", "when"),
    [
        ("누리랩스는 2017년 설립된 이래 AI 반도체 설계에 집중해 왔다.", "누리랩스", "2017"),
        ("가람테크는 지난 2020년 3월 설립된 이후 흑자를 이어왔다.", "가람테크", "2020-03"),
    ],
)
def test_founded_since(text: str, name: str, when: str) -> None:
    assert founded(text).get(name) == when, founded(text)


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 2027년 설립될 이후를 대비하고 있다.",
        "하준호 대표는 2017년 창업한 이후 흑자를 냈다.",  # a person's founding: no organisation dated
    ],
)
def test_no_founding_date(text: str) -> None:
    assert not founded(text), founded(text)


# --- "신설 법인 Y": the founding word describes the body named next


def test_new_body_word_is_no_predicate() -> None:
    got = established("한빛전자는 반도체 사업부를 물적분할해 신설 법인 한빛반도체를 세웠다.")
    assert got == {("한빛전자", "한빛반도체")}, sorted(got)


# --- what must give nothing


@pytest.mark.parametrize(
    "text",
    [
        "가람테크는 누리랩스가 설립한 회사가 아니다.",  # denied
        "누리랩스는 한빛전자가 세운 연구소는 아니다.",
        "한빛전자는 AI 플랫폼 한빛허브를 출범시켰다.",  # a product launched
        "가람테크는 신규 AI 플랫폼 가람허브를 출범했다.",
        "한빛전자는 AI 서비스 한빛톡을 정식 출범했다.",
        "가람테크는 신제품 가람챗을 론칭했다.",
        "가람테크는 본사를 판교로 이전했다.",  # a move
        "한빛AI엑스포가 코엑스에서 개막했다.",  # an event
        "가람테크는 내년 AI 연구소를 설립할 계획이다.",  # plans
        "누리통신은 AI 자회사 설립을 검토 중이다.",
        "한빛전자는 가람AI연구소 설립을 철회했다.",
        "한빛전자가 AI 합작법인을 세운다는 소문이 돌았다.",  # a rumour
        "하준호 대표는 새 회사를 창업한다면 AI 분야를 택하겠다고 말했다.",  # hypothetical
        "하준호 대표가 이끄는 가람테크는 투자를 유치했다.",  # heading, no founding
        "가람테크를 창업해 운영할 계획인 하준호 대표는 투자자를 찾고 있다.",
    ],
)
def test_nothing_founded(text: str) -> None:
    assert not established(text), sorted(facts(text))


def test_described_founding_still_read() -> None:
    """The description after a relative clause is read past its new founded-and-run form too."""
    assert ("한빛전자", "누리랩스") in established("누리랩스는 한빛전자가 설립해 운영하는 연구소다.")
    got = facts("가람브레인은 한빛전자가 2017년 세운 자회사다.")
    assert ("ESTABLISHED", "한빛전자", "가람브레인") in got, sorted(got)
    assert ("AFFILIATE_OF", "가람브레인", "한빛전자") in got, sorted(got)


# --- "Y의 창업자는 P 대표다": the founder told as the predicate


@pytest.mark.parametrize(
    ("text", "founders"),
    [
        ("누리랩스의 창업자는 이서연 대표다.", {"이서연"}),
        ("누리랩스를 설립한 사람은 이서연 대표다.", {"이서연"}),
        ("누리랩스 공동 창업자는 이서연 대표와 박민재 이사다.", {"이서연", "박민재"}),
    ],
)
def test_founder_is(text: str, founders: set[str]) -> None:
    assert {(f, "누리랩스") for f in founders} <= established(text), sorted(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스의 창업자는 이서연 대표가 아니다.",  # denied
        "누리랩스의 창업자는 알려지지 않았다.",  # nobody named
        "누리랩스의 창업자는 이서연 대표에게 지분을 넘겼다.",  # the founder acts on another person
    ],
)
def test_no_founder_is(text: str) -> None:
    assert not established(text), sorted(facts(text))


# --- "Y는 A와 B가 출자해 설립됐다": every founder enumerated after the subject of a passive founding


def test_passive_joint_founders() -> None:
    got = established("한빛가람AI는 한빛전자와 가람테크가 각각 50%씩 출자해 설립됐다.")
    assert {("한빛전자", "한빛가람AI"), ("가람테크", "한빛가람AI")} <= got, sorted(got)


def test_passive_place_alone() -> None:
    got = established("한빛가람AI는 한빛전자가 출자해 설립됐다.")
    assert got == {("한빛전자", "한빛가람AI")}, sorted(got)


# --- dated openings and foundings as a kind of body, with no founder named


@pytest.mark.parametrize(
    ("text", "name", "when"),
    [
        ("누리랩스는 지난 2019년 문을 열었다.", "누리랩스", "2019"),
        ("누리랩스는 2019년 닻을 올렸다.", "누리랩스", "2019"),
        ("누리랩스는 2020년 독립 법인으로 설립됐다.", "누리랩스", "2020"),
        ("한빛전자의 사내벤처에서 출발한 누리랩스는 2020년 3월 별도 법인으로 설립됐다.", "누리랩스", "2020-03"),
    ],
)
def test_dated_without_founder(text: str, name: str, when: str) -> None:
    assert founded(text).get(name) == when, founded(text)


@pytest.mark.parametrize(
    "text",
    [
        "누리랩스는 2027년 독립 법인으로 설립될 예정이다.",
        "누리랩스는 2019년 문을 열 계획이었다.",
        "누리랩스는 2020년 서울로 본사를 옮겼다.",
    ],
)
def test_not_dated(text: str) -> None:
    assert not founded(text), founded(text)


# --- a founding only claimed


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자가 누리랩스를 세웠다는 주장은 근거가 없다.",
        "한빛전자가 누리랩스를 설립했다는 의혹이 제기됐다.",
    ],
)
def test_founding_claimed(text: str) -> None:
    assert not established(text), sorted(facts(text))


# --- "A는 B와 Y를 공동 설립했다": the partner read as enumerated with the object


@pytest.mark.parametrize(
    ("text", "founders"),
    [
        ("한빛전자는 가람테크와 ‘한빛누리AI’를 공동 설립했다.", {"한빛전자", "가람테크"}),
        ("한빛전자는 가람테크와 한빛누리AI를 공동 창업했다.", {"한빛전자", "가람테크"}),
        ("한빛전자는 가람테크·다온랩스와 한빛누리AI를 공동 설립했다.", {"한빛전자", "가람테크", "다온랩스"}),
    ],
)
def test_joint_founding_partner(text: str, founders: set[str]) -> None:
    assert established(text) == {(f, "한빛누리AI") for f in founders}, sorted(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 가람테크와 한빛누리AI를 설립했다.",  # no 공동: two bodies founded may be meant, neither partner read
        "한빛전자는 가람테크와 한빛누리AI를 공동 설립할 계획이다.",
    ],
)
def test_no_joint_partner(text: str) -> None:
    assert ("가람테크", "한빛누리AI") not in established(text), sorted(facts(text))


# --- "X는 판교에 Y센터를 개소했다": a unit opened, named in one word recognition did not read


@pytest.mark.parametrize(
    ("text", "founder", "unit"),
    [
        ("한빛전자는 판교에 한빛AI센터를 개소했다.", "한빛전자", "한빛AI센터"),
    ],
)
def test_unit_opened(text: str, founder: str, unit: str) -> None:
    assert (founder, unit) in established(text), sorted(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 판교에 데이터센터를 개소했다.",  # a facility the dictionary knows, no name
        "한빛전자는 판교에 한빛AI센터를 개소할 예정이다.",
        "한빛전자는 판교에 한빛AI센터를 개소하지 않았다.",
    ],
)
def test_no_unit_opened(text: str) -> None:
    assert not established(text), sorted(facts(text))


# --- "2020년 세워진 Y", "Y는 2020년 만들어졌다": the passive of 세우다/만들다 dated


@pytest.mark.parametrize(
    ("text", "name", "when"),
    [
        ("누리랩스는 2020년 세워졌다.", "누리랩스", "2020"),
        ("누리랩스는 2020년 만들어졌다.", "누리랩스", "2020"),
        ("2020년 세워진 누리랩스는 흑자를 냈다.", "누리랩스", "2020"),
    ],
)
def test_built_dated(text: str, name: str, when: str) -> None:
    assert founded(text).get(name) == when, founded(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 2020년 세워진 공장을 매각했다.",  # no organisation
        "누리랩스는 2027년 세워질 예정이다.",
        "누리랩스는 2020년 세워지지 않았다.",
    ],
)
def test_built_not_dated(text: str) -> None:
    assert not founded(text), founded(text)


def test_each_founding_its_own_date() -> None:
    """ "A를 설립한 데 이어 2022년 B를 창업했다": the first clause's date is not the second's."""
    got = facts("하준호 대표는 2020년 누리랩스를 설립한 데 이어 2022년 가람테크를 창업했다.")
    assert got[("ESTABLISHED", "하준호", "가람테크")].get("date") == "2022", got
    assert got[("ESTABLISHED", "하준호", "누리랩스")].get("date") == "2020", got


# --- "P는 ORG의 공동 창업자로 합류(참여)했다": the founder's role taken up


@pytest.mark.parametrize(
    "text",
    [
        "이서연 대표는 누리랩스의 공동 창업자로 합류했다.",
        "이서연 대표는 누리랩스 공동 창업자로 참여해 기술 개발을 이끌었다.",
    ],
)
def test_joined_as_co_founder(text: str) -> None:
    assert ("이서연", "누리랩스") in established(text), sorted(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "이서연 대표는 누리랩스의 공동 창업자로 참여할 예정이다.",
        "이서연 대표는 누리랩스의 공동 연구에 참여했다.",
        "이서연 대표는 누리랩스의 공동 창업자로 합류하지 않았다.",
    ],
)
def test_not_joined_as_co_founder(text: str) -> None:
    assert not established(text), sorted(facts(text))


# --- "X는 B와 공동 설립한 Y를 …": the topic's joint founding told as a relative clause


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 가람테크와 공동 설립한 한빛누리AI를 매각했다.",
        "한빛전자는 가람테크와 함께 2019년 세운 한빛누리AI의 지분을 늘렸다.",
    ],
)
def test_topic_founded_with_partner(text: str) -> None:
    assert {("한빛전자", "한빛누리AI"), ("가람테크", "한빛누리AI")} <= established(text), sorted(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 2015년 창업한 가람테크를 인수했다.",  # no partner: maybe another's founding
        "한빛전자는 가람테크와 공동 설립할 한빛누리AI에 투자한다.",  # to come
        "한빛전자는 가람테크와 공동 설립한 뒤 한빛누리AI를 매각했다.",
    ],
)
def test_no_topic_founded_with_partner(text: str) -> None:
    assert ("한빛전자", "한빛누리AI") not in established(text), sorted(facts(text))
    assert ("한빛전자", "가람테크") not in established(text), sorted(facts(text))
