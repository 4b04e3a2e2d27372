package concur.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a lesson's quiz.yaml into questions, rejecting anything a learner could not answer fairly. */
final class QuizParser {
    static final int MIN_QUESTIONS = 5;
    private static final Set<String> KEYS = Set.of("kind", "ask", "choices", "answer", "accept", "explain");
    private static final List<String> KINDS = List.of("single", "multiple", "true-false", "number", "text");

    private QuizParser() {}

    static List<Question> parse(String file, String text) {
        YamlNode root = YamlNode.parse(file, text);
        List<YamlNode> items = root.list("the quiz");
        if (items.size() < MIN_QUESTIONS) {
            throw root.error("the quiz has " + items.size() + " questions; a lesson needs at least " + MIN_QUESTIONS);
        }
        List<Question> questions = new ArrayList<>();
        for (YamlNode item : items) {
            questions.add(question(item));
        }
        return List.copyOf(questions);
    }

    private static Question question(YamlNode item) {
        Map<String, YamlNode> q = item.map("a question", KEYS);
        String kind = YamlNode.required(q, "kind", item, "a question").text("kind");
        if (!KINDS.contains(kind)) {
            throw q.get("kind").error("unknown question kind '" + kind + "' (expected one of " + String.join(", ", KINDS) + ")");
        }
        String prompt = YamlNode.required(q, "ask", item, "a question").text("the question ('ask')");
        String explanation = YamlNode.required(q, "explain", item, "a question").text("the explanation ('explain')");
        YamlNode answer = YamlNode.required(q, "answer", item, "a question");
        return switch (kind) {
            case "single", "multiple" -> choice(q, item, prompt, answer, kind.equals("multiple"), explanation);
            case "true-false" -> trueFalse(q, prompt, answer, explanation);
            default -> typed(q, prompt, answer, kind.equals("number"), explanation);
        };
    }

    private static Question choice(Map<String, YamlNode> q, YamlNode item, String prompt, YamlNode answer,
            boolean multiple, String explanation) {
        noKey(q, "accept", "a choice question");
        List<String> choices = new ArrayList<>();
        for (YamlNode choice : YamlNode.required(q, "choices", item, "a choice question").list("'choices'")) {
            choices.add(choice.text("a choice"));
        }
        if (choices.size() < 2 || choices.size() > 26) {
            throw q.get("choices").error("a choice question needs 2 to 26 choices, not " + choices.size());
        }
        List<YamlNode> letters = new ArrayList<>();
        if (answer.isList()) {
            letters.addAll(answer.list("'answer'"));
        } else {
            letters.add(answer);
        }
        Set<Integer> correct = new LinkedHashSet<>();
        for (YamlNode letterNode : letters) {
            for (String letter : letterNode.text("the answer").split("[,\\s]+")) {
                int index = letter.length() == 1 ? Character.toLowerCase(letter.charAt(0)) - 'a' : -1;
                if (index < 0 || index >= choices.size()) {
                    throw letterNode.error("answer '" + letter + "' is not one of the choices a to "
                            + Question.Choice.letter(choices.size() - 1));
                }
                if (!correct.add(index)) {
                    throw letterNode.error("answer '" + letter + "' is given twice");
                }
            }
        }
        if (!multiple && correct.size() != 1) {
            throw answer.error("a single-choice question has exactly one correct answer, not " + correct.size()
                    + " (use kind: multiple)");
        }
        return new Question.Choice(prompt, List.copyOf(choices), Set.copyOf(correct), multiple, explanation);
    }

    private static Question trueFalse(Map<String, YamlNode> q, String prompt, YamlNode answer, String explanation) {
        noKey(q, "choices", "a true-false question");
        noKey(q, "accept", "a true-false question");
        String value = answer.text("the answer");
        int index = switch (value.toLowerCase()) {
            case "true" -> 0;
            case "false" -> 1;
            default -> throw answer.error("a true-false answer is true or false, not '" + value + "'");
        };
        return new Question.Choice(prompt, List.of("True", "False"), Set.of(index), false, explanation);
    }

    private static Question typed(Map<String, YamlNode> q, String prompt, YamlNode answer, boolean numeric,
            String explanation) {
        noKey(q, "choices", "a typed-answer question");
        List<String> accepted = new ArrayList<>();
        accepted.add(answer.text("the answer"));
        if (q.containsKey("accept")) {
            for (YamlNode alternative : q.get("accept").list("'accept'")) {
                accepted.add(alternative.text("an accepted answer"));
            }
        }
        if (numeric) {
            for (String value : accepted) {
                if (Question.Typed.parseNumber(value) == null) {
                    throw answer.error("a number question's answer must be a number, not '" + value + "'");
                }
            }
        }
        return new Question.Typed(prompt, numeric, List.copyOf(accepted), explanation);
    }

    private static void noKey(Map<String, YamlNode> q, String key, String what) {
        if (q.containsKey(key)) {
            throw q.get(key).error("'" + key + "' does not belong in " + what);
        }
    }
}
