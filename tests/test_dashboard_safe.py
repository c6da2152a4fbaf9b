"""The escaping helpers the dashboard pages use for text from articles."""

from __future__ import annotations

import pandas as pd
import pytest

from aigraph.dashboard.safe import from_plot, md, md_link, plot, web_url, web_urls


@pytest.mark.parametrize(
    "text",
    [
        "[click](javascript:alert(1))",
        "![](http://127.0.0.1:9/t)",
        "<b>Evil</b>",
        "**bold** _it_ `code`",
        ":red[x] $x^2$",
        "# heading",
        "a | b",
        "&lt;b&gt;",
    ],
)
def test_markdown_specials_are_escaped(text):
    escaped = md(text)
    assert escaped.replace("\\", "") == text
    assert all(escaped[i - 1] == "\\" for i, c in enumerate(escaped) if c in "[]()<>*_`:$#|!&" and i)


def test_line_breaks_cannot_start_a_block():
    assert md("첫 줄\n# 제목\n> 인용") == "첫 줄 \\# 제목 \\> 인용"


def test_plot_labels_are_html_escaped_and_round_trip():
    label = plot("<b>Evil</b> & 100%{x}")
    assert "<" not in label and "%{" not in label
    assert from_plot(label) == "<b>Evil</b> & 100%{x}"


@pytest.mark.parametrize(
    "url, kept",
    [
        ("https://news.example/a?b=1", True),
        ("http://x.example", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<b>x</b>", False),
        ("/relative", False),
        ("//host/path", False),
        (None, False),
        ("", False),
    ],
)
def test_only_http_urls_are_linked(url, kept):
    assert (web_url(url) is not None) == kept
    assert list(web_urls(pd.Series([url])).notna()) == [kept]


def test_a_link_cannot_break_out_of_its_parentheses():
    assert md_link("기사 [1]", "https://n.example/a (b)") == "[기사 \\[1\\]](https://n.example/a%20%28b%29)"
    assert md_link("기사", "javascript:alert(1)") == "기사"
