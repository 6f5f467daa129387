# RevCycle: shared helpers of gen835.py and gen277.py (StAEDI v4 schema generators of the remit helpers).
# Tiny generator for StAEDI v4 implementation schemas (author's own IG spec in the per-guide scripts)
from xml.sax.saxutils import escape
INF = 99999

class Seg:
    def __init__(self, tag, elems=(), min=0, max=1, disc=None, title=None):
        self.tag, self.elems, self.min, self.max, self.disc, self.title = tag, elems, min, max, disc, title

class Loop:
    def __init__(self, code, type, children, min=0, max=1, disc=None, title=None):
        self.code, self.type, self.children, self.min, self.max, self.disc, self.title = code, type, children, min, max, disc, title

def E(pos, usage, codes=None):
    return ('e', pos, usage, codes)

def C(pos, usage, comps):
    return ('c', pos, usage, comps)

def occ(min_, max_):
    return f' minOccurs="{min_}" maxOccurs="{max_}"'

def impl_element(out, ind, pos, usage, codes, tag='element'):
    mo = 1 if usage == 'R' else 0
    if codes:
        out.append(f'{ind}<{tag} position="{pos}" minOccurs="{mo}">')
        out.append(f'{ind}  <enumeration>')
        for c in codes:
            out.append(f'{ind}    <value>{escape(c)}</value>')
        out.append(f'{ind}  </enumeration>')
        out.append(f'{ind}</{tag}>')
    else:
        out.append(f'{ind}<{tag} position="{pos}" minOccurs="{mo}"/>')

def impl_seg(out, ind, s):
    attrs = f'type="{s.tag}"' + occ(s.min, s.max)
    if s.disc:
        attrs += f' discriminator="{s.disc}"'
    if s.title:
        attrs += f' title="{escape(s.title)}"'
    out.append(f'{ind}<segment {attrs}>')
    out.append(f'{ind}  <sequence>')
    for el in s.elems:
        if el[0] == 'e':
            impl_element(out, ind + '    ', el[1], el[2], el[3])
        else:
            mo = 1 if el[2] == 'R' else 0
            out.append(f'{ind}    <composite position="{el[1]}" minOccurs="{mo}">')
            out.append(f'{ind}      <sequence>')
            for comp in el[3]:
                impl_element(out, ind + '        ', comp[1], comp[2], comp[3])
            out.append(f'{ind}      </sequence>')
            out.append(f'{ind}    </composite>')
    out.append(f'{ind}  </sequence>')
    out.append(f'{ind}</segment>')

def impl_loop(out, ind, l):
    attrs = f'code="{l.code}" type="{l.type}"' + occ(l.min, l.max)
    if l.disc:
        attrs += f' discriminator="{l.disc}"'
    if l.title:
        attrs += f' title="{escape(l.title)}"'
    out.append(f'{ind}<loop {attrs}>')
    out.append(f'{ind}  <sequence>')
    for c in l.children:
        (impl_seg if isinstance(c, Seg) else impl_loop)(out, ind + '    ', c)
    out.append(f'{ind}  </sequence>')
    out.append(f'{ind}</loop>')

def std_items(out, ind, items):
    # items: ('seg', tag, min, max) | ('loop', code, min, max, items)
    for it in items:
        if it[0] == 'seg':
            out.append(f'{ind}<segment type="{it[1]}"' + occ(it[2], it[3]) + '/>')
        else:
            out.append(f'{ind}<loop code="{it[1]}"' + occ(it[2], it[3]) + '>')
            out.append(f'{ind}  <sequence>')
            std_items(out, ind + '    ', it[4])
            out.append(f'{ind}  </sequence>')
            out.append(f'{ind}</loop>')

def render(header_comment, std, impl, element_types, composite_types, segment_types):
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    out.append('<!--')
    for line in header_comment.strip().splitlines():
        out.append('  ' + line)
    out.append('-->')
    out.append('<schema xmlns="http://xlate.io/EDISchema/v4">')
    out.append('  <transaction>')
    out.append('    <sequence>')
    std_items(out, '      ', std)
    out.append('    </sequence>')
    out.append('  </transaction>')
    out.append('')
    out.append('  <implementation>')
    out.append('    <sequence>')
    for c in impl:
        (impl_seg if isinstance(c, Seg) else impl_loop)(out, '      ', c)
    out.append('    </sequence>')
    out.append('  </implementation>')
    out.append('')
    for name, (base, mn, mx, title) in sorted(element_types.items()):
        t = f' title="{escape(title)}"' if title else ''
        out.append(f'  <elementType name="{name}" base="{base}" minLength="{mn}" maxLength="{mx}"{t}/>')
    out.append('')
    for name, comps in composite_types.items():
        out.append(f'  <compositeType name="{name}">')
        out.append('    <sequence>')
        for (t, mn) in comps:
            out.append(f'      <element type="{t}"' + (f' minOccurs="{mn}"' if mn else '') + '/>')
        out.append('    </sequence>')
        out.append('  </compositeType>')
    out.append('')
    for name, (elems, syntax) in segment_types.items():
        out.append(f'  <segmentType name="{name}">')
        out.append('    <sequence>')
        for (kind, t, mn, mx) in elems:
            a = (f' minOccurs="{mn}"' if mn else '') + (f' maxOccurs="{mx}"' if mx != 1 else '')
            out.append(f'      <{kind} type="{t}"{a}/>')
        out.append('    </sequence>')
        for (stype, positions) in syntax:
            out.append(f'    <syntax type="{stype}">')
            for p in positions:
                out.append(f'      <position>{p}</position>')
            out.append('    </syntax>')
        out.append('  </segmentType>')
    out.append('</schema>')
    return '\n'.join(out) + '\n'

# X12 005010 data element dictionary subset: number -> (base, min, max, title)
DE = {
 '19': ('string', 2, 30, 'City Name'), '26': ('identifier', 2, 3, 'Country Code'),
 '61': ('string', 1, 30, 'Free-form Information'), '66': ('identifier', 1, 2, 'Identification Code Qualifier'),
 '67': ('string', 2, 80, 'Identification Code'), '93': ('string', 1, 60, 'Name'),
 '98': ('identifier', 2, 3, 'Entity Identifier Code'), '100': ('identifier', 3, 3, 'Currency Code'),
 '116': ('identifier', 3, 15, 'Postal Code'), '127': ('string', 1, 50, 'Reference Identification'),
 '128': ('identifier', 2, 3, 'Reference Identification Qualifier'), '156': ('identifier', 2, 2, 'State or Province Code'),
 '166': ('string', 1, 55, 'Address Information'), '234': ('string', 1, 48, 'Product/Service ID'),
 '235': ('identifier', 2, 2, 'Product/Service ID Qualifier'), '280': ('decimal', 4, 10, 'Exchange Rate'),
 '306': ('identifier', 1, 2, 'Action Code'), '309': ('identifier', 1, 2, 'Location Qualifier'),
 '310': ('string', 1, 30, 'Location Identifier'), '337': ('time', 4, 8, 'Time'),
 '352': ('string', 1, 80, 'Description'), '353': ('identifier', 2, 2, 'Transaction Set Purpose Code'),
 '355': ('identifier', 2, 2, 'Unit or Basis for Measurement Code'),
 '364': ('string', 1, 256, 'Communication Number'), '365': ('identifier', 2, 2, 'Communication Number Qualifier'),
 '366': ('identifier', 2, 2, 'Contact Function Code'), '373': ('date', 8, 8, 'Date'),
 '374': ('identifier', 3, 3, 'Date/Time Qualifier'), '380': ('decimal', 1, 15, 'Quantity'),
 '426': ('identifier', 2, 2, 'Adjustment Reason Code'), '429': ('string', 1, 16, 'Check Number'),
 '443': ('string', 1, 20, 'Contact Inquiry Reference'), '478': ('identifier', 1, 1, 'Credit/Debit Flag Code'),
 '481': ('identifier', 1, 2, 'Trace Type Code'), '506': ('identifier', 2, 2, '(DFI) ID Number Qualifier'),
 '507': ('string', 3, 12, '(DFI) Identification Number'), '508': ('string', 1, 35, 'Account Number'),
 '509': ('string', 10, 10, 'Originating Company Identifier'), '510': ('string', 9, 9, 'Originating Company Supplemental Code'),
 '522': ('identifier', 1, 3, 'Amount Qualifier Code'), '554': ('numeric', 1, 6, 'Assigned Number'),
 '569': ('identifier', 1, 3, 'Account Number Qualifier'), '591': ('identifier', 3, 3, 'Payment Method Code'),
 '623': ('identifier', 2, 2, 'Time Code'), '628': ('string', 1, 12, 'Hierarchical ID Number'),
 '640': ('identifier', 2, 2, 'Transaction Type Code'), '669': ('identifier', 3, 3, 'Currency Market/Exchange Code'),
 '673': ('identifier', 2, 2, 'Quantity Qualifier'), '706': ('identifier', 2, 2, 'Entity Relationship Code'),
 '734': ('string', 1, 12, 'Hierarchical Parent ID Number'), '735': ('identifier', 1, 2, 'Hierarchical Level Code'),
 '736': ('identifier', 1, 1, 'Hierarchical Child Code'), '756': ('identifier', 1, 2, 'Report Transmission Code'),
 '782': ('decimal', 1, 18, 'Monetary Amount'), '812': ('identifier', 1, 10, 'Payment Format Code'),
 '933': ('string', 1, 264, 'Free-Form Message Text'), '954': ('decimal', 1, 10, 'Percentage as Decimal'),
 '1005': ('identifier', 4, 4, 'Hierarchical Structure Code'), '1028': ('string', 1, 38, 'Claim Submitter Identifier'),
 '1029': ('identifier', 1, 2, 'Claim Status Code'), '1032': ('identifier', 1, 2, 'Claim Filing Indicator Code'),
 '1033': ('identifier', 1, 2, 'Claim Adjustment Group Code'), '1034': ('identifier', 1, 5, 'Claim Adjustment Reason Code'),
 '1035': ('string', 1, 60, 'Name Last or Organization Name'), '1036': ('string', 1, 35, 'Name First'),
 '1037': ('string', 1, 25, 'Name Middle'), '1038': ('string', 1, 10, 'Name Prefix'), '1039': ('string', 1, 10, 'Name Suffix'),
 '1048': ('identifier', 1, 3, 'Business Function Code'), '1065': ('identifier', 1, 1, 'Entity Type Qualifier'),
 '1073': ('identifier', 1, 1, 'Yes/No Condition or Response Code'), '1250': ('identifier', 2, 3, 'Date Time Period Format Qualifier'),
 '1251': ('string', 1, 35, 'Date Time Period'), '1270': ('identifier', 1, 3, 'Code List Qualifier Code'),
 '1271': ('string', 1, 30, 'Industry Code'), '1325': ('identifier', 1, 1, 'Claim Frequency Type Code'),
 '1331': ('string', 1, 2, 'Facility Code Value'), '1339': ('string', 2, 2, 'Procedure Modifier'),
 '1352': ('identifier', 1, 2, 'Patient Status Code'), '1354': ('string', 1, 4, 'Diagnosis Related Group (DRG) Code'),
 '1715': ('identifier', 1, 3, 'Country Subdivision Code'), '305': ('identifier', 1, 2, 'Transaction Handling Code'),
 '363': ('identifier', 3, 3, 'Note Reference Code'), '1018': ('decimal', 1, 15, 'Exponent'),
 '649': ('decimal', 1, 10, 'Multiplier'),
}

def de(n):
    return 'DE%04d' % int(n)

def element_types(numbers):
    return {de(n): DE[n] for n in numbers}

# composite types used by these guides
C001 = [(de('355'), 1), (de('1018'), 0), (de('649'), 0), (de('355'), 0), (de('1018'), 0), (de('649'), 0),
        (de('355'), 0), (de('1018'), 0), (de('649'), 0), (de('355'), 0), (de('1018'), 0), (de('649'), 0),
        (de('355'), 0), (de('1018'), 0), (de('649'), 0)]
C003 = [(de('235'), 1), (de('234'), 1), (de('1339'), 0), (de('1339'), 0), (de('1339'), 0), (de('1339'), 0),
        (de('352'), 0), (de('234'), 0)]
C040 = [(de('128'), 1), (de('127'), 1), (de('128'), 0), (de('127'), 0), (de('128'), 0), (de('127'), 0)]
C042 = [(de('426'), 1), (de('127'), 0)]
C043 = [(de('1271'), 1), (de('1271'), 1), (de('98'), 0), (de('1270'), 0)]

def S(*elems, syntax=()):
    """Standard segment type: elems as 'n:min' or 'C:name:min'."""
    out = []
    for e in elems:
        parts = e.split(':')
        if parts[0] == 'C':
            out.append(('composite', parts[1], int(parts[2]) if len(parts) > 2 else 0, 1))
        else:
            out.append(('element', de(parts[0]), int(parts[1]) if len(parts) > 1 else 0, 1))
    return (out, list(syntax))

def all_des(segment_types, composite_types):
    used = set()
    for (elems, _) in segment_types.values():
        for (kind, t, _, _) in elems:
            if kind == 'element':
                used.add(t)
    for comps in composite_types.values():
        for (t, _) in comps:
            used.add(t)
    inv = {de(n): v for n, v in DE.items()}
    return {t: inv[t] for t in used}
