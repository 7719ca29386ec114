package se.stockholm.vbe.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document served at /api/openapi.json describes exactly the operations the resources have, each with
 * exactly their query parameters.
 */
class OpenApiDocumentTest {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "get",
            PUT.class, "put", POST.class, "post", DELETE.class, "delete", HEAD.class, "head");

    @Test
    void everyResourceOperationIsDocumentedAndNothingElse() throws IOException {
        assertEquals(operationsOfResources(), operationsOfDocument());
    }

    private static Set<String> operationsOfResources() {
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : ApiServlet.RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                for (Map.Entry<Class<? extends Annotation>, String> http : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(http.getKey())) {
                        Path sub = method.getAnnotation(Path.class);
                        operations.add(http.getValue() + " " + normalise(base + (sub == null ? "" : "/" + sub.value()))
                                + " " + queryParameters(method));
                    }
                }
            }
        }
        return operations;
    }

    private static Set<String> operationsOfDocument() throws IOException {
        JsonNode document;
        try (InputStream in = getDocument()) {
            document = new ObjectMapper().readTree(in);
        }
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(method -> operations.add(method.getKey().toLowerCase(Locale.ROOT)
                    + " " + normalise(path.getKey()) + " " + queryParameters(method.getValue(), document)));
        }
        return operations;
    }

    private static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        return names;
    }

    private static Set<String> queryParameters(JsonNode operation, JsonNode document) {
        Set<String> names = new TreeSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = parameter.has("$ref")
                    ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
            if ("query".equals(resolved.path("in").asText())) {
                names.add(resolved.get("name").asText());
            }
        }
        return names;
    }

    private static InputStream getDocument() {
        return OpenApiDocumentTest.class.getResourceAsStream("/se/stockholm/vbe/rest/internal/resource/openapi.json");
    }

    /** "/plans/{year: [0-9]{1,9}}/summary" and "plans/{year}/summary" both become "/plans/{year}/summary". */
    private static String normalise(String path) {
        String withoutRegex = path.replaceAll("\\{(\\w+)\\s*:[^/]*?}(?=/|$)", "{$1}");
        String slashed = ("/" + withoutRegex).replaceAll("/+", "/");
        return slashed.endsWith("/") && slashed.length() > 1 ? slashed.substring(0, slashed.length() - 1) : slashed;
    }
}
