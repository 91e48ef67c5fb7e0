#!/usr/bin/env bash
# Builds the site twice with the same BUILD_DATE and checks that dist/ is byte-identical.
# The one documented time dependency is BUILD_DATE (the "plan period has ended" status and
# the date printed beside it); everything else must not depend on time or run order.
set -euo pipefail
cd "$(dirname "$0")/.."
export BUILD_DATE="${BUILD_DATE:-$(date -u +%F)}"
first=$(mktemp -d)
npm run build > "$first.log" 2>&1 || { cat "$first.log"; exit 1; }
cp -r dist "$first/dist"
npm run build > "$first.log" 2>&1 || { cat "$first.log"; exit 1; }
if diff -r "$first/dist" dist > "$first.diff"; then
  echo "determinism: two builds (BUILD_DATE=$BUILD_DATE) gave identical dist/ ($(find dist -type f | wc -l) files)"
else
  echo "determinism: dist/ differs between two builds:" >&2
  head -20 "$first.diff" >&2
  exit 1
fi
rm -rf "$first" "$first.log" "$first.diff"
