package org.idds.cds.selection;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Snapshots;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every clinical case's whole answer against its committed {@code snapshot.json} (see {@link Snapshots}): the
 * verdict, the device plan, the OME lines, every recommendation with its effect, wording, citations and basis, the
 * missing inputs and the pertinent negatives. Any difference fails, listing the JSON paths that differ. The
 * snapshots were first written from the code before the knowledge-base restructure (issue 6), so they prove that
 * the reshaping changes nothing a clinician reads.
 */
@QuarkusTest
class SelectionSnapshotsTest {

    @TestFactory
    Stream<DynamicTest> everyCaseAnswersExactlyItsSnapshot() {
        return Fixtures.all("selection").stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.name().replace('-', ' '), () -> Snapshots.check(c, Api.candidacyAnswer(c))));
    }
}
