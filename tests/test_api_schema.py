"""The API answers as its OpenAPI description says, for any input schemathesis makes of it:
every status, header and body conforms, and nothing is a server error.

Each operation is driven by Hypothesis through schemathesis's strategies, in a test of its own
(schemathesis's pytest loader for a schema read at run time does not run under pytest 9).
"""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import positive_data_acceptance

from council.api.resources import RESOURCES
from council.records.models import Commitment, FollowUp, PolicyStatusChange, Remark

pytestmark = pytest.mark.django_db

DESCRIPTION = "/api/v1/openapi.json"
# Input the description allows that the records refuse, documented as a 400: a speaker, council
# or topic that no public record has, a cursor the API did not give, a "from" after the "to".
# No schema of the input can know them: the check that every input the schema allows is
# accepted does not apply.
NOT_CHECKED = [positive_data_acceptance]
OPERATIONS = [
    f"/api/v1/{name}/{{id}}/" if resource.lookup == "pk" else f"/api/v1/{name}/{{slug}}/"
    for name, resource in RESOURCES.items()
] + [f"/api/v1/{name}/" for name in RESOURCES]


@pytest.fixture
def api(seed):
    """The description, read from the site itself (its WSGI application), with the seed archive
    behind it. As under the test client, the database connection is not closed after each
    request: the test's transaction is on it."""
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi(DESCRIPTION, get_wsgi_application())
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


def test_the_description_covers_every_operation(api):
    described = {result.ok().path for result in api.get_all_operations()}
    assert described == set(OPERATIONS)


# Any text is a slug to look for: the operations by slug have no input outside the description.
CASES = [
    (path, mode)
    for path in OPERATIONS
    for mode in GenerationMode
    if not (mode == GenerationMode.NEGATIVE and path.endswith("{slug}/"))
]


@pytest.mark.parametrize(("path", "mode"), CASES)
def test_an_operation_answers_any_input_as_described(api, path, mode):
    @given(case=api[path]["GET"].as_strategy(generation_mode=mode))
    @settings(
        max_examples=30,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    def answers_as_described(case):
        case.call_and_validate(excluded_checks=NOT_CHECKED)

    answers_as_described()


def test_every_kind_of_record_conforms_to_the_description(api):
    """Generated slugs find no record: each kind is asked for once by a real one."""
    remark = Remark.objects.get(position=5)
    change = PolicyStatusChange.objects.first()
    FollowUp.objects.create(commitment=Commitment.objects.get(), state="done", status_change=change)
    keys = {
        "/api/v1/remarks/{id}/": {"id": remark.pk},
        "/api/v1/meetings/{slug}/": {"slug": remark.meeting.slug},
        "/api/v1/people/{slug}/": {"slug": remark.speaker.slug},
        "/api/v1/institutions/{slug}/": {"slug": "korea-smes-and-startups-agency"},
        "/api/v1/councils/{slug}/": {"slug": remark.meeting.council.slug},
        "/api/v1/topics/{slug}/": {"slug": "workforce-training"},
        "/api/v1/policy-items/{slug}/": {"slug": "sme-ai-utilization-promotion-act"},
        "/api/v1/commitments/{id}/": {"id": Commitment.objects.get().pk},
        "/api/v1/status-changes/{id}/": {"id": change.pk},
    }
    for path, parameters in keys.items():
        case = api[path]["GET"].Case(path_parameters=parameters)
        assert case.call_and_validate().status_code == 200, path


def test_a_former_slugs_redirect_conforms_to_the_description(api):
    person = Remark.objects.get(position=5).speaker
    former, person.slug = person.slug, "hwang-young-ho-mss"
    person.save()
    case = api["/api/v1/people/{slug}/"]["GET"].Case(path_parameters={"slug": former})
    response = case.call_and_validate(excluded_checks=NOT_CHECKED)
    assert response.status_code == 301
