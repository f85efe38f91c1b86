#!/usr/bin/env bash
# make relevance: the judged query set (tests/relevance/judged-queries.txt) scored on the demo catalogue, with the
# embedded Lucene engine, and also on Elasticsearch when LONGAN_TEST_ELASTICSEARCH_URL names a cluster.
# Extra arguments go to the command (e.g. --details lists every query below a perfect score).
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export ASPNETCORE_ENVIRONMENT=Development Storage__DataPath="$data" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/LongAnMarket.Web -c Release -nologo -v quiet >/dev/null
run() { dotnet run -c Release --no-build --no-launch-profile --project src/LongAnMarket.Web -- "$@"; }
run migrate >/dev/null
run seed-demo --catalogue-only >/dev/null
status=0
run search-relevance --set "$PWD/tests/relevance/judged-queries.txt" "$@" || status=$?
if [ -n "${LONGAN_TEST_ELASTICSEARCH_URL:-}" ]; then
  echo
  Search__Provider=Elasticsearch Search__Elasticsearch__Url="$LONGAN_TEST_ELASTICSEARCH_URL" \
    Search__Elasticsearch__Alias="longan-relevance-$$" run search-relevance --set "$PWD/tests/relevance/judged-queries.txt" "$@" || status=$?
fi
exit $status
