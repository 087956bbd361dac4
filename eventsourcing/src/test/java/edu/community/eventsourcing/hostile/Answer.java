package edu.community.eventsourcing.hostile;

import java.nio.charset.StandardCharsets;

/** What the service answered: status, content type (empty when none) and body. */
record Answer(int status, String contentType, byte[] body) {

    boolean isProblem() {
        return contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/problem+json");
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String shown = text();
        return status + " " + (contentType.isEmpty() ? "(no content type)" : contentType) + " "
                + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown);
    }
}
