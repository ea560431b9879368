package nl.doorstroom.web.invitation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.web.account.Accounts;
import nl.doorstroom.web.programme.OrganisationRepository;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.Problem;

/**
 * Invites the people of hosts and participants, all of them or the chosen ones. Each gets an account bound to
 * their host or to themselves and a mailed one-time link to choose a password. All or nothing: when one address
 * cannot be invited, nobody is, and every problem is listed.
 */
@Service
public class Invitations {

    /** What was done, by address (or participant id for those without an address). */
    public record Report(List<String> invited, List<String> alreadyActive, List<String> withoutAddress) {
    }

    private final Accounts accounts;
    private final HostContacts contacts;
    private final InvitationQueries queries;
    private final OrganisationRepository organisations;

    Invitations(Accounts accounts, HostContacts contacts, InvitationQueries queries,
            OrganisationRepository organisations) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.organisations = organisations;
        this.queries = queries;
    }

    /**
     * The hosts a coordinator can invite: those declaring capacity in a programme, named as their newest programme
     * names them, and those with contacts listed; by name.
     */
    List<InvitationQueries.Host> hosts(Set<String> withContacts) {
        Map<String, InvitationQueries.Host> byCode = new HashMap<>();
        queries.declaringHosts().forEach(host -> byCode.put(host.code(), host));
        Map<String, String> names = organisations.namesOf(withContacts);
        withContacts.forEach(code -> byCode.computeIfAbsent(code,
                c -> new InvitationQueries.Host(c, names.getOrDefault(c, c))));
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        return byCode.values().stream().sorted(Comparator.comparing(InvitationQueries.Host::name, dutch)
                .thenComparing(InvitationQueries.Host::code)).toList();
    }

    /** Every contact of the chosen hosts (of every host with contacts when none are chosen). */
    @Transactional
    public Report hosts(List<String> chosen, String by, Locale locale) {
        Map<String, List<HostContacts.Contact>> all = contacts.all();
        List<String> codes = chosen == null || chosen.isEmpty() ? new ArrayList<>(all.keySet()) : chosen;
        List<Problem> problems = new ArrayList<>();
        for (String code : codes) {
            if (!organisations.isKnown(code)) {
                problems.add(Problem.of("invitation.unknownHost", "organisations: no organisation " + code, code));
            }
        }
        failIf(problems);
        Outcomes outcomes = new Outcomes();
        for (String code : codes) {
            List<HostContacts.Contact> hostContacts = all.getOrDefault(code, List.of());
            if (hostContacts.isEmpty()) {
                outcomes.withoutAddress.add(code);
            }
            for (HostContacts.Contact contact : hostContacts) {
                outcomes.record(contact.email(), problems,
                        () -> accounts.inviteHost(code, contact.email(), by, locale));
            }
        }
        failIf(problems);
        return outcomes.report();
    }

    /** The chosen participants of a programme (all of them when none are chosen) who have an address. */
    @Transactional
    public Report participants(long programmeId, List<String> chosen, String by, Locale locale) {
        if (!queries.programmeExists(programmeId)) {
            throw new NotFoundException("no programme " + programmeId);
        }
        List<InvitationQueries.Invitee> participants = queries.participants(programmeId);
        Set<String> known = new HashSet<>();
        participants.forEach(p -> known.add(p.id()));
        List<Problem> problems = new ArrayList<>();
        if (chosen != null) {
            chosen.stream().filter(id -> !known.contains(id)).forEach(id -> problems.add(Problem.of(
                    "invitation.unknownParticipant", "participants: no participant " + id + " in this programme", id)));
        }
        failIf(problems);
        Outcomes outcomes = new Outcomes();
        for (InvitationQueries.Invitee p : participants) {
            if (chosen != null && !chosen.isEmpty() && !chosen.contains(p.id())) {
                continue;
            }
            if (p.email() == null || p.email().isBlank()) {
                outcomes.withoutAddress.add(p.id());
                continue;
            }
            outcomes.record(p.email(), problems,
                    () -> accounts.inviteParticipant(programmeId, p.id(), p.email(), by, locale));
        }
        failIf(problems);
        return outcomes.report();
    }

    @Transactional
    public Report coordinator(String email, String by, Locale locale) {
        Outcomes outcomes = new Outcomes();
        List<Problem> problems = new ArrayList<>();
        outcomes.record(email, problems, () -> accounts.inviteCoordinator(email, by, locale));
        failIf(problems);
        return outcomes.report();
    }

    private static void failIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw BadRequestException.of(problems);
        }
    }

    private static final class Outcomes {
        final List<String> invited = new ArrayList<>();
        final List<String> alreadyActive = new ArrayList<>();
        final List<String> withoutAddress = new ArrayList<>();

        void record(String email, List<Problem> problems, java.util.function.Supplier<Accounts.Outcome> invitation) {
            try {
                switch (invitation.get()) {
                    case INVITED -> invited.add(email);
                    case ALREADY_ACTIVE -> alreadyActive.add(email);
                }
            } catch (BadRequestException e) {
                problems.addAll(e.localizable());
            }
        }

        Report report() {
            return new Report(List.copyOf(invited), List.copyOf(alreadyActive), List.copyOf(withoutAddress));
        }
    }
}
