#!/usr/bin/python3
"""Fills tuanthu's blank workbook with a sample data set, as an office would, with openpyxl: an
independent writer for the workbook import tests.

    fill_workbook.py TEMPLATE DATA OUT [--mixed] [--1904]

DATA is a folder of <table>.csv (either delimiter, BOM allowed) or one .json file. Each column's
kind is read from the template itself (its data validations: a date range, the có/không list, a
whole or decimal number), so the writer checks the template's promises as it goes. Dates go in
as real spreadsheet dates, booleans as có/không, numbers as numbers, ids and text as text.

--mixed fills cells the many ways people do: some dates typed as dd/mm/yyyy text, some booleans
as x (yes), TRUE/FALSE cells or 1/0 numbers, some numbers typed as text; adds a sheet of notes,
moves the units sheet last and leaves formatted empty rows below the data.
--1904 saves the workbook in the 1904 date system (old Mac Excel).
--shared moves every string into a shared-string table afterwards, as Excel and LibreOffice
store them (this openpyxl writes inline strings).
"""
import csv
import datetime
import io
import json
import os
import re
import sys
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904


def read_data(path):
    if os.path.isdir(path):
        tables = {}
        for name in sorted(os.listdir(path)):
            if not name.endswith(".csv"):
                continue
            with open(os.path.join(path, name), encoding="utf-8-sig", newline="") as f:
                text = f.read()
            header = text.split("\n", 1)[0]
            delimiter = ";" if header.count(";") > header.count(",") else ","
            tables[name[:-4]] = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
        return tables
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def parse_date(text):
    text = str(text).strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m:
        return datetime.date(int(m[3]), int(m[2]), int(m[1]))
    raise ValueError("not a date: %r" % text)


def parse_bool(value):
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "có"):
        return True
    if text in ("0", "false", "no", "không"):
        return False
    raise ValueError("not a boolean: %r" % value)


def column_kinds(sheet):
    """Column letter -> 'date', 'bool', 'whole', 'decimal' or 'text', from the validations."""
    kinds = {}
    for validation in sheet.data_validations.dataValidation:
        kind = "text"
        if validation.type == "date":
            kind = "date"
        elif validation.type == "list" and validation.formula1 == '"có,không"':
            kind = "bool"
        elif validation.type in ("whole", "decimal"):
            kind = validation.type
        for cell_range in str(validation.sqref).split():
            letters = re.match(r"[A-Z]+", cell_range).group(0)
            kinds[letters] = kind
    return kinds


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    mixed = "--mixed" in sys.argv
    template, data_path, out = args
    data = read_data(data_path)
    book = openpyxl.load_workbook(template)
    if "--1904" in sys.argv:
        book.epoch = CALENDAR_MAC_1904
    counter = 0
    for sheet in book.worksheets:
        if sheet.title not in data:
            continue
        headers = [c.value for c in sheet[1]]
        kinds = column_kinds(sheet)
        row_number = 1
        for record in data[sheet.title]:
            row_number += 1
            for index, name in enumerate(headers, start=1):
                value = record.get(name)
                if value is None or (isinstance(value, str) and value.strip() == ""):
                    continue
                letter = get_column_letter(index)
                kind = kinds.get(letter, "text")
                cell = sheet.cell(row=row_number, column=index)
                counter += 1
                if kind == "date":
                    date = parse_date(value)
                    if mixed and counter % 4 == 0:
                        cell.value = date.strftime("%d/%m/%Y")
                        cell.number_format = "@"
                    else:
                        cell.value = date
                        cell.number_format = "dd/mm/yyyy"
                elif kind == "bool":
                    truth = parse_bool(value)
                    if mixed and counter % 5 == 0:
                        cell.value = truth  # a TRUE/FALSE cell
                    elif mixed and counter % 5 == 1:
                        cell.value = 1 if truth else 0
                    elif mixed and counter % 5 == 2 and truth:
                        cell.value = "x"
                    else:
                        cell.value = "có" if truth else "không"
                elif kind == "whole":
                    number = int(float(value))
                    cell.value = str(number) if mixed and counter % 3 == 0 else number
                elif kind == "decimal":
                    number = float(value)
                    cell.value = str(value) if mixed and counter % 3 == 0 else number
                else:
                    cell.value = str(value)
        if mixed:
            # Formatted but empty rows below the data, as Excel leaves after a deletion.
            for extra in range(row_number + 1, row_number + 4):
                sheet.cell(row=extra, column=1).number_format = "@"
    if mixed:
        notes = book.create_sheet("Ghi chú")
        notes["A1"] = "Số liệu tổng hợp đến hết tháng"
        book.move_sheet("units", offset=len(book.sheetnames) - 1 - book.sheetnames.index("units"))
    book.save(out)
    if "--shared" in sys.argv:
        share_strings(out)


INLINE = re.compile(r'<c ([^>]*?)t="inlineStr"><is><t(?: xml:space="preserve")?>(.*?)</t></is></c>',
                    re.S)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def share_strings(path):
    """Rewrites the workbook at `path` with its inline strings in xl/sharedStrings.xml."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    table, index = [], {}

    def shared(match):
        text = match.group(2)
        if text not in index:
            index[text] = len(table)
            table.append(text)
        return '<c %st="s"><v>%d</v></c>' % (match.group(1), index[text])

    for name in list(parts):
        if name.startswith("xl/worksheets/sheet"):
            parts[name] = INLINE.sub(shared, parts[name].decode("utf-8")).encode("utf-8")
    assert "xl/sharedStrings.xml" not in parts
    parts["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="%s" uniqueCount="%d">%s</sst>'
        % (MAIN, len(table), "".join('<si><t xml:space="preserve">%s</t></si>' % t
                                     for t in table))).encode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdShared" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>" % REL).encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


if __name__ == "__main__":
    main()
