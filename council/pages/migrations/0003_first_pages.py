"""The four pages every archive needs, with first texts for staff to change: about and how to
cite, published; the data licence and contact, drafts, as only the ministry can fill them in
(their placeholders say what is missing). Nothing here states a fact about the ministry."""

from django.db import migrations
from django.utils import timezone

ABOUT = """\
This archive keeps the proceedings of policy councils: the standing meetings at which a \
ministry presents policy to public agencies, universities, industry associations and \
companies, and hears from them.

For each meeting it records the council, the date and place, the institutions that took part \
and their part in it, the agenda, photos with their credits, and every quoted remark with its \
speaker and the role the speaker held when speaking.

## Where the records come from

Records are entered by ministry staff from press releases, transcripts and published reports. \
Each meeting names its source; a record entered from a translation says so.

## Corrections

Corrections to published records are shown on their pages with their dates, and in the \
[corrections feed](/feeds/corrections/).

## Using the records

Every published record can be searched, followed by email alert or feed, and downloaded as \
[open data](/data/). See [how to cite](/pages/how-to-cite/) the archive.
"""

ABOUT_KO = """\
이 아카이브는 정책 협의회의 회의 기록을 보관합니다. 정책 협의회는 부처가 공공기관, 대학, \
업종 단체와 기업에 정책을 소개하고 현장의 의견을 듣는 정례 회의입니다.

회의마다 협의회, 날짜와 장소, 참여 기관과 그 역할, 안건, 출처가 표시된 사진, 그리고 인용된 \
모든 발언을 발언자와 발언 당시의 직함과 함께 기록합니다.

## 기록의 출처

기록은 부처 직원이 보도자료, 속기록, 공개된 보고서를 바탕으로 입력합니다. 모든 회의에는 \
출처가 표시되며, 번역본을 바탕으로 입력한 기록에는 그 사실이 표시됩니다.

## 정정

공개된 기록의 정정 사항은 해당 페이지에 날짜와 함께 표시되며 \
[정정 피드](/ko/feeds/corrections/)에도 실립니다.

## 기록 이용

공개된 모든 기록은 검색하고, 이메일 알림이나 피드로 받아 보고, [공개 데이터](/ko/data/)로 \
내려받을 수 있습니다. 인용하는 방법은 [인용 방법](/ko/pages/how-to-cite/)을 참고하세요.
"""

CITE = """\
## A remark

Every remark has a page of its own at a permanent address (/remarks/ and a number). Its \
"Cite this remark" box gives a citation ready to copy: the speaker and the role as printed, \
the words quoted, the council, the meeting, its date and city, and the address of the \
remark's page. A remark given in translation is cited as a translation.

## A meeting

Give the council, the meeting's title, its date and place, and the address of the meeting's \
page. Where you quote the meeting's source, name it too: each meeting page shows its source.

## The data

The [open data](/data/) page lists the files the archive offers: each meeting as JSON, CSV \
and Akoma Ntoso, the speakers and institutions as Popolo JSON, and every search as CSV. Cite \
a file by its address and the date you downloaded it. Every file gives the address of each \
record's page, so that a quote can always be traced to its source.

A published record can be corrected later: give the date on which you read or downloaded it.
"""

CITE_KO = """\
## 발언

모든 발언에는 고정된 주소(/remarks/와 번호)의 페이지가 있습니다. 그 페이지의 \
"이 발언 인용하기" 상자에는 바로 복사할 수 있는 인용문이 있습니다. 발언자와 기록된 직함, \
인용된 말, 협의회, 회의, 회의 날짜와 도시, 그리고 발언 페이지의 주소입니다. 번역된 발언은 \
번역임을 밝혀 인용됩니다.

## 회의

협의회, 회의 제목, 날짜와 장소, 회의 페이지의 주소를 밝혀 주세요. 회의의 출처를 인용할 \
때에는 그 출처도 밝혀 주세요. 회의 페이지마다 출처가 표시되어 있습니다.

## 데이터

[공개 데이터](/ko/data/) 페이지에 아카이브가 제공하는 파일이 안내되어 있습니다. 회의별 \
JSON, CSV, Akoma Ntoso 파일, 발언자와 기관의 Popolo JSON, 그리고 검색 결과의 CSV입니다. \
파일은 주소와 내려받은 날짜를 밝혀 인용해 주세요. 모든 파일에는 각 기록의 페이지 주소가 \
들어 있어 인용문을 언제나 출처까지 추적할 수 있습니다.

공개된 기록은 나중에 정정될 수 있으니, 읽거나 내려받은 날짜를 함께 밝혀 주세요.
"""

LICENCE = """\
The licence under which the records and data of this archive may be reused is set by the \
ministry that publishes it.

**[Staff: before publishing this page, replace this sentence with the name of the licence, a \
link to its text, and the credit that reusers must give.]**

The [open data](/data/) page describes the files that the licence covers.
"""

LICENCE_KO = """\
이 아카이브의 기록과 데이터를 재사용할 수 있는 조건(이용 허락)은 아카이브를 발행하는 부처가 \
정합니다.

**[직원: 이 페이지를 게시하기 전에 이 문장을 이용 허락의 이름, 그 전문으로 가는 링크, \
재사용하는 사람이 밝혀야 할 출처 표시로 바꿔 주세요.]**

이용 허락이 적용되는 파일은 [공개 데이터](/ko/data/) 페이지에 안내되어 있습니다.
"""

CONTACT = """\
Questions about the archive, corrections to a record and requests about its data go to the \
staff who keep it.

**[Staff: before publishing this page, replace this sentence with the address at which to \
reach you (email or post) and the office that answers.]**

When you write about a record, please give the address of its page.
"""

CONTACT_KO = """\
아카이브에 관한 문의, 기록의 정정 요청, 데이터에 관한 요청은 아카이브를 관리하는 직원에게 \
보내 주세요.

**[직원: 이 페이지를 게시하기 전에 이 문장을 연락받을 주소(이메일 또는 우편)와 답변하는 \
부서로 바꿔 주세요.]**

기록에 관해 문의할 때에는 그 기록 페이지의 주소를 함께 적어 주세요.
"""

FIRST_PAGES = [
    ("about", "About this archive", "아카이브 소개", ABOUT, ABOUT_KO, 10, "published"),
    ("how-to-cite", "How to cite", "인용 방법", CITE, CITE_KO, 20, "published"),
    ("licence", "Data licence", "데이터 이용 허락", LICENCE, LICENCE_KO, 30, "draft"),
    ("contact", "Contact", "문의", CONTACT, CONTACT_KO, 40, "draft"),
]


def add_first_pages(apps, schema_editor):
    page = apps.get_model("pages", "Page")
    for slug, title, title_ko, body, body_ko, order, status in FIRST_PAGES:
        page.objects.get_or_create(
            slug=slug,
            defaults={
                "title": title,
                "title_ko": title_ko,
                "body": body,
                "body_ko": body_ko,
                "place": "footer",
                "order": order,
                "status": status,
            },
        )
    # Pages cached before list no site pages until the records' stamp moves.
    apps.get_model("records", "Revision").objects.filter(pk=1).update(changed_at=timezone.now())


def remove_first_pages(apps, schema_editor):
    slugs = [slug for slug, *_ in FIRST_PAGES]
    apps.get_model("pages", "Page").objects.filter(slug__in=slugs).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_roles_may_edit_and_publish_pages"),
        ("records", "0017_clean_texts_saved_before_cleaning"),
    ]

    operations = [migrations.RunPython(add_first_pages, remove_first_pages)]
