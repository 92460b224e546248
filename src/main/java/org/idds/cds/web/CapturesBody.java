package org.idds.cds.web;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the endpoints that read a JSON body: it must be sent as JSON ({@link JsonOnly}) and is kept exactly as
 * received for the audit ({@link ReceivedBodyCapture}).
 */
@NameBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface CapturesBody {}
