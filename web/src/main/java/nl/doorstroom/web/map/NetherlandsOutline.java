package nl.doorstroom.web.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.doorstroom.solver.domain.Location;

/**
 * The municipal outlines of the Netherlands (CBS / PDOK) as SVG paths, projected once at start-up.
 * The projection is equirectangular around 52.2°N: at the scale of the country it keeps shapes right.
 */
@Component
public class NetherlandsOutline {

    static final String RESOURCE = "nl/doorstroom/reference/municipalities-2025.geojson";
    static final double WEST = 3.3;
    static final double EAST = 7.3;
    static final double NORTH = 53.6;
    static final double SOUTH = 50.7;
    static final double WIDTH = 600;
    private static final double X_SCALE = Math.cos(Math.toRadians(52.2));
    static final double HEIGHT = WIDTH * (NORTH - SOUTH) / ((EAST - WEST) * X_SCALE);

    /** One municipality's outline. */
    public record Municipality(String code, String name, String path) {
    }

    private final List<Municipality> municipalities;

    public NetherlandsOutline(ObjectMapper json) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the application lacks " + RESOURCE);
            }
            municipalities = parse(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Municipality> municipalities() {
        return municipalities;
    }

    public double width() {
        return WIDTH;
    }

    public double height() {
        return HEIGHT;
    }

    public double x(Location location) {
        return x(location.longitude());
    }

    public double y(Location location) {
        return y(location.latitude());
    }

    private static double x(double longitude) {
        return (longitude - WEST) / (EAST - WEST) * WIDTH;
    }

    private static double y(double latitude) {
        return (NORTH - latitude) / (NORTH - SOUTH) * HEIGHT;
    }

    private static List<Municipality> parse(JsonNode collection) {
        List<Municipality> result = new ArrayList<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode geometry = feature.path("geometry");
            StringBuilder path = new StringBuilder();
            if ("Polygon".equals(geometry.path("type").asText())) {
                polygon(geometry.path("coordinates"), path);
            } else {
                for (JsonNode polygon : geometry.path("coordinates")) {
                    polygon(polygon, path);
                }
            }
            JsonNode properties = feature.path("properties");
            result.add(new Municipality(properties.path("statcode").asText(), properties.path("statnaam").asText(),
                    path.toString()));
        }
        return List.copyOf(result);
    }

    private static void polygon(JsonNode rings, StringBuilder path) {
        for (JsonNode ring : rings) {
            boolean first = true;
            for (JsonNode point : ring) {
                path.append(first ? 'M' : 'L')
                        .append(String.format(Locale.ROOT, "%.1f,%.1f", x(point.get(0).asDouble()),
                                y(point.get(1).asDouble())));
                first = false;
            }
            path.append('Z');
        }
    }
}
