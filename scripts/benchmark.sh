#!/usr/bin/env bash
# Measures docpipe against the reference command-line tools in one run, on the real-world corpus.
# It reports start-up time, idle resident memory and jar size. For each operation it times docpipe
# over HTTP next to tesseract, pdftotext, pdftoppm, ImageMagick or tiff2pdf on the same file.
# It prints a Markdown report; docs/benchmarks.md records that output with the machine it ran on.
#
#   scripts/benchmark.sh [corpus-dir]      (default ../shared/corpus)
#
# Runs are sequential and few (RUNS, default 5; the median is reported), so numbers from a shared
# machine are noisy: compare the ratios within one run, not absolute times across runs.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=$(realpath "${1:-../shared/corpus}")
runs=${RUNS:-5}
port=${PORT:-18080}
broker_port=${BROKER_PORT:-18616}
[ -f "$corpus/manifest.tsv" ] || { echo "No corpus at $corpus (expected manifest.tsv there)" >&2; exit 1; }

scripts/os-packages.sh
if ! command -v pdftoppm >/dev/null || ! command -v tiff2pdf >/dev/null || [ ! -x /usr/bin/convert ]; then
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      poppler-utils imagemagick libtiff-tools >&2
  else
    echo "Reference tools missing: sudo apt-get install -y poppler-utils imagemagick libtiff-tools" >&2
    exit 1
  fi
fi
convert=/usr/bin/convert

mvn -B -q -DskipTests package >&2
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

source scripts/java-options.sh
now_ms() { date +%s%3N; }

# Start-up: from launching the JVM to the first 200 from GET /health.
start=$(now_ms)
java $JAVA_OPTS -jar target/docpipe.jar --server.port="$port" --docpipe.data-directory="$work/data" \
  --docpipe.broker.acceptor-url="tcp://127.0.0.1:$broker_port" --docpipe.work-directory="$work/tmp" \
  >"$work/docpipe.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/docpipe.log" >&2; exit 1; }
  sleep 0.1
done
ready_ms=$(( $(now_ms) - start ))
sleep "${IDLE_SECONDS:-30}"
idle_rss_kb=$(ps -o rss= -p "$pid" | tr -d ' ')

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# time_runs CMD...: prints the median wall time in ms of RUNS runs after one warm-up run.
time_runs() {
  "$@" >/dev/null 2>"$work/last-error" || { echo "Failed: $* ($(head -c 300 "$work/last-error"))" >&2; exit 1; }
  for _ in $(seq "$runs"); do
    local t0; t0=$(now_ms)
    "$@" >/dev/null 2>&1
    echo $(( $(now_ms) - t0 ))
  done | median
}

convert_http() {
  local operation=$1 file=$2 query=${3:-}
  curl -sf -o /dev/null -F "file=@$file" "http://127.0.0.1:$port/api/v1/convert/$operation?$query"
}

# getconf, not nproc: GNU nproc counts OMP_THREAD_LIMIT, which java-options.sh sets to 1.
echo "## Run of $(date -u +%Y-%m-%dT%H:%MZ) on $(getconf _NPROCESSORS_ONLN) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
echo
echo "| measure | value |"
echo "|---|---|"
echo "| JVM options | \`$JAVA_OPTS\` |"
echo "| jar size | $(du -m target/docpipe.jar | cut -f1) MB |"
echo "| start to first healthy GET /health | $ready_ms ms |"
echo "| resident memory when idle (${IDLE_SECONDS:-30} s after ready) | $(( idle_rss_kb / 1024 )) MB |"
echo
echo "Median of $runs warm runs, in ms. docpipe times include the HTTP round trip and the upload."
echo
echo "| operation | file | docpipe | reference | reference command | docpipe / reference |"
echo "|---|---|---|---|---|---|"

row() {
  local operation=$1 file=$2 query=$3 reference=$4; shift 4
  local ours theirs
  ours=$(time_runs convert_http "$operation" "$corpus/$file" "$query")
  theirs=$(time_runs "$@")
  echo "| $operation ${query:+($query)} | $file | $ours | $theirs | \`$reference\` | $(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }') |"
}

row ocr ocr_eng_phototest_1bit.tif "" "tesseract FILE - -l eng" \
  tesseract "$corpus/ocr_eng_phototest_1bit.tif" - -l eng
row ocr ocr_vie_page_icc_mismatch.png "language=vi" "tesseract FILE - -l vie" \
  tesseract "$corpus/ocr_vie_page_icc_mismatch.png" - -l vie
row ocr ocr_vie_2p_toi_di_hoc.tif "language=vi" "tesseract FILE - -l vie" \
  tesseract "$corpus/ocr_vie_2p_toi_di_hoc.tif" - -l vie
row pdf-to-text pdf_text_28p_cweb.pdf "" "pdftotext FILE -" \
  pdftotext "$corpus/pdf_text_28p_cweb.pdf" -
row pdf-to-image pdf_text_3p_eprtr.pdf "dpi=150" "pdftoppm -r 150 -png FILE" \
  pdftoppm -r 150 -png "$corpus/pdf_text_3p_eprtr.pdf" "$work/page"
row image-transform exif_orient6_photo.jpg "width=800&format=jpeg" "convert FILE -auto-orient -resize 800x OUT.jpg" \
  "$convert" "$corpus/exif_orient6_photo.jpg" -auto-orient -resize 800x "$work/out.jpg"
row image-to-pdf tiff_multipage_2p.tif "" "tiff2pdf -o OUT.pdf FILE" \
  tiff2pdf -o "$work/out.pdf" "$corpus/tiff_multipage_2p.tif"

echo
echo "Resident memory after these runs: $(( $(ps -o rss= -p "$pid" | tr -d ' ') / 1024 )) MB."
