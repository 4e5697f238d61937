#!/bin/sh
# fuzz.sh: run every Fuzz target of the module for FUZZTIME each, one after
# another, and fail at the end if any of them failed. Targets are found by grepping
# `func Fuzz` in the test files, so new ones are picked up without editing
# this script or the Makefile. New interesting inputs stay in the Go build
# cache; failing inputs are written under <pkg>/testdata/fuzz/<Target>/,
# where they become regression tests once committed.
#
#   scripts/fuzz.sh                      # 60s per target
#   FUZZTIME=10s scripts/fuzz.sh         # a quick pass
#   FUZZTIME=10s scripts/fuzz.sh ./pipeline/source   # only some packages
#   FUZZFLAGS=-parallel=1 scripts/fuzz.sh              # one fuzz worker
set -eu
GO=${GO:-go}
FUZZTIME=${FUZZTIME:-60s}
FUZZFLAGS=${FUZZFLAGS:-}
# Go minimizes every new interesting input for up to -fuzzminimizetime
# (60s by default), which would eat a short run whole; keep that short.
FUZZMINIMIZETIME=${FUZZMINIMIZETIME:-5s}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dirs=${*:-.}
targets=$(grep -rEo --include='*_test.go' --exclude-dir=testdata '^func Fuzz[A-Za-z0-9_]*' $dirs |
	sed -E 's|^(\./)?(.*)/[^/]*_test\.go:func (Fuzz.*)$|\2 \3|' | sort -u)
if [ -z "$targets" ]; then
	echo "fuzz.sh: no Fuzz targets found under $dirs" >&2
	exit 1
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
failed=$(echo "$targets" | while read -r pkg name; do
	echo "== ./$pkg $name ($FUZZTIME)" >&2
	corpus="$pkg/testdata/fuzz/$name"
	before=$(ls "$corpus" 2>/dev/null | wc -l)
	if $GO test -run='^$' -fuzz="^$name\$" -fuzztime="$FUZZTIME" -fuzzminimizetime="$FUZZMINIMIZETIME" $FUZZFLAGS "./$pkg" >"$log" 2>&1; then
		cat "$log" >&2
		continue
	fi
	cat "$log" >&2
	# Go 1.26's coordinator can fail a target with a bare "context deadline
	# exceeded" when -fuzztime ends while a worker is mid-call, writing no
	# failing input (go.dev/issue/75804, fixed in Go 1.27). That is no
	# finding: replay the corpus and count the target as passed if it holds.
	after=$(ls "$corpus" 2>/dev/null | wc -l)
	if [ "$after" = "$before" ] && grep -q '^    context deadline exceeded$' "$log" &&
		$GO test -run="^$name\$" "./$pkg" >&2; then
		echo "fuzz.sh: $name: fuzztime deadline race of the Go coordinator (go.dev/issue/75804), no failing input; corpus replayed clean" >&2
		continue
	fi
	echo "./$pkg $name"
done)
if [ -n "$failed" ]; then
	printf 'fuzz.sh: failed:\n%s\n' "$failed" >&2
	exit 1
fi
echo "fuzz.sh: every target ran $FUZZTIME without a failure"
