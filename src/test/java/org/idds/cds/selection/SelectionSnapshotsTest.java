package org.idds.cds.selection;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.idds.cds.support.Api;
import org.idds.cds.support.Fixtures;
import org.idds.cds.support.Fixtures.ClinicalCase;
import org.idds.cds.support.Snapshots;
import org.jboss.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(SelectionSnapshotsTest.class);

    @TestFactory
    Stream<DynamicTest> everyCaseAnswersExactlyItsSnapshot() {
        return Fixtures.all("selection").stream()
                .map(c -> DynamicTest.dynamicTest(c.name().replace('-', ' '), () -> check(c)));
    }

    private void check(ClinicalCase c) throws Exception {
        String body = Api.candidacyAnswer(c);
        JsonNode actual = Snapshots.normalise(body);
        if (Snapshots.writing()) {
            Snapshots.write(c.folder(), actual);
            LOG.warnf("snapshot written for %s: review the diff before committing it", c.name());
            return;
        }
        Optional<JsonNode> expected = Snapshots.read(c.folder());
        if (expected.isEmpty()) {
            fail(c.path() + " has no " + Snapshots.FILE + "; write it deliberately with -D" + Snapshots.WRITE_PROPERTY
                    + "=true and review it");
        }
        List<String> differences = Snapshots.differences(expected.get(), actual, 25);
        if (!differences.isEmpty()) {
            fail(c.path() + " (" + c.given()
                    + ") differs from its snapshot; if the change is intended, regenerate with -D"
                    + Snapshots.WRITE_PROPERTY + "=true and commit the reviewed diff:\n  "
                    + String.join("\n  ", differences));
        }
    }
}
