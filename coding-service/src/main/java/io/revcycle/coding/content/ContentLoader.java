package io.revcycle.coding.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.coding.content.ReleaseFiles.Format;
import io.revcycle.coding.domain.ContentVersion;
import io.revcycle.rest.ProblemException;

/**
 * Loads a release file as a new content version. Idempotent: the same file (kind + SHA-256) loaded again is
 * reported UNCHANGED and touches nothing. Releases of a kind go forward in time; the shipped curated files take
 * this same path at startup.
 */
@ApplicationScoped
public class ContentLoader {

    public static final String SHIPPED = "SHIPPED";
    public static final String ADMIN = "ADMIN";
    private static final Logger LOG = Logger.getLogger(ContentLoader.class);

    private final ContentStore store;
    private final ContentSnapshots snapshots;
    private final EntityManager em;

    public ContentLoader(ContentStore store, ContentSnapshots snapshots, EntityManager em) {
        this.store = store;
        this.snapshots = snapshots;
        this.em = em;
    }

    @Transactional
    public LoadResult load(ContentKind kind, Format format, String release, LocalDate effectiveDate, byte[] file,
            String origin) {
        // one load at a time (also across instances): versions of a kind must not interleave
        em.createNativeQuery("select pg_advisory_xact_lock(4210001)").getSingleResult();
        String checksum = sha256(file);
        var existing = ContentVersion.byChecksum(kind.name(), checksum);
        if (existing.isPresent()) {
            ContentVersion v = existing.get();
            return new LoadResult(kind.slug, v.releaseLabel, v.id, LoadResult.UNCHANGED, v.effectiveDate, checksum,
                    v.rowCount, 0, 0, v.rowCount);
        }
        LocalDate effective = effectiveDate != null ? effectiveDate : kind.defaultEffective(release)
                .orElseThrow(() -> ProblemException.badRequest("release '" + release + "' names no year: give the "
                        + "effective date (YYYY-MM-DD)"));
        ContentVersion.latest(kind.name()).filter(v -> v.effectiveDate.isAfter(effective)).ifPresent(v -> {
            throw ProblemException.conflict(kind.title + " release '" + v.releaseLabel + "' effective "
                    + v.effectiveDate + " is loaded: an older release (effective " + effective + ") cannot follow it");
        });
        List<ContentRow> rows;
        try {
            rows = ReleaseFiles.parse(kind, format, file, release, effective);
        } catch (ContentFileException e) {
            throw ProblemException.badRequest(kind.title + " file: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw ProblemException.badRequest(kind.title + " file holds no rows");
        }
        rejectDuplicateKeys(kind, rows);
        try {
            ReleaseDiff diff = ReleaseDiff.of(store.rows(kind), rows, effective);
            ContentVersion version = new ContentVersion();
            version.kind = kind.name();
            version.releaseLabel = release;
            version.effectiveDate = effective;
            version.checksum = checksum;
            version.origin = origin;
            version.rowCount = rows.size();
            version.added = diff.inserts().size();
            version.closed = diff.closes().size();
            version.unchanged = diff.unchanged();
            version.loadedAt = Instant.now();
            version.persistAndFlush();
            store.apply(kind, diff, version.id);
            snapshots.invalidate();
            LOG.infof("%s release '%s' loaded as content version %d: %d rows, %d added, %d closed, %d unchanged",
                    kind.slug, release, version.id, rows.size(), version.added, version.closed, version.unchanged);
            return new LoadResult(kind.slug, release, version.id, LoadResult.LOADED, effective, checksum, rows.size(),
                    version.added, version.closed, version.unchanged);
        } catch (SQLException e) {
            throw new IllegalStateException("loading " + kind.slug + " release " + release + " failed", e);
        }
    }

    /** Open rows are identified by key: a file listing one twice is ambiguous. */
    private static void rejectDuplicateKeys(ContentKind kind, List<ContentRow> rows) {
        Set<String> open = new HashSet<>();
        for (ContentRow row : rows) {
            if (row.effectiveTo() == null && !open.add(row.key())) {
                throw ProblemException.badRequest(kind.title + " file lists " + row.key() + " twice");
            }
        }
    }

    static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
