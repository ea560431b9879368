package nl.doorstroom.web.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<Account, String> {

    @Query("select * from app_user where lower(email) = lower(:email)")
    Optional<Account> findByEmail(String email);

    @Query("select * from app_user order by role, username")
    List<Account> listAll();

    @Query("select count(*) > 0 from app_user where role = 'COORDINATOR' and enabled and password_hash is not null")
    boolean hasActiveCoordinator();

    @Modifying
    @Query("update app_user set password_hash = :passwordHash where username = :username")
    int setPassword(String username, String passwordHash);

    @Modifying
    @Query("update app_user set enabled = :enabled where username = :username")
    int setEnabled(String username, boolean enabled);

    @Modifying
    @Query("update app_user set language = :language where username = :username and language is distinct from :language")
    int setLanguage(String username, String language);

    @Query("select language from app_user where lower(email) = lower(:email) and language is not null")
    Optional<String> languageOfAddress(String email);

    @Query("""
            select language from app_user where programme_id = :programmeId and participant_id = :participantId
            and language is not null order by enabled desc limit 1""")
    Optional<String> languageOfParticipant(long programmeId, String participantId);

    @Query("select name from programme where id = :programmeId")
    Optional<String> programmeName(long programmeId);
}
