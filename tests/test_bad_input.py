"""Whatever a crawler or a mistyping person asks for, the answer is a 404 page, never a 500."""

import pytest

from .factories import make_archive

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    return make_archive(4, "x")


@pytest.mark.parametrize(
    "url",
    [
        "/meetings/2026/13/",
        "/meetings/2026/00/",
        "/meetings/0000/",
        "/meetings/99999/",
        "/meetings/2019/",
        "/meetings/2026/1/",
        "/meetings/no-such-meeting/",
        "/remarks/0/",
        "/remarks/99999999999999999999999/",
        "/remarks/abc/",
        "/speakers/nobody/",
        "/speakers/nobody/feed/",
        "/institutions/nothing/",
        "/councils/nothing/",
        "/topics/nothing/",
        "/topics/%ED%95%9C%EA%B5%AD/",
        "/policies/nothing/",
        "/ko/meetings/nothing/",
        "/meetings/?page=99",
        "/meetings/?page=abc",
        "/meetings/?page=-1",
        "/meetings/2026/?page=2",
        "/speakers/speaker-x-b/?page=99",
        "/speakers/speaker-x-b/?page=%00",
        "/councils/council-x/?page=last2",
        "/commitments/?page=99",
        "/commitments/?page=abc",
        "/commitments/?state=open&page=2",
        "/commitments/0/",
        "/commitments/abc/",
    ],
)
def test_bad_addresses_get_the_helpful_404_page(client, archive, url):
    response = client.get(url)
    assert response.status_code == 404
    prefix = "/ko" if url.startswith("/ko/") else ""
    assert f'<a href="{prefix}/meetings/">' in response.content.decode()
    assert "<h1>" in response.content.decode()


def test_last_is_a_page_number_people_may_use(client, archive):
    assert client.get("/meetings/?page=last").status_code == 200


TOO_MANY_FIELDS = "&".join(f"k{i}=v" for i in range(2000))


@pytest.mark.parametrize("debug", [False, True], ids=["production", "debug"])
@pytest.mark.parametrize("url", ["/search/", "/meetings/", "/ko/speakers/"])
def test_a_query_of_too_many_fields_gets_the_400_page_with_a_way_on(client, settings, url, debug):
    settings.DEBUG = debug
    response = client.get(f"{url}?{TOO_MANY_FIELDS}")
    assert response.status_code == 400
    prefix = "/ko" if url.startswith("/ko/") else ""
    assert f'<a href="{prefix}/search/">' in response.content.decode()


def test_a_request_for_another_host_gets_the_400_page(client, settings):
    settings.ALLOWED_HOSTS = ["council.example"]
    response = client.get("/meetings/", HTTP_HOST="elsewhere.example")
    assert response.status_code == 400
    assert "This address could not be read" in response.content.decode()
