"""Organisation spans as Korean news writes them (composed sentences): a body with the unit written as
the next word is one organisation ("부산대 총학생회", "인천지법 형사14부"); an ordinary word after a body is
no unit ("정부 지원")."""

from ko_facts import extractor

from aigraph.ingest.contract import Document


def _organisation_spans(text: str) -> set[str]:
    result = extractor().extract(Document(id="t", text=text))
    return {text[m.start : m.end] for e in result.entities if e.type.is_organization for m in e.mentions}


def test_student_council_is_named_with_its_university() -> None:
    found = _organisation_spans("한빛대학교 총학생회는 등록금 인상에 반대하는 성명을 발표했다.")
    assert "한빛대학교 총학생회" in found
    assert "한빛대학교" not in found


def test_an_office_of_a_ministry_is_named_with_the_ministry() -> None:
    assert "국방부 감사관실" in _organisation_spans("국방부 감사관실이 사고 경위에 대한 감사 결과를 발표했다.")


def test_a_delegation_and_a_union_are_named_with_their_body() -> None:
    assert "북한 대표단" in _organisation_spans("북한 대표단은 이날 오후 평양으로 돌아갔다.")
    assert "한울중공업 노조" in _organisation_spans("한울중공업 노조는 다음 주 파업을 예고했다.")


def test_a_unit_written_before_cheuk_keeps_its_body() -> None:
    assert "한솔경찰서 수사본부" in _organisation_spans("한솔경찰서 수사본부측에 제보가 잇따랐다.")


def test_a_numbered_division_belongs_to_its_court_only() -> None:
    assert "가람지법 형사14부" in _organisation_spans(
        "가람지법 형사14부(김민호 부장판사)는 피고인에게 징역 3년을 선고했다."
    )
    assert "한빛전자 3부" not in _organisation_spans("한빛전자 3부 리그 팀은 이번 시즌 우승했다.")


def test_support_after_a_body_is_no_unit() -> None:
    found = _organisation_spans("누리랩스는 정부 지원을 받아 새 공장을 지었다.")
    assert not any(span.endswith("지원") for span in found)
