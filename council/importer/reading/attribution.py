"""Attribution: each speech quotation given its speaker, in reading order.

Speech is attributed from the words before it ("Name, title, said, “…”"), else the words after
it ("“…,” said Name"), else to the person last speaking (continuations, "he added"). Unnamed
speakers ("an official said") keep the role as printed and are flagged for review, as is a
bare surname that two people of the article share. ``english`` and ``korean`` hold each
language's rules; this module holds the walk through the article they share.
"""

from .quotations import Para, Text
from .result import Flag, FlagKind, FoundRemark, RemarkNote


class Attribution:
    """Reads one article's speakers; ``people`` and ``institutions`` grow as it reads."""

    def __init__(self, document, institutions, people):
        self.document = document
        self.institutions = institutions
        self.people = people
        # Filled as the reader goes, so that what was read stands when the time budget ends it.
        self.remarks = []
        self.flags = []
        # (speaker, quote) of each remark so far.
        self.said = set()

    def attribute(self, budget):
        """Every speech quotation in order, with its speaker, into ``remarks``; the paragraphs
        that could not be read into ``flags``. Raises OutOfTime when ``budget`` is spent."""
        pending = None
        for index, item in enumerate(self.document.stream):
            budget.check()
            try:
                if isinstance(item, Para):
                    pending = self.colon_introduction(item.index - 1)
                    continue
                if isinstance(item, Text):
                    self.note_mentions(index)
                    continue
                if not item.speech:
                    continue
                speaker = self.speaker_of(index, item, pending)
            except Exception:
                # A passage no rule foresaw costs that passage, not the article: staff see it
                # flagged and read it themselves.
                paragraph = item.index if isinstance(item, Para) else item.para
                excerpt = self.document.body[paragraph][:40]
                number = self.document.numbers[paragraph]
                self.flags.append(Flag(FlagKind.UNREADABLE, paragraph=number, excerpt=excerpt))
                continue
            pending = None
            self.people.last = speaker
            # Where a quote never closed ends is a guess (an article cut off inside it, a mark
            # missing): its words are not proposed for the record; its flag shows staff where it
            # is, to add by hand from the source.
            if not item.unclosed:
                remark = self.remark(item, speaker)
                # A named speaker's same words again: a page printing its passage twice (a
                # clip's lines listed again), one remark for the record. Two unnamed speakers
                # may be two people saying alike.
                said = (remark.speaker, remark.quote)
                if remark.speaker is None or said not in self.said:
                    self.said.add(said)
                    self.remarks.append(remark)

    def colon_introduction(self, para):
        """A paragraph that ends "…told the meeting:" introduces the next paragraph's quote."""
        return None

    def note_mentions(self, index):
        """People named in the narrative between quotations, for "he said" and "Kim said"."""

    def remark(self, quote, speaker):
        if speaker is None:
            return FoundRemark(
                quote=quote.text,
                speaker=None,
                role="",
                institution=None,
                needs_review=True,
                note=RemarkNote.NO_SPEAKER,
            )
        return FoundRemark(
            quote=quote.text,
            speaker=speaker.name,
            role=speaker.role,
            institution=speaker.institution,
            title=speaker.title,
            needs_review=speaker.name is None,
            note=RemarkNote.UNNAMED if speaker.name is None else None,
        )

    def speaker_of(self, index, quote, pending):
        """The Person who says ``quote`` at ``index``; ``pending`` is one a colon introduced."""
        raise NotImplementedError
