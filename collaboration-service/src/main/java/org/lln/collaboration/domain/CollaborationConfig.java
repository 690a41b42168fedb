package org.lln.collaboration.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of collaboration-service, prefix {@code lln.collaboration}. */
@ConfigMapping(prefix = "lln.collaboration")
public interface CollaborationConfig {

    /** @return the IANA time zone whose current date decides whether an action item is overdue */
    @WithDefault("Asia/Phnom_Penh")
    ZoneId timeZone();
}
