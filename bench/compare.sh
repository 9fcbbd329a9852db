#!/usr/bin/env bash
# Whole-command benchmarks: annexa (release build, process start to exit) and the tools users
# would pick instead, on the same generated Markdown. Needs hyperfine and GNU time
# (`apt-get install hyperfine time`); peers are optional and skipped with a note when absent:
#   pandoc (Debian `pandoc`, or a newer one from PyPI `pypandoc_binary`; set PANDOC=...),
#   wkhtmltopdf (Debian), typst (PyPI `typst`: Python binding, driven through python3),
#   weasyprint (Debian or PyPI), chromium (Debian).
# Usage: bench/compare.sh [results-dir]   (default: target/bench-compare)
# RUNS=n sets hyperfine's minimum runs (default 10). BEFORE=/path/to/annexa adds the same
# annexa rows for that binary (a build of the previous commit), interleaved in the same run,
# and a table of PDF sizes for both: before and after side by side, same machine, same load.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RES=${1:-$ROOT/target/bench-compare}
RUNS=${RUNS:-10}
mkdir -p "$RES"
rm -f "$RES"/*.json "$RES"/mem.tsv "$RES"/skipped.txt
command -v hyperfine >/dev/null || { echo "hyperfine is required" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time (GNU time) is required" >&2; exit 2; }

cargo build --release --quiet --bin annexa
# The generator is std-only: compile it directly rather than build every dev-dependency.
rustc --edition 2021 -O bench/gen.rs -o target/release/bench-gen
A=$ROOT/target/release/annexa
GEN=$ROOT/target/release/bench-gen
for n in 1000 10000; do "$GEN" "$n" "$RES/syn$n" 2>/dev/null; done

# Reference outputs: the Markdown and HTML every peer starts from.
"$A" build examples/lumora/soa.yaml --format all --out "$RES/ref" >/dev/null
SOA_MD=$RES/ref/statement-of-applicability.md
SOA_HTML=$RES/ref/statement-of-applicability.html

skip() { echo "skipped: $1" | tee -a "$RES/skipped.txt" >&2; }
# bench NAME GROUP COMMAND: hyperfine median + peak RSS (GNU time, one extra run).
bench() {
  local name=$1 group=$2 cmd=$3
  echo "== $group / $name" >&2
  hyperfine --style none --warmup 2 --min-runs "$RUNS" -N --export-json "$RES/$group--$name.json" \
    --command-name "$name" "$cmd" >/dev/null 2>&1 ||
    hyperfine --style none --warmup 1 --min-runs "$RUNS" --export-json "$RES/$group--$name.json" \
      --command-name "$name" "$cmd" >/dev/null
  local kb
  kb=$(/usr/bin/time -v bash -c "$cmd" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {print $2}')
  printf '%s\t%s\t%s\n' "$group" "$name" "$kb" >>"$RES/mem.tsv"
}

O=$RES/out
# annexa_rows BIN LABEL OUTDIR: the annexa benchmarks for one binary.
annexa_rows() {
  local A=$1 L=$2 O=$3
  bench "annexa$L build --format all (every document, every format)" full \
    "$A build examples/lumora/soa.yaml --format all --out $O/full"
  bench "annexa$L build --format html (all 5 documents)" html \
    "$A build examples/lumora/soa.yaml --format html --out $O/html"
  bench "annexa$L build --format pdf (all 5 documents)" pdf \
    "$A build examples/lumora/soa.yaml --format pdf --out $O/pdf"
  bench "annexa$L build --format md" md "$A build examples/lumora/soa.yaml --format md --out $O/md"
  for n in 1000 10000; do
    bench "annexa$L build --format all, $n controls" scale \
      "$A build $RES/syn$n/soa.yaml --format all --out $O/syn$n"
    bench "annexa$L build --format pdf, $n controls" scale \
      "$A build $RES/syn$n/soa.yaml --format pdf --out $O/syn$n-pdf"
    bench "annexa$L build --format md, $n controls" scale \
      "$A build $RES/syn$n/soa.yaml --format md --out $O/syn$n-md"
  done
}
annexa_rows "$A" "" "$RES/out"
if [ -n "${BEFORE:-}" ]; then annexa_rows "$BEFORE" " (before)" "$RES/out-before"; fi

PANDOC=${PANDOC:-$(command -v pandoc || true)}
if [ -n "$PANDOC" ]; then
  bench "pandoc $("$PANDOC" --version | head -1 | cut -d' ' -f2) md → html (SoA only)" html \
    "$PANDOC -f gfm -t html5 -s --metadata title=SoA $SOA_MD -o $O/pandoc.html"
  if command -v wkhtmltopdf >/dev/null; then
    bench "pandoc + wkhtmltopdf (SoA only)" pdf \
      "$PANDOC -f gfm -t html5 -s --metadata title=SoA --pdf-engine=wkhtmltopdf $SOA_MD -o $O/pandoc-wk.pdf"
  else skip "wkhtmltopdf not installed"; fi
  if command -v weasyprint >/dev/null; then
    bench "pandoc + weasyprint (SoA only)" pdf \
      "$PANDOC -f gfm -t html5 -s --metadata title=SoA --pdf-engine=weasyprint $SOA_MD -o $O/pandoc-weasy.pdf"
  else skip "weasyprint not installed"; fi
  if "$PANDOC" --list-output-formats | grep -qx typst && python3 -c 'import typst' 2>/dev/null; then
    bench "pandoc → typst (PyPI typst, via python3) (SoA only)" pdf \
      "$PANDOC -f gfm -t typst -s $SOA_MD -o $O/soa.typ && python3 -c 'import sys,typst; typst.compile(sys.argv[1], output=sys.argv[2])' $O/soa.typ $O/pandoc-typst.pdf"
  else skip "pandoc → typst (needs pandoc ≥ 3.1 and PyPI typst)"; fi
  if command -v xelatex >/dev/null; then
    bench "pandoc + xelatex (SoA only)" pdf \
      "$PANDOC -f gfm --pdf-engine=xelatex $SOA_MD -o $O/pandoc-xelatex.pdf"
  else skip "xelatex not installed (texlive-xetex)"; fi
else skip "pandoc not installed"; fi
CHROMIUM=${CHROMIUM:-$(command -v chromium || true)}
if [ -n "$CHROMIUM" ]; then
  bench "chromium --headless --print-to-pdf of annexa's HTML (SoA only)" pdf \
    "$CHROMIUM --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$O/chromium-profile --no-pdf-header-footer --print-to-pdf=$O/chromium.pdf file://$SOA_HTML"
else skip "chromium not installed"; fi

python3 - "$RES" <<'PY'
import json, glob, os, sys
res = sys.argv[1]
mem = {}
for line in open(os.path.join(res, "mem.tsv")):
    g, n, kb = line.rstrip("\n").split("\t")
    mem[(g, n)] = int(kb) if kb else 0
print("| group | command | median ms | min–max ms | peak RSS MB |")
print("|---|---|---:|---:|---:|")
for g in ["full", "md", "html", "pdf", "scale"]:
    for f in sorted(glob.glob(os.path.join(res, f"{g}--*.json")), key=os.path.getmtime):
        r = json.load(open(f))["results"][0]
        n = r["command"]
        print(f"| {g} | {n} | {r['median']*1000:.1f} | {r['min']*1000:.1f}–{r['max']*1000:.1f} | {mem.get((g, n), 0)/1024:.1f} |")
sizes = []
for label, out in [("after", "out"), ("before", "out-before")]:
    for sub in ["full", "syn1000", "syn10000"]:
        d = os.path.join(res, out, sub)
        if os.path.isdir(d):
            for f in sorted(os.listdir(d)):
                if f.endswith(".pdf"):
                    sizes.append((sub, f, label, os.path.getsize(os.path.join(d, f))))
if sizes:
    print()
    print("| input | PDF | before bytes | after bytes | change |")
    print("|---|---|---:|---:|---:|")
    by = {}
    for sub, f, label, n in sizes:
        by.setdefault((sub, f), {})[label] = n
    for (sub, f), v in by.items():
        b, a = v.get("before"), v.get("after")
        ch = f"{(a - b) * 100 / b:+.1f}%" if a and b else ""
        print(f"| {sub} | {f} | {b or ''} | {a or ''} | {ch} |")
sk = os.path.join(res, "skipped.txt")
if os.path.exists(sk):
    print()
    for l in open(sk):
        print("-", l.strip())
PY
