"""A synthetic archive, repeatable for a seed: councils, meetings, institutions, people with
appointments, and remarks in English and Korean with a Zipf-like skew of word frequencies.

Everything goes in through ``bulk_create`` in batches, so no signal fires: the one ``Revision``
stamp is made at the end. On SQLite the FTS5 triggers still fire on every inserted row, so the
search index is right without a rebuild.
"""

import datetime
import itertools
import re
import sys
import time
from dataclasses import dataclass, field
from random import Random

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag, TaggedItem

from council.records.models import (
    AgendaItem,
    Appointment,
    Council,
    Institution,
    Meeting,
    Participation,
    Person,
    PolicyItem,
    Remark,
    Revision,
)

from . import vocabulary as v

# Change it with the corpus: make bench regenerates a corpus of another version.
VERSION = 3

# The seed meeting's address (``fixtures/seed.json``; ``add_seed_meeting``).
SEED_MEETING = "introducing-and-expanding-ai-at-regional-smes"

FIRST_DAY = datetime.date(2012, 1, 1)
LAST_DAY = datetime.date(2026, 6, 30)


def zipf_cum_weights(n, exponent=1.0, offset=2.7):
    """Cumulative Zipf–Mandelbrot weights of ranks 1..n, for ``Random.choices``: the offset
    flattens the head, as in real text, where the top word is not half of everything."""
    return list(itertools.accumulate(1 / (rank + offset) ** exponent for rank in range(1, n + 1)))


def zipf_share(n, rank, exponent=1.0, offset=2.7):
    """The probability of drawing ``rank`` (1-based) from ``zipf_cum_weights``."""
    total = zipf_cum_weights(n, exponent, offset)[-1]
    return 1 / (rank + offset) ** exponent / total


def brands():
    """Company brands, one word each ("Hanbittech"), ranked for text: (English, Korean)."""
    stems, endings = v.BRAND_STEMS, v.BRAND_ENDINGS
    return [
        (stem + ending, stem_ko + ending_ko)
        for (ending, ending_ko), (stem, stem_ko) in itertools.product(endings, stems)
    ]


BRANDS = brands()

# "{n}" is a noun, "{a}" an adjective, "{b}" a brand, "{c}" a city, "{n:을}" a Korean noun with
# the particle that agrees with its last syllable.
SLOT = re.compile(r"\{(\w)(?::(\w+))?\}")


def parse_frame(frame):
    """``[(literal, slot kind, particle)]`` for a sentence frame."""
    parts, cursor = [], 0
    for match in SLOT.finditer(frame):
        parts.append((frame[cursor : match.start()], match.group(1), match.group(2)))
        cursor = match.end()
    parts.append((frame[cursor:], None, None))
    return parts


def with_particle(noun, particle):
    """``noun`` with the form of ``particle`` its final sound wants (을/를, 이/가, 으로/로…)."""
    after_consonant, after_vowel = v.KO_PARTICLES[particle]
    final = (ord(noun[-1]) - 0xAC00) % 28 if "가" <= noun[-1] <= "힣" else 0
    if particle == "으로" and final == 8:  # ㄹ takes 로
        return noun + after_vowel
    return noun + (after_consonant if final else after_vowel)


class Progress:
    """A one-line progress display on stderr; a line per tenth when stderr is not a terminal."""

    def __init__(self, label, total, enabled=True, stream=None):
        self.label, self.total, self.enabled = label, total, enabled
        self.stream = stream or sys.stderr
        self.done, self.started, self.shown, self.tenth = 0, time.monotonic(), 0.0, 0
        self.tty = self.stream.isatty()

    def add(self, count):
        self.done += count
        if not self.enabled:
            return
        now = time.monotonic()
        if self.tty and now - self.shown >= 0.2:
            self.shown = now
            self.stream.write(f"\r{self.line(now)}\033[K")
            self.stream.flush()
        elif not self.tty and self.total and self.done * 10 // self.total > self.tenth:
            self.tenth = self.done * 10 // self.total
            self.stream.write(f"{self.line(now)}\n")

    def line(self, now):
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        share = self.done / self.total if self.total else 1
        left = (self.total - self.done) / rate if rate else 0
        bar = "#" * int(share * 20)
        return (
            f"{self.label:<12} [{bar:<20}] {self.done:>10,}/{self.total:,} "
            f"{rate:>9,.0f}/s  {elapsed:5.0f}s elapsed, {left:4.0f}s left"
        )

    def finish(self):
        if self.enabled:
            now = time.monotonic()
            end = "\n" if self.tty else ""
            self.stream.write(f"\r{self.line(now)}\033[K\n" if self.tty else end)
            if not self.tty and self.tenth < 10:
                self.stream.write(f"{self.line(now)}\n")
            self.stream.flush()
        return time.monotonic() - self.started


@dataclass
class MeetingPlan:
    """What the remarks of one meeting need to know about it."""

    pk: int
    date: datetime.date
    remarks: int
    host: Institution
    speakers: list = field(default_factory=list)
    agenda: list = field(default_factory=list)


def remark_words(text, korean, translated):
    """A remark's text fields: Korean spoken and written in Korean; English spoken, or the
    machine translation of Korean words whose original the corpus leaves out (as the seed)."""
    if korean:
        return {"text_ko": text, "provenance_ko": "original", "spoken_language": "ko"}
    if translated:
        return {"text": text, "provenance": "machine", "spoken_language": "ko"}
    return {"text": text, "provenance": "original", "spoken_language": "en"}


class CorpusBuilder:
    """Builds the corpus with ``build()``; ``timings`` then holds seconds per phase."""

    def __init__(
        self,
        *,
        meetings,
        remarks,
        seed=1,
        people=None,
        batch_size=10_000,
        draft_share=0.02,
        korean_share=0.2,
        progress=True,
    ):
        self.meetings_wanted = meetings
        self.remarks_wanted = remarks
        self.people_wanted = people or max(20, remarks // 200)
        self.seed = seed
        self.batch_size = batch_size
        self.draft_share = draft_share
        self.korean_share = korean_share
        self.progress = progress
        self.rng = Random(seed)
        self.timings = {}
        self.en_frames = [parse_frame(f) for f in v.EN_FRAMES]
        self.ko_frames = [parse_frame(f) for f in v.KO_FRAMES]
        self.en_noun_weights = zipf_cum_weights(len(v.EN_NOUNS))
        self.en_adjective_weights = zipf_cum_weights(len(v.EN_ADJECTIVES))
        self.ko_noun_weights = zipf_cum_weights(len(v.KO_NOUNS))
        self.brand_weights = zipf_cum_weights(len(BRANDS), exponent=1.1)
        self.topic_weights = zipf_cum_weights(len(v.TOPICS))

    def build(self):
        phases = [
            ("institutions", self.make_institutions),
            ("people", self.make_people),
            ("councils", self.make_councils),
            ("meetings", self.make_meetings),
            ("remarks", self.make_remarks),
        ]
        for name, phase in phases:
            started = time.monotonic()
            phase()
            self.timings[name] = round(time.monotonic() - started, 2)
        Revision.stamp()
        if connection.vendor == "postgresql":
            # Statistics and the visibility map, as a long-running archive would have them:
            # the planner needs the one, index-only scans the other. VACUUM cannot run inside
            # a transaction (a test's), ANALYZE can.
            started = time.monotonic()
            vacuum = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            with connection.cursor() as cursor:
                for model in (Remark, Meeting, Person, Appointment, Participation, TaggedItem):
                    cursor.execute(f"{vacuum} {model._meta.db_table}")
                cursor.execute("ANALYZE")
            self.timings["vacuum analyze"] = round(time.monotonic() - started, 2)
        return self

    # Words.

    def pick(self, population, cum_weights, k=1):
        return self.rng.choices(population, cum_weights=cum_weights, k=k)

    def english_sentence(self):
        rng, parts = self.rng, self.rng.choice(self.en_frames)
        out = []
        for literal, kind, _ in parts:
            out.append(literal)
            if kind == "n":
                out.append(self.pick(v.EN_NOUNS, self.en_noun_weights)[0])
            elif kind == "a":
                out.append(self.pick(v.EN_ADJECTIVES, self.en_adjective_weights)[0])
            elif kind == "b":
                out.append(self.pick(BRANDS, self.brand_weights)[0][0])
            elif kind == "c":
                out.append(rng.choice(v.CITIES)[0])
        sentence = "".join(out)
        return sentence[0].upper() + sentence[1:] + "."

    def korean_sentence(self):
        parts = self.rng.choice(self.ko_frames)
        out = []
        for literal, kind, particle in parts:
            out.append(literal)
            if kind == "n":
                noun = self.pick(v.KO_NOUNS, self.ko_noun_weights)[0]
                out.append(with_particle(noun, particle) if particle else noun)
        return "".join(out) + "."

    def sentences(self, korean=False, weights=(5, 4, 1)):
        count = self.rng.choices((1, 2, 3), weights=weights)[0]
        make = self.korean_sentence if korean else self.english_sentence
        return " ".join(make() for _ in range(count))

    def topic(self):
        return self.pick(v.TOPICS, self.topic_weights)[0]

    # Phases.

    def bulk(self, model, objects):
        """Insert in batches, each in its own transaction; the saved objects, with their keys."""
        saved = []
        for start in range(0, len(objects), self.batch_size):
            with transaction.atomic():
                saved += model.objects.bulk_create(objects[start : start + self.batch_size])
        return saved

    def make_institutions(self):
        ministries = [
            Institution(name=n, name_ko=ko, short_name=s, slug=slugify(n), kind="ministry")
            for n, ko, s in v.MINISTRIES
        ]
        ministries = self.bulk(Institution, ministries)
        agencies = [
            Institution(
                name=n,
                name_ko=ko,
                short_name=s,
                slug=slugify(n),
                kind="agency",
                parent=ministries[parent],
            )
            for n, ko, s, parent in v.AGENCIES
        ]
        others = [
            Institution(name=n, name_ko=ko, short_name=s, slug=slugify(n), kind=kind)
            for n, ko, s, kind in v.OTHER_BODIES
        ]
        companies = []
        for i, (brand, brand_ko) in enumerate(
            BRANDS[: min(len(BRANDS), 20 + self.meetings_wanted // 20)]
        ):
            industry, industry_ko = v.INDUSTRIES[i % len(v.INDUSTRIES)]
            name = f"{brand} {industry}"
            companies.append(
                Institution(
                    name=name, name_ko=brand_ko + industry_ko, slug=slugify(name), kind="company"
                )
            )
        made = ministries + self.bulk(Institution, agencies + others + companies)
        self.ministries = ministries
        self.by_kind = {}
        for institution in made:
            self.by_kind.setdefault(institution.kind, []).append(institution)

    def make_people(self):
        rng = self.rng
        families = [f[:2] for f in v.FAMILY_NAMES]
        family_weights = [f[2] for f in v.FAMILY_NAMES]
        kinds = [
            "ministry",
            "agency",
            "university",
            "research",
            "association",
            "company",
            "legislature",
            "committee",
            "local-government",
        ]
        kind_weights = [15, 15, 15, 8, 12, 25, 4, 2, 4]
        slugs, people, held = set(), [], []
        for _ in range(self.people_wanted):
            family, family_ko = rng.choices(families, weights=family_weights)[0]
            first, second = rng.sample(v.GIVEN_SYLLABLES, 2)
            name = f"{family} {first[0].capitalize()}-{second[0]}"
            slug = base = slugify(name)
            for n in itertools.count(2):
                if slug not in slugs:
                    break
                slug = f"{base}-{n}"
            slugs.add(slug)
            people.append(Person(name=name, name_ko=family_ko + first[1] + second[1], slug=slug))
            # Consecutive appointments, the last still held; often a promotion in one place.
            count = rng.choices((1, 2, 3), weights=(5, 3, 2))[0]
            span = (LAST_DAY - FIRST_DAY).days
            cuts = sorted(
                FIRST_DAY + datetime.timedelta(rng.randrange(span)) for _ in range(count - 1)
            )
            starts = [None, *cuts]
            ends = [c - datetime.timedelta(days=1) for c in cuts] + [None]
            institution = None
            terms = []
            for start, end in zip(starts, ends, strict=True):
                if institution is None or rng.random() < 0.5:
                    kind = rng.choices(kinds, weights=kind_weights)[0]
                    institution = rng.choice(self.by_kind[kind])
                title, title_ko = rng.choice(v.TITLES[institution.kind])
                terms.append((institution, title, title_ko, start, end))
            held.append(terms)
        people = self.bulk(Person, people)
        appointments = [
            Appointment(
                person=person,
                institution=inst,
                title=title,
                title_ko=title_ko,
                start_date=start,
                end_date=end,
            )
            for person, terms in zip(people, held, strict=True)
            for inst, title, title_ko, start, end in terms
        ]
        appointments = iter(self.bulk(Appointment, appointments))
        self.people = people
        self.appointments = [[next(appointments) for _ in terms] for terms in held]
        # Who speaks how often: a few speak at a great many meetings.
        self.speaker_weights = zipf_cum_weights(len(people), offset=10)

    def make_councils(self):
        count = min(len(v.COUNCILS), max(1, self.meetings_wanted // 3))
        councils = [
            Council(
                name=name,
                name_ko=name_ko,
                slug=slugify(name),
                host=self.ministries[i % len(self.ministries)],
                cadence="monthly",
                description=self.sentences(weights=(0, 1, 0)),
            )
            for i, (name, name_ko) in enumerate(v.COUNCILS[:count])
        ]
        self.councils = self.bulk(Council, councils)
        policies = []
        statuses = [s for s, _ in PolicyItem.Status.choices]
        for name, name_ko, kind in v.POLICY_ITEMS:
            policies.append(
                PolicyItem(
                    name=name,
                    name_ko=name_ko,
                    slug=slugify(name),
                    kind=kind,
                    status=self.rng.choice(statuses),
                    owner=self.rng.choice(self.ministries),
                    summary=self.sentences(weights=(0, 1, 0)),
                )
            )
        self.policies = self.bulk(PolicyItem, policies)
        tags = [Tag(name=name, slug=slugify(name)) for name in v.TOPICS]
        self.tags = dict(zip(v.TOPICS, self.bulk(Tag, tags), strict=True))

    def remark_counts(self):
        """Remarks per meeting: the total, spread unevenly (a short briefing, a long forum)."""
        rng, n, total = self.rng, self.meetings_wanted, self.remarks_wanted
        weights = [rng.uniform(0.3, 1.7) for _ in range(n)]
        scale = total / sum(weights)
        counts = [int(w * scale) for w in weights]
        for i in rng.sample(range(n), total - sum(counts)):
            counts[i] += 1
        return counts

    def make_meetings(self):
        rng = self.rng
        council_weights = zipf_cum_weights(len(self.councils), exponent=0.8, offset=1)
        span = (LAST_DAY - FIRST_DAY).days
        counts = self.remark_counts()
        sequence = dict.fromkeys((c.pk for c in self.councils), 0)
        slugs = set()
        self.plans = []
        progress = Progress("meetings", self.meetings_wanted, self.progress)
        meeting_type = ContentType.objects.get_for_model(Meeting)
        through = AgendaItem.policy_items.through
        for start in range(0, self.meetings_wanted, self.batch_size):
            meetings = [
                self.new_meeting(council_weights, span, sequence, slugs)
                for _ in range(start, min(start + self.batch_size, self.meetings_wanted))
            ]
            with transaction.atomic():
                meetings = Meeting.objects.bulk_create(meetings)
                participations, items, topics, chosen = [], [], [], []
                for meeting in meetings:
                    taking_part = self.new_participations(meeting)
                    participations += taking_part
                    agenda = self.new_agenda(meeting, taking_part)
                    items += agenda
                    chosen.append(len(agenda))
                    # dict, not set: a set of strings iterates in a different order per process.
                    for name in dict.fromkeys(
                        self.topic() for _ in range(rng.choice((1, 2, 2, 3)))
                    ):
                        topics.append(
                            TaggedItem(
                                content_type=meeting_type, object_id=meeting.pk, tag=self.tags[name]
                            )
                        )
                Participation.objects.bulk_create(participations)
                items = iter(AgendaItem.objects.bulk_create(items))
                links = []
                for meeting, agenda_size in zip(meetings, chosen, strict=True):
                    agenda = [next(items) for _ in range(agenda_size)]
                    for item in agenda:
                        if rng.random() < 0.3:
                            links.append(
                                through(
                                    agendaitem_id=item.pk,
                                    policyitem_id=rng.choice(self.policies).pk,
                                )
                            )
                    speakers = {
                        self.pick(range(len(self.people)), self.speaker_weights)[0]
                        for _ in range(rng.randint(2, 6))
                    }
                    self.plans.append(
                        MeetingPlan(
                            pk=meeting.pk,
                            date=meeting.date,
                            remarks=counts[len(self.plans)],
                            host=meeting.council.host,
                            speakers=sorted(speakers),
                            agenda=[item.pk for item in agenda],
                        )
                    )
                through.objects.bulk_create(links)
                TaggedItem.objects.bulk_create(topics)
            progress.add(len(meetings))
        progress.finish()

    def new_meeting(self, council_weights, span, sequence, slugs):
        rng = self.rng
        council = self.pick(self.councils, council_weights)[0]
        sequence[council.pk] += 1
        day = FIRST_DAY + datetime.timedelta(rng.randrange(span + 1))
        city = rng.choice(v.CITIES)[0]
        topic = self.topic()
        title = rng.choice(v.MEETING_TITLES).format(topic=topic, city=city)
        title = title[0].upper() + title[1:]
        slug = base = f"{slugify(title)[:80].rstrip('-')}-{day:%Y-%m-%d}"
        for n in itertools.count(2):
            if slug not in slugs:
                break
            slug = f"{base}-{n}"
        slugs.add(slug)
        company = rng.choice(self.by_kind["company"]).name
        publisher, translated = rng.choice(v.PUBLISHERS)
        draft = rng.random() < self.draft_share
        return Meeting(
            council=council,
            title=title,
            title_ko=f"{council.name_ko} 제{sequence[council.pk]}차 회의"
            if rng.random() < 0.4
            else "",
            slug=slug,
            date=day,
            venue=rng.choice(v.VENUES).format(city=city, company=company),
            city=city,
            summary=self.sentences(weights=(0, 2, 1)),
            status=Meeting.Status.DRAFT if draft else Meeting.Status.PUBLISHED,
            published_at=None
            if draft
            else timezone.make_aware(datetime.datetime.combine(day, datetime.time(18))),
            source_title=title,
            source_url=f"https://press.example.org/{slug}",
            source_publisher=publisher,
            source_date=day + datetime.timedelta(rng.randint(0, 2)),
            source_is_translation=translated,
            source_text=" ".join(self.english_sentence() for _ in range(rng.randint(6, 14))),
        )

    def new_participations(self, meeting):
        rng = self.rng
        chosen = [(meeting.council.host, "host")]
        chosen += [(i, "presenter") for i in rng.sample(self.by_kind["agency"], rng.randint(1, 2))]
        pool = self.by_kind["university"] + self.by_kind["association"] + self.by_kind["research"]
        chosen += [(i, "participant") for i in rng.sample(pool, rng.randint(1, 3))]
        companies = self.by_kind["company"]
        for part in ("demand-company", "specialist-company"):
            chosen += [
                (i, part) for i in rng.sample(companies, min(len(companies), rng.randint(0, 2)))
            ]
        made = [Participation(meeting=meeting, institution=i, part=p) for i, p in chosen]
        if rng.random() < 0.3:
            made.append(
                Participation(
                    meeting=meeting,
                    part="specialist-company",
                    note="Representatives of AI specialist corporations, not named in the source",
                )
            )
        if rng.random() < 0.2:
            made.append(
                Participation(
                    meeting=meeting,
                    institution=self.by_kind["legislature"][0],
                    part="mentioned",
                    note="Deliberating a bill discussed at the meeting",
                )
            )
        return made

    def new_agenda(self, meeting, participations):
        rng = self.rng
        presenters = [p.institution for p in participations if p.part in ("host", "presenter")]
        return [
            AgendaItem(
                meeting=meeting,
                position=position,
                title=rng.choice(v.AGENDA_TITLES).format(topic=self.topic()).capitalize(),
                presenter=rng.choice(presenters) if rng.random() < 0.6 else None,
                summary=self.english_sentence() if rng.random() < 0.5 else "",
            )
            for position in range(1, rng.randint(1, 4) + 1)
        ]

    def role(self, appointment, korean):
        """The role as the source prints it, in one of the ways the press does."""
        institution = appointment.institution
        if korean:
            return f"{institution.name_ko} {appointment.title_ko}"
        style = self.rng.randrange(3)
        if style == 0 or not institution.short_name:
            return f"{appointment.title} of {institution.name}"
        if style == 1:
            return f"{appointment.title[0].lower()}{appointment.title[1:]} at the {institution.short_name}"
        return f"{appointment.title}, {institution.name}"

    def make_remarks(self):
        rng = self.rng
        remark_type = ContentType.objects.get_for_model(Remark)
        progress = Progress("remarks", self.remarks_wanted, self.progress)
        batch, topics = [], []

        def flush():
            with transaction.atomic():
                saved = Remark.objects.bulk_create(batch)
                TaggedItem.objects.bulk_create(
                    TaggedItem(content_type=remark_type, object_id=saved[i].pk, tag=tag)
                    for i, tag in topics
                )
            progress.add(len(batch))
            batch.clear()
            topics.clear()

        for plan in self.plans:
            agenda = plan.agenda
            for position in range(1, plan.remarks + 1):
                korean = rng.random() < self.korean_share
                speaker_index = rng.choice(plan.speakers)
                if rng.random() < 0.02:
                    speaker, appointment = None, None
                    role = f"an official of the {plan.host.short_name or plan.host.name}"
                else:
                    speaker = self.people[speaker_index]
                    appointment = self.held_on(speaker_index, plan.date)
                    role = self.role(appointment, korean)
                under = agenda[(position - 1) * len(agenda) // plan.remarks] if agenda else None
                if rng.random() < 0.2:
                    under = None
                batch.append(
                    Remark(
                        meeting_id=plan.pk,
                        position=position,
                        speaker=speaker,
                        role=role,
                        appointment=appointment,
                        agenda_item_id=under,
                        **remark_words(
                            self.sentences(korean=korean),
                            korean,
                            translated=not korean and rng.random() < 0.5,
                        ),
                    )
                )
                if rng.random() < 0.08:
                    topics.append((len(batch) - 1, self.tags[self.topic()]))
                if len(batch) >= self.batch_size:
                    flush()
        if batch:
            flush()
        progress.finish()

    def held_on(self, person_index, day):
        """The appointment a person held on ``day`` (they are consecutive, the last open)."""
        appointments = self.appointments[person_index]
        for appointment in appointments:
            if appointment.end_date is None or appointment.end_date >= day:
                return appointment
        return appointments[-1]


def add_seed_meeting():
    """The seed meeting (``fixtures/seed.json``: six remarks, three speakers), added to a
    corpus as the Wagtail peer holds it, so that both sites' meeting pages show the same
    record. What the corpus already has by the same address (the ministry, the council, the
    policies, the topics: its vocabulary is the seed's) is the corpus's; the rest is new."""
    fixture = (settings.BASE_DIR / "fixtures" / "seed.json").read_text()
    keys = {}  # (model, key in the fixture) → key here

    def key(model, value):
        return keys.get((model, value), value)

    with transaction.atomic():
        for saved in serializers.deserialize("json", fixture):
            record = saved.object
            model, fixture_key = type(record), record.pk
            for field in model._meta.concrete_fields:
                if field.many_to_one and getattr(record, field.attname) is not None:
                    value = key(field.related_model, getattr(record, field.attname))
                    setattr(record, field.attname, value)
            if model is TaggedItem:
                tagged = record.content_type.model_class()
                record.object_id = key(tagged, record.object_id)
            existing = None
            if hasattr(record, "slug"):
                same = model.objects.filter(slug=record.slug)
                existing = same.values_list("pk", flat=True).first()
            if existing is None:
                record.pk = None
                record.save()
                existing = record.pk
                for name, values in saved.m2m_data.items():
                    related = model._meta.get_field(name).related_model
                    getattr(record, name).set([key(related, value) for value in values])
            keys[model, fixture_key] = existing
        Revision.stamp()
