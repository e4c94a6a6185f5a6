package org.chs.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.chs.contracts.EventEnvelope;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.support.converter.MessageConversionException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an {@link EventEnvelope} with a typed payload from an AMQP message, for listeners that take the raw {@link Message}.
 *
 * <p>A listener may instead declare an {@code EventEnvelope<SomeEvent>} parameter: the auto-configured message converter
 * infers the same generic type. Unreadable JSON fails with a {@link MessageConversionException}, which the consumer retry
 * treats as poison and dead-letters at once instead of retrying.
 */
public final class EnvelopeReader {

    private final JsonMapper json;

    public EnvelopeReader(JsonMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    public <T> EventEnvelope<T> read(Message message, Class<T> payloadType) {
        return read(message.getBody(), payloadType);
    }

    public <T> EventEnvelope<T> read(String body, Class<T> payloadType) {
        return read(body.getBytes(StandardCharsets.UTF_8), payloadType);
    }

    public <T> EventEnvelope<T> read(byte[] body, Class<T> payloadType) {
        JavaType type = json.getTypeFactory().constructParametricType(EventEnvelope.class, payloadType);
        try {
            return json.readValue(body, type);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            // the envelope's compact constructor rejects missing fields with NPE/IAE: the message is malformed either way
            throw new MessageConversionException("Not an EventEnvelope<" + payloadType.getSimpleName() + ">: " + e.getMessage(), e);
        }
    }
}
