"""Renderers turn a Reply into what each platform shows."""

from bot.render.links import safe_url
from bot.render.matrix import MatrixMessage, render_matrix
from bot.render.plain import render_plain
from bot.render.telegram import TELEGRAM_LIMIT, render_telegram

__all__ = ["MatrixMessage", "TELEGRAM_LIMIT", "render_matrix", "render_plain", "render_telegram", "safe_url"]
