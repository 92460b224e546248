package org.idds.cds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.idds.cds.audit.StoredAssessment;
import org.idds.cds.kernel.AnswerFormat;
import org.idds.cds.ruleset.FullView;
import org.idds.cds.ruleset.RulesetTexts;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.web.Problem.FieldError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The views of a stored answer ({@code GET /api/v1/assessments/{id}}): without {@code view}, the stored bytes exactly;
 * {@code view=full}, the stored compact answer (format {@value AnswerFormat#ANSWER_2}) with every ruleset text it names
 * expanded by key ({@link FullView}, from the ruleset's texts read by the row's content hash, no compile), answered
 * with {@code X-View: full}. A row in an older format ({@value AnswerFormat#ANSWER_1}: every text was inline) is
 * returned as stored, with {@code X-View: stored}. A ruleset this service does not hold is a 409 problem. {@code view}
 * on a POST (any endpoint) is a 400 naming the parameter.
 */
@ApplicationScoped
public class AnswerViews {

    /** The query parameter that asks for a view. */
    public static final String PARAMETER = "view";

    /** The one view besides the stored bytes. */
    public static final String FULL = "full";

    /** The response header naming the view given: {@value #FULL}, or {@code stored} for the stored bytes as they are. */
    public static final String HEADER = "X-View";

    private final Rulesets rulesets;
    private final ObjectMapper json;

    public AnswerViews(Rulesets rulesets, ObjectMapper json) {
        this.rulesets = rulesets;
        this.json = json;
    }

    /** A 400 naming {@code view} unless {@code view} is absent or {@value #FULL}; checked before the row is read. */
    public static Optional<Response> refused(Optional<String> view) {
        if (view.isEmpty() || view.get().equals(FULL)) {
            return Optional.empty();
        }
        return Optional.of(badView("must be \"" + FULL + "\" or left out"));
    }

    /** The stored answer in the asked view (absent: the stored bytes exactly). */
    public Response render(StoredAssessment stored, Optional<String> view) {
        if (view.isEmpty()) {
            return withRuleset(Response.ok(stored.responseJson(), MediaType.APPLICATION_JSON), stored)
                    .build();
        }
        if (!AnswerFormat.ANSWER_2.equals(stored.answerFormat())) {
            // an older format carried its ruleset text inline: it is its own full view
            return withRuleset(Response.ok(stored.responseJson(), MediaType.APPLICATION_JSON), stored)
                    .header(HEADER, "stored")
                    .build();
        }
        Optional<RulesetTexts> texts = rulesets.texts(stored.rulesetHash().toLowerCase(Locale.ROOT));
        if (texts.isEmpty()) {
            return ProblemMappers.problem(
                    409,
                    "ruleset-unavailable",
                    "Ruleset version not held",
                    "The assessment was made with a ruleset this service does not hold, so its full view cannot be "
                            + "written here; the stored answer is read without view.",
                    List.of());
        }
        String body;
        try {
            JsonNode compact = json.readTree(stored.responseJson());
            body = json.writeValueAsString(FullView.of(compact, texts.get()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer is JSON", e);
        }
        return withRuleset(Response.ok(body, MediaType.APPLICATION_JSON), stored)
                .header(HEADER, FULL)
                .build();
    }

    private static Response.ResponseBuilder withRuleset(Response.ResponseBuilder response, StoredAssessment stored) {
        return response.header("X-Ruleset-Version", stored.rulesetVersion())
                .header("X-Ruleset-Hash", stored.rulesetHash());
    }

    /** {@code view} on a POST: every POST answers with the compact answer only, so the parameter is refused. */
    @ServerRequestFilter(priority = Priorities.USER - 10)
    public Optional<Response> noViewOnPost(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod())
                && request.getUriInfo().getQueryParameters().containsKey(PARAMETER)) {
            return Optional.of(badView("is not accepted on a POST: a POST answers the compact answer; read the full "
                    + "view with GET /api/v1/assessments/{id}?view=full"));
        }
        return Optional.empty();
    }

    private static Response badView(String message) {
        return ProblemMappers.problem(
                400,
                "invalid-request",
                "Invalid request",
                "The query parameter view is not acceptable; nothing was assessed or stored.",
                List.of(new FieldError(PARAMETER, message)));
    }
}
