"""The interface speaks Korean under /ko/, and no UI string is left untranslated."""

import datetime
import re
from pathlib import Path

import pytest
from django.template.defaultfilters import date
from django.utils import translation

from council.archive.templatetags.archive import local_date

pytestmark = pytest.mark.django_db

COUNCIL = Path(__file__).resolve().parent.parent / "council"
# The project's catalogue and the apps' own (the importer's, the alerts').
CATALOGUES = sorted(COUNCIL.glob("**/locale/ko/LC_MESSAGES/django.po"))
MEETING = "/meetings/introducing-and-expanding-ai-at-regional-smes/"


def test_the_korean_home_page_speaks_korean(client, seed):
    html = client.get("/ko/").content.decode()
    assert '<html lang="ko">' in html
    assert "최근 회의" in html
    assert "본문으로 건너뛰기" in html


def test_korean_pages_use_korean_names_where_they_are_known(client, seed):
    html = client.get("/ko" + MEETING).content.decode()
    assert "주최: 중소벤처기업부" in html
    assert ">황영호</a>" in html
    assert "중소기업 인공지능 활용 촉진법" in html


def test_each_language_links_to_the_same_page_in_the_other(client, seed):
    english = client.get(MEETING).content.decode()
    korean = client.get("/ko" + MEETING).content.decode()
    assert f'href="/ko{MEETING}" hreflang="ko"' in english
    assert f'href="{MEETING}" hreflang="en"' in korean


def test_a_day_is_written_as_each_language_writes_dates_whichever_came_first():
    day = datetime.date(2026, 7, 1)
    english, korean = ("en", "July 1, 2026"), ("ko", "2026년 7월 1일")
    for language, written in [english, korean, english]:
        with translation.override(language):
            assert local_date(day) == date(day, "DATE_FORMAT") == written


@pytest.mark.parametrize("po", CATALOGUES, ids=[str(p.relative_to(COUNCIL)) for p in CATALOGUES])
def test_every_interface_string_has_a_korean_translation(po):
    entries = po.read_text(encoding="utf-8").split("\n\n")[1:]
    untranslated = [
        entry
        for entry in entries
        if "#, fuzzy" in entry or re.search(r'^msgstr(\[0\])? ""(\n(?!")|\Z)', entry, re.M)
    ]
    assert untranslated == []


def test_staff_can_use_the_admin_in_korean(client):
    assert "로그인" in client.get("/ko/admin/login/").content.decode()
    assert "Log in" in client.get("/admin/login/").content.decode()


def test_the_korean_admin_lists_the_records_first_and_names_posts_as_posts(client, seed):
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_superuser("admin"))
    index = client.get("/ko/admin/")
    apps = [app["name"] for app in index.context["app_list"]]
    assert apps[:2] == ["협의회 기록", "주제"]
    html = index.content.decode()
    assert "Taggit" not in html and "Tags" not in html

    appointments = client.get("/ko/admin/records/appointment/").content.decode()
    assert ">직함<" in appointments and ">제목<" not in appointments
    person = client.get("/ko/admin/records/person/1/change/").content.decode()
    assert "직함" in person and "한국어 직함" in person
    topics = client.get("/ko/admin/taggit/tag/").content.decode()
    assert "선택한 주제 합치기" in topics and "Merge selected tags" not in topics


def test_staff_merge_topics_in_korean(client, seed):
    from django.contrib.auth.models import User
    from taggit.models import Tag

    client.force_login(User.objects.create_superuser("admin"))
    hiring, training = Tag.objects.filter(name__in=["hiring", "workforce training"])
    action = {"action": "render_tag_form", "_selected_action": [hiring.pk, training.pk]}
    merge = client.post("/ko/admin/taggit/tag/", action, follow=True)
    html = merge.content.decode()
    assert "합친 주제의 이름" in html and "협의회 기록" in html  # the admin's own header
    assert "New Tag Name" not in html and "Enter new or existing" not in html

    unnamed = client.post("/ko/admin/taggit/tag/merge-tags/", {"new_tag_name": ""})
    assert unnamed.status_code == 200
    assert unnamed.context["form"].errors["new_tag_name"] == ["필수 항목입니다."]

    merged = client.post(
        "/ko/admin/taggit/tag/merge-tags/", {"new_tag_name": "jobs"}, follow=True
    ).content.decode()
    assert "주제를 합쳤습니다." in merged
    assert not hiring.taggit_taggeditem_items.exists()
    assert Tag.objects.get(name="jobs").taggit_taggeditem_items.count() >= 2

    signed_in = client.get("/ko/admin/").content.decode()
    assert "로그인 시도 기록" in signed_in and ">Axes<" not in signed_in
