#!/usr/bin/env bash
# Counts the pairs of repeated code in the tree, as issue #11's done-when reads them: generated files
# (codegen output, the printed schema, migrations/CURRENT.sql) and landed migrations (migrations/17*.ts,
# never edited) are left out, so every pair counted is one the code can still remove.
#
# `duplicates` lists at most 200 rows, so the rows cannot simply be filtered: the files git tracks (and the
# untracked ones it does not ignore) are copied, without the excluded ones, to a scratch folder and
# `duplicates` reads that copy. Its first line carries the count.
#
#   scripts/count-duplicates.sh          prints the pair count
#   scripts/count-duplicates.sh --rows   prints duplicates' whole answer (count line and up to 200 rows)
set -euo pipefail

root="$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

excluded='^(migrations/17[^/]*\.ts|migrations/CURRENT\.sql|dashboard/schema\.graphql|dashboard/src/graphql/generated/.*)$'

cd "$root"
git ls-files -z --cached --others --exclude-standard |
  grep -zvE "$excluded" |
  while IFS= read -r -d '' file; do
    [ -f "$file" ] && printf '%s\0' "$file"
  done |
  xargs -0 cp --parents -t "$scratch"

answer="$(cd "$scratch" && duplicates --most 200 --seconds 120)"
if [ "${1:-}" = "--rows" ]; then
  printf '%s\n' "$answer"
  exit 0
fi
if grep -q '^incomplete:' <<<"$answer"; then
  grep '^incomplete:' <<<"$answer" >&2
  exit 1
fi
first="$(head -n 1 <<<"$answer")"
case "$first" in
  'no duplicates'*) echo 0 ;;
  *) grep -oE '^[0-9]+' <<<"$first" ;;
esac
