/** Command-line entry: run a scenario file with a named controller and print metrics as JSON. */
package io.greenwave.simulator.cli;
