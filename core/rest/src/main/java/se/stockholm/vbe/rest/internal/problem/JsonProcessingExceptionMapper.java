package se.stockholm.vbe.rest.internal.problem;

import java.util.stream.Collectors;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Bodies Jackson cannot read: syntax errors are 400; well-formed JSON of the wrong shape is 422,
 * naming the field.
 */
@Priority(Priorities.USER - 100)
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (exception instanceof MismatchedInputException || exception instanceof ValueInstantiationException) {
            JsonMappingException mapping = (JsonMappingException) exception;
            return Problem.response(Status422.UNPROCESSABLE_CONTENT, fieldOf(mapping) + ": " + reasonOf(mapping));
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
