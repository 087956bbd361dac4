package edu.community.contracts;

import java.time.LocalDate;

/**
 * An event that says from which date its fact holds. Reports "as of" a date use this date, not the time
 * the event was recorded: a late correction changes the past, and the log shows when it was learned.
 */
public interface EffectiveDated {

    LocalDate effectiveDate();
}
