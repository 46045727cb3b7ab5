/**
 * The demo installation: a network to explore (an isolated 4-phase intersection, a 3-intersection
 * arterial and a 2x2 grid) and weeks of realistic detector history for it, generated on the first
 * start of an empty database so that a newcomer sees Greenwave working without field data.
 */
package io.greenwave.demo;
