package org.idds.cds.clinical;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Verification;
import org.idds.cds.kernel.answer.DrugCombination;

/**
 * One published intrathecal drug-selection algorithm (for example PACC 2017): the edition's own axes and their values,
 * and for every combination of them (a track) the lines in order, each line a list of options (one drug or a
 * combination of drugs of the intrathecal drug library) with its verification and sources. Axes of another edition
 * are never mixed in: the 2017 tracks are cancer or non-cancer pain, localized or diffuse; the nociceptive /
 * neuropathic split belongs to the 2012 edition. {@code source} is the evidence catalogue key of the edition, which
 * every line cites. {@code contraindications} (from the drug labels, not from the algorithm) say which patient
 * conditions rule a drug out, and what to say while a condition is not known.
 */
public record DrugAlgorithm(
        String id,
        String edition,
        String source,
        String description,
        List<Axis> axes,
        List<Track> tracks,
        List<Contraindication> contraindications) {

    public DrugAlgorithm {
        axes = List.copyOf(axes);
        tracks = List.copyOf(tracks);
        contraindications = List.copyOf(contraindications);
    }

    /** The track at this position (one value per axis), if the algorithm has it. */
    public Optional<Track> track(Map<String, String> position) {
        return tracks.stream().filter(t -> t.position().equals(position)).findFirst();
    }

    public Optional<Axis> axis(String name) {
        return axes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** An axis of the edition (for example {@code population}: CANCER or NON_CANCER), with where the edition says so. */
    public record Axis(String name, String label, List<AxisValue> values, List<Citation> citations) {

        public Axis {
            values = List.copyOf(values);
            citations = List.copyOf(citations);
        }

        public Optional<AxisValue> value(String value) {
            return values.stream().filter(v -> v.value().equals(value)).findFirst();
        }
    }

    public record AxisValue(String value, String label) {}

    /**
     * One combination of axis values (axis name to value) and its lines in order, from line 1. {@code missing} says
     * what the encoded knowledge does not give for this track (for example lines 2 to 5), and where to read it.
     */
    public record Track(Map<String, String> position, List<Line> lines, Optional<String> missing) {

        public Track {
            position = Map.copyOf(position);
            lines = List.copyOf(lines);
        }
    }

    /** A line of the algorithm: its number (1 is first line), the options it lists, verification and sources. */
    public record Line(
            int number, List<Option> options, Verification verification, String note, List<Citation> citations) {

        public Line {
            options = List.copyOf(options);
            citations = List.copyOf(citations);
        }
    }

    /** One option of a line: a single drug or a combination (generic names of the intrathecal drug library). */
    public record Option(List<String> drugs) {

        public Option {
            drugs = List.copyOf(drugs);
        }

        /** The option as a clinician reads it: "morphine + bupivacaine". */
        public String label() {
            return DrugCombination.label(drugs);
        }
    }

    /** A patient condition that can rule a drug out. */
    public enum Condition {
        /** A pre-existing history of psychosis (ziconotide's boxed warning and contraindication). */
        PSYCHOSIS_HISTORY
    }

    /**
     * A drug that is not offered when the patient has {@code condition} ({@code whenPresent} says why), nor while the
     * condition is not known ({@code whileUnknown}), with the sources that say so: those of the governed
     * {@code statement} it applies, when it names one.
     */
    public record Contraindication(
            String drug,
            Condition condition,
            String whenPresent,
            String whileUnknown,
            List<Citation> citations,
            Optional<String> statement) {

        public Contraindication {
            citations = List.copyOf(citations);
        }
    }
}
