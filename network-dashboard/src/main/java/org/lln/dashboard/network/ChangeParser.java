package org.lln.dashboard.network;

import java.time.Instant;
import org.lln.contract.ChangeEvent;
import org.lln.contract.ChangeEventDecoder;
import org.lln.contract.InvalidChangeEvent;

/**
 * Reads a record value as a change event of this suite with the contract's {@link ChangeEventDecoder}
 * (docs/asyncapi.yaml): a CloudEvents 1.0 JSON document of a known type whose data satisfies its
 * resource's schema, so a record that merely looks like a partner is never counted as one.
 */
public final class ChangeParser {

    private final ChangeEventDecoder decoder = new ChangeEventDecoder();

    /**
     * @param value a record value
     * @return the change it describes
     * @throws UnreadableRecordException when it is not such a document, with the decoder's reason
     */
    public Change parse(byte[] value) {
        ChangeEvent event;
        try {
            event = decoder.decode(value);
        } catch (InvalidChangeEvent e) {
            throw new UnreadableRecordException(e.getMessage());
        }
        Instant time = event.time() == null ? Instant.now() : event.time().toInstant();
        return new Change(
                event.id().toString(),
                event.resource().typeName(),
                event.change().typeName(),
                event.resourceId().toString(),
                event.version(),
                time,
                event.data());
    }
}
