import sys
sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from common import *

P = lambda *p: ('paired', p)
Cn = lambda *p: ('conditional', p)
L = lambda *p: ('list', p)
R = lambda *p: ('required', p)
X = lambda *p: ('exclusion', p)

seg_types = {
 'BPR': S('305:1','782:1','478:1','591:1','812','506','507','569','508','509','510','506','507','569','508','373','1048','506','507','569','508',
          syntax=[P(6,7), Cn(8,9), P(12,13), Cn(14,15), P(18,19), Cn(20,21)]),
 'TRN': S('481:1','127:1','509','127'),
 'CUR': S('98:1','100:1','280','98','100','669', *(['374','373','337'] * 5), syntax=[Cn(8,7), Cn(9,8), Cn(11,10), Cn(12,11), Cn(14,13), Cn(15,14), Cn(17,16), Cn(18,17), Cn(20,19), Cn(21,20)]),
 'REF': S('128:1','127','352','C:C040', syntax=[R(2,3)]),
 'DTM': S('374:1','373','337','623','1250','1251', syntax=[R(2,3,5), Cn(4,3), P(5,6)]),
 'N1': S('98:1','93','66','67','706','98', syntax=[R(2,3), P(3,4)]),
 'N3': S('166:1','166'),
 'N4': S('19','156','116','26','309','310','1715', syntax=[X(2,7), Cn(6,5), Cn(7,4)]),
 'PER': S('366:1','93','365','364','365','364','365','364','443', syntax=[P(3,4), P(5,6), P(7,8)]),
 'RDM': S('756:1','93','364','C:C040','C:C040'),
 'LX': S('554:1'),
 'TS3': S('127:1','1331:1','373:1','380:1','782:1', *(['782'] * 17), '380', '782'),
 'TS2': S('782','782','782','782','782','782','380','782','782','380','380','380','380','380','782','380','782','782','782'),
 'CLP': S('1028:1','1029:1','782:1','782:1','782','1032','127','1331','1325','1352','1354','380','954','1073'),
 'CAS': S('1033:1','1034:1','782:1','380', *(['1034','782','380'] * 5),
          syntax=[L(5,6,7), Cn(6,5), Cn(7,5), L(8,9,10), Cn(9,8), Cn(10,8), L(11,12,13), Cn(12,11), Cn(13,11),
                  L(14,15,16), Cn(15,14), Cn(16,14), L(17,18,19), Cn(18,17), Cn(19,17)]),
 'NM1': S('98:1','1065:1','1035','1036','1037','1038','1039','66','67','706','98','1035', syntax=[P(8,9), Cn(11,10), Cn(12,3)]),
 'MIA': S('380:1','782','380','782','127', *(['782'] * 9), '380', '782','782','782','782', '127','127','127','127', '782'),
 'MOA': S('954','782','127','127','127','127','127','782','782'),
 'AMT': S('522:1','782:1','478'),
 'QTY': S('673:1','380','C:C001','61', syntax=[X(2,4), R(2,4)]),
 'SVC': S('C:C003:1','782:1','782','234','380','C:C003','380'),
 'LQ': S('1270','1271', syntax=[Cn(1,2)]),
 'PLB': S('127:1','373:1','C:C042:1','782:1','C:C042','782','C:C042','782','C:C042','782','C:C042','782','C:C042','782',
          syntax=[P(5,6), P(7,8), P(9,10), P(11,12), P(13,14)]),
}
comp_types = {'C001': C001, 'C003': C003, 'C040': C040, 'C042': C042}

std = [
 ('seg','BPR',1,1), ('seg','TRN',0,1), ('seg','CUR',0,1), ('seg','REF',0,INF), ('seg','DTM',0,INF),
 ('loop','L1000',0,200,[('seg','N1',1,1),('seg','N3',0,2),('seg','N4',0,1),('seg','REF',0,INF),('seg','PER',0,INF),('seg','RDM',0,1)]),
 ('loop','L2000',0,INF,[('seg','LX',1,1),('seg','TS3',0,1),('seg','TS2',0,1),
   ('loop','L2100',0,INF,[('seg','CLP',1,1),('seg','CAS',0,99),('seg','NM1',0,9),('seg','MIA',0,1),('seg','MOA',0,1),
      ('seg','REF',0,99),('seg','DTM',0,9),('seg','PER',0,3),('seg','AMT',0,20),('seg','QTY',0,20),
      ('loop','L2110',0,999,[('seg','SVC',1,1),('seg','DTM',0,9),('seg','CAS',0,99),('seg','REF',0,99),('seg','AMT',0,20),('seg','QTY',0,20),('seg','LQ',0,99)])])]),
 ('seg','PLB',0,INF),
]

def ref(codes, min=0, max=1, title=None):
    return Seg('REF', [E(1,'R',codes), E(2,'R')], min=min, max=max, disc='1' if codes else None, title=title)

def dtm(codes, min=0, max=1, title=None):
    return Seg('DTM', [E(1,'R',codes), E(2,'R')], min=min, max=max, disc='1', title=title)

def cas(title):
    els = [E(1,'R',['CO','OA','PI','PR']), E(2,'R'), E(3,'R'), E(4,'S')]
    for p in range(5, 20):
        els.append(E(p,'S'))
    return Seg('CAS', els, max=99, title=title)

def proc(pos, usage, codes, desc_usage='S'):
    return C(pos, usage, [E(1,'R',codes), E(2,'R'), E(3,'S'), E(4,'S'), E(5,'S'), E(6,'S'), E(7,desc_usage)])

NM1_PERSON = lambda code, etq, idq, id_usage, min=0, title=None: Seg('NM1', [E(1,'R',[code]), E(2,'R',etq), E(3,'S'), E(4,'S'), E(5,'S'), E(7,'S'), E(8,id_usage,idq), E(9,id_usage)], min=min, disc='1', title=title)
NM1_ORG = lambda code, title: Seg('NM1', [E(1,'R',[code]), E(2,'R',['2']), E(3,'R'), E(8,'R',['AD','FI','NI','PI','PP','XV']), E(9,'R')], disc='1', title=title)

N4 = lambda min: Seg('N4', [E(1,'R'), E(2,'S'), E(3,'S'), E(4,'S'), E(7,'S')], min=min)
N3 = lambda min: Seg('N3', [E(1,'R'), E(2,'S')], min=min)

impl = [
 Seg('BPR', [E(1,'R',['C','D','H','I','P','U','X']), E(2,'R'), E(3,'R',['C','D']), E(4,'R',['ACH','BOP','CHK','FWT','NON']),
             E(5,'S',['CCP','CTX']), E(6,'S',['01','04']), E(7,'S'), E(8,'S',['DA']), E(9,'S'), E(10,'S'), E(11,'S'),
             E(12,'S',['01','04']), E(13,'S'), E(14,'S',['DA','SG']), E(15,'S'), E(16,'R')], min=1, title='Financial Information'),
 Seg('TRN', [E(1,'R',['1']), E(2,'R'), E(3,'R'), E(4,'S')], min=1, title='Reassociation Trace Number'),
 Seg('CUR', [E(1,'R',['PR']), E(2,'R')], title='Foreign Currency Information'),
 ref(['EV'], title='Receiver Identification'),
 ref(['F2'], title='Version Identification'),
 dtm(['405'], title='Production Date'),
 Loop('1000A', 'L1000', [
   Seg('N1', [E(1,'R',['PR']), E(2,'R'), E(3,'S',['XV']), E(4,'S')], min=1, title='Payer Identification'),
   N3(1), N4(1),
   ref(['2U','EO','HI','NF'], max=4, title='Additional Payer Identification'),
   Seg('PER', [E(1,'R',['CX']), E(2,'S'), E(3,'S',['EM','FX','TE']), E(4,'S'), E(5,'S',['EM','EX','FX','TE']), E(6,'S'), E(7,'S',['EX']), E(8,'S')], disc='1', title='Payer Business Contact Information'),
   Seg('PER', [E(1,'R',['BL']), E(2,'S'), E(3,'R',['EM','TE','UR']), E(4,'R'), E(5,'S',['EM','EX','FX','TE','UR']), E(6,'S'), E(7,'S',['EM','EX','FX','UR']), E(8,'S')], min=1, max=INF, disc='1', title='Payer Technical Contact Information'),
   Seg('PER', [E(1,'R',['IC']), E(3,'R',['UR']), E(4,'R')], disc='1', title='Payer WEB Site'),
 ], min=1, max=1, disc='1', title='Payer Identification'),
 Loop('1000B', 'L1000', [
   Seg('N1', [E(1,'R',['PE']), E(2,'R'), E(3,'R',['FI','XV','XX']), E(4,'R')], min=1, title='Payee Identification'),
   N3(0), N4(0),
   ref(['0B','D3','PQ','TJ'], max=INF, title='Payee Additional Identification'),
   Seg('RDM', [E(1,'R',['BM','EM','FT','OL']), E(2,'S'), E(3,'S')], title='Remittance Delivery Method'),
 ], min=1, max=1, disc='1', title='Payee Identification'),
 Loop('2000', 'L2000', [
   Seg('LX', [E(1,'R')], min=1, title='Header Number'),
   Seg('TS3', [E(1,'R'), E(2,'R'), E(3,'R'), E(4,'R'), E(5,'R'), E(13,'S'), E(15,'S'), E(17,'S'), E(18,'S'),
               E(20,'S'), E(21,'S'), E(22,'S'), E(23,'S'), E(24,'S')], title='Provider Summary Information'),
   Seg('TS2', [E(p,'S') for p in range(1, 20)], title='Provider Supplemental Summary Information'),
   Loop('2100', 'L2100', [
     Seg('CLP', [E(1,'R'), E(2,'R',['1','2','3','4','19','20','21','22','23','25']), E(3,'R'), E(4,'R'), E(5,'S'),
                 E(6,'R',['12','13','14','15','16','17','AM','CH','DS','HM','LM','MA','MB','MC','OF','TV','VA','WC','ZZ']),
                 E(7,'R'), E(8,'S'), E(9,'S'), E(11,'S'), E(12,'S'), E(13,'S')], min=1, title='Claim Payment Information'),
     cas('Claim Adjustment'),
     NM1_PERSON('QC', ['1'], ['34','HN','II','MI','MR'], 'S', min=1, title='Patient Name'),
     NM1_PERSON('IL', ['1','2'], ['FI','II','MI'], 'R', title='Insured Name'),
     NM1_PERSON('74', ['1','2'], ['C'], 'S', title='Corrected Patient/Insured Name'),
     NM1_PERSON('82', ['1','2'], ['BD','BS','FI','MC','PC','SL','UP','XX'], 'R', title='Service Provider Name'),
     NM1_ORG('TT', 'Crossover Carrier Name'),
     NM1_ORG('PR', 'Corrected Priority Payer Name'),
     NM1_PERSON('GB', ['1','2'], ['FI','II','MI'], 'S', title='Other Subscriber Name'),
     Seg('MIA', [E(1,'R')] + [E(p,'S') for p in range(2, 25)], title='Inpatient Adjudication Information'),
     Seg('MOA', [E(p,'S') for p in range(1, 10)], title='Outpatient Adjudication Information'),
     ref(['1L','1W','28','6P','9A','9C','BB','CE','EA','F8','G1','G3','IG','SY'], max=5, title='Other Claim Related Identification'),
     ref(['0B','1A','1B','1C','1D','1G','1H','1J','D3','G2','LU'], max=10, title='Rendering Provider Identification'),
     dtm(['232','233'], max=2, title='Statement From or To Date'),
     dtm(['036'], title='Coverage Expiration Date'),
     dtm(['050'], title='Claim Received Date'),
     Seg('PER', [E(1,'R',['CX']), E(2,'S'), E(3,'R',['EM','FX','TE']), E(4,'R'), E(5,'S',['EM','EX','FX','TE']), E(6,'S'), E(7,'S',['EX']), E(8,'S')], max=2, title='Claim Contact Information'),
     Seg('AMT', [E(1,'R',['AU','D8','DY','F5','I','NL','T','T2','ZK','ZL','ZM','ZN','ZO']), E(2,'R')], max=13, title='Claim Supplemental Information'),
     Seg('QTY', [E(1,'R',['CA','CD','LA','LE','NE','NR','OU','PS','VS','ZK','ZL','ZM','ZN','ZO']), E(2,'R')], max=14, title='Claim Supplemental Information Quantity'),
     Loop('2110', 'L2110', [
       Seg('SVC', [proc(1,'R',['AD','ER','HC','HP','IV','N4','N6','NU','UI','WK']), E(2,'R'), E(3,'R'), E(4,'S'), E(5,'S'),
                   proc(6,'S',['AD','ER','HC','HP','IV','N4','NU','WK']), E(7,'S')], min=1, title='Service Payment Information'),
       dtm(['150','151','472'], max=2, title='Service Date'),
       cas('Service Adjustment'),
       ref(['1S','APC','BB','E9','G1','G3','LU','RB'], max=8, title='Service Identification'),
       ref(['6R'], title='Line Item Control Number'),
       ref(['0B','1A','1B','1C','1D','1G','1H','1J','D3','G2','HPI','SY','TJ'], max=10, title='Rendering Provider Information'),
       ref(['0K'], max=5, title='HealthCare Policy Identification'),
       Seg('AMT', [E(1,'R',['B6','KH','T','T2','ZK','ZL','ZM','ZN','ZO']), E(2,'R')], max=9, title='Service Supplemental Amount'),
       Seg('QTY', [E(1,'R',['ZK','ZL','ZM','ZN','ZO']), E(2,'R')], max=6, title='Service Supplemental Quantity'),
       Seg('LQ', [E(1,'R',['HE','RX']), E(2,'R')], max=99, title='Health Care Remark Codes'),
     ], max=999, title='Service Payment Information'),
   ], min=1, max=INF, title='Claim Payment Information'),
 ], max=INF, title='Header Number'),
 Seg('PLB', [E(1,'R'), E(2,'R'),
             C(3,'R',[E(1,'R',['50','51','72','90','AH','AM','AP','B2','B3','BD','BN','C5','CR','CS','CT','CV','CW','DM','E3','FB','FC','GO','HM','IP','IR','IS','J1','L3','L6','LE','LS','OA','OB','PI','PL','RA','RE','SL','TL','WO','WU']), E(2,'S')]),
             E(4,'R')] + sum([[C(p,'S',[E(1,'R',['50','51','72','90','AH','AM','AP','B2','B3','BD','BN','C5','CR','CS','CT','CV','CW','DM','E3','FB','FC','GO','HM','IP','IR','IS','J1','L3','L6','LE','LS','OA','OB','PI','PL','RA','RE','SL','TL','WO','WU']), E(2,'S')]), E(p+1,'S')] for p in (5,7,9,11,13)], []),
     max=INF, title='Provider Adjustment'),
]

header = """
RevCycle: ASC X12 005010X221A1 Health Care Claim Payment/Advice (835) for StAEDI.
The <transaction> section is the 835 structure this guide uses; <implementation> carries the guide's loop ids
(1000A, 1000B, 2000, 2100, 2110), its usage (required = minOccurs 1, situational = minOccurs 0, not used = not
listed), repeats and the code values that tell segments apart (N101, NM101, REF01, DTM01, PER01 discriminators).
Written for RevCycle from the structure of the implementation guide; element lengths follow the X12 dictionary.
"""
print(render(header, std, impl, all_des(seg_types, comp_types), comp_types, seg_types), end='')
