package io.revcycle.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.revcycle.x12.remit.Remittance835.Address;
import io.revcycle.x12.remit.Remittance835.Adjustment;
import io.revcycle.x12.remit.Remittance835.AdjustmentGroup;
import io.revcycle.x12.remit.Remittance835.Amount;
import io.revcycle.x12.remit.Remittance835.BankAccount;
import io.revcycle.x12.remit.Remittance835.Claim;
import io.revcycle.x12.remit.Remittance835.Communication;
import io.revcycle.x12.remit.Remittance835.Contact;
import io.revcycle.x12.remit.Remittance835.DeliveryMethod;
import io.revcycle.x12.remit.Remittance835.HeaderGroup;
import io.revcycle.x12.remit.Remittance835.Inpatient;
import io.revcycle.x12.remit.Remittance835.Name;
import io.revcycle.x12.remit.Remittance835.Outpatient;
import io.revcycle.x12.remit.Remittance835.Payee;
import io.revcycle.x12.remit.Remittance835.Payer;
import io.revcycle.x12.remit.Remittance835.Payment;
import io.revcycle.x12.remit.Remittance835.Procedure;
import io.revcycle.x12.remit.Remittance835.ProviderAdjustment;
import io.revcycle.x12.remit.Remittance835.ProviderAdjustmentItem;
import io.revcycle.x12.remit.Remittance835.ProviderSummary;
import io.revcycle.x12.remit.Remittance835.Quantity;
import io.revcycle.x12.remit.Remittance835.Reference;
import io.revcycle.x12.remit.Remittance835.Remark;
import io.revcycle.x12.remit.Remittance835.ServicePayment;
import io.revcycle.x12.remit.Remittance835.Trace;

/**
 * Seeded generator of valid, balanced 835s of many shapes: several header groups and claims, service lines or
 * claim-only payments, every CAS group with one to six triplets, reversals (CLP02 22), PLB provider adjustments,
 * ACH/BOP/FWT payments with bank details, checks, zero-payment notifications and every optional segment.
 */
public final class Remittance835Generator {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String[] GROUPS = {"CO", "OA", "PI", "PR"};
    private static final String[] REASONS = {"1", "2", "3", "45", "23", "42", "94", "97", "A1", "B6", "16", "96",
            "197", "253", "P1"};
    private static final String[] STATUSES = {"1", "2", "3", "4", "19", "20", "21", "23", "25"};
    private static final String[] FILING = {"12", "13", "14", "15", "16", "17", "AM", "CH", "DS", "HM", "LM", "MA",
            "MB", "MC", "OF", "TV", "VA", "WC", "ZZ"};
    private static final String[] PLB_REASONS = {"50", "51", "72", "90", "AH", "AM", "AP", "B2", "B3", "BD", "BN",
            "C5", "CR", "CS", "CT", "CV", "CW", "DM", "E3", "FB", "FC", "GO", "HM", "IP", "IR", "IS", "J1", "L3", "L6",
            "LE", "LS", "OA", "OB", "PI", "PL", "RA", "RE", "SL", "TL", "WO", "WU"};

    private final Random r;

    public Remittance835Generator(long seed) {
        this.r = new Random(seed);
    }

    /** A valid, balanced remittance. */
    public Remittance835 next() {
        int headerCount = 1 + r.nextInt(r.nextInt(8) == 0 ? 4 : 2);
        List<HeaderGroup> headers = new ArrayList<>();
        for (int i = 0; i < headerCount; i++) {
            headers.add(header(i + 1));
        }
        BigDecimal paid = headers.stream().flatMap(h -> h.claims().stream()).map(Claim::paid)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ProviderAdjustment> plbs = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            int n = 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                plbs.add(plb());
            }
        }
        BigDecimal plbTotal = plbs.stream().map(ProviderAdjustment::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = paid.subtract(plbTotal);
        if (total.signum() < 0) {
            // forward the negative balance so that the payment is zero
            plbs.add(new ProviderAdjustment(digits(10), date(), List.of(new ProviderAdjustmentItem("FB",
                    alnum(1 + r.nextInt(12)), total))));
            total = BigDecimal.ZERO.setScale(2);
        }
        return new Remittance835(payment(total), trace(), r.nextInt(6) == 0 ? pick("CAD", "USD") : null,
                r.nextBoolean() ? alnum(1 + r.nextInt(20)) : null, r.nextInt(4) == 0 ? "004010X091A1" : null,
                r.nextBoolean() ? date() : null, payer(), payee(), headers, plbs);
    }

    // ---------------------------------------------------------------- values

    String pick(String... values) {
        return values[r.nextInt(values.length)];
    }

    String chars(String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    String alnum(int n) {
        return chars(ALNUM, n);
    }

    String letters(int n) {
        return chars(LETTERS, n);
    }

    String digits(int n) {
        return chars("0123456789", n);
    }

    /** A name of a few words. */
    String words(int max) {
        StringBuilder b = new StringBuilder(letters(2 + r.nextInt(8)));
        while (r.nextInt(3) == 0 && b.length() < max - 10) {
            b.append(' ').append(letters(1 + r.nextInt(8)));
        }
        return b.toString();
    }

    LocalDate date() {
        return LocalDate.of(2019 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** Money with two decimals between min and max cents. */
    BigDecimal money(long minCents, long maxCents) {
        return BigDecimal.valueOf(minCents + (long) (r.nextDouble() * (maxCents - minCents)), 2);
    }

    BigDecimal quantity() {
        return r.nextBoolean() ? BigDecimal.valueOf(1 + r.nextInt(30)) : new BigDecimal(1 + r.nextInt(9) + ".5");
    }

    // ---------------------------------------------------------------- header

    private Payment payment(BigDecimal total) {
        if (total.signum() == 0) {
            return new Payment(pick("H", "I"), total, "C", "NON", null, null, null, null, null, date());
        }
        String method = pick("ACH", "ACH", "CHK", "CHK", "BOP", "FWT");
        String handling = pick("C", "D", "I", "P", "U", "X");
        if (method.equals("CHK")) {
            return new Payment(pick("C", "I"), total, "C", "CHK", null, null, null, null, null, date());
        }
        BankAccount sender = new BankAccount("01", digits(9), r.nextBoolean() ? "DA" : null, null);
        if (sender.accountQualifier() != null) {
            sender = new BankAccount("01", sender.dfiId(), "DA", digits(6 + r.nextInt(10)));
        }
        BankAccount receiver = new BankAccount(pick("01", "04"), digits(9), pick("DA", "SG"), digits(5 + r.nextInt(12)));
        return new Payment(handling, total, "C", method, method.equals("ACH") ? pick("CCP", "CTX") : null, sender,
                "1" + digits(9), r.nextBoolean() ? digits(9) : null, receiver, date());
    }

    private Trace trace() {
        return new Trace("1", alnum(5 + r.nextInt(20)), "1" + digits(9), r.nextBoolean() ? alnum(9) : null);
    }

    private Address address() {
        return new Address(digits(1 + r.nextInt(4)) + " " + words(30), r.nextInt(4) == 0 ? "SUITE " + digits(3) : null,
                words(25), letters(2), r.nextBoolean() ? digits(5) : digits(9), null, null);
    }

    private Contact contact(String function, String[] first, String[] second, String[] third, boolean numberRequired) {
        List<Communication> numbers = new ArrayList<>();
        int n = numberRequired ? 1 + r.nextInt(3) : r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String[] quals = i == 0 ? first : i == 1 ? second : third;
            String q = quals[r.nextInt(quals.length)];
            numbers.add(new Communication(q, number(q)));
        }
        return new Contact(function, r.nextBoolean() ? words(40) : null, numbers);
    }

    private String number(String qualifier) {
        return switch (qualifier) {
            case "EM" -> letters(6).toLowerCase() + "@" + letters(5).toLowerCase() + ".COM";
            case "UR" -> "WWW." + letters(8) + ".COM";
            case "EX" -> digits(3);
            default -> digits(10);
        };
    }

    private Payer payer() {
        List<Reference> refs = new ArrayList<>();
        for (String q : subset(new String[] {"2U", "EO", "HI", "NF"}, r.nextInt(3))) {
            refs.add(new Reference(q, alnum(3 + r.nextInt(10))));
        }
        boolean id = r.nextBoolean();
        Contact business = r.nextBoolean() ? contact("CX", new String[] {"EM", "FX", "TE"},
                new String[] {"EM", "EX", "FX", "TE"}, new String[] {"EX"}, true) : null;
        List<Contact> technical = new ArrayList<>();
        int n = 1 + (r.nextInt(4) == 0 ? 1 : 0);
        for (int i = 0; i < n; i++) {
            technical.add(contact("BL", new String[] {"EM", "TE", "UR"}, new String[] {"EM", "EX", "FX", "TE", "UR"},
                    new String[] {"EM", "EX", "FX", "UR"}, true));
        }
        return new Payer(words(50), id ? "XV" : null, id ? alnum(2 + r.nextInt(10)) : null, address(), refs, business,
                technical, r.nextInt(3) == 0 ? "WWW." + letters(10) + ".COM" : null);
    }

    private Payee payee() {
        String q = pick("FI", "XV", "XX");
        String id = q.equals("XX") ? digits(10) : q.equals("FI") ? digits(9) : alnum(2 + r.nextInt(10));
        List<Reference> refs = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            refs.add(new Reference(pick("TJ", "PQ", "0B", "D3"), alnum(3 + r.nextInt(12))));
        }
        DeliveryMethod rdm = r.nextInt(4) == 0 ? new DeliveryMethod(pick("BM", "EM", "FT", "OL"),
                r.nextBoolean() ? words(30) : null, r.nextBoolean() ? number("EM") : null) : null;
        if (rdm != null && rdm.name() == null && rdm.communicationNumber() == null) {
            rdm = new DeliveryMethod(rdm.code(), words(20), null);
        }
        return new Payee(words(50), q, id, r.nextBoolean() ? address() : null, refs, rdm);
    }

    private List<String> subset(String[] values, int n) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < Math.min(n, values.length)) {
            out.add(values[r.nextInt(values.length)]);
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- claims

    private HeaderGroup header(int number) {
        int claims = 1 + r.nextInt(r.nextInt(5) == 0 ? 6 : 3);
        List<Claim> list = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            list.add(claim());
        }
        ProviderSummary summary = null;
        if (r.nextBoolean()) {
            Map<Integer, BigDecimal> other = new HashMap<>();
            for (int p : new int[] {13, 15, 17, 18, 20, 21, 22, 23, 24}) {
                if (r.nextInt(5) == 0) {
                    other.put(p, p == 23 ? BigDecimal.valueOf(r.nextInt(50)) : money(0, 500000));
                }
            }
            BigDecimal charges = list.stream().map(Claim::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
            summary = new ProviderSummary(alnum(5 + r.nextInt(10)), pick("11", "13", "21", "71", "83"), date(),
                    BigDecimal.valueOf(list.size()), charges, other);
        }
        Map<Integer, BigDecimal> ts2 = new HashMap<>();
        if (r.nextInt(4) == 0) {
            int n = 1 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                int p = 1 + r.nextInt(19);
                boolean count = p == 7 || (p >= 10 && p <= 14) || p == 16;
                ts2.put(p, count ? BigDecimal.valueOf(r.nextInt(100)) : money(0, 300000));
            }
        }
        return new HeaderGroup(number, summary, ts2, list);
    }

    /** Splits {@code total} (may be zero or negative) into CAS groups with one to six triplets each. */
    private List<AdjustmentGroup> adjustments(BigDecimal total, boolean allowEmpty) {
        if (total.signum() == 0 && (allowEmpty || r.nextBoolean())) {
            return List.of();
        }
        List<String> groups = subset(GROUPS, 1 + r.nextInt(r.nextInt(4) == 0 ? 4 : 2));
        int triplets = 0;
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int n = r.nextInt(6) == 0 ? 1 + r.nextInt(6) : 1 + r.nextInt(2);
            counts.add(n);
            triplets += n;
        }
        List<BigDecimal> parts = split(total, triplets);
        List<AdjustmentGroup> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < groups.size(); i++) {
            List<Adjustment> items = new ArrayList<>();
            Set<String> reasons = new LinkedHashSet<>(subset(REASONS, counts.get(i)));
            for (String reason : reasons) {
                items.add(new Adjustment(reason, parts.get(k++), r.nextInt(5) == 0 ? quantity() : null));
            }
            // subset may have returned fewer reasons than parts: put the rest on the last item
            while (items.size() < counts.get(i)) {
                Adjustment last = items.remove(items.size() - 1);
                items.add(new Adjustment(last.reason(), last.amount().add(parts.get(k++)), last.quantity()));
            }
            out.add(new AdjustmentGroup(groups.get(i), items));
        }
        return out;
    }

    private List<BigDecimal> split(BigDecimal total, int n) {
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal rest = total;
        for (int i = 0; i < n - 1; i++) {
            BigDecimal part = total.signum() == 0 ? money(-5000, 5000)
                    : rest.multiply(BigDecimal.valueOf(r.nextInt(90) + 5, 2)).setScale(2, java.math.RoundingMode.DOWN);
            if (r.nextInt(10) == 0) {
                part = part.negate();
            }
            parts.add(part);
            rest = rest.subtract(part);
        }
        parts.add(rest.setScale(2));
        return parts;
    }

    private Name person(String[] idQualifiers, boolean idRequired, boolean organisationAllowed) {
        boolean org = organisationAllowed && r.nextInt(4) == 0;
        boolean id = idRequired || r.nextBoolean();
        String q = id ? idQualifiers[r.nextInt(idQualifiers.length)] : null;
        if (org) {
            return new Name("2", words(50), null, null, null, q, id ? alnum(2 + r.nextInt(15)) : null);
        }
        return new Name("1", letters(2 + r.nextInt(12)), r.nextBoolean() ? letters(2 + r.nextInt(10)) : null,
                r.nextInt(3) == 0 ? letters(1) : null, r.nextInt(8) == 0 ? pick("JR", "SR", "III") : null, q,
                id ? alnum(2 + r.nextInt(15)) : null);
    }

    private Name organisation() {
        return new Name("2", words(50), null, null, null, pick("AD", "FI", "NI", "PI", "PP", "XV"),
                alnum(2 + r.nextInt(12)));
    }

    private ServicePayment service() {
        BigDecimal charge = money(100, 500000);
        BigDecimal paid = r.nextInt(6) == 0 ? BigDecimal.ZERO.setScale(2)
                : charge.multiply(BigDecimal.valueOf(r.nextInt(101), 2)).setScale(2, java.math.RoundingMode.DOWN);
        List<AdjustmentGroup> cas = adjustments(charge.subtract(paid), true);
        Procedure procedure = procedure(new String[] {"HC", "HC", "HC", "AD", "ER", "HP", "IV", "N4", "N6", "NU",
                "UI", "WK"});
        Procedure submitted = r.nextInt(6) == 0 ? procedure(new String[] {"HC", "AD", "ER", "HP", "IV", "N4", "NU",
                "WK"}) : null;
        LocalDate single = null;
        LocalDate start = null;
        LocalDate end = null;
        switch (r.nextInt(3)) {
            case 0 -> single = date();
            case 1 -> {
                start = date();
                end = start.plusDays(r.nextInt(10));
            }
            default -> {
            }
        }
        List<Reference> serviceRefs = new ArrayList<>();
        for (String q : subset(new String[] {"1S", "APC", "BB", "E9", "G1", "G3", "LU", "RB"}, r.nextInt(3))) {
            serviceRefs.add(new Reference(q, alnum(2 + r.nextInt(10))));
        }
        List<Reference> rendering = new ArrayList<>();
        for (String q : subset(new String[] {"0B", "1A", "1B", "1C", "1D", "1G", "1H", "1J", "D3", "G2", "HPI", "SY",
                "TJ"}, r.nextInt(3))) {
            rendering.add(new Reference(q, alnum(2 + r.nextInt(10))));
        }
        List<String> policies = new ArrayList<>();
        for (int i = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0; i > 0; i--) {
            policies.add(alnum(3 + r.nextInt(10)));
        }
        List<Amount> amounts = new ArrayList<>();
        for (String q : subset(new String[] {"B6", "KH", "T", "T2", "ZK", "ZL", "ZM", "ZN", "ZO"}, r.nextInt(3))) {
            amounts.add(new Amount(q, money(0, 400000)));
        }
        List<Quantity> quantities = new ArrayList<>();
        for (String q : subset(new String[] {"ZK", "ZL", "ZM", "ZN", "ZO"}, r.nextInt(3) == 0 ? 1 : 0)) {
            quantities.add(new Quantity(q, quantity()));
        }
        List<Remark> remarks = new ArrayList<>();
        for (int i = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0; i > 0; i--) {
            remarks.add(r.nextInt(5) == 0 ? new Remark("RX", digits(2)) : new Remark("HE", pick("N", "M", "MA")
                    + (1 + r.nextInt(400))));
        }
        return new ServicePayment(procedure, charge, paid, r.nextInt(4) == 0 ? "0" + digits(3) : null,
                r.nextBoolean() ? quantity() : null, submitted, submitted != null && r.nextBoolean() ? quantity() : null,
                single, start, end, cas, serviceRefs, r.nextBoolean() ? alnum(1 + r.nextInt(30)) : null, rendering,
                policies, amounts, quantities, remarks);
    }

    private Procedure procedure(String[] qualifiers) {
        String q = qualifiers[r.nextInt(qualifiers.length)];
        String code = switch (q) {
            case "N4" -> digits(11);
            case "NU" -> digits(4);
            default -> alnum(5);
        };
        List<String> modifiers = new ArrayList<>();
        for (int i = r.nextInt(3) == 0 ? 1 + r.nextInt(4) : 0; i > 0; i--) {
            modifiers.add(alnum(2));
        }
        return new Procedure(q, code, modifiers, r.nextInt(10) == 0 ? words(60) : null);
    }

    private Claim claim() {
        boolean reversal = r.nextInt(10) == 0;
        List<ServicePayment> services = new ArrayList<>();
        int lines = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(r.nextInt(6) == 0 ? 8 : 3);
        for (int i = 0; i < lines; i++) {
            services.add(service());
        }
        BigDecimal lineCharges = services.stream().map(ServicePayment::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal linePaid = services.stream().map(ServicePayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal charge;
        BigDecimal paid;
        List<AdjustmentGroup> claimCas;
        if (services.isEmpty()) {
            charge = money(100, 2000000);
            paid = r.nextInt(5) == 0 ? BigDecimal.ZERO.setScale(2)
                    : charge.multiply(BigDecimal.valueOf(r.nextInt(101), 2)).setScale(2, java.math.RoundingMode.DOWN);
            claimCas = adjustments(charge.subtract(paid), true);
        } else {
            BigDecimal extra = r.nextInt(4) == 0 ? money(1, 20000) : BigDecimal.ZERO.setScale(2);
            charge = lineCharges.add(extra);
            paid = linePaid;
            claimCas = adjustments(extra, true);
        }
        String status = reversal ? "22" : pick(STATUSES);
        Claim c = new Claim(alnum(1 + r.nextInt(20)), status, charge, paid, null, pick(FILING),
                alnum(5 + r.nextInt(20)), r.nextBoolean() ? pick("11", "13", "21", "83") : null,
                r.nextBoolean() ? pick("1", "7", "8") : null, r.nextInt(6) == 0 ? digits(3) : null,
                r.nextInt(8) == 0 ? new BigDecimal("1." + digits(4)) : null,
                r.nextInt(10) == 0 ? new BigDecimal("0." + digits(2)) : null, claimCas,
                person(new String[] {"34", "HN", "II", "MI", "MR"}, false, false),
                r.nextInt(3) == 0 ? person(new String[] {"FI", "II", "MI"}, true, true) : null,
                r.nextInt(8) == 0 ? corrected() : null,
                r.nextBoolean() ? person(new String[] {"BD", "BS", "FI", "MC", "PC", "SL", "UP", "XX"}, true, true)
                        : null,
                r.nextInt(8) == 0 ? organisation() : null, r.nextInt(10) == 0 ? organisation() : null,
                r.nextInt(10) == 0 ? person(new String[] {"FI", "II", "MI"}, false, true) : null,
                r.nextInt(6) == 0 ? inpatient() : null, r.nextInt(5) == 0 ? outpatient() : null,
                refs(new String[] {"1L", "1W", "28", "6P", "9A", "9C", "BB", "CE", "EA", "F8", "G1", "G3", "IG",
                        "SY"}, 3),
                refs(new String[] {"0B", "1A", "1B", "1C", "1D", "1G", "1H", "1J", "D3", "G2", "LU"}, 3),
                r.nextBoolean() ? date() : null, r.nextBoolean() ? date() : null, r.nextInt(8) == 0 ? date() : null,
                r.nextInt(4) == 0 ? date() : null, claimContacts(), claimAmounts(), claimQuantities(), services);
        BigDecimal pr = c.adjustmentTotal("PR");
        c = withResponsibility(c, pr.signum() == 0 && r.nextBoolean() ? null : pr);
        return reversal ? reverse(c) : c;
    }

    private Name corrected() {
        boolean id = r.nextBoolean();
        return new Name(pick("1", "2"), letters(2 + r.nextInt(12)), r.nextBoolean() ? letters(4) : null, null, null,
                id ? "C" : null, id ? alnum(5 + r.nextInt(10)) : null);
    }

    private List<Reference> refs(String[] qualifiers, int max) {
        List<Reference> out = new ArrayList<>();
        for (String q : subset(qualifiers, r.nextInt(3) == 0 ? 1 + r.nextInt(max - 1) : 0)) {
            out.add(new Reference(q, alnum(2 + r.nextInt(15))));
        }
        return out;
    }

    private List<Contact> claimContacts() {
        List<Contact> out = new ArrayList<>();
        for (int i = r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0; i > 0; i--) {
            out.add(contact("CX", new String[] {"EM", "FX", "TE"}, new String[] {"EM", "EX", "FX", "TE"},
                    new String[] {"EX"}, true));
        }
        return out;
    }

    private List<Amount> claimAmounts() {
        List<Amount> out = new ArrayList<>();
        for (String q : subset(new String[] {"AU", "D8", "DY", "F5", "I", "NL", "T", "T2", "ZK", "ZL", "ZM", "ZN",
                "ZO"}, r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0)) {
            out.add(new Amount(q, money(0, 900000)));
        }
        return out;
    }

    private List<Quantity> claimQuantities() {
        List<Quantity> out = new ArrayList<>();
        for (String q : subset(new String[] {"CA", "CD", "LA", "LE", "NE", "NR", "OU", "PS", "VS", "ZK", "ZL", "ZM",
                "ZN", "ZO"}, r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0)) {
            out.add(new Quantity(q, quantity()));
        }
        return out;
    }

    private Inpatient inpatient() {
        Map<Integer, BigDecimal> values = new HashMap<>();
        for (int p : new int[] {2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 24}) {
            if (r.nextInt(5) == 0) {
                values.put(p, p == 3 || p == 15 ? BigDecimal.valueOf(r.nextInt(60)) : money(0, 900000));
            }
        }
        List<String> remarks = new ArrayList<>();
        for (int i = r.nextInt(3) == 0 ? 1 + r.nextInt(5) : 0; i > 0; i--) {
            remarks.add("MA" + (10 + r.nextInt(89)));
        }
        return new Inpatient(BigDecimal.valueOf(r.nextInt(40)), values, remarks);
    }

    private Outpatient outpatient() {
        List<String> remarks = new ArrayList<>();
        for (int i = r.nextInt(5) + (r.nextBoolean() ? 0 : 1); i > 0 && remarks.size() < 5; i--) {
            remarks.add("MA" + (10 + r.nextInt(89)));
        }
        BigDecimal rate = r.nextBoolean() ? new BigDecimal("0." + digits(2)) : null;
        if (remarks.isEmpty() && rate == null) {
            rate = new BigDecimal("0.8");
        }
        return new Outpatient(rate, r.nextBoolean() ? money(0, 90000) : null, remarks,
                r.nextInt(5) == 0 ? money(0, 9000) : null, r.nextInt(5) == 0 ? money(0, 9000) : null);
    }

    private ProviderAdjustment plb() {
        List<ProviderAdjustmentItem> items = new ArrayList<>();
        for (int i = 1 + r.nextInt(r.nextInt(4) == 0 ? 6 : 2); i > 0; i--) {
            String reason = pick(PLB_REASONS);
            items.add(new ProviderAdjustmentItem(reason, r.nextBoolean() ? alnum(1 + r.nextInt(20)) : null,
                    money(-30000, 30000)));
        }
        return new ProviderAdjustment(alnum(5 + r.nextInt(10)), date(), items);
    }

    // ---------------------------------------------------------------- transformations

    static Claim withResponsibility(Claim c, BigDecimal pr) {
        return new Claim(c.patientControlNumber(), c.status(), c.charge(), c.paid(), pr, c.filingIndicator(),
                c.payerClaimControlNumber(), c.facilityCode(), c.frequencyCode(), c.drgCode(), c.drgWeight(),
                c.dischargeFraction(), c.adjustments(), c.patient(), c.insured(), c.correctedPatient(),
                c.serviceProvider(), c.crossoverCarrier(), c.correctedPriorityPayer(), c.otherSubscriber(),
                c.inpatient(), c.outpatient(), c.otherReferences(), c.renderingProviderReferences(),
                c.statementFrom(), c.statementTo(), c.coverageExpiration(), c.receivedDate(), c.contacts(),
                c.amounts(), c.quantities(), c.services());
    }

    static Claim withAmounts(Claim c, BigDecimal charge, BigDecimal paid, List<AdjustmentGroup> cas,
            List<ServicePayment> services) {
        return new Claim(c.patientControlNumber(), c.status(), charge, paid, c.patientResponsibility(),
                c.filingIndicator(), c.payerClaimControlNumber(), c.facilityCode(), c.frequencyCode(), c.drgCode(),
                c.drgWeight(), c.dischargeFraction(), cas, c.patient(), c.insured(), c.correctedPatient(),
                c.serviceProvider(), c.crossoverCarrier(), c.correctedPriorityPayer(), c.otherSubscriber(),
                c.inpatient(), c.outpatient(), c.otherReferences(), c.renderingProviderReferences(),
                c.statementFrom(), c.statementTo(), c.coverageExpiration(), c.receivedDate(), c.contacts(),
                c.amounts(), c.quantities(), services);
    }

    private static List<AdjustmentGroup> negate(List<AdjustmentGroup> groups) {
        return groups.stream().map(g -> new AdjustmentGroup(g.group(), g.adjustments().stream()
                .map(a -> new Adjustment(a.reason(), a.amount().negate(), a.quantity())).toList())).toList();
    }

    /** The reversal (CLP02 22) of a claim: every amount negated. */
    static Claim reverse(Claim c) {
        List<ServicePayment> services = c.services().stream().map(s -> new ServicePayment(s.procedure(),
                s.charge().negate(), s.paid().negate(), s.revenueCode(), s.unitsPaid(), s.submittedProcedure(),
                s.submittedUnits(), s.serviceDate(), s.serviceStart(), s.serviceEnd(), negate(s.adjustments()),
                s.serviceReferences(), s.lineItemControlNumber(), s.renderingProviderReferences(),
                s.healthcarePolicyIds(), s.amounts(), s.quantities(), s.remarks())).toList();
        Claim out = withAmounts(c, c.charge().negate(), c.paid().negate(), negate(c.adjustments()), services);
        return withResponsibility(out, c.patientResponsibility() == null ? null : c.patientResponsibility().negate());
    }
}
