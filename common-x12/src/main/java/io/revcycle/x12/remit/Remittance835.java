package io.revcycle.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One 835 (005010X221A1) health care claim payment/advice transaction: the payment (BPR), its trace (TRN), payer
 * (1000A), payee (1000B), the claims grouped by header number (2000/2100/2110) and the provider adjustments (PLB).
 * Money is BigDecimal as written, dates CCYYMMDD as LocalDate; codes are kept as the X12 code values. Absent
 * situational values are null (single values) or empty (lists, maps).
 *
 * @param currency       CUR02 (CUR01 = PR), null when the payment is in US dollars
 * @param receiverId     REF*EV
 * @param versionId      REF*F2
 * @param productionDate DTM*405
 */
public record Remittance835(Payment payment, Trace trace, String currency, String receiverId, String versionId,
        LocalDate productionDate, Payer payer, Payee payee, List<HeaderGroup> headers,
        List<ProviderAdjustment> providerAdjustments) {

    public Remittance835 {
        headers = Fields.list(headers);
        providerAdjustments = Fields.list(providerAdjustments);
    }

    /** All claims of all header groups, in document order. */
    public List<Claim> claims() {
        return headers.stream().flatMap(h -> h.claims().stream()).toList();
    }

    /**
     * BPR: the money. {@code handlingCode} BPR01 (C payment with remittance, D payment only, H notification only,
     * I remittance information only, P prenotification, U split, X separate), {@code method} BPR04 (ACH, BOP, CHK, FWT,
     * NON), {@code format} BPR05 (CCP, CTX).
     *
     * @param sender                payer's bank: BPR06-BPR09
     * @param originatingCompanyId  BPR10
     * @param originatingCompanyCode BPR11
     * @param receiver              payee's bank: BPR12-BPR15
     * @param date                  BPR16 check issue or EFT effective date
     */
    public record Payment(String handlingCode, BigDecimal amount, String creditDebit, String method, String format,
            BankAccount sender, String originatingCompanyId, String originatingCompanyCode, BankAccount receiver,
            LocalDate date) {
    }

    /** DFI qualifier (01 ABA, 04 Canadian), DFI id, account qualifier (DA, SG) and account number. */
    public record BankAccount(String dfiQualifier, String dfiId, String accountQualifier, String accountNumber) {
    }

    /** TRN: type 1, check or EFT trace number, payer id (TRN03) and originating company supplemental code. */
    public record Trace(String type, String number, String originatorId, String originatorSupplementalCode) {
    }

    public record Address(String line1, String line2, String city, String state, String postalCode, String country,
            String countrySubdivision) {
    }

    /** PER: contact function (CX, BL, IC), name and up to three communication numbers. */
    public record Contact(String function, String name, List<Communication> numbers) {
        public Contact {
            numbers = Fields.list(numbers);
        }
    }

    /** A communication number and its qualifier (TE, EM, FX, EX, UR). */
    public record Communication(String qualifier, String number) {
    }

    /** REF: qualifier and value. */
    public record Reference(String qualifier, String value) {
    }

    /**
     * Loop 1000A: N1*PR and its address, REF (2U, EO, HI, NF), PER*CX business contact, PER*BL technical contacts
     * (required by the guide) and PER*IC web site.
     */
    public record Payer(String name, String idQualifier, String id, Address address, List<Reference> references,
            Contact businessContact, List<Contact> technicalContacts, String website) {
        public Payer {
            references = Fields.list(references);
            technicalContacts = Fields.list(technicalContacts);
        }
    }

    /** Loop 1000B: N1*PE (FI, XV, XX id), address, REF (TJ, PQ, 0B, D3) and RDM delivery method. */
    public record Payee(String name, String idQualifier, String id, Address address, List<Reference> references,
            DeliveryMethod delivery) {
        public Payee {
            references = Fields.list(references);
        }
    }

    /** RDM: BM, EM, FT or OL, a name and a communication number. */
    public record DeliveryMethod(String code, String name, String communicationNumber) {
    }

    /**
     * Loop 2000: LX header number with the provider summary (TS3) and supplemental summary (TS2) and its claims.
     *
     * @param supplementalSummary TS2 values by element position (1-19), empty when there is no TS2
     */
    public record HeaderGroup(Integer number, ProviderSummary summary, Map<Integer, BigDecimal> supplementalSummary,
            List<Claim> claims) {
        public HeaderGroup {
            supplementalSummary = Map.copyOf(supplementalSummary == null ? Map.of() : supplementalSummary);
            claims = Fields.list(claims);
        }

        public SortedMap<Integer, BigDecimal> supplementalSummarySorted() {
            return new TreeMap<>(supplementalSummary);
        }
    }

    /**
     * TS3: provider, facility code, fiscal period end, claim count and total charge; the situational amounts and
     * counts (TS313, 315, 317, 318, 320-324) by element position in {@code otherAmounts}.
     */
    public record ProviderSummary(String providerId, String facilityCode, LocalDate fiscalPeriodDate,
            BigDecimal claimCount, BigDecimal totalCharge, Map<Integer, BigDecimal> otherAmounts) {
        public ProviderSummary {
            otherAmounts = Map.copyOf(otherAmounts == null ? Map.of() : otherAmounts);
        }
    }

    /**
     * Loop 2100: one claim payment (CLP) with its adjustments, names, dates, references and service lines.
     *
     * @param status                  CLP02: 1, 2, 3 processed as primary/secondary/tertiary, 4 denied, 19-21 processed
     *                                and forwarded, 22 reversal of previous payment, 23 not our claim, 25 predetermination
     * @param patientResponsibility   CLP05
     * @param filingIndicator         CLP06 (12-17, AM, CH, DS, HM, LM, MA, MB, MC, OF, TV, VA, WC, ZZ)
     * @param payerClaimControlNumber CLP07
     * @param patient                 NM1*QC
     * @param insured                 NM1*IL
     * @param correctedPatient        NM1*74
     * @param serviceProvider         NM1*82
     * @param crossoverCarrier        NM1*TT
     * @param correctedPriorityPayer  NM1*PR
     * @param otherSubscriber         NM1*GB
     * @param otherReferences         REF 1L, 1W, 28, 6P, 9A, 9C, BB, CE, EA, F8, G1, G3, IG, SY
     * @param renderingProviderReferences REF 0B, 1A-1J, D3, G2, LU
     * @param contacts                PER*CX
     */
    public record Claim(String patientControlNumber, String status, BigDecimal charge, BigDecimal paid,
            BigDecimal patientResponsibility, String filingIndicator, String payerClaimControlNumber,
            String facilityCode, String frequencyCode, String drgCode, BigDecimal drgWeight,
            BigDecimal dischargeFraction, List<AdjustmentGroup> adjustments, Name patient, Name insured,
            Name correctedPatient, Name serviceProvider, Name crossoverCarrier, Name correctedPriorityPayer,
            Name otherSubscriber, Inpatient inpatient, Outpatient outpatient, List<Reference> otherReferences,
            List<Reference> renderingProviderReferences, LocalDate statementFrom, LocalDate statementTo,
            LocalDate coverageExpiration, LocalDate receivedDate, List<Contact> contacts, List<Amount> amounts,
            List<Quantity> quantities, List<ServicePayment> services) {
        public Claim {
            adjustments = Fields.list(adjustments);
            otherReferences = Fields.list(otherReferences);
            renderingProviderReferences = Fields.list(renderingProviderReferences);
            contacts = Fields.list(contacts);
            amounts = Fields.list(amounts);
            quantities = Fields.list(quantities);
            services = Fields.list(services);
        }

        /** Claim-level and line-level adjustments of one group (CO, OA, PI, PR), summed. */
        public BigDecimal adjustmentTotal(String group) {
            BigDecimal sum = AdjustmentGroup.total(adjustments, group);
            for (ServicePayment s : services) {
                sum = sum.add(AdjustmentGroup.total(s.adjustments(), group));
            }
            return sum;
        }
    }

    /** NM1: entity type (1 person, 2 organisation), names, id qualifier and id. */
    public record Name(String entityType, String lastOrOrganization, String first, String middle, String suffix,
            String idQualifier, String id) {
    }

    /** CAS: one group code (CO, OA, PI, PR) with up to six reason/amount/quantity triplets. */
    public record AdjustmentGroup(String group, List<Adjustment> adjustments) {
        public AdjustmentGroup {
            adjustments = Fields.list(adjustments);
        }

        /** Sum of the amounts of the groups with this code; all groups when {@code group} is null. */
        public static BigDecimal total(List<AdjustmentGroup> groups, String group) {
            BigDecimal sum = BigDecimal.ZERO;
            for (AdjustmentGroup g : groups) {
                if (group == null || group.equals(g.group())) {
                    for (Adjustment a : g.adjustments()) {
                        if (a.amount() != null) {
                            sum = sum.add(a.amount());
                        }
                    }
                }
            }
            return sum;
        }
    }

    /** A claim adjustment reason code (CARC), its amount and optional quantity. */
    public record Adjustment(String reason, BigDecimal amount, BigDecimal quantity) {
    }

    /**
     * MIA inpatient adjudication: covered days or visits (MIA01), the amounts and counts by element position
     * (2-4, 6-19, 24) and the remark codes of MIA05 and MIA20-23 in order.
     */
    public record Inpatient(BigDecimal coveredDays, Map<Integer, BigDecimal> values, List<String> remarkCodes) {
        public Inpatient {
            values = Map.copyOf(values == null ? Map.of() : values);
            remarkCodes = Fields.list(remarkCodes);
        }
    }

    /** MOA outpatient adjudication: reimbursement rate, HCPCS payable, remark codes (MOA03-07), ESRD, non-payable. */
    public record Outpatient(BigDecimal reimbursementRate, BigDecimal hcpcsPayable, List<String> remarkCodes,
            BigDecimal esrdPayment, BigDecimal nonpayableProfessionalComponent) {
        public Outpatient {
            remarkCodes = Fields.list(remarkCodes);
        }
    }

    /** AMT: qualifier and amount. */
    public record Amount(String qualifier, BigDecimal amount) {
    }

    /** QTY: qualifier and quantity. */
    public record Quantity(String qualifier, BigDecimal quantity) {
    }

    /**
     * Loop 2110: one service line payment (SVC).
     *
     * @param procedure             SVC01 adjudicated procedure (HC, AD, ER, HP, IV, N4, N6, NU, UI, WK)
     * @param revenueCode           SVC04
     * @param unitsPaid             SVC05
     * @param submittedProcedure    SVC06, when the adjudicated code differs from the submitted one
     * @param submittedUnits        SVC07
     * @param serviceDate           DTM*472 (a single date), or {@code serviceStart}/{@code serviceEnd} DTM*150/151
     * @param serviceReferences     REF 1S, APC, BB, E9, G1, G3, LU, RB
     * @param lineItemControlNumber REF*6R (the 837 line item control number)
     * @param renderingProviderReferences REF 0B, 1A-1J, D3, G2, HPI, SY, TJ
     * @param healthcarePolicyIds   REF*0K
     * @param remarks               LQ (HE remittance remark codes, RX NCPDP reject codes)
     */
    public record ServicePayment(Procedure procedure, BigDecimal charge, BigDecimal paid, String revenueCode,
            BigDecimal unitsPaid, Procedure submittedProcedure, BigDecimal submittedUnits, LocalDate serviceDate,
            LocalDate serviceStart, LocalDate serviceEnd, List<AdjustmentGroup> adjustments,
            List<Reference> serviceReferences, String lineItemControlNumber,
            List<Reference> renderingProviderReferences, List<String> healthcarePolicyIds, List<Amount> amounts,
            List<Quantity> quantities, List<Remark> remarks) {
        public ServicePayment {
            adjustments = Fields.list(adjustments);
            serviceReferences = Fields.list(serviceReferences);
            renderingProviderReferences = Fields.list(renderingProviderReferences);
            healthcarePolicyIds = Fields.list(healthcarePolicyIds);
            amounts = Fields.list(amounts);
            quantities = Fields.list(quantities);
            remarks = Fields.list(remarks);
        }
    }

    /** C003 composite: qualifier, code, up to four modifiers and a description. */
    public record Procedure(String qualifier, String code, List<String> modifiers, String description) {
        public Procedure {
            modifiers = Fields.list(modifiers);
        }
    }

    /** LQ: code list qualifier (HE, RX) and remark code. */
    public record Remark(String qualifier, String code) {
    }

    /** PLB: provider, fiscal period date and up to six adjustments. */
    public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodDate,
            List<ProviderAdjustmentItem> adjustments) {
        public ProviderAdjustment {
            adjustments = Fields.list(adjustments);
        }

        public BigDecimal total() {
            return adjustments.stream().map(ProviderAdjustmentItem::amount).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * One PLB adjustment: reason (e.g. WO overpayment recovery, L6 interest, FB forwarding balance, J1 non-reimbursable,
     * 72 authorized return, CS adjustment, AH origination fee, 50 late charge), the reference and the amount; a positive
     * amount reduces the payment.
     */
    public record ProviderAdjustmentItem(String reason, String reference, BigDecimal amount) {
    }
}
