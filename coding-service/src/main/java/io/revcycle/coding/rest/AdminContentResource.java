package io.revcycle.coding.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.coding.content.ContentKind;
import io.revcycle.coding.content.ContentLoader;
import io.revcycle.coding.content.LoadResult;
import io.revcycle.coding.content.ReleaseFiles.Format;
import io.revcycle.coding.domain.ContentVersion;
import io.revcycle.rest.LargeRequestBody;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/admin/content")
@Tag(name = "Content", description = "Code content releases: load official CMS files (and a licensed CPT file)")
@Produces(MediaType.APPLICATION_JSON)
public class AdminContentResource {

    static final int MAX_FILE_BYTES = 200 * 1024 * 1024;

    private final ContentLoader loader;

    public AdminContentResource(ContentLoader loader) {
        this.loader = loader;
    }

    public record VersionView(long id, String kind, String release, LocalDate effectiveDate, String checksum,
            String origin, int rows, int added, int closed, int unchanged, Instant loadedAt) {
    }

    @POST
    @Path("/{kind}")
    @Consumes({ MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, "text/csv", "text/tab-separated-values" })
    @Operation(summary = "Load a release file", description = "kind: icd10cm, icd10pcs, hcpcs, ncci-ptp, mue, cpt, poa-exempt, mce-unacceptable-pdx "
            + "(official layouts) or modifier, pos (TSV). The same file again is UNCHANGED; a new release closes rows "
            + "that disappeared and adds new ones. effective defaults from the release label (FY2026 = 2025-10-01).")
    @LargeRequestBody
    @RolesAllowed(Roles.CONTENT_ADMIN)
    public LoadResult load(@PathParam("kind") String kind, @QueryParam("release") String release,
            @QueryParam("effective") String effective, @QueryParam("format") @DefaultValue("official") String format,
            byte[] file) {
        ContentKind parsedKind = ContentKind.ofSlug(kind)
                .orElseThrow(() -> ProblemException.notFound("content kind", kind));
        if (release == null || release.isBlank() || release.length() > 100) {
            throw ProblemException.badRequest("release (a label such as 'FY2026') is required, at most 100 characters");
        }
        if (file == null || file.length == 0 || file.length > MAX_FILE_BYTES) {
            throw ProblemException.badRequest("the request body must be the release file (at most 200 MB)");
        }
        Format parsedFormat;
        try {
            parsedFormat = Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("format must be official or curated");
        }
        LocalDate effectiveDate;
        try {
            effectiveDate = effective == null || effective.isBlank() ? null : LocalDate.parse(effective);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("effective must be YYYY-MM-DD");
        }
        return loader.load(parsedKind, parsedFormat, release.strip(), effectiveDate, file, ContentLoader.ADMIN);
    }

    @GET
    @Operation(summary = "Content versions, newest first")
    @RolesAllowed({ Roles.CONTENT_ADMIN, Roles.CODER, Roles.CODING_AUDITOR })
    public List<VersionView> versions() {
        return ContentVersion.newestFirst().stream().map(v -> new VersionView(v.id, ContentKind.valueOf(v.kind).slug,
                v.releaseLabel, v.effectiveDate, v.checksum, v.origin, v.rowCount, v.added, v.closed, v.unchanged,
                v.loadedAt)).toList();
    }
}
