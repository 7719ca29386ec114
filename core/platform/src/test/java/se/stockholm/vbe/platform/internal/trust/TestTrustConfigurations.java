package se.stockholm.vbe.platform.internal.trust;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A {@link TrustConfiguration} with its defaults, as DS would make it, and the given values instead. */
final class TestTrustConfigurations {

    private TestTrustConfigurations() {
    }

    static TrustConfiguration with(Map<String, Object> values) {
        return (TrustConfiguration) Proxy.newProxyInstance(TrustConfiguration.class.getClassLoader(),
                new Class<?>[] {TrustConfiguration.class}, (proxy, method, arguments) -> values.containsKey(
                        method.getName()) ? values.get(method.getName()) : method.getDefaultValue());
    }
}
