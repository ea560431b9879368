package nl.doorstroom.web.solving;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The best score of a job over time as an SVG polyline inside a plot area with a time axis (seconds) and a score
 * axis (higher is better). Hard and medium penalties dominate the soft score, so the line shows a weighted total:
 * it always goes up when the plan gets better. Every point is also kept as a row, the chart's text alternative.
 */
@Component
class ScoreChart {

    /** The plot area inside the SVG; the axes' labels sit left of and below it. */
    static final double LEFT = 20;
    static final double TOP = 6;
    static final double WIDTH = 300;
    static final double HEIGHT = 70;

    /** One best score and when it was found, in seconds since the first. */
    record Sample(long seconds, String score) {
    }

    record Chart(String points, String first, String last, int count, long seconds, List<Sample> samples) {
    }

    private final JdbcClient jdbc;

    ScoreChart(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Chart of(long jobId) {
        record Point(OffsetDateTime at, String score) {
        }
        List<Point> points = jdbc.sql("select at, score from solver_job_score where job_id = ? order by at")
                .param(jobId).query((rs, i) -> new Point(rs.getObject(1, OffsetDateTime.class), rs.getString(2)))
                .list();
        if (points.isEmpty()) {
            return new Chart("", "", "", 0, 0, List.of());
        }
        OffsetDateTime start = points.get(0).at();
        double lastSeconds = Math.max(1, Duration.between(start, points.get(points.size() - 1).at()).toMillis() / 1000.0);
        List<Double> values = points.stream().map(p -> total(p.score())).toList();
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double range = Math.max(1, max - min);
        List<String> coordinates = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            double seconds = Duration.between(start, points.get(i).at()).toMillis() / 1000.0;
            double x = LEFT + seconds / lastSeconds * WIDTH;
            double y = TOP + HEIGHT - (values.get(i) - min) / range * (HEIGHT - 4) - 2;
            coordinates.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            samples.add(new Sample(Math.round(seconds), points.get(i).score()));
        }
        return new Chart(String.join(" ", coordinates), points.get(0).score(), points.get(points.size() - 1).score(),
                points.size(), Math.round(lastSeconds), samples);
    }

    /** One number that orders scores like the solver does, compressed so the soft part stays visible. */
    static double total(String score) {
        HardMediumSoftLongScore s = HardMediumSoftLongScore.parseScore(score);
        return s.hardScore() * 1e9 + s.mediumScore() * 1e6 + Math.signum(s.softScore()) * Math.log1p(Math.abs(s.softScore())) * 1e3;
    }
}
