package nl.doorstroom.solver.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.doorstroom.solver.domain.Layer;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Sector;

class ReferenceOrganisationsTest {

    @Test
    void everyMunicipalityProvinceWaterBoardAndMinistry() {
        List<Organisation> all = ReferenceOrganisations.all();

        assertThat(all).filteredOn(o -> o.getLayer() == Layer.MUNICIPALITY).hasSize(342);
        assertThat(all).filteredOn(o -> o.getLayer() == Layer.PROVINCE).hasSize(12);
        assertThat(all).filteredOn(o -> o.getLayer() == Layer.WATER_BOARD).hasSize(21);
        assertThat(all).filteredOn(o -> o.getLayer() == Layer.MINISTRY).hasSize(12);
        assertThat(all).filteredOn(o -> o.getCode().equals("DEF")).singleElement()
                .extracting(Organisation::getSector).isEqualTo(Sector.DEFENSIE);
        assertThat(all).filteredOn(o -> o.getName().equals("Súdwest-Fryslân")).hasSize(1);
    }
}
