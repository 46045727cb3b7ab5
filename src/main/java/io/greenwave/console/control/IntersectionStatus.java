package io.greenwave.console.control;

/**
 * What the dashboard shows of one intersection: its active model versions, the latest field metrics
 * and the level of service they imply, and whether anything needs attention.
 *
 * @param forecaster active forecaster version ("v3") or null
 * @param policy active policy version or null
 * @param controller controller type of the latest field metric (e.g. {@code greenwave}) or null
 * @param latestWait average wait of the latest interval, s/veh, or null without field metrics
 * @param los HCM level of service A-F from {@code latestWait}, or null
 * @param alert a short alert text (drifting forecaster, LOS E/F) or null
 */
public record IntersectionStatus(
    String id,
    String name,
    Double latitude,
    Double longitude,
    String forecaster,
    String policy,
    String controller,
    Double latestWait,
    Double latestQueue,
    String los,
    String alert)
    implements java.io.Serializable {}
