package se.stockholm.vbe.rest.internal.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that only the committee's editors and the coordinator may call
 * ({@link se.stockholm.vbe.api.Actor#canEdit(String)}), the committee being the path parameter named
 * by {@link #value()}. {@link EditorOfFeature} refuses everyone else before the request body is read;
 * the platform service still checks the same rule (and any finer one) as the source of truth.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EditorOf {

    /** The name of the path parameter holding the committee id. */
    String value();
}
