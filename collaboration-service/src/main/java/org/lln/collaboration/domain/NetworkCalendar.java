package org.lln.collaboration.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Today's date where the network works ({@link CollaborationConfig#timeZone()}), for the overdue flag. */
@ApplicationScoped
public class NetworkCalendar {

    @Inject
    CollaborationConfig config;

    /** @return the current date in the configured time zone */
    public LocalDate today() {
        return LocalDate.now(config.timeZone());
    }
}
