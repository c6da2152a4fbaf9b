"""clean stage: body span and metadata of a saved page, offsets untouched."""

from datetime import date

from aigraph.ingest.pipeline.clean import clean_page
from aigraph.ingest.pipeline.lexicon import load_lexicon

LEX = load_lexicon()

PAGE = """UPDATED. 2023-01-05 09:00 (목)
한빛전자, 배터리 연구소 세운다
  • 김하늘 기자
  • 승인 2021.03.04 15:20
  • 댓글 0
이 기사를 공유합니다

한빛전자가 배터리 연구소를 세운다. [사진=한빛전자 제공]
연구소는 내년부터 운영된다.

댓글삭제
삭제한 댓글은 다시 복구할 수 없습니다.
  • 제호 : 미래일보
  • 등록번호 : 서울 아00000
  • Copyright © 2021 미래일보. All rights reserved.
"""


def test_metadata_is_read_from_the_page() -> None:
    page = clean_page(PAGE, LEX)
    assert page.title == "한빛전자, 배터리 연구소 세운다"
    assert page.published == date(2021, 3, 4)  # the approval date, not the UPDATED stamp
    assert page.reporter == "김하늘"
    assert page.publisher == "미래일보"


def test_body_excludes_byline_and_footer() -> None:
    page = clean_page(PAGE, LEX)
    body = PAGE[page.body_start : page.body_end]
    assert body.startswith("한빛전자가 배터리 연구소를 세운다.")
    assert body.endswith("연구소는 내년부터 운영된다.")
    assert "댓글" not in body and "Copyright" not in body


def test_photo_credit_is_chrome_and_masking_keeps_offsets() -> None:
    page = clean_page(PAGE, LEX)
    assert [PAGE[a:b] for a, b in page.chrome] == ["[사진=한빛전자 제공]"]
    masked = page.masked()
    assert len(masked) == len(PAGE)
    assert "사진=" not in masked


def test_plain_text_is_all_body() -> None:
    text = "두 회사가 협력한다.\n연구소를 세운다."
    page = clean_page(text, LEX)
    assert (page.body_start, page.body_end, page.title, page.published) == (0, len(text), "", None)


def test_a_dateline_and_byline_opening_a_line_are_blanked() -> None:
    text = (
        "한빛전자, 배터리 연구소 세운다\n"
        "[서울=미래뉴스] 김하늘 기자 = 한빛전자가 배터리 연구소를 세운다.\n"
        "미래일보 박도윤 기자 doyun@mirae.example.com 가람테크가 지분을 취득했다.\n"
        "(부산=누리통신) 이서준 특파원 = 누리랩스가 투자를 유치했다.\n"
        "한빛전자 김하늘 기자단 간담회는 내일 열린다.\n"
        "[미래타임스 정하린 기자] 다온AI가 새 모델을 공개했다.\n"
    )
    masked = clean_page(text, LEX).masked()
    lines = masked.split("\n")
    assert lines[1].strip() == "한빛전자가 배터리 연구소를 세운다.", lines[1]
    assert lines[2].strip() == "가람테크가 지분을 취득했다.", lines[2]
    assert lines[3].strip() == "누리랩스가 투자를 유치했다.", lines[3]
    assert lines[4] == "한빛전자 김하늘 기자단 간담회는 내일 열린다.", lines[4]  # no byline: a word goes on
    assert lines[5].strip() == "다온AI가 새 모델을 공개했다.", lines[5]
    assert len(masked) == len(text)


def test_an_outlet_in_a_byline_invests_in_nothing() -> None:
    from ko_facts import facts

    got = facts("전자신문 이지은 기자 jeun@etnews.com 삼성전자가 레인보우로보틱스 지분을 추가 취득했다.")
    assert ("INVESTED_IN", "삼성전자", "레인보우로보틱스") in got and not [k for k in got if k[1] == "전자신문"], got


def test_a_photo_position_is_chrome_and_the_particle_after_it_closes_up() -> None:
    text = "김도윤 루미너스 대표(왼쪽)와 이정민 가람대학교 총장(오른쪽 두 번째)이 협약을 체결하고 있다."
    page = clean_page(text, LEX)
    assert [text[a:b] for a, b in page.chrome] == ["(왼쪽)", "(오른쪽 두 번째)"]
    masked = page.masked()
    assert len(masked) == len(text)
    assert "대표와 " in masked and "총장이 " in masked, masked
    assert masked.index("이정민") == text.index("이정민")


def test_a_parenthesis_that_is_no_photo_position_stays() -> None:
    text = "김도윤 루미너스 대표(CEO)와 이정민 총장이 협약을 맺었다."
    assert clean_page(text, LEX).masked() == text
