"""A remark's words in both languages, each with how it was made (issue 14).

Until now a remark had one ``text``, its ``language`` and whether it ``is_translation``. Now
``text`` holds the English and ``text_ko`` the Korean, ``spoken_language`` says which the
speaker spoke, and each text has its provenance (the words as spoken, or a translation by a
person, by machine, or how made not known), by whom and when.

What the rows said is kept: a text moves to its language's field, the words as spoken where it
was not a translation, "a translation, how made not known" where it was; the language spoken is
the text's own, or for a translation the other one (the records hold English and Korean). The
versions in the history are rewritten the same way, so that restoring one written before this
puts a Korean text back in the Korean field.

On PostgreSQL the search vector is dropped before the texts move and made again after, over
both texts (``search_document``): altering a generated column is not supported, and moving the
texts with it in place would work it out twice. The search app's migration
``0006_both_languages`` makes its indexes again.
"""

import json

import django.contrib.postgres.search
from django.db import migrations, models
from django.db.models import F

import council.records.search_document

# (language, is_translation) → (the language spoken, the text's provenance).
MEANING = {
    ("en", False): ("en", "original"),
    ("en", True): ("ko", "translation"),
    ("ko", False): ("ko", "original"),
    ("ko", True): ("en", "translation"),
}
SUFFIX = {"en": "", "ko": "_ko"}
BATCH = 1000


def as_both_languages(language, is_translation, text):
    """The new fields of a remark that had ``text`` in ``language``."""
    spoken, provenance = MEANING[language, is_translation]
    return {
        "text": "",
        f"text{SUFFIX[language]}": text,
        f"provenance{SUFFIX[language]}": provenance,
        "spoken_language": spoken,
    }


def as_one_language(fields):
    """The old fields of a remark: its text in the language spoken where it has one, else
    the other (a second text is lost going back)."""
    spoken = fields.get("spoken_language", "en")
    other = "ko" if spoken == "en" else "en"
    language = spoken if fields.get(f"text{SUFFIX[spoken]}") else other
    return {
        "text": fields.get(f"text{SUFFIX[language]}", ""),
        "language": language,
        "is_translation": fields.get(f"provenance{SUFFIX[language]}") != "original",
    }


def remark_versions(apps):
    """The history's versions of remarks, a batch at a time: ``(version, fields)`` pairs."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Version = apps.get_model("reversion", "Version")
    kind = ContentType.objects.filter(app_label="records", model="remark").first()
    if kind is None:
        return
    versions = Version.objects.filter(content_type=kind, format="json").order_by("pk")
    last = 0
    while batch := list(versions.filter(pk__gt=last)[:BATCH]):
        for version in batch:
            data = json.loads(version.serialized_data)
            yield version, data[0]["fields"]
            version.serialized_data = json.dumps(data)
        Version.objects.bulk_update(batch, ["serialized_data"])
        last = batch[-1].pk


def to_both_languages(apps, schema_editor):
    Remark = apps.get_model("records", "Remark")
    for (language, is_translation) in MEANING:
        Remark.objects.filter(language=language, is_translation=is_translation).update(
            **as_both_languages(language, is_translation, F("text"))
        )
    for version, fields in remark_versions(apps):
        if "language" in fields:
            language = fields.pop("language")
            is_translation = fields.pop("is_translation", False)
            fields.update(as_both_languages(language, is_translation, fields.get("text", "")))


def to_one_language(apps, schema_editor):
    Remark = apps.get_model("records", "Remark")
    for spoken, other in (("en", "ko"), ("ko", "en")):
        for language in (spoken, other):
            has_text = ~models.Q(**{f"text{SUFFIX[language]}": ""})
            chosen = models.Q(spoken_language=spoken) & has_text
            if language == other:
                chosen &= models.Q(**{f"text{SUFFIX[spoken]}": ""})
            for original in (True, False):
                provenance = models.Q(**{f"provenance{SUFFIX[language]}": "original"})
                Remark.objects.filter(chosen, provenance if original else ~provenance).update(
                    text=F(f"text{SUFFIX[language]}"),
                    language=language,
                    is_translation=not original,
                )
    for version, fields in remark_versions(apps):
        if "spoken_language" in fields:
            old = as_one_language(fields)
            for name in list(fields):
                if name.startswith(("text", "provenance", "translated_")) or name == "spoken_language":
                    del fields[name]
            fields.update(old)


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0021_roles_edit_outcomes_and_documents"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="remark",
            name="search_vector",
        ),
        migrations.AlterField(
            model_name='remark',
            name='text',
            field=models.TextField(blank=True, help_text='The quote in English, word for word, without quotation marks. Leave it empty until there is one: never invent a translation.', verbose_name='English text'),
        ),
        migrations.AddField(
            model_name='remark',
            name='provenance',
            field=models.CharField(blank=True, choices=[('original', 'The words as spoken'), ('human', 'Translated by a person'), ('machine', 'Machine translation'), ('translation', 'A translation, how made not known')], help_text='Left empty, a text in the language spoken is taken as the words as spoken.', max_length=12, verbose_name='English text is'),
        ),
        migrations.AddField(
            model_name='remark',
            name='provenance_ko',
            field=models.CharField(blank=True, choices=[('original', 'The words as spoken'), ('human', 'Translated by a person'), ('machine', 'Machine translation'), ('translation', 'A translation, how made not known')], help_text='Left empty, a text in the language spoken is taken as the words as spoken.', max_length=12, verbose_name='Korean text is'),
        ),
        migrations.AddField(
            model_name='remark',
            name='spoken_language',
            field=models.CharField(choices=[('en', 'English'), ('ko', 'Korean')], default='en', help_text='The language the speaker spoke: only its text can be the words as spoken.', max_length=5, verbose_name='language spoken'),
        ),
        migrations.AddField(
            model_name='remark',
            name='text_ko',
            field=models.TextField(blank=True, help_text='The quote in Korean, word for word, without quotation marks.', verbose_name='Korean text'),
        ),
        migrations.AddField(
            model_name='remark',
            name='translated_by',
            field=models.CharField(blank=True, help_text='The translator, or the machine translation system, where known.', max_length=200, verbose_name='English translated by'),
        ),
        migrations.AddField(
            model_name='remark',
            name='translated_by_ko',
            field=models.CharField(blank=True, help_text='The translator, or the machine translation system, where known.', max_length=200, verbose_name='Korean translated by'),
        ),
        migrations.AddField(
            model_name='remark',
            name='translated_on',
            field=models.DateField(blank=True, help_text='When the translation was made, where known.', null=True, verbose_name='English translated on'),
        ),
        migrations.AddField(
            model_name='remark',
            name='translated_on_ko',
            field=models.DateField(blank=True, help_text='When the translation was made, where known.', null=True, verbose_name='Korean translated on'),
        ),
        migrations.RunPython(to_both_languages, to_one_language),
        migrations.RemoveField(
            model_name='remark',
            name='is_translation',
        ),
        migrations.RemoveField(
            model_name='remark',
            name='language',
        ),
        migrations.AddField(
            model_name='remark',
            name='search_vector',
            field=models.GeneratedField(db_persist=True, expression=council.records.search_document.RemarkSearchDocument('text', 'text_ko'), output_field=django.contrib.postgres.search.SearchVectorField(null=True)),
        ),
        migrations.AddConstraint(
            model_name='remark',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('text', ''), _negated=True), models.Q(('text_ko', ''), _negated=True), _connector='OR'), name='remark_has_text', violation_error_message="Give the remark's words in English, in Korean, or both."),
        ),
        migrations.AddConstraint(
            model_name='remark',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('text', ''), models.Q(('provenance', ''), _negated=True), _connector='OR'), models.Q(('text_ko', ''), models.Q(('provenance_ko', ''), _negated=True), _connector='OR')), name='remark_text_has_provenance', violation_error_message='Say how each translation was made: by a person, by machine, or not known.'),
        ),
        migrations.AddConstraint(
            model_name='remark',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(models.Q(('text', ''), _negated=True), models.Q(('provenance', ''), ('translated_by', ''), ('translated_on', None)), _connector='OR'), models.Q(models.Q(('text_ko', ''), _negated=True), models.Q(('provenance_ko', ''), ('translated_by_ko', ''), ('translated_on_ko', None)), _connector='OR')), name='remark_provenance_has_text', violation_error_message='Where a language has no text, leave how it was made, by whom and when empty.'),
        ),
        migrations.AddConstraint(
            model_name='remark',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(models.Q(('provenance', 'original'), _negated=True), ('spoken_language', 'en'), _connector='OR'), models.Q(models.Q(('provenance_ko', 'original'), _negated=True), ('spoken_language', 'ko'), _connector='OR')), name='remark_original_is_spoken', violation_error_message='Only the text in the language spoken can be the words as spoken: mark the other as a translation, or correct the language spoken.'),
        ),
        migrations.AddConstraint(
            model_name='remark',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(models.Q(('provenance', 'original'), _negated=True), models.Q(('translated_by', ''), ('translated_on', None)), _connector='OR'), models.Q(models.Q(('provenance_ko', 'original'), _negated=True), models.Q(('translated_by_ko', ''), ('translated_on_ko', None)), _connector='OR')), name='remark_original_has_no_translator', violation_error_message='The words as spoken have no translator: leave “translated by” and “translated on” empty for them.'),
        ),
    ]
