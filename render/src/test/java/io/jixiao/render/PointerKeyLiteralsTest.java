package io.jixiao.render;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import io.jixiao.schema.FilingSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps key spellings out of the pointers render builds. The layouts print labels that are spelled like filing keys
 * (一级指标, 项目名称 …), so the parser's {@code NoKeyLiteralsTest}, which forbids such literals outright, cannot read
 * this module; instead this test reads the render sources with the JDK's own parser and fails where a key literal
 * reaches a cell's JSON pointer:
 * <ul>
 *   <li>a pointer literal made of keys: a literal that starts or ends with {@code /} and has a schema key among its
 *       tokens ({@code "/部门整体"}, {@code p + "/指标值"});</li>
 *   <li>a key literal handed to pointer-building code: an argument of {@code Pointers} (or {@code SourcePositions}),
 *       a part of a {@code +} chain glued with a literal {@code /}, or an argument of a method, constructor or
 *       record whose String parameter ends up in one of those ({@code field(g, "项目名称", …)} when {@code field}
 *       also points with its parameter), directly or through a variable set from a key literal.</li>
 * </ul>
 * A label and a key spelled alike are thus two arguments: the form's word, which may be a literal, and the key from
 * {@code Keys}, which may not. Renaming a key in the schema then breaks {@code KeysMatchSchemaTest} until {@code
 * Keys} follows, and the layouts follow with it instead of silently pointing at a key that is gone. The reading is
 * by name within the module (a helper is matched by its class and method name, not resolved by type), which is
 * enough for code that builds its pointers in plain sight.
 */
@DisplayName("Render builds its pointers from Keys, never from key literals")
class PointerKeyLiteralsTest {

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    @DisplayName("No render source spells a filing key in a pointer or passes a literal to pointer-building code")
    void renderPointsWithKeys() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.put(MAIN.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        assertTrue(sources.keySet().stream().filter(f -> f.startsWith("io/jixiao/render/layout/")).count() > 20,
                "read the layouts: " + sources.keySet());
        assertEquals(List.of(), new Scan(sources, FilingSchema.get().allKeys()).offences(),
                "build these pointers with io.jixiao.read.Pointers from io.jixiao.model.Keys constants and the "
                        + "pointers of the model records; keep a literal only as the printed label");
    }

    @Test
    @DisplayName("The scan catches a key pointer literal, a key given to Pointers, to a pointing helper, through a "
            + "constant, a record or a glued \"/\", but leaves printed labels alone")
    void scanCatchesEachWay() {
        String sample = """
                package x;
                class Sample {
                    static final String DUTIES = "/部门整体/部门职责";
                    static final String NAME_KEY = "名称";
                    static final String LABEL = "名称";
                    void cells(GridBuilder g, Indicator i, String p, List<Part> parts) {
                        g.cell("指标值", CellStyle.HEADER);
                        g.cell(i.name(), CellStyle.TEXT, p + "/三级指标");
                        g.cell(i.value(), CellStyle.TEXT, Pointers.child(p, "指标值"));
                        field(g, "项目名称", p);
                        labelled(g, "项目名称", Keys.Project.NAME, i.name(), p);
                        g.cell(LABEL, CellStyle.HEADER, Pointers.child(p, NAME_KEY));
                        parts.add(new Part("主要职责", i.text()));
                        g.cell("责任单位/科室", CellStyle.HEADER);
                        g.cell(i.year(), CellStyle.TEXT, io.jixiao.read.Pointers.child(p, Keys.yearKey(2018)));
                        text(g, "备注", i.notes());
                    }
                    private static void text(GridBuilder g, String key, String text) {
                        g.cell(text, CellStyle.TEXT, DEPARTMENT + "/" + key);
                    }
                    private static void field(GridBuilder g, String key, String p) {
                        g.cell(key, CellStyle.HEADER);
                        g.cell(null, CellStyle.TEXT, Pointers.child(p, key));
                    }
                    private static void labelled(GridBuilder g, String label, String key, String text, String p) {
                        g.cell(label, CellStyle.HEADER);
                        g.cell(text, CellStyle.TEXT, Pointers.child(p, key));
                    }
                    private record Part(String key, String text) {
                        String at(String p) {
                            return Pointers.child(p, key());
                        }
                    }
                }
                """;
        Set<String> keys = Set.of("部门整体", "部门职责", "名称", "指标值", "三级指标", "项目名称", "主要职责", "责任单位",
                "备注");
        List<String> found = new Scan(Map.of("x/Sample.java", sample), keys).offences().stream()
                .map(o -> o.substring(0, o.indexOf(' '))).toList();
        assertEquals(List.of("x/Sample.java:3:", "x/Sample.java:8:", "x/Sample.java:9:", "x/Sample.java:10:",
                "x/Sample.java:12:", "x/Sample.java:13:", "x/Sample.java:16:"), found);
    }

    /** One reading of a set of sources: which parameters build pointers, then which literals reach them. */
    private static final class Scan {

        private final Set<String> keys;
        private final Trees trees;
        private final List<Unit> units = new ArrayList<>();
        /**
         * Pointer-building parameters: {@code Owner.method/index}, {@code Owner.method/index+} for an array (varargs)
         * parameter that takes every argument from its place on, and {@code Record.<init>/index} for a record
         * component. Owner is the simple name of the declaring class.
         */
        private final Set<String> sinks = new HashSet<>();

        private record Unit(String file, CompilationUnitTree tree) {
        }

        Scan(Map<String, String> sources, Set<String> keys) {
            this.keys = keys;
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            assertNotNull(compiler, "the tests run on a JDK, which has a Java parser");
            List<JavaFileObject> files = new ArrayList<>();
            sources.forEach((name, text) -> files.add(new Source(name, text)));
            JavacTask task = (JavacTask) compiler.getTask(null, null, d -> { }, List.of("-proc:none"), null, files);
            try {
                for (CompilationUnitTree tree : task.parse()) {
                    units.add(new Unit(tree.getSourceFile().toUri().getPath().substring(1), tree));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.trees = Trees.instance(task);
            findSinks();
        }

        /** Parameters whose value reaches a pointer-building argument, until no more are found. */
        private void findSinks() {
            int before;
            do {
                before = sinks.size();
                for (Unit unit : units) {
                    new TreePathScanner<Void, Void>() {
                        @Override
                        public Void visitMethod(MethodTree method, Void unused) {
                            String owner = owners(getCurrentPath()).get(0);
                            for (int i = 0; i < method.getParameters().size(); i++) {
                                VariableTree parameter = method.getParameters().get(i);
                                String type = parameter.getType().toString();
                                if ((type.equals("String") || type.equals("String[]"))
                                        && usedInSink(getCurrentPath(), parameter.getName().toString(), false)) {
                                    sinks.add(owner + "." + method.getName() + "/" + i
                                            + (type.endsWith("[]") ? "+" : ""));
                                }
                            }
                            return super.visitMethod(method, unused);
                        }

                        @Override
                        public Void visitClass(ClassTree type, Void unused) {
                            if (type.getKind() == Tree.Kind.RECORD) {
                                recordSinks(type);
                            }
                            return super.visitClass(type, unused);
                        }
                    }.scan(new TreePath(unit.tree()), null);
                }
            } while (sinks.size() > before);
        }

        /**
         * A record component whose accessor reaches a pointer anywhere in the module ({@code part.key()}) makes that
         * argument of the record's constructor a sink.
         */
        private void recordSinks(ClassTree record) {
            List<VariableTree> components = record.getMembers().stream()
                    .filter(m -> m instanceof VariableTree v && !v.getModifiers().getFlags()
                            .contains(javax.lang.model.element.Modifier.STATIC))
                    .map(VariableTree.class::cast).toList();
            for (int i = 0; i < components.size(); i++) {
                String name = components.get(i).getName().toString();
                if (components.get(i).getType().toString().equals("String") && units.stream()
                        .anyMatch(unit -> usedInSink(new TreePath(unit.tree()), name, true))) {
                    sinks.add(record.getSimpleName() + ".<init>/" + i);
                }
            }
        }

        /**
         * Whether {@code name} (a variable, or with {@code accessor} a no-argument call) appears in a sink, itself or
         * as the variable of a for-each loop over it ({@code for (String key : keys)}).
         */
        private boolean usedInSink(TreePath root, String name, boolean accessor) {
            boolean[] found = {false};
            List<String> loopVariables = new ArrayList<>();
            new TreePathScanner<Void, Void>() {
                @Override
                public Void visitIdentifier(IdentifierTree identifier, Void unused) {
                    if (!accessor && identifier.getName().contentEquals(name) && inSink(getCurrentPath())) {
                        found[0] = true;
                    }
                    return null;
                }

                @Override
                public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                    if (accessor && call.getArguments().isEmpty() && name.equals(simpleName(call.getMethodSelect()))
                            && inSink(getCurrentPath())) {
                        found[0] = true;
                    }
                    return super.visitMethodInvocation(call, unused);
                }

                @Override
                public Void visitEnhancedForLoop(EnhancedForLoopTree loop, Void unused) {
                    if (!accessor && loop.getExpression() instanceof IdentifierTree over
                            && over.getName().contentEquals(name)) {
                        loopVariables.add(loop.getVariable().getName().toString());
                    }
                    return super.visitEnhancedForLoop(loop, unused);
                }
            }.scan(root, null);
            for (String variable : loopVariables) {
                found[0] |= usedInSink(root, variable, false);
            }
            return found[0];
        }

        /**
         * Whether the node at the path is (within) something that becomes a pointer: an argument of pointer-building
         * code, or a part of a {@code +} chain that glues tokens with a literal {@code /}.
         */
        private boolean inSink(TreePath path) {
            for (TreePath child = path; child.getParentPath() != null; child = child.getParentPath()) {
                Tree parent = child.getParentPath().getLeaf();
                if (parent.getKind() == Tree.Kind.PLUS && gluesWithSlash(child.getParentPath())) {
                    return true;
                }
                if (parent instanceof MethodInvocationTree call) {
                    int index = call.getArguments().indexOf(child.getLeaf());
                    if (index >= 0 && isSink(child.getParentPath(), call.getMethodSelect(), index)) {
                        return true;
                    }
                } else if (parent instanceof NewClassTree creation) {
                    int index = creation.getArguments().indexOf(child.getLeaf());
                    String type = creation.getIdentifier().toString().replaceAll("<.*", "");
                    if (index >= 0 && sinks.contains(type.substring(type.lastIndexOf('.') + 1) + ".<init>/" + index)) {
                        return true;
                    }
                } else if (parent instanceof MethodTree || parent instanceof ClassTree) {
                    return false;
                }
            }
            return false;
        }

        /** Whether the {@code +} chain that the path is part of has a literal starting or ending with {@code /}. */
        private static boolean gluesWithSlash(TreePath plus) {
            TreePath top = plus;
            while (top.getParentPath() != null && top.getParentPath().getLeaf().getKind() == Tree.Kind.PLUS) {
                top = top.getParentPath();
            }
            boolean[] found = {false};
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitLiteral(LiteralTree literal, Void unused) {
                    found[0] |= literal.getValue() instanceof String text
                            && (text.startsWith("/") || text.endsWith("/"));
                    return null;
                }
            }.scan(top.getLeaf(), null);
            return found[0];
        }

        /**
         * Whether argument {@code index} of a call is turned into a pointer: every argument of {@code Pointers} (and
         * of {@code SourcePositions}, which escaped pointer tokens before {@code Pointers} did), and
         * the sink parameters of a method called by its class's name or, unqualified, of an enclosing class.
         */
        private boolean isSink(TreePath callPath, Tree select, int index) {
            String name = simpleName(select);
            List<String> owners;
            if (select instanceof MemberSelectTree member) {
                String qualifier = member.getExpression().toString();
                String owner = qualifier.substring(qualifier.lastIndexOf('.') + 1);
                if (owner.equals("Pointers") || owner.equals("SourcePositions")) {
                    return true;
                }
                owners = List.of(owner);
            } else {
                owners = owners(callPath);
            }
            for (String owner : owners) {
                String method = owner + "." + name + "/";
                if (sinks.contains(method + index)) {
                    return true;
                }
                for (int i = 0; i <= index; i++) {
                    if (sinks.contains(method + i + "+")) {
                        return true;
                    }
                }
            }
            return false;
        }

        List<String> offences() {
            Map<String, VariableTree> keyVariables = new TreeMap<>();
            List<String> offences = new ArrayList<>();
            for (Unit unit : units) {
                keyVariables.clear();
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitVariable(VariableTree variable, Void unused) {
                        if (variable.getInitializer() != null && containsKeyLiteral(variable.getInitializer())) {
                            keyVariables.put(variable.getName().toString(), variable);
                        }
                        return super.visitVariable(variable, unused);
                    }
                }.scan(new TreePath(unit.tree()), null);
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitLiteral(LiteralTree literal, Void unused) {
                        if (literal.getValue() instanceof String text) {
                            if (isKeyPointer(text)) {
                                offences.add(where(unit, literal) + " pointer literal made of keys: \"" + text + "\"");
                            } else if (keys.contains(text) && inSink(getCurrentPath())) {
                                offences.add(where(unit, literal) + " key literal given to pointer-building code: \""
                                        + text + "\"");
                            }
                        }
                        return null;
                    }

                    @Override
                    public Void visitIdentifier(IdentifierTree identifier, Void unused) {
                        VariableTree variable = keyVariables.get(identifier.getName().toString());
                        if (variable != null && inSink(getCurrentPath())) {
                            offences.add(where(unit, identifier) + " " + identifier.getName() + ", set from a key "
                                    + "literal, given to pointer-building code");
                        }
                        return null;
                    }
                }.scan(new TreePath(unit.tree()), null);
            }
            return offences;
        }

        private boolean isKeyPointer(String text) {
            if (!text.startsWith("/") && !text.endsWith("/")) {
                return false;
            }
            for (String token : text.split("/")) {
                if (keys.contains(token.replace("~1", "/").replace("~0", "~"))) {
                    return true;
                }
            }
            return false;
        }

        private String where(Unit unit, Tree node) {
            long position = trees.getSourcePositions().getStartPosition(unit.tree(), node);
            return unit.file() + ":" + unit.tree().getLineMap().getLineNumber(position) + ":";
        }

        private boolean containsKeyLiteral(Tree tree) {
            boolean[] found = {false};
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitLiteral(LiteralTree literal, Void unused) {
                    found[0] |= literal.getValue() instanceof String text && keys.contains(text);
                    return null;
                }
            }.scan(tree, null);
            return found[0];
        }

        /** The simple names of the classes that enclose the path, innermost first. */
        private static List<String> owners(TreePath path) {
            List<String> owners = new ArrayList<>();
            for (TreePath p = path; p != null; p = p.getParentPath()) {
                if (p.getLeaf() instanceof ClassTree type) {
                    owners.add(type.getSimpleName().toString());
                }
            }
            return owners.isEmpty() ? List.of("") : owners;
        }

        private static String simpleName(Tree select) {
            if (select instanceof MemberSelectTree member) {
                return member.getIdentifier().toString();
            }
            return select instanceof IdentifierTree identifier ? identifier.getName().toString() : "";
        }
    }

    /** A source held in memory, for the JDK's parser. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        /** @param name the path under {@code src/main/java}, which the URI's path repeats */
        Source(String name, String text) {
            super(URI.create("string:///" + name), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
