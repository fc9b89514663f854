"""``wirlint batch``: web archives to two Parquet tables (pages, sites) on this machine's cores or on Spark.

Both engines share one code path for a site (``wirlint.archive.sites``) and one for its rows
(``wirlint.batch.columns``); they differ only in how records reach the site that owns them.
"""
