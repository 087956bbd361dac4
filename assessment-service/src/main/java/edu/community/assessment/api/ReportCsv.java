package edu.community.assessment.api;

import edu.community.assessment.application.ReportViews.DivisionReport;
import edu.community.assessment.application.ReportViews.Line;
import edu.community.assessment.application.ReportViews.QuotaLine;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A division report as CSV, one row per figure of the division and of each line below it:
 * {@code school_year,as_of,unit,name,kind,figure,value}. Shares are figures named {@code share.<figure>};
 * quota progress is {@code quota.target} and {@code quota.achieved}.
 */
@Provider
@Produces(ReportCsv.MEDIA_TYPE)
public class ReportCsv implements MessageBodyWriter<DivisionReport> {

    public static final String MEDIA_TYPE = "text/csv";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return DivisionReport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(DivisionReport report, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        StringBuilder csv = new StringBuilder("school_year,as_of,unit,name,kind,figure,value\n");
        String prefix = report.schoolYear() + "," + report.asOf() + ",";
        rows(csv, prefix, report.division(), report.name(), report.level(), report.figures(), report.shares());
        for (QuotaLine quota : report.quotas()) {
            String row = prefix + quota.division() + "," + quoted(quota.name()) + "," + report.level() + ",";
            csv.append(row).append("quota.target,").append(quota.target()).append('\n');
            csv.append(row).append("quota.achieved,").append(quota.achieved()).append('\n');
        }
        for (Line line : report.children()) {
            rows(csv, prefix, line.unit(), line.name(), line.kind(), line.figures(), line.shares());
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void rows(StringBuilder csv, String prefix, String unit, String name, String kind,
                             Map<String, Long> figures, Map<String, Double> shares) {
        String row = prefix + unit + "," + quoted(name) + "," + kind + ",";
        figures.forEach((figure, value) -> csv.append(row).append(figure).append(',').append(value).append('\n'));
        shares.forEach((figure, share) -> csv.append(row).append("share.").append(figure).append(',').append(share)
                .append('\n'));
    }

    private static String quoted(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
