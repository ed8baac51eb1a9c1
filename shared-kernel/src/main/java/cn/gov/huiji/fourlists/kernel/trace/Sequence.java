package cn.gov.huiji.fourlists.kernel.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

import java.io.IOException;

/**
 * The {@code sequence} extension attribute as the CloudEvents Sequence extension defines it: a string that orders
 * lexicographically, so the source's gapless counter is written with 19 digits ({@code "0000000000000000012"}). Events
 * written before this rule carry a JSON number; both are read.
 */
public final class Sequence {

    private Sequence() {
    }

    public static String format(long sequence) {
        return String.format("%019d", sequence);
    }

    public static final class Writer extends JsonSerializer<Long> {
        @Override
        public void serialize(Long value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(format(value));
        }
    }

    public static final class Reader extends JsonDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return p.getLongValue();
            }
            String text = p.getValueAsString();
            if (text == null || !text.matches("[0-9]{1,19}")) {
                throw ctxt.weirdStringException(text, Long.class, "sequence must be a decimal string of at most 19 digits");
            }
            return Long.parseLong(text);
        }
    }
}
