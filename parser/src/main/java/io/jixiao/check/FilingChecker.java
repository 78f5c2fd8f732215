package io.jixiao.check;

import io.jixiao.finding.Finding;
import io.jixiao.model.Filing;
import io.jixiao.model.FilingBinder;
import io.jixiao.model.Keys;
import io.jixiao.model.TaxonomyProfile;
import io.jixiao.parser.ParseResult;
import io.jixiao.read.Limits;
import io.jixiao.read.Pointers;
import io.jixiao.read.SourceLines;
import io.jixiao.read.SourcePositions;
import io.jixiao.rules.RuleConfig;
import io.jixiao.rules.RuleEngine;
import io.jixiao.rules.RuleSet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Checks filings one department folder at a time: a department is a folder ({@code filings/<department>/<year>.yaml})
 * and the cross-year rules need only the same department's previous-year filing, so a folder holds everything they
 * read. Each filing is parsed (in parallel; the reader is thread-safe), the rules run on each valid one with its
 * previous-year filing, and what is kept of it is its findings and the lines they show ({@link FileCheck}); the
 * models go with the folder.
 *
 * <p>With the incremental cache, a filing whose bytes, previous-year filing and configuration are all unchanged is
 * not parsed at all: its findings are the remembered ones.
 */
public final class FilingChecker {

    private final FilingReader reader;
    private final Lazy<RuleEngine> engine;

    public FilingChecker(RuleConfig config) {
        this(config, FilingBinder.DEFAULT_PROFILE);
    }

    /**
     * @param defaultProfile taxonomy profile for filings that declare none
     * @throws IllegalArgumentException when the profile is unknown
     */
    public FilingChecker(RuleConfig config, String defaultProfile) {
        this(config, defaultProfile, FilingReader.standard(config));
    }

    /**
     * @param reader how each file is parsed ({@link FilingReader#standard()} unless a caller wraps it)
     * @throws IllegalArgumentException when the profile is unknown
     */
    public FilingChecker(RuleConfig config, String defaultProfile, FilingReader reader) {
        this.reader = reader;
        this.engine = Lazy.of(() -> new RuleEngine(RuleSet.all(), config, defaultProfile));
        if (!TaxonomyProfile.IDS.contains(defaultProfile)) {
            engine.get(); // refuses the profile, naming the ones there are
        }
    }

    /**
     * Checks the files and keeps every outcome, in {@link FilingOrder}: what a test or a small caller wants. A
     * whole repository is checked by {@link FolderCheck}, which hands each folder over and keeps only findings.
     */
    public CheckResult check(List<Path> files) {
        List<FileCheck> all = new ArrayList<>(files.size());
        DuplicateFilings claims = new DuplicateFilings(FilingOrder::slashes);
        for (FilingOrder.Folder folder : FilingOrder.group(files, null)) {
            for (CheckedFiling filing : checkFolder(folder.files(), Map.of(), Map.of(), Map.of()).filings()) {
                all.add(claims.claim(filing.check()));
            }
        }
        return new CheckResult(all);
    }

    /**
     * One folder's filings, and what the cache should remember of them.
     *
     * @param remembered whether every filing's findings came from the cache as they were: the cache needs no
     *                   rewriting for this folder
     */
    record FolderOutcome(List<CheckedFiling> filings, List<FindingsCache.Entry> entries, int parsed,
                         boolean remembered) {
    }

    /**
     * Checks one department folder.
     *
     * @param files    the folder's filings, in file-name order
     * @param cached   what the cache remembers of them, by file name
     * @param contents the filings' content fingerprints when already worked out (else each file is read for it)
     * @param refused  the files {@link FilingFinder} refused to read, with the finding that says why: they are
     *                 reported, never opened
     */
    FolderOutcome checkFolder(List<Path> files, Map<String, FindingsCache.Entry> cached,
                              Map<Path, String> contents, Map<Path, Finding> refused) {
        Slot[] slots = new Slot[files.size()];
        IntStream indexes = IntStream.range(0, slots.length);
        (slots.length > 1 ? indexes.parallel() : indexes).forEach(i -> {
            Path file = files.get(i);
            Finding refusal = refused.get(file);
            slots[i] = refusal != null ? new Slot(file, refusal, contents.get(file))
                    : new Slot(file, contents.get(file), cached.get(file.getFileName().toString()));
        });
        Map<Integer, Slot> byYear = new HashMap<>();
        for (Slot slot : slots) {
            FileCheck.Identity id = slot.identity();
            if (id != null) {
                byYear.putIfAbsent(id.year(), slot);
            }
        }
        IntStream again = IntStream.range(0, slots.length);
        (slots.length > 1 ? again.parallel() : again).forEach(i -> {
            Slot slot = slots[i];
            FileCheck.Identity id = slot.identity();
            slot.finish(id == null ? null : byYear.get(id.year() - 1));
        });
        List<CheckedFiling> filings = new ArrayList<>(slots.length);
        List<FindingsCache.Entry> entries = new ArrayList<>(slots.length);
        int parsed = 0;
        boolean remembered = slots.length == cached.size();
        for (Slot slot : slots) {
            filings.add(new CheckedFiling(slot.check, slot.content, slot.parse,
                    () -> reader.read(slot.file).filing()));
            if (slot.entry != null) {
                entries.add(slot.entry);
            }
            parsed += slot.parse != null ? 1 : 0;
            remembered &= slot.entry != null && slot.entry == slot.remembered;
        }
        return new FolderOutcome(filings, entries, parsed, remembered);
    }

    /** One filing while its folder is checked. */
    private final class Slot {
        private final Path file;
        private final String content;
        private byte[] bytes;
        /** What the cache remembers of the same bytes, or null. */
        private final FindingsCache.Entry remembered;
        private ParseResult parse;
        private FileCheck check;
        /** What the cache is to remember of this filing now, or null. */
        private FindingsCache.Entry entry;

        /** A file refused unread: its one finding is its outcome, and nothing of it is cached. */
        Slot(Path file, Finding refusal, String content) {
            this.file = file;
            this.content = content != null ? content : contentOf(file, refusal);
            this.remembered = null;
            this.check = new FileCheck(file, null, List.of(refusal), SourceLines.NONE);
        }

        /** @param content the file's content fingerprint, or null to work it out here */
        Slot(Path file, String content, FindingsCache.Entry cached) {
            this.file = file;
            if (content == null) {
                this.bytes = readSmall(file);
                content = bytes != null ? Fingerprints.sha256(bytes) : Fingerprints.ofFile(file);
            }
            this.content = content;
            this.remembered = cached != null && cached.content().equals(content) ? cached : null;
            if (remembered == null) {
                if (bytes == null) {
                    bytes = readSmall(file);
                }
                parse();
            }
        }

        FileCheck.Identity identity() {
            return remembered != null ? remembered.identity() : identityOf(parse);
        }

        synchronized ParseResult parse() {
            if (parse == null) {
                parse = bytes != null ? reader.read(file, bytes) : reader.read(file);
                bytes = null;
            }
            return parse;
        }

        /** @param previous the same department's filing of the year before, if any */
        void finish(Slot previous) {
            if (check != null) { // refused unread
                return;
            }
            String previousContent = previous == null ? "" : previous.content;
            if (remembered != null && remembered.previous().equals(previousContent)) {
                check = remembered.toCheck(file);
                entry = remembered;
                bytes = null;
                return;
            }
            ParseResult result = parse();
            List<Finding> findings = new ArrayList<>(result.findings());
            Optional<Filing> filing = result.filing();
            if (filing.isPresent()) {
                Optional<Filing> before = previous == null ? Optional.empty() : previous.parse().filing();
                findings.addAll(engine.get().check(file, filing.get(), result.positions(), before));
                findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
                        .thenComparing(Finding::ruleId));
            }
            FileCheck.Identity id = identityOf(result);
            TreeSet<Integer> shown = new TreeSet<>();
            findings.forEach(f -> shown.add(f.line()));
            if (id != null) {
                shown.add(id.line());
            }
            check = new FileCheck(file, id, findings, ((SourceLines) result.sourceLines()).keep(shown));
            entry = FindingsCache.entry(file.getFileName().toString(), content, id == null ? "" : previousContent,
                    check).orElse(null);
        }
    }

    /** Who the parsed filing says filed it, and where; null when it has no model. */
    private static FileCheck.Identity identityOf(ParseResult result) {
        if (result == null || result.filing().isEmpty()) {
            return null;
        }
        Filing filing = result.filing().get();
        SourcePositions.Position at = result.positions().value(Pointers.of(Keys.DEPARTMENT_NAME));
        return new FileCheck.Identity(filing.department(), filing.year(), at.line(), at.column());
    }

    /**
     * The content fingerprint of a file: of its bytes, or for a file refused unread ({@code refusal} not null) of
     * the reason, so it is never opened.
     */
    static String contentOf(Path file, Finding refusal) {
        return refusal == null ? Fingerprints.ofFile(file)
                : Fingerprints.of("refused", refusal.ruleId(), refusal.messageKey(), refusal.arguments().toString());
    }

    /** The file's bytes when it is within the size a filing may have, else null (the reader then says why). */
    private static byte[] readSmall(Path file) {
        try {
            if (Files.size(file) > Limits.DEFAULT.maxFileBytes()) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                return in.readNBytes((int) Limits.DEFAULT.maxFileBytes() + 1);
            }
        } catch (IOException e) {
            return null; // unreadable: the reader reports it
        }
    }
}
