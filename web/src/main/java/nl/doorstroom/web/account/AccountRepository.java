package nl.doorstroom.web.account;

import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<Account, String> {
}
