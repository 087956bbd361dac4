package edu.community.contracts.staffing.careers;

/**
 * 乡村任教要求 — the locality's values of rule 6.
 *
 * @param requiredDays      days of teaching at rural schools for a senior title (default 365)
 * @param weakSchoolYears   years at a weak school (薄弱学校: a member school of a community, not its core) accepted
 *                          instead; 0 when the locality does not accept them
 */
public record RuralServicePolicy(int requiredDays, int weakSchoolYears) {

    public static RuralServicePolicy national() {
        return new RuralServicePolicy(365, 0);
    }
}
