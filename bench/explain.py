#!/usr/bin/env python3
"""Records the SQL each storefront page sends and writes it with MariaDB's ANALYZE (the plan plus the rows
actually read and the time taken), as Markdown.

    explain.py BASE_URL SOCKET DATABASE RUN_DIR PATH...

The app at BASE_URL must run with the page-data cache off, so every page reaches the database. The statements
come from MariaDB's general query log, with their real parameter values.
"""
import re
import subprocess
import sys
import time
import urllib.request

base, socket, database, run_dir, *paths = sys.argv[1:]
log_file = f"{run_dir}/general.log"


def sql(statement, db=database):
    out = subprocess.run(["mariadb", f"--socket={socket}", "-uroot", "--table", db, "-e", statement],
                         capture_output=True, text=True)
    return (out.stdout or out.stderr).rstrip()


def fetch(path):
    with urllib.request.urlopen(base + path) as response:
        response.read()


for path in paths:  # a first visit fills reference data and pager counts, which later visits take from memory
    fetch(path)
sql(f"SET GLOBAL log_output = 'FILE'; SET GLOBAL general_log_file = '{log_file}'; SET GLOBAL general_log = 1")
try:
    for path in paths:
        sql(f"SELECT '@@page {path}'")
        fetch(path)
        time.sleep(0.2)
finally:
    sql("SET GLOBAL general_log = 0")

entry = re.compile(r"^(?:\d{6}\s+\d{1,2}:\d{2}:\d{2})?\s+\d+\s+(\w+)\t(.*)$")
statements, current = [], None
with open(log_file, encoding="utf-8", errors="replace") as log:
    for line in log:
        match = entry.match(line.rstrip("\n"))
        if match:
            current = [match.group(1), match.group(2)]
            statements.append(current)
        elif current is not None:
            current[1] += "\n" + line.rstrip("\n")

pages, page = {}, None
for kind, text in statements:
    if kind != "Query":
        continue
    marker = re.match(r"SELECT '@@page (.*)'", text)
    if marker:
        page = marker.group(1)
        pages[page] = []
    elif page is not None and text.lstrip().upper().startswith("SELECT") and "@@page" not in text:
        # a batch (several statements in one command) is logged as one entry: plan each statement on its own
        pages[page].extend(s.strip().rstrip(";") for s in re.split(r";\s*\n", text) if s.strip())

print(f"# What the storefront asks MariaDB, and how MariaDB answers\n")
print(f"Database `{database}`; every statement a page sends with the page-data cache off, from the general query log, "
      "followed by `ANALYZE` (MariaDB runs the statement and reports, per table, the plan's estimate `rows` and the "
      "rows actually read, `r_rows`). Reference data (categories, areas, footer pages) and pager counts are cached "
      "in memory for a minute or until the catalogue changes, so they do not appear.\n")
for page, queries in pages.items():
    print(f"## `{page}`: {len(queries)} statement{'s' if len(queries) != 1 else ''}\n")
    for query in queries:
        print("```sql\n" + query + "\n```\n")
        print("```\n" + sql("ANALYZE " + query) + "\n```\n")
