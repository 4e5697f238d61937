#!/bin/sh
# bench.sh: per-stage Go benchmarks, then end-to-end builds of synthetic
# corpora, each next to gzip -6 over the same bytes, with peak RSS, a no-op
# rebuild from the cache and a rebuild after one source changed.
#
#   scripts/bench.sh                 # sizes 1000 and 20000
#   SIZES="1000 20000 400000" scripts/bench.sh
#   BENCH_DIR=/tmp/x GOBENCH=0 scripts/bench.sh   # keep corpora, skip go test -bench
set -eu
SIZES=${SIZES:-"1000 20000"}
GO=${GO:-go}
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
root=$(cd "$(dirname "$0")/.." && pwd)

if [ "${GOBENCH:-1}" = 1 ]; then
	(cd "$root" && $GO test -run '^$' -bench . -benchmem ./pipeline/ ./pipeline/source/ ./pipeline/extract/...)
fi
(cd "$root" && $GO build -o "$work/uncyber" ./cmd/uncyber)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $($GO version | cut -d' ' -f3)"

# timed CMD...: run CMD, print "seconds peak_rss_MiB cpu_seconds" of it.
# CPU time (user + system) is printed too: on a shared machine wall time
# varies with the load, CPU time much less.
timed() {
	/usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
	awk '{printf "%s %.0f %.2f", $1, $2/1024, $3+$4}' "$work/time.txt"
}

printf '%8s %8s %7s %8s %6s %8s %9s %8s %8s %8s %8s\n' texts MB gzip-s build-s ratio MB/s texts/s RSS-MiB cpu-s noop-s one-s
for n in $SIZES; do
	raw="$work/raw-$n"
	[ -f "$raw/sources.csv" ] || "$work/uncyber" synth -n "$n" -seed 1 -out "$raw" -raw "$root/raw" >/dev/null
	cp "$root"/raw/reference/* "$raw/reference/" # a kept corpus follows the reference data
	bytes=$(find "$raw/sources" -type f -exec cat {} + | wc -c)
	gz=$( { /usr/bin/time -f '%e' sh -c "find '$raw/sources' -type f -exec cat {} + | gzip -6 >/dev/null"; } 2>&1 )
	rm -rf "$work/cache-$n" "$work/out-$n"
	# Assignments, so that set -e stops the script when a build fails.
	t=$(timed "$work/uncyber" build -raw "$raw" -out "$work/out-$n" -cache "$work/cache-$n")
	set -- $t
	full=$1 rss=$2 cpu=$3
	t=$(timed "$work/uncyber" build -raw "$raw" -out "$work/out-$n" -cache "$work/cache-$n")
	noop=${t%% *}
	stages=$(tail -1 "$work/stderr.txt")
	# Change one source: append a sentence and register the new bytes.
	f=$(ls "$raw"/sources | head -1)
	chmod u+w "$raw/sources/$f" && echo "One more sentence." >>"$raw/sources/$f"
	sum=$(sha256sum "$raw/sources/$f" | cut -d' ' -f1)
	sed -i "s|^\(${f%.*},.*,\)[0-9a-f]\{64\}$|\1$sum|" "$raw/sources.csv"
	t=$(timed "$work/uncyber" build -raw "$raw" -out "$work/out-$n" -cache "$work/cache-$n")
	one=${t%% *}
	echo "$n $bytes $gz $full $rss $cpu $noop $one" | awk '{printf "%8d %8.1f %7.2f %8.2f %6.1f %8.1f %9.0f %8d %8.2f %8.2f %8.2f\n", $1, $2/1e6, $3, $4, $4/$3, $2/1e6/$4, $1/$4, $5, $6, $7, $8}'
	echo "         no-op stages: $stages"
	echo "         one changed:  $(tail -1 "$work/stderr.txt")"
done
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
