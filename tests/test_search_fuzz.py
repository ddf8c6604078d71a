"""Whatever is thrown at the search page's parameters, the answer is never a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

PARAMETERS = ["q", "speaker", "institution", "council", "topic", "from", "to", "sort", "page"]
nasty = st.one_of(
    st.text(max_size=400),
    st.sampled_from(['"', "-", "&|!():*", "\x00", "<script>", "1 OR 1=1", "9" * 30, "2026-13-45"]),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=st.dictionaries(st.sampled_from(PARAMETERS), nasty, max_size=5))
def test_random_parameters_never_cause_a_server_error(client, seed, params):
    for url in ("/search/", "/search/feed/", "/search/speakers/"):
        response = client.get(url, params)
        assert response.status_code in (200, 400, 404), (url, params)
        if response.status_code == 200 and url == "/search/":
            assert "<script>" not in response.content.decode().split("</head>")[1]
