"""The JSON API: the published records, paged by cursor, remarks by the search page's filters and
words, and a JSON error for anything it cannot answer."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from council.records.models import (
    Commitment,
    FollowUp,
    Institution,
    Meeting,
    PolicyItem,
    PolicyStatusChange,
    Remark,
)

from .factories import make_archive, make_meeting, make_person, make_remarks

pytestmark = pytest.mark.django_db


def get(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content.decode()[:1000]
    assert response["Content-Type"] == "application/json"
    return response.json()


def every_page(client, url, **params):
    """Every record of a list, following ``next`` page after page."""
    page = get(client, url, **params)
    records = page["results"]
    while page["next"]:
        page = get(client, page["next"])
        records += page["results"]
    return records


def test_remarks_are_listed_newest_first_page_after_page_without_repeat_or_gap(client):
    speaker = make_person()
    older = make_meeting(date=datetime.date(2025, 3, 1))
    newer = make_meeting(date=datetime.date(2026, 3, 1))
    make_remarks(older, 4, [speaker])
    make_remarks(newer, 3, [speaker])
    remarks = every_page(client, "/api/v1/remarks/", limit=2)
    assert [(r["meeting"]["slug"], r["position"]) for r in remarks] == [
        *((newer.slug, i) for i in (1, 2, 3)),
        *((older.slug, i) for i in (1, 2, 3, 4)),
    ]
    oldest = every_page(client, "/api/v1/remarks/", limit=3, sort="oldest")
    assert [r["id"] for r in oldest] == [r["id"] for r in [*remarks[3:], *remarks[:3]]]


def test_a_remark_added_while_paging_neither_repeats_nor_shifts_a_remark(client):
    meeting = make_meeting(date=datetime.date(2026, 1, 1))
    make_remarks(meeting, 4, [make_person()])
    first = get(client, "/api/v1/remarks/", limit=2)
    newest = make_meeting(date=datetime.date(2026, 6, 1))
    make_remarks(newest, 1, [make_person()])
    second = get(client, first["next"])
    assert [r["position"] for r in first["results"] + second["results"]] == [1, 2, 3, 4]


def test_remarks_are_found_by_the_search_pages_words_and_filters(client, seed):
    words = get(client, "/api/v1/remarks/", q="leap")["results"]
    assert [r["position"] for r in words] == [5]
    assert words[0]["speaker"]["slug"] == "hwang-young-ho"
    assert words[0]["meeting"]["date"] == "2026-07-01"
    by_speaker = every_page(client, "/api/v1/remarks/", speaker="Hwang Young-ho", limit=1)
    assert [r["position"] for r in by_speaker] == [5, 6]
    both = get(client, "/api/v1/remarks/", q="leap", speaker="hwang-young-ho", sort="oldest")
    assert [r["position"] for r in both["results"]] == [5]
    assert both["count"] == 1 and both["count_is_capped"] is False


@pytest.mark.parametrize("sort", ["relevance", "newest", "oldest"])
def test_a_search_by_words_gives_the_search_pages_results_in_its_order(client, sort):
    speakers = [make_person(), make_person()]
    for year in (2024, 2025, 2026):
        meeting = make_meeting(date=datetime.date(year, 5, 1))
        make_remarks(meeting, 3, speakers)  # "Remark number 1 about artificial intelligence."
        Remark.objects.create(meeting=meeting, speaker=speakers[0], text="Training, training.")
        Remark.objects.create(meeting=meeting, speaker=speakers[1], text="Training for AI.")
    page = client.get("/search/", {"q": "training -number", "sort": sort})
    shown = [remark.pk for remark, _ in page.context["results"]]
    listed = every_page(client, "/api/v1/remarks/", q="training -number", sort=sort, limit=2)
    assert len(shown) == 6 and [r["id"] for r in listed] == shown


def test_drafts_are_nowhere_in_the_api(client):
    make_archive(4, "public")
    make_archive(4, "secret", status=Meeting.Status.DRAFT)
    for name in ("remarks", "meetings", "people", "institutions", "councils", "topics"):
        assert "secret" not in str(every_page(client, f"/api/v1/{name}/")).lower(), name
    assert "secret" not in str(every_page(client, "/api/v1/policy-items/")).lower()
    draft = Remark.objects.filter(meeting__slug="meeting-secret-1").first()
    for url in (
        f"/api/v1/remarks/{draft.pk}/",
        "/api/v1/meetings/meeting-secret-1/",
        "/api/v1/people/speaker-secret-a/",
        "/api/v1/councils/council-secret/",
        "/api/v1/topics/topic-secret/",
        "/api/v1/policy-items/promotion-act-secret/",
    ):
        assert get(client, url, status=404)["error"]["status"] == 404


def test_drafts_are_nowhere_in_the_api_for_staff_either(client, editor):
    make_archive(2, "secret", status=Meeting.Status.DRAFT)
    assert get(client, "/api/v1/meetings/")["results"] == []
    get(client, "/api/v1/meetings/meeting-secret-1/", status=404)


def test_a_meeting_is_given_whole_as_its_open_data_file_gives_it(client, seed):
    meeting = Meeting.objects.get()
    detail = get(client, f"/api/v1/meetings/{meeting.slug}/")
    # The file adds what came of the meeting (policies' standing, decisions, commitments,
    # documents), which the API and the dump give as their own records' files (issue 16).
    file = client.get(f"/data/meetings/{meeting.slug}.json").json()
    # With what came of it (issue 16): its policies' standing, decisions, commitments, documents.
    assert {"policies", "decisions", "commitments", "documents"} <= detail.keys()
    assert detail == file
    listed = get(client, "/api/v1/meetings/")["results"]
    assert listed == [{k: v for k, v in detail.items() if k in listed[0]}]
    assert "remarks" not in listed[0]


def test_each_kind_of_record_is_listed_and_found_by_its_slug(client, seed):
    hwang = get(client, "/api/v1/people/hwang-young-ho/")
    assert hwang["name_ko"] == "황영호"
    assert (hwang["bio"], hwang["bio_ko"]) == ("", "")
    assert hwang["appointments"][0]["title_ko"] == "기술혁신정책관"
    assert hwang["appointments"][0]["institution"]["short_name"] == "MSS"
    kosme = get(client, "/api/v1/institutions/korea-smes-and-startups-agency/")
    assert kosme["parent"]["slug"] == "ministry-of-smes-and-startups"
    council = get(client, "/api/v1/councils/sme-and-venture-ai-policy-council/")
    assert council["host"]["short_name"] == "MSS" and council["cadence"] == "monthly"
    act = get(client, "/api/v1/policy-items/sme-ai-utilization-promotion-act/")
    assert act["status"] == "under-deliberation"
    topic = get(client, "/api/v1/topics/workforce-training/")
    assert topic["url"] == "http://testserver/topics/workforce-training/"
    assert topic["name_ko"] == ""  # no Korean name given, none invented
    remark = get(client, "/api/v1/remarks/1/")
    assert (remark["role"], remark["role_ko"]) == (
        "Professor of Kyonggi University",
        "경기대학교 교수",
    )
    assert len(remark["topics"]) == len(remark["topics_ko"])
    for name in ("people", "institutions", "councils", "topics", "policy-items"):
        slugs = [record["slug"] for record in every_page(client, f"/api/v1/{name}/", limit=2)]
        assert slugs == sorted(slugs) and len(slugs) == len(set(slugs)) > 0, name


def test_the_seeds_commitment_and_status_changes_are_records_of_their_own(client, seed):
    (commitment,) = get(client, "/api/v1/commitments/")["results"]
    assert commitment == get(client, f"/api/v1/commitments/{commitment['id']}/")
    assert commitment["owner"]["short_name"] == "MSS" and commitment["state"] == "open"
    assert commitment["remark"]["speaker"]["slug"] == "hwang-young-ho"
    assert commitment["url"] == f"http://testserver/commitments/{commitment['id']}/"
    assert commitment["follow_ups"] == []
    act = "sme-ai-utilization-promotion-act"
    (change,) = get(client, "/api/v1/status-changes/", policy=act)["results"]
    assert change["status"] == "under-deliberation" and change["date"] == "2026-07-01"
    assert change["as_printed"] == "Under deliberation in the National Assembly"
    assert change["url"] == f"http://testserver/policies/{act}/#status-{change['id']}"
    assert change["shown_by"]["meeting"].endswith(f"/meetings/{Meeting.objects.get().slug}/")
    assert change == get(client, f"/api/v1/status-changes/{change['id']}/")
    # As of the meeting and now, on the meeting's record.
    meeting = get(client, f"/api/v1/meetings/{Meeting.objects.get().slug}/")
    standing = {p["slug"]: p for p in meeting["policies"]}[act]
    assert standing["status_at_meeting"]["status"] == standing["status_now"]["status"]
    assert meeting["commitments"] == [{k: v for k, v in commitment.items() if k != "follow_ups"}]


def commitment_texts(client, **params):
    return sorted(c["text"] for c in every_page(client, "/api/v1/commitments/", **params))


def test_commitments_are_filtered_by_state_council_owner_and_policy(client):
    make_archive(2, "one")
    make_archive(2, "two")
    FollowUp.objects.create(
        commitment=Commitment.objects.get(text="Promise two"),
        state="done",
        meeting=Meeting.objects.get(slug="meeting-two-2"),
    )
    assert commitment_texts(client) == ["Promise one", "Promise two"]
    assert commitment_texts(client, state="done") == ["Promise two"]
    assert commitment_texts(client, state="in-progress") == ["Promise one"]
    assert commitment_texts(client, council="council-one") == ["Promise one"]
    owner = Institution.objects.get(name="Ministry two").slug
    assert commitment_texts(client, institution=owner) == ["Promise two"]
    assert commitment_texts(client, policy="promotion-act-one", state="in-progress") == [
        "Promise one"
    ]
    assert commitment_texts(client, policy="promotion-act-one", state="done") == []
    for params, field in (
        ({"state": "kept"}, "state"),
        ({"council": "no-such-council"}, "council"),
        ({"institution": Institution.objects.get(name="Agency one").slug}, "institution"),
        ({"policy": "x" * 300}, "policy"),
        ({"status": "done"}, "status"),  # a status change's filter, not a commitment's
    ):
        response = client.get("/api/v1/commitments/", params)
        assert response.status_code == 400
        assert list(response.json()["error"]["fields"]) == [field]
    assert client.get("/api/v1/status-changes/", {"status": "open"}).status_code == 400
    get(client, "/api/v1/commitments/not-a-number/", status=404)


def test_commitments_and_status_changes_page_newest_first_without_repeat_or_gap(client):
    for label in ("a", "b", "c"):
        make_archive(2, label)
    act = PolicyItem.objects.get(slug="promotion-act-a")
    for day in (3, 4, 5):
        PolicyStatusChange.objects.create(
            policy=act,
            status="adopted",
            date=datetime.date(2026, 8, day),
            source_url=f"https://x/{day}",
        )
    commitments = every_page(client, "/api/v1/commitments/", limit=1)
    assert len(commitments) == 3 == len({c["id"] for c in commitments})
    assert [c["date"] for c in commitments] == sorted(
        (c["date"] for c in commitments), reverse=True
    )
    changes = every_page(client, "/api/v1/status-changes/", limit=2)
    assert [c["date"] for c in changes][:3] == ["2026-08-05", "2026-08-04", "2026-08-03"]
    assert len(changes) == 6 == len({c["id"] for c in changes})


def test_a_drafts_commitments_and_status_changes_are_nowhere_in_the_api(client):
    make_archive(2, "public")
    make_archive(2, "secret", status=Meeting.Status.DRAFT)
    # A public policy's change shown by a draft's remark waits with the draft.
    public_act = PolicyItem.objects.get(slug="promotion-act-public")
    secret_remark = Remark.objects.filter(meeting__slug="meeting-secret-1").first()
    hidden = PolicyStatusChange.objects.create(
        policy=public_act, status="adopted", remark=secret_remark, status_note="secret"
    )
    # A public commitment's follow-up shown by its own public meeting, naming that change.
    follow_up = FollowUp.objects.get(commitment__text="Promise public")
    follow_up.status_change = hidden
    follow_up.save()
    for name in ("commitments", "status-changes"):
        assert "secret" not in str(every_page(client, f"/api/v1/{name}/")).lower(), name
    assert f"#status-{hidden.pk}" not in str(every_page(client, "/api/v1/commitments/"))
    secret = Commitment.objects.get(text="Promise secret")
    get(client, f"/api/v1/commitments/{secret.pk}/", status=404)
    get(client, f"/api/v1/status-changes/{hidden.pk}/", status=404)
    get(client, "/api/v1/commitments/", status=400, council="council-secret")


def test_a_former_slug_redirects_to_the_record(client, seed):
    person = Remark.objects.get(position=5).speaker
    person.slug = "hwang-young-ho-mss"
    person.save()
    response = client.get("/api/v1/people/hwang-young-ho/")
    assert (response.status_code, response["Location"]) == (
        301,
        "/api/v1/people/hwang-young-ho-mss/",
    )


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": "101"}, "limit"),
        ({"limit": "1000000000000"}, "limit"),
        ({"limit": "0"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"cursor": "WyJwZW9wbGUiLFsiYSJdXQ:forged"}, "cursor"),
        ({"speaker": "nobody-at-all"}, "speaker"),
        ({"from": "2026-02-30"}, "from"),
        ({"sort": "random"}, "sort"),
        ({"q": "x" * 10_000}, "q"),
        ({"colour": "red"}, "colour"),
        ({"page": "2"}, "page"),
    ],
)
def test_bad_parameters_are_a_400_naming_the_parameter(client, seed, params, field):
    error = get(client, "/api/v1/remarks/", status=400, **params)["error"]
    assert error["status"] == 400 and error["message"]
    assert list(error["fields"]) == [field]


def test_a_cursor_of_another_list_or_order_is_refused(client, seed):
    people = get(client, "/api/v1/people/", limit=1)["next"]
    cursor = people.split("cursor=")[1]
    get(client, f"/api/v1/institutions/?cursor={cursor}", status=400)
    newest = get(client, "/api/v1/remarks/", limit=1)["next"].split("cursor=")[1]
    get(client, f"/api/v1/remarks/?sort=oldest&cursor={newest}", status=400)
    get(client, f"/api/v1/remarks/?q=AI&cursor={newest}", status=400)


def test_unknown_addresses_and_other_methods_answer_in_json(client, seed):
    assert get(client, "/api/v1/speeches/", status=404)["error"]["status"] == 404
    get(client, "/api/v1/remarks/999999/", status=404)
    response = client.post("/api/v1/remarks/")
    assert (response.status_code, response["Allow"]) == (405, "GET, HEAD")
    assert response.json()["error"]["status"] == 405


def test_any_site_may_read_the_api_without_credentials(client, seed):
    for url in ("/api/v1/remarks/", "/api/v1/remarks/?limit=0", "/api/v1/openapi.json"):
        response = client.get(url, HTTP_ORIGIN="https://newsroom.example")
        assert response["Access-Control-Allow-Origin"] == "*"
        assert not response.has_header("Access-Control-Allow-Credentials")


def test_an_unchanged_answer_is_a_304_and_a_change_shows_at_once(client, seed, settings):
    settings.PAGE_CACHE_SECONDS = 600
    first = client.get("/api/v1/meetings/")
    again = client.get("/api/v1/meetings/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    make_meeting(title="A newer meeting", date=datetime.date(2027, 1, 1))
    assert get(client, "/api/v1/meetings/")["results"][0]["title"] == "A newer meeting"


def test_every_client_gets_the_same_addresses_whatever_language_it_asks_for(client, seed):
    # As the open data files: a record's address is its English one, the one a citation uses.
    response = client.get("/api/v1/remarks/5/", HTTP_ACCEPT_LANGUAGE="ko")
    assert response.json()["url"] == "http://testserver/remarks/5/"


def test_the_description_and_its_page_list_every_operation(client, seed):
    description = get(client, "/api/v1/openapi.json")
    assert description["openapi"].startswith("3.")
    assert set(description["paths"]) >= {
        "/api/v1/remarks/",
        "/api/v1/remarks/{id}/",
        "/api/v1/policy-items/{slug}/",
    }
    parameters = description["paths"]["/api/v1/remarks/"]["get"]["parameters"]
    names = [p.get("name") or p["$ref"].rsplit("/")[-1] for p in parameters]
    # The search form's fields, then the page's.
    assert names == ["q", "speaker", "institution", "council", "topic", "sort", "from", "to"] + [
        "cursor",
        "limit",
    ]
    for language in ("", "/ko"):
        html = client.get(f"{language}/api/v1/").content.decode()
        assert "GET /api/v1/remarks/{id}/" in html and 'href="/api/v1/openapi.json"' in html


def test_without_a_licence_set_the_api_says_it_is_to_be_set(client, seed, settings):
    settings.DATA_LICENCE = ""
    assert "license" not in get(client, "/api/v1/openapi.json")["info"]
    assert "to be set by the ministry" in client.get("/api/v1/").content.decode()
    settings.DATA_LICENCE, settings.DATA_LICENCE_URL = "KOGL Type 1", "https://www.kogl.or.kr/"
    info = get(client, "/api/v1/openapi.json")["info"]
    assert info["license"] == {"name": "KOGL Type 1", "url": "https://www.kogl.or.kr/"}


# The queries of each answer, the revision stamp first, whatever the size of the archive. A
# record's topics are a query, their Korean names another (taggit's prefetch takes no query
# to join them in). The stamp is read once a request (``StampThisRequest``), whatever is kept
# against it: the search's filters' choices, which institutions and topics are public.
BUDGETS = {
    "/api/v1/remarks/?limit=5": 4,
    "/api/v1/remarks/?q=intelligence&speaker={speaker}": 6,
    "/api/v1/remarks/?council={council}&sort=oldest": 5,
    "/api/v1/remarks/{remark}/": 4,
    "/api/v1/meetings/": 4,
    "/api/v1/meetings/{meeting}/": 12,  # with what came of it, as its file
    "/api/v1/people/": 3,
    "/api/v1/people/{speaker}/": 3,
    "/api/v1/institutions/": 2,
    "/api/v1/institutions/{institution}/": 2,
    "/api/v1/councils/": 2,
    "/api/v1/councils/{council}/": 2,
    "/api/v1/topics/": 2,
    "/api/v1/topics/{topic}/": 2,
    "/api/v1/policy-items/": 3,
    "/api/v1/policy-items/{policy}/": 3,
    # The commitments and their follow-ups.
    "/api/v1/commitments/": 3,
    "/api/v1/commitments/{commitment}/": 3,
    # Each filter's record is read too, checked against the public ones.
    "/api/v1/commitments/?state=in-progress&council={council}&institution={owner}"
    "&policy={policy}": 6,
    "/api/v1/status-changes/": 2,
    "/api/v1/status-changes/{status_change}/": 2,
    "/api/v1/status-changes/?policy={policy}&status=under-deliberation": 3,
    "/api/v1/openapi.json": 1,
    "/api/v1/": 1,  # the description as a page
}


@pytest.mark.parametrize("url", BUDGETS)
def test_an_answer_runs_its_budget_of_queries_for_2_10_and_200_remarks(client, url):
    for size in (2, 10, 200):
        label = f"n{size}"
        archive = make_archive(size, label)
        address = url.format(
            speaker=archive["speaker"].strip("/").split("/")[-1],
            council=f"council-{label}",
            remark=archive["remark"].strip("/").split("/")[-1],
            meeting=f"meeting-{label}-1",
            institution=archive["institution"].strip("/").split("/")[-1],
            topic=f"topic-{label}",
            policy=f"promotion-act-{label}",
            commitment=archive["commitment"].strip("/").split("/")[-1],
            owner=Institution.objects.get(name=f"Ministry {label}").slug,
            status_change=PolicyStatusChange.objects.get(policy__slug=f"promotion-act-{label}").pk,
        )
        client.get(address)  # per-process caches (content types, the search's choices)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(address)
        assert response.status_code == 200, response.content[:500]
        assert len(queries) == BUDGETS[url], "\n".join(q["sql"][:150] for q in queries)
