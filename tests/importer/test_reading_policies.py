"""Policy items: plans, bills and programmes named in quotes, with their status."""

from council.importer.reading import extract
from tests.importer.helpers import JULY_1


def test_policy_items_keep_their_status_and_drop_the_provisional_title():
    text = (
        'The ministry discussed the "regional AI plan (provisional title)" and the "SME AI act," '
        'which is under deliberation in the National Assembly. The "Korea AI action plan" was '
        'presented by the Presidential Committee on AI as the "Korea AI action plan." '
        'Kim Min-ji said, "Good."'
    )
    items = {p.name: (p.kind, p.status) for p in extract(text, JULY_1).policy_items}
    assert items == {
        "Regional AI plan": ("plan", "in-preparation"),
        "SME AI act": ("bill", "under-deliberation"),
        "Korea AI action plan": ("plan", "in-preparation"),
    }


def test_a_plan_named_only_as_another_bodys_is_not_a_policy_item():
    text = (
        "The plan follows recommendations presented by the Presidential Committee on AI as the "
        '"Korea AI action plan." Kim Min-ji said, "Good."'
    )
    assert extract(text, JULY_1).policy_items == []
