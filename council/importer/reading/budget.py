"""The reader's time budget: past it, the reader stops where it is and says so."""

import time

# The corpus's longest article reads in a tenth of a second; a text that takes fifty times
# that is no article, and a worker waiting on it is one the site does not have.
SECONDS = 5.0


class OutOfTime(Exception):
    """The budget is spent: the reader returns what it has read so far, flagged."""


class Budget:
    """Counted in the processor time of the reading thread, not on the clock: a busy machine
    must not cut short an article a quiet one reads whole, and what the budget stops, a text
    that takes the reader too long, is work, not waiting."""

    def __init__(self, seconds):
        self.deadline = time.thread_time() + seconds

    def check(self):
        """Raise OutOfTime once the budget is spent; cheap enough to call per paragraph."""
        if time.thread_time() > self.deadline:
            raise OutOfTime
