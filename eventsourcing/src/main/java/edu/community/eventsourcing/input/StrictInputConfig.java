package edu.community.eventsourcing.input;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;

/** Limits of what requests may carry, under {@code eventsourcing.input.*}. */
@ConfigMapping(prefix = "eventsourcing.input")
public interface StrictInputConfig {

    /** Longest string in a request, unless its field says otherwise with {@code @Size(max = ...)}. */
    @WithDefault("1000")
    int maxStringLength();

    /** Most elements of any list or array in a request. */
    @WithDefault("1000")
    int maxListSize();

    /** Earliest date a request may carry: the founding of the People's Republic. */
    @WithDefault("1949-10-01")
    LocalDate earliestDate();

    /** Latest date a request may carry, in years after today. */
    @WithDefault("10")
    int latestDateYearsAhead();

    /** Longest request line (method, path and query), in characters; longer is a 414. */
    @WithDefault("4096")
    int maxUriLength();
}
