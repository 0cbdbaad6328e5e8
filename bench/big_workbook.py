#!/usr/bin/python3
"""Writes a large workbook the way Excel does (every string in the shared-string table, dates as
serial numbers with a date style), streamed, for measuring the workbook import's memory:

    python3 bench/big_workbook.py OUT.xlsx [MEETINGS]     # default 1,000,000 meeting rows

One commune, ten units, MEETINGS meetings with unique ids. Python 3 standard library only.
"""
import datetime
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


class Strings:
    def __init__(self):
        self.index = {}
        self.items = []

    def __call__(self, text):
        if text not in self.index:
            self.index[text] = len(self.items)
            self.items.append(text)
        return self.index[text]


def cell_s(ref, strings, text):
    return '<c r="%s" t="s"><v>%d</v></c>' % (ref, strings(text))


def write_sheet(archive, name, header, rows, strings):
    """rows yields lists of (kind, value): 's' text, 'n' number, 'd' date serial."""
    letters = [chr(ord("A") + i) for i in range(len(header))]
    with archive.open(name, "w", force_zip64=True) as f:
        f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<worksheet xmlns="%s"><sheetData>' % MAIN).encode())
        f.write(('<row r="1">%s</row>' % "".join(
            cell_s(letters[i] + "1", strings, h) for i, h in enumerate(header))).encode())
        buffer = []
        for number, row in enumerate(rows, start=2):
            cells = []
            for i, (kind, value) in enumerate(row):
                ref = "%s%d" % (letters[i], number)
                if value is None:
                    continue
                if kind == "s":
                    cells.append(cell_s(ref, strings, value))
                elif kind == "d":
                    cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, value))
                else:
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, value))
            buffer.append('<row r="%d">%s</row>' % (number, "".join(cells)))
            if len(buffer) >= 2000:
                f.write("".join(buffer).encode())
                buffer = []
        f.write("".join(buffer).encode())
        f.write(b"</sheetData></worksheet>")


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    strings = Strings()
    origin = datetime.date(1899, 12, 30)
    start = (datetime.date(2025, 1, 1) - origin).days
    units = ["BW-U%02d" % i for i in range(1, 11)]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        write_sheet(archive, "xl/worksheets/sheet1.xml",
                    ["code", "name", "level", "parent_code", "pack"],
                    [[("s", "12"), ("s", "Tỉnh Lai Châu"), ("s", "province"), ("s", None),
                      ("s", None)],
                     [("s", "03199"), ("s", "Xã Sì Lở Lầu"), ("s", "commune"), ("s", "12"),
                      ("s", "vn/lai-chau/si-lo-lau")]], strings)
        write_sheet(archive, "xl/worksheets/sheet2.xml",
                    ["unit_id", "locality_code", "name", "role"],
                    [[("s", u), ("s", "03199"), ("s", "Đơn vị %d" % i),
                      ("s", "committee" if i == 0 else "department")]
                     for i, u in enumerate(units)], strings)

        def meetings():
            formats = ["online", "in_person", "hybrid"]
            kinds = ["dissemination", "professional", "discussion", "briefing", "other"]
            for i in range(count):
                total = 60 + (i % 5) * 30
                yield [("s", "BW-M%07d" % i), ("s", units[i % 10]), ("s", "host"),
                       ("s", "meeting" if i % 3 else "conference"), ("s", kinds[i % 5]),
                       ("d", start + (i % 700)), ("n", "0.5" if i % 2 else "1"),
                       ("s", formats[i % 3]), ("s", "có" if i % 4 else "không"),
                       ("s", None), ("s", None), ("d", start + (i % 700) - 3),
                       ("n", total), ("n", total // 3)]

        write_sheet(archive, "xl/worksheets/sheet3.xml",
                    ["meeting_id", "unit_id", "role", "category", "kind", "start_date",
                     "duration_days", "format", "paperless", "organizer_level", "attended",
                     "materials_sent_date", "total_minutes", "discussion_minutes"],
                    meetings(), strings)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="%s" '
                     'count="%d" uniqueCount="%d">' % (MAIN, len(strings.items),
                                                       len(strings.items))).encode())
            for i in range(0, len(strings.items), 5000):
                f.write("".join("<si><t>%s</t></si>" % s
                                for s in strings.items[i:i + 5000]).encode())
            f.write(b"</sst>")
        archive.writestr("xl/styles.xml",
                         '<styleSheet xmlns="%s"><cellXfs count="2"><xf numFmtId="0"/>'
                         '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>' % MAIN)
        archive.writestr("xl/workbook.xml",
                         '<workbook xmlns="%s" xmlns:r="%s"><sheets>'
                         '<sheet name="localities" sheetId="1" r:id="rId1"/>'
                         '<sheet name="units" sheetId="2" r:id="rId2"/>'
                         '<sheet name="meetings" sheetId="3" r:id="rId3"/></sheets></workbook>'
                         % (MAIN, REL))
        archive.writestr("xl/_rels/workbook.xml.rels",
                         '<Relationships xmlns="%s">' % PKG + "".join(
                             '<Relationship Id="rId%d" Type="%s/worksheet" '
                             'Target="worksheets/sheet%d.xml"/>' % (i, REL, i) for i in (1, 2, 3))
                         + '<Relationship Id="rId4" Type="%s/sharedStrings" '
                           'Target="sharedStrings.xml"/>' % REL
                         + '<Relationship Id="rId5" Type="%s/styles" Target="styles.xml"/>'
                           '</Relationships>' % REL)
        archive.writestr("_rels/.rels",
                         '<Relationships xmlns="%s"><Relationship Id="rId1" '
                         'Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>'
                         % (PKG, REL))
        archive.writestr("[Content_Types].xml",
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"><Default Extension="xml" ContentType="application/xml"/>'
                         '</Types>')


if __name__ == "__main__":
    main()
