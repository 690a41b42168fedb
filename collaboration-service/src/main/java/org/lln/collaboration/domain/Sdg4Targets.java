package org.lln.collaboration.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ten targets of Sustainable Development Goal 4, "quality education", as adopted by the UN
 * General Assembly in the 2030 Agenda (resolution A/RES/70/1; numbering as in the global indicator
 * framework, A/RES/71/313): outcome targets 4.1 to 4.7 and means of implementation 4.a, 4.b and 4.c.
 * Codes are written exactly as the UN writes them; titles are short paraphrases.
 */
public final class Sdg4Targets {

    /** Target code to its short title, in the UN's order. */
    public static final Map<String, String> ALL = targets();

    private Sdg4Targets() {}

    /**
     * @param code a candidate code such as {@code 4.7}
     * @return whether it is one of the SDG 4 targets
     */
    public static boolean isTarget(String code) {
        return code != null && ALL.containsKey(code);
    }

    private static Map<String, String> targets() {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("4.1", "Free, equitable and quality primary and secondary education");
        targets.put("4.2", "Early childhood development and pre-primary education");
        targets.put("4.3", "Equal access to technical, vocational and tertiary education");
        targets.put("4.4", "Relevant skills for employment, decent jobs and entrepreneurship");
        targets.put("4.5", "Gender equality and equal access for the vulnerable");
        targets.put("4.6", "Youth and adult literacy and numeracy");
        targets.put("4.7", "Education for sustainable development and global citizenship");
        targets.put("4.a", "Safe, inclusive and effective learning environments");
        targets.put("4.b", "Scholarships for developing countries");
        targets.put("4.c", "Qualified teachers");
        return Collections.unmodifiableMap(targets);
    }
}
