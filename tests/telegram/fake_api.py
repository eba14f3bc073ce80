"""A fake Telegram Bot API server on 127.0.0.1: records every call and enforces the flood limits.

It implements the methods the bot uses, keeps what each chat would show (messages, with edits
applied in place), and answers like Telegram does: 429 with `retry_after`, 403 for a blocked
chat, 400 for a message that is not modified. `fail_next` injects the network's faults: 429, 5xx,
a hang past the client's timeout (the message is still posted, as Telegram would) and a connection
reset before any answer. Like Telegram, it measures a message's text after entity parsing in UTF-16
code units (an emoji is two) and refuses one over 4,096, or a caption over 1,024.
"""

from __future__ import annotations

import asyncio
import html
import json
import math
import re
import time
from collections import deque
from dataclasses import dataclass, field

from aiohttp import web

BOT_ID = 999000
BOT_USERNAME = "PardonWatchTestBot"
SEND_METHODS = ("sendMessage", "sendPhoto", "editMessageText")
FAULTS = ("429", "500", "502", "timeout", "reset", "garbled")
TEXT_LIMIT, CAPTION_LIMIT = 4096, 1024  # UTF-16 code units of the text after entity parsing
_TAG = re.compile(r"<[^>]*>")


def shown_length(markup: str) -> int:
    """How long Telegram counts an HTML message: the text it shows, in UTF-16 code units."""
    shown = html.unescape(_TAG.sub("", markup))
    return len(shown.encode("utf-16-le", errors="surrogatepass")) // 2


@dataclass
class FakeLimits:
    """Telegram's flood limits; `None` switches one off."""

    per_second: int | None = 30  # messages per second per bot
    chat_interval: float | None = None  # seconds between two messages to one chat
    group_per_minute: int | None = None  # messages per minute to one group or channel


@dataclass
class Call:
    method: str
    params: dict
    status: int
    at: float = field(default_factory=time.monotonic)


def _admin(user: dict, can_post: bool = True) -> dict:
    rights = dict.fromkeys((
        "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
        "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
        "can_post_stories", "can_edit_stories", "can_delete_stories"), False)
    return {"status": "administrator", "user": user, **rights, "can_post_messages": can_post}


class FakeBotApi:
    def __init__(self, limits: FakeLimits | None = None):
        self.limits = limits or FakeLimits()
        self.calls: list[Call] = []
        self.messages: dict[int, list[dict]] = {}  # chat id → messages as the chat shows them
        self.chats: dict[str, dict] = {}  # "@username" → chat
        self.members: dict[tuple[int, int], str] = {}  # (chat id, user id) → status
        self.blocked: set[int] = set()
        self.migrated: dict[int, int] = {}  # group id → the supergroup id it became
        self.force_429: dict[int, int] = {}  # chat id → how many sends to refuse with 429 first
        self.webhook: dict | None = None
        self.tokens: set[str] = set()  # the bot tokens requests came with
        self.faults: dict[str, deque[tuple[str, int | None]]] = {}  # method → faults for its next calls
        self.hang_seconds = 6.0  # how long a "timeout" fault keeps the client waiting
        self.faulted: list[tuple[str, str, int | None]] = []  # (method, fault, chat id) as injected
        self._updates: list[dict] = []
        self._next_update_id = 1
        self._new_update = asyncio.Event()
        self._sends: deque[float] = deque()
        self._chat_sends: dict[int, deque[float]] = {}
        self._next_message_id = 1
        self._runner: web.AppRunner | None = None
        self._closing = False
        self._changed = asyncio.Event()
        self.url = ""

    # --- running -----------------------------------------------------------------------------
    async def start(self) -> str:
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        self._closing = True  # long polls still waiting (a killed bot's, say) return at once
        self._new_update.set()
        if self._runner:
            await self._runner.cleanup()

    # --- what tests set up and read ------------------------------------------------------------
    def push(self, update: dict) -> int:
        update = {"update_id": self._next_update_id, **update}
        self._next_update_id += 1
        self._updates.append(update)
        self._new_update.set()
        return update["update_id"]

    def add_channel(self, username: str, chat_id: int, admins: dict[int, str]) -> None:
        self.chats["@" + username] = {"id": chat_id, "type": "channel", "title": username, "username": username}
        for user_id, status in admins.items():
            self.members[(chat_id, user_id)] = status

    def fail_next(self, method: str, fault: str, count: int = 1, chat_id: int | None = None) -> None:
        """Answer the next `count` calls of `method` (to `chat_id` only, when given) with `fault`."""
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}")
        self.faults.setdefault(method, deque()).extend([(fault, chat_id)] * count)

    def ok_calls(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method and c.status == 200]

    def texts_to(self, chat_id: int) -> list[str]:
        return [m.get("text") or m.get("caption") or "" for m in self.messages.get(chat_id, [])]

    def callback_answers(self) -> list[dict]:
        """What each answerCallbackQuery said (the pop-up text, if any, and whether it was an alert)."""
        return [c.params for c in self.ok_calls("answerCallbackQuery")]

    def refused(self, status: int) -> int:
        return sum(1 for c in self.calls if c.status == status)

    async def wait_for(self, predicate, timeout: float = 10.0) -> None:
        """Return as soon as `predicate()` holds, checking it after every API call (and every 50 ms)."""
        deadline = time.monotonic() + timeout
        while True:
            self._changed.clear()
            if predicate():
                return
            if time.monotonic() > deadline:
                raise TimeoutError("the fake Bot API never saw what the test waited for")
            try:
                await asyncio.wait_for(self._changed.wait(), 0.05)
            except TimeoutError:
                pass

    # --- the API -------------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        self.tokens.add(request.match_info["token"])
        params = await self._params(request)
        fault = self._take_fault(method, params)
        if fault == "reset":
            self.calls.append(Call(method, params, 0))
            self._changed.set()
            request.transport.close()  # the connection drops before any answer
            return web.Response(status=500)
        if fault in ("429", "500", "502"):
            status, body = self._fault_answer(fault)
            self.calls.append(Call(method, params, status))
            self._changed.set()
            return web.json_response(body, status=status)
        if fault == "garbled":  # a 200 whose body is not JSON (nor UTF-8), as a broken proxy might send
            self.calls.append(Call(method, params, 200))
            self._changed.set()
            return web.Response(body=b"\xff<html>Bad Gateway</html>", status=200)
        if fault == "timeout":
            await asyncio.sleep(self.hang_seconds)  # the client gave up; the call still takes effect
        handler = getattr(self, "_m_" + method, None)
        if handler is None:
            status, body = 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
        else:
            status, body = await handler(params)
        self.calls.append(Call(method, params, status))
        self._changed.set()
        return web.json_response(body, status=status)

    def _take_fault(self, method: str, params: dict) -> str | None:
        queue = self.faults.get(method)
        if not queue:
            return None
        chat_id = int(params["chat_id"]) if str(params.get("chat_id", "")).lstrip("-").isdigit() else None
        for i, (fault, only_chat) in enumerate(queue):
            if only_chat is None or only_chat == chat_id:
                del queue[i]
                self.faulted.append((method, fault, chat_id))
                return fault
        return None

    def _fault_answer(self, fault: str) -> tuple[int, dict]:
        if fault == "429":
            return self._error(429, "Too Many Requests: retry after 1", 1)
        return self._error(int(fault), "Internal Server Error" if fault == "500" else "Bad Gateway")

    async def _params(self, request: web.Request) -> dict:
        if request.content_type == "application/json":
            # Telegram reads a JSON body's numbers and flags like the same fields of a form: recorded
            # as a form's would be, so that tests see one shape whichever way a client sends.
            return {key: value if isinstance(value, (str, dict, list)) else json.dumps(value)
                    for key, value in (await request.json()).items()}
        form = await request.post()
        params = {}
        for key, value in form.items():
            if isinstance(value, str):
                try:
                    params[key] = json.loads(value) if value[:1] in "[{" else value
                except ValueError:
                    params[key] = value
            else:
                params[key] = {"file": value.filename}
        return params

    @staticmethod
    def _ok(result) -> tuple[int, dict]:
        return 200, {"ok": True, "result": result}

    @staticmethod
    def _error(status: int, description: str, retry_after: int | None = None) -> tuple[int, dict]:
        body: dict = {"ok": False, "error_code": status, "description": description}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        return status, body

    def _chat(self, chat_id: int) -> dict:
        for chat in self.chats.values():
            if chat["id"] == chat_id:
                return chat
        return {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup", "first_name": "x",
                "title": "group"}

    def _flood_check(self, chat_id: int) -> tuple[int, dict] | None:
        """Telegram's limits, counted over what was accepted; None when the message may go."""
        now = time.monotonic()
        if self.force_429.get(chat_id):
            self.force_429[chat_id] -= 1
            return self._error(429, "Too Many Requests: retry after 1", 1)
        limits = self.limits
        while self._sends and self._sends[0] <= now - 1.0:
            self._sends.popleft()
        if limits.per_second is not None and len(self._sends) >= limits.per_second:
            return self._error(429, "Too Many Requests: retry after 1", 1)
        recent = self._chat_sends.setdefault(chat_id, deque())
        while recent and recent[0] <= now - 60.0:
            recent.popleft()
        if limits.chat_interval is not None and recent and now - recent[-1] < limits.chat_interval * 0.9:
            return self._error(429, "Too Many Requests: retry after 1", 1)
        if limits.group_per_minute is not None and chat_id < 0 and len(recent) >= limits.group_per_minute:
            wait = max(1, math.ceil(recent[0] + 60.0 - now))
            return self._error(429, f"Too Many Requests: retry after {wait}", wait)
        self._sends.append(now)
        recent.append(now)
        return None

    def _new_message(self, chat_id: int, params: dict, **content) -> dict:
        message = {"message_id": self._next_message_id, "date": int(time.time()), "chat": self._chat(chat_id),
                   "from": {"id": BOT_ID, "is_bot": True, "first_name": "Pardon Watch", "username": BOT_USERNAME},
                   **content}
        if params.get("message_thread_id"):
            message["message_thread_id"] = int(params["message_thread_id"])
            message["is_topic_message"] = True
        if (params.get("reply_markup") or {}).get("inline_keyboard"):
            # Like Telegram, a message keeps an inline keyboard; a forced reply only opens the reply field.
            message["reply_markup"] = params["reply_markup"]
        self._next_message_id += 1
        self.messages.setdefault(chat_id, []).append(message)
        return message

    async def _m_getMe(self, params):
        return self._ok({"id": BOT_ID, "is_bot": True, "first_name": "Pardon Watch", "username": BOT_USERNAME,
                         "can_join_groups": True, "can_read_all_group_messages": False,
                         "supports_inline_queries": True})

    async def _m_deleteWebhook(self, params):
        self.webhook = None
        return self._ok(True)

    async def _m_setWebhook(self, params):
        self.webhook = params
        return self._ok(True)

    async def _m_getUpdates(self, params):
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        if offset:
            # Like Telegram, an offset confirms the updates before it: they are forgotten (and a
            # long load test does not rescan every update ever sent).
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        deadline = time.monotonic() + timeout
        while True:
            ready = [u for u in self._updates if u["update_id"] >= offset]
            if ready or self._closing or time.monotonic() >= deadline:
                return self._ok(ready[:100])
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), max(0.01, deadline - time.monotonic()))
            except TimeoutError:
                pass

    async def _m_sendMessage(self, params):
        chat_id = int(params["chat_id"])
        if chat_id in self.blocked:
            return self._error(403, "Forbidden: bot was blocked by the user")
        if chat_id in self.migrated:
            status, body = self._error(400, "Bad Request: group chat was upgraded to a supergroup chat")
            body["parameters"] = {"migrate_to_chat_id": self.migrated[chat_id]}
            return status, body
        if shown_length(params["text"]) > TEXT_LIMIT:
            return self._error(400, "Bad Request: message is too long")
        refused = self._flood_check(chat_id)
        if refused:
            return refused
        return self._ok(self._new_message(chat_id, params, text=params["text"]))

    async def _m_sendPhoto(self, params):
        chat_id = int(params["chat_id"])
        if shown_length(params.get("caption", "")) > CAPTION_LIMIT:
            return self._error(400, "Bad Request: message caption is too long")
        refused = self._flood_check(chat_id)
        if refused:
            return refused
        photo = [{"file_id": "photo1", "file_unique_id": "u1", "width": 800, "height": 600}]
        return self._ok(self._new_message(chat_id, params, photo=photo, caption=params.get("caption", "")))

    async def _m_editMessageText(self, params):
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        found = next((m for m in self.messages.get(chat_id, []) if m["message_id"] == message_id), None)
        if found is None:
            return self._error(400, "Bad Request: message to edit not found")
        if shown_length(params["text"]) > TEXT_LIMIT:
            return self._error(400, "Bad Request: message is too long")
        if found.get("text") == params["text"] and found.get("reply_markup") == params.get("reply_markup"):
            return self._error(400, "Bad Request: message is not modified: specified new message content and"
                                    " reply markup are exactly the same as a current content")
        refused = self._flood_check(chat_id)
        if refused:
            return refused
        found["text"] = params["text"]
        # Like Telegram: an edit without a keyboard removes the one the message had.
        if params.get("reply_markup"):
            found["reply_markup"] = params["reply_markup"]
        else:
            found.pop("reply_markup", None)
        found["edit_date"] = int(time.time())
        return self._ok(found)

    async def _m_setMyCommands(self, params):
        return self._ok(True)

    async def _m_getChat(self, params):
        ref = str(params["chat_id"])
        chat = self.chats.get(ref) if ref.startswith("@") else self._chat(int(ref))
        if chat is None:
            return self._error(400, "Bad Request: chat not found")
        return self._ok({**chat, "accent_color_id": 0, "max_reaction_count": 11, "accepted_gift_types": {
            "unlimited_gifts": False, "limited_gifts": False, "unique_gifts": False, "premium_subscription": False,
            "gifts_from_channels": False}})

    async def _m_getChatMember(self, params):
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        user = {"id": user_id, "is_bot": user_id == BOT_ID, "first_name": "u"}
        status = self.members.get((chat_id, user_id))
        if status is None:
            return self._error(400, "Bad Request: user not found")
        if status == "administrator":
            return self._ok(_admin(user))
        if status == "creator":
            return self._ok({"status": "creator", "user": user, "is_anonymous": False})
        return self._ok({"status": status, "user": user})

    async def _m_answerCallbackQuery(self, params):
        return self._ok(True)

    async def _m_answerInlineQuery(self, params):
        return self._ok(True)


# --- updates as Telegram sends them ---------------------------------------------------------------
_next_message_id = iter(range(1_000_000, 10_000_000))


def user(user_id: int, language: str | None = "en") -> dict:
    data = {"id": user_id, "is_bot": False, "first_name": "Test"}
    if language:
        data["language_code"] = language
    return data


def chat(chat_id: int, kind: str | None = None) -> dict:
    kind = kind or ("private" if chat_id > 0 else "supergroup")
    return {"id": chat_id, "type": kind, **({"first_name": "Test"} if kind == "private" else {"title": "Group"})}


def message_update(chat_id: int, text: str, user_id: int | None = None, language: str | None = "en",
                   kind: str | None = None, thread_id: int | None = None) -> dict:
    message = {"message_id": next(_next_message_id), "date": int(time.time()), "chat": chat(chat_id, kind),
               "text": text}
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    if user_id is not None:
        message["from"] = user(user_id, language)
    if thread_id is not None:
        message.update(message_thread_id=thread_id, is_topic_message=True)
    return {"message": message}


def callback_update(chat_id: int, user_id: int, data: str, language: str = "en") -> dict:
    message = {"message_id": next(_next_message_id), "date": int(time.time()), "chat": chat(chat_id), "text": "…"}
    return {"callback_query": {"id": str(next(_next_message_id)), "from": user(user_id, language),
                               "chat_instance": "ci", "message": message, "data": data}}


def press_update(message: dict, user_id: int, data: str, language: str = "en") -> dict:
    """A person pressing one of the buttons under a message the bot sent (as the fake API keeps it)."""
    return {"callback_query": {"id": str(next(_next_message_id)), "from": user(user_id, language),
                               "chat_instance": "ci", "message": message, "data": data}}


def reply_update(question: dict, text: str, user_id: int, language: str = "en") -> dict:
    """A person answering a message of the bot with Telegram's reply."""
    update = message_update(question["chat"]["id"], text, user_id, language)
    update["message"]["reply_to_message"] = question
    return update


def inline_update(user_id: int, query: str, language: str = "en") -> dict:
    return {"inline_query": {"id": str(next(_next_message_id)), "from": user(user_id, language), "query": query,
                             "offset": ""}}


def my_chat_member_update(chat_id: int, user_id: int, new_status: str) -> dict:
    bot_user = {"id": BOT_ID, "is_bot": True, "first_name": "Pardon Watch"}
    return {"my_chat_member": {"chat": chat(chat_id), "from": user(user_id), "date": int(time.time()),
                               "old_chat_member": {"status": "member", "user": bot_user},
                               "new_chat_member": {"status": new_status, "user": bot_user,
                                                   **({"until_date": 0} if new_status == "kicked" else {})}}}
