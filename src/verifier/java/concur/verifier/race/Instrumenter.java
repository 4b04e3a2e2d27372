package concur.verifier.race;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a class of the learner's so that every step the memory model cares about also reports to {@link Race}:
 * reads and writes of its own non-final fields and of array elements, monitors (blocks and synchronized methods),
 * volatile accesses, calls on JDK objects (each through a small static method added to the class, which hands the
 * functions it passes on to {@link Tasks}, and the futures to the stages it returns), thread start and join, waits
 * (which may then wake up spuriously), the catching of an InterruptedException (an interrupt seen), the function a
 * thread-safe JDK object is constructed with to run as its action (a barrier's, a FutureTask's), and the onAdvance()
 * of the learner's Phaser.
 * Static initialisers are not tracked: the JVM orders them before every use of the class, and so does the detector.
 */
final class Instrumenter {
    private static final String RACE = Type.getInternalName(Race.class);
    private static final Set<String> THREAD_CALLS = Set.of("start()V", "join()V", "join(J)V", "join(JI)V",
            "join(Ljava/time/Duration;)Z", "isAlive()Z", "interrupt()V", "isInterrupted()Z");
    private static final Set<String> FORK_JOIN_TASKS = Set.of("java/util/concurrent/RecursiveTask",
            "java/util/concurrent/RecursiveAction", "java/util/concurrent/CountedCompleter");
    private static final Set<String> STAGES = Set.of("java/util/concurrent/CompletionStage",
            "java/util/concurrent/CompletableFuture", "java/util/concurrent/Future", "java/util/concurrent/FutureTask",
            "java/util/concurrent/ForkJoinTask", "java/util/concurrent/RecursiveTask",
            "java/util/concurrent/RecursiveAction", "java/util/concurrent/CountedCompleter");
    private static final Set<String> CONDITIONS = Set.of("java/util/concurrent/locks/Condition",
            "java/util/concurrent/locks/AbstractQueuedSynchronizer$ConditionObject",
            "java/util/concurrent/locks/AbstractQueuedLongSynchronizer$ConditionObject");

    private Instrumenter() {}

    static byte[] instrument(String name, LearnerClasses classes) {
        ClassReader reader = new ClassReader(classes.get(name).bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                List<String> chain = new ArrayList<>();
                for (String c = a; c != null; c = classes.superName(c)) {
                    chain.add(c);
                }
                for (String c = b; c != null; c = classes.superName(c)) {
                    if (chain.contains(c)) {
                        return c;
                    }
                }
                return "java/lang/Object";
            }
        };
        reader.accept(new ClassHooks(writer, classes), ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** A JDK call site, to be made through a static method of its own. */
    private record Wrapper(String name, String descriptor, int opcode, String owner, String method, String methodDescriptor,
            boolean itf, int site) {}

    private static final class ClassHooks extends ClassVisitor {
        private final LearnerClasses classes;
        private final List<Wrapper> wrappers = new ArrayList<>();
        private String owner;
        private boolean isInterface;
        private String source = "?";

        ClassHooks(ClassVisitor next, LearnerClasses classes) {
            super(Opcodes.ASM9, next);
            this.classes = classes;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            owner = name;
            isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public void visitSource(String file, String debug) {
            source = file;
            super.visitSource(file, debug);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
            if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                return mv;
            }
            return new MethodHooks(mv, this, access, name, descriptor);
        }

        @Override
        public void visitEnd() {
            for (Wrapper w : wrappers) {
                writeWrapper(w);
            }
            super.visitEnd();
        }

        /** The JDK call, with the functions it takes wrapped, between Race.before and Race.after. */
        private void writeWrapper(Wrapper w) {
            MethodVisitor mv = cv.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, w.name(),
                    w.descriptor(), null, null);
            mv.visitCode();
            Type[] params = Type.getArgumentTypes(w.descriptor());
            boolean hasReceiver = w.opcode() != Opcodes.INVOKESTATIC;
            int slot = 0;
            for (int i = 0; i < params.length; i++) {
                if (!(hasReceiver && i == 0) && functional(params[i])) {
                    mv.visitVarInsn(Opcodes.ALOAD, slot);
                    mv.visitLdcInsn(params[i]);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, RACE, "wrap", "(Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/Object;", false);
                    mv.visitTypeInsn(Opcodes.CHECKCAST, params[i].getInternalName());
                    mv.visitVarInsn(Opcodes.ASTORE, slot);
                }
                slot += params[i].getSize();
            }
            slot = 0;
            for (int i = 0; i < params.length; i++) {
                if (!(hasReceiver && i == 0) && stage(params[i], w)) {
                    mv.visitVarInsn(Opcodes.ALOAD, slot);
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, RACE, "stage", "(Ljava/lang/Object;)V", false);
                }
                slot += params[i].getSize();
            }
            int callSlot = slot; // the first local after the parameters: what before() gathered, for after()
            receiver(mv, hasReceiver);
            push(mv, w.site());
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, RACE, "before", "(Ljava/lang/Object;I)Ljava/lang/Object;", false);
            mv.visitVarInsn(Opcodes.ASTORE, callSlot);
            slot = 0;
            for (Type p : params) {
                mv.visitVarInsn(p.getOpcode(Opcodes.ILOAD), slot);
                slot += p.getSize();
            }
            mv.visitMethodInsn(w.opcode(), w.owner(), w.method(), w.methodDescriptor(), w.itf());
            Type result = Type.getReturnType(w.descriptor());
            if (result.getSort() == Type.OBJECT || result.getSort() == Type.ARRAY) {
                mv.visitInsn(Opcodes.DUP);
            } else {
                mv.visitInsn(Opcodes.ACONST_NULL);
            }
            receiver(mv, hasReceiver);
            push(mv, w.site());
            mv.visitVarInsn(Opcodes.ALOAD, callSlot);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, RACE, "after", "(Ljava/lang/Object;Ljava/lang/Object;ILjava/lang/Object;)V", false);
            mv.visitInsn(result.getOpcode(Opcodes.IRETURN));
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        private static void receiver(MethodVisitor mv, boolean hasReceiver) {
            if (hasReceiver) {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
            } else {
                mv.visitInsn(Opcodes.ACONST_NULL);
            }
        }
    }

    static boolean functional(Type type) {
        if (type.getSort() != Type.OBJECT) {
            return false;
        }
        String name = type.getInternalName();
        return name.equals("java/lang/Runnable") || name.equals("java/util/concurrent/Callable")
                || (name.startsWith("java/util/function/") && name.indexOf('/', "java/util/function/".length()) < 0);
    }

    /**
     * A future passed to a JDK call (thenCombine's other stage, allOf's array of them, the fork-join tasks given to
     * invoke or to ForkJoinTask.invokeAll, in a collection too).
     */
    static boolean stage(Type type, Wrapper w) {
        Type t = type.getSort() == Type.ARRAY && type.getDimensions() == 1 ? type.getElementType() : type;
        if (t.getSort() != Type.OBJECT) {
            return false;
        }
        return STAGES.contains(t.getInternalName()) || w.owner().equals("java/util/concurrent/ForkJoinTask")
                && w.method().equals("invokeAll") && t.getInternalName().equals("java/util/Collection");
    }

    static void push(MethodVisitor mv, int value) {
        if (value >= -1 && value <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            mv.visitIntInsn(value <= Byte.MAX_VALUE && value >= Byte.MIN_VALUE ? Opcodes.BIPUSH : Opcodes.SIPUSH, value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    private static final class MethodHooks extends MethodVisitor {
        private final ClassHooks cls;
        private final LearnerClasses classes;
        private final String owner;
        private final boolean staticInit;
        private final boolean synchronizedMethod;
        private final boolean phaseAction;
        private final boolean isStatic;
        private final boolean constructor;
        private final Label start = new Label();
        private boolean superCalled;
        private int pendingNews;
        private int line;
        private String arrayName;
        /** The handlers that may catch an InterruptedException (which tells the thread it was interrupted). */
        private final Set<Label> handlers = new java.util.HashSet<>();

        MethodHooks(MethodVisitor next, ClassHooks cls, int access, String name, String descriptor) {
            super(Opcodes.ASM9, next);
            this.cls = cls;
            this.classes = cls.classes;
            this.owner = cls.owner;
            this.staticInit = name.equals("<clinit>");
            this.constructor = name.equals("<init>");
            this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
            this.synchronizedMethod = (access & Opcodes.ACC_SYNCHRONIZED) != 0;
            // what the JDK calls back on the learner's subclass of one of its thread-safe classes: a Phaser's
            // onAdvance() runs once every party has arrived, and before any of them goes on; a fork-join task's
            // compute() after its fork() (or invoke()), and before its join() returns
            String jdkSuper = isStatic ? null : classes.jdkSuperclass(owner);
            this.phaseAction = jdkSuper != null && (name.equals("onAdvance") && descriptor.equals("(II)Z")
                    && jdkSuper.equals("java/util/concurrent/Phaser")
                    || name.equals("compute") && descriptor.startsWith("()") && FORK_JOIN_TASKS.contains(jdkSuper));
        }

        private int site(String what, String on) {
            return Sites.add(cls.source, line, what, on);
        }

        private void race(String method, String descriptor) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, RACE, method, descriptor, false);
        }

        private void pushMonitor() {
            if (isStatic) {
                super.visitLdcInsn(Type.getObjectType(owner));
            } else {
                super.visitVarInsn(Opcodes.ALOAD, 0);
            }
        }

        @Override
        public void visitCode() {
            super.visitCode();
            if (!staticInit && classes.hasStaticInit(owner)) {
                // whatever the class's static initialiser did happens before any of its code runs
                super.visitLdcInsn(Type.getObjectType(owner));
                race("acquire", "(Ljava/lang/Object;)V");
            }
            if (synchronizedMethod) {
                pushMonitor();
                race("acquire", "(Ljava/lang/Object;)V");
                super.visitLabel(start);
            }
            if (phaseAction) {
                super.visitVarInsn(Opcodes.ALOAD, 0);
                race("acquire", "(Ljava/lang/Object;)V");
            }
        }

        @Override
        public void visitTryCatchBlock(Label from, Label to, Label handler, String type) {
            if (type == null || type.equals("java/lang/InterruptedException") || type.equals("java/lang/Exception")
                    || type.equals("java/lang/Throwable")) {
                handlers.add(handler);
            }
            super.visitTryCatchBlock(from, to, handler, type);
        }

        @Override
        public void visitLabel(Label label) {
            super.visitLabel(label);
            if (!staticInit && handlers.remove(label)) {
                super.visitInsn(Opcodes.DUP);
                race("caught", "(Ljava/lang/Throwable;)V");
            }
        }

        @Override
        public void visitLineNumber(int number, Label label) {
            line = number;
            super.visitLineNumber(number, label);
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            if (opcode == Opcodes.ALOAD) {
                arrayName = null;
            }
            super.visitVarInsn(opcode, varIndex);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            if (opcode == Opcodes.NEW) {
                pendingNews++;
            }
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
                if (synchronizedMethod) {
                    pushMonitor();
                    race("release", "(Ljava/lang/Object;)V");
                }
                if (phaseAction) {
                    super.visitVarInsn(Opcodes.ALOAD, 0);
                    race("release", "(Ljava/lang/Object;)V");
                }
                if (staticInit) {
                    super.visitLdcInsn(Type.getObjectType(owner));
                    race("release", "(Ljava/lang/Object;)V");
                }
                super.visitInsn(opcode);
                return;
            }
            if (staticInit) {
                super.visitInsn(opcode);
                return;
            }
            switch (opcode) {
                case Opcodes.IALOAD, Opcodes.LALOAD, Opcodes.FALOAD, Opcodes.DALOAD, Opcodes.AALOAD, Opcodes.BALOAD,
                        Opcodes.CALOAD, Opcodes.SALOAD -> {
                    super.visitInsn(Opcodes.DUP2);
                    push(this, site(arrayLabel(opcode - Opcodes.IALOAD), owner));
                    race("readElement", "(Ljava/lang/Object;II)V");
                    super.visitInsn(opcode);
                }
                case Opcodes.IASTORE -> store("storeInt", "([III", opcode);
                case Opcodes.LASTORE -> store("storeLong", "([JIJ", opcode);
                case Opcodes.FASTORE -> store("storeFloat", "([FIF", opcode);
                case Opcodes.DASTORE -> store("storeDouble", "([DID", opcode);
                case Opcodes.AASTORE -> store("storeObject", "([Ljava/lang/Object;ILjava/lang/Object;", opcode);
                case Opcodes.BASTORE -> store("storeByte", "(Ljava/lang/Object;II", opcode);
                case Opcodes.CASTORE -> store("storeChar", "([CIC", opcode);
                case Opcodes.SASTORE -> store("storeShort", "([SIS", opcode);
                case Opcodes.MONITORENTER -> {
                    super.visitInsn(Opcodes.DUP);
                    super.visitInsn(opcode);
                    race("acquire", "(Ljava/lang/Object;)V");
                }
                case Opcodes.MONITOREXIT -> {
                    super.visitInsn(Opcodes.DUP);
                    race("release", "(Ljava/lang/Object;)V");
                    super.visitInsn(opcode);
                }
                default -> super.visitInsn(opcode);
            }
        }

        private static final String[] ARRAY_TYPES = {"int[]", "long[]", "float[]", "double[]", "Object[]", "byte[]",
                "char[]", "short[]"};

        private String arrayLabel(int kind) {
            return arrayName != null ? arrayName : "a " + ARRAY_TYPES[kind];
        }

        private void store(String method, String head, int opcode) {
            push(this, site(arrayLabel(opcode - Opcodes.IASTORE), owner));
            race(method, head + "I)V");
        }

        @Override
        public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
            boolean isGet = opcode == Opcodes.GETFIELD || opcode == Opcodes.GETSTATIC;
            LearnerClasses.FieldInfo field = classes.field(fieldOwner, name);
            boolean isStaticField = opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC;
            if (!staticInit && field != null && isStaticField && !field.owner().equals(owner)
                    && classes.hasStaticInit(field.owner())) {
                // final or not: what the initialiser did (in whichever thread ran it) comes before this use
                super.visitLdcInsn(Type.getObjectType(field.owner()));
                race("initialized", "(Ljava/lang/Class;)V");
            }
            if (staticInit || field == null || field.isFinal() || (constructor && !superCalled && opcode == Opcodes.PUTFIELD)) {
                super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
                arrayName = isGet && descriptor.startsWith("[") ? name : null;
                return;
            }
            int id = Sites.field(field.owner(), name);
            boolean wide = Type.getType(descriptor).getSize() == 2;
            if (field.isVolatile()) {
                if (isGet) {
                    if (isStaticField) {
                        super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
                        super.visitLdcInsn(Type.getObjectType(field.owner()));
                    } else {
                        super.visitInsn(Opcodes.DUP);
                        super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
                        holderOverValue(wide);
                    }
                    push(this, id);
                    race("volatileRead", "(Ljava/lang/Object;I)V");
                } else {
                    if (isStaticField) {
                        super.visitLdcInsn(Type.getObjectType(field.owner()));
                    } else {
                        copyHolderUnderValue(wide);
                    }
                    push(this, id);
                    race("volatileWrite", "(Ljava/lang/Object;I)V");
                    super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
                }
            } else {
                if (isStaticField) {
                    super.visitLdcInsn(Type.getObjectType(field.owner()));
                } else if (isGet) {
                    super.visitInsn(Opcodes.DUP);
                } else {
                    copyHolderUnderValue(wide);
                }
                push(this, id);
                push(this, site(name, field.owner()));
                race(isGet ? "read" : "write", "(Ljava/lang/Object;II)V");
                super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            }
            arrayName = isGet && descriptor.startsWith("[") ? name : null;
        }

        /** [holder value] to [holder value holder]. */
        private void copyHolderUnderValue(boolean wide) {
            if (wide) {
                super.visitInsn(Opcodes.DUP2_X1); // value holder value
                super.visitInsn(Opcodes.POP2); // value holder
                super.visitInsn(Opcodes.DUP_X2); // holder value holder
            } else {
                super.visitInsn(Opcodes.DUP2); // holder value holder value
                super.visitInsn(Opcodes.POP); // holder value holder
            }
        }

        /** [holder value] to [value holder]. */
        private void holderOverValue(boolean wide) {
            if (wide) {
                super.visitInsn(Opcodes.DUP2_X1);
                super.visitInsn(Opcodes.POP2);
            } else {
                super.visitInsn(Opcodes.SWAP);
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String callOwner, String name, String descriptor, boolean itf) {
            arrayName = null;
            boolean newed = true;
            if (constructor && opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
                if (pendingNews > 0) {
                    pendingNews--;
                } else {
                    superCalled = true;
                    newed = false;
                }
            }
            if (newed && opcode == Opcodes.INVOKESPECIAL && name.equals("<init>") && action(callOwner, descriptor)) {
                // new CyclicBarrier(n, action), new FutureTask(callable): the object runs the function itself later
                Type[] params = Type.getArgumentTypes(descriptor);
                Type last = params[params.length - 1];
                super.visitLdcInsn(last);
                race("wrapAction", "(Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/Object;");
                super.visitTypeInsn(Opcodes.CHECKCAST, last.getInternalName());
                super.visitMethodInsn(opcode, callOwner, name, descriptor, itf);
                super.visitInsn(Opcodes.DUP);
                race("constructed", "(Ljava/lang/Object;)V");
                return;
            }
            if (staticInit || !replaced(opcode, callOwner, name, descriptor, itf)) {
                super.visitMethodInsn(opcode, callOwner, name, descriptor, itf);
            }
        }

        /** A thread-safe JDK class's constructor whose last argument is a function the object will run. */
        private boolean action(String callOwner, String descriptor) {
            Type[] params = Type.getArgumentTypes(descriptor);
            return callOwner.startsWith("java/util/concurrent/") && classes.get(callOwner) == null && params.length > 0
                    && functional(params[params.length - 1]);
        }

        /** Makes the call through Race or a wrapper, when it is a step the detector must see; false otherwise. */
        private boolean replaced(int opcode, String callOwner, String name, String descriptor, boolean itf) {
            if (opcode == Opcodes.INVOKESPECIAL || callOwner.startsWith("[")) {
                return false;
            }
            String signature = name + descriptor;
            if (opcode == Opcodes.INVOKEVIRTUAL && name.equals("wait")
                    && (descriptor.equals("()V") || descriptor.equals("(J)V") || descriptor.equals("(JI)V"))) {
                race("waitOn", "(Ljava/lang/Object;" + descriptor.substring(1));
                return true;
            }
            String jdkOwner = callOwner;
            if (classes.get(callOwner) != null) {
                if (classes.declares(callOwner, signature)) {
                    return false; // the learner's own method
                }
                if (opcode == Opcodes.INVOKEVIRTUAL && THREAD_CALLS.contains(signature) && classes.isThread(callOwner)) {
                    race(name, "(Ljava/lang/Thread;" + descriptor.substring(1));
                    return true;
                }
                if (classes.isThread(callOwner)) {
                    return false; // the learner's own Thread subclass, for anything else
                }
                // a method the learner's class inherits from the JDK (an anonymous Phaser's arrive(), say)
                jdkOwner = classes.jdkSuperclass(callOwner);
            } else if (opcode == Opcodes.INVOKEVIRTUAL && THREAD_CALLS.contains(signature) && classes.isThread(callOwner)) {
                race(name, "(Ljava/lang/Thread;" + descriptor.substring(1));
                return true;
            }
            if (opcode == Opcodes.INVOKESTATIC && callOwner.equals("java/lang/Thread") && signature.equals("interrupted()Z")) {
                race("interrupted", "()Z");
                return true;
            }
            if (CONDITIONS.contains(callOwner) && (signature.equals("await()V") || signature.equals("awaitUninterruptibly()V"))) {
                race(name, "(Ljava/util/concurrent/locks/Condition;)V");
                return true;
            }
            if (opcode == Opcodes.INVOKESTATIC && callOwner.equals("java/util/concurrent/locks/LockSupport")
                    && (signature.equals("park()V") || signature.equals("park(Ljava/lang/Object;)V"))) {
                race("park", descriptor);
                return true;
            }
            if (name.equals("invokeAll") && opcode != Opcodes.INVOKESTATIC && jdkOwner.startsWith("java/util/concurrent/")
                    && descriptor.startsWith("(Ljava/util/Collection;")) {
                race("invokeAll", "(Ljava/util/concurrent/ExecutorService;" + descriptor.substring(1));
                return true;
            }
            if (jdkOwner == null || !jdkOwner.startsWith("java/") || !publicMethod(jdkOwner, name, descriptor)) {
                return false;
            }
            boolean watched = jdkOwner.startsWith("java/util/") || jdkOwner.equals("java/lang/StringBuilder")
                    || jdkOwner.equals("java/lang/StringBuffer") || jdkOwner.equals("java/lang/Iterable");
            for (Type p : Type.getArgumentTypes(descriptor)) {
                watched |= functional(p);
            }
            if (!watched) {
                return false;
            }
            String wrapperDescriptor = opcode == Opcodes.INVOKESTATIC ? descriptor
                    : "(" + Type.getObjectType(callOwner).getDescriptor() + descriptor.substring(1);
            Wrapper w = new Wrapper("concur$call" + cls.wrappers.size(), wrapperDescriptor, opcode, callOwner, name,
                    descriptor, itf, site(name, callOwner));
            cls.wrappers.add(w);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, w.name(), w.descriptor(), cls.isInterface);
            return true;
        }

        private boolean publicMethod(String callOwner, String name, String descriptor) {
            Class<?> type = classes.jdkClass(callOwner);
            if (type == null || !Modifier.isPublic(type.getModifiers())) {
                return false;
            }
            for (Method m : type.getMethods()) {
                if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            if (synchronizedMethod) {
                // an exception leaving a synchronized method lets go of its monitor too
                Label end = new Label();
                Label handler = new Label();
                super.visitLabel(end);
                super.visitTryCatchBlock(start, end, handler, null);
                super.visitLabel(handler);
                pushMonitor();
                race("release", "(Ljava/lang/Object;)V");
                super.visitInsn(Opcodes.ATHROW);
            }
            super.visitMaxs(maxStack, maxLocals);
        }
    }
}
