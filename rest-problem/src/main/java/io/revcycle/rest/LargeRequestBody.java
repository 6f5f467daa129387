package io.revcycle.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint that takes a whole file (a code-content release, an X12 interchange): its body may grow to the
 * service's {@code quarkus.http.limits.max-body-size}. Every other endpoint takes at most
 * {@code revcycle.http.max-request-body} ({@link RequestBodyLimit}), so a JSON call cannot be used to push megabytes.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LargeRequestBody {
}
