import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def test_scratch(client, seed):
    import json

    for url in [
        "/api/v1/commitments/",
        "/api/v1/status-changes/",
        "/api/v1/commitments/?state=open&council=x",
        "/commitments/",
        "/commitments/?state=bogus",
        "/ko/commitments/",
        "/api/v1/openapi.json",
    ]:
        with CaptureQueriesContext(connection) as q:
            r = client.get(url)
        print(url, r.status_code, len(q))
        if "api" in url and "openapi" not in url:
            print(json.dumps(r.json(), ensure_ascii=False, indent=1)[:2500])
    from council.records.models import Meeting

    m = Meeting.objects.get()
    r = client.get(f"/api/v1/meetings/{m.slug}/")
    d = r.json()
    print({k: d[k] for k in ("policies", "decisions", "commitments", "documents")})
    print(client.get("/commitments/").content.decode()[-3000:])
