package edu.community.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 山区海岛县名单 — which counties are supported mountainous or island counties, on which dates. The status of
 * a county is always asked for a date (the date of the event concerned), never for "now" (rule 10 of the domain).
 *
 * <p>The table ships with this module ({@code zhejiang-support-counties.csv}, see {@code SOURCE.md}); operators
 * load a newer one from a file with the same columns.
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

    private static final String BUNDLED = "zhejiang-support-counties.csv";
    private static final String HEADER = "division_code,name,category,valid_from,valid_to";

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

    /** The table shipped with this module. */
    public static SupportCounties bundled() {
        try (InputStream in = SupportCounties.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the reference module");
            }
            return new SupportCounties(parse(in, BUNDLED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table in a file of the same columns, {@code division_code,name,category,valid_from,valid_to}. */
    public static SupportCounties read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new SupportCounties(parse(in, file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<Listing> parse(InputStream in, String source) throws IOException {
        return CsvTable.read(in, source, HEADER, cells -> new Listing(cells[0].strip(), cells[1].strip(),
                SupportCategory.valueOf(cells[2].strip()), LocalDate.parse(cells[3].strip()),
                cells[4].isBlank() ? null : LocalDate.parse(cells[4].strip())));
    }
}
