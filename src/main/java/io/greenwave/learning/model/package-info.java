/**
 * What a learned policy knows: action values {@code Q(s, p)} for serving each phase, either as a
 * table over a discretised state ({@link io.greenwave.learning.model.TabularActionValues}) or as a
 * linear function of phase features ({@link io.greenwave.learning.model.LinearActionValues}).
 */
package io.greenwave.learning.model;
