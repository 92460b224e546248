package org.idds.cds.kernel;

import java.util.List;

/** A rule fact that can say which patient inputs it carries, for the basis of a recommendation. */
public interface BasisFact {
    List<BasisItem> basis();
}
