package nl.doorstroom.web.programme;

import java.util.List;
import java.util.Locale;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Location;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Sector;
import nl.doorstroom.solver.input.Limits;
import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;

/** Dutch public organisations: public facts, readable by every signed-in user. */
@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "Municipalities, provinces, water boards, ministries and pool employers")
class OrganisationController {

    private final OrganisationRepository organisations;
    private final AuditLog audit;

    OrganisationController(OrganisationRepository organisations, AuditLog audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    @GetMapping
    List<OrganisationRepository.OrganisationView> list(@RequestParam(required = false) String layer,
            @RequestParam(required = false, name = "q") String nameContains) {
        return organisations.list(layer, nameContains);
    }

    /** A pool employer or other organisation the reference lacks; coordinators only, audited. */
    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    @Operation(summary = "Add an organisation the reference lacks, such as a pool employer")
    ResponseEntity<OrganisationRepository.OrganisationView> create(
            @RequestBody OrganisationRepository.OrganisationView organisation,
            @AuthenticationPrincipal CurrentUser user) {
        String code = organisation.code() == null ? "" : organisation.code().trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
            throw new BadRequestException("code: expected 2 to 20 letters, digits or '-', such as POOL-ZH");
        }
        if (organisation.name() == null || organisation.name().isBlank() || organisation.town() == null
                || organisation.town().isBlank()) {
            throw new BadRequestException("name and town: expected both to be filled in");
        }
        Layer layer = parse(Layer.class, organisation.layer(), "layer");
        Sector sector = parse(Sector.class, organisation.sector(), "sector");
        if (Math.abs(organisation.latitude()) > 90 || Math.abs(organisation.longitude()) > 180) {
            throw new BadRequestException("latitude and longitude: expected decimal degrees (-90..90, -180..180)");
        }
        if (organisation.name().strip().length() > Limits.TEXT_LENGTH
                || organisation.town().strip().length() > Limits.TEXT_LENGTH) {
            throw new BadRequestException("name and town: expected at most " + Limits.TEXT_LENGTH + " characters");
        }
        if (!organisations.insert(new Organisation(code, organisation.name().strip(), layer, sector,
                organisation.town().strip(), new Location(organisation.latitude(), organisation.longitude())))) {
            throw new ConflictException("exists", "organisation " + code + " exists already");
        }
        audit.record(user.getUsername(), "organisation.create", null, AuditLog.About.hosts(code), "organisation " + code, null,
                organisation.name() + " (" + layer + ", " + sector + ")");
        return ResponseEntity.created(URI.create("/api/organisations/" + code)).body(get(code));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(field + ": expected one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ", got '" + value + "'");
        }
    }

    @GetMapping("/{code}")
    OrganisationRepository.OrganisationView get(@PathVariable String code) {
        return organisations.find(code).orElseThrow(() -> new NotFoundException("no organisation " + code));
    }
}
