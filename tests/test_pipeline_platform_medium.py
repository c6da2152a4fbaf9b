"""A social network or video service written as where something was posted, watched or said is a
medium, not an organisation; written as an actor it stays one (composed sentences)."""

import pytest
from ko_facts import extractor

from aigraph.ingest.contract import Document


def _organisations(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {text[m.start : m.end] for e in result.entities if e.type.is_organization for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("배우 김하늘은 자신의 페이스북에 올린 글에서 소감을 밝혔다.", "페이스북"),
        ("한빛전자는 트위터를 통해 신제품 출시 일정을 공개했다.", "트위터"),
        ("해당 영상은 지난주 트위터에 올라와 화제가 됐다.", "트위터"),
        ("응답자의 절반은 페이스북을 가장 많이 이용한다고 답했다.", "페이스북"),
        ("그가 남긴 트위터 글은 곧 삭제됐다.", "트위터"),
        ("구단은 페이스북 계정에 새 유니폼 사진을 올렸다.", "페이스북"),
    ],
)
def test_a_service_written_as_a_medium_is_no_organisation(text: str, service: str) -> None:
    assert service not in _organisations(text), _organisations(text)


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("트위터는 다음 달부터 새 유료 요금제를 도입한다고 발표했다.", "트위터"),
        ("그는 지난해까지 트위터 최고경영자로 일했다.", "트위터"),
        ("페이스북이 가상현실 스타트업 한빛VR을 인수했다.", "페이스북"),
    ],
)
def test_a_service_written_as_an_actor_stays_an_organisation(text: str, service: str) -> None:
    assert service in _organisations(text), _organisations(text)


def test_the_company_that_posted_stays_an_organisation() -> None:
    found = _organisations("한빛전자는 페이스북에 올린 글에서 리콜 계획을 밝혔다.")
    assert "한빛전자" in found and "페이스북" not in found, found
