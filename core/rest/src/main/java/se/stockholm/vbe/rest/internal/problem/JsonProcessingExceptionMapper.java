package se.stockholm.vbe.rest.internal.problem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Bodies Jackson cannot read: syntax errors are 400; well-formed JSON of the wrong shape is 422, naming the field.
 * A key given twice in one object is 422 too: the JSON is well formed but says two things, and which one a reader
 * takes differs between parsers.
 */
@Priority(Priorities.USER - 100)
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    /** How Jackson's STRICT_DUPLICATE_DETECTION words its refusal; it has no exception type of its own. */
    private static final String DUPLICATE = "Duplicate field '";

    @Override
    public Response toResponse(JsonProcessingException exception) {
        StreamReadException duplicate = duplicateKeyIn(exception);
        if (duplicate != null) {
            return Problem.invalid(pathOf(duplicate.getProcessor().getParsingContext()), "is given more than once");
        }
        if (exception instanceof MismatchedInputException || exception instanceof ValueInstantiationException) {
            JsonMappingException mapping = (JsonMappingException) exception;
            return Problem.invalid(fieldOf(mapping), reasonOf(mapping));
        }
        return Problem.response(Response.Status.BAD_REQUEST,
                "malformed JSON: " + exception.getOriginalMessage());
    }

    private static String fieldOf(JsonMappingException exception) {
        String path = exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    /** The parser's refusal of a repeated key, thrown as is at the top level, wrapped with a path below it. */
    private static StreamReadException duplicateKeyIn(Throwable exception) {
        for (Throwable at = exception; at != null; at = at.getCause()) {
            if (at instanceof StreamReadException read && read.getProcessor() != null
                    && read.getOriginalMessage().startsWith(DUPLICATE)) {
                return read;
            }
        }
        return null;
    }

    /** The path of the key being read, e.g. {@code activities[0].title}; the context holds the repeated name. */
    private static String pathOf(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            segments.addFirst(at.inArray() ? "[" + at.getCurrentIndex() + "]" : String.valueOf(at.getCurrentName()));
        }
        return segments.isEmpty() ? "body" : String.join(".", segments).replace(".[", "[");
    }

    private static String reasonOf(JsonMappingException exception) {
        Throwable cause = exception.getCause();
        if (exception instanceof ValueInstantiationException && cause != null && cause.getMessage() != null) {
            return cause.getMessage();
        }
        String message = exception.getOriginalMessage();
        int detail = message.indexOf(" at [Source");
        return detail > 0 ? message.substring(0, detail) : message;
    }
}
