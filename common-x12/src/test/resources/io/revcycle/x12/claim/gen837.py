#!/usr/bin/env python3
"""Generates the StAEDI implementation schemas for 837P (005010X222A1) and 837I (005010X223A2).

Run from the repository root:
    python3 common-x12/src/test/resources/io/revcycle/x12/claim/gen837.py common-x12/src/main/resources/io/revcycle/x12/schema

Usage notation: 'R' required (minOccurs 1), 'S' situational (minOccurs 0); elements not listed are not used.
"""
import sys
from xml.sax.saxutils import escape

# ---------------------------------------------------------------- data elements: number -> (base, min, max)
AN, ID, R, N0, DT, TM = 'string', 'identifier', 'decimal', 'numeric', 'date', 'time'
DE = {
    '19': (AN, 2, 30), '26': (ID, 2, 3), '44': (AN, 1, 80), '61': (AN, 1, 30), '66': (ID, 1, 2), '67': (AN, 2, 80),
    '81': (R, 1, 10), '93': (AN, 1, 60), '98': (ID, 2, 3), '100': (ID, 3, 3), '116': (ID, 3, 15), '118': (R, 1, 9),
    '127': (AN, 1, 50), '128': (ID, 2, 3), '156': (ID, 2, 2), '166': (AN, 1, 55), '212': (R, 1, 17),
    '234': (AN, 1, 48), '235': (ID, 2, 2), '236': (ID, 3, 3), '280': (R, 4, 10), '289': (N0, 1, 2),
    '309': (ID, 1, 2), '310': (AN, 1, 30), '332': (R, 1, 6), '337': (TM, 4, 8), '338': (R, 1, 6),
    '350': (AN, 1, 20), '352': (AN, 1, 80), '353': (ID, 2, 2), '355': (ID, 2, 2), '363': (ID, 3, 3),
    '364': (AN, 1, 256), '365': (ID, 2, 2), '366': (ID, 2, 2), '373': (DT, 8, 8), '374': (ID, 3, 3),
    '380': (R, 1, 15), '443': (AN, 1, 20), '449': (AN, 1, 80), '478': (ID, 1, 1), '499': (AN, 1, 10),
    '522': (ID, 1, 3), '554': (N0, 1, 6), '584': (ID, 1, 2), '594': (ID, 1, 1), '609': (N0, 1, 9),
    '628': (AN, 1, 12), '639': (ID, 2, 2), '640': (ID, 2, 2), '648': (R, 1, 10), '649': (R, 1, 10),
    '659': (ID, 1, 2), '673': (ID, 2, 2), '687': (ID, 2, 2), '704': (AN, 1, 80), '706': (ID, 2, 2),
    '734': (AN, 1, 12), '735': (ID, 1, 2), '736': (ID, 1, 1), '737': (ID, 2, 2), '738': (ID, 1, 3),
    '739': (R, 1, 20), '740': (R, 1, 20), '741': (R, 1, 20), '752': (ID, 2, 2), '755': (ID, 2, 2),
    '756': (ID, 1, 2), '757': (N0, 1, 8), '782': (R, 1, 18), '799': (AN, 1, 30), '901': (ID, 1, 2),
    '935': (ID, 1, 2), '936': (ID, 1, 2), '954': (R, 1, 10), '1005': (ID, 4, 4), '1018': (R, 1, 15),
    '1028': (AN, 1, 38), '1029': (ID, 1, 2), '1032': (ID, 1, 2), '1033': (ID, 1, 2), '1034': (ID, 1, 5),
    '1035': (AN, 1, 60), '1036': (AN, 1, 35), '1037': (AN, 1, 25), '1038': (AN, 1, 10), '1039': (AN, 1, 10),
    '1065': (ID, 1, 1), '1067': (ID, 1, 1), '1068': (ID, 1, 1), '1069': (ID, 2, 2), '1073': (ID, 1, 1),
    '1109': (ID, 1, 2), '1136': (ID, 2, 2), '1138': (ID, 1, 1), '1143': (ID, 1, 1), '1166': (ID, 2, 2),
    '1220': (ID, 1, 1), '1221': (ID, 1, 3), '1223': (ID, 3, 3), '1250': (ID, 2, 3), '1251': (AN, 1, 35),
    '1270': (ID, 1, 3), '1271': (AN, 1, 30), '1300': (ID, 3, 3), '1314': (ID, 1, 1), '1315': (ID, 1, 1),
    '1316': (ID, 1, 1), '1317': (ID, 1, 1), '1321': (ID, 2, 3), '1322': (ID, 1, 1), '1325': (ID, 1, 1),
    '1327': (ID, 1, 1), '1328': (N0, 1, 2), '1331': (AN, 1, 2), '1332': (ID, 1, 2), '1333': (ID, 1, 1),
    '1334': (ID, 1, 1), '1335': (ID, 1, 1), '1336': (ID, 1, 3), '1337': (ID, 1, 1), '1338': (ID, 1, 3),
    '1339': (AN, 2, 2), '1340': (ID, 1, 1), '1341': (AN, 1, 2), '1342': (ID, 1, 1), '1343': (ID, 1, 2),
    '1345': (ID, 1, 1), '1351': (ID, 1, 1), '1352': (ID, 1, 2), '1359': (ID, 1, 1), '1360': (ID, 1, 2),
    '1362': (ID, 2, 3), '1363': (ID, 1, 1), '1364': (ID, 1, 2), '1365': (ID, 1, 2), '1366': (ID, 2, 3),
    '1367': (AN, 1, 3), '1373': (ID, 1, 2), '1383': (ID, 1, 2), '1384': (ID, 1, 2), '1473': (ID, 2, 2),
    '1514': (ID, 1, 2), '1525': (ID, 1, 1), '1526': (ID, 2, 2), '1527': (ID, 1, 2), '1715': (ID, 1, 3),
}

# composites: name -> component data elements
COMP = {
    'C001': ['355', '1018', '649', '355', '1018', '649', '355', '1018', '649', '355', '1018', '649', '355', '1018', '649'],
    'C002': ['704', '704', '704', '704', '704'],
    'C003': ['235', '234', '1339', '1339', '1339', '1339', '352', '234'],
    'C004': ['1328', '1328', '1328', '1328'],
    'C022': ['1270', '1271', '1250', '1251', '782', '380', '799', '1271', '1073'],
    'C023': ['1331', '1332', '1325'],
    'C024': ['1362', '1362', '1362', '156', '26'],
    'C035': ['44', '1221'],
    'C040': ['128', '127', '128', '127', '128', '127'],
    'C056': ['1109', '1270', '1271'],
}

# standard segments: tag -> element references (data element number or composite name; '*n' suffix = repeats)
SEG = {
    'BHT': ['1005', '353', '127', '373', '337', '640'],
    'NM1': ['98', '1065', '1035', '1036', '1037', '1038', '1039', '66', '67', '706', '98', '1035'],
    'N3': ['166', '166'],
    'N4': ['19', '156', '116', '26', '309', '310', '1715'],
    'REF': ['128', '127', '352', 'C040'],
    'PER': ['366', '93', '365', '364', '365', '364', '365', '364', '443'],
    'HL': ['628', '734', '735', '736'],
    'PRV': ['1221', '128', '127', '156', 'C035', '1223'],
    'CUR': ['98', '100', '280', '98', '100', '1300', '374', '373', '337'],
    'SBR': ['1138', '1069', '127', '93', '1336', '1143', '1073', '584', '1032'],
    'PAT': ['1069', '1384', '584', '1220', '1250', '1251', '355', '81', '1073'],
    'DMG': ['1250', '1251', '1068', '1067', 'C056*10', '1109', '26', '659', '380', '1270', '1271'],
    'CLM': ['1028', '782', '1032', '1343', 'C023', '1073', '1359', '1073', '1363', '1351', 'C024', '1366', '1073',
            '1338', '1073', '1360', '1029', '1073', '1383', '1514'],
    'DTP': ['374', '1250', '1251'],
    'CL1': ['1315', '1314', '1352', '1345'],
    'PWK': ['755', '756', '757', '98', '66', '67', '352', 'C002', '1525'],
    'CN1': ['1166', '782', '332', '127', '338', '799'],
    'AMT': ['522', '782', '478'],
    'K3': ['449', '1333', 'C001'],
    'NTE': ['363', '352'],
    'CR1': ['355', '81', '1316', '1317', '355', '380', '166', '166', '352', '352'],
    'CR2': ['609', '380', '1367', '1367', '355', '380', '380', '1342', '1073', '352', '352', '1073'],
    'CR3': ['1322', '355', '380', '1335', '352'],
    'CRC': ['1136', '1073', '1321', '1321', '1321', '1321', '1321'],
    'HI': ['C022'] * 12,
    'QTY': ['673', '380', 'C001', '61'],
    'HCP': ['1473', '782', '782', '127', '118', '127', '782', '234', '235', '234', '355', '380', '901', '1526',
            '1527'],
    'CAS': ['1033'] + ['1034', '782', '380'] * 6,
    'OI': ['1032', '1383', '1073', '1351', '1360', '1363'],
    'MIA': ['380', '782', '380', '782', '127', '782', '782', '782', '782', '782', '782', '782', '782', '782',
            '380', '782', '782', '782', '782', '127', '127', '127', '127', '127'],
    'MOA': ['954', '782', '127', '127', '127', '127', '127', '782', '782'],
    'LX': ['554'],
    'SV1': ['C003', '782', '355', '380', '1331', '1365', 'C004', '782', '1073', '1340', '1073', '1073', '1364',
            '1341', '1327', '1334', '127', '116', '782', '1337', '1360'],
    'SV2': ['234', 'C003', '782', '355', '380', '782', '782', '1073', '1345', '1337', '1360'],
    'SV5': ['C003', '355', '380', '782', '782', '594', '1327'],
    'MEA': ['737', '738', '739', 'C001', '740', '741', '935', '936', '752', '1373'],
    'PS1': ['127', '782', '156'],
    'LIN': ['350', '235', '234', '235', '234', '235', '234'],
    'CTP': ['687', '236', '212', '380', 'C001', '648', '649', '782', '639', '499', '289'],
    'SVD': ['67', '782', 'C003', '234', '380', '554'],
    'LQ': ['1270', '1271'],
    'FRM': ['350', '1073', '127', '373', '332'],
}

# standard transaction: (code, max, [children]) ; children: tag string or loop tuple. The standard is a superset of
# both guides; the implementation restricts it.
STD = [
    'BHT',
    ('L1000', 10, ['NM1', 'N3', 'N4', 'REF', 'PER']),
    ('L2000', 99999, ['HL', 'PRV', 'SBR', 'PAT', 'CUR',
        ('L2010', 10, ['NM1', 'N3', 'N4', 'DMG', 'REF', 'PER']),
        ('L2300', 100, ['CLM', 'DTP', 'CL1', 'PWK', 'CN1', 'AMT', 'REF', 'K3', 'NTE', 'CR1', 'CR2', 'CRC', 'HI',
                        'HCP',
            ('L2310', 9, ['NM1', 'PRV', 'N3', 'N4', 'REF', 'PER']),
            ('L2320', 10, ['SBR', 'CAS', 'AMT', 'OI', 'MIA', 'MOA',
                ('L2330', 10, ['NM1', 'N3', 'N4', 'DTP', 'REF'])]),
            ('L2400', 999, ['LX', 'SV1', 'SV2', 'SV5', 'PWK', 'CR1', 'CR3', 'CRC', 'DTP', 'QTY', 'MEA', 'CN1', 'REF',
                            'AMT', 'K3', 'NTE', 'PS1', 'HCP',
                ('L2410', 1, ['LIN', 'CTP', 'REF']),
                ('L2420', 10, ['NM1', 'PRV', 'N3', 'N4', 'REF', 'PER']),
                ('L2430', 99999, ['SVD', 'CAS', 'DTP', 'AMT']),
                ('L2440', 99999, ['LQ', 'FRM'])])])]),
]

STD_ORDER = {}  # std loop code (or 'BODY') -> list of child keys (segment tag or loop code)


def index_std(code, children):
    keys = []
    for c in children:
        if isinstance(c, tuple):
            keys.append(c[0])
            index_std(c[0], c[2])
        else:
            keys.append(c)
    STD_ORDER[code] = keys


index_std('BODY', STD)


# ---------------------------------------------------------------- implementation DSL
class S:
    """An implementation segment."""

    def __init__(self, tag, usage, maxo, els, disc=None, title=None):
        self.tag, self.usage, self.max, self.els, self.disc, self.title = tag, usage, maxo, els, disc, title


class L:
    """An implementation loop."""

    def __init__(self, code, std, usage, maxo, children, title=None, disc=None):
        self.code, self.std, self.usage, self.max, self.children, self.title = code, std, usage, maxo, children, title
        self.disc = disc


def codes(s):
    return s.split() if isinstance(s, str) else list(s)


def e(usage, cl=None, rep=None):
    return (usage, cl, rep)


# ------------------------------------------------ helpers for common segments
def nm1(entity, types='1 2', last='R', first='S', middle='S', suffix='S', idq=None, idu='S', title=None,
        usage='R'):
    els = {1: e('R', entity), 2: e('R', types)}
    if last:
        els[3] = e(last)
    if first:
        els[4] = e(first)
    if middle:
        els[5] = e(middle)
    if suffix:
        els[7] = e(suffix)
    if idq:
        els[8] = e(idu, idq)
        els[9] = e(idu)
    return S('NM1', usage, 1, els, disc='1', title=title)


def n3(usage='R'):
    return S('N3', usage, 1, {1: e('R'), 2: e('S')}, title='Address')


def n4(usage='R'):
    return S('N4', usage, 1, {1: e('R'), 2: e('S'), 3: e('S'), 4: e('S'), 7: e('S')}, title='City, State, ZIP Code')


def ref(quals, usage='S', maxo=1, title=None, ref4=False):
    els = {1: e('R', quals), 2: e('R')}
    if ref4:
        els[4] = ('S', {1: e('R', '4N'), 2: e('R')}, None)
    return S('REF', usage, maxo, els, disc='1', title=title)


def per(usage='S', maxo=1, q3='EM FX TE', q5='EM EX FX TE', three=True):
    els = {1: e('R', 'IC'), 2: e('S'), 3: e('R', q3), 4: e('R'), 5: e('S', q5), 6: e('S')}
    if three:
        els[7] = e('S', q5)
        els[8] = e('S')
    return S('PER', usage, maxo, els, title='Contact Information')


def dtp(qual, fmt='D8', usage='S', maxo=1, title=None):
    return S('DTP', usage, maxo, {1: e('R', qual), 2: e('R', fmt), 3: e('R')}, disc='1', title=title)


def amt(qual, usage='S', title=None):
    return S('AMT', usage, 1, {1: e('R', qual), 2: e('R')}, disc='1', title=title)


def cas(usage='S'):
    els = {1: e('R', 'CO CR OA PI PR'), 2: e('R'), 3: e('R'), 4: e('S')}
    for p in range(5, 20):
        els[p] = e('S')
    return S('CAS', usage, 5, els, title='Claim Adjustment')


def prv(code, usage='S'):
    return S('PRV', usage, 1, {1: e('R', code), 2: e('R', 'PXC'), 3: e('R')}, title='Provider Specialty')


def nte(quals, usage='S', maxo=1, title='Note'):
    return S('NTE', usage, maxo, {1: e('R', quals), 2: e('R')}, disc='1', title=title)


def k3():
    return S('K3', 'S', 10, {1: e('R')}, title='File Information')


def pwk_claim(line=False):
    return S('PWK', 'S', 10, {1: e('R', ('' if line else 'CT ') + '03 04 05 06 07 08 09 10 11 13 15 21 A3 A4 AM AS B2 B3 B4 BR BS BT CB CK '
                                        'D2 DA DB DG DJ DS EB HC HR I5 IR LA M1 MT NN OB OC OD OE OX OZ P4 P5 PE '
                                        'PN PO PQ PY PZ RB RR RT RX SG V5 XP'),
                                  2: e('R', 'AA BM EL EM FT FX'), 5: e('S', 'AC'), 6: e('S')},
             disc='1', title='Claim Supplemental Information')


def cn1():
    return S('CN1', 'S', 1, {1: e('R', '01 02 03 04 05 06 09'), 2: e('S'), 3: e('S'), 4: e('S'), 5: e('S'),
                             6: e('S')}, title='Contract Information')


def hcp(line=False, inst=False):
    els = {1: e('R', '00 01 02 03 04 05 06 07 08 09 10 11 12 13 14'), 2: e('R'), 3: e('S'), 4: e('S'), 5: e('S'),
           6: e('S'), 7: e('S'), 13: e('S', 'T1 T2 T3 T4 T5 T6'), 14: e('S', '1 2 3 4 5'),
           15: e('S', '1 2 3 4 5 6')}
    if inst:
        els[8] = e('S')
    if line:
        els[9] = e('S', 'ER HC HP IV WK')
        els[10] = e('S')
        els[11] = e('S', 'DA MJ UN')
        els[12] = e('S')
    elif inst:
        els[11] = e('S', 'DA UN')
        els[12] = e('S')
    return S('HCP', 'S', 1, els, title='Repricing Information')


def hi(quals, other_quals, n, usage='S', maxo=1, date=False, amount=False, poa=False, title=None):
    els = {}
    for p in range(1, n + 1):
        comp = {1: e('R', quals if p == 1 else other_quals), 2: e('R')}
        if date:
            comp[3] = e('R', 'D8 RD8')
            comp[4] = e('R')
        if amount:
            comp[5] = e('R')
        if poa:
            comp[9] = e('S', 'N U W Y 1')
        els[p] = ('R' if p == 1 else 'S', comp, None)
    return S('HI', usage, maxo, els, disc='1.01', title=title)


CLAIM_FILING = '11 12 13 14 15 16 17 AM BL CH CI DS FI HM LM MA MB MC OF TV VA WC ZZ'
PAYER_RESP = 'A B C D E F G H P S T U'
RELATIONSHIP = '01 18 19 20 21 39 40 53 G8'
FREQ_P = '1 6 7 8'
FREQ_I = '0 1 2 3 4 5 6 7 8 9 A B C D E F G H I J K M P Q X Y Z'
PROV_REF = '0B 1G G2 LU'
BILLING_REF = 'G2 LU'


def sbr(other, inst):
    els = {1: e('R', PAYER_RESP), 2: e('R' if other else 'S', RELATIONSHIP if other else '18'), 3: e('S'),
           4: e('S'), 9: e('S', CLAIM_FILING)}
    if not inst:
        els[5] = e('S', '12 13 14 15 16 41 42 43 47')
    return S('SBR', 'R', 1, els, title='Subscriber Information')


def provider_loop(code, std, entity, title, usage='S', maxo=1, types='1', ref_quals=PROV_REF, ref_max=4,
                  prv_code=None, address=False, address_usage='R', last='R', person=True, id_usage='S',
                  ref_usage='S', contact=None, ids=True):
    kids = [nm1(entity, types, last=last, first='S' if person else None, middle='S' if person else None,
                suffix='S' if person else None, idq='XX' if ids else None, idu=id_usage, title=title)]
    if prv_code:
        kids.append(prv(prv_code))
    if address:
        kids += [n3(address_usage), n4(address_usage)]
    if ref_quals:
        kids.append(ref(ref_quals, ref_usage, ref_max, title=title + ' Secondary Identification'))
    if contact:
        kids.append(contact)
    return L(code, std, usage, maxo, kids, title=title, disc='1')


def other_payer_provider(code, entity, title, types='1', quals=PROV_REF, maxo=1, ref_max=3):
    return L(code, 'L2330', 'S', maxo, [
        S('NM1', 'R', 1, {1: e('R', entity), 2: e('R', types)}, disc='1', title=title),
        ref(quals, 'R', ref_max, title=title + ' Secondary Identification')], title=title, disc='1')


# ------------------------------------------------ the two guides
def header(inst):
    return [
        S('BHT', 'R', 1, {1: e('R', '0019'), 2: e('R', '00 18'), 3: e('R'), 4: e('R'), 5: e('R'),
                          6: e('R', '31 CH RP')}, title='Beginning of Hierarchical Transaction'),
        L('1000A', 'L1000', 'R', 1, [
            nm1('41', '1 2', last='R', first='S', middle='S', suffix=None, idq='46', idu='R', title='Submitter Name'),
            per('R', 2, q3='ED EM FX TE', q5='ED EM EX FX TE')], title='Submitter Name', disc='1'),
        L('1000B', 'L1000', 'R', 1, [
            nm1('40', '2', last='R', first=None, middle=None, suffix=None, idq='46', idu='R', title='Receiver Name')],
          title='Receiver Name', disc='1'),
    ]


def billing_hl(inst):
    aa = [nm1('85', '2' if inst else '1 2', first=None if inst else 'S', middle=None if inst else 'S',
              suffix=None if inst else 'S', idq='XX', idu='R', title='Billing Provider Name'),
          n3(), n4(),
          ref('EI' if inst else 'EI SY', 'R', 1, title='Billing Provider Tax Identification')]
    if not inst:
        aa.append(ref('0B 1G', 'S', 2, title='Billing Provider UPIN/License Information'))
    aa.append(per('S', 2))
    return L('2000A', 'L2000', 'R', 99999, [
        S('HL', 'R', 1, {1: e('R'), 3: e('R', '20'), 4: e('R', '1')}, disc='3', title='Billing Provider Level'),
        prv('BI'),
        S('CUR', 'S', 1, {1: e('R', '85'), 2: e('R')}, title='Foreign Currency Information'),
        L('2010AA', 'L2010', 'R', 1, aa, title='Billing Provider Name', disc='1'),
        L('2010AB', 'L2010', 'S', 1, [S('NM1', 'R', 1, {1: e('R', '87'), 2: e('R', '1 2')}, disc='1'),
                                      n3(), n4()], title='Pay-to Address Name', disc='1'),
        L('2010AC', 'L2010', 'S', 1, [nm1('PE', '2', first=None, middle=None, suffix=None, idq='PI XV', idu='R',
                                          title='Pay-To Plan Name'),
                                      n3(), n4(), ref('2U FY NF', 'S', 1, title='Pay-to Plan Secondary Identification'),
                                      ref('EI', 'R', 1, title='Pay-To Plan Tax Identification Number')],
          title='Pay-To Plan Name', disc='1'),
    ], title='Billing Provider Hierarchical Level', disc='3')


def subscriber_hl(inst):
    kids = [S('HL', 'R', 1, {1: e('R'), 2: e('R'), 3: e('R', '22'), 4: e('R', '0 1')}, disc='3',
              title='Subscriber Level'),
            sbr(False, inst)]
    if not inst:
        kids.append(S('PAT', 'S', 1, {5: e('S', 'D8'), 6: e('S'), 7: e('S', '01'), 8: e('S'), 9: e('S', 'Y')},
                      title='Patient Information'))
    ba = [nm1('IL', '1 2', idq='II MI', idu='R', title='Subscriber Name'), n3('S'), n4('S'),
          S('DMG', 'S', 1, {1: e('R', 'D8'), 2: e('R'), 3: e('R', 'F M U')}, title='Subscriber Demographic Information'),
          ref('SY', 'S', 1, title='Subscriber Secondary Identification'),
          ref('Y4', 'S', 1, title='Property and Casualty Claim Number')]
    if not inst:
        ba.append(per('S', 1, q3='TE', q5='EX', three=False))
    kids.append(L('2010BA', 'L2010', 'R', 1, ba, title='Subscriber Name', disc='1'))
    kids.append(L('2010BB', 'L2010', 'R', 1, [
        nm1('PR', '2', first=None, middle=None, suffix=None, idq='PI XV', idu='R', title='Payer Name'),
        n3('S'), n4('S'),
        ref('2U EI FY NF', 'S', 3, title='Payer Secondary Identification'),
        ref(BILLING_REF, 'S', 2, title='Billing Provider Secondary Identification')], title='Payer Name', disc='1'))
    kids.append(claim_loop(inst, 'S'))
    return L('2000B', 'L2000', 'R', 99999, kids, title='Subscriber Hierarchical Level', disc='3')


def patient_hl(inst):
    pat = {1: e('R', RELATIONSHIP.replace('18 ', ''))}
    if not inst:
        pat.update({5: e('S', 'D8'), 6: e('S'), 7: e('S', '01'), 8: e('S'), 9: e('S', 'Y')})
    ca = [nm1('QC', '1', idq=None, title='Patient Name'), n3(), n4(),
          S('DMG', 'R', 1, {1: e('R', 'D8'), 2: e('R'), 3: e('R', 'F M U')}, title='Patient Demographic Information'),
          ref('Y4', 'S', 1, title='Property and Casualty Claim Number')]
    if not inst:
        ca.append(ref('1W SY', 'S', 1, title='Property and Casualty Patient Identifier'))
        ca.append(per('S', 1, q3='TE', q5='EX', three=False))
    return L('2000C', 'L2000', 'S', 99999, [
        S('HL', 'R', 1, {1: e('R'), 2: e('R'), 3: e('R', '23'), 4: e('R', '0')}, disc='3', title='Patient Level'),
        S('PAT', 'R', 1, pat, title='Patient Information'),
        L('2010CA', 'L2010', 'R', 1, ca, title='Patient Name', disc='1'),
        claim_loop(inst, 'R'),
    ], title='Patient Hierarchical Level', disc='3')


def clm(inst):
    els = {1: e('R'), 2: e('R'),
           5: ('R', {1: e('R'), 2: e('R', 'A' if inst else 'B'), 3: e('R', FREQ_I if inst else FREQ_P)}, None),
           7: e('R', 'A B C'), 8: e('R', 'N W Y'), 9: e('R', 'I Y'),
           20: e('S', '1 2 3 4 5 6 7 8 9 10 11 15')}
    if not inst:
        els.update({6: e('R', 'N Y'), 10: e('S', 'P'),
                    11: ('S', {1: e('R', 'AA EM OA'), 2: e('S', 'AA EM OA'), 4: e('S'), 5: e('S')}, None),
                    12: e('S', '02 03 05 09')})
    return S('CLM', 'R', 1, els, title='Claim Information')


def claim_loop(inst, usage):
    kids = [clm(inst)]
    if inst:
        kids += [dtp('096', 'TM', title='Discharge Hour'),
                 dtp('434', 'RD8', 'R', title='Statement Dates'),
                 dtp('435', 'D8 DT', title='Admission Date/Hour'),
                 dtp('050', title='Repricer Received Date'),
                 S('CL1', 'R', 1, {1: e('S'), 2: e('S'), 3: e('R')}, title='Institutional Claim Code'),
                 pwk_claim(), cn1(), amt('F3', title='Patient Estimated Amount Due')]
        for q, t, m in [('4N', 'Service Authorization Exception Code', 1), ('9F', 'Referral Number', 1),
                        ('G1', 'Prior Authorization', 1), ('F8', 'Payer Claim Control Number', 1),
                        ('9A', 'Repriced Claim Number', 1), ('9C', 'Adjusted Repriced Claim Number', 1),
                        ('LX', 'Investigational Device Exemption Number', 5),
                        ('D9', 'Claim Identifier For Transmission Intermediaries', 1), ('LU', 'Auto Accident State', 1),
                        ('EA', 'Medical Record Number', 1), ('P4', 'Demonstration Project Identifier', 1),
                        ('G4', 'Peer Review Organization (PRO) Approval Number', 1)]:
            kids.append(ref(q, 'S', m, title=t))
        kids += [k3(), nte('ALG DCP DGN DME MED NTR ODT RHB RLH RNH SET SFM SPT UPI', 'S', 10),
                 nte('ADD', 'S', 1),
                 S('CRC', 'S', 1, {1: e('R', 'ZZ'), 2: e('R', 'N Y'), 3: e('R', 'AV NU S2 ST'),
                                   4: e('S', 'AV NU S2 ST'), 5: e('S', 'AV NU S2 ST')}, disc='1',
                   title='EPSDT Referral'),
                 hi('ABK BK', '', 1, 'R', poa=True, title='Principal Diagnosis'),
                 hi('ABJ BJ', '', 1, title='Admitting Diagnosis'),
                 hi('APR PR', 'APR PR', 3, title="Patient's Reason For Visit"),
                 hi('ABN BN', 'ABN BN', 12, poa=True, title='External Cause of Injury'),
                 hi('DR', '', 1, title='Diagnosis Related Group (DRG) Information'),
                 hi('ABF BF', 'ABF BF', 12, maxo=2, poa=True, title='Other Diagnosis Information'),
                 hi('BBR BR CAH', '', 1, date=True, title='Principal Procedure Information'),
                 hi('BBQ BQ', 'BBQ BQ', 12, maxo=2, date=True, title='Other Procedure Information'),
                 hi('BI', 'BI', 12, maxo=2, date=True, title='Occurrence Span Information'),
                 hi('BH', 'BH', 12, maxo=2, date=True, title='Occurrence Information'),
                 hi('BE', 'BE', 12, maxo=2, amount=True, title='Value Information'),
                 hi('BG', 'BG', 12, maxo=2, title='Condition Information'),
                 hi('TC', 'TC', 12, maxo=2, title='Treatment Code Information'),
                 hcp(inst=True)]
        kids += [
            provider_loop('2310A', 'L2310', '71', 'Attending Provider Name', prv_code='AT'),
            provider_loop('2310B', 'L2310', '72', 'Operating Physician Name'),
            provider_loop('2310C', 'L2310', 'ZZ', 'Other Operating Physician Name'),
            provider_loop('2310D', 'L2310', '82', 'Rendering Provider Name'),
            provider_loop('2310E', 'L2310', '77', 'Service Facility Location Name', types='2', person=False,
                          address=True, ref_quals='0B G2 LU', ref_max=3),
            provider_loop('2310F', 'L2310', 'DN', 'Referring Provider Name', ref_quals='0B 1G G2', ref_max=3),
        ]
    else:
        for q, t, f, m in [('431', 'Onset of Current Illness or Symptom', 'D8', 1), ('454', 'Initial Treatment', 'D8', 1),
                           ('304', 'Last Seen Date', 'D8', 1), ('453', 'Acute Manifestation', 'D8', 1),
                           ('439', 'Accident', 'D8', 1), ('484', 'Last Menstrual Period', 'D8', 1),
                           ('455', 'Last X-ray Date', 'D8', 1), ('471', 'Hearing and Vision Prescription Date', 'D8', 1),
                           ('314 360 361', 'Disability Dates', 'D8 RD8', 1), ('297', 'Last Worked', 'D8', 1),
                           ('296', 'Authorized Return to Work', 'D8', 1), ('435', 'Admission', 'D8', 1),
                           ('096', 'Discharge', 'D8', 1), ('090 091', 'Assumed and Relinquished Care Dates', 'D8', 2),
                           ('444', 'Property and Casualty Date of First Contact', 'D8', 1),
                           ('050', 'Repricer Received Date', 'D8', 1)]:
            kids.append(dtp(q, f, 'S', m, title=t))
        kids += [pwk_claim(), cn1(), amt('F5', title='Patient Amount Paid')]
        for q, t in [('4N', 'Service Authorization Exception Code'), ('F5', 'Mandatory Medicare Crossover Indicator'),
                     ('EW', 'Mammography Certification Number'), ('9F', 'Referral Number'),
                     ('G1', 'Prior Authorization'), ('F8', 'Payer Claim Control Number'),
                     ('X4', 'Clinical Laboratory Improvement Amendment (CLIA) Number'),
                     ('9A', 'Repriced Claim Number'), ('9C', 'Adjusted Repriced Claim Number'),
                     ('LX', 'Investigational Device Exemption Number'),
                     ('D9', 'Claim Identifier For Transmission Intermediaries'), ('EA', 'Medical Record Number'),
                     ('P4', 'Demonstration Project Identifier'), ('1J', 'Care Plan Oversight')]:
            kids.append(ref(q, 'S', 1, title=t))
        kids += [k3(), nte('ADD CER DCP DGN TPO', 'S', 1),
                 S('CR1', 'S', 1, {1: e('S', 'LB'), 2: e('S'), 4: e('R', 'A B C D E'), 5: e('R', 'DH'), 6: e('R'),
                                   9: e('S'), 10: e('S')}, title='Ambulance Transport Information'),
                 S('CR2', 'S', 1, {8: e('R', 'A C D E F G M'), 10: e('S'), 11: e('S')},
                   title='Spinal Manipulation Service Information'),
                 crc('07', 'N Y', '01 04 05 06 07 08 09 12', 3, 5, 'Ambulance Certification'),
                 crc('E1 E2 E3', 'N Y', 'L1 L2 L3 L4 L5', 3, 5, 'Patient Condition Information: Vision'),
                 crc('75', 'Y', 'IH', 1, 1, 'Homebound Indicator'),
                 crc('ZZ', 'N Y', 'AV NU S2 ST', 1, 3, 'EPSDT Referral'),
                 hi('ABK BK', 'ABF BF', 12, 'R', title='Health Care Diagnosis Code'),
                 hi('BP', 'BO', 2, title='Anesthesia Related Procedure'),
                 hi('BG', 'BG', 12, maxo=2, title='Condition Information'),
                 hcp()]
        kids += [
            provider_loop('2310A', 'L2310', 'DN P3', 'Referring Provider Name', maxo=2, ref_quals='0B 1G G2',
                          ref_max=3),
            provider_loop('2310B', 'L2310', '82', 'Rendering Provider Name', types='1 2', prv_code='PE'),
            provider_loop('2310C', 'L2310', '77', 'Service Facility Location Name', types='2', person=False,
                          address=True, ref_quals='0B G2 LU', ref_max=3,
                          contact=per('S', 1, q3='TE', q5='EX', three=False)),
            provider_loop('2310D', 'L2310', 'DQ', 'Supervising Provider Name'),
            L('2310E', 'L2310', 'S', 1, [S('NM1', 'R', 1, {1: e('R', 'PW'), 2: e('R', '2')}, disc='1'), n3(), n4()],
              title='Ambulance Pick-up Location', disc='1'),
            L('2310F', 'L2310', 'S', 1, [S('NM1', 'R', 1, {1: e('R', '45'), 2: e('R', '2'), 3: e('S')}, disc='1'),
                                         n3(), n4()], title='Ambulance Drop-off Location', disc='1'),
        ]
    kids.append(other_subscriber_loop(inst))
    kids.append(line_loop(inst))
    return L('2300', 'L2300', usage, 100, kids, title='Claim Information')


def crc(cat, answer, conds, maxo, ncond, title):
    els = {1: e('R', cat), 2: e('R', answer), 3: e('R', conds)}
    for p in range(4, 3 + ncond):
        els[p] = e('S', conds)
    return S('CRC', 'S', maxo, els, disc='1', title=title)


def other_subscriber_loop(inst):
    kids = [sbr(True, inst), cas(), amt('D', title='Payer Prior Payment')]
    if inst:
        kids += [amt('EAF', title='Remaining Patient Liability'), amt('A8', title='Non-Covered Charge Amount')]
    else:
        kids += [amt('A8', title='Non-Covered Charge Amount'), amt('EAF', title='Remaining Patient Liability')]
    oi = {3: e('R', 'N W Y'), 6: e('R', 'I Y')}
    if not inst:
        oi[4] = e('S', 'P')
    kids.append(S('OI', 'R', 1, oi, title='Other Insurance Coverage Information'))
    if inst:
        mia = {1: e('R')}
        for p in range(3, 25):
            mia[p] = e('S')
        kids.append(S('MIA', 'S', 1, mia, title='Inpatient Adjudication Information'))
    kids.append(S('MOA', 'S', 1, {p: e('S') for p in range(1, 10)}, title='Outpatient Adjudication Information'))
    kids.append(L('2330A', 'L2330', 'R', 1, [
        nm1('IL', '1 2', idq='II MI', idu='R', title='Other Subscriber Name'), n3('S'), n4('S'),
        ref('SY', 'S', 1, title='Other Subscriber Secondary Identification')], title='Other Subscriber Name',
        disc='1'))
    kids.append(L('2330B', 'L2330', 'R', 1, [
        nm1('PR', '2', first=None, middle=None, suffix=None, idq='PI XV', idu='R', title='Other Payer Name'),
        n3('S'), n4('S'), dtp('573', title='Claim Check or Remittance Date'),
        ref('2U EI FY NF', 'S', 2, title='Other Payer Secondary Identifier'),
        ref('G1', 'S', 1, title='Other Payer Prior Authorization Number'),
        ref('9F', 'S', 1, title='Other Payer Referral Number'),
        ref('T4', 'S', 1, title='Other Payer Claim Adjustment Indicator'),
        ref('F8', 'S', 1, title='Other Payer Claim Control Number')], title='Other Payer Name', disc='1'))
    if inst:
        kids += [other_payer_provider('2330C', '71', 'Other Payer Attending Provider', ref_max=4),
                 other_payer_provider('2330D', '72', 'Other Payer Operating Physician', ref_max=4),
                 other_payer_provider('2330E', 'ZZ', 'Other Payer Other Operating Physician', ref_max=4),
                 other_payer_provider('2330F', '77', 'Other Payer Service Facility Location', types='2',
                                      quals='0B G2 LU'),
                 other_payer_provider('2330G', '82', 'Other Payer Rendering Provider Name', ref_max=4),
                 other_payer_provider('2330H', 'DN', 'Other Payer Referring Provider', quals='0B 1G G2'),
                 other_payer_provider('2330I', '85', 'Other Payer Billing Provider', types='2', quals=BILLING_REF,
                                      ref_max=2)]
    else:
        kids += [other_payer_provider('2330C', 'DN P3', 'Other Payer Referring Provider', quals='0B 1G G2', maxo=2),
                 other_payer_provider('2330D', '82', 'Other Payer Rendering Provider', types='1 2'),
                 other_payer_provider('2330E', '77', 'Other Payer Service Facility Location', types='2',
                                      quals='0B G2 LU'),
                 other_payer_provider('2330F', 'DQ', 'Other Payer Supervising Provider'),
                 other_payer_provider('2330G', '85', 'Other Payer Billing Provider', types='1 2', quals=BILLING_REF,
                                      ref_max=2)]
    return L('2320', 'L2320', 'S', 10, kids, title='Other Subscriber Information')


def line_loop(inst):
    kids = [S('LX', 'R', 1, {1: e('R')}, title='Service Line Number')]
    if inst:
        kids.append(S('SV2', 'R', 1, {
            1: e('R'),
            2: ('S', {1: e('R', 'ER HC HP IV WK'), 2: e('R'), 3: e('S'), 4: e('S'), 5: e('S'), 6: e('S'), 7: e('S')},
                None),
            3: e('R'), 4: e('R', 'DA UN'), 5: e('R'), 7: e('S')}, title='Institutional Service Line'))
        kids += [pwk_claim(), dtp('472', 'D8 RD8', 'S', title='Date - Service Date'),
                 ref('6R', title='Line Item Control Number'), ref('9B', title='Repriced Line Item Reference Number'),
                 ref('9D', title='Adjusted Repriced Line Item Reference Number'),
                 amt('GT', title='Service Tax Amount'), amt('N8', title='Facility Tax Amount'),
                 nte('TPO', title='Third Party Organization Notes'), hcp(line=True, inst=True)]
    else:
        kids.append(S('SV1', 'R', 1, {
            1: ('R', {1: e('R', 'ER HC IV WK'), 2: e('R'), 3: e('S'), 4: e('S'), 5: e('S'), 6: e('S'), 7: e('S')},
                None),
            2: e('R'), 3: e('R', 'MJ UN'), 4: e('R'), 5: e('S'),
            7: ('R', {1: e('R'), 2: e('S'), 3: e('S'), 4: e('S')}, None),
            9: e('S', 'Y'), 11: e('S', 'Y'), 12: e('S', 'Y'), 15: e('S', '0')}, title='Professional Service'))
        kids.append(S('SV5', 'S', 1, {1: ('R', {1: e('R', 'HC'), 2: e('R')}, None), 2: e('R', 'DA'), 3: e('R'),
                                      4: e('R'), 5: e('R'), 6: e('R', '1 4 6')}, title='Durable Medical Equipment Service'))
        kids.append(pwk_claim(True))
        kids.append(S('PWK', 'S', 1, {1: e('R', 'CT'), 2: e('R', 'AB AD AF AG NS')}, disc='1',
                      title='Durable Medical Equipment Certificate of Medical Necessity Indicator'))
        kids.append(S('CR1', 'S', 1, {1: e('S', 'LB'), 2: e('S'), 4: e('R', 'A B C D E'), 5: e('R', 'DH'), 6: e('R'),
                                      9: e('S'), 10: e('S')}, title='Ambulance Transport Information'))
        kids.append(S('CR3', 'S', 1, {1: e('R', 'I R S'), 2: e('R', 'MO'), 3: e('R')},
                      title='Durable Medical Equipment Certification'))
        kids += [crc('07', 'N Y', '01 04 05 06 07 08 09 12', 3, 5, 'Ambulance Certification'),
                 crc('70', 'N Y', '65', 1, 1, 'Hospice Employee Indicator'),
                 crc('09', 'N Y', '38 ZV', 1, 2, 'Condition Indicator/Durable Medical Equipment')]
        kids += [dtp('472', 'D8 RD8', 'R', title='Date - Service Date'),
                 dtp('471', title='Prescription Date'), dtp('607', title='Certification Revision/Recertification Date'),
                 dtp('463', title='Begin Therapy Date'), dtp('461', title='Last Certification Date'),
                 dtp('304', title='Last Seen Date'), dtp('738 739', maxo=2, title='Test Date'),
                 dtp('011', title='Shipped Date'), dtp('455', title='Last X-ray Date'),
                 dtp('454', title='Initial Treatment Date'),
                 S('QTY', 'S', 1, {1: e('R', 'PT'), 2: e('R')}, disc='1', title='Ambulance Patient Count'),
                 S('QTY', 'S', 1, {1: e('R', 'FL'), 2: e('R')}, disc='1', title='Obstetric Anesthesia Additional Units'),
                 S('MEA', 'S', 5, {1: e('R', 'OG TR'), 2: e('R', 'HT R1 R2 R3 R4'), 3: e('R')},
                   title='Test Result'),
                 cn1()]
        for q, t, m in [('9B', 'Repriced Line Item Reference Number', 1),
                        ('9D', 'Adjusted Repriced Line Item Reference Number', 1), ('G1', 'Prior Authorization', 5),
                        ('6R', 'Line Item Control Number', 1), ('EW', 'Mammography Certification Number', 1),
                        ('X4', 'Clinical Laboratory Improvement Amendment (CLIA) Number', 1),
                        ('F4', 'Referring Clinical Laboratory Improvement Amendment (CLIA) Facility Identification', 1),
                        ('BT', 'Immunization Batch Number', 1), ('9F', 'Referral Number', 5)]:
            kids.append(ref(q, 'S', m, title=t))
        kids += [amt('T', title='Sales Tax Amount'), amt('F4', title='Postage Claimed Amount'), k3(),
                 nte('ADD DCP', title='Line Note'), nte('TPO', title='Third Party Organization Notes'),
                 S('PS1', 'S', 1, {1: e('R'), 2: e('R')}, title='Purchased Service Information'),
                 hcp(line=True)]
    kids.append(L('2410', 'L2410', 'S', 1, [
        S('LIN', 'R', 1, {1: e('S'), 2: e('R', 'EN EO HI N4 ON UK UP'), 3: e('R')}, title='Drug Identification'),
        S('CTP', 'R', 1, {4: e('R'), 5: ('R', {1: e('R', 'F2 GR ME ML UN')}, None)}, title='Drug Quantity'),
        ref('VY XZ', 'S', 1, title='Prescription or Compound Drug Association Number')], title='Drug Identification'))
    if inst:
        kids += [provider_loop('2420A', 'L2420', '72', 'Operating Physician Name', ref_max=20),
                 provider_loop('2420B', 'L2420', 'ZZ', 'Other Operating Physician Name', ref_max=20),
                 provider_loop('2420C', 'L2420', '82', 'Rendering Provider Name', ref_max=20),
                 provider_loop('2420D', 'L2420', 'DN', 'Referring Provider Name', ref_quals='0B 1G G2', ref_max=20)]
    else:
        kids += [provider_loop('2420A', 'L2420', '82', 'Rendering Provider Name', types='1 2', prv_code='PE',
                               ref_max=20),
                 provider_loop('2420B', 'L2420', 'QB', 'Purchased Service Provider Name', types='1 2', last=None,
                               person=False, ref_quals='0B 1G G2', ref_max=20),
                 provider_loop('2420C', 'L2420', '77', 'Service Facility Location Name', types='2', person=False,
                               address=True, ref_quals='G2 LU', ref_max=3),
                 provider_loop('2420D', 'L2420', 'DQ', 'Supervising Provider Name', ref_max=20),
                 provider_loop('2420E', 'L2420', 'DK', 'Ordering Provider Name', address=True, address_usage='S',
                               ref_quals='0B 1G G2', ref_max=20, contact=per('S', 1)),
                 provider_loop('2420F', 'L2420', 'DN P3', 'Referring Provider Name', maxo=2, ref_quals='0B 1G G2',
                               ref_max=20),
                 L('2420G', 'L2420', 'S', 1, [S('NM1', 'R', 1, {1: e('R', 'PW'), 2: e('R', '2')}, disc='1'), n3(),
                                              n4()], title='Ambulance Pick-up Location', disc='1'),
                 L('2420H', 'L2420', 'S', 1, [S('NM1', 'R', 1, {1: e('R', '45'), 2: e('R', '2'), 3: e('S')},
                                                disc='1'), n3(), n4()], title='Ambulance Drop-off Location',
                   disc='1')]
    svd = {1: e('R'), 2: e('R'), 3: ('R' if not inst else 'S',
                                     {1: e('R', 'ER HC HP IV WK'), 2: e('R'), 3: e('S'), 4: e('S'), 5: e('S'),
                                      6: e('S'), 7: e('S')}, None), 5: e('R'), 6: e('S')}
    if inst:
        svd[4] = e('R')
    kids.append(L('2430', 'L2430', 'S', 15, [
        S('SVD', 'R', 1, svd, title='Line Adjudication Information'), cas(),
        dtp('573', 'D8', 'R', title='Line Check or Remittance Date'),
        amt('EAF', title='Remaining Patient Liability')], title='Line Adjudication Information'))
    if not inst:
        kids.append(L('2440', 'L2440', 'S', 99999, [
            S('LQ', 'R', 1, {1: e('R', 'AS UT'), 2: e('R')}, title='Form Identification Code'),
            S('FRM', 'R', 99, {1: e('R'), 2: e('S', 'N W Y'), 3: e('S'), 4: e('S'), 5: e('S')},
              title='Supporting Documentation')], title='Form Identification Code'))
    return L('2400', 'L2400', 'R', 999 if inst else 50, kids, title='Service Line Number')


def guide(inst):
    return header(inst) + [billing_hl(inst), subscriber_hl(inst), patient_hl(inst)]


# ---------------------------------------------------------------- XML output
def std_key(node):
    return node.tag if isinstance(node, S) else node.std


def check_order(parent_std, children, where):
    order = STD_ORDER[parent_std]
    last = -1
    for c in children:
        k = std_key(c)
        if k not in order:
            raise SystemExit(f'{where}: {k} not in standard {parent_std}')
        i = order.index(k)
        if i < last:
            raise SystemExit(f'{where}: {k} out of standard order in {parent_std}')
        last = i


def occurs(usage, maxo):
    return f' minOccurs="{1 if usage == "R" else 0}" maxOccurs="{maxo}"'


def title_attr(t):
    return f' title="{escape(t, {chr(34): "&quot;"})}"' if t else ''


def enum_xml(cl, ind):
    vals = codes(cl)
    out = [f'{ind}<enumeration>']
    out += [f'{ind}  <value>{v}</value>' for v in vals]
    out.append(f'{ind}</enumeration>')
    return out


def seg_xml(s, ind, loop_code):
    disc = f' discriminator="{s.disc}"' if s.disc and needs_disc(s) else ''
    out = [f'{ind}<segment type="{s.tag}"{disc}{occurs(s.usage, s.max)}{title_attr(s.title)}>', f'{ind}  <sequence>']
    for pos in sorted(s.els):
        usage, cl, rep = s.els[pos]
        ref = SEG[s.tag][pos - 1]
        if ref.startswith('C'):
            comp_name = ref.split('*')[0]
            if not isinstance(cl, dict):
                raise SystemExit(f'{s.tag}{pos:02d} is a composite')
            out.append(f'{ind}    <composite position="{pos}"{occurs(usage, rep or 1)}>')
            out.append(f'{ind}      <sequence>')
            for cpos in sorted(cl):
                cu, ccl, _ = cl[cpos]
                if cpos > len(COMP[comp_name]):
                    raise SystemExit(f'{s.tag}{pos:02d}-{cpos} beyond composite')
                if ccl:
                    out.append(f'{ind}        <element position="{cpos}"{occurs(cu, 1)}>')
                    out += enum_xml(ccl, ind + '          ')
                    out.append(f'{ind}        </element>')
                else:
                    out.append(f'{ind}        <element position="{cpos}"{occurs(cu, 1)}/>')
            out.append(f'{ind}      </sequence>')
            out.append(f'{ind}    </composite>')
        else:
            if isinstance(cl, dict):
                raise SystemExit(f'{s.tag}{pos:02d} is not a composite')
            if cl:
                out.append(f'{ind}    <element position="{pos}"{occurs(usage, rep or 1)}>')
                out += enum_xml(cl, ind + '      ')
                out.append(f'{ind}    </element>')
            else:
                out.append(f'{ind}    <element position="{pos}"{occurs(usage, rep or 1)}/>')
    out += [f'{ind}  </sequence>', f'{ind}</segment>']
    return out


_SIBLINGS = {}


def needs_disc(node):
    return _SIBLINGS.get(id(node), False)


def mark_siblings(children):
    seen = {}
    for c in children:
        seen.setdefault(std_key(c), []).append(c)
    for group in seen.values():
        if len(group) > 1:
            for c in group:
                if not c.disc:
                    raise SystemExit(f'{std_key(c)}: several implementations without discriminator')
                _SIBLINGS[id(c)] = True


def loop_xml(l, ind):
    mark_siblings(l.children)
    check_order(l.std, l.children, l.code)
    disc = f' discriminator="{l.disc}"' if l.disc and needs_disc(l) else ''
    out = [f'{ind}<loop code="{l.code}" type="{l.std}"{disc}{occurs(l.usage, l.max)}{title_attr(l.title)}>',
           f'{ind}  <sequence>']
    for c in l.children:
        out += loop_xml(c, ind + '    ') if isinstance(c, L) else seg_xml(c, ind + '    ', l.code)
    out += [f'{ind}  </sequence>', f'{ind}</loop>']
    return out


def std_xml(children, ind):
    out = []
    for c in children:
        if isinstance(c, tuple):
            code, maxo, kids = c
            out.append(f'{ind}<loop code="{code}" maxOccurs="{maxo}">')
            out.append(f'{ind}  <sequence>')
            out += std_xml(kids, ind + '    ')
            out.append(f'{ind}  </sequence>')
            out.append(f'{ind}</loop>')
        else:
            if c == 'BHT':
                out.append(f'{ind}<segment type="{c}" minOccurs="1"/>')
            else:
                out.append(f'{ind}<segment type="{c}" maxOccurs="99"/>')
    return out


def used_positions(nodes, seg_max, comp_max):
    """The last element position each segment uses and the last component each composite uses in a guide."""
    for n in nodes:
        if isinstance(n, L):
            used_positions(n.children, seg_max, comp_max)
            continue
        for pos, (usage, cl, rep) in n.els.items():
            seg_max[n.tag] = max(seg_max.get(n.tag, 0), pos)
            ref = SEG[n.tag][pos - 1].split('*')[0]
            if isinstance(cl, dict):
                comp_max[ref] = max(comp_max.get(ref, 0), max(cl))


def schema(inst):
    name = '005010X223A2' if inst else '005010X222A1'
    what = 'Health Care Claim: Institutional' if inst else 'Health Care Claim: Professional'
    body = guide(inst)
    seg_max, comp_max = {}, {}
    used_positions(body, seg_max, comp_max)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<!-- StAEDI implementation schema: 837 {what} ({name}).',
           '     Written for RevCycle from the ASC X12 005010 implementation guide structure: loops carry the',
           '     implementation guide loop ids, usage R = minOccurs 1, S = minOccurs 0, elements not listed are not used.',
           '     Generated by common-x12/src/test/resources/io/revcycle/x12/claim/gen837.py: edit the generator, not this',
           '     file. -->',
           '<schema xmlns="http://xlate.io/EDISchema/v4">',
           '  <transaction>', '    <sequence>']
    out += std_xml(STD, '      ')
    out += ['    </sequence>', '  </transaction>', '', f'  <implementation title="{what} {name}">', '    <sequence>']
    mark_siblings(body)
    check_order('BODY', body, 'body')
    for c in body:
        out += loop_xml(c, '      ') if isinstance(c, L) else seg_xml(c, '      ', None)
    out += ['    </sequence>', '  </implementation>', '']
    # trailing elements and components no implementation uses are left out of the segment and composite types
    # ("not used" omitted), which also spares the validator padding them on every segment
    segs = {tag: (SEG[tag][:seg_max[tag]] if tag in seg_max else SEG[tag]) for tag in SEG}
    comps = {c: COMP[c][:comp_max[c]] for c in COMP if c in comp_max}
    for tag, refs in segs.items():
        for r in refs:
            r = r.split('*')[0]
            if r.startswith('C') and r not in comps:
                comps[r] = COMP[r]
    used_de = set()
    for refs in segs.values():
        used_de.update(r.split('*')[0] for r in refs if not r.startswith('C'))
    for refs in comps.values():
        used_de.update(refs)
    for num in sorted(used_de, key=lambda x: int(x)):
        base, mn, mx = DE[num]
        out.append(f'  <elementType name="DE{int(num):04d}" number="{int(num)}" base="{base}" minLength="{mn}" '
                   f'maxLength="{mx}"/>')
    out.append('')
    for cname in sorted(comps):
        out.append(f'  <compositeType name="{cname}">')
        out.append('    <sequence>')
        for d in comps[cname]:
            out.append(f'      <element type="DE{int(d):04d}"/>')
        out.append('    </sequence>')
        out.append('  </compositeType>')
    out.append('')
    for tag in sorted(segs):
        out.append(f'  <segmentType name="{tag}">')
        out.append('    <sequence>')
        for r in segs[tag]:
            nm, _, rep = r.partition('*')
            maxo = f' maxOccurs="{rep}"' if rep else ''
            if nm.startswith('C'):
                out.append(f'      <composite type="{nm}"{maxo}/>')
            else:
                out.append(f'      <element type="DE{int(nm):04d}"{maxo}/>')
        out.append('    </sequence>')
        out.append('  </segmentType>')
    out.append('</schema>')
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    target = sys.argv[1]
    with open(f'{target}/837-005010X222A1.xml', 'w') as f:
        f.write(schema(False))
    _SIBLINGS.clear()
    with open(f'{target}/837-005010X223A2.xml', 'w') as f:
        f.write(schema(True))
