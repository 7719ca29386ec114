package se.stockholm.vbe.platform.internal.json;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.SituationPicture;

/**
 * The one JSON configuration of the platform: the REST API, shipped plans and decision snapshots all
 * read and write plans through it, so a plan has one JSON form everywhere.
 */
public final class PlanJson {

    private PlanJson() {
    }

    /**
     * A new mapper: ISO-8601 dates and months, absent fields left out, unknown fields ignored; a
     * {@link Figure} as a number or its marker string; a situation picture's figures written, never read.
     */
    public static ObjectMapper mapper() {
        SimpleModule figures = new SimpleModule("vbe-figures").addSerializer(Figure.class, new FigureSerializer());
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(figures)
                .addMixIn(SituationPicture.class, ComputedFigures.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** A client that sends back the figures it read changes nothing: they are computed on every read. */
    @JsonIgnoreProperties(value = "incidentFigures", allowGetters = true)
    private abstract static class ComputedFigures {
    }

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
}
