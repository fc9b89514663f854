"""Crawling a company site politely and safely: robots.txt, sitemaps, scope, limits, retries."""
