import sys
sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from common import *

P = lambda *p: ('paired', p)
Cn = lambda *p: ('conditional', p)
R = lambda *p: ('required', p)

seg_types = {
 'BHT': S('1005:1','353:1','127','373','337','640'),
 'HL': S('628:1','734','735:1','736'),
 'NM1': S('98:1','1065:1','1035','1036','1037','1038','1039','66','67','706','98','1035', syntax=[P(8,9), Cn(11,10), Cn(12,3)]),
 'PER': S('366:1','93','365','364','365','364','365','364','443', syntax=[P(3,4), P(5,6), P(7,8)]),
 'TRN': S('481:1','127:1','509','127'),
 'STC': S('C:C043:1','373','306','782','782','373','591','373','429','C:C043','C:C043','933', syntax=[P(9,8)]),
 'REF': S('128:1','127','352','C:C040', syntax=[R(2,3)]),
 'DTP': S('374:1','1250:1','1251:1'),
 'QTY': S('673:1','380','C:C001','61', syntax=[('exclusion',(2,4)), R(2,4)]),
 'AMT': S('522:1','782:1','478'),
 'SVC': S('C:C003:1','782:1','782','234','380','C:C003','380'),
}
comp_types = {'C001': C001, 'C003': C003, 'C040': C040, 'C043': C043}

std = [
 ('seg','BHT',1,1),
 ('loop','L2000',1,INF,[('seg','HL',1,1),
   ('loop','L2100',0,INF,[('seg','NM1',1,1),('seg','PER',0,INF)]),
   ('loop','L2200',0,INF,[('seg','TRN',1,1),('seg','STC',0,INF),('seg','REF',0,INF),('seg','DTP',0,INF),('seg','QTY',0,INF),('seg','AMT',0,INF),
     ('loop','L2220',0,INF,[('seg','SVC',1,1),('seg','STC',0,INF),('seg','REF',0,INF),('seg','DTP',0,INF)])])]),
]

def stc(entity_codes, min=1, max=INF, charge='R', effective='R', actions=('U','WQ'), message='S', title=None):
    status = lambda pos, usage, codes: C(pos, usage, [E(1,'R'), E(2,'R'), E(3,'S',codes)])
    els = [status(1,'R',entity_codes)]
    if effective:
        els.append(E(2,effective))
    els.append(E(3,'R',list(actions)))
    if charge:
        els.append(E(4,charge))
    els += [status(10,'S',entity_codes), status(11,'S',entity_codes)]
    if message:
        els.append(E(12,message))
    return Seg('STC', els, min=min, max=max, title=title)

def ref(code, title):
    return Seg('REF', [E(1,'R',[code]), E(2,'R')], disc='1', title=title)

def single(tag, code, usage_min, title):
    return Seg(tag, [E(1,'R',[code]), E(2,'R')], min=usage_min, disc='1', title=title)

CLAIM_ENTITIES = ['03','1P','1Z','40','41','71','72','73','77','82','85','87','DK','DN','DQ','FA','GB','HK','IL','LI','MSC','PR','PRP','QB','QC','QD','SEP','TL','TTP','TU']

impl = [
 Seg('BHT', [E(1,'R',['0085']), E(2,'R',['08']), E(3,'R'), E(4,'R'), E(5,'R'), E(6,'R',['TH'])], min=1, title='Beginning of Hierarchical Transaction'),
 Loop('2000A', 'L2000', [
   Seg('HL', [E(1,'R'), E(3,'R',['20']), E(4,'R',['1'])], min=1, title='Information Source Level'),
   Loop('2100A', 'L2100', [
     Seg('NM1', [E(1,'R',['AY','PR']), E(2,'R',['2']), E(3,'R'), E(8,'R',['46','FI','PI','XV']), E(9,'R')], min=1, title='Information Source Name'),
   ], min=1, max=1, title='Information Source Name'),
   Loop('2200A', 'L2200', [
     Seg('TRN', [E(1,'R',['1']), E(2,'R')], min=1, title='Transmission Receipt Control Identifier'),
     Seg('DTP', [E(1,'R',['050']), E(2,'R',['D8']), E(3,'R')], min=1, disc='1', title='Information Source Receipt Date'),
     Seg('DTP', [E(1,'R',['009']), E(2,'R',['D8']), E(3,'R')], min=1, disc='1', title='Information Source Process Date'),
   ], min=1, max=INF, title='Transmission Receipt Control Identifier'),
 ], min=1, max=INF, disc='3', title='Information Source Level'),
 Loop('2000B', 'L2000', [
   Seg('HL', [E(1,'R'), E(2,'R'), E(3,'R',['21']), E(4,'R',['0','1'])], min=1, title='Information Receiver Level'),
   Loop('2100B', 'L2100', [
     Seg('NM1', [E(1,'R',['41']), E(2,'R',['1','2']), E(3,'R'), E(4,'S'), E(5,'S'), E(8,'R',['46']), E(9,'R')], min=1, title='Information Receiver Name'),
   ], min=1, max=1, title='Information Receiver Name'),
   Loop('2200B', 'L2200', [
     Seg('TRN', [E(1,'R',['2']), E(2,'R')], min=1, title='Information Receiver Application Trace Identifier'),
     stc(['36','40','41','AY','PR'], title='Information Receiver Status Information'),
     single('QTY', '90', 0, 'Total Accepted Quantity'),
     single('QTY', 'AA', 0, 'Total Rejected Quantity'),
     single('AMT', 'YU', 0, 'Total Accepted Amount'),
     single('AMT', 'YY', 0, 'Total Rejected Amount'),
   ], min=1, max=1, title='Information Receiver Application Trace Identifier'),
 ], min=1, max=INF, disc='3', title='Information Receiver Level'),
 Loop('2000C', 'L2000', [
   Seg('HL', [E(1,'R'), E(2,'R'), E(3,'R',['19']), E(4,'R',['0','1'])], min=1, title='Billing Provider of Service Level'),
   Loop('2100C', 'L2100', [
     Seg('NM1', [E(1,'R',['85']), E(2,'R',['1','2']), E(3,'R'), E(4,'S'), E(5,'S'), E(7,'S'), E(8,'R',['FI','SV','XX']), E(9,'R')], min=1, title='Billing Provider Name'),
   ], min=1, max=1, title='Billing Provider Name'),
   Loop('2200C', 'L2200', [
     Seg('TRN', [E(1,'R',['1']), E(2,'R')], min=1, title='Provider of Service Information Trace Identifier'),
     stc(['36','40','41','77','82','85','87','AY','PR'], min=0, title='Billing Provider Status Information'),
     Seg('REF', [E(1,'R',['0B','1G','G2','LU','SY','TJ']), E(2,'R')], title='Provider Secondary Identifier'),
     single('QTY', 'QA', 0, 'Total Accepted Quantity'),
     single('QTY', 'QC', 0, 'Total Rejected Quantity'),
     single('AMT', 'YU', 0, 'Total Accepted Amount'),
     single('AMT', 'YY', 0, 'Total Rejected Amount'),
   ], min=1, max=1, title='Provider of Service Information Trace Identifier'),
 ], min=1, max=INF, disc='3', title='Billing Provider of Service Level'),
 Loop('2000D', 'L2000', [
   Seg('HL', [E(1,'R'), E(2,'R'), E(3,'R',['PT'])], min=1, title='Patient Level'),
   Loop('2100D', 'L2100', [
     Seg('NM1', [E(1,'R',['QC']), E(2,'R',['1']), E(3,'R'), E(4,'S'), E(5,'S'), E(7,'S'), E(8,'R',['II','MI']), E(9,'R')], min=1, title='Patient Name'),
   ], min=1, max=1, title='Patient Name'),
   Loop('2200D', 'L2200', [
     Seg('TRN', [E(1,'R',['2']), E(2,'R')], min=1, title='Claim Status Tracking Number'),
     stc(CLAIM_ENTITIES, title='Claim Level Status Information'),
     ref('1K', 'Payer Claim Control Number'),
     ref('D9', 'Claim Identifier Number for Clearinghouses and Other Transmission Intermediaries'),
     ref('BLT', 'Institutional Bill Type Identification'),
     Seg('DTP', [E(1,'R',['472']), E(2,'R',['D8','RD8']), E(3,'R')], min=1, title='Claim Level Service Date'),
     Loop('2220D', 'L2220', [
       Seg('SVC', [C(1,'R',[E(1,'R',['AD','ER','HC','HP','IV','N4','NU','WK']), E(2,'R'), E(3,'S'), E(4,'S'), E(5,'S'), E(6,'S')]),
                   E(2,'R'), E(4,'S'), E(7,'S')], min=1, title='Service Line Information'),
       stc(CLAIM_ENTITIES, charge=None, max=1, message=None, actions=('U',), title='Service Line Level Status Information'),
       ref('FJ', 'Service Line Item Identification'),
       ref('XZ', 'Pharmacy Prescription Number'),
       Seg('DTP', [E(1,'R',['472']), E(2,'R',['D8','RD8']), E(3,'R')], title='Service Line Date'),
     ], max=INF, title='Service Line Information'),
   ], min=1, max=INF, title='Claim Status Tracking Number'),
 ], min=1, max=INF, disc='3', title='Patient Level'),
]

header = """
RevCycle: ASC X12 005010X214 Health Care Claim Acknowledgment (277CA) for StAEDI.
The <transaction> section is the 277 structure this guide uses; <implementation> carries the guide's loop ids
(2000A-2000D with their 2100x name loops, 2200x trace loops and 2220D service lines), usage (required = minOccurs 1,
situational = minOccurs 0, not used = not listed), repeats and the structure-deciding code values (HL03 level codes
20/21/19/PT as loop discriminators, DTP01, REF01, QTY01 and AMT01 segment discriminators).
The HL loops are siblings here (the reader nests them by HL02); repeats of 2000B-2000D are counted per transaction.
Written for RevCycle from the structure of the implementation guide; element lengths follow the X12 dictionary.
"""
print(render(header, std, impl, all_des(seg_types, comp_types), comp_types, seg_types), end='')
