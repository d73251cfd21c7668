"""Property: random offline edits on three devices, synced in random orders with interruptions →
every replica ends equal, and every value that was overwritten concurrently is a conflict record."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from app.services import participants
from app.sync.client import SyncError, sync
from tests.server.helpers import conflicts, device_rows, server_rows

FIELDS = ("social_media", "city", "address")  # free text: a phone must now be a phone number
edits = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.sampled_from(FIELDS)), min_size=1, max_size=8)
orders = st.lists(st.tuples(st.integers(0, 2), st.sampled_from([None, 1, 2, 4])), min_size=1, max_size=6)


def test_random_offline_edits_on_three_devices_converge_and_keep_every_loser(net):
    devices = [net.device("carla"), net.device("pam"), net.device("carla")]
    pids = [net.world.participant(devices[0], individual_number=f"5000{i}", last_name=f"Nguyễn {i}").id for i in range(3)]
    for ctx in devices + devices:
        sync(ctx, net.server.url)
    counter = {"n": 0}

    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
    @given(edits=edits, order=orders)
    def run(edits, order):
        written: dict[tuple[str, str], dict[int, str]] = {}  # the last value each device wrote offline
        for device, which, field in edits:
            counter["n"] += 1
            value = f"{field[:1]}{counter['n']}-d{device}"
            participants.update_participant(devices[device], pids[which], **{field: value})
            written.setdefault((pids[which], field), {})[device] = value
        for device, stop_after in order:  # some syncs are cut off after a few progress steps
            calls = {"n": 0}

            def cancel():
                calls["n"] += 1
                return stop_after is not None and calls["n"] > stop_after

            try:
                sync(devices[device], net.server.url, cancel=cancel, batch_size=2, page_size=3)
            except SyncError:
                pass
        for ctx in devices + devices[:2]:
            sync(ctx, net.server.url)
        expected = server_rows(net.server)
        assert all(device_rows(ctx) == expected for ctx in devices)
        lost = {}
        for c in conflicts(devices[0]):
            lost.setdefault((c.row_id, c.field), set()).add(json.loads(c.lost_value))
        assert [len(conflicts(ctx)) for ctx in devices] == [len(net.server.rows("conflict"))] * 3
        for (pid, field), by_device in written.items():
            final, values = expected[pid][field], set(by_device.values())
            assert final in values
            assert values - {final} <= lost.get((pid, field), set()), (field, values, final)

    run()
