"""The words, names and bodies the synthetic corpus is made of.

Lists of words are ranked: the first is drawn most often (see ``corpus.zipf_cum_weights``), so the
order is the corpus's word frequency, and the benchmark's "common" and "rare" words come from it.
"""

# Data tables, kept compact: the formatter would put each item on a line of its own.
# fmt: off

# English policy nouns, most frequent first.
EN_NOUNS = [
    "corporations", "support", "AI", "technology", "companies", "government", "data", "workforce",
    "productivity", "innovation", "regions", "startups", "manufacturing", "investment", "exports",
    "funding", "training", "infrastructure", "platforms", "markets", "regulation", "research",
    "universities", "talent", "jobs", "growth", "competitiveness", "supply chains",
    "smart factories", "automation", "software", "semiconductors", "robots", "cooperation",
    "industry", "policy", "programmes", "vouchers", "loans", "guarantees", "consulting",
    "commercialization", "standards", "certification", "networks", "clusters", "incubators",
    "accelerators", "venture capital", "entrepreneurs", "small businesses", "merchants",
    "local economies", "youth", "engineers", "researchers", "workers", "skills", "curricula",
    "apprenticeships", "internships", "mentoring", "procurement", "tax credits", "subsidies",
    "deregulation", "sandboxes", "pilots", "demonstrations", "verification", "testbeds", "cloud",
    "cybersecurity", "privacy", "interoperability", "connectivity", "sensors", "logistics",
    "energy", "carbon", "emissions", "sustainability", "materials", "components", "equipment",
    "machinery", "batteries", "hydrogen", "mobility", "vehicles", "biotechnology", "healthcare",
    "pharmaceuticals", "cosmetics", "food", "agriculture", "fisheries", "tourism", "content",
    "games", "media", "fintech", "payments", "credit", "liquidity", "inflation", "interest rates",
    "costs", "wages", "hiring", "retention", "succession", "ownership", "governance",
    "transparency", "accountability", "evaluation", "outcomes", "indicators", "statistics",
    "surveys", "feedback", "consultation", "dialogue", "partnerships", "alliances", "consortia",
    "foundations", "associations", "chambers", "agencies", "ministries", "legislation",
    "amendments", "ordinances", "guidelines", "roadmaps", "strategies", "budgets", "allocations",
    "grants", "matching funds", "demand", "adoption", "diffusion", "scale-up", "expansion",
    "transition", "resilience", "recovery", "crisis", "uncertainty", "risk", "safety", "quality",
    "reliability", "maintenance", "upgrades", "modernization", "retrofitting", "digitization",
    "analytics", "algorithms", "models", "chatbots", "vision systems", "predictive maintenance",
    "digital twins", "metaverse", "blockchain", "quantum computing", "batteries recycling",
    "circular economy", "remanufacturing", "textiles", "shipbuilding", "steel", "chemicals",
    "plastics", "ceramics", "furniture", "printing", "packaging", "warehousing", "ports",
    "airports", "railways", "broadband", "5G", "satellites", "drones", "lidar", "microgrids",
    "heat pumps", "geothermal", "offshore wind", "photovoltaics", "fuel cells", "ammonia",
    "biochar", "aquaculture", "seaweed", "ginseng", "kimchi", "hanok", "webtoons", "esports",
]

EN_ADJECTIVES = [
    "small", "regional", "practical", "digital", "global", "public", "private", "new", "key",
    "local", "sustainable", "competitive", "innovative", "advanced", "specialised", "shared",
    "open", "reliable", "affordable", "flexible", "strategic", "long-term", "short-term",
    "national", "international", "industrial", "technical", "financial", "legal", "social",
    "green", "smart", "autonomous", "data-driven", "customer-facing", "export-oriented",
    "labour-intensive", "capital-intensive", "high-value", "low-carbon", "next-generation",
]

# Fused into single words: the long tail of company brands that remarks now and then name.
BRAND_STEMS = [
    ("Hanbit", "한빛"), ("Saerom", "새롬"), ("Mirae", "미래"), ("Nuri", "누리"), ("Haneul", "하늘"),
    ("Daon", "다온"), ("Gaon", "가온"), ("Arum", "아름"), ("Boram", "보람"), ("Dasol", "다솔"),
    ("Garam", "가람"), ("Hana", "하나"), ("Insol", "인솔"), ("Jinwoo", "진우"), ("Kangsan", "강산"),
    ("Maru", "마루"), ("Narae", "나래"), ("Onnuri", "온누리"), ("Purun", "푸른"), ("Sejin", "세진"),
    ("Taeyang", "태양"), ("Yeoul", "여울"), ("Bitna", "빛나"), ("Dongbang", "동방"), ("Seorin", "서린"),
    ("Chorok", "초록"), ("Hwarang", "화랑"), ("Jeil", "제일"), ("Eunha", "은하"), ("Sarang", "사랑"),
]

BRAND_ENDINGS = [
    ("tech", "테크"), ("soft", "소프트"), ("bio", "바이오"), ("tron", "트론"), ("works", "웍스"), ("lab", "랩"),
    ("net", "넷"), ("gen", "젠"), ("sys", "시스"), ("mics", "믹스"),
]

INDUSTRIES = [
    ("Robotics", "로보틱스"), ("Precision", "정밀"), ("Materials", "소재"), ("Foods", "식품"),
    ("Logistics", "물류"), ("Electronics", "전자"), ("Machinery", "기계"), ("Textiles", "섬유"),
    ("Energy", "에너지"), ("Semicon", "반도체"), ("Mobility", "모빌리티"), ("Cosmetics", "화장품"),
    ("Pharma", "제약"), ("Agritech", "농업기술"),
]

EN_FRAMES = [
    "{a} {n} is important for the {n} of {n}",
    "We will expand {n} and {n} so that {n} can feel the change in the field",
    "What {n} want is {a} {n}",
    "Beyond {n}, it is urgent to create momentum for {n} through {n} and {n}",
    "The government will support {n} with {a} {n} for {n}", "{a} {n} needs {a} {n}, not only {n}",
    "Based on the opinions raised today, we will prepare {n} measures for {n}",
    "Regional {n} face a shortage of {n} and {n}",
    "Amid global competition, {n} for {n} is a key task",
    "We need to link {n} and {n} to improve {n}", "As {b} showed in {c}, {n} can raise {n}",
    "{n} in {c} have asked for {a} {n}", "The bill would give {n} a legal basis for {n}",
    "Our {n} still depend on {a} {n}", "It is time to move from {n} to {n}",
    "We plan to double {n} for {a} {n} by next year", "Without {n}, {n} will not reach {n}",
    "{b} is a good example of {a} {n}", "The council should review {n} and {n} every quarter",
    "Many {n} do not know that {n} exist",
]

# Korean nouns, most frequent first: two, three and four syllables (and a few longer).
KO_NOUNS = [
    "지원", "기업", "중소기업", "정책", "기술", "인공지능", "현장", "지역", "인력", "산업", "데이터", "혁신", "투자", "수출", "교육",
    "규제", "제도", "예산", "협력", "성과", "과제", "사업", "시장", "디지털", "스타트업", "벤처기업", "소상공인", "제조업", "일자리",
    "플랫폼", "생산성", "경쟁력", "공급망", "반도체", "클라우드", "전문인력", "실증사업", "규제개선", "기술혁신", "수출지원", "정책자금",
    "연구개발", "산학협력", "지역균형", "사업화", "바우처", "탄소중립", "스마트공장", "청년", "대학", "정부", "국회", "법안", "개정안",
    "보증", "융자", "세제", "인센티브", "컨설팅", "판로", "인증", "표준", "특허", "보안", "개인정보", "로봇", "자동화", "소재", "부품",
    "장비", "물류", "에너지", "배터리", "수소", "모빌리티", "바이오", "의료", "식품", "농업", "관광", "콘텐츠", "금융", "결제", "금리",
    "물가", "인건비", "채용", "고용", "승계", "평가", "지표", "통계", "설문", "의견", "간담회", "협의회", "업무협약", "컨소시엄",
    "재단", "협회", "기관", "부처", "지자체", "가이드라인", "로드맵", "전략", "보조금", "매칭펀드", "수요", "도입", "확산", "전환",
    "회복", "위기", "불확실성", "위험", "안전", "품질", "신뢰성", "유지보수", "고도화", "현대화", "디지털전환", "분석", "알고리즘", "챗봇",
    "예측정비", "디지털트윈", "메타버스", "블록체인", "양자컴퓨팅", "순환경제", "재제조", "섬유", "조선", "철강", "화학", "플라스틱", "가구",
    "인쇄", "포장", "항만", "철도", "통신", "위성", "드론", "마이크로그리드", "히트펌프", "지열", "해상풍력", "태양광", "연료전지",
    "암모니아", "양식업", "해조류", "인삼", "김치", "한옥", "웹툰", "이스포츠",
]

# Particles as the final sound of the noun wants them: (after a consonant, after a vowel).
KO_PARTICLES = {
    "을": ("을", "를"),
    "이": ("이", "가"),
    "은": ("은", "는"),
    "과": ("과", "와"),
    "으로": ("으로", "로"),
    "의": ("의", "의"),
    "에": ("에", "에"),
    "에서": ("에서", "에서"),
}

KO_FRAMES = [
    "{n:을} 위한 {n} {n:이} 중요합니다", "{n:과} {n:을} 연계한 {n:이} 필요합니다",
    "현장에서 {n:을} 체감할 수 있도록 {n:을} 확대하겠습니다", "{n:은} {n:의} 핵심 과제입니다", "정부는 {n:에} 대한 {n:을} 강화해야 합니다",
    "{n:에서} {n:으로} 이어지는 {n:이} 시급합니다", "{n} {n:을} 통해 {n:을} 높이겠습니다", "{n:이} 부족해 {n:에} 어려움을 겪고 있습니다",
    "{n:과} {n:의} 협력을 바탕으로 {n:을} 추진할 계획입니다", "오늘 나온 {n:을} 토대로 {n} 대책을 마련하겠습니다",
    "{n:에} 대한 {n:이} 아직 충분하지 않습니다", "{n:은} {n} 없이는 성과를 내기 어렵습니다",
]

FAMILY_NAMES = [
    ("Kim", "김", 21), ("Lee", "이", 14), ("Park", "박", 8), ("Choi", "최", 5), ("Jung", "정", 4),
    ("Kang", "강", 2), ("Cho", "조", 2), ("Yoon", "윤", 2), ("Jang", "장", 2), ("Lim", "임", 2),
    ("Han", "한", 1), ("Oh", "오", 1), ("Seo", "서", 1), ("Shin", "신", 1), ("Kwon", "권", 1),
    ("Hwang", "황", 1), ("Ahn", "안", 1), ("Song", "송", 1), ("Jeon", "전", 1), ("Hong", "홍", 1),
    ("Yoo", "유", 1), ("Ko", "고", 1), ("Moon", "문", 1), ("Yang", "양", 1), ("Son", "손", 1),
    ("Bae", "배", 1), ("Baek", "백", 1), ("Heo", "허", 1), ("Nam", "남", 1), ("Noh", "노", 1),
]

GIVEN_SYLLABLES = [
    ("young", "영"), ("ho", "호"), ("min", "민"), ("jun", "준"), ("seo", "서"), ("ji", "지"),
    ("hyun", "현"), ("su", "수"), ("woo", "우"), ("jin", "진"), ("tae", "태"), ("sang", "상"),
    ("sung", "성"), ("hye", "혜"), ("eun", "은"), ("jae", "재"), ("dong", "동"), ("hee", "희"),
    ("yeon", "연"), ("kyung", "경"), ("mi", "미"), ("ha", "하"), ("seok", "석"), ("hoon", "훈"),
    ("chul", "철"), ("ki", "기"), ("yong", "용"), ("joo", "주"), ("won", "원"), ("hwan", "환"),
    ("sook", "숙"), ("na", "나"), ("bin", "빈"), ("gyu", "규"), ("il", "일"), ("kwang", "광"),
]

MINISTRIES = [
    ("Ministry of SMEs and Startups", "중소벤처기업부", "MSS"),
    ("Ministry of Science and ICT", "과학기술정보통신부", "MSIT"),
    ("Ministry of Trade, Industry and Energy", "산업통상자원부", "MOTIE"),
    ("Ministry of Economy and Finance", "기획재정부", "MOEF"),
    ("Ministry of Employment and Labor", "고용노동부", "MOEL"), ("Ministry of Education", "교육부", "MOE"),
    ("Ministry of Land, Infrastructure and Transport", "국토교통부", "MOLIT"),
    ("Ministry of Environment", "환경부", "ME"),
    ("Ministry of Agriculture, Food and Rural Affairs", "농림축산식품부", "MAFRA"),
    ("Ministry of Culture, Sports and Tourism", "문화체육관광부", "MCST"),
]

AGENCIES = [
    ("Korea SMEs and Startups Agency", "중소벤처기업진흥공단", "KOSME", 0),
    ("Korea Technology and Information Promotion Agency for SMEs", "중소기업기술정보진흥원", "TIPA", 0),
    ("Korea Institute of Startup and Entrepreneurship Development", "창업진흥원", "KISED", 0),
    ("Small Enterprise and Market Service", "소상공인시장진흥공단", "SEMAS", 0),
    ("National IT Industry Promotion Agency", "정보통신산업진흥원", "NIPA", 1),
    ("National Information Society Agency", "한국지능정보사회진흥원", "NIA", 1),
    ("Korea Trade-Investment Promotion Agency", "대한무역투자진흥공사", "KOTRA", 2),
    ("Korea Evaluation Institute of Industrial Technology", "한국산업기술평가관리원", "KEIT", 2),
    ("Korea Credit Guarantee Fund", "신용보증기금", "KODIT", 3),
    ("Korea Technology Finance Corporation", "기술보증기금", "KIBO", 0),
    ("Human Resources Development Service of Korea", "한국산업인력공단", "HRDK", 4),
    ("Korea Energy Agency", "한국에너지공단", "KEA", 2),
]

OTHER_BODIES = [
    ("National Assembly", "국회", "", "legislature"),
    ("Presidential Committee on AI", "대통령직속 인공지능위원회", "", "committee"),
    ("Presidential Committee on Balanced National Development", "국가균형발전위원회", "", "committee"),
    ("Korea Federation of SMEs", "중소기업중앙회", "KBIZ", "association"),
    ("Korea Venture Business Association", "벤처기업협회", "KOVA", "association"),
    ("Korea Chamber of Commerce and Industry", "대한상공회의소", "KCCI", "association"),
    ("Korea Women Entrepreneurs Association", "한국여성경제인협회", "KWEA", "association"),
    ("Korea Startup Forum", "코리아스타트업포럼", "", "association"),
    ("Korea Autonomous Manufacturing Platform Association", "한국자율제조플랫폼협회", "", "association"),
    ("Korea Smart Manufacturing Industry Association", "한국스마트제조산업협회", "", "association"),
    ("Science and Technology Policy Institute", "과학기술정책연구원", "STEPI", "research"),
    ("Korea Development Institute", "한국개발연구원", "KDI", "research"),
    ("Electronics and Telecommunications Research Institute", "한국전자통신연구원", "ETRI", "research"),
    ("Korea Small Business Institute", "중소벤처기업연구원", "KOSBI", "research"),
    ("Korea Institute for Industrial Economics and Trade", "산업연구원", "KIET", "research"),
    ("Kyonggi University", "경기대학교", "", "university"), ("KAIST", "한국과학기술원", "KAIST", "university"),
    ("Seoul National University", "서울대학교", "SNU", "university"),
    ("Chungbuk National University", "충북대학교", "", "university"),
    ("Pusan National University", "부산대학교", "", "university"),
    ("Kyungpook National University", "경북대학교", "", "university"),
    ("Chonnam National University", "전남대학교", "", "university"),
    ("Korea University", "고려대학교", "", "university"),
    ("Yonsei University", "연세대학교", "", "university"),
    ("Hanyang University", "한양대학교", "", "university"),
    ("POSTECH", "포항공과대학교", "POSTECH", "university"), ("UNIST", "울산과학기술원", "UNIST", "university"),
    ("Changwon National University", "창원대학교", "", "university"),
    ("Chungbuk Province", "충청북도", "", "local-government"),
    ("Gyeongnam Province", "경상남도", "", "local-government"),
    ("Gyeonggi Province", "경기도", "", "local-government"),
    ("Jeonbuk State", "전북특별자치도", "", "local-government"),
    ("Busan Metropolitan City", "부산광역시", "", "local-government"),
    ("Daegu Metropolitan City", "대구광역시", "", "local-government"),
]

CITIES = [
    ("Cheongju", "청주"), ("Changwon", "창원"), ("Daejeon", "대전"), ("Gwangju", "광주"), ("Busan", "부산"),
    ("Daegu", "대구"), ("Ulsan", "울산"), ("Incheon", "인천"), ("Suwon", "수원"), ("Seoul", "서울"),
    ("Sejong", "세종"), ("Jeonju", "전주"), ("Pohang", "포항"), ("Gumi", "구미"), ("Ansan", "안산"),
    ("Wonju", "원주"), ("Chuncheon", "춘천"), ("Gangneung", "강릉"), ("Jeju", "제주"), ("Mokpo", "목포"),
    ("Yeosu", "여수"), ("Gimhae", "김해"), ("Cheonan", "천안"), ("Asan", "아산"), ("Seongnam", "성남"),
    ("Siheung", "시흥"), ("Pyeongtaek", "평택"), ("Gunsan", "군산"),
]

VENUES = [
    "{city} Techno Park", "{city} Creative Economy Innovation Center", "Government Complex Sejong",
    "KOSME {city} office", "{city} Chamber of Commerce",
    "{city} Smart Factory Demonstration Center", "{company} plant", "{company} headquarters",
    "{city} Startup Campus",
]

COUNCILS = [
    ("SME and venture AI policy council", "중소벤처 AI 정책협의회"),
    ("Regional innovation council", "지역혁신협의회"), ("Startup ecosystem council", "창업생태계 협의회"),
    ("Smart manufacturing council", "스마트제조 협의회"), ("SME export support council", "중소기업 수출지원 협의회"),
    ("Digital transformation council for small businesses", "소상공인 디지털전환 협의회"),
    ("Carbon neutrality council for SMEs", "중소기업 탄소중립 협의회"),
    ("Semiconductor supply chain council", "반도체 공급망 협의회"),
    ("Workforce and skills council", "산업인력 협의회"), ("Venture investment council", "벤처투자 협의회"),
    ("Regulatory innovation council", "규제혁신 협의회"),
    ("Local merchants recovery council", "지역상권 회복 협의회"),
]

MEETING_TITLES = [
    "{topic} at regional small and midsize corporations", "Policy dialogue on {topic}",
    "Field meeting in {city} on {topic}", "Progress report on {topic}",
    "Public-private discussion of {topic}", "{topic}: outcomes and plans",
    "Hearing from companies on {topic}",
]

TOPICS = [
    "artificial intelligence", "workforce training", "smart factories", "exports", "regulation",
    "startups", "venture investment", "regional development", "digital transition",
    "supply chains", "carbon neutrality", "small merchants", "research and development",
    "industry-academia cooperation", "public procurement", "financing", "data", "cybersecurity",
    "semiconductors", "robots", "hydrogen", "biotechnology", "content industry", "tourism",
    "agriculture", "logistics", "energy efficiency", "women entrepreneurs", "youth employment",
    "succession", "technology protection", "standards", "certification", "platform economy",
    "global expansion", "local economy", "manufacturing", "software", "cloud", "automation",
]

POLICY_ITEMS = [
    ("SME AI utilization promotion act", "중소기업 인공지능 활용 촉진법", "bill"),
    ("Regional corporations AI utilization promotion plan", "지역기업 AI 활용 촉진방안", "plan"),
    ("Smart factory diffusion programme", "스마트공장 보급확산 사업", "programme"),
    ("Startup growth strategy", "창업기업 성장전략", "strategy"),
    ("SME export voucher programme", "중소기업 수출바우처 사업", "programme"),
    ("Small merchants digital transition plan", "소상공인 디지털전환 방안", "plan"),
    ("Venture investment promotion act amendment", "벤처투자촉진법 개정안", "bill"),
    ("Regulatory sandbox for SMEs", "중소기업 규제자유특구", "regulation"),
    ("SME carbon neutrality roadmap", "중소기업 탄소중립 로드맵", "strategy"),
    ("Technology protection act amendment", "중소기업기술보호법 개정안", "bill"),
    ("Industry-academia workforce programme", "산학연계 인력양성 사업", "programme"),
    ("Public procurement innovation plan", "혁신조달 방안", "plan"),
    ("SME succession support act", "중소기업 승계지원법", "bill"),
    ("Regional innovation cluster plan", "지역혁신 클러스터 방안", "plan"),
    ("Deep tech startup programme", "딥테크 창업 지원사업", "programme"),
    ("Data voucher programme", "데이터바우처 사업", "programme"),
    ("Women entrepreneurs support act amendment", "여성기업지원법 개정안", "bill"),
    ("Supply chain resilience strategy", "공급망 안정화 전략", "strategy"),
]

AGENDA_TITLES = [
    "{topic}: policy outcomes and plans", "On-site trends in {topic}",
    "Exemplary corporations in {topic}", "Discussion of {topic}", "Briefing on {topic}",
    "Proposals from the field on {topic}",
]

# Titles by kind of institution: (English, Korean).
TITLES = {
    "ministry": [
        ("Minister", "장관"), ("Vice minister", "차관"),
        ("Director general for technology innovation policy", "기술혁신정책관"),
        ("Director general for regional policy", "지역정책관"),
        ("Director of the AI policy division", "인공지능정책과장"), ("Deputy director", "사무관"),
    ],
    "agency": [
        ("President", "이사장"), ("Executive director", "본부장"), ("Head of the digital team", "디지털팀장"),
        ("Senior manager", "차장"),
    ],
    "legislature": [("Member of the National Assembly", "국회의원")],
    "committee": [("Chair", "위원장"), ("Member", "위원")],
    "local-government": [("Governor", "도지사"), ("Director of economic policy", "경제정책국장")],
    "university": [
        ("Professor", "교수"), ("Associate professor", "부교수"), ("Research professor", "연구교수"),
    ],
    "research": [("President", "원장"), ("Senior research fellow", "선임연구위원")],
    "association": [("Head", "회장"), ("Vice chair", "부회장"), ("Secretary general", "사무총장")],
    "company": [
        ("Chief executive", "대표"), ("Chief technology officer", "최고기술책임자"),
        ("Head of research", "연구소장"),
    ],
}

PUBLISHERS = [
    ("Ministry of SMEs and Startups", False), ("Chosun Biz (English edition)", True),
    ("Yonhap News Agency", True), ("The Korea Herald", False), ("Korea JoongAng Daily", True),
    ("Newsis", True), ("Policy Briefing (korea.kr)", False),
]
# fmt: on
