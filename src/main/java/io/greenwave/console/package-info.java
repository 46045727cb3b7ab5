/**
 * The console: the browser pages where traffic engineers and operators run Greenwave (dashboard,
 * intersections, data, training, model registry, performance, system, administration). Views in
 * {@code boundary} are thin: every read and change goes through the same control classes as the
 * API, so a rule holds the same whether it is hit from a browser or a field controller. Signing in
 * uses the same user store as the API (see {@link io.greenwave.console.boundary.ConsoleAccess}).
 */
package io.greenwave.console;
