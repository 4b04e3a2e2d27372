package concur.verifier.race;

/**
 * Loads the classes compiled for a verification ahead of the class path: the learner's instrumented, the scenario's
 * as they are (so that it calls the instrumented ones). Everything else, the harness and the detector included, comes
 * from the parent, so the instrumented code and the run share one {@link Race}.
 */
final class InstrumentingLoader extends ClassLoader {
    private final LearnerClasses classes;

    InstrumentingLoader(LearnerClasses classes, ClassLoader parent) {
        super("concur-race", parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                String internal = name.replace('.', '/');
                LearnerClasses.ClassInfo info = classes.get(internal);
                if (info == null || name.startsWith("concur.")) {
                    return super.loadClass(name, resolve);
                }
                byte[] bytes = classes.isLearners(internal) ? Instrumenter.instrument(internal, classes) : info.bytes;
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }
}
