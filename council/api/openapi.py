"""The API's OpenAPI 3.1 description: served as JSON (/api/v1/openapi.json), shown as a page
(/api/v1/), and held to the answers by schemathesis in the suite (tests/test_api_schema.py).

The remarks' filters are the search form's own fields, described from it: a filter added to
the search page is a filter of the API, and of its description, without a line here. The
records' schemas name every field open data gives; a field added there is allowed here (no
schema forbids more properties) until it is described.
"""

from functools import cache
from typing import NamedTuple

from django import forms
from django.utils.translation import gettext_lazy as _

from council.opendata.licence import data_licence
from council.search.forms import MAX_SPEAKERS, SearchForm, SlugChoiceField

from .pages import MAX_LIMIT
from .resources import RESOURCES


def search_parameters():
    """The names of the search form's fields: the remarks' filters."""
    return list(search_form_fields())


@cache
def search_form_fields():
    # An unbound form: its fields, not their choices, are what is described.
    return SearchForm().fields


def string(**more):
    return {"type": "string", **more}


def nullable(schema):
    return {"anyOf": [schema, {"type": "null"}]}


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def record(**properties):
    """An object with ``properties``, every one of them given."""
    return {"type": "object", "required": list(properties), "properties": properties}


def field_schema(field):
    """A search form's field as a query parameter's schema."""
    if isinstance(field.widget, forms.MultipleHiddenInput):
        return {"type": "array", "items": string(maxLength=200), "maxItems": MAX_SPEAKERS}
    if isinstance(field, forms.DateField):
        return string(format="date")
    if isinstance(field, SlugChoiceField | forms.ModelChoiceField):
        return string()
    if isinstance(field, forms.ChoiceField):
        return string(enum=[value for value, label in field.choices if value])
    return string(maxLength=field.max_length) if getattr(field, "max_length", None) else string()


FILTER_HELP = {
    "q": _(
        "Words to find, as the search page reads them: every word must appear, “a phrase in "
        "quotes” as written, and -word not at all."
    ),
    "speaker": _(
        "A speaker's slug or name, English or Korean; repeat it for several (any of them)."
    ),
    "institution": _("An institution's slug: remarks by people holding a title there."),
    "council": _("A council's slug."),
    "topic": _("A topic's slug: remarks with it, or in a meeting with it."),
    "sort": _("relevance (with words, the default), newest (the default without words) or oldest."),
    "from": _("The first meeting date, YYYY-MM-DD."),
    "to": _("The last meeting date, YYYY-MM-DD."),
}


def search_filters():
    return form_filters(search_form_fields(), FILTER_HELP)


def form_filters(fields, help):
    """A form's fields as query parameters, each described by its ``help`` or its label."""
    filters = []
    for name, field in fields.items():
        schema = field_schema(field)
        filters.append(
            {
                "name": name,
                "in": "query",
                "required": False,
                "description": help.get(name, field.label),
                # Empty is as not given, as the search page's form sends what is not filled in.
                "allowEmptyValue": True,
                "schema": schema,
                # Repeated, as the search page's form sends several speakers.
                **({"style": "form", "explode": True} if schema["type"] == "array" else {}),
            }
        )
    return filters


COMMITMENT_FILTER_HELP = {
    "state": _("A commitment's state: open, in-progress, done or dropped."),
    "council": _("A council's slug: commitments stated at its meetings."),
    "institution": _("The slug of the institution that owns the commitments."),
    "policy": _("A policy item's slug: commitments stated at the meetings that discussed it."),
}
STATUS_CHANGE_FILTER_HELP = {
    "policy": _("A policy item's slug: its status changes."),
    "status": _("The status a policy moved to."),
}

PAGE_PARAMETERS = [
    {"$ref": "#/components/parameters/cursor"},
    {"$ref": "#/components/parameters/limit"},
]


def json_content(schema):
    return {"content": {"application/json": {"schema": schema}}}


def responses(schema, description, *, errors=(400, 404)):
    answers = {"200": {"description": description, **json_content(schema)}}
    for status in errors:
        answers[str(status)] = {"$ref": f"#/components/responses/{status}"}
    return answers


def list_operation(name, summary, item, parameters=PAGE_PARAMETERS, page="Page", **extra):
    return {
        "get": {
            "operationId": f"list-{name}",
            "tags": [name],
            "summary": summary,
            "parameters": list(parameters),
            "responses": responses(
                {"allOf": [ref(page), record(results={"type": "array", "items": ref(item)})]},
                _("A page of records, and the address of the next."),
            ),
            **extra,
        }
    }


def detail_operation(name, summary, item, key="slug"):
    answers = responses(ref(item), _("The record."), errors=(404,))
    if key == "slug":
        schema = string(minLength=1)
        answers["301"] = {
            "description": _("The record's slug has changed: Location gives its address now."),
            "headers": {"Location": {"schema": string()}},
        }
    else:
        schema = {"type": "integer", "minimum": 1}
    return {
        "get": {
            "operationId": f"get-{name}",
            "tags": [name],
            "summary": summary,
            "parameters": [{"name": key, "in": "path", "required": True, "schema": schema}],
            "responses": answers,
        }
    }


NAMED = {
    "slug": string(),
    "name": string(),
    "name_ko": string(),
    "url": string(format="uri"),
}
INSTITUTION_REFERENCE = record(**NAMED, short_name=string(), short_name_ko=string())
SOURCE = record(
    title=string(),
    url=string(),
    publisher=string(),
    date=nullable(string(format="date")),
    is_translation={"type": "boolean"},
)
TOPICS = {"type": "array", "items": string()}


def both(**fields):
    """Each field in English and in Korean (``field_ko``), as open data gives every text staff
    give: "" where a language is not given."""
    return {name: schema for field, schema in fields.items() for name in (field, f"{field}_ko")}


# A record's topics by name, and their Korean names in the same order ("" where none is given).
TOPIC_NAMES = {"topics": TOPICS, "topics_ko": TOPICS}

# A remark's words in one language and how they were made (``opendata.records.text_data``).
REMARK_TEXT = record(
    text=string(),
    provenance=string(),
    translated_by=string(),
    translated_on=nullable(string(format="date")),
)

URI = string(format="uri")
DATE = string(format="date")
# What shows an entry of a history (``opendata.outcomes.evidence``).
EVIDENCE = {
    "meeting": nullable(URI),
    "remark": nullable(URI),
    "source_url": nullable(string()),
}
# A policy's status on a day (``opendata.outcomes.standing_data``).
STANDING = record(
    status=string(), as_printed=string(), as_printed_ko=string(), since=nullable(DATE)
)
# An entry of a policy's status history (``opendata.outcomes.status_entry``).
STATUS_ENTRY = {
    "date": DATE,
    "status": string(),
    "as_printed": string(),
    "as_printed_ko": string(),
    "shown_by": record(**EVIDENCE),
}

SCHEMAS = {
    "Named": record(**NAMED),
    # A remark's words in each language, null where the record has none.
    "RemarkTexts": record(en=nullable(REMARK_TEXT), ko=nullable(REMARK_TEXT)),
    "InstitutionReference": INSTITUTION_REFERENCE,
    "CouncilReference": record(**NAMED, host=ref("InstitutionReference")),
    "Remark": record(
        id={"type": "integer"},
        url=string(format="uri"),
        position={"type": "integer"},
        speaker=nullable(ref("Named")),
        **both(role=string()),
        spoken_language=string(),
        texts=ref("RemarkTexts"),
        agenda_item=nullable({"type": "integer"}),
        meeting=record(
            slug=string(),
            **both(title=string()),
            date=string(format="date"),
            url=string(format="uri"),
        ),
        council=ref("Named"),
        **TOPIC_NAMES,
    ),
    "MeetingSummary": record(
        url=string(format="uri"),
        slug=string(),
        **both(title=string()),
        date=string(format="date"),
        # The language the meeting was held in: "en" or "ko".
        original_language=string(enum=["en", "ko"]),
        **both(venue=string(), city=string(), summary=string()),
        status=string(),
        council=ref("CouncilReference"),
        source=SOURCE,
        **TOPIC_NAMES,
    ),
    "Meeting": {
        "allOf": [
            ref("MeetingSummary"),
            record(
                participants={
                    "type": "array",
                    "items": record(
                        institution=nullable(ref("InstitutionReference")),
                        part=string(),
                        note=string(),
                    ),
                },
                agenda={
                    "type": "array",
                    "items": record(
                        position={"type": "integer"},
                        **both(title=string(), summary=string()),
                        presenter=nullable(ref("InstitutionReference")),
                        policy_items={"type": "array", "items": ref("Named")},
                    ),
                },
                remarks={
                    "type": "array",
                    "items": record(
                        id={"type": "integer"},
                        url=string(format="uri"),
                        position={"type": "integer"},
                        speaker=nullable(ref("Named")),
                        **both(role=string()),
                        spoken_language=string(),
                        texts=ref("RemarkTexts"),
                        agenda_item=nullable({"type": "integer"}),
                    ),
                },
                photos={
                    "type": "array",
                    "items": record(
                        url=string(format="uri"),
                        width=nullable({"type": "integer"}),
                        height=nullable({"type": "integer"}),
                        **both(caption=string(), credit=string(), alt_text=string()),
                    ),
                },
                policies={
                    "type": "array",
                    "items": record(
                        slug=string(),
                        name=string(),
                        url=URI,
                        status_at_meeting=nullable(STANDING),
                        status_now=nullable(STANDING),
                    ),
                },
                decisions={
                    "type": "array",
                    "items": record(
                        position={"type": "integer"},
                        text=string(),
                        text_ko=string(),
                        agenda_item=nullable({"type": "integer"}),
                    ),
                },
                commitments={"type": "array", "items": ref("CommitmentSummary")},
                documents={
                    "type": "array",
                    "items": record(
                        title=string(),
                        title_ko=string(),
                        url=URI,
                        kind=string(),
                        pages={"type": "integer", "minimum": 0},
                        agenda_item=nullable({"type": "integer"}),
                    ),
                },
            ),
        ]
    },
    "CommitmentSummary": record(
        id={"type": "integer"},
        url=URI,
        text=string(),
        text_ko=string(),
        state=string(enum=["open", "in-progress", "done", "dropped"]),
        due_date=nullable(DATE),
        owner=ref("InstitutionReference"),
        remark=record(url=URI, speaker=nullable(ref("Named")), role=string()),
        meeting=URI,
        date=DATE,
    ),
    "Commitment": {
        "allOf": [
            ref("CommitmentSummary"),
            record(
                follow_ups={
                    "type": "array",
                    "items": record(
                        date=DATE,
                        state=string(enum=["open", "in-progress", "done", "dropped"]),
                        note=string(),
                        note_ko=string(),
                        shown_by=record(**EVIDENCE, status_change=nullable(URI)),
                    ),
                }
            ),
        ]
    },
    "StatusChange": record(id={"type": "integer"}, url=URI, policy=ref("Named"), **STATUS_ENTRY),
    "Person": record(
        **NAMED,
        **both(bio=string()),
        portrait=nullable(string(format="uri")),
        appointments={
            "type": "array",
            "items": record(
                **both(title=string()),
                institution=ref("InstitutionReference"),
                start_date=nullable(string(format="date")),
                end_date=nullable(string(format="date")),
            ),
        },
    ),
    "Institution": record(
        **NAMED,
        **both(short_name=string()),
        kind=string(),
        website=string(),
        **both(description=string()),
        parent=nullable(ref("InstitutionReference")),
    ),
    "Council": record(
        **NAMED,
        cadence=string(),
        **both(description=string()),
        host=ref("InstitutionReference"),
    ),
    "Topic": record(slug=string(), **both(name=string()), url=string(format="uri")),
    "PolicyItem": record(
        **NAMED,
        kind=string(),
        status=string(),
        **both(status_note=string(), summary=string()),
        owner=nullable(ref("InstitutionReference")),
        **TOPIC_NAMES,
    ),
    "Page": record(next=nullable(string(format="uri"))),
    "RemarkPage": {
        "allOf": [
            ref("Page"),
            {
                "type": "object",
                "properties": {
                    "count": {"type": "integer", "minimum": 0},
                    "count_is_capped": {"type": "boolean"},
                },
            },
        ]
    },
    "Error": record(
        error=record(
            status={"type": "integer"},
            message=string(),
            fields={
                "type": "object",
                "additionalProperties": {"type": "array", "items": string()},
            },
        ),
    ),
}

ERRORS = {
    "400": _("A parameter is wrong or unknown: the error names each and what it should be."),
    "404": _("No public record, or no such address."),
}


class Described(NamedTuple):
    """What each kind of record is, and how a list of them is ordered and filtered."""

    name: str
    item: str
    detail: str
    listed: str
    one: str
    filter_help: dict | None = None


KINDS = [
    Described(
        "meetings",
        "MeetingSummary",
        "Meeting",
        _("Meetings, newest first."),
        _(
            "A meeting and its whole record: participants, agenda, remarks and photos, and "
            "what came of it: its policies' status that day and now, its decisions, the "
            "commitments stated at it and its documents."
        ),
    ),
    Described(
        "people",
        "Person",
        "Person",
        _("Everyone who has spoken, by slug."),
        _("A person and the titles they held."),
    ),
    Described(
        "institutions",
        "Institution",
        "Institution",
        _("Public institutions, by slug."),
        _("An institution."),
    ),
    Described("councils", "Council", "Council", _("Councils, by slug."), _("A council.")),
    Described("topics", "Topic", "Topic", _("Topics, by slug."), _("A topic.")),
    Described(
        "policy-items",
        "PolicyItem",
        "PolicyItem",
        _("Plans, bills and programmes, by slug."),
        _("A policy item."),
    ),
    Described(
        "commitments",
        "Commitment",
        "Commitment",
        _(
            "Commitments stated in remarks, the newest meeting first, with what became of "
            "each: every one, or those of a state, council, owner or policy."
        ),
        _("A commitment, with its follow-ups."),
        COMMITMENT_FILTER_HELP,
    ),
    Described(
        "status-changes",
        "StatusChange",
        "StatusChange",
        _("Policy items' status changes, the newest first: every one, or a policy's."),
        _("A status change, with what shows it."),
        STATUS_CHANGE_FILTER_HELP,
    ),
]


def description():
    """The description, its texts translated when it is written out (lazy)."""
    paths = {
        "/api/v1/remarks/": list_operation(
            "remarks",
            _("Remarks: every one, or those a search finds."),
            "Remark",
            parameters=[*search_filters(), *PAGE_PARAMETERS],
            page="RemarkPage",
            description=_(
                "The search page's filters and words. With filters alone, every remark that "
                "passes them, newest (or oldest) first, page after page. With words, the "
                "search's matches as the search page finds and orders them: the newest "
                "1,000 matches at most, counted in count (count_is_capped when there are more)."
            ),
        ),
        "/api/v1/remarks/{id}/": detail_operation(
            "remarks", _("A remark, with its meeting and council."), "Remark", key="id"
        ),
    }
    for kind in KINDS:
        resource = RESOURCES[kind.name]
        filters = form_filters(resource.filter_fields, kind.filter_help or {})
        paths[f"/api/v1/{kind.name}/"] = list_operation(
            kind.name, kind.listed, kind.item, parameters=[*filters, *PAGE_PARAMETERS]
        )
        key = "id" if resource.lookup == "pk" else "slug"
        paths[f"/api/v1/{kind.name}/{{{key}}}/"] = detail_operation(
            kind.name, kind.one, kind.detail, key=key
        )
    return {
        "openapi": "3.1.0",
        "info": {
            "title": _("Council archive API"),
            "version": "1",
            "description": _(
                "The published records of the policy council archive, read-only: meetings, "
                "remarks, people, institutions, councils, topics, policy items, commitments "
                "and status changes, as the open data files give them. No draft is ever "
                "listed."
            ),
            # OpenAPI's "license" of the data, where the ministry has set one.
            **({"license": openapi_licence(licence)} if (licence := data_licence()) else {}),
        },
        "paths": paths,
        "components": {
            "schemas": SCHEMAS,
            "parameters": {
                "cursor": {
                    "name": "cursor",
                    "in": "query",
                    "required": False,
                    "allowEmptyValue": True,
                    "description": _(
                        "Where the page starts: the cursor in the previous page's next address."
                    ),
                    "schema": string(maxLength=2000),
                },
                "limit": {
                    "name": "limit",
                    "in": "query",
                    "required": False,
                    "allowEmptyValue": True,
                    "description": _("How many records a page holds: 1 to 100, 20 if not given."),
                    "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
                },
            },
            "responses": {
                status: {"description": text, **json_content(ref("Error"))}
                for status, text in ERRORS.items()
            },
        },
    }


def openapi_licence(licence):
    return {"name": licence["name"], **({"url": licence["url"]} if licence["url"] else {})}


def readable():
    """The description as the page shows it: each operation with its parameters, and each
    schema with its fields, every type in words."""
    described = description()
    components = described["components"]
    operations = []
    for path, methods in described["paths"].items():
        operation = methods["get"]
        parameters = [
            components["parameters"][p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p
            for p in operation["parameters"]
        ]
        answer = operation["responses"]["200"]["content"]["application/json"]["schema"]
        operations.append(
            {
                "id": operation["operationId"],
                "path": path,
                "summary": operation["summary"],
                "description": operation.get("description", ""),
                "parameters": [
                    {
                        "name": p["name"],
                        "where": p["in"],
                        "type": type_in_words(p["schema"]),
                        "description": p.get("description", ""),
                    }
                    for p in parameters
                ],
                "answer": type_in_words(answer),
            }
        )
    schemas = [
        {"name": name, "fields": fields_in_words(schema, components["schemas"])}
        for name, schema in components["schemas"].items()
    ]
    return {"info": described["info"], "operations": operations, "schemas": schemas}


def type_in_words(schema):
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[1]
    if "anyOf" in schema:
        return " | ".join(type_in_words(option) for option in schema["anyOf"])
    if "allOf" in schema:
        # A page: its results are what it holds.
        items = [
            part["properties"]["results"]
            for part in schema["allOf"]
            if "results" in part.get("properties", {})
        ]
        pages = [type_in_words(part) for part in schema["allOf"] if "$ref" in part]
        if items:
            return f"{pages[0]} [{type_in_words(items[0]['items'])}]"
        return " + ".join(type_in_words(part) for part in schema["allOf"])
    if schema.get("type") == "array":
        return f"[{type_in_words(schema['items'])}]"
    if "enum" in schema:
        return " | ".join(schema["enum"])
    kind = schema.get("type", "object")
    return f"{kind} ({schema['format']})" if "format" in schema else kind


def fields_in_words(schema, schemas, prefix=""):
    """``[(field, type in words)]`` of an object schema, those of its parts for a combined one;
    an object's own fields after it (``source.title``), and those of a list's objects
    (``agenda[].title``)."""
    if "$ref" in schema:
        return fields_in_words(schemas[schema["$ref"].rsplit("/", 1)[1]], schemas, prefix)
    if "allOf" in schema:
        return [f for part in schema["allOf"] for f in fields_in_words(part, schemas, prefix)]
    fields = []
    for name, value in schema.get("properties", {}).items():
        if "properties" in value:
            fields += [(f"{prefix}{name}", "object")]
            fields += fields_in_words(value, schemas, f"{prefix}{name}.")
        elif "properties" in value.get("items", {}):
            fields += [(f"{prefix}{name}", "[object]")]
            fields += fields_in_words(value["items"], schemas, f"{prefix}{name}[].")
        else:
            fields.append((f"{prefix}{name}", type_in_words(value)))
    return fields
