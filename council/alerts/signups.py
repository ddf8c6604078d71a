"""Sign-ups to alerts, counted per address and per client, so that nobody can have the site mail
an address over and over, nor sign up addresses by the thousand.

Counted in the cache, as the admin's sign-in failures are counted in the database (django-axes):
its counting is for passwords, and a sign-up is not a failure. With ``CACHE_URL`` naming Redis
every worker shares the counts; with each process's own memory (the default), each worker
counts apart. An hour's window from each count's first sign-up.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

PER_ADDRESS = 3
PER_CLIENT = 10
WINDOW_SECONDS = 3600


def client_address(request):
    """The visitor's address: from ``CLIENT_ADDRESS_HEADER`` where the proxy in front sets it
    (behind a proxy every connection comes from the proxy), else the connection's."""
    header = settings.CLIENT_ADDRESS_HEADER
    if header:
        forwarded = request.META.get(f"HTTP_{header.upper().replace('-', '_')}", "")
        if forwarded.strip():
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def counters(request, email):
    """``[(cache key, limit)]``; the address is hashed, as it is personal data."""
    return [
        (f"alert-signups:address:{digest(email.casefold())}", PER_ADDRESS),
        (f"alert-signups:client:{digest(client_address(request))}", PER_CLIENT),
    ]


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def allow(request, email):
    """Whether this sign-up may send its mail; if so it is counted."""
    counted = counters(request, email)
    if any(cache.get(key, 0) >= limit for key, limit in counted):
        return False
    for key, _limit in counted:
        if not cache.add(key, 1, WINDOW_SECONDS):
            try:
                cache.incr(key)
            except ValueError:  # expired between the two calls
                cache.set(key, 1, WINDOW_SECONDS)
    return True
