package io.roadmapgraph.model;

import io.roadmapgraph.model.Fields.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reader's side of {@link TopicReference}: the roadmap's {@code uses}, and the requirements written
 * {@code roadmap:topic}, checked against them with file:line problems. Whether the other roadmap is loaded and has the
 * topic is known only when loading (graph-core's loader checks it).
 */
final class TopicReferences {

    private record Read(String label, Optional<Ref> topic, Ref ref, String roadmap, String required,
                        Optional<Text> reason, Origin origin) {
    }

    private final Problems problems;
    private final List<Ref> uses = new ArrayList<>();
    private final List<Read> read = new ArrayList<>();

    TopicReferences(Problems problems) {
        this.problems = problems;
    }

    /** The roadmap's {@code uses}: ids of the roadmaps whose topics it may require. */
    void uses(List<Ref> used) {
        Map<String, Ref> seen = new HashMap<>();
        for (Ref ref : used) {
            if (!Ids.KEBAB_CASE.matcher(ref.id()).matches()) {
                problems.add(ref.at(), "'uses' of the roadmap lists '" + ref.id() + "', which is not a roadmap id;"
                        + " a roadmap id is kebab-case (ai-engineer)");
            } else if (seen.putIfAbsent(ref.id(), ref) != null) {
                problems.add(ref.at(), "'uses' of the roadmap lists '" + ref.id() + "' twice; keep one");
            } else {
                uses.add(ref);
            }
        }
    }

    /**
     * Takes a requirement whose topic is written {@code roadmap:topic}; false (and nothing taken) for a plain id,
     * which is a topic of this roadmap.
     */
    boolean take(String label, Optional<Ref> topic, Ref required, Optional<Text> reason, Origin origin) {
        if (!TopicReference.isQualified(required.id())) {
            return false;
        }
        Optional<String[]> parts = TopicReference.split(required.id());
        if (parts.isEmpty()) {
            problems.add(required.at(), "requirement '" + required.id() + "' of " + label + " is not a topic of"
                    + " another roadmap: write roadmap:topic with two kebab-case ids (ai-engineer:python)");
        } else {
            read.add(new Read(label, topic, required, parts.get()[0], parts.get()[1], reason, origin));
        }
        return true;
    }

    /** The checks that need the whole file: each reference names a used roadmap, and a topic not defined here. */
    void check(String roadmapId, Set<String> localTopics) {
        uses.stream().filter(u -> u.id().equals(roadmapId)).forEach(u -> problems.add(u.at(), "'uses' of the"
                + " roadmap lists the roadmap itself ('" + roadmapId + "'); list other roadmaps only"));
        List<String> used = uses.stream().map(Ref::id).toList();
        Map<String, Ref> seen = new HashMap<>();
        for (Read r : read) {
            String where = "requirement '" + r.ref().id() + "' of " + r.label();
            if (r.roadmap().equals(roadmapId)) {
                problems.add(r.ref().at(), where + " names this roadmap; require its topic by its plain id '"
                        + r.required() + "'");
            } else if (!used.contains(r.roadmap())) {
                problems.add(r.ref().at(), where + " names roadmap '" + r.roadmap() + "', which 'uses' does not"
                        + " list; add it to the roadmap: uses: [" + String.join(", ", concat(used, r.roadmap())) + "]");
            } else if (localTopics.contains(r.required())) {
                problems.add(r.ref().at(), where + " names a topic this roadmap defines itself; one id is one"
                        + " concept: require '" + r.required() + "' or remove its definition here");
            }
            r.topic().ifPresent(t -> {
                Ref earlier = seen.putIfAbsent(t.id() + "\n" + r.ref().id(), r.ref());
                if (earlier != null) {
                    problems.add(r.ref().at(), r.label() + " requires '" + r.ref().id() + "' twice (first at line "
                            + earlier.at().line() + "); remove one");
                }
            });
        }
    }

    List<String> used() {
        return uses.stream().map(Ref::id).toList();
    }

    /** The references, to be built only once the file has no problem. */
    Supplier<List<TopicReference>> references() {
        return () -> read.stream().map(r -> new TopicReference(r.topic().orElseThrow().id(), r.roadmap(),
                r.required(), r.reason().orElseThrow(), r.origin(), r.ref().at().line())).toList();
    }

    private static List<String> concat(List<String> ids, String id) {
        List<String> all = new ArrayList<>(ids);
        all.add(id);
        return all;
    }
}
