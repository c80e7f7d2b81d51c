"""Requests generated from the OpenAPI document, valid and invalid alike, as the logbook's
owner: whatever arrives, the API answers with a status it means and the error shape,
never a 500.

Generation is derandomised (the same cases on every run), so a failure here is a
reproducible bug, never a flaky one.
"""

from __future__ import annotations

import contextvars

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings

EXAMPLES_PER_OPERATION = 20


def check(case, world) -> None:
    if case.path_parameters and "slug" in case.path_parameters:
        case.path_parameters["slug"] = world.logbook.slug  # reach the code behind the lookup
    # Each request in a context of its own, as in production (see IsolatedClient).
    response = contextvars.Context().run(case.call, headers=world.owner.headers)
    assert response.status_code < 500, (case.method, case.formatted_path, response.text[:300])
    if response.status_code >= 400 and response.headers.get("Content-Type", "").startswith(
        "application/json"
    ):
        error = response.json().get("error")
        assert error and error["code"] and error["message"], response.text[:300]


def test_no_generated_request_gets_a_server_error(app, world):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    failures, tested = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if "application/offset+octet-stream" in str(operation.definition.raw):
            continue  # tus PATCH bodies: the resumable upload tests send them

        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def run(case):
            check(case, world)

        try:
            run()
        except AssertionError as failure:
            failures.append(f"{operation.method.upper()} {operation.path}: {failure}")
        tested += 1
    assert tested > 40
    assert not failures, "\n".join(failures)
