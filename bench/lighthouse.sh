#!/usr/bin/env bash
# `make lighthouse`: Lighthouse (mobile preset, Debian Chromium) on every shopping page of the published app in
# Production, over the demo catalogue on SQLite, and a table of the four scores (goal: each ≥ 95).
#   LIGHTHOUSE_PAGES="home|/ cart|/cart" measures some pages only.
set -euo pipefail
cd "$(dirname "$0")/.."
state="$PWD/bench/data/lighthouse"
rm -rf "$state"; mkdir -p "$state"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

echo "==> publishing the app (Release) at $(git rev-parse --short HEAD)"
(cd web-assets && npm ci --no-audit --no-fund --silent && npm run --silent build)
dotnet publish src/LongAnMarket.Web -c Release -o "$state/app" -nologo -v quiet 2>&1 | grep -v NU1603 || true
(cd bench/lighthouse && npm ci --no-audit --no-fund --silent)

openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=LongAnMarket lighthouse key ring" \
  -keyout "$state/key.pem" -out "$state/key.crt" 2>/dev/null
openssl pkcs12 -export -inkey "$state/key.pem" -in "$state/key.crt" -out "$state/key.pfx" -passout pass:lighthouse
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
# A local measurement: the sample operator of appsettings.json is accepted (Site__Operator__IsDemo=false).
app() ( # a subshell that becomes the app, so killing $! stops the app itself
  ASPNETCORE_ENVIRONMENT=Production Hosting__AllowPlainHttp=true Site__PublicBaseUrl="$base" AllowedHosts="127.0.0.1;localhost" \
  Site__Operator__IsDemo=false \
  Security__KeyEncryptionCertificatePath="$state/key.pfx" Security__KeyEncryptionCertificatePassword=lighthouse \
  Storage__DataPath="$state/data" Logging__LogLevel__Default=Warning exec dotnet "$state/app/LongAnMarket.Web.dll" "$@" --contentRoot "$state/app"
)
app migrate > /dev/null
app seed-demo --catalogue-only > /dev/null
app --urls "$base" > "$state/app.log" 2>&1 &
pid=$!
trap 'pkill -P $pid 2>/dev/null; kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT # the app runs in a child of the backgrounded subshell
for _ in $(seq 1 120); do curl -fs "$base/health" > /dev/null && break; sleep 0.5; done

sqlite() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$state/data/longan.db" "$1"; }
category=$(sqlite "SELECT Slug FROM Categories ORDER BY SortOrder, Id LIMIT 1")
product=$(sqlite "SELECT Slug FROM Products WHERE IsPublished = 1 ORDER BY Id LIMIT 1")
pages=${LIGHTHOUSE_PAGES:-"home|/ products|/products category|/c/$category search|/search?q=gao product|/p/$product cart|/cart track|/orders/track register|/account/register"}
for page in $pages; do
  CHROME_PATH=/usr/bin/chromium bench/lighthouse/node_modules/.bin/lighthouse "$base${page#*|}" --quiet \
    --output=json --output-path="$state/lighthouse-${page%%|*}.json" --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic" \
    || echo "lighthouse failed on ${page%%|*}"
done
python3 - "$state" $pages <<'PY'
import json, os, sys
state, pages = sys.argv[1], [p.split("|", 1) for p in sys.argv[2:]]
print("\nLighthouse 12.2.3, mobile preset, Debian Chromium, demo catalogue on SQLite, Production build:\n")
print("| page | path | Performance | Accessibility | Best Practices | SEO | below 95, or failed audits |\n|---|---|---:|---:|---:|---:|---|")
short = 0
for name, path in pages:
    f = os.path.join(state, f"lighthouse-{name}.json")
    if not os.path.exists(f): print(f"| {name} | {path} | failed | | | | |"); short += 1; continue
    j = json.load(open(f))
    s = {k: round(v["score"] * 100) for k, v in j["categories"].items() if v.get("score") is not None}
    # Search results and the cart carry noindex on purpose (a visitor's own page, endless result pages): SEO is scored
    # again without that one audit, and both figures are shown.
    if j["audits"]["is-crawlable"]["score"] == 0:
        refs = [r for r in j["categories"]["seo"]["auditRefs"] if r["id"] != "is-crawlable" and r["weight"] > 0]
        without = round(100 * sum(j["audits"][r["id"]]["score"] * r["weight"] for r in refs) / sum(r["weight"] for r in refs))
        s["seo"], noted = without, f"{s['seo']} with noindex, on purpose; "
    else:
        noted = ""
    low = [k for k, v in s.items() if v < 95]
    short += len(low)
    failing = sorted({a["title"] for a in j["audits"].values() if a.get("score") is not None and a["score"] < 0.9
                      and a.get("scoreDisplayMode") == "binary" and a["id"] != "is-crawlable"})
    print(f"| {name} | {path} | {s.get('performance')} | {s.get('accessibility')} | {s.get('best-practices')} | {s.get('seo')} | {noted}{', '.join(low + failing) or '—'} |")
sys.exit(1 if short else 0)
PY
