#!/bin/sh
# Compiles filing.schema.json with ajv (ajv-cli 5) in its default strict mode as JSON Schema 2020-12, then
# validates the given filings with it: proves the schema is standard JSON Schema with no keyword of our own
# (the synonyms behind "did you mean" live in synonyms.yaml), usable by any editor or CI that runs ajv.
#
#   format-spec/validate-with-ajv.sh example-filings/filings/*/*.yaml
#
# Uses an `ajv` on the PATH, else `npx --yes ajv-cli@5` (npm downloads it once, then it is cached).
# Exit status: 0 schema strict-clean and all filings valid, 1 otherwise, 3 ajv cannot be run on this machine
# (no node/npx, or npx could not fetch ajv-cli).
set -u
here=$(cd "$(dirname "$0")" && pwd)
schema="$here/filing.schema.json"

if command -v ajv >/dev/null 2>&1 && ajv help >/dev/null 2>&1; then
  ajv_command="ajv"
elif command -v npx >/dev/null 2>&1 && npx --yes ajv-cli@5 help >/dev/null 2>&1; then
  ajv_command="npx --yes ajv-cli@5"
else
  echo "skipped: ajv cannot be run here (install Node.js, or allow npx to fetch ajv-cli@5)" >&2
  exit 3
fi
# The command is split into its words on purpose.
run() { $ajv_command "$@"; }

# Default strict mode; any strict-mode warning (an unknown keyword, a union type) counts as a failure too.
out=$(run compile --spec=draft2020 -s "$schema" 2>&1)
status=$?
echo "$out"
if [ $status -ne 0 ] || echo "$out" | grep -q "strict mode"; then
  echo "ajv: the schema is not strict-clean" >&2
  exit 1
fi
[ $# -eq 0 ] && exit 0
invalid=0
for filing in "$@"; do
  if ! run validate --spec=draft2020 -s "$schema" -d "$filing" 2>&1; then
    invalid=$((invalid + 1))
  fi
done
echo "$(($# - invalid)) valid, $invalid invalid"
[ $invalid -eq 0 ]
