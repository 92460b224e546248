package org.idds.cds.governance.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.idds.cds.ruleset.RulesetTexts;
import org.idds.cds.ruleset.RulesetTexts.Kind;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.web.Problem;
import org.idds.cds.web.ProblemMappers;
import org.idds.cds.web.Roles;

/**
 * Ruleset text by content hash (issue 15): what an answer names by key (a rule, a figure, a source, a governed
 * statement, a concern's outcomes file, a drug-selection algorithm), verbatim from the ruleset whose hash the answer
 * carries. The text under one hash never changes, so it is cacheable for a year ({@code immutable}) with an
 * {@code ETag} over the body; an unknown hash or key is a 404 that is not cached. The active ruleset, one registered beside it and every archived
 * version are read from their files: no ruleset is compiled to answer. {@code SecurityHeaders} leaves
 * {@code Cache-Control} to this resource under {@value #BASE}.
 */
@Path(RulesetTextsResource.BASE + "{hash}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge")
public class RulesetTextsResource {

    /** Every path below it is content-addressed. */
    public static final String BASE = "/api/v1/rulesets/";

    static final String IMMUTABLE = "private, max-age=31536000, immutable";
    static final String NO_STORE = "no-store";

    private final Rulesets rulesets;

    public RulesetTextsResource(Rulesets rulesets) {
        this.rulesets = rulesets;
    }

    @GET
    @Path("/{kind: rules|figures|sources|statements|outcomes|algorithms|devices}/{key}")
    @Operation(
            summary = "Ruleset text by kind and key under the ruleset with this content hash, verbatim",
            description = "rules/{ruleId}: the rule's entry as in its rules file (title, summary, detail, whenNotMet, "
                    + "citations with locators and grades, inputs, status, version). figures/{key}: every figure key "
                    + "a finding carries; its description (ruleset text), value and unit where fixed data, "
                    + "verification and citations: a parameter's entry as in its file, a data file's figure with "
                    + "the file and JSON pointer it is read from. sources/{key}: the entry as in the evidence "
                    + "catalogue (label, reference, DOI or URL, kind, supersession). statements/{key}: a governed "
                    + "statement of the ruleset's statements file. outcomes/{concern}: the concern's outcomes file "
                    + "byte for byte (SELECTION, any case). algorithms/{id}: a drug-selection algorithm file byte for "
                    + "byte (its edition, axes, tracks with each line's note and citations, the text of what a track "
                    + "does not encode, contraindications with their reasons), by the id the drug options name "
                    + "(algorithm.id). devices/{id}: a device model's file byte for byte, by the id answers name.")
    @APIResponses({
        @APIResponse(
                responseCode = "200",
                description = "The text, verbatim; Cache-Control: private, max-age=31536000, immutable",
                headers = {@Header(name = "ETag", description = "over the body bytes"), @Header(name = "Cache-Control")
                }),
        @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the ETag"),
        @APIResponse(
                responseCode = "404",
                description = "No ruleset with this hash, or no such key in it (Cache-Control: no-store)",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    })
    @RolesAllowed({Roles.REFERRER, Roles.MDT_CLINICIAN, Roles.GOVERNANCE, Roles.CLINICAL_SAFETY_OFFICER})
    public Response text(
            @PathParam("hash")
                    @Parameter(
                            description = "The ruleset's content hash as answers carry it, sha256:<hex> (the ':' "
                                    + "raw or URL-encoded as %3A)")
                    String hash,
            @PathParam("kind")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "rules",
                                                "figures",
                                                "sources",
                                                "statements",
                                                "outcomes",
                                                "algorithms",
                                                "devices"
                                            }))
                    String kind,
            @PathParam("key")
                    @Parameter(
                            description =
                                    "rule id, figure key, source key, statement key, concern, algorithm id or device id")
                    String key,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return text(hash, Kind.of(kind).orElseThrow(), key, ifNoneMatch);
    }

    /** The one way every kind is served: found, 304 on a matching ETag, or a 404 that is not cached. */
    private Response text(String hash, Kind kind, String key, String ifNoneMatch) {
        Optional<RulesetTexts> texts = rulesets.texts(hash.strip().toLowerCase(Locale.ROOT));
        if (texts.isEmpty()) {
            return notFound("No ruleset this service holds has this content hash.");
        }
        Optional<byte[]> body = texts.get().entry(kind, key);
        if (body.isEmpty()) {
            return notFound("Ruleset " + texts.get().version() + " has no " + kind.segment() + " entry with this key.");
        }
        String etag = etag(body.get());
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                    .build();
        }
        return Response.ok(body.get(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .build();
    }

    private static Response notFound(String detail) {
        return Response.fromResponse(ProblemMappers.problem(404, "not-found", "Not found", detail, List.of()))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    /** A strong validator over the body bytes. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** If-None-Match: {@code *} or a list of ETags, weak ones compared by their opaque part (RFC 9110 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }
}
