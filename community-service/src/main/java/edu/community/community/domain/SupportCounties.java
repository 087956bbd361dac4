package edu.community.community.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 山区海岛县名单 — which counties are supported mountainous or island counties, on which dates. The status of
 * a county is always asked for a date (the date of the event concerned), never for "now" (DOMAIN.md rule 10).
 */
public final class SupportCounties {

    /**
     * One classification of one county.
     *
     * @param validTo the first day it no longer holds; null while it is in force
     */
    public record Listing(String countyCode, String name, SupportCategory category, LocalDate validFrom,
                          LocalDate validTo) {

        public Listing {
            Objects.requireNonNull(countyCode, "countyCode");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(validFrom, "validFrom");
            if (validTo != null && !validTo.isAfter(validFrom)) {
                throw new IllegalArgumentException(countyCode + ": valid_to must come after valid_from");
            }
        }

        boolean holdsOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
        }
    }

    private final List<Listing> listings;

    public SupportCounties(List<Listing> listings) {
        this.listings = List.copyOf(listings);
    }

    /** The county's support category on {@code date}, if it was a supported county that day. */
    public Optional<SupportCategory> categoryOn(String countyCode, LocalDate date) {
        return listings.stream()
                .filter(listing -> listing.countyCode().equals(countyCode) && listing.holdsOn(date))
                .map(Listing::category)
                .findFirst();
    }

    /** Every listing in force on {@code date}. */
    public List<Listing> inForceOn(LocalDate date) {
        return listings.stream().filter(listing -> listing.holdsOn(date)).toList();
    }
}
