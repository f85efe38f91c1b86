#!/usr/bin/env bash
# Re-verifies a demo lot offline the way a third party would: a fresh demo site (SQLite) serves the Chợ Đào rice lot's
# EPCIS export and the public key; the `verify-lot` command checks them with nothing else. Used by `make test`.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
app=src/LongAnMarket.Web/bin/Release/net10.0/LongAnMarket.Web.dll
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
run() ( exec env ASPNETCORE_ENVIRONMENT=Development Storage__DataPath="$work/data" Logging__LogLevel__Default=Warning \
  dotnet "$app" "$@" --contentRoot "$PWD/src/LongAnMarket.Web"; )
run migrate > /dev/null
run seed-demo > /dev/null
# Started directly (not through run, a subshell): $! is then the app's own PID, which the trap stops.
env ASPNETCORE_ENVIRONMENT=Development Storage__DataPath="$work/data" Logging__LogLevel__Default=Warning \
  dotnet "$app" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/src/LongAnMarket.Web" > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/health" > /dev/null && break; sleep 0.2; done
lot=$(curl -fs "$base/p/gao-nang-thom-cho-dao" | grep -o 'href="/01/[^"]*"' | head -1 | cut -d'"' -f2)
[[ -n "$lot" ]] || { echo "no lot link on the rice product page"; cat "$work/app.log"; exit 1; }
curl -fs "$base$lot?linkType=gs1:epcis" -L -o "$work/lot.jsonld"
curl -fs "$base/.well-known/longan-trace-key" -o "$work/key.jwk"
echo "==> verify-lot on demo lot $lot"
run verify-lot --epcis "$work/lot.jsonld" --key "$work/key.jwk"
