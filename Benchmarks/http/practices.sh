#!/usr/bin/env bash
# Good practices' list and search with 10,000 practices (issue #14, item 9):
# wrk against a release build, 2 threads, 16 connections, on SQLite or on
# PostgreSQL. Figures and their meaning: docs/performance.md.
#   Benchmarks/http/practices.sh                       # SQLite in a fresh folder
#   DATABASE_URL=postgres://u:p@host:port/db Benchmarks/http/practices.sh   # an empty PostgreSQL database
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${ZAVEZA_BIN:-.build/release/zaveza}
DATA=$(mktemp -d)
PORT=${PORT:-8098}
COUNT=${COUNT:-10000}
ZAVEZA_DATA_DIR=$DATA "$BIN" serve --port "$PORT" > "$DATA/serve.log" 2>&1 &
PID=$!
trap 'kill $PID; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null && break; sleep 1; done
/usr/bin/time -f "synth: %e s" env ZAVEZA_DATA_DIR=$DATA "$BIN" practices synth --count "$COUNT" --seed 1
run() {
    curl -sf -o /dev/null "http://127.0.0.1:$PORT$1"
    echo "== $1 ($(curl -s "http://127.0.0.1:$PORT$1" | wc -c) bytes)"
    wrk -t2 -c16 -d${DURATION:-20}s --latency "http://127.0.0.1:$PORT$1" | grep -E "Requests/sec|50%|90%|99%|Non-2xx"
}
run "/practices"
run "/practices?page=100"
run "/practices?q=crpalka"
run "/practices?q=kolesar%20sola"
run "/practices?q=%22energetska%20prenova%22&field=buildings"
run "/api/v1/practices?q=toplotna%20crpalka&per_page=50"
# Searches asked for the first time (nothing kept yet): one at a time, 60 different ones.
python3 - "$PORT" <<'PY'
import random, subprocess, sys, urllib.parse
port = sys.argv[1]
words = ["toplotna", "crpalka", "sola", "solah", "vrtcih", "kolesar", "energetska", "prenova", "zelena", "streha", "ogrevanje",
         "avtobus", "odpadkov", "drevored", "razsvetljava", "skupnost", "polnilnica", "kompost", "pescona", "biomasa", "vodik",
         "subvencija", "razpis", "meritve", "prihranek", "izpusti", "stroski", "svetovanje", "vrocina", "nalozba"]
random.seed(1)
times = []
seen = set()
while len(times) < 60:
    q = " ".join(random.sample(words, random.choice([1, 1, 2])))
    if q in seen: continue
    seen.add(q)
    out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{time_total}", f"http://127.0.0.1:{port}/practices?q=" + urllib.parse.quote(q)],
                         capture_output=True, text=True).stdout
    times.append(float(out) * 1000)
times.sort()
print(f"== 60 first-time searches, one at a time: p50 {times[29]:.1f} ms, p90 {times[53]:.1f} ms, max {times[-1]:.1f} ms")
PY
