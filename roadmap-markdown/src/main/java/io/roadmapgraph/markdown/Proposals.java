package io.roadmapgraph.markdown;

import io.roadmapgraph.markdown.Model.PhaseB;
import io.roadmapgraph.markdown.Model.ReqB;
import io.roadmapgraph.markdown.Model.ToolB;
import io.roadmapgraph.markdown.Model.TopicB;
import io.roadmapgraph.markdown.Model.Txt;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the document does not state, proposed after the walk: hours, requirements and tool ids.
 */
final class Proposals extends ImportPart {

    /**
     * Hours stated in a phase's title: "~100 hours", "80 uur", "60-80 hrs" (a hint for a notice only: the words are
     * those of the default languages, not the profile's).
     */
    private static final Pattern HOURS = Pattern.compile(
            "~?\\d+(?:[.,]\\d+)?(?:\\s*(?:-|–|to|tot)\\s*\\d+)?\\s*(?:hours?|hrs?|uur|uren)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    Proposals(DocumentImport doc) {
        super(doc);
    }

    /** Hours, requirements and tool ids: what the document does not state. */
    void propose(String urlTemplate) {
        for (PhaseB phase : phases) {
            List<TopicB> inPhase = topics.stream().filter(t -> t.phase == phase.number).toList();
            Matcher statedHours = HOURS.matcher(phase.title);
            if (phase.min == null) {
                for (TopicB topic : inPhase) {
                    topic.hours = profile.ongoingPhaseHoursPerTopic();
                    topic.hoursRule = "ongoing-phase-hours-per-topic";
                }
                if (statedHours.find()) {
                    hoursNotice(phase, statedHours.group(), "it proposes " + profile.ongoingPhaseHoursPerTopic()
                            + " hours for each of its topics (ongoingPhaseHoursPerTopic; the phase has no duration)");
                }
                continue;
            }
            double months = (phase.min + phase.max) / 2.0;
            int phaseHours = (int) Math.round(months * 52 / 12 * profile.studyHoursPerWeek());
            if (statedHours.find()) {
                String duration = phase.min.equals(phase.max) ? phase.min + (phase.min == 1 ? " month" : " months")
                        : phase.min + "-" + phase.max + " months";
                hoursNotice(phase, statedHours.group(), "it proposes " + phaseHours + " hours for the phase ("
                        + duration + " x 52/12 weeks x " + profile.studyHoursPerWeek() + " hours a week), spread over "
                        + "its topics");
            }
            int weighted = 0;
            int unweighted = 0;
            for (TopicB topic : inPhase) {
                if (topic.weight != null && topic.parent == null) {
                    weighted += topic.weight;
                } else if (!underWeighted(topic)) {
                    unweighted++;
                }
            }
            int free = Math.max(0, 100 - Math.min(100, weighted));
            for (TopicB topic : inPhase) {
                TopicB root = root(topic);
                if (root.weight != null) {
                    long family = inPhase.stream().filter(t -> root(t) == root).count();
                    topic.hours = Math.max(1, (int) Math.round(phaseHours * root.weight / 100.0 / family));
                    topic.hoursRule = "phase-hours-by-weight";
                } else {
                    int share = weighted == 0 ? phaseHours : phaseHours * free / 100;
                    topic.hours = Math.max(1, (int) Math.round((double) share / Math.max(1, unweighted)));
                    topic.hoursRule = "phase-hours-spread-over-topics";
                }
            }
        }
        topics.forEach(t -> infer("topic '" + t.id + "'", "estimatedHours " + t.hours, t.hoursRule, t.line));
        // numbered topic n+1 requires n within a phase; the first topics of a phase require the key topics before
        for (PhaseB phase : phases) {
            TopicB previousNumbered = null;
            for (TopicB topic : topics) {
                if (topic.phase != phase.number || topic.parent != null) {
                    continue;
                }
                if (topic.number != null && previousNumbered != null
                        && topic.number == previousNumbered.number + 1) {
                    require(topic, previousNumbered, "numbered-topic-order",
                            "Het document nummert dit onderwerp na '" + previousNumbered.title + "'.",
                            "The document numbers this topic after '" + previousNumbered.title + "'.");
                } else if (phase.number > 1) {
                    for (TopicB key : topics) {
                        if (key.phase == phase.number - 1 && key.parent == null && key.importance.equals("key")) {
                            require(topic, key, "key-topics-of-previous-phase",
                                    "'" + key.title + "' is een kernonderwerp (⭐) van de vorige fase.",
                                    "'" + key.title + "' is a key topic (⭐) of the previous phase.");
                        }
                    }
                }
                if (topic.number != null) {
                    previousNumbered = topic;
                }
            }
        }
        for (ToolB tool : tools.values()) {
            tool.id = id("tool", tool.name, tool.line);
            if (tool.url == null) {
                tool.url = urlTemplate.replace("{name}", URLEncoder.encode(tool.name, StandardCharsets.UTF_8));
                infer("tool '" + tool.id + "'", "url", "tool-url-search-link", tool.line);
            }
            if (tool.description == null) {
                tool.description = Txt.inferred(tool.name, "tool-description-from-name");
                infer("tool '" + tool.id + "'", "description", "tool-description-from-name", tool.line);
            } else if (tool.description.rule() != null) {
                infer("tool '" + tool.id + "'", "description", tool.description.rule(), tool.line);
            }
            if (!tool.defined) {
                infer("tool '" + tool.id + "'", "category " + tool.category, "tool-category-from-topic", tool.line);
            }
        }
    }

    /** Hours a phase's title states ("~100 hours"), which the import keeps as text and does not read. */
    private void hoursNotice(PhaseB phase, String stated, String instead) {
        notice(phase.line, "phase " + phase.number + " states \"" + stated + "\" in its title, which the import "
                + "keeps as text and does not read as hours: " + instead);
    }

    /** An inferred requirement of {@code topic} on {@code on}, by {@code rule}, its reason in the document's language. */
    private void require(TopicB topic, TopicB on, String rule, String reasonNl, String reasonEn) {
        topic.requires.add(new ReqB(on.id, Txt.inferred(words(reasonNl, reasonEn), rule), rule));
        infer("topic '" + topic.id + "'", "requires " + on.id, rule, topic.line);
    }

    private static boolean underWeighted(TopicB topic) {
        return root(topic).weight != null;
    }

    private static TopicB root(TopicB topic) {
        TopicB t = topic;
        for (int guard = 0; t.parent != null && guard < 100; guard++) {
            t = t.parent;
        }
        return t;
    }
}
