package nl.doorstroom.web.token;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.Problem;

/** Every signed-in user's own API tokens: make one (shown once), list them, revoke one. */
@RestController
@RequestMapping("/api/me/tokens")
@Tag(name = "Me (tokens)", description = "Personal API tokens for scripts, sent as Authorization: Bearer …")
class MyTokensController {

    static final int MAX_DAYS = 366;
    static final int MAX_NAME = 100;

    record TokenRequest(String name, Integer days) {
    }

    record CreatedToken(long id, String name, java.time.OffsetDateTime createdAt, java.time.OffsetDateTime expiresAt,
            String token) {
    }

    private final ApiTokens tokens;

    MyTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Make a token: name (1–100 characters) and days valid (1–366, default 90); the token is in this answer only")
    ResponseEntity<CreatedToken> create(@RequestBody(required = false) TokenRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        String name = request == null || request.name() == null ? "" : request.name().strip();
        int days = request == null || request.days() == null ? 90 : request.days();
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(Problem.of("token.name", "name: expected 1 to " + MAX_NAME + " characters", MAX_NAME));
        }
        if (days < 1 || days > MAX_DAYS) {
            problems.add(Problem.of("token.days", "days: expected 1 to " + MAX_DAYS + ", got " + days, MAX_DAYS, days));
        }
        if (!problems.isEmpty()) {
            throw BadRequestException.of(problems);
        }
        ApiTokens.NewToken made = tokens.create(user.getUsername(), name, days);
        ApiTokens.TokenView view = made.token();
        return ResponseEntity.created(URI.create("/api/me/tokens/" + view.id()))
                .body(new CreatedToken(view.id(), view.name(), view.createdAt(), view.expiresAt(), made.secret()));
    }

    @GetMapping
    @Operation(summary = "Own tokens, without the tokens themselves: id, name, made, expires, revoked")
    List<ApiTokens.TokenView> list(@AuthenticationPrincipal CurrentUser user) {
        return tokens.of(user.getUsername());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an own token; it stops working at once")
    void revoke(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        if (!tokens.revoke(user.getUsername(), id)) {
            throw new NotFoundException("no token " + id);
        }
    }
}
