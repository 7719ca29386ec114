package se.stockholm.vbe.json;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.SituationPicture;

/**
 * The one JSON configuration of the platform: the REST API, shipped plans, decision snapshots and the committee
 * testkit all read and write through it, so a document has one JSON form everywhere.
 * <p>
 * Reading is strict, because a lenient reader silently changes what a client meant: an enum only by its name
 * (never {@code 1}), a boolean only as {@code true}/{@code false} (never {@code 1} or {@code "true"}), a number
 * only as a number (never {@code "5"}), no fraction into an integer field ({@code 100.7} is refused, not
 * truncated), no number or boolean where text is expected, and no key twice in one object. Unknown fields are
 * ignored, so older clients keep working when a field is added.
 */
public final class VbeJson {

    private VbeJson() {
    }

    /**
     * A new mapper: ISO-8601 dates and months, absent fields left out, strict reading as described above; a
     * {@link Figure} as a number or its marker string; a situation picture's figures written, never read.
     */
    public static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("vbe-figures").addSerializer(Figure.class, new FigureSerializer()))
                .addMixIn(SituationPicture.class, ComputedFigures.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        return mapper;
    }

    /** A client that sends back the figures it read changes nothing: they are computed on every read. */
    @JsonIgnoreProperties(value = "incidentFigures", allowGetters = true)
    private abstract static class ComputedFigures {
    }

    /** A {@link Figure} as a number, or as its marker ({@code "<3"}, {@code ".."}) where it is withheld. */
    private static final class FigureSerializer extends JsonSerializer<Figure> {
        @Override
        public void serialize(Figure figure, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (figure.value() != null) {
                json.writeNumber(figure.value());
            } else {
                json.writeString(figure.marker());
            }
        }
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
