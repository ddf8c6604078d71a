"""The Nu HTML checker finds no errors on any page type."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .pages import PAGE_TYPES

pytestmark = pytest.mark.django_db

VNU = Path(__file__).resolve().parent.parent / "node_modules/vnu-jar/build/dist/vnu.jar"


def nu_messages(paths):
    """The Nu HTML checker's errors in the files at ``paths``: skipped without Java or the
    checker, except in CI, where make test installs both."""
    java = shutil.which("java")
    if not (VNU.exists() and java):
        if os.environ.get("CI") == "true":
            pytest.fail("the Nu HTML checker needs Java and `npm ci` (make test does both)")
        pytest.skip("Java or vnu.jar is missing")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *paths],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]


def test_every_page_type_is_valid_html(client, seed_photo, bulk_download, tmp_path):
    files = {}
    responses = {name: (url, client.get(url)) for name, url in PAGE_TYPES.items()}
    # The alerts' form shown again with its errors: the answer to a POST.
    mistaken = {"email": "oops", "q": "AI", "speaker": "hwang-young-ho"}
    for name, url in (("alerts-errors", "/alerts/"), ("alerts-errors-ko", "/ko/alerts/")):
        responses[name] = (url, client.post(url, mistaken))
    for name, (url, response) in responses.items():
        assert response.status_code in (200, 400, 404), url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files[str(path)] = url
    messages = nu_messages(files)
    errors = [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: line "
        f"{m.get('lastLine')}: {m['message']}"
        for m in messages
    ]
    assert errors == []
