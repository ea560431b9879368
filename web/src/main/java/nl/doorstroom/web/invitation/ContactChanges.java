package nl.doorstroom.web.invitation;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.account.EmailAddresses;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.programme.OrganisationRepository;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;

/**
 * A host's contact addresses, changed by a coordinator or by the host itself; another host gets 404, as if the
 * organisation's contacts did not exist. Every change is audited.
 */
@Service
class ContactChanges {

    private final HostContacts contacts;
    private final AuditLog audit;
    private final OrganisationRepository organisations;

    ContactChanges(HostContacts contacts, AuditLog audit, OrganisationRepository organisations) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.audit = audit;
    }

    List<HostContacts.Contact> of(String code, CurrentUser user) {
        return contacts.of(visible(code, user));
    }

    @Transactional
    String add(String code, String email, CurrentUser user) {
        String organisation = visible(code, user);
        String address = EmailAddresses.normalise(email);
        if (!contacts.add(organisation, address, user.getUsername())) {
            throw new ConflictException("exists", address + " is already a contact of " + organisation);
        }
        audit.record(user.getUsername(), "contact.add", null, AuditLog.About.hosts(organisation), "organisation " + organisation, null, address);
        return address;
    }

    @Transactional
    void remove(String code, String email, CurrentUser user) {
        String organisation = visible(code, user);
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!contacts.remove(organisation, address)) {
            throw new NotFoundException("no contact " + address + " at " + organisation);
        }
        audit.record(user.getUsername(), "contact.remove", null, AuditLog.About.hosts(organisation), "organisation " + organisation, address, null);
    }

    private String visible(String code, CurrentUser user) {
        String organisation = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!(user.isCoordinator() || user.isHostOf(organisation)) || !organisations.isKnown(organisation)) {
            throw new NotFoundException("no organisation " + organisation);
        }
        return organisation;
    }
}
