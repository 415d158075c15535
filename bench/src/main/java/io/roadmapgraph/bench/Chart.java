package io.roadmapgraph.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A PNG of p50 latency against graph size, one panel per operation (three to a row), one line per side, named with
 * its fitted exponent when the report gives one; both axes logarithmic. Plain java.awt, headless.
 */
final class Chart {

    /** One point: graph size (topics) and p50 latency in ms. */
    record Point(int topics, double p50Ms) {
    }

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0x9467bd), new Color(0xff7f0e)};
    private static final int PANEL_W = 420;
    private static final int PANEL_H = 400;
    private static final int COLUMNS = 3;
    private static final int LEGEND_COLUMNS = 2;
    private static final int LEGEND_W = 170;
    private static final int LEGEND_LINE = 15;
    private static final int LEFT = 60;
    private static final int RIGHT = 15;
    private static final int TOP = 40;
    private static final int BOTTOM = 90;

    private Chart() {
    }

    /** @param panels operation -> side -> points (ascending by size) */
    static void write(Map<String, Map<String, List<Point>>> panels, Path file) {
        System.setProperty("java.awt.headless", "true");
        int columns = Math.max(1, Math.min(COLUMNS, panels.size()));
        int rows = Math.max(1, (panels.size() + COLUMNS - 1) / COLUMNS);
        int width = PANEL_W * columns;
        int height = PANEL_H * rows;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int i = 0;
        for (Map.Entry<String, Map<String, List<Point>>> panel : panels.entrySet()) {
            panel(g, PANEL_W * (i % COLUMNS), PANEL_H * (i / COLUMNS), panel.getKey(), panel.getValue());
            i++;
        }
        g.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void panel(Graphics2D g, int x0, int y0, String title, Map<String, List<Point>> series) {
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        double minY = Double.MAX_VALUE;
        double maxY = 0;
        for (List<Point> points : series.values()) {
            for (Point p : points) {
                minX = Math.min(minX, p.topics());
                maxX = Math.max(maxX, p.topics());
                minY = Math.min(minY, p.p50Ms());
                maxY = Math.max(maxY, p.p50Ms());
            }
        }
        if (maxX == 0) {
            return;
        }
        double lx0 = Math.floor(Math.log10(minX));
        double lx1 = Math.max(lx0 + 1, Math.ceil(Math.log10(maxX)));
        double ly0 = Math.floor(Math.log10(Math.max(minY, 1e-4)));
        double ly1 = Math.max(ly0 + 1, Math.ceil(Math.log10(Math.max(maxY, 1e-4))));
        int plotW = PANEL_W - LEFT - RIGHT;
        int plotH = PANEL_H - TOP - BOTTOM;
        int px = x0 + LEFT;
        int py = y0 + TOP;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title + " (p50)", px, y0 + 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawRect(px, py, plotW, plotH);
        for (double e = lx0; e <= lx1; e++) {
            int x = px + (int) ((e - lx0) / (lx1 - lx0) * plotW);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, py, x, py + plotH);
            g.setColor(Color.BLACK);
            g.drawString(label(Math.pow(10, e)), x - 10, py + plotH + 15);
        }
        for (double e = ly0; e <= ly1; e++) {
            int y = py + plotH - (int) ((e - ly0) / (ly1 - ly0) * plotH);
            g.setColor(new Color(0xdddddd));
            g.drawLine(px, y, px + plotW, y);
            g.setColor(Color.BLACK);
            g.drawString(label(Math.pow(10, e)), x0 + 5, y + 4);
        }
        g.drawString("topics", px + plotW / 2 - 15, py + plotH + 32);
        g.drawString("ms", x0 + 5, py - 8);
        int c = 0;
        int legend = 0;
        for (Map.Entry<String, List<Point>> s : series.entrySet()) {
            Color color = COLORS[c++ % COLORS.length];
            g.setColor(color);
            g.setStroke(new BasicStroke(2f));
            int prevX = -1;
            int prevY = -1;
            for (Point p : s.getValue()) {
                int x = px + (int) ((Math.log10(p.topics()) - lx0) / (lx1 - lx0) * plotW);
                int y = py + plotH - (int) ((Math.log10(Math.max(p.p50Ms(), 1e-4)) - ly0) / (ly1 - ly0) * plotH);
                g.fillOval(x - 3, y - 3, 7, 7);
                if (prevX >= 0) {
                    g.drawLine(prevX, prevY, x, y);
                }
                prevX = x;
                prevY = y;
            }
            int legendX = px + (legend % LEGEND_COLUMNS) * LEGEND_W;
            int legendY = py + plotH + 50 + (legend / LEGEND_COLUMNS) * LEGEND_LINE;
            legend++;
            g.fillRect(legendX, legendY - 8, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(s.getKey(), legendX + 14, legendY + 1);
        }
    }

    private static String label(double value) {
        if (value >= 1000) {
            return String.format(Locale.ROOT, "%.0fk", value / 1000);
        }
        return value >= 1 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.4g", value);
    }
}
