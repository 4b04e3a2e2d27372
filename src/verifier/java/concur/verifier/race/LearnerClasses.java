package concur.verifier.race;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The classes compiled for one verification (the learner's and the scenario's), read from their folder: which came
 * from the learner's file (those are instrumented), their fields' modifiers, their superclasses and methods.
 */
final class LearnerClasses {
    record FieldInfo(String owner, int access) {
        boolean isVolatile() {
            return (access & Opcodes.ACC_VOLATILE) != 0;
        }

        boolean isFinal() {
            return (access & Opcodes.ACC_FINAL) != 0;
        }

        boolean isStatic() {
            return (access & Opcodes.ACC_STATIC) != 0;
        }
    }

    static final class ClassInfo {
        final byte[] bytes;
        String superName;
        String source;
        int access;
        boolean staticInit;
        final Map<String, Integer> fields = new HashMap<>();
        final Map<String, Integer> methods = new HashMap<>();

        ClassInfo(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    private final Map<String, ClassInfo> classes = new HashMap<>();
    private final String learnerFile;
    private final ClassLoader jdk;

    private LearnerClasses(String learnerFile, ClassLoader jdk) {
        this.learnerFile = learnerFile;
        this.jdk = jdk;
    }

    /** The classes in {@code folder} (no packages: a learner's file has none), the learner's from {@code file}. */
    static LearnerClasses read(Path folder, String file, ClassLoader jdk) {
        LearnerClasses all = new LearnerClasses(file, jdk);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                ClassInfo info = new ClassInfo(Files.readAllBytes(p));
                String name = p.getFileName().toString().replaceFirst("\\.class$", "");
                new ClassReader(info.bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(int version, int access, String n, String signature, String superName, String[] interfaces) {
                        info.superName = superName;
                        info.access = access;
                    }

                    @Override
                    public void visitSource(String source, String debug) {
                        info.source = source;
                    }

                    @Override
                    public FieldVisitor visitField(int access, String n, String descriptor, String signature, Object value) {
                        info.fields.put(n, access);
                        return null;
                    }

                    @Override
                    public MethodVisitor visitMethod(int access, String n, String descriptor, String signature, String[] exceptions) {
                        info.methods.put(n + descriptor, access);
                        info.staticInit |= n.equals("<clinit>");
                        return null;
                    }
                }, ClassReader.SKIP_CODE);
                all.classes.put(name, info);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    ClassInfo get(String internalName) {
        return classes.get(internalName);
    }

    /** Whether the class was compiled from the learner's file (its nested classes and lambdas included). */
    boolean isLearners(String internalName) {
        ClassInfo info = classes.get(internalName);
        return info != null && learnerFile.equals(info.source);
    }

    /** The field {@code owner.name} resolves to, if one of these classes declares it. */
    FieldInfo field(String owner, String name) {
        for (String c = owner; c != null && classes.containsKey(c); c = classes.get(c).superName) {
            Integer access = classes.get(c).fields.get(name);
            if (access != null) {
                return new FieldInfo(c, access);
            }
        }
        return null;
    }

    boolean declares(String owner, String nameAndDescriptor) {
        for (String c = owner; c != null && classes.containsKey(c); c = classes.get(c).superName) {
            if (classes.get(c).methods.containsKey(nameAndDescriptor)) {
                return true;
            }
        }
        return false;
    }

    /** The first superclass of {@code owner} that is not one of these classes (a JDK class). */
    String jdkSuperclass(String owner) {
        String c = owner;
        while (c != null && classes.containsKey(c)) {
            c = classes.get(c).superName;
        }
        return c;
    }

    boolean hasStaticInit(String owner) {
        ClassInfo info = classes.get(owner);
        return info != null && info.staticInit;
    }

    /** Whether {@code owner} is java.lang.Thread or a subclass of it. */
    boolean isThread(String owner) {
        String c = owner;
        while (c != null && classes.containsKey(c)) {
            c = classes.get(c).superName;
        }
        if (c == null || c.startsWith("[")) {
            return false;
        }
        if (c.equals("java/lang/Thread")) {
            return true;
        }
        Class<?> type = jdkClass(c);
        return type != null && Thread.class.isAssignableFrom(type);
    }

    /** The superclass of {@code name}, for ASM's frames: from the bytes for these classes, from the JDK otherwise. */
    String superName(String name) {
        ClassInfo info = classes.get(name);
        if (info != null) {
            return (info.access & Opcodes.ACC_INTERFACE) != 0 ? "java/lang/Object" : info.superName;
        }
        Class<?> type = jdkClass(name);
        if (type == null || type.isInterface()) {
            return name.equals("java/lang/Object") ? null : "java/lang/Object";
        }
        Class<?> parent = type.getSuperclass();
        return parent == null ? null : parent.getName().replace('.', '/');
    }

    Class<?> jdkClass(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, jdk);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
