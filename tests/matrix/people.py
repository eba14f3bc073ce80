"""A person in the tests: a Matrix user driven through the client-server API with plain HTTP."""

from __future__ import annotations

import asyncio
import itertools
import time
import urllib.parse

import httpx

from tests.matrix.synapse import Account

WAIT = 20.0
_txn = itertools.count()


def _q(value: str) -> str:
    return urllib.parse.quote(value, safe="")


class Person:
    def __init__(self, base_url: str, account: Account):
        self.account = account
        self.user_id = account.user_id
        self.http = httpx.AsyncClient(base_url=f"{base_url}/_matrix/client/v3", timeout=30,
                                      headers={"Authorization": f"Bearer {account.access_token}"})

    async def close(self) -> None:
        await self.http.aclose()

    async def _call(self, method: str, path: str, **kwargs) -> dict:
        response = await self.http.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json()

    async def create_room(self, invite: list[str] = (), *, encrypted: bool = False, public: bool = False,
                          direct: bool = False) -> str:
        body: dict = {"preset": "public_chat" if public else "private_chat", "invite": list(invite),
                      "is_direct": direct}
        if encrypted:
            body["initial_state"] = [{"type": "m.room.encryption", "state_key": "",
                                      "content": {"algorithm": "m.megolm.v1.aes-sha2"}}]
        return (await self._call("POST", "/createRoom", json=body))["room_id"]

    async def invite(self, room_id: str, user_id: str) -> None:
        await self._call("POST", f"/rooms/{_q(room_id)}/invite", json={"user_id": user_id})

    async def join(self, room_id: str) -> None:
        await self._call("POST", f"/join/{_q(room_id)}", json={})

    async def kick(self, room_id: str, user_id: str) -> None:
        await self._call("POST", f"/rooms/{_q(room_id)}/kick", json={"user_id": user_id})

    async def send(self, room_id: str, content: dict, event_type: str = "m.room.message") -> str:
        path = f"/rooms/{_q(room_id)}/send/{event_type}/t{next(_txn)}-{time.time_ns()}"
        return (await self._call("PUT", path, json=content))["event_id"]

    async def say(self, room_id: str, text: str) -> str:
        return await self.send(room_id, {"msgtype": "m.text", "body": text})

    async def upgrade(self, room_id: str, version: str = "10") -> str:
        return (await self._call("POST", f"/rooms/{_q(room_id)}/upgrade", json={"new_version": version}))[
            "replacement_room"]

    async def members(self, room_id: str) -> set[str]:
        return set((await self._call("GET", f"/rooms/{_q(room_id)}/joined_members"))["joined"])

    async def membership_of(self, room_id: str, user_id: str) -> str | None:
        response = await self.http.get(f"/rooms/{_q(room_id)}/state/m.room.member/{_q(user_id)}")
        return response.json().get("membership") if response.status_code == 200 else None

    async def events(self, room_id: str, sender: str | None = None) -> list[dict]:
        """The room's message events, oldest first (optionally only one sender's)."""
        data = await self._call("GET", f"/rooms/{_q(room_id)}/messages", params={"dir": "b", "limit": 200})
        events = [e for e in reversed(data["chunk"]) if "state_key" not in e]
        return [e for e in events if sender is None or e["sender"] == sender]

    async def wait_for_member(self, room_id: str, user_id: str, timeout: float = WAIT) -> None:
        deadline = time.monotonic() + timeout
        while user_id not in await self.members(room_id):
            if time.monotonic() > deadline:
                raise AssertionError(f"{user_id} did not join within {timeout} s")
            await asyncio.sleep(0.1)

    async def wait_for_events(self, room_id: str, sender: str, count: int, timeout: float = WAIT) -> list[dict]:
        """Wait until `sender` has sent at least `count` message events here; return them all."""
        deadline = time.monotonic() + timeout
        while True:
            events = await self.events(room_id, sender)
            if len(events) >= count:
                return events
            if time.monotonic() > deadline:
                raise AssertionError(f"expected {count} messages from {sender}, got {len(events)}: "
                                     f"{[e['content'].get('body') for e in events]}")
            await asyncio.sleep(0.1)
