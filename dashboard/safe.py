"""Showing text from the open web: names, aliases, titles, quotes and URLs come from articles.

Streamlit renders Markdown in titles, captions, alerts and ``st.markdown``;
Plotly renders a subset of HTML (``<b>``, ``<a href>``, ``<span style>``) in
labels and hovers; a data-grid link column opens whatever URL it is given.
Every untrusted string goes through one of these before it reaches a page,
so an article can put text on the screen but never an element, an image
request or a link of its choosing.
"""

from __future__ import annotations

import html
import re
import string
from urllib.parse import quote, urlsplit

import pandas as pd

_MARKDOWN_SPECIAL = re.compile("([" + re.escape(string.punctuation) + "])")
# Characters a Markdown link destination must not contain raw; everything else of a URL stays readable.
_URL_SAFE = "/:?#[]@!$&'*+,;=%~-._"


def md(text: object) -> str:
    """``text`` as inert inline Markdown: every ASCII punctuation mark backslash-escaped, line breaks as spaces.

    CommonMark allows escaping any ASCII punctuation, which disarms links, images, emphasis, HTML,
    headings, tables, Streamlit's ``:colour[...]`` and ``$math$`` alike.
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def plot(text: object) -> str:
    """``text`` for a Plotly label or hover: HTML-escaped, ``%`` too (hover templates substitute ``%{...}``)."""
    return html.escape(str(text)).replace("%", "&#37;")


def from_plot(label: str) -> str:
    """The original text of a label ``plot`` escaped (what a clicked bar reports)."""
    return html.unescape(label)


def web_url(url: object) -> str | None:
    """``url`` if it is an absolute http(s) URL, else None: no ``javascript:``, ``data:`` or relative links."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def web_urls(urls: pd.Series) -> pd.Series:
    """``web_url`` over a link column (a data grid opens whatever it holds)."""
    return urls.map(web_url)


def md_link(text: object, url: object) -> str:
    """A Markdown link to an http(s) ``url`` with inert ``text``; just the text when the URL is anything else."""
    target = web_url(url)
    return f"[{md(text)}]({quote(target, safe=_URL_SAFE)})" if target else md(text)
