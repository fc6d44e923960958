package io.docpipe.ocr;

import static io.docpipe.ocr.OcrText.normalizeSpace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docpipe.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class OcrResultWriterTest {

    private static final BufferedImage ENGLISH = TestImages.renderText("Invoice total due", "Payment by transfer");
    private static final BufferedImage VIETNAMESE = TestImages.renderText("Tiếng Việt có dấu", "Hà Nội mùa thu");

    private static TesseractPool pool;

    @TempDir
    Path folder;

    @BeforeAll
    static void startPool() {
        pool = new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, 2);
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    @Test
    void textSeparatesPagesWithFormFeed() throws IOException {
        Path file = write(OcrOutput.TEXT);

        String[] pages = Files.readString(file, StandardCharsets.UTF_8).split("\f", -1);

        assertThat(pages).hasSize(2);
        assertThat(normalizeSpace(pages[0])).isEqualTo("Invoice total due Payment by transfer");
        assertThat(normalizeSpace(pages[1])).isEqualTo("Tiếng Việt có dấu Hà Nội mùa thu");
    }

    @Test
    void hocrIsOneXhtmlDocument() throws Exception {
        Path file = write(OcrOutput.HOCR);

        Document document = parseXml(file);
        var xpath = XPathFactory.newInstance().newXPath();
        NodeList pages = (NodeList) xpath.evaluate("//*[@class='ocr_page']", document, XPathConstants.NODESET);
        NodeList words = (NodeList) xpath.evaluate("//*[@class='ocrx_word']", document, XPathConstants.NODESET);
        List<String> wordTexts = new ArrayList<>();
        for (int i = 0; i < words.getLength(); i++) {
            wordTexts.add(words.item(i).getTextContent());
        }

        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("html");
        assertThat(pages.getLength()).isEqualTo(2);
        assertThat(pages.item(0).getAttributes().getNamedItem("id").getNodeValue()).isEqualTo("page_1");
        assertThat(pages.item(1).getAttributes().getNamedItem("id").getNodeValue()).isEqualTo("page_2");
        assertThat(wordTexts).containsSubsequence("Invoice", "total", "due", "Tiếng", "Việt", "có", "dấu");
        assertThat(xpath.evaluate("//*[local-name()='meta'][@name='ocr-number-of-pages']/@content", document))
                .isEqualTo("2");
        assertThat(xpath.evaluate("//*[local-name()='title']", document)).isEqualTo("scan.tif");
    }

    @Test
    void tsvHasHeaderOnceAndPageNumbers() throws IOException {
        Path file = write(OcrOutput.TSV);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(line -> line.split("\t", -1)).toList();
        List<String> pageOneWords = wordsOfPage(rows, "1");
        List<String> pageTwoWords = wordsOfPage(rows, "2");

        assertThat(lines.get(0) + "\n").isEqualTo(OcrResultWriter.TSV_HEADER);
        assertThat(lines).filteredOn(line -> line.startsWith("level\t")).hasSize(1);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(12));
        assertThat(rows).extracting(row -> row[1]).containsOnly("1", "2");
        assertThat(pageOneWords).containsExactly("Invoice", "total", "due", "Payment", "by", "transfer");
        assertThat(pageTwoWords).containsExactly("Tiếng", "Việt", "có", "dấu", "Hà", "Nội", "mùa", "thu");
    }

    @Test
    void jsonCarriesWordsWithBoxes() throws IOException {
        Path file = write(OcrOutput.JSON);

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode pages = root.get("pages");
        List<String> secondPageWords = new ArrayList<>();
        pages.get(1).get("words").forEach(word -> secondPageWords.add(word.get("text").asText()));

        assertThat(root.get("language").asText()).isEqualTo("vie+eng");
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).get("page").asInt()).isEqualTo(1);
        assertThat(pages.get(1).get("page").asInt()).isEqualTo(2);
        assertThat(pages.get(1).get("width").asInt()).isEqualTo(VIETNAMESE.getWidth());
        assertThat(pages.get(1).get("height").asInt()).isEqualTo(VIETNAMESE.getHeight());
        assertThat(normalizeSpace(pages.get(1).get("text").asText())).isEqualTo("Tiếng Việt có dấu Hà Nội mùa thu");
        assertThat(secondPageWords).containsExactly("Tiếng", "Việt", "có", "dấu", "Hà", "Nội", "mùa", "thu");
        for (JsonNode page : pages) {
            assertThat(page.get("words")).isNotEmpty();
            for (JsonNode word : page.get("words")) {
                JsonNode bbox = word.get("bbox");
                assertThat(word.get("confidence").asDouble()).isBetween(0.0, 100.0);
                assertThat(bbox.get("x").asInt()).isGreaterThanOrEqualTo(0);
                assertThat(bbox.get("y").asInt()).isGreaterThanOrEqualTo(0);
                assertThat(bbox.get("width").asInt()).isPositive();
                assertThat(bbox.get("height").asInt()).isPositive();
                assertThat(bbox.get("x").asInt() + bbox.get("width").asInt())
                        .isLessThanOrEqualTo(page.get("width").asInt());
                assertThat(bbox.get("y").asInt() + bbox.get("height").asInt())
                        .isLessThanOrEqualTo(page.get("height").asInt());
            }
        }
    }

    private Path write(OcrOutput output) throws IOException {
        List<PageImage> pages = List.of(new PageImage(ENGLISH, 300), new PageImage(VIETNAMESE, 300));
        OcrResult result = new PageRecognizer(pool).recognize(PageSource.of(pages), "vie+eng", output);
        Path file = folder.resolve("scan." + output.extension());
        OcrResultWriter.write(result, output, file, "scan.tif");
        return file;
    }

    private static List<String> wordsOfPage(List<String[]> rows, String page) {
        return rows.stream().filter(row -> row[0].equals("5") && row[1].equals(page)).map(row -> row[11]).toList();
    }

    /** Parses without fetching the DTD that the DOCTYPE names, so the test needs no network. */
    private static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
