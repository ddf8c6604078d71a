"""One address of every public page type, in the seed archive (see the ``seed`` fixture)."""

SEED_MEETING = "/meetings/introducing-and-expanding-ai-at-regional-smes/"
# A remark spoken in Korean and translated into English, added by the ``seed_photo`` fixture.
TRANSLATED_REMARK = 107

PAGE_TYPES = {
    "home": "/",
    "archive": "/meetings/",
    "year": "/meetings/2026/",
    "month": "/meetings/2026/07/",
    "meeting": SEED_MEETING,
    "remark": "/remarks/5/",
    "remark-translated": f"/remarks/{TRANSLATED_REMARK}/",
    "speakers": "/speakers/",
    "speaker": "/speakers/hwang-young-ho/",
    "institutions": "/institutions/",
    "institution": "/institutions/ministry-of-smes-and-startups/",
    "council": "/councils/sme-and-venture-ai-policy-council/",
    "topic": "/topics/workforce-training/",
    "policy": "/policies/sme-ai-utilization-promotion-act/",
    "search": "/search/?q=AI+corporations&speaker=hwang-young-ho",
    # One word found in the English text of a remark, the other in its Korean.
    "search-both-languages": "/search/?q=AI+기업",
    "search-form": "/search/",
    "search-errors": "/search/?from=2026-02-30&speaker=nobody",
    "open-data": "/data/",
    "not-found": "/meetings/no-such-meeting/",
    # More fields than Django reads (DATA_UPLOAD_MAX_NUMBER_FIELDS, 1,000).
    "bad-request": "/search/?" + "&".join(["k=1"] * 1001),
    "korean-meeting": "/ko" + SEED_MEETING,
}

# Every page type again in Korean, under /ko/: the same templates with longer words, other
# fonts and the Korean fields of the records.
PAGE_TYPES |= {
    f"{name}-ko": f"/ko{url}" for name, url in PAGE_TYPES.items() if not url.startswith("/ko/")
}
