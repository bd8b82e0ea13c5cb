"""Sample scraped texts and pages shared by the cleaning and clean-stage tests."""

CAPTION = "Water rises over the quay at dawn on Tuesday (Reuters)"
BODY = [
    "The river burst its banks on Tuesday and flooded the lower port, forcing hundreds of families to leave "
    "their homes before dawn, officials said on Wednesday.",
    "Rescue teams said the water rose by more than two metres in six hours, the fastest rise recorded at the "
    "port since records began in 1998, and that more rain was expected over the weekend.",
]
HEADER = """Storm floods the river port | Daily Ledger
Skip to content
Home > World
Share this article
By Jane Doe
March 3, 2024
"""
FOOTER = """
Subscribe to our newsletter
© 2024 Daily Ledger. All rights reserved.
We use cookies to improve your experience
"""
DUMP = HEADER + f"\n{CAPTION}\n\n{CAPTION}\n\n" + "\n\n".join(BODY) + "\n" + FOOTER


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>River port flooded after storm | Daily Ledger</title>
<meta property="og:site_name" content="Daily Ledger">
<meta property="article:published_time" content="2024-03-03T08:15:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news section</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience on our website.</div>
<article><h1>River port flooded after storm</h1>
<p>{0}</p><p>{1}</p>
<p>The mayor said schools would stay closed until Friday while engineers inspect the walls.</p>
</article>
<footer><p>Contact us | Privacy policy | Terms of use for the Daily Ledger website</p></footer>
</body></html>"""
