package io.roadmapgraph.query;

import io.roadmapgraph.query.StudyPlan.Month;
import io.roadmapgraph.query.StudyPlan.PlannedProject;
import io.roadmapgraph.query.StudyPlan.TopicHours;
import io.roadmapgraph.query.StudyPlan.Week;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/** A {@link StudyPlan} as text: iCalendar for calendars, Markdown for people. Titles in English where given. */
final class PlanRendering {

    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;

    private PlanRendering() {
    }

    /**
     * RFC 5545: one all-day event spanning each week per topic studied in it; the UID is stable for the same plan,
     * and DTSTAMP is the plan's start (so the same plan gives the same text).
     */
    static String icalendar(StudyPlan plan) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Roadmap Graph//Study plan//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape("Study plan from " + plan.startDate()));
        String stamp = plan.startDate().format(ICS_DATE) + "T000000Z";
        for (Week week : plan.weeks()) {
            for (TopicHours t : week.topics()) {
                line(ics, "BEGIN:VEVENT");
                line(ics, "UID:" + plan.startDate().format(ICS_DATE) + "-w" + week.number() + "-" + t.topic().id()
                        + "@roadmapgraph");
                line(ics, "DTSTAMP:" + stamp);
                line(ics, "DTSTART;VALUE=DATE:" + week.start().format(ICS_DATE));
                line(ics, "DTEND;VALUE=DATE:" + week.end().plusDays(1).format(ICS_DATE));
                line(ics, "SUMMARY:" + escape(title(t) + " (" + t.hours() + " h)"));
                line(ics, "DESCRIPTION:" + escape("Week " + week.number() + " of the plan: " + t.hours()
                        + " hours of " + t.topic().id() + "."));
                line(ics, "TRANSP:TRANSPARENT");
                line(ics, "END:VEVENT");
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** Month headings with the weeks they hold, each topic's hours, and the projects to build in them. */
    static String markdown(StudyPlan plan) {
        StringBuilder md = new StringBuilder("# Study plan\n\n");
        if (plan.weeks().isEmpty()) {
            return md.append("Nothing to learn: every goal is known.\n").toString();
        }
        md.append(plan.hoursPerWeek()).append(" hours a week (").append(plan.hoursSource().name().toLowerCase(
                Locale.ROOT)).append("), at most ").append(plan.maxInProgress()).append(" topics in progress; from ")
                .append(plan.startDate()).append(" to ").append(plan.finishDate().orElseThrow()).append(": ")
                .append(plan.weekCount()).append(" weeks, ").append(plan.totalHours()).append(" hours. No plan takes "
                        + "fewer than ").append(plan.lowerBoundWeeks()).append(" weeks")
                .append(plan.gapWeeks() == 0 ? " (this one is as short)" : " (this one takes " + plan.gapWeeks()
                        + " more)").append(".\n\n");
        md.append("Critical path (").append(plan.criticalPathHours()).append(" hours): ")
                .append(plan.criticalPath().stream().map(p -> p.topic().title().preferred())
                        .collect(Collectors.joining(" → "))).append(".\n");
        for (Month month : plan.months()) {
            md.append("\n## ").append(month.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .append(' ').append(month.month().getYear()).append("\n\n");
            md.append(month.firstWeek() == month.lastWeek() ? "Week " + month.firstWeek()
                    : "Weeks " + month.firstWeek() + "–" + month.lastWeek()).append(", ").append(month.hours())
                    .append(" hours.\n\n");
            month.topics().forEach(t -> md.append("- ").append(title(t)).append(": ").append(t.hours())
                    .append(" h\n"));
            for (PlannedProject p : month.projects()) {
                md.append("- Build **").append(p.project().title().preferred()).append("**")
                        .append(p.hours().map(h -> " (" + h + " h)").orElse("")).append(": all it exercises is done in week ")
                        .append(p.week()).append('\n');
            }
        }
        return md.toString();
    }

    private static String title(TopicHours t) {
        return t.topic().title().preferred();
    }

    /** RFC 5545 TEXT escaping: backslash, semicolon, comma, line breaks. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line, folded at 75 octets (a continuation starts with a space), ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
