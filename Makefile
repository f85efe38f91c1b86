# LongAnMarket: the two commands a newcomer needs are `make run` and `make test` (see README.md).
SHELL := /bin/bash
URLS ?= http://localhost:5080
DATA ?= $(CURDIR)/data
WEB := src/LongAnMarket.Web
APP_ENV := ASPNETCORE_ENVIRONMENT=Development Storage__DataPath=$(DATA) DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

.PHONY: run test bench relevance lighthouse assets build migrate seed clean stand-ins

## run: build the assets and the app, migrate and seed the SQLite database in ./data, serve on $(URLS)
run: assets
	dotnet build $(WEB) -nologo -v quiet
	$(APP_ENV) dotnet run --no-build --no-launch-profile --project $(WEB) -- migrate
	$(APP_ENV) dotnet run --no-build --no-launch-profile --project $(WEB) -- seed-demo
	@echo "LongAnMarket on $(URLS) (data in $(DATA)); Ctrl+C stops it."
	$(APP_ENV) dotnet run --no-build --no-launch-profile --project $(WEB) --urls "$(URLS)"

## test: every test, on SQLite and on a throwaway MariaDB, plus Chromium journeys
test:
	bash tests/scripts/run-tests.sh

## assets: CSS and JS from web-assets/ into the app's wwwroot
assets: web-assets/node_modules/.package-lock.json
	cd web-assets && npm run --silent build

web-assets/node_modules/.package-lock.json: web-assets/package-lock.json
	cd web-assets && npm ci --no-audit --no-fund

migrate:
	$(APP_ENV) dotnet run --project $(WEB) --no-launch-profile -- migrate

seed:
	$(APP_ENV) dotnet run --project $(WEB) --no-launch-profile -- seed-demo

clean:
	rm -rf $(DATA) .test-run
	dotnet clean -nologo -v quiet

## bench: publish, load 1k/10k/100k products into MariaDB, drive every scenario with wrk, write bench/results/
bench:
	bash bench/run.sh

## relevance: the judged search queries scored on the demo catalogue (nDCG@10 by family, targets of issue #21)
relevance:
	bash bench/relevance.sh $(ARGS)

## lighthouse: Lighthouse's four scores on every shopping page (published app, demo data); fails below 95
lighthouse:
	bash bench/lighthouse.sh

## stand-ins: payOS (:5091) and SePay (:5092) as the tests run them, notifying the app on $(URLS); see README "Bank transfers"
stand-ins:
	cd tests/stand-ins/payos && npm ci --no-audit --no-fund --silent
	dotnet run --project tests/LongAnMarket.StandIns -- --site "$(URLS)"
