package nl.doorstroom.web.token;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

import nl.doorstroom.web.account.Accounts;

/** Makes the API's bearer-token filter, which the security configuration puts in front of HTTP Basic. */
@Component
public class BearerTokens {

    private final ApiTokens tokens;
    private final Accounts accounts;

    BearerTokens(ApiTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    public BearerTokenFilter filter(AuthenticationEntryPoint entryPoint) {
        return new BearerTokenFilter(tokens, accounts, entryPoint);
    }
}
