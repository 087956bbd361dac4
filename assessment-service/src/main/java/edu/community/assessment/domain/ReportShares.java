package edu.community.assessment.domain;

import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** 覆盖率与占比 — the shares a report gives beside its counts, each a figure over the figure it is part of. */
public final class ReportShares {

    private static final Map<String, String> PARTS = parts();

    private ReportShares() {
    }

    /** The shares of the figures given, rounded to four places; a share over zero is left out. */
    public static SortedMap<String, Double> of(Map<String, Long> figures) {
        SortedMap<String, Double> shares = new TreeMap<>();
        PARTS.forEach((part, whole) -> {
            long denominator = figures.getOrDefault(whole, 0L);
            if (denominator > 0) {
                double share = (double) figures.getOrDefault(part, 0L) / denominator;
                shares.put(part, Math.round(share * 10_000) / 10_000.0);
            }
        });
        return shares;
    }

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("coverage.members", "schools.total");
        for (SchoolClassification classification : SchoolClassification.values()) {
            parts.put("coverage.classification." + classification, "schools.classification." + classification);
        }
        parts.put("coverage.public", "schools.public");
        parts.put("coverage.publicCompulsory", "schools.publicCompulsory");
        for (CommunityModel model : CommunityModel.values()) {
            parts.put("communities.model." + model, "communities.total");
        }
        parts.put("rotation.rotated", "rotation.eligible");
        parts.put("rotation.backboneRotated", "rotation.rotated");
        parts.put("sync.attendance.present", "sync.attendance.enrolled");
        return parts;
    }
}
