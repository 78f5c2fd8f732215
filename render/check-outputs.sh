#!/usr/bin/env bash
# Checks rendered outputs the way a reader will open them: every workbook (*.xlsx) must convert to PDF in
# LibreOffice and every page (*.html) must print to PDF in Chromium. A tool that is not installed is skipped with
# a note saying how to install it, so the check never blocks a machine without them (the Maven build does not use
# this script).
#
# Usage: render/check-outputs.sh OUTPUT_FOLDER [PDF_FOLDER]
#   OUTPUT_FOLDER  folder searched recursively for *.xlsx and *.html
#   PDF_FOLDER     keep the PDFs there (for a look at the print layout); otherwise they go to a temporary folder
# Environment: SOFFICE and CHROMIUM name other binaries; CHECK_TIMEOUT is seconds per file (default 180).
# Exit status: 0 when every check that could run passed, 1 when one failed, 2 on bad usage.

set -u

if [ $# -lt 1 ] || [ $# -gt 2 ] || [ ! -d "$1" ]; then
    echo "usage: $0 OUTPUT_FOLDER [PDF_FOLDER]" >&2
    exit 2
fi
outputs=$(cd "$1" && pwd -P)
soffice_bin=${SOFFICE:-soffice}
chromium_bin=${CHROMIUM:-chromium}
per_file_timeout=${CHECK_TIMEOUT:-180}

work=$(mktemp -d "${TMPDIR:-/tmp}/check-outputs.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
if [ $# -eq 2 ]; then
    mkdir -p "$2" || exit 2
    pdfs=$(cd "$2" && pwd -P)
else
    pdfs="$work/pdf"
    mkdir -p "$pdfs"
fi

failures=0

# Runs a command with a time limit when `timeout` exists, so a hung converter fails instead of blocking.
limited() {
    if command -v timeout > /dev/null 2>&1; then
        timeout "$per_file_timeout" "$@"
    else
        "$@"
    fi
}

# A file:// URL for an absolute path, percent-encoding every byte outside [A-Za-z0-9/._~-] (Chinese folder names,
# spaces, #, ?).
file_url() {
    local hex url=""
    for hex in $(printf '%s' "$1" | od -An -v -tx1); do
        case "$hex" in
            2d|2e|2f|5f|7e|3[0-9]|4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a])
                url+=$(printf "\\x$hex") ;;
            *)
                url+="%$(printf '%s' "$hex" | tr 'a-f' 'A-F')" ;;
        esac
    done
    printf 'file://%s' "$url"
}

# A PDF name unique per input, since folders repeat file names (every department has a 2023.xlsx).
pdf_name() {
    local relative=${1#"$outputs"/}
    printf '%s.pdf' "$(printf '%s' "$relative" | tr '/' '_')"
}

fail() {
    echo "FAILED: $1"
    if [ -s "$2" ]; then
        sed 's/^/    /' "$2" | tail -n 20
    fi
    failures=$((failures + 1))
}

list_files() {
    find "$outputs" -type f -name "$1" ! -name '.*' -print0 | sort -z
}

check_workbooks() {
    if ! command -v "$soffice_bin" > /dev/null 2>&1; then
        echo "skipped: soffice not installed (apt-get install libreoffice-calc-nogui)"
        return
    fi
    local count=0 file log out profile
    profile="$work/soffice-profile"
    while IFS= read -r -d '' file; do
        count=$((count + 1))
        out="$work/soffice-$count"
        log="$work/soffice-$count.log"
        mkdir -p "$out"
        # Its own profile, so a LibreOffice the user has open neither blocks nor receives the conversion.
        if ! limited "$soffice_bin" --headless --norestore "-env:UserInstallation=$(file_url "$profile")" \
                --convert-to pdf --outdir "$out" "$file" > "$log" 2>&1; then
            fail "soffice could not convert $file" "$log"
            continue
        fi
        local pdf="$out/$(basename "${file%.*}").pdf"
        if [ ! -s "$pdf" ]; then
            fail "soffice produced no PDF for $file" "$log"
            continue
        fi
        mv "$pdf" "$pdfs/$(pdf_name "$file")"
        echo "ok: $file -> PDF (soffice)"
    done < <(list_files '*.xlsx')
    [ "$count" -eq 0 ] && echo "soffice: no .xlsx files under $outputs"
}

check_pages() {
    if ! command -v "$chromium_bin" > /dev/null 2>&1; then
        echo "skipped: chromium not installed (apt-get install chromium)"
        return
    fi
    local count=0 file log pdf
    while IFS= read -r -d '' file; do
        count=$((count + 1))
        log="$work/chromium-$count.log"
        pdf="$pdfs/$(pdf_name "$file")"
        rm -f "$pdf"
        if ! limited "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-background-networking \
                --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/chromium-profile" \
                --no-pdf-header-footer --print-to-pdf="$pdf" "$(file_url "$file")" > "$log" 2>&1; then
            fail "chromium could not print $file" "$log"
            continue
        fi
        if [ ! -s "$pdf" ]; then
            fail "chromium produced no PDF for $file" "$log"
            continue
        fi
        echo "ok: $file -> PDF (chromium)"
    done < <(list_files '*.html')
    [ "$count" -eq 0 ] && echo "chromium: no .html files under $outputs"
}

check_workbooks
check_pages

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
[ $# -eq 2 ] && echo "PDFs kept in $pdfs"
echo "all checks that could run passed"
exit 0
