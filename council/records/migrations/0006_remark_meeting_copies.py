import datetime

from django.db import migrations, models
from django.db.models import Exists, OuterRef, Subquery


def copy_meetings(apps, schema_editor):
    Remark = apps.get_model("records", "Remark")
    Meeting = apps.get_model("records", "Meeting")
    meeting = Meeting.objects.filter(pk=OuterRef("meeting_id"))
    Remark.objects.update(
        meeting_date=Subquery(meeting.values("date")),
        meeting_published=Exists(meeting.filter(status="published")),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("records", "0005_ordering_by_column"),
    ]

    operations = [
        migrations.AddField(
            model_name="remark",
            name="meeting_date",
            field=models.DateField(
                default=datetime.date(1970, 1, 1), editable=False, verbose_name="meeting date"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="remark",
            name="meeting_published",
            field=models.BooleanField(
                default=False, editable=False, verbose_name="meeting published"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(copy_meetings, migrations.RunPython.noop),
        migrations.RemoveIndex(
            model_name="remark",
            name="remark_speaker_meeting_idx",
        ),
        migrations.AddIndex(
            model_name="remark",
            index=models.Index(
                condition=models.Q(("meeting_published", True)),
                fields=["-meeting_date", "-meeting_id", "position"],
                name="remark_published_date_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="remark",
            index=models.Index(
                condition=models.Q(("meeting_published", True)),
                fields=["speaker", "-meeting_date", "-meeting_id", "position"],
                name="remark_speaker_date_idx",
            ),
        ),
    ]
