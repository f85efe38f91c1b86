#!/usr/bin/env python3
"""Where the time goes on the product page (uncached, largest dataset): CPU per request in the app and in MariaDB,
and the runtime, EF Core and ASP.NET Core counters dotnet-counters sampled during the measured run.

    counters.py RUN_DIR CONNECTIONS   (reads RUN_DIR/cpu.txt and RUN_DIR/counters.csv; prints Markdown)
"""
import csv
import os
import re
import sys
from collections import defaultdict

run_dir, connections = sys.argv[1], sys.argv[2]
cpu_file, counters_file = os.path.join(run_dir, "cpu.txt"), os.path.join(run_dir, "counters.csv")
if not os.path.exists(cpu_file):
    sys.exit("no profile was taken")

app0, db0, app1, db1, requests, duration = (float(x) for x in open(cpu_file).read().split())
cores = os.cpu_count() or 1
print("\n## Where the time goes: product page, uncached, largest dataset\n")
print(f"CPU over the {duration:.0f} s measured run ({requests:,.0f} requests, {cores} cores shared by the app, MariaDB and wrk):\n")
print("| process | CPU s | share of the machine | CPU ms per request |")
print("|---|---:|---:|---:|")
for name, used in (("app (Kestrel, MVC, EF Core)", app1 - app0), ("MariaDB", db1 - db0)):
    print(f"| {name} | {used:.1f} | {used / (duration * cores):.0%} | {used * 1000 / max(requests, 1):.2f} |")
other = duration * cores - (app1 - app0) - (db1 - db0)
print(f"| wrk, kernel and idle | {other:.1f} | {other / (duration * cores):.0%} | |")

if not os.path.exists(counters_file):
    sys.exit(0)
# One row per counter, tag set and one-second sample; sum the tag sets of a sample (user + system CPU, GC
# generations), except percentiles, which stay apart.
per_sample = defaultdict(lambda: defaultdict(float))
with open(counters_file, newline="") as f:
    for row in csv.DictReader(f):
        try:
            value = float(row["Mean/Increment"])
        except (KeyError, ValueError):
            continue
        full = row["Counter Name"]
        name = full.split(" (")[0]
        percentile = re.search(r"Percentile=(\d+)", full)
        if percentile:
            name += f" p{percentile.group(1)}"
        per_sample[name][row["Timestamp"]] += value
means = {name: sum(v.values()) / len(v) for name, v in per_sample.items() if v}
wanted = [
    ("dotnet.process.cpu.time", "app CPU (cores busy)", 1),
    ("dotnet.gc.heap.total_allocated", "allocated (MB/s)", 1 / 1e6),
    ("dotnet.gc.pause.time", "GC pause (% of time)", 100),
    ("dotnet.gc.collections", "GC collections (/s)", 1),
    ("dotnet.jit.compilation.time", "JIT (% of time)", 100),
    ("dotnet.monitor.lock_contentions", "lock contentions (/s)", 1),
    ("microsoft.entityframeworkcore.queries", "EF Core queries (/s)", 1),
    ("microsoft.entityframeworkcore.compiled_query_cache_misses", "EF Core compiled-query cache misses (/s)", 1),
    ("http.server.request.duration p50", "request duration p50 (ms, in the app)", 1000),
    ("http.server.request.duration p99", "request duration p99 (ms, in the app)", 1000),
]
rows = [(label, means[name] * scale) for name, label, scale in wanted if name in means]
if rows:
    print("\ndotnet-counters during the same run, mean of the one-second samples:\n")
    print("| counter | mean |")
    print("|---|---:|")
    for label, value in rows:
        print(f"| {label} | {value:,.2f} |")
    if "microsoft.entityframeworkcore.queries" in means:
        per_page = means["microsoft.entityframeworkcore.queries"] * duration / max(requests, 1)
        print(f"\n{per_page:.1f} EF Core queries per product page.")
