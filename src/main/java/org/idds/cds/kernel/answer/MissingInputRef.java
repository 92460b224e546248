package org.idds.cds.kernel.answer;

import java.util.List;

/**
 * An input the answer is missing, listed once: the stage that collects it, what it means for the outcome
 * ({@code role}, a concern's own word such as REQUIRED, CONFIRM_BEFORE_IMPLANT or ADVISORY) and the ids of the
 * findings that need it.
 */
public record MissingInputRef(String input, String collectedAt, String role, List<String> findings) {

    public MissingInputRef {
        findings = List.copyOf(findings);
    }
}
