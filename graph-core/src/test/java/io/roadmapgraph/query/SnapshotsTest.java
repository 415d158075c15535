package io.roadmapgraph.query;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's snapshots (background mode) over the roadmaps' revision, as when the server reaches Neo4j by URI: a
 * call never waits for the revision's read nor for a snapshot's, and a revision that did not change reads no snapshot;
 * and over a feed that tells of commits (an embedded Neo4j), whose commits start the next read before any call.
 */
class SnapshotsTest {

    /** Shorter than the pause before each call below: every such call finds the last revision read too old. */
    private static final Duration MAX_AGE = Duration.ofMillis(1);

    /** A graph whose revision the test sets, and whose reads (of the revision, of a snapshot) it can hold. */
    private static final class Graph {
        final AtomicReference<String> revision = new AtomicReference<>("r1");
        final AtomicInteger revisionReads = new AtomicInteger();
        final AtomicInteger snapshotReads = new AtomicInteger();
        volatile CountDownLatch revisionRead = new CountDownLatch(0);
        volatile CountDownLatch releaseRevision = new CountDownLatch(0);
        volatile CountDownLatch releaseSnapshot = new CountDownLatch(0);
        volatile boolean down;

        String readRevision() {
            revisionReads.incrementAndGet();
            if (down) {
                throw new IllegalStateException("the database is down");
            }
            revisionRead.countDown();
            await(releaseRevision);
            return revision.get();
        }

        GraphSnapshot readSnapshot() {
            snapshotReads.incrementAndGet();
            String read = revision.get();
            await(releaseSnapshot);
            return new GraphSnapshot(read, Subgraph.EMPTY, Map.of(), Map.of(), List.of(), Map.of(), Map.of(),
                    Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), SearchTexts.NONE);
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A feed of commits the test makes, telling its listeners as an embedded Neo4j's does. */
    private static final class Feed implements GraphChanges {
        final AtomicLong commits = new AtomicLong();
        final List<Runnable> listeners = new CopyOnWriteArrayList<>();

        @Override
        public long commits() {
            return commits.get();
        }

        @Override
        public void afterCommits(Runnable listener) {
            listeners.add(listener);
        }

        void commit() {
            commits.incrementAndGet();
            listeners.forEach(Runnable::run);
        }
    }

    private final Graph graph = new Graph();
    private final Snapshots snapshots = new Snapshots(graph::readRevision, MAX_AGE, graph::readSnapshot);

    /** The call in another thread, bounded: a call that waited for a held read fails the test instead of hanging it. */
    private static GraphSnapshot promptly(Snapshots snapshots) throws Exception {
        Thread.sleep(5); // past MAX_AGE: the call needs the revision read again
        return CompletableFuture.supplyAsync(snapshots::current).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCallAfterALoadIsAnsweredFromTheHeldSnapshotWhileTheRevisionAndThenTheNewSnapshotAreRead() throws Exception {
        GraphSnapshot first = snapshots.current();
        graph.revision.set("r2"); // a load
        graph.revisionRead = new CountDownLatch(1);
        graph.releaseRevision = new CountDownLatch(1);
        graph.releaseSnapshot = new CountDownLatch(1);

        GraphSnapshot duringTheRevisionRead = promptly(snapshots);
        graph.revisionRead.await();
        CompletableFuture<Boolean> replacing = CompletableFuture.supplyAsync(snapshots::replacing);
        graph.releaseRevision.countDown();
        boolean replacingSeen = replacing.get(10, TimeUnit.SECONDS);
        GraphSnapshot duringTheSnapshotRead = promptly(snapshots);
        graph.releaseSnapshot.countDown();
        GraphSnapshot fresh = first;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (fresh.revision().equals("r1") && System.nanoTime() < deadline) {
            fresh = promptly(snapshots);
        }

        assertThat(first.revision()).isEqualTo("r1");
        assertThat(duringTheRevisionRead).as("answered while the revision's read was held").isSameAs(first);
        assertThat(replacingSeen).as("once the revision was read, the held snapshot is known to be replaced").isTrue();
        assertThat(duringTheSnapshotRead).as("answered while the new snapshot's read was held").isSameAs(first);
        assertThat(fresh.revision()).as("then the new snapshot, swapped in").isEqualTo("r2");
        assertThat(snapshots.replacing()).as("and nothing is being replaced any more").isFalse();
        assertThat(snapshots.readCount()).isEqualTo(2);
    }

    @Test
    void aRevisionThatDidNotChangeReadsNoSnapshotAndTheHeldOneIsNotBeingReplaced() throws Exception {
        GraphSnapshot first = snapshots.current();
        int checks = 0;
        while (graph.revisionReads.get() < 4) { // each check starts only once the one before it has ended
            assertThat(promptly(snapshots)).isSameAs(first);
            assertThat(snapshots.replacing()).isFalse();
            assertThat(++checks).as("calls until the revision was read four times").isLessThan(1000);
        }

        assertThat(graph.snapshotReads.get()).as("only the first snapshot was read").isEqualTo(1);
        assertThat(snapshots.readCount()).isEqualTo(1);
    }

    @Test
    void aRevisionReadThatFailsLeavesTheHeldSnapshotAnsweringAndTheNextCheckReadsTheChange() throws Exception {
        GraphSnapshot first = snapshots.current();
        graph.down = true;
        int failedChecks = 0;
        while (graph.revisionReads.get() < 4) { // checks fail on the background thread, the calls do not
            assertThat(promptly(snapshots)).isSameAs(first);
            assertThat(snapshots.replacing()).isFalse();
            assertThat(++failedChecks).as("calls until the revision read failed three times").isLessThan(1000);
        }
        graph.down = false;
        graph.revision.set("r2");
        GraphSnapshot fresh = first;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (fresh.revision().equals("r1") && System.nanoTime() < deadline) {
            fresh = promptly(snapshots);
        }

        assertThat(fresh.revision()).as("once the database answers again, the change is read").isEqualTo("r2");
        assertThat(snapshots.readCount()).isEqualTo(2);
    }

    /** The revision of the last snapshot read in the background, once it is {@code revision} (within ten seconds). */
    private static String readInTheBackground(Snapshots snapshots, String revision) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!snapshots.lastRefresh().map(r -> r.revision().equals(revision)).orElse(false)
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return snapshots.lastRefresh().map(Snapshots.Refresh::revision).orElse("none");
    }

    @Test
    void aCommitTheFeedTellsOfStartsReadingTheNextSnapshotBeforeAnyCall() throws Exception {
        Feed feed = new Feed();
        Snapshots following = new Snapshots(feed, MAX_AGE, graph::readSnapshot);
        GraphSnapshot first = following.current();

        graph.revision.set("r2"); // a load's switch
        feed.commit();
        String readAfterTheCommit = readInTheBackground(following, "r2");

        assertThat(first.revision()).isEqualTo("r1");
        assertThat(readAfterTheCommit).as("read with no call since the commit").isEqualTo("r2");
        assertThat(following.current().revision()).as("the first call after it finds it").isEqualTo("r2");
        assertThat(following.readCount()).isEqualTo(2);
    }

    @Test
    void aCommitDuringABackgroundReadIsReadAfterIt() throws Exception {
        Feed feed = new Feed();
        Snapshots following = new Snapshots(feed, MAX_AGE, graph::readSnapshot);
        following.current();
        graph.releaseSnapshot = new CountDownLatch(1);

        graph.revision.set("r2");
        feed.commit(); // its read takes r2 and is held
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (graph.snapshotReads.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        graph.revision.set("r3");
        feed.commit(); // while r2's read is held
        graph.releaseSnapshot.countDown();

        assertThat(readInTheBackground(following, "r3")).as("the commit during the read, read after it, no call made")
                .isEqualTo("r3");
        assertThat(following.readCount()).isEqualTo(3);
    }

    @Test
    void inStrictModeTheFeedIsOnlyAskedNotFollowed() {
        Feed feed = new Feed();

        new Snapshots(feed, Duration.ZERO, graph::readSnapshot).current();

        assertThat(feed.listeners).as("a strict call reads what it needs itself").isEmpty();
    }
}
