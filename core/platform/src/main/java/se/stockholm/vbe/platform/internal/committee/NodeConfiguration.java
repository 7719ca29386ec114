package se.stockholm.vbe.platform.internal.committee;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "VBE node", description = "This node among several on one database: its id, "
        + "how often it reports which committee bundles it has online, and how long nodes may disagree")
@interface NodeConfiguration {

    @AttributeDefinition(description = "The node's id in the committee directory and in health; empty: the host "
            + "name and the HTTP port, e.g. vbe-1:8181")
    String nodeId() default "";

    @AttributeDefinition(description = "Seconds between the node's heartbeats; a node silent for three is "
            + "no longer counted")
    int heartbeatSeconds() default 10;

    @AttributeDefinition(description = "Seconds the nodes may have different versions of a committee bundle "
            + "online (or it online on one and not another) before health reports the skew")
    int skewGraceSeconds() default 60;
}
