"""Korean news on public posts, deal advisers and rounds: a head's post glued to the body's name ("특허청장에 P가
임명됐다") is a post at that body; a former title is not the post the appointer gives; a unit set up under a body
glossed with its short form is that body's unit, not the founder's; "2025년 1차" counts a round, no month; a unit
whose name opens in Latin letters is founded; a data centre opened is a building; a law firm is no affiliate and
its partners work for it; control taken with less than half is an acquisition; money spent near a site is in no
field; an event set up is no unit; a department one came from is no co-founder; "대표 주관사" is no person; each
clause's round keeps its own amount and series; "6천500억" is 6,500억; a data centre in a city is no field; a deal a
report or an informal post only claims is none; a stake held in the topic company; a head after a round heads the
company funded; leaving a post at another body keeps the titled one; a holder described by its share; technology
received is a partnership; a field ending like a company name is none; licence milestones and supply agreements are no
investment or partnership; a stake's own price is written with it."""

import pytest
from ko_facts import facts, names


@pytest.mark.parametrize(
    ("text", "person", "body", "title"),
    [
        ("특허청장에 한도윤 차장이 임명됐다.", "한도윤", "특허청", "청장"),
        ("정부는 한국전자통신연구원장에 서민재 본부장을 임명했다.", "서민재", "한국전자통신연구원", "원장"),
        ("한국전자통신연구원장으로 서민재 전 국장이 선임됐다.", "서민재", "한국전자통신연구원", "원장"),
        ("행정안전부 산하 누리정보진흥원장에 오세린 전 국장이 임명됐다.", "오세린", "누리정보진흥원", "원장"),
        ("서울대병원장에 문태경 교수가 선임됐다.", "문태경", "서울대학교병원", "원장"),
    ],
)
def test_a_heads_post_glued_to_the_bodys_name_is_a_post_there(text: str, person: str, body: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", person, body), {}).get("title") == title, got


def test_the_appointees_former_title_is_not_the_appointers_post() -> None:
    got = facts("정부는 한국전자통신연구원장에 서민재 전 국장을 임명했다.")
    assert ("WORKS_FOR", "서민재", "정부") not in got, got


def test_a_glued_post_named_in_a_rumour_gives_nothing() -> None:
    got = facts("차기 한국전자통신연구원장으로 서민재 전 국장이 거론된다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got


def test_a_syllable_made_long_by_a_glued_jang_is_no_body() -> None:
    assert not any("생명공학" in n for n in names("그는 생명연장 장치를 떼고 세상을 떠났다."))


def test_a_unit_set_up_under_a_body_glossed_with_its_short_form_is_that_bodys_unit() -> None:
    got = facts("과학기술정보통신부는 한국전자통신연구원(ETRI) 산하에 누리AI안전연구소를 설립했다.")
    assert ("PART_OF", "누리AI안전연구소", "한국전자통신연구원") in got, got
    assert ("PART_OF", "누리AI안전연구소", "과학기술정보통신부") not in got, got


def test_a_numbered_call_is_no_month() -> None:
    got = facts("한국벤처투자는 2025년 1차 정시 출자사업을 통해 AI 펀드에 300억원을 출자한다고 밝혔다.")
    dates = [p.get("date") for k, p in got.items() if k[0] == "INVESTED_IN"]
    assert dates and all(d == "2025" for d in dates), got


def test_a_day_and_month_still_date_an_investment() -> None:
    got = facts("누리벤처스는 2025년 3월 12일 한결로보틱스에 50억원을 투자했다.")
    assert got.get(("INVESTED_IN", "누리벤처스", "한결로보틱스"), {}).get("date") == "2025-03-12", got


def test_a_unit_whose_name_opens_in_latin_letters_is_founded_within() -> None:
    got = facts("한빛전력공사는 AI융합센터를 신설했다.")
    assert ("ESTABLISHED", "한빛전력공사", "AI융합센터") in got, got
    assert ("PART_OF", "AI융합센터", "한빛전력공사") in got, got


@pytest.mark.parametrize(
    "text", ["누리클라우드는 판교에 AI데이터센터를 개소했다.", "한빛유통은 대구에 AI물류센터를 개소했다."]
)
def test_a_centre_that_is_a_building_is_founded_by_no_one(text: str) -> None:
    got = facts(text)
    assert not any(k[0] in ("ESTABLISHED", "PART_OF") for k in got), got


def test_two_advisers_listed_together_are_no_affiliates() -> None:
    got = facts("이번 거래에서 한빛KPMG가 재무자문을, 법무법인 율강이 법률자문을 맡았다.")
    assert not any(k[0] == "AFFILIATE_OF" for k in got), got


def test_a_law_firms_partner_works_for_it() -> None:
    text = "법무법인 다온의 조윤석 대표변호사는 올해 인수합병 자문 실적 1위를 기록했다."
    assert "다온의" not in names(text), names(text)
    got = facts(text)
    assert got.get(("WORKS_FOR", "조윤석", "다온"), {}).get("title") == "대표변호사", got


def test_control_taken_with_less_than_half_is_an_acquisition() -> None:
    got = facts("한울건설은 다온전자 지분 40%를 2500억원에 인수해 경영권을 확보했다.")
    assert ("ACQUIRED", "한울건설", "다온전자") in got, got
    assert got[("ACQUIRED", "한울건설", "다온전자")].get("stake_percent") == 40.0, got


def test_a_minority_stake_in_a_control_fight_is_no_acquisition() -> None:
    got = facts("한울건설은 다온전자 지분 10%를 인수해 경영권 분쟁에 나섰다.")
    assert ("ACQUIRED", "한울건설", "다온전자") not in got, got
    assert ("INVESTED_IN", "한울건설", "다온전자") in got, got


def test_money_spent_near_a_site_is_in_no_field() -> None:
    got = facts("한솔리조트는 골프장 인근에 콘도 건립을 위해 200억원을 투자할 계획이다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_foreign_given_name_and_a_surname_after_a_company_are_no_employer() -> None:
    got = facts("누리게임즈 아놀드 허 대표는 해외 확장에 자금을 쓰겠다고 말했다.")
    assert not any(k[0] == "WORKS_FOR" and k[2] == "허" for k in got), got


def test_a_tournament_set_up_is_no_unit_of_its_sponsor() -> None:
    got = facts("한빛골프는 투어 대회 '한빛 오픈'을 신설해 타이틀 스폰서를 맡는다.")
    assert not any(k[0] in ("PART_OF", "ESTABLISHED") for k in got), got


def test_a_department_one_came_from_is_no_co_founder() -> None:
    text = "누리메디는 서울대학교병원 영상의학과 출신 박서윤 대표가 2019년 창업했다."
    got = facts(text)
    assert ("ESTABLISHED", "박서윤", "누리메디") in got, got
    assert not any(k[0] == "ESTABLISHED" and k[1] != "박서윤" for k in got), got
    assert "영상의학" not in names(text), names(text)


def test_a_lead_underwriter_is_no_person() -> None:
    text = "누리비전랩의 대표 주관사는 한빛증권이다."
    assert "주관사" not in names(text), names(text)
    assert not any(k[0] == "WORKS_FOR" for k in facts(text)), facts(text)


def test_an_earlier_rounds_participant_takes_no_later_rounds_amount() -> None:
    got = facts("누리스캔은 작년 시리즈C에서 500억원을 유치했으며, 이에 앞서 한빛벤처스도 시리즈B에 참여한 바 있다.")
    props = got.get(("INVESTED_IN", "한빛벤처스", "누리스캔"), {})
    assert props.get("series") == "B" and "amount" not in props and "round_amount" not in props, got


def test_each_clause_keeps_its_own_sum_and_series() -> None:
    got = facts("누리랩은 한빛벤처스로부터 20억원을 투자받았고, 다온캐피탈로부터 50억원을 추가로 받았다.")
    assert got.get(("INVESTED_IN", "한빛벤처스", "누리랩"), {}).get("amount") == 2e9, got
    assert got.get(("INVESTED_IN", "다온캐피탈", "누리랩"), {}).get("amount") == 5e9, got
    got = facts("누리랩은 한빛벤처스로부터 시드 투자를 받았고, 다온캐피탈로부터 시리즈A 투자 50억원을 받았다.")
    assert got.get(("INVESTED_IN", "한빛벤처스", "누리랩"), {}) == {"series": "시드"}, got


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("누리클라우드는 한빛AI에 6천500억원을 투자했다.", 6.5e11),
        ("누리클라우드는 한빛AI에 1조6천500억원을 투자했다.", 1.65e12),
        ("누리클라우드는 한빛AI에 6천5백억원을 투자했다.", 6.5e11),
        ("누리클라우드는 한빛AI에 1억2천만원을 투자했다.", 1.2e8),
    ],
)
def test_thousands_before_a_large_unit_count_in_that_unit(text: str, amount: float) -> None:
    got = facts(text)
    assert got.get(("INVESTED_IN", "누리클라우드", "한빛AI"), {}).get("amount") == amount, got


def test_money_spent_on_a_data_centre_in_a_city_is_in_no_field() -> None:
    got = facts("누리클라우드는 세종시 데이터센터에 약 6천500억원을 투자했다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_deal_named_as_what_a_report_said_gives_nothing() -> None:
    got = facts('한빛모빌리티는 다온렌즈 인수 완료 보도에 대해 "주식매매계약 체결을 위한 협상 중"이라고 해명했다.')
    assert not any(k[0] == "ACQUIRED" for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        "한빛소프트가 다온AI에 투자했다는 썰 ㅋㅋ",
        "누리게임즈가 다온게임즈를 600억에 인수했다는 지라시 있음.",
        "누리게임즈가 다온게임즈를 인수할 듯?",
        "혹시 누리게임즈가 다온게임즈를 인수했으면 대박일 듯.",
        "누리게임즈는 다온게임즈를 인수한 것 같다.",
    ],
)
def test_an_informal_guess_or_rumour_gives_nothing(text: str) -> None:
    assert not any(k[0] in ("ACQUIRED", "INVESTED_IN") for k in facts(text)), facts(text)


def test_a_stake_held_in_the_topic_company_is_the_holders() -> None:
    got = facts("누리로보틱스는 한빛자동차가 지분 7.3%를 보유하고 있다.")
    assert got.get(("INVESTED_IN", "한빛자동차", "누리로보틱스"), {}).get("stake_percent") == 7.3, got


def test_a_head_after_a_round_heads_the_company_funded_not_its_investor() -> None:
    got = facts("누리퓨전은 100억원을 유치했다. 한빛은행이 투자했다. 백도윤 대표는 다온전자 출신이다.")
    assert ("WORKS_FOR", "백도윤", "누리퓨전") in got, got
    assert ("WORKS_FOR", "백도윤", "한빛은행") not in got, got


def test_leaving_a_post_at_another_body_keeps_the_titled_post() -> None:
    got = facts("한지훈 LG 부회장이 LG전자 이사회 의장에서 물러났다.")
    assert ("WORKS_FOR", "한지훈", "LG") in got, got
    assert not got[("WORKS_FOR", "한지훈", "LG")].get("former"), got
    got = facts("한지훈 LG 부회장이 대표직에서 물러났다.")
    assert got.get(("WORKS_FOR", "한지훈", "LG"), {}).get("former") is True, got


def test_a_holder_described_by_its_share_is_the_largest_shareholder() -> None:
    got = facts("다온테크의 최대주주는 지분 38.2%를 보유한 한빛홀딩스다.")
    assert got.get(("INVESTED_IN", "한빛홀딩스", "다온테크"), {}).get("stake_percent") == 38.2, got


def test_technology_received_from_an_institute_is_a_partnership() -> None:
    got = facts("누리퀀텀은 한국전자통신연구원(ETRI)으로부터 양자키분배 기술을 이전받았다.")
    assert ("PARTNERS_WITH", "한국전자통신연구원", "누리퀀텀") in got, got


def test_a_field_ending_like_a_company_name_is_no_company() -> None:
    text = "누리퀀텀은 지난해 KT와 양자암호통신 기술 공동개발 협약을 체결했다."
    assert "양자암호통신" not in names(text), names(text)
    assert ("PARTNERS_WITH", "누리퀀텀", "KT") in facts(text), facts(text)


def test_licence_milestones_received_are_no_investment() -> None:
    got = facts("한빛바이오는 다온파마로부터 지금까지 누적 마일스톤 3500만달러를 받았다.")
    assert not any(k[0] == "INVESTED_IN" for k in got), got


def test_a_stakes_own_price_is_written_with_it() -> None:
    got = facts("다온약품은 계약금 1600만달러를 지급하고, 별도로 한빛바이오 지분 3%를 약 500억원에 인수했다.")
    props = got.get(("INVESTED_IN", "다온약품", "한빛바이오"), {})
    assert props.get("amount") == 5e10 and props.get("currency") == "KRW", got


@pytest.mark.parametrize(
    "text", ["한빛전기는 AMD와 AI 서버용 기판 우선공급 협약을 맺었다.", "한빛전기는 AMD와 장기 구매 협약을 체결했다."]
)
def test_a_supply_agreement_is_no_partnership(text: str) -> None:
    assert not any(k[0] == "PARTNERS_WITH" for k in facts(text)), facts(text)


def test_a_development_agreement_still_is_a_partnership() -> None:
    assert ("PARTNERS_WITH", "한빛전기", "AMD") in facts("한빛전기는 AMD와 AI 반도체 공동개발 협약을 맺었다.")


def test_a_former_head_invests_for_no_one_but_themself() -> None:
    got = facts("윤태오 전 누리소프트 대표는 다온하늘에 투자했다.")
    assert ("INVESTED_IN", "누리소프트", "다온하늘") not in got, got
    assert ("INVESTED_IN", "윤태오", "다온하늘") in got, got


def test_the_deceased_is_no_company() -> None:
    text = "고인은 1968년 한빛전자를 세워 반도체 장비 기업으로 키웠다."
    assert "고인" not in names(text), names(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("한빛전력공사는 정윤서 교수를 비상임이사로 임명했다.", "비상임이사"),
        ("한빛전력공사는 정윤서 교수를 감사위원으로 선임했다.", "감사위원"),
    ],
)
def test_board_and_audit_seats_are_posts(text: str, title: str) -> None:
    got = facts(text)
    assert got.get(("WORKS_FOR", "정윤서", "한빛전력공사"), {}).get("title") == title, got


def test_a_board_seat_that_fell_through_gives_nothing() -> None:
    got = facts("한빛전력공사는 정윤서 교수를 감사위원으로 선임할 예정이었으나 무산됐다.")
    assert not any(k[0] == "WORKS_FOR" for k in got), got
