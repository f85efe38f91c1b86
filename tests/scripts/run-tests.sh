#!/usr/bin/env bash
# `make test`: installs what the tests need on a fresh Debian machine, starts a throwaway MariaDB,
# runs every test project, and stops MariaDB again, also when tests fail.
set -euo pipefail
cd "$(dirname "$0")/../.."
phase_started=$SECONDS
phase_name=""
# Each phase's wall time, printed when the next one starts (and at the end).
phase() {
  if [[ -n $phase_name ]]; then
    local took=$((SECONDS - phase_started))
    printf '    (%s: %dm %02ds)\n' "$phase_name" $((took / 60)) $((took % 60))
  fi
  phase_started=$SECONDS
  phase_name=$1
  [[ -n $1 ]] && echo "==> $1"
  return 0
}
root=$PWD
run_dir="$root/.test-run"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
[[ -x /usr/sbin/mariadbd ]] || command -v mariadbd >/dev/null || need+=(mariadb-server)
[[ -x /usr/bin/chromium ]] || need+=(chromium)
command -v openssl >/dev/null || need+=(openssl) # the test Time-Stamping Authority answers with `openssl ts -reply`
command -v pdftotext >/dev/null || need+=(poppler-utils) # printed pages are checked as text
command -v docker-compose >/dev/null || need+=(docker-compose)
command -v redis-server >/dev/null || need+=(redis-server) # the Redis several instances share (tests start their own)
command -v haproxy >/dev/null || need+=(haproxy) # the load balancer in front of two instances (docker/haproxy/haproxy.cfg)
if ((${#need[@]})); then
  phase "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  # Debian starts the packages' own services on install; the tests start their own on free ports, and leave nothing running.
  for service in redis-server haproxy; do
    if [[ " ${need[*]} " == *" $service "* ]]; then
      systemctl disable --now "$service" >/dev/null 2>&1 || service "$service" stop >/dev/null 2>&1 || true
    fi
  done
fi

phase "checking docker/compose.yaml"
# It must render with the dummy values of tests/scripts/compose-test.env (one VAR=value a line), and must refuse to
# render without all of them and without each one of them: no secret or site setting may fall back to a default.
# The variables are set only for these commands; an empty --env-file keeps a docker/.env out of them.
mkdir -p "$run_dir"
: >"$run_dir/compose-empty.env"
mapfile -t compose_env < <(grep -Ev '^[[:space:]]*(#|$)' tests/scripts/compose-test.env)
compose_unset=()
for pair in "${compose_env[@]}"; do compose_unset+=(-u "${pair%%=*}"); done
compose_config() {
  env "${compose_unset[@]}" "$@" docker-compose --env-file "$run_dir/compose-empty.env" -f docker/compose.yaml config -q
}
compose_config "${compose_env[@]}"
if compose_config 2>/dev/null; then
  echo "docker/compose.yaml renders without any of the variables in tests/scripts/compose-test.env" >&2
  exit 1
fi
for pair in "${compose_env[@]}"; do
  others=()
  for other in "${compose_env[@]}"; do [[ $other == "$pair" ]] || others+=("$other"); done
  if compose_config "${others[@]}" 2>/dev/null; then
    echo "docker/compose.yaml renders without ${pair%%=*}: it must be required (\${${pair%%=*}:?message}), not defaulted" >&2
    exit 1
  fi
done

phase "building web assets"
(cd web-assets && npm ci --no-audit --no-fund --silent && npm run --silent build)
# payOS's own Node SDK signs what the payOS stand-in sends (tests/stand-ins/payos).
(cd tests/stand-ins/payos && npm ci --no-audit --no-fund --silent)
# npm's s3rver is the S3-compatible service the S3 file stores are tested against (tests/stand-ins/s3rver).
(cd tests/stand-ins/s3rver && npm ci --no-audit --no-fund --silent)

phase "building the solution"
dotnet build LongAnMarket.sln -c Release -nologo -v quiet

mkdir -p "$run_dir"
trap 'bash tests/scripts/mariadb.sh stop "$run_dir/mariadb"' EXIT
trap 'exit 130' INT TERM
phase "starting MariaDB"
bash tests/scripts/mariadb.sh start "$run_dir/mariadb"
set -a; . "$run_dir/mariadb/env"; set +a

results="$run_dir/results"
rm -rf "$results"
status=0
for project in tests/LongAnMarket.Tests tests/LongAnMarket.BrowserTests; do
  phase "dotnet test $project"
  # Minimal verbosity: failures with their messages and each project's summary; test hosts log to memory, not here.
  dotnet test "$project" -c Release --no-build --logger "trx" --results-directory "$results" --logger "console;verbosity=minimal" || true
  # dotnet test's own exit status is lost in the pipe above; the trx files below decide.
done

phase "verify-lot on a demo lot (offline re-verification from its EPCIS export and the public key)"
bash tests/scripts/verify-demo-lot.sh || status=1

phase ""
python3 - "$results" <<'PY' || status=1
import sys, glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
failures = []
files = glob.glob(sys.argv[1] + "/*.trx")
for f in files:
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    skipped += int(c.get("notExecuted"))
    total = int(c.get("total"))
    ran = int(c.get("executed"))
    if ran < total - int(c.get("notExecuted")): failed += total - ran
    for r in ET.parse(f).getroot().iterfind(".//t:UnitTestResult", ns):
        if r.get("outcome") not in ("Passed", "NotExecuted"):
            message = r.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=ns).strip()
            failures.append(f"FAILED {r.get('testName')}\n    " + "\n    ".join(message.splitlines()[:6]))
if len(files) < 2:
    print(f"expected 2 test result files, found {len(files)}"); failed += 1
print("\n".join(failures))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
PY
printf '    (all phases: %dm %02ds)\n' $((SECONDS / 60)) $((SECONDS % 60))
exit $status
