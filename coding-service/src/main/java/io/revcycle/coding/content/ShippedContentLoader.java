package io.revcycle.coding.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.revcycle.rest.ProblemException;

/** Loads the shipped curated files at startup through the admin path's loader (unchanged files do nothing). */
@ApplicationScoped
public class ShippedContentLoader {

    private static final Logger LOG = Logger.getLogger(ShippedContentLoader.class);

    void onStart(@Observes StartupEvent event, ContentLoader loader) {
        for (ShippedContent.File file : ShippedContent.FILES) {
            try {
                LoadResult r = loader.load(file.kind(), file.format(), file.release(), file.effective(), file.bytes(),
                        ContentLoader.SHIPPED);
                LOG.infof("shipped %s content '%s': %s (%d rows)", file.kind().slug, file.release(), r.status(),
                        r.rows());
            } catch (ProblemException e) {
                // e.g. a newer official release was loaded since: it supersedes the shipped subset
                LOG.warnf("shipped %s content '%s' not loaded: %s", file.kind().slug, file.release(), e.getMessage());
            }
        }
    }
}
