package io.greenwave.bench.learning;

import io.greenwave.learning.CurvePoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Draws learning curves (validation delay against episodes, log scale) as a PNG with Java2D. */
final class LearningCurvePlot {
  private static final int W = 900;
  private static final int H = 520;
  private static final int LEFT = 70;
  private static final int RIGHT = 240;
  private static final int TOP = 40;
  private static final int BOTTOM = 60;
  private static final Color[] COLORS = {
    new Color(0x1f77b4),
    new Color(0xd62728),
    new Color(0x2ca02c),
    new Color(0xff7f0e),
    new Color(0x9467bd),
    new Color(0x8c564b)
  };

  private LearningCurvePlot() {}

  static void write(Map<String, List<CurvePoint>> curves, double reference, Path file)
      throws IOException {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    double maxX =
        curves.values().stream()
            .flatMap(List::stream)
            .mapToInt(CurvePoint::episodes)
            .max()
            .orElse(1);
    double minY = Math.log10(10);
    double maxY = Math.log10(2000);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawRect(LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM);
    for (double y : new double[] {10, 20, 50, 100, 200, 500, 1000, 2000}) {
      int py = py(Math.log10(y), minY, maxY);
      g.setColor(new Color(0xdddddd));
      g.drawLine(LEFT, py, W - RIGHT, py);
      g.setColor(Color.BLACK);
      g.drawString(String.valueOf((int) y), LEFT - 40, py + 4);
    }
    for (int k = 0; k <= 4; k++) {
      int x = (int) (maxX * k / 4);
      g.drawString(String.valueOf(x), px(x, maxX) - 10, H - BOTTOM + 18);
    }
    g.drawString("training episodes", W / 2 - 100, H - 20);
    g.drawString(
        "validation mean delay, s/veh (log scale), 4-phase intersection v/c 0.82", LEFT, 25);
    int py = py(Math.log10(reference), minY, maxY);
    g.setColor(Color.GRAY);
    g.setStroke(
        new BasicStroke(
            1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    g.drawLine(LEFT, py, W - RIGHT, py);
    g.drawString("Webster", W - RIGHT + 5, py + 4);
    int k = 0;
    for (var e : curves.entrySet()) {
      Color c = COLORS[k % COLORS.length];
      g.setColor(c);
      g.setStroke(new BasicStroke(2));
      int prevX = -1;
      int prevY = -1;
      for (CurvePoint p : e.getValue()) {
        int x = px(p.episodes(), maxX);
        int y = py(Math.log10(Math.max(10, Math.min(2000, p.meanDelay()))), minY, maxY);
        if (prevX >= 0) {
          g.drawLine(prevX, prevY, x, y);
        }
        prevX = x;
        prevY = y;
      }
      g.fillRect(W - RIGHT + 10, TOP + 20 + 20 * k, 14, 4);
      g.setColor(Color.BLACK);
      g.drawString(e.getKey(), W - RIGHT + 30, TOP + 26 + 20 * k);
      k++;
    }
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
  }

  private static int px(double x, double maxX) {
    return LEFT + (int) ((W - LEFT - RIGHT) * x / maxX);
  }

  private static int py(double y, double minY, double maxY) {
    return H - BOTTOM - (int) ((H - TOP - BOTTOM) * (y - minY) / (maxY - minY));
  }
}
