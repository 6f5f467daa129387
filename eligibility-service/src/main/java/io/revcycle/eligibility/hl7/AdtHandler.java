package io.revcycle.eligibility.hl7;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;

import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ADT_A01;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revcycle.eligibility.domain.Payer;
import io.revcycle.eligibility.rest.CoverageRequest;
import io.revcycle.eligibility.service.PatientRegistration;
import io.revcycle.eligibility.service.RegisterPatientCommand;
import io.revcycle.hl7.Hl7Acks;
import io.revcycle.hl7.Hl7Handler;
import io.revcycle.hl7.Hl7Inbound;
import io.revcycle.hl7.Hl7Problem;
import io.revcycle.messaging.inbox.ProcessedMessages;
import io.revcycle.rest.ProblemException;

/**
 * eligibility-service's HL7 v2 messages: ADT^A04 registers the patient's coverages and guarantor, ADT^A08 updates
 * them (its IN1 set replaces the registered one). Each IN1 is checked by the same constraints as POST /coverages
 * (only copay, coinsurance and deductible may be absent: IN1 has none), its payer must be in the payer directory.
 * AE with one ERR per problem, and nothing stored, when anything is wrong. The same control id (MSH-10, per sending
 * application and facility) again is answered AA and changes nothing (the shared processed-event inbox, in the
 * registration's transaction).
 */
@ApplicationScoped
public class AdtHandler implements Hl7Handler {

    static final String INBOX = "eligibility-service.hl7";
    /** The benefits a registration does not know: unknown until verified, never defaulted. */
    private static final Set<String> BENEFITS = Set.of("copay", "coinsurancePercent", "deductibleRemaining");

    private static final Logger LOG = Logger.getLogger(AdtHandler.class);

    private final Validator validator;
    private final PatientRegistration registration;
    private final ProcessedMessages processed;

    public AdtHandler(Validator validator, PatientRegistration registration, ProcessedMessages processed) {
        this.validator = validator;
        this.registration = registration;
        this.processed = processed;
    }

    @Override
    public Map<String, Set<String>> accepted() {
        return Map.of("ADT", Set.of("A04", "A08"));
    }

    @Override
    public Message handle(Hl7Inbound inbound) throws HL7Exception {
        if (!(inbound.message() instanceof ADT_A01 adt)) {
            return Hl7Acks.reject(inbound, List.of(new Hl7Problem("MSH", 1, 9, 3, ErrorCode.UNSUPPORTED_MESSAGE_TYPE,
                    "message structure is not ADT_A01")));
        }
        AdtRegistrationReader.Result read = AdtRegistrationReader.read(adt,
                payerId -> QuarkusTransaction.requiringNew().call(() -> Payer.of(payerId).isPresent()),
                LocalDate.now());
        List<Hl7Problem> problems = new ArrayList<>(read.problems());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < read.coverages().size(); i++) {
            CoverageRequest c = read.coverages().get(i);
            for (ConstraintViolation<CoverageRequest> v : validator.validate(c)) {
                if (!(BENEFITS.contains(v.getPropertyPath().toString())
                        && v.getConstraintDescriptor().getAnnotation() instanceof NotNull)) {
                    problems.add(locate(v, i + 1));
                }
            }
            if (c.payerId() != null && c.memberId() != null && !keys.add(c.payerId() + "|" + c.memberId())) {
                problems.add(new Hl7Problem("IN1", i + 1, 36, 0, ErrorCode.DUPLICATE_KEY_IDENTIFIER,
                        "the same payer and member id is on an earlier IN1"));
            }
        }
        if (!problems.isEmpty()) {
            return Hl7Acks.refuse(inbound, dropRepeats(problems));
        }
        boolean replacing = "A08".equals(inbound.trigger()) && !read.coverages().isEmpty();
        RegisterPatientCommand command = new RegisterPatientCommand(read.patientId(), replacing, read.recordedOn(),
                read.coverages().stream().map(CoverageRequest::toCommand).toList(), read.guarantor());
        return register(inbound, command);
    }

    private Message register(Hl7Inbound inbound, RegisterPatientCommand command) throws HL7Exception {
        try {
            List<String> ids = QuarkusTransaction.requiringNew().call(() -> processed.recordFirst(INBOX,
                    inbound.key("ADT")) ? registration.register(command) : null);
            // ids only: member ids, names and birth dates are PHI
            LOG.infof("HL7 %s from %s: patient %s %s", inbound.controlId(), inbound.sender(), command.patientId(),
                    ids == null ? "already taken (same control id): nothing changed" : "registered, coverages " + ids);
            return Hl7Acks.accept(inbound);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ProblemException p) {
                    return Hl7Acks.refuse(inbound, List.of(new Hl7Problem("IN1", 1, 0, 0,
                            ErrorCode.APPLICATION_INTERNAL_ERROR, "the registry refused it: " + p.getMessage())));
                }
            }
            throw e;
        }
    }

    /** One problem per place: what reading found (a missing field) before the constraint that follows from it. */
    private static List<Hl7Problem> dropRepeats(List<Hl7Problem> problems) {
        Set<String> seen = new HashSet<>();
        return problems.stream().filter(p -> seen.add(p.where())).toList();
    }

    /** Where a constraint of the coverage request points in the ADT (the field the value came from). */
    static Hl7Problem locate(ConstraintViolation<?> v, int rep) {
        String path = v.getPropertyPath().toString();
        String message = path.isEmpty() ? v.getMessage() : path + " " + v.getMessage();
        return switch (path) {
            case "patientId" -> Hl7Problem.badValue("PID", 1, 3, message);
            case "payerId" -> Hl7Problem.badValue("IN1", rep, 3, message);
            case "payerName" -> Hl7Problem.badValue("IN1", rep, 4, message);
            case "planName" -> Hl7Problem.badValue("IN1", rep, 2, message);
            case "memberId" -> Hl7Problem.badValue("IN1", rep, 36, message);
            case "groupId" -> Hl7Problem.badValue("IN1", rep, 8, message);
            case "effectiveFrom" -> Hl7Problem.badValue("IN1", rep, 12, message);
            case "effectiveTo" -> Hl7Problem.badValue("IN1", rep, 13, message);
            case "subscriberFirstName", "subscriberLastName" -> Hl7Problem.badValue("IN1", rep, 16, message);
            case "subscriberBirthDate" -> Hl7Problem.badValue("IN1", rep, 18, message);
            case "declaredPriority" -> Hl7Problem.badValue("IN1", rep, 22, message);
            default -> Hl7Problem.badValue("IN1", rep, 0, message);
        };
    }
}
