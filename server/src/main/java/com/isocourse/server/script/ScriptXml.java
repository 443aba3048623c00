package com.isocourse.server.script;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * SCRIPT XML read and written safely. Reading refuses any DOCTYPE (so no DTD, no entity, no
 * external fetch: XXE and entity expansion are impossible), with secure processing on and external
 * DTD and schema access off; elements are found by local name, so documents with or without the
 * NCPDP namespace read alike. Writing puts every element in the NCPDP SCRIPT namespace.
 */
final class ScriptXml {
  static final String NS = "http://www.ncpdp.org/schema/SCRIPT";

  private ScriptXml() {}

  static Document parse(byte[] body) {
    try {
      DocumentBuilder b = factory().newDocumentBuilder();
      b.setErrorHandler(null);
      b.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entities are refused");
          });
      return b.parse(new ByteArrayInputStream(body));
    } catch (SAXParseException e) {
      String why =
          e.getMessage() != null && e.getMessage().contains("DOCTYPE")
              ? "the message has a DOCTYPE, which is not allowed (no DTDs or entities are accepted)"
              : "the message is not well-formed XML (line " + e.getLineNumber() + ")";
      throw new ScriptMessageException("Message", why);
    } catch (SAXException | IOException e) {
      throw new ScriptMessageException("Message", "the message could not be read as XML");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setNamespaceAware(true);
    return f;
  }

  /** The first child element with that local name. */
  static Optional<Element> child(Node parent, String localName) {
    if (parent == null) {
      return Optional.empty();
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The element at a path of local names below {@code from}. */
  static Optional<Element> at(Element from, String path) {
    Optional<Element> e = Optional.of(from);
    for (String step : path.split("/")) {
      e = e.flatMap(x -> child(x, step));
    }
    return e;
  }

  /** The trimmed text at a path, if present and not blank. */
  static Optional<String> text(Element from, String path) {
    return at(from, path).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
  }

  static Document newDocument() {
    try {
      return factory().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a child element in the SCRIPT namespace, with text when given. */
  static Element add(Node parent, String name, String text) {
    Document d = parent instanceof Document doc ? doc : parent.getOwnerDocument();
    Element e = d.createElementNS(NS, name);
    if (text != null) {
      e.setTextContent(text);
    }
    parent.appendChild(e);
    return e;
  }

  static String write(Document d) {
    try {
      TransformerFactory tf = TransformerFactory.newInstance();
      tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer t = tf.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(d), new StreamResult(w));
      return w.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }
}
