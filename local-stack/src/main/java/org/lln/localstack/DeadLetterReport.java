package org.lln.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Words a service's dead-letter listing or replay result ({@code /admin/dead-letters}) for the terminal. */
final class DeadLetterReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeadLetterReport() {}

    /**
     * @param body   the response body
     * @param replay whether it is a replay result rather than a listing
     * @return a few indented lines
     */
    static String describe(String body, boolean replay) {
        try {
            JsonNode json = JSON.readTree(body);
            if (json.has("status") && json.has("detail")) {
                return "  " + json.path("detail").asText();
            }
            if (replay) {
                return String.format(
                        "  read %d, applied %d, unchanged %d, still failing %d%s",
                        json.path("read").asInt(),
                        json.path("applied").asInt(),
                        json.path("unchanged").asInt(),
                        json.path("stillFailing").size(),
                        lines(json.path("stillFailing")));
            }
            return json.isEmpty() ? "  no dead letters" : "  " + json.size() + " dead letter(s)" + lines(json);
        } catch (IOException e) {
            return "  " + body;
        }
    }

    private static String lines(JsonNode letters) {
        StringBuilder text = new StringBuilder();
        for (JsonNode letter : letters) {
            text.append(String.format(
                    "%n    #%d from %s-%s@%s key %s: %s",
                    letter.path("offset").asLong(),
                    letter.path("fromTopic").asText("?"),
                    letter.path("fromPartition").asText("?"),
                    letter.path("fromOffset").asText("?"),
                    letter.path("key").asText("-"),
                    letter.path("reason").asText()));
        }
        return text.toString();
    }
}
