package nl.doorstroom.web.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Accounts for the password check. One that was invited but has no password yet cannot sign in with one. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findById(username).filter(Account::hasPassword).map(CurrentUser::new)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
