from django.db import migrations

from council.search.backends import RANK_FUNCTION

from . import on_postgresql


class Migration(migrations.Migration):
    dependencies = [("search", "0003_hangul_walk_index")]
    operations = [
        on_postgresql([RANK_FUNCTION], ["DROP FUNCTION IF EXISTS council_rank(tsvector, tsquery)"])
    ]
