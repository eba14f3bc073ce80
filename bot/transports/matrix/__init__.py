"""The Matrix transport (mautrix, asyncio): the same commands as Telegram, with the `!` prefix."""

from bot.transports.matrix.session import matrix_configured
from bot.transports.matrix.transport import MatrixTransport

__all__ = ["MatrixTransport", "matrix_configured"]
