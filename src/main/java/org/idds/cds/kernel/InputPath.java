package org.idds.cds.kernel;

/** An input a concern reads, named by its path in the request (for example {@code pain.worstScore}). */
public interface InputPath {

    String path();
}
