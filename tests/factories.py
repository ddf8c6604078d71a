"""Small factories: each makes one valid object, with overrides for what a test cares about."""

import datetime
import io
from itertools import count
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from council.records.models import Council, Institution, Meeting, Person, Remark

_serial = count(1)

# The seed article (../shared/seed), as the importer's corpus keeps it.
SEED_ARTICLE = Path(__file__).resolve().parent / "articles/en-01-chosunbiz-ai-policy-council.txt"


def make_institution(**fields):
    n = next(_serial)
    fields.setdefault("name", f"Institution {n}")
    fields.setdefault("slug", f"institution-{n}")
    return Institution.objects.create(**fields)


def make_council(**fields):
    n = next(_serial)
    fields.setdefault("name", f"Council {n}")
    fields.setdefault("slug", f"council-{n}")
    if "host" not in fields:
        fields["host"] = make_institution()
    return Council.objects.create(**fields)


def make_meeting(**fields):
    n = next(_serial)
    fields.setdefault("title", f"Meeting {n}")
    fields.setdefault("slug", f"meeting-{n}")
    fields.setdefault("date", datetime.date(2026, 7, 1))
    fields.setdefault("status", Meeting.Status.PUBLISHED)
    # The source a meeting is published with (Meeting.SOURCE_NEEDED).
    fields.setdefault("source_publisher", "Ministry of SMEs and Startups")
    fields.setdefault("source_title", f"Press release {n}")
    fields.setdefault("source_url", f"https://www.mss.go.kr/press/{n}")
    fields.setdefault("source_date", fields["date"])
    if "council" not in fields:
        fields["council"] = make_council()
    return Meeting.objects.create(**fields)


def make_person(**fields):
    n = next(_serial)
    fields.setdefault("name", f"Person {n}")
    fields.setdefault("slug", f"person-{n}")
    return Person.objects.create(**fields)


def make_remarks(meeting, number, speakers):
    """``number`` remarks in order, spread over ``speakers``, in one insert."""
    return Remark.objects.bulk_create(
        Remark(
            meeting=meeting,
            position=i,
            speaker=speakers[i % len(speakers)],
            role="Speaker",
            text=f"Remark number {i} about artificial intelligence.",
        )
        for i in range(1, number + 1)
    )


def make_page(**fields):
    """A published site page in the footer, in English and Korean."""
    from council.pages.models import Page

    n = next(_serial)
    fields.setdefault("slug", f"page-{n}")
    fields.setdefault("title", f"Page {n}")
    fields.setdefault("title_ko", f"페이지 {n}")
    fields.setdefault("body", f"The text of page {n}.")
    fields.setdefault("body_ko", f"페이지 {n}의 본문.")
    fields.setdefault("status", Page.Status.PUBLISHED)
    return Page.objects.create(**fields)


def image_upload(name="photo.png", size=(40, 30), image_format="PNG"):
    """A real image, made by Pillow, as a browser would upload it."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 90, 160)).save(buffer, image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{image_format.lower()}")


def make_archive(remarks, label, status=Meeting.Status.PUBLISHED):
    """A council with two meetings holding ``remarks`` remarks between them, by three speakers
    with appointments, institutions in several parts, an agenda discussing a policy item, and
    topics; returns the addresses of every page type that shows them."""
    from council.records.models import (
        AgendaItem,
        Appointment,
        Commitment,
        Correction,
        Decision,
        FollowUp,
        Participation,
        PolicyItem,
        PolicyStatusChange,
    )

    host = make_institution(name=f"Ministry {label}", short_name=f"M{label}", kind="ministry")
    agency = make_institution(name=f"Agency {label}", kind="agency", parent=host)
    council = make_council(name=f"Council {label}", slug=f"council-{label}", host=host)
    policy = PolicyItem.objects.create(
        name=f"Promotion act {label}",
        slug=f"promotion-act-{label}",
        kind="bill",
        status="under-deliberation",
        owner=host,
    )
    speakers = [
        make_person(name=f"Speaker {label} {i}", slug=f"speaker-{label}-{i}") for i in "abc"
    ]
    for person in speakers:
        Appointment.objects.create(person=person, institution=agency, title="Director")
    meetings = []
    for day in (1, 2):
        meeting = make_meeting(
            council=council,
            slug=f"meeting-{label}-{day}",
            date=datetime.date(2026, 7, day),
            status=status,
        )
        meeting.topics.add(f"topic {label}")
        Participation.objects.create(meeting=meeting, institution=host, part="host")
        Participation.objects.create(meeting=meeting, institution=agency, part="presenter")
        item = AgendaItem.objects.create(meeting=meeting, title="The act", presenter=agency)
        item.policy_items.add(policy)
        made = make_remarks(meeting, remarks // 2, speakers)
        Remark.objects.filter(pk__in=[r.pk for r in made]).update(agenda_item=item)
        for remark in made[:3]:
            remark.topics.add(f"topic {label}")
        Correction.objects.record(
            meeting, [{"changed": {"fields": ["City"]}}], f"Note {label}.", made[:1]
        )
        meetings.append(meeting)
    PolicyStatusChange.objects.create(
        policy=policy, status="under-deliberation", meeting=meetings[0], status_note=f"In {label}"
    )
    first = meetings[0].remarks.order_by("position")[0]
    Decision.objects.create(
        meeting=meetings[0], agenda_item=meetings[0].agenda_items.get(), text=f"Agreed {label}"
    )
    commitment = Commitment.objects.create(remark=first, owner=host, text=f"Promise {label}")
    FollowUp.objects.create(
        commitment=commitment, state="in-progress", meeting=meetings[1], note=f"Begun {label}"
    )
    speaker = first.speaker
    return {
        "home": "/",
        "archive": "/meetings/",
        "year": "/meetings/2026/",
        "month": "/meetings/2026/07/",
        "meeting": meetings[0].get_absolute_url(),
        "remark": first.get_absolute_url(),
        "speakers": "/speakers/",
        "speaker": speaker.get_absolute_url(),
        "institutions": "/institutions/",
        "institution": agency.get_absolute_url(),
        "council": council.get_absolute_url(),
        "topic": f"/topics/topic-{label}/",
        "policy": policy.get_absolute_url(),
        "policy-feed": f"{policy.get_absolute_url()}feed/",
        "commitment": commitment.get_absolute_url(),
        "commitment-feed": f"{commitment.get_absolute_url()}feed/",
        "commitments-feed": "/feeds/commitments/",
        "commitments": "/commitments/",
        "commitments-filtered": f"/commitments/?state=in-progress&council={council.slug}"
        f"&institution={host.slug}&policy={policy.slug}",
        "meeting-feed": "/feeds/meetings/",
        "correction-feed": "/feeds/corrections/",
        "speaker-feed": f"{speaker.get_absolute_url()}feed/",
        "sitemap": "/sitemap.xml",
        "sitemap-remarks": "/sitemap-remarks.xml",
        "sitemap-topics": "/sitemap-topics.xml",
        "meeting-json": f"/data/meetings/{meetings[0].slug}.json",
        "meeting-csv": f"/data/meetings/{meetings[0].slug}.csv",
        "meeting-akn": f"/data/meetings/{meetings[0].slug}.akn.xml",
        "popolo": "/data/popolo.json",
        "policies-json": "/data/policies.json",
        "commitments-json": "/data/commitments.json",
    }


def make_extraction(**fields):
    """What the reader finds in a ministry's release about a council not yet in the records,
    with one remark and one flagged passage; the article itself is not needed."""
    from council.importer.reading import (
        Extraction,
        Flag,
        FlagKind,
        FoundInstitution,
        FoundPolicyItem,
        FoundRemark,
    )

    fields = {
        "language": "en",
        "date": datetime.date(2026, 11, 12),
        "venue": "Government Complex Sejong",
        "city": "Sejong",
        "host": "Ministry of Science and ICT",
        "council": "the Digital Industry Council",
        "title": "Digital Industry Council opens with a bill before the Assembly",
        "summary": "",
        "is_translation": False,
        "publisher": "Ministry of Science and ICT",
        "institutions": [
            FoundInstitution("Ministry of Science and ICT", short_name="MSIT", kind="ministry"),
            FoundInstitution("Digital Industry Council", kind="committee"),
            FoundInstitution(
                "National Assembly", kind="legislature", name_en="National Assembly", name_ko="국회"
            ),
        ],
        "policy_items": [
            FoundPolicyItem("Digital Industry Promotion Act", "bill", "under-deliberation")
        ],
        "remarks": [
            FoundRemark(
                quote="The act will help every digital company.",
                speaker="Park Ji-hun",
                role="Minister of Science and ICT",
                institution="Ministry of Science and ICT",
                title="Minister",
            )
        ],
        "flags": [Flag(FlagKind.UNCLOSED_QUOTE, paragraph=7, excerpt="We will")],
        **fields,
    }
    return Extraction(**fields)


def records_migration(name):
    """The records migration called ``NNNN_name``, whatever its number (migrations are
    renumbered when branches meet)."""
    from importlib import import_module

    import council.records.migrations as package

    [path] = Path(package.__file__).parent.glob(f"[0-9][0-9][0-9][0-9]_{name}.py")
    return import_module(f"{package.__name__}.{path.stem}")
