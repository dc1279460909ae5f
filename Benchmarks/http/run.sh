#!/usr/bin/env bash
# HTTP speed of a city's workspace (issue #5): wrk against a release build on
# SQLite with the demo data, 2 threads, 32 connections. Figures and their
# meaning: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
# ZAVEZA_BIN=path/to/zaveza measures that binary instead (a build of
# another commit, to compare); else this checkout's release build.
BIN=${ZAVEZA_BIN:-}
if [ -z "$BIN" ]; then
    swift build -c release --product zaveza 2>&1 | tail -n 1
    BIN=.build/release/zaveza
fi
DATA=$(mktemp -d)
PORT=${PORT:-8099}
ZAVEZA_DATA_DIR=$DATA "$BIN" serve --port "$PORT" > "$DATA/serve.log" 2>&1 &
PID=$!
trap 'kill $PID; rm -rf "$DATA"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null && break; sleep 1; done
python3 Benchmarks/http/seed.py "http://127.0.0.1:$PORT"
# The first request computes the pathway (2,000 draws) and keeps it.
curl -sf -o /dev/null "http://127.0.0.1:$PORT/cities/kranj"
curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/cities/ljubljana/actions?per_page=100"
echo "== public city dashboard (Kranj)"
wrk -t2 -c32 -d${DURATION:-20}s --latency "http://127.0.0.1:$PORT/cities/kranj"
echo "== GET /api/v1/cities/ljubljana/actions, 100 actions on one page"
wrk -t2 -c32 -d${DURATION:-20}s --latency "http://127.0.0.1:$PORT/api/v1/cities/ljubljana/actions?per_page=100"
# The city's officer at work: signed in (issue 12, item 12).
JAR="$DATA/jar"
curl -sf -o /dev/null -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/login"
CSRF=$(grep zaveza_csrf "$JAR" | awk '{print $7}')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$CSRF" --data-urlencode "email=uradnik.kranj@zaveza.example" \
    --data-urlencode "password=Cukrarna-2022-demo" "http://127.0.0.1:$PORT/login"
SESSION=$(grep zaveza_session "$JAR" | awk '{print $7}')
# Issue #13: a what-if answer is worked out on every request (2,000 draws;
# only the city's inputs are kept): one connection, so p50 is the answer's time.
WHATIF="/cities/kranj/what-if?w=1&on_B1=1&on_B2=1&on_B3=1&on_B4=1&on_B5=1&on_E2=1&on_E3=1&on_I1=1&on_M1=1&on_M2=1&on_M3=1&on_M4=1&on_N1=1&on_W1=1&on_W2=1&delay_M2=3"
curl -sf -o /dev/null "http://127.0.0.1:$PORT$WHATIF"
echo "== what-if, Kranj without E1 and M2 three years later, one connection"
wrk -t1 -c1 -d${DURATION:-20}s --latency "http://127.0.0.1:$PORT$WHATIF"
curl -sf -o /dev/null "http://127.0.0.1:$PORT/partnership"
echo "== the partnership side by side, from memory"
wrk -t2 -c32 -d${DURATION:-20}s --latency "http://127.0.0.1:$PORT/partnership"
for page in /cities/kranj/actions /cities/kranj/inventories/2018 /cities/kranj; do
    curl -sf -o /dev/null -H "Cookie: zaveza_session=$SESSION; zaveza_csrf=$CSRF" "http://127.0.0.1:$PORT$page"
    echo "== signed in as Kranj's officer: $page"
    wrk -t2 -c32 -d${DURATION:-20}s --latency -H "Cookie: zaveza_session=$SESSION; zaveza_csrf=$CSRF" "http://127.0.0.1:$PORT$page"
done
# After a change to one city (an officer adds a growth rate), the first
# partnership page works the city's pathway and the joint pathway out anew.
for run in 1 2 3; do
    curl -s -o /dev/null -H "Cookie: zaveza_session=$SESSION; zaveza_csrf=$CSRF" --data-urlencode "_csrf=$CSRF" \
        --data-urlencode "gpc=I.1.$run" --data-urlencode "rate=0,$run" --data-urlencode "source=Benchmark" \
        "http://127.0.0.1:$PORT/cities/kranj/growth"
    echo "== the first partnership page after a change to Kranj (run $run): $(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/partnership") s"
done
