package io.greenwave.security.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that changes nothing — a prediction, a batch of predictions — so that the audit
 * trail does not record it. Field controllers ask for decisions many times a second; an audit row
 * for each would bury the changes the trail exists to show and cost a database write per decision.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NotAudited {}
