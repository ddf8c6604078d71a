"""A remark as a quotation to put on another site: a <blockquote> of its words, speaker and
meeting, with a link back, that reads as a quotation without any script or style. The remark's
page offers it to copy; the oEmbed endpoint (council/api/oembed.py) gives it to the sites that
embed by address."""

from django.template.loader import render_to_string


def remark_card(request, remark):
    """The <blockquote>'s HTML, every address absolute, in the active language. ``remark`` has
    its speaker and its meeting at hand."""
    absolute = request.build_absolute_uri
    return render_to_string(
        "archive/remark_card.html",
        {
            "remark": remark,
            "remark_url": absolute(remark.get_absolute_url()),
            "meeting_url": absolute(remark.meeting.get_absolute_url()),
            "speaker_url": absolute(remark.speaker.get_absolute_url()) if remark.speaker else "",
        },
    ).strip()
