"""Staff's Markdown as HTML the public can be shown: parsed by markdown-it-py, cleaned by nh3.

markdown-it-py (the Executable Books project's CommonMark parser, behind MyST and Jupyter
Book) turns the text into HTML, with GitHub's tables and strikethrough. Raw HTML in the text is
let through to the sanitiser rather than shown as tags: staff paste from Word and web pages.
nh3 (the Python binding of Ammonia, the Rust sanitiser) then keeps only the elements a page of
text needs, each with only its harmless attributes, and links with safe schemes; everything
else goes, the content of script, style and embedded documents with it. Python-Markdown would
do as a parser; bleach, the usual Python sanitiser, is deprecated since January 2023 and its
authors point to nh3. See docs/site-pages.md.
"""

import nh3
from django.utils.safestring import mark_safe
from markdown_it import MarkdownIt

PARSER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])

ALLOWED_TAGS = {
    *(f"h{level}" for level in range(2, 7)),
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "s",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
# No style (the site's content security policy refuses inline styles anyway), no class or id
# (the site's own would be the target), no target (hence no rel is needed).
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"scope"}}
SAFE_SCHEMES = {"http", "https", "mailto"}
# Removed with what they hold: their content is code or another document, never the page's text.
REMOVED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript"}


def render(text):
    """``text`` (Markdown) as safe HTML. The page's title is its only ``h1``: the text's
    headings are set below it, its highest level as ``h2`` whether written ``#`` or ``##``,
    the others in the same steps, so that no level is skipped (as screen readers list them)."""
    tokens = PARSER.parse(text or "")
    headings = [token for token in tokens if token.type in ("heading_open", "heading_close")]
    highest = min((int(token.tag[1]) for token in headings), default=2)
    for token in headings:
        token.tag = f"h{min(int(token.tag[1]) - highest + 2, 6)}"
    html = PARSER.renderer.render(tokens, PARSER.options, {})
    return mark_safe(  # noqa: S308 — cleaned just now, by the allow-lists above
        nh3.clean(
            html,
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=SAFE_SCHEMES,
            clean_content_tags=REMOVED_WITH_CONTENT,
            link_rel=None,
            strip_comments=True,
        )
    )
