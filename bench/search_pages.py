"""The search page for 37 searches, in English and Korean, and what is behind each (the order,
the count, the candidates' ids in order, the facets), written to a directory: run on the code
before a change and after it, on the same database, and compare the two directories.

    DJANGO_SETTINGS_MODULE=bench.settings python bench/search_pages.py OUT_DIRECTORY

The speakers, institutions, councils and topics named are those of ``generate_corpus --remarks
2000 --meetings 100 --seed-meeting`` (seed 1).
"""

import os
import sys

import django

SEARCHES = [
    "q=AI",
    "q=%EC%A4%91%EC%86%8C%EA%B8%B0%EC%97%85",
    "q=AI&speaker=kim-seo-dong",
    "q=AI&sort=oldest&page=2",
    "q=AI&sort=relevance",
    "q=AI&sort=newest&page=2",
    "q=%EA%B8%B0%EC%97%85",
    "q=%EC%A7%80%EC%9B%90",
    "q=smart+factory",
    "q=%22smart+factory%22",
    "q=support+-AI",
    "q=workforce&institution=arumtech-textiles",
    "q=AI&council=carbon-neutrality-council-for-smes",
    "q=AI&topic=artificial-intelligence",
    "q=AI&from=2024-01-01&to=2025-12-31",
    "q=AI&from=2025-01-01&sort=relevance",
    "speaker=kim-seo-dong",
    "speaker=kim-seo-dong&page=2",
    "topic=smart-factories&sort=oldest",
    "council=local-merchants-recovery-council",
    "q=zzqxnotfound",
    "q=facto",
    "q=%EC%A4%91%EC%86%8C",
    "q=AI&speaker=kim-seo-dong&speaker=choi-mi-joo",
    "q=training&institution=bitnatech-energy&topic=workforce-training",
    "q=AI&speaker=cho-hoon-kwang&sort=oldest",
    "q=%EC%A4%91%EC%86%8C%EA%B8%B0%EC%97%85&council=digital-transformation-council-for-small-businesses",
    "q=energy&to=2024-06-30",
    "q=go",
    "q=%EC%A0%84%EB%AC%B8%EC%9D%B8%EB%A0%A5&sort=relevance",
    "q=the",
    "q=facto&sort=newest",
    "q=smar&sort=relevance",
    "q=facto&speaker=kim-seo-dong",
    "q=%EA%B8%B0&sort=oldest",
    "q=ai+-zzqx&institution=arumtech-textiles&page=2",
    "q=%22%EC%A4%91%EC%86%8C%EA%B8%B0%EC%97%85+%EC%A7%80%EC%9B%90%22&from=2024-01-01",
]


def main(out):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from django.http import QueryDict
    from django.test import Client

    from council.search.forms import SearchForm
    from council.search.search import RemarkSearch

    os.makedirs(out, exist_ok=True)
    client = Client()
    for n, search in enumerate(SEARCHES):
        for prefix in ("", "/ko"):
            response = client.get(f"{prefix}/search/?{search}")
            name = f"{out}/{n:02d}{prefix.replace('/', '-')}.html"
            with open(name, "w") as page:
                page.write(f"{response.status_code}\n{response.content.decode()}")
        form = SearchForm(QueryDict(search))
        if form.is_valid():
            found = RemarkSearch(form.cleaned_data)
            with open(f"{out}/{n:02d}.candidates", "w") as behind:
                behind.write(f"{found.sort} {found.count}\n{found.ordered_ids()}\n")
                behind.write(f"{found.facets()}\n")
    print(len(SEARCHES), "searches")


if __name__ == "__main__":
    main(sys.argv[1])
