package org.camino.platform.control;

import org.camino.cases.boundary.PersonForm;
import org.camino.cases.entity.Person;
import org.camino.missions.entity.Mission;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadedPropertiesOnlyTest {

    @Test
    void formsAreNotPersistentEntitiesAndTheirLazyProxiesAre() {
        assertFalse(LoadedPropertiesOnly.persistent(PersonForm.class));
        assertFalse(LoadedPropertiesOnly.persistent(String.class));
        assertTrue(LoadedPropertiesOnly.persistent(Person.class));
        assertTrue(LoadedPropertiesOnly.persistent(Mission.class));
        // a Hibernate proxy is a subclass of its entity, without the annotation
        class LazyMission extends Mission {
        }
        assertTrue(LoadedPropertiesOnly.persistent(LazyMission.class));
    }

    @Test
    void theModulesValidationXmlNamesIt() throws Exception {
        try (InputStream xml = LoadedPropertiesOnly.class.getResourceAsStream("/META-INF/validation.xml")) {
            assertNotNull(xml, "META-INF/validation.xml of the EJB module");
            DocumentBuilderFactory parser = DocumentBuilderFactory.newInstance();
            parser.setNamespaceAware(true);
            String resolver = parser.newDocumentBuilder().parse(xml)
                    .getElementsByTagNameNS("*", "traversable-resolver").item(0).getTextContent().strip();
            assertEquals(LoadedPropertiesOnly.class.getName(), resolver);
        }
    }
}
