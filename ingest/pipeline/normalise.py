"""Stage 4, normalise: money, periods, rates and dates written the Korean way.

Pure functions over a clause of text, so each rule is testable on its own:
``parse_money("2000여억원")`` -> 2e11 KRW (approximate), ``parse_period("2021~2023년")``,
``resolve_date("지난 7일", article_date)``, and ``money_properties`` which combines
them into the properties of an INVESTED_IN / ACQUIRED relation, with
``amount_usd`` from the dated FX table (rate of the article's year; ``core.money``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from aigraph.core.money import to_usd  # the one FX rule (nearest table year), shared with the API and dashboard
from aigraph.core.vocabulary import annual_amount

_NUM = r"\d[\d,]*(?:\.\d+)?"
_SMALL = {"천": 1e3, "백": 1e2, "십": 10.0}
_BIG = {"조": 1e12, "억": 1e8, "만": 1e4}
_PIECE = re.compile(rf"({_NUM})\s*여?\s*([천백십])?\s*여?\s*([조억만])?\s*여?")
_CURRENCY_WORDS = (
    ("달러", "USD"),
    ("불", "USD"),
    ("원", "KRW"),
    ("엔", "JPY"),
    ("유로", "EUR"),
    ("위안", "CNY"),
    ("USD", "USD"),
    ("KRW", "KRW"),
    ("JPY", "JPY"),
    ("EUR", "EUR"),
    ("CNY", "CNY"),
)
# Lookaheads keep words that start like a currency ("원칙", "엔진", "불구") out.
_CUR_ALT = r"달러|불(?![가-힣])|원(?!칙|자|장|리|래|형|소|료|점|숭|인)|엔(?!진|터|지|비)|유로|위안|USD|KRW|JPY|EUR|CNY"
_CURRENCY = {w: c for w, c in _CURRENCY_WORDS}
_KOREAN_AMOUNT = re.compile(
    rf"(?P<pre>약|총|최대|최소|대략|모두)?\s*(?P<num>(?:{_NUM}\s*여?\s*[천백십]?\s*여?\s*[조억만]?\s*여?\s*)+?)\s*"
    rf"(?P<cur>{_CUR_ALT})(?:화)?(?P<post>\s*(?:가량|정도|규모|이상|남짓|내외|안팎))?"
)
# a headline's won amount without 원 ("300억 투자 유치", "1조 투자"): only 억 or 조, and only right before an
# investment or purchase noun or verb ("1조에 품었다"), so a count ("300억 개의 파라미터") never reads as money
_BARE_WON = re.compile(
    rf"(?<![\d,.$])(?P<num>{_NUM}\s*여?\s*[천백십]?\s*여?\s*[조억](?:\s*{_NUM}\s*[천백십]?\s*[억만])*)"
    r"(?=\s*(?:여\s*)?(?:규모(?:의|로)?\s*)?(?:을|를|의|에)?\s*(?:투자|유치|펀딩|출자|인수|매각|매입|사들|품(?:었|는|어|고|으며|기로|에\s?안)))"
)
# "$", "US$" and the other dollars ("A$" Australian, "HK$" Hong Kong, "NT$" Taiwan …): _EN_SYMBOLS names them
_DOLLARS = r"(?:\b(?:US|AU?|CA?|HK|S|NT|NZ|R|MX|Mex))?\$"
_DOLLAR_AMOUNT = re.compile(
    rf"(?P<cur>{_DOLLARS})\s*(?P<num>{_NUM})\s*(?P<scale>billion|million|thousand|bn|m|조|억|만)?", re.I
)
_ENGLISH_SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6, "thousand": 1e3}
_APPROX = re.compile(r"여|약|가량|정도|남짓|내외|안팎|대략")


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    amount: float
    currency: str
    approximate: bool = False


@dataclass(frozen=True)
class Period:
    years: float | None = None
    start_date: date | None = None
    end_date: date | None = None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def korean_number(text: str) -> float | None:
    """Value of "1조2천억", "2000여억", "3억5000만", "6천500억", "25" (no currency): pieces without a large unit
    ("6천") add up until the next large unit multiplies them all ("6천500억" is 6,500억)."""
    total, group, seen = 0.0, 0.0, False
    for m in _PIECE.finditer(text):
        group += _number(m.group(1)) * _SMALL.get(m.group(2) or "", 1.0)
        if m.group(3):
            total, group = total + group * _BIG[m.group(3)], 0.0
        seen = True
    return total + group if seen else None


def parse_money(text: str) -> list[Money]:
    """Every amount of money in ``text`` with its currency (ISO 4217)."""
    found: list[Money] = []
    for m in _KOREAN_AMOUNT.finditer(text):
        value = korean_number(m.group("num"))
        if not value:
            continue
        currency = _CURRENCY[m.group("cur")]
        if currency == "KRW" and value < 1e4:
            continue  # "3원칙", "1원" are never the amounts of a deal
        approx = bool(_APPROX.search(m.group(0)))
        found.append(Money(m.start("num"), m.end(), value, currency, approx))
    for m in _BARE_WON.finditer(text):
        if not any(f.start <= m.start() < f.end for f in found) and (value := korean_number(m.group("num"))):
            found.append(Money(m.start("num"), m.end(), value, "KRW", bool(_APPROX.search(m.group(0)))))
    for m in _DOLLAR_AMOUNT.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        scale = (m.group("scale") or "").lower()
        value = _number(m.group("num")) * _ENGLISH_SCALE.get(scale, _BIG.get(scale, 1.0))
        found.append(Money(m.start(), m.end(), value, _EN_SYMBOLS[m.group("cur").lower()]))
    return sorted(found, key=lambda x: x.start)


# the properties that place a deal in time; a period alone ("5년간", "over five years") says how long, not when, so
# "2023년 1월 Y에 5년간 100억 달러를 투자했다" still takes its sentence's date
PLACED_IN_TIME = frozenset({"date", "start_date", "end_date"})
_YEARS = re.compile(rf"(?:향후|앞으로|총|모두|향후\s*총)?\s*({_NUM})\s*년\s*(?:간|동안|에 걸쳐|짜리)")
_FROM_YEAR = re.compile(r"(\d{4})\s*년\s*(?:(\d{1,2})\s*월\s*)?부터")  # "2026년부터", "2024년 9월부터"
_UNTIL_YEAR = re.compile(r"(\d{4})\s*년\s*까지")  # the end of a commitment, not its length
_YEAR_RANGE = re.compile(r"(\d{4})\s*년?\s*(?:~|-|–|부터)\s*(\d{4})\s*년?(?:까지)?")
_TOTAL_YEARS = re.compile(rf"총\s*({_NUM})\s*년")
_RATE = re.compile(
    rf"(?:(?:1|한)\s*년에|연간|연(?=\s*\d)|매년|해마다)\s*(?P<num>[^,。]*?)(?P<cur>{_CUR_ALT})\s*(?:씩)?"
)


def parse_period(text: str) -> Period:
    """Duration of a commitment: "3년간", "향후 5년 동안", "총 5년", "2021~2023년"."""
    if m := _YEAR_RANGE.search(text):
        y1, y2 = int(m.group(1)), int(m.group(2))
        if 1900 < y1 <= y2 < 2200:
            return Period(float(y2 - y1 + 1), date(y1, 1, 1), date(y2, 12, 31))
    years = m_years.group(1) if (m_years := (_YEARS.search(text) or _TOTAL_YEARS.search(text))) else None
    start = _FROM_YEAR.search(text)
    until = _UNTIL_YEAR.search(text)
    n = _number(years) if years else None
    month = int(start.group(2)) if start and start.group(2) and 1 <= int(start.group(2)) <= 12 else 1
    begin = date(int(start.group(1)), month, 1) if start else None
    end = date(int(until.group(1)), 12, 31) if until else None
    if begin and n and not end:
        # "2024년부터 5년간" ends in 2028; "2024년 9월부터 3년간" the day before September 2027
        end = date(begin.year + int(n), begin.month, 1) - timedelta(days=1)
    return Period(n, begin, end)


def parse_rate(text: str) -> Money | None:
    """An amount per year: "1년에 25억 원씩", "연간 10억달러", "매년 500만 달러"."""
    for m in _RATE.finditer(text):
        amounts = parse_money(text[m.start("num") : m.end()])
        if amounts:
            a = amounts[0]
            return Money(m.start(), m.end(), a.amount, a.currency, a.approximate)
    return None


_REL_DAY = re.compile(r"(지난|오는|이번 달|이달)\s*(\d{1,2})\s*일")
_REL_MONTH = re.compile(r"(지난|오는|올해|내년|지난해|작년)\s*(\d{1,2})\s*월")
# "2025년 3월", "2025.3.2"; "2025년 1차" counts a round, no month
_ABS_DATE = re.compile(
    r"(\d{4})\s*(?:년\s*(?=\d{1,2}\s*월)|[.\-/]\s*)(\d{1,2})(?:\s*[월.\-/]\s*(?:(\d{1,2})\s*일?)?|(?!\d))"
)
_ABS_YEAR = re.compile(r"(?<!\d)(\d{4})\s*년(?!\s*\d{1,2}\s*월)")
_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일")
_BARE_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\s*월(?!\s*\d)")  # "2월 출범한": the latest such month
_MONTH_WORDS = {
    "지난달": -1,
    "지난 달": -1,
    "전달": -1,
    "이달": 0,
    "이번 달": 0,
    "이번달": 0,
    "다음 달": 1,
    "다음달": 1,
    "내달": 1,
}
_REL_MONTH_WORD = re.compile("|".join(sorted(_MONTH_WORDS, key=len, reverse=True)))
_REL_YEAR = {"올해": 0, "금년": 0, "내년": 1, "내후년": 2, "지난해": -1, "작년": -1, "재작년": -2}
_REL_YEAR_RE = re.compile("|".join(_REL_YEAR))


def _shift_month(d: date, months: int) -> tuple[int, int]:
    n = d.year * 12 + d.month - 1 + months
    return n // 12, n % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not 1 <= m <= 12:
        return None
    d = min(d, calendar.monthrange(y, m)[1])
    return date(y, m, d) if d >= 1 else None


def resolve_date(text: str, article_date: date | None) -> str | None:
    """First date in ``text`` as an ISO string, precise to what the text says.

    Relative forms need the article date: "지난 7일" is the 7th of the article's
    month, or of the month before when that would be after the article;
    "오는 3월" is the next March; "내년" the following year ("2021").
    """
    if m := _ABS_DATE.search(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if 1 <= mo <= 12:
            return (_safe_date(y, mo, int(d)) or date(y, mo, 1)).isoformat() if d else f"{y:04d}-{mo:02d}"
    if m := _ABS_YEAR.search(text):
        return m.group(1)
    if article_date is None:
        return None
    if m := _REL_DAY.search(text):
        day = int(m.group(2))
        if m.group(1) == "지난":
            y, mo = (
                (article_date.year, article_date.month) if day <= article_date.day else _shift_month(article_date, -1)
            )
        elif m.group(1) == "오는":
            y, mo = (
                (article_date.year, article_date.month) if day >= article_date.day else _shift_month(article_date, 1)
            )
        else:
            y, mo = article_date.year, article_date.month
        found = _safe_date(y, mo, day)
        return found.isoformat() if found else None
    if m := _REL_MONTH_WORD.search(text):
        y, mo = _shift_month(article_date, _MONTH_WORDS[m.group(0)])
        return f"{y:04d}-{mo:02d}"
    if m := _REL_MONTH.search(text):
        month, word = int(m.group(2)), m.group(1)
        year = article_date.year + _REL_YEAR.get(word, 0)
        if word == "지난" and month > article_date.month:
            year -= 1
        elif word == "오는" and month < article_date.month:
            year += 1
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    if m := _MONTH_DAY.search(text):
        found = _safe_date(article_date.year, int(m.group(1)), int(m.group(2)))
        return found.isoformat() if found else None
    if m := _REL_YEAR_RE.search(text):
        return f"{article_date.year + _REL_YEAR[m.group(0)]:04d}"
    if (m := _BARE_MONTH.search(text)) and 1 <= (month := int(m.group(1))) <= 12:
        return f"{article_date.year - (month > article_date.month):04d}-{month:02d}"
    return None


# an amount that measures something else than the deal: a valuation, a market, sales, a running total
_OTHER_MEASURE_BEFORE = re.compile(
    r"(?:기업\s?가치|밸류에이션|가치|몸값|평가액|시가\s?총액|시총|매출(?:액)?|영업\s?이익|순이익|시장\s?규모|시장은|누적)"
    r"(?:\s?(?:투자(?:금|액)?|유치(?:액)?|금액|투자\s?유치(?:액|\s?금액)?))?"
    r"(?:은|는|이|가|를|을|도|만)?\s?(?:약\s?|총\s?|무려\s?)?$"  # not 로: "기업가치로 N원을 유치" names the deal next
)
_OTHER_MEASURE_AFTER = re.compile(
    r"(?:\([^()]*\))?(?:의|로|으로)?\s?(?:기업\s?가치|가치|몸값|밸류에이션|매출)|\s?규모의?\s시장"
)


# a funding round's series or stage, in either language: "시리즈B", "Series B", "프리A", "시드", "Seed"
_SERIES = re.compile(r"(?:시리즈|Series)\s?([A-F])\d?(?![A-Za-z])", re.IGNORECASE)
# the round before a series: "프리시리즈B", "pre-Series A" (read as "프리B", "pre-A", as "프리A" is written)
_PRE_SERIES = re.compile(
    r"(?<![가-힣A-Za-z])(프리|pre(?:\s?-\s?)?)\s?(?:시리즈|Series)\s?([A-F])(?![A-Za-z])", re.IGNORECASE
)
# a stage written as its own word: "브릿지" inside "스톤브릿지벤처스" is a name, not a stage
_STAGE = re.compile(
    r"(?<![가-힣A-Za-z])(프리\s?A|프리IPO|Pre-IPO|프리\s?시드|pre(?:\s?-\s?)?seed|시드|Seed|브릿지|bridge(?=\s(?:round|financing|funding)))"
    r"(?=\s|\s?(?:투자|라운드|펀딩)|[을를은는이가에]|$)",
    re.IGNORECASE,
)


def round_series(text: str) -> str | None:
    """The series ("B") or stage ("시드", "Seed", "pre-seed") a text names for a round, if any."""
    if m := _PRE_SERIES.search(text):
        return ("프리" if m.group(1) == "프리" else "pre-") + m.group(2).upper()
    if m := _SERIES.search(text):
        return m.group(1).upper()
    if m := _STAGE.search(text):
        stage = m.group(1)
        return "pre-seed" if stage[:3].lower() == "pre" and stage[-4:].lower() == "seed" else stage
    return None


_CHANGED_FROM = re.compile(r"에서\s?\d")


def money_properties(clause: str, article_date: date | None, fx: dict[tuple[int, str], float]) -> dict:
    """INVESTED_IN / ACQUIRED properties stated in one clause (empty when no money); a valuation, a market
    size, sales or a cumulative total ("기업가치 8000억원", "누적 투자액 500억원") is not the deal's amount."""
    rate = parse_rate(clause)
    amounts = [
        m
        for m in parse_money(clause)
        if (rate is None or not (rate.start <= m.start < rate.end))
        and not _OTHER_MEASURE_BEFORE.search(clause, 0, m.start)
        and not _OTHER_MEASURE_AFTER.match(clause, m.end)
    ]
    # "기존 300억원에서 250억원으로 정정(변경, 증액)": the figure changed from is no longer the deal's
    amounts = [m for m in amounts if not _CHANGED_FROM.match(clause, m.end)]
    period = parse_period(clause)
    props: dict = {}
    if rate is not None:
        props.update(annual_amount=rate.amount, currency=rate.currency)
        if amounts:
            props["amount"] = amounts[0].amount
        elif period.years:
            props["amount"] = rate.amount * period.years
    elif amounts:
        total = max(amounts, key=lambda m: m.amount if m.currency == amounts[0].currency else 0)
        props.update(amount=total.amount, currency=total.currency)
    if not props:
        return {}
    return _with_period(props, period, article_date, fx)


def _with_period(props: dict, period: Period, article_date: date | None, fx: dict[tuple[int, str], float]) -> dict:
    """Add the period (years, annual share, start / end dates) and the USD value to money properties."""
    if period.years:
        props["period_years"] = period.years
        if (share := annual_amount(props)) is not None:
            props["annual_amount"] = share
    if period.start_date:
        props["start_date"] = period.start_date.isoformat()
    if period.end_date:
        props["end_date"] = period.end_date.isoformat()
    if "amount" in props and article_date is not None:
        usd = to_usd(props["amount"], props["currency"], article_date.year, fx)
        if usd is not None:
            props["amount_usd"] = round(usd, 2)
    return props


# -- English ----------------------------------------------------------------------------------
# The same Money / Period values and FX conversion as the Korean rules, read from English
# wording: "$10 billion", "US$1.7bn", "₩2 trillion", "€500 million", "USD 60 million",
# "10 billion won", "9 billion U.S. dollars", "22.8 trillion-won".

_EN_SCALE = {
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "thousand": 1e3,
    "k": 1e3,
    "crore": 1e7,  # Indian numbering: ten million, a hundred thousand
    "cr": 1e7,  # "INR 120 Cr"
    "lakh": 1e5,
}
EN_SCALE_WORDS = frozenset(_EN_SCALE)  # the words after a number that scale a sum ("RM1 billion": "RM1" is no name)
_EN_SYMBOLS = {
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "s$": "SGD",
    "nt$": "TWD",
    "nz$": "NZD",
    "r$": "BRL",
    "mx$": "MXN",
    "mex$": "MXN",
    # emerging markets' own currencies, by their codes and signs ("₦2 billion", "Rp 150 billion", "RM 20 million")
    "₦": "NGN",
    "ngn": "NGN",
    "zar": "ZAR",
    "brl": "BRL",
    "mxn": "MXN",
    "clp": "CLP",
    "cop": "COP",
    "ars": "ARS",
    "pen": "PEN",
    "idr": "IDR",
    "rp": "IDR",
    "vnd": "VND",
    "₫": "VND",
    "thb": "THB",
    "฿": "THB",
    "myr": "MYR",
    "rm": "MYR",
    "php": "PHP",
    "₱": "PHP",
    "kes": "KES",
    "egp": "EGP",
    "try": "TRY",
    "₺": "TRY",
    "pln": "PLN",
    "sar": "SAR",
    "aed": "AED",
    "ils": "ILS",
    "nis": "ILS",  # "NIS 50 million": the new Israeli shekel
    "₪": "ILS",
    "₹": "INR",
    "rs": "INR",  # "Rs 500 crore", "Rs. 75 lakh"
    "rs.": "INR",
    "chf": "CHF",
    "aud": "AUD",
    "nzd": "NZD",
    "cad": "CAD",
    "hkd": "HKD",
    "sgd": "SGD",
    "twd": "TWD",
    "inr": "INR",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "₩": "KRW",
    "krw": "KRW",
    "¥": "JPY",
    "jpy": "JPY",
    "cn¥": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "yuan": "CNY",
}
_EN_WORDS = {
    "australian dollars": "AUD",
    "new zealand dollars": "NZD",
    "canadian dollars": "CAD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "swiss francs": "CHF",
    "rupees": "INR",
    "dollar": "USD",
    "dollars": "USD",
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "won": "KRW",
    "yen": "JPY",
    "yuan": "CNY",
    "pound": "GBP",
    "pounds": "GBP",
    "renminbi": "CNY",
    "naira": "NGN",
    "rand": "ZAR",
    "reais": "BRL",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "baht": "THB",
    "dong": "VND",
    "shillings": "KES",
    "shekels": "ILS",
    "krw": "KRW",
    "jpy": "JPY",
    "usd": "USD",
    "eur": "EUR",
}
_EN_SCALE_ALT = r"trillion|billion|million|thousand|crore|lakh|trn|tn|bln|bn|mln|mn|cr(?![a-z])|[bmk](?![a-z])"  # "bln", "mln", "Cr"
# other currencies' codes, written in capitals and before a scaled sum only ("KES 500 million", "Rp 150 billion"):
# "PHP 8" is a language's version, "try 3 times" no lira
_CODES_WITH_SCALE = (
    r"(?-i:\b(?:NGN|ZAR|BRL|MXN|CLP|COP|ARS|PEN|IDR|VND|THB|MYR|PHP|KES|EGP|TRY|PLN|SAR|AED|ILS|NIS|Rp|RM))"
    r"(?=\s?[\d.,]+\s?(?:trillion|billion|million|thousand|bln|bn|mln|mn|crore|lakh|cr)\b)"
)
_EN_PREFIX_MONEY = re.compile(
    rf"(?P<cur>{_DOLLARS}|CN¥|[€£₩¥₹₦₫฿₱₺₪]|\b(?:USD|EUR|GBP|KRW|JPY|CNY|RMB|CHF|AUD|NZD|CAD|HKD|SGD|TWD|INR|SEK|NOK|DKK)\b"
    rf"|\bRs\.?(?=\s?\d)|{_CODES_WITH_SCALE})"
    rf"\s?(?P<num>{_NUM})\s?-?(?P<scale>{_EN_SCALE_ALT})?",
    re.I,
)
_EN_SUFFIX_MONEY = re.compile(
    rf"(?<![$€£₩¥\w])(?P<num>{_NUM})\s?-?(?P<scale>trillion|billion|million|thousand|trn|tn|bln|bn|mln|mn)?[\s-]?"
    r"(?P<cur>U\.S\. dollars|US dollars|(?:Australian|New Zealand|Canadian|Hong Kong|Singapore|(?:New )?Taiwan) dollars|Swiss francs"
    r"|rupees|dollars?|euros?|won|yen|yuan|renminbi|naira|rand|reais|rupiah|ringgit|baht|dong|shillings|shekels"
    r"|pounds?(?! of)|KRW|JPY|USD|EUR)\b",
    re.I,
)
_EN_APPROX = re.compile(r"\b(?:about|around|approximately|roughly|some|nearly|almost|up to|more than|over)\s*$", re.I)
_NUMBER_WORDS = {
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "several": None,
}
_EN_COUNT = r"\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"


def _count(word: str) -> float | None:
    word = word.lower()
    value = float(word) if word[0].isdigit() else _NUMBER_WORDS.get(word)
    return None if value is None else float(value)


def parse_money_en(text: str) -> list[Money]:
    """Every amount of money in English ``text`` with its currency (ISO 4217)."""
    found: list[Money] = []
    for m in _EN_PREFIX_MONEY.finditer(text):
        scale = _EN_SCALE.get((m.group("scale") or "").lower(), 1.0)
        currency = _EN_SYMBOLS[m.group("cur").lower()]
        approx = bool(_EN_APPROX.search(text[max(0, m.start() - 20) : m.start()]))
        found.append(Money(m.start(), m.end(), _number(m.group("num")) * scale, currency, approx))
    for m in _EN_SUFFIX_MONEY.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        scale = _EN_SCALE.get((m.group("scale") or "").lower(), 1.0)
        currency = _EN_WORDS[m.group("cur").lower()]
        approx = bool(_EN_APPROX.search(text[max(0, m.start() - 20) : m.start()]))
        found.append(Money(m.start(), m.end(), _number(m.group("num")) * scale, currency, approx))
    return sorted(found, key=lambda x: x.start)


_EN_DURATION = re.compile(
    rf"\b(?:over|for|in|during|within|across)\s+(?:the\s+)?(?:next|coming|following|past)?\s*(?P<n>{_EN_COUNT})\s+years?\b"
    rf"|\b(?P<n2>{_EN_COUNT})-year\b",
    re.I,
)
_EN_RANGE = re.compile(
    r"\b(?:from|between)\s+(?P<y1>(?:19|20)\d\d)\s+(?:to|through|until|and)\s+(?P<y2>(?:19|20)\d\d)\b", re.I
)
_EN_UNTIL = re.compile(r"\b(?:through|until|till|to|by)\s+(?:the\s+end\s+of\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)
_EN_RATE = re.compile(r"\b(?:a|per|each|every)\s+year\b|\bannually\b|\byearly\b", re.I)


def parse_period_en(text: str) -> Period:
    """Duration and bounds of a commitment: "over five years", "through 2030", "from 2024 to 2028".

    A span of calendar years gives start and end dates but no ``years``: only a stated
    duration ("over the next two years") is a period.
    """
    years = None
    if m := _EN_DURATION.search(text):
        years = _count(m.group("n") or m.group("n2"))
    if m := _EN_RANGE.search(text):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y1 <= y2:
            return Period(years, date(y1, 1, 1), date(y2, 12, 31))
    if m := _EN_UNTIL.search(text):
        return Period(years, None, date(int(m.group("y")), 12, 31))
    return Period(years)


def parse_rate_en(text: str) -> Money | None:
    """An amount per year: "$2.5 billion a year", "€100 million annually"."""
    for money in parse_money_en(text):
        if _EN_RATE.match(text, money.end + 1) or _EN_RATE.match(text, money.end):
            return money
    return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name} | {
    name: i for i, name in enumerate(calendar.month_abbr) if name
}
_MONTH_ALT = "|".join(sorted((m for m in _MONTHS if m), key=len, reverse=True))
_EN_FULL_DATE = re.compile(
    rf"\b(?P<mon>{_MONTH_ALT})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
_EN_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<mon>{_MONTH_ALT})\.?(?:\s+(?P<year>(?:19|20)\d\d))?\b")
_EN_MONTH_YEAR = re.compile(rf"\b(?P<mon>{_MONTH_ALT})\.?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b")
_EN_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?\b")
_EN_MONTH_ONLY = re.compile(
    rf"\b(?:in|since|from|until|last|this|early|late|mid-?)\s+(?P<mon>{_MONTH_ALT})\b(?!\.?\s+\d)"
)
_EN_YEAR = re.compile(r"\b(?:in|since|of|from|early|late|mid-?)\s+((?:19|20)\d\d)\b", re.I)
_EN_WEEKDAY = re.compile(rf"\b(?:(?P<rel>last|next|this|on)\s+)?(?P<wd>{'|'.join(_WEEKDAYS)})\b", re.I)
_EN_ORDINAL_DAY = re.compile(r"\bon the (\d{1,2})(?:st|nd|rd|th)\b")
_EN_REL = re.compile(
    r"\b(?P<rel>last|next|this|earlier this|later this|past)\s+(?P<unit>week|month|year)\b|\b(?P<day>yesterday|today|tomorrow)\b",
    re.I,
)


def resolve_date_en(text: str, article_date: date | None) -> str | None:
    """First date in English ``text`` as an ISO string, precise to what the text says.

    Relative forms need the article date: "on Monday" / "said Monday" is the last Monday
    on or before it (news reports what happened), "next Monday" the one after;
    "last week" the article date minus seven days; "next year" the following year.
    """
    year = article_date.year if article_date else None
    if m := _EN_ISO.search(text):
        return m.group(0)
    if m := _EN_FULL_DATE.search(text) or _EN_DAY_MONTH.search(text):
        mon, day = _MONTHS[m.group("mon")], int(m.group("day"))
        y = int(m.group("year")) if m.group("year") else year
        if y is None:
            return None
        found = _safe_date(y, mon, day)
        return found.isoformat() if found else None
    if m := _EN_MONTH_YEAR.search(text):
        mon = _MONTHS[m.group("mon")]
        return f"{int(m.group('year')):04d}-{mon:02d}"
    if m := _EN_YEAR.search(text):
        return m.group(1)
    if article_date is None:
        return None
    if m := _EN_MONTH_ONLY.search(text):  # "in January": the last such month up to the article date
        mon = _MONTHS[m.group("mon")]
        return f"{article_date.year - (1 if mon > article_date.month else 0):04d}-{mon:02d}"
    if m := _EN_ORDINAL_DAY.search(text):
        day = int(m.group(1))
        y, mo = (article_date.year, article_date.month) if day <= article_date.day else _shift_month(article_date, -1)
        found = _safe_date(y, mo, day)
        return found.isoformat() if found else None
    if m := _EN_REL.search(text):
        if m.group("day"):
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("day").lower()]
            return date.fromordinal(article_date.toordinal() + shift).isoformat()
        rel, unit = m.group("rel").lower(), m.group("unit").lower()
        step = 1 if rel == "next" else -1 if rel in ("last", "past") else 0
        if unit == "year":
            return f"{article_date.year + step:04d}"
        if unit == "month":
            y, mo = _shift_month(article_date, step)
            return f"{y:04d}-{mo:02d}"
        return date.fromordinal(article_date.toordinal() + 7 * step).isoformat()
    if m := _EN_WEEKDAY.search(text):
        target = _WEEKDAYS.index(m.group("wd").lower())
        back = (article_date.weekday() - target) % 7
        if (m.group("rel") or "").lower() == "next":
            ahead = (target - article_date.weekday()) % 7 or 7
            return date.fromordinal(article_date.toordinal() + ahead).isoformat()
        return date.fromordinal(article_date.toordinal() - back).isoformat()
    return None


def money_properties_en(clause: str, article_date: date | None, fx: dict[tuple[int, str], float]) -> dict:
    """INVESTED_IN / ACQUIRED properties stated in one English clause (empty when no money).

    Amounts in parentheses are conversions of the one before ("€1.5 billion ($1.7 billion)")
    and are ignored, as are prices per share ("$14.25 per share, or about $1.2 billion").
    """
    plain = _PER_SHARE.sub(lambda m: " " * len(m.group(0)), _PARENS.sub(lambda m: " " * len(m.group(0)), clause))
    amounts = parse_money_en(plain)
    rate = parse_rate_en(plain)
    period = parse_period_en(plain)
    props: dict = {}
    if rate is not None:
        props.update(annual_amount=rate.amount, currency=rate.currency)
        if period.years:
            props["amount"] = rate.amount * period.years
    elif amounts:
        props.update(amount=amounts[0].amount, currency=amounts[0].currency)
    return _with_period(props, period, article_date, fx)


_PARENS = re.compile(r"\([^()]*\)")
# "$14.25 per share", "€3 a share": the price of one share, not the deal's value
_PER_SHARE = re.compile(r"(?:US)?[$€£¥₩]\s?\d[\d,.]*\s(?:per|a|an)\s(?:share|ADS|unit)\b", re.IGNORECASE)
