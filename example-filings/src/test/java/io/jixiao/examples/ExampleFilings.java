package io.jixiao.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example filings of this module, and which published table (a seed, or a source) each one transcribes. */
final class ExampleFilings {

    static final Path ROOT = Path.of("filings");

    /**
     * The severity overrides this module's POM gives the check: the published tables are kept with their defects,
     * and 石峰区政协's blank targets (VALUE-MISSING, an error by default) stay warnings so the build shows them
     * without failing.
     */
    static final String RULES = "VALUE-MISSING=warning";

    /** Seed file prefix (in {@code ../shared/seeds}) → the filing that holds it. */
    static final List<String[]> SEEDS = List.of(
            new String[] {"000_", "linyi-tongzhanbu/2023.yaml"},
            new String[] {"001_", "shanhaiguan-tongzhanbu/2021.yaml"},
            new String[] {"002_", "shifeng-tongzhanbu/2023.yaml"},
            new String[] {"003_", "wuchang-tongzhanbu/2020.yaml"},
            new String[] {"004_", "shifeng-zhengxie/2023.yaml"});

    /** The transcribed source tables committed with this module, beside the filings that hold them. */
    static final Path SOURCE_ROOT = Path.of("sources");

    /**
     * Source table (in {@link #SOURCE_ROOT}) → the filing that transcribes it: published tables from provinces the
     * seeds do not cover, on the national forms and their provincial variants (format v2).
     */
    static final List<String[]> SOURCES = List.of(
            new String[] {"anhui-huaibei-wenlvtiju-2025-project.txt", "huaibei-wenlvtiju/2025.yaml"},
            new String[] {"anhui-jinan-tiyuju-2025-project.txt", "jinan-tiyuju/2025.yaml"},
            new String[] {"anhui-jinzhai-sifaju-2024-project.txt", "jinzhai-sifaju/2024.yaml"},
            new String[] {"anhui-luan-nongyenongcunju-2024-project.txt", "luan-nongyenongcunju/2024.yaml"},
            new String[] {"sichuan-zhaohua-jikongzhongxin-2021-project.txt", "zhaohua-jikongzhongxin/2021.yaml"},
            new String[] {"sichuan-zhaohua-weijianju-2021-project.txt", "zhaohua-weijianju/2021.yaml"},
            new String[] {"sichuan-luxian-wenguanglvju-2024-department.txt", "luxian-wenguanglvju/2024.yaml"},
            new String[] {"sichuan-jingyan-matazhen-2023-project-list.txt", "jingyan-matazhen/2023.yaml"},
            new String[] {"ningxia-shizuishan-jikongzhongxin-2020-project-approval.txt",
                    "shizuishan-jikongzhongxin/2020.yaml"},
            new String[] {"chongqing-fengjie-yunwuxiang-2023-project-approval.txt", "fengjie-yunwuxiang/2023.yaml"},
            new String[] {"guangdong-dongguan-jiaotongju-2019-project-approval.txt", "dongguan-jiaotongju/2019.yaml"},
            new String[] {"shanghai-tongzhou-fuwuzhongxin-2019-project.txt", "tongzhou-fuwuzhongxin/2019.yaml"},
            new String[] {"hubei-wuhan-qingshan-jiaoyuju-2020-project.txt", "qingshan-jiaoyuju/2020.yaml"});

    /**
     * Hand-made next-year filings of two departments, not published tables: they show year-over-year review (targets
     * raised, lowered, new, dropped and renamed, budgets changed) on the seeds, and the build checks and renders them
     * like the others.
     */
    static final List<String> NEXT_YEAR = List.of("shanhaiguan-tongzhanbu/2022.yaml", "shifeng-zhengxie/2024.yaml");

    private ExampleFilings() {
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
