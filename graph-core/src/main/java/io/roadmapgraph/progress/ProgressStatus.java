package io.roadmapgraph.progress;

import org.apiguardian.api.API;

/** Where a learner stands on one topic. */
@API(status = API.Status.EXPERIMENTAL)
public enum ProgressStatus {
    /** learned */
    DONE,
    /** being learned: its remaining hours are the estimate minus the hours spent */
    LEARNING,
    /** not to be learned (known from elsewhere, or not wanted): counts as known */
    SKIPPED,
    /** learned and being gone over again */
    REVIEWING;

    /** Whether the topic counts as known for paths, plans and projects: DONE and SKIPPED. */
    public boolean known() {
        return this == DONE || this == SKIPPED;
    }

    /** The status named {@code name}. @throws ProgressException BAD_STATUS naming the four there are */
    public static ProgressStatus parse(String name) {
        for (ProgressStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        throw new ProgressException(ProgressException.Code.BAD_STATUS, "unknown status '" + name
                + "'; use DONE, LEARNING, SKIPPED or REVIEWING");
    }
}
