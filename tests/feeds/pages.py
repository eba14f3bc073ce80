"""An article page with the usual chrome around the report, written for these tests."""

from __future__ import annotations

from html import escape

from tests.feeds.reports import EN, TITLES

CHROME_HEADLINE = "Lukashenko pardons 40 more prisoners, says Minsk"


def article_page(body: str = EN, title: str = TITLES["en"]) -> str:
    paragraphs = "".join(f"<p>{escape(p.strip().rstrip('.'))}.</p>" for p in body.split(". ") if p.strip())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | Outlet</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a>
<a href="/donate">Support independent journalism: 3,000 readers already do</a></nav></header>
<div class="banner">Subscribe to our newsletter</div>
<main>
<article>
<h1>{escape(title)}</h1>
<div class="byline">By Staff Writer · 4 min read</div>
<figure><img src="/photo.jpg" alt=""><figcaption>Photo: Protesters in Minsk in 2020, when 35,000 people
were detained. (Getty Images)</figcaption></figure>
{paragraphs}
</article>
</main>
<aside class="latest">
<h2>Latest Stories</h2>
<ul>
<li><a href="/a">{escape(CHROME_HEADLINE)}</a></li>
<li><a href="/b">Belarus releases 52 political prisoners ahead of talks</a></li>
<li><a href="/c">Weather: 25 cm of snow in Minsk</a></li>
</ul>
</aside>
<footer><p>© 2025 Outlet. All rights reserved. Subscribe · Advertise · Contact</p></footer>
</body></html>"""
