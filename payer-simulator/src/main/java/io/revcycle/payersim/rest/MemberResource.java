package io.revcycle.payersim.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.revcycle.payersim.domain.Accumulator;
import io.revcycle.payersim.domain.Member;
import io.revcycle.payersim.domain.Plan;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

/**
 * Members. POST takes one member or a batch (a JSON array): the demo registers its synthetic patients here before it
 * sends encounters. A member given benefits instead of a plan gets a plan with exactly those benefits.
 */
@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MemberResource {

    private static final BigDecimal DEFAULT_OUT_OF_POCKET_MAX = new BigDecimal("5000.00");

    /**
     * @param planId              an existing plan; when absent, copay / coinsurancePercent / deductibleRemaining
     *                            make (or find) a plan of their own
     * @param deductibleRemaining with a plan: what is left of its deductible this year (sets the accumulator)
     */
    public record MemberRequest(
            @NotBlank @Size(max = 32) String payerId,
            @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9-]+") String memberId,
            @Size(max = 40) String planId,
            @NotBlank @Size(max = 60) String lastName,
            @Size(max = 35) String firstName,
            LocalDate birthDate,
            @Pattern(regexp = "[FMU]") String sex,
            LocalDate effectiveDate,
            LocalDate terminationDate,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal copay,
            @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal coinsurancePercent,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal deductibleRemaining,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal outOfPocketMax) {
    }

    public record AccumulatorView(int planYear, String planId, BigDecimal deductibleMet, BigDecimal outOfPocketMet) {
    }

    private final ObjectMapper json;
    private final Validator validator;

    public MemberResource(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    @GET
    @RolesAllowed(Roles.INTEGRATION)
    public List<Member> list(@QueryParam("payerId") String payerId) {
        return payerId == null ? Member.list("order by payerId, memberId")
                : Member.list("payerId = ?1 order by memberId", payerId);
    }

    @GET
    @Path("{payerId}/{memberId}")
    @RolesAllowed(Roles.INTEGRATION)
    public Member get(@PathParam("payerId") String payerId, @PathParam("memberId") String memberId) {
        return Member.of(payerId, memberId).orElseThrow(() -> ProblemException.notFound("member", memberId));
    }

    @GET
    @Path("{payerId}/{memberId}/accumulators")
    @RolesAllowed(Roles.INTEGRATION)
    public List<AccumulatorView> accumulators(@PathParam("payerId") String payerId,
            @PathParam("memberId") String memberId) {
        get(payerId, memberId);
        return Accumulator.<Accumulator>list("payerId = ?1 and memberId = ?2 order by planYear", payerId, memberId)
                .stream().map(a -> new AccumulatorView(a.planYear, a.planId, a.deductibleMet, a.outOfPocketMet))
                .toList();
    }

    /** Registers (or updates) one member, or every member of an array, all or nothing. */
    @POST
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    public Response register(@NotNull JsonNode body) {
        List<MemberRequest> requests = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(n -> requests.add(read(n)));
        } else {
            requests.add(read(body));
        }
        if (requests.isEmpty()) {
            throw ProblemException.badRequest("no members in the request");
        }
        List<Member> saved = requests.stream().map(MemberResource::save).toList();
        return Response.status(201).entity(body.isArray() ? saved : saved.get(0)).build();
    }

    @PUT
    @Path("{payerId}/{memberId}")
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    public Member update(@PathParam("payerId") String payerId, @PathParam("memberId") String memberId,
            @NotNull JsonNode body) {
        MemberRequest r = read(body);
        if (!payerId.equals(r.payerId()) || !memberId.equals(r.memberId())) {
            throw ProblemException.badRequest("payerId and memberId in the body differ from the path");
        }
        return save(r);
    }

    private MemberRequest read(JsonNode node) {
        MemberRequest r;
        try {
            r = json.treeToValue(node, MemberRequest.class);
        } catch (Exception e) {
            throw ProblemException.badRequest("not a member: " + e.getClass().getSimpleName());
        }
        Set<ConstraintViolation<MemberRequest>> violations = validator.validate(r);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return r;
    }

    private static Member save(MemberRequest r) {
        PayerResource.find(r.payerId());
        Plan plan = r.planId() != null ? existingPlan(r) : benefitPlan(r);
        Member m = Member.of(r.payerId(), r.memberId()).orElseGet(Member::new);
        boolean created = m.id == null;
        m.payerId = r.payerId();
        m.memberId = r.memberId();
        m.planId = plan.planId;
        m.lastName = r.lastName();
        m.firstName = r.firstName();
        m.birthDate = r.birthDate();
        m.sex = r.sex();
        m.effectiveDate = r.effectiveDate() == null ? LocalDate.of(2000, 1, 1) : r.effectiveDate();
        m.terminationDate = r.terminationDate();
        if (m.terminationDate != null && m.terminationDate.isBefore(m.effectiveDate)) {
            throw ProblemException.badRequest("terminationDate is before effectiveDate");
        }
        if (created) {
            m.persist();
        }
        if (r.planId() != null && r.deductibleRemaining() != null) {
            Accumulator a = Accumulator.locked(m.payerId, m.memberId, plan.planId, LocalDate.now().getYear());
            a.deductibleMet = plan.annualDeductible.subtract(r.deductibleRemaining()).max(BigDecimal.ZERO).setScale(2);
        }
        return m;
    }

    private static Plan existingPlan(MemberRequest r) {
        Plan plan = Plan.findById(r.planId());
        if (plan == null || !plan.payerId.equals(r.payerId())) {
            throw ProblemException.badRequest("plan " + r.planId() + " is not a plan of payer " + r.payerId());
        }
        return plan;
    }

    /** The plan with exactly these benefits (found or made), so members with equal benefits share one. */
    private static Plan benefitPlan(MemberRequest r) {
        BigDecimal copay = scaled(r.copay());
        BigDecimal coinsurance = scaled(r.coinsurancePercent());
        BigDecimal deductible = scaled(r.deductibleRemaining());
        BigDecimal oop = r.outOfPocketMax() == null ? DEFAULT_OUT_OF_POCKET_MAX : scaled(r.outOfPocketMax());
        String id = "B-" + Integer.toHexString((r.payerId() + "|" + copay + "|" + coinsurance + "|" + deductible
                + "|" + oop).hashCode());
        Plan plan = Plan.findById(id);
        if (plan == null) {
            plan = new Plan();
            plan.planId = id;
            plan.payerId = r.payerId();
            plan.name = "BENEFITS " + copay + "/" + coinsurance + "%/" + deductible;
            plan.claimFilingIndicator = "12";
            plan.copay = copay;
            plan.coinsurancePercent = coinsurance;
            plan.annualDeductible = deductible;
            plan.outOfPocketMax = oop;
            plan.persist();
        }
        return plan;
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? new BigDecimal("0.00") : v.setScale(2);
    }
}
