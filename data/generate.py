#!/usr/bin/env python3
"""Deterministic sample-data generator for tuanthu.

Run from the repository root:

    python3 data/generate.py

Python 3 standard library only. Fixed seeds, no clock reads, no environment input: every run
rewrites exactly the same bytes. It writes, under data/:

    si-lo-lau/*.csv       xã Sì Lở Lầu (Lai Châu)    ','  ISO dates        1/0
    yen-dinh/*.csv        xã Yên Định (Bắc Ninh)     ','  ISO dates        true/false
    an-phu/an-phu.json    xã An Phú (Hải Phòng)      one JSON file     true/false/null
    thien-tan/*.csv       xã Thiên Tân (Lạng Sơn)    Excel VN: BOM, ';', CRLF, dd/mm/yyyy, có/không
    ngoc-ha/*.csv         phường Ngọc Hà (Hà Nội)    ','  ISO + d/m/yyyy   yes/no
    province-sweep/*.csv  all five localities        ','  ISO dates        1/0
    expected-figures.md   the figures and intended outcome per rule, unit and as-of date,
                          computed from the generated records by a small reference evaluator

Every record set is validated against the invariants of shared/spec/data-model.md before anything
is written, every written file is read back and compared with the records, and the intended
outcomes listed in data/README.md are asserted against the reference evaluator.
"""
import csv
import io
import json
import math
import os
import random
import re
from datetime import date as D, timedelta as TD

HERE = os.path.dirname(os.path.abspath(__file__))

Y25 = (D(2025, 1, 1), D(2025, 12, 31))
S1 = (D(2026, 1, 1), D(2026, 6, 10))     # up to the first as-of date
S2 = (D(2026, 6, 11), D(2026, 11, 20))   # up to the end of the data
DATA_END = D(2026, 11, 20)
AS1, AS2 = D(2026, 6, 10), D(2026, 11, 24)
ASOF = (AS1, AS2)
PERIODS = {'y25': Y25, 's1': S1, 's2': S2}

# ----------------------------------------------------------------------------------------------
# data model (shared/spec/data-model.md)
COLUMNS = {
    'localities': ['code', 'name', 'level', 'parent_code', 'pack'],
    'units': ['unit_id', 'locality_code', 'name', 'role'],
    'meetings': ['meeting_id', 'unit_id', 'role', 'category', 'kind', 'start_date', 'duration_days',
                 'format', 'paperless', 'organizer_level', 'attended', 'materials_sent_date',
                 'total_minutes', 'discussion_minutes'],
    'documents': ['doc_id', 'unit_id', 'direction', 'doc_class', 'doc_type', 'date', 'electronic',
                  'secret', 'digitized', 'digitally_signed', 'subject'],
    'dossiers': ['dossier_id', 'unit_id', 'procedure_code', 'internal', 'received_date', 'due_date',
                 'resolved_date', 'digital_processing', 'online_full', 'digitized',
                 'result_digitized', 'satisfaction'],
    'reports': ['report_id', 'unit_id', 'subject', 'period', 'submitted_date', 'form',
                'recipient_unit_id'],
    # locality_code is an extra column (allowed by the contract): it ties a task with no or
    # several lead units to its locality in a multi-locality sweep.
    'tasks': ['task_id', 'subject', 'ref', 'title', 'lead_unit_id', 'responsible_person',
              'coordinating_unit_ids', 'product', 'due_date', 'completed_date', 'electronic',
              'locality_code'],
    'feedback': ['feedback_id', 'unit_id', 'received_date', 'due_date', 'answered_date'],
    'schedules': ['locality_code', 'week_start', 'published_date'],
    'baselines': ['scope', 'metric', 'year', 'value'],
}
TABLES = list(COLUMNS)
REQUIRED = {
    'localities': ['code', 'name', 'level'],
    'units': ['unit_id', 'locality_code', 'name', 'role'],
    'meetings': ['meeting_id', 'unit_id', 'role', 'category', 'kind', 'start_date', 'duration_days',
                 'format'],
    'documents': ['doc_id', 'unit_id', 'direction', 'doc_class', 'doc_type', 'date', 'electronic',
                  'secret'],
    'dossiers': ['dossier_id', 'unit_id', 'received_date', 'due_date', 'digital_processing'],
    'reports': ['report_id', 'unit_id', 'subject', 'period', 'submitted_date', 'form'],
    'tasks': ['task_id', 'title'],
    'feedback': ['feedback_id', 'unit_id', 'received_date', 'due_date'],
    'schedules': ['locality_code', 'week_start', 'published_date'],
    'baselines': ['scope', 'metric', 'year', 'value'],
}
DATE_COLS = {'start_date', 'materials_sent_date', 'date', 'received_date', 'due_date',
             'resolved_date', 'submitted_date', 'completed_date', 'answered_date', 'week_start',
             'published_date'}
BOOL_COLS = {'paperless', 'attended', 'electronic', 'secret', 'digitized', 'digitally_signed',
             'internal', 'digital_processing', 'online_full', 'result_digitized'}
INT_COLS = {'total_minutes', 'discussion_minutes', 'year', 'value'}
DEC_COLS = {'duration_days'}
ENUMS = {
    ('localities', 'level'): {'province', 'commune', 'ward', 'special_zone'},
    ('units', 'role'): {'committee', 'office', 'culture_social', 'economy', 'department',
                        'service_center', 'public_service', 'village', 'front'},
    ('meetings', 'role'): {'host', 'attendee'},
    ('meetings', 'category'): {'conference', 'meeting'},
    ('meetings', 'kind'): {'dissemination', 'professional', 'discussion', 'briefing', 'other'},
    ('meetings', 'format'): {'online', 'in_person', 'hybrid'},
    ('meetings', 'organizer_level'): {'commune', 'province', 'vertical', 'central'},
    ('documents', 'direction'): {'outgoing', 'incoming'},
    ('documents', 'doc_class'): {'administrative', 'normative', 'other'},
    ('documents', 'doc_type'): {'plan', 'report', 'official_letter', 'decision', 'notice',
                                'submission', 'other'},
    ('dossiers', 'satisfaction'): {'satisfied', 'unsatisfied'},
    ('reports', 'form'): {'electronic', 'paper', 'data'},
    ('baselines', 'metric'): {'conferences', 'meetings', 'administrative_documents',
                              'written_reports', 'paper_reports'},
}
ID_COL = {'localities': 'code', 'units': 'unit_id', 'meetings': 'meeting_id',
          'documents': 'doc_id', 'dossiers': 'dossier_id', 'reports': 'report_id',
          'tasks': 'task_id', 'feedback': 'feedback_id'}
UBND_ROLES = ('office', 'culture_social', 'economy', 'department', 'service_center',
              'public_service')

# ----------------------------------------------------------------------------------------------
# small helpers


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


HOLIDAYS = {D(2025, 1, 1), D(2025, 4, 7), D(2025, 4, 30), D(2025, 5, 1), D(2025, 5, 2),
            D(2025, 9, 1), D(2025, 9, 2), D(2026, 1, 1), D(2026, 4, 27), D(2026, 4, 30),
            D(2026, 5, 1), D(2026, 9, 1), D(2026, 9, 2)}
HOLIDAYS |= {D(2025, 1, 25) + TD(i) for i in range(9)}    # Tết Ất Tỵ
HOLIDAYS |= {D(2026, 2, 14) + TD(i) for i in range(9)}    # Tết Bính Ngọ


def is_workday(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def workday(rng, a, b):
    while True:
        d = a + TD(rng.randint(0, (b - a).days))
        if is_workday(d):
            return d


def split_year(n):
    """a yearly volume into the two 2026 segments (161 and 163 days of 365)"""
    return round(n * 161 / 365), round(n * 163 / 365)


def kcount(n, spec):
    if spec is None:
        return None
    return spec if isinstance(spec, int) else int(round(n * spec))


def doy(d):
    return (d - D(d.year, 1, 1)).days + 1


def mondays(a, b):
    d = a + TD((7 - a.weekday()) % 7)
    while d <= b:
        yield d
        d += TD(7)


# ----------------------------------------------------------------------------------------------
# localities: names, units and the designed cases

PROCS_SC = ['1.001612', '1.004227', '2.000908', '1.000894', '2.000815', '1.001193', '1.003005',
            '2.002165', '1.000656', '1.004946', '2.001193', '1.010805', '2.000635', '1.004873',
            '1.001022', '2.000986']
PROCS_EC = ['1.003003', '1.004203', '2.001711', '1.012766', '1.005398', '1.008004']
PROCS_CS = ['1.001776', '2.000286', '1.001731', '2.000751', '1.003109', '1.004946']
PROCS_NB = ['NB.01', 'NB.02', 'NB.03', 'NB.04', 'NB.05']

TASK_POOL = [
    ('Rà soát, cập nhật Quy chế làm việc của UBND', 'Quy chế làm việc sửa đổi'),
    ('Xây dựng lịch họp tháng, lồng ghép các nội dung họp', 'Lịch họp được phê duyệt'),
    ('Triển khai ký số văn bản đi trên hệ thống quản lý văn bản', 'Văn bản đi được ký số'),
    ('Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Kho dữ liệu hồ sơ số hóa'),
    ('Tổng hợp báo cáo kết quả cải cách hành chính quý', 'Báo cáo quý'),
    ('Kiểm tra công vụ tại các phòng chuyên môn', 'Biên bản kiểm tra công vụ'),
    ('Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình', 'Tài liệu hướng dẫn, tổ hỗ trợ'),
    ('Cập nhật dữ liệu dân cư phục vụ Đề án 06', 'Cơ sở dữ liệu được cập nhật'),
    ('Rà soát thủ tục hành chính nội bộ', 'Danh mục TTHC nội bộ'),
    ('Tổ chức tập huấn kỹ năng số cho cán bộ, công chức', 'Lớp tập huấn'),
    ('Chuẩn bị nội dung phiên họp UBND thường kỳ', 'Tài liệu phiên họp'),
    ('Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở', 'Báo cáo kiểm tra'),
    ('Rà soát hộ nghèo, hộ cận nghèo', 'Danh sách hộ nghèo được phê duyệt'),
    ('Đôn đốc thu ngân sách trên địa bàn', 'Báo cáo thu ngân sách'),
    ('Kiểm tra hiện trạng sử dụng đất', 'Biên bản kiểm tra hiện trạng'),
    ('Triển khai phương án phòng, chống thiên tai', 'Phương án được ban hành'),
    ('Rà soát, cắt giảm văn bản hành chính không cần thiết', 'Báo cáo rà soát văn bản'),
    ('Công khai lịch công tác tuần của lãnh đạo trên Cổng thông tin', 'Lịch công tác được đăng tải'),
]
SUBJECTS_OTHER = ['CCHC', 'CĐS', 'PCTN', 'NTM', 'PCTT']


class Loc:
    pass


def make_localities():
    L = []

    # ---------------------------------------------------------------- Sì Lở Lầu
    sll = Loc()
    sll.key, sll.prefix, sll.code = 'SLL', 'SLL', '03199'
    sll.name, sll.level = 'Xã Sì Lở Lầu', 'commune'
    sll.prov = ('12', 'Tỉnh Lai Châu')
    sll.pack, sll.eff, sll.seed, sll.folder = 'vn/lai-chau/si-lo-lau', D(2026, 4, 29), 3199, 'si-lo-lau'
    sll.units = [
        (1, 'UBND xã Sì Lở Lầu', 'committee'),
        (2, 'Văn phòng HĐND và UBND', 'office'),
        (3, 'Phòng Văn hóa - Xã hội', 'culture_social'),
        (4, 'Phòng Kinh tế', 'economy'),
        (5, 'Ban Chỉ huy Quân sự xã Sì Lở Lầu', 'department'),
        (6, 'Trung tâm Phục vụ hành chính công', 'service_center'),
        (7, 'Trung tâm dịch vụ sự nghiệp công', 'public_service'),
        (8, 'Bản Sì Lở Lầu', 'village'),
        (9, 'Bản Lả Chải', 'village'),
        (10, 'Bản Cao Chải', 'village'),
        (11, 'Bản Hồ Ta Pa', 'village'),
        (12, 'Ủy ban MTTQ Việt Nam xã Sì Lở Lầu', 'front'),
    ]
    sll.people = ['Lò Văn Pản', 'Tẩn Thị Mẩy', 'Vàng A Dìn', 'Lý Thị Hoa', 'Chảo Văn Lử',
                  'Nguyễn Thị Thu Hằng', 'Đặng Văn Tùng', 'Phàn Thị Sli']
    sll.new_units = [7]       # public_service: set up in 2026, no 2025 records, no baseline
    # meetings: unit -> ((conf y25, s1 n, s1 ok, s2 n, s2 ok), (meeting ...), attendee/yr)
    # y25 None = no 2025 hosted records of that category (a baseline or nothing stands in)
    sll.meet = {
        1: ((None, 9, 6, 9, 6), (48, 22, 8, 20, 8), 30),
        2: ((20, 10, 7, 9, 6), (12, 5, 2, 5, 2), 12),
        3: ((14, 5, 3, 0, 0), (10, 4, 1, 4, 1), 10),
        4: ((None, 3, 1, 2, 1), (10, 4, 1, 4, 1), 10),
        5: ((4, 2, 0, 2, 1), (6, 3, 0, 3, 0), 6),
        6: ((12, 4, 3, 4, 2), (8, 3, 1, 3, 1), 8),
        7: ((None, 2, 1, 2, 1), (None, 2, 0, 2, 0), 6),
        8: ((2, 0, 0, 1, 0), (6, 3, 0, 3, 0), 2),
        9: ((2, 0, 0, 1, 1), (6, 3, 0, 3, 0), 2),
        10: ((2, 0, 0, 1, 0), (6, 3, 0, 3, 0), 2),
        11: ((2, 0, 0, 1, 1), (6, 3, 0, 3, 0), 2),
        12: ((6, 2, 1, 2, 2), (6, 3, 1, 3, 1), 8),
    }
    sll.meet_specials = [
        dict(u=2, cat='conference', date=D(2026, 5, 12), kind='dissemination', dur=1.0, fmt='online', tag='SLL duration: dissemination 1 day (> 0.5)'),
        dict(u=4, cat='meeting', date=D(2026, 7, 8), kind='discussion', dur=2.0, fmt='in_person', tag='SLL duration: discussion 2 days (> 1.5)'),
        dict(u=6, cat='conference', date=D(2026, 5, 20), kind='professional', dur=1.0, fmt='online', tag='SLL duration: professional 1 day (= limit, ok)'),
        dict(u=1, cat='conference', date=D(2026, 3, 10), kind='discussion', dur=2.0, fmt='in_person', tag='SLL duration: discussion 2 days before the effective date (not judged)'),
        dict(u=3, cat='conference', date=D(2026, 6, 3), kind='discussion', dur=1.5, fmt='online', tag='SLL duration: discussion 1.5 days (= limit, ok)'),
    ]
    sll.att_specials = [
        dict(u=2, date=D(2026, 7, 20), level='vertical', cat='conference', kind='professional', dur=2.0, fmt='in_person', attended=True, tag='SLL attendee 2-day training (attendee rows are not judged for duration)'),
    ]
    sll.docs = {}            # unit -> overrides of the role defaults
    sll.docs_dig = {7: 0.93}  # digitized share of 2026 documents (default 0.985)
    sll.doc_specials = [
        dict(u=5, date=D(2026, 2, 10), dir='incoming', electronic=False, tag='SLL paper document, non-secret, incoming (counts for 2026)'),
        dict(u=4, date=D(2026, 9, 15), dir='outgoing', electronic=False, tag='SLL paper document, non-secret, outgoing'),
        dict(u=1, date=D(2026, 3, 5), dir='incoming', electronic=False, secret=True, tag='SLL secret paper document (excluded)'),
        dict(u=5, date=D(2026, 6, 22), dir='incoming', electronic=False, secret=True, tag='SLL secret paper document (excluded)'),
        dict(u=5, date=D(2026, 5, 20), dir='outgoing', type='official_letter', subject='KL226', tag='SLL-U05 KL226 official letter (not a plan)'),
    ]
    sll.plans = {2: D(2026, 5, 15), 3: D(2026, 5, 31), 4: D(2026, 6, 1), 6: D(2026, 5, 20), 7: D(2026, 5, 8)}
    sll.doss = {
        6: dict(n=(1600, 700, 710), digital=0.97, online=0.55, digitized=0.96),
        4: dict(n=(260, 110, 110), digital=(104, 104), online=0.40, digitized=0.96),
        3: dict(n=(180, 80, 80), digital=0.975, online=0.50, digitized=0.97),
        2: dict(n=(50, 22, 22), internal=True),
    }
    sll.doss_specials = []
    sll.kl226_h1 = {2: D(2026, 6, 4), 3: D(2026, 6, 3), 4: D(2026, 6, 5), 6: D(2026, 5, 28), 7: D(2026, 6, 2)}
    sll.kl226_y = {6: D(2026, 11, 20)}
    sll.report_paper = {}
    sll.rep_specials = []
    sll.baselines = [(1, 'conferences', 20), (4, 'conferences', 10)]
    sll.loc_baselines = ['conferences']
    sll.task_specials = []
    sll.fb_specials = []
    sll.sched = {}
    L.append(sll)

    # ---------------------------------------------------------------- Yên Định
    yd = Loc()
    yd.key, yd.prefix, yd.code = 'YD', 'YD', '07450'
    yd.name, yd.level = 'Xã Yên Định', 'commune'
    yd.prov = ('24', 'Tỉnh Bắc Ninh')
    yd.pack, yd.eff, yd.seed, yd.folder = 'vn/bac-ninh/yen-dinh', D(2026, 5, 31), 7450, 'yen-dinh'
    yd.units = [
        (1, 'UBND xã Yên Định', 'committee'),
        (2, 'Văn phòng HĐND và UBND', 'office'),
        (3, 'Phòng Văn hóa - Xã hội', 'culture_social'),
        (4, 'Phòng Kinh tế', 'economy'),
        (5, 'Trung tâm Phục vụ hành chính công', 'service_center'),
        (6, 'Trung tâm dịch vụ sự nghiệp công', 'public_service'),
        (7, 'Thôn Đồng Bông', 'village'),
        (8, 'Thôn Yên Bình', 'village'),
        (9, 'Thôn Trại Cao', 'village'),
        (10, 'Thôn Khe Rỗ', 'village'),
        (11, 'Ủy ban MTTQ Việt Nam xã Yên Định', 'front'),
        (12, 'Hội Liên hiệp Phụ nữ xã Yên Định', 'front'),
    ]
    yd.people = ['Nguyễn Văn Hưng', 'Hoàng Thị Lan', 'Vi Văn Thắng', 'Trần Thị Thu', 'Lục Văn Sơn',
                 'Đinh Thị Hà', 'Ngô Đức Mạnh']
    yd.new_units = [6]
    yd.meet = {
        1: ((None, 8, 5, 8, 5), (None, 18, 12, 18, 12), 30),
        2: ((12, 6, 3, 5, 3), (10, 5, 3, 5, 3), 12),
        3: ((8, 3, 2, 3, 2), (8, 2, 1, 2, 1), 10),
        4: ((None, 4, 3, 3, 3), (None, 4, 3, 3, 2), 10),
        5: ((6, 2, 1, 2, 1), (6, 3, 1, 3, 1), 8),
        6: ((None, 2, 2, 1, 1), (None, 2, 1, 2, 1), 6),
        7: ((1, 0, 0, 0, 0), (5, 2, 0, 1, 0), 2),
        8: ((1, 0, 0, 0, 0), (5, 2, 0, 1, 0), 2),
        9: ((1, 0, 0, 0, 0), (5, 2, 0, 1, 0), 2),
        10: ((1, 0, 0, 0, 0), (5, 2, 0, 1, 0), 2),
        11: ((6, 2, 2, 2, 1), (6, 2, 1, 2, 1), 8),
        12: ((4, 1, 0, 1, 1), (4, 1, 1, 1, 0), 4),
    }
    yd.meet_specials = [
        dict(u=2, cat='conference', date=D(2026, 6, 8), kind='professional', dur=0.5, fmt='online', materials=D(2026, 6, 8), minutes=(180, 140), tag='YD materials sent the same day (< 1 day before)'),
        dict(u=1, cat='meeting', date=D(2026, 6, 9), kind='briefing', dur=0.5, fmt='online', materials=D(2026, 6, 8), minutes=(150, 120), tag='YD materials sent exactly 1 day before (ok)'),
        dict(u=4, cat='meeting', date=D(2026, 7, 14), kind='professional', dur=0.5, fmt='online', materials=None, minutes=(120, 96), tag='YD materials_sent_date missing (cannot judge)'),
        dict(u=1, cat='conference', date=D(2026, 6, 3), kind='discussion', dur=0.5, fmt='online', materials=D(2026, 6, 1), minutes=(120, 84), tag='YD discussion 84/120 = 0.70 exactly (ok)'),
        dict(u=5, cat='conference', date=D(2026, 9, 10), kind='professional', dur=0.5, fmt='in_person', materials=D(2026, 9, 7), minutes=(180, 100), tag='YD discussion 100/180 = 0.556 (< 0.70)'),
        dict(u=3, cat='meeting', date=D(2026, 10, 6), kind='professional', dur=0.5, fmt='online', materials=D(2026, 10, 2), minutes=None, tag='YD minutes missing (cannot judge discussion share)'),
        dict(u=4, cat='conference', date=D(2026, 6, 5), kind='dissemination', dur=1.0, fmt='online', materials=D(2026, 6, 2), minutes=(360, 270), tag='YD duration: dissemination 1 day (> 0.5)'),
        dict(u=2, cat='conference', date=D(2026, 4, 10), kind='professional', dur=1.5, fmt='in_person', materials=D(2026, 4, 10), minutes=(540, 200), tag='YD duration 1.5/materials same day/discussion 0.37 before the effective date (not judged)'),
        dict(u=1, cat='conference', date=D(2026, 8, 20), kind='discussion', dur=1.5, fmt='online', materials=D(2026, 8, 17), minutes=(540, 420), tag='YD duration: discussion 1.5 days (= limit, ok)'),
    ]
    yd.att_specials = [
        dict(u=4, date=D(2026, 7, 15), level='province', cat='conference', kind='dissemination', dur=0.5, fmt='online', attended=False, tag='YD province online invitation not attended'),
        dict(u=2, date=D(2026, 8, 12), level='commune', cat='meeting', kind='professional', dur=0.5, fmt='online', attended=False, tag='YD commune-level online invitation not attended (not in scope)'),
        dict(u=2, date=D(2026, 9, 9), level='vertical', cat='conference', kind='professional', dur=1.0, fmt='in_person', attended=False, tag='YD vertical in-person invitation not attended (not in scope)'),
        dict(u=5, date=D(2026, 6, 17), level='vertical', cat='conference', kind='professional', dur=0.5, fmt='hybrid', attended=True, tag='YD vertical hybrid invitation attended'),
    ]
    # outgoing administrative documents: (2025, 2026 s1, 2026 s2); 2025 None = baseline/none
    yd.docs = {
        1: dict(out=(None, 46, 46)),
        2: dict(out=(180, 80, 82)),
        3: dict(out=(80, 33, 33)),
        4: dict(out=(None, 28, 30)),
        5: dict(out=(40, 13, 13)),
        6: dict(out=(None, 12, 12)),
        7: dict(out=(4, 1, 2)), 8: dict(out=(4, 1, 2)), 9: dict(out=(4, 1, 2)), 10: dict(out=(4, 1, 2)),
        11: dict(out=(30, 10, 10)),
        12: dict(out=(20, 6, 7)),
    }
    yd.docs_dig = {4: 0.93}
    yd.doc_specials = [
        dict(u=7, date=D(2026, 3, 3), dir='incoming', electronic=False, tag='YD paper document, non-secret, incoming (counts for 2026)'),
        dict(u=3, date=D(2026, 6, 15), dir='outgoing', electronic=False, tag='YD paper document, non-secret, outgoing'),
        dict(u=1, date=D(2026, 2, 24), dir='incoming', electronic=False, secret=True, tag='YD secret paper document (excluded)'),
    ]
    yd.plans = {2: D(2026, 6, 2), 3: D(2026, 6, 10), 5: D(2026, 7, 20)}
    yd.doss = {
        5: dict(n=(1600, 700, 710), digital=0.98, online=0.96, digitized=0.97),
        4: dict(n=(250, 100, 100), digital=0.97, online=0.90, digitized=0.97),
        3: dict(n=(150, 60, 60), digital=0.98, online=(57, 57), digitized=0.97),
        2: dict(n=(50, 20, 20), internal=True),
    }
    yd.doss_specials = [
        dict(u=5, received=D(2026, 6, 1), due=D(2026, 6, 8), resolved=D(2026, 6, 8), result_digitized=False, tag='YD resolved dossier, result not digitized'),
    ]
    yd.kl226_h1 = {2: D(2026, 6, 4), 3: D(2026, 6, 1), 4: D(2026, 6, 5), 6: D(2026, 5, 29)}
    yd.kl226_y = {3: D(2026, 11, 19)}
    yd.report_paper = {}
    yd.rep_specials = []
    yd.baselines = [(1, 'conferences', 22), (1, 'meetings', 48), (4, 'conferences', 8), (4, 'meetings', 10),
                    (1, 'administrative_documents', 140), (4, 'administrative_documents', 90)]
    yd.loc_baselines = ['conferences', 'meetings', 'administrative_documents']
    yd.task_specials = []
    yd.fb_specials = []
    yd.sched = {}
    L.append(yd)

    # ---------------------------------------------------------------- An Phú
    ap = Loc()
    ap.key, ap.prefix, ap.code = 'AP', 'AP', '10765'
    ap.name, ap.level = 'Xã An Phú', 'commune'
    ap.prov = ('31', 'Thành phố Hải Phòng')
    ap.pack, ap.eff, ap.seed, ap.folder = 'vn/hai-phong/an-phu', D(2026, 4, 30), 10765, 'an-phu'
    ap.units = [
        (1, 'UBND xã An Phú', 'committee'),
        (2, 'Văn phòng HĐND và UBND', 'office'),
        (3, 'Phòng Văn hóa - Xã hội', 'culture_social'),
        (4, 'Phòng Kinh tế', 'economy'),
        (5, 'Trung tâm Phục vụ hành chính công', 'service_center'),
        (6, 'Trung tâm dịch vụ sự nghiệp công', 'public_service'),
        (7, 'Thôn An Cường', 'village'),
        (8, 'Thôn Phú Lộc', 'village'),
        (9, 'Thôn Kim Lũ', 'village'),
        (10, 'Thôn Hà Tràng', 'village'),
        (11, 'Ủy ban MTTQ Việt Nam xã An Phú', 'front'),
        (12, 'Hội Cựu chiến binh xã An Phú', 'front'),
    ]
    ap.people = ['Phạm Văn Khải', 'Nguyễn Thị Hương', 'Vũ Đức Thắng', 'Lê Thị Minh', 'Đào Văn Tuấn',
                 'Bùi Thị Ngọc', 'Trần Quang Huy']
    ap.new_units = [6]
    ap.meet = {
        1: ((None, 9, 6, 9, 6), (40, 20, 6, 20, 6), 30),
        2: ((15, 7, 5, 7, 5), (10, 4, 1, 4, 1), 12),
        3: ((None, 4, 2, 4, 2), (8, 3, 1, 3, 1), 10),
        4: ((14, 5, 3, 5, 3), (8, 3, 1, 3, 1), 10),
        5: ((8, 3, 2, 3, 2), (6, 2, 1, 2, 1), 8),
        6: ((None, 2, 1, 2, 0), (None, 2, 0, 2, 0), 6),
        7: ((2, 0, 0, 1, 0), (6, 3, 0, 3, 0), 2),
        8: ((2, 0, 0, 1, 1), (6, 3, 0, 3, 0), 2),
        9: ((2, 0, 0, 1, 0), (6, 3, 0, 3, 0), 2),
        10: ((2, 0, 0, 1, 0), (6, 3, 0, 3, 0), 2),
        11: ((6, 2, 2, 2, 1), (6, 2, 1, 2, 1), 8),
        12: ((3, 1, 0, 1, 0), (3, 1, 0, 1, 0), 4),
    }
    ap.meet_specials = [
        dict(u=3, cat='conference', date=D(2026, 5, 14), kind='professional', dur=1.5, fmt='in_person', tag='AP duration: professional 1.5 days (> 1)'),
        dict(u=1, cat='meeting', date=D(2026, 9, 22), kind='discussion', dur=2.0, fmt='in_person', tag='AP duration: discussion 2 days (> 1.5)'),
        dict(u=5, cat='conference', date=D(2026, 10, 7), kind='discussion', dur=1.5, fmt='hybrid', tag='AP duration: discussion 1.5 days (= limit, ok)'),
    ]
    ap.att_specials = []
    ap.docs = {}
    ap.docs_dig = {6: 0.93}
    ap.doc_specials = [
        dict(u=4, date=D(2026, 5, 6), dir='outgoing', electronic=False, tag='AP paper document, non-secret, outgoing'),
        dict(u=1, date=D(2026, 4, 2), dir='incoming', electronic=False, secret=True, tag='AP secret paper document (excluded)'),
    ]
    ap.plans = {2: D(2026, 5, 12), 3: D(2026, 5, 8), 5: D(2026, 5, 22)}
    ap.doss = {
        5: dict(n=(1650, 740, 740), digital=0.99, online=(729, 729), digitized=0.97, sat=((150, 1), (150, 2))),
        4: dict(n=(150, 50, 50), digital=0.98, online=(49, 49), digitized=(48, 47), sat=((20, 0), (20, 0))),
        3: dict(n=(180, 80, 80), digital=0.975, online=(76, 76), digitized=(78, 78), sat=((15, 1), (15, 0))),
        2: dict(n=(40, 20, 20), internal=True),
    }
    ap.doss_specials = []
    ap.kl226_h1 = {3: D(2026, 6, 4)}
    ap.kl226_y = {}
    ap.report_paper = {}
    ap.rep_specials = []
    ap.baselines = [(1, 'conferences', 24), (3, 'conferences', 10)]
    ap.loc_baselines = ['conferences']
    ap.task_specials = 'AP'
    ap.fb_specials = [
        dict(u=5, received=D(2026, 5, 20), due=D(2026, 6, 5), answered=D(2026, 6, 20), tag='AP feedback answered late (open past due on 2026-06-10)'),
        dict(u=4, received=D(2026, 7, 1), due=D(2026, 7, 15), answered=D(2026, 7, 15), tag='AP feedback answered on its due date (ok)'),
        dict(u=5, received=D(2026, 9, 14), due=D(2026, 9, 28), answered=None, tag='AP feedback never answered, past due'),
        dict(u=3, received=D(2026, 11, 16), due=D(2026, 11, 30), answered=None, tag='AP feedback open, not yet due on 2026-11-24'),
        dict(u=5, received=D(2026, 6, 1), due=D(2026, 6, 15), answered=D(2026, 6, 12), tag='AP feedback open on 2026-06-10 (not yet due), answered on time'),
    ]
    ap.sched = {}
    L.append(ap)

    # ---------------------------------------------------------------- Thiên Tân
    tt = Loc()
    tt.key, tt.prefix, tt.code = 'TT', 'TT', '06280'
    tt.name, tt.level = 'Xã Thiên Tân', 'commune'
    tt.prov = ('20', 'Tỉnh Lạng Sơn')
    tt.pack, tt.eff, tt.seed, tt.folder = 'vn/lang-son/thien-tan', D(2026, 5, 2), 6280, 'thien-tan'
    tt.units = [
        (1, 'UBND xã Thiên Tân', 'committee'),
        (2, 'Văn phòng HĐND và UBND xã', 'office'),
        (3, 'Phòng Văn hóa - Xã hội', 'culture_social'),
        (4, 'Phòng Kinh tế', 'economy'),
        (5, 'Trung tâm Phục vụ hành chính công', 'service_center'),
        (6, 'Trung tâm dịch vụ sự nghiệp công', 'public_service'),
        (7, 'Thôn Đoàn Kết', 'village'),
        (8, 'Thôn Tân Tiến', 'village'),
        (9, 'Thôn Lân Bài', 'village'),
        (10, 'Thôn Nà Mò', 'village'),
        (11, 'Ủy ban MTTQ Việt Nam xã Thiên Tân; các tổ chức chính trị - xã hội', 'front'),
    ]
    tt.people = ['Hoàng Văn Quyết', 'Lương Thị Thu', 'Nông Văn Tiến', 'Vy Thị Hằng', 'Lăng Văn Đức',
                 'Triệu Thị Mai', 'Chu Văn Khánh']
    tt.new_units = [6]
    tt.meet = {
        1: ((None, 7, 5, 8, 5), (44, 20, 6, 20, 6), 28),
        2: ((18, 9, 6, 8, 5), (10, 4, 1, 4, 1), 12),
        3: ((10, 3, 1, 3, 2), (8, 3, 1, 3, 1), 10),
        4: ((8, 3, 2, 3, 2), (8, 3, 1, 3, 1), 10),
        5: ((6, 2, 1, 3, 2), (6, 2, 1, 3, 1), 8),
        6: ((None, 1, 1, 2, 1), (None, 2, 0, 2, 0), 6),
        7: ((2, 0, 0, 1, 0), (6, 3, 0, 3, 0), 2),
        8: ((2, 0, 0, 1, 1), (6, 3, 0, 3, 0), 2),
        9: ((2, 0, 0, 1, 0), (6, 3, 0, 3, 0), 2),
        10: ((2, 0, 0, 1, 0), (6, 3, 0, 3, 0), 2),
        11: ((6, 2, 1, 2, 2), (6, 3, 1, 3, 1), 8),
    }
    tt.meet_specials = [
        dict(u=2, cat='conference', date=D(2026, 5, 26), kind='dissemination', dur=1.0, fmt='online', tag='TT duration: dissemination 1 day (> 0.5)'),
        dict(u=5, cat='meeting', date=D(2026, 8, 11), kind='professional', dur=1.5, fmt='in_person', tag='TT duration: professional 1.5 days (> 1)'),
        dict(u=1, cat='conference', date=D(2026, 4, 14), kind='dissemination', dur=1.0, fmt='in_person', tag='TT duration 1 day before the effective date (not judged)'),
    ]
    tt.att_specials = []
    tt.docs = {
        2: dict(out=(160, 72, 73)),
        3: dict(out=(70, 29, 28)),
        4: dict(out=(None, 24, 26)),
        6: dict(out=(None, 10, 10)),
    }
    tt.docs_dig = {3: 0.93}
    tt.doc_specials = [
        dict(u=6, date=D(2026, 6, 22), dir='incoming', electronic=False, tag='TT paper document, non-secret, incoming'),
        dict(u=1, date=D(2026, 3, 18), dir='incoming', electronic=False, secret=True, tag='TT secret paper document (excluded)'),
    ]
    tt.plans = {2: D(2026, 5, 25), 3: D(2026, 6, 5)}
    tt.doss = {
        5: dict(n=(1600, 700, 710), digital=0.97, online=0.70, digitized=0.96),
        4: dict(n=(220, 100, 100), digital=(94, 94), online=0.50, digitized=0.96),
        3: dict(n=(160, 70, 70), digital=0.97, online=0.60, digitized=0.97),
        2: dict(n=(40, 18, 18), internal=True),
    }
    tt.doss_specials = []
    tt.kl226_h1 = {3: D(2026, 6, 12)}
    tt.kl226_y = {}
    tt.report_paper = {}
    tt.rep_specials = [
        dict(u=4, subject='PCTT', period='2026-06', date=D(2026, 7, 6), form='paper', to=2, tag='TT periodic report sent on paper'),
    ]
    tt.baselines = [(1, 'conferences', 20), (4, 'administrative_documents', 85)]
    tt.loc_baselines = ['conferences', 'administrative_documents']
    tt.task_specials = 'TT'
    tt.fb_specials = []
    tt.sched = {}
    L.append(tt)

    # ---------------------------------------------------------------- Ngọc Hà
    nh = Loc()
    nh.key, nh.prefix, nh.code = 'NH', 'NH', '00004'
    nh.name, nh.level = 'Phường Ngọc Hà', 'ward'
    nh.prov = ('01', 'Thành phố Hà Nội')
    nh.pack, nh.eff, nh.seed, nh.folder = 'vn/ha-noi/ngoc-ha', D(2026, 6, 5), 4, 'ngoc-ha'
    nh.units = [
        (1, 'UBND phường Ngọc Hà', 'committee'),
        (2, 'Văn phòng HĐND và UBND phường', 'office'),
        (3, 'Phòng Văn hóa - Xã hội', 'culture_social'),
        (4, 'Phòng Kinh tế, Hạ tầng và Đô thị', 'economy'),
        (5, 'Trung tâm Phục vụ hành chính công phường Ngọc Hà', 'service_center'),
        (6, 'Trung tâm dịch vụ sự nghiệp công phường', 'public_service'),
        (7, 'Ban Chỉ huy Quân sự phường Ngọc Hà', 'department'),
        (8, 'Tổ dân phố số 3', 'village'),
        (9, 'Tổ dân phố số 7', 'village'),
        (10, 'Tổ dân phố số 12', 'village'),
        (11, 'Tổ dân phố số 18', 'village'),
        (12, 'Ủy ban MTTQ Việt Nam phường Ngọc Hà', 'front'),
    ]
    nh.people = ['Nguyễn Thị Thanh Hà', 'Trần Minh Đức', 'Lê Hoàng Nam', 'Phạm Thu Trang',
                 'Đỗ Văn Quang', 'Vũ Thị Bích Ngọc', 'Hà Minh Tuấn']
    nh.new_units = [6]
    nh.meet = {
        1: ((None, 9, 6, 9, 6), (46, 22, 9, 20, 9), 32),
        2: ((16, 8, 5, 8, 5), (12, 5, 2, 5, 2), 12),
        3: ((12, 4, 3, 4, 3), (8, 3, 1, 3, 1), 10),
        4: ((8, 3, 1, 3, 2), (8, 3, 1, 3, 1), 10),
        5: ((6, 2, 2, 3, 2), (6, 3, 2, 3, 2), 8),
        6: ((None, 2, 1, 1, 1), (None, 2, 0, 2, 0), 6),
        7: ((4, 1, 0, 2, 1), (6, 3, 0, 3, 0), 6),
        8: ((2, 0, 0, 1, 0), (6, 3, 0, 3, 0), 2),
        9: ((2, 0, 0, 1, 1), (6, 3, 0, 3, 0), 2),
        10: ((2, 0, 0, 1, 0), (6, 3, 0, 3, 0), 2),
        11: ((2, 0, 0, 1, 0), (6, 3, 0, 3, 0), 2),
        12: ((6, 2, 2, 2, 1), (6, 3, 1, 3, 1), 8),
    }
    nh.meet_specials = [
        dict(u=2, cat='conference', date=D(2026, 6, 9), kind='dissemination', dur=1.0, fmt='online', tag='NH duration: dissemination 1 day (> 0.5)'),
        dict(u=4, cat='conference', date=D(2026, 9, 16), kind='discussion', dur=2.0, fmt='in_person', tag='NH duration: discussion 2 days (> 1.5)'),
        dict(u=1, cat='conference', date=D(2026, 5, 20), kind='discussion', dur=2.0, fmt='in_person', tag='NH duration 2 days before the effective date (not judged)'),
        dict(u=7, cat='meeting', date=D(2026, 6, 5), kind='professional', dur=1.0, fmt='in_person', tag='NH duration: professional 1 day on the effective date (= limit, ok)'),
    ]
    nh.att_specials = []
    nh.docs = {
        1: dict(out=(None, 44, 45)),
        2: dict(out=(170, 76, 77)),
        4: dict(out=(80, 33, 33)),
        6: dict(out=(None, 11, 11)),
    }
    nh.docs_dig = {6: 0.92}
    nh.doc_specials = [
        dict(u=4, date=D(2026, 6, 8), dir='outgoing', electronic=False, tag='NH paper document, non-secret, outgoing'),
        dict(u=9, date=D(2026, 10, 2), dir='incoming', electronic=False, tag='NH paper document, non-secret, incoming'),
        dict(u=7, date=D(2026, 7, 21), dir='incoming', electronic=False, secret=True, tag='NH secret paper document (excluded)'),
    ]
    nh.plans = {2: D(2026, 6, 12), 3: D(2026, 6, 10), 5: D(2026, 6, 19)}
    nh.doss = {
        5: dict(n=(1700, 760, 770), digital=0.985, online=(730, 740), digitized=0.97),
        4: dict(n=(260, 110, 110), digital=0.97, online=(101, 101), digitized=0.96),
        3: dict(n=(200, 90, 90), digital=0.98, online=(87, 87), digitized=0.97),
        2: dict(n=(60, 25, 25), internal=True, digitized=(25, 24)),
    }
    nh.doss_specials = [
        dict(u=2, received=D(2026, 7, 8), due=D(2026, 7, 15), resolved=D(2026, 7, 14), internal=True, digitized=False, tag='NH internal dossier not digitized'),
    ]
    nh.kl226_h1 = {2: D(2026, 6, 12), 3: D(2026, 6, 15), 4: D(2026, 6, 19), 5: D(2026, 6, 10), 7: D(2026, 6, 22)}
    nh.kl226_y = {2: D(2026, 11, 18), 5: D(2026, 11, 20)}
    # monthly CCHC reports per unit: (2025 paper count, 2026 s1 written count, 2026 s2 written
    # count); None = no 2025 reports. Every 2025 report is written (paper or electronic); in 2026
    # the reports not counted here are sent as data ("chuyển sang báo cáo bằng dữ liệu", II.4)
    nh.report_paper = {1: (2, 1, 0), 2: (8, 4, 4), 3: (None, 0, 0), 4: (4, 2, 2), 5: (0, 2, 1), 6: (None, 2, 3), 7: (0, 2, 2)}
    nh.rep_specials = []
    nh.baselines = [(1, 'conferences', 24), (1, 'administrative_documents', 150), (3, 'written_reports', 6)]
    nh.loc_baselines = ['conferences', 'administrative_documents', 'written_reports']
    nh.task_specials = 'NH'
    nh.fb_specials = []
    nh.sched = {
        'late': {D(2026, 9, 7): D(2026, 9, 8), D(2026, 3, 2): D(2026, 3, 4)},
        'missing': [D(2026, 10, 12), D(2026, 2, 16)],
        'fixed': {D(2026, 6, 1): D(2026, 5, 29), D(2026, 6, 8): D(2026, 6, 5), D(2026, 11, 23): D(2026, 11, 20),
                  D(2026, 6, 15): D(2026, 6, 15)},
    }
    L.append(nh)

    for loc in L:
        loc.U = {n: f'{loc.prefix}-U{n:02d}' for n, _, _ in loc.units}
        loc.role = {loc.U[n]: r for n, _, r in loc.units}
        loc.uname = {loc.U[n]: nm for n, nm, _ in loc.units}
        loc.obligated = [loc.U[n] for n, _, r in loc.units if r in UBND_ROLES]
        loc.by_role = {}
        for n, _, r in loc.units:
            loc.by_role.setdefault(r, []).append(loc.U[n])
        loc.rng = random.Random(loc.seed)
        loc.tags = {}
        loc.paperless_counts = loc.key == 'YD'
    return L


# ----------------------------------------------------------------------------------------------
# generation


def compliant(loc, fmt, paperless):
    return fmt in ('online', 'hybrid') or (loc.paperless_counts and bool(paperless))


def rand_format(rng, loc, ok, year):
    if loc.paperless_counts:
        if ok:
            return ('online', rng.random() < 0.6) if rng.random() < 0.65 else ('in_person', True)
        return ('in_person', False)
    if ok:
        return ('online', rng.random() < 0.8) if rng.random() < 0.7 else ('hybrid', rng.random() < 0.5)
    return ('in_person', rng.random() < 0.2)


MINUTES = {0.5: [90, 120, 150, 180, 210, 240], 1.0: [300, 330, 360, 390, 420],
           1.5: [480, 540, 600], 2.0: [660, 720, 780]}


def rand_kind_dur(rng, cat):
    if cat == 'conference':
        kind = wchoice(rng, [('dissemination', 35), ('professional', 35), ('discussion', 15), ('other', 15)])
    else:
        kind = wchoice(rng, [('briefing', 40), ('professional', 30), ('discussion', 20), ('other', 10)])
    dur = {'dissemination': 0.5, 'briefing': 0.5,
           'professional': wchoice(rng, [(0.5, 70), (1.0, 30)]),
           'discussion': wchoice(rng, [(0.5, 50), (1.0, 40), (1.5, 10)]),
           'other': wchoice(rng, [(0.5, 80), (1.0, 20)])}[kind]
    return kind, dur


def fill_minutes(rng, loc, rec):
    strict = loc.key == 'YD' and rec['start_date'] >= loc.eff
    total = rng.choice(MINUTES[rec['duration_days']])
    if strict:
        rec['materials_sent_date'] = rec['start_date'] - TD(rng.randint(1, 5))
        rec['total_minutes'] = total
        rec['discussion_minutes'] = min(total, math.ceil(total * rng.uniform(0.72, 0.9)))
    elif rng.random() < 0.4:
        rec['materials_sent_date'] = max(D(2025, 1, 1), rec['start_date'] - TD(rng.randint(0, 4)))
        rec['total_minutes'] = total
        rec['discussion_minutes'] = min(total, math.ceil(total * rng.uniform(0.35, 0.9)))


def blank(table):
    return {c: None for c in COLUMNS[table]}


def gen_meetings(loc):
    rng = loc.rng
    out = []
    specials = []
    for s in loc.meet_specials:
        r = blank('meetings')
        r.update(unit_id=loc.U[s['u']], role='host', category=s['cat'], kind=s['kind'],
                 start_date=s['date'], duration_days=s['dur'], format=s['fmt'],
                 paperless=s.get('paperless', s['fmt'] == 'online'))
        if 'minutes' in s or 'materials' in s:
            r['materials_sent_date'] = s.get('materials')
            if s.get('minutes'):
                r['total_minutes'], r['discussion_minutes'] = s['minutes']
        else:
            fill_minutes(rng, loc, r)
        r['_tag'] = s['tag']
        specials.append(r)
    for n, _, role in loc.units:
        uid = loc.U[n]
        for ci, cat in enumerate(('conference', 'meeting')):
            spec = loc.meet[n][ci]
            y25 = spec[0]
            plan = []
            if y25 is not None:
                plan.append(('y25', y25, int(round(y25 * 0.4))))
            plan.append(('s1', spec[1], spec[2]))
            plan.append(('s2', spec[3], spec[4]))
            for per, cnt, ok in plan:
                a, b = PERIODS[per]
                sp = [r for r in specials if r['unit_id'] == uid and r['category'] == cat
                      and a <= r['start_date'] <= b]
                sp_ok = sum(1 for r in sp if compliant(loc, r['format'], r['paperless']))
                k, m = ok - sp_ok, cnt - len(sp)
                assert 0 <= k <= m, (loc.key, uid, cat, per)
                flags = [True] * k + [False] * (m - k)
                rng.shuffle(flags)
                out.extend(sp)
                for f in flags:
                    r = blank('meetings')
                    kind, dur = rand_kind_dur(rng, cat)
                    if cat == 'meeting' and role == 'committee':
                        kind, dur = ('briefing', 0.5) if rng.random() < 0.6 else (kind, dur)
                    fmt, pl = rand_format(rng, loc, f, a.year)
                    if role == 'village' and f and fmt == 'online':
                        fmt = 'hybrid'
                    r.update(unit_id=uid, role='host', category=cat, kind=kind,
                             start_date=workday(rng, a, b), duration_days=dur, format=fmt,
                             paperless=pl)
                    fill_minutes(rng, loc, r)
                    out.append(r)
        # attendee rows
        per_year = loc.meet[n][2]
        for per in ('y25', 's1', 's2'):
            if per == 'y25' and n in loc.new_units:
                continue
            a, b = PERIODS[per]
            cnt = per_year if per == 'y25' else split_year(per_year)[0 if per == 's1' else 1]
            for _ in range(cnt):
                r = blank('meetings')
                cat = wchoice(rng, [('conference', 80), ('meeting', 20)])
                kind = wchoice(rng, [('dissemination', 45), ('professional', 35), ('other', 20)]) \
                    if cat == 'conference' else wchoice(rng, [('briefing', 50), ('professional', 50)])
                lvl = wchoice(rng, [('province', 40), ('vertical', 25), ('central', 10), ('commune', 25)])
                fmt = wchoice(rng, [('online', 60), ('hybrid', 15), ('in_person', 25)])
                dur = wchoice(rng, [(0.5, 75), (1.0, 25)])
                if kind in ('dissemination', 'briefing'):
                    dur = 0.5
                att = True
                strict = loc.key == 'YD' and a.year == 2026 and lvl in ('province', 'vertical') \
                    and fmt in ('online', 'hybrid')
                if not strict and rng.random() < 0.05:
                    att = False
                r.update(unit_id=uid, role='attendee', category=cat, kind=kind,
                         start_date=workday(rng, a, b), duration_days=dur, format=fmt,
                         organizer_level=lvl, attended=att)
                out.append(r)
    used = {id(r) for r in out}
    assert all(id(r) in used for r in specials), [r['_tag'] for r in specials if id(r) not in used]
    for s in loc.att_specials:
        r = blank('meetings')
        r.update(unit_id=loc.U[s['u']], role='attendee', category=s['cat'], kind=s['kind'],
                 start_date=s['date'], duration_days=s['dur'], format=s['fmt'],
                 organizer_level=s['level'], attended=s['attended'], _tag=s['tag'])
        out.append(r)
    assign_ids(loc, out, 'meeting_id', 'M', 4, lambda r: r['start_date'])
    return out


def assign_ids(loc, recs, col, letter, width, key):
    order = sorted(range(len(recs)), key=lambda i: (key(recs[i]), recs[i].get('unit_id') or '', i))
    sorted_recs = [recs[i] for i in order]
    recs[:] = sorted_recs
    for i, r in enumerate(recs, 1):
        r[col] = f'{loc.prefix}-{letter}{i:0{width}d}'
        if r.get('_tag'):
            loc.tags[r['_tag']] = r[col]


DOC_DEFAULTS = {   # per year: outgoing administrative, outgoing other, incoming
    'committee': (130, 20, 320), 'office': (160, 15, 260), 'culture_social': (70, 8, 130),
    'economy': (80, 8, 140), 'department': (25, 3, 60), 'service_center': (35, 5, 70),
    'public_service': (25, 4, 50), 'village': (4, 0, 16), 'front': (30, 5, 45),
}


def gen_documents(loc, baseline_docs_units):
    rng = loc.rng
    out = []
    specials = []

    def mk(uid, d, direction, dclass, dtype, electronic=True, secret=False, subject=None, tag=None):
        r = blank('documents')
        r.update(unit_id=uid, direction=direction, doc_class=dclass, doc_type=dtype, date=d,
                 electronic=electronic, secret=secret, subject=subject)
        if tag:
            r['_tag'] = tag
        return r

    for s in loc.doc_specials:
        direction = s['dir']
        r = mk(loc.U[s['u']], s['date'], direction, 'administrative',
               s.get('type', 'official_letter'), electronic=s.get('electronic', True),
               secret=s.get('secret', False), subject=s.get('subject'), tag=s['tag'])
        r['digitized'] = False if r['secret'] else True
        specials.append(r)
    # the locality's own KL226 plan and its copies to the obligated units, the unit plans
    specials.append(mk(loc.U[1], loc.eff, 'outgoing', 'administrative', 'plan', subject='KL226',
                       tag=f'{loc.U[1]} the locality plan itself (committee, outgoing KL226 plan)'))
    specials[-1]['digitized'] = True
    for i, uid in enumerate(loc.obligated):
        d = loc.eff + TD(1 + i % 3)
        while not is_workday(d):
            d += TD(1)
        r = mk(uid, d, 'incoming', 'administrative', 'plan', subject='KL226')
        r['digitized'] = True
        r['_tag'] = f'{uid} receives the locality plan (incoming KL226 plan, not its own)'
        specials.append(r)
    for n, d in loc.plans.items():
        r = mk(loc.U[n], d, 'outgoing', 'administrative', 'plan', subject='KL226',
               tag=f'{loc.U[n]} own KL226 plan ({d.isoformat()})')
        r['digitized'] = True
        specials.append(r)

    for n, _, role in loc.units:
        uid = loc.U[n]
        dflt = DOC_DEFAULTS[role]
        out25 = dflt[0]
        out26 = split_year(round(dflt[0] * 0.75))
        ov = loc.docs.get(n, {}).get('out')
        if ov:
            out25, out26 = ov[0], (ov[1], ov[2])
        if n in loc.new_units:
            out25 = None
        oth = (dflt[1], *split_year(round(dflt[1] * 0.8)))
        inc = (dflt[2], *split_year(dflt[2]))
        dig = loc.docs_dig.get(n, 0.985)
        for pi, per in enumerate(('y25', 's1', 's2')):
            a, b = PERIODS[per]
            seg = []
            buckets = [('out', out25 if per == 'y25' else out26[pi - 1]),
                       ('oth', oth[pi]), ('in', inc[pi])]
            if per == 'y25' and n in loc.new_units:
                buckets = []
            for bucket, cnt in buckets:
                if cnt is None:
                    continue
                if bucket == 'out' and per == 'y25' and uid in baseline_docs_units:
                    continue
                sp = [r for r in specials if r['unit_id'] == uid and a <= r['date'] <= b
                      and doc_bucket(r) == bucket]
                assert len(sp) <= cnt, (loc.key, uid, per, bucket)
                seg.extend(sp)
                for _ in range(cnt - len(sp)):
                    d = workday(rng, a, b)
                    if bucket == 'out':
                        dtype = wchoice(rng, [('official_letter', 45), ('report', 18), ('notice', 14),
                                              ('decision', 10), ('submission', 7), ('plan', 6)])
                        r = mk(uid, d, 'outgoing', 'administrative', dtype)
                    elif bucket == 'oth':
                        if role == 'committee' and rng.random() < 0.25:
                            r = mk(uid, d, 'outgoing', 'normative', 'decision')
                        else:
                            r = mk(uid, d, 'outgoing', 'other',
                                   wchoice(rng, [('other', 60), ('decision', 25), ('notice', 15)]))
                    else:
                        cls = wchoice(rng, [('administrative', 85), ('normative', 7), ('other', 8)])
                        if cls == 'administrative':
                            dtype = wchoice(rng, [('official_letter', 45), ('plan', 10), ('report', 10),
                                                  ('decision', 12), ('notice', 18), ('other', 5)])
                        else:
                            dtype = 'decision' if cls == 'normative' else 'other'
                        r = mk(uid, d, 'incoming', cls, dtype)
                    if rng.random() < 0.08:
                        r['subject'] = rng.choice(SUBJECTS_OTHER)
                    elif (a.year == 2026 and d >= loc.eff and r['doc_type'] != 'plan'
                          and rng.random() < 0.04):
                        r['subject'] = 'KL226'
                    if a.year == 2025:
                        r['electronic'] = rng.random() < (0.9 if role == 'village' else 0.96)
                        if role in ('committee', 'department') and bucket == 'in' \
                                and rng.random() < 0.01:
                            r['secret'], r['electronic'], r['digitized'] = True, False, False
                    seg.append(r)
            # digitized flags: exact share in 2026 segments
            if a.year == 2026:
                assign_exact(rng, seg, 'digitized', kcount(len(seg), dig))
            else:
                for r in seg:
                    if r['digitized'] is None:
                        r['digitized'] = rng.random() < 0.85
            for r in seg:
                if r['direction'] == 'outgoing':
                    r['digitally_signed'] = bool(r['electronic']) and rng.random() < 0.98
                else:
                    r['digitally_signed'] = (True if rng.random() < 0.9 else None) \
                        if r['electronic'] else False
            out.extend(seg)
    used = {id(r) for r in out}
    missing = [r.get('_tag') for r in specials if id(r) not in used]
    assert not missing, missing
    assign_ids(loc, out, 'doc_id', 'D', 5, lambda r: r['date'])
    return out


def doc_bucket(r):
    if r['direction'] == 'incoming':
        return 'in'
    return 'out' if r['doc_class'] == 'administrative' else 'oth'


def assign_exact(rng, recs, field, k):
    fixed = [r for r in recs if r[field] is not None]
    free = [r for r in recs if r[field] is None]
    need = k - sum(1 for r in fixed if r[field])
    assert 0 <= need <= len(free), (field, k, len(recs), len(fixed))
    chosen = set(rng.sample(range(len(free)), need))
    for i, r in enumerate(free):
        r[field] = i in chosen


def gen_dossiers(loc):
    rng = loc.rng
    out = []
    specials = []
    for s in loc.doss_specials:
        r = blank('dossiers')
        uid = loc.U[s['u']]
        internal = s.get('internal', False)
        r.update(unit_id=uid, procedure_code=rng.choice(PROCS_NB if internal else PROCS_SC),
                 internal=internal, received_date=s['received'], due_date=s['due'],
                 resolved_date=s['resolved'], digital_processing=True, online_full=None,
                 digitized=s.get('digitized'), result_digitized=s.get('result_digitized', True),
                 _tag=s['tag'])
        specials.append(r)
    for n, spec in loc.doss.items():
        uid = loc.U[n]
        role = loc.role[uid]
        internal = spec.get('internal', False)
        pool = PROCS_NB if internal else {'service_center': PROCS_SC, 'economy': PROCS_EC,
                                          'culture_social': PROCS_CS}[role]
        for pi, per in enumerate(('y25', 's1', 's2')):
            a, b = PERIODS[per]
            cnt = spec['n'][pi]
            sp = [r for r in specials if r['unit_id'] == uid and a <= r['received_date'] <= b]
            seg = list(sp)
            for _ in range(cnt - len(sp)):
                d = workday(rng, a, b)
                r = blank('dossiers')
                due = d + TD(rng.choice([3, 5, 7, 10]) if internal else
                             rng.choice([0, 2, 3, 5, 7, 10, 15, 20]))
                res = None
                if d > DATA_END - TD(12) and rng.random() < 0.5:
                    res = None
                elif rng.random() < 0.015:
                    res = None
                elif rng.random() < 0.9:
                    res = d + TD(rng.randint(0, (due - d).days))
                else:
                    res = due + TD(rng.randint(1, 7))
                if res is not None and res > DATA_END:
                    res = None
                r.update(unit_id=uid, procedure_code=rng.choice(pool), internal=internal,
                         received_date=d, due_date=due, resolved_date=res)
                seg.append(r)
            if per == 'y25':
                for r in seg:
                    r['digital_processing'] = rng.random() < 0.9
                    r['online_full'] = r['digital_processing'] and rng.random() < 0.6
                    r['digitized'] = rng.random() < 0.85
            else:
                si = pi - 1

                def seg_k(key, default):
                    v = spec.get(key, default)
                    if isinstance(v, tuple):
                        return v[si]
                    return kcount(len(seg), v)
                assign_exact(rng, seg, 'digital_processing', seg_k('digital', 1.0))
                # fully-online dossiers are a subset of the digitally processed ones
                k_on = seg_k('online', 1.0)
                dig = [r for r in seg if r['digital_processing']]
                nodig = [r for r in seg if not r['digital_processing']]
                for r in nodig:
                    r['online_full'] = False
                assign_exact(rng, dig, 'online_full', k_on)
                assign_exact(rng, seg, 'digitized', seg_k('digitized', 1.0))
            for r in seg:
                if r['resolved_date'] is None:
                    r['result_digitized'] = None
                elif r['result_digitized'] is None:
                    r['result_digitized'] = True if a.year == 2026 else rng.random() < 0.9
            # satisfaction: only dossiers resolved inside the segment can be rated
            eligible = [r for r in seg if r['resolved_date'] is not None
                        and r['resolved_date'] <= b and not r['internal']]
            if 'sat' in spec and per != 'y25':
                rated, unsat = spec['sat'][pi - 1]
            else:
                rated = int(round(len(eligible) * 0.55)) if not internal else 0
                unsat = int(round(rated * 0.012))
            assert rated <= len(eligible)
            idx = rng.sample(range(len(eligible)), rated)
            for j, i in enumerate(idx):
                eligible[i]['satisfaction'] = 'unsatisfied' if j < unsat else 'satisfied'
            out.extend(seg)
    assign_ids(loc, out, 'dossier_id', 'H', 5, lambda r: r['received_date'])
    return out


def gen_reports(loc):
    rng = loc.rng
    out = []

    def mk(uid, subject, period, d, form, to, tag=None):
        r = blank('reports')
        r.update(unit_id=uid, subject=subject, period=period, submitted_date=d, form=form,
                 recipient_unit_id=to)
        if tag:
            r['_tag'] = tag
        out.append(r)
        return r

    office, cs, committee = loc.by_role['office'][0], loc.by_role['culture_social'][0], loc.U[1]
    sc = loc.by_role['service_center'][0]
    senders = [loc.U[1]] + loc.obligated
    months = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 12)]
    for uid in senders:
        n = int(uid.split('-U')[1])
        new = n in loc.new_units or (n in loc.report_paper and loc.report_paper[n][0] is None)
        mon = []
        for (y, m) in months:
            if y == 2025 and new:
                continue
            if uid == committee and m % 3 != 0:
                continue   # the committee reports quarterly upward
            if (y, m) == (2026, 11):
                d = workday(rng, D(2026, 11, 16), DATA_END)
            else:
                d = workday(rng, D(y, m, 18), D(y, m, 26))
            if uid == committee:
                r = mk(uid, 'CCHC', f'{y}-Q{m // 3}', d, 'electronic', None)
            else:
                r = mk(uid, 'CCHC', f'{y}-{m:02d}', d, 'electronic', office if uid != office else committee)
            r['form'] = ('paper' if rng.random() < 0.1 else 'electronic') if y == 2025 else \
                ('data' if rng.random() < 0.15 else 'electronic')
            mon.append(r)
        # where the pack halves reports sent as documents (Ngọc Hà, "báo cáo bằng văn bản": paper
        # or electronic), exact counts: 2025 k paper reports (the rest electronic, all written);
        # 2026 k written reports per window, the rest converted to reports sent as data
        if loc.report_paper:
            p25, p1, p2 = loc.report_paper.get(n, (0, 0, 0))
            groups = [([r for r in mon if r['submitted_date'].year == 2025], p25, 'electronic'),
                      ([r for r in mon if S1[0] <= r['submitted_date'] <= S1[1]], p1, 'data'),
                      ([r for r in mon if S2[0] <= r['submitted_date'] <= S2[1]], p2, 'data')]
            for grp, k, rest in groups:
                if k is None:
                    assert not grp
                    continue
                for r in grp:
                    r['form'] = rest
                for i, r in enumerate(sorted(rng.sample(grp, k), key=lambda r: r['submitted_date'])):
                    r['form'] = 'paper' if rest == 'electronic' or i % 2 == 0 else 'electronic'
        # 2025 half-year and annual CCHC reports
        if not new and uid != committee:
            mk(uid, 'CCHC', '2025-H1', workday(rng, D(2025, 6, 9), D(2025, 6, 13)), 'electronic',
               office if uid != office else committee)
            mk(uid, 'CCHC', '2025', workday(rng, D(2025, 12, 8), D(2025, 12, 12)), 'electronic',
               office if uid != office else committee)
    # quarterly digital-transformation reports of the service centre
    for (y, q) in [(2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1), (2026, 2), (2026, 3)]:
        m = q * 3
        mk(sc, 'CĐS', f'{y}-Q{q}', workday(rng, D(y, m, 20), D(y, m, 27)),
           'data' if rng.random() < 0.5 else 'electronic', committee)
    # KL226 reports: half-year and annual, as designed
    for n, d in loc.kl226_h1.items():
        uid = loc.U[n]
        to = committee if uid == cs else cs
        mk(uid, 'KL226', '2026-H1', d, 'electronic', to,
           tag=f'{uid} KL226 report 2026-H1 submitted {d.isoformat()}')
    for n, d in loc.kl226_y.items():
        uid = loc.U[n]
        to = committee if uid == cs else cs
        mk(uid, 'KL226', '2026', d, 'data', to,
           tag=f'{uid} KL226 report 2026 submitted {d.isoformat()}')
    # the culture-social unit's KL226 quarterly follow-up to the committee
    mk(cs, 'KL226', '2026-Q3', workday(rng, D(2026, 9, 24), D(2026, 9, 30)), 'electronic', committee)
    # the committee's compiled KL226 report upward (no recipient unit in the data)
    mk(committee, 'KL226', '2026-H1', D(2026, 6, 8) if loc.key != 'NH' else D(2026, 6, 26),
       'electronic', None)
    for s in loc.rep_specials:
        mk(loc.U[s['u']], s['subject'], s['period'], s['date'], s['form'], loc.U[s['to']], tag=s['tag'])
    assign_ids(loc, out, 'report_id', 'R', 4, lambda r: r['submitted_date'])
    return out


def gen_tasks(loc):
    rng = loc.rng
    out = []

    def mk(subject, ref, title, lead, person, coord, product, due, done, electronic=True, tag=None):
        r = blank('tasks')
        r.update(subject=subject, ref=ref, title=title, lead_unit_id=lead, responsible_person=person,
                 coordinating_unit_ids=coord, product=product, due_date=due, completed_date=done,
                 electronic=electronic, locality_code=loc.code)
        if tag:
            r['_tag'] = tag
        out.append(r)
        return r

    strict = loc.key in ('AP', 'NH')   # packs that judge tasks: keep the generic ones clean
    for year, cnt in ((2025, 20), (2026, 26)):
        for _ in range(cnt):
            title, product = rng.choice(TASK_POOL)
            lead = rng.choice(loc.obligated)
            others = [u for u in loc.obligated if u != lead]
            coord = ';'.join(sorted(rng.sample(others, rng.randint(0, 2)))) or None
            if year == 2026:
                due = workday(rng, D(2026, 1, 15), D(2026, 12, 18))
            else:
                due = workday(rng, D(2025, 1, 15), D(2025, 12, 26))
            done = None
            x = rng.random()
            if strict and year == 2026:
                if due <= AS2:
                    done = min(due, DATA_END) - TD(rng.randint(0, 12))
                elif x < 0.3:
                    done = workday(rng, D(2026, 11, 2), DATA_END)
            else:
                if x < 0.85:
                    done = due - TD(rng.randint(0, 12))
                elif x < 0.95:
                    done = due + TD(rng.randint(1, 15))
                if done is not None and done > DATA_END:
                    done = None
            subject = rng.choice(SUBJECTS_OTHER) if year == 2025 else \
                rng.choice(['KL226', 'KL226', 'CCHC', 'CĐS', None])
            ref = f'Mục II.{rng.randint(2, 6)}' if subject == 'KL226' else None
            electronic = True if (year == 2026 or rng.random() < 0.9) else False
            if strict and year == 2026 or loc.key == 'NH':
                electronic = True   # Ngọc Hà: only the designed task is off the system
            if loc.key == 'TT' and rng.random() < 0.25:
                motto = rng.choice(['Ngày thứ Năm không giấy', 'Một cửa số', '6 rõ'])
                title = f'{title}; thực hiện chủ đề "{motto}"'
                product = f'{product}; báo cáo "{motto}"'
            mk(subject, ref, title, lead, rng.choice(loc.people), coord, product, due, done,
               electronic)
    U = loc.U
    if loc.task_specials == 'AP':
        q2, q3, q4 = D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)
        P = loc.people
        appendix = [
            # ref, title, lead, coordinating, product, due, completed, person
            ('PL-1', 'Tổ chức tuyên truyền, phổ biến, quán triệt Kết luận số 226-KL/TW', U[3], f'{U[6]};{U[11]}',
             'Hội nghị tuyên truyền, các bài viết, nội dung sinh hoạt cộng đồng', q2, q2, P[1]),
            ('PL-2', 'Rà soát, sửa đổi, bổ sung Quy chế làm việc của UBND xã', U[2], f'{U[3]};{U[4]}',
             'Quy chế làm việc của UBND xã được cập nhật', q2, D(2026, 7, 3), P[0]),
            ('PL-3', 'Xây dựng và thực hiện lịch họp khoa học, hợp lý, giảm thiểu các cuộc họp không cần thiết', U[2], f'{U[3]};{U[4]};{U[5]}',
             'Lịch họp đã được xây dựng và thực hiện', q3, None, P[0]),
            ('PL-4', 'Cắt giảm tối thiểu 10% số lượng hội nghị, cuộc họp mỗi năm; tăng cường họp trực tuyến, họp không giấy', U[2], f'{U[3]};{U[4]}',
             'Các cuộc họp trực tuyến đạt 60%', q4, None, P[2]),
            ('PL-5', 'Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình', U[5], f'{U[3]};{U[4]}',
             'Cung cấp dịch vụ công trực tuyến', q4, D(2026, 10, 15), P[3]),
            ('PL-7', 'Xây dựng kế hoạch kiểm tra công vụ, giám sát việc thực hiện nhiệm vụ công vụ tại UBND xã', U[2], f'{U[4]}',
             'Kế hoạch kiểm tra, báo cáo kết quả kiểm tra công vụ', q4, None, P[0]),
            ('PL-8', 'Nâng cao năng lực số cho cán bộ, công chức', f'{U[3]};{U[2]}', None,
             'Các lớp đào tạo kỹ năng số', q4, D(2026, 9, 25), P[1]),
            ('PL-9', 'Tăng cường công tác giám sát, phát huy vai trò giám sát của Nhân dân', U[1], f'{U[11]};{U[12]}',
             'Số lượng ý kiến phản ánh từ Nhân dân, báo cáo kết quả giám sát', q4, None, None),
            ('PL-10', 'Đảm bảo tính minh bạch trong việc xử lý, giải quyết phản ánh, khiếu nại của Nhân dân', U[5], f'{U[4]}',
             'Kết quả xử lý phản ánh, khiếu nại của công dân', q4, None, P[3]),
            ('PL-11', 'Xử lý nghiêm các hành vi nhũng nhiễu, gây phiền hà trong hoạt động công vụ', U[2], f'{U[3]};{U[4]}',
             'Báo cáo xử lý các hành vi vi phạm, nhũng nhiễu', None, None, P[4]),
            ('PL-12', 'Đẩy mạnh cải cách thủ tục hành chính, số hóa hồ sơ, văn bản đạt từ 96% trở lên', U[5], f'{U[3]};{U[4]}',
             'Số lượng thủ tục hành chính xử lý trực tuyến, số hóa hồ sơ', q4, None, P[3]),
            ('PL-13', 'Phát huy vai trò của các tổ chức chính trị - xã hội trong giám sát việc thực hiện công vụ', U[11], f'{U[12]}',
             'Số lượng cuộc giám sát, phản biện của MTTQ', q4, None, P[5]),
        ]
        notes = {'PL-1': 'completed on its deadline 2026-06-30 (ok)',
                 'PL-2': 'completed 2026-07-03, after its deadline 2026-06-30',
                 'PL-3': 'open, deadline 2026-09-30 passed',
                 'PL-5': 'completed 2026-10-15 (ok)',
                 'PL-7': 'lead unit is the office; the appendix names Phòng Văn hóa - Xã hội',
                 'PL-8': 'two lead units',
                 'PL-9': 'no responsible person',
                 'PL-11': 'continuous: no due date'}
        for ref, title, lead, coord, product, due, done, person in appendix:
            mk('KL226', ref, title, lead, person, coord, product, due, done,
               tag=f'AP {ref}: {notes.get(ref, "open, deadline 2026-12-31")}')
        P = loc.people
        mk('CCHC', None, 'Rà soát, công khai thủ tục hành chính tại Bộ phận một cửa', U[5], P[3], None,
           'Danh mục TTHC được công khai', D(2026, 5, 15), D(2026, 5, 19),
           tag='AP task completed late (due 2026-05-15, done 2026-05-19)')
        mk('KL226', 'Mục II.3', 'Tổng hợp số liệu hội nghị, cuộc họp 5 tháng đầu năm', U[2], P[0], U[3],
           'Báo cáo số liệu', D(2026, 6, 5), D(2026, 6, 12),
           tag='AP task due 2026-06-05, done 2026-06-12 (open past due on 2026-06-10, late)')
        mk('CĐS', None, 'Cập nhật dữ liệu hộ tịch điện tử', U[3], P[1], U[5],
           'Dữ liệu hộ tịch được cập nhật', D(2026, 8, 31), None,
           tag='AP task open, due 2026-08-31 passed')
        mk('CCHC', None, 'Chuẩn bị hồ sơ kiểm tra cải cách hành chính', U[2], P[0], U[3],
           'Hồ sơ kiểm tra', D(2026, 6, 15), D(2026, 6, 15),
           tag='AP task due 2026-06-15 (within 7 days of 2026-06-10), done on its due date')
    if loc.task_specials == 'NH':
        P = loc.people
        mk('KL226', 'Mục II.2', 'Rà soát, phân công nhiệm vụ theo nguyên tắc "6 rõ"', U[2], P[0], U[3],
           None, D(2026, 6, 9), D(2026, 6, 8), tag='NH task without a product')
        mk('KL226', 'Mục II.4', 'Cập nhật bảng điều hành điện tử (Dashboard) của phường', None, P[1], f'{U[2]};{U[5]}',
           'Dashboard được cập nhật', D(2026, 7, 31), D(2026, 7, 28), tag='NH task without a lead unit')
        mk('KL226', 'Mục II.4', 'Số hóa 100% thủ tục hành chính nội bộ', f'{U[3]};{U[4]}', P[2], U[2],
           'Danh mục TTHC nội bộ được số hóa', D(2026, 8, 31), D(2026, 8, 20), tag='NH task with two lead units')
        mk('KL226', 'Mục II.3', 'Rà soát, cắt giảm báo cáo bằng văn bản', U[2], None, U[3],
           'Danh mục báo cáo được cắt giảm', D(2026, 9, 30), D(2026, 9, 25), tag='NH task without a responsible person')
        mk('KL226', 'Mục II.1', 'Tuyên truyền Kết luận 226-KL/TW tại các tổ dân phố', U[3], P[3], None,
           'Các buổi sinh hoạt tổ dân phố', None, None, tag='NH task without a due date')
        mk('CCHC', None, 'Tổng hợp ý kiến cử tri về thủ tục hành chính', U[5], P[4], U[2],
           'Báo cáo tổng hợp', D(2026, 6, 9), D(2026, 6, 9), electronic=False,
           tag='NH task handled on paper (electronic = no)')
    assign_ids(loc, out, 'task_id', 'T', 3, lambda r: r['due_date'] or D(9999, 1, 1))
    return out


def gen_feedback(loc):
    rng = loc.rng
    out = []
    units = [(loc.by_role['service_center'][0], 50), (loc.by_role['economy'][0], 25),
             (loc.by_role['culture_social'][0], 15), (loc.by_role['office'][0], 10)]
    strict = loc.key == 'AP'
    for per, cnt in (('y25', 40), ('s1', 18), ('s2', 18)):
        a, b = PERIODS[per]
        for _ in range(cnt):
            d = workday(rng, a, b)
            due = d + TD(rng.choice([10, 14, 15, 30]))
            x = rng.random()
            ans = None
            if strict and a.year == 2026:
                if due <= D(2026, 11, 24):
                    ans = min(due, d + TD(rng.randint(1, (due - d).days)))
                    if ans > DATA_END:
                        due = due + TD(14)   # keep it not yet due on the last as-of date
                        ans = None
                elif x < 0.5:
                    ans = d + TD(rng.randint(1, 4))
                    ans = None if ans > DATA_END else ans
            else:
                if x < 0.9:
                    ans = d + TD(rng.randint(1, (due - d).days))
                elif x < 0.96:
                    ans = due + TD(rng.randint(1, 10))
                if ans is not None and ans > DATA_END:
                    ans = None
            r = blank('feedback')
            r.update(unit_id=wchoice(rng, units), received_date=d, due_date=due, answered_date=ans)
            out.append(r)
    for s in loc.fb_specials:
        r = blank('feedback')
        r.update(unit_id=loc.U[s['u']], received_date=s['received'], due_date=s['due'],
                 answered_date=s['answered'], _tag=s['tag'])
        out.append(r)
    assign_ids(loc, out, 'feedback_id', 'F', 4, lambda r: r['received_date'])
    return out


def gen_schedules(loc):
    rng = loc.rng
    out = []
    sp = loc.sched or {}
    for m in mondays(D(2025, 1, 1), D(2026, 11, 23)):
        if m in sp.get('missing', []):
            continue
        if m in sp.get('late', {}):
            pub = sp['late'][m]
        elif m in sp.get('fixed', {}):
            pub = sp['fixed'][m]
        else:
            pub = m - TD(wchoice(rng, [(3, 70), (4, 15), (0, 15)]))
        if pub > DATA_END:
            pub = m - TD(3)
        r = blank('schedules')
        r.update(locality_code=loc.code, week_start=m, published_date=pub)
        out.append(r)
    return out


def gen_baselines(loc, meetings, documents, reports):
    out = []
    per_unit = {}
    for n, metric, v in loc.baselines:
        per_unit[(loc.U[n], metric)] = v
        r = blank('baselines')
        r.update(scope=loc.U[n], metric=metric, year=2025, value=v)
        out.append(r)
    # the locality total = sum of the units' 2025 totals (their baseline, else their records)
    for metric in loc.loc_baselines:
        total = 0
        for uid in loc.U.values():
            if (uid, metric) in per_unit:
                total += per_unit[(uid, metric)]
            else:
                total += count_metric(metric, uid, 2025, meetings, documents, reports)
        r = blank('baselines')
        r.update(scope=loc.code, metric=metric, year=2025, value=total)
        out.append(r)
    return out


def count_metric(metric, uid, year, meetings, documents, reports, upto=None):
    upto = upto or D(year, 12, 31)
    a = D(year, 1, 1)
    if metric in ('conferences', 'meetings'):
        cat = 'conference' if metric == 'conferences' else 'meeting'
        return sum(1 for r in meetings if r['unit_id'] == uid and r['role'] == 'host'
                   and r['category'] == cat and a <= r['start_date'] <= upto)
    if metric == 'administrative_documents':
        return sum(1 for r in documents if r['unit_id'] == uid and r['direction'] == 'outgoing'
                   and r['doc_class'] == 'administrative' and a <= r['date'] <= upto)
    if metric in ('written_reports', 'paper_reports'):
        forms = ('paper', 'electronic') if metric == 'written_reports' else ('paper',)
        return sum(1 for r in reports if r['unit_id'] == uid and r['form'] in forms
                   and a <= r['submitted_date'] <= upto)
    raise ValueError(metric)


def generate(loc):
    prov = blank('localities')
    prov.update(code=loc.prov[0], name=loc.prov[1], level='province')
    com = blank('localities')
    com.update(code=loc.code, name=loc.name, level=loc.level, parent_code=loc.prov[0], pack=loc.pack)
    units = []
    for n, nm, role in loc.units:
        r = blank('units')
        r.update(unit_id=loc.U[n], locality_code=loc.code, name=nm, role=role)
        units.append(r)
    meetings = gen_meetings(loc)
    baseline_docs_units = {loc.U[n] for n, m, _ in loc.baselines if m == 'administrative_documents'}
    documents = gen_documents(loc, baseline_docs_units)
    dossiers = gen_dossiers(loc)
    reports = gen_reports(loc)
    tasks = gen_tasks(loc)
    feedback = gen_feedback(loc)
    schedules = gen_schedules(loc)
    baselines = gen_baselines(loc, meetings, documents, reports)
    return {'localities': [prov, com], 'units': units, 'meetings': meetings,
            'documents': documents, 'dossiers': dossiers, 'reports': reports, 'tasks': tasks,
            'feedback': feedback, 'schedules': schedules, 'baselines': baselines}


# ----------------------------------------------------------------------------------------------
# validation against the invariants of data-model.md


def validate(ds, name):
    errs = []
    ids = {}
    for t in TABLES:
        rows = ds[t]
        for i, r in enumerate(rows):
            assert list(k for k in r if not k.startswith('_')) == COLUMNS[t], (name, t, list(r))
            for c in REQUIRED[t]:
                if r[c] is None or r[c] == '':
                    errs.append(f'{name} {t} row {i}: required {c} empty')
            for c in COLUMNS[t]:
                v = r[c]
                if v is None:
                    continue
                if c in DATE_COLS:
                    assert isinstance(v, D), (t, c, v)
                    if not (D(2025, 1, 1) <= v <= D(2026, 12, 31)):
                        errs.append(f'{name} {t} {c} out of range {v}')
                elif c in BOOL_COLS:
                    assert isinstance(v, bool), (t, c, v)
                elif c in INT_COLS:
                    assert isinstance(v, int) and not isinstance(v, bool) and v >= 0, (t, c, v)
                elif c in DEC_COLS:
                    assert isinstance(v, float) and v > 0, (t, c, v)
                else:
                    assert isinstance(v, str) and v == v.strip() and '\n' not in v, (t, c, v)
                if (t, c) in ENUMS and v not in ENUMS[(t, c)]:
                    errs.append(f'{name} {t} {c} unknown enum {v}')
        if t in ID_COL:
            seen = set()
            for r in rows:
                k = r[ID_COL[t]]
                if k in seen:
                    errs.append(f'{name} {t} duplicate id {k}')
                seen.add(k)
            ids[t] = seen
    loc_codes = ids['localities']
    unit_ids = ids['units']
    for r in ds['localities']:
        if r['parent_code'] is not None and r['parent_code'] not in loc_codes:
            errs.append(f'{name} locality parent {r["parent_code"]}')
        if r['level'] in ('commune', 'ward') and (r['parent_code'] is None or r['pack'] is None):
            errs.append(f'{name} commune {r["code"]} without parent/pack')
    for r in ds['units']:
        if r['locality_code'] not in loc_codes:
            errs.append(f'{name} unit locality {r["locality_code"]}')
    for t in ('meetings', 'documents', 'dossiers', 'reports', 'feedback'):
        for r in ds[t]:
            if r['unit_id'] not in unit_ids:
                errs.append(f'{name} {t} unknown unit {r["unit_id"]}')
    for r in ds['reports']:
        if r['recipient_unit_id'] is not None and r['recipient_unit_id'] not in unit_ids:
            errs.append(f'{name} report recipient {r["recipient_unit_id"]}')
    for r in ds['tasks']:
        for c in ('lead_unit_id', 'coordinating_unit_ids'):
            if r[c]:
                for u in r[c].split(';'):
                    if u not in unit_ids:
                        errs.append(f'{name} task {r["task_id"]} {c} unknown {u}')
        if r['locality_code'] not in loc_codes:
            errs.append(f'{name} task locality {r["locality_code"]}')
    for r in ds['meetings']:
        if r['discussion_minutes'] is not None:
            if r['total_minutes'] is None or r['discussion_minutes'] > r['total_minutes']:
                errs.append(f'{name} meeting {r["meeting_id"]} discussion > total')
        if r['role'] == 'host' and (r['organizer_level'] is not None or r['attended'] is not None):
            errs.append(f'{name} meeting {r["meeting_id"]} host with attendee fields')
        if r['role'] == 'attendee' and (r['organizer_level'] is None or r['attended'] is None):
            errs.append(f'{name} meeting {r["meeting_id"]} attendee without level/attended')
        if r['start_date'] > DATA_END:
            errs.append(f'{name} meeting after the data end')
    for r in ds['dossiers']:
        if r['due_date'] < r['received_date']:
            errs.append(f'{name} dossier {r["dossier_id"]} due < received')
        if r['resolved_date'] is not None and not (r['received_date'] <= r['resolved_date'] <= DATA_END):
            errs.append(f'{name} dossier {r["dossier_id"]} resolved out of range')
        if r['online_full'] and not r['digital_processing']:
            errs.append(f'{name} dossier {r["dossier_id"]} online_full without digital processing')
        if r['satisfaction'] is not None and r['resolved_date'] is None:
            errs.append(f'{name} dossier {r["dossier_id"]} rated while open')
        if r['received_date'] > DATA_END:
            errs.append(f'{name} dossier after the data end')
    for r in ds['feedback']:
        if r['due_date'] < r['received_date']:
            errs.append(f'{name} feedback {r["feedback_id"]} due < received')
        if r['answered_date'] is not None and not (r['received_date'] <= r['answered_date'] <= DATA_END):
            errs.append(f'{name} feedback {r["feedback_id"]} answered out of range')
    for r in ds['documents']:
        if r['date'] > DATA_END:
            errs.append(f'{name} document after the data end')
    for r in ds['reports']:
        if r['submitted_date'] > DATA_END:
            errs.append(f'{name} report after the data end')
        if not re.fullmatch(r'\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?', r['period']):
            errs.append(f'{name} report period {r["period"]}')
    for r in ds['tasks']:
        if r['completed_date'] is not None and r['completed_date'] > DATA_END:
            errs.append(f'{name} task completed after the data end')
    for r in ds['schedules']:
        if r['week_start'].weekday() != 0:
            errs.append(f'{name} schedule week_start not a Monday {r["week_start"]}')
        if r['locality_code'] not in loc_codes:
            errs.append(f'{name} schedule locality')
        if r['published_date'] > DATA_END:
            errs.append(f'{name} schedule published after the data end')
    seen = set()
    for r in ds['schedules']:
        k = (r['locality_code'], r['week_start'])
        if k in seen:
            errs.append(f'{name} duplicate schedule {k}')
        seen.add(k)
    seen = set()
    for r in ds['baselines']:
        if r['scope'] not in unit_ids and r['scope'] not in loc_codes:
            errs.append(f'{name} baseline scope {r["scope"]}')
        k = (r['scope'], r['metric'], r['year'])
        if k in seen:
            errs.append(f'{name} duplicate baseline {k}')
        seen.add(k)
    assert not errs, '\n'.join(errs[:30])


# ----------------------------------------------------------------------------------------------
# writing and reading back


class Fmt:
    def __init__(self, delim=',', bom=False, eol='\n', dates='iso', bools=('1', '0')):
        self.delim, self.bom, self.eol, self.dates, self.bools = delim, bom, eol, dates, bools

    def date(self, d, row, col):
        if self.dates == 'iso':
            return d.isoformat()
        if self.dates == 'dmy':
            return f'{d.day:02d}/{d.month:02d}/{d.year}'
        # mixed: every third date cell in d/m/yyyy without padding
        if (row + col) % 3 == 0:
            return f'{d.day}/{d.month}/{d.year}'
        return d.isoformat()

    def cell(self, v, c, row, col):
        if v is None:
            return ''
        if c in DATE_COLS:
            return self.date(v, row, col)
        if c in BOOL_COLS:
            return self.bools[0] if v else self.bools[1]
        if c in DEC_COLS:
            return '%g' % v
        return str(v)


def clean(r, t):
    return {c: r[c] for c in COLUMNS[t]}


def csv_bytes(rows, t, fmt):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=fmt.delim, lineterminator=fmt.eol, quoting=csv.QUOTE_MINIMAL)
    w.writerow(COLUMNS[t])
    for i, r in enumerate(rows):
        w.writerow([fmt.cell(r[c], c, i, j) for j, c in enumerate(COLUMNS[t])])
    data = buf.getvalue().encode('utf-8')
    return (b'\xef\xbb\xbf' + data) if fmt.bom else data


def parse_cell(s, c, fmt):
    if s == '':
        return None
    if c in DATE_COLS:
        m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', s)
        if m:
            return D(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})', s)
        assert m, (c, s)
        return D(int(m[3]), int(m[2]), int(m[1]))
    if c in BOOL_COLS:
        low = s.lower()
        assert low in (fmt.bools[0].lower(), fmt.bools[1].lower()), (c, s)
        return low == fmt.bools[0].lower()
    if c in INT_COLS:
        return int(s)
    if c in DEC_COLS:
        return float(s)
    return s


def check_csv(path, rows, t, fmt):
    with open(path, 'rb') as f:
        raw = f.read()
    assert raw.startswith(b'\xef\xbb\xbf') == fmt.bom
    text = raw.decode('utf-8-sig')
    rd = list(csv.reader(io.StringIO(text, newline=''), delimiter=fmt.delim))
    assert rd[0] == COLUMNS[t], (path, rd[0])
    assert len(rd) - 1 == len(rows), path
    for got, want in zip(rd[1:], rows):
        rec = {c: parse_cell(v, c, fmt) for c, v in zip(COLUMNS[t], got)}
        assert rec == clean(want, t), (path, got, clean(want, t))


def json_value(v, c):
    if v is None:
        return None
    if c in DATE_COLS:
        return v.isoformat()
    return v


def write_json(path, ds):
    parts = ['{']
    for ti, t in enumerate(TABLES):
        parts.append(f'"{t}": [')
        rows = ds[t]
        for i, r in enumerate(rows):
            obj = {c: json_value(r[c], c) for c in COLUMNS[t]}
            line = json.dumps(obj, ensure_ascii=False, separators=(', ', ': '))
            parts.append(line + (',' if i < len(rows) - 1 else ''))
        parts.append(']' + (',' if ti < len(TABLES) - 1 else ''))
    parts.append('}')
    data = ('\n'.join(parts) + '\n').encode('utf-8')
    with open(path, 'wb') as f:
        f.write(data)
    # read back
    with open(path, encoding='utf-8') as f:
        back = json.load(f)
    assert list(back) == TABLES
    for t in TABLES:
        assert len(back[t]) == len(ds[t])
        for got, want in zip(back[t], ds[t]):
            rec = {c: (parse_cell(got[c], c, Fmt()) if (c in DATE_COLS and got[c] is not None)
                       else got[c]) for c in COLUMNS[t]}
            w = clean(want, t)
            for c in DEC_COLS & set(w):
                rec[c] = float(rec[c])
            assert rec == w, (t, got)
    return len(data)


def write_csv_set(folder, ds, fmt):
    os.makedirs(folder, exist_ok=True)
    total = 0
    for t in TABLES:
        path = os.path.join(folder, f'{t}.csv')
        data = csv_bytes(ds[t], t, fmt)
        with open(path, 'wb') as f:
            f.write(data)
        check_csv(path, ds[t], t, fmt)
        total += len(data)
    return total


# ----------------------------------------------------------------------------------------------
# reference evaluator: the figures each designed case rests on (my reading of requirements.md)

PACKS = {
    'SLL': dict(online=(0.60, ('conference',), False), red_meet=(0.10, ('conference',)),
                elec=True, dig_share=0.95, doc_dig=0.95, unit_plan=D(2026, 5, 31),
                semi=D(2026, 6, 4), annual=D(2026, 12, 4), obligated='ubnd'),
    'YD': dict(online=(0.60, ('conference',), False), red_meet=(0.10, ('conference',)),
               meeting_online=(0.60, ('meeting',), True), meeting_red=(0.10, ('meeting',)),
               red_docs=0.15, online_full=(0.95, False), result_dig=1.0, elec=True,
               attendance=('province', 'vertical'), materials=True, discussion=0.70,
               dig_share=0.95, doc_dig=0.95, unit_plan='nodate',
               semi=D(2026, 6, 4), annual=D(2026, 12, 4), obligated='ubnd'),
    'AP': dict(online=(0.60, ('conference',), False), red_meet=(0.10, ('conference',)),
               dig_share=0.95, doc_dig=0.95, online_full=(0.98, True), elec=True,
               satisfaction=(0.99, True), tasks_on_time=True, feedback=True, doss_digitized=0.96,
               doc_dig_pl12=0.96, ownership=True, continuous_refs=('PL-11',), dossiers_on_time=True,
               semi=D(2026, 6, 4), annual=D(2026, 12, 4), obligated=('culture_social',),
               tasks_deadline=True),
    'TT': dict(online=(0.60, ('conference',), False), red_meet=(0.10, ('conference',)),
               red_docs=0.15, dig_share=0.95, doc_dig=0.95, elec=True, rep_elec=True,
               doss_digitized=0.95, result_dig=0.95,
               semi='nodate', annual='nodate', obligated=('culture_social',)),
    'NH': dict(online=(0.60, ('conference',), False), red_meet=(0.10, ('conference',)),
               online_full=(0.95, False), tasks_elec=True, red_docs=0.15, written_red=0.50,
               internal_dig=True, elec=True, dig_share=0.95, doc_dig=0.95, ownership=True,
               tasks_on_time=True, schedule=True, semi=D(2026, 5, 31), annual=D(2026, 11, 30), obligated='ubnd'),
}
LIMITS = {'dissemination': 0.5, 'professional': 1.0, 'discussion': 1.5}
# requirements §6.1: targets "các cơ quan, đơn vị thuộc UBND" bind the administrative units; villages
# and the Front are neither judged one by one nor counted in the locality's totals.
ADMIN = {'committee', 'office', 'culture_social', 'economy', 'department', 'service_center',
         'public_service'}
APPENDIX_DUE = {'PL-1': D(2026, 6, 30), 'PL-2': D(2026, 6, 30), 'PL-3': D(2026, 9, 30),
                'PL-11': None}
for _n in (4, 5, 6, 7, 8, 9, 10, 12, 13):
    APPENDIX_DUE[f'PL-{_n}'] = D(2026, 12, 31)


def pct(k, n):
    return f'{k}/{n} = {100.0 * k / n:.2f}%' if n else '0/0'


def share_class(k, n, t, strict=False):
    if n == 0:
        return 'info'
    s = k / n
    ok = s > t + 1e-12 if strict else s >= t - 1e-12
    if ok:
        return 'pass'
    return 'violation' if t >= 1.0 else 'warning'


def reduction_class(base, ytd, target, asof):
    if base is None:
        return 'warning', None, None
    allow = (1 - target) * base
    proj = ytd * 365 / doy(asof)
    if ytd > allow + 1e-9:
        return 'violation', allow, proj
    if proj > allow + 1e-9:
        return 'warning', allow, proj
    return 'pass', allow, proj


def deadline_class(sub, last_ok, asof, window=7):
    if sub is not None and sub <= asof:
        return 'pass' if sub <= last_ok else 'violation'
    if asof > last_ok:
        return 'violation'
    if (last_ok - asof).days <= window:
        return 'warning'
    return 'pending'


def evaluate(loc, ds, out, expect):
    P = PACKS[loc.key]
    units = [r['unit_id'] for r in ds['units']]
    scopes = units + [None]
    base_map = {(r['scope'], r['metric']): r['value'] for r in ds['baselines']}
    H = [r for r in ds['meetings'] if r['role'] == 'host']

    def in_unit(r, u):
        return u is None or r['unit_id'] == u

    adm_units = [u for u in units if loc.role[u] in ADMIN]
    ascopes = adm_units + [None]

    def in_adm(r, u, col='unit_id'):
        # a record of unit u, or (u None) of any administrative unit
        if u is not None:
            return r[col] == u
        return r[col] in loc.role and loc.role[r[col]] in ADMIN

    def lead_adm(r):
        # a task with one known lead unit outside ADMIN is set aside; no lead or several: judged
        lead = r['lead_unit_id']
        return not lead or ';' in lead or lead not in loc.role or loc.role[lead] in ADMIN

    def ok_format(fmt, paperless, count_paperless):
        return fmt in ('online', 'hybrid') or (count_paperless and bool(paperless))

    def lbl(u):
        return u or f'{loc.code} (locality)'
    out.append(f'\n## {loc.name} — `{loc.pack}` (locality `{loc.code}`, effective {loc.eff})\n')
    for asof in ASOF:
        Y0 = D(2026, 1, 1)
        out.append(f'\n### as of {asof}\n')

        def res(rule, u, cls, text):
            expect[(loc.key, rule, u, asof)] = cls
            out.append(f'| {rule} | {lbl(u)} | {text} | {cls} |')
        out.append('| rule | unit | figures | intended |')
        out.append('|---|---|---|---|')
        # meetings.online_share (conferences; Yên Định also meetings, a separate target)
        for rule, key in (('meetings.online_share', 'online'), ('meetings.meeting_online_share', 'meeting_online')):
            if key not in P:
                continue
            t, cats, count_paperless = P[key]
            for u in ascopes:
                recs = [r for r in H if in_adm(r, u) and r['category'] in cats and Y0 <= r['start_date'] <= asof]
                if u is not None and not recs:
                    continue
                k = sum(1 for r in recs if ok_format(r['format'], r['paperless'], count_paperless))
                res(rule, u, share_class(k, len(recs), t), pct(k, len(recs)))
        # meetings.reduction (conferences; Yên Định also meetings, a separate target)
        metrics = {'conference': 'conferences', 'meeting': 'meetings'}
        for rule, key in (('meetings.reduction', 'red_meet'), ('meetings.meeting_reduction', 'meeting_red')):
            if key not in P:
                continue
            t, cats = P[key]
            for u in ascopes:
                ytd = sum(1 for r in H if in_adm(r, u) and r['category'] in cats and Y0 <= r['start_date'] <= asof)
                base, src = 0, []
                for cat in cats:
                    m = metrics[cat]
                    scope = u or loc.code
                    if (scope, m) in base_map:
                        base += base_map[(scope, m)]
                        src.append(f'{m} baseline')
                    else:
                        have = any(r['start_date'].year == 2025 and in_adm(r, u) for r in H)
                        if not have:
                            base = None
                            break
                        base += sum(1 for r in H if in_adm(r, u) and r['category'] == cat and r['start_date'].year == 2025)
                        src.append(f'{m} 2025 records')
                cls, allow, proj = reduction_class(base, ytd, t, asof)
                if base is None:
                    res(rule, u, cls, f'2026 to date {ytd}; no baseline and no 2025 records')
                else:
                    res(rule, u, cls, f'2025 {base} ({", ".join(src)}) → allowance {allow:.1f}; 2026 to date {ytd}, pace {proj:.1f}')
        # meetings.duration: conferences (requirements §6.2); materials, discussion share: all hosted
        eff_recs = [r for r in H if loc.eff <= r['start_date'] <= asof and in_adm(r, None)]
        conf = [r for r in eff_recs if r['category'] == 'conference']
        bad = [r['meeting_id'] for r in conf if r['kind'] in LIMITS and r['duration_days'] > LIMITS[r['kind']] + 1e-9]
        res('meetings.duration', None, 'violation' if bad else 'pass', f'{len(conf)} hosted conferences since {loc.eff}; over the limit: {", ".join(bad) or "none"}')
        if P.get('materials'):
            late = [r['meeting_id'] for r in eff_recs if r['materials_sent_date'] is not None and r['materials_sent_date'] > r['start_date'] - TD(1)]
            miss = [r['meeting_id'] for r in eff_recs if r['materials_sent_date'] is None]
            res('meetings.materials_in_advance', None, 'violation' if late else ('warning' if miss else 'pass'),
                f'late: {", ".join(late) or "none"}; missing: {", ".join(miss) or "none"}')
            low = [r['meeting_id'] for r in eff_recs if r['total_minutes'] and r['discussion_minutes'] is not None and r['discussion_minutes'] / r['total_minutes'] < P['discussion'] - 1e-12]
            miss = [r['meeting_id'] for r in eff_recs if r['total_minutes'] is None or r['discussion_minutes'] is None]
            res('meetings.discussion_share', None, 'violation' if low else ('warning' if miss else 'pass'),
                f'below 70%: {", ".join(low) or "none"}; no minutes: {", ".join(miss) or "none"}')
        if P.get('attendance'):
            inv = [r for r in ds['meetings'] if r['role'] == 'attendee' and r['organizer_level'] in P['attendance']
                   and r['format'] in ('online', 'hybrid') and Y0 <= r['start_date'] <= asof and in_adm(r, None)]
            miss = [r['meeting_id'] for r in inv if not r['attended']]
            res('meetings.online_attendance', None, 'violation' if miss else 'pass',
                f'{len(inv) - len(miss)}/{len(inv)} attended; missed: {", ".join(miss) or "none"}')
        # documents
        docs26 = [r for r in ds['documents'] if Y0 <= r['date'] <= asof and in_adm(r, None)]
        if P.get('elec'):
            for u in ascopes:
                recs = [r for r in docs26 if in_unit(r, u) and not r['secret']]
                paper = [r['doc_id'] for r in recs if not r['electronic']]
                cls = share_class(len(recs) - len(paper), len(recs), 1.0)
                if paper or u is None:
                    res('documents.electronic_exchange', u, cls, f'{pct(len(recs) - len(paper), len(recs))}; paper: {", ".join(paper) or "none"}')
                else:
                    expect[(loc.key, 'documents.electronic_exchange', u, asof)] = cls
        for rule, key in (('documents.digitized_share', 'doc_dig'), ('documents.digitized_share_pl12', 'doc_dig_pl12')):
            if key not in P:
                continue
            for u in ascopes:
                recs = [r for r in docs26 if in_unit(r, u)]
                if u is not None and not recs:
                    continue
                k = sum(1 for r in recs if r['digitized'])
                res(rule, u, share_class(k, len(recs), P[key]), pct(k, len(recs)))
        if P.get('red_docs'):
            for u in ascopes:
                ytd = sum(1 for r in docs26 if in_unit(r, u) and r['direction'] == 'outgoing' and r['doc_class'] == 'administrative')
                scope = u or loc.code
                if (scope, 'administrative_documents') in base_map:
                    base, src = base_map[(scope, 'administrative_documents')], 'baseline'
                elif any(r['date'].year == 2025 and in_adm(r, u) for r in ds['documents']):
                    base = sum(1 for r in ds['documents'] if in_adm(r, u) and r['date'].year == 2025 and r['direction'] == 'outgoing' and r['doc_class'] == 'administrative')
                    src = '2025 records'
                else:
                    base, src = None, None
                cls, allow, proj = reduction_class(base, ytd, P['red_docs'], asof)
                if base is None:
                    res('documents.reduction', u, cls, f'2026 to date {ytd}; no baseline and no 2025 records')
                else:
                    res('documents.reduction', u, cls, f'2025 {base} ({src}) → allowance {allow:.1f}; 2026 to date {ytd}, pace {proj:.1f}')
        # dossiers
        dos = [r for r in ds['dossiers'] if Y0 <= r['received_date'] <= asof and in_adm(r, None)]
        doss_units = sorted({r['unit_id'] for r in dos}) + [None]
        for u in doss_units:
            recs = [r for r in dos if in_unit(r, u)]
            k = sum(1 for r in recs if r['digital_processing'])
            res('dossiers.digital_share', u, share_class(k, len(recs), P['dig_share']), pct(k, len(recs)))
        if P.get('online_full'):
            t, strict = P['online_full']
            for u in doss_units:
                recs = [r for r in dos if in_unit(r, u)]
                k = sum(1 for r in recs if r['online_full'])
                res('dossiers.online_share', u, share_class(k, len(recs), t, strict), pct(k, len(recs)) + (' (strict >)' if strict else ''))
        if P.get('doss_digitized'):
            for u in doss_units:
                recs = [r for r in dos if in_unit(r, u)]
                k = sum(1 for r in recs if r['digitized'])
                c = share_class(k, len(recs), P['doss_digitized'])
                res('dossiers.digitized_share', u, c, pct(k, len(recs)) + (' (2026 target, judged at 2026-12-31)' if loc.key == 'AP' else ''))
        if P.get('dossiers_on_time'):
            # each dossier due on or after the effective date, resolved by its due date
            due = [r for r in ds['dossiers'] if r['due_date'] >= loc.eff and r['received_date'] <= asof and in_adm(r, None)]
            late = [r['dossier_id'] for r in due if r['resolved_date'] is not None and r['resolved_date'] <= asof and r['resolved_date'] > r['due_date']]
            open_past = [r['dossier_id'] for r in due if (r['resolved_date'] is None or r['resolved_date'] > asof) and r['due_date'] < asof]
            soon = [r['dossier_id'] for r in due if (r['resolved_date'] is None or r['resolved_date'] > asof) and 0 <= (r['due_date'] - asof).days <= 7]
            res('dossiers.on_time', None, 'violation' if late or open_past else ('warning' if soon else 'pass'),
                f'{len(due)} due since {loc.eff}; resolved late: {len(late)} ({", ".join(late[:10]) or "none"}{" …" if len(late) > 10 else ""}); '
                f'open past due: {len(open_past)} ({", ".join(open_past[:10]) or "none"}{" …" if len(open_past) > 10 else ""}); due within 7 days: {len(soon)}')
        if P.get('result_dig') == 1.0:
            recs = [r for r in dos if r['resolved_date'] is not None and r['resolved_date'] <= asof]
            bad = [r['dossier_id'] for r in recs if not r['result_digitized']]
            res('dossiers.result_digitized', None, 'violation' if bad else 'pass', f'{len(recs) - len(bad)}/{len(recs)}; not digitized: {", ".join(bad) or "none"}')
        elif P.get('result_dig'):
            # a share under 100% (Thiên Tân IV.5: ≥ 95%), by the resolution date
            resolved = [r for r in ds['dossiers'] if r['resolved_date'] is not None and Y0 <= r['resolved_date'] <= asof and in_adm(r, None)]
            for u in sorted({r['unit_id'] for r in resolved}) + [None]:
                recs = [r for r in resolved if in_unit(r, u)]
                k = sum(1 for r in recs if r['result_digitized'])
                res('dossiers.result_digitized', u, share_class(k, len(recs), P['result_dig']), pct(k, len(recs)))
        if P.get('internal_dig'):
            recs = [r for r in dos if r['internal'] and r['received_date'] >= Y0]
            bad = [r['dossier_id'] for r in recs if not r['digitized']]
            res('dossiers.internal_digitized', None, 'violation' if bad else 'pass', f'{len(recs) - len(bad)}/{len(recs)}; not digitized: {", ".join(bad) or "none"}')
        if P.get('satisfaction'):
            t, strict = P['satisfaction']
            for u in doss_units:
                recs = [r for r in dos if in_unit(r, u) and r['satisfaction'] is not None and r['resolved_date'] <= asof]
                k = sum(1 for r in recs if r['satisfaction'] == 'satisfied')
                res('dossiers.satisfaction', u, share_class(k, len(recs), t, strict), pct(k, len(recs)) + ' (strict >)')
        # feedback, tasks
        if P.get('feedback'):
            fb = [r for r in ds['feedback'] if loc.eff <= r['received_date'] <= asof and in_adm(r, None)]
            late = [r['feedback_id'] for r in fb if r['answered_date'] is not None and r['answered_date'] <= asof and r['answered_date'] > r['due_date']]
            open_past = [r['feedback_id'] for r in fb if (r['answered_date'] is None or r['answered_date'] > asof) and r['due_date'] < asof]
            res('feedback.on_time', None, 'violation' if late or open_past else 'pass',
                f'{len(fb)} received; answered late: {", ".join(late) or "none"}; open past due: {", ".join(open_past) or "none"}')
        tasks = ds['tasks']
        if P.get('tasks_on_time'):
            tk = [r for r in tasks if r['due_date'] is not None and r['due_date'] >= loc.eff and lead_adm(r)]
            late = [r['task_id'] for r in tk if r['completed_date'] is not None and r['completed_date'] <= asof and r['completed_date'] > r['due_date']]
            open_past = [r['task_id'] for r in tk if (r['completed_date'] is None or r['completed_date'] > asof) and r['due_date'] < asof]
            soon = [r['task_id'] for r in tk if (r['completed_date'] is None or r['completed_date'] > asof) and 0 <= (r['due_date'] - asof).days <= 7]
            res('tasks.on_time', None, 'violation' if late or open_past else ('warning' if soon else 'pass'),
                f'due since {loc.eff}: late: {", ".join(late) or "none"}; open past due: {", ".join(open_past) or "none"}; due within 7 days: {", ".join(soon) or "none"}')
        if P.get('tasks_deadline'):
            byref = {r['ref']: r for r in tasks if r['ref'] and r['ref'].startswith('PL-')}
            for i in range(1, 14):
                ref = f'PL-{i}'
                due = APPENDIX_DUE[ref]
                r = byref.get(ref)
                if r is None:
                    # missing data is never a pass: a warning until the deadline, then a violation
                    cls = 'violation' if (due is not None and asof > due) else 'warning'
                    txt = f'missing from the data (deadline {due})'
                elif due is None:
                    cls, txt = 'info', f'{r["task_id"]} continuous, no deadline'
                else:
                    done = r['completed_date'] if r['completed_date'] and r['completed_date'] <= asof else None
                    cls = deadline_class(done, due, asof)
                    txt = f'{r["task_id"]} due {due}, completed {done or "-"}'
                expect[(loc.key, 'tasks.deadline', ref, asof)] = cls
                out.append(f'| tasks.deadline | {ref} | {txt} | {cls} |')
        if P.get('ownership'):
            bad = []
            for r in tasks:
                # requirements §6.3: tasks due (or, with no due date, completed) before the plan
                if r['due_date'] is not None and r['due_date'] < loc.eff:
                    continue
                if r['due_date'] is None and r['completed_date'] is not None and r['completed_date'] < loc.eff:
                    continue
                if not lead_adm(r):
                    continue
                probs = []
                lead = r['lead_unit_id']
                if not lead or ';' in lead:
                    probs.append('lead unit')
                if not r['responsible_person']:
                    probs.append('person')
                if r['due_date'] is None and r['ref'] not in P.get('continuous_refs', ()):
                    probs.append('due date')
                if not r['product']:
                    probs.append('product')
                if probs:
                    bad.append(f'{r["task_id"]} ({"/".join(probs)})')
            res('tasks.ownership', None, 'violation' if bad else 'pass', ', '.join(bad) or 'none')
        if P.get('tasks_elec'):
            bad = [r['task_id'] for r in tasks if r['electronic'] is False and (r['due_date'] is None or r['due_date'] >= Y0) and lead_adm(r)]
            res('tasks.electronic', None, 'violation' if bad else 'pass', f'not electronic: {", ".join(bad) or "none"}')
        # reports
        reps = [r for r in ds['reports'] if r['submitted_date'] <= asof]
        if P.get('rep_elec'):
            bad = [r['report_id'] for r in reps if r['submitted_date'].year == 2026 and r['form'] == 'paper' and in_adm(r, None)]
            res('reports.electronic', None, 'violation' if bad else 'pass', f'paper: {", ".join(bad) or "none"}')
        if P.get('written_red'):
            # "báo cáo bằng văn bản": reports sent as documents, paper or electronic (not data);
            # baseline metric written_reports, paper_reports read as the same
            written = ('paper', 'electronic')
            for u in ascopes:
                ytd = sum(1 for r in reps if in_adm(r, u) and r['form'] in written and r['submitted_date'].year == 2026)
                scope = u or loc.code
                if (scope, 'written_reports') in base_map:
                    base, src = base_map[(scope, 'written_reports')], 'baseline'
                elif (scope, 'paper_reports') in base_map:
                    base, src = base_map[(scope, 'paper_reports')], 'baseline paper_reports'
                elif any(r['submitted_date'].year == 2025 and in_adm(r, u) for r in ds['reports']):
                    base = sum(1 for r in ds['reports'] if in_adm(r, u) and r['form'] in written and r['submitted_date'].year == 2025)
                    src = '2025 records'
                else:
                    base, src = None, None
                if base is None and not any(r['unit_id'] == u for r in ds['reports']):
                    continue
                cls, allow, proj = reduction_class(base, ytd, P['written_red'], asof)
                if base is None:
                    res('reports.written_reduction', u, cls, f'2026 to date {ytd}; no baseline and no 2025 records')
                else:
                    res('reports.written_reduction', u, cls, f'2025 {base} ({src}) → allowance {allow:.1f}; 2026 to date {ytd}, pace {proj:.1f}')
        obl = loc.obligated if P['obligated'] == 'ubnd' else [u for u in units if loc.role[u] in P['obligated']]
        for rule, period, last in (('reports.semiannual', '2026-H1', P['semi']), ('reports.annual', '2026', P['annual'])):
            for u in obl:
                sub = [r['submitted_date'] for r in reps if r['unit_id'] == u and r['period'] == period and r['subject'] == 'KL226']
                s = min(sub) if sub else None
                if last == 'nodate':
                    cls, txt = 'info', f'submitted {s or "-"}; the plan sets no date'
                elif last < loc.eff:
                    cls, txt = 'info', f'submitted {s or "-"}; deadline {last} precedes the plan ({loc.eff}): not applicable'
                else:
                    cls = deadline_class(s, last, asof)
                    txt = f'submitted {s or "-"}; last day on time {last}'
                res(rule, u, cls, txt)
        if P.get('unit_plan'):
            for u in loc.obligated:
                plans = [r['date'] for r in ds['documents'] if r['unit_id'] == u and r['direction'] == 'outgoing'
                         and r['doc_type'] == 'plan' and r['subject'] == 'KL226' and r['date'] <= asof]
                s = min(plans) if plans else None
                if P['unit_plan'] == 'nodate':
                    cls = 'pass' if s else 'info'
                    txt = f'plan {s or "none"}; no date set ("khẩn trương")'
                else:
                    cls = deadline_class(s, P['unit_plan'], asof)
                    txt = f'plan {s or "none"}; due by {P["unit_plan"]}'
                res('plans.unit_plan', u, cls, txt)
        if P.get('schedule'):
            pub = {r['week_start']: r['published_date'] for r in ds['schedules']}
            # the week holding the effective date was due on its Monday, before the plan: info
            first = loc.eff + TD((7 - loc.eff.weekday()) % 7)
            if first != loc.eff:
                held = loc.eff - TD(loc.eff.weekday())
                expect[(loc.key, 'schedule.weekly.first', None, asof)] = 'info'
                out.append(f'| schedule.weekly | {lbl(None)} | week of {held} (holds the effective date): due {held}, before the plan | info |')
            late, miss = [], []
            for m in mondays(first, asof):
                p = pub.get(m)
                if p is None or p > asof:
                    miss.append(str(m))
                elif p > m:
                    late.append(f'{m} (published {p})')
            res('schedule.weekly', None, 'violation' if late or miss else 'pass',
                f'weeks from {first}: late {", ".join(late) or "none"}; missing {", ".join(miss) or "none"}')


# ----------------------------------------------------------------------------------------------
# the intended outcomes (the list in data/README.md), asserted against the reference evaluator

def designed(loc_key):
    A, B = AS1, AS2
    X = {}

    def e(rule, unit, a, b):
        X[(loc_key, rule, unit, A)] = a
        X[(loc_key, rule, unit, B)] = b
    if loc_key == 'SLL':
        e('reports.semiannual', 'SLL-U02', 'pass', 'pass')           # 04/06 on time
        e('reports.semiannual', 'SLL-U04', 'violation', 'violation') # 05/06 late (strict "trước")
        e('reports.semiannual', 'SLL-U05', 'violation', 'violation') # never
        e('reports.annual', 'SLL-U06', 'pending', 'pass')
        e('reports.annual', 'SLL-U02', 'pending', 'pending')
        e('plans.unit_plan', 'SLL-U03', 'pass', 'pass')              # 31/05 inclusive
        e('plans.unit_plan', 'SLL-U04', 'violation', 'violation')    # 01/06 late
        e('plans.unit_plan', 'SLL-U05', 'violation', 'violation')    # none (only an incoming copy)
        e('meetings.online_share', 'SLL-U03', 'pass', 'pass')        # 3/5 = 60%
        e('meetings.online_share', 'SLL-U04', 'warning', 'warning')
        # villages and the Front no longer counted (requirements §6.1): 21/35 = 60% at 10/06
        e('meetings.online_share', None, 'pass', 'pass')
        e('meetings.reduction', 'SLL-U01', 'warning', 'warning')     # 20 -> 18 (= allowance; pace)
        e('meetings.reduction', 'SLL-U02', 'warning', 'violation')   # 20 -> 19
        e('meetings.reduction', 'SLL-U07', 'warning', 'warning')     # no baseline, no 2025 records
        e('meetings.reduction', 'SLL-U04', 'pass', 'pass')           # baseline 10 -> 5
        e('meetings.duration', None, 'violation', 'violation')
        e('documents.electronic_exchange', 'SLL-U05', 'violation', 'violation')
        e('documents.electronic_exchange', 'SLL-U04', 'pass', 'violation')
        e('documents.electronic_exchange', 'SLL-U01', 'pass', 'pass')   # its paper doc is secret
        e('documents.digitized_share', 'SLL-U07', 'warning', 'warning')
        e('dossiers.digital_share', 'SLL-U04', 'warning', 'warning')    # 104/110, 208/220
        e('dossiers.digital_share', 'SLL-U06', 'pass', 'pass')
        e('dossiers.digital_share', None, 'pass', 'pass')
    if loc_key == 'YD':
        e('reports.semiannual', 'YD-U02', 'pass', 'pass')
        e('reports.semiannual', 'YD-U04', 'violation', 'violation')
        e('reports.semiannual', 'YD-U05', 'violation', 'violation')
        e('plans.unit_plan', 'YD-U04', 'info', 'info')
        e('plans.unit_plan', 'YD-U06', 'info', 'info')
        e('plans.unit_plan', 'YD-U05', 'info', 'pass')
        # conferences alone (I.2.a, paperless not counted; requirements §6.2): below 60%
        e('meetings.online_share', 'YD-U03', 'warning', 'warning')
        e('meetings.online_share', 'YD-U02', 'warning', 'warning')
        e('meetings.reduction', 'YD-U02', 'warning', 'violation')
        e('meetings.reduction', 'YD-U06', 'warning', 'warning')
        e('meetings.reduction', 'YD-U01', 'pass', 'pass')
        e('meetings.materials_in_advance', None, 'violation', 'violation')
        e('meetings.discussion_share', None, 'pass', 'violation')
        e('meetings.online_attendance', None, 'pass', 'violation')
        e('meetings.duration', None, 'violation', 'violation')
        e('documents.reduction', 'YD-U02', 'warning', 'violation')
        e('documents.reduction', 'YD-U03', 'warning', 'warning')
        e('documents.reduction', 'YD-U01', 'pass', 'pass')
        e('documents.reduction', 'YD-U06', 'warning', 'warning')
        # YD-U07 is a village: not judged (requirements §6.1)
        X[('YD', 'documents.electronic_exchange', 'YD-U07', A)] = None
        X[('YD', 'documents.electronic_exchange', 'YD-U07', B)] = None
        e('documents.electronic_exchange', 'YD-U03', 'pass', 'violation')
        e('dossiers.online_share', 'YD-U04', 'warning', 'warning')
        e('dossiers.online_share', 'YD-U03', 'pass', 'pass')         # 57/60 = 95%
        e('dossiers.online_share', 'YD-U05', 'pass', 'pass')
        e('dossiers.result_digitized', None, 'violation', 'violation')
        e('documents.digitized_share', 'YD-U04', 'warning', 'warning')
    if loc_key == 'AP':
        e('reports.semiannual', 'AP-U03', 'pass', 'pass')
        e('dossiers.online_share', 'AP-U04', 'warning', 'warning')   # 98% exactly, strict
        e('dossiers.online_share', 'AP-U05', 'pass', 'pass')
        e('dossiers.satisfaction', 'AP-U05', 'pass', 'warning')      # 149/150, then 297/300 = 99%
        e('dossiers.digitized_share', 'AP-U04', 'pass', 'warning')
        e('feedback.on_time', None, 'violation', 'violation')
        e('tasks.on_time', None, 'violation', 'violation')
        e('meetings.online_share', 'AP-U04', 'pass', 'pass')         # 3/5, 6/10
        e('meetings.reduction', 'AP-U02', 'warning', 'violation')
        e('meetings.reduction', 'AP-U06', 'warning', 'warning')
        e('meetings.duration', None, 'violation', 'violation')
        e('documents.electronic_exchange', 'AP-U04', 'violation', 'violation')
        e('documents.digitized_share', 'AP-U06', 'warning', 'warning')
        X[('AP', 'tasks.deadline', 'PL-1', A)] = 'pending'
        X[('AP', 'tasks.deadline', 'PL-1', B)] = 'pass'
        X[('AP', 'tasks.deadline', 'PL-2', B)] = 'violation'
        X[('AP', 'tasks.deadline', 'PL-3', B)] = 'violation'
        X[('AP', 'tasks.deadline', 'PL-6', A)] = 'warning'
        X[('AP', 'tasks.deadline', 'PL-6', B)] = 'warning'
        X[('AP', 'tasks.deadline', 'PL-11', B)] = 'info'
    if loc_key == 'TT':
        e('reports.electronic', None, 'pass', 'violation')
        e('reports.semiannual', 'TT-U03', 'info', 'info')
        e('documents.electronic_exchange', 'TT-U06', 'pass', 'violation')
        e('documents.electronic_exchange', None, 'pass', 'violation')
        e('documents.reduction', 'TT-U02', 'warning', 'violation')
        e('documents.reduction', 'TT-U03', 'warning', 'warning')
        e('documents.reduction', 'TT-U04', 'pass', 'pass')
        e('documents.reduction', 'TT-U06', 'warning', 'warning')
        e('meetings.reduction', 'TT-U02', 'warning', 'violation')
        e('meetings.online_share', 'TT-U05', 'warning', 'pass')      # 1/2, then 3/5
        e('meetings.duration', None, 'violation', 'violation')
        e('dossiers.digital_share', 'TT-U04', 'warning', 'warning')
        e('documents.digitized_share', 'TT-U03', 'warning', 'warning')
    if loc_key == 'NH':
        e('schedule.weekly', None, 'pass', 'violation')
        e('reports.semiannual', 'NH-U02', 'info', 'info')
        e('reports.annual', 'NH-U02', 'pending', 'pass')
        e('reports.annual', 'NH-U03', 'pending', 'warning')
        e('tasks.ownership', None, 'violation', 'violation')
        e('tasks.electronic', None, 'violation', 'violation')
        e('dossiers.internal_digitized', None, 'pass', 'violation')
        e('dossiers.online_share', 'NH-U04', 'warning', 'warning')
        e('reports.written_reduction', 'NH-U02', 'warning', 'violation')
        # reports sent as documents, paper or electronic, are counted; reports sent as data are
        # not (requirements §3, §6): U03 keeps to 2 of its baseline 6
        e('reports.written_reduction', 'NH-U03', 'pass', 'pass')
        e('reports.written_reduction', 'NH-U06', 'warning', 'warning')
        e('reports.written_reduction', None, 'pass', 'warning')
        e('documents.reduction', 'NH-U02', 'warning', 'violation')
        e('documents.reduction', 'NH-U04', 'warning', 'warning')
        e('documents.reduction', 'NH-U01', 'pass', 'pass')
        e('documents.electronic_exchange', 'NH-U04', 'violation', 'violation')
        # NH-U09 is a tổ dân phố: not judged (requirements §6.1)
        X[('NH', 'documents.electronic_exchange', 'NH-U09', A)] = None
        X[('NH', 'documents.electronic_exchange', 'NH-U09', B)] = None
        e('meetings.duration', None, 'violation', 'violation')
        e('meetings.reduction', 'NH-U02', 'warning', 'violation')
        e('documents.digitized_share', 'NH-U06', 'warning', 'warning')
    return X


# ----------------------------------------------------------------------------------------------

def main():
    locs = make_localities()
    sets = {}
    for loc in locs:
        ds = generate(loc)
        validate(ds, loc.folder)
        sets[loc.key] = ds

    # the sweep: all five localities together
    sweep = {t: [] for t in TABLES}
    for loc in locs:
        for t in TABLES:
            sweep[t].extend(sets[loc.key][t])
    sweep['localities'].sort(key=lambda r: (r['level'] != 'province', r['code']))
    validate(sweep, 'province-sweep')

    # intended outcomes vs the reference evaluator
    lines = ['# Expected figures (generated by data/generate.py — do not edit)', '',
             'Figures computed from the generated records by the reference evaluator in',
             '`generate.py`: my reading of `shared/spec/requirements.md`. "intended" is the',
             'severity the data is designed to produce (`pass` = no finding, `pending` = deadline',
             'not reached and outside the 7-day window). Year-to-date pace = count × 365 /',
             'day-of-year(as-of). Shares count records dated 2026-01-01 … as-of; per-record rules',
             'count records dated on or after the pack\'s effective date.']
    expect = {}
    for loc in locs:
        evaluate(loc, sets[loc.key], lines, expect)
    lines.append('\n## Designed records (tag → id)\n')
    lines.append('| id | what it is |')
    lines.append('|---|---|')
    for loc in locs:
        for tag, rid in sorted(loc.tags.items(), key=lambda kv: kv[1]):
            lines.append(f'| {rid} | {tag} |')
    bad = []
    for loc in locs:
        for k, v in designed(loc.key).items():
            if expect.get(k) != v:
                bad.append(f'{k}: designed {v}, evaluator {expect.get(k)}')
    assert not bad, '\n'.join(bad)

    # write
    sizes = {}
    sizes['si-lo-lau'] = write_csv_set(os.path.join(HERE, 'si-lo-lau'), sets['SLL'], Fmt(',', False, '\n', 'iso', ('1', '0')))
    sizes['yen-dinh'] = write_csv_set(os.path.join(HERE, 'yen-dinh'), sets['YD'], Fmt(',', False, '\n', 'iso', ('true', 'false')))
    os.makedirs(os.path.join(HERE, 'an-phu'), exist_ok=True)
    sizes['an-phu'] = write_json(os.path.join(HERE, 'an-phu', 'an-phu.json'), sets['AP'])
    sizes['thien-tan'] = write_csv_set(os.path.join(HERE, 'thien-tan'), sets['TT'], Fmt(';', True, '\r\n', 'dmy', ('có', 'không')))
    sizes['ngoc-ha'] = write_csv_set(os.path.join(HERE, 'ngoc-ha'), sets['NH'], Fmt(',', False, '\n', 'mixed', ('yes', 'no')))
    sizes['province-sweep'] = write_csv_set(os.path.join(HERE, 'province-sweep'), sweep, Fmt(',', False, '\n', 'iso', ('1', '0')))
    for k, v in sizes.items():
        assert v < 3_200_000, (k, v)
    with open(os.path.join(HERE, 'expected-figures.md'), 'wb') as f:
        f.write(('\n'.join(lines) + '\n').encode('utf-8'))
    # README.md cites record ids of designed cases: warn when they no longer name them
    readme = os.path.join(HERE, 'README.md')
    if os.path.exists(readme):
        with open(readme, encoding='utf-8') as f:
            cited = set(re.findall(r'\b(?:SLL|YD|AP|TT|NH)-[MDHRTF]\d{3,5}\b', f.read()))
        tagged = {rid for loc in locs for rid in loc.tags.values()}
        stale = sorted(cited - tagged)
        if stale:
            print('WARNING: README.md cites ids that are not designed records any more '
                  '(see expected-figures.md): ' + ', '.join(stale))

    print('data set          ' + ' '.join(f'{t[:10]:>10}' for t in TABLES) + '      bytes')
    for loc in locs:
        print(f'{loc.folder:17s} ' + ' '.join(f'{len(sets[loc.key][t]):>10}' for t in TABLES) + f' {sizes[loc.folder]:>10}')
    print(f'{"province-sweep":17s} ' + ' '.join(f'{len(sweep[t]):>10}' for t in TABLES) + f' {sizes["province-sweep"]:>10}')


if __name__ == '__main__':
    main()
