#!/bin/sh
# Prints `go test -bench` output as a table of the custom metrics.
set -eu
awk '/^Benchmark/ {
	name=$1; sub(/-[0-9]+$/, "", name)
	line=sprintf("%-50s", name)
	for (i = 3; i < NF; i += 2) line = line sprintf("  %14s %s", $i, $(i+1))
	print line
}' "$1"
