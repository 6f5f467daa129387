package io.revcycle.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Declares what a REST method touches, for the audit trail: the resource type and where the patient is named. Every
 * REST call is recorded anyway (the response filter); this adds the patient and, on success, writes the row inside
 * the method's transaction (a state change never commits without its audit row). See audit/README.md.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Audited {

    /** What is accessed: "claim", "account", "coverage"… */
    @Nonbinding
    String resource();

    /**
     * Where the patient id is: a path parameter, else a query parameter, else a property of the response body (a
     * record component, getter or public field) with this name. Empty: the method sets it through
     * {@link AuditContext#patient(String)}, or there is no single patient (lists).
     */
    @Nonbinding
    String patient() default "";

    /** A state transition that is not plain create/update (finalize, release, resend): recorded as "execute". */
    @Nonbinding
    boolean operation() default false;
}
