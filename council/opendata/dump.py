"""The bulk download: every public record of every kind, as gzip-compressed JSON Lines and a CSV
table a kind, with a manifest naming each file, its records, size and SHA-256, when it was made
and under which licence.

Each dump is written into a folder of its own, named by when it was made, under a temporary
name until it is whole: the newest whole one is "the latest", served at /data/dump/, and a
download under way from the one before finishes while the next is written.
"""

import csv
import gzip
import hashlib
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from .kinds import KINDS
from .licence import data_licence
from .records import SiteAddress
from .tables import spreadsheet_cell

MANIFEST = "manifest.json"
STAMP = "%Y%m%dT%H%M%S%fZ"
# The dumps kept: the latest, and the one before for downloads begun before it.
KEPT = 2
# Records read from the database at a time (each chunk's related rows in a query of their own).
CHUNK = 500
LICENCE_NOT_SET = "To be set by the ministry."


def write_dump(root, site_url, now=None):
    """Write a dump under ``root``, for the site at ``site_url``; returns its manifest."""
    now = now or datetime.now(UTC)
    root = Path(root)
    name = now.strftime(STAMP)
    partial = root / f".{name}.partial"
    partial.mkdir(parents=True)
    try:
        site = SiteAddress(site_url)
        files = []
        for kind in KINDS.values():
            files += write_kind(partial, kind, site)
        licence = data_licence()
        manifest = {
            "generated_at": now.isoformat().replace("+00:00", "Z"),
            "site": site_url,
            "licence": licence,
            **({} if licence else {"licence_note": LICENCE_NOT_SET}),
            "files": files,
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2))
        partial.rename(root / name)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    for older in sorted(whole_dumps(root))[:-KEPT]:
        shutil.rmtree(older, ignore_errors=True)
    return manifest


def write_kind(folder, kind, site):
    """``<kind>.jsonl.gz`` (a record a line, as the API gives it whole) and ``<kind>.csv.gz``
    (the same, flattened); their entries in the manifest."""
    records, represent = kind.wholly()
    lines = folder / f"{kind.name}.jsonl.gz"
    columns, count = {}, 0
    with gzip.open(lines, "wt", encoding="utf-8") as out:
        for record in records.order_by("pk").iterator(chunk_size=CHUNK):
            data = represent(site, record)
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
            columns.update(dict.fromkeys(name for name, _ in flattened(data)))
            count += 1
    table = folder / f"{kind.name}.csv.gz"
    # UTF-8 with a byte-order mark, as every CSV of the site: Excel reads Korean with it.
    with (
        gzip.open(lines, "rt", encoding="utf-8") as rows,
        gzip.open(table, "wt", encoding="utf-8-sig", newline="") as out,
    ):
        writer = csv.writer(out)
        writer.writerow(columns)
        for line in rows:
            values = dict(flattened(json.loads(line)))
            writer.writerow([spreadsheet_cell(values.get(name, "")) for name in columns])
    return [entry(lines, kind, "jsonl", count), entry(table, kind, "csv", count)]


def flattened(record, prefix=""):
    """A record's cells: a nested record's as ``speaker.name``, a list of names joined by
    "; ". Lists of records (a meeting's agenda, remarks, photos) are in the JSON Lines only."""
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from flattened(value, f"{name}.")
        elif isinstance(value, list):
            if value and not any(isinstance(item, dict | list) for item in value):
                yield name, "; ".join(str(item) for item in value)
        else:
            yield name, "" if value is None else value


def entry(path, kind, form, count):
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return {
        "name": path.name,
        "kind": kind.name,
        "format": form,
        "records": count,
        "bytes": path.stat().st_size,
        "sha256": digest.hexdigest(),
    }


def files_by_kind(manifest):
    """``[{"kind", "records", "jsonl": entry, "csv": entry}]`` in the manifest's order."""
    kinds = {}
    for entry in manifest["files"]:
        kinds.setdefault(entry["kind"], {"kind": entry["kind"], "records": entry["records"]})
        kinds[entry["kind"]][entry["format"]] = entry
    return list(kinds.values())


def whole_dumps(root):
    """The folders of whole dumps under ``root``."""
    root = Path(root)
    if not root.is_dir():
        return []
    return [folder for folder in root.iterdir() if (folder / MANIFEST).is_file()]


def latest_dump(root):
    """``(its folder, its manifest)`` of the newest whole dump, or ``(None, None)``."""
    dumps = sorted(whole_dumps(root))
    if not dumps:
        return None, None
    folder = dumps[-1]
    return folder, json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
