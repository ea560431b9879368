package nl.doorstroom.web.account;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final FailedLogins failedLogins;

    AccountDetailsService(AccountRepository accounts, FailedLogins failedLogins) {
        this.accounts = accounts;
        this.failedLogins = failedLogins;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (failedLogins.isLocked(username)) {
            throw new LockedException("Too many failed logins; try again in a few minutes");
        }
        return accounts.findById(username).map(CurrentUser::new)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
