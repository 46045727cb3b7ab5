package io.greenwave.console.boundary;

import io.greenwave.console.control.LineChart;
import io.greenwave.network.control.IntersectionRepository;
import io.greenwave.network.entity.Intersection;
import io.greenwave.network.entity.LaneGroup;
import io.greenwave.platform.entity.FieldError;
import io.greenwave.platform.entity.ProblemException;
import io.greenwave.readings.control.ReadingBodyParser;
import io.greenwave.readings.control.ReadingIngest;
import io.greenwave.readings.control.ReadingStore;
import io.greenwave.readings.control.ReadingsCsv;
import io.greenwave.readings.control.Resolution;
import io.greenwave.readings.entity.IngestReport;
import io.greenwave.readings.entity.Reading;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * Detector data: upload CSV readings (lenient: good rows are stored, each bad row is reported with
 * its row number and field), browse them in a lazy paged table and a chart by lane group and
 * resolution, export them as CSV. Parsing and checks are the API's ({@link ReadingBodyParser},
 * {@link ReadingIngest}).
 */
@Named
@ViewScoped
public class DataView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest upload, in rows (the API's default batch limit). */
  static final int MAX_ROWS = 50_000;

  @Inject IntersectionRepository intersections;
  @Inject ReadingIngest ingest;
  @Inject ReadingStore store;
  @Inject ConsoleUser user;
  @Inject ConsoleAudit audit;

  private List<String> intersectionIds = List.of();
  private String intersectionId;
  private String laneGroup;
  private String resolution = Resolution.HOUR.label();
  private int days = 7;
  private IngestReport report;
  private String chartJson;
  private final Readings readings = new Readings();

  @PostConstruct
  void init() {
    intersectionIds = intersections.all().stream().map(Intersection::id).toList();
    intersectionId = intersectionIds.isEmpty() ? null : intersectionIds.get(0);
    refresh();
  }

  public void refresh() {
    if (intersectionId == null) {
      chartJson = new LineChart("vehicles").toJson();
      return;
    }
    Map<String, Map<String, Double>> byGroup = new TreeMap<>();
    store.stream(
        query(),
        0,
        5_000,
        r ->
            byGroup
                .computeIfAbsent(r.laneGroup(), g -> new LinkedHashMap<>())
                .put(LineChart.timeLabel(r.intervalStart()), (double) r.vehicleCount()));
    LineChart chart = new LineChart("vehicles per " + resolution);
    byGroup.forEach(chart::add);
    chartJson = chart.toJson();
  }

  ReadingStore.Query query() {
    OffsetDateTime to = OffsetDateTime.now(ZoneOffset.UTC);
    return new ReadingStore.Query(
        intersectionId,
        laneGroup == null || laneGroup.isBlank() ? null : laneGroup,
        to.minusDays(days),
        to.plusHours(1),
        Resolution.parse(resolution));
  }

  public void upload(FileUploadEvent event) throws IOException {
    user.requireOperator();
    try (InputStream in = new ByteArrayInputStream(event.getFile().getContent())) {
      report = ingest.ingest(intersectionId, ReadingBodyParser.csv(in, MAX_ROWS), true);
      audit.record(
          "upload",
          "/console/data/" + intersectionId,
          200,
          event.getFile().getFileName() + ": " + report.stored() + " stored, " + report.rejected());
      Messages.info(report.stored() + " readings stored, " + report.rejected() + " rows rejected");
    } catch (ProblemException refused) {
      report =
          new IngestReport(
              intersectionId, "lenient", 0, 0, refused.errors().size(), refused.errors());
      Messages.error(refused.getMessage());
    }
    refresh();
  }

  public StreamedContent getExport() {
    ReadingStore.Query q = query();
    return DefaultStreamedContent.builder()
        .name("readings-" + intersectionId + "-" + q.resolution().label() + ".csv")
        .contentType("text/csv")
        .stream(() -> new ByteArrayInputStream(ReadingsCsv.bytes(store, q)))
        .build();
  }

  /** Readings one page at a time: a year of 15-minute data is 35,000 rows per lane group. */
  public class Readings extends LazyDataModel<Reading> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      if (intersectionId == null) {
        return 0;
      }
      // the store counts raw rows; aggregated pages are counted by walking the (bounded) window
      int[] n = {0};
      store.stream(query(), 0, Integer.MAX_VALUE, r -> n[0]++);
      return n[0];
    }

    @Override
    public List<Reading> load(
        int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
      return intersectionId == null ? List.of() : store.find(query(), first, pageSize);
    }

    @Override
    public String getRowKey(Reading r) {
      return r.laneGroup() + "@" + r.intervalStart();
    }
  }

  public List<String> getLaneGroups() {
    return intersectionId == null
        ? List.of()
        : intersections.require(intersectionId).laneGroups().stream().map(LaneGroup::id).toList();
  }

  public List<String> getResolutions() {
    return java.util.Arrays.stream(Resolution.values()).map(Resolution::label).toList();
  }

  public List<FieldError> getErrors() {
    return report == null ? List.of() : report.errors();
  }

  public IngestReport getReport() {
    return report;
  }

  public Readings getReadings() {
    return readings;
  }

  public String getChartJson() {
    return chartJson;
  }

  public List<String> getIntersectionIds() {
    return intersectionIds;
  }

  public String getIntersectionId() {
    return intersectionId;
  }

  public void setIntersectionId(String intersectionId) {
    this.intersectionId = intersectionId;
  }

  public String getLaneGroup() {
    return laneGroup;
  }

  public void setLaneGroup(String laneGroup) {
    this.laneGroup = laneGroup;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = resolution;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
