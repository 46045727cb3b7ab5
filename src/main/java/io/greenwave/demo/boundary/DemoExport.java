package io.greenwave.demo.boundary;

import io.greenwave.demo.control.DemoRun;
import io.greenwave.demo.control.DemoSessions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /demo/export.csv?run=TOKEN}: the visitor's run so far as CSV (one row per chart point,
 * both sides; columns in {@link DemoRun#CSV_COLUMNS}), as a download. A run that has ended answers
 * 404 with a plain sentence, not an error page.
 */
@WebServlet("/demo/export.csv")
public class DemoExport extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject DemoSessions sessions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<DemoRun> run = sessions.run(request.getParameter("run"));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    if (run.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("text/plain");
      response
          .getWriter()
          .println("This demo run has ended. Reload the demo page to start a new one.");
      return;
    }
    DemoRun r = run.get();
    String name =
        "greenwave-demo-"
            + r.settings().scenario().key()
            + "-"
            + r.settings().baseline()
            + "-t"
            + r.time()
            + ".csv";
    response.setContentType("text/csv");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.getWriter().write(r.csv());
  }
}
