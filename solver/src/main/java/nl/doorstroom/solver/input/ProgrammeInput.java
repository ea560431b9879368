package nl.doorstroom.solver.input;

import java.util.List;

/**
 * Everything a programme is made of, as typed records, before it is checked: what a programme folder, the
 * database or a form gives the {@link ProgrammeAssembler}. A null settings record or participant list means that
 * part could not be read at all (already reported), so nothing that refers to it is checked against it.
 *
 * @param organisations the programme's own organisations: additions to the reference and corrections of it
 * @param compatibility pairs that replace the reference table's
 * @param readProblems what the reader of the input found already (unreadable files, values of the wrong type)
 */
public record ProgrammeInput(SettingsRecord settings, List<OrganisationRecord> organisations,
        List<CompatibilityRecord> compatibility, List<ParticipantRecord> participants, List<HistoryRecord> history,
        List<DistanceRecord> distances, List<CapacityRecord> capacity, List<WishRecord> wishes,
        List<PlacementRecord> placements, List<InputProblem> readProblems) {

    public ProgrammeInput {
        organisations = List.copyOf(organisations);
        compatibility = List.copyOf(compatibility);
        participants = participants == null ? null : List.copyOf(participants);
        history = List.copyOf(history);
        distances = List.copyOf(distances);
        capacity = capacity == null ? null : List.copyOf(capacity);
        wishes = List.copyOf(wishes);
        placements = List.copyOf(placements);
        readProblems = List.copyOf(readProblems);
    }

    public ProgrammeInput withSettings(SettingsRecord changed) {
        return new ProgrammeInput(changed, organisations, compatibility, participants, history, distances, capacity,
                wishes, placements, readProblems);
    }

    public ProgrammeInput withParticipants(List<ParticipantRecord> changed) {
        return new ProgrammeInput(settings, organisations, compatibility, changed, history, distances, capacity,
                wishes, placements, readProblems);
    }

    public ProgrammeInput withCapacity(List<CapacityRecord> changed) {
        return new ProgrammeInput(settings, organisations, compatibility, participants, history, distances, changed,
                wishes, placements, readProblems);
    }

    public ProgrammeInput withWishes(List<WishRecord> changed) {
        return new ProgrammeInput(settings, organisations, compatibility, participants, history, distances, capacity,
                changed, placements, readProblems);
    }

    /** The input with more problems of reading, such as a form's fields of the wrong type. */
    public ProgrammeInput withReadProblems(List<InputProblem> more) {
        List<InputProblem> all = new java.util.ArrayList<>(readProblems);
        all.addAll(more);
        return new ProgrammeInput(settings, organisations, compatibility, participants, history, distances, capacity,
                wishes, placements, all);
    }

    public ProgrammeInput withPlacements(List<PlacementRecord> changed) {
        return new ProgrammeInput(settings, organisations, compatibility, participants, history, distances, capacity,
                wishes, changed, readProblems);
    }
}
