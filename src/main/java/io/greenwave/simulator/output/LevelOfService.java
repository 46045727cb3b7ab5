package io.greenwave.simulator.output;

/** HCM level of service of a signalised intersection, from control delay per vehicle. */
public enum LevelOfService {
  A,
  B,
  C,
  D,
  E,
  F;

  /** HCM thresholds: 10, 20, 35, 55 and 80 s/veh. */
  public static LevelOfService ofDelay(double secondsPerVehicle) {
    if (secondsPerVehicle <= 10) {
      return A;
    } else if (secondsPerVehicle <= 20) {
      return B;
    } else if (secondsPerVehicle <= 35) {
      return C;
    } else if (secondsPerVehicle <= 55) {
      return D;
    } else if (secondsPerVehicle <= 80) {
      return E;
    }
    return F;
  }
}
