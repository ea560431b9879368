package nl.doorstroom.solver.input;

import java.util.List;

/** The files of a programme folder (data/README.md), in the order they are read and their problems listed. */
public final class ProgrammeFiles {

    public static final String PROGRAMME = "programme.csv";
    public static final String ORGANISATIONS = "organisations.csv";
    public static final String COMPATIBILITY = "compatibility.csv";
    public static final String PARTICIPANTS = "participants.csv";
    public static final String HISTORY = "history.csv";
    public static final String DISTANCES = "distances.csv";
    public static final String CAPACITY = "capacity.csv";
    public static final String WISHES = "wishes.csv";
    public static final String PLACEMENTS = "placements.csv";

    public static final List<String> ALL = List.of(PROGRAMME, ORGANISATIONS, COMPATIBILITY, PARTICIPANTS, HISTORY,
            DISTANCES, CAPACITY, WISHES, PLACEMENTS);

    private ProgrammeFiles() {
    }
}
