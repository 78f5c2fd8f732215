package io.jixiao.text;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoTest {

    @Test
    @DisplayName("a text asked about again is answered from the memo, not worked out again")
    void remembers() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String> memo = new Memo<>(64, t -> {
            calls.incrementAndGet();
            return t.strip();
        });
        assertEquals("数量指标", memo.apply(" 数量指标 "));
        assertEquals("数量指标", memo.apply(new String(" 数量指标 "))); // equal, not the same instance
        assertEquals(1, calls.get());
    }

    @Test
    @DisplayName("null and long prose are passed to the function every time, so the memo holds only short texts")
    void passesThroughNullAndLongText() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer> memo = new Memo<>(64, t -> {
            calls.incrementAndGet();
            return t == null ? -1 : t.length();
        });
        String prose = "很".repeat(Memo.LONGEST + 1);
        assertEquals(-1, memo.apply(null));
        assertEquals(-1, memo.apply(null));
        assertEquals(Memo.LONGEST + 1, memo.apply(prose));
        assertEquals(Memo.LONGEST + 1, memo.apply(prose));
        assertEquals(4, calls.get());
    }

    @Test
    @DisplayName("texts that share a slot each get their own answer")
    void collisionsNeverMixAnswers() {
        Memo<String> memo = new Memo<>(2, t -> t + "!");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 100; i++) {
                assertEquals("指标" + i + "!", memo.apply("指标" + i));
            }
        }
    }

    @Test
    @DisplayName("threads asking at once all get the function's answer")
    void threadSafe() throws Exception {
        Memo<String> memo = new Memo<>(16, t -> new StringBuilder(t).reverse().toString());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        String text = "满意度" + (i % 50);
                        if (!memo.apply(text).equals(new StringBuilder(text).reverse().toString())) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
