package nl.doorstroom.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Recorded before and after values in words: field by field, only what changed, labels from the bundles. */
class ChangeWordingTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ChangeWording wording = new ChangeWording(bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    private static ChangeWording.Detail detail(String label, String before, String after) {
        return new ChangeWording.Detail(label, before, after);
    }

    @Test
    void aChangedRecordNamesOnlyTheFieldsThatDifferAndNeverTheVersion() {
        assertThat(wording.details(
                "DeclarationView[id=7, programmeId=1, hostCode=GM0828, hostName=Oss, periodId=2027-H1, discipline=, "
                        + "min=0, max=1, maxSalaryScale=null, version=0]",
                "DeclarationView[id=7, programmeId=1, hostCode=GM0828, hostName=Oss, periodId=2027-H1, discipline=, "
                        + "min=0, max=3, maxSalaryScale=10, version=1]", DUTCH))
                .containsExactly(detail("Maximum", "1", "3"), detail("Hoogste salarisschaal", "(geen)", "10"));
    }

    @Test
    void aValueWithCommasOrBracketsStaysOneField() {
        assertThat(wording.details("ParticipantView[id=T1, name=Bakker, A., home=Tilburg, version=0]",
                "ParticipantView[id=T1, name=Bakker-de Vries, A. [Anna], home=Tilburg, version=1]", DUTCH))
                .containsExactly(detail("Naam", "Bakker, A.", "Bakker-de Vries, A. [Anna]"));
    }

    @Test
    void aPlacementEditIsReadAsHostAndPinWithTheScoreAsARemark() {
        assertThat(wording.details("host PV30, not pinned, version 1",
                "host GM0828, pinned, version 2, plan score 0hard/0medium/-12soft", Locale.ENGLISH))
                .containsExactly(detail("Host organisation", "PV30", "GM0828"), detail("Pinned", "no", "yes"),
                        detail(null, null, "plan score 0hard/0medium/-12soft"));
        assertThat(wording.details("host -, not pinned, version 4", "host -, pinned, version 5", DUTCH))
                .containsExactly(detail("Vastgezet", "nee", "ja"));
    }

    @Test
    void aCreatedRecordListsItsFieldsAndPlainWordsStayAsTheyAre() {
        assertThat(wording.details(null, "WishView[id=3, hostCode=GM0828, hostName=Oss, periodId=null]", DUTCH))
                .containsExactly(detail("Gastorganisatie (code)", null, "GM0828"),
                        detail("Gastorganisatie", null, "Oss"), detail("Periode", null, "(geen)"));
        assertThat(wording.details("version 1", "version 2: 8 placements, score 0hard/0medium/0soft", DUTCH))
                .containsExactly(detail(null, "version 1", "version 2: 8 placements, score 0hard/0medium/0soft"));
        assertThat(wording.details(null, null, DUTCH)).isEmpty();
    }
}
