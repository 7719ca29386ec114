package se.stockholm.vbe.platform.internal.quarantine;

/**
 * The one setting the quarantine takes from {@code se.stockholm.vbe.node} (described there, by the node's own
 * metatype): nodes look for quarantines begun or ended on another node once per heartbeat.
 */
@interface QuarantineConfiguration {

    int heartbeatSeconds() default 10;
}
