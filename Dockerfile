# syntax=docker/dockerfile:1
# Pardon Watch in a container: `docker build -t pardonwatch .` (docs/deploy.md).
# Stage 1 builds the wheel (with the seeds and compiled catalogs in it) and the wheels it needs;
# stage 2 installs only those into a slim Python, with no compiler, no pip cache and no source tree.

FROM python:3.11.11-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11.11-slim-bookworm
# The bot runs as this user; its database lives on the /data volume.
RUN groupadd --system --gid 10001 pardonwatch \
    && useradd --system --uid 10001 --gid pardonwatch --home-dir /data --no-create-home pardonwatch \
    && mkdir /data && chown pardonwatch:pardonwatch /data
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index --find-links /wheels pardonwatch
ENV PARDONWATCH_DB=/data/pardonwatch.sqlite3 \
    MPLCONFIGDIR=/tmp/matplotlib \
    PYTHONUNBUFFERED=1
VOLUME /data
WORKDIR /data
USER pardonwatch:pardonwatch
# Healthy while `pardonwatch run` renews its heartbeat (every 30 s) in the database.
HEALTHCHECK --interval=60s --timeout=20s --start-period=60s --retries=3 \
    CMD ["pardonwatch", "status", "--check"]
ENTRYPOINT ["pardonwatch"]
CMD ["run"]
