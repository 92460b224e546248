package org.idds.cds.kernel.units;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fhir.ucum.BaseUnit;
import org.fhir.ucum.Component;
import org.fhir.ucum.DefinedUnit;
import org.fhir.ucum.ExpressionParser;
import org.fhir.ucum.Factor;
import org.fhir.ucum.Operator;
import org.fhir.ucum.Symbol;
import org.fhir.ucum.Term;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.UcumModel;
import org.fhir.ucum.UcumService;
import org.fhir.ucum.Unit;
import org.fhir.ucum.Value;

/**
 * UCUM units: which codes are valid, which are of one dimension, and the exact factor between two of them, all from
 * the UCUM essence (the standard's machine-readable definitions) bundled in {@code org.fhir:ucum}, instead of a
 * hand-kept table of codes and factors.
 *
 * <p><b>What comes from the library.</b> Parsing and validation ({@code ExpressionParser}, case-sensitive UCUM:
 * {@code mcg} is not UCUM and is refused; microgram is {@code ug}); the definitions of every unit and prefix (value
 * and defining unit, e.g. {@code mo} = {@code mo_j} = {@code a_j/12}, {@code a_j} = 365.25 {@code d}); and the
 * dimension, as the library's canonical base units ({@code getCanonicalUnits}: {@code mg/d} is {@code g.s-1},
 * {@code mL} is {@code m3}). Two units are commensurable when those agree.
 *
 * <p><b>What is done here, and why.</b> The library's own numbers are its {@code Decimal}, which rounds to
 * significant figures: its {@code divideBy} gives 1 mg/d ÷ 3 mg/mL as 0.3 mL/d, and its {@code convert} carries
 * each unit's canonical value at a fixed precision. So this class walks the library's parse tree and the essence's
 * definitions itself and multiplies the stated definition values (exact decimals such as 365.25, prefixes such as
 * 1e-3, integer factors such as the 12 of {@code a_j/12}) as exact {@link Ratio}s. A factor is the ratio of the two
 * units' exact canonical values: {@code ug}→{@code mg} is exactly 1/1000, {@code h}→{@code d} exactly 1/24 (no
 * decimal can hold it, which is why factors are ratios and not {@code BigDecimal}s), {@code mo}→{@code d} exactly
 * 30.4375 (UCUM's {@code mo} is the mean Julian month, 365.25/12 days, not a calendar month). Exact means exact with
 * respect to the essence: the few units the essence itself defines through an approximation (those built on its
 * 64-digit {@code [pi]}) are as exact as that constant.
 *
 * <p><b>Refused beyond UCUM syntax.</b> Special units on non-ratio scales ({@code Cel}, {@code [degF]},
 * {@code [pH]}, bels and nepers...) have no factor: asked for one they are refused ({@link InvalidUnitException}),
 * where the library would treat e.g. {@code [pH]} as {@code mol/l}. Arbitrary units ({@code [IU]},
 * {@code [arb'U]}, {@code [CFU]}...; flagged {@code isArbitrary} in the essence, a flag the library's model drops,
 * so it is read from the essence's unit tags here) are, per UCUM, commensurable only with themselves:
 * the library reduces them to unity, which would make {@code [IU]} convertible into {@code 1}, {@code %} or
 * {@code {tbl}}; here each is its own dimension ({@code [IU]} is defined as {@code [iU]} and converts into it).
 * Annotations ({@code {tbl}}) are, per UCUM, unity and do not count in comparisons: {@code mg{total}} is
 * {@code mg}. Codes longer than {@value #MAX_CODE_LENGTH} characters, exponents beyond ±{@value #MAX_EXPONENT}
 * and non-positive integer factors are refused, so an input cannot ask for a gigantic exact number.
 *
 * <p><b>Policy is not here.</b> UCUM validity is not clinical acceptability: {@code ML} (megalitre), {@code MG}
 * (megagauss) and {@code Mg} (megagram) are valid UCUM. Which units a field accepts stays an allow-list of the
 * caller; this class answers what a code means.
 *
 * <p><b>Threads.</b> One instance, {@link #shared()}, loaded once on first use. Immutable after construction, and
 * safe for concurrent use: the library builds a fresh parser and converter per call over a model it never writes
 * after loading (read from the 1.0.10 source; the library does not document it), and the caches here (the exact value of each defined unit; the analysis of up to
 * {@value #MAX_CACHED_CODES} codes, only valid ones, so that input cannot grow them without bound) are concurrent.
 */
public final class Ucum {

    /** Longest code accepted; the longest the engine uses is a handful of characters. */
    public static final int MAX_CODE_LENGTH = 200;

    /** Largest power a unit symbol may carry ({@code m3}, {@code 10*9}, {@code s-1}). */
    public static final int MAX_EXPONENT = 24;

    /** How many distinct codes' analyses are kept; codes past that are analysed on every call, not stored. */
    static final int MAX_CACHED_CODES = 1024;

    /** Where {@code org.fhir:ucum} keeps the essence, at the root of its jar. */
    private static final String ESSENCE = "/ucum-essence.xml";

    private static final Pattern UNIT_TAG = Pattern.compile("<unit\\s[^>]*>");
    private static final Pattern CODE_ATTRIBUTE = Pattern.compile("\\sCode=\"([^\"]*)\"");
    private static final Pattern ARBITRARY_ATTRIBUTE = Pattern.compile("\\sisArbitrary=\"yes\"");
    private static final Pattern SINGLE_TOKEN = Pattern.compile("[^./(){}]+");

    private static final class Holder {
        static final Ucum SHARED = new Ucum();
    }

    private final UcumService service;
    private final UcumModel model;
    private final Set<String> arbitraryUnits;
    private final String essenceVersion;
    private final ConcurrentMap<String, Reduction> definedUnits = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Analysis> analyses = new ConcurrentHashMap<>();

    private Ucum() {
        byte[] essence = readEssence();
        try {
            UcumEssenceService loaded = new UcumEssenceService(new ByteArrayInputStream(essence));
            this.service = loaded;
            this.model = loaded.getModel();
            this.essenceVersion = loaded.ucumIdentification().getVersion();
        } catch (UcumException e) {
            throw new IllegalStateException("The UCUM essence bundled with org.fhir:ucum could not be loaded", e);
        }
        this.arbitraryUnits = arbitraryUnits(new String(essence, StandardCharsets.ISO_8859_1));
        if (arbitraryUnits.isEmpty() || !arbitraryUnits.contains("[iU]")) {
            throw new IllegalStateException("The UCUM essence names no arbitrary units; its format has changed");
        }
    }

    /** The one instance, loaded on first use. */
    public static Ucum shared() {
        return Holder.SHARED;
    }

    /** The UCUM version of the bundled essence (e.g. "2.2"), for provenance. */
    public String essenceVersion() {
        return essenceVersion;
    }

    /**
     * Why a code is not valid UCUM, or empty when it is. Valid means the code parses against the essence (and is
     * within this class's bounds); it may still be a special unit that has no conversion factor.
     */
    public Optional<String> validate(String code) {
        try {
            parse(code);
            return Optional.empty();
        } catch (InvalidUnitException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Whether a quantity in {@code from} can be expressed in {@code to}: both have the same canonical base units, and
     * the same arbitrary units.
     *
     * @throws InvalidUnitException when either is not UCUM or has no conversion factor (a special unit)
     */
    public boolean isComparable(String from, String to) {
        return analyse(from).commensurableWith(analyse(to));
    }

    /**
     * The exact factor {@code f} with {@code x from = x·f to}: {@code factor("ug/h", "mg/d")} is 3/125 (0.024).
     *
     * @throws InvalidUnitException when either is not UCUM or has no conversion factor (a special unit)
     * @throws IncommensurableUnitsException when they are of different dimensions ({@code mg} and {@code mL})
     */
    public Ratio factor(String from, String to) {
        Analysis source = analyse(from);
        Analysis target = analyse(to);
        if (!source.commensurableWith(target)) {
            throw new IncommensurableUnitsException(from, source.dimension(), to, target.dimension());
        }
        return source.value().divide(target.value());
    }

    /**
     * The dimension of a code as canonical base units, from the library ({@code mg/d} gives {@code g.s-1}), with any
     * arbitrary units appended ({@code [IU]/mL} gives {@code m-3.[iU]}); a dimensionless code gives {@code 1}.
     *
     * @throws InvalidUnitException when the code is not UCUM or is a special unit
     */
    public String canonicalUnits(String code) {
        return analyse(code).dimension();
    }

    /**
     * The code of the product of a quantity in {@code a} and one in {@code b}: units of the same symbol cancel or
     * add up ({@code ug/mL} × {@code mL/d} is {@code ug/d}). Never changes the number: the composed code is used
     * only when the library confirms it has the same dimension as {@code (a).(b)} and its exact factor to it is 1;
     * otherwise (annotations, integer factors) the product is written {@code a.(b)}.
     */
    public String product(String a, String b) {
        return combine(a, b, false);
    }

    /**
     * The code of the quotient of a quantity in {@code a} by one in {@code b}: {@code mg/d} ÷ {@code mg/mL} is
     * {@code mL/d}, {@code mL} ÷ {@code mL/d} is {@code d}, {@code mg} ÷ {@code mg} is {@code 1}. Same guarantees as
     * {@link #product}.
     */
    public String quotient(String a, String b) {
        return combine(a, b, true);
    }

    /** The exact value of one {@code code} in canonical base units ({@code mg} is 1/1000 g). */
    Ratio canonicalValue(String code) {
        return analyse(code).value();
    }

    /** Refuses a code that is not UCUM or has no conversion factor: what a {@link Measure} may carry. */
    void requireMeasurable(String code) {
        analyse(code);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private String combine(String a, String b, boolean divide) {
        Term left = parse(a);
        Term right = parse(b);
        String wrapped = SINGLE_TOKEN.matcher(b).matches() ? b : "(" + b + ")";
        String plain = divide ? a + "/" + wrapped : a + "." + wrapped;
        if (a.contains("{") || b.contains("{")) {
            return checked(plain);
        }
        Map<String, Integer> exponents = new LinkedHashMap<>();
        if (!flatten(left, 1, exponents) || !flatten(right, divide ? -1 : 1, exponents)) {
            return checked(plain);
        }
        String composed = compose(exponents);
        Analysis expected = analyse(plain);
        Analysis actual;
        try {
            actual = analyse(composed);
        } catch (InvalidUnitException e) {
            return plain;
        }
        boolean same = actual.commensurableWith(expected) && actual.value().equals(expected.value());
        return same ? composed : plain;
    }

    private String checked(String code) {
        parse(code);
        return code;
    }

    /** Symbol → exponent, in order of first appearance; false when the term holds anything but unit symbols. */
    private static boolean flatten(Term term, int sign, Map<String, Integer> exponents) {
        boolean divide = false;
        for (Term t = term; t != null; t = t.getTerm()) {
            Component component = t.getComp();
            int s = divide ? -sign : sign;
            if (component instanceof Term inner) {
                if (!flatten(inner, s, exponents)) {
                    return false;
                }
            } else if (component instanceof Factor factor) {
                if (factor.getValue() != 1) {
                    return false;
                }
            } else if (component instanceof Symbol symbol) {
                if (symbol.getUnit() == null) {
                    return false;
                }
                String key = (symbol.hasPrefix() ? symbol.getPrefix().getCode() : "")
                        + symbol.getUnit().getCode();
                exponents.merge(key, s * symbol.getExponent(), Integer::sum);
            }
            divide = t.getOp() == Operator.DIVISION;
        }
        return true;
    }

    private static String compose(Map<String, Integer> exponents) {
        StringBuilder numerator = new StringBuilder();
        StringBuilder denominator = new StringBuilder();
        exponents.forEach((symbol, exponent) -> {
            if (exponent > 0) {
                numerator
                        .append(numerator.length() == 0 ? "" : ".")
                        .append(symbol)
                        .append(exponent == 1 ? "" : exponent);
            } else if (exponent < 0) {
                denominator.append('/').append(symbol).append(exponent == -1 ? "" : -exponent);
            }
        });
        if (numerator.length() == 0 && denominator.length() == 0) {
            return "1";
        }
        return numerator.append(denominator).toString();
    }

    private Term parse(String code) {
        if (code == null) {
            throw new InvalidUnitException(null, "No unit given");
        }
        if (code.isEmpty()) {
            throw new InvalidUnitException(code, "An empty unit: UCUM writes the unity as '1'");
        }
        if (code.length() > MAX_CODE_LENGTH) {
            throw new InvalidUnitException(code, "A unit code longer than " + MAX_CODE_LENGTH + " characters");
        }
        Term term;
        try {
            term = new ExpressionParser(model).parse(code);
        } catch (UcumException | RuntimeException e) {
            throw new InvalidUnitException(code, "'" + code + "' is not a UCUM unit: " + e.getMessage() + hint(code));
        }
        checkBounds(code, term);
        return term;
    }

    private static String hint(String code) {
        return code.contains("mcg") || code.contains("µ") || code.contains("μ")
                ? ". UCUM writes the microgram 'ug'; 'mcg' is not UCUM"
                : "";
    }

    private static void checkBounds(String code, Term term) {
        for (Term t = term; t != null; t = t.getTerm()) {
            Component component = t.getComp();
            if (component instanceof Term inner) {
                checkBounds(code, inner);
            } else if (component instanceof Factor factor && factor.getValue() <= 0) {
                throw new InvalidUnitException(code, "'" + code + "' has a factor that is not a positive integer");
            } else if (component instanceof Symbol symbol && Math.abs(symbol.getExponent()) > MAX_EXPONENT) {
                throw new InvalidUnitException(code, "'" + code + "' has an exponent beyond ±" + MAX_EXPONENT);
            }
        }
    }

    private Analysis analyse(String code) {
        Analysis known = code == null ? null : analyses.get(code);
        if (known != null) {
            return known;
        }
        Analysis analysis = analyseAfresh(code);
        if (analyses.size() < MAX_CACHED_CODES) {
            analyses.putIfAbsent(code, analysis);
        }
        return analysis;
    }

    private Analysis analyseAfresh(String code) {
        Reduction reduction = reduce(code, parse(code));
        String canonical;
        try {
            canonical = service.getCanonicalUnits(code);
        } catch (UcumException | RuntimeException e) {
            throw new InvalidUnitException(code, "'" + code + "' has no canonical form: " + e.getMessage());
        }
        return new Analysis(reduction.value(), canonical, reduction.arbitrary());
    }

    /** Exact canonical value of a parsed term; left-to-right like UCUM and the library's converter. */
    private Reduction reduce(String code, Term term) {
        Reduction result = Reduction.UNITY;
        boolean divide = false;
        for (Term t = term; t != null; t = t.getTerm()) {
            Component component = t.getComp();
            Reduction part = null;
            if (component instanceof Term inner) {
                part = reduce(code, inner);
            } else if (component instanceof Factor factor) {
                part = new Reduction(Ratio.of(factor.getValue()), Map.of());
            } else if (component instanceof Symbol symbol) {
                part = reduce(code, symbol);
            }
            if (part != null) {
                result = divide ? result.divide(part) : result.multiply(part);
            }
            divide = t.getOp() == Operator.DIVISION;
        }
        return result;
    }

    private Reduction reduce(String code, Symbol symbol) {
        Unit unit = symbol.getUnit();
        Reduction base = unit == null || unit instanceof BaseUnit ? Reduction.UNITY : reduce(code, (DefinedUnit) unit);
        if (symbol.hasPrefix()) {
            base = base.multiply(
                    new Reduction(exact(symbol.getPrefix().getValue().asDecimal()), Map.of()));
        }
        return base.pow(symbol.getExponent());
    }

    private Reduction reduce(String code, DefinedUnit unit) {
        if (unit.isSpecial()) {
            String where = unit.getCode().equals(code) ? "" : " in '" + code + "'";
            throw new InvalidUnitException(
                    code,
                    "'" + unit.getCode() + "'" + where + " is a special unit on a"
                            + " non-ratio scale (temperature, pH, logarithmic or the like): it has no conversion factor");
        }
        Reduction known = definedUnits.get(unit.getCode());
        if (known != null) {
            return known;
        }
        Value definition = unit.getValue();
        if (definition == null || definition.getValue() == null || definition.getUnit() == null) {
            throw new IllegalStateException("The UCUM essence gives no definition for '" + unit.getCode() + "'");
        }
        Ratio value = exact(definition.getValue().asDecimal());
        Reduction reduction;
        if (arbitraryUnits.contains(unit.getCode()) && definition.getUnit().equals("1")) {
            reduction = new Reduction(value, Map.of(unit.getCode(), 1));
        } else {
            Term defining;
            try {
                defining = new ExpressionParser(model).parse(definition.getUnit());
            } catch (UcumException e) {
                throw new IllegalStateException(
                        "The UCUM essence defines '" + unit.getCode() + "' by an unparsable unit", e);
            }
            reduction = reduce(code, defining).multiply(new Reduction(value, Map.of()));
        }
        Reduction raced = definedUnits.putIfAbsent(unit.getCode(), reduction);
        return raced == null ? reduction : raced;
    }

    private static Ratio exact(String decimal) {
        return Ratio.parse(decimal);
    }

    private static Set<String> arbitraryUnits(String essence) {
        Set<String> codes = new HashSet<>();
        Matcher tags = UNIT_TAG.matcher(essence);
        while (tags.find()) {
            String tag = tags.group();
            Matcher code = CODE_ATTRIBUTE.matcher(tag);
            if (ARBITRARY_ATTRIBUTE.matcher(tag).find() && code.find()) {
                codes.add(code.group(1));
            }
        }
        return Set.copyOf(codes);
    }

    private static byte[] readEssence() {
        try (InputStream in = UcumEssenceService.class.getResourceAsStream(ESSENCE)) {
            if (in == null) {
                throw new IllegalStateException("org.fhir:ucum carries no " + ESSENCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + ESSENCE + " from org.fhir:ucum", e);
        }
    }

    /** An exact canonical value and the arbitrary units (code → exponent) that are their own dimensions. */
    private record Reduction(Ratio value, Map<String, Integer> arbitrary) {

        static final Reduction UNITY = new Reduction(Ratio.ONE, Map.of());

        Reduction multiply(Reduction other) {
            return new Reduction(value.multiply(other.value), merge(arbitrary, other.arbitrary, 1));
        }

        Reduction divide(Reduction other) {
            return new Reduction(value.divide(other.value), merge(arbitrary, other.arbitrary, -1));
        }

        Reduction pow(int exponent) {
            Map<String, Integer> powered = new TreeMap<>();
            if (exponent != 0) {
                arbitrary.forEach((code, e) -> powered.put(code, e * exponent));
            }
            return new Reduction(value.pow(exponent), Collections.unmodifiableMap(powered));
        }

        private static Map<String, Integer> merge(Map<String, Integer> a, Map<String, Integer> b, int sign) {
            if (b.isEmpty()) {
                return a;
            }
            Map<String, Integer> merged = new TreeMap<>(a);
            b.forEach((code, e) -> merged.merge(code, sign * e, Integer::sum));
            merged.values().removeIf(e -> e == 0);
            return Collections.unmodifiableMap(merged);
        }
    }

    /** Exact canonical value, the library's canonical base units, and the arbitrary units. */
    private record Analysis(Ratio value, String canonical, Map<String, Integer> arbitrary) {

        boolean commensurableWith(Analysis other) {
            return canonical.equals(other.canonical) && arbitrary.equals(other.arbitrary);
        }

        String dimension() {
            if (arbitrary.isEmpty()) {
                return canonical.isEmpty() ? "1" : canonical;
            }
            String units = arbitrary.entrySet().stream()
                    .map(e ->
                            e.getKey() + (e.getValue() == 1 ? "" : e.getValue().toString()))
                    .collect(Collectors.joining("."));
            return canonical.isEmpty() || canonical.equals("1") ? units : canonical + "." + units;
        }
    }
}
