"""The well-known bodies the reader recognises by any of their names, in either language."""

import re
from dataclasses import dataclass

from .result import InstitutionKind as Kind

# "Small and Medium Enterprises" and "Small and Medium-sized Enterprises" are "SMEs" in a name.
SMES = re.compile(r"\bsmall(?: and |-)medium(?:-sized)? enterprises\b")


def name_key(name):
    """An English name as looked up: casefolded, its spelled-out "SMEs" shortened."""
    return SMES.sub("smes", name.strip().casefold())


@dataclass(frozen=True)
class KnownBody:
    name_ko: str
    # The short forms the press uses, in each language ("중기부", "MSS").
    shorts_ko: tuple[str, ...]
    name_en: str
    shorts_en: tuple[str, ...]
    kind: Kind

    @property
    def names(self):
        """Every name, casefolded for lookup."""
        return {
            self.name_ko,
            *self.shorts_ko,
            name_key(self.name_en),
            *(short.casefold() for short in self.shorts_en),
        }

    @property
    def short_name(self):
        """The short form a new record gets: the English one, else the Korean one."""
        return (self.shorts_en or self.shorts_ko or ("",))[0]


GAZETTEER = [
    KnownBody("중소벤처기업부", ("중기부",), "Ministry of SMEs and Startups", ("MSS",), Kind.MINISTRY),
    KnownBody("과학기술정보통신부", ("과기정통부", "과기부"), "Ministry of Science and ICT", ("MSIT",), Kind.MINISTRY),
    KnownBody("산업통상자원부", ("산업부", "산자부"), "Ministry of Trade, Industry and Energy", ("MOTIE",), Kind.MINISTRY),
    KnownBody("기획재정부", ("기재부",), "Ministry of Economy and Finance", ("MOEF",), Kind.MINISTRY),
    KnownBody("고용노동부", ("고용부", "노동부"), "Ministry of Employment and Labor", ("MOEL",), Kind.MINISTRY),
    KnownBody("교육부", (), "Ministry of Education", ("MOE",), Kind.MINISTRY),
    KnownBody("국토교통부", ("국토부",), "Ministry of Land, Infrastructure and Transport", ("MOLIT",), Kind.MINISTRY),
    KnownBody("환경부", (), "Ministry of Environment", (), Kind.MINISTRY),
    KnownBody("보건복지부", ("복지부",), "Ministry of Health and Welfare", (), Kind.MINISTRY),
    KnownBody("행정안전부", ("행안부",), "Ministry of the Interior and Safety", (), Kind.MINISTRY),
    KnownBody("문화체육관광부", ("문체부",), "Ministry of Culture, Sports and Tourism", (), Kind.MINISTRY),
    KnownBody("농림축산식품부", ("농식품부",), "Ministry of Agriculture, Food and Rural Affairs", (), Kind.MINISTRY),
    KnownBody("해양수산부", ("해수부",), "Ministry of Oceans and Fisheries", (), Kind.MINISTRY),
    KnownBody("외교부", (), "Ministry of Foreign Affairs", (), Kind.MINISTRY),
    KnownBody("법무부", (), "Ministry of Justice", (), Kind.MINISTRY),
    KnownBody("국방부", (), "Ministry of National Defense", (), Kind.MINISTRY),
    KnownBody("여성가족부", ("여가부",), "Ministry of Gender Equality and Family", (), Kind.MINISTRY),
    KnownBody("통일부", (), "Ministry of Unification", (), Kind.MINISTRY),
    KnownBody("특허청", (), "Korean Intellectual Property Office", ("KIPO",), Kind.AGENCY),
    KnownBody("조달청", (), "Public Procurement Service", (), Kind.AGENCY),
    KnownBody("국회", (), "National Assembly", (), Kind.LEGISLATURE),
    KnownBody("중소벤처기업진흥공단", ("중진공",), "Korea SMEs and Startups Agency", ("KOSME",), Kind.AGENCY),
    KnownBody("중소기업기술정보진흥원", ("기정원",), "Korea Technology and Information Promotion Agency for SMEs", ("TIPA",), Kind.AGENCY),
    KnownBody("소상공인시장진흥공단", ("소진공",), "Small Enterprise and Market Service", ("SEMAS",), Kind.AGENCY),
    KnownBody("대한무역투자진흥공사", ("코트라",), "Korea Trade-Investment Promotion Agency", ("KOTRA",), Kind.AGENCY),
    KnownBody("창업진흥원", (), "Korea Institute of Startup and Entrepreneurship Development", ("KISED",), Kind.AGENCY),
    KnownBody("정보통신산업진흥원", (), "National IT Industry Promotion Agency", ("NIPA",), Kind.AGENCY),
    KnownBody("한국산업기술진흥원", (), "Korea Institute for Advancement of Technology", ("KIAT",), Kind.AGENCY),
    KnownBody("기술보증기금", ("기보",), "Korea Technology Finance Corporation", ("KOTEC",), Kind.AGENCY),
    KnownBody("신용보증기금", ("신보",), "Korea Credit Guarantee Fund", ("KODIT",), Kind.AGENCY),
    KnownBody("중소기업중앙회", ("중기중앙회",), "Korea Federation of SMEs", ("KBIZ",), Kind.ASSOCIATION),
    KnownBody("한국개발연구원", (), "Korea Development Institute", ("KDI",), Kind.RESEARCH),
    KnownBody("산업연구원", (), "Korea Institute for Industrial Economics and Trade", ("KIET",), Kind.RESEARCH),
    KnownBody("한국과학기술정보연구원", (), "Korea Institute of Science and Technology Information", ("KISTI",), Kind.RESEARCH),
    KnownBody("한국과학기술원", (), "Korea Advanced Institute of Science and Technology", ("KAIST",), Kind.UNIVERSITY),
    KnownBody("대한상공회의소", ("대한상의",), "Korea Chamber of Commerce and Industry", ("KCCI",), Kind.ASSOCIATION),
    # The president's office, the prime minister's, and bodies of earlier governments that
    # archived articles name.
    KnownBody("청와대", (), "Cheong Wa Dae", (), Kind.OTHER),
    KnownBody("대통령실", (), "Presidential Office", (), Kind.OTHER),
    KnownBody("국무조정실", ("국조실",), "Office for Government Policy Coordination", (), Kind.AGENCY),
    KnownBody("공정거래위원회", ("공정위",), "Fair Trade Commission", ("KFTC",), Kind.COMMITTEE),
    KnownBody("금융위원회", ("금융위",), "Financial Services Commission", ("FSC",), Kind.COMMITTEE),
    KnownBody("금융감독원", ("금감원",), "Financial Supervisory Service", ("FSS",), Kind.AGENCY),
    KnownBody("재정경제부", ("재경부",), "Ministry of Finance and Economy", ("MOFE",), Kind.MINISTRY),
    KnownBody("외교통상부", ("외통부",), "Ministry of Foreign Affairs and Trade", ("MOFAT",), Kind.MINISTRY),
    KnownBody("국정홍보처", ("홍보처",), "Government Information Agency", (), Kind.AGENCY),
    # The rest of the central government's ministries, agencies and commissions: a release
    # names them with a particle glued on ("국세청은"), and their short forms.
    KnownBody("국가보훈부", ("보훈부",), "Ministry of Patriots and Veterans Affairs", (), Kind.MINISTRY),
    KnownBody("인사혁신처", ("인사처",), "Ministry of Personnel Management", (), Kind.AGENCY),
    KnownBody("법제처", (), "Ministry of Government Legislation", (), Kind.AGENCY),
    KnownBody("식품의약품안전처", ("식약처",), "Ministry of Food and Drug Safety", ("MFDS",), Kind.AGENCY),
    KnownBody("국세청", (), "National Tax Service", ("NTS",), Kind.AGENCY),
    KnownBody("관세청", (), "Korea Customs Service", (), Kind.AGENCY),
    KnownBody("통계청", (), "Statistics Korea", (), Kind.AGENCY),
    KnownBody("질병관리청", ("질병청",), "Korea Disease Control and Prevention Agency", ("KDCA",), Kind.AGENCY),
    KnownBody("농촌진흥청", ("농진청",), "Rural Development Administration", (), Kind.AGENCY),
    KnownBody("산림청", (), "Korea Forest Service", (), Kind.AGENCY),
    KnownBody("기상청", (), "Korea Meteorological Administration", (), Kind.AGENCY),
    KnownBody("방위사업청", ("방사청",), "Defense Acquisition Program Administration", ("DAPA",), Kind.AGENCY),
    KnownBody("감사원", (), "Board of Audit and Inspection", (), Kind.AGENCY),
    KnownBody("방송통신위원회", ("방통위",), "Korea Communications Commission", ("KCC",), Kind.COMMITTEE),
    KnownBody("국민권익위원회", ("권익위",), "Anti-Corruption and Civil Rights Commission", (), Kind.COMMITTEE),
    KnownBody("개인정보보호위원회", ("개인정보위",), "Personal Information Protection Commission", (), Kind.COMMITTEE),
    KnownBody("한국은행", ("한은",), "Bank of Korea", ("BOK",), Kind.AGENCY),
    # Parties: their members speak at hearings and councils.
    KnownBody("더불어민주당", ("민주당",), "Democratic Party of Korea", (), Kind.OTHER),
    KnownBody("국민의힘", (), "People Power Party", (), Kind.OTHER),
    KnownBody("자유한국당", ("한국당",), "Liberty Korea Party", (), Kind.OTHER),
    KnownBody("정의당", (), "Justice Party", (), Kind.OTHER),
]  # fmt: skip

# Every name to its body; the first body listed wins a name two share.
BY_NAME = {name: body for body in reversed(GAZETTEER) for name in body.names}


def known_body(name):
    """The well-known body ``name`` is a name of, or None."""
    return BY_NAME.get(name_key(name))


def known_name_at(text, start):
    """The longest full English name of a well-known body that ``text`` has at ``start``."""
    names = [body.name_en for body in GAZETTEER if text.startswith(body.name_en, start)]
    return max(names, key=len, default="")


def known_names_in(text):
    """``(name, start)`` of each well-known body's full English name that ``text`` uses."""
    for body in GAZETTEER:
        m = re.search(rf"(?<![\w-]){re.escape(body.name_en)}(?![\w-])", text)
        if m:
            yield body.name_en, m.start()
