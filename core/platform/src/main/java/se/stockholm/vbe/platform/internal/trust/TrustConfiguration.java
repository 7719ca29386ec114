package se.stockholm.vbe.platform.internal.trust;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** What the platform requires of a committee bundle before it may resolve (PID {@code se.stockholm.vbe.trust}). */
@ObjectClassDefinition(name = "VBE committee bundle trust",
        description = "Signatures and the bytecode check a committee bundle (manifest header VBE-Committee) must pass "
                + "before it resolves.")
@interface TrustConfiguration {

    @AttributeDefinition(description = "Accept a committee bundle only if every entry is signed by a certificate "
            + "trusted for its committee or city-wide. Off in the demo distribution, on in production.")
    boolean requireSignature() default false;

    @AttributeDefinition(required = false, description = "Key store with the trusted signing certificates "
            + "(PKCS12 or JKS), e.g. ${karaf.etc}/vbe-trust.p12.")
    String keystore() default "";

    @AttributeDefinition(description = "Type of the key store.")
    String keystoreType() default "PKCS12";

    @AttributeDefinition(required = false, type = AttributeType.PASSWORD, description = "Password of the key store.")
    String keystorePassword() default "";

    @AttributeDefinition(required = false, description = "Aliases trusted for one committee, comma-separated "
            + "committee=alias pairs, e.g. alvsjo=alvsjo-it, rinkeby-kista=rk-it.")
    String committeeAliases() default "";

    @AttributeDefinition(required = false, description = "Aliases trusted for every committee, comma-separated.")
    String cityWideAliases() default "";

    @AttributeDefinition(description = "Refuse committee bundles whose classes exit the JVM, start processes or "
            + "threads, use Unsafe, or reach platform internals by reflection.")
    boolean bytecodeCheck() default true;

    @AttributeDefinition(description = "Seconds after a committee bundle stopped before threads still running its "
            + "code are reported.")
    int threadGraceSeconds() default 3;
}
