package org.camino.web.security;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersTest {

    /** PrimeFaces' policy replaces the default one on its pages: both must say the same, with script-src last. */
    @Test
    void thePrimeFacesPolicyIsTheDefaultPolicy() throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile()).getDocumentElement();
        NodeList params = root.getElementsByTagName("context-param");
        String configured = null;
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if (param.getElementsByTagName("param-name").item(0).getTextContent().trim().equals("primefaces.CSP_POLICY")) {
                configured = param.getElementsByTagName("param-value").item(0).getTextContent().trim();
            }
        }
        assertEquals(SecurityHeaders.PAGE_CSP, configured);
        assertTrue(SecurityHeaders.PAGE_CSP.endsWith("script-src 'self'"), "PrimeFaces appends the nonce to the last directive");
        assertTrue(!SecurityHeaders.PAGE_CSP.substring(SecurityHeaders.PAGE_CSP.indexOf("script-src")).contains("unsafe"));
    }
}
