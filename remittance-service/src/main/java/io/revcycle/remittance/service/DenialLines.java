package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.revcycle.denials.DenialClassification;
import io.revcycle.denials.DenialClassifier;
import io.revcycle.denials.DenialToClassify;
import io.revcycle.remittance.domain.CasAdjustment;
import io.revcycle.remittance.domain.PayerWindow;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceLine;

/**
 * The denied lines of a posted remittance, each with the adjustment that explains it (its largest non-PR CAS) and
 * its classification. The remark codes classified are the line's (LQ*HE) and the claim's (MOA/MIA); the appeal
 * window runs from the day the 835 was received.
 */
public final class DenialLines {

    public record DenialLine(int lineNumber, String procedureCode, String groupCode, String reasonCode,
            List<String> lineRemarkCodes, BigDecimal amount, DenialClassification classification) {
    }

    private DenialLines() {
    }

    public static List<DenialLine> of(Remittance r, DenialClassifier classifier) {
        LocalDate received = LocalDate.ofInstant(r.receivedAt, ZoneOffset.UTC);
        Integer appealWindow = PayerWindow.appealWindowDays(r.payerId); // the payer directory's, when announced
        List<DenialLine> denied = new ArrayList<>();
        for (RemittanceLine line : r.deniedLines()) {
            Optional<? extends CasAdjustment> main = largestNonPatient(line.adjustments);
            if (main.isEmpty()) {
                continue;
            }
            Set<String> remarks = new LinkedHashSet<>(line.remarkCodes);
            remarks.addAll(r.claimRemarkCodes);
            DenialClassification c = classifier.classify(new DenialToClassify(r.payerId, main.get().groupCode,
                    main.get().reasonCode, List.copyOf(remarks), received, appealWindow));
            denied.add(new DenialLine(line.lineNumber, line.procedureCode, main.get().groupCode,
                    main.get().reasonCode, List.copyOf(line.remarkCodes), line.adjusted(), c));
        }
        return denied;
    }

    /** The line that speaks for the claim (largest real denial), if any line is denied. */
    public static Optional<DenialLine> primary(List<DenialLine> lines) {
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(DenialClassifier.primary(lines, DenialLine::classification, DenialLine::amount));
    }

    private static Optional<? extends CasAdjustment> largestNonPatient(List<? extends CasAdjustment> adjustments) {
        return adjustments.stream().filter(a -> !a.patientResponsibility())
                .max(Comparator.comparing((CasAdjustment a) -> a.amount));
    }
}
