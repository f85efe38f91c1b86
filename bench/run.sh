#!/usr/bin/env bash
# `make bench`: publishes the app, runs it in Production against a MariaDB kept in bench/data, loads the scale
# catalogue at each size, drives every scenario in scenarios/ with wrk at 32 connections cold (no whole-page
# caching), in the default configuration, and at the largest size also uncached (no caching at all), runs Lighthouse
# on three pages, and writes bench/results/<date>-<commit>.md.
#   BENCH_SIZES="1000 10000 100000"  BENCH_DURATION=10 (s per scenario)  BENCH_WARMUP=20 (s; the JIT needs about 30 s of load to settle)  BENCH_CONNECTIONS=32
#   BENCH_SCENARIOS="provenance provenance-serial" and BENCH_MODES="cold" measure a part only (e.g. one page before and
#   after a change); the search timings run only when the search scenario does.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
sizes=${BENCH_SIZES:-"1000 10000 100000"}
duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-20}
connections=${BENCH_CONNECTIONS:-32}
only_scenarios=${BENCH_SCENARIOS:-}
only_modes=${BENCH_MODES:-}
selected() { [[ -z $1 ]] || [[ " $1 " == *" $2 "* ]]; } # selected FILTER NAME
state="$root/bench/data"
run="$state/run-$(date -u +%Y%m%d%H%M%S)"
mkdir -p "$run" bench/results
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v haproxy >/dev/null || need+=(haproxy)
command -v redis-server >/dev/null || need+=(redis-server)
[[ -x /usr/sbin/mariadbd ]] || command -v mariadbd >/dev/null || need+=(mariadb-server)
[[ -x /usr/bin/chromium ]] || need+=(chromium)
if ((${#need[@]})); then
  echo "==> installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src web-assets || echo "+dirty") # what gets published
echo "==> publishing the app (Release) at $commit"
(cd web-assets && npm ci --no-audit --no-fund --silent && npm run --silent build)
rm -rf "$state/app" # ReadyToRun: precompiled code, so a fresh process reaches full speed sooner (the JIT shares 2 cores)
dotnet publish src/LongAnMarket.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$state/app" -nologo -v quiet
(cd bench/lighthouse && npm ci --no-audit --no-fund --silent)
dotnet tool restore > /dev/null

# A background job is a shell whose child became the app: stop the child (the app, Redis, haproxy), then the shell.
stop_jobs() { for job in "$@"; do pkill -P "$job" 2>/dev/null || true; kill "$job" 2>/dev/null || true; done; }
trap 'stop_jobs $(jobs -p); wait; bash tests/scripts/mariadb.sh stop "$state/mariadb"' EXIT
trap 'exit 130' INT TERM
bash tests/scripts/mariadb.sh start "$state/mariadb" --keep
set -a; . "$state/mariadb/env"; set +a
sql() { mariadb --socket="$state/mariadb/sock" -uroot -N -e "$1"; }

# Production requires a key-encryption certificate for the key ring: a throwaway one for the benchmark's database.
key_pfx="$state/key-encryption.pfx"
if [[ ! -f "$key_pfx" ]]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=LongAnMarket bench key ring" \
    -keyout "$state/key-encryption.key" -out "$state/key-encryption.crt" 2>/dev/null
  openssl pkcs12 -export -inkey "$state/key-encryption.key" -in "$state/key-encryption.crt" -out "$key_pfx" -passout pass:bench
fi

app() ( # app DATABASE MODE ARGS… : the published app in Production over plain http on loopback (a subshell that
  database=$1 mode=$2; shift 2  #   becomes the app, so `kill $!` stops the app itself)
  # Production refuses plain http except on loopback, and wants its public origin, host list and key certificate.
  ASPNETCORE_ENVIRONMENT=Production Hosting__AllowPlainHttp=true Hosting__BenchmarkEndpoints=true \
  Site__PublicBaseUrl="${origin:-http://127.0.0.1}" AllowedHosts="127.0.0.1;localhost" Site__Operator__IsDemo=false \
  Security__KeyEncryptionCertificatePath="$key_pfx" Security__KeyEncryptionCertificatePassword=bench \
  Hosting__CartPostsPerMinute=1000000 Hosting__CheckoutPostsPerMinute=1000000 \
  Ordering__Holds__MaxUnpaidOrdersPerClient=100000 Ordering__Holds__MaxUnpaidOrdersPerAddress=100000 \
  Database__Provider=MySql Database__ConnectionString="${LONGAN_TEST_MYSQL}Database=$database;" \
  Database__ServerVersion="$LONGAN_TEST_MYSQL_VERSION" Storage__DataPath="$state/media" Caching__Enabled="$([[ $mode == uncached ]] && echo false || echo true)" \
  Caching__WholePages="$([[ $mode == default ]] && echo true || echo false)" \
  Search__LuceneFolder="search/lucene-$database${instance:+-$instance}" \
  Logging__LogLevel__Default=Warning exec dotnet "$state/app/LongAnMarket.Web.dll" "$@" --contentRoot "$state/app"
)

cpu_seconds() { awk '{print ($14 + $15) / 100}' "/proc/$1/stat"; } # user + system time of a process

# The instance's search index is built and caught up (/health/details: search Healthy). A first start builds the index
# in the background while pages fall back to the database: measuring then would time the build, not the pages.
search_ready() {
  for _ in $(seq 1 1200); do
    curl -fs "$1/health/details" | python3 -c 'import json,sys; sys.exit(json.load(sys.stdin)["checks"]["search"]["status"] != "Healthy")' 2>/dev/null && return 0
    sleep 0.5
  done
  echo "search on $1 was not ready after 10 minutes" >&2; return 1
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

results="$run/results.tsv"
printf "size\tmode\tscenario\tpath\trps\tp50_ms\tp99_ms\trequests\tnon2xx\tsocket_errors\n" > "$results"
for size in $sizes; do
  database="longan_bench_$size"
  echo "==> dataset $size products ($database)"
  sql "CREATE DATABASE IF NOT EXISTS $database"
  app "$database" default migrate
  seed_started=$(date +%s.%N)
  app "$database" default seed-scale --products "$size" | tail -1
  echo "$size	$(python3 -c "import time;print(round(time.time()-$seed_started,1))")" >> "$run/seed.tsv"
  seed_started=$(date +%s.%N)
  scans_line=$(app "$database" default seed-scans --scans "${BENCH_SCANS:-1000000}" | tail -1) # "lot=/01/…/10/… serial=…"
  echo "$size	$(python3 -c "import time;print(round(time.time()-$seed_started,1))")" >> "$run/seed-scans.tsv"
  lot=$(sed -E 's/.*lot=([^ ]+).*/\1/' <<< "$scans_line"); serial=$(sed -E 's/.*serial=([^ ]+).*/\1/' <<< "$scans_line")
  # Search: a full rebuild of the embedded index (its rate), then 1,000 fixed queries timed in-process.
  if selected "$only_scenarios" search; then
  reindex_line=$(app "$database" default reindex | tail -1) # "reindex: N products into Lucene in S s (R products/s); …"
  echo "$size	$(sed -E 's/reindex: ([0-9,]+) products .* in ([0-9.]+) s \(([0-9,]+) products\/s\).*/\1	\2	\3/' <<< "$reindex_line" | tr -d ,)" >> "$run/reindex.tsv"
  app "$database" default bench-search --queries 1000 > "$run/search-$size.md"
  echo "$size	$(grep '^BENCH-SEARCH' "$run/search-$size.md" | sed 's/^BENCH-SEARCH //')" >> "$run/search.tsv"
  fi
  category=$(sql "SELECT Slug FROM $database.Categories ORDER BY SortOrder, Id LIMIT 1")
  product=$(sql "SELECT Slug FROM $database.Products WHERE Slug LIKE 'scale-%' ORDER BY Id LIMIT 1 OFFSET $((size / 2))")
  area=$(sql "SELECT Slug FROM $database.OriginAreas ORDER BY Id LIMIT 1")
  producer=$(sql "SELECT Slug FROM $database.Producers WHERE Slug LIKE 'scale-%' ORDER BY Id DESC LIMIT 1")

  modes="cold default"; [[ $size == "${sizes##* }" ]] && modes="uncached cold default"
  for mode in $modes; do
    selected "$only_modes" "$mode" || continue
    port=$(free_port)
    origin="http://127.0.0.1:$port" app "$database" "$mode" --urls "http://127.0.0.1:$port" > "$run/app-$size-$mode.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
    curl -fs "http://127.0.0.1:$port/health" >/dev/null || { cat "$run/app-$size-$mode.log"; exit 1; }
    pid=$(pgrep -n -P "$pid" || echo "$pid") # the background job is a shell whose child became the app: watch and stop the app itself
    base="http://127.0.0.1:$port"
    search_ready "$base"
    category_bytes=$(curl -fs "$base/c/$category?sort=price-asc&instock=1" | wc -c)
    while IFS='|' read -r name path; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      selected "$only_scenarios" "$name" || continue
      path=${path//\{category\}/$category}; path=${path//\{product\}/$product}; path=${path//\{lot\}/$lot}; path=${path//\{serial\}/$serial}
      [[ $name == baseline ]] && path="$path?bytes=$category_bytes"
      script="$run/$name.lua"
      if [[ $path == @* ]]; then cat "bench/scenarios/${path#@}" bench/scenarios/report.lua > "$script"; path=/
      else cp bench/scenarios/report.lua "$script"; fi
      wrk -t2 -c"$connections" -d"${warmup}s" -s "$script" "$base$path" > /dev/null
      profile=$([[ $mode == uncached && $size == "${sizes##* }" && $name == product ]] && echo yes || echo no)
      if [[ $profile == yes ]]; then # where the time goes: runtime, EF Core and ASP.NET Core counters, CPU per process
        dotnet dotnet-counters collect -p "$pid" --format csv -o "$run/counters.csv" --duration "00:00:00:$(printf %02d "$duration")" \
          --counters System.Runtime,Microsoft.EntityFrameworkCore,Microsoft.AspNetCore.Hosting > /dev/null 2>&1 &
        counters=$!
        cpu_before="$(cpu_seconds "$pid") $(cpu_seconds "$(cat "$state/mariadb/pid")")"
      fi
      [[ $name == provenance* ]] && { sleep 2; scans_before=$(sql "SELECT COUNT(*) FROM $database.Scans"); }
      line=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$script" "$base$path" | grep '^BENCH ')
      eval "${line#BENCH }"
      if [[ $name == provenance* ]]; then # every page served during the run must have left its scan row
        sleep 2
        echo "$size	$mode	$name	$requests	$(( $(sql "SELECT COUNT(*) FROM $database.Scans") - scans_before ))" >> "$run/scans.tsv"
      fi
      if [[ $profile == yes ]]; then
        echo "$cpu_before $(cpu_seconds "$pid") $(cpu_seconds "$(cat "$state/mariadb/pid")") $requests $duration" > "$run/cpu.txt"
        wait "$counters" || true
      fi
      printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$size" "$mode" "$name" "$path" "$rps" "$p50_ms" "$p99_ms" "$requests" "$non2xx" "$socket_errors" >> "$results"
      printf "  %-7s %-8s %-9s %9s req/s  p50 %6s ms  p99 %7s ms  non-2xx %s\n" "$size" "$mode" "$name" "$rps" "$p50_ms" "$p99_ms" "$non2xx"
    done < bench/scenarios/scenarios.txt

    if [[ $mode == default ]] && selected "$only_scenarios" checkout; then # the write scenario: concurrent add-to-cart + checkout (VietQR), then an oversell check
      app "$database" default bench-checkout --url "$base" --seconds "$duration" --connections "$connections" --warmup 5 > "$run/checkout-$size.md" 2>&1 || true
      echo "$size	$(grep '^BENCH-CHECKOUT' "$run/checkout-$size.md" | sed 's/^BENCH-CHECKOUT //')" >> "$run/checkout.tsv"
      grep '^|' "$run/checkout-$size.md" | tail -1 | sed "s/^/  $size default checkout /"
    fi
    if [[ $mode == uncached && $size == "${sizes##* }" && -z $only_scenarios ]]; then
      echo "==> the SQL of each storefront page and MariaDB's plan for it, on $size products"
      python3 bench/explain.py "$base" "$state/mariadb/sock" "$database" "$run" / "/c/$category?sort=price-asc&instock=1" \
        "/c/$category" "/c/$category?sort=name" "/products?sort=price-desc" "/products?area=$area" "/p/$product" \
        "/producers/$producer" > "$run/explain.md" || echo "explain failed"
    fi
    if [[ $mode == default && $size == "${sizes##* }" && -z $only_scenarios ]]; then
      echo "==> Lighthouse (mobile) and page weight on $size products"
      for page in "home|/" "category|/c/$category" "product|/p/$product"; do
        CHROME_PATH=/usr/bin/chromium bench/lighthouse/node_modules/.bin/lighthouse "$base${page#*|}" --quiet \
          --output=json --output-path="$run/lighthouse-${page%%|*}.json" --only-categories=performance,accessibility,best-practices,seo \
          --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic" \
          || echo "lighthouse failed on ${page%%|*}"
      done
    fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done

# Two instances behind haproxy (docker/haproxy/haproxy.cfg, as in compose), sharing Redis, on the largest dataset in
# the cold mode: next to the one-instance cold rows above, on 2 cores this shows what coordination costs, not scale.
if [[ -z $only_modes || " $only_modes " == *" cold "* ]] && { selected "$only_scenarios" category || selected "$only_scenarios" provenance; }; then
  echo "==> two instances behind haproxy, $size products (cold)"
  redis_port=$(free_port); lb_port=$(free_port)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --loglevel warning > "$run/redis.log" 2>&1 &
  redis_pid=$!
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" -keyout "$run/lb.key" -out "$run/lb.crt" 2>/dev/null
  cat "$run/lb.crt" "$run/lb.key" > "$run/lb.pem"
  pids=()
  for instance in 1 2; do
    port=$(free_port); ports[$instance]=$port
    instance=$instance origin="https://127.0.0.1:$lb_port" Redis__Configuration="127.0.0.1:$redis_port" Hosting__InstanceName="bench-$instance" \
      Hosting__ForwardedHeaders__KnownProxies__0=127.0.0.2 Hosting__ForwardedHeaders__ForwardLimit=1 \
      app "$database" cold --urls "http://127.0.0.1:$port" > "$run/app-2x-$instance.log" 2>&1 &
    pids+=($!)
  done
  for instance in 1 2; do # each instance's own index built and caught up (each builds its own at first start)
    for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:${ports[$instance]}/health" >/dev/null && break; sleep 0.2; done
    search_ready "http://127.0.0.1:${ports[$instance]}"
  done
  LONGAN_LB_BIND="127.0.0.1:$lb_port" LONGAN_LB_CERT="$run/lb.pem" LONGAN_LB_SOURCE=127.0.0.2 \
    LONGAN_APP1="127.0.0.1:${ports[1]}" LONGAN_APP2="127.0.0.1:${ports[2]}" haproxy -db -f docker/haproxy/haproxy.cfg > "$run/haproxy.log" 2>&1 &
  lb_pid=$!
  for _ in $(seq 1 100); do curl -fsk "https://127.0.0.1:$lb_port/health" >/dev/null && break; sleep 0.2; done
  while IFS='|' read -r name path; do
    [[ $name == category || $name == provenance ]] || continue
    selected "$only_scenarios" "$name" || continue
    path=${path//\{category\}/$category}; path=${path//\{lot\}/$lot}
    cp bench/scenarios/report.lua "$run/$name-2x.lua"
    # Each instance gets the whole warm-up load of its own first (through haproxy each would get half, and its JIT
    # would still be tiering up while measured), then haproxy's connections warm up.
    for instance in 1 2; do wrk -t2 -c"$connections" -d"${warmup}s" "http://127.0.0.1:${ports[$instance]}$path" > /dev/null; done
    wrk -t2 -c"$connections" -d"${warmup}s" -s "$run/$name-2x.lua" "https://127.0.0.1:$lb_port$path" > /dev/null
    [[ $name == provenance ]] && { sleep 2; scans_before=$(sql "SELECT COUNT(*) FROM $database.Scans"); }
    line=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$run/$name-2x.lua" "https://127.0.0.1:$lb_port$path" | grep '^BENCH ')
    eval "${line#BENCH }"
    if [[ $name == provenance ]]; then # both instances record every scan in the one database
      sleep 2
      echo "$size	cold-2x-haproxy	$name	$requests	$(( $(sql "SELECT COUNT(*) FROM $database.Scans") - scans_before ))" >> "$run/scans.tsv"
    fi
    printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$size" "cold-2x-haproxy" "$name" "$path" "$rps" "$p50_ms" "$p99_ms" "$requests" "$non2xx" "$socket_errors" >> "$results"
    printf "  %-7s %-16s %-9s %9s req/s  p50 %6s ms  p99 %7s ms  non-2xx %s\n" "$size" "2x+haproxy" "$name" "$rps" "$p50_ms" "$p99_ms" "$non2xx"
  done < bench/scenarios/scenarios.txt
  stop_jobs "$lb_pid" "${pids[@]}" "$redis_pid"
  wait "$lb_pid" "${pids[@]}" "$redis_pid" 2>/dev/null || true
fi

out="bench/results/$(date -u +%Y-%m-%d-%H%M)-$commit.md"
python3 bench/report.py "$run" "$commit" "$duration" "$connections" > "$out"
python3 bench/counters.py "$run" "$connections" >> "$out" || echo "no profile"
if [[ -s "$run/explain.md" ]]; then
  cp "$run/explain.md" "${out%.md}-explain.md"
  printf "\nThe SQL behind each page, with MariaDB's plans: [%s](%s).\n" "$(basename "${out%.md}-explain.md")" "$(basename "${out%.md}-explain.md")" >> "$out"
fi
cat "$out"
echo "==> written to $out"
