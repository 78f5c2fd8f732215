package io.jixiao.render.html;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("A link in the index")
class RelativeHrefTest {

    @Test
    @DisplayName("encodes each name as UTF-8")
    void encodes() {
        assertEquals("%E4%B8%B4%E6%B2%82%20%E7%BB%9F%E6%88%98%E9%83%A8/2023.html",
                RelativeHref.of("临沂 统战部/2023.html"));
    }

    @Test
    @DisplayName("refuses a path that could leave the output folder")
    void refusesWaysOut() {
        for (String path : List.of("../x.html", "a/../../x.html", "./x.html", "/etc/x.html",
                "..\\..\\..\\escaped/2024.html", "C:\\x.html", "")) {
            assertThrows(IllegalArgumentException.class, () -> RelativeHref.of(path), path);
        }
    }
}
