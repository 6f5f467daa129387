package io.revcycle.x12.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Seeded random values that fit the X12 element types of the eligibility and claim status guides. */
public final class Gen {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public final Random r;

    public Gen(long seed) {
        this.r = new Random(seed);
    }

    public boolean chance(double p) {
        return r.nextDouble() < p;
    }

    public int between(int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    @SafeVarargs
    public final <T> T pick(T... values) {
        return values[r.nextInt(values.length)];
    }

    public String pick(List<String> values) {
        return values.get(r.nextInt(values.size()));
    }

    public <T> T maybe(double p, Supplier<T> s) {
        return chance(p) ? s.get() : null;
    }

    public <T> List<T> list(int min, int max, Supplier<T> s) {
        int n = between(min, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(s.get());
        }
        return out;
    }

    public String word(int min, int max) {
        int n = between(min, max);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        return b.toString();
    }

    /** Words separated by single spaces, never longer than {@code max}. */
    public String words(int maxWords, int max) {
        StringBuilder b = new StringBuilder(word(2, 8));
        int n = between(0, maxWords - 1);
        for (int i = 0; i < n; i++) {
            String w = word(2, 8);
            if (b.length() + 1 + w.length() > max) {
                break;
            }
            b.append(' ').append(w);
        }
        return b.toString();
    }

    public String id(int min, int max) {
        int n = between(min, max);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
        }
        return b.toString();
    }

    public String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    public LocalDate date() {
        return LocalDate.of(1930, 1, 1).plusDays(r.nextInt(85 * 365));
    }

    public LocalDate recentDate() {
        return LocalDate.of(2015, 1, 1).plusDays(r.nextInt(12 * 365));
    }

    /** HHMM or HHMMSS. */
    public String time() {
        String hhmm = String.format("%02d%02d", r.nextInt(24), r.nextInt(60));
        return chance(0.3) ? hhmm + String.format("%02d", r.nextInt(60)) : hhmm;
    }

    /** Money with 0 to 2 decimals as written, e.g. 12, 12.5, 12.50. */
    public BigDecimal money(int maxUnits) {
        long cents = r.nextInt(maxUnits * 100 + 1);
        int scale = pick(0, 1, 2, 2, 2);
        BigDecimal v = BigDecimal.valueOf(cents, 2);
        return new BigDecimal(v.setScale(scale, java.math.RoundingMode.DOWN).toPlainString());
    }

    public BigDecimal quantity() {
        return chance(0.5) ? new BigDecimal(Integer.toString(between(1, 99)))
                : new BigDecimal(between(1, 99) + "." + between(1, 9));
    }

    /** A fraction between 0 and 1 as written, e.g. 0.2, 0.25, 1. */
    public BigDecimal percent() {
        return new BigDecimal(pick("0", "1", "0.1", "0.2", "0.25", "0.3", "0.5", "0.75", "0.8", "0.9", "0.05",
                "1.00", "0.150"));
    }

    public DatePeriod period(String qualifier) {
        LocalDate a = recentDate();
        return chance(0.6) ? DatePeriod.on(qualifier, a) : DatePeriod.between(qualifier, a, a.plusDays(between(0, 40)));
    }

    public Address address() {
        return new Address(words(3, 40), maybe(0.3, () -> "APT " + digits(3)), words(2, 25), pick("MO", "CA", "NY", "TX", "FL"),
                digits(pick(5, 9)), maybe(0.1, () -> "US"), null);
    }

    public ProviderInfo provider() {
        String code = pick("AD", "AT", "BI", "CO", "CV", "H", "HH", "LA", "OT", "P1", "P2", "PC", "PE", "R", "RF", "SK",
                "SU");
        if (chance(0.1)) {
            return new ProviderInfo(code, null, null);
        }
        String qualifier = pick("PXC", "PXC", "PXC", "9K", "D3", "EI", "HPI", "SY", "TJ");
        return new ProviderInfo(code, qualifier, qualifier.equals("PXC") ? digits(9) + "X" : digits(9));
    }

    public Contact contact() {
        List<Communication> numbers = list(1, 3, () -> {
            String q = pick("TE", "EM", "FX", "UR", "ED");
            return new Communication(q, q.equals("EM") ? word(3, 8) + "@" + word(3, 8) + ".COM"
                    : q.equals("UR") ? "WWW." + word(3, 10) + ".COM" : digits(10));
        });
        return new Contact("IC", maybe(0.7, () -> words(2, 40)), numbers);
    }

    /** A person or organisation NM1. */
    public EntityName name(String entity, boolean person, String idQualifier, String id) {
        if (person) {
            return new EntityName(entity, "1", word(2, 20), maybe(0.9, () -> word(2, 15)), maybe(0.3, () -> word(1, 1)),
                    maybe(0.1, () -> pick("JR", "SR", "III")), idQualifier, id);
        }
        return new EntityName(entity, "2", words(3, 50), null, null, null, idQualifier, id);
    }

    public ProcedureCode procedure(List<String> qualifiers) {
        String q = pick(qualifiers);
        String code = q.equals("N4") ? digits(11) : q.equals("NU") ? "0" + digits(3) : pick("9", "8", "J") + digits(4);
        return new ProcedureCode(q, code, list(0, chance(0.3) ? 4 : 1, () -> pick("25", "59", "GT", "TC", "26", "LT")));
    }
}
