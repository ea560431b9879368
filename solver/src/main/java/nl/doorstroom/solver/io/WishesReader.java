package nl.doorstroom.solver.io;

import java.util.ArrayList;
import java.util.List;

import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Wish;
import nl.doorstroom.solver.domain.WishSource;

/** wishes.csv: who would like which participant where. */
final class WishesReader {

    static final String FILE = "wishes.csv";
    static final Columns COLUMNS = Columns.of(List.of("participant", "host"), List.of("period", "by"));

    private WishesReader() {
    }

    static List<Wish> read(ReadContext context, Organisations organisations, Periods periods,
            Participants participants) {
        List<Wish> wishes = new ArrayList<>();
        context.table(FILE, COLUMNS, false).ifPresent(table -> {
            for (CsvRow row : table.rows()) {
                Participant participant = participants.find(row, "participant");
                String code = row.required("host", "a host organisation code");
                Organisation host = code == null ? null : organisations.find(row, "host", code);
                String periodId = row.text("period");
                Period period = periodId.isEmpty() ? null : periods.find(row, "period", periodId);
                WishSource by = row.enumValue("by", WishSource.class, WishSource.PARTICIPANT);
                if (participant != null && host != null && by != null && (periodId.isEmpty() || period != null)) {
                    wishes.add(new Wish(by, participant, host, period));
                }
            }
        });
        return wishes;
    }
}
