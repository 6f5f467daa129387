package io.revcycle.x12.read;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;

/** StAEDI schemas by classpath resource, loaded once (a loaded schema is read-only and shared). */
public final class SchemaCache {

    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    private SchemaCache() {
    }

    /**
     * The schema of a classpath resource.
     *
     * @throws IllegalStateException with the reason when the resource is missing or not a valid schema (the reason
     *                               is cached too, so a broken schema costs one attempt)
     */
    public static Schema get(String resource) {
        Object cached = CACHE.computeIfAbsent(resource, SchemaCache::load);
        if (cached instanceof Schema s) {
            return s;
        }
        throw new IllegalStateException((String) cached);
    }

    private static Object load(String resource) {
        try (InputStream in = SchemaCache.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "schema resource " + resource + " not found";
            }
            return SchemaFactory.newFactory().createSchema(in);
        } catch (Exception | LinkageError e) {
            return "schema " + resource + " cannot be loaded: " + e.getMessage();
        }
    }
}
