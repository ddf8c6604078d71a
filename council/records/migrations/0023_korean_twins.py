"""A Korean twin for every text staff give (issue 14): see docs/languages.md."""

import django.db.models.deletion
import django.db.models.functions.text
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def status_note_ko_from_history(apps, schema_editor):
    """A policy's status as printed, in Korean, from the status change whose English words it
    keeps (``PolicyStatusChange.keep_current`` keeps both from now on)."""
    PolicyItem = apps.get_model("records", "PolicyItem")
    PolicyStatusChange = apps.get_model("records", "PolicyStatusChange")
    same = (
        PolicyStatusChange.objects.filter(
            policy=OuterRef("pk"), status=OuterRef("status"), status_note=OuterRef("status_note")
        )
        .exclude(status_note_ko="")
        .order_by("-date", "-pk")
    )
    PolicyItem.objects.exclude(status_note="").filter(status_note_ko="").update(
        status_note_ko=models.functions.Coalesce(
            Subquery(same.values("status_note_ko")[:1]), models.Value("")
        )
    )


class Migration(migrations.Migration):

    dependencies = [
        ('records', '0022_remark_words_as_spoken_and_translated'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
    ]

    operations = [
        migrations.CreateModel(
            name='TopicName',
            fields=[
                ('tag', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='korean', serialize=False, to='taggit.tag', verbose_name='topic')),
                ('name_ko', models.CharField(max_length=100, verbose_name='Korean name')),
            ],
            options={
                'verbose_name': "topic's Korean name",
                'verbose_name_plural': "topics' Korean names",
            },
        ),
        migrations.RemoveConstraint(
            model_name='institution',
            name='institution_unique_name',
        ),
        migrations.RemoveConstraint(
            model_name='remark',
            name='remark_has_speaker_or_role',
        ),
        migrations.AddField(
            model_name='agendaitem',
            name='summary_ko',
            field=models.TextField(blank=True, verbose_name='summary in Korean'),
        ),
        migrations.AddField(
            model_name='agendaitem',
            name='title_ko',
            field=models.CharField(blank=True, help_text='e.g. “AI 정책 성과와 계획”.', max_length=300, verbose_name='Korean title'),
        ),
        migrations.AddField(
            model_name='council',
            name='description_ko',
            field=models.TextField(blank=True, verbose_name='description in Korean'),
        ),
        migrations.AddField(
            model_name='institution',
            name='description_ko',
            field=models.TextField(blank=True, verbose_name='description in Korean'),
        ),
        migrations.AddField(
            model_name='institution',
            name='short_name_ko',
            field=models.CharField(blank=True, help_text='e.g. “중기부”.', max_length=40, verbose_name='Korean short name'),
        ),
        migrations.AddField(
            model_name='meeting',
            name='city_ko',
            field=models.CharField(blank=True, help_text='e.g. “청주”.', max_length=100, verbose_name='city in Korean'),
        ),
        migrations.AddField(
            model_name='meeting',
            name='original_language',
            field=models.CharField(choices=[('en', 'English'), ('ko', 'Korean')], default='en', help_text='The language the meeting was held in: new remarks are taken as spoken in it.', max_length=5, verbose_name='original language'),
        ),
        migrations.AddField(
            model_name='meeting',
            name='summary_ko',
            field=models.TextField(blank=True, verbose_name='summary in Korean'),
        ),
        migrations.AddField(
            model_name='meeting',
            name='venue_ko',
            field=models.CharField(blank=True, help_text='e.g. “오스코”.', max_length=200, verbose_name='venue in Korean'),
        ),
        migrations.AddField(
            model_name='person',
            name='bio_ko',
            field=models.TextField(blank=True, verbose_name='short biography in Korean'),
        ),
        migrations.AddField(
            model_name='photo',
            name='alt_text_ko',
            field=models.CharField(blank=True, max_length=300, verbose_name='alt text in Korean'),
        ),
        migrations.AddField(
            model_name='photo',
            name='caption_ko',
            field=models.CharField(blank=True, max_length=300, verbose_name='caption in Korean'),
        ),
        migrations.AddField(
            model_name='photo',
            name='credit_ko',
            field=models.CharField(blank=True, help_text='e.g. “중소벤처기업부 제공”.', max_length=200, verbose_name='credit in Korean'),
        ),
        migrations.AddField(
            model_name='policyitem',
            name='status_note_ko',
            field=models.CharField(blank=True, help_text='e.g. “국회 계류 중”.', max_length=300, verbose_name='status as reported, in Korean'),
        ),
        migrations.AddField(
            model_name='policyitem',
            name='summary_ko',
            field=models.TextField(blank=True, verbose_name='summary in Korean'),
        ),
        migrations.AddField(
            model_name='remark',
            name='role_ko',
            field=models.CharField(blank=True, help_text='e.g. “경기대 교수”.', max_length=300, verbose_name='role as printed, in Korean'),
        ),
        migrations.AlterField(
            model_name='agendaitem',
            name='title',
            field=models.CharField(blank=True, help_text='e.g. “AI policy outcomes and plans”.', max_length=300, verbose_name='title'),
        ),
        migrations.AlterField(
            model_name='appointment',
            name='title',
            field=models.CharField(blank=True, help_text='e.g. “Director general for technology innovation policy”.', max_length=200, verbose_name='title'),
        ),
        migrations.AlterField(
            model_name='council',
            name='name',
            field=models.CharField(blank=True, help_text='e.g. “SME and venture AI policy council”.', max_length=200, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='institution',
            name='name',
            field=models.CharField(blank=True, help_text='Full English name, e.g. “Ministry of SMEs and Startups”.', max_length=200, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='meeting',
            name='title',
            field=models.CharField(blank=True, help_text='What the meeting was about, in a line.', max_length=300, verbose_name='title'),
        ),
        migrations.AlterField(
            model_name='person',
            name='name',
            field=models.CharField(blank=True, help_text='As romanised in English sources, family name first: “Hwang Young-ho”.', max_length=200, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='photo',
            name='alt_text',
            field=models.CharField(blank=True, help_text='What the photo shows, for people who cannot see it.', max_length=300, verbose_name='alt text'),
        ),
        migrations.AlterField(
            model_name='photo',
            name='credit',
            field=models.CharField(blank=True, help_text='Who to credit, e.g. “Courtesy of Ministry of SMEs and Startups”.', max_length=200, verbose_name='credit'),
        ),
        migrations.AlterField(
            model_name='policyitem',
            name='name',
            field=models.CharField(blank=True, help_text='e.g. “SME AI utilization promotion act”.', max_length=300, verbose_name='name'),
        ),
        migrations.AddConstraint(
            model_name='agendaitem',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('title', ''), _negated=True), models.Q(('title_ko', ''), _negated=True), _connector='OR'), name='agendaitem_has_title', violation_error_message='Give the title in English, Korean or both.'),
        ),
        migrations.AddConstraint(
            model_name='appointment',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('title', ''), _negated=True), models.Q(('title_ko', ''), _negated=True), _connector='OR'), name='appointment_has_title', violation_error_message='Give the title in English, Korean or both.'),
        ),
        migrations.AddConstraint(
            model_name='council',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('name', ''), _negated=True), models.Q(('name_ko', ''), _negated=True), _connector='OR'), name='council_has_name', violation_error_message='Give the name in English, Korean or both.'),
        ),
        migrations.AddConstraint(
            model_name='institution',
            constraint=models.UniqueConstraint(django.db.models.functions.text.Lower('name'), condition=models.Q(('name', ''), _negated=True), name='institution_unique_name'),
        ),
        migrations.AddConstraint(
            model_name='institution',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('name', ''), _negated=True), models.Q(('name_ko', ''), _negated=True), _connector='OR'), name='institution_has_name', violation_error_message='Give the name in English, Korean or both.'),
        ),
        migrations.AddConstraint(
            model_name='meeting',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('title', ''), _negated=True), models.Q(('title_ko', ''), _negated=True), _connector='OR'), name='meeting_has_title', violation_error_message='Give the title in English, Korean or both.'),
        ),
        migrations.AddConstraint(
            model_name='person',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('name', ''), _negated=True), models.Q(('name_ko', ''), _negated=True), _connector='OR'), name='person_has_name', violation_error_message='Give the name in English, Korean or both.'),
        ),
        migrations.AddConstraint(
            model_name='photo',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('credit', ''), _negated=True), models.Q(('credit_ko', ''), _negated=True), _connector='OR'), name='photo_has_credit', violation_error_message='Give the credit in English, Korean or both.'),
        ),
        migrations.AddConstraint(
            model_name='photo',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('alt_text', ''), _negated=True), models.Q(('alt_text_ko', ''), _negated=True), _connector='OR'), name='photo_has_alt_text', violation_error_message='Give the alt text in English, Korean or both.'),
        ),
        migrations.AddConstraint(
            model_name='policyitem',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('name', ''), _negated=True), models.Q(('name_ko', ''), _negated=True), _connector='OR'), name='policyitem_has_name', violation_error_message='Give the name in English, Korean or both.'),
        ),
        migrations.AddConstraint(
            model_name='remark',
            constraint=models.CheckConstraint(condition=models.Q(('speaker__isnull', False), models.Q(('role', ''), _negated=True), models.Q(('role_ko', ''), _negated=True), _connector='OR'), name='remark_has_speaker_or_role', violation_error_message='Choose a speaker, or give the role the source prints.'),
        ),
        migrations.RunPython(status_note_ko_from_history, migrations.RunPython.noop),
    ]
