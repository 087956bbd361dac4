package edu.community.eventsourcing.consume;

import edu.community.contracts.EventContracts;
import edu.community.eventsourcing.publish.CloudEventRecords;
import edu.community.eventsourcing.store.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Reads Kafka records written by any service's publisher back into envelopes. */
@ApplicationScoped
public class Envelopes {

    private final EventCodec codec;

    public Envelopes(EventCodec codec) {
        this.codec = codec;
    }

    /**
     * @throws IllegalArgumentException when the record is not a CloudEvent this build can read (a poison
     *                                  event: the caller lets it go to the dead-letter topic)
     */
    public Envelope<Record> read(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        String type = required(headers, CloudEventRecords.TYPE);
        String data = record.value();
        if (data == null) {
            throw new IllegalArgumentException("record without data at offset " + record.offset());
        }
        return new Envelope<>(
                UUID.fromString(required(headers, CloudEventRecords.ID)),
                type,
                required(headers, CloudEventRecords.SOURCE),
                required(headers, CloudEventRecords.SUBJECT),
                Integer.parseInt(required(headers, CloudEventRecords.STREAM_VERSION)),
                OffsetDateTime.parse(required(headers, CloudEventRecords.TIME)),
                optional(headers, CloudEventRecords.CORRELATION_ID),
                optional(headers, CloudEventRecords.CAUSATION_ID),
                optional(headers, CloudEventRecords.REGION),
                codec.decode(EventContracts.nameOf(type), EventContracts.versionOf(type), data));
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null) {
            throw new IllegalArgumentException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
