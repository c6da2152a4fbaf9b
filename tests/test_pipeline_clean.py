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
