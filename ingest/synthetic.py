"""Synthetic Korean investment news, for the ingest benchmark and the crash tests.

Each article leads with one investment the extractor recognises
("{회사}가 {기관}에 {금액}억원을 투자한다") and adds six body sentences drawn
from general templates, so articles are distinct stories (SimHash distance
well above the same-story threshold) while staying deterministic per number.
"""

from __future__ import annotations

import random

COMPANIES = ["삼성전자", "SK텔레콤", "네이버", "카카오", "LG전자", "한화그룹", "KT", "현대자동차", "포스코", "CJ그룹"]
INSTITUTIONS = ["포스텍", "카이스트", "서울대", "연세대", "고려대", "한국전자통신연구원"]
FIELDS = [
    "인공지능 반도체",
    "자율주행",
    "초거대 언어모델",
    "양자 컴퓨팅",
    "로봇 제어",
    "의료 영상 분석",
    "6G 통신",
    "데이터센터 냉각",
    "신약 후보 물질 탐색",
    "스마트 팩토리",
    "음성 인식",
    "기상 예측",
]
CITIES = ["서울", "부산", "대전", "광주", "판교", "송도", "세종", "울산", "대구", "수원"]
LEAD = "{c}가 {i}에 {amt}억원을 투자한다고 {d}일 밝혔다."
BODY = [
    "이번 투자는 {f} 분야 공동 연구를 위한 것으로, 연구팀은 {y}년 동안 {p}명의 연구 인력을 키운다.",
    "{c} 관계자는 {i}와 함께 {f} 기술의 상용화를 앞당기겠다고 말했다.",
    "양측은 {city}에 공동 연구센터를 열고 {f} 시제품을 {y2}년까지 내놓을 계획이다.",
    "업계에서는 {f} 시장이 {yr}년 {m}조원 규모로 커질 것으로 내다보고 있다.",
    "{i}는 지난해에도 {f} 관련 논문 {p2}편을 국제 학술지에 발표했다.",
    "연구센터에는 석박사급 인력 {p}명이 상주하며 {city} 지역 기업과의 협업도 추진한다.",
    "{c}는 올해 들어 {f}와 {f2} 분야에 모두 {amt2}억원을 쏟아부었다.",
    "정부도 {f2} 육성을 위해 {yr}년까지 {amt3}억원의 예산을 편성했다.",
    "전문가들은 {f2} 기술이 {f} 경쟁력의 핵심이 될 것이라고 평가했다.",
    "이번 협력으로 {city} 일대에 일자리 {p3}개가 새로 생길 것으로 예상된다.",
    "{c}는 {y}년 뒤 성과를 평가해 추가 투자 여부를 결정하기로 했다.",
    "과제 책임자는 {f} 데이터 {p2}만 건을 확보해 학습에 활용하겠다고 설명했다.",
]


def synthetic_article(n: int) -> tuple[str, str]:
    """Article number ``n`` as ``(headline, text)``; the same ``n`` always gives the same article."""
    r = random.Random(n)
    v = dict(
        c=r.choice(COMPANIES),
        i=r.choice(INSTITUTIONS),
        f=r.choice(FIELDS),
        f2=r.choice(FIELDS),
        city=r.choice(CITIES),
        amt=r.randint(1, 99) * 10,
        amt2=r.randint(100, 5000),
        amt3=r.randint(100, 9000),
        d=r.randint(1, 28),
        y=r.randint(2, 7),
        y2=r.randint(2025, 2032),
        yr=r.randint(2026, 2035),
        m=r.randint(2, 90),
        p=r.randint(10, 400),
        p2=r.randint(5, 300),
        p3=r.randint(50, 3000),
    )
    sentences = [LEAD, *r.sample(BODY, 6)]
    headline = f"{v['c']}, {v['i']}에 {v['amt']}억원 투자"
    return headline, "\n".join(s.format(**v) for s in sentences)
