"""One address of every public page type, in the seed archive (see the ``seed`` fixture)."""

from council.alerts.models import Subscriber, Subscription

SEED_MEETING = "/meetings/introducing-and-expanding-ai-at-regional-smes/"
# The keys of a reader's alerts (see the ``seed_photo`` fixture), to which signed links lead.
SEED_SUBSCRIBER_KEY = "seed-subscriber"
SEED_SUBSCRIPTION_KEY = "seed-subscription"

# A site page's text with every element its Markdown allows, and some that are removed.
EVERY_MARKDOWN = """\
An introduction with *emphasis*, **strong words**, ~~struck~~ and `code`; a [link](/data/) and
a [mail](mailto:staff@example.org).

# A heading

## A smaller heading

- one
- two

1. first
2. second

> A quotation.

| Format | File |
|--------|------|
| JSON | `/data/meetings/<meeting>.json` |

    a block of code

<script>alert("stored")</script><iframe src="https://example.org"></iframe>
<p style="color: red" onclick="alert(1)">Styled.</p>
"""
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
    "commitment": "/commitments/1/",
    "commitments": "/commitments/",
    # Every filter chosen, and every filter refused (a 400 with the form's errors).
    "commitments-filtered": "/commitments/?state=open&council=sme-and-venture-ai-policy-council"
    "&institution=ministry-of-smes-and-startups&policy=sme-ai-utilization-promotion-act",
    "commitments-errors": "/commitments/?state=kept&council=nothing&policy=nothing",
    "search": "/search/?q=AI+corporations&speaker=hwang-young-ho",
    # One word found in the English text of a remark, the other in its Korean.
    "search-both-languages": "/search/?q=AI+기업",
    "search-form": "/search/",
    # Words of the deck presented (see the ``seed_photo`` fixture): document text among results.
    "search-documents": "/search/?q=vouchers",
    "search-errors": "/search/?from=2026-02-30&speaker=nobody",
    "search-trends": "/search/trends/?q=AI",
    "search-trends-errors": "/search/trends/?q=AI&from=2026-02-30",
    "open-data": "/data/",
    "api": "/api/v1/",
    "site-page": "/pages/guide-to-the-data/",
    "site-page-english-only": "/pages/english-only/",
    "not-found": "/meetings/no-such-meeting/",
    # More fields than Django reads (DATA_UPLOAD_MAX_NUMBER_FIELDS, 1,000).
    "bad-request": "/search/?" + "&".join(["k=1"] * 1001),
    "korean-meeting": "/ko" + SEED_MEETING,
    "alerts": "/alerts/",
    "alerts-sent": "/alerts/sent/",
    "alerts-confirm": f"/alerts/confirm/{Subscription.signer().sign(SEED_SUBSCRIPTION_KEY)}/",
    "alerts-manage": f"/alerts/manage/{Subscriber.signer().sign(SEED_SUBSCRIBER_KEY)}/",
    "alerts-unsubscribe": f"/alerts/unsubscribe/{Subscriber.signer().sign(SEED_SUBSCRIBER_KEY)}/",
    "alerts-bad-link": "/alerts/confirm/not-a-link-the-site-sent/",
}

# Every page type again in Korean, under /ko/: the same templates with longer words, other
# fonts and the Korean fields of the records.
PAGE_TYPES |= {
    f"{name}-ko": f"/ko{url}" for name, url in PAGE_TYPES.items() if not url.startswith("/ko/")
}
