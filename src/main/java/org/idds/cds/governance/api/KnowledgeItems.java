package org.idds.cds.governance.api;

import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.idds.cds.web.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one way the knowledge endpoints serve the governed items of the active ruleset (rules, device models, trial
 * protocols): the list as views, one item by its id, and a 404 problem naming the kind of item when no item has the
 * id.
 */
public class KnowledgeItems {

    /** Every item, each as its API view. */
    static <T, V> List<V> views(Collection<T> items, Function<T, V> view) {
        return items.stream().map(view).toList();
    }

    /** The item whose id is {@code id}; a {@link KnowledgeItemNotFoundException} naming {@code kind} otherwise. */
    static <T> T byId(Collection<T> items, Function<T, String> idOf, String id, String kind) {
        return found(items.stream().filter(item -> idOf.apply(item).equals(id)).findFirst(), id, kind);
    }

    /** What was found for {@code id}; a {@link KnowledgeItemNotFoundException} naming {@code kind} otherwise. */
    static <T> T found(Optional<T> item, String id, String kind) {
        return item.orElseThrow(() -> new KnowledgeItemNotFoundException(kind, id));
    }

    @ServerExceptionMapper
    public Response notFound(KnowledgeItemNotFoundException e) {
        return ProblemMappers.problem(
                404, "not-found", "Not found", "No " + e.kind() + " of the active ruleset has this id.", List.of());
    }
}
