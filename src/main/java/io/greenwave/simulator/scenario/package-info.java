/**
 * A scenario: network, demand, signal plans, controller, seeds and horizon, as one record and as
 * the documented JSON scenario file ({@link io.greenwave.simulator.scenario.ScenarioFile}).
 */
package io.greenwave.simulator.scenario;
