"""The word lists the extractor's rules are made of.

Kept apart from the rules so that teaching the importer a new title, verb or ministry is a
one-line change here, not a change of logic. Plain Python data: no Django. The well-known
bodies are in ``gazetteer``.
"""

from council.lib.text import HANGUL  # noqa: F401 (the rules read lx.HANGUL)


def words(text):
    """A set of the whitespace-separated words of ``text``: lists stay readable as prose."""
    return frozenset(text.split())


def word_list(text):
    """Like ``words``, in order."""
    return tuple(text.split())


# --- Characters ----------------------------------------------------------------------------

# 『』 and 「」 quote in older Korean print (and name laws and books, as double marks do).
DOUBLE_QUOTES = '"“”＂„‟『』「」'

# --- English -------------------------------------------------------------------------------

# Verbs that introduce or close a quotation ("said", "noted, \"…\"").
SPEECH_VERBS_EN = word_list(
    """
    said says say added adds noted notes emphasized emphasised emphasizes emphasises stressed
    stresses explained explains stated states remarked told asked asks urged commented continued
    observed argued insisted claimed mentioned declared concluded suggested proposed warned
    highlighted underscored underlined replied answered responded acknowledged admitted agreed
    recalled predicted promised pledged vowed wrote reiterated affirmed cautioned complained
    conceded maintained announced adding saying noting stressing explaining emphasizing
    emphasising stating warning urging arguing insisting commenting remarking replying
    responding declaring concluding mentioning pledging promising vowing asking repeated
    assured reaffirmed recounted quipped joked tweeted posted countered retorted exclaimed
    reflected tells writes warns argues insists recalls admits acknowledges concedes continues
    believes hopes describes indicated indicating asserted asserting confirmed confirming
    revealed disclosed elucidated elucidating clarified clarifying opined contended lamented
    mused boasted
    """
)

# Titles printed before a name ("Professor Jang", "Vice Minister Choi", "Rep. Song").
TITLE_WORDS_EN = words(
    """
    Professor Prof. Minister Vice First Second Deputy Director General Director-General Chairman
    Chairwoman Chairperson Chair President CEO CFO CTO COO Dr. Mr. Ms. Mrs. Miss Rep.
    Representative Lawmaker Senator Sen. Mayor Governor Gov. Commissioner Administrator Head
    Chief Executive Senior Secretary Ambassador Dean Researcher Manager Spokesperson Spokesman
    Spokeswoman Analyst Economist Fellow Founder Co-founder Officer Team Leader Lead Managing
    Superintendent Principal Associate Assistant Acting Judge Justice Prime Speaker Councilor
    Councillor Lt. Gen. Col. Adm. Convenor Convener Coordinator Envoy MP MEP MLA MSP
    """
)

# The titles "General" ends: "Secretary General", "Attorney General".
GENERAL_TITLES_EN = words(
    "Secretary Attorney Director Inspector Surgeon Auditor Solicitor Consul Postmaster Governor"
)

# Words that make a title another office: a vice minister is not "the minister".
DEPUTIES_EN = words("vice deputy assistant associate co-")

# Titles of office that stand alone before a name or as "the Treasurer" (besides TITLE_WORDS_EN).
OFFICES_EN = words("Treasurer Premier Chancellor Tánaiste Taoiseach Minister-President President")

# Courtesy words before a name: they say nothing of the post ("Dr Scanlon", "Shri Goyal",
# "Cllr Scott", "HE the Governor", "The Rt Hon Jane Doe"), and are never a name themselves.
HONORIFICS_EN = words(
    "Mr Mr. Ms Ms. Mrs Mrs. Miss Dr Dr. Prof Prof. Shri Smt Smt. Sir Dame Hon Hon. Lord Lady "
    "Baroness Baron Cllr Cllr. Clr Clr. Cr Cr. HE H.E. Excellency Rt Rt. Honourable Honorable "
    "Mx Mx."
)

# Titles of address printed between a post and the name ("Climate Change Minister Senator
# Sherry Rehman"): there they are no part of the post.
COURTESY_TITLES_EN = words("Senator Sen.")

# Letters after a name that are no part of it ("Charlie Flanagan T.D.", "Jane Doe MP").
POSTNOMINALS_EN = words("T.D. TD MP MEP MLA MSP OBE CBE MBE KC QC Jr. Sr. Jr Sr PhD Ph.D.")

# A government's portfolios, printed between a title and a name ("Minister of State for Trade
# Promotion, Digital and Company Regulation Dara Calleary"): words of a role, never of a name.
PORTFOLIO_WORDS_EN = words(
    """
    Affairs Agriculture Budget Business Children Climate Commerce Communications Company Culture
    Customs Defence Defense Development Digital Economy Education Employment Energy Enterprise
    Environment Equality Family Finance Fisheries Foreign Health Home Housing Immigration
    Industrial Industry Infrastructure Innovation Interior Investment Justice Labour Labor Land
    Lands Local Mines Mining Natural Planning Policy Promotion Public Railways Regional Regulation
    Resources Revenue Rural Science Security Small Social Sport Startups SMEs State Technology
    Tourism Trade Transport Treasury Unification Urban Veterans Water Welfare Women Works Youth
    Heritage Arts Gaeltacht Media Research Disability Disabilities Community Communities Marine
    Food Forestry Skills Pensions Levelling Equalities Aviation Maritime Ports Shipping Aged
    Seniors Indigenous Multicultural Citizenship Consumer Cities Roads Highways Policing Prisons
    Emergency Sports Recreation Wellbeing Cooperatives Diaspora Wildlife Biodiversity Oceans
    Cyber Telecommunications Broadcasting Statistics Procurement Tertiary Higher Further
    Training Apprenticeships Workplace Manufacturing Exports Hospitality
    """
)
# Endings of English abstract nouns: "Regulation", "Employment", "Equality" are portfolios.
PORTFOLIO_ENDINGS_EN = ("tion", "sion", "ment", "ity", "ism", "ics")

# Labels in capitals a release prints over its facts ("WHEN: Monday"), no speaker's.
PAGE_LABELS_EN = words(
    """
    WHEN WHERE WHAT WHO WHY HOW DATE TIME VENUE CONTACT CONTACTS NOTE NOTES UPDATE SOURCE
    PHOTO PHOTOS CAPTION BACKGROUND ENDS EMAIL PHONE TEL FAX WEB WEBSITE URL TAGS MEDIA
    """
) | {"NOTE TO EDITORS", "NOTES TO EDITORS", "EDITOR'S NOTE", "EDITOR’S NOTE", "MEDIA CONTACT"}

# Nouns that make an unnamed speaker ("an official said", "one participant said").
PERSON_NOUNS_EN = words(
    """
    official officials participant participants attendee attendees manager managers
    representative representatives executive executives spokesperson spokesman spokeswoman
    source sources researcher expert experts owner owners founder worker employee member
    lawmaker analyst economist director head merchant merchants entrepreneur person resident
    student professor ceo officer engineer observer insider staffer farmer trader seller supplier
    suppliers exporter exporters adviser advisor aide consultant chair chairman chairwoman
    minister secretary moderator president invitee delegate bureaucrat counterpart counterparts
    """
)

# A word that makes a run of capitalised words an institution.
INSTITUTION_WORDS_EN = words(
    """
    Ministry Agency University Association Institute Corporation Corp. Committee Commission Bank
    Assembly Office Service Administration Foundation Center Centre Federation Chamber Group
    Company Co. Inc. Ltd. Electronics Motor Motors Holdings Securities Industries Robotics
    Technologies Systems Solutions Networks Labs Party Authority Board Fund Union Society
    Cooperative Organization Organisation Court Government Academy College School Exchange
    Alliance Consortium Institution Bureau Department Hospital Council Congress
    """
)

# Nouns that put a company's name after them: "carmakers Hyundai Motor and Kia", "platform
# operator Naver"; a one-word name ("Kia") has no institution word to be found by.
COMPANY_NOUNS_EN = word_list(
    """
    carmakers carmaker automakers automaker chipmakers chipmaker shipbuilders shipbuilder
    steelmakers steelmaker makers maker manufacturers manufacturer companies company firms firm
    startups startup conglomerates conglomerate giants giant operators operator retailers
    retailer developers developer suppliers supplier lenders lender insurers insurer platform
    """
)
# A company's titles, printed after its name: "Naver Vice President", "a Coupang executive".
COMPANY_TITLES_EN = (
    "senior vice president", "executive vice president", "vice president", "president",
    "chief executive", "ceo", "chairman", "chairwoman", "executive", "founder", "co-founder",
    "head", "chief", "boss",
)  # fmt: skip

# The last word of a venue that is a building rather than a body ("Daejeon Convention Center").
BUILDING_WORDS_EN = words(
    """
    Center Centre Hall Hotel Building Tower Plaza Complex Convention Park Hub Arena Stadium
    campus headquarters hall center centre building office plant factory auditorium
    """
)
VENUE_NOUNS_EN = words("campus headquarters hall center centre building office plant factory")

# Nouns that refer back to a body already named: "where the agency heard from …".
REFERRING_NOUNS_EN = words("Ministry Agency Administration Federation Association Institute")

# Small words inside a name ("Ministry of Trade, Industry and Energy").
CONNECTORS_EN = ("of", "and", "for", "on", "the", "de")

# Words that start sentences or phrases and are capitalised for that reason only.
CAPITALISED_STOPWORDS_EN = words(
    """
    The A An At In On For With From By Following According Meanwhile Also Under During After
    Before Both Each Including While This That These Those It Its Their His Her Our We They He
    She I If When Where As But And Or Not Today Yesterday Last Next Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September
    October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
    Contact Press Photo Courtesy Share More Most Many Some Lawmakers Officials Another One Two
    Several
    """
)

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS_EN = words(
    """
    Rep. Reps. Dr. Mr. Ms. Mrs. Prof. St. Jr. Sr. No. Co. Inc. Ltd. Corp. Gov. Sen. Gen. Lt.
    Col. Adm. U.S. U.K. U.N. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. vs.
    e.g. i.e. etc. approx. Dept. Univ. Hon.
    """
)

MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS_EN = word_list("monday tuesday wednesday thursday friday saturday sunday")

# Policy items: the last word of a quoted name, and the kind of item it makes.
POLICY_WORDS_EN = {
    "act": "bill", "bill": "bill", "law": "bill", "amendment": "bill",
    "plan": "plan", "plans": "plan", "measures": "plan", "measure": "plan", "blueprint": "plan",
    "strategy": "strategy", "roadmap": "strategy", "vision": "strategy",
    "program": "programme", "programme": "programme", "project": "programme",
    "initiative": "programme", "scheme": "programme", "package": "programme", "fund": "programme",
    "guidelines": "regulation", "guideline": "regulation", "regulation": "regulation",
    "rules": "regulation",
}  # fmt: skip
# Quoted names that are meetings or councils, not policy items.
MEETING_WORDS_EN = words(
    """
    council committee forum meeting conference roundtable seminar workshop hearing session
    summit symposium dialogue
    """
)

# A country and the adjective of its people, where one is not the other with an ending
# ("Russia", "Russian" need no entry): "the French minister" is France's.
DEMONYMS_EN = {
    "france": "french", "netherlands": "dutch", "holland": "dutch", "switzerland": "swiss",
    "wales": "welsh", "ireland": "irish", "us": "american", "usa": "american",
    "america": "american", "uk": "british", "britain": "british", "philippines": "filipino",
    "denmark": "danish", "finland": "finnish", "poland": "polish", "thailand": "thai",
    "greece": "greek", "spain": "spanish", "scotland": "scottish", "england": "english",
    "cyprus": "cypriot", "china": "chinese", "iceland": "icelandic", "peru": "peruvian",
    "lebanon": "lebanese", "sudan": "sudanese", "turkey": "turkish", "sweden": "swedish",
    "norway": "norwegian", "portugal": "portuguese",
}  # fmt: skip
# Adjectives of a people that no ending tells ("Russian", "Japanese", "Danish" are told by
# theirs): "Russian President" names no body.
NATIONALITIES_EN = words(
    """
    American Mexican Korean German Cuban Moroccan Dominican Kenyan Ugandan Rwandan Tibetan
    Afghan Pakistani Israeli Iraqi Kuwaiti Saudi Emirati Qatari Omani Yemeni Bangladeshi Nepali
    Somali Thai Greek French Dutch Swiss Welsh Irish British Czech Slovak Croat Serb Filipino
    Cypriot European African Asian Arab Venezuelan Sri Lankan Puerto Rican Catalan Belgian
    Malaysian Zambian Ghanaian Kazakh Uzbek Tajik Kyrgyz Mongolian Cameroonian Chadian
    """
)
NATIONALITY_ENDINGS_EN = ("ian", "ean", "ese", "ish")
# Words before a title that say when it was held: a former post's body is not the person's.
TIME_OF_POST_EN = words(
    "Former former Ex ex Ex- ex- Then then Late late Outgoing Retired Erstwhile"
)
# A post's time printed in lower case before its title, part of the post ("new president").
POST_TIMES_EN = words("former new newly incoming outgoing acting interim retired erstwhile")

# Nouns for the head of a country, a government or a party ("the Russian leader"), and the
# posts they may stand for.
LEADER_NOUNS_EN = words("leader head")
TOP_POSTS_EN = (
    ("president",), ("prime", "minister"), ("premier",), ("chancellor",), ("leader",),
    ("first", "minister"), ("taoiseach",), ("king",), ("queen",), ("emir",),
    ("head", "of", "state"), ("head", "of", "government"),
)  # fmt: skip

# --- Korean --------------------------------------------------------------------------------

# Particles that end a quotation and introduce its verb: "…"라고 말했다, "…"며 "…"고 했다;
# after a noun the past copula ("…자리"였다며, "…해"이었다고).
SPEECH_PARTICLES_KO = (
    "이라고", "라고", "이라면서도", "라면서도", "면서도", "이라면서", "라면서", "면서",
    "이었다면서", "였다면서", "이었다며", "였다며", "이었다고", "였다고",
    "이라며", "라며", "며", "고", "하고",
)  # fmt: skip

# Verbs of saying in the past, before "다": "말했다", "강조했다", "물었다".
SPEECH_VERBS_KO = (
    "말했", "밝혔", "강조했", "덧붙였", "설명했", "전했", "당부했", "주문했", "요청했",
    "촉구했", "역설했", "언급했", "지적했", "제안했", "호소했", "다짐했", "약속했", "답했",
    "물었", "말씀했", "토로했", "격려했", "부탁했", "했",
)  # fmt: skip

# Words by which a company or a paper refers to itself ("본사 대표이사", "당사"): no body's name.
SELF_REFERENCES_KO = {"본사", "당사", "자사", "본지", "폐사"}

# Nouns of what is said: "“…”는 입장을 밝혔다", "“…”는 말에", "“…”을 건의했다".
SPEECH_NOUNS_KO = word_list(
    """
    말 발언 제안 건의 주문 당부 지적 질문 요청 호소 촉구 입장 뜻 의견 생각 설명 견해 답변 주장 전망
    평가 우려 바람 다짐 각오 의지 소감 메시지 반응 취지 약속 요구 비판 비난
    """
)
# Titles, matched as the end of a word ("기술혁신정책관", "소상공인정책실장", "수출팀장").
TITLES_KO = (
    "상근부회장", "부회장", "회장", "이사장", "부이사장", "원장", "부원장", "청장", "차장",
    "대표이사", "대표", "사장", "부사장", "장관", "차관", "교수", "부교수", "조교수", "총장",
    "국장", "과장", "실장", "정책관", "본부장", "단장", "센터장", "부장", "팀장", "소장",
    "위원장", "연구위원", "위원", "의원", "이사", "상무", "전무", "감사", "대변인", "처장",
    "관장", "지사장", "무역관장", "교육감", "도지사", "부지사", "부시장", "군수", "구청장",
    "국회의원", "대통령", "총리", "의장", "수석", "비서관", "대사", "총재", "대행",
    "차관보", "조정관", "기획관", "심의관", "담당관", "협력관", "보좌관", "특보", "고문",
    "후보", "후보자", "내정자", "박사", "변호사", "회계사", "심사역", "애널리스트", "컨설턴트", "파트너", "책임자", "매니저", "디렉터", "기자",
)  # fmt: skip
# Researchers' grades: titles, although "…연구원" is also how institutes end.
RESEARCHER_TITLES_KO = {
    "연구원",
    "선임연구원",
    "책임연구원",
    "수석연구원",
    "전임연구원",
    "주임연구원",
}
# Titles that make a speaker unnamed ("중기부 관계자는", "한 참석자는").
UNNAMED_MARKERS_KO = (
    "관계자",
    "참석자",
    "참가자",
    "관리자",
    "기업인",
    "전문가",
    "상인",
    "직원",
    "담당자",
)
# Words that make an unnamed speaker generic: "한 참석자", "어느 기업 대표".
DETERMINERS_KO = {"한", "어느", "모", "다른", "각", "일부", "또다른", "또", "그"}
HONORIFICS_KO = {"씨", "님"}
# Words that open a sentence without being its subject.
ADVERBS_KO = {
    "이날", "한편", "또한", "또", "이어", "이어서", "아울러", "특히", "그러면서", "앞서",
    "이에", "대해", "이와", "관련해", "마지막으로", "끝으로", "그러나", "하지만", "다만",
    "먼저", "우선", "현장에서는", "이번", "특히나", "또한도", "그리고", "이후", "다음으로",
    "반면", "반면에", "한편으로", "동시에", "함께",
}  # fmt: skip
# Nouns for a company: the word after them names one ("ERP 개발사 한결소프트").
COMPANY_NOUNS_KO = ("기업", "업체", "개발사", "제조사", "스타트업", "회사", "부품사", "협력사")
# Family names as newspapers print them in Hanja ("尹 대통령은", "李대통령"), in Hangul.
HANJA_SURNAMES_KO = {
    "皇甫": "황보", "南宮": "남궁", "諸葛": "제갈", "鮮于": "선우", "李": "이", "尹": "윤",
    "文": "문", "朴": "박", "金": "김", "崔": "최", "鄭": "정", "丁": "정", "韓": "한", "黃": "황",
    "安": "안", "趙": "조", "張": "장", "姜": "강", "柳": "류", "洪": "홍", "吳": "오", "徐": "서",
    "申": "신", "權": "권", "宋": "송", "劉": "유", "兪": "유", "孫": "손", "盧": "노", "沈": "심",
    "秋": "추", "元": "원", "南": "남", "任": "임", "林": "임", "河": "하", "具": "구", "成": "성",
    "全": "전", "高": "고", "卞": "변", "邊": "변", "羅": "나", "千": "천", "禹": "우", "梁": "양",
    "池": "지", "蔡": "채", "郭": "곽", "閔": "민", "玄": "현", "咸": "함", "方": "방", "房": "방",
    "裵": "배", "白": "백", "許": "허", "嚴": "엄", "陳": "진", "延": "연", "車": "차", "石": "석",
    "朱": "주", "廉": "염", "呂": "여", "都": "도", "蘇": "소", "明": "명", "卓": "탁",
}  # fmt: skip
# Times that take a topic particle without being the subject ("이날은", "오늘은").
TIME_WORDS_KO = words(
    """
    이날 오늘 어제 내일 당시 최근 현재 향후 이후 앞으로 올해 내년 지난해 이번 지금 그동안 그간
    당분간 하반기 상반기 연말 연초
    """
)
# Endings of a word that a topic particle makes a clause or an aside, not a speaker: "대해서는",
# "중요한 것은", "이번에는".
NOT_SUBJECT_ENDINGS_KO = ("서", "에", "데", "게", "것", "때", "점", "수", "중", "만큼", "뿐")
# Nouns ending in "도" that are no subject with "도" (also): "제도", "만족도", "속도".
DEGREE_NOUNS_KO = (
    "제도", "정도", "속도", "태도", "의도", "시도", "강도", "온도", "지도", "각도", "빈도", "한도",
    "용도", "난도", "진도", "신뢰도", "만족도", "인지도", "관심도", "밀도", "농도", "척도", "용도",
)  # fmt: skip
# Words before a title that make it a former or present post: "김 전 장관", "현 회장".
TITLE_MODIFIERS_KO = {"전", "현", "前", "現"}
# Before a post or a group, one newly in it: "신임 지도부", "새 집행부".
NEWLY_KO = {"신임", "새", "신규", "새로운"}
# After a title, a post held for the time being: "국무총리서리", "총장직무대행", "원장대행".
ACTING_KO = ("서리", "직무대행", "직무대리", "권한대행", "대행")
# Words that turn to another matter: "한편 “…”" is not the last speaker going on.
TOPIC_CHANGES_KO = {"한편", "반면", "반면에", "그런가하면"}
PRONOUNS_KO = {"그", "그녀", "그는", "그녀는", "그가", "그녀가"}
# Several people: "이들은 “…”" names none of them.
GROUP_PRONOUNS_KO = {"이들", "그들", "양측"}
# Endings of a verb that closes a clause inside the sentence ("이 대통령이 검토하는 데
# 대해선"): a subject before them is the clause's.
CLAUSE_ENDINGS_KO = ("하는", "되는", "있는", "없는", "한", "된", "던", "데", "면", "자")

# Institutions, matched as the end of a word, with the kind each suggests.
INSTITUTION_SUFFIXES_KO = (
    ("대학교", "university"), ("대학원", "university"), ("공단", "agency"),
    ("진흥원", "agency"), ("진흥공사", "agency"), ("공사", "agency"), ("평가원", "agency"),
    ("관리원", "agency"), ("개발원", "research"), ("연구원", "research"), ("기술원", "research"),
    ("과학원", "research"), ("융합원", "research"), ("정보원", "agency"), ("교육원", "agency"),
    ("연합회", "association"), ("중앙회", "association"), ("협회", "association"),
    ("운동연합", "association"),
    ("상인회", "association"), ("재단", "other"), ("위원회", "committee"), ("센터", "agency"),
    ("테크노파크", "agency"), ("은행", "company"), ("기금", "agency"), ("조합", "association"),
    ("학회", "association"), ("상공회의소", "association"), ("중소벤처기업청", "agency"),
    ("그룹", "company"), ("전자", "company"), ("홀딩스", "company"), ("검찰청", "agency"),
    ("경찰청", "agency"), ("부", "ministry"), ("당", "other"), ("병원", "other"),
)  # fmt: skip
# A metropolitan or special city's or province's name ends so: "대전광역시", "제주특별자치도".
METROPOLITAN_ENDINGS_KO = ("광역시", "특별시", "특별자치시", "특별자치도")
# Words before a head's title that make it a kind of head or of office, not a body's name:
# "공동위원장", "역대 군수", "사무처장", "심사위원장" (a panel's, of no name).
POST_MODIFIERS_KO = words(
    """
    공동 상임 명예 수석 직무 대행 초대 신임 전임 후임 역대 전직 현직 사무 총무 교무 학생 기획
    연구 입학 재무 심사 운영 조직 집행 준비 선거
    """
)
# A deputy's title: "경제부총리" is the deputy prime minister for the economy, no "경제부".
DEPUTY_TITLES_KO = words(
    """
    부총리 부회장 부위원장 부군수 부구청장 부시장 부지사 부이사장 부원장 부사장 부의장 부단장
    부본부장 부청장 부처장 부총장
    """
)
# Words with an institution's ending that are not institutions.
NOT_INSTITUTIONS_KO = {"정책협의회", "협의회", "위원회", "센터", "재단", "공사", "기금", "조합"}
# Words ending like a ministry ("…부") that name a part of any body, or none.
NOT_INSTITUTIONS_KO |= {"지도부", "수뇌부", "집행부", "사령탑", "대부분", "세부", "전부", "일부"}
# A government by its tier or its age, not by its place: "중앙정부와 지자체", "신정부".
NOT_INSTITUTIONS_KO |= {"중앙정부", "지방정부", "신정부", "새정부", "행정부"}
MEETING_WORDS_KO = ("협의회", "협의체", "간담회", "토론회", "설명회", "포럼", "세미나", "회의", "출범식", "워크숍", "발대식")  # fmt: skip
# What a meeting's room is named from ("회의장", "간담회장", "행사장").
VENUE_WORDS_KO = (*MEETING_WORDS_KO, "회의", "행사", "공사", "전시", "박람회", "식")
# A body's divisions, whose ending may read like a ministry's ("…본부": "…부").
PARTS_KO = ("본부", "사업부")
# Rooms and halls, whose ending may read like an institution's ("대강당": "…당").
ROOMS_KO = ("강당", "식당", "회의실", "세미나실", "접견실")
# Buildings: a venue ending so is not also listed as an institution.
# The seats of heads of government, named or described: "at Cheong Wa Dae", "at the
# presidential office". The name goes before the description it may follow.
SEATS_OF_GOVERNMENT_EN = (
    "Cheong Wa Dae", "Blue House", "White House", "10 Downing Street", "Downing Street",
    "Kantei", "Elysee Palace", "Élysée Palace", "Rashtrapati Bhavan", "presidential office",
    "presidential residence", "prime minister's residence", "Prime Minister's Office",
)  # fmt: skip
BUILDING_SUFFIXES_KO = ("센터", "컨벤션", "호텔", "회관", "빌딩", "타워", "홀", "본사", "캠퍼스", "청사", "허브", "미술관", "박물관", "도서관", "기념관")  # fmt: skip

# Provinces, which also name their governments ("경남도 관계자").
PROVINCES_KO = words(
    """
    경기도 강원도 충북도 충남도 전북도 전남도 경북도 경남도 제주도 충청북도 충청남도 전라남도
    경상북도 경상남도 전북특별자치도 제주특별자치도 강원특별자치도
    """
)
CITIES_KO = words(
    """
    서울 부산 대구 인천 광주 대전 울산 세종 수원 성남 고양 용인 창원 청주 천안 전주 포항 제주 김해 진주 목포 여수 순천 원주 춘천 강릉 안산 안양 화성 평택 구미
    나주 오송 판교 의정부 부천 광명 시흥 파주 김포 거제 양산 경주 안동 군산 익산 충주 제천 아산 서산 당진
    """
)
# Every city (시) of the country: "보령시장" is a mayor wherever the city lies. (Not searched for
# inside a venue's name, as CITIES_KO is: "구리", "상주" and "공주" are words too.)
CITY_NAMES_KO = CITIES_KO | words(
    """
    동두천 과천 구리 남양주 오산 군포 의왕 하남 이천 안성 양주 포천 여주 동해 태백 속초 삼척 보령 공주 논산
    계룡 정읍 남원 김제 광양 김천 영주 영천 상주 문경 경산 통영 사천 밀양 서귀포
    """
)

# Seoul's districts whose names no other city's district shares ("중구", "강서구" are
# Busan's and Daegu's too): "금천구", "용산 대통령실" are in Seoul.
SEOUL_DISTRICTS_KO = words(
    """
    종로 용산 성동 광진 동대문 중랑 성북 강북 도봉 노원 은평 서대문 마포 양천 구로 금천 영등포 동작 관악
    서초 강남 송파 강동
    """
)

# Korean policy items: the end of a quoted name, and the kind of item it makes.
POLICY_SUFFIXES_KO = (
    ("특별법", "bill"), ("기본법", "bill"), ("개정안", "bill"), ("제정안", "bill"),
    ("법률", "bill"), ("법안", "bill"), ("법", "bill"), ("방안", "plan"), ("계획", "plan"),
    ("대책", "plan"), ("전략", "strategy"), ("로드맵", "strategy"), ("지원사업", "programme"),
    ("실증사업", "programme"), ("사업", "programme"), ("프로그램", "programme"),
    ("프로젝트", "programme"),
    # Motions put to a cabinet or an assembly: "계엄 해제안", "예산안".
    ("해제안", "bill"), ("결의안", "bill"), ("동의안", "bill"), ("수정안", "bill"),
    ("예산안", "plan"), ("추경안", "plan"),
    ("패키지", "programme"), ("바우처", "programme"), ("연동제", "regulation"),
    ("인증제", "regulation"), ("허가제", "regulation"), ("등록제", "regulation"),
    ("상한제", "regulation"), ("총량제", "regulation"), ("제도", "regulation"),
    ("가이드라인", "regulation"), ("고시", "regulation"), ("규정", "regulation"),
)  # fmt: skip

# Korean family names, including the two-syllable ones.
KOREAN_SURNAMES = words(
    """
    김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 홍 전 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원
    천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 황보 남궁 제갈
    선우 독고 라 빈 태 피 견 감 음
    """
)
# Words that look like names (a family name and a syllable or two) but are not.
NOT_NAMES_KO = words(
    """
    이번 이날 정부 기업 지역 현장 중소 최근 올해 내년 한편 또한 이어 특히 이상 이하 전문 공공 정책 전국 조사 고용 성과 우수 안전 구조 노력 방안 지원 진행 기술
    주최 주관 전환 이를 이와 이에 한국 대한 국내 국산 해외 신규 기존 관계 관련 수도권 지방 부처 양측 양 공동 이같이 이렇게 최대 최초 정도 고객사 공급기업
    수요기업 전문가 참석자 관계자 장관 차관 원장 이사 회장 대표 교수 위원 청장 사장 부장 과장 국장 실장 소장 팀장 단장 총장 의원 조사를 토론에 신청 한국전기
    한편으론 모든 모두 하반기 상반기 내년도 지난해 지난 오늘 어제 당시 현재 향후 이후
    """
)

# Cities as romanised in English sources: "in Yeouido, Seoul" is held in Seoul.
CITIES_EN = {
    "Seoul", "Busan", "Daegu", "Incheon", "Gwangju", "Daejeon", "Ulsan", "Sejong", "Suwon",
    "Seongnam", "Goyang", "Yongin", "Changwon", "Cheongju", "Cheonan", "Jeonju", "Pohang", "Jeju",
    "Gimhae", "Jinju", "Mokpo", "Yeosu", "Suncheon", "Wonju", "Chuncheon", "Gangneung", "Ansan",
    "Anyang", "Hwaseong", "Pyeongtaek", "Gumi", "Naju", "Siheung", "Pangyo", "Osong",
}  # fmt: skip

# Words that may follow a place's name ("met in Brisbane to talk", "in Seoul on Tuesday"); a
# capitalised word before any other lower-case word describes it ("in Plenary session").
AFTER_PLACE_EN = words(
    """
    to on for with and or at in on since after before from as where which who that ahead over
    during earlier today yesterday recently last this next late early but while when amid
    was were is are will has have had would
    """
)
# First words of cities named in two ("New Delhi", "Kuala Lumpur", "San José").
CITY_FIRST_WORDS_EN = word_list(
    "New San Santa Los Las Saint St. Port Kuala Hong Abu Buenos Rio Cape Tel Sao São Addis "
    "Phnom Panama Kuwait Mexico Sri Ulan Dar"
)

# --- What a web page adds around a pasted article --------------------------------------------

# Buttons and menu entries: a line made only of these (and counts) is the page's, not the
# article's ("Share", "Font size", "A", "좋아요 0", "공유하기").
PAGE_BUTTONS = words(
    """
    share print font size facebook twitter x kakao kakaotalk line link copy url e-mail email a
    a+ a- + - subscribe search login log sign in up out menu home listen close top bookmark
    save scrap comments comment like
    공유 공유하기 프린트 인쇄 인쇄하기 글자크기 글자 크기 설정 스크랩 댓글 좋아요 화나요 슬퍼요
    훈훈해요 후속기사 원해요 추천 구독 구독하기 전체메뉴 메뉴 로그인 로그아웃 회원가입 검색
    기사듣기 듣기 복사 링크 카카오톡 페이스북 트위터 가 닫기 맨위로 저장 기사저장
    """
)
# Headings of a page's lists of other articles; the headlines under them are not the article's.
ARTICLE_LIST_HEADINGS = (
    r"related(?: articles?| stories| news| content)?|more from(?: this section)?.*|"
    r"most (?:viewed|popular|read)|top stories|trending(?: now)?|latest news|"
    r"recommended(?: articles| stories)?|you may also like|editor'?s picks|keywords?|tags?|"
    r"관련\s?기사(?:\s?더보기)?|관련\s?뉴스|(?:이 기사와 함께\s)?많이 본 (?:뉴스|기사)|"
    r"인기\s?기사|주요\s?뉴스|추천\s?기사|최신\s?기사|기자의 다른 기사(?:\s?보기)?|"
    r"이 시각 주요뉴스|핫이슈|태그|키워드"
)
# A caption tells what the photo shows as it happens: "Minister Oh speaks at …  on Tuesday."
CAPTION_VERBS_EN = word_list(
    """
    speaks speak poses pose listens listen delivers attends attend talks talk looks look shakes
    shake tours tour inspects inspect visits visit chairs chair answers answer presides preside
    greets greet waves wave holds hold gives give
    """
)
# Small words Title Case capitalises and a name prints in lower case ("… To Pay Half Of …").
TITLE_CASE_SMALL_WORDS_EN = words(
    "To Of In For On At With As By The And A An Over After Amid From Into Is Are Will Than"
)
# Where a caption places someone in the photo: "(앞줄 가운데)", "(third from left)".
PHOTO_POSITIONS = (
    r"\((?:앞줄|뒷줄|윗줄|아랫줄|왼쪽|오른쪽|가운데|좌측|우측|맨 왼쪽|맨 오른쪽)[^)]{0,12}\)|"
    r"\((?:(?:first|second|third|fourth|fifth|sixth) )?from (?:left|right)\)|"
    r"\((?:center|centre|left|right|front row|back row)\)"
)

# "President-elect", "Minister-designate": a title not yet taken up is a title all the same.
TITLE_SUFFIXES_EN = ("-elect", "-designate")

# The news agencies: a byline or a sign-off that is only one of them names the publisher; in
# brackets between two sentences, a photo's credit.
WIRES_EN = (
    "Yonhap", "AP", "AFP", "Reuters", "IANS", "PTI", "ANI", "UNI", "AAP", "Bloomberg",
    "Xinhua", "Kyodo", "dpa", "EFE", "ANSA", "TASS", "Bernama", "Antara", "PA", "PA Media",
    "Press Association",
)  # fmt: skip
