"""Django's Redis cache, without building a redis-py client for every call.

Django wraps its connection pool in a new ``redis.Redis`` on each get and set, and redis-py
fills a table of some 170 response callbacks in every ``Redis()``: about 0.2 ms a call on
these processors, more than the round trip itself. A client holds nothing but its pool and is
safe to share between threads, so one per pool serves every call.
"""

from django.core.cache.backends import redis


class ReusedClientRedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
