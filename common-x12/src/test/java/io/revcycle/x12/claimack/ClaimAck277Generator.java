package io.revcycle.x12.claimack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.revcycle.x12.claimack.ClaimAck277.BillingProvider;
import io.revcycle.x12.claimack.ClaimAck277.ClaimStatus;
import io.revcycle.x12.claimack.ClaimAck277.DateRange;
import io.revcycle.x12.claimack.ClaimAck277.InformationSource;
import io.revcycle.x12.claimack.ClaimAck277.LineStatus;
import io.revcycle.x12.claimack.ClaimAck277.Party;
import io.revcycle.x12.claimack.ClaimAck277.Patient;
import io.revcycle.x12.claimack.ClaimAck277.Procedure;
import io.revcycle.x12.claimack.ClaimAck277.Receipt;
import io.revcycle.x12.claimack.ClaimAck277.Receiver;
import io.revcycle.x12.claimack.ClaimAck277.Reference;
import io.revcycle.x12.claimack.ClaimAck277.Status;
import io.revcycle.x12.claimack.ClaimAck277.StatusCode;
import io.revcycle.x12.claimack.ClaimAck277.Totals;

/**
 * Seeded generator of valid 277CAs of many shapes: several sources, receivers, billing providers, patients, claims
 * and service lines, accepted and rejected statuses with additional status codes, totals, D8 and RD8 dates.
 */
public final class ClaimAck277Generator {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static final String[] CLAIM_ENTITIES = {"03", "1P", "1Z", "40", "41", "71", "72", "73", "77", "82", "85", "87",
            "DK", "DN", "DQ", "FA", "GB", "HK", "IL", "LI", "MSC", "PR", "PRP", "QB", "QC", "QD", "SEP", "TL", "TTP",
            "TU"};

    private final Random r;

    public ClaimAck277Generator(long seed) {
        r = new Random(seed);
    }

    public ClaimAck277 next() {
        List<InformationSource> sources = new ArrayList<>();
        for (int i = count(4, 1, 2); i > 0; i--) {
            sources.add(source());
        }
        String time = String.format("%02d%02d", r.nextInt(24), r.nextInt(60));
        return new ClaimAck277(alnum(1 + r.nextInt(30)), date(),
                r.nextBoolean() ? time : time + String.format("%02d", r.nextInt(60)), sources);
    }

    /** 1..small usually, 1..large once in {@code rare} draws. */
    private int count(int rare, int small, int large) {
        return 1 + r.nextInt(r.nextInt(rare) == 0 ? large : small);
    }

    private String pick(String... values) {
        return values[r.nextInt(values.length)];
    }

    private String chars(String alphabet, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private String alnum(int n) {
        return chars(ALNUM, n);
    }

    private String letters(int n) {
        return chars(LETTERS, n);
    }

    private String digits(int n) {
        return chars("0123456789", n);
    }

    private LocalDate date() {
        return LocalDate.of(2018 + r.nextInt(9), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private BigDecimal money() {
        return r.nextInt(5) == 0 ? BigDecimal.valueOf(r.nextInt(5000)) : BigDecimal.valueOf(r.nextInt(900000), 2);
    }

    private Party organisation(String code, String... qualifiers) {
        return new Party(code, "2", letters(3 + r.nextInt(20)), null, null, null, pick(qualifiers),
                alnum(2 + r.nextInt(15)));
    }

    private Party person(String code, boolean suffix, String... qualifiers) {
        return new Party(code, "1", letters(2 + r.nextInt(15)), r.nextBoolean() ? letters(2 + r.nextInt(10)) : null,
                r.nextInt(3) == 0 ? letters(1) : null, suffix && r.nextInt(6) == 0 ? pick("JR", "SR", "II") : null,
                pick(qualifiers), alnum(2 + r.nextInt(15)));
    }

    private StatusCode code(String[] categories, String[] entities) {
        return new StatusCode(pick(categories), String.valueOf(r.nextInt(800)),
                r.nextInt(3) == 0 ? pick(entities) : null);
    }

    private List<Status> statuses(int min, String[] categories, String[] entities, boolean amount) {
        List<Status> out = new ArrayList<>();
        int n = amount ? min + r.nextInt(2) : 1;
        for (int i = 0; i < n; i++) {
            List<StatusCode> more = new ArrayList<>();
            for (int k = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0; k > 0; k--) {
                more.add(code(categories, entities));
            }
            // service line statuses are rejections (U) in this guide
            out.add(new Status(code(categories, entities), date(), amount ? pick("U", "WQ") : "U",
                    amount ? money() : null, more,
                    amount && r.nextInt(6) == 0 ? letters(5) + " " + letters(8) : null));
        }
        return out;
    }

    private Totals totals() {
        if (r.nextBoolean()) {
            return null;
        }
        Totals t = new Totals(r.nextBoolean() ? BigDecimal.valueOf(r.nextInt(500)) : null,
                r.nextBoolean() ? BigDecimal.valueOf(r.nextInt(50)) : null, r.nextBoolean() ? money() : null,
                r.nextBoolean() ? money() : null);
        return t.isEmpty() ? new Totals(BigDecimal.ONE, null, null, null) : t;
    }

    private InformationSource source() {
        List<Receipt> receipts = new ArrayList<>();
        for (int i = count(5, 1, 3); i > 0; i--) {
            receipts.add(new Receipt(alnum(1 + r.nextInt(20)), date(), date()));
        }
        // the guide gives the information receiver level one repeat per information source
        List<Receiver> receivers = List.of(receiver());
        return new InformationSource(organisation(pick("PR", "AY"), "46", "FI", "PI", "XV"), receipts, receivers);
    }

    private Receiver receiver() {
        List<BillingProvider> providers = new ArrayList<>();
        for (int i = count(3, 1, 3); i > 0; i--) {
            providers.add(provider());
        }
        Party name = r.nextBoolean() ? organisation("41", "46")
                : new Party("41", "1", letters(5), letters(4), r.nextBoolean() ? letters(1) : null, null, "46",
                        alnum(4 + r.nextInt(8)));
        return new Receiver(name, alnum(1 + r.nextInt(20)),
                statuses(1, new String[] {"A1", "A2", "A3", "A0", "E0"}, new String[] {"36", "40", "41", "AY", "PR"},
                        true),
                totals(), providers);
    }

    private BillingProvider provider() {
        List<Patient> patients = new ArrayList<>();
        for (int i = count(3, 2, 4); i > 0; i--) {
            patients.add(patient());
        }
        List<Reference> refs = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            refs.add(new Reference(pick("0B", "1G", "G2", "LU", "SY", "TJ"), alnum(3 + r.nextInt(10))));
        }
        Party name = r.nextBoolean() ? organisation("85", "FI", "SV", "XX") : person("85", true, "FI", "SV", "XX");
        return new BillingProvider(name, alnum(1 + r.nextInt(30)),
                statuses(1, new String[] {"A1", "A2", "A3", "A6", "A7", "A8", "E1"},
                        new String[] {"36", "40", "41", "77", "82", "85", "87", "AY", "PR"}, true),
                refs, totals(), patients);
    }

    private Patient patient() {
        List<ClaimStatus> claims = new ArrayList<>();
        for (int i = count(4, 1, 3); i > 0; i--) {
            claims.add(claim());
        }
        return new Patient(person("QC", true, "II", "MI"), claims);
    }

    private DateRange range() {
        LocalDate from = date();
        return r.nextBoolean() ? new DateRange(from, null) : new DateRange(from, from.plusDays(r.nextInt(30)));
    }

    private static final String[] CLAIM_CATEGORIES = {"A1", "A2", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "DR01",
            "DR08", "E0", "E4"};

    private ClaimStatus claim() {
        List<LineStatus> lines = new ArrayList<>();
        for (int i = r.nextInt(3) == 0 ? count(3, 2, 6) : 0; i > 0; i--) {
            List<String> modifiers = new ArrayList<>();
            for (int m = r.nextInt(3) == 0 ? 1 + r.nextInt(4) : 0; m > 0; m--) {
                modifiers.add(alnum(2));
            }
            lines.add(new LineStatus(new Procedure(pick("HC", "HC", "AD", "ER", "HP", "IV", "N4", "NU", "WK"),
                    alnum(5), modifiers), money(), r.nextInt(3) == 0 ? "0" + digits(3) : null,
                    r.nextBoolean() ? BigDecimal.valueOf(1 + r.nextInt(9)) : null,
                    statuses(1, CLAIM_CATEGORIES, CLAIM_ENTITIES, false),
                    r.nextBoolean() ? alnum(1 + r.nextInt(30)) : null, r.nextInt(8) == 0 ? digits(7) : null,
                    r.nextBoolean() ? range() : null));
        }
        return new ClaimStatus(alnum(1 + r.nextInt(20)), statuses(1, CLAIM_CATEGORIES, CLAIM_ENTITIES, true),
                r.nextBoolean() ? alnum(5 + r.nextInt(20)) : null, r.nextInt(4) == 0 ? alnum(5 + r.nextInt(20)) : null,
                r.nextInt(4) == 0 ? pick("111", "131", "831", "0111") : null, range(), lines);
    }
}
