package io.roadmapgraph.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's plan: the weeks and calendar months of study, each with its topics and hours, the finish, the lower
 * bound no plan can beat and the gap to it, the critical path, each topic's slack, the projects to build along the
 * way, and how the plan compares with the roadmap's own route. Made by {@link RoadmapQueries#plan}; see
 * {@link io.roadmapgraph.algorithms.StudyScheduler} for the model. Week 1 starts on the start date; a week belongs
 * to the calendar month its first day is in. The weeks, months, projects and route are made when first read (a
 * GraphQL query that selects none of them does not pay for them).
 *
 * @param hoursPerWeek    the weekly budget the plan uses: asked, the roadmap's, or the fewest that meet the deadline
 * @param hoursSource     where that budget comes from
 * @param deadline        the deadline asked for, if any
 * @param finishDate      the last day of the last week; empty when there is nothing to learn
 * @param totalHours      the hours of all planned topics
 * @param lowerBoundWeeks ⌈max(total / hoursPerWeek, criticalPathHours × maxInProgress / hoursPerWeek)⌉
 * @param criticalPath    the chain of planned topics (each requiring the one before) with the most hours
 * @param topics          every planned topic with its weeks and slack, in the learning path's order
 * @param projects        the projects placed in the plan, by week then number
 * @param route           each planned topic and placed project of the route (where it is first listed), with the
 *                        month the plan reaches it: earlier than, within or later than the route's months, and why
 * @param routeRoadmap    the roadmap whose route {@code route} compares with, if any
 * @param picks           the learning path's picks on requirement groups and the chosen tool alternatives
 */
public record StudyPlan(int hoursPerWeek, HoursSource hoursSource, int maxInProgress, LocalDate startDate,
                        Optional<LocalDate> deadline, Optional<LocalDate> finishDate, List<Week> weeks,
                        List<Month> months, int totalHours, int lowerBoundWeeks, List<PlannedTopic> criticalPath,
                        int criticalPathHours, List<PlannedTopic> topics, List<PlannedProject> projects,
                        Optional<String> routeRoadmap, List<RouteDifference> route, GroupPicks picks) {

    public StudyPlan {
        Objects.requireNonNull(hoursSource, "hoursSource");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(finishDate, "finishDate");
        weeks = LazyList.keptOrCopied(weeks);
        months = LazyList.keptOrCopied(months);
        criticalPath = List.copyOf(criticalPath);
        topics = List.copyOf(topics);
        projects = LazyList.keptOrCopied(projects);
        Objects.requireNonNull(routeRoadmap, "routeRoadmap");
        route = LazyList.keptOrCopied(route);
        Objects.requireNonNull(picks, "picks");
    }


    /** Where the weekly budget of a plan comes from. */
    public enum HoursSource {
        /** the request's {@code hoursPerWeek} */
        ASKED,
        /** the roadmap's {@code studyHoursPerWeek} */
        ROADMAP,
        /** the fewest hours a week that meet the request's deadline */
        DEADLINE
    }

    /** How many weeks the plan takes. */
    public int weekCount() {
        return weeks.size();
    }

    /** How many weeks more than the lower bound the plan takes. */
    public int gapWeeks() {
        return weeks.size() - lowerBoundWeeks;
    }

    /** The plan as an iCalendar (RFC 5545) text: one all-week event per topic per week. */
    public String icalendar() {
        return PlanRendering.icalendar(this);
    }

    /** The plan as Markdown for people: a heading per month, its topics with hours, the projects to build. */
    public String markdown() {
        return PlanRendering.markdown(this);
    }

    /** Hours of one topic in a week or a month. */
    public record TopicHours(TopicNode topic, int hours) {
        public TopicHours {
            Objects.requireNonNull(topic, "topic");
        }
    }

    /** Week {@code number} (from 1), from {@code start} to {@code end} (inclusive, 7 days). */
    public record Week(int number, LocalDate start, LocalDate end, List<TopicHours> topics,
                       List<PlannedProject> projects) {
        public Week {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            topics = List.copyOf(topics);
            projects = LazyList.keptOrCopied(projects);
        }

        public int hours() {
            return topics.stream().mapToInt(TopicHours::hours).sum();
        }
    }

    /** A calendar month: the weeks starting in it, its topics' hours summed over those weeks, its projects. */
    public record Month(YearMonth month, int firstWeek, int lastWeek, List<TopicHours> topics,
                        List<PlannedProject> projects) {
        public Month {
            Objects.requireNonNull(month, "month");
            topics = List.copyOf(topics);
            projects = LazyList.keptOrCopied(projects);
        }

        public int hours() {
            return topics.stream().mapToInt(TopicHours::hours).sum();
        }
    }

    /**
     * A planned topic.
     *
     * @param startWeek  the week it starts
     * @param finishWeek the week its last hour is studied
     * @param slackWeeks how many weeks later it could start without moving the finish (prerequisites and its weeks
     *                   kept, the budget and the in-progress limit set aside)
     * @param critical   whether it is on the critical path
     */
    public record PlannedTopic(TopicNode topic, int hours, int startWeek, int finishWeek, LocalDate startDate,
                               LocalDate finishDate, int slackWeeks, boolean critical) {
        public PlannedTopic {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(finishDate, "finishDate");
        }
    }

    /**
     * A project to build: placed in the first week in which every topic it exercises is finished (or known).
     *
     * @param hours its estimated hours, where the roadmap gives them; they are not taken from the weekly budget
     */
    public record PlannedProject(ProjectNode project, int week, LocalDate date, Optional<Integer> hours) {
        public PlannedProject {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(hours, "hours");
        }
    }

    /** Whether the plan reaches a route step before, within or after the route's months. */
    public enum Timing { EARLIER, WITHIN, LATER }

    /**
     * A topic or project of the roadmap's route, compared with the plan.
     *
     * @param kind      "topic" or "project"
     * @param id        its id
     * @param fromMonth the route's months for it (1-based, as the route counts)
     * @param planMonth the month of the plan in which it is done (topic) or built (project), 1-based from the start
     * @param reason    why, in a sentence
     */
    public record RouteDifference(String kind, String id, int fromMonth, int toMonth, int planMonth, Timing timing,
                                  String reason) {
        public RouteDifference {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(timing, "timing");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
