#!/usr/bin/env bash
# Side-by-side performance figures for issue #8. Run from anywhere:  bash tests/IngenAMiste.Benchmarks/compare.sh
# Needs: dotnet, qpdf, poppler-utils (pdftotext), hyperfine, clang + zlib1g-dev (native AOT, cold part), wrk, node (+ npm ci --prefix tests/azurite), python3.
# Knobs (environment): SKIP_BUILD=1, PARTS="throughput cold api ingest", SIZES="10 1000 10000" (reports stored for /api/progress), INGEST_N=1000, SEED_FULL=1000, ITER=3, RUNS=10, WRK_SECONDS=5, ROUNDS=3 (alternating wrk rounds per route; the median is kept)
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=${SIZES:-"10 1000 10000"}
INGEST_N=${INGEST_N:-1000}
# Stored reports beyond SEED_FULL are seeded without measure rows (see Modes.SeedAsync: Azurite's table store makes 61
# measure rows × 10,000 reports quadratic to insert); /api/progress reads none of those rows either way.
SEED_FULL=${SEED_FULL:-1000}
ITER=${ITER:-3}
RUNS=${RUNS:-10}
WRK_SECONDS=${WRK_SECONDS:-5}
ROUNDS=${ROUNDS:-3}
PARTS=${PARTS:-"throughput cold api ingest"}
part() { [[ " $PARTS " == *" $1 "* ]]; }
SAMPLE=src/IngenAMiste.Cli/Samples/arsrapport-2020-2021.pdf
BENCH=tests/IngenAMiste.Benchmarks/bin/Release/net10.0/IngenAMiste.Benchmarks.dll
INGEN=src/IngenAMiste.Cli/bin/Release/net10.0/ingen
TMP=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; rm -rf "$TMP"; }
trap cleanup EXIT

ROWS=()
row() { ROWS+=("$(printf '%-44s | %-24s | %-24s | %-10s | %s' "$@")"); printf '%-44s | %-24s | %-24s | %-10s | %s\n' "$@"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$1" "$2"; }
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }
mean_s() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['mean'])" "$1"; }

echo "== build (Release) =="
[ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release tests/IngenAMiste.Benchmarks -v q -nologo | tail -3
[ -f tests/azurite/node_modules/azurite/dist/src/azurite.js ] || npm ci --prefix tests/azurite --silent

echo "== 640-page document =="
qpdf --empty --pages $(for _ in $(seq 40); do printf '%s ' "$SAMPLE"; done) -- "$TMP/640.pdf"
echo "machine: nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), RAM $(free -g | awk '/Mem:/{print $2}') GiB, $(date -u +%F)"
echo
row "measure" "ingen / IngenAMiste" "reference" "ratio" "load (1/5/15)"
row "---" "---" "---" "---" "---"

if part throughput; then
# 1. Warm throughput, 640 pages, back to back.
out=$(dotnet "$BENCH" throughput "$TMP/640.pdf" "$ITER"); echo "  $out" >&2
ours=$(echo "$out" | field pages_per_s); peak=$(echo "$out" | field peak_ws_mib)
hyperfine -N -w1 -r"$ITER" --export-json "$TMP/ptt.json" "pdftotext -raw $TMP/640.pdf $TMP/640.txt" >/dev/null
ref=$(python3 -c "print(f'{640/float(\"$(mean_s "$TMP/ptt.json")\"):.1f}')")
row "extract+parse warm, 640 p (pages/s)" "$ours" "pdftotext -raw $ref" "$(ratio "$ours" "$ref")" "$(load)"
# Pages per CPU second (user + system): less sensitive to other load on the machine than wall-clock time.
ours_cpu=$(echo "$out" | field pages_per_cpu_s)
ref_cpu=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f'{640/(r[\"user\"]+r[\"system\"]):.1f}')" "$TMP/ptt.json")
row "same, pages per CPU second (all cores)" "$ours_cpu" "pdftotext -raw $ref_cpu" "$(ratio "$ours_cpu" "$ref_cpu")" "$(load)"
row "peak working set, 640 p (MiB)" "$peak" "target < 300" "-" "$(load)"
fi

if part cold; then
# 2. Cold start, 16 pages, whole process: JIT build vs ReadyToRun publish vs native AOT publish vs pdftotext, one hyperfine run.
# Native AOT needs clang (the linker driver) and zlib1g-dev: apt-get install -y clang zlib1g-dev
command -v clang >/dev/null && [ -e /usr/include/zlib.h ] || { echo "cold: native AOT needs clang and zlib1g-dev (apt-get install -y clang zlib1g-dev)" >&2; exit 1; }
dotnet publish src/IngenAMiste.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$TMP/r2r" -v q -nologo | tail -1
dotnet publish src/IngenAMiste.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$TMP/aot" -v q -nologo | tail -1
# The native build must write exactly what the JIT build writes.
SLIDES=tests/IngenAMiste.Reports.Tests/Corpus/psykiske-helsetjenester-slides.pdf
for args in "$SAMPLE" "$SLIDES" "$SLIDES --catalog $SAMPLE"; do
  # shellcheck disable=SC2086
  cmp <($INGEN parse $args) <("$TMP/aot/ingen" parse $args) || { echo "cold: AOT and JIT output differ for: parse $args" >&2; exit 1; }
done
echo "  AOT output byte-identical to JIT (parse: sample, slides, slides --catalog); AOT binary $(du -m "$TMP/aot/ingen" | cut -f1) MiB" >&2
hyperfine -N -w2 -r"$RUNS" --export-json "$TMP/cold.json" \
  "pdftotext -raw $SAMPLE $TMP/16.txt" "$INGEN parse $SAMPLE" "$TMP/r2r/ingen parse $SAMPLE" "$TMP/aot/ingen parse $SAMPLE" >/dev/null
read -r c_ref c_jit c_r2r c_aot < <(python3 -c "import json; r=json.load(open('$TMP/cold.json'))['results']; print(*[f'{x[\"mean\"]*1000:.0f}' for x in r])")
# CPU time (user+sys) as well: on a loaded machine the wall time mostly measures waiting for a core.
read -r u_ref u_aot < <(python3 -c "import json; r=json.load(open('$TMP/cold.json'))['results']; print(*[f'{(x[\"user\"]+x[\"system\"])*1000:.0f}' for x in (r[0], r[3])])")
row "cold ingen parse 16 p, JIT (ms)" "$c_jit" "pdftotext $c_ref" "$(ratio "$c_jit" "$c_ref")" "$(load)"
row "cold ingen parse 16 p, ReadyToRun (ms)" "$c_r2r" "pdftotext $c_ref" "$(ratio "$c_r2r" "$c_ref")" "$(load)"
row "cold ingen parse 16 p, native AOT (ms)" "$c_aot" "pdftotext $c_ref" "$(ratio "$c_aot" "$c_ref")" "$(load)"
row "cold ingen parse 16 p, native AOT (CPU ms)" "$u_aot" "pdftotext $u_ref" "$(ratio "$u_aot" "$u_ref")" "$(load)"
fi

# 3. /api/progress vs a static file of the same bytes, same Kestrel, storage in an Azurite started here.
start_azurite() {
  local base=$1
  # A store of 10,000 reports holds ~600,000 measure rows in Azurite's memory: give Node the heap for it.
  NODE_OPTIONS=--max-old-space-size=8192 node tests/azurite/node_modules/azurite/dist/src/azurite.js --inMemoryPersistence --disableTelemetry --skipApiVersionCheck --loose --silent \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --blobPort "$base" --queuePort $((base + 1)) --tablePort $((base + 2)) >"$TMP/azurite-$base.log" 2>&1 &
  PIDS+=($!)
  # --silent: no access log (a line per request costs Azurite time); so wait for the three ports instead of its messages.
  listening() { for p in "$base" $((base + 1)) $((base + 2)); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || return 1; done; }
  for _ in $(seq 300); do listening && break; sleep 0.2; done
  listening || { echo "Azurite did not start:" >&2; cat "$TMP/azurite-$base.log" >&2; exit 1; }
  CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$base/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$((base + 1))/devstoreaccount1;TableEndpoint=http://127.0.0.1:$((base + 2))/devstoreaccount1;"
}
median() { sort -g -k1,1 "$1" | awk '{ l[NR] = $0 } END { print l[int((NR + 1) / 2)] }'; }
wrk_run() {
  wrk -t2 -c64 -d"${WRK_SECONDS}s" --latency "$1" > "$TMP/wrk.txt"
  local rps p50 p99; rps=$(awk '/Requests\/sec/{print $2}' "$TMP/wrk.txt"); p50=$(awk '$1=="50%"{print $2}' "$TMP/wrk.txt"); p99=$(awk '$1=="99%"{print $2}' "$TMP/wrk.txt")
  echo "$rps $p50 $p99"
}

BASE=$((20000 + RANDOM % 20000)); PORT=$((BASE + 10))
part api && start_azurite "$BASE"
if part api; then
for n in $SIZES; do
  s=$(dotnet "$BENCH" seed "$CONN" "$n" "$SEED_FULL"); echo "  $s" >&2
  dotnet "$BENCH" host "$CONN" "$PORT" > "$TMP/host.txt" 2>&1 & HOST=$!; PIDS+=($HOST)
  for _ in $(seq 300); do grep -q ready "$TMP/host.txt" && break; sleep 0.2; done
  echo "  $(cat "$TMP/host.txt")" >&2
  # Warm both routes (JIT, the micro-cache, connections), then alternate them ROUNDS times (the machine's other load
  # drifts over seconds) and keep each one's median round by req/s.
  wrk -t2 -c64 -d2s "http://127.0.0.1:$PORT/api/progress" >/dev/null; wrk -t2 -c64 -d2s "http://127.0.0.1:$PORT/bench/static.json" >/dev/null
  : > "$TMP/api.txt"; : > "$TMP/static.txt"
  for _ in $(seq "$ROUNDS"); do
    wrk_run "http://127.0.0.1:$PORT/api/progress" >> "$TMP/api.txt"
    wrk_run "http://127.0.0.1:$PORT/bench/static.json" >> "$TMP/static.txt"
  done
  read -r api_rps api_p50 api_p99 < <(median "$TMP/api.txt")
  read -r st_rps st_p50 st_p99 < <(median "$TMP/static.txt")
  row "/api/progress, $n reports (req/s; p50/p99)" "$api_rps; $api_p50/$api_p99" "static $st_rps; $st_p50/$st_p99" "$(ratio "$api_rps" "$st_rps")" "$(load)"
  kill "$HOST"; for _ in $(seq 50); do kill -0 "$HOST" 2>/dev/null || break; sleep 0.1; done; kill -9 "$HOST" 2>/dev/null || true
done
fi

# 4. Ingestion at scale: INGEST_N distinct PDFs (the sample with a trailing comment after %%EOF, so the SHA-256 differs),
# ingested one at a time into an Azurite started here. Per decile of the run: wall time, storage requests by kind with
# their bytes, CPU of the benchmark process and of the Azurite node process (its pid is passed), and a verdict from the
# fitted trend over deciles 2-10 (decile 1 carries JIT warm-up).
INGEST_TABLE=""
if part ingest; then
mkdir -p "$TMP/ingest"
for i in $(seq -f '%06g' 1 "$INGEST_N"); do { cat "$SAMPLE"; printf '\n%% bench variant %s\n' "$i"; } > "$TMP/ingest/r$i.pdf"; done
start_azurite $((BASE + 100)); AZURITE_PID=${PIDS[-1]}
out=$(dotnet "$BENCH" ingest "$CONN" "$TMP/ingest" "$AZURITE_PID")
s=$(echo "$out" | grep '^reports='); INGEST_TABLE=$(echo "$out" | grep -v '^reports=')
echo "$INGEST_TABLE"; echo "  $s" >&2
row "ingest $INGEST_N PDFs end to end (reports/s)" "$(echo "$s" | field reports_per_s); p50/p99 $(echo "$s" | field p50_ms)/$(echo "$s" | field p99_ms) ms" "-" "-" "$(load)"
row "  per decile (reports/s; ratio last/2nd)" "$(echo "$s" | field deciles_per_s)" "-" "$(echo "$s" | field ratio_last_second_decile)" "$(load)"
pct() { python3 -c "import sys; print(f'{float(sys.argv[1])*100:+.1f}%')" "$1"; }
row "  fitted change, deciles 2-10, per report" "requests $(pct "$(echo "$s" | field requests_per_report_change)"), our CPU $(pct "$(echo "$s" | field our_cpu_change)")" "Azurite CPU $(pct "$(echo "$s" | field store_cpu_change)")" "wall $(pct "$(echo "$s" | field wall_change)")" "$(load)"
fi

echo
echo "== summary =="
printf '%s\n' "${ROWS[@]}"
[ -z "$INGEST_TABLE" ] || { echo; echo "$INGEST_TABLE"; }
