package io.revcycle.edi.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.revcycle.edi.EdiFile;
import io.revcycle.edi.EdiFileDuplicate;
import io.revcycle.edi.EdiOrigin;
import io.revcycle.edi.IntakeResult;
import io.revcycle.edi.intake.EdiIntake;
import io.revcycle.rest.LargeRequestBody;
import io.revcycle.rest.Problem;
import io.revcycle.rest.ProblemException;

/** Upload of inbound X12 files and the list of every file this service sent or took. */
@Path("/edi/files")
@Produces(MediaType.APPLICATION_JSON)
public class EdiFileResource {

    private final EdiIntake intake;

    public EdiFileResource(EdiIntake intake) {
        this.intake = intake;
    }

    /**
     * Takes an X12 file (999, 277CA, 835...) as the body. 202 when taken or forwarded to the owning service, 200
     * when the same file was taken before (nothing changes), 422 problem+json with the findings when rejected.
     */
    @POST
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "application/edi-x12" })
    @RolesAllowed("${revcycle.security.edi-upload-roles}")
    @LargeRequestBody
    public Response upload(byte[] body, @QueryParam("fileName") @DefaultValue("upload.x12") String fileName) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("the body is empty: send the X12 file's bytes");
        }
        IntakeResult r = receiveRetryingConflicts(body, fileName);
        if (IntakeResult.REJECTED.equals(r.status())) {
            List<Problem.FieldError> errors = r.findings().stream().limit(200)
                    .map(f -> new Problem.FieldError("x12", f)).toList();
            throw new ProblemException(422, "Unprocessable Content", "file " + r.fileId() + " was rejected with "
                    + r.errorCount() + " error(s); nothing was taken from it", errors);
        }
        return Response.status(IntakeResult.DUPLICATE.equals(r.status()) ? 200 : 202).entity(r).build();
    }

    /**
     * A deadlock or serialization failure with a concurrent posting (the topic consumer retries those on its own) is
     * retried here too, so the uploader never sees a server error for it.
     */
    private IntakeResult receiveRetryingConflicts(byte[] body, String fileName) {
        for (int attempt = 1;; attempt++) {
            try {
                return intake.receive(body, fileName, EdiOrigin.UPLOAD);
            } catch (RuntimeException e) {
                if (attempt >= 3 || !concurrencyConflict(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean concurrencyConflict(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLException sql
                    && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    @GET
    @RolesAllowed("${revcycle.security.edi-read-roles}")
    public List<EdiFileView> list(@QueryParam("direction") String direction, @QueryParam("status") String status,
            @QueryParam("type") String type, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw ProblemException.badRequest("page must be >= 0 and size between 1 and 500");
        }
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (direction != null && !direction.isBlank()) {
            String d = direction.strip().toUpperCase();
            if (!d.equals(EdiFile.IN) && !d.equals(EdiFile.OUT)) {
                throw ProblemException.badRequest("direction must be IN or OUT");
            }
            q.append(" and direction = :direction");
            p.and("direction", d);
        }
        if (status != null && !status.isBlank()) {
            q.append(" and status = :status");
            p.and("status", status.strip().toUpperCase());
        }
        if (type != null && !type.isBlank()) {
            q.append(" and documentTypes like :type");
            p.and("type", "%" + type.strip().toUpperCase() + "%");
        }
        return EdiFile.<EdiFile>find(q.toString(), Sort.descending("createdAt"), p).page(Page.of(page, size)).list()
                .stream().map(f -> EdiFileView.of(f, false, 0)).toList();
    }

    @GET
    @Path("/{fileId}")
    @RolesAllowed("${revcycle.security.edi-read-roles}")
    public EdiFileView get(@PathParam("fileId") String fileId) {
        EdiFile f = find(fileId);
        return EdiFileView.of(f, true, EdiFileDuplicate.count("fileId", fileId));
    }

    @GET
    @Path("/{fileId}/content")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed("${revcycle.security.edi-read-roles}")
    public byte[] content(@PathParam("fileId") String fileId) {
        EdiFile f = find(fileId);
        if (f.content == null) {
            throw ProblemException.notFound("content of EDI file", fileId);
        }
        return f.content;
    }

    private static EdiFile find(String fileId) {
        EdiFile f = EdiFile.findById(fileId);
        if (f == null) {
            throw ProblemException.notFound("EDI file", fileId);
        }
        return f;
    }
}
