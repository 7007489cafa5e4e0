package dev.clawlint.core.report;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XML formats' writer: the JDK's StAX writer (which escapes markup) with two-space indentation, and every
 * text made legal for XML 1.0 first.
 */
final class XmlReport {
    /** Writes the body of an XML document. */
    interface Body {
        void write(XmlReport xml) throws XMLStreamException;
    }

    private final XMLStreamWriter xml;
    /** Per open element: whether it has child elements (so its end tag goes on its own line). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    private XmlReport(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** A whole UTF-8 XML document ending with a newline. */
    static String render(Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(new XmlReport(writer));
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the XML report: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    /** Opens an element on a new line. */
    XmlReport start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        open.push(new boolean[] {false});
        return this;
    }

    /**
     * Writes an attribute of the element just opened; line breaks and tabs become spaces, as an XML reader
     * would normalize them anyway.
     */
    XmlReport attr(String name, Object value) throws XMLStreamException {
        xml.writeAttribute(name, legal(String.valueOf(value)).replaceAll("\\r\\n|[\\r\\n\\t]", " "));
        return this;
    }

    /** Writes text inside the open element. */
    XmlReport text(String text) throws XMLStreamException {
        xml.writeCharacters(legal(text));
        return this;
    }

    /** Closes the innermost open element. */
    XmlReport end() throws XMLStreamException {
        boolean[] children = open.pop();
        if (children[0]) {
            xml.writeCharacters("\n" + "  ".repeat(open.size()));
        }
        xml.writeEndElement();
        return this;
    }

    private void indent() throws XMLStreamException {
        boolean[] parent = open.peek();
        if (parent != null) {
            parent[0] = true;
        }
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    /**
     * The text with what XML 1.0 cannot carry (control characters but tab, newline and carriage return, lone
     * surrogates, U+FFFE and U+FFFF) written as {@code \\uXXXX}.
     */
    static String legal(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c == 0xFFFE
                    || c == 0xFFFF) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
