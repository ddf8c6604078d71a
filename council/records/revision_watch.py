"""Each worker hears of a new revision stamp from PostgreSQL, instead of asking for it on every
request.

A trigger on the revision row (migration ``0012_revision_notifies_its_changes``) sends a
notification when a change to it commits, whichever process made it: a worker, a management
command, a second server with a cache of its own. Every worker keeps one more connection, which
only listens; before answering it looks there for news, which costs no round trip, and asks for
the stamp (one query) only after news, once a change of this process's own has committed
(``Revision.stamp`` says so), and at least every ``VERIFY_SECONDS``: a connection that died
without a word (a network drop) delivers nothing and reports nothing, and the check bounds how
long that can hide a change. Where the listening connection fails or cannot be opened, every
request asks, as on SQLite, and listening is tried again after ``RETRY_SECONDS``.

Off where the database is not PostgreSQL, behind a pooler that hands out connections per
transaction (they cannot listen), and in the tests, whose transactions never commit
(``REVISION_WATCH``).
"""

import os
import select
import threading
import time

import psycopg
from django.db import connections

CHANNEL = "records_revision"
VERIFY_SECONDS = 1.0
RETRY_SECONDS = 5.0


class RevisionWatch:
    def __init__(self):
        self._lock = threading.Lock()  # runserver's threads share one watch
        self._connection = None
        self._pid = None
        self._stamp = None
        self._read_at = None  # None: to be read
        self._retry_at = 0.0

    def last_changed(self, read):
        """The stamp, as ``read()`` (a query) last gave it, read again whenever it may have
        changed."""
        with self._lock:
            now = time.monotonic()
            if not self._heard_all(now):
                return read()
            if self._read_at is None or now - self._read_at > VERIFY_SECONDS:
                self._stamp, self._read_at = read(), now
            return self._stamp

    def mark_stale(self):
        self._read_at = None

    def _heard_all(self, now):
        """Whether every change committed until now has been heard (and marked)."""
        if self._pid != os.getpid():  # a forked worker opens its own
            self._connection = None
        if self._connection is None:
            if now < self._retry_at:
                return False
            try:
                self._listen()
            except psycopg.Error:
                self._retry_at = now + RETRY_SECONDS
                return False
        try:
            if self._news():
                self._read_at = None
        except psycopg.Error:
            self._forget_connection()
            return False
        return True

    def _news(self):
        """Whether notifications came: what the socket holds, read without waiting (1.5 µs
        when it holds nothing). psycopg's ``notifies(timeout=0)`` reads nothing at all when
        the server has closed the connection. A closed connection sends its last error, then
        its end: reading until the socket is quiet reaches the end, and raises."""
        pgconn = self._connection.pgconn
        for _ in range(3):
            if not select.select([pgconn.socket], [], [], 0)[0]:
                break
            pgconn.consume_input()
        heard = False
        while pgconn.notifies() is not None:
            heard = True
        return heard

    def _listen(self):
        params = connections["default"].get_connection_params()
        connection = psycopg.connect(**params, autocommit=True)
        connection.execute(f"LISTEN {CHANNEL}")
        # Listening before the next read: a change committed in between is heard, not missed.
        self._connection, self._pid, self._read_at = connection, os.getpid(), None

    def _forget_connection(self):
        connection, self._connection, self._read_at = self._connection, None, None
        if connection is not None:
            connection.close()  # psycopg closes a broken connection without complaint


watch = RevisionWatch()
