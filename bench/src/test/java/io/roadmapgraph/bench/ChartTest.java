package io.roadmapgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartTest {

    @Test
    void drawsOnePanelPerOperationAsAPng(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chart.png");
        Chart.write(Map.of(
                "prerequisites", Map.of("api", List.of(new Chart.Point(1_000, 2.5), new Chart.Point(10_000, 20))),
                "learning-path", Map.of("bolt", List.of(new Chart.Point(1_000, 0.5), new Chart.Point(10_000, 4)))),
                file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(840);
        assertThat(image.getHeight()).isGreaterThan(300);
    }

    @Test
    void putsThreePanelsToARowSoThatNineOperationsMakeAThreeByThreeGrid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chart.png");
        Map<String, Map<String, List<Chart.Point>>> panels = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            panels.put("operation-" + i, Map.of("api k=1.00", List.of(new Chart.Point(1_000, 1),
                    new Chart.Point(100_000, 100))));
        }
        Chart.write(panels, file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(3 * 420);
        assertThat(image.getHeight()).isEqualTo(3 * 400);
    }
}
