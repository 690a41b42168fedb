package org.lln.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The synthetic cooperation network: for {@code n} partners, {@code n/5} events and {@code n/10}
 * collaboration areas. Item {@code i} of each kind is a pure function of {@code i} (a generator seeded
 * with it), so every run and every machine builds the same network, and a larger size extends a smaller
 * one. Event {@code j} refers only to partners below {@code 5(j+1)} and area {@code k} only to partners below
 * {@code 10(k+1)} and events below {@code 2(k+1)}, so the references do not depend on the sizes run before.
 */
public final class SyntheticNetwork {

    private static final String[] PARTNER_TYPES = {
        "GOVERNMENT_MINISTRY",
        "GOVERNMENT_DEPARTMENT",
        "INTERGOVERNMENTAL_ORGANIZATION",
        "UN_AGENCY",
        "RESEARCH_TRAINING_CENTRE",
        "EDUCATIONAL_INSTITUTION",
        "COMMUNITY_LEARNING_CENTRE",
        "NGO",
        "OTHER"
    };
    private static final String[][] PLACES = {
        {"KH", "KH-7", "Kampot"},
        {"KH", "KH-12", "Phnom Penh"},
        {"TH", "TH-10", "Bangkok"},
        {"VN", "VN-HN", "Hanoi"},
        {"LA", "LA-VT", "Vientiane"},
        {"CN", "CN-SH", "Shanghai"},
        {"MY", "MY-14", "Kuala Lumpur"},
        {"ID", "ID-JK", "Jakarta"},
        {"PH", "PH-00", "Manila"},
        {"MM", "MM-06", "Yangon"}
    };
    private static final String[] WORDS = {
        "Learning",
        "Community",
        "Skills",
        "Digital",
        "Rural",
        "Green",
        "Youth",
        "Literacy",
        "Vocational",
        "Heritage",
        "Water",
        "Farming",
        "Crafts",
        "Teachers",
        "Women"
    };
    private static final String[] EVENT_TYPES = {
        "WORKSHOP", "MISSION", "SITE_VISIT", "MEETING", "CONFERENCE", "TRAINING", "PRESENTATION", "OTHER"
    };
    private static final String[] EVENT_STATUSES = {"PLANNED", "CONFIRMED", "COMPLETED", "CANCELLED", "POSTPONED"};
    private static final String[] THEMES = {
        "TVET",
        "DIGITAL_TRANSFORMATION",
        "SKILLS_DEVELOPMENT",
        "LIFELONG_LEARNING",
        "ESD",
        "CLC_CAPACITY_BUILDING",
        "RURAL_DEVELOPMENT",
        "OTHER"
    };
    private static final String[] SDG = {"4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7"};
    private static final String[] TOPICS = {
        "tvet", "digital-transformation", "skills-development", "lifelong-learning", "esd", "literacy"
    };

    private SyntheticNetwork() {}

    /**
     * @param partners partners in the network
     * @return events in a network of that size
     */
    public static int events(int partners) {
        return Math.max(1, partners / 5);
    }

    /**
     * @param partners partners in the network
     * @return collaboration areas in a network of that size
     */
    public static int areas(int partners) {
        return Math.max(1, partners / 10);
    }

    /**
     * @param i zero-based partner index
     * @return the {@code POST /partners} body of partner {@code i}
     */
    public static ObjectNode partner(int i) {
        SplittableRandom random = new SplittableRandom(i * 31L + 1);
        String[] place = pick(random, PLACES);
        String word = pick(random, WORDS);
        ObjectNode body = Http.JSON
                .createObjectNode()
                .put("code", String.format("bench-partner-%06d", i))
                .put("name", String.format("%s %s Centre %06d", place[2], word, i))
                .put("type", pick(random, PARTNER_TYPES))
                .put("countryCode", place[0])
                .put("subdivisionCode", place[1])
                .put("locality", place[2]);
        if (random.nextInt(4) == 0) {
            body.put("acronym", word.substring(0, 3).toUpperCase() + (i % 1000));
        }
        return body;
    }

    /**
     * @param j          zero-based event index
     * @param partnerIds ids of the partners created so far, by partner index
     * @return the {@code POST /events} body of event {@code j}
     */
    public static ObjectNode event(int j, List<String> partnerIds) {
        SplittableRandom random = new SplittableRandom(j * 131L + 7);
        String[] place = pick(random, PLACES);
        LocalDate start = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2500));
        ObjectNode body = Http.JSON
                .createObjectNode()
                .put("code", String.format("bench-event-%06d", j))
                .put("title", String.format("%s %s workshop %06d", place[2], pick(random, WORDS), j))
                .put("type", pick(random, EVENT_TYPES))
                .put("status", pick(random, EVENT_STATUSES))
                .put("startDate", start.toString())
                .put("endDate", start.plusDays(random.nextInt(3)).toString())
                .put("timeZone", "Asia/Phnom_Penh")
                .put("attendanceMode", "IN_PERSON");
        body.putObject("location")
                .put("countryCode", place[0])
                .put("subdivisionCode", place[1])
                .put("locality", place[2]);
        int known = Math.min(partnerIds.size(), 5 * (j + 1));
        String organizer = partnerIds.get(random.nextInt(known));
        body.put("organizerId", organizer);
        ArrayNode participants = body.putArray("participants");
        participants.addObject().put("partnerId", organizer).put("role", "ORGANIZER");
        String guest = partnerIds.get(random.nextInt(known));
        if (!guest.equals(organizer)) {
            participants
                    .addObject()
                    .put("partnerId", guest)
                    .put("role", "PARTICIPANT")
                    .put("count", 1 + random.nextInt(40));
        }
        body.putArray("topics").add(pick(random, TOPICS));
        return body;
    }

    /**
     * @param k          zero-based area index
     * @param partnerIds ids of the partners, by partner index
     * @param eventIds   ids of the events, by event index
     * @return the {@code POST /collaboration-areas} body of area {@code k}
     */
    public static ObjectNode area(int k, List<String> partnerIds, List<String> eventIds) {
        SplittableRandom random = new SplittableRandom(k * 977L + 13);
        ObjectNode body = Http.JSON
                .createObjectNode()
                .put("code", String.format("bench-area-%06d", k))
                .put("title", String.format("%s %s cooperation %06d", pick(random, WORDS), pick(random, WORDS), k))
                .put("theme", pick(random, THEMES));
        ArrayNode partners = body.putArray("partners");
        int known = Math.min(partnerIds.size(), 10 * (k + 1));
        String lead = partnerIds.get(random.nextInt(known));
        partners.addObject().put("partnerId", lead).put("role", "LEAD");
        String member = partnerIds.get(random.nextInt(known));
        if (!member.equals(lead)) {
            partners.addObject().put("partnerId", member).put("role", "MEMBER");
        }
        body.putArray("originEventIds").add(eventIds.get(random.nextInt(Math.min(eventIds.size(), 2 * (k + 1)))));
        body.putArray("sdgTargets").add(pick(random, SDG));
        return body;
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Ids in index order, growing as a network is loaded.
     *
     * @param partners partner ids
     * @param events   event ids
     * @param areas    collaboration area ids
     */
    public record Ids(List<String> partners, List<String> events, List<String> areas) {

        /** @return empty lists, for the first size */
        public static Ids empty() {
            return new Ids(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /** Thrown when a service refuses a generated resource for a reason retrying cannot cure. */
    public static final class Refused extends IOException {

        private static final long serialVersionUID = 1L;

        /** @param message what was refused and why */
        public Refused(String message) {
            super(message);
        }
    }
}
