"""Schemathesis against a real server process: whatever the schema allows a client to send, no 5xx."""
from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.server.raw import RawDevice


def test_no_request_gets_a_server_error(net):
    schema = schemathesis.openapi.from_url(f"{net.server.url}/openapi.json")
    token = RawDevice(net.server.url, "carla").token
    tried = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            headers = {"Authorization": f"Bearer {token}"} if case.path != "/api/v1/revoke" else {}
            case.call_and_validate(base_url=net.server.url, headers=headers, checks=[not_a_server_error])

        check()
        tried.append(operation.path)
    assert {"/api/v1/push", "/api/v1/pull", "/api/v1/blobs/{sha256}", "/api/v1/scope"} <= set(tried)
