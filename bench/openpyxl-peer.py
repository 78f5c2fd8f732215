#!/usr/bin/env python3
"""The openpyxl peer of jixiao's xlsx writer, for the render ratio of bench/run.sh.

Reads the JSON lines GridExport wrote (one workbook per line: sheets as printed, with column widths, row heights,
page breaks, print scale, footer and cells with spans, kinds and number formats) and writes the same workbooks with
openpyxl: the same cells, merged regions, column widths, row heights, fonts, borders, fills, alignments, number
formats and print setup (A4 landscape at jixiao's scale, the same manual page breaks, the footer with the page
number). Single-threaded, as openpyxl is.

usage: openpyxl-peer.py GRIDS.jsonl OUT_DIR
Needs openpyxl (Debian: apt-get install python3-openpyxl); exits with status 3 and says so when it is missing.
"""
import json
import os
import sys

try:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break
except ImportError:
    sys.stderr.write("openpyxl is not installed (Debian: apt-get install python3-openpyxl); "
                     "the render ratio against openpyxl is skipped\n")
    sys.exit(3)

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BODY = Font(name="宋体", size=11, charset=134)
BOLD = Font(name="宋体", size=11, bold=True, charset=134)
TITLE = Font(name="宋体", size=16, bold=True, charset=134)
FILL = PatternFill(fill_type="solid", fgColor="FFD9D9D9")


def style(kind, right_edge):
    """(font, alignment, border, fill) of a kind of cell, as XlsxStyles makes them."""
    if kind == "TITLE":
        return TITLE, Alignment(horizontal="center", vertical="center", wrap_text=True), None, None
    if kind == "SUBTITLE":
        return BODY, Alignment(horizontal="right" if right_edge else "left", vertical="center", wrap_text=True), None, None
    if kind == "HEADER":
        return BOLD, Alignment(horizontal="center", vertical="center", wrap_text=True), BORDER, FILL
    if kind in ("GROUP", "VALUE"):
        return BODY, Alignment(horizontal="center", vertical="center", wrap_text=True), BORDER, None
    if kind == "TEXT":
        return BODY, Alignment(horizontal="left", vertical="top", wrap_text=True), BORDER, None
    if kind == "AMOUNT":
        return BODY, Alignment(horizontal="right", vertical="center"), BORDER, None
    return BODY, Alignment(horizontal="left", vertical="center", wrap_text=True), None, None  # FOOTER


def write(book, out_dir):
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in book["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        for c, width in enumerate(sheet["widths"]):
            ws.column_dimensions[get_column_letter(c + 1)].width = width
        for r, height in enumerate(sheet["heights"]):
            ws.row_dimensions[r + 1].height = height
        for row, col, rows, cols, kind, value, *rest in sheet["cells"]:
            font, alignment, border, fill = style(kind, rest[-1])
            for r in range(row, row + rows):
                for c in range(col, col + cols):
                    cell = ws.cell(row=r + 1, column=c + 1)
                    if r == row and c == col and value != "":
                        cell.value = value
                        if kind == "AMOUNT":
                            cell.number_format = rest[0]
                        else:
                            cell.data_type = "s"
                    cell.font = font
                    cell.alignment = alignment
                    if border is not None:
                        cell.border = border
                    if fill is not None:
                        cell.fill = fill
            if rows > 1 or cols > 1:
                ws.merge_cells(start_row=row + 1, start_column=col + 1, end_row=row + rows, end_column=col + cols)
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape"
        ws.page_setup.scale = sheet["scale"]
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.5
        ws.page_margins.header = ws.page_margins.footer = 0.3
        for start in sheet["breaks"]:
            ws.row_breaks.append(Break(id=start))
        ws.oddFooter.left.text = sheet["footer"].replace("&", "&&")
        ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    target = os.path.join(out_dir, book["file"])
    os.makedirs(os.path.dirname(target), exist_ok=True)
    wb.save(target)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: openpyxl-peer.py GRIDS.jsonl OUT_DIR\n")
        sys.exit(2)
    count = 0
    with open(sys.argv[1], encoding="utf-8") as lines:
        for line in lines:
            write(json.loads(line), sys.argv[2])
            count += 1
    print("openpyxl wrote %d workbooks" % count)


if __name__ == "__main__":
    main()
