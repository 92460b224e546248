package org.idds.cds.dosing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import org.idds.cds.dosing.DosingCalculator.PrescriptionException;

/**
 * The windows every date of a prescription check must fall in, judged against the check's own instant (the answer's
 * {@code assessedAt}; at replay the stored instant, never the clock at replay time) and the request's own dates. A
 * date outside them is refused by field, so no date reaches the arithmetic of the calculators unbounded.
 *
 * <p>NEEDS CLINICAL SIGN-OFF: these windows are shipped defaults chosen by the developers, not taken from a source;
 * the site's clinical safety officer signs them off (docs/api.md, prescription check).
 */
public final class PrescriptionDates {

    /** A fill (or start) recorded after the event: at most this long before the day of the check. */
    public static final Period BEFORE_CHECK = Period.ofDays(31);

    /** A fill (or start) planned ahead: at most this long after the day of the check (longer than any refill). */
    public static final Period AFTER_CHECK = Period.ofDays(366);

    /** The prescription this one replaces started at most this long before the new one (and never after it). */
    public static final Period PREVIOUS_BEFORE_NEW = Period.ofYears(10);

    private PrescriptionDates() {}

    /** Refuses the first date outside its window; {@code at} is the check's instant. */
    public static void check(Prescription p, Instant at) {
        LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate earliest = day.minus(BEFORE_CHECK);
        LocalDate latest = day.plus(AFTER_CHECK);
        p.fill().map(Prescription.Fill::date).ifPresent(d -> within("fill.date", d, earliest, latest, day));
        p.checkedOn().ifPresent(d -> within("startsOn", d, earliest, latest, day));
        LocalDate starts =
                p.checkedOn().or(() -> p.fill().map(Prescription.Fill::date)).orElse(day);
        String startsFrom =
                p.checkedOn().isPresent() ? "startsOn" : p.fill().isPresent() ? "fill.date" : "the day of the check";
        p.previous().flatMap(Prescription.Previous::startedOn).ifPresent(d -> {
            if (d.isAfter(starts)) {
                throw new PrescriptionException(
                        "previous.startedOn",
                        "'" + d + "' is after the new prescription starts (" + starts + ", " + startsFrom
                                + "): the previous prescription starts before the one that replaces it");
            }
            if (d.isBefore(starts.minus(PREVIOUS_BEFORE_NEW))) {
                throw new PrescriptionException(
                        "previous.startedOn",
                        "'" + d + "' is more than " + PREVIOUS_BEFORE_NEW.getYears()
                                + " years before the new prescription starts (" + starts + ")");
            }
        });
    }

    private static void within(String field, LocalDate d, LocalDate earliest, LocalDate latest, LocalDate day) {
        if (d.isBefore(earliest) || d.isAfter(latest)) {
            throw new PrescriptionException(
                    field,
                    "'" + d + "' is outside " + earliest + " to " + latest + " (from " + BEFORE_CHECK.getDays()
                            + " days before to " + AFTER_CHECK.getDays() + " days after the day of the check, " + day
                            + ")");
        }
    }

    /** {@code from} plus a whole number of days, or nothing when that is beyond the calendar. */
    static Optional<LocalDate> plusDays(LocalDate from, java.math.BigDecimal days) {
        java.math.BigDecimal limit = java.math.BigDecimal.valueOf(3_650_000L); // 10,000 years: far past any refill
        if (days.abs().compareTo(limit) > 0) {
            return Optional.empty();
        }
        return Optional.of(from.plusDays(days.longValue()));
    }
}
