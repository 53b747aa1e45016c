package org.aicompare.system;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads XML responses with the JDK's namespace-aware parser, as a feed reader or a search
 * engine would.
 */
final class XmlDocuments {

	private XmlDocuments() {
	}

	static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	/** The element children of an element with a name in a namespace. */
	static List<Element> children(Element parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	/** The text of the only child with a name in a namespace. */
	static String text(Element parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		if (found.size() != 1) {
			throw new AssertionError(
					"Expected one <" + name + "> in <" + parent.getLocalName() + ">, found " + found.size());
		}
		return found.get(0).getTextContent();
	}

}
