#!/bin/sh
# Validates filings against filing.schema.json with python3-jsonschema, independently of jixiao's own
# (Java, networknt) validator: proves the schema is plain JSON Schema 2020-12 that any tool can use.
#
#   format-spec/validate-independently.sh example-filings/filings/*/*.yaml
#
# Needs Debian's python3-jsonschema and python3-yaml (apt-get install python3-jsonschema python3-yaml).
# Exit status: 0 all valid, 1 some invalid, 3 the Python packages are missing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for py in python3 /usr/bin/python3; do
  if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import yaml, jsonschema' >/dev/null 2>&1; then
    exec "$py" - "$here/filing.schema.json" "$@" <<'PY'
import json, sys
import jsonschema, yaml

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
invalid = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8-sig") as f:
        # YAML -> JSON: keys become strings, anything non-JSON (dates) becomes text.
        data = json.loads(json.dumps(yaml.safe_load(f), default=str, ensure_ascii=False))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    for e in errors:
        print(f"{path}: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
    invalid += bool(errors)
    if not errors:
        print(f"{path}: valid")
print(f"{len(sys.argv) - 2 - invalid} valid, {invalid} invalid")
sys.exit(1 if invalid else 0)
PY
  fi
done
echo "skipped: python3 with the jsonschema and yaml modules is not installed (apt-get install python3-jsonschema python3-yaml)" >&2
exit 3
