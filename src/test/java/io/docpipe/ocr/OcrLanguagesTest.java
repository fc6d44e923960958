package io.docpipe.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.error.InvalidOptionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrLanguagesTest {

    private final OcrLanguages languages = new OcrLanguages(OcrLanguages.DEBIAN_TESSDATA);

    @Test
    void installedExcludesOsd() {
        assertThat(languages.installed()).containsExactly("chi_sim", "eng", "vie");
    }

    @Test
    void aliasesMapToTesseractCodes() {
        assertThat(languages.resolve("en")).isEqualTo("eng");
        assertThat(languages.resolve("vi")).isEqualTo("vie");
        assertThat(languages.resolve("zh")).isEqualTo("chi_sim");
        assertThat(languages.resolve("vi+en")).isEqualTo("vie+eng");
    }

    @Test
    void codesMatchIgnoringCase() {
        assertThat(languages.resolve("VI+Eng")).isEqualTo("vie+eng");
        assertThat(languages.resolve("CHI_SIM")).isEqualTo("chi_sim");
    }

    @Test
    void spaceSeparatesLikePlus() {
        assertThat(languages.resolve("vi en")).isEqualTo("vie+eng");
    }

    @Test
    void duplicatesRemovedInOrder() {
        assertThat(languages.resolve("vi+eng+vie+en")).isEqualTo("vie+eng");
    }

    @Test
    void unknownLanguageListsInstalled() {
        assertThatThrownBy(() -> languages.resolve("xx+eng"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("Unknown OCR language 'xx' in 'xx+eng'; installed: chi_sim, eng, vie (aliases: en, vi, zh)");
    }

    @Test
    void osdIsNoUserLanguage() {
        assertThatThrownBy(() -> languages.resolve("osd"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'osd'");
    }

    @Test
    void emptyPartRejected() {
        assertThatThrownBy(() -> languages.resolve("eng+"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageStartingWith("Unknown OCR language '' in 'eng+'");
        assertThatThrownBy(() -> languages.resolve(" "))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("installed: chi_sim, eng, vie (aliases: en, vi, zh)");
    }

    @Test
    void folderWithoutLanguagesFailsStartup(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("osd.traineddata"), "not a language");

        assertThatThrownBy(() -> new OcrLanguages(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(OcrLanguages.TESSDATA_PROPERTY)
                .hasMessageContaining(folder.toString());
    }

    @Test
    void missingFolderFailsStartup(@TempDir Path folder) {
        Path missing = folder.resolve("tessdata");

        assertThatThrownBy(() -> new OcrLanguages(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(OcrLanguages.TESSDATA_PROPERTY)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void readsOwnFolder(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("deu.traineddata"), "");
        Files.writeString(folder.resolve("osd.traineddata"), "");
        Files.writeString(folder.resolve("readme.txt"), "");

        OcrLanguages own = new OcrLanguages(folder);

        assertThat(own.installed()).containsExactly("deu");
        assertThat(own.resolve("DEU")).isEqualTo("deu");
    }
}
