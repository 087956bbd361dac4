package edu.community.assessment.domain;

import java.util.List;

/** Every {@link Quota} the report tracks. */
public record Quotas(List<Quota> all) {

    public Quotas {
        all = List.copyOf(all);
    }

    /** The quotas of one division. */
    public List<Quota> of(String division) {
        return all.stream().filter(quota -> quota.division().equals(division)).toList();
    }
}
