package io.revcycle.eligibility.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.revcycle.x12.eligibility.Benefit;
import io.revcycle.x12.eligibility.EligibilityResponse271;
import io.revcycle.x12.eligibility.Member271;
import io.revcycle.x12.eligibility.Receiver271;
import io.revcycle.x12.eligibility.Rejection;
import io.revcycle.x12.eligibility.Source271;
import io.revcycle.x12.eligibility.Subscriber271;
import io.revcycle.x12.eligibility.Trace;

/**
 * What a payer's 271 said about one member: active (EB01 1-5), inactive (EB01 6-8), or rejected (an AAA at any
 * level), the plan, and the cost-sharing benefits with their periods, networks and service types.
 *
 * @param traceNumber the TRN02 the payer echoed (type 2): the inquiry it answers
 */
public record EligibilityAnswer(Status status, String traceNumber, String planName, String rejectionCode,
        List<BenefitLine> benefits) {

    public enum Status {
        ACTIVE, INACTIVE, REJECTED
    }

    public EligibilityAnswer {
        benefits = benefits == null ? List.of() : List.copyOf(benefits);
    }

    /** Reads the answer about the first member of the 271 (the dependent when one is answered). */
    public static EligibilityAnswer of(EligibilityResponse271 response) {
        List<Rejection> rejections = new ArrayList<>();
        Member271 member = null;
        for (Source271 source : response.sources()) {
            rejections.addAll(source.levelRejections());
            rejections.addAll(source.rejections());
            for (Receiver271 receiver : source.receivers()) {
                rejections.addAll(receiver.rejections());
                for (Subscriber271 subscriber : receiver.subscribers()) {
                    if (member == null) {
                        member = subscriber.dependents().isEmpty() ? subscriber.subscriber()
                                : subscriber.dependents().get(0);
                    }
                }
            }
        }
        String trace = member == null ? null
                : member.traces().stream().filter(t -> "2".equals(t.typeCode())).map(Trace::number).findFirst()
                        .orElse(member.traces().stream().map(Trace::number).findFirst().orElse(null));
        if (member != null) {
            rejections.addAll(member.rejections());
            member.benefits().forEach(b -> rejections.addAll(b.rejections()));
        }
        if (!rejections.isEmpty() || member == null) {
            String code = rejections.isEmpty() ? null : rejections.get(0).reasonCode();
            return new EligibilityAnswer(Status.REJECTED, trace, null, code, List.of());
        }
        List<Benefit> ebs = member.benefits();
        boolean active = ebs.stream().anyMatch(b -> List.of("1", "2", "3", "4", "5").contains(b.infoCode()));
        boolean inactive = ebs.stream().anyMatch(b -> List.of("6", "7", "8").contains(b.infoCode()));
        String plan = ebs.stream().filter(b -> "1".equals(b.infoCode()) && b.planDescription() != null)
                .map(Benefit::planDescription).findFirst().orElse(null);
        List<BenefitLine> lines = ebs.stream().flatMap(EligibilityAnswer::line).toList();
        Status status = active && !inactive ? Status.ACTIVE : inactive ? Status.INACTIVE : Status.REJECTED;
        return new EligibilityAnswer(status, trace, plan, null, status == Status.ACTIVE ? lines : List.of());
    }

    private static Stream<BenefitLine> line(Benefit b) {
        return BenefitKind.fromCode(b.infoCode()).stream().map(kind -> new BenefitLine(kind, b.coverageLevel(),
                b.serviceTypes(), b.timePeriod(), Network.fromCode(b.inNetwork()), b.amount(),
                b.percent() == null ? null : b.percent().movePointRight(2).setScale(2, RoundingMode.HALF_UP)));
    }

    /** The in-network copay per visit for the service type (a specific benefit before a general one). */
    public Optional<BigDecimal> copay(String serviceType) {
        return inNetwork(BenefitKind.COPAY, serviceType, null).map(BenefitLine::amount);
    }

    /** The in-network coinsurance for the service type, as a percentage. */
    public Optional<BigDecimal> coinsurancePercent(String serviceType) {
        return inNetwork(BenefitKind.COINSURANCE, serviceType, null).map(BenefitLine::percent);
    }

    /** What is left of the individual in-network deductible (EB06 29 remaining). */
    public Optional<BigDecimal> deductibleRemaining(String serviceType) {
        return inNetwork(BenefitKind.DEDUCTIBLE, serviceType, BenefitLine.REMAINING).map(BenefitLine::amount);
    }

    /** What is left of the individual in-network out-of-pocket maximum (EB06 29 remaining). */
    public Optional<BigDecimal> outOfPocketRemaining(String serviceType) {
        return inNetwork(BenefitKind.OUT_OF_POCKET, serviceType, BenefitLine.REMAINING).map(BenefitLine::amount);
    }

    private Optional<BenefitLine> inNetwork(BenefitKind kind, String serviceType, String period) {
        return benefits.stream()
                .filter(b -> b.kind() == kind && b.appliesTo(serviceType) && b.network().appliesInNetwork()
                        && b.individual() && (period == null || period.equals(b.timePeriod())))
                // specific service type first, then stated in network before "both" or unknown
                .min(Comparator.comparing((BenefitLine b) -> b.specificTo(serviceType) ? 0 : 1)
                        .thenComparing(b -> b.network() == Network.IN ? 0 : 1));
    }
}
