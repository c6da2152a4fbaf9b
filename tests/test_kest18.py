"""Korean structure and partnerships, round 18: wordings news uses beyond the ones the rules were first written for —
a unit called by its kind between its owner and its name ("X의 AI 연구조직인 Y", "X 내 AI 조직 Y", "X 부설 Y"), a
founding told as a causative relative clause ("X가 출범시킨 Y"), a founder whose kind is a compound ("비영리법인"),
parties named before 간/사이 ("A와 B 간 업무협약"), a consortium formed with partners ("A는 B, C와 컨소시엄을
꾸렸다"), an affiliate whose owner is its largest shareholder.  What must give nothing: plans, denials, a person the
founding clause describes (the subject only hired them), a bare consortium as a body."""

import pytest
from ko_facts import facts

# --- a unit called by its kind: "X의 (AI) 연구조직인 Y", "X 내 AI 조직 Y", "Y는 X 내 AI 전담 조직이다"


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자의 AI 연구조직인 누리랩은 새 모델을 공개했다.",
        "한빛전자의 AI 연구소 누리랩은 새 모델을 공개했다.",
        "한빛전자 내 AI 조직인 누리랩은 새 모델을 공개했다.",
        "누리랩은 한빛전자 내 AI 전담 조직이다.",
        "누리랩은 한빛전자의 연구기관으로서 새 모델을 공개했다.",
        "한빛전자 연구소인 누리랩은 새 모델을 공개했다.",
        "한빛전자의 사내독립기업(CIC)인 누리랩은 새 모델을 공개했다.",
        "누리랩은 한빛전자의 CIC다.",
    ],
)
def test_unit_named_by_its_kind(text: str) -> None:
    got = facts(text)
    assert ("PART_OF", "누리랩", "한빛전자") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자의 AI 연구소장 김철수는 이같이 말했다.",  # a head of the unit, no unit named
        "한빛전자의 AI 조직 개편으로 누리랩은 새 모델을 공개했다.",  # a reorganisation, then another subject
        "한빛전자의 AI 연구소와 누리랩은 새 모델을 공개했다.",  # two bodies listed
        "한빛전자는 AI 연구조직 누리랩을 만들 계획이다.",  # a plan
        "한빛전자는 AI 부문 누리랩과 경쟁한다.",  # the subject, not an owner, before the kind
        "한빛전자 부문 1위는 누리랩이다.",  # a ranking
    ],
)
def test_no_unit_named_by_its_kind(text: str) -> None:
    assert ("PART_OF", "누리랩", "한빛전자") not in facts(text)


# --- "X 부설 Y", "Y는 X의 부설 연구소다": a research institute attached to its owner


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자 부설 누리AI연구소가 새 모델을 공개했다.",
        "누리AI연구소는 한빛전자의 부설 연구소다.",
        "누리AI연구소는 한빛전자 부설 연구기관이다.",
    ],
)
def test_attached_institute(text: str) -> None:
    got = facts(text)
    assert ("PART_OF", "누리AI연구소", "한빛전자") in got, sorted(got)


def test_laying_cable_is_no_part() -> None:
    got = facts("한빛전선은 해저케이블 부설 공사를 수주했다.")
    assert not any(k[0] == "PART_OF" for k in got), sorted(got)


# --- founding wordings: a causative relative clause, a compound kind of body


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자가 출범시킨 누리AI는 새 모델을 공개했다.",
        "한빛전자가 2021년 발족시킨 누리AI는 새 모델을 공개했다.",
        "한빛전자가 설립한 비영리법인 누리AI는 올해 출범했다.",
        "한빛전자가 세운 사단법인 누리AI는 새 모델을 공개했다.",
    ],
)
def test_founded_in_a_relative_clause(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "한빛전자", "누리AI") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자가 출범시킬 누리AI는 새 모델을 공개할 예정이다.",  # to come
        "한빛전자는 누리AI를 출범시킬 계획이다.",
        "한빛전자는 비영리법인 누리AI 설립을 검토하고 있다.",
        "한빛전자는 누리AI를 설립하지 않았다고 밝혔다.",
    ],
)
def test_no_founding_to_come_or_denied(text: str) -> None:
    assert ("ESTABLISHED", "한빛전자", "누리AI") not in facts(text)


def test_a_hired_founder_founded_it_not_the_hirer() -> None:
    got = facts("한빛전자는 AI 스타트업 누리랩스를 창업한 이도윤 대표를 영입했다.")
    assert ("ESTABLISHED", "이도윤", "누리랩스") in got, sorted(got)
    assert ("ESTABLISHED", "한빛전자", "누리랩스") not in got


def test_founded_then_since_is_the_subjects_own() -> None:
    got = facts("한빛전자는 2020년 누리랩스를 설립한 뒤 AI 사업을 키웠다.")
    assert ("ESTABLISHED", "한빛전자", "누리랩스") in got, sorted(got)


# --- partners named before 간/사이


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자와 가온대학교 간 업무협약 체결식이 열렸다.",
        "한빛전자와 가온대학교 사이의 AI 협력이 강화됐다.",
        "한빛전자·가온대학교 간 MOU를 통해 AI 인재를 양성한다.",
    ],
)
def test_parties_between(text: str) -> None:
    got = facts(text)
    assert ("PARTNERS_WITH", "한빛전자", "가온대학교") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자와 가온대학교 간 협약 체결을 추진하고 있다.",  # a plan
        "한빛전자와 가온대학교 간 협력 가능성은 낮다.",  # a possibility
        "한빛전자와 가온대학교 간 경쟁이 치열하다.",  # rivals
    ],
)
def test_no_parties_between(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "PARTNERS_WITH" for k in got), sorted(got)


# --- a consortium formed with partners: the partners partner the subject; a bare consortium is no body


@pytest.mark.parametrize(
    "text",
    [
        "KT는 LG전자, 서울대와 컨소시엄을 구성했다.",
        "KT는 LG전자, 서울대와 컨소시엄을 꾸렸다.",
    ],
)
def test_consortium_formed_with_partners(text: str) -> None:
    got = facts(text)
    assert ("PARTNERS_WITH", "LG전자", "KT") in got, sorted(got)
    assert ("PARTNERS_WITH", "서울대학교", "KT") in got, sorted(got)
    assert not any(k[0] == "ESTABLISHED" for k in got), sorted(got)


def test_bare_consortium_joined_is_no_body() -> None:
    got = facts("KT는 LG전자와 컨소시엄을 꾸려 사업에 참여한다.")
    assert ("PARTNERS_WITH", "LG전자", "KT") in got, sorted(got)
    assert not any(k[2] == "컨소시엄" for k in got), sorted(got)


def test_consortium_to_come_gives_nothing() -> None:
    got = facts("KT는 LG전자, 서울대와 컨소시엄을 구성할 계획이다.")
    assert not any(k[0] in ("PARTNERS_WITH", "ESTABLISHED") for k in got), sorted(got)


# --- an affiliate whose owner is its largest shareholder


@pytest.mark.parametrize(
    "text",
    [
        "누리AI는 한빛전자가 최대주주인 자회사다.",
        "한빛전자가 최대주주인 계열사 누리AI는 새 모델을 공개했다.",
    ],
)
def test_affiliate_of_its_largest_shareholder(text: str) -> None:
    got = facts(text)
    assert ("AFFILIATE_OF", "누리AI", "한빛전자") in got, sorted(got)


def test_largest_shareholder_of_a_company_is_no_affiliate_word() -> None:
    got = facts("누리AI는 한빛전자가 최대주주인 회사다.")
    assert ("AFFILIATE_OF", "누리AI", "한빛전자") not in got, sorted(got)


# --- "닻을 올렸다": the press's idiom for a launch, read like 출범 and "문을 열었다"


@pytest.mark.parametrize(
    "text",
    [
        "누리AI가 한빛전자 주도로 닻을 올렸다.",
        "한빛전자는 AI 전문 자회사 누리AI의 닻을 올렸다.",
        "한빛전자 주도로 닻을 올린 누리AI는 새 모델을 공개했다.",
    ],
)
def test_anchor_raised(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "한빛전자", "누리AI") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리AI의 닻을 올릴 계획이다.",  # a plan
        "한빛전자 주도로 누리AI가 닻을 올릴 예정이다.",
        "한빛전자는 누리AI와 함께 새 경영 체제의 닻을 올렸다.",  # no body launched
    ],
)
def test_no_anchor_raised(text: str) -> None:
    assert ("ESTABLISHED", "한빛전자", "누리AI") not in facts(text)


# --- a business unit founding on its company's behalf


def test_unit_founding_credits_its_company() -> None:
    got = facts("누리AI는 한빛전자 AI 사업부가 분사해 세운 회사다.")
    assert ("ESTABLISHED", "한빛전자", "누리AI") in got, sorted(got)
    assert ("ESTABLISHED", "한빛전자 AI 사업부", "누리AI") not in got


def test_a_named_company_founds_itself() -> None:
    got = facts("누리AI는 한빛전자가 2019년 세운 회사다.")
    assert ("ESTABLISHED", "한빛전자", "누리AI") in got, sorted(got)


# --- partnership idioms, and a partner chosen


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자와 가온대학교가 AI 인재 양성을 위해 의기투합했다.",
        "한빛전자는 가온대학교와 의기투합해 AI 모델을 개발한다.",
        "한빛전자와 가온대학교가 AI 반도체 개발을 위해 뭉쳤다.",
        "한빛전자는 가온대학교와 머리를 맞댔다.",
    ],
)
def test_partnership_idioms(text: str) -> None:
    got = facts(text)
    assert ("PARTNERS_WITH", "한빛전자", "가온대학교") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자와 가온대학교가 의기투합할지 관심이 쏠린다.",  # an open question
        "한빛전자는 가온대학교와 의기투합할 계획이다.",  # a plan
        "한빛전자 노조와 가온대학교 학생들이 뭉쳤다.",  # people, no organisations
    ],
)
def test_no_partnership_idiom(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "PARTNERS_WITH" for k in got), sorted(got)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("한빛전자는 누리소프트를 AI 파트너로 선정했다.", ("한빛전자", "누리소프트")),
        ("누리소프트는 한빛전자의 공식 파트너로 낙점됐다.", ("누리소프트", "한빛전자")),
        ("한빛전자는 누리소프트를 파트너사로 맞았다.", ("한빛전자", "누리소프트")),
    ],
)
def test_chosen_as_partner(text: str, pair: tuple[str, str]) -> None:
    got = facts(text)
    assert ("PARTNERS_WITH", *pair) in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리소프트를 AI 파트너로 선정할 계획이다.",
        "한빛전자는 누리소프트를 파트너로 선정하지 않았다.",
        "한빛전자는 누리소프트를 파트너로 검토하고 있다.",
    ],
)
def test_no_partner_chosen(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "PARTNERS_WITH" for k in got), sorted(got)


# --- a late founder: "ORG 창업주인 고(故) P 회장" founded ORG, and holds its title no longer


@pytest.mark.parametrize(
    "text",
    [
        "장학금은 한빛그룹 창업주인 고(故) 김철수 명예회장의 뜻을 기리기 위해 운영되고 있다.",
        "한빛그룹 창업주인 故 김철수 회장의 뜻을 기렸다.",
        "한빛그룹 창업주 고 김철수 회장은 1970년 누리전자를 세웠다.",
    ],
)
def test_late_founder(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "김철수", "한빛그룹") in got, sorted(got)
    held = got.get(("WORKS_FOR", "김철수", "한빛그룹"))
    assert held is None or held.get("former") is True, held


def test_living_founder_holds_the_title() -> None:
    got = facts("한빛그룹 창업주 김철수 회장은 이같이 말했다.")
    assert ("ESTABLISHED", "김철수", "한빛그룹") in got, sorted(got)
    assert not got[("WORKS_FOR", "김철수", "한빛그룹")].get("former")


# --- "X에 의해 설립된 Y": the agent of the passive founded Y, which is no part of it


def test_founded_by_an_agent() -> None:
    got = facts("한빛전자에 의해 설립된 누리랩스는 AI 칩을 만든다.")
    assert ("ESTABLISHED", "한빛전자", "누리랩스") in got, sorted(got)
    assert ("PART_OF", "누리랩스", "한빛전자") not in got


def test_founded_inside_is_a_part() -> None:
    got = facts("한빛전자 산하에 설립된 누리랩스는 AI 칩을 만든다.")
    assert ("PART_OF", "누리랩스", "한빛전자") in got, sorted(got)


# --- affiliates: a wholly owned one written glued ("완전자회사"), one that became it, one its owner "has"


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자의 완전자회사인 누리AI는 새 모델을 공개했다.",
        "한빛전자의 자회사로 편입된 누리AI는 새 모델을 공개했다.",
        "한빛전자의 계열사가 된 누리AI는 새 모델을 공개했다.",
        "누리AI는 한빛전자가 지분 100%를 가진 자회사다.",
    ],
)
def test_affiliate_wordings(text: str) -> None:
    got = facts(text)
    assert ("AFFILIATE_OF", "누리AI", "한빛전자") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자의 자회사로 편입될 누리AI는 새 모델을 공개한다.",  # to come
        "누리AI는 한빛전자가 지분 30%를 가진 회사다.",  # a stake, no affiliate word
        "누리AI는 한빛전자의 자회사가 될 예정이다.",
    ],
)
def test_no_affiliate_yet(text: str) -> None:
    assert ("AFFILIATE_OF", "누리AI", "한빛전자") not in facts(text)


# --- a founding led ("Y 설립을 주도한 P"), the time since a person's founding ("P는 Y 창업 이후"), co-founders' titles


def test_founding_led_by_a_person() -> None:
    got = facts("누리랩스 설립을 주도한 이도윤 대표는 이같이 말했다.")
    assert ("ESTABLISHED", "이도윤", "누리랩스") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "이도윤 대표는 2019년 누리랩스 창업 이후 AI 칩을 개발해 왔다.",
        "이도윤 대표는 누리랩스 창업 당시 투자금 확보에 어려움을 겪었다.",
    ],
)
def test_since_a_persons_founding(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "이도윤", "누리랩스") in got, sorted(got)


@pytest.mark.parametrize(
    "text, founder",
    [
        ("이도윤 대표는 누리랩스 창업 전 한빛전자에서 일했다.", "이도윤"),  # before: not told here
        ("이도윤 대표는 누리랩스 설립 이후 처음으로 흑자를 냈다고 말했다.", "이도윤"),  # a later head may say so
        ("한빛전자는 누리랩스 설립 이후 꾸준히 투자했다.", "한빛전자"),  # a backer since
    ],
)
def test_no_founding_since(text: str, founder: str) -> None:
    assert ("ESTABLISHED", founder, "누리랩스") not in facts(text)


def test_every_titled_cofounder_holds_the_title() -> None:
    got = facts("누리랩스는 이도윤 대표와 박서준 CTO가 공동 창업한 회사다.")
    assert got.get(("WORKS_FOR", "이도윤", "누리랩스")) == {"title": "대표"}, sorted(got)
    assert got.get(("WORKS_FOR", "박서준", "누리랩스")) == {"title": "CTO"}, sorted(got)
    assert ("ESTABLISHED", "이도윤", "누리랩스") in got and ("ESTABLISHED", "박서준", "누리랩스") in got


# --- alliances: formed in a relative clause that says what the topic is, launched around a leader


@pytest.mark.parametrize(
    "text",
    [
        "'AI 원팀'은 한빛텔레콤이 2020년 2월 꾸린 산학연 협의체다.",
        "'AI 원팀'은 한빛텔레콤을 중심으로 2020년 2월 출범했다.",
        "한빛텔레콤을 중심으로 출범한 'AI 원팀'은 회원사가 늘었다.",
    ],
)
def test_alliance_founded_by_its_leader(text: str) -> None:
    got = facts(text)
    assert ("ESTABLISHED", "한빛텔레콤", "AI 원팀") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "한빛텔레콤을 중심으로 출범할 예정인 'AI 원팀'은 회원사를 모집한다.",  # to come
        "'AI 원팀'은 한빛텔레콤을 중심으로 출범을 추진하고 있다.",
        "한빛텔레콤이 이끄는 'AI 원팀'은 회원사가 늘었다.",  # led, founder not told
    ],
)
def test_alliance_not_founded_here(text: str) -> None:
    assert ("ESTABLISHED", "한빛텔레콤", "AI 원팀") not in facts(text)


# --- an agreement told as a relative clause right after the partner


def test_agreement_in_a_relative_clause() -> None:
    got = facts("한빛전자가 가온대학교와 맺은 협약에 따라 AI 인재를 양성한다.")
    assert ("PARTNERS_WITH", "한빛전자", "가온대학교") in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자가 가온대학교와 맺을 협약은 AI 인재 양성이 목표다.",  # to come
        "한빛전자가 가온대학교와 맺은 공급 계약은 1000억원 규모다.",  # a sale, no partnership
    ],
)
def test_no_agreement_in_a_relative_clause(text: str) -> None:
    got = facts(text)
    assert not any(k[0] == "PARTNERS_WITH" for k in got), sorted(got)
