"""Web archives: WARC files read as pages to lint (``check``, ``batch``) and written by ``crawl --warc``.

The WARC format itself is warcio's job; this package adds what a linter needs on top: the crawler's guards
on every record (size caps on the decoded body, encodings, binary bodies), one site at a time for the site
analysis, and error rows instead of a stopped run when a record is hostile or broken.
"""
