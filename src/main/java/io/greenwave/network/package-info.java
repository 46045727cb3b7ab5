/**
 * The road network as traffic engineers describe it: intersections with their approaches, lane
 * groups, signal phases and timing limits, and the links that join intersections into corridors and
 * grids. Owns the {@code intersection}, {@code lane_group}, {@code signal_phase} and {@code
 * road_link} tables and the {@code /api/intersections} and {@code /api/links} resources.
 */
package io.greenwave.network;
