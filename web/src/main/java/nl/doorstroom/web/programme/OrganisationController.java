package nl.doorstroom.web.programme;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.system.NotFoundException;

/** Dutch public organisations: public facts, readable by every signed-in user. */
@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "Municipalities, provinces, water boards, ministries and pool employers")
class OrganisationController {

    record OrganisationView(String code, String name, String layer, String sector, String town, String province,
            double latitude, double longitude, Integer population) {
    }

    private static final String SELECT = """
            select code, name, layer, sector, town, province, latitude, longitude, population from organisation""";

    private final JdbcClient jdbc;

    OrganisationController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    List<OrganisationView> list(@RequestParam(required = false) String layer,
            @RequestParam(required = false, name = "q") String nameContains) {
        String like = nameContains == null ? "%" : "%" + nameContains.toLowerCase(Locale.ROOT) + "%";
        return jdbc.sql(SELECT + " where (cast(:layer as text) is null or layer = :layer) and lower(name) like :like"
                + " order by code")
                .param("layer", layer == null ? null : layer.toUpperCase(Locale.ROOT))
                .param("like", like)
                .query(OrganisationView.class).list();
    }

    @GetMapping("/{code}")
    OrganisationView get(@PathVariable String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code.toUpperCase(Locale.ROOT))
                .query(OrganisationView.class).optional()
                .orElseThrow(() -> new NotFoundException("no organisation " + code));
    }
}
