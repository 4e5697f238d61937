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
failed=$(echo "$targets" | while read -r pkg name; do
	echo "== ./$pkg $name ($FUZZTIME)" >&2
	$GO test -run='^$' -fuzz="^$name\$" -fuzztime="$FUZZTIME" -fuzzminimizetime="$FUZZMINIMIZETIME" $FUZZFLAGS "./$pkg" >&2 ||
		echo "./$pkg $name"
done)
if [ -n "$failed" ]; then
	printf 'fuzz.sh: failed:\n%s\n' "$failed" >&2
	exit 1
fi
echo "fuzz.sh: every target ran $FUZZTIME without a failure"
