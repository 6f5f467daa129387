package io.revcycle.coding.content;

import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The current content snapshot, cached per content version: a load in this instance invalidates it at once, and
 * loads by other instances are noticed within {@link #RECHECK_NANOS}.
 */
@ApplicationScoped
public class ContentSnapshots {

    static final long RECHECK_NANOS = 5_000_000_000L;

    private final ContentStore store;
    private final EntityManager em;
    private volatile Cached cached;

    private record Cached(long versionId, ContentSnapshot snapshot, long checkedAt) {
    }

    public ContentSnapshots(ContentStore store, EntityManager em) {
        this.store = store;
        this.em = em;
    }

    public ContentSnapshot current() {
        Cached c = cached;
        long now = System.nanoTime();
        if (c != null && now - c.checkedAt < RECHECK_NANOS) {
            return c.snapshot;
        }
        // own transaction: callers may be REST threads or a consumer's batch transaction
        return QuarkusTransaction.requiringNew().call(() -> {
            long latest = ((Number) em.createNativeQuery("select coalesce(max(id), 0) from content_version")
                    .getSingleResult()).longValue();
            Cached previous = cached;
            if (previous != null && previous.versionId == latest) {
                cached = new Cached(latest, previous.snapshot, now);
                return previous.snapshot;
            }
            try {
                ContentSnapshot snapshot = read(latest);
                cached = new Cached(latest, snapshot, now);
                return snapshot;
            } catch (SQLException e) {
                throw new IllegalStateException("reading code content failed", e);
            }
        });
    }

    /** Reads every stored row into a new snapshot (also what the content scale bench measures). */
    public ContentSnapshot read(long latestVersionId) throws SQLException {
        return new ContentSnapshot(versionLabel(latestVersionId), store.allRows());
    }

    /** Called by a load: the next check reads the new version. */
    public void invalidate() {
        cached = null;
    }

    /** "content-v12": content version 12 and every load before it (see GET /admin/content). */
    public static String versionLabel(long latestVersionId) {
        return "content-v" + latestVersionId;
    }
}
