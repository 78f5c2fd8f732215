package io.jixiao.read;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PointersTest {

    @Test
    @DisplayName("A pointer from the root names each key in turn")
    void fromRoot() {
        assertEquals("/部门整体/年度绩效指标", Pointers.of("部门整体", "年度绩效指标"));
        assertEquals("", Pointers.of());
    }

    @Test
    @DisplayName("A list item is named by its index from 0")
    void listItem() {
        assertEquals("/项目/2/预算数", Pointers.child(Pointers.item(Pointers.of("项目"), 2), "预算数"));
    }

    @Test
    @DisplayName("A key holding / or ~ is escaped as RFC 6901 requires, ~ first")
    void escapesSlashAndTilde() {
        assertEquals("/责任单位~1科室", Pointers.of("责任单位/科室"));
        assertEquals("/a~01", Pointers.of("a~1"));
        assertEquals("/x/~0~1", Pointers.child("/x", "~/"));
    }

    @Test
    @DisplayName("The positions of an escaped key are found under the pointer the builder makes")
    void positionsUseTheSamePointers() {
        var read = new YamlReader(Limits.DEFAULT).read(java.nio.file.Path.of("t.yaml"), "备注:\n  \"a/b\": 1\n");
        assertEquals(2, read.positions().key(Pointers.of("备注", "a/b")).line());
    }
}
