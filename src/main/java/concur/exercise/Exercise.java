package concur.exercise;

import concur.catalog.Lesson;
import java.nio.file.Path;
import java.util.List;

/**
 * One exercise: a class the learner fixes, the task and hints, the reference solution and the scenario that says
 * what must hold. Its files live in {@code lessons/<lesson>/exercises/<id>/}.
 *
 * @param fileName the learner's file, such as Counter.java (its class is the name without .java)
 * @param scenarioFile the scenario's file, compiled with the learner's class and run by the verifier
 */
public record Exercise(String id, String lessonId, String title, String fileName, String scenarioFile, String task,
        List<String> hints, String why, Path folder, String displayFolder) {

    static final String SOLUTION_FOLDER = "solution";

    public String className() {
        return fileName.substring(0, fileName.length() - ".java".length());
    }

    public String scenarioClass() {
        return scenarioFile.substring(0, scenarioFile.length() - ".java".length());
    }

    public String starter() {
        return read(fileName);
    }

    public String solution() {
        return read(SOLUTION_FOLDER + "/" + fileName);
    }

    public String scenario() {
        return read(scenarioFile);
    }

    /** How errors name a file of this exercise, such as lessons/03-locks/exercises/counter/Counter.java. */
    public String displayPath(String file) {
        return displayFolder + "/" + file;
    }

    private String read(String file) {
        return Lesson.read(folder.resolve(file), displayPath(file));
    }
}
